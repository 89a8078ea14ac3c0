"""numbers.count-mismatch: the same count given two values in one article ("26 miners" ... "all 25 miners"),
and vote tallies that disagree ("voted 9-4" ... "the 9-3 vote")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.numbers import COMPOUND, COUNT, TALLY, ledger, overlap

# Nouns that measure rather than name a group: two figures of them are rarely one count.
_UNITS = frozenset(
    "year day week month hour minute second time dollar cent point percent metre meter kilometre "
    "kilometer mile foot feet inch kilogram kg tonne ton litre liter hectare acre km pound ounce degree "
    "game goal run match lap inning round set shot vote seat step page word times".split())
# Nouns too general to compare on closeness alone.
_GENERIC = frozenset("people person man woman child resident other member thing way".split())
_STRONG = frozenset({"all", "entire", "whole", "total", "a total of", "in total", "in all", "altogether",
                     "combined", "overall"})


def _ratio(a: float, b: float) -> float:
    lo, hi = sorted((a, b))
    return hi / lo if lo > 0 else float("inf")


def _slip(x: float, y: float) -> bool:
    """One digit apart and within 10%: 41/43, 12/14, 17,000/18,000 (not 38,000/40,000); or off by one: 39/40."""
    a, b = str(int(x)), str(int(y))
    if abs(x - y) == 1:
        return True
    return len(a) == len(b) and sum(c != d for c, d in zip(a, b, strict=True)) == 1 and _ratio(x, y) <= 1.1


def _same_count(a, b) -> bool:
    """Do two figures of the same noun claim the same count? The rule (in order):
    - same rate ("a day"): one daily figure, within 25%;
    - a total ("all", "in total", "a total of") smaller than another count of the noun: a part cannot
      exceed its whole; two totals that differ; "the N" (weaker) only within 50%;
    - the same verb ("tested 14 sites" / "tested 12 sites") and the same modifiers, within 25%;
    - otherwise both bare (no adjective), a specific noun, 10 or more, one digit and 10% apart
      (a slip of a digit, not a different group).
    Two figures in one sentence are a contrast, never compared."""
    if a.sentence == b.sentence:
        return False
    r = _ratio(a.value, b.value)
    if a.rate or b.rate:
        return a.rate == b.rate and r <= 1.25
    ta, tb = a.total in _STRONG, b.total in _STRONG
    if ta and tb:
        return True
    if ta or tb:
        t, x = (a, b) if ta else (b, a)
        if x.low > t.high:
            return True
    if not a.change and not b.change:
        if (a.total == "the" or b.total == "the") and r <= 1.5:
            t, x = (a, b) if a.total == "the" else (b, a)
            if x.low > t.high:
                return True
        if a.verbs & b.verbs and a.modifiers == b.modifiers and r <= 1.25:
            return True
        if (not a.modifiers and not b.modifiers and a.noun not in _GENERIC and min(a.value, b.value) >= 10
                and _slip(a.value, b.value)):
            return True
    return False


def _eligible(q) -> bool:
    return (q.kind == COUNT and q.noun is not None and q.value >= 2 and not q.subset and not q.quoted
            and q.noun not in _UNITS and q.value == int(q.value))


_BODIES = frozenset("council board committee jury panel commission cabinet caucus senate legislature assembly "
                    "court bench".split())


def _body_after(doc, q) -> bool:
    """'13-member council': a voting body of known size."""
    nxt = doc.tokens_in(q.end, doc.sentences[q.sentence].end)[:1]
    return bool(nxt) and nxt[0].lower in _BODIES


def _line(doc, q) -> int:
    return doc.lines.position(q.start)[0]


class CountMismatch:
    meta = Meta(
        id="numbers.count-mismatch",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="The same count is given two different values in one article.",
        description=(
            "Keeps a ledger of counted things (noun lemma after the number, adjectives skipped) and flags "
            "a figure that contradicts an earlier one for the same thing: a total smaller than another "
            "count, two totals, two daily figures, the same verb with another number, or two bare "
            "figures one or two apart. Parts ('3 sites near the coast', 'two of them', 'other', 'more'), "
            "quotes, units of measure and changes over time ('up from') are left alone. Vote tallies "
            "that share one side but not the other, or that count more votes than the '13-member council' "
            "has, are flagged too."
        ),
        bad=(
            Example("The blast killed 26 miners.\n\nThe company released the names of all [[25]] miners on Friday.",
                    fix="26"),
            Example("Court heard Hollis persuaded 43 investors to put money in the fund.\n\n"
                    "The judge ordered him to pay restitution to [[41]] investors.", fix="43"),
            Example("The team tested snow from 14 sites in Nunavut.\n\nThey tested [[12]] sites in total.",
                    fix="14"),
            Example("About 18,000 vehicles cross the bridge each day.\n\n"
                    "The detour will carry about [[17,000]] vehicles a day.", fix="18,000"),
            Example("Duran took out 68 loans from 39 banks.\n\nHe was arrested after complaints from six of the "
                    "[[40]] banks that had lent him money.", fix="39"),
            Example("Council voted 9-4 to freeze fares.\n\nThe [[9-3]] vote came after a long debate.",
                    fix="9-4"),
            Example("The 13-member council voted [[9-5]] to freeze fares."),
        ),
        good=(
            Example("They tested 12 sites in total.\n\nThree sites near the coast had the highest levels."),
            Example("The 12 sites they tested were remote.\n\nOf those, 3 sites showed no plastic at all."),
            Example("A 55-minute meeting drew 55 delegates.\n\nAnother 40 delegates joined online."),
            Example("About 2,000 residents were ordered out on Sunday.\n\n"
                    "By Monday, more than 2,400 residents had left, up from 2,000 the day before."),
            Example("The company hired 120 workers last year and 80 workers this spring."),
            Example("The 41 councillors met on Monday.\n\nOf the 40 councillors present, most voted yes."),
            Example("Police arrested 12 people.\n\nAt least 14 people were injured in the clashes."),
            Example("Council voted 9-4 to approve the budget.\n\nA later motion to cut fares failed 4-9."),
            Example("The 13-member council voted 7-5 to freeze fares; one member was absent."),
            Example("\u201cWe had 30 volunteers,\u201d she said.\n\nThe group now has 32 volunteers."),
        ),
    )

    def check(self, doc, ctx):
        ledger_ = ledger(doc)
        by_noun: dict[str, list] = {}
        for q in ledger_:
            if not _eligible(q):
                continue
            seen = by_noun.setdefault(q.noun, [])
            for p in reversed(seen[-20:]):
                if overlap(p, q) or not _same_count(p, q):
                    continue
                noun = doc.text[q.end:q.noun_end].strip() if q.noun_end else q.noun
                yield Finding(
                    q.start, q.end,
                    f"'{q.text} {noun}' here but {p.text} in line {_line(doc, p)}: check which figure is right.",
                    (p.text,), related=((p.start, p.end),),
                )
                break
            seen.append(q)
        yield from self._tallies(doc, ledger_)

    def _tallies(self, doc, qs):
        votes = []
        for q in qs:
            if q.kind != TALLY or q.quoted:
                continue
            s = doc.sentences[q.sentence]
            words = {t.lower for t in doc.sentence_tokens(s)}
            if words & {"vote", "voted", "votes", "voting", "ballot"}:
                votes.append(q)
        sizes = [q for q in qs if q.kind == COMPOUND and q.noun == "member" and _body_after(doc, q)]
        for q in votes:
            for z in sizes:
                if sum(q.tally) > z.value:
                    yield Finding(
                        q.start, q.end,
                        f"The {q.text} vote counts {sum(q.tally)} votes, but line {_line(doc, z)} gives a "
                        f"{z.text} body: check the tally.", related=((z.start, z.end),),
                    )
                    break
        for i, q in enumerate(votes):
            for p in votes[:i]:
                (a, b), (c, d) = sorted(p.tally, reverse=True), sorted(q.tally, reverse=True)
                if (a, b) != (c, d) and (a == c or b == d) and abs(a - c) + abs(b - d) <= 2:
                    yield Finding(
                        q.start, q.end,
                        f"The vote is {q.text} here but {p.text} in line {_line(doc, p)}: check the tally.",
                        (p.text,), related=((p.start, p.end),),
                    )
                    break

