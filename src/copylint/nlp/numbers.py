"""The numbers ledger: every quantity in an article with its span, value, kind and what it counts.

A Quantity is one figure ("23,000", "1.5-million", "$48", "30 per cent", "9-4") or spelled number
("six", "twenty-three thousand", "a dozen", "two-thirds") with:
- kind: count, percent, money, age, year, ago (relative years), tally, time, compound ("55-minute"),
  fraction, multiplier ("twice"), ordinal or other;
- low/high: the range a hedge allows ("about 17,000" -> 16,500..17,500, "more than 40" -> 40..inf);
- noun: the lemma of the counted noun ("26 miners" -> "miner"), adjectives skipped;
- context used to decide whether two counts speak of the same thing: total markers ("all", "in total",
  "the"), subset words ("other", "more", "of them"), rate ("a day"), nearby verb lemmas.
Built once per document (`ledger(doc)`), linear in the number of tokens.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from copylint.nlp.tokens import NUMBER, PUNCT, WORD

COUNT, PERCENT, MONEY, AGE, YEAR, AGO = "count", "percent", "money", "age", "year", "ago"
TALLY, TIME, COMPOUND, FRACTION, MULTIPLIER, ORDINAL, OTHER = (
    "tally", "time", "compound", "fraction", "multiplier", "ordinal", "other")

ONES = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
SMALL_SCALES = {"hundred": 100, "thousand": 1_000}
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
             "fifths": 5, "tenth": 10, "tenths": 10}
MULTIPLIERS = {"twice": 2, "thrice": 3}
WORD_FORMS = {v: k for k, v in ONES.items()}

# Hedges before a number and the range they allow, as a function of the value and its rounding unit.
_HEDGES = (
    ("more than", "more"), ("greater than", "more"), ("upwards of", "more"), ("at least", "more"),
    ("just over", "more"), ("over", "more"), ("in excess of", "more"),
    ("fewer than", "less"), ("less than", "less"), ("up to", "less"), ("at most", "less"),
    ("just under", "less"), ("under", "less"), ("no more than", "less"),
    ("nearly", "near"), ("almost", "near"), ("close to", "near"), ("just shy of", "near"),
    ("about", "about"), ("around", "about"), ("roughly", "about"), ("approximately", "about"),
    ("some", "about"), ("an estimated", "about"), ("estimated", "about"),
)
_HEDGE_SEQ = sorted(((tuple(h.split()), k) for h, k in _HEDGES), key=lambda x: -len(x[0]))
_HEDGE_BY_LAST: dict[str, list] = {}  # last word -> the hedges ending in it, longest first
for _seq, _k in _HEDGE_SEQ:
    _HEDGE_BY_LAST.setdefault(_seq[-1], []).append((_seq, _k))

TOTAL_BEFORE = frozenset({"all", "entire", "total", "whole"})
TOTAL_AFTER = (("in", "total"), ("in", "all"), ("altogether",), ("combined",), ("overall",))
SUBSET_BEFORE = frozenset(
    "other another more additional extra further remaining only just first last next top final "
    "each every per same those these another's latest earlier previous".split())
SUBSET_AFTER = frozenset("more other others additional extra new further remaining".split())
# Words after a counted noun that restrict it to a part of the whole ("3 sites near the coast").
RESTRICT_AFTER = frozenset(
    "near with without who that which where whose outside inside within along above below aged "
    "including except among like than whom besides present attending absent remaining left voting eligible "
    "surveyed polled questioned".split())
# Words in a sentence that mark a change between two times: its figures are not one fixed count.
CHANGE = frozenset(
    "compared than rose fell increased decreased dropped climbed jumped grew doubled tripled "
    "halved rising falling increase decrease drop rise fall gain loss growth".split())
RATES = {"day": "day", "daily": "day", "week": "week", "weekly": "week", "month": "month",
         "monthly": "month", "year": "year", "annually": "year", "yearly": "year", "hour": "hour",
         "hourly": "hour", "night": "night", "season": "season"}
_RATE_INTRO = frozenset({"a", "an", "per", "each", "every"})

# Words that end the search for a counted noun.
STOP = frozenset(
    "the a an of to in on at by for from with and or but nor as than that this these those which who "
    "whom whose what when where while if is are was were be been being has have had do does did will "
    "would can could should may might must shall it its their his her our my your they he she we you i "
    "them him us me there here not no so up out off into onto about over after before since until "
    "during per cent percent each every all some any most more less many much few such only also "
    "just even still then now ago later earlier again s".split())
IRREGULAR_PLURALS = {"people": "people", "police": "police", "staff": "staff", "cattle": "cattle",
                     "personnel": "personnel", "crew": "crew", "livestock": "livestock"}
AUX = frozenset("be have do say get make include take give go come tell".split())


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int  # the number itself ("$48", "30 per cent" included; hedge excluded)
    end: int
    text: str
    value: float
    low: float
    high: float
    kind: str
    words: bool  # spelled out
    sentence: int  # index into doc.sentences
    block: int
    noun: str | None = None  # lemma of the counted noun
    noun_end: int | None = None
    hedge: str | None = None
    total: str | None = None  # "all", "in total", "the", ...
    subset: bool = False  # "other", "more", "of them", restricted after the noun, partitive
    modifiers: tuple[str, ...] = ()  # words between the number and its noun
    rate: str | None = None
    verbs: frozenset[str] = frozenset()
    tally: tuple[int, int] | None = None
    quoted: bool = False
    first: bool = False  # starts its sentence
    change: bool = False  # its sentence speaks of a change ("up from", "rose")


@cache
def _lemmas(word: str) -> dict:
    from copylint.nlp.forms import lemmas

    return lemmas(word)


def plural_noun(word: str) -> str | None:
    """The singular lemma when `word` is a plural noun, else None."""
    w = word.lower()
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    lem = _lemmas(w)
    noun = lem.get("NOUN")
    if noun:
        if noun[0] != w:
            return noun[0]
        return w if w.endswith(("ies", "es")) and "ADJ" not in lem and "VERB" not in lem else None
    if not lem and len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-3] + "y" if w.endswith("ies") else w[:-1]
    return None


def noun_lemma(word: str) -> str | None:
    lem = _lemmas(word.lower()).get("NOUN")
    return lem[0] if lem else None


def verb_lemma(word: str) -> str | None:
    w = word.lower()
    if w in STOP:
        return None
    lem = _lemmas(w)
    v = lem.get("VERB")
    if not v or v[0] in AUX:
        return None
    if "NOUN" in lem and not w.endswith("ed") or "ADJ" in lem and not w.endswith("ed"):
        return None  # "cross" the noun or the verb: only clear verb forms count
    return v[0]


def unit_of(value: float, text: str) -> float:
    """The rounding unit a figure was given to: 17,000 -> 1,000; 2,400 -> 100; 15 -> 5; 1.5m -> 100,000."""
    if value <= 0:
        return 1.0
    if value != int(value):
        return 10 ** math.floor(math.log10(value)) / 10 if "." not in text else 1.0
    v = int(value)
    unit = 1
    while v % (unit * 10) == 0:
        unit *= 10
    if (v // unit) % 5 == 0 and v // unit != 0 and unit * 5 <= v:
        unit *= 5
    return float(unit)


def hedge_range(value: float, hedge: str | None, unit: float) -> tuple[float, float]:
    if hedge is None:
        return value, value
    half = unit / 2
    if hedge == "more":
        return value, math.inf
    if hedge == "less":
        return 0.0, value
    if hedge == "near":
        return value - max(unit, value * 0.1), value
    return value - half, value + half  # about


def overlap(a: Quantity, b: Quantity) -> bool:
    """Do the ranges of two values meet? Touching ends of two 'about' ranges do not."""
    if a.low == a.high and b.low == b.high:
        return a.value == b.value
    return a.low < b.high and b.low < a.high or a.value == b.value or (
        a.low <= b.value <= a.high and a.low != a.high and b.low == b.high
    ) or (b.low <= a.value <= b.high and b.low != b.high and a.low == a.high)


def format_value(v: float) -> str:
    if v == int(v):
        return f"{int(v):,}"
    return f"{v:g}"


_YEARISH = re.compile(r"^(1[6-9]|20)\d\d$")
_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
_CLOCK = re.compile(r"^\d{1,2}:\d\d$")


def _is(tok, text: str) -> bool:
    return tok is not None and tok.lower == text


class _Scan:
    """Walks one sentence's tokens and reads the quantities in it."""

    def __init__(self, doc, si: int):
        self.doc = doc
        self.si = si
        s = doc.sentences[si]
        self.sent = s
        self.toks = doc.sentence_tokens(s)
        self.text = doc.masked
        low = [t.lower for t in self.toks]
        pairs = zip(low, [*low[1:], ""], strict=False)  # empty sentences have no pairs
        self.change = any(w in CHANGE or w in ("up", "down") and nx == "from" for w, nx in pairs)

    def tok(self, i: int):
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def joined(self, i: int) -> bool:
        """Token i touches token i-1 (no space between)."""
        return 0 < i < len(self.toks) and self.toks[i].start == self.toks[i - 1].end

    def low(self, i: int) -> str:
        t = self.tok(i)
        return t.lower if t is not None else ""

    # -- reading the number -------------------------------------------------------------------------
    def read_words(self, i: int) -> tuple[float, int] | None:
        """A spelled number starting at token i: (value, index after it)."""
        total = cur = 0
        j = i
        seen = False
        while j < len(self.toks):
            w = self.toks[j].lower
            if w in ONES:
                if seen and cur % 100 and cur % 10 == 0 and cur >= 20 and ONES[w] < 10:
                    cur += ONES[w]
                elif seen and cur % 100 != 0:
                    break
                else:
                    cur += ONES[w]
            elif w in TENS:
                if seen and cur % 100:
                    break
                cur += TENS[w]
            elif w in ("hundred",) and seen:
                cur = max(cur, 1) * 100
            elif w in SCALES and seen:
                total += max(cur, 1) * SCALES[w]
                cur = 0
            elif w == "-" and seen and self.joined(j) and j + 1 < len(self.toks) and self.joined(j + 1) \
                    and self.toks[j + 1].lower in ONES and cur % 10 == 0 and cur >= 20:
                j += 1
                continue
            elif w == "and" and seen and cur and cur % 100 == 0 and j + 1 < len(self.toks) \
                    and self.toks[j + 1].lower in (ONES.keys() | TENS.keys()):
                j += 1
                continue
            else:
                break
            seen = True
            j += 1
        if not seen:
            return None
        return float(total + cur), j

    def scan(self) -> list[Quantity]:
        out: list[Quantity] = []
        toks = self.toks
        i = 0
        while i < len(toks):
            t = toks[i]
            q = None
            if t.kind == NUMBER:
                q, nxt = self.digits(i)
            elif t.kind == WORD and (t.lower in ONES or t.lower in TENS or t.lower in ("dozen", "a")
                                     or t.lower in MULTIPLIERS or t.lower in FRACTIONS):
                q, nxt = self.spelled(i)
            if q is None:
                i += 1
                continue
            out.append(self.finish(q, i, nxt))
            i = max(nxt, i + 1)
        return out

    def digits(self, i: int):
        toks = self.toks
        t = toks[i]
        raw = t.text
        if self.joined(i) and toks[i - 1].text in ".," and i >= 2 and toks[i - 2].kind == NUMBER:
            return None, i + 1
        nxt = i + 1
        if _CLOCK.match(raw):
            return dict(kind=TIME, value=float(raw.split(":")[0]), start=t.start, end=t.end), nxt
        if raw.isdigit() and int(raw) <= 12 and self.low(nxt) in ("a", "p") and _is(self.tok(nxt + 1), "."):
            return dict(kind=TIME, value=float(raw), start=t.start, end=t.end), nxt
        if raw.isdigit() and int(raw) <= 12 and self.low(nxt) in ("am", "pm", "a.m", "p.m"):
            return dict(kind=TIME, value=float(raw), start=t.start, end=t.end), nxt
        if not _GROUPED.match(raw):
            return dict(kind=OTHER, value=0.0, start=t.start, end=t.end), nxt
        value = float(raw.replace(",", ""))
        start, end, kind = t.start, t.end, COUNT
        # ordinals and decades: 1st, 40th, 1990s
        n = self.tok(nxt)
        if n is not None and self.joined(nxt) and n.kind == WORD:
            if n.lower in ("st", "nd", "rd", "th"):
                return dict(kind=ORDINAL, value=value, start=start, end=n.end), nxt + 1
            if n.lower == "s":
                return dict(kind=YEAR, value=value, start=start, end=n.end), nxt + 1
            if n.lower in ("m", "bn", "b", "k", "km", "kg", "cm", "mm", "ft", "lb"):
                return dict(kind=OTHER, value=value, start=start, end=n.end), nxt + 1
        # tally or score: 9-4
        if (n is not None and n.text in "-–" and self.joined(nxt) and self.tok(nxt + 1) is not None
                and self.tok(nxt + 1).kind == NUMBER and self.joined(nxt + 1)
                and raw.isdigit() and toks[nxt + 1].text.isdigit() and value < 1000
                and int(toks[nxt + 1].text) < 1000):
            b = toks[nxt + 1]
            after = self.tok(nxt + 2)
            if not (after is not None and self.joined(nxt + 2) and after.text in "-–"):
                return dict(kind=TALLY, value=value, start=start, end=b.end,
                            tally=(int(value), int(b.text))), nxt + 2
        # scale words: 1.5 million, 1.5-million, 3 billion
        j = nxt
        if _is(self.tok(j), "-") and self.joined(j) and self.low(j + 1) in SCALES:
            j += 1
        if self.low(j) in SCALES and self.low(j) != "hundred" or self.low(j) == "hundred" and j == nxt:
            value *= SCALES[self.low(j)]
            end = toks[j].end
            nxt = j + 1
        money = False
        p = self.tok(i - 1)
        if p is not None and p.text in "$€£¥" and t.start == p.end:
            money = True
            start = p.start
            if self.tok(i - 2) is not None and self.toks[i - 2].text in ("C", "US", "A", "NZ", "HK") \
                    and self.toks[i - 2].end == p.start:
                start = self.toks[i - 2].start
        kind = MONEY if money else kind
        if not money and _YEARISH.match(raw) and not _is(self.tok(nxt), "%"):
            return dict(kind=YEAR, value=value, start=start, end=end), nxt
        return dict(kind=kind, value=value, start=start, end=end, unit_text=raw), nxt

    def spelled(self, i: int):
        toks = self.toks
        t = toks[i]
        w = t.lower
        if w in MULTIPLIERS:
            return dict(kind=MULTIPLIER, value=float(MULTIPLIERS[w]), start=t.start, end=t.end, words=True), i + 1
        if w == "a":
            n = self.tok(i + 1)
            if n is None:
                return None, i + 1
            if n.lower == "dozen":
                return dict(kind=COUNT, value=12.0, start=t.start, end=n.end, words=True), i + 2
            if n.lower in ("hundred", "thousand", "million", "billion") and not _is(self.tok(i + 2), "of"):
                return dict(kind=COUNT, value=float(SCALES[n.lower]), start=t.start, end=n.end, words=True), i + 2
            if n.lower in ("third", "quarter", "fifth", "tenth"):
                return dict(kind=FRACTION, value=1 / FRACTIONS[n.lower], start=t.start, end=n.end, words=True), i + 2
            return None, i + 1
        if w == "dozen" or w in FRACTIONS:
            return None, i + 1
        r = self.read_words(i)
        if r is None:
            return None, i + 1
        value, nxt = r
        end = toks[nxt - 1].end
        # fractions: two-thirds, three quarters
        j = nxt
        if _is(self.tok(j), "-") and self.joined(j) and self.low(j + 1) in FRACTIONS:
            j += 1
        if self.low(j) in FRACTIONS and (j > nxt or self.low(j).endswith("s")):
            return dict(kind=FRACTION, value=value / FRACTIONS[self.low(j)], start=t.start, end=toks[j].end,
                        words=True), j + 1
        if value == 0 and w == "zero":
            return None, nxt
        return dict(kind=COUNT, value=value, start=t.start, end=end, words=True), nxt

    # -- what the number is and counts -----------------------------------------------------------
    def finish(self, q: dict, i: int, nxt: int) -> Quantity:
        toks = self.toks
        kind = q["kind"]
        value = q["value"]
        start, end = q["start"], q["end"]
        words = q.get("words", False)
        noun = noun_end = None
        total = None
        subset = False
        modifiers: list[str] = []
        rate = None
        hedge = None
        n0 = self.tok(nxt)
        # units right after the number
        if kind in (COUNT, MONEY) and n0 is not None:
            if n0.text == "%" and self.joined(nxt):
                kind, end, nxt = PERCENT, n0.end, nxt + 1
            elif n0.lower == "percent" or (n0.lower == "per" and self.low(nxt + 1) == "cent"):
                last = nxt if n0.lower == "percent" else nxt + 1
                kind, end, nxt = PERCENT, toks[last].end, last + 1
                if self.low(nxt) == "points" or self.low(nxt) == "point":
                    kind = OTHER
            elif n0.lower in ("percentage",):
                kind = OTHER
        # compounds and ages: 55-minute, 33-year-old, 18-month
        if kind == COUNT and n0 is not None and n0.text == "-" and self.joined(nxt) and self.joined(nxt + 1):
            u = self.tok(nxt + 1)
            if u is not None and u.kind == WORD:
                if u.lower in ("year", "years") and _is(self.tok(nxt + 2), "-") \
                        and self.low(nxt + 3) in ("old", "olds"):
                    kind, end, nxt = AGE, toks[nxt + 3].end, nxt + 4
                else:
                    kind = COMPOUND
                    noun = noun_lemma(u.lower) or u.lower
                    end, nxt = u.end, nxt + 2
        if kind == COUNT and self.low(nxt) in ("years", "year") and self.low(nxt + 1) == "old":
            kind = AGE
        if kind == COUNT and self.low(i - 1) in ("aged", "age") and value < 120:
            kind = AGE
        if kind == COUNT and self.low(nxt) in ("years", "year") \
                and self.low(nxt + 1) in ("ago", "earlier", "later", "before", "after"):
            kind = AGO
            noun = "year"
            noun_end = toks[nxt + 1].end
        # hedge before the number (the "$" of money already in the span)
        b = i - 1 if toks[i].start == start else i - 2
        if toks[i].start != start and self.tok(i - 2) is not None and self.toks[i - 2].start == start:
            b = i - 3
        back = b
        for seq, hk in _HEDGE_BY_LAST.get(self.low(back), ()):
            k = len(seq)
            if back - k + 1 >= 0 and tuple(self.low(back - k + 1 + m) for m in range(k)) == seq:
                if seq == ("some",) and not (kind in (COUNT, MONEY, PERCENT) and value >= 10):
                    continue
                if seq in (("over",), ("under",)) and self.low(back - 1) in ("from", "to", "be", "is"):
                    continue
                hedge = hk
                back -= k
                break
        # total and subset words before
        before = self.low(back)
        if before in TOTAL_BEFORE or (before == "of" and self.low(back - 1) == "total"):
            total = before if before != "of" else "a total of"
        elif before == "the" and kind in (COUNT,):
            total = "the"
        elif before in SUBSET_BEFORE:
            subset = True
        if self.low(back - 1) in SUBSET_BEFORE and before in ("the", "of"):
            subset = True
        near = [self.low(back - m) for m in range(4)]
        if any(w in ("those", "them", "these", "which", "whom") for w in near) \
                and any(w in ("of", "among") for w in near):
            subset = True  # "Of those, 24 shelters had power"
        if before in ("of", "among", "from") and self.low(back - 1) in ("one", "two", "three", "some", "most",
                                                                          "many", "none", "half", "all", "each"):
            subset = True
        # counted noun: skip modifiers, stop at function words
        if kind in (COUNT, MONEY) and noun is None:
            j = nxt
            if self.low(j) == "of":
                subset = True  # partitive: "two of its supports"
                j += 1
                while self.low(j) in ("the", "its", "their", "his", "her", "our", "these", "those", "them",
                                      "whom", "which", "us"):
                    j += 1
            if self.low(j) in SUBSET_AFTER:
                subset = True
            steps = 0
            while j < len(toks) and steps < 4:
                u = toks[j]
                if u.kind == PUNCT:
                    if u.text == "-" and self.joined(j) and self.joined(j + 1):
                        j += 1
                        continue
                    break
                if u.kind != WORD or u.lower in STOP or u.lower in SCALES:
                    break
                lem = plural_noun(u.text) if value != 1 else noun_lemma(u.text)
                if lem is not None and not (j + 1 < len(toks) and toks[j + 1].text == "-" and self.joined(j + 1)):
                    nxt2 = self.tok(j + 1)
                    # a noun used as a modifier: "12 snow samples"
                    if nxt2 is not None and nxt2.kind == WORD and plural_noun(nxt2.text) and steps < 3 \
                            and nxt2.lower not in STOP and value != 1:
                        modifiers.append(u.lower)
                        j += 1
                        steps += 1
                        continue
                    noun, noun_end = lem, u.end
                    break
                modifiers.append(u.lower)
                j += 1
                steps += 1
            if noun is not None:
                k = toks.index(next(x for x in toks if x.end == noun_end)) + 1
                if (self.low(k) in RESTRICT_AFTER or self.low(k) == "of" and value != 1) \
                        and total not in TOTAL_BEFORE \
                        and not (total == "the" and self.low(k) in ("who", "that", "which", "whom", "whose")):
                    subset = True  # "3 sites near the coast"; "all 25 (the 25) miners who died" stays whole
                for tail in TOTAL_AFTER:
                    if tuple(self.low(k + m) for m in range(len(tail))) == tail:
                        total = " ".join(tail)
                # rate within the next few words: "vehicles a day", "cross the bridge each day"
                for m in range(k, min(k + 7, len(toks))):
                    w = toks[m].lower
                    if w in ("daily", "annually", "weekly", "monthly", "hourly", "yearly") \
                            or w in RATES and self.low(m - 1) in _RATE_INTRO:
                        rate = RATES[w]
                        break
                    if toks[m].text in ",;:" or w in ("but", "and", "while"):
                        break
        verbs = set()
        lo = max(0, back - 5)
        for m in range(back, lo - 1, -1):
            w = toks[m]
            if w.text in ",;:()" or w.kind == NUMBER:
                break
            v = verb_lemma(w.text) if w.kind == WORD else None
            if v:
                verbs.add(v)
        if noun_end is not None:
            k = next(m for m in range(len(toks)) if toks[m].end == noun_end) + 1
            for m in range(k, min(k + 3, len(toks))):
                w = toks[m]
                if w.kind != WORD:
                    break
                v = verb_lemma(w.text)
                if v:
                    verbs.add(v)
        unit = unit_of(value, q.get("unit_text", ""))
        low, high = hedge_range(value, hedge, unit)
        quoted = self.doc.in_quote(start, end)
        return Quantity(
            start=start, end=end, text=self.doc.text[start:end], value=value, low=low, high=high,
            kind=kind, words=words, sentence=self.si, block=self.sent.block, noun=noun,
            noun_end=noun_end, hedge=hedge, total=total, subset=subset, modifiers=tuple(modifiers),
            rate=rate, verbs=frozenset(verbs), tally=q.get("tally"), quoted=quoted,
            first=toks[0].start == start, change=self.change,
        )


