"""typo.their-there: their, there and they're confused ("Their going to vote" -> "They're")."""

from __future__ import annotations

from copylint.model import Category, Example, Meta, Severity
from copylint.nlp import bigrams as bg
from copylint.nlp import lexicon as lx

_WORDS = frozenset({"their", "there", "they're"})
_BE = frozenset("is are was were".split())
# Nouns that follow the adverb "there" ("lived there years ago", "there last week").
_TIME = frozenset("years months weeks days hours minutes decades centuries times today tonight yesterday tomorrow "
                  "now then last next every since ago".split())
_GLOSS = {"their": "belonging to them", "there": "a place, or 'there is'", "they're": "they are"}


def _alternative(toks, i: int, w: str) -> str | None:
    prev, nxt, after = bg.word_at(toks, i - 1), bg.word_at(toks, i + 1), bg.word_at(toks, i + 2)
    if nxt is None or not toks[i + 1].text.islower() or bg.hyphenated(toks, i):
        return None
    if w == "their":
        if nxt in _BE or nxt in lx.MODALS and after in ("be", "have"):
            return "there"  # "their is", "their will be"
        passive = nxt == "being" and after is not None and "VBN" in lx.verb_tags(after)  # "their being ignored"
        if "VBG" in lx.verb_tags(nxt) and bg.clause_start(toks, i) and (passive or not lx.is_noun(nxt)) \
                and not bg.noun(after):
            return "they're"  # "their going to", but "despite their going", "their starting times"
        return None
    if w == "there":
        if prev in _BE or prev in lx.MODALS:
            return None  # "is there going to be", "will there be"
        if "VBG" in lx.verb_tags(nxt) and nxt not in ("being", "having") and not lx.is_noun(nxt) \
                and bg.clause_start(toks, i):
            return "they're"  # "there going to"
        if nxt == "own" and after not in bg.DETERMINERS | bg.POSSESSIVES | bg.PRONOUNS:
            return "their"  # "on there own", but "people there own the land"
        if "VBZ" in lx.verb_tags(nxt) and (after is None or after in bg.DETERMINERS or bg.noun_phrase(toks, i + 2)):
            return None  # "there lies room", "there remains a chance"
        if bg.noun_phrase(toks, i + 1) and nxt not in _TIME and after not in _TIME and nxt not in lx.MID_ADVERBS \
                and not (bg.noun(nxt) and bg.adjective(nxt) and not bg.noun(after)):
            return "their"  # "lost there jobs", "there first experience", not "from there straight"
        return None
    if nxt in _BE:
        return "there"  # "they're is"
    if nxt == "own" or prev in bg.PREPOSITIONS and bg.noun_phrase(toks, i + 1):
        return "their"  # "about they're problems"
    return None


class TheirThere:
    meta = Meta(
        id="typo.their-there",
        category=Category.TYPO,
        severity=Severity.WARNING,
        summary="'their', 'there' and 'they're' confused.",
        description=(
            "Flags 'their', 'there' or 'they're' where the grammar of the slot wants another of the three "
            "('Their going to vote', 'lost there jobs', 'their is no plan') and the word pairs around it make "
            "the other far likelier. Direct quotations are left alone."
        ),
        bad=(
            Example("[[Their]] going to vote on the plan next week.", fix="They're"),
            Example("Hundreds of workers could lose [[there]] jobs when the plant closes.", fix="their"),
            Example("The residents were left on [[there]] own after the storm.", fix="their"),
            Example("Officials said [[their]] is no money left for repairs.", fix="there"),
            Example("Residents say [[there]] going to fight the closure.", fix="they're"),
            Example("Parents worry about [[they're]] children's safety.", fix="their"),
        ),
        good=(
            Example("There, their own families waited for news."),
            Example("Is there going to be a vote?"),
            Example("They lived there years ago and moved back last week."),
            Example("Despite their going to court, the deal held."),
            Example("Their funding was cut, and their meeting was cancelled."),
            Example("There being no quorum, the vote was delayed."),
            Example('"Their going to vote," the organiser wrote.'),
            Example("They're confident the bill will pass."),
        ),
    )

    def check(self, doc, ctx):
        for tok, alt in bg.scan(doc, _WORDS, _alternative):
            yield bg.finding(tok, alt, _GLOSS[alt])
