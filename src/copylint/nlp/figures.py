"""Figures as written: the value of every number in a run of tokens, with its range and measure.

A Figure is what can be read from the number and its neighbours alone: "about 3,800" (a count,
3,750..3,850), "$4.8-billion" (money), "30 per cent", "9-4" (a tally), "33-year-old" (an age),
"five years ago" (a relative time), "1990s", "12th straight" (a streak), "two-thirds", "a dozen".
What is counted, whose it is and when are the ledger's business (`copylint.nlp.ledger`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum

from copylint.nlp import counted
from copylint.nlp.tokens import NUMBER, WORD


class Measure(StrEnum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    POINTS = "points"  # percentage points
    AGE = "age"
    TALLY = "tally"  # 9-4: a vote or a score
    YEAR = "year"
    DECADE = "decade"  # the 1990s
    DURATION = "duration"  # 12 years; a 12-year sentence
    RELATIVE = "relative"  # five years ago, a decade later
    ORDINAL = "ordinal"  # 30th (anniversary), third (place)
    STREAK = "streak"  # sixth straight, five in a row
    TEMPERATURE = "temperature"
    DIMENSION = "dimension"  # 22 miles, 6 feet, 3 kg
    TIME = "time"  # 6:30, 7 p.m.
    DATE = "date"  # the day in March 12
    FRACTION = "fraction"  # two-thirds, a quarter
    MULTIPLIER = "multiplier"  # twice, doubled
    OTHER = "other"  # identifiers, names, phone numbers


ONES = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "lakh": 100_000, "crore": 10_000_000}
_SHORT_SCALES = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "k": 1_000,
                 "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
ORDINAL_WORDS |= {"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
                  "eightieth": 80, "ninetieth": 90, "hundredth": 100}
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
             "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
MULTIPLIERS = {"twice": 2, "thrice": 3, "double": 2, "doubled": 2, "triple": 3, "tripled": 3, "quadrupled": 4,
               "halved": 0.5}
WORD_OF = {v: k for k, v in ONES.items()}

CURRENCY_SIGNS = {"$": "$", "£": "£", "€": "€", "¥": "¥", "₹": "₹", "₩": "₩", "₽": "₽"}
CURRENCY_PREFIXES = frozenset({"us", "c", "a", "nz", "hk", "s", "r", "ca", "au", "nt"})
CURRENCY_WORDS = {
    "dollar": "$", "dollars": "$", "euro": "€", "euros": "€", "pound": "£", "pounds": "£", "yen": "¥",
    "yuan": "¥", "renminbi": "¥", "rupee": "₹", "rupees": "₹", "franc": "fr", "francs": "fr", "peso": "peso",
    "pesos": "peso", "rouble": "₽", "roubles": "₽", "ruble": "₽", "rubles": "₽", "krona": "kr", "kronor": "kr",
    "krone": "kr", "kroner": "kr", "rand": "rand", "naira": "naira", "shilling": "sh", "shillings": "sh",
    "reais": "real", "real": "real", "lira": "lira", "lire": "lira", "dirham": "dh", "dirhams": "dh",
    "riyal": "riyal", "riyals": "riyal", "ringgit": "rm", "baht": "baht", "dong": "dong", "rupiah": "rp",
    "cent": "¢", "cents": "¢", "pence": "p", "zloty": "zł", "zlotys": "zł", "zlotych": "zł", "hryvnia": "₴",
    "hryvnias": "₴", "hryvnia's": "₴", "forint": "ft", "forints": "ft", "lei": "lei", "leu": "lei", "koruna": "kč",
    "korunas": "kč", "kuna": "kn", "kunas": "kn", "leva": "lv", "dinar": "dinar", "dinars": "dinar",
    "taka": "tk", "kyat": "kyat", "kyats": "kyat", "cedi": "cedi", "cedis": "cedi", "kwacha": "kwacha",
    "birr": "birr", "rial": "rial", "rials": "rial", "shekel": "₪", "shekels": "₪", "tenge": "₸", "manat": "manat",
    "lari": "₾", "bolivar": "bs", "bolivars": "bs", "sol": "sol", "soles": "sol", "quetzal": "q", "quetzales": "q",
}
_RESULT_VERBS = frozenset("beat beats defeated defeats drew draw lost loses won wins edged routed thrashed crushed "
                          "downed".split())
# a vote given with "to" follows these ("voted 23 to 17"), and these may follow it
_VOTED = frozenset("voted passed approved rejected carried adopted backed endorsed defeated".split())
_AFTER_VOTE = frozenset("in against with for on and after to".split())
# Words after which "over" means "about": "charged over", "a row over", "sued over"
_OVER_ABOUT = frozenset("charged charges charge row rows dispute disputes concern concerns probe probed fight fights "
                        "battle protest protests protesters sued sues suing clash clashes split outrage anger fury "
                        "furore scandal investigation investigated lawsuit arrested arrest quits resigns resigned "
                        "impeached questioned grilled criticised criticized slammed standoff feud talks".split())
# Letters written against a figure for a currency: "R2.3 billion" (rand), "Rs 500 crore", "KSh 40,000"
LETTER_CURRENCIES = {"R": "rand", "Rs": "₹", "Rp": "rp", "RM": "rm", "KSh": "sh", "Ksh": "sh", "Sh": "sh", "Tk": "tk",
                     "N": "naira", "P": "₱", "Php": "₱", "Dh": "dh", "Rs.": "₹"}
CURRENCY_CODES = {"usd": "$", "cad": "$", "aud": "$", "eur": "€", "gbp": "£", "jpy": "¥", "cny": "¥",
                  "inr": "₹", "chf": "fr"}
TIME_UNITS = {"second": 1 / 31_557_600, "seconds": 1 / 31_557_600, "minute": 1 / 525_960, "minutes": 1 / 525_960,
              "hour": 1 / 8766, "hours": 1 / 8766, "day": 1 / 365.25, "days": 1 / 365.25, "week": 7 / 365.25,
              "weeks": 7 / 365.25, "month": 1 / 12, "months": 1 / 12, "year": 1.0, "years": 1.0,
              "decade": 10.0, "decades": 10.0, "century": 100.0, "centuries": 100.0}
RELATIVE_AFTER = frozenset({"ago", "later", "earlier", "before", "after", "afterwards", "afterward", "on",
                            "prior", "previously", "hence"})
DIMENSIONS = frozenset(
    "metre metres meter meters kilometre kilometres kilometer kilometers km kms mile miles foot feet ft inch "
    "inches yard yards centimetre centimetres cm mm millimetre millimetres kilogram kilograms kg kgs gram "
    "grams g tonne tonnes ton tons pound lb lbs ounce ounces oz litre litres liter liters gallon gallons "
    "hectare hectares acre acres mph kph kmh knot knots storey storeys story stories floor floors square "
    "cubic magnitude megawatt megawatts mw gigawatt gigawatts gw kilowatt kilowatts kwh barrel barrels "
    "calorie calories".split())
TEMPERATURE_AFTER = frozenset({"degrees", "degree", "°", "°c", "°f"})
STREAK_WORDS = frozenset({"straight", "consecutive", "successive", "running"})
MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS |= {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
           "nov": 11, "dec": 12}

# Hedges before a figure: (words, kind). Kinds: more (value..), less (..value), near (a little under),
# about (either side, by the figure's rounding).
_HEDGES = (
    ("more than", "more"), ("greater than", "more"), ("upwards of", "more"), ("at least", "more"),
    ("just over", "more"), ("well over", "more"), ("over", "more"), ("in excess of", "more"),
    ("as many as", "less"), ("fewer than", "less"), ("less than", "less"), ("up to", "less"), ("at most", "less"),
    ("just under", "less"), ("under", "less"), ("no more than", "less"), ("not more than", "less"),
    ("nearly", "near"), ("almost", "near"), ("close to", "near"), ("just shy of", "near"), ("nearing", "near"),
    ("about", "about"), ("around", "about"), ("roughly", "about"), ("approximately", "about"),
    ("some", "about"), ("an estimated", "about"), ("estimated", "about"), ("approx", "about"),
    ("a reported", "about"), ("reportedly", "about"), ("an approximate", "about"), ("circa", "about"),
)
_HEDGE_BY_LAST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _h, _k in sorted(_HEDGES, key=lambda x: -len(x[0].split())):
    _HEDGE_BY_LAST.setdefault(_h.split()[-1], []).append((tuple(_h.split()), _k))

_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_CLOCK = re.compile(r"^\d{1,2}:\d\d$")
_YEARISH = re.compile(r"^(?:1[5-9]|20)\d\d$")
INF = math.inf


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as written, with its range. Token indices are within the run read."""

    first: int  # first token of the figure (after any hedge)
    last: int  # one past its last token
    start: int  # code-point span of the figure: "$4.8-billion", "30 per cent", "33-year-old"
    end: int
    value: float
    low: float
    high: float
    measure: Measure
    unit: str = ""  # currency sign, time unit ("year"), dimension word, "%"
    words: bool = False  # spelled out ("nine", "two-thirds", "a dozen")
    hedge: str | None = None  # more, less, near, about; "dozens" and "a dozen" are ranges without one
    hedge_first: int | None = None  # first token of the hedge
    second: float | None = None  # the other side of a tally or range: 9-4 -> 4
    direction: str = ""  # relative times: ago, later, earlier, before, after
    compound: str | None = None  # the noun of "21-nation", "a 12-point lead"
    digits: str = ""  # the digits as written, for the rounding unit ("17,000", "1.5")
    scaled: bool = False  # a scale word or suffix: "1.5 million", "$5bn"

    @property
    def exact(self) -> bool:
        return self.low == self.high


