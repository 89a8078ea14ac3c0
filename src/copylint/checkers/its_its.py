"""typo.its-its: "its" (belonging to it) and "it's" (it is, it has) confused."""

from __future__ import annotations

from copylint.model import Category, Example, Meta, Severity
from copylint.nlp import bigrams as bg
from copylint.nlp import forms
from copylint.nlp import lexicon as lx

_WORDS = frozenset({"its", "it's"})
# After "its", words that only a clause continues: "its a", "its not", "its been".
_CLAUSE = frozenset("a an the not been going never".split())
_GLOSS = {"its": "belonging to it", "it's": "it is, or it has"}
_SPANS = frozenset("years months weeks days hours minutes seconds decades centuries ages times miles kilometres "
                   "kilometers metres meters feet yards inches acres pounds dollars euros".split())


def _modifies(toks, j: int) -> bool:
    """Does a noun phrase start at j, perhaps after a participle ("estimated cost", "renovated station")?"""
    if bg.noun_phrase(toks, j):
        return True
    w = bg.word_at(toks, j)
    return bool(w) and bool(lx.verb_tags(w) & {"VBN", "VBG"}) and bg.noun(bg.word_at(toks, j + 1))


def _clause_word(w: str, after: str | None) -> bool:
    """Can only a clause go on with w after "its": a participle, an adverb, or a predicate adjective
    ("its estimated", "its really", "its essential that")?"""
    if lx.is_noun(w) or w in bg.DETERMINERS | bg.POSSESSIVES:
        return False
    tags = lx.verb_tags(w)
    if tags & {"VBN", "VBG"} and not tags & {"VBD"} - {"VBN"} and not lx.is_adjective(w):
        return True
    if lx.is_adjective(w):
        return after is None or after in ("to", "that", "for", "because")
    return bool(forms.lemmas(w, "ADV")) and not tags


def _object_slot(toks, i: int, prev: str | None) -> bool:
    """Is token i where an object goes: after a preposition or a verb that takes no clause?"""
    if prev is None:
        return False
    if prev in bg.PREPOSITIONS:
        return prev != "like"  # "like it's a game" is "as if"
    tags = lx.verb_tags(prev)
    return bool(tags - {"VBZ"}) and toks[i - 1].text.islower() and not lx.says(prev) and prev not in lx.MODALS \
        and prev not in lx.AUX_FINITE and prev not in lx.BE_FINITE | {"be", "been", "being"} \
        and not lx.is_adjective(prev) and prev not in lx.SUBORDINATORS


def _alternative(toks, i: int, w: str) -> str | None:
    prev, nxt, after = bg.word_at(toks, i - 1), bg.word_at(toks, i + 1), bg.word_at(toks, i + 2)
    if nxt is None or not toks[i + 1].text.islower():
        return None
    if w == "its":
        if not bg.clause_start(toks, i):
            return None
        if nxt in _CLAUSE or _clause_word(nxt, after) and not _modifies(toks, i + 2):
            return "it's"  # "its been", "its hard to say", "its estimated"
        return None
    if nxt == "own":
        return "its"
    if not bg.noun_phrase(toks, i + 1):
        return None
    if _object_slot(toks, i, prev):
        return "its"  # "approved it's latest budget"
    if bg.clause_start(toks, i) and bg.noun(nxt) and not lx.is_adjective(nxt) and after and lx.is_finite(after):
        return "its"  # "It's budget was cut", "said it's board will meet"
    return None


def _bare_plural(toks, i: int, w: str) -> str | None:
    """"it's" before a bare plural noun ("relaxed it's guidelines"): "it is guidelines" is not English."""
    nxt = bg.word_at(toks, i + 1)
    if w != "it's" or nxt is None or not toks[i + 1].text.islower() or bg.hyphenated(toks, i):
        return None
    if _plural(nxt) and not lx.is_adjective(nxt) and not lx.verb_tags(nxt) & {"VBZ", "VBN", "VBG", "VBD"}:
        return "its"
    return None


def _plural(w: str) -> bool:
    """A plural common noun that is not a span of time or distance ("it's years since", "it's miles away")."""
    lemmas = forms.lemmas(w, "NOUN").get("NOUN", ())
    return bool(lemmas) and w not in lemmas and w.endswith("s") and w not in _SPANS


class ItsIts:
    meta = Meta(
        id="typo.its-its",
        category=Category.TYPO,
        severity=Severity.WARNING,
        summary="'its' and 'it's' confused.",
        description=(
            "Flags 'it's' where a possessive belongs ('the council approved it's budget', 'on it's own') and "
            "'its' where a clause goes on ('its been', 'its a'), when the word pairs around it agree; and 'it's' "
            "before a bare plural noun ('relaxed it's guidelines'), where the grammar alone decides, spans of "
            "time and distance aside ('it's years since'). Direct quotations are left alone."
        ),
        bad=(
            Example("The council approved [[it's]] budget on Monday.", fix="its"),
            Example("The company said [[its]] been a difficult year.", fix="it's"),
            Example("The museum is now on [[it's]] own.", fix="its"),
            Example("[[It's]] budget was cut by a third.", fix="Its"),
            Example("Germany relaxed [[it's]] guidelines on Monday.", fix="its"),
            Example("The ministry said [[its]] not clear when the work will end.", fix="it's"),
        ),
        good=(
            Example("The board said it's been a difficult year."),
            Example("The company said its profits rose."),
            Example("Officials say it's time to act."),
            Example("It's possible the bridge will reopen in May."),
            Example("The city has its own police force, and it's growing."),
            Example("Like it's a game, the rivals traded places."),
            Example("It's years since the last vote, and it's miles to the nearest station."),
            Example('"The council approved it\'s budget," she said.'),
        ),
    )

    def check(self, doc, ctx):
        for tok, alt in bg.scan(doc, _WORDS, _alternative):
            yield bg.finding(tok, alt, _GLOSS[alt])
        # The grammar decides a bare plural; the word pairs (which rarely list the noun) need only not object.
        for tok, alt in bg.scan(doc, frozenset({"it's"}), _bare_plural, need=1.0):
            yield bg.finding(tok, alt, _GLOSS[alt])
