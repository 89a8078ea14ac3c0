"""spelling.dialect-mix: British and American spellings of the same word in one article ("travelled" ...
"traveled"), or a spelling of the other dialect when one is configured."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.tokens import WORD
from copylint.nlp.words import match_case, normalize, variants

_NAMES = {"gb": "British", "us": "American"}
# With a dialect configured, which side of a pair of each kind is wrong. Oxford -ize is British too;
# Canadian spelling takes -our, -re, -ll and -ence from Britain and -ize from the United States.
_WRONG = {
    "en-US": {k: "gb" for k in ("ize", "our", "re", "ll", "ence", "ae", "other")},
    "en-GB": {k: "us" for k in ("our", "re", "ll", "ence", "ae", "other")},
    "en-CA": {"our": "us", "re": "us", "ll": "us", "ence": "us", "ize": "gb"},
}


class DialectMix:
    meta = Meta(
        id="spelling.dialect-mix",
        category=Category.SPELLING,
        severity=Severity.WARNING,
        summary="British and American spellings of the same word in one article.",
        description=(
            "With no `dialect:` configured, flags an article that spells one word both ways (travelled and "
            "traveled, colour and color, organise and organize): the less frequent spelling is flagged and the "
            "article's main one suggested. With `dialect: en-US`, `en-GB` or `en-CA`, flags spellings of the "
            "other dialect (en-GB accepts Oxford -ize; en-CA takes -our, -re, -ll and -ence from Britain and -ize "
            "from the United States). Capitalised names (Labour Party, World Trade Center) are left alone."
        ),
        bad=(
            Example("She travelled to Ottawa in May and [[traveled]] to Toronto in June. He travelled too.",
                    fix="travelled"),
            Example("The colour of the flag and the [[color]] of the sky and its colours.", fix="colour"),
            Example("They organized the vote, and the council [[organised]] the count.", fix="organized"),
        ),
        good=(
            Example("She travelled to Ottawa in May and travelled to Toronto in June."),
            Example("The colour changed; the Labor Party and the Labour Party met at the World Trade Center."),
            Example("He travelled to the centre of town, where the theater was."),
        ),
    )

    def check(self, doc, ctx):
        table = variants()
        initial = {doc.tokens[s.first].start for s in doc.sentences if s.first < len(doc.tokens)}
        found = []
        for t in doc.tokens:
            if t.kind != WORD or not (t.text.islower() or (t.start in initial and t.text[1:].islower())):
                continue
            v = table.get(normalize(t.text))
            if v is not None:
                found.append((t, v, "gb" if normalize(t.text) == v.british else "us"))
        if ctx.dialect in _WRONG:
            wrong = _WRONG[ctx.dialect]
            for t, v, side in found:
                if wrong.get(v.kind) == side:
                    fix = match_case(t.text, v.american if side == "gb" else v.british)
                    yield Finding(t.start, t.end, f"'{t.text}' is the {_NAMES[side]} spelling; the article's dialect "
                                  f"is {ctx.dialect}: use '{fix}'.", (fix,))
            return
        families: dict[tuple[str, str], list] = {}
        for item in found:
            families.setdefault(item[1].family, []).append(item)
        for items in families.values():
            sides = [side for _, _, side in items]
            if len(set(sides)) < 2:
                continue
            gb, us = sides.count("gb"), sides.count("us")
            main = "gb" if gb > us else "us" if us > gb else sides[0]
            example = next(t.text for t, _, side in items if side == main)
            for t, v, side in items:
                if side == main:
                    continue
                fix = match_case(t.text, v.british if main == "gb" else v.american)
                yield Finding(t.start, t.end, f"'{t.text}' is the {_NAMES[side]} spelling, but this article spells "
                              f"it the {_NAMES[main]} way ('{example}', {max(gb, us)} times): use '{fix}'.", (fix,))
