"""The pre-commit hook, driven by the real pre-commit against a temporary article repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

BAD = "Council meets\n\nThe council voted on the the budget on Monday.\n"
CLEAN = "Council meets\n\nThe council voted on the budget on Monday.\n"


def _pre_commit() -> list[str]:
    exe = Path(sys.executable).parent / "pre-commit"
    if exe.exists():
        return [str(exe)]
    if shutil.which("pre-commit"):
        return ["pre-commit"]
    pytest.skip("pre-commit is not installed")


def _git(repo, *args):
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})


@pytest.fixture(scope="module")
def hook_source(tmp_path_factory):
    """A committed snapshot of this checkout: the hook is installed from its HEAD."""
    src = tmp_path_factory.mktemp("copylint-src")
    ignore = shutil.ignore_patterns(".git", ".venv*", "__pycache__", "*.egg-info", "build", "dist", ".pytest_cache")
    shutil.copytree(ROOT, src, dirs_exist_ok=True, ignore=ignore)
    _git(src, "init", "-q")
    _git(src, "add", "-A")
    _git(src, "commit", "-qm", "snapshot")
    return src


@pytest.fixture
def articles(tmp_path):
    repo = tmp_path / "articles"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "bad.txt").write_text(BAD)
    (repo / "clean.md").write_text("# " + CLEAN)
    _git(repo, "add", "-A")
    return repo


def _run_hook(hook_source, repo, *files):
    """The hook as an article repository would use it: its config names this checkout at a commit, so the
    hook's environment is built once and shared by the tests (pre-commit caches it by repository and rev)."""
    rev = subprocess.run(["git", "-C", str(hook_source), "rev-parse", "HEAD"], capture_output=True, text=True,
                         check=True).stdout.strip()
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_source}\n    rev: {rev}\n    hooks:\n      - id: copylint\n")
    env = {**os.environ, "PRE_COMMIT_HOME": str(hook_source.parent / "pre-commit-home")}
    return subprocess.run([*_pre_commit(), "run", "copylint", "--files", *files],
                          cwd=repo, capture_output=True, text=True, env=env, timeout=900)


def test_hook_fails_on_an_article_with_errors(hook_source, articles):
    done = _run_hook(hook_source, articles, "bad.txt")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "bad.txt:3:22: error typo.doubled-word" in done.stdout


def test_hook_passes_on_a_clean_article(hook_source, articles):
    done = _run_hook(hook_source, articles, "clean.md")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout
