"""Word, number and punctuation tokens with code-point offsets."""

from __future__ import annotations

import re
from typing import NamedTuple

WORD, NUMBER, PUNCT = "word", "number", "punct"

# Words keep inner apostrophes (don't, Harper’s); hyphens split (long-standing -> long, -, standing).
_TOKEN = re.compile(
    r"(?P<number>\d+(?:[.,:]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<punct>[^\w\s])"
)


class Token(NamedTuple):  # a tuple: a megabyte of text makes a few hundred thousand of them
    start: int
    end: int
    text: str
    kind: str
    lower: str

    @property
    def is_word(self) -> bool:
        return self.kind == WORD


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    new = tuple.__new__  # Token's own __new__, without a Python call per token
    return [new(Token, (m.start(), m.end(), (g := m.group()), m.lastgroup, g.lower()))
            for m in _TOKEN.finditer(text, start, end)]
