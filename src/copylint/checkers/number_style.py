"""numbers.style: one construction written two ways in one article ("six years" and "6 years", "eight in
10" and "3 in 10", "at 6:30 instead of seven")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.numbers import COUNT, TIME, WORD_FORMS, ledger, spell

_TIME_BEFORE = frozenset({"at", "until", "till", "by", "before", "after", "around", "from", "to", "past", "of"})
_TIME_AFTER = frozenset({",", ".", ";", "—", "–", "”", "\"", "o’clock", "o'clock", "and", "or", "now", "?", "!"})
# Measures and scores that take figures under either style, so never "mixed".
_FIGURES = frozenset(
    "metre meter kilometre kilometer km foot feet inch mile kilogram kg pound tonne ton litre liter degree "
    "point goal run percent dollar cent second minute hour yard lap inning rebound assist hectare acre "
    "storey story".split())
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "dozen"})


def _line(doc, q) -> int:
    return doc.lines.position(q.start)[0]


class NumberStyle:
    meta = Meta(
        id="numbers.style",
        category=Category.NUMBERS,
        severity=Severity.WARNING,
        summary="The same kind of number is written both in words and in figures.",
        description=(
            "AP and CP style spell out one to nine and use figures for 10 and up; times, ages, percentages, "
            "money, measures and scores always take figures. Flags only mixing inside one article: a "
            "spelled-out hour beside clock times ('at 6:30 instead of seven'), 'eight in 10' beside "
            "'3 in 10', and the same counted noun written 'six years' and '6 years'."
        ),
        bad=(
            Example("“I leave at 6:30 now instead of [[seven]],” he said.", fix="7"),
            Example("Eight in 10 voters backed the plan, while [[3]] in 10 opposed it.", fix="three"),
            Example("He served six years in the army.\n\nShe served [[4]] years in the navy.", fix="four"),
        ),
        good=(
            Example("The meeting starts at 6:30 and ends at 8 p.m."),
            Example("Seven of the 10 sites were clean, and six in 10 residents were satisfied."),
            Example("He served six years in the army and 12 years in the reserves."),
            Example("The 6-foot wall stood for six years."),
            Example("Seven people were hurt at 7:15 on Highway 7, police said."),
            Example("She ran 5 kilometres in six weeks of training."),
        ),
    )

    def check(self, doc, ctx):
        qs = [q for q in ledger(doc)]
        yield from self._times(doc, qs)
        yield from self._in_ten(doc, qs)
        yield from self._nouns(doc, qs)

    def _times(self, doc, qs):
        clocks = {q.sentence for q in qs if q.kind == TIME and ":" in q.text}
        for q in qs:
            if q.kind != COUNT or not q.words or q.noun is not None or not 1 <= q.value <= 12:
                continue
            if q.sentence not in clocks or q.text.lower() not in WORD_FORMS.values():
                continue
            before = doc.tokens_in(doc.sentences[q.sentence].start, q.start)[-2:]
            after = doc.tokens_in(q.end, doc.sentences[q.sentence].end)[:1]
            if not before or before[-1].lower not in _TIME_BEFORE:
                continue
            if after and after[0].text not in _TIME_AFTER and after[0].lower not in _TIME_AFTER:
                continue
            yield Finding(q.start, q.end,
                          f"Time '{q.text}' in words beside clock times in figures: write '{int(q.value)}'.",
                          (str(int(q.value)),))

    def _in_ten(self, doc, qs):
        found = []
        for q in qs:
            if q.kind != COUNT or q.value >= 10:
                continue
            after = doc.tokens_in(q.end, doc.sentences[q.sentence].end)[:3]
            words = [t.lower for t in after]
            if words[:2] in (["in", "10"], ["in", "ten"]):
                found.append((q, after[1].end))
            elif words[:3] == ["out", "of", "10"]:
                found.append((q, after[2].end))
        if not found:
            return
        words = sum(q.words for q, _ in found)
        use_words = words * 2 > len(found) if words * 2 != len(found) else found[0][0].words
        for q, end in found:
            if q.words != use_words:
                fix = spell(int(q.value)) if use_words else str(int(q.value))
                if q.text[0].isupper():
                    fix = fix.capitalize()
                this, others = ("figures", "words") if use_words else ("words", "figures")
                yield Finding(q.start, q.end, f"'{doc.text[q.start:end]}' is written in {this} but the article "
                              f"writes the others in {others}: write '{fix}'.", (fix,))

    def _nouns(self, doc, qs):
        counts = [q for q in qs if q.kind == COUNT and q.noun and q.noun not in _FIGURES and not q.first
                  and q.value == int(q.value) and 1 <= q.value < 100 and not self._named(doc, q)
                  and not any(w in q.text.lower() for w in _SCALE_WORDS)]
        big_in: set[int] = {q.sentence for q in counts if not q.words and q.value >= 10}
        # mixed: a value in figures no larger than one in words, for the same noun (no threshold fits both)
        top_words: dict[str, object] = {}
        low_figures: dict[str, object] = {}
        for q in counts:
            if q.words and (q.noun not in top_words or q.value > top_words[q.noun].value):
                top_words[q.noun] = q
            if not q.words and (q.noun not in low_figures or q.value < low_figures[q.noun].value):
                low_figures[q.noun] = q
        for q in counts:
            if q.words and q.value >= 10:
                other = low_figures.get(q.noun)
                if other is None or other.value > q.value:
                    continue
                fix = str(int(q.value))
            elif not q.words and q.value < 10 and q.sentence not in big_in:
                other = top_words.get(q.noun)
                if other is None or other.value < q.value:
                    continue
                fix = spell(int(q.value))
            else:
                continue
            noun = doc.text[q.end:q.noun_end].strip()
            how = "words" if other.words else "figures"
            yield Finding(q.start, q.end,
                          f"'{q.text} {noun}' here but '{other.text}' in {how} in line {_line(doc, other)}: "
                          f"write '{fix}' (figures from 10, words below).", (fix,),
                          related=((other.start, other.end),))

    @staticmethod
    def _named(doc, q) -> bool:
        """Part of a name or a list of numbers: "Highway 7", "No. 3", "Noor 2 and 3 plants"."""
        p = doc.tokens_in(doc.sentences[q.sentence].start, q.start)[-3:]
        if not p:
            return False
        if not q.words and (p[-1].text[0].isupper() or p[-1].lower in ("no", "number", "grade", "page", "level")):
            return True
        return len(p) >= 2 and p[-1].lower in ("and", "or", ",", "to", "-", "–") and p[-2].kind == "number"
