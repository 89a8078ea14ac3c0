"""Checking many files: one picklable task per file, run in order or in worker processes with the
same output order."""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass

from copylint.config import Config
from copylint.loading import LoadError
from copylint.output import FileResult
from copylint.sources import InputError, Source, decode, read


@dataclass(frozen=True)
class Task:
    path: str  # on disk; "-" for stdin
    shown: str  # the name to report
    config: Config
    data: bytes | None = None  # stdin's bytes
    languagetool: str | bool | None = None
    languagetool_download: bool = False


@dataclass(frozen=True)
class Checked:
    result: FileResult
    source: Source | None  # None when the file could not be read
    warnings: tuple[str, ...] = ()


_ENGINES: dict = {}  # per process: LanguageTool connections, reused across files


def _engine(setting, dialect, download, rules):
    from copylint.engines.languagetool import LanguageToolEngine

    url = setting if isinstance(setting, str) and setting != "local" else None
    key = (url, dialect, download, rules)
    if key not in _ENGINES:  # one client per process, reused for every file
        _ENGINES[key] = LanguageToolEngine(url=url, download=download, dialect=dialect, rules=rules)
    return _ENGINES[key]


def check_task(task: Task) -> Checked:
    from copylint.api import check_source
    from copylint.registry import all_checkers

    try:
        enc = task.config.encoding
        source = decode(task.data, task.shown, enc) if task.data is not None else read(task.path, enc)
    except InputError as e:
        return Checked(FileResult(task.shown, (), "", str(e)), None)
    if task.shown != source.path:
        source = Source(task.shown, source.text, source.encoding, source.notice)
    cfg = task.config
    checkers = all_checkers(cfg.rules)
    warnings = ()
    lt = task.languagetool or cfg.languagetool
    if lt:
        engine = _engine(lt, cfg.dialect, task.languagetool_download, cfg.languagetool_rules)
        checkers = (*checkers, engine)
    try:
        diagnostics = check_source(source.text, task.shown, cfg, checkers)
    except LoadError as e:  # a suppression comment that names no rule
        return Checked(FileResult(task.shown, (), source.text, str(e)), source)
    if lt and engine.unavailable:
        warnings = (engine.unavailable,)
    return Checked(FileResult(task.shown, tuple(diagnostics), source.text), source, warnings)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


# The word tables, once loaded, are a few hundred thousand objects that every full cycle collection walks,
# and a checked document frees itself (Document.release): so the collector runs far less often than
# its default (700 allocations): a few per cent of the corpus run's CPU.
GC_THRESHOLD = (20_000, 20, 20)


def run(tasks: list[Task], jobs: int = 1) -> list[Checked]:
    """Results in task order, whatever the number of worker processes."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        if jobs <= 1 or len(tasks) < 4:
            return [check_task(t) for t in tasks]
        from concurrent.futures import ProcessPoolExecutor  # only when it is used: it costs start-up time

        with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), initializer=gc.set_threshold,
                                 initargs=GC_THRESHOLD) as pool:
            return list(pool.map(check_task, tasks, chunksize=max(1, len(tasks) // (jobs * 8))))
    finally:
        gc.set_threshold(*before)
