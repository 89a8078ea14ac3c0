"""Paths as reported: relative to the working folder for people (text, JSON), to the repository root
for machines (GitHub, GitLab, SARIF, patches), with forward slashes and no `./`."""

from __future__ import annotations

import os
from functools import lru_cache


def shown(path: str) -> str:
    """A path as the user gave it, tidied: `./a//b.md` -> `a/b.md`."""
    if path == "-" or path.startswith("<"):
        return path
    return os.path.normpath(path).replace(os.sep, "/")


def repo_path(path: str) -> str:
    """The path relative to the repository root; absolute when it lies outside it."""
    if path.startswith("<"):
        return path
    rel = os.path.relpath(os.path.abspath(path), root())
    if rel == ".." or rel.startswith(".." + os.sep):
        return os.path.abspath(path).replace(os.sep, "/")
    return rel.replace(os.sep, "/")


def root() -> str:
    return _root(os.getcwd(), os.environ.get("GITHUB_WORKSPACE") or os.environ.get("CI_PROJECT_DIR") or "")


@lru_cache(maxsize=8)
def _root(cwd: str, workspace: str) -> str:
    """The CI workspace; else the nearest folder at or above `cwd` holding `.git`; else `cwd`."""
    if workspace:
        return os.path.abspath(workspace)
    here = cwd
    while True:
        if os.path.exists(os.path.join(here, ".git")):
            return here
        up = os.path.dirname(here)
        if up == here:
            return cwd
        here = up
