"""The parsed article every checker reads.

`text` is the original (BOM removed); `masked` has the same length with ignored regions (code, URLs,
HTML, front matter, Markdown markup) replaced by spaces, newlines kept. A span found in `masked` is
valid in `text` as it is.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from copylint.nlp import sentences as _sentences
from copylint.nlp import tokens as _tokens

if TYPE_CHECKING:
    from copylint.nlp.entities import Entities
    from copylint.nlp.ledger import Ledger
    from copylint.nlp.speech import Speech

# Block kinds. Only BODY kinds are running prose that must end in terminal punctuation.
HEADLINE, DATELINE, BYLINE, TITLE, HEADING = "headline", "dateline", "byline", "title", "heading"
PARAGRAPH, QUOTE, ITEM, CAPTION, TABLE = "paragraph", "quote", "item", "caption", "table"
BODY = frozenset({PARAGRAPH, QUOTE})
PROSE = frozenset({PARAGRAPH, QUOTE, ITEM})


@dataclass(frozen=True)
class Block:
    kind: str
    start: int
    end: int
    index: int  # position among the document's blocks


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: int  # index into Document.blocks
    first: int  # index of the first token in Document.tokens
    last: int  # one past the last token


@dataclass(frozen=True)
class Suppression:
    start: int
    end: int
    rules: frozenset[str] | None  # None: every rule


_LINEBREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Maps code-point offsets to 1-based (line, column); CR, LF and CRLF all end a line."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _LINEBREAK.finditer(text)]
        self.length = len(text)

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, self.length))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column - 1

    def line_span(self, line: int, text: str) -> tuple[int, int]:
        """Start and end (before the line break) of a 1-based line."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else self.length
        while end > start and text[end - 1] in "\r\n":
            end -= 1
        return start, end


@dataclass(frozen=True, eq=False)
class Document:
    path: str
    text: str
    masked: str
    format: str  # "text" or "markdown"
    blocks: tuple[Block, ...]
    title: str | None = None
    date: date | None = None
    dateline: tuple[int, int] | None = None  # span of "CITY, Region –" at the start of the body
    suppressions: tuple[Suppression, ...] = ()
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if len(self.masked) != len(self.text):
            raise ValueError("masked text must keep the original length")

    def release(self) -> None:
        """Drop the cached analyses: the ledger and the names point back at the document, so without this
        a checked document waits for the cycle collector, and every collection walks the documents
        still waiting."""
        fields = self.__dataclass_fields__
        for k in [k for k in self.__dict__ if k not in fields]:
            del self.__dict__[k]

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    @cached_property
    def tokens(self) -> tuple[_tokens.Token, ...]:
        out: list[_tokens.Token] = []
        for b in self.blocks:
            out.extend(_tokens.tokenize(self.masked, b.start, b.end))
        return tuple(out)

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        out = []
        starts = self._token_starts
        for b in self.blocks:
            for s, e in _sentences.split(self.masked, b.start, b.end):
                out.append(Sentence(s, e, b.index, bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)))
        return tuple(out)

    def sentence_at(self, offset: int) -> Sentence | None:
        i = self.sentence_index(offset)
        return None if i is None else self.sentences[i]

    def sentence_index(self, offset: int) -> int | None:
        """The index of the sentence holding `offset`, if any."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_tokens(self, s: Sentence) -> tuple[_tokens.Token, ...]:
        return self.tokens[s.first : s.last]

    def tokens_in(self, start: int, end: int) -> tuple[_tokens.Token, ...]:
        starts = self._token_starts
        return self.tokens[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def block_sentences(self, block: Block) -> list[Sentence]:
        return self._by_block.get(block.index, [])

    @cached_property
    def _by_block(self) -> dict[int, list[Sentence]]:
        out: dict[int, list[Sentence]] = {}
        for s in self.sentences:
            out.setdefault(s.block, []).append(s)
        return out

    def memo(self, key: str, build):
        """build(self), computed once per document: for analyses several checkers share."""
        cache = self.__dict__.setdefault("_memo", {})
        if key not in cache:
            cache[key] = build(self)
        return cache[key]

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    def block_at(self, offset: int) -> Block | None:
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i >= 0 and offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    def words(self) -> int:
        return sum(1 for t in self.tokens if t.kind != _tokens.PUNCT)

    @cached_property
    def entities(self) -> Entities:
        """Names of people, organisations and places, and what surnames and pronouns point back to."""
        from copylint.nlp.entities import Entities

        return Entities(self)

    @cached_property
    def ledger(self) -> Ledger:
        """Every figure with its measure, counted thing, holder, scope and role (the numbers rules' analysis)."""
        from copylint.nlp.ledger import Ledger

        return Ledger(self)

    @cached_property
    def speech(self) -> Speech:
        """Reported speech: body statements and quotations, each with the attribution that covers it."""
        from copylint.nlp.speech import Speech

        return Speech(self)

    @cached_property
    def quotes(self) -> tuple[tuple[int, int], ...]:
        """Spans inside direct quotations (marks excluded), per block, news run-on quotes included."""
        from copylint.nlp.quotes import quoted_spans

        return tuple(sorted(quoted_spans(self)))

    def in_quote(self, start: int, end: int | None = None) -> bool:
        end = start if end is None else end
        i = bisect.bisect_right(self._quote_starts, start) - 1  # quotes are sorted and do not overlap
        return i >= 0 and end <= self.quotes[i][1]

    def quotes_in(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """The quoted spans that touch [start, end]."""
        i = max(0, bisect.bisect_right(self._quote_starts, start) - 1)
        j = bisect.bisect_right(self._quote_starts, end)
        return tuple(q for q in self.quotes[i:j] if q[1] >= start)

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [s for s, _ in self.quotes]
