"""Shared test helpers. Data under ../shared is read in place and skipped when absent."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "fixtures"


def shared(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"shared data not present: {p}")
    return p


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


def cli(*argv: str, stdin: str | bytes | None = None) -> Run:
    """Run copylint's main() in-process and capture its output."""
    from copylint.cli import main

    out, err = io.StringIO(), io.StringIO()
    data = stdin.encode() if isinstance(stdin, str) else (stdin or b"")
    inp = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    code = main(list(argv), stdin=inp, stdout=out, stderr=err)
    return Run(code, out.getvalue(), err.getvalue())


@pytest.fixture
def run_cli():
    return cli
