"""The input matrix: whatever lands in a repository, copylint reports clearly and never crashes."""

from __future__ import annotations

import builtins
import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, cli
from copylint.api import chunks

BAD = "Head\n\nThe the vote.\n"
SEL = ("--no-config", "--select", "typo.doubled-word")


def findings(out: str) -> list[tuple[str, int, int]]:
    data = json.loads(out)
    return [(f["path"].rsplit("/", 1)[-1], x["line"], x["column"]) for f in data["files"] for x in f["findings"]]


def test_missing_path(tmp_path):
    r = cli("check", *SEL, str(tmp_path / "gone.txt"), str(tmp_path / "gone*.md"))
    assert r.code == 2 and r.err.count("no such file or directory") == 2


def test_directory_with_include_exclude_and_gitignore(tmp_path):
    subprocess.run(["git", "-C", str(tmp_path), "init", "-q"], check=True)
    (tmp_path / ".gitignore").write_text("drafts/\n*.tmp.md\n")
    for name in ["a.txt", "b.md", "c.rst", "drafts/d.txt", "e.tmp.md", "sub/f.md", "sub/g.txt"]:
        p = tmp_path / name
        p.parent.mkdir(exist_ok=True)
        p.write_text(BAD)
    r = cli("check", *SEL, "--format", "json", str(tmp_path))
    assert sorted(f for f, _, _ in findings(r.out)) == ["a.txt", "b.md", "f.md", "g.txt"]
    r = cli("check", *SEL, "--format", "json", "--exclude", "sub/*", "--include", "*.md", str(tmp_path))
    assert sorted(f for f, _, _ in findings(r.out)) == ["b.md"]
    r = cli("check", *SEL, "--format", "json", "--include", "*.rst", str(tmp_path))
    assert [f for f, _, _ in findings(r.out)] == ["c.rst"]


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("")
    r = cli("check", *SEL, str(p))
    assert r.code == 0 and r.out == "" and r.err == ""


def test_binary_file_is_skipped_with_a_notice(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "b.txt").write_text(BAD)
    r = cli("check", *SEL, str(tmp_path))
    assert r.code == 1 and "notice:" in r.err and "photo.txt: binary file, skipped" in r.err
    assert "b.txt:3:1" in r.out


def test_invalid_utf8_names_the_byte_and_the_run_goes_on(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Head\n\nCaf\xc3 au lait.\n")
    (tmp_path / "b.txt").write_text(BAD)
    r = cli("check", *SEL, str(tmp_path))
    assert r.code == 2
    assert "a.txt: not valid UTF-8 (byte 9: 0xc3)" in r.err and "b.txt:3:1" in r.out


@pytest.mark.parametrize("encoding, bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
                                           ("utf-16-be", b"\xfe\xff")])
def test_boms_keep_columns(tmp_path, encoding, bom):
    p = tmp_path / "a.txt"
    p.write_bytes(bom + "Head\n\nSo the the vote.\n".encode(encoding))
    assert findings(cli("check", *SEL, "--format", "json", str(p)).out) == [("a.txt", 3, 4)]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_columns(tmp_path, newline):
    p = tmp_path / "a.txt"
    p.write_bytes(f"Head{newline}{newline}A line.{newline}So the the vote.{newline}".encode())
    assert findings(cli("check", *SEL, "--format", "json", str(p)).out) == [("a.txt", 4, 4)]


def test_one_megabyte_single_line(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text("The vote was held. " * 55_000 + "The the end.")
    r = cli("check", *SEL, "--format", "json", str(p))
    assert findings(r.out) == [("long.txt", 1, 55_000 * 19 + 1)]


@pytest.mark.slow
def test_large_file_completes_with_bounded_memory(tmp_path):
    """A 50 MB file, checked by every default rule in a child process, whose peak memory is read back."""
    p = tmp_path / "huge.txt"
    para = ("City council voted on Tuesday to repair the bridge, which carries about 18,000 vehicles a day. "
            "“We have waited long enough,” said the mayor.\n\n")
    with open(p, "w") as f:
        f.write("Huge archive\n\n")
        n = 50_000_000 // len(para)
        f.write(para * n)
    code = ("import resource, sys; from copylint.cli import main; c = main(['check', '--no-config', "
            "'--format', 'json', sys.argv[1]], stdout=open('/dev/null', 'w')); "
            "print(c, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)")
    done = subprocess.run([sys.executable, "-c", code, str(p)], capture_output=True, text=True, timeout=1500,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert done.returncode == 0, done.stderr[-2000:]
    exit_code, peak_mb = map(int, done.stdout.split())
    assert exit_code in (0, 1)
    assert peak_mb < 400, f"peak memory {peak_mb} MB for a 50 MB file"  # about 200 MB measured


def test_chunks_cover_the_text_and_cut_at_paragraphs():
    text = ("word " * 30 + "\n\n") * 200
    pieces = list(chunks(text, size=1000))
    assert "".join(p for _, p in pieces) == text
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])
    assert [o for o, _ in pieces] == [sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))]


def test_symlinks_and_loops(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text(BAD)
    (tmp_path / "link.txt").symlink_to(real / "a.txt")
    (real / "loop").symlink_to(real, target_is_directory=True)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    r = cli("check", *SEL, "--format", "json", str(real), str(tmp_path / "link.txt"))
    assert sorted(findings(r.out)) == [("a.txt", 3, 1), ("link.txt", 3, 1)]
    r = cli("check", *SEL, str(tmp_path / "dangling.txt"))
    assert r.code == 2 and "dangling.txt: no such file" in r.err


def test_unreadable_permissions(tmp_path, monkeypatch):
    p = tmp_path / "secret.txt"
    p.write_text(BAD)
    real_open = builtins.open

    def deny(file, *a, **k):
        if str(file) == str(p):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *a, **k)

    monkeypatch.setattr(builtins, "open", deny)
    r = cli("check", *SEL, str(p))
    assert r.code == 2 and r.err == f"copylint: error: {p}: permission denied\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_permissions_for_real(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text(BAD)
    p.chmod(0)
    r = cli("check", *SEL, str(p))
    assert r.code == 2 and "permission denied" in r.err


def test_stdin(tmp_path):
    r = cli("check", *SEL, "-", stdin=BAD)
    assert r.code == 1 and r.out.startswith("<stdin>:3:1:")
