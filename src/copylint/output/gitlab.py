"""GitLab Code Quality report: a JSON array of issues with description, check_name, fingerprint,
severity and location (path and lines)."""

from __future__ import annotations

import hashlib
import json
from typing import TextIO

from copylint.baseline import fingerprints
from copylint.output import FileResult, Options
from copylint.paths import repo_path

SEVERITY = {"error": "major", "warning": "minor", "info": "info"}
CATEGORY = {"numbers": "Bug Risk", "attribution": "Bug Risk", "style": "Style"}


def write(results: list[FileResult], stream: TextIO, options: Options) -> None:
    issues = []
    for r in results:
        if r.error:
            issues.append({
                "type": "issue", "check_name": "copylint.input", "description": r.error,
                "categories": ["Bug Risk"], "severity": "blocker",
                "fingerprint": hashlib.sha1(f"{repo_path(r.path)}\0input".encode()).hexdigest(),
                "location": {"path": repo_path(r.path), "lines": {"begin": 1}},
            })
        for d, fp in zip(r.diagnostics, fingerprints(r), strict=True):
            line, col, end_line, end_col = r.position(d)
            issues.append({
                "type": "issue",
                "check_name": d.rule,
                "description": d.message + r.related(d),
                "categories": [CATEGORY.get(d.category.value, "Clarity")],
                "severity": SEVERITY[d.severity.value],
                "fingerprint": hashlib.sha1(f"{repo_path(r.path)}\0{fp}".encode()).hexdigest(),
                "location": {"path": repo_path(r.path), "positions": {"begin": {"line": line, "column": col},
                                                             "end": {"line": end_line, "column": end_col}}},
            })
    json.dump(issues, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
