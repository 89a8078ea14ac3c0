"""Punctuation checkers: missing final period, unbalanced quotes and brackets, sentence spacing."""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, shared
from copylint import document as d
from copylint.api import check_text
from copylint.checker import Context
from copylint.checkers.missing_period import MissingPeriod
from copylint.checkers.sentence_spacing import SentenceSpacing
from copylint.checkers.unbalanced_brackets import UnbalancedBrackets
from copylint.checkers.unbalanced_quotes import UnbalancedQuotes
from copylint.discover import NOT_ARTICLES
from copylint.parsing import parse

CHECKERS = (MissingPeriod(), UnbalancedQuotes(), UnbalancedBrackets(), SentenceSpacing())
HEAD = "Council approves budget\n\n"


def flags(checker, text: str, path: str = "t.txt") -> list[tuple[str, tuple[str, ...]]]:
    return [(text[f.start : f.end], f.suggestions) for f in checker.check(parse(text, path), Context())]


def spans(text: str, path: str = "t.txt") -> list[tuple[str, str]]:
    doc = parse(text, path)
    return [(c.meta.id, text[f.start : f.end]) for c in CHECKERS for f in c.check(doc, Context())]


# --- missing period -------------------------------------------------------------------------------


@pytest.mark.parametrize("body, word, fix", [
    ("The economy will be his priority at APEC", "APEC", "APEC."),
    ("The bridge opened in 1959. They tested 12 sites in total", "total", "total."),
    ("She called the offer “fair and competitive”", "competitive”", "competitive.”"),
    ("The vote was moved to the spring (the third delay)", "delay)", "delay)."),
    ("Officials said the ferry would resume service once repairs were done", "done", "done."),
])
def test_missing_period_flags(body, word, fix):
    assert flags(MissingPeriod(), HEAD + body + "\n\nThe council meets again in May.\n") == [(word, (fix,))]


@pytest.mark.parametrize("body", [
    "The council will consider three options:",
    "Related: Council votes down transit levy",
    "Read more about the budget",
    "With files from The Canadian Press",
    "The job: Tasting dog food for a premium brand",
    "5 There’s life out there",
    "“We had only just begun—”",
    "He asked whether it was true...",
    "Story continues below",
    "More information is at https://example.org/budget",
    "“It is over.” Charles Bolden, NASA Administrator",
    "“Budget talks stall” — CBC News, August 15, 2008",
    "I think they treat waiters best in ... France",
    "The councillor said the plan was too expensive and",
])
def test_missing_period_silent(body):
    assert flags(MissingPeriod(), HEAD + body + "\n\nThe council meets again in May.\n") == []


def test_missing_period_not_before_lowercase_continuation():
    text = HEAD + "The union said the offer was not enough\n\nand that talks would resume next week.\n"
    assert flags(MissingPeriod(), text) == []


def test_missing_period_leaves_headlines_bylines_items_captions():
    text = ("Council approves budget\n\nBy Jane Smith\n\nOTTAWA – The council approved the budget on Monday.\n\n"
            "- a new levy of $40 a year\n- cuts to two programs\n\nPhoto: Council chambers (City of Ottawa)\n")
    assert flags(MissingPeriod(), text) == []


def test_missing_period_markdown():
    text = ("# Budget passes\n\n**By Jane Smith**\n\nThe council approved the budget on Monday\n\n"
            "**What happens next**\n\n- a levy\n- cuts\n")
    assert flags(MissingPeriod(), text, "t.md") == [("Monday", ("Monday.",))]


def periods(text: str) -> list[tuple[str, str]]:
    return [(text[x.start : x.end], x.suggestions[0]) for x in check_text(text, path="x.md")
            if x.rule == "punctuation.missing-period"]


NOTE = "\n\n[^2]: The minutes were published on Friday.\n"


@pytest.mark.parametrize("body", [
    "The council approved the budget on Monday after a long debate.[^2]",
    'The mayor called the budget "the fairest the city has seen in years."[^2]',
])
def test_missing_period_markdown_footnote_marks(body):
    assert periods("# Budget passes\n\n" + body + NOTE) == []


