"""End-to-end bars, measured the way editors experience copylint: recall on articles with planted
errors (scored by the shared scorer against answer keys) and false alarms on clean published news."""

from __future__ import annotations

import collections
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, SHARED, shared
from copylint.api import check_source
from copylint.config import Config
from copylint.discover import NOT_ARTICLES, expand
from copylint.parsing import parse
from copylint.registry import all_checkers
from copylint.sources import read

LANGUAGE = ("spelling", "typo", "grammar", "punctuation")


def copylint_exe() -> str:
    exe = Path(sys.executable).parent / "copylint"
    return str(exe) if exe.exists() else shutil.which("copylint") or pytest.skip("copylint not installed")


def score(key: Path, folder: Path) -> str:
    tools = shared("tools")
    done = subprocess.run([sys.executable, str(tools / "score_articles.py"), copylint_exe(), str(key), str(folder),
                           "--verbose"], capture_output=True, text=True, cwd=tools, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_seed_all_three_caught_no_false_alarm():
    out = score(shared("seed", "key.yaml"), SHARED / "seed")
    assert "recall 3/3 (100%), false alarms 0 " in out, out


def test_devset():
    out = score(shared("devset", "key.yaml"), SHARED / "devset")
    assert "false alarms 0 " in out, out


@pytest.mark.parametrize("folder", sorted(p.parent.name for p in FIXTURES.glob("*/key.yaml")))
def test_own_fixtures(folder):
    if not (SHARED / "tools").exists():
        pytest.skip("shared scorer not present")
    score(FIXTURES / folder / "key.yaml", FIXTURES / folder)


@pytest.fixture(scope="module")
def clean_news_rates():
    folder = shared("corpora", "clean-news", "onestopenglish-adv")
    files, _ = expand([str(folder)], exclude=NOT_ARTICLES)
    checkers, cfg = all_checkers(), Config()
    words, counts = 0, collections.Counter()
    for path in files:
        text = read(path).text
        words += parse(text, path).words()
        for d in check_source(text, path, cfg, checkers):
            counts[d.category.value] += 1
    return {cat: n * 1000 / words for cat, n in counts.items()}


def test_clean_news_language_false_alarms(clean_news_rates):
    assert sum(clean_news_rates.get(c, 0) for c in LANGUAGE) <= 1.0, clean_news_rates


def test_clean_news_numbers_false_alarms(clean_news_rates):
    assert clean_news_rates.get("numbers", 0) <= 0.3, clean_news_rates


def test_clean_news_attribution_rate(clean_news_rates):
    assert clean_news_rates.get("attribution", 0) <= 3.0, clean_news_rates
    assert clean_news_rates.get("internal", 0) == 0, clean_news_rates
