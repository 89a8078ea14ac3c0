"""Plant one numbers error per copy into clean news and write an answer key for score_articles.py.

usage: python scripts/plant_numbers.py [SRC ...] --out DIR [--seed N] [--kinds KIND,KIND,...] [--per-article N]
                                      [--house-style ap|cp]

SRC are folders of clean articles (default: the three clean-news corpora beside this repository:
onestopenglish-adv, wikinews-2019, gum-wikinews). A folder's .txt files (or those of its text/ folder) are
read; its metadata.json gives the publication date (wikinews-2019: the date line is written back under the
headline, built from "date" where "dateline" is empty; gum-wikinews: the date line is already the second
line; onestopenglish has no date). For every article and kind the planter finds the natural sites of that
kind: figures that agree with each other, outside direct quotations, where the arithmetic or the identity
checks out in the clean copy. For up to --per-article sites per kind (seeded choice) it writes one copy
DIR/<stem>__<kind>__<n>.txt in which exactly one number is changed the way slips happen (off by one, a
nearby value, two digits transposed, one digit changed, a zero added or dropped, a spelled number for
another, a year off by one to three), in the figure's own format, never into a value the article already
uses for the same kind of figure. Each copy is keyed in DIR/key.yaml in the scorer's form (find = a
substring unique to the changed line, also = the other line(s) of the contradiction, the date line
included where the article's date is involved, fix = the original figure); DIR/sites.jsonl records the
sentences and why the site was consistent. A table of articles scanned, sites found and plants written per
kind goes to stderr. Then:

    python ../shared/tools/score_articles.py COPYLINT DIR/key.yaml DIR

Kinds (default: all):
    count-mismatch      '540 million records' (headline) / 'the 540 million records'     -> one of them
    money-mismatch      'a $214m profit' / 'the $214m profit'                              -> one of them
    percent-mismatch    '52% of the vote' / 'her 52% share of the vote'                    -> one of them
    tally-mismatch      'defeated Panama 3 – 0' / 'Belgium 3 – 0 Panama'                    -> one of them
    age-mismatch        'Costa, 36,' / 'the 36-year-old'                                   -> one of them
    streak              'a fourth night in a row' / 'four consecutive nights'              -> one of them
    list-count          'three lions: Rambo, Katryn and Nakita'                            -> the count
    parts-sum           '36 people, including 26 soldiers and 10 sailors'                  -> a part or the total
    part-exceeds-whole  'seven of the 12 members'                                          -> the part, past the whole
    percent-sum         'men than women (53% to 47%)'                                      -> a share, sum past 102
    percent-change      'fell from $37.4m to $5.8m, an 84% decrease'; 'doubled from 10 to 20%'  -> one of the three
    margin              'won by 12 votes, 1,204 to 1,192'                                  -> one of the three
    vote-count          'the nine-member board voted 6-3'                                  -> a count, past the body
    score-summary       'won 3-1 with goals from Kane (2) and Sterling'                    -> the score
    date-arithmetic     'served eight years, from 2009 to 2017'; '20 years ago, in 1999' (dated copy)  -> N or a year
    anniversary         'in 2007 ... the 20th anniversary of Warhol's death in 1987'        -> N or a year
    age-arithmetic      'born in 1924 ... died aged 95' (dated 2019)                       -> the age or a year
    weekday             'on Tuesday 8th April, 2014'                                       -> the weekday or the day
    number-style        'six people' -> '6 people', '12 people' -> 'twelve people' in AP-style copy  [numbers, style]

All plants accept [numbers] except number-style. A new kind is one function `(art) -> list[Site]` in SITES.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from planting import NOT_ARTICLES, chosen_kinds, parser, write

MONTHS = list(calendar.month_name)[1:]
WEEKDAYS = list(calendar.day_name)
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
         "seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
         "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()


def spell(n: int) -> str:
    """0-99 in words: 'seven', 'forty-five'."""
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_ONES[ones]}" if ones else "")


_WD = "|".join(WEEKDAYS)
_MO = "|".join(MONTHS)
WORD_VALUE = {spell(n): n for n in range(100)}
ORDINAL_VALUE = {w: n + 1 for n, w in enumerate(_ORDS)} | {
    w[:-1] + "ieth": 20 + 10 * k for k, w in enumerate(_TENS) if k}
_ORDINAL_WORD = {n: w for w, n in ORDINAL_VALUE.items()}
_WORDS_RE = "|".join(sorted(list(WORD_VALUE) + list(ORDINAL_VALUE), key=len, reverse=True))

# --------------------------------------------------------------------------------------------- articles


@dataclass
class Fig:
    """A figure in an article line: the token [start, end) that a plant changes, and what it counts."""

    line: int
    start: int
    end: int
    text: str
    value: float
    cls: str  # count, money, percent, year, day, time, age, ordinal, measure, tally, decade
    begin: int  # start including a currency sign
    pend: int  # end including scale, percent or currency words
    scale: float = 1.0
    cur: str = ""
    hedge: str = ""

    @property
    def spelled(self) -> bool:
        return self.text[0].isalpha()

    @property
    def total(self) -> float:
        return self.value * self.scale

    @property
    def places(self) -> int:
        return len(self.text.split(".")[1]) if "." in self.text else 0


@dataclass
class Article:
    name: str
    lines: list[str]
    date: dt.date | None
    head: int | None  # the headline line
    skip: set[int]  # lines a site may not use (the date line)
    quotes: list[list[tuple[int, int]]] = field(default_factory=list)
    sents: list[list[tuple[int, int]]] = field(default_factory=list)
    figs: list[Fig] = field(default_factory=list)

    def __post_init__(self):
        self.quotes = _quotes(self.lines)
        self.sents = [_sentences(line) for line in self.lines]
        self.figs = [f for i, line in enumerate(self.lines) if i not in self.skip for f in _figures(i, line)]

    def quoted(self, f: Fig) -> bool:
        return any(s <= f.begin < e or s < f.pend <= e for s, e in self.quotes[f.line])

    def sentence(self, i: int, off: int) -> tuple[int, int]:
        return next(((s, e) for s, e in self.sents[i] if s <= off < e), (0, len(self.lines[i])))

    def text_of(self, f: Fig) -> str:
        s, e = self.sentence(f.line, f.start)
        return self.lines[f.line][s:e]

    def same_sentence(self, f: Fig, g: Fig) -> bool:
        return f.line == g.line and self.sentence(f.line, f.start) == self.sentence(g.line, g.start)

    def in_sentence(self, i: int, span: tuple[int, int], cls: str | None = None) -> list[Fig]:
        return [f for f in self.figs if f.line == i and span[0] <= f.start < span[1] and cls in (None, f.cls)]

    def free(self, *figs: Fig) -> bool:
        """Figures a site may use: outside quotations and off the date line."""
        return all(not self.quoted(f) and f.line not in self.skip for f in figs)

    def units(self):
        """(line, sentence span) for every sentence of the article, headline included."""
        for i, spans in enumerate(self.sents):
            if i not in self.skip:
                for span in spans:
                    yield i, span


def _quotes(lines: list[str]) -> list[list[tuple[int, int]]]:
    """Quoted spans per line. Double quotes, straight or curly (a closing curly mark with no quote open opens
    one, as the extraction of some copy has it), run on into the next paragraph until closed; a paragraph
    that opens with a quote mark while a quotation runs on continues it. Single quotes count within a line
    when they open at a word start and close at a word end."""
    out, carried = [], False
    for line in lines:
        spans: list[tuple[int, int]] = []
        if not line.strip():
            out.append(spans)
            continue
        start = 0 if carried else None
        lead = len(line) - len(line.lstrip("\ufeff \t"))
        for k, ch in enumerate(line):
            if ch not in "“”\"":
                continue
            if start is None:
                start = k
            elif k == lead and carried:
                continue
            elif ch != "“":
                spans.append((start, k + 1))
                start = None
        if start is not None:
            spans.append((start, len(line)))
        carried = start is not None
        for m in re.finditer(r"(?<![\w’'])['‘](?=\w)[^'‘’\n]*?(?<=[\w.,!?])['’](?![\w])", line):
            spans.append((m.start(), m.end()))
        out.append(spans)
    return out


_ABBREV = frozenset("mr mrs ms dr st jr sr prof gen col lt sgt capt gov sen rep rev mt no vs etc inc ltd co corp jan "
                    "feb mar apr aug sep sept oct nov dec approx fig est ft a.m p.m".split())
_STOP = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")


def _sentences(line: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph (not after an abbreviation or an initial)."""
    spans, s = [], 0
    for m in _STOP.finditer(line):
        word = re.search(r"([\w.]*)$", line[: m.start()]).group(1)
        if word.lower().rstrip(".") in _ABBREV or re.fullmatch(r"(?:[A-Z]\.?)+", word) and len(word) < 4:
            continue
        spans.append((s, m.end()))
        s = m.end()
    spans.append((s, len(line)))
    return [(a + len(line[a:b]) - len(line[a:b].lstrip()), b) for a, b in spans if line[a:b].strip()]


_NUM = re.compile(r"(?<![\w.,/:’'])(?<![A-Za-z]-)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|,\d|\.\d)"
                  rf"|\b(?:{_WORDS_RE})\b", re.I)
