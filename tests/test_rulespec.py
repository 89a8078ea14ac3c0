"""The YAML rule engine: strict loading with file:line errors, each rule kind, and the time limit."""

from __future__ import annotations

import textwrap

import pytest

from conftest import cli
from copylint.checker import Context
from copylint.config import Config
from copylint.engine import run
from copylint.loading import LoadError
from copylint.parsing import parse
from copylint.registry import builtin_rules_dir
from copylint.rulespec import load_file, load_folder

EXAMPLES = """
  examples:
    bad: ["A [[bad]] one."]
    good: ["A good one."]
"""


def write(tmp_path, body: str, examples: str = EXAMPLES) -> str:
    p = tmp_path / "rule.yaml"
    p.write_text(textwrap.dedent(body).strip("\n") + "\n" + examples.strip("\n") + "\n")
    return str(p)


def load_error(tmp_path, body: str, examples: str = EXAMPLES) -> str:
    with pytest.raises(LoadError) as e:
        load_file(write(tmp_path, body, examples))
    return str(e.value)


def findings(rule, text: str) -> list[str]:
    doc = parse(text, "a.txt")
    return [text[f.start : f.end] for f in rule.check(doc, Context())]


BASE = """
- id: style.bad-word
  kind: existence
  summary: Bad word.
  message: "'{match}' is bad."
  tokens: [bad]
"""


def test_a_valid_rule_loads_with_its_source_line(tmp_path):
    (rule,) = load_file(write(tmp_path, BASE))
    assert rule.meta.id == "style.bad-word" and rule.meta.source.endswith("rule.yaml:1")
    assert findings(rule, "A bad idea, a badge and a bad-tempered man.") == ["bad"]


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        (BASE.replace("tokens: [bad]", "tokens: [bad]\n  colour: red"), 6, "unknown key 'colour'"),
        (BASE.replace("tokens: [bad]", "pattern: '(unclosed'"), 5, "bad regular expression"),
        (BASE.replace("kind: existence", "kind: exists"), 2, "rule kind must be one of"),
        (BASE.replace("style.bad-word", "Style.Bad"), 1, "rule id 'Style.Bad' must read"),
        (BASE.replace("style.bad-word", "internal.bad"), 1, "category one of"),
        (BASE.replace("{match}", "{word}"), 4, "unknown placeholder {word}"),
        (BASE.replace("tokens: [bad]", "tokens: [bad]\n  severity: fatal"), 6, "severity must be"),
        (BASE.replace("tokens: [bad]", "tokens: [bad]\n  tokens: [worse]"), 6, "duplicate key 'tokens'"),
        (BASE.replace("tokens: [bad]", "tokens: []"), 5, "non-empty list"),
        (BASE.replace("tokens: [bad]", "tokens: [bad]\n  pattern: bad"), 1, "exactly one of 'tokens'"),
        (BASE.replace("tokens: [bad]", "tokens: [bad]\n  blocks: sidebar"), 6, "blocks must be one of"),
        (BASE.replace("  tokens: [bad]\n", "  tokens: [bad\n"), 6, "invalid YAML"),
    ],
)
def test_strict_loading_names_file_and_line(tmp_path, body, line, words):
    message = load_error(tmp_path, body)
    assert message.startswith(f"{tmp_path / 'rule.yaml'}:{line}: "), message
    assert words in message, message


@pytest.mark.parametrize(
    ("examples", "words"),
    [
        ("", "missing 'examples'"),
        ("  examples:\n    bad: ['A [[bad]] one.']\n", "non-empty 'good' list"),
        ("  examples:\n    bad: ['A bad one.']\n    good: ['Fine.']\n", "must mark the flagged span"),
        ("  examples:\n    bad: ['A [[bad]] one.']\n    good: ['Fine.']\n    ugly: []\n", "unknown key 'ugly'"),
    ],
)
def test_a_rule_needs_both_kinds_of_examples(tmp_path, examples, words):
    assert words in load_error(tmp_path, BASE, examples)


def test_yaml_is_loaded_safely(tmp_path):
    body = BASE.replace("summary: Bad word.", "summary: !!python/object/apply:os.system ['true']")
    assert "invalid YAML" in load_error(tmp_path, body)


def test_substitution_keeps_capitals_and_prefers_the_longest_entry(tmp_path):
    body = """
    - id: style.wordy-test
      kind: substitution
      summary: Wordy.
      message: "'{match}' -> '{suggestion}'"
      swap:
        in order: so
        in order to: to
    """
    (rule,) = load_file(write(tmp_path, body, EXAMPLES.replace("[[bad]]", "[[in order to]]")))
    doc = parse("In order to win, act. They left in  order to eat.", "a.txt")
    got = [(f.start, f.end, f.suggestions) for f in rule.check(doc, Context())]
    assert got == [(0, 11, ("To",)), (32, 44, ("to",))]


