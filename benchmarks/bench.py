"""copylint against proselint, side by side in one run.

usage: python benchmarks/bench.py [--rounds 5] [--big-mb 20] [--skip-big] [--corpus DIR]

Measures, for both tools with their default checks, as child processes:
  (a) a cold `check` of one article of about 1,000 words (median of --rounds runs);
  (b) throughput on the clean-news corpus (one process over every file) and on one large file made
      by repeating those articles to --big-mb MB (copylint on one core, --jobs 1); copylint's
      cost per MB at 1 MB and at the large size shows whether it is linear;
  (c) peak memory (max RSS) of each run;
and copylint --jobs 2 against --jobs 1 on the corpus. Prints a table with the ratios.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "clean-news" / "onestopenglish-adv"


def tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        sys.exit(f"bench: {name} is not installed (pip install -e '.[bench]')")
    return found


# Both tools run as installed: bytecode cached (pip compiles it at install; an editable install writes
# it on first import), so a PYTHONDONTWRITEBYTECODE in the caller's environment is dropped.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS in MB of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"bench: {' '.join(cmd[:3])} ... exited {code}: {proc.stderr.read().decode()[-300:]}")
    return elapsed, usage.ru_maxrss / 1024


def median_run(cmd: list[str], rounds: int, warm: bool = True) -> tuple[float, float]:
    if warm:
        timed(cmd)  # warm-up: bytecode and the page cache, as on any run after the first
    runs = [timed(cmd) for _ in range(rounds)]
    return statistics.median(t for t, _ in runs), max(m for _, m in runs)


def pick_article(files: list[Path]) -> Path:
    return min(files, key=lambda p: abs(len(p.read_text(encoding="utf-8-sig").split()) - 1000))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--big-mb", type=float, default=20)
    ap.add_argument("--skip-big", action="store_true")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"bench: corpus not found: {args.corpus}")
    copylint, proselint = tool("copylint"), tool("proselint")
    files = sorted(p for p in args.corpus.glob("*.txt") if p.name != "SOURCE.txt")
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    article = pick_article(files)
    cl = [copylint, "check", "--no-config", "--jobs", "1"]
    pl = [proselint, "check"]
    rows = []

    def row(name, mb, c, p):
        rows.append((name, mb, c, p))

    # (a) cold start on one article
    c = median_run([*cl, str(article)], args.rounds)
    p = median_run([*pl, str(article)], args.rounds)
    row(f"cold, one article ({len(article.read_text(encoding='utf-8-sig').split())} words)", None, c, p)
    # (b) the corpus in one process
    c = median_run([*cl, *map(str, files)], args.rounds)
    p = median_run([*pl, *map(str, files)], max(1, args.rounds // 2))
    row(f"corpus, {len(files)} files", size_mb, c, p)
    with tempfile.TemporaryDirectory() as tmp:
        text = "\n\n".join(f.read_text(encoding="utf-8-sig") for f in files)
        one = Path(tmp, "one-mb.txt")
        one.write_text((text * (int(1e6 / len(text)) + 1))[: int(1e6)])
        c1 = median_run([*cl, str(one)], args.rounds)
        row("one 1 MB file", 1.0, c1, None)
        if not args.skip_big:
            big = Path(tmp, "big.txt")
            n = int(args.big_mb * 1e6)
            big.write_text((text * (n // len(text) + 1))[:n])
            cb = median_run([*cl, str(big)], 1, warm=False)
            pb = median_run([*pl, str(big)], 1, warm=False)
            row(f"one {args.big_mb:g} MB file", args.big_mb, cb, pb)
    c2 = median_run([copylint, "check", "--no-config", "--jobs", "2", *map(str, files)], args.rounds)

    print(f"{'run':<34} {'copylint s':>10} {'MB/s':>6} {'MB RSS':>7} | {'proselint s':>11} {'MB/s':>6} "
          f"{'MB RSS':>7} | {'speed ratio':>11}")
    for name, mb, (ct, cm), prose in rows:
        rate = f"{mb / ct:6.2f}" if mb else " " * 6
        line = f"{name:<34} {ct:10.3f} {rate} {cm:7.0f} |"
        if prose:
            pt, pm = prose
            prate = f"{mb / pt:6.2f}" if mb else " " * 6
            line += f" {pt:11.3f} {prate} {pm:7.0f} | {pt / ct:10.2f}x"
        else:
            line += " " * 29 + "|"
        print(line)
    corpus_t = rows[1][2][0]
    print(f"copylint --jobs 2 on the corpus: {c2[0]:.3f} s ({corpus_t / c2[0]:.2f}x the --jobs 1 speed)")
    if not args.skip_big:
        per_mb_1 = c1[0] / 1.0
        per_mb_big = rows[-1][2][0] / args.big_mb
        print(f"linearity: {per_mb_1:.2f} s/MB at 1 MB, {per_mb_big:.2f} s/MB at {args.big_mb:g} MB "
              f"({per_mb_big / per_mb_1:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