def test_missing_period_markdown_footnote_mark_after_a_real_miss():
    text = "# Budget passes\n\nThe council approved the budget on Monday after a long debate[^2]" + NOTE
    assert periods(text) == [("debate", "debate.")]


def test_missing_period_markdown_footnote_definition_is_its_own_paragraph():
    text = ("# Budget passes\n\nThe council approved the budget on Monday after a long debate.[^2]\n"
            "[^2]: The minutes of the meeting were published on the city website on Friday\n"
            "[^3]: A second note.\n")
    assert periods(text) == [("Friday", "Friday.")]


def test_missing_period_safe_only_for_clear_sentences():
    doc = parse(HEAD + "The council approved the budget on Monday after a long debate\n", "t.txt")
    assert [f.safe for f in MissingPeriod().check(doc, Context())] == [True]
    doc = parse(HEAD + "She called the offer “fair and competitive”\n", "t.txt")
    assert [f.safe for f in MissingPeriod().check(doc, Context())] == [False]


# --- quotes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("body, flagged", [
    ("“We will not back down, the mayor said on Monday.", "“"),
    ("“We will not back down,“ the mayor said.", "“"),
    ("The mayor called it ”a disgrace.” She resigned.", "”"),
    ("“We will,” she said. “Not now.””", "”"),
    ('"We will not back down, the mayor said on Monday.', '"'),
    ("“We heard a lot of concerns tonight, he said. “We owe it to families.”", ","),
    ("“I haven’t fainted once, said 29-year-old Abdul Karim.", ","),
    ("It is a “dress code for tourists. Abdullah sighs. “Nobody expects that.”", "“"),
])
def test_quotes_flag(body, flagged):
    assert [s for s, _ in flags(UnbalancedQuotes(), HEAD + body + "\n\nThe council meets in May.\n")] == [flagged]


@pytest.mark.parametrize("body", [
    "“We will not back down,” the mayor said.",
    '"We will not back down," the mayor said. "Not now."',
    "“We will not back down. We have the votes.\n\n“We will win,” she said.",
    "She said: “We are pleased. “We will keep working with the province.”",
    "The mayor’s aides said they’d rather not comment on the ‘deal’.",
    'The 6\'2" forward scored twice.',
    "He bought a 40” TV on sale.",
    "“Housing, transit and safety – those are the things I heard about at every door.”",
])
def test_quotes_silent(body):
    assert flags(UnbalancedQuotes(), HEAD + body + "\n\nThe council meets in May.\n") == []


def test_quotes_run_on_through_a_caption():
    text = (HEAD + 'The governor said, "The museum put a tremendous amount of effort into this.\n\n'
            "Crews at work on the hangar. Image: NASA.\n\n"
            '"However, the trainer will soon call the museum home," she said.\n')
    assert flags(UnbalancedQuotes(), text) == []


def test_quotes_continuation_without_reopening_is_one_finding():
    text = (HEAD + "Olkin said: “Charon just blew our socks off. The team has been abuzz.\n\n"
            "There is so much science in this one image.” Pluto is mostly rock.\n")
    found = list(UnbalancedQuotes().check(parse(text, "t.txt"), Context()))
    assert len(found) == 1 and "continues a quotation" in found[0].message
    assert text[found[0].start : found[0].start + 5] == "There"


def test_quotes_paragraph_broken_mid_sentence_carries_silently():
    text = HEAD + "“Over the past decade, the family gave me the platform to manage the club and\n\n" \
        "I have been fortunate to work with them.”\n"
    assert flags(UnbalancedQuotes(), text) == []


# --- brackets -------------------------------------------------------------------------------------


@pytest.mark.parametrize("body, flagged, fix", [
    ("The levy (about $40 a year for most homes was approved.", "(", ()),
    ("The levy, about $40 a year) was approved.", ")", ()),
    ("“He [the mayor) knew,” she said.", ")", ("]",)),
])
def test_brackets_flag(body, flagged, fix):
    assert flags(UnbalancedBrackets(), HEAD + body + "\n") == [(flagged, fix)]