_CUR_BEFORE = re.compile(r"(?:(?:US|A|C|NZ|HK|S)?\$|£|€|¥|₹|Rs\.? ?)$")
_SCALE = re.compile(r"(?:\s(?P<w>hundred|thousand|million|billion|trillion)\b|(?P<s>bn|mn|m|k|tn)\b)")
_SCALES = {"hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
           "trillion": 1e12, "tn": 1e12}
_CUR_AFTER = re.compile(r"\s(?:US |Canadian |Australian )?(?:dollars|pounds|euros|yen|yuan|rupees|pesos|francs|rand|"
                        r"naira|shillings|kronor|kroner|dinars|riyals|rubles|roubles|lira|baht|ringgit)\b")
_PCT = re.compile(r"\s?(?:%|per ?cent\b|percent\b)")
_HEDGE = re.compile(r"\b(?:about|around|some|nearly|almost|roughly|approximately|over|more than|less than|fewer than|"
                    r"up to|at least|at most|under|close to|upwards of|estimated|as many as|as much as|as few as|"
                    r"just over|just under|circa|only about|an estimated|below|above|beyond|approx\.?)\s+$",
                    re.I)
_YEAR_CONTEXT = re.compile(r"(?:\b(?:in|since|of|from|to|until|till|by|before|after|during|around|circa|year|the|"
                           rf"and|or|between|early|late|mid|{'|'.join(MONTHS)})|[,(–—-]|\d)\s*$", re.I)
_UNITS = frozenset("km kilometres kilometers kilometre miles mile metres meters metre m cm mm ft feet foot inches inch "
                   "kg kilograms kilogram g grams tonnes tons ton lb lbs pounds ounces litres liters gallons mph km/h "
                   "degrees acres hectares square sq mw gw kw volts hz".split())
_PEOPLE_AGE = re.compile(r"(?:^|[^,]\s)(?:[A-Z][\w’'.-]+ )*[A-Z][\w’'-]+, $")


def _figures(i: int, line: str) -> list[Fig]:
    """The figures of line i, digits or words, each with its class, scale, currency and hedge."""
    figs = []
    for m in _NUM.finditer(line):
        text = m.group()
        low = text.lower()
        spelled = text[0].isalpha()
        if spelled:
            value = WORD_VALUE.get(low, ORDINAL_VALUE.get(low))
        else:
            value = float(text.replace(",", ""))
            value = int(value) if value.is_integer() and "." not in text else value
        before, after = line[: m.start()], line[m.end() :]
        cur = (c := _CUR_BEFORE.search(before)) and c.group() or ""
        begin = m.start() - len(cur)
        pend, scale = m.end(), 1.0
        if sc := _SCALE.match(after):
            scale = _SCALES[(sc.group("w") or sc.group("s")).lower()]
            pend += sc.end()
        if not cur and (c := _CUR_AFTER.match(line[pend:])):
            cur, pend = c.group().split()[-1], pend + c.end()
        tail = re.match(r"[A-Za-z]*", after).group()
        end = m.end() + (len(tail) if tail.lower() in ("st", "nd", "rd", "th") and not spelled else 0)
        nxt = re.match(r"\s*([\w’'/-]*)", line[pend:]).group(1)
        cls = "count"
        if low in ORDINAL_VALUE or tail.lower() in ("st", "nd", "rd", "th"):
            cls = "ordinal"
        elif cur:
            cls = "money"
        elif (p := _PCT.match(line[pend:])) and scale == 1:
            cls, pend = "percent", pend + p.end()
        elif (re.match(r"\s?(?:-|–| – )\d", after) or re.search(r"\d(?:-|–| – )$", before)) and not re.fullmatch(
                r"1[5-9]\d\d|20\d\d", text):
            cls = "tally"
        elif tail.lower() == "s" or after.startswith(("’s", "'s")) and re.fullmatch(r"1[5-9]\d0|20\d0", text):
            cls = "decade"
        elif re.match(r"(?::\d|\s?(?:am|pm|a\.m|p\.m|o['’]clock|GMT|UTC|hours\b|hrs\b))", after, re.I) \
                or tail.lower() in ("am", "pm") or before.endswith(":"):
            cls = "time"
        elif re.match(r"[\s-]+(?:years?|yrs?)[\s-]+old\b", after) or re.search(
                r"\b(?:aged|ages?|age of|died at|dies at|dead at)\s+$", before, re.I) or (
                _PEOPLE_AGE.search(before) and after.startswith(",") and not spelled):
            cls = "age"
        elif not spelled and re.fullmatch(r"1[5-9]\d\d|20\d\d", text) and not tail and scale == 1 and (
                _YEAR_CONTEXT.search(before) or not re.fullmatch(r"[a-z]+s", nxt)):
            cls = "year"
        elif isinstance(value, int) and 1 <= value <= 31 and not spelled and (
                re.search(rf"\b(?:{_MO})\s+$", before) or re.match(rf"\s+(?:of\s+)?(?:{_MO})\b", after)):
            cls = "day"
        elif tail or nxt.lower() in _UNITS:
            cls = "measure"
        hedge = (h := _HEDGE.search(before[: begin])) and h.group().strip().lower() or ""
        figs.append(Fig(i, m.start(), end, line[m.start() : end], value, cls, begin, max(pend, end), scale, cur, hedge))
    return figs


def load(folder: Path) -> list[Article]:
    """The articles of a corpus folder, with their dates. A metadata.json mapping file names to "date" (and
    "dateline") is wikinews-2019: the date line goes back under the headline, built from "date" where the
    metadata has none. A metadata.json list is gum-wikinews: the date is the date line, the second line."""
    meta_path = folder / "metadata.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    texts = folder / "text" if (folder / "text").is_dir() else folder
    out = []
    for path in sorted(p for p in texts.glob("*.txt") if p.name not in NOT_ARTICLES):
        lines = path.read_text(encoding="utf-8-sig").split("\n")
        date, head, skip = None, None, set()
        if isinstance(meta, dict) and path.name in meta:
            info = meta[path.name]
            date = dt.date.fromisoformat(info["date"])
            dateline = info.get("dateline") or f"{date:%A}, {date:%B} {date.day}, {date.year}"
            body = lines[1:]
            while body and not body[0].strip():
                body.pop(0)
            lines = [lines[0], "", dateline, ""] + body
            head, skip = 0, {2}
        elif isinstance(meta, list):
            m = re.match(rf"(?:{'|'.join(WEEKDAYS)}), ({'|'.join(MONTHS)}) (\d{{1,2}}), (\d{{4}})", lines[1])
            if m:
                date = dt.date(int(m.group(3)), MONTHS.index(m.group(1)) + 1, int(m.group(2)))
                head, skip = 0, {1}
        out.append(Article(path.stem, lines, date, head, skip))
    return out


# --------------------------------------------------------------------------------------------- sites


@dataclass
class Site:
    """A figure to change and the figures it must then contradict. ok(v) says whether the new value v of
    the figure makes the contradiction; choices, when given, replace the numeric slips (weekday, style)."""

    kind: str
    fig: Fig
    others: list[Fig]
    reason: str
    ok: Callable[[float], bool] = lambda v: True
    choices: list[tuple[str, str]] | None = None
    accept: tuple[str, ...] = ("numbers",)


_PLURAL_NOT = frozenset("was is has as its his this us thus plus less across yes does goes whereas perhaps always "
                        "sometimes news series species means becomes makes takes gives comes seems remains includes "
                        "says shows looks needs gets puts sets runs keeps feels leads helps wants".split())
_IRREGULAR = frozenset("people children men women police staff cattle sheep fish deer feet teeth mice geese personnel "
                       "crew troops".split())
_SYNONYMS = {"nations": "countries", "persons": "people", "individuals": "people", "kids": "children"}
_FUNCTION = frozenset("of and or to in on at for by with from the a an as than per were was are is have has had who "
                      "which that this these those it its their his her our your my be been being will would could "
                      "should can may might not no more less most least each every all some any other such only "
                      "also just about into over under after before while when where then there here up down "
                      "out".split())
_MEASURES = frozenset("years months weeks days hours minutes seconds decades centuries times miles kilometres "
                      "kilometers metres meters feet inches tonnes tons pounds dollars euros points percent "
                      "nights mornings evenings weekends yards laps rounds".split())


def _noun(art: Article, f: Fig) -> str | None:
    """The counted noun after a figure: '540 million private Facebook records' -> 'records'."""
    words = re.match(r"((?: [A-Za-z][\w’'-]*){1,3})", art.lines[f.line][f.pend :])
    if not words:
        return None
    for w in words.group(1).split():
        low = w.lower()
        if low in _IRREGULAR or (w.islower() and re.fullmatch(r"[a-z-]+[^su']s", low) and low not in _PLURAL_NOT):
            return _SYNONYMS.get(low, low)
        if low in _FUNCTION:
            return None
    return None


_DEFINITE = re.compile(r"\b(?:the|these|those|all|all the|its|their|his|her|both|our)\s+$", re.I)


def _definite(art: Article, f: Fig) -> bool:
    return bool(_DEFINITE.search(art.lines[f.line][: f.begin]))


def _years(art: Article, f: Fig) -> set[float]:
    s, e = art.sentence(f.line, f.start)
    return {g.value for g in art.in_sentence(f.line, (s, e), "year")}


