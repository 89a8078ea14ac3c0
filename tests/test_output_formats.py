"""Every output format on one shared set of synthetic diagnostics, compared with golden files in
tests/golden/ (`COPYLINT_UPDATE_GOLDEN=1` rewrites them); GitHub escaping and step summary; SARIF
schema validation; the JSON contract."""

from __future__ import annotations

import io
import json
import os
import re

import pytest

from conftest import ROOT, cli, shared
from copylint.fixes import edits
from copylint.model import Category, Diagnostic, Meta, Related, Severity
from copylint.output import FileResult, Options, write
from copylint.output.github import escape_data, escape_property, step_summary
from copylint.output.text import _width, caret

GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("COPYLINT_UPDATE_GOLDEN") == "1"
ANSI = re.compile(r"\033\[[0-9;]*m")

STORY = (
    "# Storm hits coast\n"
    "\n"
    "Residents 😀 said teh storm was “very bad” — café owners agreed.\n"
    "The mayor said the the\n"
    "damage was limited, and 𝕏 users posted videos\n"
    "Officials counted 26 homes; later 25 homes.\n"
)
REPORT = (
    "Quarterly report\r\n"
    "\r\n"
    "Sales rose 60% and costs 50%, the firm said.\r\n"
    "A 𝕏 post called it a 𝕏 recrod quarter.\r\n"
)
CLEAN = "Nothing to see here.\n"

RULES = {
    "spelling.sample-word": Meta("spelling.sample-word", Category.SPELLING, Severity.WARNING,
                                 "A known misspelling.", "Flags words from a list of common misspellings."),
    "typo.sample-double": Meta("typo.sample-double", Category.TYPO, Severity.ERROR, "A doubled word."),
    "punctuation.sample-period": Meta("punctuation.sample-period", Category.PUNCTUATION, Severity.INFO,
                                      "A paragraph with no final period."),
    "numbers.sample-count": Meta("numbers.sample-count", Category.NUMBERS, Severity.WARNING,
                                 "One count, two values.", "Compares counts of the same thing in one article."),
}


def diag(path: str, text: str, rule: str, needle: str, message: str, *suggestions: str, nth: int = 1,
         insert: bool = False, safe: bool = False, related: tuple = ()) -> Diagnostic:
    """The nth occurrence of needle, or (insert) the empty span just after it."""
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    end = start + len(needle)
    if insert:
        start = end
    meta = RULES[rule]
    return Diagnostic(path, rule, meta.category, meta.severity, start, end, message, suggestions, safe, related)


def results() -> list[FileResult]:
    s, p = "news/storm.md", "reports/q3, draft.txt"
    story = (
        diag(s, STORY, "spelling.sample-word", "teh", "Misspelling 'teh': write 'the'.", "the", safe=True),
        diag(s, STORY, "typo.sample-double", "the the\ndamage",
             "Doubled word 'the the' across a line break: delete one.", "the\ndamage"),
        diag(s, STORY, "punctuation.sample-period", "videos", "Paragraph ends without a period: add one.", ".",
             insert=True, safe=True),
        diag(s, STORY, "numbers.sample-count", "25 homes", "'25 homes' here, '26 homes' earlier: make them agree.",
             related=(Related(STORY.index("26 homes"), STORY.index("26 homes") + 8, "26 homes"),)),
    )
    report = (
        diag(p, REPORT, "numbers.sample-count", "60% and costs 50%",
             "Shares add up to 110%: check them, then fix\nthe total.", "60%, costs 40%"),
        diag(p, REPORT, "typo.sample-double", "said.\r\nA 𝕏", "The line break splits 'said. A 𝕏': check it.",
             "said. A 𝕏"),
        diag(p, REPORT, "spelling.sample-word", "recrod", "Misspelling 'recrod': write 'record'.", "record", "recross"),
    )
    return [
        FileResult("broken.txt", error="broken.txt: invalid UTF-8 at byte 12"),
        FileResult("clean.txt", (), CLEAN),
        FileResult(s, tuple(sorted(story, key=lambda d: d.sort_key)), STORY),
        FileResult(p, report, REPORT),
    ]


