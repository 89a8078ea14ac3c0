"""Grammar checkers: pronoun case and a missing "of"; the lexicon they share; the error planter."""

from __future__ import annotations

import csv
import importlib.util
import random
import re
import sys
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, ROOT, shared
from copylint.api import check_source
from copylint.checker import Context
from copylint.checkers.missing_of import MissingOf
from copylint.checkers.pronoun_case import PronounCase
from copylint.config import Config
from copylint.nlp import lexicon as lx
from copylint.parsing import parse
from copylint.registry import all_checkers

RULES = ("grammar.pronoun-case", "grammar.missing-of")
CONFIG = Config(select=RULES)


def flags(checker, text: str) -> list[tuple[str, str]]:
    """(flagged text, first suggestion) for every finding."""
    return [(text[f.start : f.end], f.suggestions[0]) for f in checker.check(parse(text, "t.txt"), Context())]


def findings(text: str, path: str):
    return check_source(text, path, CONFIG, all_checkers())


# --- lexicon -----------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["made", "was", "would", "can't", "won’t", "says", "voted", "is", "had"])
def test_finite(word):
    assert lx.is_finite(word)


@pytest.mark.parametrize("word", ["work", "go", "the", "making", "taken", "team"])
def test_not_finite(word):
    assert not lx.is_finite(word)


def test_lexicon_forms():
    assert {"VBD", "VBN"} <= lx.verb_tags("included")  # regular participles are listed too
    assert lx.verb_tags("taken") == {"VBN"}
    assert lx.is_noun("visits") and not lx.is_noun("was")
    assert lx.says("said") and lx.says("insists") and not lx.says("told") and not lx.says("explained")
    assert [lx.subject_form(w) for w in ("me", "Him", "THEM", "her")] == ["I", "He", "THEY", "she"]


# --- grammar.pronoun-case ----------------------------------------------------------------------

PRONOUN_BAD = [
    ("Putin was one of the first leaders Harper met after me made his debut.", "me", "he"),
    ("Lutz said him and his team would decide in the coming weeks.", "him", "he"),
    ("He noted that him voted against the plan.", "him", "he"),
    ("Residents said them are tired of waiting.", "them", "they"),
    ("Police believe the fire spread because her was asleep.", "her", "she"),
    ("The court heard that her took money from the accounts.", "her", "she"),
    ("He said her voted against the plan.", "her", "she"),
    ("The mayor and him were seen leaving.", "him", "he"),
    ("Police said the suspect and her fled in a stolen car.", "her", "she"),
    ("Her manager and me have talked about it.", "me", "I"),
    ("Their kids and me will play outside.", "me", "I"),
    ("Tim and me work together.", "me", "I"),
    ("The crowd booed when him walked onto the stage.", "him", "he"),
    ("Until them arrived, the town was quiet.", "them", "they"),
    ("He resigned two days after him made the remarks.", "him", "he"),
    ("They said that them can’t afford the rent.", "them", "they"),
    ("Him also said the vote was close.", "Him", "He"),
    ("MY BROTHER AND ME WILL HANDLE IT.", "ME", "I"),
]


@pytest.mark.parametrize(("text", "span", "fix"), PRONOUN_BAD)
def test_pronoun_case_flags(text, span, fix):
    assert flags(PronounCase(), text) == [(span, fix)]


def test_pronoun_case_compound_flags_both():
    assert flags(PronounCase(), "Me and him went to the rally.") == [("Me", "I"), ("him", "he")]


PRONOUN_GOOD = [
    "The man who hit me died later that day.",
    "People who knew him said he was kind.",
    "Let me make one thing clear, the verdict made her cry.",
    "Watching him work will make me better.",
    "She gave me his book and told him to wait.",
    "The coach helped them win and asked her to stay.",
    "Between you and me, the plan is late.",
    "He is taller than me, and it's me who will pay.",
    "I saw them leave after her visits ended.",
    "She said her book sold well and her own family was proud.",
    "It was her wounded son who called after her husband died.",
    "Police said her injured leg needed surgery and her damaged car was towed.",
    "After them came a wave of protests.",
    "Before him stood a crowd of 3,000 supporters.",
    "Before her was another long passage.",
    "The generations that came after them were luckier.",
    "Those who came before us were braver, and the person after me was turned away.",
    "The disease that claimed him was rare, and officials who explain them say so.",
    "Everyone, me included, was surprised.",
    "She sat in silence, her head bowed.",
    "All of us were tired, them included.",
    "Him and her husband.",
    "He said her remarks were unfair and her plans would cost too much.",
    "When her contract expires, she will leave; once her term ends, she will retire.",
    "Nobody but him knew the code.",
    "The US said its troops would stay.",
    "Critics said her May visit was a mistake.",
    "The firm that employs them has cut wages.",
    "Her remains were found in May.",
]