def _ordered(f: Fig, g: Fig) -> bool:
    return (f.line, f.start) < (g.line, g.start)


_WHEN = re.compile(rf"\b(?:{_WD}|(?:{_MO})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MO})|yesterday|today|tonight|as of|"
                   r"(?:last|this|next) (?:week|month|year))\b", re.I)


def _when(art: Article, f: Fig) -> set[str]:
    """The time references of a figure's sentence ('Monday', 'December 24', 'as of', 'last year')."""
    return {m.group().lower() for m in _WHEN.finditer(art.text_of(f))}


_RANGE = re.compile(r"\s?(?:-|–|to|and)\s?[$£€]?\d")
_RANGE_END = re.compile(r"(?:between|from)\s+[$£€]?$|\d\s?(?:-|–|to|and)\s?[$£€]?$")
_ANOTHER = re.compile(r"\b(?:also|another|other|previous|earlier|last|same)\b[^.;]{0,30}$", re.I)


def _pairs(art: Article, cls: str, same: Callable[[Fig, Fig], bool],
           strict_years: bool = False) -> list[tuple[Fig, Fig]]:
    """Pairs (earlier, later) of unhedged figures of one class and one value in different sentences, both free
    and neither the bound of a range ('£25,000 to £30,000'), where the later one is not 'also' or 'another'
    such figure, the sentences name no different years (with strict_years: the same years, or none) and no
    different days ('on December 24' / 'as of Sunday'), and same() takes them for one quantity. A later
    figure pairs with the nearest earlier one."""
    figs = [f for f in art.figs if f.cls == cls and art.free(f) and not f.hedge and f.total >= 2
            and not _RANGE.match(art.lines[f.line][f.pend :]) and not _RANGE_END.search(art.lines[f.line][: f.begin])]
    out = []
    for b in figs:
        for a in reversed([a for a in figs if _ordered(a, b)]):
            if a.total != b.total or a.cur != b.cur or art.same_sentence(a, b):
                continue
            ya, yb = _years(art, a), _years(art, b)
            wa, wb = _when(art, a), _when(art, b)
            if ((ya != yb) if strict_years else (ya and yb and not ya & yb)) or wa and wb and wa != wb:
                break
            if not _ANOTHER.search(art.lines[b.line][art.sentence(b.line, b.start)[0] : b.begin]) and same(a, b):
                out.append((a, b))
            break
    return out


def _either(kind: str, pairs: list[tuple[Fig, Fig]], why: str) -> list[Site]:
    """A site per pair, changing the earlier or the later figure (both are offered; the RNG picks)."""
    return [Site(kind, x, [y], why.format(v=_show(a))) for a, b in pairs for x, y in ((a, b), (b, a))]


def _show(f: Fig) -> str:
    return f"{f.cur}{f.text}{'' if f.scale == 1 else ' x' + format(f.scale, 'g')}"


_CONTENT = re.compile(r"[A-Za-z][\w’'-]{2,}")


def _context(art: Article, f: Fig, width: int = 5) -> set[str]:
    """Content words (lower-cased, no function words or number words) within `width` words of a figure, in
    its clause."""
    line = art.lines[f.line]
    s, e = art.sentence(f.line, f.start)
    before = _CONTENT.findall(re.split(r"[;,:()—–]", line[s : f.begin])[-1])[-width:]
    after = _CONTENT.findall(re.split(r"[;,:()—–]", line[f.pend : e])[0])[:width]
    return {w.lower().rstrip("s") for w in before + after
            if w.lower() not in _FUNCTION and w.lower() not in WORD_VALUE and w.lower() not in ORDINAL_VALUE
            and w.lower() not in ("said", "says", "per", "cent", "percent", "million", "billion")}


def _paragraph(art: Article, i: int) -> int:
    return sum(1 for line in art.lines[:i] if line.strip())


def sites_count_mismatch(art: Article) -> list[Site]:
    """The same count of the same things twice: one mention is the headline; or the later one refers back
    ('the 26 miners', 'all 26') to an indefinite one, or to a definite one at most two paragraphs before; or
    the count is 10 or more; or it is 3 or more and the two clauses share a word besides the noun. Digits
    and words for one value match ('nine countries' / 'the 9 nations')."""
    def same(a: Fig, b: Fig) -> bool:
        na, nb = _noun(art, a), _noun(art, b)
        if not na or na != nb or na in _MEASURES:
            return False
        if art.head in (a.line, b.line):
            return True
        if _definite(art, b):
            return not _definite(art, a) or _paragraph(art, b.line) - _paragraph(art, a.line) <= 2
        shared = _context(art, a, 3) & _context(art, b, 3) - {na.rstrip("s")}
        return a.total >= 10 or a.total >= 3 and bool(shared)

    return _either("count-mismatch", _pairs(art, "count", same), "the same count {v} of the same noun twice")


def sites_money_mismatch(art: Article) -> list[Site]:
    """One amount of money twice, with a word in common around both ('a $214m profit' / 'the profit of $214m');
    not a banknote or coin ('the €500 note')."""
    def same(a: Fig, b: Fig) -> bool:
        notes = [re.match(r"\s+(?:bank)?(?:notes?|bills?|coins?)\b", art.lines[f.line][f.pend :]) for f in (a, b)]
        return not any(notes) and bool(_context(art, a, 3) & _context(art, b, 3))

    return _either("money-mismatch", _pairs(art, "money", same, strict_years=True),
                   "the same amount {v} twice, same context")


def sites_percent_mismatch(art: Article) -> list[Site]:
    """One percentage twice, with words in common around both."""
    def same(a: Fig, b: Fig) -> bool:
        return len(_context(art, a) & _context(art, b)) >= 2 or (
            bool(_context(art, a) & _context(art, b)) and art.head in (a.line, b.line))

    return _either("percent-mismatch", _pairs(art, "percent", same, strict_years=True),
                   "the same percentage {v} twice, same context")


_RESULT = re.compile(r"\b(?:beat|beats|defeat\w*|won|wins?|winning|lost|loses|losing|draw|drew|victory|result|"
                     r"final score|ended|vote|voted|votes)\b", re.I)


def _tallies(art: Article) -> list[tuple[Fig, Fig]]:
    """Tallies 'A-B' / 'A – B' as (A, B) figure pairs."""
    out = []
    for f in art.figs:
        if f.cls != "tally":
            continue
        g = next((g for g in art.figs if g.line == f.line and g.cls == "tally" and 0 < g.start - f.end <= 3), None)
        if g and re.fullmatch(r"\s?[-–]\s?", art.lines[f.line][f.end : g.start]):
            out.append((f, g))
    return out


def _is_result(art: Article, f: Fig) -> bool:
    """A final result: a result word in the sentence, or a line that is only a heading ('Group G — A 3 – 0 B')."""
    line = art.lines[f.line]
    return bool(_RESULT.search(art.text_of(f))) or (len(line.split()) <= 10 and not line.rstrip().endswith("."))


def sites_tally_mismatch(art: Article) -> list[Site]:
    """The same final tally or score twice ('defeated Panama 3 – 0' / 'Belgium 3 – 0 Panama'), sharing a name."""
    tallies = [(a, b) for a, b in _tallies(art) if art.free(a, b) and _is_result(art, a)]
    sites = []
    for a1, b1 in tallies:
        for a2, b2 in tallies:
            if not _ordered(a1, a2) or art.same_sentence(a1, a2) or (a1.value, b1.value) != (a2.value, b2.value):
                continue
            names1 = set(re.findall(r"\b[A-Z][a-z]{2,}\b", art.text_of(a1)))
            if not names1 & set(re.findall(r"\b[A-Z][a-z]{2,}\b", art.text_of(a2))) or a1.value == b1.value:
                continue
            why = f"the same result {a1.text}-{b1.text} twice, same names"
            for x in (a1, b1, a2, b2):
                sites.append(Site("tally-mismatch", x, [y for y in (a1, b1, a2, b2) if y is not x], why))
    return sites


_AGE_OF = re.compile(r"([A-Z][\w’'-]+)(?: [A-Z][\w’'-]+)*, $")


def _age_person(art: Article, f: Fig) -> str:
    """Who an age belongs to: the name before 'Name, 52,', or '' (anaphoric 'the 52-year-old', 'aged 52')."""
    m = _AGE_OF.search(art.lines[f.line][: f.begin])
    return m.group(0).rstrip(", ").split()[-1] if m else ""


def sites_age_mismatch(art: Article) -> list[Site]:
    """One person's age twice: both under the same surname, or one named and the other referring back
    ('the 36-year-old', 'aged 36'), not two people introduced with the same age ('a 23-year-old man')."""
    def same(a: Fig, b: Fig) -> bool:
        pa, pb = _age_person(art, a), _age_person(art, b)
        intro = [re.search(r"\b(?:an?|two|three)\s+$", art.lines[f.line][: f.begin], re.I) for f in (a, b)]
        noun = [re.match(r"[\s-]+years?[\s-]+old[\s-]+([a-z]+)", art.lines[f.line][f.end :]) for f in (a, b)]
        if all(intro) or (pa and pb and pa != pb) or (all(noun) and noun[0].group(1) != noun[1].group(1)):
            return False
        return bool(pa or pb) or any(_definite(art, f) for f in (a, b)) or art.head in (a.line, b.line)

    return _either("age-mismatch", _pairs(art, "age", same), "the same age {v} twice for one person")


