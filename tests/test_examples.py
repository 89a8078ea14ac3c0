"""Every rule, Python or YAML, carries bad and good examples, and every one of them behaves."""

from __future__ import annotations

import pytest

from copylint.examples import run_examples
from copylint.model import Category, Example, Meta, Severity
from copylint.registry import all_checkers

CHECKERS = sorted(all_checkers(), key=lambda c: c.meta.id)


@pytest.mark.parametrize("checker", CHECKERS, ids=[c.meta.id for c in CHECKERS])
def test_rule_examples(checker):
    assert run_examples(checker) == []


@pytest.mark.parametrize("checker", CHECKERS, ids=[c.meta.id for c in CHECKERS])
def test_rule_metadata(checker):
    m = checker.meta
    assert m.id.split(".")[0] in {c.value for c in Category}, m.id
    assert m.summary and len(m.bad) >= 1 and len(m.good) >= 1


def test_a_rule_without_examples_fails():
    class Bare:
        meta = Meta("style.bare", Category.STYLE, Severity.INFO, "No examples.")

        def check(self, doc, ctx):
            return []

    assert run_examples(Bare()) == ["has no bad examples", "has no good examples"]


def test_a_bad_example_that_is_not_flagged_fails():
    class Silent:
        meta = Meta("style.silent", Category.STYLE, Severity.INFO, "Never fires.",
                    bad=(Example("A [[wrong]] word."),), good=(Example("A right word."),))

        def check(self, doc, ctx):
            return []

    problems = run_examples(Silent())
    assert len(problems) == 1 and "not flagged" in problems[0]
