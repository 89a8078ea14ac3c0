"""The pre-commit hook, driven by the real pre-commit against a temporary article repository, and the
README's pre-commit snippets run as a user would paste them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

BAD = "Council meets\n\nThe council voted on the the budget on Monday.\n"
CLEAN = "Council meets\n\nThe council voted on the budget on Monday.\n"
FINDING = "bad.txt:3:22: error typo.doubled-word"

# The placeholders of the README's snippet: the only text a user replaces, and the only text the test does.
URL = "<copylint repository URL>"
SHA = "<full commit SHA>"


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


def _head(repo) -> str:
    return subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True,
                          check=True).stdout.strip()


@pytest.fixture(scope="session")
def hook_source(tmp_path_factory):
    """A committed snapshot of this checkout: the hook is installed from its HEAD. The pytest-xdist workers
    share one snapshot (and so one PRE_COMMIT_HOME beside it): pre-commit caches the hook's environment by
    repository and rev, so it is built once per run whichever workers the tests land on."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # this run's folder, shared by its workers
    src = base / "copylint-src"
    if (src / ".git").is_dir():
        return src
    build = tmp_path_factory.mktemp("copylint-src-build")
    ignore = shutil.ignore_patterns(".git", ".venv*", "__pycache__", "*.egg-info", "build", "dist", ".pytest_cache")
    shutil.copytree(ROOT, build, dirs_exist_ok=True, ignore=ignore)
    _git(build, "init", "-q")
    _git(build, "add", "-A")
    _git(build, "commit", "-qm", "snapshot")
    try:
        build.rename(src)  # atomic: another worker's complete snapshot, or this one
    except OSError:
        if not (src / ".git").is_dir():
            raise
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


def _pre_commit_run(hook_source, repo, *args, path: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(hook_source.parent / "pre-commit-home")}
    if path is not None:
        env["PATH"] = path
    return subprocess.run([*_pre_commit(), "run", *args], cwd=repo, capture_output=True, text=True, env=env,
                          timeout=900)


def _run_hook(hook_source, repo, *files):
    """The hook as an article repository would use it: its config names this checkout at a commit, so the
    hook's environment is built once and shared by the tests (pre-commit caches it by repository and rev)."""
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_source}\n    rev: {_head(hook_source)}\n    hooks:\n      - id: copylint\n")
    return _pre_commit_run(hook_source, repo, "copylint", "--files", *files)


def test_hook_fails_on_an_article_with_errors(hook_source, articles):
    done = _run_hook(hook_source, articles, "bad.txt")
    assert done.returncode == 1, done.stdout + done.stderr
    assert FINDING in done.stdout


def test_hook_passes_on_a_clean_article(hook_source, articles):
    done = _run_hook(hook_source, articles, "clean.md")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout


def readme_hook_snippets() -> dict[str, str]:
    """README.md's pre-commit snippets: its ```yaml blocks that name the copylint hook, by kind."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```ya?ml[ \t]*\n(.*?)^```[ \t]*$", text, re.M | re.S)
    hooks = [b for b in blocks if re.search(r"\bid:\s*copylint\b", b)]
    local = [b for b in hooks if re.search(r"\brepo:\s*local\b", b)]
    remote = [b for b in hooks if b not in local]
    assert len(remote) == 1 and len(local) == 1, f"README.md should give one hook snippet of each kind: {hooks}"
    return {"remote": remote[0], "local": local[0]}


@pytest.mark.parametrize("kind", ["remote", "local"])
def test_readme_snippet_works_as_pasted(hook_source, articles, kind):
    """Written as the whole .pre-commit-config.yaml of a new article repository. The remote snippet gets its
    placeholders filled in (this checkout's snapshot and its HEAD) and nothing else; the local one runs
    verbatim, with this environment's copylint on PATH."""
    snippet = readme_hook_snippets()[kind]
    path = None
    if kind == "remote":
        assert URL in snippet and SHA in snippet, snippet
        snippet = snippet.replace(URL, str(hook_source)).replace(SHA, _head(hook_source))
    else:
        exe = Path(sys.executable).parent / "copylint"
        if not exe.exists():
            pytest.skip("copylint is not installed as a command beside this Python")
        path = f"{exe.parent}{os.pathsep}{os.environ.get('PATH', '')}"
    (articles / ".pre-commit-config.yaml").write_text(snippet, encoding="utf-8")

    bad = _pre_commit_run(hook_source, articles, "--files", "bad.txt", path=path)
    out = bad.stdout + bad.stderr
    assert bad.returncode == 1, out
    assert FINDING in bad.stdout, out
    assert "[WARNING]" not in out, out  # no unexpected keys, no mutable rev
    clean = _pre_commit_run(hook_source, articles, "--files", "clean.md", path=path)
    out = clean.stdout + clean.stderr
    assert clean.returncode == 0, out
    assert "Passed" in clean.stdout and "[WARNING]" not in out, out
