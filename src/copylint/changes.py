"""Changed-lines mode: which lines of each file the working tree changed relative to a git revision."""

from __future__ import annotations

import os
import re
import subprocess

from copylint.loading import LoadError

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.M)


def changed_lines(base: str, paths: list[str]) -> dict[str, set[int] | None]:
    """{absolute path: changed 1-based line numbers}; None for a file git does not know (all new)."""
    out: dict[str, set[int] | None] = {}
    repos: dict[str, bool] = {}  # folder -> inside a git work tree
    for path in paths:
        if path == "-":
            continue
        folder = os.path.dirname(os.path.abspath(path))
        if folder not in repos:
            inside = subprocess.run(["git", "-C", folder, "rev-parse", "--is-inside-work-tree"],
                                    capture_output=True, text=True)
            repos[folder] = inside.returncode == 0
        if not repos[folder]:
            raise LoadError("--diff", None, f"{path} is not in a git repository, so it has no revision {base!r} "
                                            "to compare with")
        try:
            done = subprocess.run(
                ["git", "-C", folder, "diff", "--no-color", "--no-ext-diff", "-U0", base, "--",
                 os.path.abspath(path)], capture_output=True, text=True, timeout=60,
            )
        except (OSError, subprocess.SubprocessError) as e:
            raise LoadError("--diff", None, f"cannot run git: {e}") from None
        if done.returncode != 0:
            raise LoadError("--diff", None, (done.stderr.strip().splitlines() or ["git diff failed"])[0])
        tracked = subprocess.run(["git", "-C", folder, "ls-files", "--error-unmatch", os.path.abspath(path)],
                                 capture_output=True, text=True)
        if tracked.returncode != 0:
            out[os.path.abspath(path)] = None
            continue
        lines: set[int] = set()
        for m in _HUNK.finditer(done.stdout):
            start, count = int(m.group(1)), int(m.group(2) or 1)
            lines.update(range(start, start + count))
            if count == 0:
                lines.add(start)  # a deletion: the line after it counts as touched
        out[os.path.abspath(path)] = lines
    return out


def touches(r, d, lines: set[int] | None) -> bool:
    """Whether a finding involves a changed line: its own lines or those of the spans it refers to."""
    if lines is None:
        return True
    spans = [(d.start, d.end), *((x.start, x.end) for x in d.related)]
    for s, e in spans:
        first, _ = r.lines.position(s)
        last, _ = r.lines.position(max(s, e - 1))
        if any(n in lines for n in range(first, last + 1)):
            return True
    return False
