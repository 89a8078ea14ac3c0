"""Spelling checkers: known misspellings, unknown words, name near misses, dialect mixing; the word data."""

from __future__ import annotations

import random
import re

import pytest
import yaml

from conftest import FIXTURES, shared
from copylint.api import check_source
from copylint.checker import Context
from copylint.checkers.dialect_mix import DialectMix
from copylint.checkers.misspelling import Misspelling
from copylint.checkers.name_mismatch import NameMismatch
from copylint.checkers.unknown_word import UnknownWord
from copylint.config import Config
from copylint.nlp import words
from copylint.parsing import parse
from copylint.registry import all_checkers

CONFIG = Config(select=("spelling",))


def flags(checker, text: str, **ctx) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[f.start : f.end], f.suggestions) for f in checker.check(parse(text, "t.txt"), Context(**ctx))]


def spelling(text: str, path: str = "t.txt"):
    return check_source(text, path, CONFIG, all_checkers())


# --- word data ------------------------------------------------------------------------------------


def test_data_loads():
    assert len(words.lexicon()) > 150_000
    assert words.misspellings()["goverment"] == "government"
    assert words.variants()["travelled"].american == "traveled"
    assert words.variants()["traveled"].british == "travelled"


@pytest.mark.parametrize("word", ["colour", "color", "travelled", "traveled", "centre", "center", "organise",
                                  "organize", "neighbour's", "don't", "they're", "smiths'", "reoffending",
                                  "driverless", "ﬁrst", "km", "iodise", "per", "cent"])
def test_known(word):
    assert words.known(words.normalize(word))


@pytest.mark.parametrize("word", ["ambassdaor", "goverenment", "pilgrams", "seveneenth"])
def test_unknown(word):
    assert not words.known(word)


def test_distance_and_suggest():
    assert words.distance("shienbaum", "sheinbaum") == 1
    assert words.distance("tremblay", "trembley") == 1
    assert words.distance("abc", "abc") == 0
    assert words.suggest("ambassdaor", min_score=55)[0] == "ambassador"
    assert words.suggest("workrs", min_score=55)[0] == "workers"  # a dropped letter before a wrong one
    assert words.match_case("Goverment", "government") == "Government"
    assert words.match_case("GOVERMENT", "government") == "GOVERNMENT"
    assert words.match_case("dont’", "don't") == "don’t"


def test_misspellings_drop_real_words():
    table = words.misspellings()
    for w in ("despatch", "chanel", "carmel", "ned", "combatting", "quitted"):
        assert w not in table


# --- spelling.misspelling --------------------------------------------------------------------------


def test_misspelling_case_and_safety():
    c = Misspelling()
    text = "Untill then the goverment and the GOVERMENT said so."
    found = list(c.check(parse(text, "t.txt"), Context()))
    assert [(text[f.start : f.end], f.suggestions, f.safe) for f in found] == [
        ("Untill", ("Until",), True), ("goverment", ("government",), True), ("GOVERMENT", ("GOVERNMENT",), True)]
    multi = [f for f in c.check(parse("The aache spread.", "t.txt"), Context())]
    assert multi and len(multi[0].suggestions) > 1 and not multi[0].safe


def test_misspelling_inside_quotes_and_accept():
    c = Misspelling()
    assert flags(c, "“We definately won,” she said.") == [("definately", ("definitely",))]
    assert flags(c, "We definately won.", accept=frozenset({"definately"})) == []


def test_misspelling_leaves_names_and_attached_words():
    c = Misspelling()
    for text in ("Co-founder Sergey Brin spoke.", "The ALS Association replied.", "He won on the 2nd of May.",
                 "The Chanel show opened.", "It is the raison d’être of the club.", "See file_teh_name."):
        assert flags(c, text) == [], text


# --- spelling.unknown-word -------------------------------------------------------------------------


def test_unknown_word_flags_and_suggests():
    c = UnknownWord()
    assert flags(c, "The Austrian ambassdaor met the minister.") == [("ambassdaor", ("ambassador",))]
    assert flags(c, "It protects pilgrams from a crush.")[0][1][0] == "pilgrims"


@pytest.mark.parametrize("text", [
    "She travelled, he traveled; the colour and the color; the centre and the center.",
    "The 21st-century city grew in the 1990s by 5km a year at 40 mph.",
    "Police said it wasn't the mayor's fault, and they couldn't say whose it was.",
    "The six - member panel do n't agree, the reporters ' notes say.",
    "The criss-cross lines and the e-mail were checked.",
    "Teff grows well. The teff harvest failed and teff flour ran out.",
    "The army moved en masse, a raison d'être for the old guard.",
    "Go to vimeo.com/12345 for the video.",
    "They said the new word was “pardu” in the census.",
    "The cyberattack on the non-profit was reported on Monday.",
])
def test_unknown_word_quiet(text):
    assert flags(UnknownWord(), text) == []


def test_unknown_word_accept_and_capitals():
    c = UnknownWord()
    assert flags(c, "The ambassdaor left.", accept=frozenset({"ambassdaor"})) == []
    assert flags(c, "Ambassdaor Smith left.") == []  # capitalised: a name for this rule


# --- spelling.name-mismatch ------------------------------------------------------------------------


