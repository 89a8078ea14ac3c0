"""numbers.percent-change: a change against its two values ("enrolment jumped 40 per cent, to 1,150 from
920"; "a fare of $4.25, up from $3.95, an increase of about 12 per cent"; "fell to 1,150 from 920")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.figures import INF, Measure, format_value, rounding
from copylint.nlp.ledger import Role
from copylint.nlp.lexicon import verb_tags

UP = frozenset("up rose rise rises rising risen increase increased increases increasing jump jumped jumps climb "
               "climbed climbs grew grow grows growing gain gained gains soar soared surge surged higher more "
               "boost boosted raise raised hike hiked".split())
DOWN = frozenset("down fell fall falls falling fallen decrease decreased decreases decline declined declines drop "
                 "dropped drops plunge plunged slump slumped cut cuts shrank shrink shrunk lower lowered less fewer "
                 "slipped "
                 "slip tumbled tumble reduced reduction dip dipped slid slide lost".split())
_THAT = frozenset({"that", "this", "it", "which"})
_CHANGE_NOUNS = frozenset("increase rise gain jump drop decline fall decrease change cut growth".split())


def _restates(words: list[str]) -> bool:
    """A sentence that states the change of the one before: "That is an increase of 25 per cent", "The
    increase was 25 per cent" (not "The Greens are on 12 per cent")."""
    return bool(words) and (words[0] in _THAT and words[1:2] and words[1] in ("is", "was", "'s", "’s", "marks",
                                                                             "marked", "represents", "represented")
                            or words[0] == "the" and _change_phrase(words[1:]))


def _change_phrase(words: list[str]) -> bool:
    """ "increase was", "0.2 percentage-point jump": a change noun, perhaps after its figure and unit."""
    k = 0
    if words[:1] and words[0][:1].isdigit():
        k = 1
        while k < len(words) and words[k] in ("percentage", "-", "point", "points", "per", "cent", "%", "percent"):
            k += 1
    return k < len(words) and words[k] in _CHANGE_NOUNS


def span(m) -> tuple[float, float]:
    """The values a figure stands for, its rounding included ("1.2 million": 1.15 to 1.25 million)."""
    if not m.exact:
        return m.low, m.high
    digits = "".join(c for c in m.text if c.isdigit() or c in ".,").strip(".,")
    written = float(digits.replace(",", "")) if digits and not m.words else m.value
    scale = m.value / written if written else 1.0
    if m.measure in (Measure.PERCENT, Measure.POINTS) and "." not in digits:
        return m.value - 0.5, m.value + 0.5  # "20 per cent" is a whole per cent, not a round figure
    if "." in digits:
        unit = 10.0 ** -len(digits.split(".")[1]) * scale  # "1.2 million": to the 100,000
    elif scale > 1:
        unit = scale  # "20 million": to the million
    else:
        unit = rounding(abs(m.value), digits)  # "17,000": to the thousand; "920": exact
    if unit <= 1 and m.value == int(m.value):
        return m.value, m.value
    return m.value - unit / 2, m.value + unit / 2


def _plain(m) -> bool:
    """Written in whole figures, no scale word or decimal: "14,500", "10,000"."""
    return m.exact and not m.words and m.text.replace(",", "").lstrip("$£€").isdigit()


def _pair_spans(a, b) -> tuple[tuple[float, float], tuple[float, float]]:
    """The two ends of a change. Two plain figures are read to the finer one's rounding: in "to 14,500 from
    10,000" the 10,000 is not any figure from 5,000 to 15,000."""
    sa, sb = span(a), span(b)
    if _plain(a) and _plain(b):
        unit = min(sa[1] - sa[0], sb[1] - sb[0])
        sa = (a.value - unit / 2, a.value + unit / 2) if unit else (a.value, a.value)
        sb = (b.value - unit / 2, b.value + unit / 2) if unit else (b.value, b.value)
    return sa, sb


def change_range(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float] | None:
    """The per cent change from b to a over the rounding of both."""
    if b[0] <= 0:
        return None
    corners = [(x - y) / y * 100 for x in a for y in b if y > 0]
    return min(corners), max(corners)


