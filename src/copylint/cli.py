"""Command line: `copylint check`, `copylint rules`, `copylint explain`. main(argv) -> exit code."""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import re
import sys
from datetime import date

from copylint import __version__
from copylint.config import URL, Config, check_names, find, first_unknown, hint, load, unknown_encoding, with_cli
from copylint.loading import LoadError
from copylint.model import Severity
from copylint.output import FORMATS, FileResult, Options, write

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
BINARY_NOTICE = "binary file, skipped"


class UsageError(Exception):
    pass


_CHOICE = re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, with the nearest valid value
        m = _CHOICE.search(message)
        if m:
            message += hint(m[1], re.findall(r"'([^']*)'", m[2]))
        elif message.startswith("unrecognized arguments: "):
            first = message.split()[2]
            if first.startswith("-"):
                message += hint(first, [o for a in self._actions for o in a.option_strings]
                                + [o for a in self._subparser_actions() for o in a.option_strings])
        raise UsageError(message)

    def _subparser_actions(self):
        for a in self._actions:
            if isinstance(a, argparse._SubParsersAction):
                for sub in a.choices.values():
                    yield from sub._actions


def _csv(value: str) -> tuple[str, ...]:
    """`a,b,c`; an empty name (`typo,` or `typo, numbers`, where the shell splits at the space) is an error."""
    names = tuple(v.strip() for v in value.split(","))
    if not value.strip() or "" in names:
        raise argparse.ArgumentTypeError(
            f"empty rule name in {value!r}: join names with commas and no spaces (typo,numbers)")
    return names


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of processes, 1 or more, not {value!r} (try 1)")
    return n


def _encoding(value: str) -> str:
    problem = unknown_encoding(value)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return value


def _languagetool(value: str) -> str:
    if value != "local" and not URL.match(value):
        raise argparse.ArgumentTypeError(
            f"not a server URL: {value!r} (--languagetool=http://localhost:8081, or --languagetool alone)")
    return value