@pytest.mark.parametrize("body", [
    "The levy (about $40 a year) was approved.",
    "“He [the mayor] knew (and said so),” she said.",
    "The options are a) a levy, b) cuts and c) both.",
    "Her campaign focused on 1) taxes, 2) roads and 3) policing.",
    "She replied with a smiley :) and left.",
    "Read the plan [here](https://example.org/plan_(final).pdf) before the vote.",
])
def test_brackets_silent(body):
    path = "t.md" if "](" in body else "t.txt"
    assert flags(UnbalancedBrackets(), HEAD + body + "\n", path) == []


# --- spacing --------------------------------------------------------------------------------------


@pytest.mark.parametrize("body, flagged, fix", [
    ("The mayor resigned on Monday.The council meets today.", "Monday.The", "Monday. The"),
    ("Are you coming?Elijah is waiting.", "coming?Elijah", "coming? Elijah"),
    ("It rose 5 per cent to 9pm.Within an hour it fell.", "9pm.Within", "9pm. Within"),
    ("Shares of T-Mobile.But trust has eroded.", "T-Mobile.But", "T-Mobile. But"),
    ("“Good morning, Frank,”said Hal.", ",”", ",” "),
    ("The council met on Monday  and voted.", "  ", " "),
])
def test_spacing_flags(body, flagged, fix):
    assert flags(SentenceSpacing(), HEAD + body + "\n") == [(flagged, (fix,))]


@pytest.mark.parametrize("body", [
    "The U.S. Senate voted. The U.K. did not.",
    "Shares rose 3.5 per cent. Rates fell.",
    "Visit www.example.com or Amazon.com for details.",
    "He waited... Then he left.",
    "Revenue    2023    2024\nSales      4.1     4.6",
    "The firm, e.g.Apple, said so.",
    "Ph.D. students and the St. Louis Blues met at 8 a.m. Monday.",
    "The six - member team , which won , was honoured .",
])
def test_spacing_silent(body):
    assert flags(SentenceSpacing(), HEAD + body + "\n") == []


def test_spacing_ignores_markup_and_line_breaks_in_markdown():
    text = "# Budget\n\nThe **council** met on Monday and voted.  \nIt passed.\n\nSee `a  b` in the code.\n"
    assert flags(SentenceSpacing(), text, "t.md") == []


# --- block classification ------------------------------------------------------------------------


def test_plaintext_caption_with_image_credit():
    text = HEAD + "Body text runs here.\n\nCrews at work on the hangar. Image: NASA.\n\nMore body text.\n"
    assert [b.kind for b in parse(text, "t.txt").blocks] == [d.HEADLINE, d.PARAGRAPH, d.CAPTION, d.PARAGRAPH]


def test_plaintext_lowercase_line_is_not_a_title():
    text = HEAD + "the British Association for Counselling and Psychotherapy (BACP) lead adviser\n"
    assert parse(text, "t.txt").blocks[1].kind == d.PARAGRAPH


def test_markdown_single_line_blocks_classified():
    text = "# Budget\n\n*By Jane Smith*\n\nThe council met.\n\n**What happens next**\n\nPhoto: City of Ottawa\n"
    assert [b.kind for b in parse(text, "t.md").blocks] == [d.HEADING, d.BYLINE, d.PARAGRAPH, d.TITLE, d.CAPTION]


# --- articles and corpora -------------------------------------------------------------------------


def _score(folder: Path, key: dict) -> tuple[int, int, int, list[str]]:
    """(caught, planted, false alarms, missed) for punctuation findings, scored by line like the shared scorer."""
    caught = total = fa = 0
    missed = []
    for name, spec in key.items():
        text = (folder / name).read_text(encoding="utf-8")
        doc = parse(text, name)
        lines = {doc.lines.position(f.start)[0] for c in CHECKERS for f in c.check(doc, Context())}
        rows = text.splitlines()
        planted = set()
        for plant in spec["plants"]:
            n = next(i + 1 for i, row in enumerate(rows) if plant["find"] in row)
            planted.add(n)
            total += 1
            if n in lines:
                caught += 1
            else:
                missed.append(f"{name}:{plant['find']}")
        fa += len(lines - planted)
    return caught, total, fa, missed


