"""Remove GUM's gold attributions from the GUM news articles, one per copy, and write an answer key.

usage: python scripts/plant_gum.py --out DIR [--corpus RST_DIR] [--clean TEXT_DIR]

The attributing segments are GUM's own (its `attribution-positive` and `attribution-negative` relations,
read by gum_attribution.py from RST_DIR, default ../shared/corpora/gum-rst), not any detector's. Each is
found in the published article it was annotated on (TEXT_DIR, default
../shared/corpora/clean-news/gum-wikinews/text: the same Wikinews stories with their paragraphs), matched
with whitespace and quote styles set aside and taken nearest to the content it attributes. It is removed
the way a careless writer would ('..., she said.' -> '....'; 'Police said that the ...' -> 'The ...';
'According to NASA, the ...' -> 'The ...'; '"...," he said.' -> '"...."'), and kept only where the sentence
left reads cleanly, holds no other cue and has no cue in reach (the rules of plant_attribution.py: for a
quotation none in its paragraph or carried from the one before; for a statement none earlier in the
paragraph or in the sentence before). Plants are classed with plant_attribution.py's kinds.

Writes DIR/<article>__gum__<unit id>.txt, DIR/key.yaml (the scorer's form) and DIR/sites.jsonl, and a table
of units found, placed and planted per kind to stderr. Then:

    python ../shared/tools/score_articles.py COPYLINT DIR/key.yaml DIR
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import gum_attribution as gum
import plant_attribution as pa
from planting import write

HERE = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
_FOLD = str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'", "`": "'"})


def _squeeze(text: str) -> tuple[str, list[int]]:
    """text without whitespace, quotes folded, and each kept character's offset in text."""
    keep = [(i, c) for i, c in enumerate(text) if not c.isspace()]
    return "".join(c for _, c in keep).translate(_FOLD).replace("''", '"'), [i for i, _ in keep]


def _key(text: str) -> str:
    return "".join(text.split()).translate(_FOLD).replace("''", '"').replace("``", '"')


def locate(raw: str, unit: str, content: str) -> tuple[int, int] | None:
    """The span of the attributing text in raw: its occurrence nearest the start of the content."""
    flat, offs = _squeeze(raw)
    if len(flat) != len(offs):  # a folded '' shortened the text: offsets no longer line up
        return None
    k = _key(unit)
    hits = [m.start() for m in re.finditer(re.escape(k), flat)] if k else []
    if not hits:
        return None
    c = flat.find(_key(content)[:40]) if content.strip() else -1
    at = min(hits, key=lambda h: abs(h - c)) if c >= 0 else (hits[0] if len(hits) == 1 else None)
    if at is None:
        return None
    return offs[at], offs[at + len(k) - 1] + 1


_CLAUSE_OPENERS = frozenset("the a an it he she they we there this these those his her their its some many most all "
                            "no every each our one".split())


