"""Word, number and punctuation tokens with code-point offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD, NUMBER, PUNCT = "word", "number", "punct"

# Words keep inner apostrophes (don't, Harper’s); hyphens split (long-standing -> long, -, standing).
_TOKEN = re.compile(
    r"(?P<number>\d+(?:[.,:]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<punct>[^\w\s])"
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.kind == WORD


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group(), m.lastgroup) for m in _TOKEN.finditer(text, start, end)]