def test_own_fixtures():
    folder = FIXTURES / "punctuation"
    caught, total, fa, missed = _score(folder, yaml.safe_load((folder / "key.yaml").read_text()))
    assert (caught, fa) == (total, 0), missed


@pytest.mark.parametrize("name", ["seed", "devset"])
def test_shared_articles(name):
    folder = shared(name)
    key = yaml.safe_load((folder / "key.yaml").read_text())
    for spec in key.values():
        spec["plants"] = [p for p in spec["plants"] if "punctuation" in p["accept"]]
    caught, total, fa, missed = _score(folder, key)
    assert (caught, fa) == (total, 0), missed


def _plant(lines: list[str], kind: str, rng: random.Random) -> tuple[int, str] | None:
    """Line index and planted text: a body line loses its final period, a closing quote or bracket, or a space."""
    patterns = {
        "period": r"[A-Za-z0-9)]\.(?=\s*$)",
        "quote": "”",
        "bracket": r"\)",
        "space": r"(?<=[a-z]{2}\.) (?=[A-Z][a-z])",
    }
    found = [(i, m) for i, line in enumerate(lines) if i for m in re.finditer(patterns[kind], line)]
    if not found:
        return None
    i, m = rng.choice(found)
    cut = m.end() - 1 if kind == "period" else m.start()
    return i, lines[i][:cut] + lines[i][cut + 1 :]


@pytest.mark.parametrize("kind, floor", [("period", 0.97), ("quote", 0.93), ("bracket", 0.93), ("space", 0.97)])
def test_planted_recall_on_clean_news(kind, floor):
    folder = shared("corpora", "clean-news", "onestopenglish-adv")
    rng = random.Random(7)
    caught = total = 0
    for path in sorted(p for p in folder.glob("*.txt") if p.name not in NOT_ARTICLES):
        lines = path.read_text(encoding="utf-8-sig").split("\n")
        planted = _plant(lines, kind, rng)
        if planted is None:
            continue
        i, lines[i] = planted
        text = "\n".join(lines)
        doc = parse(text, path.name)
        hit = {doc.lines.position(f.start)[0] for c in CHECKERS for f in c.check(doc, Context())}
        total += 1
        caught += i + 1 in hit
    assert total > 80 and caught / total >= floor, (caught, total)


@pytest.mark.parametrize("corpus, limit", [("onestopenglish-adv", 0.25), ("gum-wikinews", 0.5)])
def test_clean_news_is_quiet(corpus, limit):
    folder = shared("corpora", "clean-news", corpus)
    words = found = 0
    for path in sorted(p for p in folder.rglob("*.txt") if p.name not in NOT_ARTICLES):
        doc = parse(path.read_text(encoding="utf-8-sig"), path.name)
        words += doc.words()
        found += sum(1 for c in CHECKERS for _ in c.check(doc, Context()))
    assert found * 1000 / words <= limit, found


def _rows(path: Path):
    with path.open(encoding="utf-8") as f:
        yield from csv.DictReader(f, delimiter="\t")


def test_peer_examples():
    lt = shared("corpora", "peer-examples", "languagetool-en-rules", "grammar_xml_examples.tsv")
    harper = shared("corpora", "peer-examples", "harper-tests", "harper_linter_examples.tsv")
    checkers = CHECKERS[1:]  # single sentences are not paragraphs: the final-period rule does not apply
    good = [r["sentence"] for r in _rows(lt) if r["type"] == "correct"]
    good += [r["input"] for r in _rows(harper)
             if r["kind"] in ("no_lints", "lint_count=0") and "Spaces" not in r["linter"]]  # two spaces: house choice
    alarms = [s for s in good if any(list(c.check(parse(HEAD + s + "\n", "t.txt"), Context())) for c in checkers)]
    assert len(alarms) <= 10, alarms
    missing = [r["input"] for r in _rows(harper) if r["linter"] == "MissingSpace" and ";" not in r["input"]]
    hits = [s for s in missing if list(SentenceSpacing().check(parse(HEAD + s + "\n", "t.txt"), Context()))]
    assert len(hits) == len(missing), set(missing) - set(hits)
