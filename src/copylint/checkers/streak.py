"""numbers.streak: one streak given two lengths ("for a sixth consecutive month" ... "five months in a
row")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.figures import Measure
from copylint.nlp.ledger import scopes_meet

# A sentence with these speaks of another streak, an earlier or a hoped-for one.
_OTHER = frozenset("had would could might if previous earlier snapped ended end broke before franchise "
                   "history".split())


class Streak:
    meta = Meta(
        id="numbers.streak",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="One streak is given two different lengths.",
        description=(
            "Reads streaks from the ledger ('a sixth straight win', 'five consecutive months', 'six wins in a "
            "row', 'a six-game winning streak', 'a run of nine') with what they count and whose they are, and "
            "flags one streak given two lengths. Streaks of others, earlier or hoped-for streaks ('had won five "
            "in a row', 'a win would be their seventh straight') and records are left alone."
        ),
        bad=(
            Example("Inflation rose for a sixth consecutive month in March.\n\n"
                    "Prices have now climbed [[five months in a row]], the agency said."),
            Example("The Jets won their sixth straight game on Saturday.\n\n"
                    "The [[seven-game]] winning streak is their longest this season."),
        ),
        good=(
            Example("The Jets won their sixth straight game.\n\nA win on Monday would be their seventh straight."),
            Example("The Jets won their sixth straight game.\n\nThe Oilers have lost five in a row."),
            Example("Inflation rose for a sixth consecutive month.\n\nIt had risen five months in a row in 2019."),
        ),
    )

    def check(self, doc, ctx):
        led = doc.ledger
        streaks = [m for m in led.of(Measure.STREAK) if not m.quoted and not set(led.words(m, before=8, after=6))
                   & _OTHER]
        for i, b in enumerate(streaks):
            for a in streaks[:i]:
                if a.sentence == b.sentence or a.value == b.value or a.section != b.section:
                    continue
                if a.holder and b.holder and a.holder != b.holder or not scopes_meet(a.scope, b.scope):
                    continue
                if a.cls and b.cls and a.cls != b.cls or (a.holder is None) != (b.holder is None) and \
                        not (a.cls and a.cls == b.cls):
                    continue
                if a.event and b.event and a.event != b.event or (a.holder is None) != (b.holder is None) and \
                        a.event != b.event and not a.cls == b.cls == "win":
                    continue  # "has scored in four matches in a row" and the team's "unbeaten run to 12 matches"
                yield Finding(b.start, b.end, f"A streak of {_n(b.value)} here but {_n(a.value)} elsewhere in the "
                              "article: check the count.",
                              related=(Related(a.start, a.end, f"streak of {_n(a.value)}"),))
                break


def _n(v: float) -> str:
    return str(int(v))