_STREAK = re.compile(r"\w+ (?:(?:consecutive|straight|successive) (?P<u1>[a-z]+?)s?\b|(?P<u2>[a-z]+?)s? in a row\b)")


def sites_streak(art: Article) -> list[Site]:
    """A streak given twice ('for a sixth consecutive month' / 'six months in a row'), same unit."""
    found = []
    for f in art.figs:
        m = _STREAK.match(art.lines[f.line], f.start)
        if m and art.free(f) and f.cls in ("ordinal", "count") and f.total >= 2:
            found.append((f, m.group("u1") or m.group("u2")))
    sites = []
    for a, ua in found:
        for b, ub in found:
            if _ordered(a, b) and ua == ub and a.value == b.value and not art.same_sentence(a, b):
                why = f"the same streak of {a.text} {ua}s twice"
                sites += [Site("streak", a, [b], why), Site("streak", b, [a], why)]
    return sites


_LIST_HEAD = re.compile(r"(?P<noun>(?: [A-Za-z][\w’'-]*){1,5}?)(?P<sep>:| [–—]| \(|,) (?P<items>[^.;:()–—]+)")
_LIST_TAIL = re.compile(r",\s+(?:after|which|who|whose|where|when|while|with|as|but|including|according|for|in|on|to|"
                        r"from|formerly|now)\b.*")
_ITEM_SPLIT = re.compile(r",? and |, (?:and |or )?|,? or ")


def sites_list_count(art: Article) -> list[Site]:
    """'three lions: Rambo, Katryn and Nakita', 'two astronauts, Doug Hurley and Bob Behnken', 'the four
    countries (A, B, C and D)': the count equals the items (up to 8 words each; names of up to 5 words after a
    bare comma), the list ending at the sentence, a bracket, a dash or a trailing clause (', which ...')."""
    sites = []
    for f in art.figs:
        if f.cls != "count" or f.hedge or not 2 <= f.value <= 12 or f.scale != 1 or not art.free(f):
            continue
        line = art.lines[f.line]
        m = _LIST_HEAD.match(line, f.pend)
        if not m or not _noun(art, f):
            continue
        s, e = art.sentence(f.line, f.start)
        items_text = _LIST_TAIL.sub("", m.group("items"))
        if m.group("sep") == ",":
            items_text = re.split(r",\s+(?=[a-z])", items_text)[0]
        if m.end() > e or " and " not in items_text and " or " not in items_text:
            continue
        items = [t.strip() for t in _ITEM_SPLIT.split(items_text) if t.strip()]
        comma = m.group("sep") == ","
        if len(items) != f.value or any(len(t.split()) > (5 if comma else 8) for t in items) or (
                comma and not all(t[0].isupper() for t in items)):
            continue
        if any(art.quoted(Fig(f.line, k, k + 1, "", 0, "", k, k + 1)) for k in range(f.pend, m.end())):
            continue
        n = len(items)
        sites.append(Site("list-count", f, [], f"{f.text} {m.group('noun').strip()} and {n} items listed: "
                          + "; ".join(items), ok=lambda v, n=n: v != n))
    return sites


_BREAKDOWN = re.compile(r"^[^.;]{0,60}?(?:\binclud(?:ing|ed|es|e)\b|\bof (?:whom|which|them)\b|:|—|–|\(|\bcomprising\b|"
                        r"\bconsisting of\b|\bmade up of\b|\bamong them\b|\bsplit between\b|\bdivided into\b)", re.I)
_GLUE = re.compile(r"^[^.;:\d]{0,60}$")


def sites_parts_sum(art: Article) -> list[Site]:
    """A total and a breakdown that add up exactly, in one sentence: '143 buildings including 70 schools, 40
    houses ...', 'of the 62 cases, 40 were ... and 22 ...', or parts then 'a total of T'."""
    sites = []
    for i, span in art.units():
        figs = [f for f in art.in_sentence(i, span) if f.cls in ("count", "money") and not f.hedge]
        line = art.lines[i]
        for k, t in enumerate(figs):
            parts: list[Fig] = []
            total_first = _BREAKDOWN.match(line[t.pend :]) or re.search(r"\b[Oo]f the\s+$", line[: t.begin])
            if total_first:
                for g in figs[k + 1 :]:
                    gap = line[(parts[-1] if parts else t).pend : g.begin]
                    if g.cls != t.cls or g.cur != t.cur or not _GLUE.match(gap) or (parts and "," not in gap
                                                                                      and "and" not in gap):
                        break
                    parts.append(g)
                    if sum(p.total for p in parts) >= t.total:
                        break
            elif re.match(r",?\s+(?:a total of|in total|in all|altogether|totalling|totaling)", line[t.pend :]) \
                    or re.search(r"(?:a total of|totalling|totaling)\s+$", line[: t.begin]):
                for g in reversed(figs[:k]):
                    gap = line[g.pend : (parts[0] if parts else t).begin]
                    if g.cls != t.cls or g.cur != t.cur or not _GLUE.match(gap):
                        break
                    parts.insert(0, g)
            if len(parts) < 2 or abs(sum(p.total for p in parts) - t.total) > 1e-9 or not art.free(t, *parts) \
                    or any(p.total >= t.total for p in parts) or t.cls == "count" and not _noun(art, t):
                continue
            why = f"{' + '.join(_show(p) for p in parts)} = {_show(t)}"
            sites.append(Site("parts-sum", t, parts, why, ok=lambda v, t=t: v != t.value))
            for p in parts:
                sites.append(Site("parts-sum", p, [t] + [q for q in parts if q is not p], why,
                                  ok=lambda v, p=p: v != p.value))
    return sites


_OF_THE = re.compile(r"\s+(?:of|out of)\s+(?:the|its|their|all|all the|these|those)?\s*$")
_OF_WHOM = re.compile(r"^(?:\s+[A-Za-z][\w’'-]*){1,3},\s+$")


def sites_part_exceeds_whole(art: Article) -> list[Site]:
    """'seven of the 12 members', 'of the 40 patients, 31 ...', '62 people, 40 of whom': the part is smaller
    than the whole; the plant makes it larger (or, where no slip of the part can, the whole smaller)."""
    sites = []
    for f in art.figs:
        line = art.lines[f.line]
        for g in art.figs:
            if g.line != f.line or g.cls not in ("count", "measure") or f.cls != "count" or f.scale != g.scale:
                continue
            gap = line[f.pend : g.begin]
            part = whole = None
            if 0 < g.begin - f.pend < 20 and _OF_THE.fullmatch(gap) and not line[g.pend :].startswith("-"):
                part, whole = f, g
            elif re.search(r"\b[Oo]f (?:the|these|those) $", line[: f.begin]) and re.fullmatch(
                    r"(?:\s+[A-Za-z][\w’'-]*){0,3},\s+", gap):
                part, whole = g, f
            elif _OF_WHOM.match(gap) and re.match(r"\s+of (?:whom|which|them)\b", line[g.pend :]):
                part, whole = g, f
            if not part or part.value < 2 or part.total >= whole.total or part.hedge or not art.free(part, whole):
                continue
            why = f"{_show(part)} of {_show(whole)}: the part is smaller"
            if any(v > whole.value for values in _slips(part).values() for v in values):
                sites.append(Site("part-exceeds-whole", part, [whole], why, ok=lambda v, w=whole: v > w.value))
            else:
                sites.append(Site("part-exceeds-whole", whole, [part], why, ok=lambda v, p=part: v < p.value))
    return sites


_NOT_SHARES = re.compile(r"\b(?:from|rose|rise|rising|risen|fell|fall|falling|fallen|increase\w*|decrease\w*|grew|"
                         r"grow\w*|up|down|drop\w*|declin\w*|jump\w*|higher|lower|more|less|fewer|than|compared|"
                         r"between|rate|rates|points|faster|slower|top|bottom|richest|poorest|wealthiest|think|thinks|"
                         r"actual\w*|fact|really|target|on average|the average|interest|tax|taxes|each|per|times|cut|"
                         r"cuts|by)\b", re.I)


_SHARE_CUE = re.compile(r"\b(?:vot\w*|poll\w*|survey\w*|respondents|said|say|says|support\w*|back\w*|oppos\w*|"
                        r"undecided|unsure|stake|owns?|owned|share)\b", re.I)


_BASE = re.compile(r"\s+of\s+(?:the\s+|all\s+)?([a-z]+)")


