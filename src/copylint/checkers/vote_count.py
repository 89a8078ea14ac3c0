"""numbers.vote-count: a vote's tally against the counts of those for and against it, and against the size
of the body that voted ("approved 6-3" with "the four trustees who voted no"; "the 13-member council voted
9-5")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.figures import Measure
from copylint.nlp.ledger import Role

_ACCOUNTED = frozenset({"abstain", "absent", "voted", "voted-for", "voted-against"})
_MEMBERS = frozenset("member councillor councilor trustee senator representative mp lawmaker legislator justice "
                     "judge director commissioner alderman delegate juror minister deputy governor supervisor "
                     "regent elector corporator peer mla mep".split())
_CHAMBERS = frozenset("council board house chamber assembly senate parliament legislature committee commission "
                      "corporation congress".split())
_AWAY = frozenset({"absent", "abstained", "abstaining", "abstain"})
_NO = (("voted", "against"), ("voted", "no"), ("voted", "nay"), ("opposed",), ("dissented",), ("dissenting",),
       ("dissenters",), ("no", "votes"), ("against",), ("voted", "to", "reject"), ("rejected",),
       ("in", "the", "minority"), ("to", "vote", "against"), ("voting", "against"), ("to", "oppose"))
_YES = (("voted", "in", "favour"), ("voted", "in", "favor"), ("voted", "for"), ("voted", "yes"),
        ("voted", "to", "approve"), ("supported",), ("yes", "votes"), ("in", "favour"), ("in", "favor"),
        ("in", "the", "majority"), ("to", "vote", "for"), ("voting", "for"), ("voting", "in", "favour"),
        ("voting", "in", "favor"))


class VoteCount:
    meta = Meta(
        id="numbers.vote-count",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="A vote's tally does not match the counts of those for and against it, or the body's size.",
        description=(
            "Sets a vote's tally ('approved 6-3', 'passed 52-48', 'voted 23 to 17', 'by 71 votes to 46') "
            "against the members counted voting against or for it ('the four trustees who voted no', 'three "
            "councillors voted against', 'Councillors Smith, Wu and Roy voted against'), against 'unanimously', "
            "and against the size of the body ('the 13-member council', 'the nine-member board', 'the council's "
            "40 members', 'the 122 seats in the house') with those its sentence counts absent or abstaining. A "
            "size stated far from the vote counts when it is the only one the story gives; a body the vote's "
            "sentence names must be the one sized. With several votes in an article, counts are set against the "
            "vote of their paragraph or the one before."
        ),
        bad=(
            Example("The board voted 5-2 on Monday to close two schools.\n\nBoard president Marisol Ortega said the "
                    "[[six]] members in the majority had spent months on it."),
            Example("The 11-member board voted 7-4 to close four schools.\n\nTrustee Doug Ferris, one of [[three]] "
                    "trustees who voted against the plan, said families needed more time."),
            Example("The board approved the plan 6-3.\n\nThe [[four]] trustees who voted no said it was rushed."),
            Example("Council voted 7-2 to pass the budget.\n\nTse, one of [[three]] councillors to vote against "
                    "the budget, said the increase was too large."),
            Example("The executive voted 10-2 to call the strike, with the [[three]] dissenting members asking "
                    "for more talks."),
            Example("The Senate voted 67-32 on Thursday to pass the package.\n\nIt cleared a procedural vote "
                    "71-28 on Tuesday.\n\nAmendments failed.\n\nReinholt was among the [[31]] senators who voted "
                    "no."),
            Example("The 13-member council voted [[9-5]] to freeze fares."),
            Example("With all 11 members present, council first voted [[7-5]] to reject an amendment."),
            Example("Council unanimously approved the budget, [[8-1]], on Tuesday."),
            Example("Council approved the bylaw 7-2. Councillors [[Smith, Wu and Roy]] voted against it."),
            Example("The motion received 112 votes in the 240-seat National Assembly, with 98 lawmakers voting "
                    "against, 11 abstaining and [[21]] absent."),
            Example("The county council's 40 members debated for four hours.\n\nIn the end the council voted "
                    "[[23 to 17]] in favour, with one abstention; one councillor was absent."),
            Example("The resolution was passed by [[71 votes to 46]], with seven corporators absent.\n\nThe "
                    "ruling alliance holds 78 of the 122 seats in the house and the opposition 44."),
            Example("The seven-member Cedar Ridge Unified School District board met on Wednesday.\n\nThe plan "
                    "was debated at length.\n\nNo one spoke against the bus routes.\n\nThe library hours "
                    "stay.\n\nTrustees passed the plan [[5-3]] after 11 p.m."),
            Example("The 100-seat Saeima backed the cabinet by 53 votes to 44, with three abstentions.\n\nThe [[46]] "
                    "opposition deputies who voted no came from three parties."),
            Example("The union committee approved the strike dates by 11 votes to three on Monday.\n\nThe [[four]] "
                    "executive members who voted against the dates argued for talks."),
        ),
        good=(
            Example("The board voted 5-2 on Monday to close two schools.\n\nBoard president Marisol Ortega said the "
                    "five members in the majority had spent months on it."),
            Example("The 11-member board voted 7-4 to close four schools.\n\nTrustee Doug Ferris, one of four "
                    "trustees who voted against the plan, said families needed more time."),
            Example("The board approved the plan 6-3.\n\nThe three trustees who voted no said it was rushed."),
            Example("Council voted 7-2 to pass the budget.\n\nTse, one of two councillors to vote against "
                    "the budget, said the increase was too large."),
            Example("The executive voted 10-2 to call the strike, with the two dissenting members asking "
                    "for more talks."),
            Example("The Senate voted 67-32 on Thursday to pass the package.\n\nIt cleared a procedural vote "
                    "71-28 on Tuesday.\n\nAmendments failed.\n\nReinholt was among the 28 senators who voted "
                    "no on Tuesday."),
            Example("The 13-member council voted 7-5 to freeze fares; one member was absent."),
            Example("With all 11 members present, council first voted 6-5 to reject an amendment."),
            Example("Council unanimously approved the budget, 9-0, on Tuesday."),
            Example("Council approved the bylaw 7-2. Councillors Smith and Roy voted against it."),
            Example("The motion received 112 votes in the 240-seat National Assembly, with 98 lawmakers voting "
                    "against, 11 abstaining and 19 absent."),
            Example("The county council's 40 members debated for four hours.\n\nIn the end the council voted "
                    "21 to 17 in favour, with one abstention; one councillor was absent."),
            Example("The committee's nine members met first.\n\nThen the full council voted 23 to 17 to "
                    "approve the plan."),
            Example("Members voted to raise the fee from 12 to 15 dollars.\n\nThe board's seven members agreed."),
            Example("The 40 members who voted for the plan met again.\n\nThe council voted 41 to 17."),
            Example("Council voted 10-5 on Tuesday to approve the plan.\n\nMayor Helen Strand and nine councillors "
                    "voted in favour."),
            Example("The 100-seat Saeima backed the cabinet by 53 votes to 44, with three abstentions.\n\nThe 44 "
                    "opposition deputies who voted no came from three parties."),
            Example("The union committee approved the strike dates by 11 votes to three on Monday.\n\nThe three "
                    "executive members who voted against the dates argued for talks."),
        ),
    )

    def check(self, doc, ctx):
        led = doc.ledger
        yield from self._breakdown(doc, led)
        votes = [m for m in led.of(Measure.TALLY) if not m.quoted and m.frame == "vote" and m.second is not None]
        if not votes:
            return
        sizes = [m for m in led.of(Measure.COUNT) if not m.quoted and self._size(led, m)]
        for v in votes:
            yes, no = max(v.value, v.second), min(v.value, v.second)
            away = self._away(led, v)
            words = led.sentence_words(v.sentence)
            if ("unanimously" in words or "unanimous" in words) and no > 0:
                yield Finding(v.start, v.end, f"'Unanimous', but the vote was {v.text}: check the tally.")
            near = sorted((z for z in sizes if z.section == v.section and abs(z.block - v.block) <= 3),
                          key=lambda z: abs(z.sentence - v.sentence))
            if not near and len({z.value for z in sizes if z.section == v.section}) == 1:
                near = [z for z in sizes if z.section == v.section]  # the one body the story sizes
            named = set(words) & _CHAMBERS  # "the council voted 23 to 17": not the committee's nine members
            near = [z for z in near if not named or self._chamber(doc, led, z) & named]
            present = [z for z in led.in_sentence(v.sentence) if z.measure == Measure.COUNT and z.thing in _MEMBERS
                       and not z.quoted and {"present", "attending", "voting"} & set(led.words(z, after=3))]
            # those present ("With all 11 members present, council voted 7-5"), then the body nearest the vote
            # ("84-39 ... in the 125-member chamber")
            limits = [(z, f"{int(z.value)} members were present") for z in present[:1]] + [
                (z, f"the body has {int(z.value)} {'seats' if z.thing == 'seat' else 'members'}") for z in near[:1]]
            for z, what in limits:
                if z.value < yes + no + away <= 1.5 * z.value:  # (far past it: another body's vote)
                    also = f" and {int(away)} absent or abstaining" if away else ""
                    tally = f"'{v.text}'" if " " in v.text else v.text
                    yield Finding(v.start, v.end, f"The {tally} vote counts {int(yes + no)} votes{also}, but {what}: "
                                  "check the tally.",
                                  related=(Related(z.start, z.phrase_end, doc.text[z.start:z.phrase_end]),))
                    break
        for c, side in self._counts(doc, led):
            v = self._vote_for(votes, c)
            if v is None:
                v = self._story_vote(doc, votes, c, side)
            if v is None:
                continue
            yes, no = max(v.value, v.second), min(v.value, v.second)
            want = no if side == "no" else yes
            if c.value != want:
                what = "against" if side == "no" else "for"
                yield Finding(c.start, c.end, f"{int(c.value)} voted {what} here, but the vote was {v.text}: check "
                              "the count or the tally.", related=(Related(v.start, v.end, f"vote {v.text}"),))
        yield from self._names(doc, led, votes)

    @staticmethod
    def _size(led, m) -> bool:
        """A count that sizes a voting body: "the 13-member council", "the county council's 40 members", "the
        122 seats in the house" (not "the 40 members who voted")."""
        if m.role == Role.BODY:
            return m.thing in _MEMBERS or m.thing == "seat"
        if not m.definite or m.thing not in _MEMBERS | {"seat"} or m.measure != Measure.COUNT:
            return False
        before, after = led.words(m, before=1), led.after_phrase(m)
        if after[:1] and after[0] in ("who", "that", "voted", "voting", "present", "absent", "were", "had"):
            return False
        if m.thing == "seat":
            return after[:2] in (["in", "the"],) and len(after) > 2 and after[2] in _CHAMBERS
        return bool(before) and (before[0].endswith(("'s", "’s")) and before[0][:-2] in _CHAMBERS
                                 or before[0] in ("its", "their"))

    @staticmethod
    def _chamber(doc, led, z) -> set[str]:
        """The body a size is of: "council" in "the county council's 40 members", "the 13-member council"."""
        around = led.words(z, before=1) + led.after_phrase(z) + doc.text[z.start:z.phrase_end].lower().split()
        return {w.removesuffix("'s").removesuffix("’s") for w in around} & _CHAMBERS

    @staticmethod
    def _away(led, v) -> float:
        """Members the vote's sentence counts as absent or abstaining: "with one abstention; one councillor was
        absent", "with seven corporators absent"."""
        total = 0.0
        for m in led.in_sentence(v.sentence):
            if m is v or m.measure != Measure.COUNT or m.quoted:
                continue
            if m.thing in ("abstention", "absentee") or m.thing in _MEMBERS and _AWAY & set(led.after_phrase(m)):
                total += m.value
        return total

    @staticmethod
    def _breakdown(doc, led):
        """ "112 votes in the 240-seat National Assembly, with 98 voting against, 11 abstaining and 21 absent":
        the members a vote accounts for, in the sentence that gives the body's size, add up past it."""
        for z in led.of(Measure.COUNT):
            if z.role != Role.BODY or z.quoted:
                continue
            ms = [m for m in led.in_sentence(z.sentence) if m is not z and m.measure == Measure.COUNT
                  and not m.quoted and m.role in (Role.PLAIN, Role.TOTAL, Role.PART)]
            members = [m for m in ms if m.thing in _MEMBERS or m.thing == "vote" or m.event in _ACCOUNTED]
            if len(members) < 3 or len(members) != len(ms):
                continue  # a breakdown of the vote, nothing else counted
            total = sum(m.value for m in members)
            if total > z.value:
                parts = " + ".join(str(int(m.value)) for m in members)
                yield Finding(members[-1].start, members[-1].end, f"The vote accounts for {int(total)} members "
                              f"({parts}), but the body has {int(z.value)}: check the counts.",
                              related=(Related(z.start, z.phrase_end, doc.text[z.start:z.phrase_end]),))

    @staticmethod
    def _counts(doc, led):
        """(count, side) for counts of members voting against (no) or for (yes)."""
        toks = doc.tokens
        for m in led.of(Measure.COUNT):
            among = [t.lower for t in toks[max(0, m.first - 2):m.first]] in (["among", "the"], ["of", "the"],
                                                                              ["one", "of"])
            if m.quoted or m.role not in (Role.PLAIN, Role.TOTAL) and not (m.role == Role.PART and among) or not (
                    m.thing in _MEMBERS or m.thing is None):
                continue  # ("who was among the 31 senators who voted no": the count of no votes)
            s = doc.sentences[m.sentence]
            end = m.last
            while end < s.last and toks[end].start < m.phrase_end:
                end += 1
            after = [t.lower for t in toks[end:min(s.last, end + 5)]]
            while after[:1] and after[0] in ("who", "that", "had", "have", "also", "all", "members"):
                after = after[1:]
            before = [t.lower for t in toks[max(s.first, m.first - 2):m.first]]
            if before[-1:] in (["and"], ["plus"], ["joined"]) or before[-2:] == ["joined", "all"]:
                continue  # "Mayor Helen Strand and nine councillors voted in favour": nine is part of a side
            for seq, side in [(x, "no") for x in _NO] + [(x, "yes") for x in _YES]:
                if tuple(after[:len(seq)]) == seq or seq in (("dissenting",), ("dissenters",)) and seq[0] in (
                        before + after[:1] + [x.lower() for x in m.mods]):
                    if m.thing is None and not (after[:1] == ["voted"] or after[:1] == ["dissented"]):
                        break
                    yield m, side
                    break

    @staticmethod
    def _vote_for(votes, c):
        """The vote a count speaks of: the one in its paragraph or the one before, when there is one."""
        near = [v for v in votes if v.section == c.section and 0 <= c.block - v.block <= 1 and v.index < c.index]
        if len({(v.value, v.second) for v in near}) == 1:
            return near[-1]
        if not near and len({(v.value, v.second) for v in votes}) == 1 and votes[0].index < c.index:
            return votes[0]
        return None

    @staticmethod
    def _story_vote(doc, votes, c, side):
        """Far from any vote, a count of one side speaks of the story's vote, the first in its opening
        paragraphs, unless it matches that side of another vote ("31 senators who voted no" after "voted
        67-32" and a 71-28 procedural vote)."""
        if c.value in {min(v.value, v.second) if side == "no" else max(v.value, v.second) for v in votes}:
            return None
        lede = [v for v in votes if v.section == c.section and v.index < c.index and v.sentence <= 2]
        return lede[0] if lede else None

    def _names(self, doc, led, votes):
        """"Councillors Smith, Wu and Roy voted against": the names listed against the tally's no side."""
        from copylint.checkers.list_count import items

        toks = doc.tokens
        for s in doc.sentences:
            low = [t.lower for t in toks[s.first:s.last]]
            for k in range(len(low) - 1):
                if low[k] != "voted" or low[k + 1] not in ("against", "no", "for"):
                    continue
                start = s.first
                if start + 1 < s.first + k and toks[start].lower.rstrip("s") in _MEMBERS | {"councillor", "coun"}:
                    start += 1
                run = range(start, s.first + k)
                if not run or not all(toks[x].text[0].isupper() or toks[x].lower in ("and", ",") for x in run
                                      if toks[x].kind != "punct" or toks[x].text == ","):
                    continue
                found = items(doc, start, s.first + k)
                if not found or len(found) < 2:
                    continue
                near = [x for x in votes if 0 <= s.block - x.block <= 1 and x.start < s.start]
                if len({(x.value, x.second) for x in near}) != 1:
                    continue
                v = near[-1]
                yes, no = max(v.value, v.second), min(v.value, v.second)
                want = no if low[k + 1] in ("against", "no") else yes
                if len(found) != want:
                    yield Finding(found[0][0], found[-1][1], f"{len(found)} named as voting {low[k + 1]}, but the "
                                  f"vote was {v.text}: check the names or the tally.",
                                  related=(Related(v.start, v.end, f"vote {v.text}"),))
                break
