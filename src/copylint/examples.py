"""Run a rule's own examples: every bad example flags exactly its marked spans (with the expected
first suggestion), every good example flags nothing."""

from __future__ import annotations

from copylint.checker import Checker, Context
from copylint.parsing import parse


def _findings(checker: Checker, text: str):
    doc = parse(text, "example.txt")
    return [f for f in checker.check(doc, Context()) if f.rule in (None, checker.meta.id)]


def run_examples(checker: Checker) -> list[str]:
    """Problems found; empty when every example behaves."""
    meta = checker.meta
    problems = []
    if not meta.bad:
        problems.append("has no bad examples")
    if not meta.good:
        problems.append("has no good examples")
    for ex in meta.bad:
        text, spans = ex.plain()
        if not spans:
            problems.append(f"bad example has no [[marked]] span: {ex.text!r}")
            continue
        found = _findings(checker, text)
        for span in spans:
            hits = [f for f in found if (f.start, f.end) == (span.start, span.end)]
            if not hits:
                got = ", ".join(repr(text[f.start : f.end]) for f in found) or "nothing"
                flagged = text[span.start : span.end]
                problems.append(f"bad example not flagged at {flagged!r} (flagged {got}): {ex.text!r}")
            elif ex.fix is not None and (not hits[0].suggestions or hits[0].suggestions[0] != ex.fix):
                problems.append(
                    f"bad example suggests {hits[0].suggestions[:1]!r}, expected {ex.fix!r}: {ex.text!r}"
                )
        marked = {(s.start, s.end) for s in spans}
        extra = [f for f in found if (f.start, f.end) not in marked]
        for f in extra:
            problems.append(f"bad example also flags unmarked {text[f.start:f.end]!r}: {ex.text!r}")
    for ex in meta.good:
        text, _ = ex.plain()
        for f in _findings(checker, text):
            problems.append(f"good example flagged at {text[f.start:f.end]!r} ({f.message}): {ex.text!r}")
    return problems