def _share_groups(art: Article) -> list[list[Fig]]:
    """Percentages in one sentence, or in two adjacent sentences of a paragraph, that read as shares of one
    whole, adding up to 90-100: 'A% to B%', or no change, comparison or rate words among them and no
    differing 'of X' bases; across two sentences, only with one 'of X' base or a share word (voted, said,
    stake ...) in both."""
    groups = []
    for i, spans in enumerate(art.sents):
        if i in art.skip:
            continue
        per = [art.in_sentence(i, span, "percent") for span in spans]
        windows = [(spans[k], per[k]) for k in range(len(spans))]
        windows += [((spans[k][0], spans[k + 1][1]), per[k] + per[k + 1]) for k in range(len(spans) - 1)
                    if per[k] and per[k + 1]]
        for (s, e), figs in windows:
            if len(figs) < 2 or not art.free(*figs) or not 90 <= sum(f.value for f in figs) <= 100.5:
                continue
            line = art.lines[i]
            between = line[max(s, figs[0].begin - 40) : figs[-1].pend + 10]
            bases = [m.group(1).lower() if (m := _BASE.match(line[f.pend :])) else "" for f in figs]
            head_to_head = len(figs) == 2 and re.fullmatch(r"(?:%| ?per ?cent| ?percent)? to ", line[
                figs[0].end : figs[1].begin]) and not re.search(r"\b(?:from|between)\s+$", line[: figs[0].begin])
            if not head_to_head and (_NOT_SHARES.search(_HEDGE.sub(" ", between)) or len(set(bases) - {""}) > 1
                                     or re.search(r"\d\s?(?:-|–|to)\s?\d", line[s:e])):
                continue
            if not art.same_sentence(figs[0], figs[-1]) and not (len(set(bases)) == 1 and bases[0] or all(
                    _SHARE_CUE.search(art.text_of(f)) for f in figs)):
                continue
            groups.append(figs)
    return groups


def sites_percent_sum(art: Article) -> list[Site]:
    """Shares of one whole ('men than women (53% to 47%)'): raise one so that the sum passes 102."""
    sites = []
    for figs in _share_groups(art):
        total = sum(f.value for f in figs)
        why = f"shares {' + '.join(f.text + '%' for f in figs)} = {total:g}"
        for f in figs:
            sites.append(Site("percent-sum", f, [g for g in figs if g is not f], why,
                              ok=lambda v, f=f, t=total: v <= 100 and t - f.value + v > 102))
    return sites


_UP = (r"rose|rise|risen|rising|increase[ds]?|increasing|grew|grow[sn]?|growth|up|jump(?:ed|s)?|climb(?:ed|s)?|"
       r"gain(?:ed|s)?|soar(?:ed)?|surg(?:ed|e)|higher|boost")
_DOWN = (r"fell|fall(?:en|s|ing)?|drop(?:ped|s)?|decrease[ds]?|declin(?:ed|e|es|ing)|down|cut|reduc(?:ed|tion)|"
         r"lower|plung(?:ed|e)|slump(?:ed)?|shrank|shrunk|loss")
_CHANGE = re.compile(rf"\b(?:{_UP}|{_DOWN})\b", re.I)
_FROM_TO = [re.compile(r"\bfrom\s+$"), re.compile(r"^(?:\s+(?:in|at the end of|by)\s+\S+(?:\s+\d{4})?)?,?\s+to\s+$")]
_TO_FROM = [re.compile(r"\bto\s+$"), re.compile(r"^(?:\s+in\s+\d{4})?,?\s+(?:up |down )?from\s+$")]
_UP_FROM = [re.compile(r""), re.compile(r"^(?:\s+in\s+\d{4})?,?\s+(?:up|down) from\s+$")]
_MULTIPLE = re.compile(r"\b(?:(?P<h>almost|nearly|more than|roughly|about|virtually)\s+)?"
                       r"(?P<v>doubl|tripl|quadrupl|halv)(?:ed|e|es|ing)\b", re.I)
_FACTOR = {"doubl": 2, "tripl": 3, "quadrupl": 4, "halv": 0.5}


def _span(f: Fig, zeros: bool = True) -> tuple[float, float]:
    """The range a figure stands for when rounded to its last digit (trailing zeros count as rounding when
    `zeros`)."""
    unit = 10.0 ** -f.places
    if zeros and not f.places:
        digits = str(int(f.value))
        unit = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if f.value else 1.0
    return (f.value - unit / 2) * f.scale, (f.value + unit / 2) * f.scale


def _change_gap(old: Fig, new: Fig, p: Fig, relative: bool, vals: dict[int, float]) -> float:
    """How far the stated change p is from what old -> new gives, at the closest rounding of the figures;
    vals[id(fig)] replaces a figure's value by an exact one (a planted value)."""
    def rng_of(f: Fig, zeros: bool = True) -> tuple[float, float]:
        return (vals[id(f)] * f.scale,) * 2 if id(f) in vals else _span(f, zeros)

    (o1, o2), (n1, n2), (p1, p2) = rng_of(old), rng_of(new), rng_of(p, p.cls != "percent")
    changes = [abs(n - o) / o * 100 if relative else abs(n - o) for o in (o1, o2) for n in (n1, n2) if o > 0]
    return max(0.0, min(changes) - p2, p1 - max(changes))


def _from_to(art: Article, i: int, span: tuple[int, int]) -> list[tuple[Fig, Fig]]:
    """(old, new) value pairs of a sentence: 'from A to B', 'to B from A', 'B, up from A' ('from 10 to 20%'
    reads 10 as a percentage)."""
    line = art.lines[i]
    figs = [f for f in art.in_sentence(i, span) if f.cls in ("count", "money", "percent", "measure")]
    out = []
    for a, b in pairwise(figs):
        gap = line[a.pend : b.begin]
        same = a.cls == b.cls and a.cur == b.cur or a.cls == "count" and b.cls == "percent" and gap == " to "
        for pre, mid in (_FROM_TO, _TO_FROM, _UP_FROM):
            if same and mid.match(gap) and pre.search(line[span[0] : a.begin]):
                out.append((a, b) if pre is _FROM_TO[0] else (b, a))
    return out


def sites_percent_change(art: Article) -> list[Site]:
    """A change with both values: 'fell from $37.4m to $5.8m, an 84% decrease' (relative), 'up 230 from 920 to
    1,150' (absolute), 'doubled from 10 to 20%' (a multiple); consistent within the rounding of the figures."""
    sites = []
    for i, span in art.units():
        line = art.lines[i]
        for old, new in _from_to(art, i, span):
            if old.total <= 0 or not art.free(old, new):
                continue
            for p in art.in_sentence(i, span):
                near = line[max(span[0], p.begin - 60) : p.pend + 25]
                if p in (old, new) or not art.free(p) or not _CHANGE.search(near) or p.hedge not in (
                        "", "about", "around", "roughly", "nearly", "almost"):
                    continue
                relative = p.cls == "percent" and old.cls != "percent"
                if not relative and not (p.cls == old.cls and p.cur == old.cur and p.total < max(old.total, new.total)):
                    continue
                slack = max(1.0, 0.05 * p.value) if p.hedge else 0.0
                if _change_gap(old, new, p, relative, {}) > slack * p.scale:
                    continue
                need = (max(2 * slack, 3.0, 0.1 * p.value) if relative else max(slack, 0.02 * p.value)) * p.scale
                why = f"{_show(old)} -> {_show(new)} is a change of {_show(p)}{'%' if relative else ''}"
                for f in (old, new, p):
                    sites.append(Site("percent-change", f, [g for g in (old, new, p) if g is not f], why,
                                      ok=lambda v, f=f, o=old, n=new, p=p, r=relative, need=need:
                                      _change_gap(o, n, p, r, {id(f): v}) > need))
            m = _MULTIPLE.search(line, max(span[0], old.begin - 60), old.begin)
            if not m or m.group("h") or {old.hedge, new.hedge} - {"", "estimated", "an estimated"}:
                continue
            factor = _FACTOR[m.group("v").lower()]
            if not 0.9 <= new.total / old.total / factor <= 1.1:
                continue
            why = f"{_show(old)} -> {_show(new)} is x{new.total / old.total:.2f}, '{m.group()}'"
            for f, g in ((old, new), (new, old)):
                def off(v, f=f, g=g, factor=factor, new=new):
                    ratio = v * f.scale / g.total if f is new else g.total / (v * f.scale)
                    return not 0.75 <= ratio / factor <= 1.3
                sites.append(Site("percent-change", f, [g], why, ok=off))
    return sites


_MARGIN = re.compile(r"\bby\s+$|(?:lead|margin|majority|gap|advantage|deficit) of\s+$", re.I)
_MARGIN_AFTER = re.compile(r"(?:\s+(?:votes?|points?|seats?|goals?|runs?|strokes?|percentage points?)\b|"
                           r"[- ](?:point|vote|seat|goal|percentage-point) (?:lead|margin|gap|advantage|majority|win|"
                           r"victory|deficit)\b)")


def sites_margin(art: Article) -> list[Site]:
    """A margin with the two figures it separates, in one sentence: 'won by 12 votes, 1,204 to 1,192', 'a
    7-point lead, 48% to 41%'."""
    sites = []
    for i, span in art.units():
        line = art.lines[i]
        figs = art.in_sentence(i, span)
        for m in figs:
            if m.cls not in ("count", "measure", "tally") or m.hedge or not _MARGIN_AFTER.match(line[m.pend :]) and (
                    not _MARGIN.search(line[span[0] : m.begin])):
                continue
            for a, b in pairwise(figs):
                if m in (a, b) or a.cls != b.cls or a.cls not in ("count", "percent", "tally") or not re.fullmatch(
                        r"\s*(?:to|-|–|versus|vs\.?|against)\s*", line[a.pend : b.begin]) or not art.free(m, a, b):
                    continue
                pct = a.cls == "percent"
                if abs(abs(a.total - b.total) - m.total) > (1 if pct else 0):
                    continue
                why = f"{_show(a)} - {_show(b)} = margin {_show(m)}"
                need = 2 if pct else 1
                for f in (m, a, b):
                    def off(v, f=f, m=m, a=a, b=b, need=need):
                        val = {id(x): x.total for x in (m, a, b)} | {id(f): v * f.scale}
                        return abs(abs(val[id(a)] - val[id(b)]) - val[id(m)]) >= need
                    sites.append(Site("margin", f, [g for g in (m, a, b) if g is not f], why, ok=off))
    return sites


