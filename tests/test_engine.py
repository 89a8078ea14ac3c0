"""The engine: crash isolation, ordering, de-duplication, severity overrides."""

from __future__ import annotations

from copylint.config import Config
from copylint.engine import run
from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.parsing import parse
from copylint.registry import all_checkers


def meta(rule_id, category=Category.STYLE):
    return Meta(rule_id, category, Severity.WARNING, "x", bad=(Example("[[x]]."),), good=(Example("y."),))


class Boom:
    meta = meta("style.boom")

    def check(self, doc, ctx):
        yield Finding(0, 1, "first")
        raise RuntimeError("kaput")


class OutOfRange:
    meta = meta("style.out-of-range")

    def check(self, doc, ctx):
        return [Finding(0, len(doc.text) + 5, "too far")]


class Twice:
    meta = meta("style.twice")

    def check(self, doc, ctx):
        return [Finding(5, 8, "b"), Finding(0, 3, "a"), Finding(0, 3, "a")]


DOUBLED = [c for c in all_checkers() if c.meta.id == "typo.doubled-word"]


def test_a_broken_checker_reports_itself_and_the_others_run():
    doc = parse("Head\n\nThe the vote.\n", "a.txt")
    diags = run(doc, [Boom(), OutOfRange(), *DOUBLED], Config())
    rules = [d.rule for d in diags]
    assert "typo.doubled-word" in rules
    assert "internal.style.boom" in rules and "internal.style.out-of-range" in rules
    boom = next(d for d in diags if d.rule == "internal.style.boom")
    assert boom.category is Category.INTERNAL and "RuntimeError: kaput" in boom.message
    assert "first" not in [d.message for d in diags]  # a crashed checker's partial output is dropped


def test_sorted_and_deduplicated():
    diags = run(parse("Head\n\nabcdefgh.\n", "a.txt"), [Twice()], Config())
    assert [(d.start, d.end, d.message) for d in diags] == [(0, 3, "a"), (5, 8, "b")]


def test_internal_findings_cannot_be_ignored():
    diags = run(parse("Head\n\nx.\n", "a.txt"), [Boom()], Config(ignore=("internal", "style")))
    assert [d.rule for d in diags] == []  # the checker itself is off, so it never ran
    diags = run(parse("Head\n\nx.\n", "a.txt"), [Boom()], Config(ignore=("internal",)))
    assert [d.rule for d in diags] == ["internal.style.boom"]


def test_severity_override_applies():
    diags = run(parse("Head\n\nThe the vote.\n", "a.txt"), DOUBLED,
                Config(severity=(("typo", Severity.INFO),)))
    assert [d.severity for d in diags] == [Severity.INFO]
