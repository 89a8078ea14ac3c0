"""Attribution checkers: planted errors in our fixtures and the devset, hard negatives, clean news."""

from __future__ import annotations

import pytest
import yaml

from conftest import FIXTURES, shared
from copylint.api import check_text
from copylint.config import Config
from copylint.parsing import parse
from copylint.sources import read

RULES = ("attribution.unattributed-quote", "attribution.vague-source", "attribution.unattributed-claim",
         "attribution.unattributed-figure", "attribution.unattributed-charge", "attribution.anonymous-source")
ONLY = Config(select=("attribution",))


def _lines(text: str, path: str) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for d in check_text(text, path, ONLY):
        out.setdefault(text.count("\n", 0, d.start) + 1, set()).add(d.rule)
    return out


def _line_of(text: str, needle: str) -> int:
    hits = [i + 1 for i, line in enumerate(text.splitlines()) if needle in line]
    assert len(hits) == 1, needle
    return hits[0]


def _score(folder):
    key = yaml.safe_load((folder / "key.yaml").read_text(encoding="utf-8"))
    caught = total = off = 0
    missed = []
    for name, spec in key.items():
        text = read(str(folder / name)).text
        found = _lines(text, name)
        plant_lines = set()
        for plant in spec.get("plants") or []:
            if "attribution" not in plant["accept"]:
                continue
            n = _line_of(text, plant["find"])
            plant_lines.add(n)
            total += 1
            if n in found:
                caught += 1
            else:
                missed.append(f"{name}: {plant['find']}")
        neutral = {_line_of(text, s) for s in spec.get("neutral") or []}
        off += sum(1 for n in found if n not in plant_lines | neutral)
    return caught, total, off, missed


def test_own_fixtures_recall_and_quiet():
    caught, total, off, missed = _score(FIXTURES / "attribution")
    assert total >= 15
    assert caught / total >= 0.9, missed
    assert off == 0


def test_devset_plants_caught_and_neutral_left_alone():
    folder = shared("devset")
    caught, total, _, missed = _score(folder)
    assert caught == total, missed
    text = read(str(folder / "d03_court.txt")).text
    assert _line_of(text, "told the court she had to sell her home") not in _lines(text, "d03_court.txt")


def test_seed_has_no_attribution_warnings():
    folder = shared("seed")
    for path in folder.glob("*.txt"):
        text = read(str(path)).text
        assert all(d.severity.value == "info" for d in check_text(text, path.name, ONLY))


def _one(text: str) -> list[tuple[str, str]]:
    return [(d.rule, text[d.start:d.end]) for d in check_text(text, "t.txt", ONLY)]


@pytest.mark.parametrize("text", [
    # attribution in the sentence, trailing in the paragraph, or a source that continues
    "Rents have risen 25 per cent in two years, according to the housing agency.",
    "Rents have risen 25 per cent in two years. That is according to the housing agency.",
    "The agency's figures show rents climbing fast. They have risen 25 per cent in two years.",
    "Green said rents had risen 25 per cent in two years.",
    # a quotation whose speaker is carried from the paragraph before
    "The mayor said the city would not back down.\n\n“We will not raise taxes this year, no matter what.”",
    # headline and partial quotes
    "Crime is on the rise, police warn\n\nPolice in Halifax issued a warning on Monday.",
    "The ad's slogan, “show someone they are loved this Christmas”, was everywhere.",
])
def test_hard_negatives(text):
    assert _one(text) == []


@pytest.mark.parametrize(("text", "rule"), [
    ("The bridge closed in March.\n\nSales at downtown shops have dropped by half since then.",
     "attribution.unattributed-figure"),
    ("Owners said the closure came at a bad time. Sales have dropped by half since it began.",
     "attribution.unattributed-figure"),
    ("The bridge closed in March.\n\nDepression has risen dramatically since then.", "attribution.unattributed-claim"),
    ("The storm reached the coast at dawn.\n\nSix people were killed and seven more were injured.",
     "attribution.unattributed-figure"),
    ("The contract was signed in 2019.\n\nThe mayor steered the paving contracts to his brother-in-law.",
     "attribution.unattributed-charge"),
    ("The council met on Monday.\n\n“We will not raise taxes this year, no matter what.”",
     "attribution.unattributed-quote"),
    ("Critics say the plan will raise rents.", "attribution.vague-source"),
    ("A senior official, speaking on condition of anonymity, said talks had stalled.",
     "attribution.anonymous-source"),
])
def test_plants(text, rule):
    assert rule in {r for r, _ in _one(text)}


def test_messages_say_what_is_missing():
    text = "The bridge closed.\n\nLooters have been targeting empty homes."
    (d,) = check_text(text, "t.txt", ONLY)
    assert "no source" in d.message and "'have been targeting'" in d.message


def test_clean_news_rate():
    folder = shared("corpora", "clean-news", "onestopenglish-adv")
    words = found = 0
    for path in sorted(folder.glob("*-adv.txt")):
        text = read(str(path)).text
        words += parse(text, path.name).words()
        found += len(check_text(text, path.name, ONLY))
    assert found * 1000 / words <= 1.0