_BODY = re.compile(r"(?:[-\s](?:member|seat|strong)\b|\s+(?:members|senators|judges|justices|councillors|councilors|"
                   r"trustees|commissioners|MPs|delegates|lawmakers|jurors)\b)")
_DETERMINED = re.compile(r"\b(?:the|all|an?)\s+$", re.I)
_VOTE = re.compile(r"\b(?:vot\w*|approv\w*|pass\w*|reject\w*|ratif\w*|adopt\w*|elect\w*)\b", re.I)


def _vote_tallies(art: Article, i: int, span: tuple[int, int]) -> list[tuple[Fig, Fig]]:
    """Vote tallies of a sentence: 'voted 6-3', 'an 11-4 vote', 'by 43 votes to eight', 'voted 66 to 27'."""
    line = art.lines[i]
    if not _VOTE.search(line[span[0] : span[1]]):
        return []
    figs = [f for f in art.in_sentence(i, span) if f.cls in ("count", "tally")]
    return [(a, b) for a, b in pairwise(figs) if re.fullmatch(r"\s?[-–]\s?|(?: votes?)? to ", line[a.pend : b.begin])
            and a.total >= b.total]


def sites_vote_count(art: Article) -> list[Site]:
    """A vote tally against the size of the body stated in the same paragraph ('the nine-member board voted
    6-3'): for + against (+ abstentions) fit the body; the plant makes them exceed it."""
    sites = []
    for i, span in art.units():
        for a, b in _vote_tallies(art, i, span):
            line = art.lines[i]
            bodies = [n for n in art.figs if n.line == i and n.cls == "count" and _BODY.match(line[n.pend :])
                      and n not in (a, b) and not n.hedge and _DETERMINED.search(line[: n.begin])]
            abst = [c for c in art.in_sentence(i, span) if re.match(r"\s+abstentions?\b", line[c.pend :])]
            extra = sum(c.total for c in abst)
            for n in bodies:
                if not art.free(a, b, n) or not n.total / 2 <= a.total + b.total + extra <= n.total:
                    continue
                why = f"{a.text}-{b.text} (+{extra:g} abstaining) of a body of {n.text}"
                for f in (a, b):
                    def over(v, f=f, a=a, b=b, n=n, extra=extra):
                        return (v if f is a else a.total) + (v if f is b else b.total) + extra > n.total
                    sites.append(Site("vote-count", f, [g for g in (a, b, n) if g is not f], why, ok=over))
    return sites


_SCORERS = re.compile(r"\b(?:goals?|tries|points|runs) (?:from|by|for) (?P<list>[^.;:]+)")


def sites_score_summary(art: Article) -> list[Site]:
    """A final score with its scorers listed in the same or the next sentence ('won 3-1 with goals from Kane
    (2) and Sterling'; 'twice' counts two, 'a hat-trick' three): the winner's score equals the goals listed."""
    sites = []
    for a, b in _tallies(art):
        if not art.free(a, b) or not _is_result(art, a) or a.value == b.value:
            continue
        win = a if a.value > b.value else b
        spans = art.sents[a.line]
        k = next(k for k, sp in enumerate(spans) if sp == art.sentence(a.line, a.start))
        text = " ".join(art.lines[a.line][s:e] for s, e in spans[k : k + 2])
        m = _SCORERS.search(text, b.pend - spans[k][0])
        between = text[b.pend - spans[k][0] : m.start()] if m else ""
        if not m or ";" in between or re.search(r"\d\s?[-–]\s?\d", between):
            continue
        items = [t for t in re.split(r",? and |, ", m.group("list")) if t.strip()]
        goals = sum(int(n.group(1)) if (n := re.search(r"\((\d)\)", t)) else 2 if "twice" in t
                    else 3 if "hat-trick" in t else 1 for t in items)
        if goals != win.value:
            continue
        why = f"{win.text} goals for the winner, {goals} listed: {m.group('list').strip()}"
        lose = min(a.value, b.value)
        sites.append(Site("score-summary", win, [], why, ok=lambda v, g=goals, lo=lose: v != g and v > lo))
    return sites


_REL = re.compile(rf"\b(?P<n>\d+|{_WORDS_RE}|an?)\s+(?P<u>years?|decades?)\s+"
                  r"(?P<rel>ago|later|earlier|previously|since)\b", re.I)
_MARKS = re.compile(r"\b(?:mark\w*|celebrat\w*|commemorat\w*|anniversary)\b", re.I)


def _fig_at(art: Article, i: int, off: int) -> Fig | None:
    return next((f for f in art.figs if f.line == i and f.start == off), None)


def _date_line(art: Article) -> list[Fig]:
    """A stand-in figure on the date line, so that `also` names it where the article's date is involved."""
    return [Fig(i, 0, 0, "", 0, "date", 0, 0) for i in sorted(art.skip)]


def _sum_disc(terms: list[tuple[Fig | None, int, float]]) -> Callable[[dict[int, float]], float]:
    """|sum of sign * value| over terms (a figure, or None for a fixed value), some figures' values replaced."""
    def disc(vals: dict[int, float]) -> float:
        return abs(sum(sign * (vals.get(id(f), f.value) if f is not None else fixed) for f, sign, fixed in terms))
    return disc


def _off_by_two(kind: str, terms: list[tuple[Fig | None, int, float]], why: str, extra: list[Fig]) -> list[Site]:
    """Where the date sum of terms holds within a year: a site per figure in it, to be changed so that the sum
    is off by 2 or more."""
    disc = _sum_disc(terms)
    if disc({}) > 1:
        return []
    figs = [f for f, _, _ in terms if f is not None]
    return [Site(kind, f, [g for g in figs if g is not f] + extra, why, ok=lambda v, f=f: disc({id(f): v}) >= 2)
            for f in figs]


def sites_date_arithmetic(art: Article) -> list[Site]:
    """A relative time checked against years of the same sentence or paragraph, or the article's date,
    consistent within a year: '20 years ago, in 1999' (dated 2019), 'In 2005 ... Six years later, in 2011' (the
    base year earlier in the paragraph, or in the paragraph before when the phrase opens one),
    'served eight years as vice president, from 2009 to 2017', 'in just 21 years, between 2011 and 2032'."""
    sites = []
    for i, span in art.units():
        line = art.lines[i]
        years = [y for y in art.in_sentence(i, span, "year") if art.free(y)]
        for m in _REL.finditer(line, span[0], span[1]):
            n = _fig_at(art, i, m.start("n"))
            decade = m.group("u").lower().startswith("decade")
            if n and (n.hedge or not art.free(n) or decade) or (n is None and m.group("n").lower() not in ("a", "an")):
                continue
            nval = 10 if decade else n.value if n else 1
            rel = m.group("rel").lower()
            if rel in ("ago", "since"):
                if art.date is None or len(years) != 1 or rel == "since" and _MARKS.search(line[span[0] : span[1]]):
                    continue
                terms = [(None, 1, art.date.year), (n, -1, nval), (years[0], -1, years[0].value)]
                why = f"{art.date.year} - {m.group('n')} {m.group('u')} = {years[0].text} (dated {art.date})"
                sites += _off_by_two("date-arithmetic", terms, why, _date_line(art))
                continue
            after = [y for y in years if y.start > m.end()]
            before = [y for y in art.figs if y.cls == "year" and y.line == i and y.start < m.start() and art.free(y)]
            if not before and span == art.sents[i][0]:
                prev = max((k for k in range(i) if art.lines[k].strip() and k not in art.skip), default=None)
                before = [y for y in art.figs if y.cls == "year" and y.line == prev and art.free(y)]
            if after and before:
                sign = 1 if rel == "later" else -1
                terms = [(after[0], 1, after[0].value), (before[-1], -1, before[-1].value), (n, -sign, nval)]
                why = f"{before[-1].text} {'+' if sign > 0 else '-'} {m.group('n')} {m.group('u')} = {after[0].text}"
                sites += _off_by_two("date-arithmetic", terms, why, [])
        for a, b in pairwise(years):
            gap = line[a.pend : b.begin]
            if not (re.fullmatch(r"\s*(?:to|and|until|till|through)\s*", gap) and re.search(
                    r"\b(?:from|between)\s+$", line[: a.begin]) or gap.strip() in ("-", "–")):
                continue
            for n in art.in_sentence(i, span, "count"):
                if not n.hedge and art.free(n) and re.match(r"\s+years\b(?!\s+(?:ago|later|earlier|old))",
                                                            line[n.pend :]):
                    why = f"{a.text} to {b.text} spans {n.text} years"
                    sites += _off_by_two("date-arithmetic", [(b, 1, b.value), (a, -1, a.value), (n, -1, n.value)],
                                         why, [])
    return sites


