"""numbers.margin: a margin against the two figures it separates ("leads by 9 points, 48 per cent to 41";
"won by 12 votes, 1,204 to 1,189")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.figures import Measure, format_value
from copylint.nlp.ledger import scopes_meet

LEAD = frozenset("lead leads led leading won win wins winning beat beats ahead trail trails trailed trailing behind "
                 "favor favors favored favour favours favoured edge edges edged "
                 "edged edge defeated outpolled outscored margin victory advantage gap deficit cushion".split())
_UNITS = frozenset({"point", "points", "vote", "votes", "seat", "seats", "goal", "goals", "run", "runs", "stroke",
                    "strokes", "percentage"})
_WHEN = frozenset({"halftime", "half-time", "early", "late", "first-half", "first-period", "final"})
_HEADS = frozenset({"lead", "margin", "edge", "advantage", "victory", "win", "gap", "deficit", "cushion", "swing"})


class Margin:
    meta = Meta(
        id="numbers.margin",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="A margin does not match the two figures it separates.",
        description=(
            "Reads a margin ('leads by 9 points', 'won by 12 votes', 'a seven-point lead', 'a margin of 15 "
            "votes') with the two figures it separates in its sentence or the one before ('48 per cent to 41', "
            "'1,204 to 1,189', '52-48'). Shares rounded to whole numbers may be one point off their margin; "
            "counts of votes must match exactly. A margin of error is no margin."
        ),
        bad=(
            Example("The survey found that 51% of likely voters back Amendment D, while 39% oppose it.\n\nAnother "
                    "10% said they had not made up their minds.\n\nThat gives supporters a [[7-point]] lead."),
            Example("Democrat Lena Marsh had 1,041,336 votes, or 52.2%, to Republican Dale Whitcomb's 889,512, or "
                    "44.6%.\n\nProgressive Party candidate Ana Soto had 62,150 votes, or 3.1%.\n\nMarsh's lead of "
                    "151,824 votes amounted to a margin of [[9.6 percentage points]]."),
            Example("Kowalczyk won 46.2 per cent of the vote to Oduya's 38.5 per cent.\n\nTurnout was 38 per cent."
                    "\n\nKowalczyk's [[9.7-point]] margin over Oduya was larger than the polls suggested."),
            Example("Strand was chosen by 41 per cent of respondents, against 29 per cent for Dasgupta, a "
                    "[[16-point]] edge."),
            Example("Priya Oduya polled 1,684 votes on Thursday, finishing ahead of Malcolm Hendry on 1,397. The "
                    "result was declared at 1.30am.\n\nOduya's majority of [[278 votes]] is the largest for a Green "
                    "candidate in the district."),
            Example("Members of Local 1147 approved the agreement 1,268 to 625, union officials said. Of the 2,140 "
                    "workers eligible, 1,893 voted.\n\nThe [[543-vote]] margin was far wider than in 2020."),
            Example("Smith leads by [[9 points]], 48 per cent to 41."),
            Example("Adebayo won the by-election, defeating his closest rival by [[3,151 votes]].\n\n"
                    "- Oluwaseun Adebayo (PCP): 28,417\n- Kehinde Fashola (DPA): 24,906\n- Grace Ibitoye (LSP): 3,112"),
            Example("The count ended at 4am, giving Marchetti a majority of [[2,455]].\n\nHelen Marchetti, a former "
                    "headteacher, won 14,862 votes. The Conservative candidate, Daniel Aske, polled 12,317."),
            Example("Ruiz won by [[12 votes]], 1,204 to 1,189."),
            Example("Smith has 48 per cent and Jones 41 per cent.\n\nSmith's [[nine-point]] lead is her largest."),
            Example("Yes won 54.3 per cent, with 920,412 ballots in favour and 774,318 against, a margin of "
                    "[[164,094 votes]]."),
            Example("Oyelaran received 4,812 votes, or 44.1 per cent, compared with 4,367 votes for Fitzwilliam. "
                    "Brant finished third.\n\nOyelaran's margin of [[454 votes]] was the narrowest in decades."),
            Example("The Braves used a 14-2 run to build an [[11-point]] halftime lead, 42-33."),
            Example("The measure passed with 412,388 votes, or 53.6 percent, to 356,907, or 46.4 percent. That is a "
                    "margin of 55,481 votes, or [[9.2 percentage points]]."),
            Example("Mkandawire received 2,806,843 votes against 2,280,560 for Banda.\n\nHer winning margin of "
                    "[[562,283 votes]] was far wider than in 2020."),
        ),
        good=(
            Example("The survey found that 51% of likely voters back Amendment D, while 39% oppose it.\n\nAnother "
                    "10% said they had not made up their minds.\n\nThat gives supporters a 12-point lead."),
            Example("Democrat Lena Marsh had 1,041,336 votes, or 52.2%, to Republican Dale Whitcomb's 889,512, or "
                    "44.6%.\n\nProgressive Party candidate Ana Soto had 62,150 votes, or 3.1%.\n\nMarsh's lead of "
                    "151,824 votes amounted to a margin of 7.6 percentage points."),
            Example("Kowalczyk won 46.2 per cent of the vote to Oduya's 38.5 per cent.\n\nTurnout was 38 per cent."
                    "\n\nKowalczyk's 7.7-point margin over Oduya was larger than the polls suggested."),
            Example("Kowalczyk won 46.2 per cent in 2021 and 44 per cent in 2025; Oduya won 38.5 per cent in 2025."
                    "\n\nTurnout was 38 per cent.\n\nKowalczyk's 9.7-point margin over Oduya in 2021 was the "
                    "story of that night."),
            Example("Strand was chosen by 41 per cent of respondents, against 29 per cent for Dasgupta, a "
                    "12-point edge."),
            Example("Priya Oduya polled 1,684 votes on Thursday, finishing ahead of Malcolm Hendry on 1,397. The "
                    "result was declared at 1.30am.\n\nOduya's majority of 287 votes is the largest for a Green "
                    "candidate in the district."),
            Example("Labour needs a majority of 40 seats to govern alone, and holds 31 of the 62 seats in play."),
            Example("Members of Local 1147 approved the agreement 1,268 to 625, union officials said. Of the 2,140 "
                    "workers eligible, 1,893 voted.\n\nThe 643-vote margin was far wider than in 2020."),
            Example("Smith leads by 7 points, 48 per cent to 41."),
            Example("Adebayo won the by-election, defeating his closest rival by 3,511 votes.\n\n"
                    "- Oluwaseun Adebayo (PCP): 28,417\n- Kehinde Fashola (DPA): 24,906\n- Grace Ibitoye (LSP): 3,112"),
            Example("The count ended at 4am, giving Marchetti a majority of 2,545.\n\nHelen Marchetti, a former "
                    "headteacher, won 14,862 votes. The Conservative candidate, Daniel Aske, polled 12,317."),
            Example("Marchetti needed a majority of 2,000 to hold the seat.\n\nTurnout was 31,104. Ward 3 counted "
                    "14,862 votes and Ward 4 counted 12,317."),
            Example("Smith leads by 8 points, 48 per cent to 41."),
            Example("Ruiz won by 15 votes, 1,204 to 1,189."),
            Example("Yes won 54.3 per cent, with 920,412 ballots in favour and 774,318 against, a margin of "
                    "146,094 votes."),
            Example("The poll of 1,000 voters has a margin of error of 3 points; Smith has 48 per cent."),
            Example("The poll found 41 per cent of decided voters would back the PCs. The Liberals were at 27 per "
                    "cent, while the New Democrats slipped to 20 per cent.\n\nThe PCs' 14-point lead over the "
                    "Liberals is the smallest since the election."),
            Example("Calgary pulled within 3-2 on Bell's second goal, but Dubois restored the two-goal lead on a "
                    "power play in the third."),
            Example("The Braves used a 14-2 run to build a nine-point halftime lead, 42-33."),
            Example("The measure passed with 412,388 votes, or 53.6 percent, to 356,907, or 46.4 percent. That is a "
                    "margin of 55,481 votes, or 7.2 percentage points."),
            Example("Galway led by five points, 2-19 to 0-20, with 12 minutes of normal time remaining in the "
                    "All-Ireland hurling final."),
            Example("Mkandawire received 2,806,843 votes against 2,280,560 for Banda.\n\nHer winning margin of "
                    "526,283 votes was far wider than in 2020."),
        ),
    )

    def check(self, doc, ctx):
        led = doc.ledger
        for si in range(len(doc.sentences)):
            for m in led.in_sentence(si):
                if m.quoted or not self._is_margin(doc, led, m):
                    continue
                pair = self._pair(led, si, m)
                if pair is None and si:
                    pair = self._pair(led, si - 1, m)  # the shares in the sentence before
                alone = not any(x is not m and x.measure in (Measure.PERCENT, Measure.COUNT)
                                for x in led.in_sentence(si))  # no figures of its own to separate
                if pair is None and alone and si >= 2 and self._names_before(doc, m) & set(
                        led.sentence_words(si - 2)):
                    pair = self._pair(led, si - 2, m)  # "Oyelaran received 4,812 votes ..." two sentences up
                after = si + 1 < len(doc.sentences) and doc.sentences[si + 1].block - doc.sentences[si].block <= 1
                if pair is None and alone and after and self._names_before(doc, m) & set(led.sentence_words(si + 1)):
                    pair = self._pair(led, si + 1, m)  # a lede's "five-point lead", its shares in the next sentence
                for back in (si - 2, si - 3):  # "That gives supporters a 7-point lead" after "Another 16% said ..."
                    if pair is not None or not alone or back < 0 or m.block - doc.sentences[back].block > 2:
                        break
                    got = self._pair(led, back, m)
                    pair = got if got is not None and got[2] == "share" else None
                if pair is None and _counted(m):
                    pair = self._results(doc, led, m)
                if pair is None and m.first and doc.tokens[m.first - 1].lower == "the":
                    pair = self._tally_before(doc, led, m)  # "The 543-vote margin" after "approved it 1,268 to 625"
                if pair is None and not _counted(m):
                    pair = self._holders(doc, led, m)  # "Kowalczyk's 9.7-point margin over Oduya", far from the shares
                if pair is None:
                    continue
                a, b, kind, chosen = pair
                if m.holder and len(chosen) == 2 and all(x.holder for x in chosen) and \
                        m.holder not in {x.holder.split(":")[-1] for x in chosen}:
                    continue  # "The PCs' 14-point lead" is not the gap between the Liberals' and the NDP's shares
                if self._moved(doc, m, chosen):
                    continue
                unit = (m.thing or m.compound or "").rstrip("s")
                if kind == "share" and unit in ("vote", "seat", "goal", "run", "stroke"):
                    continue  # "a margin of 4,907 votes" is not the gap between two shares
                if self._later(doc, led, m):
                    continue  # "trailed by 19 points midway through the third, cut the lead to 95-92"
                gap = abs(a - b)
                slack = 1.0 if kind == "share" and a == int(a) and b == int(b) else 0.15 if kind == "share" else 0.0
                lo, hi = m.low, m.high
                if lo - slack <= gap <= hi + slack:
                    continue
                end = m.phrase_end if m.measure != Measure.TALLY else m.end
                said = end
                if m.compound is not None and m.head and m.last < len(doc.tokens):
                    said = doc.tokens[m.last].end  # "an 8-point gap"
                    if m.head in _WHEN and m.last + 1 < len(doc.tokens):
                        said = doc.tokens[m.last + 1].end  # "an 11-point halftime lead"
                yield Finding(m.start, end, f"'{doc.text[m.start:said]}', but {format_value(a)} to "
                              f"{format_value(b)} is {format_value(round(gap, 1))}: check the margin or the figures.",
                              related=tuple(Related(x.start, x.end, x.text) for x in chosen))

    def _results(self, doc, led, m):
        """A vote margin against the two candidates' votes given apart: result lines ("- Grace Ibitoye (LSP):
        3,112") or two sentences in a row near it ("Marchetti ... won 14,862 votes. ... Aske ... polled
        12,317."). The margin's sentence must name one of the two; the other is the runner-up."""
        named = self._names_before(doc, m) | set(led.sentence_words(m.sentence))
        lines = [x for x in led.of(Measure.COUNT) if x.thing == "vote" and x.holder and not x.quoted
                 and doc.blocks[x.block].kind == "item" and x.section == m.section]
        if len({x.holder for x in lines}) >= 2:
            top = sorted(lines, key=lambda x: -x.value)
            if set(top[0].holder.split()) & named or set(top[1].holder.split()) & named:
                return top[0].value, top[1].value, "count", (top[0], top[1])
            return None
        near = {}
        for x in led.of(Measure.COUNT):
            if x.sentence == m.sentence or x.quoted or x.value < 10 or abs(x.block - m.block) > 1 or \
                    not (x.cls == "vote" or x.cls is None and x.event in _POLLED):
                continue
            near.setdefault(x.sentence, []).append(x)
        ones = {si: xs[0] for si, xs in near.items() if len(xs) == 1}
        for si, x in sorted(ones.items()):
            y = ones.get(si + 1)
            if y is None:
                continue
            who = [_person(doc, z.sentence) for z in (x, y)]
            if None in who or who[0] == who[1] or not (set(who) & {w.lower() for w in named}):
                continue
            return x.value, y.value, "count", (x, y)
        return None

    @staticmethod
    def _holders(doc, led, m):
        """The shares of the two people or parties a margin's sentence names, given elsewhere in the story: one
        share each, of one time and place."""
        s = doc.sentences[m.sentence]
        ents = doc.entities
        keys = []
        for n in ents.names:
            key = ents.key(n)
            if s.first <= n.first < s.last and n.kind != "place" and key is not None and key not in keys:
                keys.append(key)
        plain = frozenset(x for x in m.scope if not x.startswith("ctx:"))
        if len(keys) == 1:  # "Marsh's lead ... a margin of 9.6 percentage points": over the runner-up
            return Margin._over_next(led, m, keys[0], plain)
        if len(keys) != 2:
            return None
        found = []
        for key in keys:
            xs = [x for x in _shares_beside(led, m, plain) if x.holder == key]
            if len({x.value for x in xs}) != 1:
                return None
            found.append(xs[0])
        a, b = found
        return a.value, b.value, "share", (a, b)

    @staticmethod
    def _over_next(led, m, key, plain):
        """The leader's share and the runner-up's, when the story gives each candidate one share."""
        shares: dict[str, set] = {}
        first: dict[str, object] = {}
        for x in _shares_beside(led, m, plain):
            if not x.holder or ":" in x.holder or any(y.startswith("p:") for y in x.scope):
                continue
            shares.setdefault(x.holder, set()).add(x.value)
            first.setdefault(x.holder, x)
        if key not in shares or len(shares) < 2:
            return None  # (each candidate's first share: the result as first reported)
        ranked = sorted(first, key=lambda h: -first[h].value)
        if ranked[0] != key:
            return None
        a, b = first[ranked[0]], first[ranked[1]]
        return a.value, b.value, "share", (a, b)

    @staticmethod
    def _tally_before(doc, led, m):
        """The vote a definite margin refers back to: the one tally in the three sentences before it, in its
        paragraph or the one before."""
        found = [t for si in range(max(0, m.sentence - 3), m.sentence) for t in led.in_sentence(si)
                 if t.measure == Measure.TALLY and t.frame == "vote" and t.second is not None and not t.quoted
                 and m.block - t.block <= 1]
        if len(found) != 1:
            return None
        t = found[0]
        return t.value, t.second, "count", (t,)

    @staticmethod
    def _names_before(doc, m) -> set[str]:
        """The words of the names before a margin in its sentence ("Oyelaran's margin of 454 votes")."""
        s = doc.sentences[m.sentence]
        return {w.lower() for n in doc.entities.names if s.first <= n.first and n.last <= m.first
                for w in n.full.split()}

    @staticmethod
    def _later(doc, led, m) -> bool:
        """The margin is of another moment than the score after it: a time of the game, or a verb that moves
        the score, between them."""
        toks = doc.tokens
        ms = led.in_sentence(m.sentence)
        tally = next((x for x in ms if x.measure == Measure.TALLY and x.first > m.last), None)
        if tally is None or any(x.measure in (Measure.TALLY, Measure.PERCENT) and x.last <= m.first for x in ms):
            return False  # the pair is the one before the margin
        between = {t.lower for t in toks[m.last:tally.first]}
        return bool(between & {"midway", "halftime", "half-time", "cut", "trimmed", "narrowed", "extended",
                               "stretched", "closed", "pulled", "early", "late", "before", "after"})

    @staticmethod
    def _moved(doc, m, chosen) -> bool:
        """The score before the margin is of an earlier moment: "pulled within 3-2 ..., but Dubois restored the
        two-goal lead"."""
        if any(x.sentence != m.sentence or x.last > m.first for x in chosen):
            return False
        between = {t.lower for t in doc.tokens[max(x.last for x in chosen):m.first]}
        return bool(between & {"but", "before", "until", "restored", "regained", "reclaimed", "restoring"})

    @staticmethod
    def _is_margin(doc, led, m) -> bool:
        toks = doc.tokens
        if m.measure not in (Measure.COUNT, Measure.POINTS):
            return False
        before = [t.lower for t in toks[max(0, m.first - 4):m.first]]
        if m.hedge is not None:
            before = [t.lower for t in toks[max(0, m.first - 7):m.first]]
        after = toks[m.last].lower if m.last < len(toks) else ""
        if m.compound is not None:  # "a nine-point lead", "an 11-point halftime lead"
            nxt = toks[m.last + 1].lower if m.last + 1 < len(toks) else ""
            return m.compound in _UNITS and (m.head in _HEADS or after in _HEADS or after in _WHEN and nxt in _HEADS)
        unit = doc.text[m.end:m.phrase_end].strip().lower() if m.noun_end else after
        if m.measure == Measure.POINTS:
            unit = "points"  # "by 9 percentage points"
            if before[-2:] == [",", "or"]:  # "a margin of 55,481 votes, or 9.2 percentage points": the margin again
                prev = next((x for x in reversed(led.in_sentence(m.sentence)) if x.last < m.first), None)
                if prev is not None and prev.measure == Measure.COUNT and m.first - prev.last <= 4 and \
                        Margin._is_margin(doc, led, prev):
                    return True
        if before[-2:] == ["majority", "of"] and m.noun_end is None and m.value >= 10:
            return True  # "giving Marchetti a majority of 2,455": votes
        if unit.split()[:1] and unit.split()[0] not in _UNITS or not unit:
            return False
        if "error" in [t.lower for t in toks[m.last:m.last + 4]] or "error" in before:
            return False
        wider = [t.lower for t in toks[max(0, m.first - 7):m.first]]
        return "by" in before[-3:] and any(w in LEAD | {"defeating", "beating"} for w in (
            before if not unit.startswith("vote") else wider)) or before[-2:] in (
            ["margin", "of"], ["majority", "of"], ["lead", "of"], ["gap", "of"], ["edge", "of"], ["advantage", "of"],
            ["deficit", "of"])

    @staticmethod
    def _pair(led, si, margin):
        """The two figures a margin separates, with their mentions: a tally, two shares, or two counts of
        votes; in the margin's sentence those before it first ("leads 53 per cent to 47 per cent, an 8-point
        gap, after being level at 50-50")."""
        toks = led.doc.tokens
        ms = [m for m in led.in_sentence(si) if m is not margin and not m.quoted and not (
            m.measure == Measure.TALLY and m.last < len(toks) and toks[m.last].lower in ("run", "spurt", "burst"))]
        # ("a 14-2 run": points scored in a stretch, not the score)
        if si == margin.sentence:
            k = next((k for k in range(margin.last, min(len(toks), margin.last + 4)) if toks[k].text == ","), None)
            beside = next((m for m in ms if m.measure == Measure.TALLY and m.second is not None and k is not None
                           and m.first == k + 1), None)
            if beside is not None:
                return beside.value, beside.second, "count", (beside,)  # "an 11-point halftime lead, 42-33"
            before = _pair_in(led, [m for m in ms if m.first < margin.first], True, _counted(margin))
            if before is not None:
                return before
        return _pair_in(led, ms, False, _counted(margin))