def rounding(value: float, text: str = "") -> float:
    """The unit a figure was rounded to: 17,000 -> 1,000; 2,400 -> 100; 45 -> 1; 1.5 million -> 100,000."""
    if value <= 0 or value != value:
        return 1.0
    if "." in text:
        decimals = len(text.split(".")[1].rstrip("%"))
        scale = value / float(text.replace(",", "")) if float(text.replace(",", "")) else 1
        return 10.0 ** -decimals * scale
    if value != int(value):
        return 10 ** math.floor(math.log10(value)) / 10
    v = int(value)
    unit = 1
    while v % (unit * 10) == 0 and unit * 10 <= v:
        unit *= 10
    return float(unit)


def hedge_range(value: float, hedge: str | None, unit: float) -> tuple[float, float]:
    """The values a hedged figure allows."""
    if hedge is None:
        return value, value
    if hedge == "more":
        return value, INF
    if hedge == "less":
        return 0.0, value
    if hedge == "near":
        return value - max(1.0, value * 0.1), value
    spread = unit / 2 if unit > 1 else max(0.5, value * 0.05)  # "about 3,800": 3,750..3,850; "about 45": 43..47
    return value - spread, value + spread


def format_value(v: float) -> str:
    if v == int(v) and abs(v) < 1e15:
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def restate(value: float, like: str, words: bool) -> str:
    """`value` written the way the figure `like` is: "nine" for 9 beside "eight", "26" beside "25",
    "$214 million" beside "$241 million"."""
    if words and value == int(value) and spell(int(value)):
        out = spell(int(value))
        word = re.match(r"[A-Za-z]+(?:-(?:one|two|three|four|five|six|seven|eight|nine))?", like)
        if word and like[word.end():word.end() + 1] == "-":
            out += like[word.end():]  # "three-way" -> "four-way"
        return out.capitalize() if like[:1].isupper() else out
    m = re.match(r"^(\D*?)([\d,.]+)(.*)$", like)
    if not m:
        return format_value(value)
    head, digits, tail = m.groups()
    scale = 1.0
    tail_low = tail.lower()
    for word, size in (("trillion", 1e12), ("billion", 1e9), ("bn", 1e9), ("million", 1e6), ("m", 1e6)):
        if tail_low.lstrip("- ").startswith(word):
            scale = size
            break
    v = value / scale
    text = f"{v:,.{len(digits.split('.')[1])}f}" if "." in digits else format_value(v)
    if "," not in digits and "." not in digits:
        text = text.replace(",", "")
    return head + text + tail


