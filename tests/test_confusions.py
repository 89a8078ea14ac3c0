"""Real-word confusion checkers (their/there, its/it's, then/than, affect/effect, lose/loose,
whose/who's): examples, the evidence table, planted recall and quiet clean news."""

from __future__ import annotations

import pytest

from conftest import shared
from copylint.checker import Context
from copylint.checkers.affect_effect import AffectEffect
from copylint.checkers.its_its import ItsIts
from copylint.checkers.lose_loose import LoseLoose
from copylint.checkers.their_there import TheirThere
from copylint.checkers.then_than import ThenThan
from copylint.checkers.whose_whos import WhoseWhos
from copylint.nlp import bigrams as bg
from copylint.nlp.tokens import WORD
from copylint.parsing import parse

CHECKERS = (TheirThere(), ItsIts(), ThenThan(), AffectEffect(), LoseLoose(), WhoseWhos())


def flags(text: str) -> list[tuple[str, str]]:
    doc = parse(text, "t.txt")
    return [(text[f.start : f.end], f.suggestions[0]) for c in CHECKERS for f in c.check(doc, Context())]


@pytest.mark.parametrize("text, flagged, fix", [
    ("Their going to vote on Friday.", "Their", "They're"),
    ("The council approved it's budget.", "it's", "its"),
    ("The storm destroyed more then 300 homes.", "then", "than"),
    ("Economists measured the affect of the cuts.", "affect", "effect"),
    ("Hundreds could loose their jobs.", "loose", "lose"),
    ("Nobody knows whose going to pay.", "whose", "who's"),
    ("Residents said their is no plan.", "their", "there"),
    ("The agency said it’s been a hard year, so its been quiet.", "its", "it's"),
])
def test_flags(text, flagged, fix):
    assert (flagged, fix) in flags(text)


@pytest.mark.parametrize("text", [
    "There, their own families waited.",
    "The board said it's been a difficult year.",
    "The then-mayor resigned. Back then, few noticed.",
    "Campaigners hope to affect change.",
    "The team cut loose after the match.",
    "The family whose house burned has moved.",
    "Despite their going to court, the deal held.",
    "They lived there years ago.",
    "People there own the land.",
    "The city said its estimated cost had doubled.",
    "Its recently renovated station reopened.",
    '"Their going to vote," she wrote.',
])
def test_near_misses(text):
    assert flags(text) == []


def test_odds_and_table():
    left, right = bg.odds("affect", "effect", "the", "of")
    assert left > 5 and right > 5
    assert bg.odds("then", "than", "back", None)[0] < 1
    assert bg.odds("x", "y", None, None) == (1.0, 1.0)
    assert bg.pair("their", "own") > bg.pair("there", "own")
    assert bg.word_class("budget") == "@NOUN+VERB"


_PLANT = {"their": "there", "there": "their", "its": "it's", "it's": "its", "than": "then", "then": "than",
          "effect": "affect", "lose": "loose", "whose": "who's"}


def test_planted_recall_and_clean_news():
    """Swap one correct word at a time for its confusable in clean news: most swaps are caught, and
    the clean articles raise nothing."""
    folder = shared("corpora", "clean-news", "onestopenglish-adv")
    planted = caught = alarms = 0
    for path in sorted(folder.glob("*.txt"))[:60]:
        text = path.read_text(encoding="utf-8-sig")
        doc = parse(text, path.name)
        alarms += sum(1 for c in CHECKERS for _ in c.check(doc, Context()))
        for t in doc.tokens:
            w = bg.plain(t.text)
            if t.kind != WORD or w not in _PLANT or doc.in_quote(t.start, t.end):
                continue
            new = bg.cased(bg.apostrophe(_PLANT[w], t.text), t.text)
            doc2 = parse(text[: t.start] + new + text[t.end :], path.name)
            planted += 1
            caught += any(f.start == t.start for c in CHECKERS for f in c.check(doc2, Context()))
    assert alarms == 0
    assert planted > 200 and caught / planted > 0.6, (caught, planted)
