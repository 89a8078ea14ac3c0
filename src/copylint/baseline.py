"""Baselines: record today's findings so that only new ones are reported.

A finding's fingerprint hashes its rule, the text it flags and the whitespace-normalised line it sits
on, numbered among identical siblings, so it survives lines moving up or down."""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter

from copylint.loading import LoadError
from copylint.output import FileResult

VERSION = 1


def fingerprints(r: FileResult) -> list[str]:
    seen: Counter = Counter()
    out = []
    for d in r.diagnostics:
        line, *_ = r.position(d)
        basis = "\0".join((d.rule, " ".join(r.line_text(line).split()), r.text[d.start : d.end]))
        seen[basis] += 1
        out.append(hashlib.sha1(f"{basis}\0{seen[basis]}".encode()).hexdigest()[:20])
    return out


def _key(path: str, baseline: str) -> str:
    base = os.path.dirname(os.path.abspath(baseline))
    return os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")


def load(path: str) -> dict[str, set[str]]:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as e:
        raise LoadError(path, None, f"cannot read baseline: {e.strerror}") from None
    except json.JSONDecodeError as e:
        raise LoadError(path, e.lineno, f"not a copylint baseline: {e.msg}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("files"), dict):
        raise LoadError(path, None, "not a copylint baseline (expected version 1 and files)")
    return {k: set(v) for k, v in data["files"].items()}


def save(path: str, results: list[FileResult]) -> int:
    files = {}
    for r in results:
        if r.diagnostics:
            files[_key(r.path, path)] = sorted(set(fingerprints(r)))
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"version": VERSION, "files": dict(sorted(files.items()))}, f, indent=1)
        f.write("\n")
    return sum(len(v) for v in files.values())


def only_new(results: list[FileResult], known: dict[str, set[str]], path: str) -> list[FileResult]:
    out = []
    for r in results:
        old = known.get(_key(r.path, path), set())
        keep = tuple(d for d, fp in zip(r.diagnostics, fingerprints(r), strict=True) if fp not in old)
        out.append(FileResult(r.path, keep, r.text, r.error))
    return out
