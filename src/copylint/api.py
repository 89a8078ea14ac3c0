"""Library API: check text without the command line. Pure and picklable."""

from __future__ import annotations

from collections.abc import Sequence

from copylint.checker import Checker
from copylint.config import Config
from copylint.model import Diagnostic
from copylint.parsing import parse


def check_source(text: str, path: str, config: Config, checkers: Sequence[Checker]) -> list[Diagnostic]:
    from copylint.engine import run

    return run(parse(text, path), checkers, config)


def check_text(text: str, path: str = "<text>", config: Config | None = None) -> list[Diagnostic]:
    """Every finding for one article, sorted. `path` picks the format by suffix (.md is Markdown)."""
    from copylint.registry import all_checkers

    config = config or Config()
    return check_source(text, path, config, all_checkers(config.rules))
