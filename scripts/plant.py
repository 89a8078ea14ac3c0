"""Plant errors into clean articles and write an answer key for score_articles.py.

usage: python scripts/plant.py [SRC ...] --out DIR [--seed N] [--kinds missing-of,pronoun-case,missing-period]

SRC are folders of clean .txt articles (default: the OneStopEnglish advanced corpus beside this
repository). Each planter makes at most one plant per article, only where its pattern applies and
outside direct quotations, and records it in DIR/key.yaml in the scorer's form (find = a substring
unique to the planted line, accept = categories that count, fix = the correction). Then:

    python ../shared/tools/score_articles.py COPYLINT DIR/key.yaml DIR

A new kind is one function `(lines, rng, ctx) -> Plant | None` added to PLANTERS.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from copylint.nlp import lexicon as lx
from copylint.parsing import parse

NOT_ARTICLES = frozenset({"SOURCE.txt", "LICENSE.txt", "README.txt"})
DEFAULT_SRC = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "clean-news" / "onestopenglish-adv"


@dataclass
class Plant:
    line: int  # 0-based line index
    new: str  # the planted line
    at: int  # offset of the change in the planted line
    kind: str
    accept: tuple[str, ...]
    fix: str


@dataclass
class Ctx:
    """What planters may consult: quoted offsets per line, and lines already planted."""

    quoted: list[set[int]]
    used: set[int]

    def free(self, i: int) -> bool:
        return i not in self.used

    def in_quote(self, i: int, offset: int) -> bool:
        return offset in self.quoted[i]


def _choose(rng: random.Random, found: list):
    return rng.choice(found) if found else None


_COUNT = r"\d[\d,]*|" + "|".join(sorted(lx.NUMBER_WORDS | lx.OF_QUANTIFIERS | {"one"}, key=len, reverse=True))
_OF = re.compile(rf"\b({_COUNT}) of (his|her|their|its|our)\b", re.I)


def plant_missing_of(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """'23,000 of his citizens' -> '23,000 his citizens'."""
    found = [(i, m) for i, line in enumerate(lines) if ctx.free(i) for m in _OF.finditer(line)
             if not ctx.in_quote(i, m.start()) and not re.fullmatch(r"1[5-9]\d\d|20\d\d", m.group(1))]
    pick = _choose(rng, found)
    if not pick:
        return None
    i, m = pick
    line = lines[i]
    new = line[: m.start()] + f"{m.group(1)} {m.group(2)}" + line[m.end() :]
    return Plant(i, new, m.start(), "missing-of", ("grammar", "typo"), m.group())


_SUBJ = re.compile(r"\b(that|because|after|when|said) (he|she|they) ([a-z]+)\b")
_OBJ = {"he": "him", "she": "her", "they": "them"}


def plant_pronoun_case(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """'said he would' -> 'said him would' where a finite verb follows the pronoun."""
    found = [(i, m) for i, line in enumerate(lines) if ctx.free(i) for m in _SUBJ.finditer(line)
             if lx.is_finite(m.group(3)) and not ctx.in_quote(i, m.start(2))]
    pick = _choose(rng, found)
    if not pick:
        return None
    i, m = pick
    line = lines[i]
    new = line[: m.start(2)] + _OBJ[m.group(2)] + line[m.end(2) :]
    return Plant(i, new, m.start(2), "pronoun-case", ("grammar", "typo"), f"{m.group(1)} {m.group(2)}")


_PERIOD = re.compile(r"[a-z0-9)]\.\s*$")


def plant_missing_period(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """Drop the final period of a body paragraph (a line of 12 words or more)."""
    found = [i for i, line in enumerate(lines) if ctx.free(i) and len(line.split()) >= 12 and _PERIOD.search(line)
             and not ctx.in_quote(i, len(line.rstrip()) - 1)]
    i = _choose(rng, found)
    if i is None:
        return None
    line = lines[i].rstrip()
    new = line[:-1]
    return Plant(i, new, len(new) - 1, "missing-period", ("punctuation",), new[-20:] + ".")


PLANTERS: dict[str, Callable[[list[str], random.Random, Ctx], Plant | None]] = {
    "missing-of": plant_missing_of,
    "pronoun-case": plant_pronoun_case,
    "missing-period": plant_missing_period,
}


def _find(lines: list[str], i: int, at: int) -> str | None:
    """A substring of lines[i] around offset `at` found on no other line (grown from 24 characters)."""
    line = lines[i]
    for half in (12, 20, 30, 45, 70, 100):
        s, e = max(0, at - half), min(len(line), at + half)
        needle = line[s:e].strip()
        if needle and sum(needle in ln for ln in lines) == 1:
            return needle
    return None


def _quoted(text: str, lines: list[str]) -> list[set[int]]:
    doc = parse(text, "article.txt")
    out, pos = [], 0
    for line in lines:
        out.append({o - pos for qs, qe in doc.quotes if qs < pos + len(line) and qe > pos
                    for o in range(max(qs, pos), min(qe, pos + len(line)))})
        pos += len(line) + 1
    return out


def plant_article(text: str, rng: random.Random, kinds: list[str]) -> tuple[str, list[dict]]:
    lines = text.split("\n")
    ctx = Ctx(_quoted(text, lines), set())
    key = []
    for kind in kinds:
        p = PLANTERS[kind](lines, rng, ctx)
        if p is None:
            continue
        old, lines[p.line] = lines[p.line], p.new
        needle = _find(lines, p.line, p.at)
        if needle is None:
            lines[p.line] = old  # no unique way to name the line: leave it clean
            continue
        ctx.used.add(p.line)
        key.append({"kind": p.kind, "find": needle, "accept": list(p.accept), "fix": p.fix})
    return "\n".join(lines), key


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", nargs="*", type=Path, default=[DEFAULT_SRC])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kinds", default=",".join(PLANTERS))
    args = ap.parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k]
    unknown = [k for k in kinds if k not in PLANTERS]
    if unknown:
        ap.error(f"unknown kinds: {', '.join(unknown)} (known: {', '.join(PLANTERS)})")
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    key: dict[str, dict] = {}
    counts = dict.fromkeys(kinds, 0)
    for folder in args.src:
        for path in sorted(p for p in folder.glob("*.txt") if p.name not in NOT_ARTICLES):
            text = path.read_text(encoding="utf-8-sig")
            planted, plants = plant_article(text, rng, kinds)
            (args.out / path.name).write_text(planted, encoding="utf-8")
            key[path.name] = {"plants": plants, "neutral": []}
            for p in plants:
                counts[p["kind"]] += 1
    with open(args.out / "key.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(key, f, sort_keys=True, allow_unicode=True, width=200)
    print(f"{len(key)} articles, " + ", ".join(f"{k} {n}" for k, n in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
