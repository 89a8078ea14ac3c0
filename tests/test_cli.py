"""The command line: paths, formats, exit codes, one-line errors."""

from __future__ import annotations

import json

from conftest import cli

BAD = "Council meets\n\nThe council voted on the the budget on Monday.\n"
CLEAN = "Council meets\n\nThe council voted on the budget on Monday.\n"


def write(tmp_path, name, text):
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_findings_exit_1_and_text_format(tmp_path):
    path = write(tmp_path, "a.txt", BAD)
    r = cli("check", "--no-config", path)
    assert r.code == 1
    assert f"{path}:3:22: error typo.doubled-word: Doubled word 'the the': delete one. [*] (suggestion: the)" in r.out


def test_clean_file_exits_0(tmp_path):
    r = cli("check", "--no-config", "--select", "typo", write(tmp_path, "a.txt", CLEAN))
    assert r.code == 0 and r.out == ""


def test_json_contract(tmp_path):
    path = write(tmp_path, "a.txt", BAD)
    r = cli("check", "--no-config", "--format", "json", path)
    data = json.loads(r.out)
    assert data["version"] == 1
    (f,) = [f for f in data["files"][0]["findings"] if f["rule"] == "typo.doubled-word"]
    assert {k: f[k] for k in ("rule", "category", "severity", "line", "column", "end_line", "end_column")} == {
        "rule": "typo.doubled-word", "category": "typo", "severity": "error",
        "line": 3, "column": 22, "end_line": 3, "end_column": 29,
    }
    assert f["suggestions"] == ["the"] and f["message"]


def test_fail_on_threshold(tmp_path):
    path = write(tmp_path, "a.txt", BAD)
    cfg = write(tmp_path, "c.yaml", "severity:\n  typo.doubled-word: info\n")
    assert cli("check", "--config", cfg, "--select", "typo", path).code == 0
    assert cli("check", "--config", cfg, "--select", "typo", "--fail-on", "info", path).code == 1


def test_stdin_with_filename_picks_markdown(tmp_path):
    text = "# Title\n\nSee `the the` in code, but the the text.\n"
    r = cli("check", "--no-config", "--select", "typo", "--stdin-filename", "story.md", "-", stdin=text)
    assert r.code == 1
    assert r.out.count("typo.doubled-word") == 1 and r.out.startswith("story.md:3:")


def test_folders_and_globs(tmp_path):
    write(tmp_path, "news/a.txt", BAD)
    write(tmp_path, "news/deep/b.md", BAD)
    write(tmp_path, "news/notes.json", BAD)
    write(tmp_path, "news/.hidden/c.txt", BAD)
    r = cli("check", "--no-config", "--select", "typo", str(tmp_path / "news"))
    assert sorted(line.split(":")[0].rsplit("/", 1)[-1] for line in r.out.splitlines()) == ["a.txt", "b.md"]
    r = cli("check", "--no-config", "--select", "typo", str(tmp_path / "news" / "**" / "*.md"))
    assert [line.split(":")[0].rsplit("/", 1)[-1] for line in r.out.splitlines()] == ["b.md"]


def test_missing_path_is_exit_2_with_one_line(tmp_path):
    r = cli("check", "--no-config", str(tmp_path / "nope.txt"))
    assert r.code == 2
    assert r.err.strip().count("\n") == 0 and "no such file" in r.err


def test_unreadable_input_reported_after_the_rest(tmp_path):
    good = write(tmp_path, "a.txt", BAD)
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"caf\xe9 au lait\n")
    r = cli("check", "--no-config", "--select", "typo", good, str(bad))
    assert r.code == 2
    assert "typo.doubled-word" in r.out
    assert "not valid UTF-8 (byte 3: 0xe9)" in r.err


def test_malformed_config_is_exit_2_with_file_and_line(tmp_path):
    path = write(tmp_path, "a.txt", BAD)
    write(tmp_path, ".copylint.yaml", "dialect: en-CA\nignroe: [style]\n")
    r = cli("check", path)
    assert r.code == 2
    assert r.err == f"copylint: error: {tmp_path}/.copylint.yaml:2: unknown key 'ignroe' (did you mean 'ignore'?)\n"


def test_usage_error_is_one_line():
    r = cli("check", "--format", "xml", "a.txt")
    assert r.code == 2 and r.err.count("\n") == 1 and "invalid choice" in r.err
    r = cli("check")
    assert r.code == 2 and "no paths given" in r.err


def test_rules_lists_and_explain_describes():
    r = cli("rules")
    assert r.code == 0 and "typo.doubled-word" in r.out and "typo" in r.out and "error" in r.out
    r = cli("explain", "typo.doubled-word")
    assert r.code == 0 and "Flags:" in r.out and "[[the the]]" in r.out and "Leaves alone:" in r.out
    r = cli("explain", "typo.nope")
    assert r.code == 2 and "unknown rule" in r.err


def test_rules_test_runs_every_example():
    r = cli("rules", "test")
    assert r.code == 0, r.out
    assert r.out.rstrip().endswith("0 failing examples")


def test_ignore_and_select_on_the_command_line(tmp_path):
    path = write(tmp_path, "a.txt", BAD)
    assert "doubled-word" not in cli("check", "--no-config", "--ignore", "typo", path).out
    assert "doubled-word" in cli("check", "--no-config", "--select", "typo.doubled-word", path).out


def test_output_is_deterministic(tmp_path):
    paths = [write(tmp_path, f"{n}.txt", BAD) for n in "cab"]
    a = cli("check", "--no-config", "--format", "json", *paths).out
    b = cli("check", "--no-config", "--format", "json", *reversed(paths)).out
    assert a == b