@pytest.mark.parametrize("text", PRONOUN_GOOD)
def test_pronoun_case_silent(text):
    assert flags(PronounCase(), text) == []


def test_pronoun_case_not_in_quotes():
    text = '"After me made the save, we relaxed," the goalie said. "Me and him went home."\n'
    assert flags(PronounCase(), text) == []


def test_pronoun_case_message_names_the_verb():
    (f,) = PronounCase().check(parse("He said that him voted no.", "t.txt"), Context())
    assert f.message == "'him' is the subject of 'voted' here: use 'he'."
    assert not f.safe


# --- grammar.missing-of ------------------------------------------------------------------------

OF_BAD = [
    ("The uprising has left at least 23,000 his citizens dead.", "23,000 his", "23,000 of his"),
    ("The nurses cared for 12 their own colleagues.", "12 their", "12 of their"),
    ("The coach said many his players were hurt.", "many his", "many of his"),
    ("Two his brothers were arrested.", "Two his", "Two of his"),
    ("Most his friends had left by then.", "Most his", "Most of his"),
    ("The company said it would cut 300 its jobs.", "300 its", "300 of its"),
    ("It apologized for menus at dozens its restaurants.", "dozens its", "dozens of its"),
    ("She said several her relatives had offered help.", "several her", "several of her"),
    ("The fine cost £4 their own money.", "4 their", "4 of their"),
]


@pytest.mark.parametrize(("text", "span", "fix"), OF_BAD)
def test_missing_of_flags(text, span, fix):
    assert flags(MissingOf(), text) == [(span, fix)]


OF_GOOD = [
    "In 2012 his government fell, and by 2030 their numbers will double.",
    "The call came at 3 his time.",
    "On March 3 his office said the talks had failed.",
    "Aged 52 his mother moved to Halifax.",
    "He lives at No. 10 his father's old house.",
    "Bill C-11 their critics say is flawed.",
    "All his friends and both their parents came; half his salary went to rent.",
    "It was the most his party has won, more than the 12 their rivals took.",
    "When he was 10 his family moved to Winnipeg.",
    "She married a man twice her age.",
    "The final score was 3-2 their way.",
    "He won 23,000 of his votes in the north.",
    "Flight 370 its operator said was lost.",
    "At 3:30 his plane landed, and at 1.5 their rate doubled.",
    "The one his mother gave him is lost, and each his own.",
    '"We lost 12 our best players," the coach said.',
]


@pytest.mark.parametrize("text", OF_GOOD)
def test_missing_of_silent(text):
    assert flags(MissingOf(), text) == []


# --- articles with answer keys -----------------------------------------------------------------


def score(folder: Path, key: dict, kinds=("pronoun-case", "missing-of")) -> tuple[int, int, list[str]]:
    """(caught, planted, false alarms) for our rules on articles keyed like ../shared/seed/key.yaml."""
    caught = total = 0
    alarms = []
    for name, spec in key.items():
        text = (folder / name).read_text(encoding="utf-8")
        lines = text.splitlines()
        found = findings(text, str(folder / name))
        line_of = {d: text.count("\n", 0, d.start) + 1 for d in found}
        planted = set()
        for plant in spec.get("plants") or []:
            (n,) = [i + 1 for i, ln in enumerate(lines) if plant["find"] in ln]
            planted.add(n)
            if plant["kind"] in kinds:
                total += 1
                caught += any(line_of[d] == n for d in found)
        alarms += [f"{name}:{line_of[d]} {d.message}" for d in found if line_of[d] not in planted]
    return caught, total, alarms


def test_own_fixtures():
    folder = FIXTURES / "grammar"
    caught, total, alarms = score(folder, yaml.safe_load((folder / "key.yaml").read_text()))
    assert (caught, total, alarms) == (8, 8, [])


@pytest.mark.parametrize("name", ["seed", "devset"])
def test_shared_articles(name):
    folder = shared(name)
    caught, total, alarms = score(folder, yaml.safe_load((folder / "key.yaml").read_text()))
    assert caught == total >= 1 and alarms == []


