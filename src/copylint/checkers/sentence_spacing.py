"""punctuation.sentence-spacing: no space after a sentence end ("said.The"), or two spaces where one belongs."""

from __future__ import annotations

import re

from copylint.model import Category, Example, Finding, Meta, Severity

# A lower-case word of two letters or more, the stop, any closing marks, then a capitalised word.
# Initials (U.S.), abbreviations (e.g.), decimals and CamelCase names never match this shape.
_STOP = re.compile(r"((?:\.\.\.|[.!?…])[\"”’)]?)(?=[“\"‘]?(?:[A-Z][a-z]|[AI] ))")
_RUN = re.compile(r"(?<![\w@/:])([\w$£€.-]*[a-z]{2})$")  # the word the stop is glued to
# A curly quotation mark run into the word beside it: 'Frank,”said', 'said“Hello'.
_QUOTE_JOINED = re.compile(r"(?<=[\w,.!?])([,.!?]”)(?=[A-Za-z])|(?<=[a-z])(“)(?=[A-Z])")
_DOUBLE = re.compile(r"(?<=\S) {2,}(?=\S)")
_TABLE = re.compile(r"\S {3,}\S")


class SentenceSpacing:
    meta = Meta(
        id="punctuation.sentence-spacing",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary="A missing space after a sentence, or two spaces where one belongs.",
        description=(
            "Flags a sentence that runs into the next with no space ('said.The') and, as information, two or "
            "more spaces between words or sentences (news copy uses one). Initials (U.S.), abbreviations, "
            "decimals, web addresses and table-like lines aligned with spaces are left alone."
        ),
        bad=(
            Example("The mayor resigned on [[Monday.The]] council meets today.", fix="Monday. The"),
            Example("“We are done,” she [[said.“It]] is over.”", fix="said. “It"),
            Example("The council met on Monday[[  ]]and voted.", fix=" "),
            Example("“Good morning, Frank[[,”]]said Hal.", fix=",” "),
            Example("Hal said[[“]]Good morning.”", fix=" “"),
            Example("The kettle hissed on the [[stove.A]] thin ribbon of steam rose.", fix="stove. A"),
            Example("The council met on Monday.[[  ]]It voted.", fix=" "),
        ),
        good=(
            Example("The U.S. Senate voted. The U.K. did not."),
            Example("Shares rose 3.5 per cent. Rates fell."),
            Example("Visit www.example.com or Amazon.com for details."),
            Example("He waited... Then he left."),
            Example("Revenue    2023    2024\nSales      4.1     4.6"),
            Example("The iPhone maker, e.g.Apple, said so."),
        ),
    )

    def check(self, doc, ctx):
        text, masked = doc.text, doc.masked
        for b in doc.blocks:
            for m in _STOP.finditer(masked, b.start, b.end):  # a stop run into a capital, then its word
                w = _RUN.search(masked, max(b.start, m.start() - 80), m.start())
                if not w:
                    continue
                nxt = re.match(r"[“\"‘]?[A-Za-z]+[.@/]?", masked[m.end() : m.end() + 40])
                if nxt and nxt.group()[-1] in ".@/" and m.group(1) == ".":
                    continue  # a dotted name: Example.Com.
                word, stop = w.group(1), m.group(1)
                after = re.match(r"[“\"‘]?[A-Za-z]+", masked[m.end() : m.end() + 40]).group()
                yield Finding(
                    w.start(),
                    m.end() + len(after),
                    f"No space after the sentence ending '{word}{stop}': add a space before '{after}'.",
                    (f"{word}{stop} {after}",),
                    safe=True,
                )
            for m in _QUOTE_JOINED.finditer(masked, b.start, b.end):
                mark = m.group(1) or m.group(2)
                if m.group(1):
                    s, e, fix = m.start(), m.end(), mark + " "
                else:
                    s, e, fix = m.start(), m.end(), " " + mark
                ws = max(masked.rfind(" ", b.start, s), masked.rfind("\n", b.start, s)) + 1
                we = min(x for x in (masked.find(" ", e, b.end), masked.find("\n", e, b.end), b.end) if x >= 0)
                yield Finding(s, e, f"No space beside the quotation mark in '{masked[max(ws, b.start) : we]}': add "
                              "one.", (fix,), safe=True)
            for ln_start, ln_end in _lines(text, b.start, b.end):
                line = text[ln_start:ln_end]
                if "  " not in line or "\t" in line or len(_TABLE.findall(line)) >= 2:
                    continue  # aligned columns
                for m in _DOUBLE.finditer(text, ln_start, ln_end):
                    s, e = m.start(), m.end()
                    if masked[s - 1] != text[s - 1] or masked[e] != text[e] or masked[s - 1].isspace():
                        continue  # next to masked markup or code
                    yield Finding(s, e, f"{e - s} spaces in a row: use one space.", (" ",), safe=True,
                                  severity=Severity.INFO)


def _lines(text: str, start: int, end: int):
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, stop
        pos = stop + 1