def test_name_mismatch_message_names_both():
    text = "Sheinbaum won.\n\nSheinbaum spoke.\n\nShienbaum thanked voters."
    found = list(NameMismatch().check(parse(text, "t.txt"), Context()))
    assert len(found) == 1
    f = found[0]
    assert text[f.start : f.end] == "Shienbaum" and f.suggestions == ("Sheinbaum",)
    assert "'Sheinbaum'" in f.message and "line" not in f.message
    assert [(x.start, x.end) for x in f.related] == [(0, 9)]


@pytest.mark.parametrize("text", [
    "Johnson met Johnston. Johnson said the talks went well.",
    "Syria's neighbours met. Syrian refugees and Syrian officials came.",
    "Tremblay scored. Tremblay and Trembley, two players, both scored. Trembley left.",
    "Cheung Kwok-kwan won. Cheung said so. Cheng Chung-tai lost.",
])
def test_name_mismatch_quiet(text):
    assert flags(NameMismatch(), text) == []


def test_name_mismatch_accept():
    text = "Tremblay scored. Tremblay passed. Trembley left."
    assert flags(NameMismatch(), text) == [("Trembley", ("Tremblay",))]
    assert flags(NameMismatch(), text, accept=frozenset({"trembley"})) == []


# --- spelling.dialect-mix --------------------------------------------------------------------------


def test_dialect_mix_flags_minority():
    text = "She travelled in May. They travelled in June. He traveled in July."
    assert flags(DialectMix(), text) == [("traveled", ("travelled",))]
    text = "They organize it. We organize it. You organise it. Colour and color."
    assert flags(DialectMix(), text) == [("organise", ("organize",)), ("color", ("colour",))]


def test_dialect_mix_with_dialect():
    text = "The colour of the centre. They organized it and travelled. The theater is grey."
    assert [w for w, _ in flags(DialectMix(), text, dialect="en-US")] == ["colour", "centre", "travelled", "grey"]
    assert [w for w, _ in flags(DialectMix(), text, dialect="en-GB")] == ["theater"]
    assert [w for w, _ in flags(DialectMix(), text, dialect="en-CA")] == ["theater"]
    assert [w for w, _ in flags(DialectMix(), "They organised it.", dialect="en-CA")] == ["organised"]


def test_dialect_mix_leaves_names_and_other_words():
    assert flags(DialectMix(), "The Labor Party and the Labour Party met at the World Trade Center.") == []
    assert flags(DialectMix(), "The tyre went flat; the runners tire quickly.") == []
    assert flags(DialectMix(), "The programme ran the computer program.") == []


# --- articles ------------------------------------------------------------------------------------


def _plants(folder, key_path):
    key = yaml.safe_load(key_path.read_text(encoding="utf-8"))
    for name, spec in key.items():
        text = (folder / name).read_text(encoding="utf-8")
        yield name, text, spec.get("plants") or []


def test_fixture_articles():
    folder = FIXTURES / "spelling"
    for name, text, plants in _plants(folder, folder / "key.yaml"):
        lines = text.splitlines()
        found = spelling(text, name)
        hit_lines = {text.count("\n", 0, d.start) + 1 for d in found}
        want = {next(i + 1 for i, line in enumerate(lines) if p["find"] in line) for p in plants}
        assert hit_lines == want, name
        for p in plants:
            n = next(i + 1 for i, line in enumerate(lines) if p["find"] in line)
            assert any(text.count("\n", 0, d.start) + 1 == n and d.suggestions[:1] == (p["fix"],) for d in found)


def test_seed_article_has_no_spelling_alarm():
    folder = shared("seed")
    for path in folder.glob("*.txt"):
        assert spelling(path.read_text(encoding="utf-8"), path.name) == []


def test_devset_has_no_spelling_alarm():
    for path in shared("devset").glob("*.*"):
        if path.suffix in (".txt", ".md"):
            assert spelling(path.read_text(encoding="utf-8"), path.name) == [], path.name


def _corpus(name):
    folder = shared("corpora", "clean-news", name)
    return sorted(folder.glob("*.txt")) + sorted(folder.glob("text/*.txt"))


def test_clean_news_false_alarm_rate():
    total = words_ = 0
    for path in _corpus("onestopenglish-adv"):
        text = path.read_text(encoding="utf-8-sig")
        words_ += parse(text, path.name).words()
        total += len(spelling(text, path.name))
    assert total * 1000 / words_ <= 0.5


def test_planted_typos_recall():
    """One keyboard slip planted per paragraph of clean news: the spelling rules together catch most."""
    rng = random.Random(11)
    lex = words.lexicon()
    hits = planted = 0
    for path in _corpus("onestopenglish-adv")[:60]:
        out = []
        spans = []
        pos = 0
        for para in path.read_text(encoding="utf-8-sig").split("\n"):
            cands = [m for m in re.finditer(r"\b[a-z]{5,}\b", para) if lex.get(m.group(), 0) >= 50]
            if cands:
                m = rng.choice(cands)
                i = rng.randrange(1, len(m.group()) - 1)
                typo = m.group()[:i] + m.group()[i + 1 :]  # a dropped letter
                if not words.known(typo):
                    para = para[: m.start()] + typo + para[m.end() :]
                    spans.append((pos + m.start(), pos + m.start() + len(typo)))
            out.append(para)
            pos += len(para) + 1
        found = {(d.start, d.end) for d in spelling("\n".join(out), path.name)}
        planted += len(spans)
        hits += len(found & set(spans))
    assert planted > 500 and hits / planted >= 0.85
