"""Inline suppression comments in Markdown."""

from __future__ import annotations

from copylint.api import check_text
from copylint.config import Config

CFG = Config(select=("typo.doubled-word",))


def rules_at_lines(text):
    return [(text.count("\n", 0, d.start) + 1, d.rule) for d in check_text(text, "a.md", CFG)]


def test_disable_and_enable_region():
    text = (
        "# T\n\nOne the the.\n\n<!-- copylint-disable typo.doubled-word -->\n\nTwo the the.\n\n"
        "<!-- copylint-enable -->\n\nThree the the.\n"
    )
    assert rules_at_lines(text) == [(3, "typo.doubled-word"), (11, "typo.doubled-word")]


def test_disable_by_category_and_all():
    text = "# T\n\n<!-- copylint-disable typo -->\n\nTwo the the.\n"
    assert rules_at_lines(text) == []
    text = "# T\n\n<!-- copylint-disable -->\n\nTwo the the.\n"
    assert rules_at_lines(text) == []


def test_disable_other_rule_leaves_this_one():
    text = "# T\n\n<!-- copylint-disable grammar -->\n\nTwo the the.\n"
    assert rules_at_lines(text) == [(5, "typo.doubled-word")]


def test_disable_next_line_only():
    text = "# T\n\n<!-- copylint-disable-next-line typo.doubled-word -->\nOne the the.\n\nTwo the the.\n"
    assert rules_at_lines(text) == [(6, "typo.doubled-word")]


def test_comments_in_plain_text_do_not_suppress():
    text = "T\n\n<!-- copylint-disable -->\n\nTwo the the.\n"
    assert [r for _, r in [(0, d.rule) for d in check_text(text, "a.txt", CFG)]] == ["typo.doubled-word"]
