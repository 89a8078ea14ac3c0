"""Library API: check text without the command line. Pure and picklable."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from copylint.checker import Checker
from copylint.config import Config, check_names, first_unknown, from_mapping
from copylint.document import LineIndex
from copylint.loading import LoadError
from copylint.model import Diagnostic
from copylint.parsing import format_of, parse
from copylint.parsing.common import suppression_names

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


@dataclass(frozen=True)
class Located(Diagnostic):
    """A Diagnostic with its 1-based line and column, and those of its end (exclusive), in code points."""

    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0


def check_source(text: str, path: str, config: Config, checkers: Sequence[Checker]) -> list[Diagnostic]:
    if "copylint-" in text and format_of(path) == "markdown":
        _check_suppressions(text, path, checkers)
    if len(text) <= CHUNK:
        return _run(parse(text, path), checkers, config)
    out: list[Diagnostic] = []
    for offset, piece in chunks(text):
        for d in _run(parse(piece, path), checkers, config):
            related = tuple(replace(x, start=x.start + offset, end=x.end + offset) for x in d.related)
            out.append(replace(d, start=d.start + offset, end=d.end + offset, related=related))
    return sorted(out, key=lambda d: d.sort_key)


def _check_suppressions(text: str, path: str, checkers: Sequence[Checker]) -> None:
    """A suppression comment that names no rule would switch nothing off: a `file:line` error."""
    from copylint.registry import known_ids

    ids = known_ids(checkers)
    for at, name in suppression_names(text):
        problem = first_unknown((name,), ids)
        if problem:
            raise LoadError(path, LineIndex(text).position(at)[0], f"copylint comment: {problem}")


def _run(doc, checkers: Sequence[Checker], config: Config) -> list[Diagnostic]:
    from copylint.engine import run

    try:
        return run(doc, checkers, config)
    finally:
        doc.release()


def check_text(text: str, path: str = "<text>", config: Config | Mapping | None = None) -> list[Located]:
    """Every finding for one article, sorted, with lines and columns. `path` picks the format by suffix
    (.md is Markdown); `config` is a Config or a mapping with the keys of `.copylint.yaml`. A wrong
    setting or rule name raises LoadError."""
    from copylint.registry import all_checkers, known_ids

    if config is None:
        config = Config()
    elif isinstance(config, Mapping):
        config = from_mapping(config)
    elif not isinstance(config, Config):
        raise TypeError(f"config must be a Config or a mapping, not {type(config).__name__}")
    checkers = all_checkers(config.rules)
    ids = known_ids(checkers)
    check_names(config, ids)
    for key, names in (("select", config.select), ("ignore", config.ignore)):  # a Config made in code
        problem = first_unknown(names, ids)
        if problem:
            raise LoadError("<config>", None, f"{key}: {problem}")
    lines = LineIndex(text)
    out = []
    for d in check_source(text, path, config, checkers):
        line, column = lines.position(d.start)
        end_line, end_column = lines.position(d.end)
        out.append(Located(**{f: getattr(d, f) for f in d.__dataclass_fields__}, line=line, column=column,
                           end_line=end_line, end_column=end_column))
    return out
