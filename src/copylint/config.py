"""Configuration: `.copylint.yaml` or `[tool.copylint]` in `pyproject.toml`, found by walking up from
the checked file. Unknown keys and wrong types are errors naming `file:line`."""

from __future__ import annotations

import codecs
import fnmatch
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from copylint.checker import DIALECTS
from copylint.loading import LoadError, line_of, load_yaml
from copylint.model import Category, Severity

CONFIG_NAMES = (".copylint.yaml", ".copylint.yml")
KEYS = frozenset(
    {"select", "ignore", "severity", "dialect", "accept", "rules", "per-path-ignores", "exclude",
     "fail-on", "number-style", "languagetool", "languagetool-rules", "encoding"}
)
CATEGORIES = frozenset(c.value for c in Category)
SELECTABLE = CATEGORIES - {Category.INTERNAL.value}  # internal findings cannot be selected away
LT_RULE = re.compile(r"[A-Z][A-Z0-9_]*\Z")
URL = re.compile(r"https?://[^\s/]+\S*\Z")
# Encodings offered when one is misspelt; any codec Python knows is accepted.
ENCODINGS = ("utf-8", "cp1252", "latin-1", "iso-8859-15", "mac-roman", "utf-16")


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()  # rule ids, id prefixes or categories; empty: every default rule
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()  # (rule id, prefix or category, severity)
    dialect: str | None = None
    accept: frozenset[str] = frozenset()
    rules: tuple[str, ...] = ()  # extra rule folders, absolute
    per_path_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    number_style: str | None = None  # "ap" or "cp"; None: the article's own practice
    languagetool: bool | str = False
    languagetool_rules: tuple[str, ...] | None = None  # LanguageTool rule ids; None: the engine's default set
    encoding: str | None = None  # of articles without a BOM; None: UTF-8
    root: str = ""  # folder of the config file; per-path globs are relative to it
    source: str = ""  # the file it came from
    date: Any = None  # --date; not a file setting
    options: dict = field(default_factory=dict, compare=False)
    names: tuple[tuple[str, str, int | None], ...] = field(default=(), compare=False)  # (key, rule name, line)

    def enabled(self, rule: str, category: str, path: str = "", opt_in: bool = False) -> bool:
        if category == Category.INTERNAL:
            return True
        if self.select:
            if not any(_matches(p, rule, category) for p in self.select):
                return False
            if opt_in and not any(_matches(p, rule, "") for p in self.select):
                return False
        elif opt_in:
            return False
        if any(_matches(p, rule, category) for p in self.ignore):
            return False
        if path and self.per_path_ignores:
            rel = self.relative(path)
            for glob, rules in self.per_path_ignores:
                if fnmatch.fnmatch(rel, glob) and any(_matches(p, rule, category) for p in rules):
                    return False
        return True

    def severity_of(self, rule: str, category: str, default: Severity) -> Severity:
        best, best_len = default, -1
        for pattern, sev in self.severity:
            if _matches(pattern, rule, category):
                length = len(pattern) if pattern != category else 0
                if length > best_len:
                    best, best_len = sev, length
        return best

    def excluded(self, path: str) -> bool:
        rel = self.relative(path)
        return any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(os.path.basename(path), g) for g in self.exclude)

    def relative(self, path: str) -> str:
        if not self.root:
            return path.replace(os.sep, "/")
        try:
            return os.path.relpath(os.path.abspath(path), self.root).replace(os.sep, "/")
        except ValueError:
            return path.replace(os.sep, "/")


def _matches(pattern: str, rule: str, category: str) -> bool:
    return pattern in ("all", rule, category) or rule.startswith(pattern.rstrip(".") + ".")


