"""Which LanguageTool rules earn their place on news: false alarms on clean copy against plants caught.

usage: python scripts/languagetool_rules.py [--url URL] [--corpus DIR ...] [--seeds 1,2] [--budget 0.1]
       [--jobs 2] [--write FILE] [--show RULE ...]

LanguageTool runs alone (its whole default rule set) through copylint's engine, so masking and the
quotation filter are the engine's; each match's rule id is read from the finding's message. It runs on
  - clean published news (--corpus; default: the three clean-news folders): every match counts as a
    false alarm (published copy still holds a few real slips; the counts are raw);
  - planted sets: scripts/plant.py --seed N for each of --seeds (into its default source, the
    OneStopEnglish folder), ../shared/seed and ../shared/devset. A match catches a plant when it is on
    the plant's line (or one of its `also` lines) in a category the plant accepts, as
    ../shared/tools/score_articles.py scores copylint.
copylint alone (`check --format json`, no LanguageTool) runs on the planted sets to tell which catches
are new. "pre" counts catches where the rule already fired on that line of the clean original;
"off-category" counts plants whose line the rule newly fires on in a category the plant does not accept
(catches the category mapping loses; in brackets, those copylint misses). Rules run together, as
copylint runs them: where two rules' matches overlap, LanguageTool keeps one, so a rule run alone may
catch a little more.

Selection: rules with new catches, fewest false alarms first (then most new catches, then id), each
kept if it catches a plant that no kept rule and not copylint catches, while the kept rules' false
alarms together stay at or under --budget per 1,000 words of clean copy. Words are copylint's count
(Document.words); the whitespace count is printed beside it. Timings go to stderr, so stdout is the
same on every run against the same server.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

from copylint.discover import NOT_ARTICLES, expand
from copylint.document import LineIndex
from copylint.engines.languagetool import LanguageToolEngine
from copylint.parsing import parse
from copylint.sources import read

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CLEAN = SHARED / "corpora" / "clean-news"
CORPORA = [CLEAN / "onestopenglish-adv", CLEAN / "gum-wikinews", CLEAN / "wikinews-2019"]
PLANT_SRC = (CLEAN / "onestopenglish-adv").resolve()  # scripts/plant.py's default source
KEYED = [("seed", SHARED / "seed"), ("devset", SHARED / "devset")]
URL = "http://127.0.0.1:8081"
_RULE_ID = re.compile(r"\(LanguageTool ([A-Za-z0-9_]+)\)$")


def articles(folders: list[Path]) -> list[str]:
    return expand([str(f) for f in folders], exclude=NOT_ARTICLES)[0]


def rule_id(message: str) -> str:
    m = _RULE_ID.search(message)
    return m.group(1) if m else "UNKNOWN"


def languagetool(paths: list[str], url: str, jobs: int) -> dict[str, list[tuple[str, str, int, int, int]]]:
    """{path: [(LanguageTool rule id, copylint category, 1-based line, start, end)]}, every rule of the
    default set."""
    local = threading.local()

    def one(path: str) -> list[tuple[str, str, int, int, int]]:
        if not hasattr(local, "engine"):
            local.engine = LanguageToolEngine(url=url, rules=("all",))
        text = read(path).text
        found = local.engine.check(parse(text, path), None)
        if local.engine.unavailable:
            sys.exit(f"languagetool_rules: {local.engine.unavailable}")
        lines = LineIndex(text)
        return sorted((rule_id(f.message), f.category.value, lines.position(f.start)[0], f.start, f.end)
                      for f in found)

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return dict(zip(paths, pool.map(one, paths), strict=True))


def copylint_alone(paths: list[str]) -> dict[str, list[tuple[str, int]]]:
    """{path: [(category, line)]} from `copylint check --format json` without LanguageTool."""
    exe = Path(sys.executable).with_name("copylint")
    proc = subprocess.run([str(exe), "check", "--format", "json", "--no-config", *paths],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode not in (0, 1):
        sys.exit(f"languagetool_rules: copylint exited {proc.returncode}: {proc.stderr.strip()[-300:]}")
    out: dict[str, list[tuple[str, int]]] = {}
    for f in json.loads(proc.stdout)["files"]:
        path = str((ROOT / f["path"]).resolve())
        out[path] = [(d["category"], d["line"]) for d in f["findings"]]
    return out


def plants(name: str, folder: Path) -> list[dict]:
    """The plants of a keyed folder: set, path, kind, accept, lines (1-based, the line and its `also`)."""
    key = yaml.safe_load((folder / "key.yaml").read_text(encoding="utf-8"))
    out = []
    for article, spec in sorted(key.items()):
        path = folder / article
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, p in enumerate(spec.get("plants") or []):
            where = {_line_of(lines, p["find"])} | {_line_of(lines, s) for s in p.get("also", [])}
            out.append({"id": (name, article, i), "path": str(path.resolve()), "kind": p["kind"],
                        "accept": frozenset(p["accept"]), "lines": frozenset(where)})
    return out


def _line_of(lines: list[str], needle: str) -> int:
    hits = [i + 1 for i, line in enumerate(lines) if needle in line]
    if len(hits) != 1:
        sys.exit(f"languagetool_rules: key error: {needle!r} found on {len(hits)} lines")
    return hits[0]


def plant_sets(out: Path, seeds: list[int]) -> list[tuple[str, Path]]:
    sets = list(KEYED)
    for seed in seeds:
        folder = out / f"planted-{seed}"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "plant.py"), "--out", str(folder), "--seed", str(seed)],
                       check=True, stderr=subprocess.DEVNULL)
        sets.append((f"planted-{seed}", folder))
    return sets


def select(false: collections.Counter, new: dict[str, set], budget: float) -> tuple[list[str], int, set]:
    """Greedy: cheapest rules first, each kept if it adds a new catch within the false-alarm budget."""
    kept, spent, covered = [], 0, set()
    for r in sorted(new, key=lambda r: (false[r], -len(new[r]), r)):
        if new[r] - covered and spent + false[r] <= budget:
            kept.append(r)
            spent += false[r]
            covered |= new[r]
    return sorted(kept), spent, covered


def show(rule: str, lt_clean: dict, lt_planted: dict, keyed: list[dict], new: set, texts: dict) -> None:
    print(f"\n{rule} on clean copy:")
    for path, found in lt_clean.items():
        for r, _, n, start, end in found:
            if r == rule:
                print(f"  {Path(path).name}:{n}: {_context(read(path).text, start, end)}")
    print(f"{rule}, new catches:")
    for p in keyed:
        if p["id"] in new:
            for r, _, n, start, end in lt_planted[p["path"]]:
                if r == rule and n in p["lines"]:
                    where = f"{p['id'][0]}/{p['id'][1]}:{n} [{p['kind']}]"
                    print(f"  {where}: {_context(texts[p['path']], start, end)}")


def _context(text: str, start: int, end: int) -> str:
    window = text[max(0, start - 40) : start] + "[[" + text[start:end] + "]]" + text[end : end + 40]
    return window.replace("\n", " | ")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default=URL, help=f"LanguageTool server (default {URL})")
    ap.add_argument("--corpus", type=Path, action="append", help="clean folder (repeatable; default: clean-news)")
    ap.add_argument("--seeds", default="1,2", help="plant.py seeds (comma-separated; '' for none)")
    ap.add_argument("--budget", type=float, default=0.1, help="kept rules' false alarms per 1,000 clean words")
    ap.add_argument("--jobs", type=int, default=2, help="requests in flight to the server")
    ap.add_argument("--write", type=Path, metavar="FILE", help="write the kept rule ids as a JSON list")
    ap.add_argument("--show", action="append", default=[], metavar="RULE",
                    help="print this rule's matches on clean copy and its new catches")
    args = ap.parse_args(argv)
    corpora = args.corpus or CORPORA
    seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    clean = articles(corpora)
    if not clean:
        sys.exit("languagetool_rules: no clean articles found")

    words = collections.Counter()
    split_words = 0
    for path in clean:
        text = read(path).text
        words[next(str(c) for c in corpora if path.startswith(str(c)))] += parse(text, path).words()
        split_words += len(text.split())
    total_words = sum(words.values())

    with tempfile.TemporaryDirectory(prefix="lt-rules-") as tmp:
        sets = plant_sets(Path(tmp), seeds)
        keyed = [p for name, folder in sets for p in plants(name, folder)]
        planted_paths = sorted({p["path"] for p in keyed})
        t = time.perf_counter()
        lt_clean = languagetool(clean, args.url, args.jobs)
        print(f"LanguageTool on {len(clean)} clean articles: {time.perf_counter() - t:.0f} s", file=sys.stderr)
        t = time.perf_counter()
        lt_planted = languagetool(planted_paths, args.url, args.jobs)
        print(f"LanguageTool on {len(planted_paths)} planted articles: {time.perf_counter() - t:.0f} s",
              file=sys.stderr)
        t = time.perf_counter()
        alone = copylint_alone(planted_paths)
        print(f"copylint on the planted articles: {time.perf_counter() - t:.0f} s", file=sys.stderr)
        texts = {p: read(p).text for p in planted_paths} if args.show else {}

    false = collections.Counter(r for found in lt_clean.values() for r, *_ in found)
    category = {r: c for found in (*lt_clean.values(), *lt_planted.values()) for r, c, *_ in found}
    by_name = {Path(p).name: found for p, found in lt_clean.items() if Path(p).resolve().parent == PLANT_SRC}
    caught: dict[str, set] = collections.defaultdict(set)
    new: dict[str, set] = collections.defaultdict(set)
    pre, off, off_new = collections.Counter(), collections.Counter(), collections.Counter()
    copylint_caught = set()
    for p in keyed:
        if any(c in p["accept"] and n in p["lines"] for c, n in alone.get(p["path"], [])):
            copylint_caught.add(p["id"])
        planted = p["id"][0].startswith("planted-")
        before = {(r, n) for r, _, n, *_ in by_name.get(Path(p["path"]).name, [])} if planted else set()
        on_line = {(r, c, n) for r, c, n, *_ in lt_planted[p["path"]] if n in p["lines"]}
        accepted = {r for r, c, _ in on_line if c in p["accept"]}
        for r in accepted:
            caught[r].add(p["id"])
            if p["id"] not in copylint_caught:
                new[r].add(p["id"])
            pre[r] += all((r2, n) in before for r2, _, n in on_line if r2 == r)
        for r in {r for r, _, n in on_line if (r, n) not in before} - accepted:
            off[r] += 1
            off_new[r] += p["id"] not in copylint_caught

    sizes = collections.Counter(p["id"][0] for p in keyed)
    print(f"clean copy: {len(clean)} articles, {total_words:,} words (copylint's count; {split_words:,} "
          "by whitespace)")
    for c in corpora:
        print(f"  {c.name}: {len(articles([c]))} articles, {words[str(c)]:,} words")
    print("planted: " + ", ".join(f"{name} {sizes[name]} plants" for name, _ in sets)
          + f"; copylint alone catches {len(copylint_caught)} of {len(keyed)}")
    missed = collections.Counter(p["kind"] for p in keyed if p["id"] not in copylint_caught)
    print("copylint alone misses: " + ", ".join(f"{k} {n}" for k, n in sorted(missed.items())))
    print()
    per_k = lambda n: n * 1000 / total_words  # noqa: E731
    print("| LanguageTool rule | category | false alarms | per 1,000 words | caught | new | pre | off-category |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for r in sorted(set(false) | set(caught) | set(off), key=lambda r: (-false[r], -len(caught[r]), -off[r], r)):
        print(f"| {r} | {category[r]} | {false[r]} | {per_k(false[r]):.3f} | {len(caught[r])} | {len(new[r])} "
              f"| {pre[r]} | {off[r]} ({off_new[r]}) |")
    print(f"\nall rules: {sum(false.values())} false alarms ({per_k(sum(false.values())):.2f} per 1,000 words), "
          f"{len(set().union(*caught.values()))} plants caught, {len(set().union(*new.values()))} new")

    kept, spent, covered = select(false, {r: s for r, s in new.items() if s}, args.budget * total_words / 1000)
    print(f"\nkept ({len(kept)} rules; budget {args.budget} per 1,000 words = {args.budget * total_words / 1000:.1f} "
          f"false alarms): {spent} false alarms ({per_k(spent):.3f} per 1,000 words), {len(covered)} new catches")
    kinds = collections.Counter(p["kind"] for p in keyed if p["id"] in covered)
    print("new catches by kind: " + (", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "none"))
    for r in kept:
        print(f"  {r}")
    for r in args.show:
        show(r, lt_clean, lt_planted, keyed, new.get(r, set()), texts)
    if args.write:
        args.write.write_text(json.dumps(kept, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
