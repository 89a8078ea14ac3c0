"""Which files a `copylint check PATH...` means: files, folders (recursed), globs, `-` for stdin.

Folders are walked in sorted order, skipping hidden and tool folders, following no symlinked folder
twice (loops end), keeping files that match the include globs (default: article suffixes) and not the
exclude globs, and leaving out what git ignores (.gitignore) when the folder is in a git work tree.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import subprocess

ARTICLE_GLOBS = ("*.txt", "*.md", "*.markdown", "*.mdown", "*.mkd", "*.text")
NOT_ARTICLES = ("SOURCE.txt", "LICENSE*", "README*")  # metadata that corpora keep beside articles
SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox"})


def _matches(path: str, globs) -> bool:
    rel = path.replace(os.sep, "/")
    name = os.path.basename(path)
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(rel, "*/" + g) for g in globs)


def _walk(folder: str, include, exclude) -> list[str]:
    out = []
    seen_dirs: set[tuple[int, int]] = set()
    for root, dirs, names in os.walk(folder, followlinks=True):
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in seen_dirs:  # a symlink loop or a folder reached twice
            dirs[:] = []
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        for n in sorted(names):
            p = os.path.join(root, n)
            if _matches(p, include) and not _matches(p, exclude):
                out.append(p)
    return _not_git_ignored(folder, out)


def _not_git_ignored(folder: str, files: list[str]) -> list[str]:
    if not files:
        return files
    try:
        done = subprocess.run(
            ["git", "-C", folder, "check-ignore", "--stdin", "-z"],
            input="\0".join(os.path.abspath(f) for f in files) + "\0",
            capture_output=True, text=True, timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return files
    if done.returncode not in (0, 1):  # 128: not a git work tree
        return files
    ignored = {p for p in done.stdout.split("\0") if p}
    return [f for f in files if os.path.abspath(f) not in ignored]


def expand(paths: list[str], include=ARTICLE_GLOBS, exclude=()) -> tuple[list[str], list[str]]:
    """Files to check (sorted, unique; stdin first) and the paths that matched nothing."""
    files: list[str] = []
    missing: list[str] = []
    for p in paths:
        if p == "-":
            files.append(p)
        elif os.path.isdir(p):
            files.extend(_walk(p, include, exclude))
        elif os.path.lexists(p):
            files.append(p)  # named explicitly: checked whatever its suffix
        elif glob.has_magic(p):
            hits = [h for h in glob.glob(p, recursive=True) if os.path.isfile(h) and not _matches(h, exclude)]
            if hits:
                files.extend(hits)
            else:
                missing.append(p)
        else:
            missing.append(p)
    return sorted(set(files), key=lambda f: (f != "-", f)), missing
