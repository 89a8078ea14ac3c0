"""GitHub Actions workflow commands: `::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=T::message`.

GitHub shows at most 10 annotations of each level per step (50 per job) and drops the rest, so when
there are more, every finding is also printed as a plain log line after the annotations. When
`$GITHUB_STEP_SUMMARY` is set, a Markdown table of the findings is appended to that file.

Columns count code points, as in every other copylint format. GitHub accepts `col`/`endColumn` only
when the annotation starts and ends on one line, so a multi-line span gives lines only."""

from __future__ import annotations

import os
from typing import TextIO

from copylint.output import FileResult, Options, counts
from copylint.paths import repo_path

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
LIMIT = 10  # annotations GitHub shows per level and step
SUMMARY_ROWS = 500  # a step summary may hold 1 MiB


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def reason(r: FileResult) -> str:
    """The read error without the path that prefixes it."""
    prefix = f"{r.path}: "
    return r.error[len(prefix):] if r.error and r.error.startswith(prefix) else (r.error or "")


def command(level: str, props: dict[str, object], message: str) -> str:
    fields = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
    return f"::{level} {fields}::{escape_data(message)}"


def _message(r: FileResult, d) -> str:
    hint = f" (suggestion: {' / '.join(d.suggestions)})" if d.suggestions else ""
    return d.message + r.related(d) + hint


def _plain(text: str) -> str:
    """One log line that cannot start a workflow command."""
    return " ".join(text.splitlines())


def write(results: list[FileResult], stream: TextIO, options: Options) -> None:
    wanted = dict.fromkeys(LEVEL.values(), 0)
    for r in results:
        path = repo_path(r.path)
        if r.error:  # always annotated: a file that was not checked matters more than any finding
            wanted["error"] += 1
            stream.write(command("error", {"file": path, "title": "copylint: file not checked"}, reason(r)) + "\n")
        for d in r.diagnostics:
            level = LEVEL[d.severity.value]
            wanted[level] += 1
            if wanted[level] > LIMIT:
                continue
            line, col, end_line, end_col = r.position(d)
            props: dict[str, object] = {"file": path, "line": line}
            if end_line == line:
                props |= {"col": col, "endLine": end_line, "endColumn": end_col}
            else:
                props["endLine"] = end_line
            props["title"] = d.rule
            stream.write(command(level, props, _message(r, d)) + "\n")
    if max(wanted.values(), default=0) > LIMIT:
        stream.write(f"copylint: GitHub shows {LIMIT} annotations of each level; every finding follows.\n")
        for r in results:
            if r.error:
                stream.write(_plain(f"{repo_path(r.path)}: error: {reason(r)}") + "\n")
            for d in r.diagnostics:
                line, col, *_ = r.position(d)
                stream.write(_plain(f"{repo_path(r.path)}:{line}:{col}: {d.severity.value} {d.rule}: {_message(r, d)}")
                             + "\n")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        try:
            with open(summary, "a", encoding="utf-8") as f:
                f.write(step_summary(results))
        except OSError as e:
            stream.write(f"copylint: cannot write the step summary {summary}: {e.strerror or e}\n")


def _cell(s: str) -> str:
    s = s.replace("\\", "\\\\").replace("|", "\\|").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "<br>".join(s.splitlines()) or " "


def step_summary(results: list[FileResult]) -> str:
    """A Markdown heading, the counts and a table of findings."""
    n = counts(results)
    total = sum(n.values())
    files = sum(1 for r in results if r.diagnostics)
    unread = [r for r in results if r.error]
    out = ["## copylint\n\n"]
    if total:
        out.append(f"{total} finding{'s' * (total != 1)} in {files} file{'s' * (files != 1)}: "
                   f"{n['error']} error{'s' * (n['error'] != 1)}, {n['warning']} warning{'s' * (n['warning'] != 1)}, "
                   f"{n['info']} info.\n")
    else:
        out.append("No findings.\n")
    if unread:
        out.append(f"\n{len(unread)} file{'s' * (len(unread) != 1)} could not be read:\n\n")
        out.extend(f"- {_cell(repo_path(r.path))}: {_cell(reason(r))}\n" for r in unread)
    if total:
        out.append("\n| File | Line | Severity | Rule | Message |\n| --- | ---: | --- | --- | --- |\n")
        rows = 0
        for r in results:
            for d in r.diagnostics:
                rows += 1
                if rows > SUMMARY_ROWS:
                    break
                line, *_ = r.position(d)
                out.append(f"| {_cell(repo_path(r.path))} | {line} | {d.severity.value} | {_cell(d.rule)} "
                           f"| {_cell(_message(r, d))} |\n")
        if total > SUMMARY_ROWS:
            out.append(f"\n{total - SUMMARY_ROWS} more findings are in the log.\n")
    return "".join(out) + "\n"
