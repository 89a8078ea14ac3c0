"""numbers.style: a number written against the house style: "4 nurses" and "twelve years" where one to nine
are spelled out and 10 and up are figures (AP and CP); a time, an age, a vote or a percentage in words; a
sentence that starts with a figure."""

from __future__ import annotations

import re

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.figures import Measure, spell
from copylint.nlp.ledger import Role
from copylint.nlp.tokens import NUMBER

# Counted things that take figures in both styles: measures, sports statistics, scores.
FIGURES = frozenset(
    "metre meter kilometre kilometer km foot feet inch mile kilogram kg pound tonne ton litre liter degree point "
    "kilolitre kilolitre millilitre gallon barrel ounce gram milligram megawatt gigawatt kilowatt watt volt byte "
    "gigabyte megabyte terabyte calorie centimetre millimetre knot "
    "goal run percent dollar cent second minute hour yard lap inning rebound assist hectare acre storey story "
    "vote seat delegate stroke wicket try basket shot save hit strikeout touchdown sack pass ace set game "
    "times".split())
_TIME_BEFORE = frozenset({"at", "until", "till", "by", "before", "after", "from", "to", "past"})
_TIME_AFTER = frozenset({"o'clock", "o’clock", "a.m", "p.m", "am", "pm", "tonight", "tomorrow", "sharp"})
_NAMES = frozenset({"no", "number", "grade", "page", "level", "highway", "route", "chapter", "section", "article",
                    "room", "ward", "district", "platform", "gate", "category", "phase", "stage", "act", "bill",
                    "season", "episode", "volume", "part", "item", "exit", "floor", "unit", "apartment", "suite",
                    "tier", "game", "round", "week", "day", "lane", "terminal", "line", "type", "version", "class",
                    "division", "zone", "pier", "berth", "track", "step", "figure", "table", "option", "proposition"})


# Numbers of a range the article must write one way before one written the other way is flagged.
MIN_SMALL = 1
MIN_BIG = 2


def _kind(m) -> str:
    return m.unit if m.measure in (Measure.DURATION, Measure.RELATIVE) else m.cls or ""


def _hyphenated(doc, m) -> bool:
    return "-" in doc.text[m.start:m.end]


