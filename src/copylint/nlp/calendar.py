"""Calendar dates written in an article: "Tuesday, March 12, 2024", "on Tuesday, March 12", "Tuesday (March
12)", "12 March 2024", "on March 12, a Tuesday", "Sept. 1". Read by `Ledger.dates`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from copylint.nlp.figures import MONTHS
from copylint.nlp.tokens import NUMBER, WORD

WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
WEEKDAYS |= {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class CalendarDate:
    start: int  # the date written ("March 12, 2024"), the weekday excluded
    end: int
    month: int
    day: int
    year: int | None
    weekday: int | None = None  # the weekday written beside it, Monday = 0
    weekday_start: int | None = None
    weekday_end: int | None = None
    sentence: int = 0
    quoted: bool = False

    def resolve(self, article: dt.date | None) -> dt.date | None:
        """The date, its year taken from the article's date when it has none (the nearest such date)."""
        year = self.year
        if year is None:
            if article is None:
                return None
            best = None
            for y in (article.year - 1, article.year, article.year + 1):
                try:
                    d = dt.date(y, self.month, self.day)
                except ValueError:
                    continue
                if best is None or abs((d - article).days) < abs((best - article).days):
                    best = d
            return best if best is not None and abs((best - article).days) <= 200 else None
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None


def find(doc) -> tuple[CalendarDate, ...]:
    toks = doc.tokens
    out: list[CalendarDate] = []
    for si, s in enumerate(doc.sentences):
        k = s.first
        while k < s.last:
            t = toks[k]
            found = _date_at(toks, k, s.last) if t.kind == NUMBER or t.lower in MONTHS else None
            if found is None:
                k += 1
                continue
            start_tok, end_tok, month, day, year = found
            wd = _weekday_near(toks, start_tok, end_tok, s)
            d = CalendarDate(toks[start_tok].start, toks[end_tok - 1].end, month, day, year,
                             *(wd if wd else (None, None, None)), sentence=si,
                             quoted=doc.in_quote(toks[start_tok].start, toks[end_tok - 1].end))
            out.append(d)
            k = end_tok
    return tuple(out)


def _day(t) -> int | None:
    if t.kind == NUMBER and t.text.isdigit() and 1 <= int(t.text) <= 31:
        return int(t.text)
    return None


def _date_at(toks, k: int, end: int):
    """(first token, end token, month, day, year) of a date starting at token k."""
    t = toks[k]
    if t.kind == WORD and t.lower in MONTHS and t.text[0].isupper() and not (t.lower == "may" and k + 1 < end and
                                                                             toks[k + 1].kind != NUMBER):
        j = k + 1
        if j < end and toks[j].text == "." and toks[j].start == t.end:
            j += 1  # Sept.
        if j < end and _day(toks[j]) is not None and not (j + 2 < end and toks[j + 1].text == ":" and
                                                           toks[j + 2].start == toks[j + 1].end):  # "May 3:30
            day = _day(toks[j])
            e = j + 1
            if e < end and toks[e].lower in ("st", "nd", "rd", "th") and toks[e].start == toks[j].end:
                e += 1
            year = None
            if e + 1 < end and toks[e].text == "," and _year(toks[e + 1]):
                year, e = int(toks[e + 1].text), e + 2
            elif e < end and _year(toks[e]):
                year, e = int(toks[e].text), e + 1
            return k, e, MONTHS[t.lower], day, year
        return None
    day = _day(t)
    m = k + 1
    if day is not None and m < end and toks[m].lower in ("st", "nd", "rd", "th") and toks[m].start == t.end:
        m += 1  # "9th April"
    if day is not None and m < end and toks[m].kind == WORD and toks[m].lower in MONTHS \
            and toks[m].text[0].isupper():
        e = m + 1
        year = None
        if e < end and _year(toks[e]):
            year, e = int(toks[e].text), e + 1
        elif e + 1 < end and toks[e].text == "," and _year(toks[e + 1]):
            year, e = int(toks[e + 1].text), e + 2  # "9th April, 2014"
        return k, e, MONTHS[toks[m].lower], day, year
    return None


def _year(t) -> bool:
    return t.kind == NUMBER and len(t.text) == 4 and t.text.isdigit() and 1600 <= int(t.text) <= 2100


def _weekday_near(toks, a: int, b: int, s):
    """A weekday written with a date: "Tuesday, March 12", "Tuesday (March 12)", "Tuesday 12 March",
    "March 12, a Tuesday", "March 12 (Tuesday)"."""
    k = a - 1
    if k >= s.first and toks[k].text in (",", "("):
        k -= 1
    if k > s.first and toks[k].text == "." and toks[k - 1].lower in _SHORT:
        k -= 1  # "Tue., March 12"
    if k >= s.first and _is_weekday(toks, k, s):
        return WEEKDAYS[toks[k].lower], toks[k].start, toks[k].end
    k = b
    if k < s.last and toks[k].text in (",", "("):
        k += 1
    if k < s.last and toks[k].lower in ("a", "which", "that") and k + 1 < s.last:
        k += 1
        if toks[k].lower in ("was", "is", "fell", "falls") and k + 1 < s.last:
            k += 1
            if toks[k].lower == "on" and k + 1 < s.last:
                k += 1
            if toks[k].lower == "a" and k + 1 < s.last:
                k += 1
    if k < s.last and _is_weekday(toks, k, s):
        return WEEKDAYS[toks[k].lower], toks[k].start, toks[k].end
    return None


_SHORT = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})


def _is_weekday(toks, k: int, s) -> bool:
    """A weekday's name at token k: not part of a name ("the Edmonton Sun"); a short form only with its stop."""
    t = toks[k]
    if t.kind != WORD or t.lower not in WEEKDAYS or not t.text[0].isupper():
        return False
    if t.lower in _SHORT and not (k + 1 < s.last and toks[k + 1].text == "." and toks[k + 1].start == t.end):
        return False
    prev = toks[k - 1] if k > s.first else None
    return not (prev is not None and prev.kind == WORD and prev.text[0].isupper() and prev.end + 1 >= t.start
                and prev.lower not in _BEFORE_DAY)


_BEFORE_DAY = frozenset("on by since until till from last next this every each and or before after until "
                        "early late".split())
