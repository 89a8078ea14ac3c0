"""typo.then-than: "then" after a comparison ("more then 300") and "than" for time ("and than")."""

from __future__ import annotations

from functools import lru_cache

from copylint.model import Category, Example, Meta, Severity
from copylint.nlp import bigrams as bg
from copylint.nlp import forms
from copylint.nlp import lexicon as lx

_WORDS = frozenset({"then", "than"})
_COMPARE = frozenset("more less fewer rather other else different prefer preferred sooner".split())
# Words after which "then" (time or sequence) is the word: "and then", "back then", "since then".
_SEQUENCE = frozenset("and but since until till back just even only by from so".split())
_GLOSS = {"than": "comparison", "then": "time or sequence"}


@lru_cache(maxsize=4096)
def _comparative(w: str) -> bool:
    if w in _COMPARE:
        return True
    for pos in ("ADJ", "ADV"):
        for lemma in forms.lemmas(w, pos).get(pos, ()):
            found = forms.inflections(lemma, pos)
            if w in found.get("JJR", ()) + found.get("RBR", ()):
                return True
    return False


def _alternative(toks, i: int, w: str) -> str | None:
    prev = bg.word_at(toks, i - 1)
    if bg.hyphenated(toks, i) or i + 1 >= len(toks):
        return None  # "then-mayor"
    if w == "then":
        if toks[i + 1].text in ",.;:)":
            return None  # "earlier then, the town"
        if prev is not None and _comparative(prev):
            return "than"  # "more then 300"
        before = bg.word_at(toks, i - 2)
        if before in ("more", "fewer", "less") and bg.noun(prev) and toks[i - 1].text.islower():
            return "than"  # "fewer people then"
        return None
    if any(t.kind == "word" and _comparative(t.lower) for t in toks[:i]):
        return None  # "more people than", "rather than"; "more people, and than" is too tangled to call
    nxt = bg.word_at(toks, i + 1)
    if prev in _SEQUENCE or prev in lx.MODALS or i == 0 or toks[i - 1].text == ",":
        return "then"  # "and than left", "would than be", "Than, ..."
    if prev is not None and nxt is not None and toks[i + 1].text.islower() and lx.is_finite(nxt):
        return "then"  # "the government than says"
    return None


class ThenThan:
    meta = Meta(
        id="typo.then-than",
        category=Category.TYPO,
        severity=Severity.WARNING,
        summary="'then' and 'than' confused.",
        description=(
            "Flags 'then' straight after a comparative ('more then 300', 'better then expected') and 'than' "
            "where time or sequence is meant ('and than left', 'back than'), when the word pairs agree. "
            "'then-mayor', 'back then' and direct quotations are left alone."
        ),
        bad=(
            Example("The fire destroyed more [[then]] 300 homes.", fix="than"),
            Example("Sales were better [[then]] expected this year.", fix="than"),
            Example("The crowd cheered and [[than]] fell silent.", fix="then"),
            Example("Rents have doubled since [[than]], the report found.", fix="then"),
        ),
        good=(
            Example("The then-mayor signed the deal."),
            Example("Back then, the town had two mills."),
            Example("He voted, then left the hall."),
            Example("More than 300 homes burned, and then the wind turned."),
            Example("Rather than wait, they left."),
            Example('"It was bigger then," she said.'),
        ),
    )

    def check(self, doc, ctx):
        for tok, alt in bg.scan(doc, _WORDS, _alternative):
            yield bg.finding(tok, alt, _GLOSS[alt])