def nearest(word: str, choices) -> str | None:
    """The valid name `word` most likely meant: same letters in another case, a rule id that ends
    with it ("doubled-word"), or the closest spelling."""
    choices = sorted(set(choices))
    low = word.lower().replace("_", "-")
    for c in choices:
        if c.lower() == low:
            return c
    ends = [c for c in choices if c.lower().endswith("." + low)]
    if ends:
        return ends[0]
    import difflib  # only on an error

    close = difflib.get_close_matches(low, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def hint(word: str, choices) -> str:
    """" (did you mean 'x'?)" or ""."""
    near = nearest(word, choices)
    return f" (did you mean {near!r}?)" if near else ""


def unknown_rule(pattern: str, ids) -> str | None:
    """Why `pattern` names no rule, with the nearest valid name; None when it names some.
    Valid: `all`, a category, a rule id, or a prefix of ids ending at a dot (`numbers.count`)."""
    ids = set(ids)
    if pattern == "all" or pattern in SELECTABLE or pattern in ids:
        return None
    stem = pattern.rstrip(".") + "."
    if any(i.startswith(stem) for i in ids):
        return None
    prefixes = {i.rsplit(".", k)[0] for i in ids for k in range(1, i.count(".") + 1)}
    near = hint(pattern, ids | prefixes | SELECTABLE | {"all"})
    return f"unknown rule {pattern!r}{near or ' (see `copylint rules`)'}"


def first_unknown(names, ids) -> str | None:
    """Why the first of `names` that names no rule does not; None when all do."""
    return next((p for p in (unknown_rule(n, ids) for n in names) if p), None)


def check_names(cfg: Config, ids) -> None:
    """Every rule name the config file gives must name a rule: `file:line` error otherwise."""
    for key, name, line in cfg.names:
        problem = unknown_rule(name, ids)
        if problem:
            raise LoadError(cfg.source or "<config>", line, f"{key}: {problem}")


def find(start: str) -> str | None:
    """The nearest config file at or above `start` (a file or folder)."""
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return str(folder / name)
        pp = folder / "pyproject.toml"
        if pp.is_file() and re.search(r"^\[tool\.copylint[\].]", _read(str(pp)), re.M):
            return str(pp)
    return None


def load(path: str) -> Config:
    text = _read(path)
    if path.endswith(".toml"):
        try:
            data = tomllib.loads(text).get("tool", {}).get("copylint", {})
        except tomllib.TOMLDecodeError as e:
            raise LoadError(path, getattr(e, "lineno", None), f"invalid TOML: {e}") from None
        lines = _toml_lines(text)
        return _build(data, path, lambda key: lines.get(key))
    data = load_yaml(text, path)
    if data is None:
        data = {}
    return _build(data, path, lambda key: line_of(data, key))


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8-sig") as f:
            return f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise LoadError(path, None, f"cannot read config: {getattr(e, 'strerror', None) or e}") from None


def _toml_lines(text: str) -> dict[str, int]:
    out, inside = {}, False
    for n, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if s.startswith("["):
            inside = s.startswith("[tool.copylint")
            continue
        m = re.match(r"([\w\"'-]+)\s*=", s)
        if inside and m:
            out.setdefault(m.group(1).strip("\"'"), n)
    return out


def _build(data: Any, path: str, line, root: str | None = None) -> Config:
    if not isinstance(data, dict):
        raise LoadError(path, line(None), "the configuration must be a mapping")
    for key in data:
        if key not in KEYS:
            near = hint(str(key), KEYS) or f" (allowed: {', '.join(sorted(KEYS))})"
            raise LoadError(path, line(key), f"unknown key {key!r}{near}")
    root = root or os.path.dirname(os.path.abspath(path))
    names: list[tuple[str, str, int | None]] = []

    def strings(key: str) -> tuple[str, ...]:
        v = data.get(key, [])
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise LoadError(path, line(key), f"{key!r} must be a list of strings")
        return tuple(v)

    def choice(key: str, allowed, default):
        v = data.get(key, default)
        if v != default and v not in allowed:
            raise LoadError(path, line(key), f"{key!r} must be one of {', '.join(map(str, allowed))}, "
                                             f"not {v!r}{hint(str(v), allowed)}")
        return v

    def rules(key: str, values, at) -> tuple[str, ...]:
        names.extend((key, v, at) for v in values)
        return tuple(values)

    sev = data.get("severity", {})
    if not isinstance(sev, dict):
        raise LoadError(path, line("severity"), "'severity' must map rule ids or categories to error|warning|info")
    severity = []
    for rule, value in sev.items():
        at = line_of(sev, rule) or line("severity")
        if value not in ("error", "warning", "info"):
            raise LoadError(path, at, f"severity of {rule!r} must be error, warning or info, not {value!r}"
                                      f"{hint(str(value), ('error', 'warning', 'info'))}")
        names.append(("severity", str(rule), at))
        severity.append((str(rule), Severity(value)))
    ppi = data.get("per-path-ignores", {})
    if not isinstance(ppi, dict) or not all(
        isinstance(v, list | str) for v in ppi.values()
    ):
        raise LoadError(path, line("per-path-ignores"), "'per-path-ignores' must map globs to lists of rules")
    per_path = []
    for glob, value in ppi.items():
        listed = (value,) if isinstance(value, str) else tuple(map(str, value))
        per_path.append((glob, rules("per-path-ignores", listed, line_of(ppi, glob) or line("per-path-ignores"))))
    lt = data.get("languagetool", False)
    if not isinstance(lt, bool) and not (isinstance(lt, str) and URL.match(lt)):
        raise LoadError(path, line("languagetool"),
                        f"'languagetool' must be true, false or a server URL (http://localhost:8081), not {lt!r}")
    lt_rules = None
    if "languagetool-rules" in data:
        lt_rules = strings("languagetool-rules")
        for r in lt_rules:
            if r not in ("all", "default") and not LT_RULE.match(r):
                raise LoadError(path, line("languagetool-rules"), f"'languagetool-rules': {r!r} is not a LanguageTool "
                                f"rule id (EN_A_VS_AN, MORFOLOGIK_RULE_EN_US), 'default' or 'all'")
    encoding = data.get("encoding")
    if encoding is not None:
        problem = unknown_encoding(encoding)
        if problem:
            raise LoadError(path, line("encoding"), f"'encoding': {problem}")
    given_folders = strings("rules")
    folders = tuple(os.path.normpath(os.path.join(root, r)) for r in given_folders)
    for folder, given in zip(folders, given_folders, strict=True):
        if not os.path.exists(folder):
            raise LoadError(path, line("rules"), f"'rules': no such folder or file {given!r}")
    return Config(
        select=rules("select", strings("select"), line("select")),
        ignore=rules("ignore", strings("ignore"), line("ignore")),
        severity=tuple(severity),
        dialect=choice("dialect", DIALECTS, None),
        accept=frozenset(w.lower() for w in strings("accept")),
        rules=folders,
        per_path_ignores=tuple(per_path),
        exclude=strings("exclude"),
        fail_on=Severity(choice("fail-on", ("error", "warning", "info"), "warning")),
        number_style=choice("number-style", ("ap", "cp"), None),
        languagetool=lt,
        languagetool_rules=lt_rules,
        encoding=encoding,
        root=root,
        source=path,
        names=tuple(names),
    )


def unknown_encoding(name) -> str | None:
    """Why `name` is not an encoding Python can read, with the nearest common one; None when it is."""
    if isinstance(name, str):
        try:
            codecs.lookup(name)
            return None
        except LookupError:
            pass
    return f"unknown encoding {name!r}{hint(str(name), ENCODINGS)}"


def from_mapping(data: Any, source: str = "<config>") -> Config:
    """A Config from a mapping with the keys of `.copylint.yaml` (for the library); folders are
    relative to the working folder."""
    return _build(data, source, lambda key: None, root=os.getcwd())


def with_cli(cfg: Config, **changes: Any) -> Config:
    """Apply command-line settings on top of a file's."""
    changes = {k: v for k, v in changes.items() if v not in (None, ())}
    for key in ("ignore", "exclude"):
        if key in changes:
            changes[key] = getattr(cfg, key) + tuple(changes[key])
    return replace(cfg, **changes)