class PercentChange:
    meta = Meta(
        id="numbers.percent-change",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="A stated change does not fit the two values it is between.",
        description=(
            "Reads changes with both values in one sentence ('jumped 40 per cent, to 1,150 from 920'; 'from 920 "
            "to 1,150, an increase of 25 per cent'; '$4.25, up from $3.95, an increase of about 12 per cent'; "
            "'rose 3 points to 45% from 42%'; 'doubled from 20 to 50'), or with the change in the next sentence "
            "('That is an increase of 25 per cent'). Flags a percentage, a point change, an amount or a multiple "
            "that the two values cannot give, after the rounding of all three and any hedge ('about', 'more "
            "than'), and a direction ('fell') that the values contradict. A change in per cent of two "
            "percentages may be read as points or as per cent."
        ),
        bad=(
            Example("The population reached 41,651,653 on July 1, up from 41,288,599 a year earlier. That is an "
                    "increase of 363,054 people, or [[1.9 per cent]], compared with growth of 3.0 per cent in the "
                    "previous 12 months."),
            Example("Net income climbed [[28 per cent]] to $448 million, or $1.12 a share, in the 12 weeks ended "
                    "Oct. 5, from $380 million, or 94 cents a share, a year earlier."),
            Example("Offload delays rose [[35 per cent]], to 1,550 hours in January from 1,240 hours a year "
                    "earlier."),
            Example("The average residential tax bill will rise by $148, or [[3.4 per cent]], to $3,943 from $3,795."),
            Example("Enrolment jumped [[40 per cent]], to 1,150 from 920."),
            Example("The fare is $4.25, up from $3.95, an increase of about [[12 per cent]]."),
            Example("Support rose [[5 points]] to 45 per cent from 42 per cent."),
            Example("Ridership [[fell]] to 1,150 a day from 920."),
            Example("Sales [[doubled]] from 20 million to 31 million."),
            Example("It took 115 years for the older population of France to [[double]] from 5% to 14%."),
            Example("Of those, 46,350 had waited more than 18 weeks, compared with 41,200 in October, an increase of "
                    "[[15.2 per cent]]."),
            Example("The share rose from 20 per cent in the 2018 survey to 29 per cent in the latest one, an "
                    "increase of [[54 per cent]]."),
            Example("There has been a drop in deaths among under-fives of nearly [[60%]], from 13.9 million in 1970 to "
                    "6.8 million in 2010."),
            Example("The police budget rises [[6.2 per cent]], to $104.5 million from $97.4 million."),
            Example("The outpatient list stood at 472,305, down [[4.1 per cent]] from 487,400 in January 2024."),
            Example("The party says its membership rose [[35 per cent]] in the year to September, to 14,500 from "
                    "10,000."),
            Example("Spending on adult social care will rise [[12%]], from £142.0m this year to £163.3m in 2025-26."),
        ),
        good=(
            Example("The owner of a home valued at $250,000 will pay about $1,845 in city property taxes next year, up "
                    "$36 from $1,809 this year."),
            Example("The population reached 41,651,653 on July 1, up from 41,288,599 a year earlier. That is an "
                    "increase of 363,054 people, or 0.9 per cent, compared with growth of 3.0 per cent in the "
                    "previous 12 months."),
            Example("Net income climbed 18 per cent to $448 million, or $1.12 a share, in the 12 weeks ended "
                    "Oct. 5, from $380 million, or 94 cents a share, a year earlier."),
            Example("Offload delays rose 25 per cent, to 1,550 hours in January from 1,240 hours a year "
                    "earlier."),
            Example("The average residential tax bill will rise by $148, or 3.9 per cent, to $3,943 from $3,795."),
            Example("Enrolment jumped 25 per cent, to 1,150 from 920."),
            Example("The fare is $4.25, up from $3.95, an increase of about 8 per cent."),
            Example("Support rose 3 points to 45 per cent from 42 per cent."),
            Example("Support rose 7 per cent to 45 per cent from 42 per cent."),
            Example("Sales doubled from 20 million to 41 million."),
            Example("Support rose from 20% to 29%, a 44% increase, as the unrounded figures give."),
            Example("Profit rose 12 per cent to $1.2 billion from $1.1 billion."),
            Example("The population grew to 1,150 from 920 in 2010, and jobs rose 40 per cent."),
            Example("Opponents argued the tax would hurt small employers. Their campaign raised about $1.9 million, "
                    "compared with $4.8 million for supporters."),
            Example("The company earned $214.6 million, or $1.38 a share, in the quarter, up from $187.2 million, or "
                    "$1.19 a share, a year earlier."),
            Example("There has been a drop in deaths among under-fives of more than 50%, from 13.9 million in 1970 to "
                    "6.8 million in 2010."),
            Example("The police budget rises 7.3 per cent, to $104.5 million from $97.4 million."),
            Example("The group now employs about 7,400 people at 22 plants, up from 6,900 a year earlier."),
            Example("The agricultural unit was the only one to grow, with sales rising 2.5 percent to 2.05 billion "
                    "euros from 2.00 billion."),
            Example("The outpatient list stood at 472,305, down 3.1 per cent from 487,400 in January 2024."),
            Example("The win takes Northvale to 41 points from 16 matches, up from 36."),
            Example("The party says its membership rose 45 per cent in the year to September, to 14,500 from "
                    "10,000."),
            Example("Spending on adult social care will rise 15%, from £142.0m this year to £163.3m in 2025-26."),
        ),
    )

    def check(self, doc, ctx):
        led = doc.ledger
        for si in range(len(doc.sentences)):
            ms = [m for m in led.in_sentence(si) if not m.quoted]
            froms = [m for m in ms if m.role in (Role.FROM, Role.COMPARE) and m.measure in _VALUES]
            if "respectively" in led.sentence_words(si):
                continue  # "at 29% and 52%, compared with 33% and 47%, respectively": which pairs with which
            for b in froms:
                if b.role == Role.COMPARE and _for_another(doc, b):
                    continue
                a = self._new_value(doc, ms, b)
                if a is None:
                    continue
                words = led.sentence_words(si)
                yield from self._direction(doc, led, si, a, b)
                x = self._change(doc, ms, a, b)
                for sj in range(si + 1, min(len(doc.sentences), si + 3)):
                    if x is not None or doc.sentences[sj].block - doc.sentences[si].block > 1:
                        break
                    nxt = [m for m in led.in_sentence(sj) if not m.quoted]
                    if any(m.role in (Role.FROM, Role.TO) for m in nxt):
                        break  # another change
                    if _restates(led.sentence_words(sj)):  # "That is an increase of 25 per cent."
                        x = next((m for m in nxt if m.measure in (Measure.PERCENT, Measure.POINTS) and (
                            m.role == Role.BY or m.thing in _CHANGE_NOUNS)), None)
                if x is not None:
                    yield from self._amount(doc, x, a, b, words)
                break

    @staticmethod
    def _new_value(doc, ms, b):
        """The value a change goes to: "to 1,150", or the figure of the same measure before "up from"."""
        same = [m for m in ms if m is not b and m.measure == b.measure and m.unit == b.unit and not _apart(doc, m, b)]
        to = [m for m in same if m.role == Role.TO]
        if to:
            return min(to, key=lambda m: abs(m.first - b.first))
        before = [m for m in same if m.first < b.first and m.role in (Role.PLAIN, Role.TOTAL, Role.RATE, Role.RUNNING)
                  or m.first < b.first and m.role == Role.PART and b.role == Role.COMPARE and b.first >= 2
                  and [t.lower for t in doc.tokens[b.first - 2:b.first]] == ["compared", "with"]]
        # ("Of those, 46,350 had waited ..., compared with 41,200")
        toks = doc.tokens
        before = [m for m in before if not (m.role == Role.RATE and m.first >= 2 and toks[m.first - 1].lower == "or"
                                            and b.role != Role.RATE)  # "$214.6 million, or $1.38 a share, up from"
                  and (b.value == 0 or 0.05 <= m.value / b.value <= 20)]  # not "at 22 plants, up from 6,900"
        free = [m for m in before if not m.first or toks[m.first - 1].lower not in ("from", "in", "of", "after")]
        before = free or before  # "takes Northvale to 41 points from 16 matches, up from 36": the 41
        return before[-1] if before else None  # "bringing its total to 412, up from 389"

    @staticmethod
    def _change(doc, ms, a, b):
        """The change stated with them in their clause: "40 per cent", "3 points", "up 230", "doubled"."""
        by = [m for m in ms if m.role == Role.BY and m not in (a, b) and (
            m.measure in (Measure.PERCENT, Measure.POINTS) or m.measure == a.measure and m.unit == a.unit)]
        by += [m for m in ms if m.measure == Measure.MULTIPLIER and m.text.lower() in _MULTIPLES]
        by = [m for m in by if not _apart(doc, m, a) or not _apart(doc, m, b)]
        if not by:
            return None
        return min(by, key=lambda m: min(abs(m.first - a.first), abs(m.first - b.first)))

    def _direction(self, doc, led, si, a, b):
        toks = doc.tokens
        s = doc.sentences[si]
        first = min(a.first, b.first)
        verbs = [k for k in range(max(s.first, first - 8), max(a.last, b.last)) if toks[k].lower in UP | DOWN
                 and not (toks[k].lower in ("more", "less", "fewer", "higher", "lower") and k < first)]
        if not verbs:
            return
        before = [k for k in verbs if k < first]
        k = before[-1] if before else verbs[0]  # "June's gain was lowered to 179,000": the verb nearest
        word = toks[k].lower
        (a0, a1), (b0, b1) = span(a), span(b)
        if word in UP and a1 < b0 or word in DOWN and a0 > b1:
            went = "fell" if a1 < b0 else "rose"
            yield Finding(toks[k].start, toks[k].end, f"'{toks[k].text}', but the figures {went}: {a.text} "
                          f"from {b.text}. Check the direction or the figures.",
                          related=(Related(b.start, b.end, b.text),))

    def _amount(self, doc, x, a, b, words):
        sa, sb = _pair_spans(a, b)
        down = any(w in DOWN for w in words) and not any(w in UP for w in words)
        if x.measure == Measure.MULTIPLIER:
            want = _MULTIPLES[x.text.lower()]
            got = (sa[0] / sb[1], sa[1] / sb[0]) if sb[0] > 0 else None
            if got and (got[1] < want * 0.9 or got[0] > want * 1.1):
                yield self._finding(doc, x, a, b, f"{format_value(round(a.value / b.value, 2))} times")
            return
        xs = self._stated(x)
        if x.measure == Measure.PERCENT and a.measure != Measure.PERCENT or x.measure == Measure.PERCENT and \
                a.measure == Measure.PERCENT:
            got = change_range(sa, sb)
            if got is None:
                return
            fits = _meets(_magnitude(*got), xs)
            if a.measure == Measure.PERCENT:
                fits = fits or _meets((abs(sa[0] - sb[1]), abs(sa[1] - sb[0])), xs)  # points written as per cent
            if not fits:
                shown = (a.value - b.value) / b.value * 100
                places = len(x.text.split(".")[1].split()[0].rstrip("%")) if "." in x.text.split()[0] else 0
                yield self._finding(doc, x, a, b, f"{format_value(round(abs(shown), min(places, 1)))} per cent")
                # (to the stated figure's precision: "3.4 per cent", but $3,795 to $3,943 is 3.9)
        elif x.measure == Measure.POINTS and a.measure == Measure.PERCENT:
            diff = _gap(sa, sb)
            if _decimals(a.text) == _decimals(b.text) == _decimals(x.text):
                d = round(abs(a.value - b.value), 6)  # published to one precision: the change is their difference
                diff = (d, d)
            if not _meets(diff, xs):
                yield self._finding(doc, x, a, b, f"{format_value(round(abs(a.value - b.value), 1))} points")
        elif x.measure == a.measure and x.unit == a.unit and x.measure != Measure.PERCENT:
            diff = _gap(sa, sb)
            if not _meets(diff, xs) and not down * 0:
                yield self._finding(doc, x, a, b, format_value(abs(a.value - b.value)))

    @staticmethod
    def _stated(x) -> tuple[float, float]:
        """The range a stated change allows: its rounding, and a hedge ("about 12 per cent": 10 to 14)."""
        v = abs(x.value)
        if x.hedge == "about":
            return v - max(2.0, v * 0.15), v + max(2.0, v * 0.15)
        if x.hedge == "more":
            return v, INF
        if x.hedge == "less":
            return 0.0, v
        if x.hedge == "near":
            return v * 0.88, v  # "nearly 60%" is not 51
        half = 0.5 * 10.0 ** -len(x.text.split(".")[1].split()[0].rstrip("%")) if "." in x.text else 0.5
        return v - half - v * 0.03, v + half + v * 0.03

    @staticmethod
    def _finding(doc, x, a, b, actual: str):
        stated = doc.text[x.start:x.phrase_end]
        return Finding(x.start, x.phrase_end, f"'{stated}', but {b.text} to {a.text} is {actual}: check the change "
                       "or the figures.", related=(Related(b.start, b.end, b.text), Related(a.start, a.end, a.text)))


