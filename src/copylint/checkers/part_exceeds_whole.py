"""numbers.part-exceeds-whole: a part larger than its whole ("45 of the 40 members"; "more than 5,000
evacuees" from "a village of about 3,800 people"; 14 votes on "the 13-member council")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.counted import noun as counted_noun
from copylint.nlp.figures import Measure
from copylint.nlp.ledger import Role
from copylint.nlp.lexicon import verb_lemmas, verb_tags

_PERSONS = frozenset("people worker officer child man woman member student resident patient passenger victim "
                     "soldier crew".split())
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
            "'more than 5,000 evacuees') or named for it ('3,200 Fort Ellis residents', 'people from Dunmore'); "
            "'18 of the division's schools' above the count the article gives for the division; 'N of those' "
            "above the count before; members or votes above the size of the body ('the 13-member council'). "
            "Figures of other places, times and bodies are left alone."
        ),
        bad=(
            Example("It was his forgiveness, after spending 27 years in prison, [[180]] of them on Robben Island, "
                    "that won the world's respect."),
            Example("[[45]] of the 40 members voted for the motion."),
            Example("Volunteers surveyed 212 garden ponds in 2023.\n\nThe report was published on Monday.\n\n"
                    "Common frogs were recorded in [[261]] of the ponds."),
            Example("Fields agreed to plead guilty to [[92]] out of 30 federal hate crime charges."),
            Example("Pro-democracy candidates won control of [[170]] out of 18 of the area's districts."),
            Example("The floods submerged crops on about 86,000 hectares, including [[92,000 hectares]] of rice."),
            Example("Tarn, a village of about 3,800 people, was emptied.\n\n"
                    "More than [[5,000]] evacuees reached the shelters."),
            Example("The 40 patients include [[43]] adults."),
            Example("Fort Ellis, home to about 2,300 people, was evacuated.\n\n"
                    "The Red Cross said nearly [[3,200]] Fort Ellis residents had registered."),
            Example("The Valley School Division, which runs 16 schools, closed roads.\n\n"
                    "Classes were cancelled at [[18]] of the division's schools."),
            Example("The ministry said 24 people were taken to hospital overnight.\n\n"
                    "It said [[26]] of those taken to hospital were police officers."),
            Example("The district runs 34 elementary and nine secondary schools.\n\n"
                    "A review found that [[39]] of the district's elementary schools were below capacity."),
            Example("The team recorded 186 bee species.\n\nIt found [[194]] of the species they recorded at "
                    "fewer than five sites."),
        ),
        good=(
            Example("It was his forgiveness, after spending 27 years in prison, 18 of them on Robben Island, that "
                    "won the world's respect."),
            Example("35 of the 40 members voted for the motion."),
            Example("Volunteers surveyed 212 garden ponds in 2023.\n\nCommon frogs were recorded in 161 of the "
                    "ponds."),
            Example("Five ponds were drained in May.\n\nVolunteers later checked 212 ponds, and newts were found in "
                    "12 of the ponds."),
            Example("Nine out of 10 doctors agree, and 17 out of 18 of the districts voted."),
            Example("The floods submerged crops on about 86,000 hectares, including 62,000 hectares of rice, and the "
                    "burned area grew from 86,000 hectares to 92,000 hectares."),
            Example("The building will have 312 units, 46 of them with three bedrooms.\n\nOf those, 47 units will be "
                    "rented at below-market rates."),
            Example("Doctors treated 96 patients for side effects.\n\nThe participants had an average age of 63, "
                    "and 675 of them were women."),
            Example("Tarn, a village of about 3,800 people, was emptied.\n\n"
                    "About 3,500 evacuees reached the shelters."),
            Example("Tarn, a village of 3,800 people, was spared.\n\nIn the province, 5,000 people were evacuated."),
            Example("Fort Ellis, home to about 2,300 people, was evacuated.\n\n"
                    "Nearly 3,200 Edmonton residents gave money."),
            Example("The Valley School Division, which runs 16 schools, closed roads.\n\n"
                    "Classes were cancelled at 12 of the division's schools."),
            Example("The ministry said 24 people were taken to hospital overnight.\n\n"
                    "It said 16 of those taken to hospital were police officers."),
            Example("The district runs 34 elementary and 19 secondary schools.\n\n"
                    "A review found that 18 of the district's secondary schools were below capacity."),
            Example("The team recorded 186 bee species.\n\nIt found 194 of the species the 1990s survey "
                    "listed at more sites."),
            Example("Drake cut the deficit to 66-63 on Reyes' 3-pointer.\n\nBradley answered with six straight points, "
                    "four of them on free throws by Curry."),
            Example("Waterford's five late points left them within a score.\n\nPower finished with 0-12 in the hurling "
                    "final, 10 of those from placed balls."),
            Example("Much of the damage is around Garsen, a market town of about 9,500 people.\n\nLast year's long "
                    "rains killed 294 people across the country and displaced more than 278,000."),
            Example("Local officials said the district of about 390,000 people has only two treatment centres.\n\nThe "
                    "insurgency in Cabo Delgado has displaced more than 1 million people at its peak."),
            Example("By 1980 she had five shops, and by 1995 she had 14. Her tourtière, a spiced pork pie, became so "
                    "popular that in 1997 the chain sold more than 60,000 of them."),
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
        yield from self._owned(doc, counts)
        yield from self._of_those(doc, counts)
        yield from self._of_the(doc, counts)
        yield from self._of_them(doc, led)
        yield from self._measures(doc, led)

    def _measures(self, doc, led):
        """ "crops on about 86,000 hectares, including 92,000 hectares of rice": a measure and a part of it."""
        toks = doc.tokens
        ms = [m for m in led.of(Measure.DIMENSION) if not m.quoted]
        for a, b in zip(ms, ms[1:], strict=False):
            between = [t.lower for t in toks[a.last:b.first]]
            if a.sentence == b.sentence and a.unit == b.unit and between[-1:] in (["including"], ["of"]) and (
                    len(between) <= 3 and between[:1] in ([","], ["including"], ["of"])) and b.low > a.high:
                yield self._finding(doc, b, a)

    def _of_those(self, doc, counts):
        """ "26 of those taken to hospital were police officers" after "24 people were taken to hospital": a part
        of the count the sentence before gives, by its event."""
        toks = doc.tokens
        for i, m in enumerate(counts):
            if m.last + 1 >= len(toks) or toks[m.last].lower != "of" or toks[m.last + 1].lower not in (
                    "those", "them", "these", "whom"):
                continue
            s = doc.sentences[m.sentence]
            head = toks[s.first + 1] if s.first + 1 < m.first else None
            if head is not None and toks[s.first].lower in ("the", "these", "those") and head.lower.endswith("s") \
                    and counted_noun(head.text):
                continue  # "The participants had an average age of 63, and 675 of them": its own sentence's group
            if any(x.last <= m.first and (x.measure in (Measure.COUNT, Measure.STREAK, Measure.DURATION, Measure.TALLY)
                                          or x.measure == Measure.OTHER and "-" in x.text)  # hurling's "0-12"
                   for x in doc.ledger.in_sentence(m.sentence)):
                continue  # "six straight points, four of them on free throws": the whole is its own sentence's
            before = [c for c in counts[:i] if 0 <= m.sentence - c.sentence <= 2 and c.sentence < m.sentence
                      and c.role in (Role.PLAIN, Role.TOTAL, Role.RUNNING) and c.thing is not None
                      and c.compound is None]  # (a "3-pointer" is one shot)
            before = [c for c in before if c.cls == m.cls or {c.cls, m.cls} <= _PERSONS]
            event = next((c for c in reversed(before) if m.event and c.event == m.event), None)
            whole = event or (before[-1] if before and m.sentence - before[-1].sentence == 1 else None)
            if whole is not None and whole.high < m.low <= 10 * whole.high:  # (far past it: of something else,
                # "by 1995 she had 14 [shops]. Her tourtière ... the chain sold more than 60,000 of them")
                yield self._finding(doc, m, whole)

    def _of_the(self, doc, counts):
        """ "Common frogs were recorded in 261 of the ponds" after "surveyed 212 garden ponds": a part of the set
        the story counted before, named by its noun. Flagged only when the part is larger than every count of
        that noun before it (the set may be any of them)."""
        toks = doc.tokens
        for i, m in enumerate(counts):
            if m.role != Role.PART or m.pool is not None or not m.thing or m.last + 2 >= len(toks) or \
                    toks[m.last].lower != "of" or toks[m.last + 1].lower not in ("the", "those", "these"):
                continue
            k = m.last + 2
            while k < min(len(toks), m.last + 5) and toks[k].kind == "word" and \
                    counted_noun(toks[k].text) != m.thing:
                k += 1  # "of the occupied beds"
            if k >= len(toks) or counted_noun(toks[k].text) != m.thing:
                continue
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.kind == "word" and not verb_tags(nxt.lower) & {"VBD", "VBZ", "VBP"}:
                continue  # "194 of the species the 1990s survey found", "11 of the ponds that held fish"
            before = [c for c in counts[:i] if c.thing == m.thing and c.section == m.section
                      and c.role in (Role.PLAIN, Role.TOTAL, Role.POOL)]
            if before and all(m.low > c.high for c in before):
                yield self._finding(doc, m, before[-1])

    def _of_them(self, doc, led):
        """ "after spending 27 years in prison, 18 of them on Robben Island"; "15 seasons, 10 of which with the
        Jets": a part right after its whole in one sentence."""
        toks = doc.tokens
        for m in led.of(Measure.COUNT):
            if m.quoted or m.last + 1 >= len(toks) or toks[m.last].lower != "of" or \
                    toks[m.last + 1].lower not in ("them", "those", "which", "whom") or toks[m.first - 1].text != ",":
                continue
            whole = next((w for w in reversed(led.in_sentence(m.sentence)) if w.last <= m.first - 1
                          and w.measure in (Measure.COUNT, Measure.DURATION) and not w.quoted), None)
            if whole is None or m.first - whole.last > 8 or any(t.text in ";:—–" for t in toks[whole.last:m.first]):
                continue
            if m.low > whole.high:
                yield self._finding(doc, m, whole)

    def _population(self, doc, counts):
        """Counts of people from the one place whose population the article gives: evacuated, killed or hurt
        there, or named for it ("3,200 Fort Ellis residents", "3,000 people from Dunmore")."""
        wholes = [m for m in counts if m.role == Role.PLAIN and m.cls == "people" and _population(doc, m)]
        if not wholes or max(w.value for w in wholes) > 1.1 * min(w.value for w in wholes):
            return  # no population, or two places' (a census figure and a rounded one are one)
        whole = max(wholes, key=lambda w: w.high)
        place = _place_of(doc, whole)
        for m in counts:
            if m in wholes or m.cls != "people" or m.low <= whole.high or m.sentence == whole.sentence:
                continue
            named = place is not None and (place & {x.lower() for x in m.mods} or place & _from_place(doc, m))
            if not named and (m.event not in _FROM_PLACE or any(x.startswith("p:") for x in m.scope)
                              or _elsewhere(doc, m, place) or any(x.startswith(("y:", "year:")) for x in m.scope)):
                continue  # another place or time named ("The insurgency in Cabo Delgado has displaced more than 1
                # million"; "last year's long rains ... displaced more than 278,000"), or people not from the place
            yield self._finding(doc, m, whole)

    def _owned(self, doc, counts):
        """ "18 of the division's schools" against "the School Division, which runs 16 schools": a part of a
        whole the article counts for its owner elsewhere."""
        toks = doc.tokens
        for m in counts:
            if m.role != Role.PART or m.pool is not None or toks[m.last].lower != "of" if m.last < len(toks) else True:
                continue
            k = m.last + 1
            if k + 2 >= len(toks) or toks[k].lower != "the" or not toks[k + 1].lower.endswith(("'s", "’s")):
                continue
            owner = toks[k + 1].lower[:-2]
            x = k + 2
            while x < min(len(toks), k + 5) and toks[x].kind == "word" and m.thing and \
                    toks[x].lower.rstrip("s") != m.thing.rstrip("s"):
                x += 1  # "of the district's elementary schools"
            if x >= len(toks) or not m.thing or toks[x].lower.rstrip("s") != m.thing.rstrip("s"):
                continue
            adjectives = {t.lower for t in toks[k + 2:x]}
            for w in counts:
                if w is m or w.role not in (Role.PLAIN, Role.TOTAL) or w.cls != m.cls or w.low == w.high == m.value:
                    continue
                if w.thing is None or m.low <= w.high:
                    continue
                after = {t.lower for t in toks[w.last:w.last + 2]}
                if adjectives and not adjectives <= after | {x.lower() for x in w.mods}:
                    continue  # "39 of the elementary schools" is of "34 elementary", not of "nine secondary"
                s = doc.sentences[w.sentence]
                names = [n for n in doc.entities.names if n.sentence == w.sentence and n.last <= w.first]
                subject = {t.lower for t in toks[s.first:w.first]}
                if names and owner in names[-1].full.lower().split() or owner in subject:
                    yield self._finding(doc, m, w)  # ("The district runs 34 elementary ... schools")
                    break
        yield from self._of_the_verb(doc, counts)

    def _of_the_verb(self, doc, counts):
        """ "194 of the species they recorded" against "The team recorded 186 species": a part of the whole
        the article counts with the same verb."""
        toks = doc.tokens
        for m in counts:
            if m.role != Role.PART or m.pool is not None or not m.thing or m.last + 3 >= len(toks):
                continue
            if toks[m.last].lower != "of" or toks[m.last + 1].lower != "the":
                continue
            x = m.last + 2
            if toks[x].lower.rstrip("s") != m.thing.rstrip("s"):
                continue
            x += 1
            while x < min(len(toks), m.last + 6) and toks[x].lower in ("that", "which", "they", "it", "we", "he",
                                                                        "she", "researchers", "the", "team"):
                x += 1
            verbs = verb_lemmas(toks[x].lower) if x < len(toks) else frozenset()
            if not verbs:
                continue
            for w in counts:
                if w is m or w.role not in (Role.PLAIN, Role.TOTAL) or w.thing != m.thing or m.low <= w.high:
                    continue
                v = w.first - 1
                while v > 0 and toks[v].lower in ("a", "an", "the", "about", "some", "nearly", "more", "than"):
                    v -= 1
                if verb_lemmas(toks[v].lower) & verbs:
                    yield self._finding(doc, m, w)
                    break

    @staticmethod
    def _finding(doc, part, whole):
        return Finding(part.start, part.end, f"'{doc.text[part.start:part.phrase_end]}' is more than the whole it "
                       f"belongs to ('{doc.text[whole.start:whole.phrase_end]}'): check the figures.",
                       related=(Related(whole.start, whole.phrase_end, doc.text[whole.start:whole.phrase_end]),))