_ANNIV = re.compile(r"\banniversary\b", re.I)
_SINCE = re.compile(r"\s+years\s+since\b")


def sites_anniversary(art: Article) -> list[Site]:
    """'the 400th anniversary of his death in 1616' with the year it falls in (stated, or the article's date),
    and 'marks 30 years since ... 1989' with the article's date: exact within a year."""
    sites = []
    for i, span in art.units():
        line = art.lines[i]
        years = [y for y in art.in_sentence(i, span, "year") if art.free(y)]
        for n in art.in_sentence(i, span):
            if n.hedge or not art.free(n) or not years:
                continue
            nth = n.cls == "ordinal" and _ANNIV.match(line, n.pend + 1)
            since = n.cls == "count" and _SINCE.match(line[n.pend :]) and _MARKS.search(line[span[0] : n.begin])
            if not nth and not since:
                continue
            if len(years) == 2 and nth:
                event, when = sorted(years, key=lambda y: y.value)
                terms, extra = [(when, 1, when.value), (event, -1, event.value), (n, -1, n.value)], []
                why = f"{when.text} - {event.text} = {n.text}"
            elif len(years) == 1 and art.date:
                terms = [(None, 1, art.date.year), (years[0], -1, years[0].value), (n, -1, n.value)]
                extra = _date_line(art)
                why = f"{art.date.year} - {years[0].text} = {n.text} (dated {art.date})"
            else:
                continue
            sites += _off_by_two("anniversary", terms, why, extra)
    return sites


_BORN = re.compile(rf"\bborn(?: in| on)?(?: (?:{_MO}) \d{{1,2}},?| \d{{1,2}} (?:{_MO}),?)?(?: in)? $")
_LIFESPAN = re.compile(r"\((?:born |b\. )?$")
_DIED_IN = re.compile(r"\bdied(?: on [^,.]{3,25})? in $")


