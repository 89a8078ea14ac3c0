"""A third-party checker package, installed with pip during the test, is found through the
`copylint.checkers` entry-point group and runs like a built-in."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory):
    target = tmp_path_factory.mktemp("site")
    cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
           "--target", str(target), str(ROOT / "tests" / "plugin_example")]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"could not install the example plugin: {done.stderr[-500:]}")
    return target


def _run(plugin_path, *args, stdin=None):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(plugin_path), str(ROOT / "src")]))
    return subprocess.run([sys.executable, "-m", "copylint", *args], capture_output=True, text=True,
                          env=env, input=stdin)


def test_plugin_is_listed(plugin_path):
    done = _run(plugin_path, "rules")
    assert done.returncode == 0, done.stderr
    assert "style.no-breaking" in done.stdout


def test_plugin_finds_and_can_be_ignored(plugin_path):
    text = "Breaking: council votes to close the bridge.\n\nThe vote was held on Monday.\n"
    done = _run(plugin_path, "check", "--no-config", "--select", "style.no-breaking", "-", stdin=text)
    assert done.returncode == 0, done.stderr  # info is below the default fail-on (warning)
    assert "<stdin>:1:1: info style.no-breaking" in done.stdout
    done = _run(plugin_path, "check", "--no-config", "--select", "style", "--ignore", "style.no-breaking",
                "-", stdin=text)
    assert "no-breaking" not in done.stdout