def _place_of(doc, whole) -> set[str] | None:
    """The words of the place a population is of: "Fort Ellis, home to about 2,300 people"."""
    names = [n for n in doc.entities.names if n.sentence == whole.sentence and n.last <= whole.first]
    return {w.lower() for w in names[-1].full.split()} if names else None


def _from_place(doc, m) -> set[str]:
    """The words of a place a count of people is from: "3,000 people from Dunmore", "residents of Tarn"."""
    toks = doc.tokens
    k = m.last
    while k < len(toks) and toks[k].start < m.phrase_end:
        k += 1
    if k + 1 < len(toks) and toks[k].lower in ("from", "of", "in") and toks[k + 1].text[:1].isupper():
        n = doc.entities.name_at(k + 1)
        if n is not None:
            return {w.lower() for w in n.full.split()}
    return set()


def _elsewhere(doc, m, place) -> bool:
    """The figure's sentence names a place that is not the population's, or the whole country."""
    s = doc.sentences[m.sentence]
    words = {t.lower for t in doc.tokens[s.first:s.last]}
    if {"country", "nationwide", "nationally", "countrywide"} & words:
        return True
    toks = doc.tokens
    return any((n.kind == "place" or n.kind != "person" and toks[n.first - 1].lower in ("in", "across", "from"))
               and not (place and set(n.full.lower().split()) & place)
               for n in doc.entities.names if s.first <= n.first < s.last and n.first)


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
        m.thing == "resident" or before[-2:] in (["which", "had"], ["which", "has"], ["had", "about"]) and \
        m.thing in ("resident", "people", "inhabitant")
