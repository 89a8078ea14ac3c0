"""numbers.part-exceeds-whole: a part larger than its whole ("45 of the 40 members"; "more than 5,000
evacuees" from "a village of about 3,800 people"; 14 votes on "the 13-member council")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.figures import Measure
from copylint.nlp.ledger import Role

# Counts of people that come out of a place's population.
_FROM_PLACE = frozenset({"evacuated", "dead", "injured", "displaced", "missing", "rescued", "infected"})


class PartExceedsWhole:
    meta = Meta(
        id="numbers.part-exceeds-whole",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="A part is larger than the whole it belongs to.",
        description=(
            "A part can't be larger than its whole, even across hedges: 'N of the M' and 'M people, N of whom' "
            "with N above M; a part of a breakdown above its total; counts of people evacuated, killed or "
            "hurt above the population of the one place the article gives ('a village of about 3,800 people', "
            "'more than 5,000 evacuees'); members or votes above the size of the body ('the 13-member council'). "
            "Figures of other places, times and bodies are left alone."
        ),
        bad=(
            Example("[[45]] of the 40 members voted for the motion."),
            Example("Tarn, a village of about 3,800 people, was emptied.\n\n"
                    "More than [[5,000]] evacuees reached the shelters."),
            Example("The 40 patients include [[43]] adults."),
        ),
        good=(
            Example("35 of the 40 members voted for the motion."),
            Example("Tarn, a village of about 3,800 people, was emptied.\n\n"
                    "About 3,500 evacuees reached the shelters."),
            Example("Tarn, a village of 3,800 people, was spared.\n\nIn the province, 5,000 people were evacuated."),
        ),
    )

    def check(self, doc, ctx):
        led = doc.ledger
        for b in led.breakdowns:
            for p in b.parts:
                if p.low > b.total.high:
                    yield self._finding(doc, p, b.total)
        counts = [m for m in led.of(Measure.COUNT) if not m.quoted and not m.named]
        # "45 of the 40 members": the part right before the whole
        for i, m in enumerate(counts):
            if m.role == Role.POOL and i and counts[i - 1].sentence == m.sentence and counts[i - 1].role == Role.PART \
                    and m.first - counts[i - 1].last <= 4 and counts[i - 1].low > m.high:
                yield self._finding(doc, counts[i - 1], m)
        yield from self._population(doc, counts)

    def _population(self, doc, counts):
        """Counts of people from the one place whose population the article gives."""
        wholes = [m for m in counts if m.role == Role.PLAIN and m.cls == "people" and _population(doc, m)]
        if len(wholes) != 1:
            return
        whole = wholes[0]
        for m in counts:
            if m is whole or m.cls != "people" or m.event not in _FROM_PLACE or m.low <= whole.high:
                continue
            if any(x.startswith("p:") for x in m.scope) or m.sentence == whole.sentence:
                continue  # another place named, or a comparison in one sentence
            yield self._finding(doc, m, whole)

    @staticmethod
    def _finding(doc, part, whole):
        return Finding(part.start, part.end, f"'{doc.text[part.start:part.phrase_end]}' is more than the whole it "
                       f"belongs to ('{doc.text[whole.start:whole.phrase_end]}'): check the figures.",
                       related=(Related(whole.start, whole.phrase_end, doc.text[whole.start:whole.phrase_end]),))


def _population(doc, m) -> bool:
    """ "a village of 3,800 people", "home to 3,800 people", "a population of 3,800", "its 3,800 residents"."""
    toks = doc.tokens
    before = [t.lower for t in toks[max(0, (m.first if m.hedge is None else m.first) - 4):m.first]]
    if m.hedge is not None:
        k = m.first - 1
        while k > 0 and toks[k].lower in ("about", "around", "some", "nearly", "almost", "roughly", "more", "than",
                                          "fewer", "less", "just", "over", "under", "approximately", "an",
                                          "estimated"):
            k -= 1
        before = [t.lower for t in toks[max(0, k - 2):k + 1]]
    if before[-1:] == ["of"] and any(w in ("village", "town", "city", "community", "population", "hamlet", "island",
                                           "municipality", "suburb", "district") for w in before):
        return True
    return before[-2:] == ["home", "to"] or m.thing in ("inhabitant",) or before[-1:] in (["its"], ["their"]) and \
        m.thing == "resident"
