"""punctuation.unbalanced-brackets: parentheses and square brackets that do not pair up within a paragraph."""

from __future__ import annotations

import re

from copylint.model import Category, Example, Finding, Meta, Severity

_PAIRS = {")": "(", "]": "["}
# A closing mark that is not a bracket: list markers "1)", "a)", "iv)" and smileys ":)".
_MARKER = re.compile(r"(?:^|(?<=[\s:;,(]))(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\)")
_SMILEY = re.compile(r"[:;=8][-o^']?[()\[\]]|[()\[\]][-o^']?[:;=]")
_BRACKET = re.compile(r"[()\[\]]")


class UnbalancedBrackets:
    meta = Meta(
        id="punctuation.unbalanced-brackets",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary="Parentheses or square brackets that do not pair up within a paragraph.",
        description=(
            "Flags an opening '(' or '[' that is never closed in its paragraph, and a closing ')' or ']' "
            "with no opening mark. List markers such as '1)' and 'a)' and smileys are not brackets."
        ),
        bad=(
            Example("Council vote\n\nThe levy [[(]]about $40 a year for most homes was approved.\n"),
            Example("Council vote\n\nThe levy, about $40 a year[[)]] was approved.\n"),
            Example("Council vote\n\n“He [the mayor[[)]] knew,” she said.\n", fix="]"),
        ),
        good=(
            Example("Council vote\n\nThe levy (about $40 a year) was approved.\n"),
            Example("Council vote\n\n“He [the mayor] knew (and said so),” she said.\n"),
            Example("Council vote\n\nThe options are a) a levy, b) cuts and c) both.\n"),
            Example("Council vote\n\n1) Approve the levy.\n"),
            Example("Council vote\n\nShe replied with a smiley :) and left.\n"),
        ),
    )

    def check(self, doc, ctx):
        text = doc.masked
        for b in doc.blocks:
            skip = {m.end() - 1 for m in _MARKER.finditer(text, b.start, b.end)}
            skip |= {i for m in _SMILEY.finditer(text, b.start, b.end) for i in range(m.start(), m.end())}
            stack: list[int] = []
            for m in _BRACKET.finditer(text, b.start, b.end):
                i, c = m.start(), m.group()
                if c in "([":
                    if i not in skip:
                        stack.append(i)
                elif c in ")]":
                    if stack and text[stack[-1]] == _PAIRS[c]:
                        stack.pop()
                    elif i in skip:
                        continue
                    elif any(text[j] == _PAIRS[c] for j in stack):
                        while text[stack[-1]] != _PAIRS[c]:  # the inner opener was never closed
                            j = stack.pop()
                            yield _unclosed(text, j)
                        stack.pop()
                    elif stack:
                        want = ")" if text[stack.pop()] == "(" else "]"
                        yield Finding(i, i + 1, f"'{c}' closes a bracket opened with '{_PAIRS[want]}': use '{want}'.",
                                      (want,))
                    else:
                        yield Finding(i, i + 1, f"Closing '{c}' has no opening '{_PAIRS[c]}': add one or delete it.")
            for j in stack:
                yield _unclosed(text, j)


def _unclosed(text: str, i: int) -> Finding:
    close = ")" if text[i] == "(" else "]"
    return Finding(i, i + 1, f"Opening '{text[i]}' is never closed in this paragraph: add '{close}'.")
