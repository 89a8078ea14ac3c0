"""numbers.percent-sum: shares of one vote that add up to more than 100 per cent."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.numbers import PERCENT, format_value, ledger

_WHOLE = frozenset({"vote", "votes", "ballots", "ballot"})
_BETWEEN = frozenset({"the", "all", "valid", "popular", "votes", "cast", "first", "ballot", "ballots"})
# A share in these sentences is not a part of the vote: turnout, changes, margins.
_NOT_SHARE = frozenset({"turnout", "margin", "points", "lead", "swing", "threshold", "needed", "need",
                        "majority", "support", "poll", "polls", "polling", "approval"})


def _of_the_vote(doc, q) -> bool:
    toks = doc.tokens_in(q.end, doc.sentences[q.sentence].end)
    if not toks or toks[0].lower != "of":
        return False
    for t in toks[1:5]:
        if t.lower in _WHOLE:
            return True
        if t.lower not in _BETWEEN:
            return False
    return False


def _placed(doc, q) -> bool:
    """A share of one place's vote ("57% in Dundee"): the breakdown is over several wholes."""
    toks = doc.tokens_in(q.end, doc.sentences[q.sentence].end)[:6]
    words = [t for t in toks if t.lower not in ("of", "the", "vote", "votes", "ballots", "cast", "popular")]
    return len(words) >= 2 and words[0].lower in ("in", "at", "across") and words[1].text[0].isupper()


class PercentSum:
    meta = Meta(
        id="numbers.percent-sum",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="Shares of one vote add up to more than 100 per cent.",
        description=(
            "Starts a breakdown at a share 'of the vote' and adds the percentages that follow in the same "
            "paragraph; flags a total above 101 (one point is left for rounding). Sentences about turnout, "
            "margins, polls or changes ('down from') are not part of the breakdown."
        ),
        bad=(
            Example("Chahal took 41 per cent of the vote. Lutz finished second with 38 per cent, and Friesen "
                    "was third at 17 per cent. The Green candidate received [[6 per cent]]."),
            Example("The mayor won 55% of the ballots cast, while her rival took [[47%]]."),
        ),
        good=(
            Example("Chahal took 41 per cent of the vote. Lutz finished second with 38 per cent, and Friesen "
                    "was third at 17 per cent. The Green candidate received 5 per cent."),
            Example("Chahal took 41 per cent of the vote. Turnout was 31 per cent, down from 58 per cent."),
            Example("The mayor won 55 per cent of the vote, up from 48 per cent in 2018."),
            Example("Rounded, the three candidates took 34 per cent of the vote, 34 per cent and 33 per cent."),
            Example("She won 52 per cent of the vote.\n\nA poll last week had put her at 60 per cent."),
            Example("The yes side won 53% of the vote in Glasgow, 57% in Dundee and 51% in North Lanarkshire."),
        ),
    )

    def check(self, doc, ctx):
        qs = [q for q in ledger(doc) if q.kind == PERCENT]
        i = 0
        while i < len(qs):
            a = qs[i]
            if a.change or not _of_the_vote(doc, a) or self._skip(doc, a):
                i += 1
                continue
            group = [a]
            j = i + 1
            while j < len(qs) and qs[j].block == a.block and qs[j].sentence - a.sentence <= 3:
                q = qs[j]
                if q.sentence != a.sentence and _of_the_vote(doc, q):
                    break  # a new breakdown begins
                if not (q.change or self._skip(doc, q)):
                    group.append(q)
                j += 1
            total = sum(q.low for q in group)
            if len(group) >= 2 and total > 101 and not any(_placed(doc, q) for q in group):
                last = group[-1]
                parts = " + ".join(format_value(q.value) for q in group)
                yield Finding(
                    last.start, last.end,
                    f"The shares of the vote add up to {format_value(total)} per cent ({parts}): "
                    "check the figures.",
                    related=tuple((q.start, q.end) for q in group[:-1]),
                )
            i = j

    @staticmethod
    def _skip(doc, q) -> bool:
        s = doc.sentences[q.sentence]
        return any(t.lower in _NOT_SHARE for t in doc.sentence_tokens(s))
