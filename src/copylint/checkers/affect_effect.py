"""typo.affect-effect: the noun "effect" and the verb "affect" confused ("the affect of the cuts")."""

from __future__ import annotations

from copylint.model import Category, Example, Meta, Severity
from copylint.nlp import bigrams as bg
from copylint.nlp import lexicon as lx

_NOUNS = {"affect": "effect", "affects": "effects"}
_VERBS = {"effect": "affect", "effects": "affects", "effected": "affected"}
_WORDS = frozenset(_NOUNS) | frozenset(_VERBS)
# Before a noun: "the affect", "took affect", "into affect", "side affects".
_NOUN_CUES = (bg.DETERMINERS - {"that", "this", "these", "those"}) | bg.POSSESSIVES | frozenset(
    "take takes took taken taking into side little much".split())
# Before a verb: "could effect", "doesn't effect", "badly effected".
_VERB_CUES = lx.MODALS | frozenset("not never also directly indirectly adversely negatively badly seriously severely "
                                   "greatly deeply significantly heavily profoundly disproportionately".split())
_OBJECTS = bg.DETERMINERS | bg.POSSESSIVES | frozenset("him her them us me it everyone people".split())


def _alternative(toks, i: int, w: str) -> str | None:
    prev, nxt = bg.word_at(toks, i - 1), bg.word_at(toks, i + 1)
    if bg.hyphenated(toks, i) and not (i and toks[i - 2].lower == "side"):
        return None
    if w in _NOUNS:
        if prev in _NOUN_CUES or nxt == "of" or prev and lx.is_adjective(prev) and nxt in ("of", "on", "from", "in"):
            return _NOUNS[w]  # "the affect of", "an adverse affect on", "affects of"
        return None
    if w == "effected":
        return "affected" if prev in lx.BE_FINITE | _VERB_CUES | {"be", "been", "being"} else None
    if (prev in _VERB_CUES or prev and "n't" in prev) and nxt in _OBJECTS:
        return _VERBS[w]  # "might effect the", "doesn't effect them"
    return None


class AffectEffect:
    meta = Meta(
        id="typo.affect-effect",
        category=Category.TYPO,
        severity=Severity.WARNING,
        summary="'affect' and 'effect' confused.",
        description=(
            "Flags the verb 'affect' where the noun 'effect' belongs ('the affect of the cuts', 'took affect') "
            "and 'effect' used as the verb ('could effect the vote', 'badly effected'), when the word pairs "
            "agree. 'to effect change' and 'to affect change' are left alone, as are direct quotations."
        ),
        bad=(
            Example("Economists studied the [[affect]] of the cuts on rural towns.", fix="effect"),
            Example("The ban took [[affect]] at midnight.", fix="effect"),
            Example("The strike could [[effect]] the outcome of the election.", fix="affect"),
            Example("Farmers were badly [[effected]] by the drought.", fix="affected"),
            Example("Doctors warned of the side [[affects]] of the drug.", fix="effects"),
        ),
        good=(
            Example("Campaigners hope to affect change in the law."),
            Example("The new rules came into effect in May."),
            Example("The cuts will affect thousands of families."),
            Example("The reform was meant to effect change quickly."),
            Example("It is a decision that affects everyone."),
            Example('"It could effect the vote," he said.'),
        ),
    )

    def check(self, doc, ctx):
        for tok, alt in bg.scan(doc, _WORDS, _alternative):
            yield bg.finding(tok, alt, "the noun" if alt.startswith("e") else "the verb")
