"""The numbers ledger and its checkers: extraction, same-thing rules, planted errors, clean news."""

from __future__ import annotations

import math
from datetime import date

import pytest
import yaml

from conftest import FIXTURES, shared
from copylint.checker import Context
from copylint.checkers.age_mismatch import AgeMismatch
from copylint.checkers.count_mismatch import CountMismatch
from copylint.checkers.date_arithmetic import DateArithmetic
from copylint.checkers.number_style import NumberStyle
from copylint.checkers.percent_sum import PercentSum
from copylint.discover import NOT_ARTICLES, expand
from copylint.nlp.numbers import ledger, overlap
from copylint.parsing import parse

CHECKERS = (CountMismatch(), AgeMismatch(), PercentSum(), DateArithmetic(), NumberStyle())


def quantities(text: str):
    return ledger(parse(text, "t.txt"))


def one(text: str):
    qs = quantities(text)
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize("text, value, kind, noun", [
    ("Rescuers reached 23,000 residents.", 23_000, "count", "resident"),
    ("The plan costs 1.5-million dollars.", 1_500_000, "count", "dollar"),
    ("Tickets cost $48 each.", 48, "money", None),
    ("Support rose to 30 per cent.", 30, "percent", None),
    ("Support fell to 30% last year.", 30, "percent", None),
    ("Council voted 9-4 on Tuesday.", 9, "tally", None),
    ("The blast killed six miners.", 6, "count", "miner"),
    ("They counted twenty-three thousand birds.", 23_000, "count", "bird"),
    ("She bought a dozen eggs.", 12, "count", "egg"),
    ("They met for twice as long.", 2, "multiplier", None),
    ("Two-thirds of voters agreed.", 2 / 3, "fraction", None),
    ("It was a 55-minute meeting.", 55, "compound", "minute"),
    ("The 33-year-old was arrested.", 33, "age", None),
    ("They tested 12 remote sites.", 12, "count", "site"),
    ("The study ran in 2006.", 2006, "year", None),
    ("He left six years ago.", 6, "ago", "year"),
    ("About 17,000 vehicles a day cross it.", 17_000, "count", "vehicle"),
    ("The tally was 41 investors.", 41, "count", "investor"),
])
def test_extracts(text, value, kind, noun):
    q = one(text)
    assert math.isclose(q.value, value) and q.kind == kind and q.noun == noun, q


def test_hedges_make_ranges():
    about17, about18 = quantities("About 17,000 cars a day. About 18,000 cars a day.")
    assert (about17.low, about17.high) == (16_500, 17_500) and not overlap(about17, about18)
    nearly, about = quantities("Nearly 300 firefighters came. About 280 firefighters stayed.")
    assert overlap(nearly, about)
    more = one("More than 3,000 residents left.")
    assert more.low == 3000 and more.high == math.inf and more.hedge == "more"
    fewer = one("It won by fewer than 300 votes.")
    assert (fewer.low, fewer.high) == (0, 300)


def test_context_marks_totals_subsets_rates_and_verbs():
    total, part = quantities("They tested 12 sites in total. Three sites near the coast were worse.")
    assert total.total == "in total" and not total.subset and part.subset
    assert one("They named all 25 miners who died.").total == "all"
    assert one("Two of its steel supports cracked.").subset
    assert one("About 18,000 vehicles cross the bridge each day.").rate == "day"
    assert "test" in one("They tested snow from 14 sites.").verbs
    assert one("\u201cWe saw 40 boats,\u201d she said.").quoted


def _findings(checker, text, ctx=None):
    return [(text[f.start:f.end], f.suggestions[:1]) for f in checker.check(parse(text, "t.txt"), ctx or Context())]


@pytest.mark.parametrize("text, span", [
    ("The blast killed 26 miners.\n\nThe company named all 25 miners on Friday.", "25"),
    ("Hollis persuaded 43 investors.\n\nHe must pay restitution to 41 investors.", "41"),
    ("A total of 340 volunteers helped.\n\nThe mayor thanked the 350 volunteers who took part.", "350"),
    ("About 45,000 riders a day use the line.\n\nWith about 42,000 riders a day, it is the busiest.", "42,000"),
])
def test_count_mismatch_flags(text, span):
    assert [s for s, _ in _findings(CountMismatch(), text)] == [span]


@pytest.mark.parametrize("text", [
    "They tested 12 sites in total.\n\nThree sites near the coast had the most plastic.",
    "A 55-minute meeting drew 55 delegates.\n\nAnother 12 delegates joined by video.",
    "About 2,000 residents left Sunday.\n\nMore than 2,400 residents had left by Monday.",
    "Nearly 300 firefighters are on the fire.\n\nAbout 280 firefighters were on the line Monday.",
    "The plant employs 450 workers.\n\nIt laid off 85 workers last year and 60 more this spring.",
    "The museum had 160,000 visitors last year, up from 110,000 visitors the year before.",
    "The Oilers led 4-2 after two periods and lost 5-4.",
])
def test_count_mismatch_leaves_hard_negatives(text):
    assert _findings(CountMismatch(), text) == []