def test_seed_suggestions():
    folder = shared("seed")
    text = (folder / "000_5034644849f90e86.txt").read_text(encoding="utf-8")
    got = {text[d.start : d.end]: d.suggestions[0] for d in findings(text, "seed.txt")}
    assert got == {"me": "he", "23,000 his": "23,000 of his"}


def test_clean_news_is_quiet():
    folder = shared("corpora", "clean-news", "onestopenglish-adv")
    words = alarms = 0
    for path in sorted(folder.glob("*-adv.txt")):
        text = path.read_text(encoding="utf-8-sig")
        words += parse(text, path.name).words()
        alarms += len(findings(text, path.name))
    assert words > 100_000 and alarms * 1000 / words <= 0.05


# --- peer examples -----------------------------------------------------------------------------


def _rows(path: Path):
    with path.open(encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        head = next(reader)
        for row in reader:
            yield dict(zip(head, row, strict=False))


def _subject_fix(bad: str, good: str) -> bool:
    """Does the correction put a subject pronoun where the bad sentence has the object form?"""
    a, b = re.findall(r"[\w’']+", bad.lower()), re.findall(r"[\w’']+", good.lower())
    return any(x in lx.SUBJECT_OF and lx.SUBJECT_OF[x].lower() in b and x not in b for x in a)


def test_peer_examples():
    lt = shared("corpora", "peer-examples", "languagetool-en-rules", "grammar_xml_examples.tsv")
    harper = shared("corpora", "peer-examples", "harper-tests", "harper_linter_examples.tsv")
    checkers = (PronounCase(), MissingOf())
    fire = lambda s: [f for c in checkers for f in c.check(parse(s, "t.txt"), Context())]  # noqa: E731
    good, bad = [], []
    for r in _rows(lt):
        if r.get("type") == "correct":
            good.append(r["sentence"])
        elif r.get("type") == "incorrect" and r.get("marked_span"):
            bad.append((r["sentence"], r["sentence"].replace(r["marked_span"], r["correction"].split("|")[0], 1)))
    for r in _rows(harper):
        if r.get("kind") == "lint_count=0":
            good.append(r["input"])
        elif r.get("kind") == "suggestion" and r.get("expected_output"):
            bad.append((r["input"], r["expected_output"]))
    alarms = [s for s in good if fire(s)]
    # The one sentence flagged is a genuine error ("Me and my friends went"), kept by LanguageTool
    # as a correct example of an unrelated comma rule.
    assert len(good) > 3000 and len(alarms) <= 1, alarms
    matched = [b for b, g in bad if _subject_fix(b, g)]
    caught = [b for b in matched if fire(b)]
    assert len(matched) >= 20 and len(caught) / len(matched) >= 0.75


# --- scripts/plant.py --------------------------------------------------------------------------


def _plant_module():
    spec = importlib.util.spec_from_file_location("plant", ROOT / "scripts" / "plant.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("plant", mod)
    spec.loader.exec_module(mod)
    return mod


ARTICLE = """Mayor wins second term

The mayor said he would cut taxes, and officials said that they were ready. Three of his aides quit.

Residents said they had waited for years. "I think that they are right," one said.

The council will meet again on Tuesday to set the budget for the coming year.
"""


def test_plant_article_is_deterministic_and_keyed():
    plant = _plant_module()
    out1, key1 = plant.plant_article(ARTICLE, random.Random(3), list(plant.PLANTERS))
    out2, key2 = plant.plant_article(ARTICLE, random.Random(3), list(plant.PLANTERS))
    assert (out1, key1) == (out2, key2)
    kinds = {p["kind"] for p in key1}
    assert kinds == {"missing-of", "pronoun-case", "missing-period"}
    lines = out1.splitlines()
    for p in key1:
        assert sum(p["find"] in ln for ln in lines) == 1
    assert "Three his aides" in out1
    assert "that they are right" in out1  # never inside a quotation
    assert re.search(r"\b(said|that) (him|them) ", out1)


def test_planted_corpus_recall(tmp_path):
    src = shared("corpora", "clean-news", "onestopenglish-adv")
    plant = _plant_module()
    assert plant.main([str(src), "--out", str(tmp_path), "--seed", "7", "--kinds", "pronoun-case,missing-of"]) == 0
    caught, total, alarms = score(tmp_path, yaml.safe_load((tmp_path / "key.yaml").read_text()))
    assert total > 100 and caught / total >= 0.95 and alarms == []
