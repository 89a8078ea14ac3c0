"""Value types shared by checkers, the engine and formatters. All frozen."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Category(StrEnum):
    SPELLING = "spelling"
    TYPO = "typo"
    GRAMMAR = "grammar"
    PUNCTUATION = "punctuation"
    NUMBERS = "numbers"
    ATTRIBUTION = "attribution"
    STYLE = "style"
    INTERNAL = "internal"  # a checker or rule that failed; never selectable away


@dataclass(frozen=True, order=True)
class Span:
    """Half-open code-point offsets into the original text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Related:
    """Another place a finding refers to: the first "26 miners" of a count given two values."""

    start: int
    end: int
    label: str = ""  # what is there, in a few words ("26 miners"); formats add the line


@dataclass(frozen=True)
class Finding:
    """What a checker saw. The engine turns it into a Diagnostic."""

    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    safe: bool = False  # the first suggestion may be applied by --fix without review
    rule: str | None = None  # sub-rule id, for checkers that own several (YAML packs)
    severity: Severity | None = None  # override of the rule's default
    category: Category | None = None  # override, for multi-rule checkers
    related: tuple[Related, ...] = ()  # other places the finding refers to


@dataclass(frozen=True)
class Diagnostic:
    path: str
    rule: str
    category: Category
    severity: Severity
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    safe: bool = False
    related: tuple[Related, ...] = ()

    @property
    def fixable(self) -> bool:
        """Whether --fix may apply the first suggestion."""
        return self.safe and bool(self.suggestions)

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.start, self.end, self.rule, self.message)


_MARK = re.compile(r"\[\[(.*?)\]\]", re.S)


@dataclass(frozen=True)
class Example:
    """A rule example. In `text`, `[[...]]` marks the span a bad example must flag."""

    text: str
    fix: str | None = None  # the expected first suggestion for the marked span

    def plain(self) -> tuple[str, list[Span]]:
        """The text without marks, and the marked spans in it."""
        out, spans, pos = [], [], 0
        for m in _MARK.finditer(self.text):
            out.append(self.text[pos : m.start()])
            start = sum(len(p) for p in out)
            out.append(m.group(1))
            spans.append(Span(start, start + len(m.group(1))))
            pos = m.end()
        out.append(self.text[pos:])
        return "".join(out), spans


@dataclass(frozen=True)
class Meta:
    """What a rule is. The id reads `category.name`, e.g. `grammar.pronoun-case`."""

    id: str
    category: Category
    severity: Severity
    summary: str
    description: str = ""
    bad: tuple[Example, ...] = ()
    good: tuple[Example, ...] = ()
    source: str = ""  # where the rule is defined (file:line for YAML)
    tags: tuple[str, ...] = field(default_factory=tuple)
