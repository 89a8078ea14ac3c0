"""numbers.date-arithmetic: a relative time against the year it is tied to and the article's date ("five
years ago, in 2015" in a 2023 article; "In 1990 ... Ten years later, in 2003"; "founded 20 years ago" with
"founded in 1999")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.figures import Measure, spell
from copylint.nlp.tokens import NUMBER

# what a year may name between itself and the time counted from it
_DATED = frozenset("general election elections by-election referendum census olympics games world cup final finals "
                   "championship championships season budget strike".split())
_GLUE = frozenset({",", "in", "(", ")", "–", "—", "-", "back", "that", "is", "was", "when", "of", "or", "since"})
_UNIT_YEARS = {"year": 1.0, "decade": 10.0, "century": 100.0}
_WAITS = frozenset("wait drought absence hiatus gap break spell".split())
_SEASONS = frozenset({"the", "spring", "summer", "autumn", "fall", "winter", "end", "start", "beginning", "middle",
                      "early", "late", "mid"})


def years_of(m) -> float | None:
    """A relative time in years ("a decade" is 10), or None for months and days."""
    per = _UNIT_YEARS.get(m.unit)
    return None if per is None else m.value * per


def slack(m) -> float:
    """Years of slack: one for an unknown month; more for "a decade" (9 to 11) and "a century"."""
    if m.unit == "decade":
        return max(1.5, m.value * 1.5)  # "a decade later" is nine to 11 years; "two decades", 17 to 23
    if m.unit == "century":
        return 15.0 * m.value
    return 1.0


def _fits_ago(r, n: float, year: float, when) -> bool:
    """Could something in `year` be "n years ago" on the article's date? Some time in that year lies between
    `when` minus the year's end and minus its start; "n years ago" rounds that (n +- 0.5) or floors it (n to
    n + 1). "A decade" and "a century" keep their wider slack."""
    if r.unit != "year":
        return abs(year + n - when.year) <= slack(r)
    now = when.year + (when.timetuple().tm_yday - 1) / 365.25
    least, most = now - (year + 1), now - year
    return least - 1 <= n <= most + 0.5


class DateArithmetic:
    meta = Meta(
        id="numbers.date-arithmetic",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="A relative time does not fit the year it is tied to or the article's date.",
        description=(
            "Ties a relative time to a year: beside it ('five years ago, in 2015'; 'in 2011, three years later'; "
            "'two years after 2008'), the year of the paragraph it counts from ('In 1990 ... Ten years later, in "
            "2003'), a year 'since' ('20 years since the plant closed in 1999'; 'has served 12 years, since "
            "2011'), or the year of the same event elsewhere ('founded 20 years ago' and 'founded in 1999'). "
            "'Ago' and 'since' count from the article's date (front matter, date line, --date): 'N years ago' "
            "fits a year when some day of it lies N years back, rounded or whole, from the article's day. Spans "
            "count between their years ('for 26 years, from 1969 until ... the 1997 election'). One year of "
            "slack for an unknown month; 'a decade' is 9 to 11 years. Without an article date, pairs are compared with "
            "each other."
        ),
        bad=(
            Example("March 4, 2025\n\nReimer, who was first elected in 2009, is stepping down after [[18 years]] "
                    "in office."),
            Example("June 11, 2025\n\nThe festival began in 1985 on a farmer's field. Its bandstand opened in 1927."
                    "\n\nIt grew through the 1990s. But in 2003, [[sixteen years after]] it began, it came close to "
                    "folding."),
            Example("May 5, 2025\n\nThe course record of 2:10:59, set by Tesfaye Gebru in 2016, has stood for [[seven "
                    "years]]."),
            Example("In 1998 Hagan won a seat in the state Senate. [[A decade later]], in 2006, she defeated "
                    "Senator Elizabeth Dole."),
            Example("While it took [[117 years]] for the older population of France to double from 7% to 14% "
                    "between 1865 and 1980, Brazil will make the shift faster.", fix="115 years"),
            Example("June 20, 2023\n\nChahal first won the seat [[five years ago]], in 2015.", fix="eight years ago"),
            Example("The plant opened in 1990. [[Ten years later]], in 2003, it doubled in size."),
            Example("June 20, 2023\n\nThe museum was founded in 1999.\n\nIt opened its doors [[20 years ago]] "
                    "with a single room."),
            Example("June 20, 2023\n\nIt has been [[20 years]] since the plant closed in 1999."),
            Example("Pruitt joined the credit union in 1999 and had worked there for [[21 years]] when he was fired "
                    "in 2023.", fix="24 years"),
            Example("Tuesday, January 16, 2024\n\nDonnelly was convicted in 2017, [[eight years ago]].",
                    fix="seven years ago"),
            Example("She represented Galway West for [[26 years]], from 1969 until she stood down at the 1997 "
                    "election.", fix="28 years"),
            Example("Saturday, October 19, 2024\n\nIt was the union's first walkout in [[24 years]]. Its last strike, "
                    "in 1998, lasted nine days.", fix="26 years"),
            Example("Sunday, May 26, 2024\n\nThe win ended a [[24-year]] wait for a trophy at Kilbride, whose last "
                    "title came in the 1998 season.", fix="26-year"),
            Example("Brenneman served on the council from 1975 to 1987, two [[four-year]] terms."),
            Example("Published: 2025-04-07\n\nWhen he stood down at the 1997 general election, [[22 years ago]], his "
                    "seat was held by his protege."),
        ),
        good=(
            Example("March 4, 2025\n\nReimer, who was first elected in 2009, is stepping down after 16 years "
                    "in office."),
            Example("March 4, 2025\n\nReimer, who was first elected in 2009, stepped down after 11 years in "
                    "office."),
            Example("June 11, 2025\n\nThe festival began in 1985 on a farmer's field. Its bandstand opened in 1927."
                    "\n\nIt grew through the 1990s. But in 2003, eighteen years after it began, it came close to "
                    "folding."),
            Example("May 5, 2025\n\nThe course record of 2:10:59, set by Tesfaye Gebru in 2016, has stood for nine "
                    "years."),
            Example("In 1998 Hagan won a seat in the state Senate. A decade later, in 2008, she defeated Senator "
                    "Elizabeth Dole."),
            Example("While it took 115 years for the older population of France to double from 7% to 14% "
                    "between 1865 and 1980, Brazil will make the shift faster."),
            Example("June 20, 2023\n\nChahal first won the seat five years ago, in 2018."),
            Example("Harper met Putin six years ago. The meeting came at the 2006 G8 summit."),
            Example("January 15, 2023\n\nShe moved to Ottawa two years ago, in 2020, and opened the shop."),
            Example("The plant opened in 1990. Ten years later, in 2000, it doubled in size."),
            Example("June 20, 2023\n\nThe museum was founded in 1999.\n\nIt moved to its new building 20 years ago."),
            Example("The band formed 10 years ago, in 2013, and split in 2016."),
            Example("Pruitt joined the credit union in 1999 and had worked there for 24 years when he was fired "
                    "in 2023."),
            Example("She joined the firm in 1999 and, after 10 years in Paris, left it in 2023."),
            Example("Tuesday, January 16, 2024\n\nDonnelly was convicted in 2017, seven years ago."),
            Example("December 20, 2024\n\nThe contract was awarded nine years ago, in 2016."),
            Example("Saturday, October 19, 2024\n\nIt was the union's first walkout in 26 years. Its last strike, "
                    "in 1998, lasted nine days."),
            Example("Brenneman served on the council from 1975 to 1987, three four-year terms."),
            Example("Published: 2025-09-10\n\nThe foundation has awarded more than $3 million in scholarships since "
                    "1978, and for 40 years he dressed as Santa Claus at the store."),
            Example("Published: 2025-04-07\n\nWhen he stood down at the 1997 general election, 28 years ago, his "
                    "seat was held by his protege."),
        ),
    )

    def check(self, doc, ctx):
        when = doc.date or ctx.date
        led = doc.ledger
        years = [m for m in led.of(Measure.YEAR) if not m.quoted and 1600 <= m.value <= 2100 and m.second is None]
        implied: list = []  # (relative, year, implied article year) without an article date
        for r in led.of(Measure.RELATIVE):
            n = years_of(r)
            if r.quoted or n is None:
                continue
            y = self._tied(doc, r, years)
            if r.direction == "ago":
                if y is not None:
                    got = y.value + n
                    if when is not None and not _fits_ago(r, n, y.value, when):
                        yield self._finding(doc, r, y, when.year - y.value, f"{int(y.value)} and {_n(n)} years make "
                                            f"{int(got)}, but the article is dated {when.year}")
                    elif when is None:
                        implied.append((r, y, got))
                elif when is not None:
                    yield from self._event(doc, led, r, n, when.year)
            elif r.direction in ("later", "after", "afterwards", "afterward", "on", "earlier", "before", "prior"):
                if y is None:
                    continue
                anchor = self._anchor(doc, r, y, years)
                if anchor is None:
                    continue
                later = r.direction not in ("earlier", "before", "prior")
                gap = (y.value - anchor.value) if later else (anchor.value - y.value)
                if gap >= 0 and abs(gap - n) > slack(r) or gap < 0:
                    yield self._finding(doc, r, y, abs(y.value - anchor.value),
                                        f"{int(anchor.value)} to {int(y.value)} is {_n(abs(y.value - anchor.value))} "
                                        "years", anchor)
        for r, y, got in implied[1:]:
            first = implied[0]
            if abs(got - first[2]) > slack(r):
                yield self._finding(doc, r, y, None, f"{int(y.value)} and {_n(years_of(r))} years make {int(got)}, but "
                                    f"'{doc.text[first[0].start:first[0].end]}' dates the article {int(first[2])}")
        yield from self._since(doc, led, years, when.year if when is not None else None)
        if when is not None:
            yield from self._last(doc, led, years, when)

    @staticmethod
    def _tied(doc, r, years):
        """The year a relative time is glued to ("five years ago, in 2015"; "in 2015, five years ago"; "two years
        after 2008"; "ten years later (2003)")."""
        toks = doc.tokens
        for y in years:
            if y.sentence != r.sentence:
                continue
            lo, hi = (r.last, y.first) if r.first < y.first else (y.last, r.first)
            between = [t.lower for t in toks[lo:hi]]
            if len(between) <= 5 and all(w in _GLUE or w in _SEASONS or w in _DATED for w in between):
                return y  # "eight years later, in the summer of 2011"; "the 1997 general election, 22 years ago"
        return None

    @staticmethod
    def _anchor(doc, r, y, years):
        """The year a "later" or "earlier" counts from: the latest year before it in its paragraph (or the year
        after "after": "two years after the 2008 crash")."""
        toks = doc.tokens
        if r.last < len(toks) and toks[r.last - 1].lower in ("after", "before"):
            nxt = next((m for m in years if m.sentence == r.sentence and 0 <= m.first - r.last <= 2), None)
            if nxt is not None and nxt is not y:
                return nxt
            began = _began(doc, r)
            if began is not None:
                return began  # "in 2003, sixteen years after it began": the year it began, wherever it is given
        before = [m for m in years if m.block == r.block and m.first < r.first and m is not y
                  and m.sentence >= r.sentence - 2]
        if not before and doc.sentences[r.sentence].first == r.first:
            before = [m for m in years if m.block == r.block - 1]  # "Back in 2005, ... \n\n Eight years later,"
        return before[-1] if before else None

    def _event(self, doc, led, r, n, year):
        """"founded 20 years ago" against "founded in 1999" elsewhere: the same event dated twice."""
        from copylint.nlp.timeline import FOUNDING, event_before, holder_before

        s = doc.sentences[r.sentence]
        event, verb = event_before(doc, r.first, s.first)
        if event is None:
            return
        holder = holder_before(doc, verb, s.first)
        found = [d for d in led.timeline if d.event == event or event in FOUNDING and d.event in FOUNDING]
        found = [d for d in found if d.holder is None or holder is None or d.holder == holder]
        if len({d.year.value for d in found}) != 1:
            return
        y = found[0].year
        if abs((year - y.value) - n) > slack(r) and y.sentence != r.sentence:
            yield self._finding(doc, r, y, year - y.value, f"the article dates it {int(y.value)}, "
                                f"{_n(year - y.value)} years before {year}")

    def _since(self, doc, led, years, year):
        """"20 years since the plant closed in 1999"; "has served 12 years, since 2011"."""
        toks = doc.tokens
        for d in led.of(Measure.DURATION):
            if d.quoted or d.unit != "year":
                continue
            s = doc.sentences[d.sentence]
            after = [t.lower for t in toks[d.last:min(s.last, d.last + 2)]]
            if after[:1] == ["since"]:
                since = [m for m in years if m.sentence == d.sentence and m.first > d.last]
            else:
                since = [m for m in years if m.sentence == d.sentence and toks[m.first - 1].lower == "since"
                         and abs(m.first - d.last) <= 6 and not (m.last <= d.first and any(
                             t.lower in ("and", "but", ";") for t in toks[m.last:d.first]))]
                # ("awarded $3 million since 1978, and for 40 years he dressed as Santa": another clause's year)
            back = [t.lower for t in toks[max(s.first, d.first - 3):d.first]]
            if not since and len(back) == 3 and back[0] in ("has", "have") and back[1] in _LASTED and \
                    back[2] == "for":  # "set by Gebru in 2016, has stood for seven years": to the article's day
                since = [m for m in years if m.sentence == d.sentence and m.last <= d.first
                         and toks[m.first - 1].lower == "in"][-1:]
            if not since:
                since = self._tenure(doc, d, years)  # "first elected in 2009, is stepping down after 16 years"
            span = self._span(doc, d, years)
            if span is not None:  # "served eight years, from 2009 to 2017"; "115 years, between 1865 and 1980"
                y1, y2 = span
                got = y2.value - y1.value
                times = next((m.value for m in led.in_sentence(d.sentence) if m.measure == Measure.COUNT
                              and m.last == d.first and "-" in d.text), 1)  # "three four-year terms"
                if abs(got - d.value * times) > 1:
                    yield self._finding(doc, d, y2, got if times == 1 else None,
                                        f"{int(y1.value)} to {int(y2.value)} is {_n(got)} years", y1)
                continue
            career = self._career(doc, d, years)
            if career is not None:  # "joined in 1999 and had worked there for 21 years when he was fired in 2023"
                y1, y2 = career
                got = y2.value - y1.value
                if abs(got - d.value) > 1:
                    yield self._finding(doc, d, y2, got, f"{int(y1.value)} to {int(y2.value)} is {_n(got)} years", y1)
                continue
            if year is None or len(since) != 1 or any(
                    t.kind == NUMBER and t.text.isdigit() and len(t.text) == 4 for t in toks[d.last:since[0].first]
                    if t.start < since[0].start):
                continue
            y = since[0]
            got = year - y.value
            if abs(got - d.value) > 1:
                yield self._finding(doc, d, y, got, f"{int(y.value)} to {year} is {_n(got)} years")

    def _last(self, doc, led, years, when):
        """ "the first walkout in 24 years. Its last strike, in 1998, ..."; "ended a 24-year wait ... whose
        last trophy was won in 1998": the years since the last time, counted to the article's date."""
        toks = doc.tokens
        for d in led.of(Measure.DURATION):
            if d.quoted or d.unit != "year" or d.value != int(d.value):
                continue
            after = toks[d.last].lower if d.last < len(toks) else ""
            first = toks[d.first - 1].lower == "in" and "first" in [t.lower for t in toks[max(0, d.first - 6):d.first]]
            wait = "-" in d.text and after in _WAITS
            if not (first or wait):
                continue
            s = doc.sentences[d.sentence]
            nxt = doc.sentences[d.sentence + 1] if d.sentence + 1 < len(doc.sentences) else None
            for y in years:
                if y.sentence not in (d.sentence, d.sentence + 1) or y.first < d.last or nxt is None and \
                        y.sentence != d.sentence or y.sentence == d.sentence + 1 and nxt.block - s.block > 1:
                    continue
                words = [t.lower for t in toks[max(doc.sentences[y.sentence].first, y.first - 16):y.first]]
                if "last" not in words:
                    continue
                got = when.year - y.value
                if abs(got - d.value) > 1:
                    yield self._finding(doc, d, y, got, f"{int(y.value)} to {when.year} is {_n(got)} years")
                break

    @staticmethod
    def _tenure(doc, d, years) -> list:
        """The start of a stretch that ends now: "Reimer, who was first elected in 2009, is stepping down after
        16 years" (its sentence's one year, after a verb of starting; the leaving in the present or future)."""
        toks = doc.tokens
        if not d.first or toks[d.first - 1].lower != "after" or d.value != int(d.value):
            return []
        if not {t.lower for t in toks[max(0, d.first - 5):d.first - 1]} & _LEAVING:
            return []
        mine = [m for m in years if m.sentence == d.sentence]
        if len(mine) != 1 or mine[0].last > d.first or not {
                t.lower for t in toks[max(0, mine[0].first - 5):mine[0].first]} & _STARTS:
            return []
        return mine

    @staticmethod
    def _career(doc, d, years):
        """The two years a stretch runs between when its sentence dates its start and its end: "joined in 1999
        and had worked there for 21 years when he was fired in 2023"."""
        toks = doc.tokens
        mine = [m for m in years if m.sentence == d.sentence]
        if len(mine) != 2 or not mine[0].value < mine[1].value or not mine[0].first < d.first < mine[1].first:
            return None
        if toks[d.first - 1].lower not in ("for", "after", "of", "spent") if d.first else True:
            return None
        if d.last < len(toks) and toks[d.last].lower in ("in", "abroad", "overseas", "away", "on", "as"):
            return None  # "after 10 years in Paris": a part of the stretch

        def near(m, verbs) -> bool:
            return any(t.lower in verbs for t in toks[max(0, m.first - 8):m.first])
        if near(mine[0], _STARTS) and near(mine[1], _ENDS):
            return mine[0], mine[1]
        return None

    @staticmethod
    def _span(doc, d, years):
        """The two years a duration is said to run between, next to it: "from 2009 to 2017", "between 1865
        and 1980" (one or the other side of it in its clause)."""
        toks = doc.tokens
        mine = [m for m in years if m.sentence == d.sentence]
        for a, b in zip(mine, mine[1:], strict=False):
            if toks[a.first - 1].lower not in ("from", "between"):
                continue
            joined = toks[b.first - 1].lower in ("to", "and", "until", "till") and b.first - a.last <= 1
            # "from 1969 until she stood down at the 1997 general election"
            reached = toks[a.last].lower in ("until", "till", "to") and b.first - a.last <= 9 and not any(
                t.kind == NUMBER for t in toks[a.last:b.first])
            gap = [t for t in toks[d.last:a.first]] if a.first >= d.last else []
            far = 8 < a.first - d.last <= 16 and not any(t.text in ",;:—–(" for t in gap)  # one clause: "took 115
            # years for the older population of France to double from 7% to 14% between 1865 and 1980"
            if not (joined or reached) or not (0 <= a.first - d.last <= 8 or far or 0 <= d.first - b.last <= 4):
                continue
            if any(t.text in ";" for t in toks[min(a.first, d.last):max(a.first, d.last)]):
                continue
            return a, b
        return None

    @staticmethod
    def _finding(doc, r, y, right, why: str, anchor=None):
        phrase = doc.text[r.start:r.end]
        fixes = ()
        if right is not None and right > 0 and r.unit == "year" and right == int(right):
            n = int(right)
            words = spell(n) if r.words and spell(n) else str(n)
            first = phrase.split()[0].split("-")[0]  # "24-year": the number of it
            new = phrase.replace(first, words if not first[0].isupper() else words.capitalize(), 1)
            if n == 1:
                new = new.replace("years", "year")
            fixes = (new,)
        related = [anchor] if anchor is not None else []
        related.append(y)
        return Finding(r.start, r.end, f"'{phrase}': {why}; check the year or the interval.", fixes,
                       related=tuple(Related(m.start, m.end, doc.text[m.start:m.end]) for m in related))


def _began(doc, r):
    """ "N years after it began" ("was founded", "opened", "started"): the one year the article gives for
    a founding, from another sentence."""
    from copylint.nlp.timeline import FOUNDING

    toks = doc.tokens
    after = [t.lower for t in toks[r.last:r.last + 3]]
    if not after or after[0] not in ("it", "they", "the", "its") or not set(after[1:]) & _BEGAN.keys():
        return None
    verb = next(_BEGAN[w] for w in after[1:] if w in _BEGAN)
    dated = [d for d in doc.ledger.timeline if d.event in FOUNDING and d.year.sentence != r.sentence]
    same = [d.year for d in dated if d.event == verb]  # "after it began": the beginning, not an opening
    found = same or [d.year for d in dated]
    return found[0] if len({m.value for m in found}) == 1 else None


_BEGAN = {"began": "begin", "started": "start", "opened": "open", "founded": "found", "launched": "launch",
          "formed": "form"}
_LASTED = frozenset("stood lasted remained held existed run been survived endured".split())
_STARTS = frozenset("joined began begun started opened founded arrived hired elected appointed took enlisted "
                    "signed moved launched".split())
# leaving now or soon: "is stepping down after 16 years", "retires after", "will leave after"
_LEAVING = frozenset("stepping steps step retiring retires retire leaving leaves leave bowing bows".split())
_ENDS = frozenset("fired left retired stepped resigned quit closed died ended until sold dismissed".split())


def _n(v) -> str:
    return str(int(v)) if v == int(v) else f"{v:g}"
