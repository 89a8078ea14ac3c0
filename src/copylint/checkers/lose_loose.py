"""typo.lose-loose: "loose" (not tight) for the verb "lose", and "lose" for "loose"."""

from __future__ import annotations

from copylint.model import Category, Example, Meta, Severity
from copylint.nlp import bigrams as bg
from copylint.nlp import lexicon as lx

_WORDS = frozenset({"loose", "lose"})
_VERB_CUES = lx.MODALS | frozenset("to not never".split())
_OBJECTS = bg.DETERMINERS | bg.POSSESSIVES | frozenset(
    "him her them us me it everything out money weight several many more all both half much".split())
# Verbs that take the particle "loose": "cut loose", "broke loose", "let loose".
_RELEASED = frozenset("arrows arrow off shots bolts volleys hounds dogs".split())
_LOOSE_LEMMAS = frozenset("break cut let set come turn shake knock tear work hang pry".split())


def _alternative(toks, i: int, w: str) -> str | None:
    prev, nxt = bg.word_at(toks, i - 1), bg.word_at(toks, i + 1)
    if bg.hyphenated(toks, i):
        return None
    if w == "loose":
        if (prev in _VERB_CUES or prev and "n't" in prev) and (nxt in _OBJECTS or toks[i + 1:i + 2]
                                                               and toks[i + 1].kind == "number"):
            return "lose"  # "could loose their jobs"
        return None
    if prev and lx.verb_lemmas(prev) & _LOOSE_LEMMAS and (nxt is None or nxt in bg.PREPOSITIONS or nxt == "and"):
        return "loose"  # "broke lose from"
    if prev == "the" and i > 1 and toks[i - 2].lower == "on" and nxt is None:
        return "loose"  # "on the lose"
    return None


class LoseLoose:
    meta = Meta(
        id="typo.lose-loose",
        category=Category.TYPO,
        severity=Severity.WARNING,
        summary="'lose' and 'loose' confused.",
        description=(
            "Flags 'loose' used as the verb 'lose' ('could loose their jobs') and 'lose' where the particle or "
            "adjective 'loose' belongs ('broke lose from', 'on the lose'), when the word pairs agree; and "
            "'loosing' for 'losing' (unless something is being loosed: 'loosing arrows'). "
            "'cut loose' and direct quotations are left alone."
        ),
        bad=(
            Example("Hundreds of workers could [[loose]] their jobs.", fix="lose"),
            Example("The boat broke [[lose]] from its moorings.", fix="loose"),
            Example("Police say the suspect is still on the [[lose]].", fix="loose"),
            Example("The party is expected to [[loose]] several seats.", fix="lose"),
            Example("The club is [[loosing]] money on every match.", fix="losing"),
        ),
        good=(
            Example("The team cut loose after the final whistle."),
            Example("The rules are too loose, critics said."),
            Example("They could lose their jobs."),
            Example("Dogs were let loose in the park."),
            Example("Archers were loosing arrows at the re-enactment."),
            Example('"We could loose everything," she said.'),
        ),
    )

    def check(self, doc, ctx):
        for tok, alt in bg.scan(doc, _WORDS, _alternative):
            yield bg.finding(tok, alt, "the verb" if alt == "lose" else "not tight, or free")
        # "loosing" (setting free) is all but unused in news, and the word-pair table has no rows for it.
        toks = doc.tokens
        for k in bg.positions(doc, "loosing"):
            t = toks[k]
            if doc.in_quote(t.start, t.end) or bg.hyphenated(toks, k):
                continue
            if k + 1 < len(toks) and toks[k + 1].lower in _RELEASED:
                continue  # "loosing arrows", "loosing off shots"
            yield bg.finding(t, "losing", "the verb 'lose'")
