"""The shared body of the "one quantity, two values" rules (count, money, percent): the ledger finds
the conflicts, each rule picks its measure and writes the message."""

from __future__ import annotations

from copylint.model import Finding, Related
from copylint.nlp.figures import Measure, restate
from copylint.nlp.ledger import conflicts


def phrase(doc, m) -> str:
    """The figure with its counted noun, as written: "26 coal miners", "$214 million"."""
    return " ".join(doc.text[m.start:m.phrase_end].split())


class Mismatch:
    """Base of count-mismatch, money-mismatch and percent-mismatch; not a rule itself."""

    measures: tuple[Measure, ...] = ()

    def check(self, doc, ctx):
        for c in conflicts(doc.ledger, self.measures):
            mine, theirs = phrase(doc, c.odd), phrase(doc, c.other)
            yield Finding(
                c.odd.start, c.odd.end,
                f"'{mine}' here but '{theirs}' elsewhere in the article: check which figure is right.",
                (restate(c.other.value, c.odd.text, c.odd.words),),
                related=(Related(c.other.start, c.other.phrase_end, theirs),),
            )
