"""Findings per 1,000 words on a folder of articles, by category and by rule.

usage: python scripts/corpus_report.py FOLDER [FOLDER...] [--select RULES] [--show RULE-OR-CATEGORY] [--limit N]
       [--dates]

--dates gives each article the date its corpus records (a metadata.json beside or above the folder, with a
"date" or "dateCreated" per file), as --date would, so that date checks run on corpora that keep the date
apart from the text.

Clean published news should raise almost nothing: every finding counted here on it is a false alarm
for the language and numbers categories.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from copylint.api import check_source
from copylint.config import Config, _matches
from copylint.discover import NOT_ARTICLES, expand
from copylint.parsing import parse
from copylint.registry import all_checkers
from copylint.sources import read


def corpus_dates(folders: list[str]) -> dict[str, date]:
    """{file name: date} from metadata.json files beside or above the folders."""
    out: dict[str, date] = {}
    for folder in folders:
        for meta in (Path(folder) / "metadata.json", Path(folder).parent / "metadata.json"):
            if not meta.exists():
                continue
            data = json.loads(meta.read_text(encoding="utf-8"))
            items = data.items() if isinstance(data, dict) else ((f"{d.get('doc')}.txt", d) for d in data)
            for name, d in items:
                value = d.get("date") or d.get("dateCreated")
                if value:
                    out[name] = date.fromisoformat(value[:10])
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--select", default="")
    ap.add_argument("--show", action="append", default=[], help="print findings of this rule or category")
    ap.add_argument("--limit", type=int, default=60)
    ap.add_argument("--dates", action="store_true", help="article dates from the corpus's metadata.json")
    args = ap.parse_args()
    cfg = Config(select=tuple(s for s in args.select.split(",") if s))
    dates = corpus_dates(args.folders) if args.dates else {}
    checkers = all_checkers()
    files, _ = expand(args.folders, exclude=NOT_ARTICLES)
    words = 0
    by_cat: collections.Counter = collections.Counter()
    by_rule: collections.Counter = collections.Counter()
    shown = 0
    for path in files:
        text = read(path).text
        words += parse(text, path).words()
        day = dates.get(os.path.basename(path))
        for d in check_source(text, path, replace(cfg, date=day) if day else cfg, checkers):
            by_cat[d.category.value] += 1
            by_rule[d.rule] += 1
            if any(_matches(p, d.rule, d.category.value) for p in args.show) and shown < args.limit:
                shown += 1
                line = text.count("\n", 0, d.start) + 1
                ctx = text[max(0, d.start - 50) : d.end + 50].replace("\n", " | ")
                print(f"{os.path.basename(path)}:{line} {d.rule}: {d.message}\n      ...{ctx}...")
    per_k = lambda n: n * 1000 / max(words, 1)  # noqa: E731
    print(f"{len(files)} files, {words} words")
    for cat, n in sorted(by_cat.items()):
        print(f"  {cat:<12} {n:5d}  {per_k(n):6.2f}/1000 words")
    for rule, n in by_rule.most_common():
        print(f"    {rule:<40} {n:5d}  {per_k(n):6.2f}/1000")
    return 0


if __name__ == "__main__":
    sys.exit(main())