def spell(n: int) -> str | None:
    """Zero to ninety-nine in words."""
    if n in WORD_OF:
        return WORD_OF[n]
    if 20 <= n < 100:
        tens = {v: k for k, v in TENS.items()}[n // 10 * 10]
        return tens if n % 10 == 0 else f"{tens}-{WORD_OF[n % 10]}"
    return None


class Reader:
    """Reads the figures of one run of tokens (a sentence), left to right."""

    def __init__(self, toks) -> None:
        self.toks = toks
        self.n = len(toks)
        self.low = [t.lower for t in toks]

    def joined(self, i: int) -> bool:
        """Token i touches token i-1."""
        return 0 < i < self.n and self.toks[i].start == self.toks[i - 1].end

    def w(self, i: int) -> str:
        return self.low[i] if 0 <= i < self.n else ""

    def _vote_to(self, i: int, j: int, raw: str) -> Figure | None:
        k = j + 1 if self.w(j) == "votes" else j
        word = self.w(k + 1) if k == j + 1 and self.w(k) == "to" else ""  # "by 11 votes to three"
        if word in ONES and 0 < ONES[word] < 20:
            return self._make(i, k + 2, float(raw.replace(",", "")), Measure.TALLY, second=float(ONES[word]))
        if self.w(k) != "to" or k + 1 >= self.n or self.toks[k + 1].kind != NUMBER or not _GROUPED.match(raw) \
                or not _GROUPED.match(self.toks[k + 1].text) or "." in raw + self.toks[k + 1].text:
            return None  # (whole numbers: "1,268 to 625")
        if _YEARISH.match(raw) and "," not in raw or self.w(i - 1) in ("since", "from", "between"):
            return None  # "the total approved since 2022 to 1,870"
        before = self.w(i - 2) if self.w(i - 1) == "by" else self.w(i - 1)
        v = next((x for x in range(i - 1, max(-1, i - 5), -1) if self.w(x) in _VOTED), None)
        voted = before in _VOTED or before == "of" and self.w(i - 2) == "vote" or v is not None and all(
            self.toks[x].kind == WORD for x in range(v + 1, i))  # "approved the agreement 1,268 to 625"
        if k == j and not voted:
            return None
        if self.w(k + 2) in ("%", "per", "percent", "votes", "-", "–") or self.w(k + 2) not in _AFTER_VOTE and \
                k + 2 < self.n and self.toks[k + 2].kind == WORD and counted.noun(self.toks[k + 2].text) is not None:
            return None  # "voted 12 to 15 per cent", "approved 2 to 3 staff"
        return self._make(i, k + 2, float(raw.replace(",", "")), Measure.TALLY,
                          second=float(self.toks[k + 1].text.replace(",", "")))

    def figures(self) -> list[Figure]:
        out: list[Figure] = []
        i = 0
        while i < self.n:
            t = self.toks[i]
            f = None
            if t.kind == NUMBER:
                f = self._digits(i)
            elif t.kind == WORD and (self.low[i] in WORD_STARTS):
                f = self._spelled(i)
            if f is None:
                i += 1
                continue
            f = self._after(self._before(f))
            out.append(f)
            i = max(f.last, i + 1)
        return out

    # -- the number itself ---------------------------------------------------------------------------
    def _digits(self, i: int) -> Figure | None:
        raw = self.toks[i].text
        if self._identifier(i) and not self._lettered(i):
            return self._make(i, i + 1, 0.0, Measure.OTHER)  # K2-18b, G7, MH17, COVID-19, F-35 (but mid-2019)
        if _CLOCK.match(raw):
            return self._make(i, i + 1, float(raw.split(":")[0]), Measure.TIME)
        if not _GROUPED.match(raw):
            return self._make(i, i + 1, 0.0, Measure.OTHER)  # 1.2.3, 519-824
        value = float(raw.replace(",", ""))
        j = i + 1
        nx = self.w(j)
        # joined suffixes: 1st, 1990s, 5m, 3pm, 50p
        if self.joined(j) and self.toks[j].kind == WORD:
            if nx in ("st", "nd", "rd", "th"):
                return self._make(i, j + 1, value, Measure.ORDINAL)
            if nx == "s" and raw.endswith("0") and (_YEARISH.match(raw) or len(raw) == 2):
                return self._make(i, j + 1, value, Measure.DECADE)  # the 1990s; in her 60s
            if nx in ("am", "pm") and value <= 12:
                return self._make(i, j + 1, value, Measure.TIME)
            if nx in _SHORT_SCALES:
                return self._make(i, j + 1, value * _SHORT_SCALES[nx], Measure.COUNT, digits=raw, scaled=True)
            if nx in ("p",):
                return self._make(i, j + 1, value, Measure.MONEY, unit="p")
            if nx in ("km", "kg", "cm", "mm", "ft", "lb", "mph", "kmh", "mw", "gw", "g", "m2", "sq"):
                return self._make(i, j + 1, value, Measure.DIMENSION, unit=nx)
            if nx == "c" or nx == "f":
                return self._make(i, j + 1, value, Measure.TEMPERATURE, unit=nx)
            return self._make(i, j, 0.0, Measure.OTHER)  # 4x4, 3D
        if nx == "'" and self.joined(j) and self.w(j + 1) == "s" and raw.endswith("0"):
            return self._make(i, j + 2, value, Measure.DECADE)
        if nx in ("a", "p") and value <= 12 and self.w(j + 1) == "." and self.w(j + 2) == "m":
            return self._make(i, j + 3, value, Measure.TIME)
        # tallies and ranges: 9-4, 10-15
        if nx in ("-", "–") and self.joined(j) and self.joined(j + 1) and j + 1 < self.n \
                and self.toks[j + 1].kind == NUMBER and _GROUPED.match(self.toks[j + 1].text) \
                and not (self.w(j + 2) in ("-", "–") and self.joined(j + 2)):
            other = float(self.toks[j + 1].text.replace(",", ""))
            nxt = self.toks[j + 1].text
            if nxt[:1] == "0" and len(nxt) > 1 or len(raw) == 3 and len(nxt) == 4 and "," not in raw + nxt:
                return self._make(i, j + 2, 0.0, Measure.OTHER)  # a phone number or a code: 555-0134
            if _YEARISH.match(raw) and (_YEARISH.match(self.toks[j + 1].text) or len(self.toks[j + 1].text) == 2):
                return self._make(i, j + 2, value, Measure.YEAR, second=other)  # 2019-20
            return self._make(i, j + 2, value, Measure.TALLY, second=other)
        # a score with a spaced dash: "Belgium 3 – 0 Panama", "defeated Panama 3 – 0"
        if nx in ("–", "-") and not self.joined(j) and not self.joined(j + 1) and j + 1 < self.n \
                and self.toks[j + 1].kind == NUMBER and raw.isdigit() and self.toks[j + 1].text.isdigit() \
                and len(raw) <= 2 and len(self.toks[j + 1].text) <= 2 and (
                    self.w(i - 1) in _RESULT_VERBS or i and self.toks[i - 1].text[:1].isupper()
                    and self.toks[i - 1].kind == WORD and (j + 2 < self.n and self.toks[j + 2].text[:1].isupper()
                                                           and self.toks[j + 2].kind == WORD
                                                           or any(self.w(x) in _RESULT_VERBS
                                                                  for x in range(max(0, i - 6), i)))):
            return self._make(i, j + 2, value, Measure.TALLY, second=float(self.toks[j + 1].text))
        # a vote given with "to": "voted 23 to 17", "passed by 71 votes to 46", "by a vote of 6 to 3"
        tally = self._vote_to(i, j, raw)
        if tally is not None:
            return tally
        # fractions written 1/2
        if nx == "/" and self.joined(j) and self.joined(j + 1) and j + 1 < self.n and self.toks[j + 1].kind == NUMBER:
            den = float(self.toks[j + 1].text.replace(",", "") or 0)
            if den and raw.isdigit() and den <= 12:
                return self._make(i, j + 2, value / den, Measure.FRACTION)
            return self._make(i, j + 2, 0.0, Measure.OTHER)
        # scale: 1.5 million, 1.5-million, 3 billion
        k = j
        if self.w(k) == "-" and self.joined(k) and self.w(k + 1) in SCALES:
            k += 1
        if self.w(k) in SCALES and (self.w(k) != "hundred" or k == j):
            return self._make(i, k + 1, value * SCALES[self.w(k)], Measure.COUNT, digits=raw, scaled=True)
        if _YEARISH.match(raw) and "," not in raw:
            return self._make(i, j, value, Measure.YEAR, digits=raw)
        return self._make(i, j, value, Measure.COUNT, digits=raw)

    def _spelled(self, i: int) -> Figure | None:
        w = self.low[i]
        if w in MULTIPLIERS:
            if w in ("double", "triple") and self.w(i + 1) not in ("digits", "figures", "from", "to", "in", "by") and \
                    self.w(i - 1) not in ("to", "will", "would", "could", "may", "might", "should", "expected"):
                return None  # "a double room", "triple jump"; but "to double from 7% to 14%"
            return self._make(i, i + 1, float(MULTIPLIERS[w]), Measure.MULTIPLIER, words=True)
        if w in ("a", "an", "one", "half"):
            return self._article(i)
        if w == "dozens" or w in ("hundreds", "thousands", "millions", "billions"):
            if self.w(i + 1) != "of":
                return None
            low = 24.0 if w == "dozens" else SCALES[w[:-1]] * 2.0
            return self._make(i, i + 1, low, Measure.COUNT, words=True, low=low, high=low * 50)
        if w == "dozen":
            return None
        if w in ORDINAL_WORDS and w not in ("second",) or w == "second" and self.w(i + 1) in STREAK_WORDS:
            return self._make(i, i + 1, float(ORDINAL_WORDS[w]), Measure.ORDINAL, words=True)
        r = self._words(i)
        if r is None:
            return None
        value, j = r
        # ordinals: twenty-first
        if self.w(j - 1) in ORDINAL_WORDS and j - 1 > i:
            return self._make(i, j, value, Measure.ORDINAL, words=True)
        # fractions: two-thirds, three quarters
        k = j
        if self.w(k) == "-" and self.joined(k) and self.w(k + 1) in FRACTIONS:
            k += 1
        if self.w(k) in FRACTIONS and (k > j or self.w(k).endswith("s")) and (k > j or value < FRACTIONS[self.w(k)]):
            # ("four quarters in a row", "two halves": whole ones counted, not a fraction)
            return self._make(i, k + 1, value / FRACTIONS[self.w(k)], Measure.FRACTION, words=True)
        return self._make(i, j, value, Measure.COUNT, words=True)

    def _article(self, i: int) -> Figure | None:
        """"a dozen", "a million", "half a million", "a third", "one hundred", "a half-dozen"."""
        w, nx = self.low[i], self.w(i + 1)
        if w == "half":
            if nx == "a" and self.w(i + 2) in SCALES | {"dozen": 0}.keys():
                scale = 12 if self.w(i + 2) == "dozen" else SCALES[self.w(i + 2)]
                return self._make(i, i + 3, scale / 2, Measure.COUNT, words=True)
            if nx in ("of", "the") or self.toks[i].text[0].isupper() and nx == "of":
                return self._make(i, i + 1, 0.5, Measure.FRACTION, words=True)
            return None
        if w == "one" and nx not in SCALES and nx not in ("-",) and nx not in TIME_UNITS:
            r = self._words(i)
            return self._make(i, r[1], r[0], Measure.COUNT, words=True) if r else None
        if nx == "dozen" or nx == "half" and self.w(i + 2) == "-" and self.w(i + 3) == "dozen":
            end = i + 2 if nx == "dozen" else i + 4
            value = 12.0 if nx == "dozen" else 6.0
            hedge_low, hedge_high = (10.0, 14.0) if nx == "dozen" else (5.0, 7.0)
            return self._make(i, end, value, Measure.COUNT, words=True, low=hedge_low, high=hedge_high)
        if nx in SCALES and self.w(i + 2) != "of":
            r = self._words(i + 1, seed=1)
            if r:
                return self._make(i, r[1], r[0], Measure.COUNT, words=True)
        if nx in ("third", "quarter", "fifth", "tenth") and w in ("a", "one"):
            if nx != "quarter" and self.w(i + 2) not in ("of", "", ".", ",", ";", "-", ")"):
                return self._make(i + 1, i + 2, float(ORDINAL_WORDS[nx]), Measure.ORDINAL, words=True)  # a third term
            return self._make(i, i + 2, 1 / FRACTIONS[nx], Measure.FRACTION, words=True)
        if nx in ("decade", "century", "year", "month", "week", "day", "fortnight") and w in ("a", "an", "one"):
            return self._make(i, i + 1, 1.0, Measure.COUNT, words=True)
        if nx == "couple" and self.w(i + 2) == "of":
            return self._make(i, i + 2, 2.0, Measure.COUNT, words=True, low=2.0, high=3.0)
        return None

    def _words(self, i: int, seed: int = 0) -> tuple[float, int] | None:
        """A spelled number from token i: (value, index after it)."""
        total, cur, j, seen = 0, seed, i, bool(seed)
        while j < self.n:
            w = self.low[j]
            if w in ONES or w in ORDINAL_WORDS and ORDINAL_WORDS[w] < 10 and seen and cur % 10 == 0 and cur >= 20:
                v = ONES.get(w, ORDINAL_WORDS.get(w, 0))
                if seen and cur % 100 and not (cur % 10 == 0 and cur >= 20 and v < 10):
                    break
                cur += v
                if w in ORDINAL_WORDS:
                    j += 1
                    seen = True
                    break
            elif w in TENS:
                if seen and cur % 100:
                    break
                cur += TENS[w]
            elif w == "hundred" and seen:
                cur = max(cur, 1) * 100
            elif w in SCALES and seen:
                total += max(cur, 1) * SCALES[w]
                cur = 0
            elif w == "-" and seen and self.joined(j) and self.joined(j + 1) and cur % 10 == 0 and cur >= 20 \
                    and (self.w(j + 1) in ONES or self.w(j + 1) in ORDINAL_WORDS):
                j += 1
                continue
            elif w == "and" and seen and cur and cur % 100 == 0 and self.w(j + 1) in (ONES.keys() | TENS.keys()):
                j += 1
                continue
            else:
                break
            seen = True
            j += 1
        if not seen:
            return None
        return float(total + cur), j

    def _make(self, first: int, last: int, value: float, measure: Measure, unit: str = "", words: bool = False,
              digits: str = "", low: float | None = None, high: float | None = None, second: float | None = None,
              scaled: bool = False) -> Figure:
        toks = self.toks
        lo = value if low is None else low
        hi = value if high is None else high
        return Figure(first, last, toks[first].start, toks[last - 1].end, value, lo, hi, measure, unit, words,
                      second=second, digits=digits, scaled=scaled or words and value >= 100)

    def _lettered(self, i: int) -> bool:
        """A currency's letters before the figure: "R2.3 billion", "R3.2-billion", "KSh40,000", "Rs 500"
        (not "R2-D2", "G7"): grouped or decimal digits, or a scale after them."""
        if i == 0 or self.toks[i - 1].text not in LETTER_CURRENCIES:
            return False
        if self.toks[i - 1].text in ("Rs", "KSh", "Ksh", "Rp", "RM", "Php", "Rs."):
            return True  # letters no name is written with
        if not self.joined(i):
            return False
        raw = self.toks[i].text
        dash = self.w(i + 1) == "-"
        nx = self.w(i + 2) if dash else self.w(i + 1)
        return "," in raw or "." in raw and not dash or nx in SCALES or nx in _SHORT_SCALES and self.joined(i + 1)

    def _identifier(self, i: int) -> bool:
        """A number inside a run of letters and digits with no spaces: K2-18b, G7, MH17, COVID-19."""
        a = i
        while a > 0 and self.joined(a) and self.toks[a - 1].text not in _OPENERS:
            a -= 1
        b = i
        while b + 1 < self.n and self.joined(b + 1) and self.toks[b + 1].text not in _CLOSERS:
            b += 1
        run = self.toks[a:b + 1]
        for k in range(1, len(run)):
            x, y = run[k - 1], run[k]
            if x.kind == NUMBER and y.kind == WORD and k + a == i + 1 and y.lower in _SUFFIXES:
                continue
            if {x.kind, y.kind} == {NUMBER, WORD}:
                return True
        return any(t.kind == WORD and t.lower not in _PREFIXES and t.lower not in SCALES and t.lower not in _UNITLIKE
                   and t.text[0].isupper() for t in run[: i - a]) and any(t.text in "-–" for t in run[: i - a])

    # -- what stands before and after it --------------------------------------------------------------
    def _before(self, f: Figure) -> Figure:
        """Currency signs and codes, minus signs and hedges before the figure."""
        i = f.first
        start, first, measure, unit = f.start, f.first, f.measure, f.unit
        value, low, high = f.value, f.low, f.high
        p = self.w(i - 1)
        if f.measure in (Measure.COUNT, Measure.YEAR) and not f.words and self.joined(i) and p in CURRENCY_SIGNS:
            measure, unit, first, start = Measure.MONEY, CURRENCY_SIGNS[p], i - 1, self.toks[i - 1].start
            if self.joined(i - 1) and self.w(i - 2) in CURRENCY_PREFIXES:
                unit = self.toks[i - 2].text.upper() + unit
                first, start = i - 2, self.toks[i - 2].start
            if f.measure == Measure.YEAR:
                value = low = high = f.value
        elif f.measure == Measure.COUNT and not f.words and self._lettered(i):
            cur = self.toks[i - 1].text
            measure, unit, first, start = Measure.MONEY, LETTER_CURRENCIES[cur], i - 1, self.toks[i - 1].start
        elif f.measure == Measure.COUNT and not f.words and p in CURRENCY_CODES and not self.joined(i):
            measure, unit, first, start = Measure.MONEY, CURRENCY_CODES[p], i - 1, self.toks[i - 1].start
        elif f.measure in (Measure.COUNT, Measure.TEMPERATURE) and p in ("-", "−", "minus") and (
                p == "minus" or self.joined(i) and not self.joined(i - 1)):
            value, low, high, first, start = -value, -high, -low, i - 1, self.toks[i - 1].start
        hedge = hedge_first = None
        back = first - 1
        for seq, kind in _HEDGE_BY_LAST.get(self.w(back), ()):
            k = len(seq)
            if back - k + 1 < 0 or tuple(self.low[back - k + 1: back + 1]) != seq:
                continue
            if seq == ("some",) and not (value >= 10 and measure in (Measure.COUNT, Measure.MONEY, Measure.PERCENT)):
                continue
            if seq in (("over",), ("under",)) and (self.w(back - 1) in ("from", "to", "be", "is", "was", "of", "over")
                                                   or measure in (Measure.YEAR, Measure.DECADE)):
                continue
            if seq == ("over",) and self.w(back - 1) in _OVER_ABOUT:
                continue  # "charged over R2.3bn rail tender", "a row over £40m": about, not more than
            hedge, hedge_first = kind, back - k + 1
            break
        if hedge and f.hedge is None and f.exact:
            low, high = hedge_range(value, hedge, rounding(abs(value), f.digits))
        return Figure(first, f.last, start, f.end, value, low, high, measure, unit, f.words, hedge or f.hedge,
                      hedge_first, f.second, f.direction, f.compound, f.digits, f.scaled)

    def _after(self, f: Figure) -> Figure:
        """Units after the figure: per cent, scale, currency words, time units, "-year-old", "or more"."""
        j, m = f.last, f.measure
        nx = self.w(j)
        end, last, measure, unit = f.end, f.last, m, f.unit
        value, low, high, direction, compound = f.value, f.low, f.high, "", None
        if m in (Measure.COUNT, Measure.MONEY) and not (f.words and f.value < 1):
            if nx == "%" or nx == "percent" or nx in ("pc", "pct") or nx == "per" and self.w(j + 1) == "cent":
                last = j + (2 if nx == "per" else 1)
                if self.w(last) in ("points", "point") or self.w(last) == "-" and self.w(last + 1) in ("point",):
                    measure, unit = Measure.POINTS, "pp"
                    last += 2 if self.w(last) == "-" else 1
                else:
                    measure, unit = Measure.PERCENT, "%"
            elif nx == "percentage" and self.w(j + 1) in ("points", "point"):
                measure, unit, last = Measure.POINTS, "pp", j + 2
            elif nx == "percentage" and self.w(j + 1) == "-" and self.w(j + 2) in ("points", "point"):
                measure, unit, last = Measure.POINTS, "pp", j + 3  # "a 0.2 percentage-point jump"
            elif m == Measure.COUNT and nx in CURRENCY_WORDS and nx not in ("real", "dong"):
                measure, unit, last = Measure.MONEY, CURRENCY_WORDS[nx], j + 1  # "30,000 pounds", "5 cents"
        if measure == Measure.COUNT and not f.scaled:
            measure, unit, last, direction, compound = self._count_unit(f, j, measure, unit, last)
        elif measure == Measure.COUNT and nx in DIMENSIONS:
            measure, unit, last = Measure.DIMENSION, nx, j + 1  # "15m tonnes"
        if measure == Measure.COUNT and nx in ("times", "time") and self.w(j - 1) != "-":
            measure, unit, last = Measure.MULTIPLIER, "times", j + 1  # "four times a week", "five times as many"
        if measure == Measure.COUNT and nx in ("-", "–") and self.joined(j) and self.joined(j + 1) \
                and self.toks[j + 1].kind == WORD if j + 1 < self.n else False:
            u = self.w(j + 1)
            if u in ("year", "month", "week", "day") and self.w(j + 2) == "-" and self.w(j + 3) in ("old", "olds"):
                measure, unit, last = Measure.AGE, u, j + 4
            elif u in TIME_UNITS:
                measure, unit, last = Measure.DURATION, u.rstrip("s"), j + 2
            elif u in DIMENSIONS:
                measure, unit, last = Measure.DIMENSION, u, j + 2
            elif u in ("point", "goal", "run", "seat", "vote", "game", "match", "stroke", "shot", "lap"):
                measure, unit, last, compound = Measure.COUNT, u, j + 2, u  # a 12-point lead
            elif u in ("plus", "odd"):
                low, high, last = value, INF, j + 2
            else:
                compound, last = u, j + 2  # a 21-nation bloc
        if measure in (Measure.COUNT, Measure.MONEY, Measure.PERCENT) and self.w(last) == "or" and \
                self.w(last + 1) in ("more", "so"):
            low, high = (value, INF) if self.w(last + 1) == "more" else hedge_range(value, "about", rounding(value))
        end = self.toks[last - 1].end
        return Figure(f.first, last, f.start, end, value, low, high, measure, unit, f.words, f.hedge, f.hedge_first,
                      f.second, direction or f.direction, compound, f.digits, f.scaled)

    def _count_unit(self, f: Figure, j: int, measure, unit, last):
        """Time units, ages, dimensions and temperatures after a count."""
        nx = self.w(j)
        direction, compound = "", None
        if nx in TIME_UNITS:
            k = j + 1
            if nx in ("year", "years") and self.w(k) == "old":
                return Measure.AGE, "year", k + 1, "", None
            if nx in ("month", "months", "week", "weeks") and self.w(k) == "old":
                return Measure.AGE, nx.rstrip("s"), k + 1, "", None
            if self.w(k) in RELATIVE_AFTER and not (self.w(k) == "on" and self.w(k + 1) not in (",", ".", "")):
                return Measure.RELATIVE, nx.rstrip("s"), k + 1, self.w(k), None
            if self.w(k) in ("in", "of") and self.w(k + 1) == "a" and self.w(k + 2) == "row":
                return Measure.STREAK, nx.rstrip("s"), k + 3, "", None
            return Measure.DURATION, nx.rstrip("s") if nx != "centuries" else "century", k, "", None
        if nx in ("in", "of") and self.w(j + 1) == "a" and self.w(j + 2) == "row":
            return Measure.STREAK, "", j + 3, "", None
        if nx in TEMPERATURE_AFTER or nx == "°":
            k = j + 1
            if self.w(k) in ("c", "f", "celsius", "fahrenheit"):
                k += 1
            return Measure.TEMPERATURE, "°", k, "", None
        if nx in DIMENSIONS and (not f.words or nx in _WORD_DIMENSIONS):
            return Measure.DIMENSION, nx, j + 1, "", None
        return measure, unit, last, direction, compound


WORD_STARTS = frozenset(ONES) | frozenset(TENS) | frozenset(MULTIPLIERS) | frozenset(ORDINAL_WORDS) | frozenset(
    {"a", "an", "half", "dozens", "hundreds", "thousands", "millions", "billions"})
_WORD_DIMENSIONS = frozenset("feet foot metres meters miles mile inches kilometres kilometers yards tonnes tons "
                             "kilograms acres hectares storeys stories floors".split())
_PREFIXES = frozenset({"mid", "pre", "post", "late", "early", "circa", "c", "since", "until", "us", "a", "nz", "hk",
                       "s", "r", "ca", "au", "nt"})
_SUFFIXES = frozenset({"st", "nd", "rd", "th", "s", "am", "pm", "p", "m", "mn", "bn", "b", "k", "tn", "trn", "km",
                       "kg", "cm", "mm", "ft", "lb", "mph", "kmh", "mw", "gw", "g", "c", "f"})
_UNITLIKE = frozenset(TIME_UNITS) | DIMENSIONS | frozenset({"year", "old", "point", "member", "seat"})
_OPENERS = frozenset("([{\"'“‘")
_CLOSERS = frozenset(")]}\"'”’,;:!?")


def read(toks) -> list[Figure]:
    """Every figure in a run of tokens."""
    return Reader(toks).figures()
