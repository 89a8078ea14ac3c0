"""The checker protocol: metadata plus a pure `check(document, context)`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol, runtime_checkable

from copylint.document import Document
from copylint.model import Finding, Meta

DIALECTS = ("en-US", "en-CA", "en-GB")


@dataclass(frozen=True)
class Context:
    """What a checker may know beyond the document: settings, never I/O."""

    dialect: str | None = None  # None: accept every variant, flag mixing them
    accept: frozenset[str] = frozenset()  # accepted words, lower-cased
    date: date | None = None  # the article's date when the document has none
    number_style: str | None = None  # "ap" or "cp"; None: follow the article's own practice
    options: dict = field(default_factory=dict)  # per-rule settings from the config: {rule_id: {...}}


@runtime_checkable
class Checker(Protocol):
    meta: Meta

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]: ...
