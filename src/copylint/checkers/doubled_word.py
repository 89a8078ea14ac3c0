"""typo.doubled-word: the same word twice in a row ("the the")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.tokens import WORD

# Doublings that are correct English.
_ALLOWED = frozenset({"had", "that", "is", "do", "bye", "no", "yes", "ha", "knock", "very", "so", "now", "well",
                      "there", "chop", "tut", "boo", "cha", "aye", "go", "blah", "ho", "hush", "bang", "pom",
                      "yum", "ding", "dum", "murmur", "tom", "mau", "baden", "bora", "walla", "sing", "can"})


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
        ),
        good=(
            Example("She said that she had had enough of the delays."),
            Example("He argued that that decision was wrong."),
            Example("The the-ory of everything is a pun, not a typo."),
        ),
    )

    def check(self, doc, ctx):
        text = doc.masked
        for s in doc.sentences:
            toks = doc.sentence_tokens(s)
            for a, b in zip(toks, toks[1:], strict=False):
                if a.kind != WORD or b.kind != WORD or a.lower != b.lower or a.lower in _ALLOWED:
                    continue
                gap = text[a.end : b.start]
                if gap.strip(" ") or len(gap) > 2 or text[b.end : b.end + 1] in "-’'":
                    continue
                yield Finding(a.start, b.end, f"Doubled word '{a.text} {b.text}': delete one.", (a.text,), safe=True)
