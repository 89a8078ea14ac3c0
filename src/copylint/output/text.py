"""`path:line:col: severity rule: message (suggestion)`; on a terminal, the line and a caret too."""

from __future__ import annotations

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
            hint = f" (suggestion: {' / '.join(d.suggestions)})" if d.suggestions else ""
            sev = d.severity.value
            if options.color:
                sev = f"{_COLOURS[sev]}{sev}{_RESET}"
            stream.write(f"{r.path}:{line}:{col}: {sev} {d.rule}: {d.message}{hint}\n")
            if options.color:
                text = r.line_text(line)
                width = (end_col if end_line == line else len(text) + 1) - col
                stream.write(f"    {text}\n    {' ' * (col - 1)}{_BOLD}{'^' * max(1, width)}{_RESET}\n")
    if options.color:
        n = counts(results)
        total = sum(n.values())
        files = sum(1 for r in results if r.diagnostics)
        stream.write(
            f"{total} finding{'s' * (total != 1)} in {files} file{'s' * (files != 1)} "
            f"({n['error']} errors, {n['warning']} warnings, {n['info']} info)\n"
            if total else "No findings.\n"
        )