def _shares_beside(led, m, plain: frozenset[str]):
    """The story's plain shares outside the margin's sentence, of its section and of a time and place that
    meet its own (a poll's and a result's alike: `plain` is the margin's scope without its context)."""
    for x in led.of(Measure.PERCENT):
        if not x.quoted and x.section == m.section and x.sentence != m.sentence and \
                x.role.value in ("plain", "total") and \
                scopes_meet(plain, frozenset(y for y in x.scope if not y.startswith("ctx:"))):
            yield x


def _counted(margin) -> bool:
    """A margin in votes, seats, goals, runs or strokes: it separates two counts, not two shares."""
    return (margin.thing or margin.compound or "").rstrip("s") in ("vote", "seat", "goal", "run", "stroke") or \
        margin.thing is None and margin.compound is None and margin.role.value == "threshold"  # "a majority of 2,455"


def _pair_in(led, ms, last: bool, counts: bool = False):
    toks = led.doc.tokens
    tallies = [m for m in ms if m.measure == Measure.TALLY and m.second is not None]
    if tallies:
        t = tallies[-1] if last else tallies[0]
        return t.value, t.second, "count", (t,)
    shares = [m for m in ms if m.measure == Measure.PERCENT and (m.role.value in ("plain", "total", "to") or
                                                                m.role.value == "compare" and m.first and
                                                                toks[m.first - 1].lower in ("against", "versus", "vs"))
              and not (m.first >= 2 and "with" in (toks[m.first - 1].lower, toks[m.first - 2].lower)
                       and {"counted", "reporting", "in", "tallied"} & {t.lower for t in toks[m.last:m.last + 8]})]
    # ("With 58% of the expected vote counted, Lindgren leads by 4.8 points, 53.4% to 46.6%")
    if counts:
        shares = []  # "a margin of 454 votes" is between 4,812 votes and 4,367, not 44.1 and 40.0 per cent
    if len(shares) >= 2:
        x, y = (shares[-2], shares[-1]) if last else (shares[0], shares[1])
        if x.holder is not None and x.holder == y.holder and ":" not in x.holder:
            return None  # one candidate's two shares ("46.2 per cent in 2021 and 44 per cent in 2025")
        return x.value, y.value, "share", (x, y)
    if len(shares) == 1:  # "48 per cent to 41"
        nxt = next((m for m in ms if m.first > shares[0].first and m.measure == Measure.COUNT and (
                    toks[m.first - 1].lower == "to" and m.first - shares[0].last <= 2
                    or toks[m.first - 1].lower == "at" and toks[m.first - 2].text[:1].isupper()
                    and m.first - shares[0].last <= 5)), None)  # "38 per cent and Kessler at 36"
        if nxt is not None:
            return shares[0].value, nxt.value, "share", (shares[0], nxt)
    votes = [m for m in ms if m.measure == Measure.COUNT and m.value >= 10 and m.role.value in ("plain", "compare")
             and (m.cls in ("vote", None))]
    for x, y in zip(votes, votes[1:], strict=False):
        if toks[y.first - 1].lower in ("to", "-", "versus", "vs", "against") or toks[y.first - 1].lower == "with" and \
                toks[y.first - 2].lower == "compared":
            return x.value, y.value, "count", (x, y)  # "4,812 votes ... compared with 4,367 votes"
        against = toks[y.last].lower if y.last < len(toks) else ""
        if toks[y.first - 1].lower == "and" and against in ("against", "opposed", "no"):
            return x.value, y.value, "count", (x, y)  # "920,412 ballots in favour and 774,318 against"
        between = {t.lower for t in toks[x.last:y.first]}
        if toks[y.first - 1].lower in ("on", "with") and between & {"ahead", "beating", "defeating", "over"}:
            return x.value, y.value, "count", (x, y)  # "polled 1,684 votes, finishing ahead of Hendry on 1,397"
    return None


_POLLED = frozenset({"poll", "won", "win", "receive", "get", "take", "secure", "garner"})


def _person(doc, si: int) -> str | None:
    """The surname of the first person a sentence names, lower-cased."""
    s = doc.sentences[si]
    n = next((n for n in doc.entities.names if s.first <= n.first < s.last and n.kind == "person"), None)
    return n.full.split()[-1].lower() if n is not None else None