_VALUES = frozenset({Measure.COUNT, Measure.MONEY, Measure.PERCENT, Measure.DIMENSION, Measure.TEMPERATURE,
                     Measure.DURATION})
_MULTIPLES = {"doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0, "halved": 0.5, "double": 2.0, "triple": 3.0}


def _for_another(doc, m) -> bool:
    """ "raised about $1.9 million, compared with $4.8 million for supporters": another holder's figure, not
    an earlier one ("compared with $4.8 million for the same quarter last year")."""
    toks = doc.tokens
    k = m.last
    if k + 1 >= len(toks) or toks[k].lower not in ("for", "by", "among", "at"):
        return False
    ahead = toks[k + 1:k + 4]
    return not any(t.kind == "number" or t.lower in _TIMES for t in ahead)


_TIMES = frozenset("year years quarter quarters period month months week weeks season seasons time day days "
                   "last previous prior same earlier".split())


def _apart(doc, x, y) -> bool:
    """Two figures in different clauses of a sentence: a semicolon, or ", and", ", but", ", while" followed
    by a new subject, between them."""
    toks = doc.tokens
    lo, hi = sorted((x.last, y.first)) if x.first < y.first else sorted((y.last, x.first))
    for k in range(lo, hi):
        if toks[k].text == ";":
            return True
        if toks[k].lower in ("while", "whereas", "but") and k > lo:
            return True  # "down 5.7 points from 32.1%, while the disapproval rate rose to 58.9%"
        if toks[k].lower == "and" and k + 1 < hi and verb_tags(toks[k + 1].lower) & {"VBZ", "VBD"} and \
                not verb_tags(toks[k + 1].lower) & {"NN", "NNS"}:
            return True  # "increases health spending by 6.2 per cent and projects a deficit of $796 million"
        if toks[k].text == "," and k + 2 < len(toks) and toks[k + 1].lower == "and" \
                and toks[k + 2].kind == "word" and toks[k + 2].lower not in ("up", "down", "an", "a", "from"):
            return True
    return False


def _decimals(text: str) -> int:
    digits = text.split()[0].rstrip("%")
    return len(digits.split(".")[1]) if "." in digits else 0


def _meets(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _gap(sa: tuple[float, float], sb: tuple[float, float]) -> tuple[float, float]:
    """How far apart two values given as ranges can be ("about $1,845, up $36 from $1,809")."""
    return _magnitude(sa[0] - sb[1], sa[1] - sb[0])


def _magnitude(lo: float, hi: float) -> tuple[float, float]:
    """The size of a change that lies between lo and hi, either way: from 0 when the range holds no change."""
    if lo < 0 < hi:
        return 0.0, max(-lo, hi)
    return min(abs(lo), abs(hi)), max(abs(lo), abs(hi))
