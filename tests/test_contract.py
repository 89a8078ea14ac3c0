"""The command line and configuration contract: a wrong value is one line, exit 2, naming the option or
key and the nearest valid value; nothing given is silently ignored."""

from __future__ import annotations

import subprocess

import pytest

from conftest import cli
from copylint.api import check_text
from copylint.cli import build_parser
from copylint.config import KEYS
from copylint.loading import LoadError

BAD = "Council meets\n\nThe council voted on the the budget on Monday.\n"


@pytest.fixture
def article(tmp_path, monkeypatch):
    """An article in a folder with no config above it, the working folder."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(BAD)
    (tmp_path / "folder").mkdir()
    return "a.txt"


def one_error(r) -> str:
    assert r.code == 2, (r.code, r.out, r.err)
    lines = r.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("copylint: error: "), r.err
    return lines[0]


# (option as listed by argparse, the command's arguments, what the one line must hold)
OPTIONS = [
    ("PATH", ["check", "nosuch.txt"], ["nosuch.txt", "no such file"]),
    ("--format", ["check", "--format", "jsn", "a.txt"], ["--format", "did you mean 'json'?"]),
    ("--select", ["check", "--select", "Typo", "a.txt"], ["--select", "did you mean 'typo'?"]),
    ("--select", ["check", "--select", "numbrs", "a.txt"], ["--select", "did you mean 'numbers'?"]),
    ("--select", ["check", "--select", "typo,", "numbers", "a.txt"], ["--select", "typo,numbers"]),
    ("--ignore", ["check", "--ignore", "typo.doubeld-word", "a.txt"],
     ["--ignore", "did you mean 'typo.doubled-word'?"]),
    ("--fail-on", ["check", "--fail-on", "warn", "a.txt"], ["--fail-on", "did you mean 'warning'?"]),
    ("--config", ["check", "--config", "nosuch.yaml", "a.txt"], ["nosuch.yaml", "cannot read config"]),
    ("--no-config", ["check", "--no-config", "--config", "x.yaml", "a.txt"], ["--no-config", "--config"]),
    ("--dialect", ["check", "--dialect", "en-us", "a.txt"], ["--dialect", "did you mean 'en-US'?"]),
    ("--date", ["check", "--date", "2026-13-01", "a.txt"], ["--date", "YYYY-MM-DD"]),
    ("--stdin-filename", ["check", "--stdin-filename", "x.md", "a.txt"], ["--stdin-filename", "add -"]),
    ("--color", ["check", "--color", "alway", "a.txt"], ["--color", "did you mean 'always'?"]),
    ("--encoding", ["check", "--encoding", "latin9x", "a.txt"], ["--encoding", "did you mean 'latin-1'?"]),
    ("--jobs", ["check", "--jobs", "0", "a.txt"], ["--jobs", "(try 1)"]),
    ("--jobs", ["check", "--jobs", "-3", "a.txt"], ["--jobs", "(try 1)"]),
    ("--include", ["check", "--include", "", "folder"], ["--include", "'*.md'"]),
    ("--exclude", ["check", "--exclude", " ", "a.txt"], ["--exclude", "'*.md'"]),
    ("--diff", ["check", "--diff", "HEAD", "a.txt"], ["--diff", "not in a git repository"]),
    ("--baseline", ["check", "--baseline", "folder", "a.txt"], ["--baseline", "is a folder"]),
    ("--update-baseline", ["check", "--update-baseline", "a.txt"], ["--update-baseline", "--baseline FILE"]),
    ("--fix", ["check", "--fix", "-"], ["--fix", "--diff-fix"]),
    ("--diff-fix", ["check", "--fix", "--diff-fix", "a.txt"], ["--fix", "--diff-fix"]),
    ("--languagetool", ["check", "--languagetool=maybe", "a.txt"], ["--languagetool", "http://localhost:8081"]),
    ("--languagetool-download", ["check", "--languagetool-download", "a.txt"],
     ["--languagetool-download", "needs --languagetool"]),
    ("unknown option", ["check", "--selct", "typo", "a.txt"], ["--selct", "did you mean '--select'?"]),
    ("command", ["chek", "a.txt"], ["chek", "did you mean 'check'?"]),
    ("explain", ["explain", "doubled-word"], ["doubled-word", "did you mean 'typo.doubled-word'?"]),
]

# (key, config text, what the one line must hold besides `.copylint.yaml:LINE`)
KEY_CASES = [
    ("select", "select: [numbrs]\n", 1, ["select", "did you mean 'numbers'?"]),
    ("select", "select: [nosuch]\n", 1, ["select", "'nosuch'", "copylint rules"]),
    ("ignore", "ignore:\n  - grammar\n  - typo.doubeld-word\n", 1, ["ignore", "did you mean 'typo.doubled-word'?"]),
    ("severity", "severity:\n  numbers: info\n  atribution: info\n", 3, ["severity", "did you mean 'attribution'?"]),
    ("severity", "severity:\n  attribution: inf\n", 2, ["severity", "did you mean 'info'?"]),
    ("dialect", "dialect: en-us\n", 1, ["dialect", "did you mean 'en-US'?"]),
    ("accept", "accept: 3\n", 1, ["accept", "list of strings"]),
    ("rules", "rules: [house-rules]\n", 1, ["rules", "'house-rules'"]),
    ("per-path-ignores", "per-path-ignores:\n  '*.txt': [numbers.cont-mismatch]\n", 2,
     ["per-path-ignores", "did you mean 'numbers.count-mismatch'?"]),
    ("exclude", "exclude: {a: 1}\n", 1, ["exclude", "list of strings"]),
    ("fail-on", "fail-on: warn\n", 1, ["fail-on", "did you mean 'warning'?"]),
    ("number-style", "number-style: apa\n", 1, ["number-style", "did you mean 'ap'?"]),
    ("languagetool", "languagetool: maybe\n", 1, ["languagetool", "http://localhost:8081"]),
    ("encoding", "encoding: latin9x\n", 1, ["encoding", "did you mean 'latin-1'?"]),
    ("languagetool-rules", "languagetool-rules: [en_a_vs_an]\n", 1, ["languagetool-rules", "EN_A_VS_AN"]),
    ("unknown key", "dialect: en-GB\nfail_on: error\n", 2, ["fail_on", "did you mean 'fail-on'?"]),
]


@pytest.mark.parametrize(("option", "argv", "wanted"), OPTIONS, ids=[f"{o} {' '.join(a)}" for o, a, _ in OPTIONS])
def test_a_wrong_option_is_one_line_naming_it_and_the_nearest_value(article, option, argv, wanted):
    line = one_error(cli(*argv))
    for w in wanted:
        assert w in line, line


@pytest.mark.parametrize(("key", "text", "at", "wanted"), KEY_CASES, ids=[f"{k}: {t!r}" for k, t, _, _ in KEY_CASES])
def test_a_wrong_config_value_is_one_line_with_its_file_line(article, tmp_path, key, text, at, wanted):
    (tmp_path / ".copylint.yaml").write_text(text)
    line = one_error(cli("check", "a.txt"))
    assert f"{tmp_path}/.copylint.yaml:{at}: " in line, line
    for w in wanted:
        assert w in line, line


def test_the_tables_cover_every_option_and_key():
    check = next(a for a in build_parser()._actions if a.dest == "command").choices["check"]
    options = {a.option_strings[0] if a.option_strings else a.metavar for a in check._actions} - {"-h"}
    assert options <= {o for o, _, _ in OPTIONS}, options - {o for o, _, _ in OPTIONS}
    assert KEYS <= {k for k, *_ in KEY_CASES}, KEYS - {k for k, *_ in KEY_CASES}


def test_pyproject_key_gets_the_nearest_key(article, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.copylint]\nfail_on = "error"\n')
    assert one_error(cli("check", "a.txt")) == (
        f"copylint: error: {tmp_path}/pyproject.toml:5: unknown key 'fail_on' (did you mean 'fail-on'?)")


def test_unknown_rules_stop_the_run_before_any_output(article):
    for argv in (["--select", "nosuch"], ["--select", "Typo"], ["--ignore", "typo.doubeld-word"],
                 ["--select", "typo,", "numbers"]):
        r = cli("check", *argv, "a.txt")
        assert r.code == 2 and r.out == "", (argv, r.out)


def test_valid_names_pass(article):
    for names in ("typo", "typo.doubled-word", "numbers.", "all", "grammar.languagetool", "typo,numbers"):
        assert cli("check", "--select", names, "a.txt").code in (0, 1), names


def test_a_suppression_comment_naming_no_rule_is_an_error_of_that_file(article, tmp_path):
    (tmp_path / "b.md").write_text("# Council\n\nA paragraph.\n\n<!-- copylint-disable numbers.cont-mismatch -->\n"
                                   "\nThe council voted on the the budget.\n")
    r = cli("check", "b.md", "a.txt")
    assert r.code == 2
    assert "copylint: error: b.md:5: copylint comment: unknown rule 'numbers.cont-mismatch' " \
           "(did you mean 'numbers.count-mismatch'?)" in r.err
    assert "a.txt:3:22" in r.out  # the other file is still checked
    (tmp_path / "b.md").write_text("# Council\n\n<!-- copylint-disable numbers, typo.doubled-word -->\n\n"
                                   "The council voted on the the budget.\n")
    assert cli("check", "b.md").code == 0


def test_number_style_cp_is_applied(article, tmp_path):
    (tmp_path / "s.txt").write_text("Poll\n\nNearly 3 in 10 agreed.\n")
    assert "numbers.style" not in cli("check", "--select", "numbers.style", "s.txt").out
    (tmp_path / ".copylint.yaml").write_text("number-style: cp\n")
    assert "numbers.style" in cli("check", "--select", "numbers.style", "s.txt").out


def test_an_empty_folder_is_a_warning(article):
    r = cli("check", "folder")
    assert r.code == 0 and r.err == "copylint: warning: folder: no articles in this folder " \
                                    "(*.txt, *.md, *.markdown, *.mdown, *.mkd, *.text)\n"


def test_include_without_a_folder_is_a_warning(article):
    r = cli("check", "--include", "*.md", "a.txt")
    assert r.code == 1 and r.err == "copylint: warning: --include picks files in folders, and no folder is given\n"


def test_help_describes_every_option_and_the_paths(article):
    r = cli("check", "--help")
    assert r.code == 0
    for a in next(a for a in build_parser()._actions if a.dest == "command").choices["check"]._actions:
        assert a.help, a.option_strings or a.metavar
    for words in ("articles to check", "github (workflow annotations)", "the spelling to hold", "a caret"):
        assert words in " ".join(r.out.split()), words


def test_latin1_is_one_error_with_the_encoding_hint_and_checks_with_encoding(article, tmp_path):
    (tmp_path / "l.txt").write_bytes("Caf\u00e9 meets\n\nThe caf\u00e9 voted on the the budget.\n".encode("cp1252"))
    r = cli("check", "l.txt")
    assert one_error(r) == ("copylint: error: l.txt: not valid UTF-8 (byte 3: 0xe9); for an archive in "
                            "Windows-1252 or Latin-1, use --encoding cp1252 (or `encoding:` in the config)")
    assert r.out == ""
    r = cli("check", "--encoding", "cp1252", "l.txt")
    assert r.code == 1 and "l.txt:3:19: error typo.doubled-word" in r.out
    (tmp_path / ".copylint.yaml").write_text("encoding: cp1252\n")
    assert cli("check", "--fix", "l.txt").code == 0
    fixed = "Caf\u00e9 meets\n\nThe caf\u00e9 voted on the budget.\n"
    assert (tmp_path / "l.txt").read_bytes() == fixed.encode("cp1252")


def _git(repo, *args):
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(repo), "PATH": "/usr/bin:/bin"})


def test_paths_are_tidy_and_relative_to_the_repository_root(tmp_path, monkeypatch):
    import json

    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    monkeypatch.delenv("CI_PROJECT_DIR", raising=False)
    repo = tmp_path / "articles"
    (repo / "content").mkdir(parents=True)
    (repo / "content" / "x.txt").write_text(BAD)
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "x")
    monkeypatch.chdir(repo)
    patch = cli("check", "--diff-fix", ".").out
    assert patch.startswith("--- a/content/x.txt\n+++ b/content/x.txt\n"), patch
    (tmp_path / "fix.patch").write_text(patch)
    subprocess.run(["git", "apply", "--check", str(tmp_path / "fix.patch")], cwd=repo, check=True)
    assert json.loads(cli("check", "--format", "gitlab", ".").out)[0]["location"]["path"] == "content/x.txt"
    sarif = json.loads(cli("check", "--format", "sarif", "./content").out)
    assert sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "content/x.txt"
    assert cli("check", "./content/x.txt").out.startswith("content/x.txt:3:22:")
    # From a subfolder: people get paths from where they are, machines from the repository root.
    monkeypatch.chdir(repo / "content")
    assert cli("check", "x.txt").out.startswith("x.txt:3:22:")
    assert json.loads(cli("check", "--format", "gitlab", "x.txt").out)[0]["location"]["path"] == "content/x.txt"
    patch = cli("check", "--diff-fix", "x.txt").out
    assert patch.startswith("--- a/content/x.txt\n"), patch
    (tmp_path / "fix.patch").write_text(patch)
    subprocess.run(["git", "apply", "--check", str(tmp_path / "fix.patch")], cwd=repo, check=True)


def test_rules_test_reads_the_config_found_from_the_working_folder(article, tmp_path):
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "r.yaml").write_text(
        "- id: style.house-one\n  kind: substitution\n  summary: One house spelling.\n"
        "  message: \"Write '{suggestion}', not '{match}'.\"\n  swap: {utilise: use}\n"
        "  examples:\n    bad: ['We [[utilise]] it.']\n    good: ['We utilise it.']\n")
    (tmp_path / ".copylint.yaml").write_text("rules: [house]\n")
    r = cli("rules", "test")
    assert "FAIL style.house-one" in r.out and r.out.endswith(" rules, 1 failing example\n"), r.out
    assert "style.house-one" in cli("rules").out
    assert "style.house-one" not in cli("rules", "--no-config").out
    assert cli("explain", "style.house-one").code == 0


def test_library_takes_a_mapping_and_gives_lines_and_columns():
    found = check_text(BAD, config={"select": ["typo"], "severity": {"typo": "info"}})
    assert [(d.rule, d.severity.value, d.line, d.column, d.end_line, d.end_column, d.start) for d in found] == [
        ("typo.doubled-word", "info", 3, 22, 3, 29, 36)]
    with pytest.raises(LoadError, match=r"^<config>: unknown key 'fail_on' \(did you mean 'fail-on'\?\)$"):
        check_text(BAD, config={"fail_on": "error"})
    with pytest.raises(LoadError, match="select: unknown rule 'Typo' .did you mean 'typo'"):
        check_text(BAD, config={"select": ["Typo"]})


def test_readme_example_command_exits_1_as_the_readme_says(monkeypatch):
    import re
    import shlex

    from conftest import ROOT

    readme = (ROOT / "README.md").read_text()
    setup = readme[readme.index("## Set up"):readme.index("## Use")]
    command = re.search(r"```sh\n(.*?)\n```", setup, re.S)[1]
    argv = shlex.split(command.split("&&")[-1])
    assert argv[0].endswith("copylint") and argv[1] == "check", argv
    monkeypatch.chdir(ROOT)
    assert cli(*argv[1:]).code == 1
    assert "exits with status 1" in " ".join(setup.split())
    assert "skipped when it is not" in " ".join(setup.split())  # the tests' use of ../shared
