"""GitLab Code Quality report."""

from __future__ import annotations

import json

from conftest import cli


def test_code_quality_report(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Head\n\nThe the vote. The the count.\n")
    r = cli("check", "--no-config", "--select", "typo.doubled-word", "--format", "gitlab", str(p))
    issues = json.loads(r.out)
    assert [i["location"]["positions"]["begin"] for i in issues] == [{"line": 3, "column": 1},
                                                                     {"line": 3, "column": 15}]
    assert {i["severity"] for i in issues} == {"major"} and {i["check_name"] for i in issues} == {"typo.doubled-word"}
    assert len({i["fingerprint"] for i in issues}) == 2  # identical findings on one line still differ
    assert all(i["description"] and i["type"] == "issue" for i in issues)


def test_unreadable_file_is_reported(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xff\xfe\x00")  # a UTF-16 BOM and half a character
    r = cli("check", "--no-config", "--format", "gitlab", str(p))
    assert r.code == 2 and json.loads(r.out)[0]["severity"] == "blocker"
