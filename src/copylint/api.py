"""Library API: check text without the command line. Pure and picklable."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from copylint.checker import Checker
from copylint.config import Config
from copylint.model import Diagnostic
from copylint.parsing import parse

# Longer texts are checked in pieces cut at paragraph breaks, so memory stays bounded; no article
# comes near this size, so article-wide checks (numbers, names) see whole articles.
CHUNK = 1 << 18  # 256 KiB: some 40,000 words
_BREAK = re.compile(r"\n[ \t]*\r?\n|\r\r|\n")


def chunks(text: str, size: int = CHUNK) -> Iterator[tuple[int, str]]:
    """(offset, piece) covering text, each piece ending at a paragraph break after `size` characters
    (a line break if no paragraph break comes soon; a hard cut in a single giant line)."""
    start = 0
    while len(text) - start > size:
        m = _BREAK.search(text, start + size, start + 2 * size)
        end = m.end() if m else start + size
        yield start, text[start:end]
        start = end
    yield start, text[start:]


def check_source(text: str, path: str, config: Config, checkers: Sequence[Checker]) -> list[Diagnostic]:
    if len(text) <= CHUNK:
        return _run(parse(text, path), checkers, config)
    out: list[Diagnostic] = []
    for offset, piece in chunks(text):
        for d in _run(parse(piece, path), checkers, config):
            related = tuple(replace(x, start=x.start + offset, end=x.end + offset) for x in d.related)
            out.append(replace(d, start=d.start + offset, end=d.end + offset, related=related))
    return sorted(out, key=lambda d: d.sort_key)


def _run(doc, checkers: Sequence[Checker], config: Config) -> list[Diagnostic]:
    from copylint.engine import run

    try:
        return run(doc, checkers, config)
    finally:
        doc.release()


def check_text(text: str, path: str = "<text>", config: Config | None = None) -> list[Diagnostic]:
    """Every finding for one article, sorted. `path` picks the format by suffix (.md is Markdown)."""
    from copylint.registry import all_checkers

    config = config or Config()
    return check_source(text, path, config, all_checkers(config.rules))