def ledger(doc) -> tuple[Quantity, ...]:
    """Every quantity in the document, in order. Computed once per document."""
    return doc.memo("numbers.ledger", _ledger)


def _ledger(doc) -> tuple[Quantity, ...]:
    out: list[Quantity] = []
    for si in range(len(doc.sentences)):
        out.extend(_Scan(doc, si).scan())
    return tuple(_resolve(out))


def _resolve(qs: list[Quantity]) -> list[Quantity]:
    """Give "all 14" with no noun the noun of the latest count in the three sentences before."""
    from dataclasses import replace

    last: Quantity | None = None
    out = []
    for q in qs:
        if q.kind == COUNT and q.noun is None and q.total == "all" and last is not None \
                and q.sentence - last.sentence <= 3:
            q = replace(q, noun=last.noun, modifiers=last.modifiers)
        if q.kind == COUNT and q.noun is not None and not q.subset:
            last = q
        out.append(q)
    return out


def spell(n: int) -> str | None:
    """One to ninety-nine in words."""
    if n in WORD_FORMS:
        return WORD_FORMS[n]
    if 20 <= n < 100:
        tens = {v: k for k, v in TENS.items()}[n // 10 * 10]
        return tens if n % 10 == 0 else f"{tens}-{WORD_FORMS[n % 10]}"
    return None
