"""The JSON contract: {"version": 1, "files": [{"path", "findings": [...]}]}."""

from __future__ import annotations

import json
from typing import TextIO

from copylint.output import FileResult, Options

VERSION = 1


def finding(r: FileResult, d) -> dict:
    line, col, end_line, end_col = r.position(d)
    return {
        "rule": d.rule,
        "category": d.category.value,
        "severity": d.severity.value,
        "message": d.message,
        "line": line,
        "column": col,
        "end_line": end_line,
        "end_column": end_col,
        "offset": d.start,
        "end_offset": d.end,
        "suggestions": list(d.suggestions),
        "fixable": d.fixable,
        "related": [_place(r, x) for x in d.related],
    }


def _place(r: FileResult, x) -> dict:
    line, col = r.lines.position(x.start)
    end_line, end_col = r.lines.position(x.end)
    return {"line": line, "column": col, "end_line": end_line, "end_column": end_col, "offset": x.start,
            "end_offset": x.end, "label": x.label}


def write(results: list[FileResult], stream: TextIO, options: Options) -> None:
    files = []
    for r in results:
        entry = {"path": r.path, "findings": [finding(r, d) for d in r.diagnostics]}
        if r.error:
            entry["error"] = r.error
        files.append(entry)
    json.dump({"version": VERSION, "files": files}, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