def _surname(art: Article, y: Fig) -> str:
    """The person a birth year belongs to: the last capitalised word before 'was born', ', born' or '('."""
    s, _ = art.sentence(y.line, y.start)
    head = art.lines[y.line][s : y.begin]
    names = re.findall(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?=[^A-Z]*(?:\bborn\b|\($))", head)
    return names[-1] if names else ""


def sites_age_arithmetic(art: Article) -> list[Site]:
    """An age against a birth year and a death year, a year the age was reached in, or the article's date:
    'Costa, 36, was born in 1978' (dated 2014), 'born in 1924 ... died aged 95' (dated 2019), '(1931-2019)'
    with 'died at 87'. The age and the birth year share a sentence, or the age's sentence (or the one before
    it) names the person born."""
    sites = []
    for b in art.figs:
        line = art.lines[b.line]
        lifespan = _LIFESPAN.search(line[: b.begin]) and re.match(r"\s?[-–]\s?\d{4}\)", line[b.pend :])
        if b.cls != "year" or not art.free(b) or not (lifespan or _BORN.search(line[: b.begin])):
            continue
        who = _surname(art, b)
        death = _fig_at(art, b.line, b.pend + re.match(r"\s?[-–]\s?", line[b.pend :]).end()) if lifespan else None
        for a in art.figs:
            if a.cls != "age" or a.hedge or not art.free(a):
                continue
            s, e = art.sentence(a.line, a.start)
            spans = art.sents[a.line]
            k = spans.index((s, e)) if (s, e) in spans else 0
            near = art.lines[a.line][spans[k - 1][0] if k else s : e]
            if not art.same_sentence(a, b) and not (who and re.search(rf"\b{who}\b", near)):
                continue
            stated = [y for y in art.in_sentence(a.line, (s, e), "year") if y not in (b, death) and art.free(y)]
            died = [y for y in stated if _DIED_IN.search(art.lines[a.line][: y.begin])] or stated
            ref = death or (died[0] if len(died) == 1 else None)
            if ref is not None:
                terms, extra = [(ref, 1, ref.value), (b, -1, b.value), (a, -1, a.value)], []
                why = f"{ref.text} - born {b.text} = age {a.text}"
            elif art.date and not stated:
                terms, extra = [(None, 1, art.date.year), (b, -1, b.value), (a, -1, a.value)], _date_line(art)
                why = f"{art.date.year} - born {b.text} = age {a.text} (dated {art.date})"
            else:
                continue
            sites += _off_by_two("age-arithmetic", terms, why, extra)
    return sites


_DAY, _YEAR = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?", r"(?:,? (?P<y>\d{4}))?"
_WEEKDAY_DATES = [re.compile(p) for p in (
    rf"\b(?P<wd>{_WD}),? (?:the )?{_DAY} (?:of )?(?P<mo>{_MO}){_YEAR}\b",
    rf"\b(?P<wd>{_WD}),? (?P<mo>{_MO}) {_DAY}{_YEAR}\b",
    rf"\b(?P<wd>{_WD}) \((?P<mo>{_MO}) {_DAY}{_YEAR}\)",
    rf"\b(?P<mo>{_MO}) {_DAY}{_YEAR},? (?:a|which was a) (?P<wd>{_WD})\b",
    rf"\b{_DAY} (?P<mo>{_MO}){_YEAR},? (?:a|which was a) (?P<wd>{_WD})\b",
)]


def _year_for(art: Article, month: int, day: int) -> int | None:
    """The year of a date given without one: the only year that puts it within six months of the article's."""
    if art.date is None:
        return None
    years = []
    for y in (art.date.year - 1, art.date.year, art.date.year + 1):
        try:
            if abs((dt.date(y, month, day) - art.date).days) <= 183:
                years.append(y)
        except ValueError:
            pass
    return years[0] if len(years) == 1 else None


def sites_weekday(art: Article) -> list[Site]:
    """A weekday beside a date that falls on it ('on Tuesday 8th April, 2014'; without a year, the article's
    year when that is unambiguous): change the weekday to a nearby one, or the day number."""
    sites = []
    for i, line in enumerate(art.lines):
        if i in art.skip:
            continue
        for pattern in _WEEKDAY_DATES:
            for m in pattern.finditer(line):
                month, day = MONTHS.index(m.group("mo")) + 1, int(m.group("d"))
                year = int(m.group("y")) if m.group("y") else _year_for(art, month, day)
                try:
                    if year is None or dt.date(year, month, day).weekday() != WEEKDAYS.index(m.group("wd")):
                        continue
                except ValueError:
                    continue
                wd = WEEKDAYS.index(m.group("wd"))
                wfig = Fig(i, m.start("wd"), m.end("wd"), m.group("wd"), wd, "weekday", m.start("wd"), m.end("wd"))
                dfig = _fig_at(art, i, m.start("d"))
                if not art.free(wfig) or dfig is None or not art.free(dfig):
                    continue
                why = f"{dt.date(year, month, day)} is a {m.group('wd')}" + (
                    "" if m.group("y") else " (year from the date)")
                near = [(WEEKDAYS[(wd + k) % 7], "a nearby weekday") for k in (-2, -1, 1, 2)]
                sites.append(Site("weekday", wfig, [dfig], why, choices=near))

                def wrong(v, y=year, mo=month, wd=wd):
                    last = calendar.monthrange(y, mo)[1]
                    return v == int(v) and 1 <= v <= last and dt.date(y, mo, int(v)).weekday() != wd
                sites.append(Site("weekday", dfig, [wfig], why, ok=wrong))
    return sites


def sites_number_style(art: Article) -> list[Site]:
    """In copy that follows AP style throughout (counts of two to nine spelled out, 10 to 99 in figures, both
    present, no exception outside quotations), a counted number in the other form: 'six people' -> '6 people',
    '12 people' -> 'twelve people'. Not ages, percentages, money, times, measures, scores or sentence starts."""
    counted = []
    for f in art.figs:
        if f.cls != "count" or f.scale != 1 or f.places or f.line == art.head or not art.free(f):
            continue
        s, _ = art.sentence(f.line, f.start)
        if not art.lines[f.line][s : f.begin].strip(" \"“‘'(") or (f.spelled and not f.text.islower()):
            continue
        if _noun(art, f) and not re.match(r"\s+(?:years? old|-)|(?: \S+){1,2} per\b", art.lines[f.line][f.pend :]):
            counted.append(f)
    small_words = [f for f in counted if f.spelled and 2 <= f.value <= 9]
    small_digits = [f for f in counted if not f.spelled and f.value <= 9]
    big_digits = [f for f in counted if not f.spelled and 10 <= f.value <= 99]
    big_words = [f for f in art.figs if f.cls == "count" and f.spelled and f.value >= 10 and art.free(f)
                 and art.sentence(f.line, f.start)[0] != f.begin]
    if not small_words or not big_digits or small_digits or big_words:
        return []
    why = f"AP-style copy: {len(small_words)} counts 2-9 spelled, {len(big_digits)} 10-99 in figures, no exception"
    return [Site("number-style", f, [], why, choices=[(str(f.value) if f.spelled else spell(int(f.value)), "style")],
                 accept=("numbers", "style")) for f in small_words + big_digits]


SITES: dict[str, Callable[[Article], list[Site]]] = {
    "count-mismatch": sites_count_mismatch,
    "money-mismatch": sites_money_mismatch,
    "percent-mismatch": sites_percent_mismatch,
    "tally-mismatch": sites_tally_mismatch,
    "age-mismatch": sites_age_mismatch,
    "streak": sites_streak,
    "list-count": sites_list_count,
    "parts-sum": sites_parts_sum,
    "part-exceeds-whole": sites_part_exceeds_whole,
    "percent-sum": sites_percent_sum,
    "percent-change": sites_percent_change,
    "margin": sites_margin,
    "vote-count": sites_vote_count,
    "score-summary": sites_score_summary,
    "date-arithmetic": sites_date_arithmetic,
    "anniversary": sites_anniversary,
    "age-arithmetic": sites_age_arithmetic,
    "weekday": sites_weekday,
    "number-style": sites_number_style,
}

# --------------------------------------------------------------------------------------------- slips


def _render(f: Fig, v: float) -> str:
    """Value v written the way f is written (words, commas, decimals, ordinal suffix, capital)."""
    if f.cls == "ordinal":
        n = int(v)
        if f.spelled:
            word = _ORDINAL_WORD[n]
        else:
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            word = f"{n}{suffix}"
    elif f.spelled:
        word = spell(int(v))
    else:
        word = f"{v:{',' if ',' in f.text else ''}.{f.places}f}"
    return word[0].upper() + word[1:] if f.text[0].isupper() else word


def _slips(f: Fig) -> dict[str, set[float]]:
    """Candidate new values of f by the slip that would produce them."""
    v, unit = f.value, 10.0 ** -f.places
    if f.spelled:
        top = 20 if f.cls == "ordinal" else 99
        near = {v + d for d in (-3, -2, -1, 1, 2, 3)} | ({v - 10, v + 10} if v >= 20 else set())
        return {"a spelled number for another": {n for n in near if 1 <= n <= top and
                                                 (f.cls != "ordinal" or n in _ORDINAL_WORD)}}
    if f.cls == "year":
        return {"a year off by one to three": {v + d for d in (-3, -2, -1, 1, 2, 3)}}
    digits = re.sub(r"\D", "", f.text.split(".")[0]) + (f.text.split(".")[1][: f.places] if f.places else "")
    step = _span(f)[1] / f.scale - _span(f)[0] / f.scale

    def val(ds: str) -> float | None:
        if ds[0] == "0" and len(ds) > 1 or ds.strip("0") == "":
            return None
        x = int(ds) / 10**f.places
        return x if f.places else int(x)

    swaps = {val(digits[:k] + digits[k + 1] + digits[k] + digits[k + 2 :]) for k in range(len(digits) - 1)
             if digits[k] != digits[k + 1]}
    changed = {val(digits[:k] + d + digits[k + 1 :]) for k in range(len(digits)) for d in "0123456789"
               if d != digits[k]}
    nearby = {round(v * (1 + s * r) / step) * step for r in (0.05, 0.08, 0.1, 0.12, 0.15, 0.2) for s in (-1, 1)}
    zeros = {val(digits + "0"), val(digits[:-1]) if digits.endswith("0") and len(digits) > 1 else None} \
        if not f.places and v >= 10 else set()
    out = {"off by one": {round(v - unit, f.places), round(v + unit, f.places)},
           "a nearby value": {round(x, f.places) for x in nearby if unit < abs(x - v) <= 0.2 * v + 1e-9},
           "two digits transposed": swaps - {None}, "one digit changed": changed - {None},
           "a zero added or dropped": zeros - {None}}
    return {k: {x for x in xs if x > 0} for k, xs in out.items()}


def _taken(art: Article, f: Fig, v: float) -> bool:
    """Whether the article already has a figure of f's kind with value v (the plant would be ambiguous)."""
    return any(g is not f and g.cls == f.cls and g.cur == f.cur and abs(g.total - v * f.scale) < 1e-9 for g in art.figs)


_LIMITS = {"percent": 100, "age": 120, "day": 31, "ordinal": 1000}


def _slip(art: Article, site: Site, rng: random.Random) -> tuple[str, str] | None:
    """(new text, slip) for the site's figure, seeded; None when no slip makes the contradiction."""
    if site.choices is not None:
        return rng.choice(site.choices)
    f = site.fig
    top = _LIMITS.get(f.cls, float("inf"))
    top = top if f.value <= top else float("inf")
    low = 2 if f.cls == "count" and f.value >= 2 else 0  # a plural count stays plural
    options = {}
    for name, values in _slips(f).items():
        ok = sorted(v for v in values if v != f.value and low <= v <= top and site.ok(v) and not _taken(art, f, v))
        if ok:
            options[name] = ok
    if not options:
        return None
    name = rng.choice(sorted(options))
    return _render(f, rng.choice(options[name])), name


# --------------------------------------------------------------------------------------------- planting


def _find(lines: list[str], i: int, at: int, end: int) -> str | None:
    """A substring of lines[i] holding [at, end), in whole words, found on no other line."""
    line = lines[i]
    for half in (12, 20, 30, 45, 70, 100, 200):
        s, e = max(0, at - half), min(len(line), end + half)
        while s > 0 and line[s - 1] != " ":
            s -= 1
        while e < len(line) and line[e] != " ":
            e += 1
        needle = line[s:e].strip()
        if needle and sum(needle in ln for ln in lines) == 1:
            return needle
    return None


def _sentence(lines: list[str], f: Fig) -> str:
    spans = _sentences(lines[f.line])
    s, e = next(((s, e) for s, e in spans if s <= f.start < e), (0, len(lines[f.line])))
    return lines[f.line][s:e]


def plant(art: Article, site: Site, rng: random.Random) -> tuple[list[str], dict, dict] | None:
    """The planted copy's lines, its key entry and its sites.jsonl record (None: no slip or no unique find)."""
    change = _slip(art, site, rng)
    if change is None:
        return None
    new, slip = change
    f = site.fig
    lines = list(art.lines)
    old_line = lines[f.line]
    lines[f.line] = old_line[: f.start] + new + old_line[f.end :]
    find = _find(lines, f.line, f.start, f.start + len(new))
    also = []
    for i in dict.fromkeys(g.line for g in site.others if g.line != f.line):
        at = next(g for g in site.others if g.line == i)
        also.append(_find(lines, i, at.start, at.end))
    if find is None or None in also:
        return None
    fix = old_line[f.begin : f.pend] if site.kind != "weekday" else f.text
    entry = {"kind": site.kind, "find": find, "also": also, "accept": list(site.accept), "fix": fix}
    record = {"kind": site.kind, "slip": slip, "change": f"{f.text} -> {new}", "fix": fix,
              "original": _sentence(art.lines, f),
              "planted": _sentence(lines, Fig(f.line, f.start, f.start + len(new), new, 0, "", f.start, f.start)),
              "other": list(dict.fromkeys(_sentence(art.lines, g) for g in site.others if not art.same_sentence(f, g))),
              "reason": site.reason}
    return lines, entry, record


def _groups(sites: list[Site]) -> list[list[Site]]:
    """Sites grouped by the figures they involve (the variants of one site change different figures)."""
    groups: dict[frozenset, list[Site]] = {}
    for s in sites:
        key = frozenset((g.line, g.start) for g in [s.fig] + s.others if g.cls != "date")
        groups.setdefault(key, []).append(s)
    return list(groups.values())


def main(argv: list[str] | None = None) -> int:
    ap = parser(__doc__, SITES)
    ap.add_argument("--house-style", choices=("ap", "cp"),
                    help="write DIR/.copylint.yaml with this number-style, as a newsroom would configure it")
    args = ap.parse_args(argv)
    kinds = chosen_kinds(ap, args, list(SITES))
    args.out.mkdir(parents=True, exist_ok=True)
    if args.house_style:
        (args.out / ".copylint.yaml").write_text(f"number-style: {args.house_style}\n", encoding="utf-8")
    key: dict[str, dict] = {}
    records = []
    stats = {k: [0, 0, 0, 0] for k in kinds}  # articles scanned, with sites, sites, plants
    for folder in args.src:
        for art in load(folder):
            for kind in kinds:
                groups = _groups(SITES[kind](art))
                st = stats[kind]
                st[0] += 1
                st[1] += bool(groups)
                st[2] += len(groups)
                rng = random.Random(f"{args.seed}:{art.name}:{kind}")
                rng.shuffle(groups)
                n = 0
                for group in groups:
                    if n >= args.per_article:
                        break
                    rng.shuffle(group)
                    done = next((p for s in group if (p := plant(art, s, rng))), None)
                    if done is None:
                        continue
                    n += 1
                    lines, entry, record = done
                    name = f"{art.name}__{kind}__{n}.txt"
                    (args.out / name).write_text("\n".join(lines), encoding="utf-8")
                    key[name] = {"plants": [entry], "neutral": []}
                    records.append({"file": name} | record)
                st[3] += n
    write(args.out, key, records)
    print(f"{'kind':<20} {'articles':>8} {'with sites':>10} {'sites':>6} {'plants':>6}", file=sys.stderr)
    for kind, (scanned, with_sites, found, planted) in stats.items():
        print(f"{kind:<20} {scanned:>8} {with_sites:>10} {found:>6} {planted:>6}", file=sys.stderr)
    total = [sum(s[k] for s in stats.values()) for k in (2, 3)]
    print(f"{'total':<20} {'':>8} {'':>10} {total[0]:>6} {total[1]:>6}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
