"""numbers.anniversary: an anniversary against the year it counts from ("marks the 30th anniversary of the
1989 fall" in a 2024 article; "celebrates its centenary" of a 1925 founding)."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.figures import Measure
from copylint.nlp.timeline import FOUNDING

_WORDS = {"centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200, "tercentenary": 300,
          "sesquicentennial": 150, "semicentennial": 50}
_JUBILEES = {"silver": 25, "golden": 50, "diamond": 60, "platinum": 70, "ruby": 40, "pearl": 30}
# In the anniversary's sentence: it falls in the article's year.
_NOW = frozenset("marks marked marking mark celebrates celebrated celebrating celebrate commemorates commemorated "
                 "commemorating commemorate today tonight observes observed observing celebration celebrations "
                 "ceremony ceremonies gathered honoured honored fell falls coincided coincides coinciding".split())


def _shift(words: list[str]) -> int:
    """The year a sentence puts its anniversary in, against the article's: "next year" +1, "last year" -1."""
    pairs = set(zip(words, words[1:], strict=False))
    return 1 if ("next", "year") in pairs else -1 if ("last", "year") in pairs else 0


class Anniversary:
    meta = Meta(
        id="numbers.anniversary",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="An anniversary does not match the year it counts from.",
        description=(
            "Reads 'the 30th anniversary', 'its centenary', 'a golden jubilee' and 'N years to the day after' "
            "when the sentence says it is being marked now ('marks', 'celebrates', 'today', 'on Tuesday'), and "
            "sets the count against the year of the event: in the same sentence ('of the 1989 fall') or the year "
            "the article gives for the founding ('founded in 1925'). The anniversary falls in the article's year "
            "(front matter, date line, --date) unless the sentence gives its own."
        ),
        bad=(
            Example("June 11, 2025\n\nThe festival began in 1985.\n\nThe closing concert is at the bandstand, which "
                    "opened in 1927.\n\nThe council is also marking the bandstand's [[centenary]] in August."),
            Example("June 20, 2019\n\nBerlin marks the [[25th]] anniversary of the 1989 fall of the Wall on Saturday."),
            Example("June 20, 2024\n\nThe club was founded in 1925.\n\nOn Saturday it celebrates its [[centenary]]."),
            Example("May 4, 2010\n\nThe 2007 start of the program coincided with the [[20th]] anniversary of Warhol's "
                    "death in 1984."),
            Example("12 March 2025\n\nThe vote fell on the [[40th]] anniversary of the line's closure, on 10 March "
                    "1987."),
            Example("November 6, 2024\n\nThe union, which was founded in 1926, will mark its [[centenary]] next "
                    "year."),
            Example("May 2, 2025\n\nThe hall opened in 1987. The mayor cut the ribbon again at its [[30th]] "
                    "anniversary celebration in 2022."),
            Example("Published: 2025-03-04\n\nThe group, which celebrates its [[60th]] anniversary this year, was "
                    "founded in 1962 by the late Tomas Glennon."),
        ),
        good=(
            Example("June 11, 2025\n\nThe festival began in 1985.\n\nThe closing concert is at the bandstand, which "
                    "opened in 1925.\n\nThe council is also marking the bandstand's centenary in August."),
            Example("June 20, 2019\n\nBerlin marks the 30th anniversary of the 1989 fall of the Wall on Saturday."),
            Example("June 20, 2025\n\nThe club was founded in 1925.\n\nOn Saturday it celebrates its centenary."),
            Example("May 4, 2010\n\nThe 2007 start of the program coincided with the 20th anniversary of Warhol's "
                    "death in 1987."),
            Example("12 March 2025\n\nThe vote fell on the 38th anniversary of the line's closure, on 10 March "
                    "1987."),
            Example("June 20, 2019\n\nNext year will bring the 50th anniversary of the 1970 strike."),
            Example("November 6, 2024\n\nThe union, which was founded in 1925, will mark its centenary next year."),
            Example("June 20, 2019\n\nLast year the town marked the 50th anniversary of the 1968 flood."),
            Example("May 2, 2025\n\nThe hall opened in 1987. The mayor cut the ribbon again at its 35th "
                    "anniversary celebration in 2022."),
            Example("Published: 2025-03-04\n\nThe group, which celebrates its 60th anniversary this year, was "
                    "founded in 1965 by the late Tomas Glennon."),
        ),
    )

    def check(self, doc, ctx):
        when = doc.date or ctx.date
        led = doc.ledger
        toks = doc.tokens
        years = [m for m in led.of(Measure.YEAR) if not m.quoted and 1600 <= m.value <= 2100 and m.second is None]
        for k, t in enumerate(toks):
            if t.lower not in _CUES:
                continue
            n, span = self._count(doc, led, k)
            if n is None:
                continue
            si = doc.sentence_index(t.start)
            if si is None or doc.in_quote(t.start):
                continue
            said = led.sentence_words(si)
            words = set(said)
            mine = [y for y in years if y.sentence == si]
            shift = _shift(said)  # "will mark its centenary next year"
            now = when.year + shift if when is not None else None
            own = self._own(doc, span) and not (k + 1 < len(toks) and toks[k + 1].lower == "of")
            this_year = bool(words & _NOW) or {"this", "year"} <= words
            founded = bool(mine) and any(d.year is mine[0] and d.event in FOUNDING for d in led.timeline)
            if own and len(mine) == 1 and mine[0].start > span[1] and not (this_year and founded):
                now = mine[0].value  # "cut the ribbon at its 35th anniversary celebration in 2022": the year it fell
            elif len(mine) == 2 and mine[0].value != mine[1].value:
                now = max(y.value for y in mine)  # "the 2007 start coincided with the 20th anniversary of ... 1987"
            elif not shift and not words & _NOW and not ({"this", "year"} <= words or "to" in words and "day" in words):
                continue  # "the 50th anniversary" with no time: not necessarily this year
            if now is None:
                continue
            base = [y for y in mine if y.value != now]
            if not base and self._to_the_day(doc, span):
                base = [y for y in years if si < y.sentence <= si + 2][:1]  # "50 years to the day after ..."
            elif not base and own:
                base = self._founding(led, si, doc.text[max(0, span[0] - 25):span[0]])  # "its centenary": of
                # the founding the article dates
            if len(base) != 1:
                continue
            y = base[0]
            if now - y.value != n:
                yield Finding(span[0], span[1], f"'{doc.text[span[0]:span[1]]}', but {int(y.value)} to {int(now)} is "
                              f"{int(now - y.value)} years: check the anniversary or the year.",
                              related=(Related(y.start, y.end, doc.text[y.start:y.end]),))

    @staticmethod
    def _count(doc, led, k):
        """The years an anniversary at token k counts: "30th anniversary", "centenary", "golden jubilee",
        "50 years to the day"."""
        toks = doc.tokens
        t = toks[k]
        if t.lower in _WORDS:
            return _WORDS[t.lower], (t.start, t.end)
        if t.lower == "jubilee" and k and toks[k - 1].lower in _JUBILEES:
            return _JUBILEES[toks[k - 1].lower], (toks[k - 1].start, t.end)
        if t.lower == "anniversary" and k:
            m = next((x for x in led.mentions if x.last == k and x.measure == Measure.ORDINAL), None)
            if m is not None:
                return m.value, (m.start, m.end)
        if t.lower == "day" and k >= 4 and toks[k - 1].lower == "the" and toks[k - 2].lower == "to":
            m = next((x for x in led.mentions if x.last == k - 2 and x.measure == Measure.DURATION
                      and x.unit == "year"),
                     None)
            if m is not None:
                return m.value, (m.start, m.end)
        return None, None

    @staticmethod
    def _to_the_day(doc, span) -> bool:
        return "to the day" in doc.text[span[1]:span[1] + 12]

    @staticmethod
    def _own(doc, span) -> bool:
        """ "its centenary", "the club's 100th anniversary": the anniversary of the holder's own founding."""
        before = doc.text[max(0, span[0] - 25):span[0]].lower().split()
        return bool(before) and (before[-1] in ("its", "their", "our", "his", "her")
                                 or before[-1].endswith(("'s", "’s")))

    @staticmethod
    def _founding(led, si, before: str = ""):
        """The year the article gives for a founding, when it gives one; of several, the one whose sentence
        names the owner ("the bandstand's centenary" and "the bandstand ..., which opened in 1927")."""
        found = [d.year for d in led.timeline if d.event in FOUNDING and d.year.sentence != si]
        if len({m.value for m in found}) > 1 and before.split():
            owner = before.lower().split()[-1].removesuffix("'s").removesuffix("’s")
            found = [m for m in found if owner in led.sentence_words(m.sentence)]
        return found if len({m.value for m in found}) == 1 else []


_CUES = frozenset(_WORDS) | {"jubilee", "anniversary", "day"}  # the words _count starts from
