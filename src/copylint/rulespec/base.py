"""What every YAML rule shares: strict keys, metadata, examples, match filtering and a time limit."""

from __future__ import annotations

import re
import string
import time

import regex

from copylint.document import BODY, PROSE
from copylint.loading import LoadError, Map, Seq, check_keys, line_of
from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.folded import Folded

COMMON = frozenset({"id", "kind", "severity", "summary", "description", "message", "examples", "tags",
                    "ignorecase", "blocks", "quotes", "link"})
BLOCKS = {"all": None, "prose": PROSE, "body": BODY}
TIME_LIMIT = 1.0  # seconds of matching per rule per document; a pattern that needs more is reported
_ID = re.compile(r"^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$")
_CATEGORIES = {c.value for c in Category if c is not Category.INTERNAL}


class RuleTimeout(RuntimeError):
    pass


class YamlRule:
    """Base class. Subclasses set KEYS, PLACEHOLDERS and implement `find(doc)`."""

    KEYS: frozenset[str] = frozenset()
    PLACEHOLDERS: frozenset[str] = frozenset({"match"})
    DEFAULT_MESSAGE = ""

    def __init__(self, node: Map, path: str) -> None:
        self.node, self.path = node, path
        check_keys(node, COMMON | self.KEYS, path, f"a {node.get('kind')} rule")
        rid = self.str("id", required=True)
        if not _ID.match(rid) or rid.split(".")[0] not in _CATEGORIES:
            raise self.error("id", f"rule id {rid!r} must read 'category.name' with category one of "
                                   f"{', '.join(sorted(_CATEGORIES))} and a lower-case dashed name")
        sev = self.str("severity", default="warning")
        if sev not in {s.value for s in Severity}:
            raise self.error("severity", f"severity must be error, warning or info, not {sev!r}")
        blocks = self.str("blocks", default="all")
        if blocks not in BLOCKS:
            raise self.error("blocks", f"blocks must be one of {', '.join(BLOCKS)}, not {blocks!r}")
        self.blocks = BLOCKS[blocks]
        quotes = self.str("quotes", default="skip")
        if quotes not in ("skip", "include"):
            raise self.error("quotes", f"quotes must be 'skip' or 'include', not {quotes!r}")
        self.skip_quotes = quotes == "skip"
        self.ignorecase = self.bool("ignorecase", True)
        self.message = self.str("message", default=self.DEFAULT_MESSAGE)
        self._check_template()
        tags = node.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise self.error("tags", "tags must be a list of strings")
        bad, good = self._examples()
        self.meta = Meta(
            id=rid, category=Category(rid.split(".")[0]), severity=Severity(sev),
            summary=self.str("summary", required=True), description=self.str("description", default=""),
            bad=bad, good=good, source=f"{path}:{node.line}", tags=tuple(tags),
        )

    # -- strict readers -------------------------------------------------------------------------------
    def error(self, key: str | None, message: str) -> LoadError:
        return LoadError(self.path, line_of(self.node, key) if key else self.node.line, message)

    def str(self, key: str, default: str | None = None, required: bool = False) -> str:
        if key not in self.node:
            if required:
                raise self.error(None, f"rule is missing required key {key!r}")
            return default  # type: ignore[return-value]
        v = self.node[key]
        if not isinstance(v, str) or not v.strip():
            raise self.error(key, f"{key!r} must be a non-empty string")
        return v.strip()

    def bool(self, key: str, default: bool) -> bool:
        v = self.node.get(key, default)
        if not isinstance(v, bool):
            raise self.error(key, f"{key!r} must be true or false")
        return v

    def strings(self, key: str, required: bool = True) -> list[str]:
        v = self.node.get(key)
        if v is None and not required:
            return []
        if not isinstance(v, list) or not v or not all(isinstance(s, str) and s.strip() for s in v):
            raise self.error(key if key in self.node else None, f"{key!r} must be a non-empty list of strings")
        return [s.strip() for s in v]

    def compile(self, pattern: str, key: str) -> regex.Pattern:
        flags = regex.V0 | (regex.IGNORECASE if self.ignorecase else 0)
        try:
            return regex.compile(pattern, flags)
        except (regex.error, ValueError) as e:
            raise self.error(key, f"bad regular expression {pattern!r}: {e}") from None

    def _check_template(self) -> None:
        if not self.message:
            raise self.error(None, "rule is missing required key 'message'")
        try:
            names = {f for _, f, _, _ in string.Formatter().parse(self.message) if f is not None}
        except ValueError as e:
            raise self.error("message", f"bad message template: {e}") from None
        unknown = names - self.PLACEHOLDERS
        if unknown:
            raise self.error("message", f"unknown placeholder {{{sorted(unknown)[0]}}} in message "
                                        f"(allowed: {', '.join('{' + p + '}' for p in sorted(self.PLACEHOLDERS))})")

    def _examples(self) -> tuple[tuple[Example, ...], tuple[Example, ...]]:
        ex = self.node.get("examples")
        if ex is None:
            raise self.error(None, "rule is missing 'examples' with both 'bad' and 'good' lists")
        check_keys(ex, {"bad", "good"}, self.path, "examples")
        out = []
        for kind in ("bad", "good"):
            items = ex.get(kind)
            if not isinstance(items, Seq) or not items:
                raise LoadError(self.path, line_of(ex, kind), f"examples need a non-empty '{kind}' list")
            parsed = []
            for item in items:
                if isinstance(item, str):
                    parsed.append(Example(item))
                elif isinstance(item, dict):
                    check_keys(item, {"text", "fix"}, self.path, "an example")
                    if not isinstance(item.get("text"), str) or not isinstance(item.get("fix", ""), str):
                        raise LoadError(self.path, line_of(item), "an example needs 'text' (and optional 'fix')")
                    parsed.append(Example(item["text"], item.get("fix")))
                else:
                    raise LoadError(self.path, line_of(ex, kind), f"'{kind}' examples must be strings or mappings")
                if kind == "bad" and not parsed[-1].plain()[1]:
                    raise LoadError(self.path, line_of(ex, kind),
                                    f"bad example must mark the flagged span with [[...]]: {parsed[-1].text!r}")
            out.append(tuple(parsed))
        return out[0], out[1]

    # -- matching -------------------------------------------------------------------------------------
    def matches(self, doc, pattern, deadline: float):
        """Matches of `pattern` (a regex or a Literal) in the masked text that lie within one of the
        rule's blocks and outside quotes. One pass over the whole text: the time limit covers it all."""
        if isinstance(pattern, Literal):
            found = pattern.finditer(doc)
        else:
            try:
                found = list(pattern.finditer(doc.masked, timeout=max(deadline - time.monotonic(), 0.001)))
            except TimeoutError:
                raise RuleTimeout(f"its pattern ran longer than {TIME_LIMIT:g} s on this file; simplify it") from None
        for m in found:
            if m.end() <= m.start():
                continue
            block = doc.block_at(m.start())
            if block is None or m.end() > block.end or (self.blocks is not None and block.kind not in self.blocks):
                continue
            if self.skip_quotes and doc.in_quote(m.start(), m.end()):
                continue
            yield m

    def literal(self, phrases: list[str]) -> Literal:
        return Literal(phrases, self.ignorecase)

    def check(self, doc, ctx):
        return list(self.find(doc, time.monotonic() + TIME_LIMIT))

    def find(self, doc, deadline: float):  # pragma: no cover - every kind overrides it
        raise NotImplementedError

    def say(self, **values) -> str:
        return self.message.format(**values)


