"""Apply safe suggestions. Only the flagged spans change; encoding, BOM and line endings are kept;
files are replaced atomically."""

from __future__ import annotations

import difflib
import os
import tempfile
from collections.abc import Callable, Iterable

from copylint.model import Diagnostic


def edits(diagnostics: Iterable[Diagnostic]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, replacement) from safe findings, in order; the first of two
    overlapping edits wins."""
    out: list[tuple[int, int, str]] = []
    for d in sorted(diagnostics, key=lambda d: (d.start, d.end, d.rule)):
        if not d.fixable:
            continue
        if out and (d.start < out[-1][1] or (d.start, d.end) == out[-1][:2]):
            continue
        out.append((d.start, d.end, d.suggestions[0]))
    return out


def apply(text: str, changes: list[tuple[int, int, str]]) -> str:
    parts, pos = [], 0
    for start, end, new in changes:
        parts.append(text[pos:start])
        parts.append(new)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def fix(text: str, check: Callable[[str], list[Diagnostic]], passes: int = 10) -> tuple[str, int, list[Diagnostic]]:
    """Apply safe fixes until none is left (a fix can reveal another: "the the the"). Returns the new
    text, the number of edits and the findings on the new text."""
    found = check(text)
    total = 0
    for _ in range(passes):
        changes = edits(found)
        if not changes:
            break
        text = apply(text, changes)
        total += len(changes)
        found = check(text)
    return text, total, found


def write_atomic(path: str, data: bytes) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    real = os.path.realpath(path)  # write through a symlink, keep the link
    mode = os.stat(real).st_mode & 0o7777
    fd, tmp = tempfile.mkstemp(prefix=".copylint-", dir=os.path.dirname(real) or folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, real)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{path}", f"b/{path}"
        )
    )
