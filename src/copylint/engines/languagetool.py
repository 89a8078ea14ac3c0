"""LanguageTool as an optional outside engine, through language-tool-python.

Off by default. With a server URL it talks to that server; without one it starts a local LanguageTool
installed where language-tool-python looks ($LTP_PATH; `scripts/languagetool-server fetch` puts one
there from Maven Central), or one it downloads (about 250 MB, needs Java) only with the user's consent.
Only the rules in `languagetool-rules` run (default: DEFAULT_RULES). Each request is bounded by
`timeout`; when the engine cannot run, or its server fails mid-run, it says so once and the run goes
on without it. Matches are mapped to copylint
categories; the engine runs after the built-in checkers, and matches that overlap a built-in finding
are dropped (see engine.run).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass

from copylint.model import Category, Example, Finding, Meta, Severity

RULE = "grammar.languagetool"

# LanguageTool category ids (rule.category.id) -> copylint category.
CATEGORIES = {
    "TYPOS": Category.SPELLING,
    "SPELLING": Category.SPELLING,
    "COMPOUNDING": Category.SPELLING,
    "CONFUSED_WORDS": Category.TYPO,
    "CASING": Category.TYPO,
    "GRAMMAR": Category.GRAMMAR,
    "COLLOCATIONS": Category.GRAMMAR,
    "SEMANTICS": Category.GRAMMAR,
    "NONSTANDARD_PHRASES": Category.GRAMMAR,
    "PUNCTUATION": Category.PUNCTUATION,
    "TYPOGRAPHY": Category.PUNCTUATION,
    "REDUNDANCY": Category.STYLE,
    "STYLE": Category.STYLE,
    "PLAIN_ENGLISH": Category.STYLE,
    "WIKIPEDIA": Category.STYLE,
    "REPETITIONS_STYLE": Category.STYLE,
    "MISC": Category.STYLE,
}
# The ids its findings carry: one per copylint category it maps to.
RULES = frozenset({RULE} | {f"{c.value}.languagetool" for c in CATEGORIES.values()})
# issueType -> copylint category, when the category id is unknown.
ISSUE_TYPES = {
    "misspelling": Category.SPELLING,
    "typographical": Category.PUNCTUATION,
    "grammar": Category.GRAMMAR,
    "duplication": Category.TYPO,
    "inconsistency": Category.STYLE,
    "style": Category.STYLE,
    "register": Category.STYLE,
    "locale-violation": Category.SPELLING,
}
SEVERITIES = {
    Category.SPELLING: Severity.WARNING,
    Category.TYPO: Severity.WARNING,
    Category.GRAMMAR: Severity.WARNING,
    Category.PUNCTUATION: Severity.WARNING,
    Category.STYLE: Severity.INFO,
}
_LANGUAGES = {None: "en-US", "en-US": "en-US", "en-CA": "en-CA", "en-GB": "en-GB"}
TIMEOUT = 30.0  # seconds a request may take
# The LanguageTool rules that add catches to copylint's on planted news while their false alarms on
# clean news stay at or under 0.1 per 1,000 words together, as scripts/languagetool_rules.py chooses
# them; `languagetool-rules:` changes the set.
DEFAULT_RULES: tuple[str, ...] = ("LOOSE_LOSE", "RATHER_THEN", "THEIR_IS", "THERE_THEIR")


class EngineUnavailable(Exception):
    """LanguageTool cannot run here; the message is one line for the user."""


def category_of(match: dict) -> Category:
    rule = match.get("rule", {})
    cat = CATEGORIES.get(rule.get("category", {}).get("id", ""))
    return cat or ISSUE_TYPES.get(rule.get("issueType", ""), Category.STYLE)


def to_finding(match: dict, text: str) -> Finding | None:
    """One `/v2/check` match (documented response format) as a Finding. Offsets are code points
    (language-tool-python's Match corrects LanguageTool's UTF-16 offsets; raw responses are
    converted here)."""
    start, length = match["offset"], match["length"]
    if not 0 <= start <= start + length <= len(text):
        return None
    rule = match.get("rule", {})
    category = category_of(match)
    rule_id = str(rule.get("id", "UNKNOWN"))
    suggestions = tuple(r["value"] for r in match.get("replacements", [])[:3] if r.get("value") is not None)
    message = " ".join(str(match.get("message", "")).split())
    return Finding(
        start, start + length, f"{message} (LanguageTool {rule_id})", suggestions,
        rule=f"{category.value}.languagetool", category=category, severity=SEVERITIES.get(category),
    )


def utf16_to_codepoints(text: str, offset: int) -> int:
    """Convert a UTF-16 offset (Java's, as LanguageTool reports) to a code-point offset."""
    units = 0
    for i, ch in enumerate(text):
        if units >= offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


@dataclass
class LanguageToolEngine:
    """A checker-like engine. `url`: a LanguageTool server; None: a local one (download allowed only
    with `download=True`)."""

    url: str | None = None
    download: bool = False
    dialect: str | None = None
    rules: tuple[str, ...] | None = None  # LanguageTool rule ids to run, "default" for DEFAULT_RULES, or
    # "all"; None: DEFAULT_RULES
    timeout: float = TIMEOUT
    meta = Meta(
        id=RULE,
        category=Category.GRAMMAR,
        severity=Severity.WARNING,
        summary="Matches from LanguageTool (optional engine; off by default).",
        description="Runs LanguageTool through language-tool-python when enabled with --languagetool[=URL] "
        "or `languagetool:` in the config. Its categories map to copylint's; matches overlapping a "
        "built-in finding are dropped; grammar inside direct quotations is left alone.",
        bad=(Example("He [[go]] to work yesterday."),),
        good=(Example("He went to work yesterday."),),
        tags=("engine",),
    )

    def __post_init__(self) -> None:
        self._tool = None
        self.unavailable: str | None = None

    def _connect(self):
        if self._tool is not None:
            return self._tool
        if self.unavailable:
            raise EngineUnavailable(self.unavailable)
        try:
            import language_tool_python as ltp
        except ImportError:
            self._fail("language-tool-python is not installed (pip install 'copylint[languagetool]')")
        lang = _LANGUAGES.get(self.dialect, "en-US")
        if self.url:
            try:
                tool = ltp.LanguageTool(lang, remote_server=self.url)
            except Exception as e:
                self._fail(f"cannot reach the LanguageTool server at {self.url} ({type(e).__name__})")
        else:
            if not shutil.which("java"):
                self._fail("a local LanguageTool needs Java, which is not installed; pass --languagetool=URL")
            version = installed()
            if not self.download and not version:
                self._fail("no LanguageTool is installed in $LTP_PATH (scripts/languagetool-server fetch puts one "
                           "there); allow a download (about 250 MB) with --languagetool-download, or pass "
                           "--languagetool=URL")
            try:
                tool = ltp.LanguageTool(lang, **({"language_tool_download_version": version} if version else {}))
            except Exception as e:
                self._fail(f"cannot start a local LanguageTool ({type(e).__name__}: {str(e)[:120]})")
        tool._TIMEOUT = self.timeout  # noqa: SLF001 - language-tool-python's per-request bound (300 s)
        rules = ("default",) if self.rules is None else self.rules
        rules = tuple(dict.fromkeys(r for g in rules for r in (DEFAULT_RULES if g == "default" else (g,))))
        if "all" not in rules:
            tool.enabled_rules = set(rules) or {"COPYLINT_NO_RULE"}  # an empty set would mean every rule
            tool.enabled_rules_only = True
        self._tool = tool
        return tool

    def _fail(self, why: str):
        self.unavailable = f"LanguageTool skipped: {why}"
        raise EngineUnavailable(self.unavailable)

    def check(self, doc, ctx):
        if self.unavailable:  # failed before: once is enough, and a slow server would cost every file
            return []
        try:
            tool = self._connect()
            matches = tool.check(doc.masked)
        except EngineUnavailable:
            return []
        except Exception as e:
            self.unavailable = f"LanguageTool skipped from here on: the server failed ({type(e).__name__})"
            return []
        out = []
        for m in matches:
            raw = {
                "offset": m.offset, "length": m.error_length, "message": m.message,
                "replacements": [{"value": r} for r in m.replacements],
                "rule": {"id": m.rule_id, "issueType": m.rule_issue_type, "category": {"id": m.category}},
            }
            f = to_finding(raw, doc.text)
            if f is None:
                continue
            if f.category not in (Category.SPELLING,) and doc.in_quote(f.start, f.end):
                continue  # the speaker's words
            out.append(f)
        return out


def installed() -> str | None:
    """The newest LanguageTool version installed where language-tool-python looks, if any."""
    home = os.environ.get("LTP_PATH") or os.path.join(os.path.expanduser("~"), ".cache", "language_tool_python")
    if not os.path.isdir(home):
        return None
    jars = ("languagetool-server.jar", "languagetool.jar")
    versions = [n.split("-", 1)[1] for n in os.listdir(home)
                if n.startswith("LanguageTool-") and any(os.path.isfile(os.path.join(home, n, j)) for j in jars)]
    return max(versions, key=lambda v: [int(x) if x.isdigit() else 0 for x in v.split(".")], default=None)
