"""Command line: `copylint check`, `copylint rules`, `copylint explain`. main(argv) -> exit code."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from datetime import date

from copylint import __version__
from copylint.config import Config, find, load, with_cli
from copylint.loading import LoadError
from copylint.model import Severity
from copylint.output import FORMATS, FileResult, Options, write

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
BINARY_NOTICE = "binary file, skipped"


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
    c.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="check files in N processes (default: the number of CPUs)")
    c.add_argument("--include", action="append", default=[], metavar="GLOB",
                   help="file names to check in folders (default: *.txt, *.md, *.markdown)")
    c.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="paths to skip")
    c.add_argument("--diff", metavar="REV", help="report only findings on lines changed since git revision REV")
    c.add_argument("--baseline", metavar="FILE",
                   help="report only findings not in FILE (records today's findings when FILE does not exist)")
    c.add_argument("--update-baseline", action="store_true", help="rewrite the --baseline file")
    c.add_argument("--fix", action="store_true", help="apply safe suggestions to the files")
    c.add_argument("--diff-fix", action="store_true", help="print the safe fixes as a unified diff")
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
    from copylint import baseline, changes, runner
    from copylint.discover import ARTICLE_GLOBS, expand
    from copylint.registry import all_checkers

    if not args.paths:
        raise UsageError("no paths given (use - for standard input)")
    if args.fix and "-" in args.paths:
        raise UsageError("--fix cannot rewrite standard input; use --diff-fix")
    configs = _Configs(args)
    exclude = tuple(args.exclude) + (configs.fixed.exclude if configs.fixed else ())
    files, missing = expand(args.paths, tuple(args.include) or ARTICLE_GLOBS, exclude)
    for m in missing:
        stderr.write(f"copylint: error: {m}: no such file or directory\n")
    tasks = []
    for path in files:
        cfg = configs.for_path(path if path != "-" else (args.stdin_filename or "-"))
        if path != "-" and cfg.excluded(path):
            continue
        data = None
        if path == "-":
            data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
        shown = (args.stdin_filename or "<stdin>") if path == "-" else path
        tasks.append(runner.Task(path, shown, cfg, data, args.languagetool, args.languagetool_download))
    for cfg in {t.config for t in tasks}:
        all_checkers(cfg.rules)  # load once, before any worker starts, so workers inherit it
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

    left = []
    for r, (task, c) in zip(results, kept, strict=True):
        if c.source is None or not fixes.edits(r.diagnostics):
            left.append(r)
            continue
        after, n, found = fixes.fix(c.source.text, functools.partial(_recheck, path=r.path, cfg=task.config))
        if diff_only:
            stdout.write(fixes.unified_diff(r.path, c.source.text, after))
            continue
        fixes.write_atomic(task.path, c.source.encode(after))
        stderr.write(f"copylint: fixed {n} in {r.path}\n")
        left.append(FileResult(r.path, tuple(found), after))
    return left


def _recheck(text: str, path: str, cfg: Config):
    from copylint.api import check_source
    from copylint.registry import all_checkers

    return check_source(text, path, cfg, all_checkers(cfg.rules))


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