def remove(sentence: str, a: int, b: int) -> str | None:
    """The sentence with [a, b) taken out and mended, None where it would not read cleanly."""
    tag = sentence[a:b].strip()
    if (sentence.count('"') % 2 or sentence.count("“") != sentence.count("”")
            or sentence.count("''") != sentence.count("``")):
        return None  # inside a quotation that runs on from or into another sentence
    conj = re.match(r"(?:and|but)\s+", tag)  # 'and South Korea says the ...' keeps its 'and'
    left, right = (sentence[:a].rstrip() + (" " + conj.group().strip() if conj else "")).strip(), sentence[b:].strip()
    right = re.sub(r"^,\s*", "", right)
    if re.match(r"that\s", right):  # 'said that the ...': drop 'that' only before what opens a clause
        nxt = right.split()[1] if len(right.split()) > 1 else ""
        if not (nxt[:1].isupper() or nxt[:1].isdigit() or nxt.lower() in _CLAUSE_OPENERS):
            return None  # 'estimates that number is ...': 'that' is a determiner
        right = right[5:]
    if tag.endswith((".", "?", "!")) and not right:  # '..., she said.' / '"...," he said.'
        left = re.sub(r",(?=[\"”’']?$)", ".", left) if re.search(r",[\"”’']?$", left) else left
        new = left if left.endswith((".", "?", "!", '"', "”")) else left + "."
    elif not left:  # 'Police said (that) the ...' / 'According to NASA, the ...'
        new = pa._cap(right)
    else:  # a tag in the middle: '"...," she said, "..."', 'The hit, Wikinews observed, was ...'
        if tag.endswith(","):
            left = left.rstrip(",")
        new = re.sub(r",\s*,", ",", f"{left} {right}")
        new = re.sub(r"\s+([,.;:?!])", r"\1", new)
    if re.match(r"[\"“]?(?:where|when|how|why|what|whether|if)\b", new, re.I):
        return None  # 'announces where the orbiters will go': no statement left
    new = " ".join(new.split())
    if len(new.split()) < 4 or re.search(r"\s[,.]|,,|,\.|\.\.(?!\.)|^\W*$|^[,;:]", new):
        return None
    return new


def plants(doc: gum.Doc, raw: str):
    """(unit id, line, start, end, new sentence) for each gold unit that can be removed cleanly."""
    lines = raw.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    by_id = {s.id: s for s in doc.segs}
    for u in doc.units:
        text = " ".join(by_id[x].text for x in u.segs)
        if not pa._CUE.search(text):
            yield u.id, None  # no reporting word ('Image: NASA.', 'proving to the world that'): nothing to drop
            continue
        span = locate(raw, text, u.content)
        if span is None:
            yield u.id, None
            continue
        a, b = span
        i = max(k for k, s in enumerate(starts) if s <= a)
        line, off = lines[i], starts[i]
        sent = next(((s, e) for s, e in pa._sentences(line) if s <= a - off < e), None)
        if sent is None or b - off > sent[1] + 1 or i == 0:
            yield u.id, None
            continue
        s, e = sent
        new = remove(line[s:e], a - off - s, b - off - s)
        if new is None or pa._CUE.search(new) or pa.cue_in_reach(lines, i, s, e, new):
            yield u.id, None
            continue
        yield u.id, (i, s, e, new)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, default=HERE / "gum-rst")
    ap.add_argument("--clean", type=Path, default=HERE / "clean-news" / "gum-wikinews" / "text")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir() or not args.clean.is_dir():
        print(f"plant_gum: no GUM corpus at {args.corpus} or {args.clean}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    key: dict[str, dict] = {}
    records: list[dict] = []
    units = placed = 0
    by_kind: Counter[str] = Counter()
    for path in sorted(args.corpus.glob("GUM_news_*.rs4")):
        src = args.clean / f"{path.stem}.txt"
        if not src.exists():
            continue
        raw = src.read_text(encoding="utf-8-sig")
        clean = raw.split("\n")
        doc = gum.load(path)
        for uid, got in plants(doc, raw):
            units += 1
            if got is None:
                continue
            placed += 1
            i, s, e, new = got
            lines = list(clean)
            original = lines[i][s:e]
            lines[i] = lines[i][:s] + new + lines[i][e:]
            find = pa._find(lines, i, new)
            if find is None:
                continue
            kind = pa.kind_of(new)
            name = f"{path.stem}__gum__{uid}.txt"
            (args.out / name).write_text("\n".join(lines), encoding="utf-8")
            key[name] = {"plants": [{"kind": kind, "find": find, "accept": ["attribution"], "fix": original}],
                         "neutral": []}
            records.append({"file": name, "kind": kind, "removal": "gum", "original": original, "planted": new,
                            "find": find})
            by_kind[kind] += 1
    write(args.out, key, records)
    print(f"gold units {units}, removable {placed}, planted {len(records)}", file=sys.stderr)
    for k in pa.KINDS:
        print(f"{k:<12} {by_kind[k]:>6}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
