"""Formatters, one per module. Each exposes `write(results, stream, options)`; positions are computed
here and nowhere else."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import TextIO

from copylint.document import LineIndex
from copylint.model import Diagnostic, Severity

FORMATS = ("text", "json", "github", "sarif", "gitlab")


@dataclass(frozen=True)
class FileResult:
    path: str
    diagnostics: tuple[Diagnostic, ...] = ()
    text: str = ""
    error: str | None = None  # the file could not be read or parsed: one line

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    def position(self, d: Diagnostic) -> tuple[int, int, int, int]:
        """1-based line, column, end line, end column (end exclusive), columns in code points."""
        line, col = self.lines.position(d.start)
        end_line, end_col = self.lines.position(d.end)
        return line, col, end_line, end_col

    def related(self, d: Diagnostic) -> str:
        """The places a finding refers to, as one parenthesis: " (line 3: 26 miners; line 9: ...)"."""
        if not d.related:
            return ""
        parts = []
        for x in d.related:
            line = self.lines.position(x.start)[0]
            parts.append(f"line {line}: {x.label}" if x.label else f"line {line}")
        return f" ({'; '.join(parts)})"

    def line_text(self, line: int) -> str:
        s, e = self.lines.line_span(line, self.text)
        return self.text[s:e]


@dataclass(frozen=True)
class Options:
    color: bool = False  # terminal output: show the line and a caret
    width: int = 0  # terminal columns for that line; 0: ask the terminal
    tool_version: str = ""
    rules: dict = field(default_factory=dict)  # rule id -> Meta, for formats that describe rules


def write(fmt: str, results: list[FileResult], stream: TextIO, options: Options) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    importlib.import_module(f"copylint.output.{fmt}").write(results, stream, options)


def counts(results: list[FileResult]) -> dict[Severity, int]:
    out = {s: 0 for s in Severity}
    for r in results:
        for d in r.diagnostics:
            out[d.severity] += 1
    return out