def _glob(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("empty glob (try '*.md')")
    return value


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
    c.add_argument("paths", nargs="*", metavar="PATH",
                   help="articles to check: files, folders (walked for .txt and .md), globs, - for stdin")
    c.add_argument("--format", choices=FORMATS, default="text",
                   help="text (default; with the line and a caret on a terminal), json, github (workflow "
                        "annotations), sarif (code scanning), gitlab (Code Quality report)")
    c.add_argument("--select", type=_csv, default=(), metavar="RULES",
                   help="rules, prefixes or categories to run (comma-separated)")
    c.add_argument("--ignore", type=_csv, default=(), metavar="RULES", help="rules, prefixes or categories to skip")
    c.add_argument("--fail-on", choices=[s.value for s in Severity], default=None,
                   help="lowest severity that makes the exit status 1 (default: warning)")
    c.add_argument("--config", metavar="FILE", help="use this config file instead of searching for one")
    c.add_argument("--no-config", action="store_true", help="ignore config files")
    c.add_argument("--dialect", choices=["en-US", "en-CA", "en-GB"], default=None,
                   help="the spelling to hold articles to (default: flag only words spelt both ways in one article)")
    c.add_argument("--date", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="the article's date, for date arithmetic")
    c.add_argument("--stdin-filename", default=None, metavar="NAME",
                   help="path to report (and pick the format by) for stdin")
    c.add_argument("--color", choices=["auto", "always", "never"], default="auto",
                   help="colour and a caret under each problem: auto (on a terminal, unless NO_COLOR is set), "
                        "always, never")
    c.add_argument("--encoding", type=_encoding, default=None, metavar="ENC",
                   help="encoding of articles without a BOM (default: UTF-8; cp1252 or latin-1 for old archives)")
    c.add_argument("--jobs", "-j", type=_jobs, default=None, metavar="N",
                   help="check files in N processes (default: the number of CPUs)")
    c.add_argument("--include", type=_glob, action="append", default=[], metavar="GLOB",
                   help="file names to check in folders (default: *.txt, *.md, *.markdown)")
    c.add_argument("--exclude", type=_glob, action="append", default=[], metavar="GLOB", help="paths to skip")
    c.add_argument("--diff", metavar="REV", help="report only findings on lines changed since git revision REV")
    c.add_argument("--baseline", metavar="FILE",
                   help="report only findings not in FILE (records today's findings when FILE does not exist)")
    c.add_argument("--update-baseline", action="store_true", help="rewrite the --baseline file")
    c.add_argument("--fix", action="store_true", help="apply safe suggestions to the files")
    c.add_argument("--diff-fix", action="store_true", help="print the safe fixes as a unified diff")
    c.add_argument("--languagetool", type=_languagetool, default=None, metavar="URL",
                   help="also run LanguageTool: --languagetool=URL for a server, --languagetool alone for a local one")
    c.add_argument("--languagetool-download", action="store_true",
                   help="allow language-tool-python to download LanguageTool (about 250 MB) for local use")

    r = sub.add_parser("rules", help="list rules, or `rules test` to run every rule's examples")
    r.add_argument("action", nargs="?", choices=["list", "test"], default="list")
    r.add_argument("--config", help="config file whose rule folders to include (default: the one found "
                                    "from the working folder)")
    r.add_argument("--no-config", action="store_true", help="only the built-in rules and --rules folders")
    r.add_argument("--rules", action="append", default=[], metavar="FOLDER", help="extra rule folder")

    e = sub.add_parser("explain", help="describe a rule, with its examples")
    e.add_argument("rule", help="a rule id, as `copylint rules` lists them (grammar.pronoun-case)")
    e.add_argument("--config", help="config file whose rule folders to include (default: the one found "
                                    "from the working folder)")
    e.add_argument("--no-config", action="store_true", help="only the built-in rules")
    return p


def main(argv: list[str] | None = None, stdin=None, stdout=None, stderr=None) -> int:
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    try:
        argv = sys.argv[1:] if argv is None else argv
        # `--languagetool` takes its URL only as `--languagetool=URL`, so it never swallows a path.
        argv = ["--languagetool=local" if a == "--languagetool" else a for a in argv]
        try:
            with contextlib.redirect_stdout(stdout):  # --help and --version print and exit
                args = build_parser().parse_args(argv)
        except SystemExit as e:
            return e.code if isinstance(e.code, int) else EXIT_OK
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
        return with_cli(cfg, select=a.select, ignore=a.ignore, dialect=a.dialect, date=a.date, encoding=a.encoding,
                        exclude=tuple(a.exclude), fail_on=Severity(a.fail_on) if a.fail_on else None)

    def for_path(self, path: str) -> Config:
        if self.fixed is not None:
            return self.fixed
        folder = os.path.dirname(os.path.abspath(path)) if path != "-" else os.getcwd()
        if folder not in self.cache:
            found = find(folder)
            self.cache[folder] = self._cli(load(found) if found else Config())
        return self.cache[folder]


def _check(args, stdin, stdout, stderr) -> int:
    from copylint import baseline, changes, paths, runner
    from copylint.discover import ARTICLE_GLOBS, expand
    from copylint.registry import all_checkers

    _check_usage(args)
    configs = _Configs(args)
    exclude = tuple(args.exclude) + (configs.fixed.exclude if configs.fixed else ())
    include = tuple(args.include) or ARTICLE_GLOBS
    files, missing = expand(args.paths, include, exclude)
    for m in missing:
        stderr.write(f"copylint: error: {m}: no such file or directory\n")
    if args.include and not any(os.path.isdir(p) for p in args.paths):
        stderr.write("copylint: warning: --include picks files in folders, and no folder is given\n")
    for folder in (p for p in args.paths if os.path.isdir(p)):
        inside = os.path.join(os.path.abspath(folder), "")
        if not any(os.path.abspath(f).startswith(inside) for f in files):
            stderr.write(f"copylint: warning: {folder}: no articles in this folder ({', '.join(include)})\n")
    tasks = []
    for path in files:
        cfg = configs.for_path(path if path != "-" else (args.stdin_filename or "-"))
        if path != "-" and cfg.excluded(path):
            continue
        data = None
        if path == "-":
            data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
        shown = paths.shown((args.stdin_filename or "<stdin>") if path == "-" else path)
        tasks.append(runner.Task(path, shown, cfg, data, args.languagetool, args.languagetool_download))
    _check_names(args, {t.config for t in tasks} or {configs.for_path(".")})
    jobs = args.jobs if args.jobs is not None else runner.default_jobs()
    checked = runner.run(tasks, jobs)

    unreadable = bool(missing)
    kept: list[tuple[runner.Task, runner.Checked]] = []
    for t, c in zip(tasks, checked, strict=True):
        if isinstance(c.result.error, str) and c.result.error.endswith(BINARY_NOTICE):
            stderr.write(f"copylint: notice: {c.result.error}\n")
            continue
        if c.result.error:
            unreadable = True
            stderr.write(f"copylint: error: {c.result.error}\n")
        kept.append((t, c))
    for warning in sorted({w for c in checked for w in c.warnings}):
        stderr.write(f"copylint: warning: {warning}\n")
    results = [c.result for _, c in kept]

    if args.diff:
        changed = changes.changed_lines(args.diff, [t.path for t, _ in kept])
        results = [
            r if t.path == "-" else FileResult(
                r.path, tuple(d for d in r.diagnostics if changes.touches(r, d, changed.get(os.path.abspath(t.path)))),
                r.text, r.error)
            for r, (t, _) in zip(results, kept, strict=True)
        ]
    if args.baseline:
        if not os.path.exists(args.baseline) or args.update_baseline:
            n = baseline.save(args.baseline, results)
            stderr.write(f"copylint: baseline {args.baseline} records {n} findings\n")
            return EXIT_USAGE if unreadable else EXIT_OK
        results = baseline.only_new(results, baseline.load(args.baseline), args.baseline)
    if args.fix or args.diff_fix:
        results = _fix(kept, results, args.diff_fix, stdout, stderr)
        if args.diff_fix:
            return EXIT_USAGE if unreadable else EXIT_OK

    color = args.color == "always" or (args.color == "auto" and stdout.isatty() and not os.environ.get("NO_COLOR"))
    rules = {}
    for cfg in {t.config for t in tasks} or {Config()}:
        rules.update({c.meta.id: c.meta for c in all_checkers(cfg.rules)})
    write(args.format, results, stdout, Options(color=color, tool_version=__version__, rules=rules))
    if unreadable:
        return EXIT_USAGE
    for r, (t, _) in zip(results, kept, strict=True):
        if any(d.severity.rank >= t.config.fail_on.rank for d in r.diagnostics):
            return EXIT_FINDINGS
    return EXIT_OK


def _fix(kept, results, diff_only: bool, stdout, stderr) -> list[FileResult]:
    """Apply safe fixes (or print them as a diff); return the findings left on the new text."""
    from copylint import fixes
    from copylint.paths import repo_path

    left = []
    for r, (task, c) in zip(results, kept, strict=True):
        if c.source is None or not fixes.edits(r.diagnostics):
            left.append(r)
            continue
        after, n, found = fixes.fix(c.source.text, functools.partial(_recheck, path=r.path, cfg=task.config))
        if diff_only:
            stdout.write(fixes.unified_diff(repo_path(r.path), c.source.text, after))
            continue
        fixes.write_atomic(task.path, c.source.encode(after))
        stderr.write(f"copylint: fixed {n} in {r.path}\n")
        left.append(FileResult(r.path, tuple(found), after))
    return left


def _recheck(text: str, path: str, cfg: Config):
    from copylint.api import check_source
    from copylint.registry import all_checkers

    return check_source(text, path, cfg, all_checkers(cfg.rules))


def _check_usage(args) -> None:
    """Options that would do nothing, or contradict each other, as the command line gives them."""
    if not args.paths:
        raise UsageError("no paths given (use - for standard input)")
    if args.fix and "-" in args.paths:
        raise UsageError("--fix cannot rewrite standard input; use --diff-fix")
    pairs = (
        (args.update_baseline and not args.baseline, "--update-baseline needs --baseline FILE"),
        (args.fix and args.diff_fix, "--fix and --diff-fix: give one (--diff-fix prints, --fix writes)"),
        (args.config and args.no_config, "--config and --no-config: give one"),
        (args.languagetool_download and not args.languagetool,
         "--languagetool-download needs --languagetool (the local LanguageTool it may download)"),
        (args.stdin_filename and "-" not in args.paths, "--stdin-filename names standard input: add - to the paths"),
        (args.baseline and os.path.isdir(args.baseline), f"--baseline {args.baseline}: is a folder, not a file"),
    )
    for wrong, message in pairs:
        if wrong:
            raise UsageError(message)


def _check_names(args, configs) -> None:
    """Every rule name the command line and the configs give must name a rule."""
    from copylint.registry import all_checkers, known_ids

    known: set[str] = set()
    for cfg in configs:
        ids = known_ids(all_checkers(cfg.rules))  # loaded once, before any worker starts
        check_names(cfg, ids)
        known |= ids
    for option, names in (("--select", args.select), ("--ignore", args.ignore)):
        problem = first_unknown(names, known)
        if problem:
            raise UsageError(f"{option}: {problem}")


def _rule_folders(args) -> tuple[str, ...]:
    """--rules folders, after those of --config or of the config found from the working folder."""
    folders = tuple(os.path.abspath(f) for f in getattr(args, "rules", []) or [])
    if getattr(args, "no_config", False):
        return folders
    found = args.config or find(os.getcwd())
    return (load(found).rules if found else ()) + folders


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
        stdout.write(f"{len(checkers)} rules, {failures} failing example{'s' * (failures != 1)}\n")
        return EXIT_FINDINGS if failures else EXIT_OK
    width = max((len(c.meta.id) for c in checkers), default=10)
    for c in checkers:
        m = c.meta
        opt = " (opt-in)" if "opt-in" in m.tags else ""
        stdout.write(f"{m.id:<{width}}  {m.category.value:<11}  {m.severity.value:<7}  {m.summary}{opt}\n")
    return EXIT_OK


def _explain(args, stdout) -> int:
    from copylint.registry import all_checkers

    checkers = all_checkers(_rule_folders(args))
    for c in checkers:
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
    near = hint(args.rule, [c.meta.id for c in checkers])
    raise UsageError(f"unknown rule {args.rule!r}{near or ' (see `copylint rules`)'}")
