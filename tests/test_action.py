"""The composite GitHub action (action.yml): its steps' shell commands, run here the way the runner
would run them (inputs substituted, copylint already installed), annotate and write valid SARIF."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, ROOT

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS = {s["name"]: s for s in ACTION["runs"]["steps"] if "name" in s}


def render(script: str, inputs: dict[str, str]) -> str:
    """Substitute ${{ inputs.x }} as the runner does; anything else left unsubstituted is an error."""
    out = re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: inputs[m.group(1)], script)
    assert "${{" not in out, out
    return out


def test_every_input_used_is_declared():
    declared = set(ACTION["inputs"])
    used = {m for s in ACTION["runs"]["steps"] for m in re.findall(r"inputs\.([\w-]+)", json.dumps(s))}
    assert used <= declared, used - declared


def test_steps_annotate_and_write_sarif(tmp_path):
    exe = Path(sys.executable).parent / "copylint"
    if not exe.exists() and not shutil.which("copylint"):
        pytest.skip("copylint is not installed as a command")
    shutil.copy(FIXTURES / "articles" / "a01_mine_rescue.txt", tmp_path / "story.txt")
    inputs = {k: str(v.get("default", "")) for k, v in ACTION["inputs"].items()}
    inputs.update(paths="story.txt", **{"sarif-file": "copylint.sarif"})
    env = {**os.environ, "PATH": f"{exe.parent}{os.pathsep}{os.environ['PATH']}",
           "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md")}

    def step(name: str) -> subprocess.CompletedProcess:
        script = render(STEPS[name]["run"], inputs)
        return subprocess.run(["bash", "-e", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=120)

    sarif = step("SARIF report")
    assert sarif.returncode == 0, sarif.stderr  # findings alone must not fail the SARIF step
    log = json.loads((tmp_path / "copylint.sarif").read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0" and log["runs"][0]["results"]
    check = step("Check articles")
    assert check.returncode == 1, check.stderr
    assert re.search(r"^::(error|warning|notice) file=story\.txt,line=\d+,col=\d+", check.stdout, re.M), check.stdout
    assert (tmp_path / "summary.md").read_text(encoding="utf-8").strip()
