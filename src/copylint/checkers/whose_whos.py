"""typo.whose-whos: "whose" (belonging to whom) and "who's" (who is, who has) confused."""

from __future__ import annotations

from copylint.model import Category, Example, Meta, Severity
from copylint.nlp import bigrams as bg
from copylint.nlp import lexicon as lx

_WORDS = frozenset({"whose", "who's"})
_CLAUSE = frozenset("a an the not been going never".split())
# Words after "who's" that read as "who is": "who's who", "who's next", "who's boss".
_PREDICATE = frozenset("who next there here home boss top first last best worst left right what".split())
_GLOSS = {"whose": "belonging to whom", "who's": "who is, or who has"}


def _alternative(toks, i: int, w: str) -> str | None:
    nxt = bg.word_at(toks, i + 1)
    if nxt is None or not toks[i + 1].text.islower():
        return None
    if w == "whose":
        if nxt in _CLAUSE or "VBG" in lx.verb_tags(nxt) and not lx.is_noun(nxt):
            return "who's"  # "whose going to pay"
        return None
    if nxt in _PREDICATE or not bg.noun_phrase(toks, i + 1) or lx.verb_tags(nxt) & {"VBG", "VBN", "VBD"}:
        return None
    if bg.noun(nxt) and not lx.is_adjective(nxt) or not bg.noun(nxt) and bg.noun(bg.word_at(toks, i + 2)):
        return "whose"  # "people who's lives", "who's personal wealth"
    return None


class WhoseWhos:
    meta = Meta(
        id="typo.whose-whos",
        category=Category.TYPO,
        severity=Severity.WARNING,
        summary="'whose' and 'who's' confused.",
        description=(
            "Flags 'whose' where a clause goes on ('whose going to pay', 'whose been') and 'who's' before a "
            "noun it owns ('people who's lives changed'), when the word pairs agree. Direct quotations are "
            "left alone."
        ),
        bad=(
            Example("Nobody knows [[whose]] going to pay for the repairs.", fix="who's"),
            Example("The company, [[who's]] name was withheld, apologised.", fix="whose"),
            Example("An official, [[who's]] route home came under attack, was unhurt.", fix="whose"),
            Example("The mayor, [[whose]] been in office since 2010, will retire.", fix="who's"),
        ),
        good=(
            Example("The family whose house burned down has moved."),
            Example("Nobody knows who's responsible for the fire."),
            Example("The man who's running for mayor spoke first."),
            Example("Voters will decide who's boss, and who's next in line."),
            Example('"Whose going to pay?" she asked.'),
        ),
    )

    def check(self, doc, ctx):
        yield from (bg.finding(t, alt, _GLOSS[alt]) for t, alt in bg.scan(doc, frozenset({"whose"}), _alternative))
        # "who's" before a bare noun cannot be "who is" or "who has": the grammar decides, and the word
        # pairs (which rarely list such a noun) need only not speak against it.
        yield from (bg.finding(t, alt, _GLOSS[alt]) for t, alt in bg.scan(doc, frozenset({"who's"}), _alternative,
                                                                          need=1.0))
