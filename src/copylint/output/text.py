"""`path:line:col: severity rule: message [*] (suggestion)`, `[*]` when --fix would apply it; on a
terminal, a window of the line with a caret under the span, and counts."""

from __future__ import annotations

import shutil
import unicodedata
from typing import TextIO

from copylint.output import FileResult, Options, counts

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET, _BOLD = "\033[0m", "\033[1m"
_INDENT = "    "
_FIXABLE = " [*]"
_CUT = "…"
_TAB = 8  # columns a tab may take, at most
_MIN = 20  # narrowest window, however narrow the terminal


def write(results: list[FileResult], stream: TextIO, options: Options) -> None:
    # A file that could not be read is reported on stderr by the CLI; here it would be a second copy.
    width = options.width or shutil.get_terminal_size(fallback=(100, 24)).columns
    window = max(width - len(_INDENT), _MIN)
    fixable = 0
    for r in results:
        for d in r.diagnostics:
            line, col, end_line, end_col = r.position(d)
            fix = d.fixable
            fixable += fix
            mark = _FIXABLE if fix else ""
            hint = f" (suggestion: {' / '.join(map(_one_line, d.suggestions))})" if d.suggestions else ""
            sev = d.severity.value
            if options.color:
                sev = f"{_COLOURS[sev]}{sev}{_RESET}"
            stream.write(f"{r.path}:{line}:{col}: {sev} {d.rule}: {_one_line(d.message + r.related(d))}{mark}{hint}\n")
            if options.color:
                text = r.line_text(line)
                shown, pad, carets = caret(text, col - 1, end_col - 1 if end_line == line else len(text), window)
                stream.write(f"{_INDENT}{shown}\n{_INDENT}{pad}{_BOLD}{'^' * carets}{_RESET}\n")
    if options.color:
        n = counts(results)
        total = sum(n.values())
        files = sum(1 for r in results if r.diagnostics)
        stream.write(
            f"{total} finding{'s' * (total != 1)} in {files} file{'s' * (files != 1)} "
            f"({_count(n['error'], 'error')}, {_count(n['warning'], 'warning')}, {n['info']} info)\n"
            if total else "No findings.\n"
        )
        if fixable:
            stream.write(f"{fixable} fixable with --fix\n")


def caret(text: str, start: int, end: int, window: int) -> tuple[str, str, int]:
    """What to show of one line, the pad before the caret and the caret's length, for the span
    start..end of the line, in at most `window` columns. A longer line is cut at spaces where it can
    be, each cut marked with "…"; of a span longer than the window, its start."""
    lo, hi = max(0, start - 2 * window), min(len(text), start + 2 * window)  # all a window can show
    cells = [_TAB if c == "\t" else _width(c) for c in text[lo:hi]]
    if lo == 0 and hi == len(text) and sum(cells) <= window:
        a, b = 0, len(text)
    else:
        room = window - 2 * len(_CUT)
        cut = min(end, hi) - lo
        span = max(1, sum(cells[start - lo : cut]))
        before, after = sum(cells[: start - lo]), sum(cells[cut:])
        if span >= room:
            left = min(before, room // 4)
        else:  # centred, or what a short side leaves
            free = room - span
            left = min(before, free - min(after, free - free // 2))
        a, used = start, 0
        while a > lo and used + cells[a - 1 - lo] <= left:
            a -= 1
            used += cells[a - lo]
        if a > 0 and not text[a - 1].isspace():  # cut after a space, not inside a word
            a = next((i + 1 for i in range(a, start) if text[i].isspace()), a)
        while a < start and (text[a].isspace() or cells[a - lo] == 0):
            a += 1
        b, used = a, 0
        while b < hi and used + cells[b - lo] <= room:
            used += cells[b - lo]
            b += 1
        if end < b < len(text) and not text[b].isspace():
            b = next((i for i in range(b - 1, end - 1, -1) if text[i].isspace()), b)
        while b > end and text[b - 1].isspace():
            b -= 1
    head, tail = _CUT * (a > 0), _CUT * (b < len(text))
    pad = " " * len(head) + "".join("\t" if c == "\t" else " " * _width(c) for c in text[a:start])
    carets = max(1, sum(_width(c) for c in text[start : min(end, b)]))
    return head + text[a:b] + tail, pad, carets


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