def test_substitution_with_regex_groups(tmp_path):
    body = r"""
    - id: style.age-test
      kind: substitution
      summary: Ages.
      message: "Use '{suggestion}'."
      regex: true
      swap:
        '\b(\d+) year old\b': '\1-year-old'
    """
    (rule,) = load_file(write(tmp_path, body, EXAMPLES.replace("[[bad]]", "[[4 year old]]")))
    doc = parse("The 4 year old girl and the 37 year old man.", "a.txt")
    assert [f.suggestions for f in rule.check(doc, Context())] == [("4-year-old",), ("37-year-old",)]


def test_consistency_flags_the_minority_form(tmp_path):
    body = """
    - id: style.either-test
      kind: consistency
      summary: One spelling.
      message: "'{match}': this article mostly uses '{suggestion}' ({count})."
      either:
        - [al-Qaida, al-Qaeda]
    """
    (rule,) = load_file(write(tmp_path, body))
    text = "Al-Qaida claimed it. Experts on al-Qaida agree. An al-Qaeda cell was found."
    doc = parse(text, "a.txt")
    (f,) = rule.check(doc, Context())
    assert text[f.start : f.end] == "al-Qaeda" and f.suggestions == ("al-Qaida",) and "(2)" in f.message
    assert findings(rule, "Al-Qaeda claimed it. Al-Qaeda again.") == []


def test_repetition_counts_per_scope(tmp_path):
    body = """
    - id: style.very-test
      kind: repetition
      summary: Very.
      message: "'{match}' {count} of {max} per {per}"
      tokens: [very]
      per: sentence
      max: 1
    """
    (rule,) = load_file(write(tmp_path, body))
    assert findings(rule, "It was very, very cold. It was very hot.") == ["very"]


def test_quotes_are_skipped_unless_asked(tmp_path):
    (rule,) = load_file(write(tmp_path, BASE))
    text = '"This is bad," she said. That was bad.'
    doc = parse(text, "a.txt")
    assert [f.start for f in rule.check(doc, Context())] == [text.rindex("bad")]
    (rule,) = load_file(write(tmp_path, BASE.replace("tokens:", "quotes: include\n  tokens:")))
    assert len(rule.check(doc, Context())) == 2


def test_catastrophic_pattern_is_stopped_and_reported(tmp_path, monkeypatch):
    from copylint.rulespec import base

    monkeypatch.setattr(base, "TIME_LIMIT", 0.2)
    body = BASE.replace("tokens: [bad]", "pattern: '(a|aa)+$'")
    (rule,) = load_file(write(tmp_path, body, EXAMPLES.replace("[[bad]]", "[[aa]]")))
    doc = parse("a" * 40 + "!\n", "a.txt")
    (d,) = run(doc, [rule], Config())
    assert d.rule == "internal.style.bad-word" and "ran longer than" in d.message


def test_a_user_rule_folder_from_config(tmp_path):
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "rule.yaml").write_text(textwrap.dedent(BASE) + EXAMPLES)
    (tmp_path / ".copylint.yaml").write_text("rules: [house]\n")
    article = tmp_path / "a.txt"
    article.write_text("Headline\n\nIt was a bad day for the council.\n")
    r = cli("check", "--select", "style.bad-word", str(article))
    assert r.code == 1 and "style.bad-word" in r.out
    r = cli("rules", "test", "--rules", str(folder))
    assert r.code == 0, r.out + r.err


def test_a_broken_user_rule_is_one_line_and_exit_2(tmp_path):
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "rule.yaml").write_text(textwrap.dedent(BASE).replace("[bad]", "[bad") + EXAMPLES)
    article = tmp_path / "a.txt"
    article.write_text("Headline\n\nText.\n")
    r = cli("rules", "--rules", str(folder))
    assert r.code == 2 and r.err.count("\n") == 1 and "rule.yaml:" in r.err and "Traceback" not in r.err


def test_every_shipped_pack_loads():
    rules = load_folder(builtin_rules_dir())
    assert {r.meta.id for r in rules} >= {"style.compound-modifier", "style.wordy", "style.boilerplate",
                                           "style.consistent-spelling"}
    kinds = {type(r).__name__ for r in rules}
    assert kinds == {"Existence", "Substitution", "Consistency", "Repetition"}


def test_phrases_keep_their_offsets_when_lower_case_changes_length():
    """'İ' lower-cases to two code points: phrase and attribution matching must still point at the text."""
    from copylint import check_text

    text = "İstanbul talks\n\nİstanbul officials met. Critics say the plan is late. It was a face to face meeting.\n"
    found = {d.rule: text[d.start : d.end] for d in check_text(text, path="a.txt")}
    assert found["attribution.vague-source"] == "Critics say"
    assert found["style.compound-modifier"] == "face to face meeting"
