"""`path:line:col: severity rule: message (suggestion)`; on a terminal, the line and a caret too."""

from __future__ import annotations

import unicodedata
from typing import TextIO

from copylint.output import FileResult, Options, counts

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET, _BOLD = "\033[0m", "\033[1m"


def write(results: list[FileResult], stream: TextIO, options: Options) -> None:
    for r in results:
        if r.error:
            stream.write(f"{r.path}: error: {r.error}\n")
        for d in r.diagnostics:
            line, col, end_line, end_col = r.position(d)
            hint = f" (suggestion: {' / '.join(map(_one_line, d.suggestions))})" if d.suggestions else ""
            sev = d.severity.value
            if options.color:
                sev = f"{_COLOURS[sev]}{sev}{_RESET}"
            stream.write(f"{r.path}:{line}:{col}: {sev} {d.rule}: {_one_line(d.message + r.related(d))}{hint}\n")
            if options.color:
                text = r.line_text(line)
                end = end_col - 1 if end_line == line else len(text)
                pad = "".join("\t" if c == "\t" else " " * _width(c) for c in text[: col - 1])
                mark = "^" * max(1, sum(_width(c) for c in text[col - 1 : end]))
                stream.write(f"    {text}\n    {pad}{_BOLD}{mark}{_RESET}\n")
    if options.color:
        n = counts(results)
        total = sum(n.values())
        files = sum(1 for r in results if r.diagnostics)
        stream.write(
            f"{total} finding{'s' * (total != 1)} in {files} file{'s' * (files != 1)} "
            f"({_count(n['error'], 'error')}, {_count(n['warning'], 'warning')}, {n['info']} info)\n"
            if total else "No findings.\n"
        )


def _one_line(text: str) -> str:
    """Line breaks and other control characters become spaces: one finding, one line."""
    return "".join(" " if unicodedata.category(c) == "Cc" else c for c in text) if not text.isprintable() else text


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


def _width(c: str) -> int:
    """Terminal columns a character takes: 2 for wide East Asian forms, 0 for combining marks."""
    if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