def phrase_pattern(phrases: list[str]) -> str:
    """Literal phrases as one alternation, longest first, whole words only, any run of spaces between words."""
    alts = sorted({r"\s+".join(regex.escape(w) for w in p.split()) for p in phrases}, key=len, reverse=True)
    return r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])"


class Hit:
    """A match of a Literal, read like a regex match: start(), end(), group()."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


class Literal:
    """Fixed phrases, found with the standard `re` engine: a literal alternation cannot backtrack
    badly, so it needs no time limit, and run folded (copylint.nlp.folded) on the document's lower-cased
    text it is about three times faster than a case-insensitive `regex` pattern."""

    def __init__(self, phrases: list[str], ignorecase: bool) -> None:
        self.ignorecase = ignorecase
        self.pattern = Folded(phrase_pattern([p.lower() for p in phrases] if ignorecase else phrases))

    def finditer(self, doc) -> list[Hit]:
        text = doc.masked
        if not self.ignorecase:
            return [Hit(m.start(), m.end(), m.group()) for m in self.pattern.fast.finditer(text)]
        low = doc.memo("rulespec.lower", lambda d: d.masked.lower())
        return [Hit(m.start(), m.end(), text[m.start() : m.end()]) for m in self.pattern.finditer(text, low)]


def phrase_key(text: str, ignorecase: bool) -> str:
    """A matched phrase as its rule wrote it: single spaces, and lower case when case is ignored."""
    text = " ".join(text.split())
    return text.lower() if ignorecase else text


def match_case(replacement: str, original: str) -> str:
    """Carry the original's leading capital over to the replacement."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


class Finder(YamlRule):
    """Kinds that search for `tokens` (literal phrases) or a `pattern` (a regular expression)."""

    def _pattern(self):
        has_tokens, has_pattern = "tokens" in self.node, "pattern" in self.node
        if has_tokens == has_pattern:
            raise self.error(None, "give exactly one of 'tokens' (a list of phrases) or 'pattern' (a regex)")
        if has_tokens:
            return self.literal(self.strings("tokens"))
        return self.compile(self.str("pattern"), "pattern")


def finding(m, message: str, suggestions: tuple[str, ...] = (), safe: bool = False) -> Finding:
    return Finding(m.start(), m.end(), message, suggestions, safe)
