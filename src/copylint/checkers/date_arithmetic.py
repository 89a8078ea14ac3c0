"""numbers.date-arithmetic: "five years ago, in 2015" in a 2023 article; an anniversary that does not
match the year it counts from."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.numbers import AGO, ORDINAL, YEAR, ledger

_GLUE = frozenset({",", "in", "(", "–", "—", "-", "back", "that", "is", "was", "when"})


_NOW = frozenset({"marks", "marking", "celebrates", "celebrating", "commemorates", "today", "tonight", "this"})


def _glued(doc, a_end: int, b_start: int) -> bool:
    """Only glue words between two spans: "five years ago, in 2015", "2015 – five years ago"."""
    if b_start < a_end:
        return False
    toks = doc.tokens_in(a_end, b_start)
    return len(toks) <= 3 and all(t.lower in _GLUE for t in toks)


def pairs(doc):
    """(relative quantity, year quantity, implied article year) for "N years ago" set beside a year."""
    qs = ledger(doc)
    out = []
    for k, q in enumerate(qs):
        if q.kind != AGO or q.noun_end is None or q.quoted:
            continue
        direction = doc.masked[q.noun_end - 5:q.noun_end].strip().lower()
        if not direction.endswith("ago"):
            continue
        for y in (qs[k + 1] if k + 1 < len(qs) else None, qs[k - 1] if k else None):
            if y is None or y.kind != YEAR or y.sentence != q.sentence or y.text.endswith("s"):
                continue
            if _glued(doc, q.noun_end, y.start) or _glued(doc, y.end, q.start):
                out.append((q, y, int(y.value + q.value)))
                break
    return out


class DateArithmetic:
    meta = Meta(
        id="numbers.date-arithmetic",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="A relative date does not agree with the year beside it and the article's date.",
        description=(
            "Checks 'N years ago, in YYYY' (and 'in YYYY, N years ago') against the article's date (front "
            "matter, --date or a date line), one year of slack for an unknown month; and 'the Nth "
            "anniversary of the YYYY ...'. Without an article date, such pairs are compared with each other."
        ),
        bad=(
            Example("June 20, 2023\n\nChahal first won the seat [[five years ago]], in 2015.", fix="eight years ago"),
            Example("March 3, 2022\n\nThe album, released [[20 years ago]], in 1997, sold a million copies.",
                    fix="25 years ago"),
        ),
        good=(
            Example("June 20, 2023\n\nChahal first won the seat five years ago, in 2018."),
            Example("Harper met Putin six years ago. The meeting came at the 2006 G8 summit."),
            Example("January 15, 2023\n\nShe moved to Ottawa two years ago, in 2020, and opened the shop."),
            Example("June 20, 2023\n\nFive years ago the plant employed 300 people; in 2010 it had 900."),
            Example("The band formed 10 years ago, in 2013, and split in 2016."),
        ),
    )

    def check(self, doc, ctx):
        when = doc.date or ctx.date
        found = pairs(doc)
        if when is not None:
            for q, y, implied in found:
                if abs(implied - when.year) > 1:
                    yield self._finding(doc, q, y, when.year, f"the article is dated {when.year}")
            yield from self._anniversaries(doc, when.year)
            return
        # no date: the pairs must agree with one another
        first = None
        for q, y, implied in found:
            if first is None:
                first = (q, y, implied)
            elif abs(implied - first[2]) > 1:
                line = doc.lines.position(first[0].start)[0]
                yield self._finding(doc, q, y, first[2], f"line {line} implies the story is from {first[2]}")

    def _finding(self, doc, q, y, year, why):
        n = year - int(y.value)
        phrase = doc.text[q.start:q.noun_end]
        fixes = ()
        if n > 0:
            new = (_words(n) if q.words else str(n)) + (" year ago" if n == 1 else " years ago")
            fixes = (new[0].upper() + new[1:] if phrase[0].isupper() else new,)
        msg = (f"'{phrase}' beside {int(y.value)} gives {int(y.value) + int(q.value)}, but {why}: "
               f"check the year or the interval.")
        return Finding(q.start, q.noun_end, msg, fixes, related=((y.start, y.end),))

    def _anniversaries(self, doc, year):
        qs = ledger(doc)
        for k, q in enumerate(qs):
            if q.kind != ORDINAL or q.quoted:
                continue
            after = doc.tokens_in(q.end, doc.sentences[q.sentence].end)
            if not after or after[0].lower not in ("anniversary", "birthday"):
                continue
            y = qs[k + 1] if k + 1 < len(qs) else None
            if y is None or y.kind != YEAR or y.sentence != q.sentence:
                continue
            words = {t.lower for t in doc.sentence_tokens(doc.sentences[q.sentence])}
            if not words & _NOW:
                continue  # "coincided with the 20th anniversary": counted from another time
            if abs((year - y.value) - q.value) > 1 and after[0].lower == "anniversary":
                yield Finding(q.start, q.end, f"'{q.text} anniversary' of {int(y.value)}, but the article is "
                              f"dated {year}: that is {int(year - y.value)} years.", related=((y.start, y.end),))


def _words(n: int) -> str:
    from copylint.nlp.numbers import spell

    return spell(n) or str(n)
