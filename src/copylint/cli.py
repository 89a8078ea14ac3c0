"""Command line: `copylint check`, `copylint rules`, `copylint explain`. main(argv) -> exit code."""

from __future__ import annotations

import argparse
import glob
import os
import sys
from datetime import date

from copylint import __version__
from copylint.config import Config, find, load, with_cli
from copylint.loading import LoadError
from copylint.model import Severity
from copylint.output import FORMATS, FileResult, Options, write
from copylint.sources import InputError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".mdown", ".mkd", ".text")
SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox"})


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2
        raise UsageError(message)


def _csv(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="copylint", description="Fact-check and style-lint news articles.")
    p.add_argument("--version", action="version", version=f"copylint {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    c = sub.add_parser("check", help="check articles (files, folders, globs, - for stdin)")
    c.add_argument("paths", nargs="*", metavar="PATH")
    c.add_argument("--format", choices=FORMATS, default="text")
    c.add_argument("--select", type=_csv, default=(), help="rules, prefixes or categories to run (comma-separated)")
    c.add_argument("--ignore", type=_csv, default=(), help="rules, prefixes or categories to skip")
    c.add_argument("--fail-on", choices=[s.value for s in Severity], default=None,
                   help="lowest severity that makes the exit status 1 (default: warning)")
    c.add_argument("--config", help="use this config file instead of searching for one")
    c.add_argument("--no-config", action="store_true", help="ignore config files")
    c.add_argument("--dialect", choices=["en-US", "en-CA", "en-GB"], default=None)
    c.add_argument("--date", type=_date, default=None, help="the article's date, for date arithmetic")
    c.add_argument("--stdin-filename", default=None, help="path to report (and pick the format by) for stdin")
    c.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    c.add_argument("--languagetool", default=None, metavar="URL",
                   help="also run LanguageTool: --languagetool=URL for a server, --languagetool alone for a local one")
    c.add_argument("--languagetool-download", action="store_true",
                   help="allow language-tool-python to download LanguageTool (about 250 MB) for local use")

    r = sub.add_parser("rules", help="list rules, or `rules test` to run every rule's examples")
    r.add_argument("action", nargs="?", choices=["list", "test"], default="list")
    r.add_argument("--config", help="config file whose extra rule folders to include")
    r.add_argument("--rules", action="append", default=[], metavar="FOLDER", help="extra rule folder")

    e = sub.add_parser("explain", help="describe a rule, with its examples")
    e.add_argument("rule")
    e.add_argument("--config", help="config file whose extra rule folders to include")
    return p


def main(argv: list[str] | None = None, stdin=None, stdout=None, stderr=None) -> int:
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    try:
        argv = sys.argv[1:] if argv is None else argv
        # `--languagetool` takes its URL only as `--languagetool=URL`, so it never swallows a path.
        argv = ["--languagetool=local" if a == "--languagetool" else a for a in argv]
        args = build_parser().parse_args(argv)
        if args.command == "check":
            return _check(args, stdin, stdout, stderr)
        if args.command == "rules":
            return _rules(args, stdout, stderr)
        if args.command == "explain":
            return _explain(args, stdout)
        build_parser().print_help(stdout)
        return EXIT_USAGE
    except UsageError as e:
        stderr.write(f"copylint: error: {e}\n")
        return EXIT_USAGE
    except LoadError as e:
        stderr.write(f"copylint: error: {e}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        stderr.write("copylint: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK


def entry() -> None:
    sys.exit(main())


def _expand(paths: list[str]) -> tuple[list[str], list[str]]:
    """Files to check (sorted, unique; stdin first) and paths that matched nothing."""
    files: list[str] = []
    missing: list[str] = []
    for p in paths:
        if p == "-":
            files.append(p)
        elif os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                files.extend(os.path.join(root, n) for n in sorted(names) if n.lower().endswith(ARTICLE_SUFFIXES))
        elif os.path.exists(p) or os.path.islink(p):
            files.append(p)
        elif glob.has_magic(p):
            hits = sorted(h for h in glob.glob(p, recursive=True) if os.path.isfile(h))
            if hits:
                files.extend(hits)
            else:
                missing.append(p)
        else:
            missing.append(p)
    return sorted(set(files), key=lambda f: (f != "-", f)), missing


class _Configs:
    """One Config per folder, found by walking up; or the one given with --config."""

    def __init__(self, args) -> None:
        self.args = args
        self.fixed: Config | None = None
        if args.no_config:
            self.fixed = self._cli(Config())
        elif args.config:
            self.fixed = self._cli(load(args.config))
        self.cache: dict[str, Config] = {}

    def _cli(self, cfg: Config) -> Config:
        a = self.args
        return with_cli(cfg, select=a.select, ignore=a.ignore, dialect=a.dialect, date=a.date,
                        fail_on=Severity(a.fail_on) if a.fail_on else None)

    def for_path(self, path: str) -> Config:
        if self.fixed is not None:
            return self.fixed
        folder = os.path.dirname(os.path.abspath(path)) if path != "-" else os.getcwd()
        if folder not in self.cache:
            found = find(folder)
            self.cache[folder] = self._cli(load(found) if found else Config())
        return self.cache[folder]


class _Engines:
    """Outside engines, one per setting, created on first use."""

    def __init__(self, download: bool) -> None:
        self.download = download
        self.made: dict = {}

    def get(self, setting, dialect):
        from copylint.engines.languagetool import LanguageToolEngine

        url = setting if isinstance(setting, str) and setting != "local" else None
        key = (url, dialect)
        if key not in self.made:
            self.made[key] = LanguageToolEngine(url=url, download=self.download, dialect=dialect)
        return self.made[key]

    def warnings(self) -> list[str]:
        return sorted({e.unavailable for e in self.made.values() if e.unavailable})


def _check(args, stdin, stdout, stderr) -> int:
    from copylint.api import check_source
    from copylint.registry import all_checkers
    from copylint.sources import decode, read

    paths = args.paths or []
    if not paths:
        raise UsageError("no paths given (use - for standard input)")
    files, missing = _expand(paths)
    configs = _Configs(args)
    engines = _Engines(args.languagetool_download)
    results: list[FileResult] = []
    unreadable = bool(missing)
    for m in missing:
        stderr.write(f"copylint: error: {m}: no such file or directory\n")
    for path in files:
        cfg = configs.for_path(path if path != "-" else (args.stdin_filename or "-"))
        if path != "-" and cfg.excluded(path):
            continue
        shown = (args.stdin_filename or "<stdin>") if path == "-" else path
        try:
            if path == "-":
                data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
                source = decode(data, shown)
            else:
                source = read(path)
        except InputError as e:
            stderr.write(f"copylint: error: {e}\n")
            results.append(FileResult(shown, (), "", str(e)))
            unreadable = True
            continue
        checkers = all_checkers(cfg.rules)
        lt = args.languagetool or cfg.languagetool
        if lt:
            checkers = (*checkers, engines.get(lt, cfg.dialect))
        diagnostics = check_source(source.text, shown, cfg, checkers)
        results.append(FileResult(shown, tuple(diagnostics), source.text))
    for warning in engines.warnings():
        stderr.write(f"copylint: warning: {warning}\n")
    color = args.color == "always" or (args.color == "auto" and stdout.isatty() and not os.environ.get("NO_COLOR"))
    rules = {c.meta.id: c.meta for c in all_checkers(configs.fixed.rules if configs.fixed else ())}
    write(args.format, results, stdout, Options(color=color, tool_version=__version__, rules=rules))
    if unreadable:
        return EXIT_USAGE
    fail_on = Severity(args.fail_on) if args.fail_on else None
    for r in results:
        cfg = configs.for_path(r.path) if r.path != (args.stdin_filename or "<stdin>") else configs.for_path("-")
        threshold = (fail_on or cfg.fail_on).rank
        if any(d.severity.rank >= threshold for d in r.diagnostics):
            return EXIT_FINDINGS
    return EXIT_OK


def _rule_folders(args) -> tuple[str, ...]:
    folders = tuple(os.path.abspath(f) for f in getattr(args, "rules", []) or [])
    if getattr(args, "config", None):
        folders = load(args.config).rules + folders
    return folders


def _rules(args, stdout, stderr) -> int:
    from copylint.registry import all_checkers

    checkers = sorted(all_checkers(_rule_folders(args)), key=lambda c: c.meta.id)
    if args.action == "test":
        from copylint.examples import run_examples

        failures = 0
        for c in checkers:
            for problem in run_examples(c):
                failures += 1
                stdout.write(f"FAIL {c.meta.id}: {problem}\n")
        stdout.write(f"{len(checkers)} rules, {failures} failing examples\n")
        return EXIT_FINDINGS if failures else EXIT_OK
    width = max((len(c.meta.id) for c in checkers), default=10)
    for c in checkers:
        m = c.meta
        opt = " (opt-in)" if "opt-in" in m.tags else ""
        stdout.write(f"{m.id:<{width}}  {m.category.value:<11}  {m.severity.value:<7}  {m.summary}{opt}\n")
    return EXIT_OK


def _explain(args, stdout) -> int:
    from copylint.registry import all_checkers

    for c in all_checkers(_rule_folders(args)):
        m = c.meta
        if m.id == args.rule:
            stdout.write(f"{m.id}  [{m.category.value}, {m.severity.value}]\n{m.summary}\n")
            if m.description:
                stdout.write(f"\n{m.description.strip()}\n")
            if m.source:
                stdout.write(f"\nDefined in {m.source}\n")
            stdout.write("\nFlags:\n")
            for ex in m.bad:
                stdout.write(f"  - {ex.text}" + (f"  ->  {ex.fix}" if ex.fix else "") + "\n")
            stdout.write("\nLeaves alone:\n")
            for ex in m.good:
                stdout.write(f"  - {ex.text}\n")
            return EXIT_OK
    raise UsageError(f"unknown rule {args.rule!r} (see `copylint rules`)")
