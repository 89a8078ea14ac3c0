"""Pieces both parsers share: masking, dates, datelines, suppression comments."""

from __future__ import annotations

import re
from datetime import date, datetime

from copylint.document import Suppression

URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'“”]+[^\s<>\"'“”.,;:!?)\]]|\b[\w.+-]+@[\w-]+\.[\w.-]*\w")

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_LONG_DATE = re.compile(
    r"^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
    r"(?:(?P<m1>[a-z]+)\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})\s+(?P<m2>[a-z]+)\.?,?\s+(?P<y2>\d{4}))\s*$",
    re.I,
)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")

_DAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_WHEN = (_DAY + r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
         r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})")
# "VLADIVOSTOK, Russia –", "DES MOINES, Iowa, April 17, 2025 —", "TOWNSVILLE, 12 August 2025 --"
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’ -]*[A-Z.](?:,\s+[A-Z][\w.'’ -]*?)*?)(?:,\s+(?P<when>" + _WHEN + r"))?"
    r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:[–—]|(?<=\s)--?(?:\s|$))"
)
# "Published: 2025-02-20", "Posted on March 4, 2025 at 10:32 a.m.", "Last updated 12 August 2025, 14:05"
_LABELLED = re.compile(
    r"^(?:(?:first\s+)?published|posted|(?:last\s+)?updated|dated?)(?:\s+on)?\s*[:\-–—]?\s*(?P<when>.+?)"
    r"(?:,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|T[\d:.]+Z?)?$",
    re.I,
)


def parse_date(value) -> date | None:
    """A date from front matter or a dateline: 2023-06-20, June 20, 2023, Friday, July 21, 2017."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    s = value.strip()
    m = _ISO.match(s)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        m = _LONG_DATE.match(s)
        if m:
            month = _month(m["m1"] or m["m2"])
            if month:
                return date(int(m["y1"] or m["y2"]), month, int(m["d1"] or m["d2"]))
    except ValueError:
        return None
    return None


def _month(name: str) -> int | None:
    name = name.lower()
    for full, num in _MONTHS.items():
        if len(name) >= 3 and full.startswith(name):
            return num
    return None


def line_date(line: str) -> date | None:
    """The date a line of its own gives the article: a bare date, a labelled one ("Published:
    2025-02-20"), or a dateline with its date and nothing after ("DES MOINES, Iowa, April 17, 2025 —")."""
    s = line.strip().rstrip(".")
    got = parse_date(s)
    if got is None and (m := _LABELLED.match(s)):
        got = parse_date(m["when"].strip().rstrip("."))
    if got is None and (span := find_dateline(s, 0, len(s))) and not s[span[1]:].strip():
        got = dateline_date(s, span)
    return got


def find_dateline(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The "VLADIVOSTOK, Russia –" opener of a body paragraph, if any (place in capitals)."""
    m = DATELINE.match(text, start, min(end, start + 100))
    if not m:
        return None
    head = m["place"].split(",")[0]
    if sum(c.isupper() for c in head) < 3 or head != head.upper():
        return None
    return m.start(), m.end()


def dateline_date(text: str, span: tuple[int, int]) -> date | None:
    """The date a dateline gives ("CLAYBURN, Sept. 12, 2025 —"), if it gives one with its year."""
    m = DATELINE.match(text, span[0], span[1])
    return parse_date(m["when"]) if m and m["when"] else None


def mask(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def copy(chars: list[str], text: str, start: int, end: int) -> None:
    chars[start:end] = text[start:end]


def mask_urls(chars: list[str], text: str, start: int, end: int) -> None:
    for m in URL.finditer(text, start, end):
        mask(chars, m.start(), m.end())


_SUPPRESS = re.compile(
    r"<!--\s*copylint-(?P<verb>disable-next-line|disable|enable)\b(?P<rules>[^>]*?)\s*-->", re.S
)


def suppressions(text: str) -> tuple[Suppression, ...]:
    """Regions switched off by `<!-- copylint-disable [rule ...] -->` ... `<!-- copylint-enable -->`
    and `<!-- copylint-disable-next-line [rule ...] -->`. Rules may be ids, prefixes or categories."""
    out: list[Suppression] = []
    open_: list[tuple[int, frozenset[str] | None]] = []
    for m in _SUPPRESS.finditer(text):
        names = frozenset(r for r in re.split(r"[\s,]+", m["rules"].strip()) if r) or None
        verb = m["verb"]
        if verb == "disable":
            open_.append((m.end(), names))
        elif verb == "enable":
            keep = []
            for start, rules in open_:
                if names is None or rules is None or rules & names:
                    out.append(Suppression(start, m.start(), rules))
                else:
                    keep.append((start, rules))
            open_ = keep
        else:
            nl = text.find("\n", m.end())
            if nl < 0:
                continue
            s = nl + 1
            while s < len(text) and text[s] in "\r\n":  # skip blank lines
                s += 1
            e = text.find("\n", s)
            out.append(Suppression(s, len(text) if e < 0 else e, names))
    out.extend(Suppression(start, len(text), rules) for start, rules in open_)
    return tuple(sorted(out, key=lambda s: (s.start, s.end)))


def suppression_names(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every rule a `copylint-disable`/`-enable` comment names."""
    out = []
    for m in _SUPPRESS.finditer(text):
        for n in re.finditer(r"[^\s,]+", m["rules"]):
            out.append((m.start("rules") + n.start(), n.group()))
    return out
