"""numbers.percent-sum: shares of one whole that add up to more than 100 per cent (votes, poll answers,
stakes, budget and market shares)."""

from __future__ import annotations

import re

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.counted import ANSWERS
from copylint.nlp.figures import Measure, format_value
from copylint.nlp.ledger import Role

_POLLS = frozenset({"vote", "votes", "ballot", "ballots", "poll", "polls", "survey", "surveyed", "respondents",
                    "polled", "voters", "voted", "election", "referendum", "electorate", "asked", "primary", "caucus"})
_WHOLES = _POLLS | frozenset({"stake", "stakes", "shares", "owns", "owned", "holds", "market", "budget", "seats",
                              "sample", "revenue", "sales", "accounted", "account", "accounts", "spending",
                              "remaining", "rated", "ratings", "own", "funds", "funding", "combined"})
# a line of a result: a name, perhaps its party, its votes and its share ("Priya Oduya (Green) 1,684 (35.1%)")
_RESULT_LINE = re.compile(r"^\W*[A-Z][^\n\d]{2,60}\s[\d,]{2,9}\s*\((?P<share>\d{1,2}(?:\.\d)?%)\)\s*$")
# Words that make "A% to B%" a change rather than a split
_UP_WORDS = frozenset("rose rising risen increased jumped climbed grew fell falling fallen dropped declined "
                      "slipped surged soared plunged shifted moved swung went changed".split())
# Verbs that put the answers to one question after their shares ("said immigration, 31% the economy")
_ALLOT = frozenset({"go", "goes", "went", "allocated", "allocates", "allotted", "earmarked", "spent", "devoted",
                    "split"})
_RATED = frozenset({"rated", "rates", "graded", "grades"})
_NAMING = frozenset({"said", "named", "chose", "picked", "cited", "listed", "ranked", "selected", "choose", "name",
                     "voted", "thought", "think", "believe", "believed", "want", "wanted", "prefer", "preferred",
                     "say", "says", "reported", "report", "answered", "replied"})
# Words that make parenthesised shares the options of one choice ("the main cause", not "key reasons").
_CHOICE = frozenset({"main", "biggest", "primary", "chief", "single", "top", "preferred", "favourite", "favorite",
                     "first"})


def _least(m) -> float:
    """The smallest value a share can have: "about 68%" is a rounded 68 (67.5), "about 70%" a rounder one."""
    if m.hedge == "about" and m.value == int(m.value):
        return max(m.low, m.value - (2.5 if m.value % 5 == 0 else 0.5))
    return m.low


def _limit(n: int) -> int:
    """The most n rounded shares of one whole may add up to: 101 for a few, 102 for six or more."""
    return 101 if n < 6 else 102


def _strong(key: str) -> bool:
    """An option named for itself: a candidate or party, or a poll answer (not a bare common noun)."""
    return key.startswith(("answer:", "option:")) or key.startswith("holder:") and not key.startswith(
        ("holder:n:", "holder:a:"))


_NOT_A_SHARE = frozenset({"turnout", "unemployment", "inflation", "interest", "growth", "tax", "gdp", "yield",
                          "return", "participation", "vacancy", "occupancy", "rate", "error", "margin",
                          "precincts", "counted", "reporting", "tallied", "returns", "probability", "chance",
                          "likelihood", "odds", "capacity", "efficiency", "accuracy", "humidity", "discount"})
# Before a share: another whole than the one being divided ("as opposed to a proposed 75%").
_OTHER_WHOLE = frozenset("opposed instead rather versus proposed planned target expected forecast previous "
                         "projected".split())
_CHANGE = frozenset({"up", "down", "from", "rose", "fell", "increase", "decrease", "compared", "than", "gain",
                     "drop", "rise", "fall", "higher", "lower", "more", "fewer", "less", "swing", "points", "point"})


