"""LanguageTool alone, copylint alone and copylint with LanguageTool, side by side in one run.

usage: python benchmarks/languagetool.py [--url URL] [--rules FILE] [--corpus DIR ...] [--seeds 1,2] [--jobs 1]

Every configuration is one `copylint check --format json` child process over the same files: the clean
news corpora (--corpus; default the three clean-news folders), ../shared/seed, ../shared/devset and
the sets scripts/plant.py writes for each of --seeds. The configurations:
  LanguageTool alone     the engine with every rule of LanguageTool's default set and no built-in
                         checker (--select of the engine's rule ids), so nothing is dropped for overlap
  copylint               built-in checkers only (--no-config)
  + LanguageTool (all)   `languagetool-rules: [all]`
  + --languagetool=URL   the engine's default rule set (DEFAULT_RULES)
  + kept rules           `languagetool-rules:` from --rules (a JSON list, as scripts/languagetool_rules.py
                         --write gives; default: DEFAULT_RULES; when it is that set, the row above is it)
Recall per kind is scored as ../shared/tools/score_articles.py scores (a finding on the plant's line, or
an `also` line, in a category the plant accepts). False alarms per 1,000 words on clean copy count the
language categories (spelling, typo, grammar, punctuation, numbers), as the scorer does; "all findings"
counts every category (counts in brackets). Words are copylint's count (Document.words). Memory: the
child's max RSS (os.wait4); the LanguageTool server's resident and peak memory (VmRSS, VmHWM of the java
process found with `pgrep -f HTTPServer`; the peak is since the server started). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from copylint.discover import NOT_ARTICLES, expand
from copylint.engines.languagetool import DEFAULT_RULES, RULE, RULES
from copylint.parsing import parse
from copylint.sources import read

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CLEAN = SHARED / "corpora" / "clean-news"
CORPORA = [CLEAN / "onestopenglish-adv", CLEAN / "gum-wikinews", CLEAN / "wikinews-2019"]
KEYED = [("seed", SHARED / "seed"), ("devset", SHARED / "devset")]
URL = "http://127.0.0.1:8081"
LANGUAGE = frozenset({"spelling", "typo", "grammar", "punctuation", "numbers"})
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def plants(name: str, folder: Path) -> tuple[list[dict], dict[str, set[int]]]:
    """The plants of a keyed folder (path, kind, accept, lines) and each article's neutral lines."""
    key = yaml.safe_load((folder / "key.yaml").read_text(encoding="utf-8"))
    out, neutral = [], {}
    for article, spec in sorted(key.items()):
        path = str((folder / article).resolve())
        lines = (folder / article).read_text(encoding="utf-8").splitlines()
        for p in spec.get("plants") or []:
            where = {_line_of(lines, p["find"])} | {_line_of(lines, s) for s in p.get("also", [])}
            out.append({"set": name, "path": path, "kind": p["kind"], "accept": set(p["accept"]), "lines": where})
        neutral[path] = {_line_of(lines, s) for s in spec.get("neutral") or []}
    return out, neutral


def _line_of(lines: list[str], needle: str) -> int:
    hits = [i + 1 for i, line in enumerate(lines) if needle in line]
    if len(hits) != 1:
        sys.exit(f"bench: key error: {needle!r} found on {len(hits)} lines")
    return hits[0]


def server() -> int | None:
    done = subprocess.run(["pgrep", "-f", "HTTPServer"], capture_output=True, text=True)
    pids = [int(p) for p in done.stdout.split()]
    for pid in pids:
        try:
            if Path(f"/proc/{pid}/comm").read_text().strip() == "java":
                return pid
        except OSError:
            continue
    return None


def server_memory(pid: int | None) -> tuple[float, float] | None:
    """(VmRSS, VmHWM) in MB."""
    if pid is None:
        return None
    try:
        status = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
    except OSError:
        return None
    return int(status["VmRSS"].split()[0]) / 1024, int(status["VmHWM"].split()[0]) / 1024


