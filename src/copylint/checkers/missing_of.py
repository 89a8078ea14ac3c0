"""grammar.missing-of: a count followed directly by a possessive ("23,000 his citizens" -> "23,000 of his")."""

from __future__ import annotations

import re

from copylint.document import BYLINE, DATELINE, TABLE
from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp import lexicon as lx
from copylint.nlp.tokens import NUMBER, WORD

_SKIP_BLOCKS = frozenset({BYLINE, DATELINE, TABLE})
# Before the figure: it is a date, time, age, label or value, not a count of the possessive's noun.
_NOT_COUNT_BEFORE = frozenset(
    "at on in by since until till during "
    "aged age ages turned turning turns no nos number numbers page pages chapter section article room route "
    "highway flight bill exit gate platform unit suite apartment box year years day days week weeks month "
    "is are was were be been being am "
    "the those these this that which what whose".split())
# A figure as the head of a relative clause ("the 12 their rivals took") or an idiom ("each his own").
_ONE_BEFORE = frozenset("the this that each every no any which a another such only last first same one".split())
# After the possessive: a measure idiom ("a man twice his age", "children her age").
_MEASURE = frozenset("age ages size height weight build generation vintage".split())
# Never a time, date or age: "at dozens his restaurants" is a count.
_PLURAL_NUMBERS = frozenset("dozens hundreds thousands millions billions".split())
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")


def _is_count(toks, i: int) -> bool:
    t = toks[i]
    if t.kind == NUMBER:
        if ":" in t.text or "." in t.text or _YEAR.fullmatch(t.text):
            return False  # times, decimals, years
        return True
    if t.kind != WORD or not (t.text.islower() or i == 0 and t.text.istitle()):
        return False
    return t.lower in lx.NUMBER_WORDS or t.lower in lx.OF_QUANTIFIERS or t.lower == "one"


class MissingOf:
    meta = Meta(
        id="grammar.missing-of",
        category=Category.GRAMMAR,
        severity=Severity.ERROR,
        summary="A count followed directly by a possessive: '23,000 his citizens' needs 'of'.",
        description=(
            "Flags a number, number word or quantifier (many, most, some, several) followed directly by "
            "his, her, their, its, our, my or your ('23,000 his citizens' -> '23,000 of his citizens'). "
            "'all', 'both' and 'half' need no 'of' ('all his friends'). Years, times, dates, ages, scores, "
            "labels ('No. 10', 'Bill C-11') and measure idioms ('a man twice his age') are left alone, as "
            "are direct quotations."
        ),
        bad=(
            Example("The uprising has left at least [[23,000 his]] citizens dead.", fix="23,000 of his"),
            Example("The nurses cared for [[12 their]] own colleagues.", fix="12 of their"),
            Example("The coach said [[many his]] players were injured.", fix="many of his"),
            Example("She has invited [[three her]] former students.", fix="three of her"),
        ),
        good=(
            Example("In 2012 his government fell, and by 2030 their numbers will double."),
            Example("The call came at 3 his time, on March 3 his office said."),
            Example("Aged 52 his mother moved to No. 10 his father's old house."),
            Example("Bill C-11 their critics said, would change the rules."),
            Example("All his friends and both their parents came, and half his salary went to rent."),
            Example("He won 23,000 of his votes in the north."),
            Example("It was the most his party has won, more than the 12 their rivals took."),
            Example("When he was 10 his family moved to Winnipeg."),
            Example("She married a man twice her age, and children their size ran past."),
            Example("The final score was 3-2 their way."),
            Example('"We lost 12 our best players," the coach said.'),
        ),
    )

    def check(self, doc, ctx):
        text = doc.masked
        for s in doc.sentences:
            if doc.blocks[s.block].kind in _SKIP_BLOCKS:
                continue
            toks = doc.sentence_tokens(s)
            for i in range(len(toks) - 1):
                n, p = toks[i], toks[i + 1]
                if p.kind != WORD or p.lower not in lx.POSSESSIVES or not p.text.islower() or not _is_count(toks, i):
                    continue
                if text[n.end : p.start] != " ":
                    continue
                if i + 2 < len(toks) and toks[i + 2].lower in _MEASURE:
                    continue
                if i > 0 and (n.lower in lx.OF_QUANTIFIERS or n.lower in _PLURAL_NUMBERS):
                    if toks[i - 1].lower == "the" or n.lower == "most" and toks[i - 1].lower == "at":
                        continue  # "the most his party has won", "at most"
                elif i > 0:
                    prev = toks[i - 1]
                    if prev.end == n.start and n.kind == NUMBER and (prev.kind == WORD or prev.text in "-–"):
                        continue  # "C-11", "G20", "-2"
                    if prev.kind == WORD and (prev.lower in _NOT_COUNT_BEFORE or prev.lower in lx.MONTHS):
                        continue
                    if prev.kind == WORD and prev.text[0].isupper() and n.kind == NUMBER and i > 1:
                        continue  # a label: "Flight 370", "Article 50"
                    if n.lower == "one" and prev.kind == WORD and prev.lower in _ONE_BEFORE:
                        continue
                    if prev.text in ("-", "–", "/", ".", "#", "№") or prev.kind == NUMBER:
                        continue  # scores, ranges and labels: "3-2", "10-12", "No. 10"
                if n.lower in ("some", "one") and i + 2 < len(toks) and toks[i + 2].lower == "own":
                    continue  # "to each one his own"
                if doc.in_quote(n.start, p.end):
                    continue
                span = text[n.start : p.end]
                fix = f"{n.text} of {p.text}"
                yield Finding(n.start, p.end, f"'{span}' is missing 'of': write '{fix}'.", (fix,))