class PercentSum:
    meta = Meta(
        id="numbers.percent-sum",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="Shares of one whole add up to more than 100 per cent.",
        description=(
            "Groups the percentages of a paragraph that divide one whole among options: candidates and parties "
            "('41 per cent of the vote', 'Lutz 38 per cent'), answers to one poll question (support, oppose, "
            "'unsure', 'don't know'), owners of stakes, shares of a budget or a market; in one sentence or "
            "across adjacent sentences. Flags a total above 101 for two shares and above 102 for more (rounding). "
            "Two shares joined by 'to' ('53% to 47%') are a split of one whole. Changes ('down from'), turnout "
            "and other rates, margins of error, 'with 90 per cent of the vote "
            "counted', shares of different groups ('among women') or places ('in Dundee') and answers to "
            "different questions are not added up. A list after a colon with one share an item ('- Cheaper "
            "fares: 24%') is one whole, short of 100 only when an item takes in the rest ('Other'); a result box, "
            "a line per candidate ending with its share in brackets, must come to 100 within its rounding."
        ),
        bad=(
            Example("The survey found that 51% of likely voters back Amendment D, while 39% oppose it.\n\nAnother "
                    "[[16%]] said they had not made up their minds."),
            Example("With nearly all ballots counted Thursday, Marsh had 1,041,336 votes, or 52.2%, to Whitcomb's "
                    "889,512, or 44.6%.\n\nProgressive Party candidate Ana Soto had 62,150 votes, or [[8.1%]]."),
            Example("The survey put the PCs at 38 per cent support among decided voters, the Liberals at 31 per cent, "
                    "the NDP at 24 per cent and the Greens at 7 per cent, with [[5 per cent]] backing other parties."),
            Example("A survey of 2,000 adults found 47 per cent supported the strike, 41 per cent opposed it and "
                    "[[19 per cent]] did not know."),
            Example("Harwick Vale by-election\nPriya Oduya (Green) 1,684 (35.1%)\nMalcolm Hendry (Conservative) 1,397 "
                    "(29.1%)\nSarah Whitlock (Labour) 846 (16.7%)\nTom Ashby (Reform UK) 611 (12.7%)\nJoanna "
                    "Fielding (Liberal Democrat) 262 ([[5.5%]])\nValid votes: 4,800. Turnout: 39.0%."),
            Example("Respondents were asked which single improvement would most encourage them:\n\n- More "
                    "frequent services: 31%\n- Cheaper fares: 24%\n- Reliable timekeeping: 26%\n- Later services: "
                    "12%\n- Better shelters: 5%\n- None of these: [[7%]]"),
            Example("Staff broke down where each dollar will be spent:\n\n- Police: 22 per cent\n- Transit: 18 per "
                    "cent\n- Roads: 16 per cent\n- Fire: 12 per cent\n- Parks: 10 per cent\n- General government: "
                    "6 per cent\n- Debt: 8 per cent\n- Other: [[5 per cent]]"),
            Example("The PVV took 27.4% of the vote, ahead of GL-PvdA on 16.9%, the VVD on 18.9% and the CDA on 9.4%. "
                    "D66 won 8.6% and JA21 5.2%, while the remaining [[19.6%]] was split among 11 smaller parties."),
            Example("Asked for the city's most important issue, housing was chosen by 41 per cent, followed by "
                    "property taxes at 37 per cent, public safety at 18 per cent and road repairs at [[nine per "
                    "cent]]."),
            Example("Policing remains the largest item at 31 per cent of spending, followed by public works at 24 "
                    "per cent, general government at 18 per cent and recreation at 14 per cent. The remaining "
                    "[[17 per cent]] is split among fire protection, the library and transit."),
            Example("In the final count, the no camp won 2,001,926 votes (55.3%) to 1,617,989 for yes ([[47.4%]])."),
            Example("More men have signed up than women (57% to [[47%]])."),
            Example("The survey also asked children about their diets. Of those surveyed, 64 per cent reported "
                    "eating greens fewer than twice a week, [[38 per cent]] two to four times a week and 16 per cent "
                    "almost every day."),
            Example("In the election, Labour took 40 per cent of the vote and the Conservatives 35 per cent. The "
                    "remaining [[30 per cent]] went to smaller parties."),
            Example("Chahal took 41 per cent of the vote. Lutz finished second with 38 per cent, and Friesen "
                    "was third at 17 per cent. The Green candidate received [[6 per cent]]."),
            Example("Smith had 48% support, Jones 47% and [[9%]] were undecided."),
            Example("The poll found 52 per cent approve of the plan, while 45 per cent disapprove and "
                    "[[8 per cent]] are unsure."),
            Example("The state holds a 51% stake in the airline, Delta owns 30% and pension funds hold [[25%]]."),
            Example("Trump trailed Biden in the polling average, 43.3 percent to [[63.3 percent]]."),
            Example("Salaries and benefits make up 79 per cent of spending, school operations 9 per cent, student "
                    "transportation 6 per cent, classroom supplies 4 per cent and administration [[5 per cent]]."),
            Example("The USDA rated the Kansas crop 4 percent very poor, 9 percent poor, 31 percent fair, 48 percent "
                    "good and [[11 percent]] excellent."),
            Example("Of the territory's six delegates, Sanders secured four with about 68% of the vote. Joe Biden "
                    "earned the other two with about [[36%]] of the vote."),
            Example("After the deal, Kvarn's existing shareholders will own about 58 percent of the combined company, "
                    "with Lindqvist's investors holding [[46 percent]]."),
            Example("Under the plan, 38 percent of the funds would go to food security, 21 percent to shelter, 17 "
                    "percent to health, 12 percent to protection, including support for survivors, and [[16 percent]] "
                    "to water and sanitation."),
            Example("Asked about the increase, 77 per cent of those surveyed opposed it, 18 per cent supported it and "
                    "[[11 per cent]] had no opinion."),
            Example("The poll has Labor's primary vote at 34 per cent, the Coalition at 29 per cent, the Greens at 14 "
                    "per cent and One Nation at 10 per cent, with independents and others on [[15 per cent]]."),
            Example("Brighton dominated possession, with 63% of the ball to Fulham's [[41%]], and had 19 shots to "
                    "eight."),
        ),
        good=(
            Example("The survey found that 51% of likely voters back Amendment D, while 39% oppose it.\n\nAnother "
                    "10% said they had not made up their minds."),
            Example("With nearly all ballots counted Thursday, Marsh had 1,041,336 votes, or 52.2%, to Whitcomb's "
                    "889,512, or 44.6%.\n\nProgressive Party candidate Ana Soto had 62,150 votes, or 3.1%."),
            Example("Marsh won 52% of the vote statewide.\n\nIn Deschutes County, Whitcomb won with 51%."),
            Example("The survey put the PCs at 38 per cent support among decided voters, the Liberals at 31 per cent, "
                    "the NDP at 19 per cent and the Greens at 7 per cent, with 5 per cent backing other parties."),
            Example("A survey of 2,000 adults found 47 per cent supported the strike, 41 per cent opposed it and "
                    "12 per cent did not know."),
            Example("A survey found 47 per cent supported the strike, as opposed to 75 per cent in a poll last "
                    "year."),
            Example("Harwick Vale by-election\nPriya Oduya (Green) 1,684 (35.1%)\nMalcolm Hendry (Conservative) 1,397 "
                    "(29.1%)\nSarah Whitlock (Labour) 846 (17.6%)\nTom Ashby (Reform UK) 611 (12.7%)\nJoanna "
                    "Fielding (Liberal Democrat) 262 (5.5%)\nValid votes: 4,800. Turnout: 39.0%."),
            Example("Leading candidates\nAnn Smith (Labour) 12,004 (45.1%)\nTom Jones (Conservative) 10,010 "
                    "(37.6%)\nLi Brown (Green) 3,002 (11.3%)"),
            Example("Respondents were asked which single improvement would most encourage them:\n\n- More "
                    "frequent services: 31%\n- Cheaper fares: 24%\n- Reliable timekeeping: 21%\n- Later services: "
                    "12%\n- Better shelters: 5%\n- None of these: 7%"),
            Example("Residents could choose more than one answer:\n\n- Parks: 61%\n- Libraries: 48%\n- Pools: 33%"),
            Example("Key figures for the quarter:\n\n- Unemployment: 5.1%\n- Inflation: 3.2%\n- Growth: 2.4%"),
            Example("The PVV took 27.4% of the vote, ahead of GL-PvdA on 15.9%, the VVD on 15.2% and the CDA on 9.4%. "
                    "D66 won 8.6% and JA21 5.2%, while the remaining 18.3% was split among 11 smaller parties."),
            Example("Asked for the city's most important issue, housing was chosen by 41 per cent, followed by "
                    "property taxes at 27 per cent, public safety at 18 per cent and road repairs at nine per cent."),
            Example("Policing remains the largest item at 31 per cent of spending, followed by public works at 24 "
                    "per cent, general government at 18 per cent and recreation at 14 per cent. The remaining "
                    "13 per cent is split among fire protection, the library and transit."),
            Example("In the final count, the no camp won 2,001,926 votes (55.3%) to 1,617,989 for yes (44.7%)."),
            Example("More men have signed up than women (53% to 47%), and sign-ups rose from 40% to 70%."),
            Example("The survey also asked children about their diets. Of those surveyed, 46 per cent reported "
                    "eating greens fewer than twice a week, 38 per cent two to four times a week and 16 per cent "
                    "almost every day."),
            Example("Prices in the survey rose 64 per cent over the decade and 38 per cent every year since, "
                    "the report said."),
            Example("In the election, Labour took 40 per cent of the vote and the Conservatives 35 per cent. The "
                    "remaining 25 per cent went to smaller parties."),
            Example("Chahal took 41 per cent of the vote. Lutz finished second with 38 per cent, and Friesen "
                    "was third at 17 per cent. The Green candidate received 4 per cent."),
            Example("Chahal took 41 per cent of the vote. Turnout was 61 per cent, down from 58 per cent."),
            Example("Rounded, the three candidates took 34 per cent of the vote, 34 per cent and 33 per cent."),
            Example("The yes side won 53% of the vote in Glasgow, 57% in Dundee and 51% in North Lanarkshire."),
            Example("The poll found 57 per cent oppose expanding the court. However, 72 per cent support term limits."),
            Example("Smith won 60 per cent of the vote among women and 55 per cent among men."),
            Example("With 90 per cent of the vote counted, Smith led with 52 per cent to Jones's 46 per cent."),
            Example("The survey found 70 per cent own a phone and 60 per cent own a laptop."),
            Example("Support rose from 40 per cent to 62 per cent, and 60% to 70% of patients recover."),
            Example("Coleman won 89% of Black voters and 61% of Latino voters, while white voters favored "
                    "Whitaker 57% to 42%."),
            Example("Salaries and benefits make up 79 per cent of spending, school operations 9 per cent, student "
                    "transportation 6 per cent, classroom supplies 4 per cent and administration 2 per cent."),
            Example("The USDA rated the Kansas crop 4 percent very poor, 9 percent poor, 31 percent fair, 45 percent "
                    "good and 11 percent excellent. A year ago, 38 percent was rated good or excellent."),
            Example("Of the territory's six delegates, Sanders secured four with about 68% of the vote. Joe Biden "
                    "earned the other two with about 32% of the vote."),
            Example("After the deal, Kvarn's existing shareholders will own about 58 percent of the combined company, "
                    "with Lindqvist's investors holding 42 percent."),
            Example("Under the plan, 38 percent of the funds would go to food security, 21 percent to shelter, 17 "
                    "percent to health, 12 percent to protection, including support for survivors, and 12 percent "
                    "to water and sanitation."),
            Example("Asked about the increase, 71 per cent of those surveyed opposed it, 18 per cent supported it and "
                    "11 per cent had no opinion."),
            Example("The poll has Labor's primary vote at 34 per cent, the Coalition at 29 per cent, the Greens at 12 "
                    "per cent and One Nation at 10 per cent, with independents and others on 15 per cent."),
            Example("Brighton dominated possession, with 63% of the ball to Fulham's 37%, and had 19 shots to "
                    "eight."),
        ),
    )

    def check(self, doc, ctx):
        led = doc.ledger
        by_block: dict[int, list] = {}
        pairs: dict[int, list] = {}  # with "to" shares, for splits: "(57% to 47%)"
        for m in led.of(Measure.PERCENT):
            if m.quoted or self._excluded(led, m):
                continue
            if m.role in (Role.PLAIN, Role.TOTAL) or self._rest(led, m) or self._another(led, m):
                by_block.setdefault(m.block, []).append(m)
            if m.role in (Role.PLAIN, Role.TO):
                pairs.setdefault(m.block, []).append(m)
        for shares in pairs.values():
            yield from self._splits(doc, led, shares)
        yield from self._listed(doc, led)
        yield from self._result_lines(doc, led)
        polls = any(set(led.sentence_words(si)) & _POLLS for si in range(len(doc.sentences)))
        for block, shares in by_block.items():
            if list(self._splits(doc, led, pairs.get(block, []))):
                continue  # flagged as a split above
            words = {w for s in doc.block_sentences(doc.blocks[block])
                     for w in led.sentence_words(doc.sentences.index(s))}
            named = sum(1 for m in shares if self._key(led, m)[0].startswith("holder:")
                        and _strong(self._key(led, m)[0]))
            if not words & _WHOLES and not any(self._answer(led, m) for m in shares) and not (polls and named >= 3):
                continue  # a whole to divide: a vote, a poll, a budget; or an article about one and three parties
            for group in self._groups(led, shares):
                yield from self._over(doc, group)
        # a result a paragraph a sentence, as wire copy writes it: "Marsh had ..., or 52.2%, to Whitcomb's ...,
        # or 44.6%." then "Soto had 62,150 votes, or 8.1%." (every share a named candidate's or party's)
        for block, shares in by_block.items():
            nxt = by_block.get(block + 1)
            if not nxt:
                continue
            both = shares + nxt
            keys = [self._key(led, m)[0] for m in both]
            if not all(_strong(k) and (polls or k.startswith("holder:")) for k in keys):
                continue  # (a poll's answers may run on too: "51% back it, while 39% oppose it." "Another 16% ...")
            for group in self._groups(led, both):
                if {m.block for m in group} == {block, block + 1}:
                    yield from self._over(doc, group)

    @staticmethod
    def _result_lines(doc, led):
        """A result written a line per candidate, each ending with its share in brackets ("Priya Oduya (Green)
        1,684 (35.1%)"): past 100 beyond their rounding (a twentieth of a point a line given to one decimal,
        half a point a line when whole) is flagged, and short of it when the box is a full result (a line of
        valid votes, turnout or majority)."""
        at_offset = None
        for b in doc.blocks:
            text = doc.text[b.start:b.end]
            if text.count("\n") < 2:
                continue
            if at_offset is None:
                at_offset = {x.start: x for x in led.of(Measure.PERCENT)}
            shares, at = [], b.start
            for line in text.split("\n"):
                m = _RESULT_LINE.search(line)
                if m and at + m.start("share") in at_offset:
                    shares.append(at_offset[at + m.start("share")])
                at += len(line) + 1
            if len(shares) < 3:
                continue
            total = sum(x.value for x in shares)
            decimals = all("." in x.text for x in shares)
            slack = max(0.15, 0.05 * len(shares)) if decimals else max(1.0, 0.5 * len(shares))
            whole = re.search(r"(?im)^\W*(valid votes|total votes|votes cast|total|turnout|majority)\b", text)
            if total > 100 + slack or whole and total < 100 - slack:  # (short only in a full result box)
                parts = " + ".join(format_value(x.value) for x in shares)
                yield Finding(shares[-1].start, shares[-1].end, f"The result's shares add up to "
                              f"{format_value(round(total, 2))} per cent ({parts}): check the figures.",
                              related=tuple(Related(x.start, x.end, x.text) for x in shares[:-1]))

    def _listed(self, doc, led):
        """ "which single improvement would most encourage them:" then a list, one share an item ("- Cheaper
        fares: 24%"): the shares of one whole. Past 100 is flagged (not past 130: a question that takes more
        than one answer); short of 100 only when an item takes in the rest ("Other", "Don't know")."""
        blocks = doc.blocks
        by_block: dict[int, list] = {}
        for m in led.mentions:
            by_block.setdefault(m.block, []).append(m)
        for b in blocks:
            if b.kind not in ("paragraph", "item") or not doc.text[b.start:b.end].rstrip().endswith(":"):
                continue
            lead = doc.text[b.start:b.end].lower()
            if any(w in lead for w in ("more than one", "multiple", "could choose", "each of")):
                continue
            run = []
            for x in blocks[b.index + 1:]:
                if x.kind != "item":
                    break
                got = by_block.get(x.index, [])
                shares = [m for m in got if m.measure == Measure.PERCENT and not m.quoted]
                if len(shares) != 1 or len(got) != 1:
                    run = []
                    break
                run.append((x, shares[0]))
            if len(run) < 3:
                continue
            total = sum(_least(m) for _, m in run)
            rest = any(re.match(r"\W*(other|others|rest|remaining|none|don.t know|unsure|undecided)\b",
                                doc.text[x.start:x.end].lower()) for x, _ in run)
            limit = _limit(len(run))
            if total <= limit and not (rest and total < 98):
                continue
            if total > 130:
                continue
            shares = [m for _, m in run]
            if total > limit:
                yield from self._over(doc, shares)
                continue
            at = shares[-1]  # short of 100 with the rest listed
            parts = " + ".join(format_value(m.value) for m in shares)
            yield Finding(at.start, at.end, f"These shares of one whole add up to {format_value(total)} per cent "
                          f"({parts}): check the figures.",
                          related=tuple(Related(m.start, m.end, m.text) for m in shares[:-1]))

    def _splits(self, doc, led, shares):
        """ "trailing 49.6 percent to 63.3 percent", "men than women (53% to 47%)": a split of one whole in two
        shares joined by "to" (not a change: "rose from 40% to 60%", "up to 70%", "between 40% to 60%")."""
        toks = doc.tokens
        for a, b in zip(shares, shares[1:], strict=False):
            if a.sentence == b.sentence and self._counted_split(toks, a, b) and a.value + b.value > 101:
                yield Finding(b.start, b.end, f"{a.text} to {b.text} splits one whole in two, but adds up to "
                              f"{format_value(a.value + b.value)} per cent: check the figures.",
                              related=(Related(a.start, a.end, a.text),))
                continue
            if a.sentence != b.sentence or b.first - a.last != 1 or toks[a.last].lower != "to" or \
                    b.last < len(toks) and toks[b.last].lower == "of":
                if not self._of_to(toks, a, b):
                    continue  # "40% to 60% of patients": a range
            before = [t.lower for t in toks[max(doc.sentences[a.sentence].first, a.first - 4):a.first]]
            if {"from", "between", "range", "ranging"} & set(before) or before[-1:] == ["up"] or a.role != Role.PLAIN:
                continue
            near = [t.lower for t in toks[max(doc.sentences[a.sentence].first, a.first - 8):a.first]]
            if any(w in _UP_WORDS for w in near) or b.hedge or a.hedge:
                continue
            if a.value + b.value > 101:
                yield Finding(b.start, b.end, f"{a.text} to {b.text} splits one whole in two, but adds up to "
                              f"{format_value(a.value + b.value)} per cent: check the figures.",
                              related=(Related(a.start, a.end, a.text),))

    @staticmethod
    def _of_to(toks, a, b) -> bool:
        """ "with 63% of the ball to Fulham's 41%": the whole named after the first share, the second a side's."""
        words = [t.lower for t in toks[a.last:b.first]]
        return a.sentence == b.sentence and words[:2] == ["of", "the"] and "to" in words and len(words) <= 6 \
            and words[-1].endswith(("'s", "’s")) and words.index("to") == len(words) - 2

    @staticmethod
    def _counted_split(toks, a, b) -> bool:
        """ "won 2,001,926 votes (55.3%) to 1,617,989 for yes (44.7%)": two counts set against each other with
        "to", each with its share in brackets."""
        def bracketed(m):  # "2,001,926 votes (55.3%)", "1,617,989 for yes (44.7%)"
            return m.first >= 2 and toks[m.first - 1].text == "(" and m.last < len(toks) and \
                toks[m.last].text == ")" and any(t.kind == "number" for t in toks[max(0, m.first - 5):m.first - 1])

        if not bracketed(a) or not bracketed(b) or a.last + 2 >= len(toks):
            return False
        return toks[a.last].text == ")" and toks[a.last + 1].lower == "to" and toks[a.last + 2].kind == "number" and \
            b.first - a.last <= 8

    @staticmethod
    def _another(led, m) -> bool:
        """ "Another 16% said they had not made up their minds": one option more of a poll's answers."""
        return m.role == Role.PART and led.words(m, before=1) == ["another"] and bool(
            {"said", "say", "were", "are", "had", "have"} & set(led.after_phrase(m, 2)))

    @staticmethod
    def _rest(led, m) -> bool:
        """ "the remaining 43 per cent", "the rest, 12 per cent": the share left over, one option more."""
        after = led.words(m, after=3)
        if after[:1] == ["of"] and after[1:3] not in (["the", "vote"], ["the", "ballots"]):
            return False  # "who made up the remaining 56% of voters": a part of the electorate
        before = led.words(m, before=3)
        if before[-1:] in (["on"], ["at"]) and {"others", "other"} & set(before[:-1]):
            return True  # "with independents and others on 15 per cent", "other parties at 3 per cent"
        return m.role == Role.PART and bool({"remaining", "rest", "remainder"} & set(before))

    def _excluded(self, led, m) -> bool:
        before = led.words(m, before=4)
        after = led.words(m, after=6)
        if any(w in _NOT_A_SHARE for w in before[-3:] + after[:5]) or m.cls in _NOT_A_SHARE:
            return True
        if "with" in before[-2:] and {"counted", "reporting", "tallied", "in", "returned"} & set(after[:8]):
            return True  # "With about 80% of polling-station ballots counted"
        if m.cls == "share" and set(led.sentence_words(m.sentence)[:3]) & _NOT_A_SHARE:
            return True  # "Turnout was highest in Emilia-Romagna at 47.2% and Tuscany at 45.8%"
        near = before[-2:] if before[-2:-1] not in (["make"], ["makes"], ["made"], ["making"]) else []
        if "," in near:
            near = near[near.index(",") + 1:]  # "Asked about the increase, 77 per cent ...": not a change
        if any(w in _CHANGE - {"from"} for w in near + after[:2]) or any(
                w in _OTHER_WHOLE and (w != "opposed" or i and before[i - 1] == "as") for i, w in enumerate(before)):
            return True  # ("from" is a change only when the ledger reads one: "drew support from 58 percent"; "41
            # per cent opposed it and 19 per cent did not know" is an answer, "as opposed to 75%" another whole)
        return False

    def _answer(self, led, m) -> str | None:
        """The poll answer a share gives ("52 per cent approve", "8 per cent are unsure", "said no", "drew
        support from 58 per cent")."""
        before = led.words(m, before=3)
        if before[-1:] == ["from"] and before[-2:-1] and before[-2] in ANSWERS:
            return ANSWERS[before[-2]]
        after = led.after_phrase(m, 6)
        for k, w in enumerate(after[:6]):
            if w in ANSWERS:
                if w == "opposed" and k and after[k - 1] == "as" or w == "for" and k == 0:
                    continue  # "as opposed to"; "20 per cent for the year"
                if w in ("support", "backing") and k == 0 and (after[1:2] or [""])[0] in ("among", "in", "from", ",",
                                                                                          ".", ""):
                    continue  # "the PCs at 38 per cent support among decided voters": the share, not an answer
                if w == "decided" and k and after[k - 1] in ("among", "of", "the"):
                    continue  # "among decided voters": a group, not "have not decided"
                if w == "no" and k + 1 < len(after) and after[k + 1] == "opinion":
                    return "unsure"
                return ANSWERS[w]
            if w in (",", ";", ".", "while", "and", "but"):
                break
        return None

    def _key(self, led, m) -> tuple[str, frozenset[str]]:
        """(option, object words): whom or which answer a share is for, and what the answer is about."""
        if self._rest(led, m):
            return "option:rest", frozenset()
        alloc = self._allotted(led, m)
        if alloc:
            return f"option:{alloc}", frozenset()
        if m.holder and ":" in m.holder and not m.holder.startswith(("n:", "a:")):
            return f"holder:{m.holder}", frozenset()  # "support Alvarez", "back Kessler"
        named = self._named_option(led, m)
        if named:
            return f"option:{named}", frozenset()
        ans = self._answer(led, m)
        if ans is not None:
            after = led.after_phrase(m, 8)
            i = next(k for k, w in enumerate(after) if w in ANSWERS)
            obj = set()
            for w in after[i + 1:i + 5]:
                if not w.isalpha() or w in ("and", "or", "but", "while", "per", "percent"):
                    break
                if len(w) > 3 and w not in ("that", "with", "they", "this", "their"):
                    obj.add(w)
            return f"answer:{ans}", frozenset(obj)
        if m.holder:
            return f"holder:{m.holder}", frozenset()
        doc = led.doc
        if m.first >= 2 and doc.tokens[m.first - 1].text == "(" and _CHOICE & set(led.sentence_words(m.sentence)):
            return f"option:{doc.tokens[m.first - 2].lower}", frozenset()  # "the main cause: varroa mites (46%)"
        if m.cls != "share":
            return f"share:{m.index}", frozenset()  # "51% of the vote", "a 20% stake": a share of a named whole
        return "", frozenset()

    @staticmethod
    def _allotted(led, m) -> str | None:
        """What a share of money is allotted to: "38 percent of the funds would go to food security, 21 percent
        to shelter, 17 percent to health": each share's "to" names its option, in a sentence that allots."""
        if _ALLOT.isdisjoint(led.sentence_words(m.sentence)):
            return None
        after = led.after_phrase(m, 12)
        k = 0
        while k < len(after) and after[k] in ("would", "will", "is", "are", "was", "were", "go", "goes", "went"):
            k += 1  # "38 percent of the funds would go to food security"
        if k >= len(after) or after[k] not in ("to", "for", "on"):
            return None
        words = []
        for w in after[k + 1:k + 6]:
            if not w[:1].isalpha() or w in ("and", "or", "including", "while"):
                break  # (a word token starts with a letter: not a figure or a mark)
            if w not in ("the", "a", "an"):
                words.append(w)
        return "-".join(words) or None

    @staticmethod
    def _base(led, m) -> bool:
        """The share names what it is of: "61% of Latino voters"."""
        toks = led.doc.tokens
        return m.last < len(toks) and toks[m.last].lower == "of"

    @staticmethod
    def _named_option(led, m) -> str | None:
        """An answer named after its share in a list of answers to one question: "38% of likely voters said
        immigration, 31% the economy and 19% housing"."""
        doc = led.doc
        toks = doc.tokens
        s = doc.sentences[m.sentence]
        before = [t.lower for t in toks[s.first:m.first]]
        k = m.last
        while k < s.last and toks[k].start < m.phrase_end:
            k += 1
        if k < s.last and toks[k].lower in _NAMING:
            k += 1  # "38% of likely voters said immigration"
        elif not any(w in _NAMING and {"%", "percent", "cent"} & set(before[max(0, x - 6):x])
                     for x, w in enumerate(before)) and not _RATED & set(before):
            return None  # "..., 31% the economy": an earlier share of the sentence said what it named; "rated
            # the crop 4 percent very poor, 9 percent poor": a rating scale
        words = []
        while k < s.last and toks[k].kind in ("word", "number") and toks[k].lower not in ("and", "or", "while", "but") \
                and len(words) < 6:
            if toks[k].lower not in ("the", "a", "an"):
                words.append(toks[k].lower)
            k += 1
        if not words or toks[k - 1].lower in ("said", "say") or words[0] in _NAMING:
            return None
        return "-".join(words)

    def _group_of(self, led, m) -> str:
        """A share of one group or place ("among women", "in Glasgow", "In the north, ..."): shares of two
        groups don't add up."""
        marks = sorted(x for x in m.scope if x.startswith(("p:", "g:")))
        lead = led.sentence_words(m.sentence)[:6]
        if lead[:1] and lead[0] in ("in", "among", "across", "for") and "," in lead:
            return "lead:" + "-".join(lead[:lead.index(",")]) + "|" + "|".join(marks)
        if any(x.startswith("g:") for x in marks):
            return "|".join(marks)  # the ledger's reading of the group: "38 per cent support among decided voters"
        after = led.words(m, after=7)
        for k, w in enumerate(after):
            if w in (",", ";", "and", "while", "but", "to") or w[:1].isdigit():
                break
            if w in ("among", "aged", "on") and k + 1 < len(after):
                nxt = after[k + 2] if after[k + 1] in ("the", "a") and k + 2 < len(after) else after[k + 1]
                return f"{w}:{nxt}"
        doc = led.doc
        s = doc.sentences[m.sentence]
        for k in range(m.last, min(s.last, m.last + 7)):  # "53% of the vote in Glasgow", "51% in North Lanarkshire"
            t = doc.tokens[k]
            if t.lower in (",", ";", "and", "while") or t.kind == "number":
                break
            if t.lower in ("in", "across") and k + 1 < s.last and doc.tokens[k + 1].text[:1].isupper():
                return f"in:{doc.tokens[k + 1].lower}"
        return "|".join(marks)  # "89% of Black voters", "white voters favored Whitaker 57% to 42%"

    def _groups(self, led, shares):
        """Runs of shares that divide one whole: coordinated in one sentence, or across adjacent sentences
        when every share names its option (a candidate, a party, a poll answer) in a vote or poll."""
        group: list = []
        keys: dict[str, frozenset[str]] = {}
        where = None
        prev, prev_g = None, ""
        toks = led.doc.tokens
        for m in shares:
            key, obj = self._key(led, m)
            if not key:
                continue  # "70 per cent own a phone": no option of one whole
            g = self._group_of(led, m)
            between = [t.lower for t in toks[prev.last:m.first]] if prev is not None else []
            if prev is not None and prev.sentence == m.sentence and m.first - prev.last <= 4 and "to" in between:
                g = prev_g  # "with 44 per cent to the NDP's 27 per cent": one split
            elif prev is not None and prev.sentence == m.sentence and not g and prev_g.startswith("g:") \
                    and not self._base(led, m) \
                    and not {"while", "but", "whereas", ";", "overall", "nationally"} & set(between):
                g = prev_g  # "61 percent of respondents in the 10 countries said ..., 17 percent said ..."
            prev, prev_g = m, g
            across = bool(group) and m.sentence != group[-1].sentence
            # "... and road repairs at nine per cent. The remaining five per cent named another issue."
            rest = key == "option:rest" and bool(group) and m.sentence - group[-1].sentence in (0, 1) and \
                len(group) >= 2  # ("..., while the remaining 19.6% was split among 11 smaller parties")
            if across and not rest and not (_strong(key) and all(_strong(k) for k in keys) and self._poll(led, m)):
                if len(group) >= 2:
                    yield group
                group, keys, where = [], {}, g
            fits = rest or group and m.sentence - group[-1].sentence <= 1 and key not in keys and g == where and (
                not key.startswith("answer:") or not obj or all(not o or o & obj for k2, o in keys.items()
                                                               if k2.startswith("answer:"))) and (
                m.cls == group[0].cls or "share" in (m.cls, group[0].cls))
            if not fits:
                if len(group) >= 2:
                    yield group
                group, keys, where = [], {}, g
            group.append(m)
            keys[key] = obj
        if len(group) >= 2:
            yield group

    @staticmethod
    def _poll(led, m) -> bool:
        doc = led.doc
        words = {w for b in {m.block, max(0, m.block - 1)} for s in doc.block_sentences(doc.blocks[b])
                 for w in led.sentence_words(doc.sentences.index(s))}  # (the poll may be named a paragraph up)
        return bool(words & _POLLS)

    def _over(self, doc, group):
        limit = _limit(len(group))
        total = 0.0
        for i, m in enumerate(group):
            total += _least(m)
            if total > limit and i >= 1:  # the finding sits where the sum passes 100; its message gives all
                whole = sum(x.value for x in group)  # as written
                parts = " + ".join(format_value(x.value) for x in group)
                yield Finding(m.start, m.end, f"These shares of one whole add up to {format_value(whole)} per cent "
                              f"({parts}): check the figures.",
                              related=tuple(Related(x.start, x.end, x.text) for x in group if x is not m))
                return
