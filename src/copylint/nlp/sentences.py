"""Sentence boundaries for news copy, with exact offsets.

A boundary is terminal punctuation (with any closing quotes or brackets) followed by whitespace and
a capital, digit or opening quote, unless the word before the stop is a title, an initial or an
abbreviation that rarely ends a sentence. Line breaks inside a block are plain whitespace.
"""

from __future__ import annotations

import re

# Never end a sentence: titles and abbreviations that come before a name or a number.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st mt ft gen lt col capt cpt sgt maj cmdr adm gov sen rep reps sens prof rev hon pres "
    "supt insp det cpl pte brig no nos vol vols fig figs op approx dept est jan feb mar apr jun jul aug "
    "sep sept oct nov dec vs v e.g i.e cf al".split()
)
# May end a sentence: only when a common sentence opener follows.
_AMBIGUOUS = frozenset("u.s u.k u.n a.m p.m inc corp co ltd jr sr bros etc d.c u.s.a e.u".split())
_OPENERS = frozenset(
    "the a an he she it they we i you his her its their our my this that these those but and or so yet "
    "in on at for with after before when while if as there here what who why how some many most one two "
    "three four five police officials authorities".split()
)

_STOP = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|[.!?…]+[\"'”’»)\]]*$")
_NEXT = re.compile(r"\s+([\"'“‘«(\[]*)(\S+)")
_WORD_BEFORE = re.compile(r"([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.$")


def _is_boundary(text: str, stop: re.Match, end: int) -> bool:
    nxt = _NEXT.match(text, stop.end(), end)
    if not nxt:
        return True
    following = nxt.group(2)
    first = following[0]
    if not (first.isupper() or first.isdigit() or nxt.group(1)):
        return False
    punct = stop.group()
    if punct[0] != "." or len(punct.rstrip("\"'”’»)]")) > 1:
        return True
    before = _WORD_BEFORE.search(text, max(0, stop.start() - 12), stop.start() + 1)
    if not before:
        return True
    word = before.group(1).lower()
    if len(word) == 1 and before.group(1).isupper():
        return False  # an initial: John F. Kennedy
    if word in ABBREVIATIONS:
        return False
    if word in _AMBIGUOUS or "." in word:
        return following.strip("\"'“”‘’,").lower() in _OPENERS
    return True


def split(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end], each trimmed of surrounding whitespace."""
    end = len(text) if end is None else end
    out = []
    cur = start
    for stop in _STOP.finditer(text, start, end):
        if _is_boundary(text, stop, end):
            out.append((cur, stop.end()))
            cur = stop.end()
    out.append((cur, end))
    spans = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans
