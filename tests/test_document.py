"""Document model: blocks, masking, sentences, tokens, line index, metadata."""

from __future__ import annotations

from datetime import date

import pytest

from copylint import document as d
from copylint.document import LineIndex
from copylint.nlp.sentences import split
from copylint.parsing import parse
from copylint.sources import decode

ARTICLE = """Council approves bridge repairs

By Jane Morrow

HALIFAX, N.S. – City council voted 9-4 on Tuesday to repair the Macdonald bridge.

Photo: The bridge at dusk.

Mayor Andy Fillmore said the work would start in May. “We have waited long enough,” he said.

Where The Money Goes

- $12 million for the deck
- $3 million for lighting
"""


def kinds(doc):
    return [(b.kind, doc.text[b.start : b.end][:20]) for b in doc.blocks]


def test_plain_text_blocks():
    doc = parse(ARTICLE, "a.txt")
    assert [k for k, _ in kinds(doc)] == [
        d.HEADLINE, d.BYLINE, d.PARAGRAPH, d.CAPTION, d.PARAGRAPH, d.TITLE, d.ITEM, d.ITEM,
    ]
    assert doc.title == "Council approves bridge repairs"
    assert doc.text[slice(*doc.dateline)].startswith("HALIFAX, N.S. –")


def test_one_paragraph_per_line_without_blank_lines():
    text = "First paragraph ends here. \nSecond one too. \nThird has no period\nFourth is fine.\n"
    doc = parse(text, "b.txt")
    assert [b.kind for b in doc.blocks] == [d.PARAGRAPH] * 4
    assert doc.text[doc.blocks[2].start : doc.blocks[2].end] == "Third has no period"


def test_wrapped_paragraphs_are_joined():
    text = "Headline here\n\nThe council met on\nTuesday to discuss the\nbudget.\n\nNext one.\n"
    doc = parse(text, "c.txt")
    assert [b.kind for b in doc.blocks] == [d.HEADLINE, d.PARAGRAPH, d.PARAGRAPH]
    s = doc.sentences[1]
    assert doc.text[s.start : s.end] == "The council met on\nTuesday to discuss the\nbudget."


def test_date_line_sets_article_date():
    doc = parse("A headline\nFriday, July 21, 2017\nThe team won.\n", "d.txt")
    assert doc.date == date(2017, 7, 21)
    assert doc.blocks[1].kind == d.DATELINE


@pytest.mark.parametrize("line, day", [
    ("Published: 2025-02-20", date(2025, 2, 20)),
    ("Posted on March 4, 2025 at 10:32 a.m. ET", date(2025, 3, 4)),
    ("Last updated 12 August 2025, 14:05", date(2025, 8, 12)),
    ("DES MOINES, Iowa, April 17, 2025 —", date(2025, 4, 17)),
    ("TOWNSVILLE, 12 August 2025 --", date(2025, 8, 12)),
])
def test_a_labelled_date_or_a_dated_dateline_line_sets_the_article_date(line, day):
    doc = parse(f"A headline\n\n{line}\n\nThe team won.\n", "d.txt")
    assert doc.date == day and doc.blocks[1].kind == d.DATELINE
    md = parse(f"# A headline\n\n{line}\n\nThe team won.\n", "d.md")
    assert md.date == day


def test_a_dateline_opening_the_story_gives_its_date_and_a_sentence_does_not():
    doc = parse("A headline\n\nCLAYBURN, Sept. 12, 2025 — A former treasurer was sentenced.\n", "d.txt")
    assert doc.date == date(2025, 9, 12) and doc.dateline is not None
    assert parse("A headline\n\nNEW YORK (AP) — The vote was held on March 4, 2025.\n", "d.txt").date is None
    assert parse("A headline\n\nThe vote was held on March 4, 2025.\n", "d.txt").date is None


def test_markdown_front_matter_code_links_and_html_are_masked():
    text = (
        "---\ntitle: Vote count\ndate: 2023-06-20\n---\n\n# Vote count\n\n"
        "Read the [full report](https://example.org/r.pdf) and `code here`.<br>\n\n"
        "```\nnot prose\n```\n\n> A quoted block.\n\n1. An item\n"
    )
    doc = parse(text, "e.md")
    assert doc.title == "Vote count" and doc.date == date(2023, 6, 20)
    assert len(doc.masked) == len(doc.text)
    assert "example.org" not in doc.masked and "code here" not in doc.masked and "<br>" not in doc.masked
    assert "full report" in doc.masked and "not prose" not in doc.masked and "2023-06-20" not in doc.masked
    assert [b.kind for b in doc.blocks] == [d.HEADING, d.PARAGRAPH, d.QUOTE, d.ITEM]
    heading = doc.blocks[0]
    assert doc.text[heading.start : heading.end] == "Vote count"


