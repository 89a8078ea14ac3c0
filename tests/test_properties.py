"""Properties that hold for any text: every checker terminates, spans lie inside the text, positions
round-trip, output is deterministic, and fixing twice changes nothing after the first time."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copylint import fixes
from copylint.api import check_source
from copylint.config import Config
from copylint.document import LineIndex
from copylint.output import FileResult
from copylint.registry import all_checkers

EXAMPLES = int(os.environ.get("COPYLINT_HYPOTHESIS_EXAMPLES", "300"))
CHECKERS = all_checkers()
CONFIG = Config()

# Pieces of news copy mixed with hostile characters: astral, combining, zero-width, RTL, controls.
PIECES = st.sampled_from([
    "The", "the", "council", "voted", "9-4", "23,000", "his", "citizens", "me", "made", "him", "said",
    "“", "”", '"', "(", ")", "[", "]", ".", ",", "?", "!", " – ", "—", "’", "'", "per cent", "%", "$48",
    "Mr.", "U.S.", "a.m.", "about", "26", "miners", "25", "years ago", "in 2015", "critics say",
    "\n", "\n\n", "\r\n", "\r", "  ", "\t", "#", "> ", "- ", "1. ", "```", "`", "<!-- copylint-disable -->",
    "---\n", "*", "_", "[link](http://x.y)", "https://example.org/a_b", "\u200b", "\u200f", "\u202e",
    "e\u0301", "İ", "𝒜", "😀", "\x00", "\x07", "\ufeff", "\u2028", "Ⅻ", "٣", "ﬁ",
])
TEXTS = st.one_of(
    st.lists(PIECES, max_size=60).map(" ".join),
    st.lists(PIECES, max_size=60).map("".join),
    st.text(max_size=300),
)
SUITE = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SUITE
@given(TEXTS, st.sampled_from(["a.txt", "a.md"]))
def test_spans_inside_and_deterministic(text, path):
    first = check_source(text, path, CONFIG, CHECKERS)
    assert not [d for d in first if d.category.value == "internal"], [d.message for d in first]
    for d in first:
        assert 0 <= d.start <= d.end <= len(text)
        for x in d.related:
            assert 0 <= x.start <= x.end <= len(text)
    assert check_source(text, path, CONFIG, CHECKERS) == first


@SUITE
@given(st.text(max_size=400))
def test_line_and_column_round_trip(text):
    idx = LineIndex(text)
    for offset in range(len(text) + 1):
        assert idx.offset(*idx.position(offset)) == offset


@SUITE
@given(TEXTS, st.sampled_from(["a.txt", "a.md"]))
def test_fix_twice_changes_nothing(text, path):
    def check(t):
        return check_source(t, path, CONFIG, CHECKERS)

    once, _, left = fixes.fix(text, check)
    assert fixes.edits(left) == []
    assert fixes.fix(once, check)[:2] == (once, 0)


@SUITE
@given(TEXTS)
def test_positions_for_every_finding(text):
    r = FileResult("a.txt", tuple(check_source(text, "a.txt", CONFIG, CHECKERS)), text)
    for d in r.diagnostics:
        line, col, end_line, end_col = r.position(d)
        assert r.lines.offset(line, col) == d.start and r.lines.offset(end_line, end_col) == d.end
