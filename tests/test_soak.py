"""Soak: the whole clean-news corpus and every shared peer example sentence, through every checker
and every output format. Nothing may crash and no rule may report an internal failure."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import shared
from copylint import __version__
from copylint.api import check_source
from copylint.config import Config
from copylint.discover import NOT_ARTICLES, expand
from copylint.output import FORMATS, FileResult, Options, write
from copylint.registry import all_checkers
from copylint.sources import read


def peer_sentences() -> list[str]:
    root = shared("corpora", "peer-examples")
    out = []
    with open(root / "languagetool-en-rules" / "grammar_xml_examples.tsv", encoding="utf-8", newline="") as f:
        out += [row["sentence"] for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]
    with open(root / "harper-tests" / "harper_linter_examples.tsv", encoding="utf-8", newline="") as f:
        out += [row["input"] for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]
    for check in json.loads((root / "proselint-examples" / "proselint_examples.json").read_text(encoding="utf-8")):
        out += check.get("should_fail", []) + check.get("should_pass", [])
    return [s for s in out if s and s.strip()]


def peer_articles(per: int = 200) -> list[tuple[str, str]]:
    """Peer sentences as articles of `per` one-sentence paragraphs each (a headline on top)."""
    sents = peer_sentences()
    return [(f"peer-{i // per:03d}.txt", "Peer examples\n\n" + "\n\n".join(sents[i : i + per]) + "\n")
            for i in range(0, len(sents), per)]


def corpus_articles() -> list[tuple[str, str]]:
    out = []
    for name in ("onestopenglish-adv", "gum-wikinews"):
        files, _ = expand([str(shared("corpora", "clean-news", name))], exclude=NOT_ARTICLES)
        out += [(p, read(p).text) for p in files]
    return out


@pytest.mark.parametrize("source", ["corpus", "peer"])
def test_soak_every_format(source):
    articles = corpus_articles() if source == "corpus" else peer_articles()
    checkers, cfg = all_checkers(), Config()
    results = []
    for path, text in articles:
        diags = check_source(text, path, cfg, checkers)
        internal = [d.message for d in diags if d.category.value == "internal"]
        assert not internal, (path, internal)
        results.append(FileResult(path, tuple(diags), text))
    assert len(results) > 20
    opts = Options(tool_version=__version__, rules={c.meta.id: c.meta for c in checkers})
    for fmt in FORMATS:
        out = io.StringIO()
        write(fmt, results, out, opts)
        if fmt in ("json", "sarif", "gitlab"):
            json.loads(out.getvalue())
