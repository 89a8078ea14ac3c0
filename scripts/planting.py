"""What the planters share: the clean-news folders they read, their command line, and the files they write."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import yaml

NOT_ARTICLES = frozenset({"SOURCE.txt", "LICENSE.txt", "README.txt"})
CLEAN_NEWS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "clean-news"
DEFAULT_SRC = [CLEAN_NEWS / "onestopenglish-adv", CLEAN_NEWS / "wikinews-2019", CLEAN_NEWS / "gum-wikinews"]


def parser(doc: str, kinds) -> argparse.ArgumentParser:
    """SRC ... --out DIR [--seed N] [--kinds K,K] [--per-article N]; the description is doc's first line."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("src", nargs="*", type=Path, default=DEFAULT_SRC)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kinds", default=",".join(kinds))
    ap.add_argument("--per-article", type=int, default=1)
    return ap


def chosen_kinds(ap: argparse.ArgumentParser, args, known) -> list[str]:
    """The --kinds asked for, each one known (an unknown one is a usage error)."""
    kinds = [k for k in args.kinds.split(",") if k]
    unknown = [k for k in kinds if k not in known]
    if unknown:
        ap.error(f"unknown kinds: {', '.join(unknown)} (known: {', '.join(known)})")
    return kinds


def write(out: Path, key: dict, records: list[dict]) -> None:
    """DIR/key.yaml in the scorer's form and DIR/sites.jsonl, one record a line."""
    with open(out / "key.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(key, f, sort_keys=True, allow_unicode=True, width=200)
    with open(out / "sites.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