def render(fmt: str, color: bool = False) -> str:
    out = io.StringIO()
    write(fmt, results(), out, Options(color=color, width=100, tool_version="0.0.0", rules=RULES))
    return ANSI.sub("", out.getvalue())


CASES = {
    "text.txt": lambda: render("text"),
    "text-caret.txt": lambda: render("text", color=True),
    "json.json": lambda: render("json"),
    "github.txt": lambda: render("github"),
    "github-summary.md": lambda: step_summary(results()),
    "sarif.json": lambda: render("sarif"),
    "gitlab.json": lambda: render("gitlab"),
}


@pytest.fixture(autouse=True)
def _no_actions_env(monkeypatch):
    for var in ("GITHUB_STEP_SUMMARY", "GITHUB_WORKSPACE"):
        monkeypatch.delenv(var, raising=False)


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name):
    got = CASES[name]()
    path = GOLDEN / f"outputs.{name}"
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_bytes(got.encode("utf-8"))
    assert path.exists(), f"missing {path}: run with COPYLINT_UPDATE_GOLDEN=1"
    assert got == path.read_bytes().decode("utf-8")


def _sarif_validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(shared("specs", "sarif-2.1.0", "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def test_sarif_validates_against_schema():
    validator = _sarif_validator()
    errors = sorted(validator.iter_errors(json.loads(render("sarif"))), key=str)
    assert not errors, "\n".join(e.message for e in errors[:5])


def test_sarif_from_the_command_line_validates(tmp_path):
    validator = _sarif_validator()
    (tmp_path / "a.txt").write_text("Head\n\nThe the vote 😀 and and count.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00")
    r = cli("check", "--no-config", "--select", "typo.doubled-word", "--format", "sarif",
            str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    log = json.loads(r.out)
    assert not list(validator.iter_errors(log))
    run = log["runs"][0]
    assert [x["ruleId"] for x in run["results"]] == ["typo.doubled-word"] * 2
    assert run["results"][1]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 17  # 😀 is 2 units
    assert run["invocations"][0]["executionSuccessful"] is False
    assert run["tool"]["driver"]["rules"][0]["properties"]["category"] == "typo"


def test_sarif_columns_are_utf16_and_rules_sorted():
    run = json.loads(render("sarif"))["runs"][0]
    assert run["columnKind"] == "utf16CodeUnits"
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert ids == sorted(ids) == sorted({d.rule for r in results() for d in r.diagnostics})
    teh = next(x for x in run["results"] if "teh" in x["message"]["text"])
    region = teh["locations"][0]["physicalLocation"]["region"]
    line = STORY.splitlines()[2]
    assert region["startColumn"] == len(line[: line.index("teh")].encode("utf-16-le")) // 2 + 1
    assert all(ids[x["ruleIndex"]] == x["ruleId"] for x in run["results"])
    uris = {x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for x in run["results"]}
    assert uris == {"news/storm.md", "reports/q3%2C%20draft.txt"}


def test_json_contract():
    data = json.loads(render("json"))
    assert data["version"] == 1 and [f["path"] for f in data["files"]] == [r.path for r in results()]
    assert "error" in data["files"][0]
    categories = {"spelling", "typo", "grammar", "punctuation", "numbers", "attribution", "style", "internal"}
    for f in data["files"]:
        for x in f["findings"]:
            assert {"rule", "category", "severity", "message", "line", "column", "end_line", "end_column",
                    "suggestions"} <= set(x)
            assert x["category"] in categories and x["severity"] in {"error", "warning", "info"}
            assert min(x["line"], x["column"], x["end_line"], x["end_column"]) >= 1
            assert isinstance(x["suggestions"], list)
    teh = data["files"][2]["findings"][0]
    assert (teh["line"], teh["column"]) == (3, STORY.splitlines()[2].index("teh") + 1)  # code points


def _unescape(s: str) -> str:  # what the Actions runner does
    for code, ch in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        s = s.replace(code, ch)
    return s


@pytest.mark.parametrize("s", ["100%: a, b\nc\r", "%0A literal", "plain", "::x::", "%25"])
def test_github_escaping_round_trips(s):
    assert _unescape(escape_property(s)) == s
    assert _unescape(escape_data(s)) == s
    assert not set(escape_property(s)) & {":", ",", "\n", "\r"}
    assert not set(escape_data(s)) & {"\n", "\r"}


def test_github_multiline_span_gives_lines_only():
    lines = render("github").splitlines()
    double = next(x for x in lines if "title=typo.sample-double" in x)
    assert "line=4,endLine=5," in double and "col=" not in double
    assert "file=reports/q3%2C draft.txt" in render("github")


def _many(n: int) -> list[FileResult]:
    text = "".join(f"Line {i} has teh word.\n" for i in range(n))
    ds = tuple(diag("many.txt", text, "spelling.sample-word", "teh", "Misspelling 'teh' | 'the'.", "the", nth=i + 1)
               for i in range(n))
    return [FileResult("many.txt", ds, text)]


def test_github_over_the_limit_logs_every_finding_and_writes_summary(tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    out = io.StringIO()
    write("github", _many(12), out, Options())
    lines = out.getvalue().splitlines()
    assert sum(x.startswith("::warning ") for x in lines) == 10
    assert [x for x in lines if x.startswith("many.txt:")] == [
        f"many.txt:{i + 1}:{len(f'Line {i} has ') + 1}: warning spelling.sample-word: "
        "Misspelling 'teh' | 'the'. (suggestion: the)" for i in range(12)]
    md = summary.read_text(encoding="utf-8")
    assert md.startswith("earlier step\n## copylint\n")
    assert "12 findings in 1 file: 0 errors, 12 warnings, 0 info." in md
    rows = [x for x in md.splitlines() if x.startswith("| many.txt |")]
    assert len(rows) == 12 and rows[0] == (
        "| many.txt | 1 | warning | spelling.sample-word | Misspelling 'teh' \\| 'the'. (suggestion: the) |")


def test_github_under_the_limit_has_no_plain_lines(tmp_path, monkeypatch):
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "s.md"))
    out = io.StringIO()
    write("github", _many(10), out, Options())
    assert all(x.startswith("::warning ") for x in out.getvalue().splitlines())
    assert (tmp_path / "s.md").read_text(encoding="utf-8").count("| many.txt |") == 10


def test_github_unreadable_file_from_the_command_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00")
    r = cli("check", "--no-config", "--format", "github", "b.txt")
    assert r.code == 2
    assert r.out.startswith("::error file=b.txt,title=copylint%3A file not checked::invalid UTF-16-LE")


def test_absolute_paths_are_made_relative_to_the_workspace(tmp_path, monkeypatch):
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    text = "Line has teh word.\n"
    path = str(tmp_path / "news" / "a.txt")
    r = [FileResult(path, (diag(path, text, "spelling.sample-word", "teh", "Misspelling 'teh'.", "the"),), text)]
    out = io.StringIO()
    write("github", r, out, Options())
    assert out.getvalue().startswith("::warning file=news/a.txt,line=1,col=10,")
    out = io.StringIO()
    write("sarif", [FileResult("/elsewhere/b.txt", r[0].diagnostics, text)], out, Options(rules=RULES))
    loc = json.loads(out.getvalue())["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "file:///elsewhere/b.txt"}


PARAGRAPH = (
    "The council met on Monday evening to discuss the budget, and after a long debate the the members "
    "agreed to raise spending on roads, schools and the library by a modest amount next year."
)


def _caret_view(text: str, d: Diagnostic, width: int) -> list[str]:
    out = io.StringIO()
    write("text", [FileResult("a.txt", (d,), text)], out, Options(color=True, width=width))
    return ANSI.sub("", out.getvalue()).splitlines()[1:3]


def test_caret_shows_a_window_of_a_long_line_cut_at_spaces():
    d = diag("a.txt", PARAGRAPH, "typo.sample-double", "the the", "Doubled word.", "the")
    assert _caret_view(PARAGRAPH, d, 64) == [
        "    …and after a long debate the the members agreed to raise…",
        "                             ^^^^^^^",
    ]


def test_caret_window_asks_the_terminal_when_no_width_is_given(monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    d = diag("a.txt", PARAGRAPH, "typo.sample-double", "the the", "Doubled word.", "the")
    shown, mark = _caret_view(PARAGRAPH, d, 0)
    assert shown == "    …long debate the the members agreed…" and mark.index("^") == shown.index("the the")


def _columns(line: str) -> list[tuple[int, str]]:
    """(terminal column, character) for each character of a line, tabs at every 8 columns."""
    out, col = [], 0
    for c in line:
        out.append((col, c))
        col = (col // 8 + 1) * 8 if c == "\t" else col + _width(c)
    return out


def _end(line: str) -> int:
    col = 0
    for c in line:
        col = (col // 8 + 1) * 8 if c == "\t" else col + _width(c)
    return col


WIDE = "東京都の議会は月曜日に予算を審議し、長い議論の末に委員たちは道路と学校の支出を増やすことに合意した。" * 2
MARKS = "Cafe\u0301 owners in Montre\u0301al said the cre\u0300me bru\u0302le\u0301e was sold out. " * 4
TABS = "\t".join(["word"] * 20 + ["target"] + ["word"] * 20)


@pytest.mark.parametrize("text, start, end", [
    (PARAGRAPH, PARAGRAPH.index("the the"), PARAGRAPH.index("the the") + 7),
    (PARAGRAPH, 4, 11),  # near the start: no cut before
    (PARAGRAPH, len(PARAGRAPH) - 5, len(PARAGRAPH) - 1),  # near the end: no cut after
    (PARAGRAPH, len(PARAGRAPH), len(PARAGRAPH)),  # an insertion after the last character
    (PARAGRAPH, 19, len(PARAGRAPH)),  # longer than most windows
    (WIDE, WIDE.index("支出"), WIDE.index("支出") + 2),
    (MARKS, MARKS.index("cre\u0300me", 150), MARKS.index("cre\u0300me", 150) + 6),
    (TABS, TABS.index("target"), TABS.index("target") + 6),
])
@pytest.mark.parametrize("window", [40, 56, 200])
def test_caret_sits_under_the_span_in_display_columns(text, start, end, window):
    shown, pad, n = caret(text, start, end, window)
    line, first = "    " + shown, _end("    " + pad)
    assert _end(line) <= 4 + window and (shown == text) == (len(text.expandtabs(8)) + 4 <= 4 + window)
    got = "".join(c for col, c in _columns(line)
                  if first <= col < first + n or (_width(c) == 0 and first < col <= first + n))
    span = text[start:end]
    assert got == span or (span.startswith(got) and first + n == _end(line.rstrip("…")))  # cut at the window end
    assert n >= 1 and (span or first == _end(line))
    core = shown.strip("…")
    assert core in text and shown.startswith("…") == (not text.startswith(core))
    if shown.startswith("…") and text is not WIDE:  # cut at a space
        assert text[text.index(core) - 1].isspace() and not core[0].isspace()


def test_caret_for_a_span_over_several_lines_runs_to_the_window_end():
    text = PARAGRAPH + "\nNext line."
    d = diag("a.txt", text, "typo.sample-double", "next year.\nNext", "Split.", "x")
    assert _caret_view(text, d, 50) == [
        "    …the library by a modest amount next year.",
        "                                    ^^^^^^^^^^",
    ]


def test_fixable_findings_are_marked_as_fix_applies_them():
    for color in (False, True):
        lines = [x for x in render("text", color).splitlines() if ": " in x and not x.startswith(" ")]
        ds = [d for r in results() for d in r.diagnostics]
        assert len(lines) == len(ds)
        assert [" [*] (suggestion: " in x for x in lines] == [bool(edits((d,))) for d in ds] == [
            True, False, True, False, False, False, False]
    assert render("text", color=True).endswith("\n2 fixable with --fix\n")
    assert "fixable" not in render("text")


def test_unreadable_file_is_reported_once_on_stderr(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Head\n\nCaf\xc3 au lait.\n")
    r = cli("check", "--no-config", "--select", "typo.doubled-word", str(tmp_path / "a.txt"))
    assert r.code == 2 and r.out == "" and r.err.count("not valid UTF-8") == 1
    r = cli("check", "--no-config", "--color", "always", str(tmp_path / "a.txt"))
    assert "UTF-8" not in r.out and r.err.count("not valid UTF-8") == 1
