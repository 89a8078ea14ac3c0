"""typo.doubled-word: the same word twice in a row ("the the")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.tokens import WORD

# Doublings that are correct English.
_ALLOWED = frozenset({"had", "that", "is", "do", "bye", "no", "yes", "ha", "knock", "very", "so", "now", "well",
                      "there", "chop", "tut", "boo", "cha", "aye", "go", "blah", "ho", "hush", "bang", "pom",
                      "yum", "ding", "dum", "murmur", "tom", "mau", "baden", "bora", "walla", "sing", "can"})


# A particle after a verb may meet the same preposition: "checked in in March", "gave up up front".
_PARTICLES = frozenset({"in", "on", "up", "out", "off", "down", "over", "by", "around", "through"})
_VERBS = frozenset("set come came go went get got log put turn give gave take took hand handed sign signed".split())


def _verb_like(word: str) -> bool:
    return word in _VERBS or word.endswith(("ed", "ing"))


class DoubledWord:
    meta = Meta(
        id="typo.doubled-word",
        category=Category.TYPO,
        severity=Severity.ERROR,
        summary="The same word twice in a row.",
        description=(
            "Flags a word repeated with only spaces between ('the the'). Doublings that English allows "
            "('had had', 'that that') and repeats across a line break in a heading are left alone."
        ),
        bad=(
            Example("The council voted on [[the the]] budget on Monday.", fix="the"),
            Example("Police said [[they they]] found the car abandoned.", fix="they"),
            Example("[[The the]] council met on Monday.", fix="The"),
            Example("She was born [[in in]] 1970.", fix="in"),
        ),
        good=(
            Example("She said that she had had enough of the delays."),
            Example("He argued that that decision was wrong."),
            Example("The the-ory of everything is a pun, not a typo."),
            Example("Users can opt-in in the settings menu."),
            Example("Fewer users checked in in March, a fall of 4.5 per cent."),
            Example("Nick Rhodes of Duran Duran was at the opening."),
            Example("This is the first FIRST Global competition."),
        ),
    )

    def check(self, doc, ctx):
        text = doc.masked
        for s in doc.sentences:
            toks = doc.sentence_tokens(s)
            for i, (a, b) in enumerate(zip(toks, toks[1:], strict=False)):
                if a.kind != WORD or b.kind != WORD or a.lower != b.lower or a.lower in _ALLOWED:
                    continue
                if a.text != b.text and not (a.text[0].isupper() and b.text.islower()):
                    continue  # "first FIRST": an acronym or a name, not a slip
                if a.text[0].isupper() and b.text[0].isupper():
                    continue  # names: Duran Duran, Sirhan Sirhan
                if a.lower in _PARTICLES and i and _verb_like(toks[i - 1].lower):
                    continue  # "checked in in March"
                gap = text[a.end : b.start]
                if gap.strip(" ") or len(gap) > 2:
                    continue
                if text[b.end : b.end + 1] in "-’'" or text[a.start - 1 : a.start] == "-":
                    continue  # a hyphenated compound on either side: "opt-in in", "the the-ory"
                yield Finding(a.start, b.end, f"Doubled word '{a.text} {b.text}': delete one.", (a.text,), safe=True)