def test_age_mismatch_links_the_n_year_old_to_the_main_person():
    text = ("Raymond Kowal, 47, used the savings.\n\nKowal lied, said a victim, Elaine Dubois, 71.\n\n"
            "Kowal was arrested.\n\nThe 46-year-old remains free.")
    assert _findings(AgeMismatch(), text) == [("46-year-old", ("47-year-old",))]
    assert _findings(AgeMismatch(), text.replace("46-year-old", "71-year-old")) == []


def test_date_arithmetic_uses_the_article_date_or_the_context():
    text = "Chahal first won the seat five years ago, in 2015."
    assert _findings(DateArithmetic(), text) == []  # no date and nothing to compare
    assert _findings(DateArithmetic(), text, Context(date=date(2023, 6, 20))) == [
        ("five years ago", ("eight years ago",))]
    assert _findings(DateArithmetic(), text, Context(date=date(2020, 1, 5))) == []
    assert _findings(DateArithmetic(), text, Context(date=date(2021, 1, 5))) == []  # month unknown: one year slack
    both = "She joined two years ago, in 2019. He left six years ago, in 2010."
    assert [s for s, _ in _findings(DateArithmetic(), both)] == ["six years ago"]


def test_percent_sum_groups_one_breakdown_only():
    bad = "A took 41 per cent of the vote. B had 38 per cent, C 17 per cent. D received 6 per cent."
    assert [s for s, _ in _findings(PercentSum(), bad)] == ["6 per cent"]
    turnout = "A took 41 per cent of the vote. Turnout was 31 per cent, down from 58 per cent."
    assert _findings(PercentSum(), turnout) == []


def test_number_style_only_mixed():
    assert _findings(NumberStyle(), "He served six years.\n\nShe served 6 years.") == [("6", ("six",))]
    assert _findings(NumberStyle(), "He served six years.\n\nShe served 12 years.") == []
    assert _findings(NumberStyle(), "I leave at 6:30 instead of seven.") == [("seven", ("7",))]
    assert _findings(NumberStyle(), "I leave at seven instead of eight.") == []


def test_ledger_is_linear_enough():
    body = "\n\n".join(f"Crews checked {n} sites and {n + 1000} homes on day {n}." for n in range(2000))
    doc = parse(body, "big.txt")
    for c in CHECKERS:
        list(c.check(doc, Context()))
    assert len(ledger(doc)) >= 6000


def _plant_lines(folder, key):
    """{file: (lines holding a numbers plant, plant count)}"""
    out = {}
    for name, spec in key.items():
        lines = (folder / name).read_text(encoding="utf-8").splitlines()
        where, plants = set(), []
        for p in spec.get("plants") or []:
            if "numbers" not in p["accept"]:
                continue
            at = {i + 1 for i, line in enumerate(lines) for s in [p["find"], *p.get("also", [])] if s in line}
            where |= at
            plants.append(at)
        out[name] = (where, plants)
    return out


def _score(folder):
    key = yaml.safe_load((folder / "key.yaml").read_text(encoding="utf-8"))
    caught = total = false = 0
    for name, (where, plants) in _plant_lines(folder, key).items():
        doc = parse((folder / name).read_text(encoding="utf-8"), str(folder / name))
        lines = {doc.lines.position(f.start)[0] for c in CHECKERS for f in c.check(doc, Context())}
        total += len(plants)
        caught += sum(bool(at & lines) for at in plants)
        false += len(lines - where)
    return caught, total, false


def test_own_fixtures_recall_and_no_false_alarm():
    caught, total, false = _score(FIXTURES / "numbers")
    assert total >= 10 and caught / total >= 0.9 and false == 0, (caught, total, false)


def test_devset_numbers_plants():
    caught, total, false = _score(shared("devset"))
    assert caught == total == 7 and false == 0, (caught, total, false)


def test_seed_has_no_number_finding():
    assert _score(shared("seed")) == (0, 0, 0)


def test_clean_news_rate():
    folder = shared("corpora", "clean-news", "onestopenglish-adv")
    files, _ = expand([str(folder)], exclude=NOT_ARTICLES)
    words = found = 0
    for path in files:
        doc = parse(open(path, encoding="utf-8").read(), path)
        words += doc.words()
        found += sum(1 for c in CHECKERS for _ in c.check(doc, Context()))
    assert words > 100_000 and found * 1000 / words <= 0.3, found

