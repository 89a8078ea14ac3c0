"""--fix, --diff-fix, --baseline and --diff, on real files and a real git repository."""

from __future__ import annotations

import json
import os
import subprocess

from conftest import cli

ARTICLE = "Council meets\r\n\r\nThe council voted on the the budget. Café owners said they they were pleased.\r\n"
SEL = ("--no-config", "--select", "typo.doubled-word")


def test_fix_changes_only_the_edits_and_keeps_bom_and_crlf(tmp_path):
    p = tmp_path / "a.txt"
    original = "\ufeff".encode() + ARTICLE.encode("utf-8")
    p.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    r = cli("check", *SEL, "--fix", str(p))
    assert r.code == 0, r.out + r.err
    after = p.read_bytes()
    assert after.startswith(b"\xef\xbb\xbf") and b"\r\n" in after and b"\n" not in after.replace(b"\r\n", b"")
    assert after == original.replace(b"the the", b"the").replace(b"they they", b"they")
    assert "fixed 2" in r.err
    again = cli("check", *SEL, "--fix", str(p))
    assert p.read_bytes() == after and again.code == 0 and "fixed" not in again.err


def test_fix_keeps_utf16_and_file_mode(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(ARTICLE.encode("utf-16"))
    os.chmod(p, 0o640)
    cli("check", *SEL, "--fix", str(p))
    assert p.read_bytes() == ARTICLE.replace("the the", "the").replace("they they", "they").encode("utf-16")
    assert os.stat(p).st_mode & 0o777 == 0o640


def test_diff_fix_prints_and_writes_nothing(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Head\n\nThe the vote.\n")
    r = cli("check", *SEL, "--diff-fix", str(p))
    assert p.read_text() == "Head\n\nThe the vote.\n"
    assert "-The the vote.\n+The vote.\n" in r.out


def test_fix_refuses_stdin():
    r = cli("check", *SEL, "--fix", "-", stdin="The the vote.\n")
    assert r.code == 2 and "--fix cannot rewrite standard input" in r.err


def test_baseline_records_then_reports_only_new(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Head\n\nThe the vote.\n")
    base = tmp_path / "baseline.json"
    r = cli("check", *SEL, "--baseline", str(base), str(p))
    assert r.code == 0 and "records 1 findings" in r.err
    files = json.loads(base.read_text())["files"]
    assert list(files) == ["a.txt"] and len(files["a.txt"]) == 1
    p.write_text("Head\n\nA new first paragraph.\n\nThe the vote.\n")  # the old finding moved down two lines
    assert cli("check", *SEL, "--baseline", str(base), str(p)).code == 0
    p.write_text("Head\n\nA new first paragraph and and more.\n\nThe the vote.\n")
    r = cli("check", *SEL, "--baseline", str(base), str(p))
    assert r.code == 1 and "'and and'" in r.out and "'The the'" not in r.out


def test_bad_baseline_file_is_exit_2(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Head\n\nThe the vote.\n")
    base = tmp_path / "baseline.json"
    base.write_text("{not json")
    r = cli("check", *SEL, "--baseline", str(base), str(p))
    assert r.code == 2 and "baseline.json:1: not a copylint baseline" in r.err


def _git(repo, *args):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


def test_diff_reports_only_changed_lines(tmp_path):
    _git(tmp_path, "init", "-q")
    p = tmp_path / "story.txt"
    p.write_text("Head\n\nThe the old paragraph.\n\nAnother old one.\n")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "v1")
    p.write_text("Head\n\nThe the old paragraph.\n\nAnother new one one.\n")
    r = cli("check", *SEL, "--diff", "HEAD", str(p))
    assert r.code == 1
    assert "'one one'" in r.out and "'The the'" not in r.out
    new = tmp_path / "new.txt"
    new.write_text("Head\n\nAn untracked file file.\n")
    assert "'file file'" in cli("check", *SEL, "--diff", "HEAD", str(new)).out


def test_diff_with_a_bad_revision_is_exit_2(tmp_path):
    _git(tmp_path, "init", "-q")
    p = tmp_path / "story.txt"
    p.write_text("Head\n\nText.\n")
    r = cli("check", *SEL, "--diff", "no-such-rev", str(p))
    assert r.code == 2 and r.err.count("\n") == 1


def test_jobs_give_identical_output(tmp_path):
    for i in range(12):
        (tmp_path / f"{i:02d}.txt").write_text(f"Head {i}\n\nThe the vote {i}.\n\nA clean line.\n")
    one = cli("check", "--no-config", "--format", "json", "--jobs", "1", str(tmp_path))
    two = cli("check", "--no-config", "--format", "json", "--jobs", "2", str(tmp_path))
    assert one.out == two.out and one.code == two.code == 1


def test_fix_reaches_a_fixed_point(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Head\n\nThe vote the the the end.\n")
    cli("check", *SEL, "--fix", str(p))
    assert p.read_text() == "Head\n\nThe vote the end.\n"
    assert cli("check", *SEL, "--fix", str(p)).err == ""