class NumberStyle:
    meta = Meta(
        id="numbers.style",
        category=Category.NUMBERS,
        severity=Severity.WARNING,
        summary="A number is written against the house style.",
        description=(
            "By `number-style` (ap or cp), or, when none is set, by the article's own practice: one to nine "
            "spelled out and 10 and up in figures; figures for ages, percentages, money, measures, times, "
            "dates, scores and votes whatever their size (CP spells out ages below 10 unless they follow a name); "
            "'3 in 10' in AP, 'three in 10' in CP; a figure that starts a sentence spelled out (a year excepted). "
            "Without a configured style, a figure below 10 is flagged only in an article that spells out other "
            "numbers below 10, and a spelled number from 10 up only in one that writes others in figures. Names "
            "and sequences ('No. 3', 'Highway 7'), headlines, quotations, ranges across ten ('eight to 12') and "
            "casual round words ('a hundred') are left alone."
        ),
        bad=(
            Example("Horizon hired six nurses last year.\n\nHorizon said [[4]] nurses will start in May.", fix="four"),
            Example("He served [[twelve]] years in the army and 21 years in the navy.", fix="12"),
            Example("“I leave at 6:30 now instead of [[seven]],” he said.", fix="7"),
            Example("[[12]] people were hurt, and three were taken to hospital."),
        ),
        good=(
            Example("Brooks made 9 of 15 shots from the field and 4 of 5 free throws. He had six rebounds, five "
                    "assists and four steals, and three teammates scored in double figures."),
            Example("Central Catholic won 61-56. Brooks had six rebounds, five assists and four steals.\n\n"
                    "3-point goals: Westfield 8 (Mitchell 3, Hartley 3, Ross 2); "
                    "Central Catholic 7 (Tate 4, Brooks 2, Nguyen 1)."),
            Example("Horizon hired six nurses last year and 12 nurses this year."),
            Example("The 6-foot wall stood for six years at 7 Main St."),
            Example("Seven people were hurt at 7:15 on Highway 7, police said."),
            Example("She ran 5 kilometres in six weeks, and scored 3 goals in 2 games."),
            Example("Between eight and 12 people were hurt."),
            Example("They slept 6 hours 24 minutes, against 7 hours 4 minutes for the others, over three weeks."),
            Example("About 30 people came, and three of them stayed."),
            Example("The median wait fell to 3.2 hours from 4.0 hours, and three hospitals met the target."),
        ),
    )

    def check(self, doc, ctx):
        style = ctx.number_style
        led = doc.ledger
        counts = [m for m in led.of(Measure.COUNT, Measure.DURATION, Measure.RELATIVE, Measure.ORDINAL)
                  if self._counted(doc, led, m)]
        small_words = sum(1 for m in counts if m.words and 2 <= m.value <= 9 and not m.initial)
        small_figures = sum(1 for m in counts if not m.words and 1 <= m.value <= 9)
        big_figures = sum(1 for m in counts if not m.words and 11 <= m.value <= 99)
        big_words = sum(1 for m in counts if m.words and 11 <= m.value <= 99 and not m.initial)
        # Without a configured style, the article's own practice: a number is flagged only when the article
        # writes at least two others of its range the other way, and more of them ("ten" is left to the writer).
        # ... and a lone small figure in prose is a slip in every prose style ("wrote her memoirs in 2 volumes")
        lone = small_figures == 1 and not any(not m.words and m.value == 1 for m in counts)
        spells_small = small_words >= MIN_SMALL and small_words > small_figures - 1 or lone
        figures_big = big_figures >= MIN_BIG and big_figures > big_words - 1
        # ... or writes the same kind of thing the other way ("six nurses" and "4 nurses")
        small_kinds = {_kind(m) for m in counts if m.words and 2 <= m.value <= 9 and not m.initial}
        big_kinds = {_kind(m) for m in counts if not m.words and 11 <= m.value <= 99}
        for m in counts:
            n = int(m.value)
            figure = doc.text[m.start:m.end].split()[0].rstrip("-")
            if m.measure == Measure.ORDINAL and not (m.words and m.value >= 11):
                continue  # "fifth" and "5th" are both at home in names and dates; "eleventh" is not AP or CP
            if not m.words and 1 <= m.value <= 9 and not m.initial:
                if style or spells_small or _kind(m) in small_kinds:
                    fix = _ORDINALS[n] if m.measure == Measure.ORDINAL else spell(n)
                    yield Finding(m.start, m.start + len(figure), f"'{figure}' in figures: one to nine are spelled "
                                  f"out ('{fix}').", (fix,))
            elif m.words and 10 <= m.value <= 99 and not m.initial and (m.exact or m.hedge is not None) \
                    and "dozen" not in m.text.lower() and "score" not in m.text.lower():
                if style or (figures_big or _kind(m) in big_kinds) and m.value != 10:
                    fix = _nth(n) if m.measure == Measure.ORDINAL else str(n)
                    end = m.start + len(figure) if m.measure != Measure.COUNT else m.end
                    yield Finding(m.start, end, f"'{doc.text[m.start:end]}' in words: 10 and up are written in "
                                  f"figures ('{fix}').", (fix,))
        yield from self._starts(doc, led)
        yield from self._percent_words(led, style)
        yield from self._times(doc, led)
        yield from self._ratios(doc, led, style)

    @staticmethod
    def _counted(doc, led, m) -> bool:
        """A number the one-to-nine rule applies to: a count of things, a span of time ("five days",
        "12 years ago") or an order ("third", "11th") in running prose."""
        if m.quoted or m.headline or m.named or m.value != int(m.value) or not m.words and "." in m.text:
            return False  # ("4.0 hours": a measurement to a decimal place is in figures)
        toks = doc.tokens
        nxt = toks[m.last] if m.last < len(toks) else None
        after = [t.lower for t in toks[m.last:m.last + 2]]
        if nxt is not None and (after[:1] == ["old"] or after == ["of", "age"]) and m.measure == Measure.DURATION or \
                nxt is not None and nxt.text[:1].isupper() and not m.words:
            return False  # "under 5 years of age" is an age; "1 Central Park West" an address
        if m.measure in (Measure.DURATION, Measure.RELATIVE):
            if m.unit not in ("year", "month", "week", "day", "decade", "century", "hour", "minute", "second") or \
                    m.words and m.value == 1:
                return False
        elif m.measure == Measure.ORDINAL:
            after = doc.tokens[m.last].lower if m.last < len(doc.tokens) else ""
            if after in ("century", "centuries", "of", "-") or m.text[:1].isupper() and not m.initial:
                return False  # "the 21st century", "the 3rd of May", "Fifth Avenue"
        elif m.thing is None or m.thing in FIGURES or m.cls in FIGURES or m.elided or m.role == Role.BASE:
            return False
        if m.compound is not None or _hyphenated(doc, m) and m.words is False:
            return False
        if not m.words and m.value < 10 and (
                m.last + 1 < len(toks) and toks[m.last].lower == "of" and toks[m.last + 1].kind == NUMBER
                or m.first >= 2 and toks[m.first - 1].lower == "of" and toks[m.first - 2].kind == NUMBER):
            return False  # "made 9 of 15 shots", "2 of 4 from 3-point range": a statistic, in figures
        prev = toks[m.first - 1] if m.first else None
        if prev is not None and (prev.lower in _NAMES or prev.text in ("#", "№")):
            return False
        if m.measure == Measure.DURATION and m.first >= 2 and prev.lower.rstrip("s") in (
                "year", "month", "week", "day", "hour", "minute") and toks[m.first - 2].kind == NUMBER:
            return False  # "7 hours 4 minutes": one time in figures
        nxt = toks[m.last] if m.last < len(toks) else None
        # ranges and lists of numbers: "eight to 12", "3, 4 and 5", "2 or 3"
        near = [t for t in toks[max(0, m.first - 4):m.first] + toks[m.last:m.last + 4] if t.kind == NUMBER
                or t.lower in _NUMBER_WORDS]
        own = m.noun_end is not None and m.last < len(toks) and toks[m.last].end == m.noun_end  # "2 restaurants"
        joins = ("to", "or", "-", "–", "between", "(") if own else ("to", "and", "or", "-", "–", "between", ",", "(")
        if near and (any(t.lower in joins for t in toks[max(0, m.first - 2):m.first] + toks[m.last:m.last + 2])
                     or m.measure == Measure.DURATION and any(t.kind == NUMBER for t in toks[m.last:m.last + 2])):
            return False  # ranges and lists of numbers: "eight to 12", "15 years, 8 months", "3, 4 and 5"
        if not m.exact and m.words and m.hedge is None:
            return False  # "a dozen", "dozens": a range, not a figure to write
        return True

    @staticmethod
    def _starts(doc, led):
        """A figure that opens a sentence: "12 people were hurt." -> "Twelve people were hurt."."""
        for m in led.mentions:
            if not m.initial or m.words or m.quoted or m.headline or m.measure in (Measure.YEAR, Measure.DECADE):
                continue
            if m.measure not in (Measure.COUNT, Measure.PERCENT, Measure.AGE, Measure.DURATION):
                continue
            s = doc.sentences[m.sentence]
            block = doc.blocks[s.block]
            if block.kind not in ("paragraph", "quote") or len(_TALLY.findall(doc.text, block.start, block.end)) >= 3:
                continue  # a box score's line: "3-point goals: Westfield 8 (Mitchell 3, Hartley 3, Ross 2)"
            toks = doc.tokens
            nxt = toks[m.last] if m.last < len(toks) else None
            if nxt is None or nxt.text in (".", ")", ":") or nxt.kind == "word" and nxt.text[0].isupper():
                continue  # list numbering: "5 There's life out there", "1. Who are ..."
            words = spell(int(m.value)) if m.value == int(m.value) and m.value < 100 else None
            fix = (words.capitalize(),) if words and m.measure == Measure.COUNT and doc.text[m.start:m.end].isdigit() \
                else ()
            yield Finding(m.start, m.end, f"A sentence starts with the figure '{m.text}': spell it out or recast the "
                          "sentence.", fix)

    @staticmethod
    def _percent_words(led, style):
        """ "just five per cent": percentages are figures in AP and CP (without a configured style, left alone:
        "polled at two percent" is some houses' own)."""
        if not style:
            return
        for m in led.of(Measure.PERCENT):
            if m.quoted or m.headline or not m.exact:
                continue
            if m.words and not m.initial and m.value == int(m.value) and m.value < 100:
                fix = str(int(m.value))
                number = m.text.split()[0]
                yield Finding(m.start, m.start + len(number), f"'{number}' in words: a percentage is written in "
                              f"figures ('{fix}').", (fix,))

    @staticmethod
    def _times(doc, led):
        """A time in words beside clock times: "at 6:30 now instead of seven"."""
        toks = doc.tokens
        clocks = {m.sentence for m in led.of(Measure.TIME) if ":" in m.text or "m" in m.text.lower()}
        for m in led.of(Measure.COUNT):
            if not m.words or m.quoted and m.sentence not in clocks or not 1 <= m.value <= 12 or m.thing is not None:
                continue
            prev = toks[m.first - 1].lower if m.first else ""
            nxt = toks[m.last].lower if m.last < len(toks) else ""
            if prev not in _TIME_BEFORE and not (prev == "of" and m.first >= 2
                                                 and toks[m.first - 2].lower == "instead"):
                continue
            if m.sentence in clocks and nxt in (",", ".", ";", "—", "–", "”", '"', "and", "or", "now", "?", "!") \
                    or nxt in _TIME_AFTER:
                fix = str(int(m.value))
                yield Finding(m.start, m.end, f"Time '{m.text}' in words: times are written in figures ('{fix}').",
                              (fix,))

    @staticmethod
    def _ratios(doc, led, style):
        """ "3 in 10": figures in AP, words below 10 in CP; without a style, the article's own majority."""
        toks = doc.tokens
        found = []
        for m in led.of(Measure.COUNT):
            if m.value >= 10 or m.quoted or m.value != int(m.value):
                continue
            after = [t.lower for t in toks[m.last:m.last + 3]]
            if after[:2] in (["in", "10"], ["in", "ten"], ["out", "of"]) and (after[:2] != ["out", "of"] or
                                                                               after[2:3] == ["10"]):
                found.append(m)
        if not found:
            return
        if style == "ap":
            want_words = False
        elif style == "cp":
            want_words = True
        else:
            words = sum(1 for m in found if m.words and not m.initial)
            figures = sum(1 for m in found if not m.words)
            if not words or not figures or words == figures:
                return
            want_words = words > figures
        for m in found:
            if m.initial or m.words == want_words:
                continue
            fix = spell(int(m.value)) if want_words else str(int(m.value))
            way = "words" if want_words else "figures"
            yield Finding(m.start, m.end, f"'{m.text} in 10': this style writes the share in {way} ('{fix}').", (fix,))


# "Mitchell 3,", "Grant (6)": three in a paragraph make a box score
_TALLY = re.compile(r"[A-Z][\w'’.-]* \(?\d{1,3}\)?[,;)]")
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
             9: "ninth"}


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