def run(args: list[str], paths: list[str]) -> tuple[dict[str, list[dict]], float, float]:
    """{path: findings}, wall seconds and max RSS (MB) of one `copylint check --format json` process."""
    exe = str(Path(sys.executable).with_name("copylint"))
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen([exe, "check", "--format", "json", *args, *paths], stdout=out, stderr=err,
                                cwd=ROOT, env=ENV)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stderr = err.read().decode()
        if code not in (0, 1) or "LanguageTool skipped" in stderr:
            sys.exit(f"bench: copylint {' '.join(args)} exited {code}: {stderr.strip()[-300:]}")
        data = json.loads(out.read())
    found = {str((ROOT / f["path"]).resolve()): f["findings"] for f in data["files"]}
    return found, wall, usage.ru_maxrss / 1024


def lt_rule(finding: dict) -> str | None:
    m = finding["message"]
    return m[m.rfind("(LanguageTool ") + 14 : -1] if m.endswith(")") and "(LanguageTool " in m else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default=URL, help=f"LanguageTool server (default {URL})")
    ap.add_argument("--rules", type=Path, metavar="FILE", help="JSON list of kept LanguageTool rule ids")
    ap.add_argument("--corpus", type=Path, action="append", help="clean folder (repeatable; default: clean-news)")
    ap.add_argument("--seeds", default="1,2", help="plant.py seeds (comma-separated; '' for none)")
    ap.add_argument("--jobs", type=int, default=1, help="copylint --jobs (default 1)")
    args = ap.parse_args(argv)
    corpora = args.corpus or CORPORA
    seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    kept = tuple(json.loads(args.rules.read_text(encoding="utf-8"))) if args.rules else DEFAULT_RULES
    clean = [str(Path(p).resolve()) for p in expand([str(c) for c in corpora], exclude=NOT_ARTICLES)[0]]
    words = sum(parse(read(p).text, p).words() for p in clean)
    pid = server()

    with tempfile.TemporaryDirectory(prefix="lt-bench-") as tmp:
        sets = list(KEYED)
        for seed in seeds:
            folder = Path(tmp) / f"planted-{seed}"
            subprocess.run([sys.executable, str(ROOT / "scripts" / "plant.py"), "--out", str(folder), "--seed",
                            str(seed)], check=True, stderr=subprocess.DEVNULL)
            sets.append((f"planted-{seed}", folder))
        keyed, neutral = [], {}
        for name, folder in sets:
            p, n = plants(name, folder)
            keyed += p
            neutral |= n
        paths = clean + sorted(neutral)
        all_words = words + sum(parse(read(p).text, p).words() for p in sorted(neutral))

        def config(name: str, rules) -> str:
            path = Path(tmp) / f"{name}.yaml"
            path.write_text(yaml.safe_dump({"languagetool": args.url, "languagetool-rules": list(rules)}),
                            encoding="utf-8")
            return str(path)

        jobs = ["--jobs", str(args.jobs)]
        lt_ids = ",".join(sorted(RULES - {RULE}) + [RULE])
        same = set(kept) == set(DEFAULT_RULES)
        runs = [("LanguageTool alone (all rules)", ["--config", config("all", ["all"]), "--select", lt_ids]),
                ("copylint", ["--no-config"]),
                ("copylint + LanguageTool (all rules)", ["--config", config("all", ["all"])]),
                (f"copylint --languagetool=URL (default{' = kept' if same else ''}: {len(DEFAULT_RULES)} rules)",
                 ["--no-config", f"--languagetool={args.url}"])]
        if not same:
            runs.append((f"copylint + kept rules ({len(kept)})", ["--config", config("kept", kept)]))
        results = []
        for label, extra in runs:
            found, wall, rss = run([*extra, *jobs], paths)
            results.append((label, found, wall, rss, server_memory(pid)))
            print(f"{label}: {wall:.0f} s, {rss:.0f} MB", file=sys.stderr)

    # "copylint + kept rules" again, from the all-rules run: its LanguageTool findings filtered by rule id.
    all_run = results[2][1]
    filtered = {p: [f for f in fs if lt_rule(f) is None or lt_rule(f) in kept] for p, fs in all_run.items()}
    direct = results[-1][1]
    differ = 0
    for p in set(filtered) | set(direct):
        a = collections.Counter(json.dumps(f, sort_keys=True) for f in filtered.get(p, []))
        b = collections.Counter(json.dumps(f, sort_keys=True) for f in direct.get(p, []))
        differ += sum(((a - b) + (b - a)).values())

    def caught(found: dict, p: dict) -> bool:
        return any(f["line"] in p["lines"] and f["category"] in p["accept"] for f in found.get(p["path"], []))

    group = {name: "planted" if name.startswith("planted-") else name for name, _ in sets}
    article_group = {p["path"]: group[p["set"]] for p in keyed}
    skip = {path: set(lines) for path, lines in neutral.items()}  # plant and neutral lines: not false alarms
    for p in keyed:
        skip[p["path"]] |= p["lines"]
    order = list(dict.fromkeys(group.values()))  # seed, devset, planted
    kinds = sorted({(group[p["set"]], p["kind"]) for p in keyed}, key=lambda k: (order.index(k[0]), k[1]))
    labels = [r[0] for r in results]
    print(f"clean copy: {len(clean)} articles, {words:,} words; planted: "
          + ", ".join(f"{name} {sum(p['set'] == name for p in keyed)} plants" for name, _ in sets)
          + f"; {len(paths)} files ({all_words:,} words) per run, copylint --jobs {args.jobs}; LanguageTool server "
          + (f"pid {pid}" if pid else "memory not found") + "\n")
    print("| | " + " | ".join(labels) + " |")
    print("|---|" + "---:|" * len(labels))
    row = lambda name, cells: print(f"| {name} | " + " | ".join(cells) + " |")  # noqa: E731
    for g, kind in kinds:
        ps = [p for p in keyed if group[p["set"]] == g and p["kind"] == kind]
        row(f"{g}: {kind}", [f"{sum(caught(found, p) for p in ps)}/{len(ps)}" for _, found, *_ in results])
    for g in order:
        ps = [p for p in keyed if group[p["set"]] == g]
        hits = [sum(caught(found, p) for p in ps) for _, found, *_ in results]
        row(f"**{g}: recall**", [f"**{n}/{len(ps)} ({n / max(len(ps), 1):.0%})**" for n in hits])
    per_k = lambda n: f"{n * 1000 / words:.2f} ({n})"  # noqa: E731
    row("seed + devset: false alarms (as score_articles)",
        [str(sum(f["category"] in LANGUAGE and f["line"] not in skip[p] for p, fs in found.items()
                 if article_group.get(p) in ("seed", "devset") for f in fs)) for _, found, *_ in results])
    row("clean: false alarms per 1,000 words (language categories)",
        [per_k(sum(f["category"] in LANGUAGE for p in clean for f in found.get(p, []))) for _, found, *_ in results])
    row("clean: all findings per 1,000 words",
        [per_k(sum(len(found.get(p, [])) for p in clean)) for _, found, *_ in results])
    row(f"wall time, {len(paths)} files (s)", [f"{wall:.1f}" for _, _, wall, _, _ in results])
    row("copylint process peak memory (MB)", [f"{rss:.0f}" for _, _, _, rss, _ in results])
    row("LanguageTool server memory after the run, resident / peak (MB)",
        [f"{m[0]:.0f} / {m[1]:.0f}" if m else "-" for *_, m in results])
    print(f"\nkept rules: {', '.join(kept) or 'none'}. The all-rules run's findings filtered to them and the "
          f"kept-rules run differ by {differ} findings (LanguageTool keeps one of two overlapping matches of "
          "different rules, so a rule run with fewer others can match more).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