def test_markdown_front_matter_title_is_the_headline_unless_a_heading_repeats_it():
    text = '---\ntitle: "Harrowgate Town 3-2 Wexley Rovers"\ndate: 2024-02-18\n---\n\nOkafor scored twice.\n'
    doc = parse(text, "m.md")
    head = doc.blocks[0]
    assert head.kind == d.HEADLINE and doc.text[head.start:head.end] == "Harrowgate Town 3-2 Wexley Rovers"
    assert doc.masked[head.start:head.end] == doc.text[head.start:head.end]
    assert [b.index for b in doc.blocks] == [0, 1] and doc.blocks[1].kind == d.PARAGRAPH
    again = parse(text.replace("Okafor", "# Harrowgate Town 3-2 Wexley Rovers\n\nOkafor"), "m.md")
    assert [b.kind for b in again.blocks] == [d.HEADING, d.PARAGRAPH]


def test_markdown_footnotes_are_blocks_and_their_marks_masked():
    text = (
        "# Vote count\n\n    [^4]: code, not a note\n\n"
        "The council met in March.[^2] Critics disagreed[^a] with the mayor, who called it "
        '"fair."[^3]\n[^2]: The minutes were published on Friday.\n'
        "   [^3]: Quoted from the record of the meeting\n    published later in the week.\n"
        "[^a]: See [the report](https://example.org) and [page 2][p]; he said [sic] a [^ slip.\n\n"
        "[p]: https://example.org/p2\n"
    )
    doc = parse(text, "n.md")
    assert len(doc.masked) == len(text)
    assert "[^2]" not in doc.masked and "^a" not in doc.masked and "[^3]" not in doc.masked
    assert [" ".join(doc.masked[b.start : b.end].split()) for b in doc.blocks[1:]] == [
        'The council met in March. Critics disagreed with the mayor, who called it "fair."',
        "The minutes were published on Friday.",
        "Quoted from the record of the meeting published later in the week.",
        "See the report and page 2 ; he said [sic] a [^ slip.",
    ]
    assert {b.kind for b in doc.blocks[1:]} == {d.PARAGRAPH}


def test_masked_keeps_newlines_and_length():
    text = "---\ntitle: x\n---\r\n\r\nSome *bold* text.\r\n"
    doc = parse(text, "f.md")
    assert len(doc.masked) == len(text)
    assert [i for i, c in enumerate(text) if c in "\r\n"] == [i for i, c in enumerate(doc.masked) if c in "\r\n"]


def test_sentences_respect_abbreviations_and_initials():
    text = "Mr. Putin met Gen. Smith in St. Petersburg at 10 a.m. Monday. John F. Kennedy was cited. It ended."
    spans = [text[s:e] for s, e in split(text)]
    assert spans == ["Mr. Putin met Gen. Smith in St. Petersburg at 10 a.m. Monday.",
                     "John F. Kennedy was cited.", "It ended."]


def test_sentences_after_quotes_and_us():
    text = "“We will go,” he said. “Now.” The U.S. Senate voted in the U.S. He stayed."
    spans = [text[s:e] for s, e in split(text)]
    assert spans == ["“We will go,” he said.", "“Now.”", "The U.S. Senate voted in the U.S.", "He stayed."]


def test_tokens_keep_apostrophes_and_split_hyphens():
    doc = parse("Harper’s long-standing 23,000 don't.\n", "g.txt")
    assert [t.text for t in doc.tokens] == ["Harper’s", "long", "-", "standing", "23,000", "don't", "."]


def test_line_index_crlf_cr_and_lf():
    text = "ab\r\ncd\ref\ngh"
    idx = LineIndex(text)
    assert idx.position(text.index("c")) == (2, 1)
    assert idx.position(text.index("f")) == (3, 2)
    assert idx.position(text.index("h")) == (4, 2)
    for off in range(len(text)):
        assert idx.offset(*idx.position(off)) == off


def test_bom_is_removed_so_columns_stay_right():
    src = decode("\ufeffHeadline\n\nIt ends here.\n".encode("utf-8"), "h.txt")
    assert src.text.startswith("Headline")
    src16 = decode("Headline\n".encode("utf-16"), "h.txt")
    assert src16.text == "Headline\n"


def test_quotes_run_on_to_block_end():
    text = "Headline\n\n“We will rebuild,” she said. “It will take years.\n\n“But we will do it.”\n"
    doc = parse(text, "q.txt")
    quoted = [doc.text[s:e] for s, e in doc.quotes]
    assert quoted == ["We will rebuild,", "It will take years.", "But we will do it."]
