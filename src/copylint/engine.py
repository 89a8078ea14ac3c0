"""Run checkers over a document: selection, suppression, severity, crash isolation, ordering."""

from __future__ import annotations

import traceback
from collections.abc import Iterable

from copylint.checker import Checker, Context
from copylint.config import Config, _matches
from copylint.document import Document
from copylint.model import Category, Diagnostic, Finding, Related, Severity


def context_for(config: Config, doc: Document | None = None) -> Context:
    return Context(
        dialect=config.dialect,
        accept=config.accept,
        date=config.date,
        number_style=config.number_style,
        options=config.options,
    )


def run(doc: Document, checkers: Iterable[Checker], config: Config) -> list[Diagnostic]:
    ctx = context_for(config, doc)
    out: dict[tuple, Diagnostic] = {}
    builtin_spans: list[tuple[int, int]] = []
    # Outside engines (tag "engine") run last; their matches that overlap a built-in finding are dropped.
    for checker in sorted(checkers, key=lambda c: "engine" in c.meta.tags):
        meta = checker.meta
        if "engine" in meta.tags and not builtin_spans:
            builtin_spans = sorted((d.start, d.end) for d in out.values())
        opt_in = "opt-in" in meta.tags
        engine = "engine" in meta.tags  # asked for explicitly; its findings are filtered one by one
        if not engine and not config.enabled(meta.id, meta.category.value, doc.path, opt_in):
            continue
        try:
            stamped = [_stamp(doc, meta, f, config) for f in checker.check(doc, ctx)]
        except Exception as e:  # one broken checker must not take the others down
            where = traceback.extract_tb(e.__traceback__)[-1]
            out[(0, 0, f"internal.{meta.id}")] = Diagnostic(
                doc.path, f"internal.{meta.id}", Category.INTERNAL, Severity.ERROR, 0, 0,
                f"Rule {meta.id} failed on this file ({type(e).__name__}: {e} at "
                f"{where.filename.rsplit('/', 1)[-1]}:{where.lineno}); other rules ran.",
            )
            continue
        for d in stamped:
            if d is None or ("engine" in meta.tags and _overlaps(builtin_spans, d.start, d.end)):
                continue
            key = (d.start, d.end, d.rule)
            if key not in out:
                out[key] = d
    return sorted(out.values(), key=lambda d: d.sort_key)


def _stamp(doc: Document, meta, f: Finding, config: Config) -> Diagnostic | None:
    rule = f.rule or meta.id
    category = f.category or meta.category
    if f.rule and not config.enabled(rule, category.value, doc.path):
        return None
    if not 0 <= f.start <= f.end <= len(doc.text):
        raise ValueError(f"{rule} reported span {f.start}..{f.end} outside the text")
    if _suppressed(doc, rule, category.value, f.start):
        return None
    severity = config.severity_of(rule, category.value, f.severity or meta.severity)
    related = tuple(x if isinstance(x, Related) else Related(*x) for x in f.related)  # plugins may give (start, end)
    return Diagnostic(doc.path, rule, category, severity, f.start, f.end, f.message, f.suggestions, f.safe,
                      related)


def _suppressed(doc: Document, rule: str, category: str, offset: int) -> bool:
    for s in doc.suppressions:
        if s.start <= offset <= s.end and (s.rules is None or any(_matches(p, rule, category) for p in s.rules)):
            return True
    return False


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e or s == start for s, e in spans)
