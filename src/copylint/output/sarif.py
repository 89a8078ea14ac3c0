"""SARIF 2.1.0: one run, the rules that fired, results with locations, fixes and fingerprints.

Columns are converted to UTF-16 code units, SARIF's default `columnKind`, which the run also states:
consumers such as GitHub code scanning and editor viewers index lines in UTF-16 and many ignore
`columnKind`, so code-point columns would point one place off after every emoji or other astral
character on the line."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

from copylint.baseline import fingerprints
from copylint.output import FileResult, Options
from copylint.output.github import reason
from copylint.paths import repo_path

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/copylint/"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
ROOT = "%SRCROOT%"


def _uri(path: str) -> dict:
    """Relative to %SRCROOT% (the repository root); a file outside it gets an absolute file URI."""
    p = repo_path(path)
    if os.path.isabs(p):
        return {"uri": Path(p).as_uri()}
    return {"uri": quote(p), "uriBaseId": ROOT}


def _column(r: FileResult, offset: int) -> tuple[int, int]:
    """1-based line and UTF-16 column of a code-point offset."""
    line, col = r.lines.position(offset)
    start = r.lines.starts[line - 1]
    return line, 1 + sum(2 if ord(c) > 0xFFFF else 1 for c in r.text[start : start + col - 1])


def region(r: FileResult, start: int, end: int) -> dict:
    line, col = _column(r, start)
    end_line, end_col = _column(r, end)
    return {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}


def _rule(rule_id: str, d, meta) -> dict:
    category = meta.category.value if meta else d.category.value
    summary = meta.summary if meta else rule_id
    return {
        "id": rule_id,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": (meta.description.strip() if meta and meta.description else summary)},
        "defaultConfiguration": {"level": LEVEL[(meta.severity if meta else d.severity).value]},
        "properties": {"category": category, "tags": [category]},
    }


def _describe(d, s: str) -> str:
    if d.start == d.end:
        return f'Insert "{s}".'
    return f'Replace with "{s}".' if s else "Delete."


def _result(r: FileResult, d, index: int, fingerprint: str) -> dict:
    where = {"artifactLocation": _uri(r.path), "region": region(r, d.start, d.end)}
    out = {
        "ruleId": d.rule,
        "ruleIndex": index,
        "level": LEVEL[d.severity.value],
        "message": {"text": d.message},
        "locations": [{"physicalLocation": where}],
        "partialFingerprints": {"copylint/v1": fingerprint},
    }
    if d.related:
        out["relatedLocations"] = [
            {"id": i, "physicalLocation": {"artifactLocation": _uri(r.path), "region": region(r, x.start, x.end)},
             **({"message": {"text": x.label}} if x.label else {})}
            for i, x in enumerate(d.related, 1)
        ]
    if d.suggestions:
        out["fixes"] = [
            {"description": {"text": _describe(d, s)},
             "artifactChanges": [{"artifactLocation": _uri(r.path), "replacements": [
                 {"deletedRegion": where["region"], "insertedContent": {"text": s}}]}]}
            for s in d.suggestions
        ]
    return out


def log(results: list[FileResult], options: Options) -> dict:
    fired = {}
    for r in results:
        for d in r.diagnostics:
            fired.setdefault(d.rule, d)
    ids = sorted(fired)
    index = {rule: i for i, rule in enumerate(ids)}
    rules = [_rule(rule, fired[rule], options.rules.get(rule)) for rule in ids]
    out = []
    for r in results:
        out.extend(_result(r, d, index[d.rule], fp) for d, fp in zip(r.diagnostics, fingerprints(r), strict=True))
    notes = [
        {"level": "error", "message": {"text": reason(r)}, "descriptor": {"id": "copylint.input"},
         "locations": [{"physicalLocation": {"artifactLocation": _uri(r.path)}}]}
        for r in results if r.error
    ]
    invocation: dict = {"executionSuccessful": not notes}
    if notes:
        invocation["toolExecutionNotifications"] = notes
    driver = {"name": "copylint", "informationUri": INFORMATION_URI, "rules": rules}
    if options.tool_version:
        driver |= {"version": options.tool_version, "semanticVersion": options.tool_version}
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": driver},
            "invocations": [invocation],
            "columnKind": "utf16CodeUnits",
            "results": out,
        }],
    }


def write(results: list[FileResult], stream: TextIO, options: Options) -> None:
    json.dump(log(results, options), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
