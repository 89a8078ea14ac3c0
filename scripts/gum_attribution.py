"""Measure copylint's attribution cues against the attributions marked in GUM's RST trees.

usage: python scripts/gum_attribution.py [--corpus DIR] [--show-misses N] [--show-false N]

DIR (default: ../shared/corpora/gum-rst beside this repository) holds GUM_news_*.rs4 and
GUM_interview_*.rs4, read in place. An rs4 file is RST XML: <body> lists <segment id parent relname>
elements, one elementary discourse unit each, as space-separated tokens in document order, then <group id
type=span|multinuc parent relname/> internal nodes, then <signals> (token numbers, 1-based over the whole
document) and <secedges>. No paragraphs or sentences are marked; headings are segments with relname
organization-heading. Direction: a satellite points at its nucleus with parent=, its relname naming the
relation; a nucleus points at its span group with relname=span; multinuc children carry the multinuc
relation's name. So the ATTRIBUTING node is the one whose relname is attribution-positive or
attribution-negative ("she said", "according to the report"), and its parent is what is attributed.
About one in seven such satellites is a group ("Citing privacy rules , U.S. officials have not said").

Units. A gold unit is one attributing satellite with all the segments under it (one, or a group's
leaves). The text is rebuilt by joining tokens (no space before , . ; : ? ! ) ] } closing quotes and
clitics 's n't 're ..., none after ( [ { and opening quotes; a straight quote opens or closes by parity),
headings and each sentence ending outside quotes as a paragraph (the files mark none; GUM's tokens keep
stray quote marks, so a quote still open after four sentences is taken for a stray and parity restarts:
a stray blanks a few sentences, not the rest of the document), and parsed as plain text by copylint.
speech_cue and claim_cue are run as the pipeline runs them: over each sentence with direct quotations
blanked (doc.speech.outside_quotes); every match is found by blanking the text up to the previous match's end and
searching again. A segment is detected when a match starts inside it. Precision: detected segments that lie
in a gold unit. Recall: gold units with at least one detected segment. Figures per genre (news, interview)
and overall, to stdout.
"""

from __future__ import annotations

import argparse
import bisect
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from copylint.nlp.attribution import claim_cue, speech_cue
from copylint.parsing import parse

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "gum-rst"
ATTRIBUTION = frozenset({"attribution-positive", "attribution-negative"})
GENRES = ("news", "interview")
CUES: dict[str, Callable] = {"speech_cue": speech_cue, "claim_cue": claim_cue}
_LEFT = frozenset(",.;:?!)]}%”’…") | {"'", "''", "n't", "'s", "'re", "'ll", "'ve", "'m", "'d", "...", "-RRB-"}
_OPEN = frozenset("([{“‘$") | {"``", "-LRB-"}
LONGEST = 4  # sentences a straight quote may stay open before it is taken for a stray mark


@dataclass(frozen=True)
class Seg:
    id: str
    text: str
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Unit:
    """An attributing satellite: its segments (document order) and the attributed content."""

    id: str
    rel: str
    segs: tuple[str, ...]
    content: str


@dataclass
class Doc:
    name: str
    genre: str
    text: str
    segs: list[Seg]
    units: list[Unit]


@dataclass(frozen=True)
class Hit:
    seg: str
    cue: str  # the matched text


@dataclass
class Tally:
    gold: int = 0  # gold units
    found: int = 0  # gold units detected
    detected: int = 0  # detected segments
    right: int = 0  # detected segments inside a gold unit


class BadInput(Exception):
    pass


def genre(name: str) -> str | None:
    return next((g for g in GENRES if name.startswith(f"GUM_{g}_")), None)


def rebuild(raw: list[tuple[str, str, bool]]) -> tuple[str, list[Seg]]:
    """(id, tokens, heading) -> text and segments with spans. Headings stand as paragraphs, and so does
    each sentence that ends outside quotes, so that a stray quote mark blanks one paragraph, not the rest."""
    out: list[str] = []
    segs = []
    pos = 0
    glue = True  # no space before the next token
    dq = 0  # straight double quotes so far
    brk = False  # a paragraph break is due
    held = 0  # sentences ended inside an open straight quote
    for sid, toks, heading in raw:
        if segs and (heading or brk):
            out.append("\n\n")
            pos += 2
            glue = True
        start = None
        for tok in toks.split():
            closing = tok == '"' and dq % 2 == 1
            if tok == '"':
                dq += 1
            if not glue and not (tok in _LEFT or closing):
                out.append(" ")
                pos += 1
            if start is None:
                start = pos
            out.append(tok)
            pos += len(tok)
            glue = tok in _OPEN or (tok == '"' and not closing)
        if start is None:
            start = pos
        tail = [t for t in toks.split() if t != '"'][-1:]
        if tail in (["."], ["?"], ["!"]):
            held = held + 1 if dq % 2 else 0
            if held >= LONGEST:  # a stray mark, not a quotation: start afresh
                dq = held = 0
        brk = heading or (dq % 2 == 0 and tail in (["."], ["?"], ["!"]))
        segs.append(Seg(sid, "", start, pos))
    text = "".join(out)
    return text, [Seg(s.id, text[s.start : s.end], s.start, s.end) for s in segs]


def load(path: Path) -> Doc:
    try:
        body = ET.parse(path).getroot().find("body")
    except (ET.ParseError, OSError) as e:
        raise BadInput(f"{path.name}: {e}") from None
    if body is None:
        raise BadInput(f"{path.name}: no <body>")
    raw = []
    parent: dict[str, str] = {}
    rel: dict[str, str] = {}
    for el in body:
        if el.tag not in ("segment", "group") or not el.get("id"):
            continue
        nid = el.get("id", "")
        if el.get("parent"):
            parent[nid] = el.get("parent", "")
        rel[nid] = el.get("relname", "")
        if el.tag == "segment":
            raw.append((nid, el.text or "", rel[nid] == "organization-heading"))
    text, segs = rebuild(raw)
    by_id = {s.id: s for s in segs}
    kids: dict[str, list[str]] = {}
    for c, p in parent.items():
        kids.setdefault(p, []).append(c)

    def leaves(nid: str) -> set[str]:
        out, todo, seen = set(), [nid], set()
        while todo:
            n = todo.pop()
            if n in seen:
                continue
            seen.add(n)
            if n in by_id:
                out.add(n)
            todo.extend(kids.get(n, ()))
        return out

    order = {s.id: i for i, s in enumerate(segs)}
    units = []
    for nid in sorted(rel, key=lambda n: (min((order[x] for x in leaves(n)), default=0), n)):
        if rel[nid] not in ATTRIBUTION:
            continue
        own = leaves(nid)
        content = sorted(leaves(parent.get(nid, "")) - own, key=order.__getitem__)
        units.append(Unit(nid, rel[nid], tuple(sorted(own, key=order.__getitem__)),
                          " ".join(by_id[s].text for s in content)))
    g = genre(path.name)
    return Doc(path.stem, g or "", text, segs, units)


def hits(doc: Doc, cue: Callable) -> list[Hit]:
    """Every cue match outside quotations, by the segment it starts in (document order, one per segment)."""
    parsed = parse(doc.text, f"{doc.name}.txt", "text")
    starts = [s.start for s in doc.segs]
    out: dict[str, Hit] = {}
    for s in parsed.sentences:
        plain = parsed.speech.outside_quotes(s.start, s.end)
        while m := cue(plain):
            at = s.start + m.start()
            i = bisect.bisect_right(starts, at) - 1
            if i >= 0 and at < doc.segs[i].end:
                out.setdefault(doc.segs[i].id, Hit(doc.segs[i].id, m.group()))
            plain = " " * max(m.end(), m.start() + 1) + plain[max(m.end(), m.start() + 1) :]
    order = {s.id: i for i, s in enumerate(doc.segs)}
    return sorted(out.values(), key=lambda h: order[h.seg])


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    -"


def clip(s: str, n: int = 110) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--show-misses", type=int, default=0, metavar="N")
    ap.add_argument("--show-false", type=int, default=0, metavar="N")
    args = ap.parse_args(argv)
    files = sorted(p for p in args.corpus.glob("GUM_*.rs4") if genre(p.name)) if args.corpus.is_dir() else []
    if not files:
        print(f"gum_attribution: no GUM_news_*/GUM_interview_*.rs4 files in {args.corpus}", file=sys.stderr)
        return 2
    try:
        docs = [load(p) for p in files]
    except BadInput as e:
        print(f"gum_attribution: {e}", file=sys.stderr)
        return 2
    tally = {(c, g): Tally() for c in CUES for g in (*GENRES, "all")}
    misses: dict[str, list[tuple[Doc, Unit]]] = {c: [] for c in CUES}
    false: dict[str, list[tuple[Doc, Hit]]] = {c: [] for c in CUES}
    for doc in docs:
        gold = {s for u in doc.units for s in u.segs}
        for c, fn in CUES.items():
            found = hits(doc, fn)
            seen = {h.seg for h in found}
            for t in (tally[c, doc.genre], tally[c, "all"]):
                t.gold += len(doc.units)
                t.found += sum(1 for u in doc.units if seen & set(u.segs))
                t.detected += len(found)
                t.right += sum(1 for h in found if h.seg in gold)
            misses[c] += [(doc, u) for u in doc.units if not seen & set(u.segs)]
            false[c] += [(doc, h) for h in found if h.seg not in gold]
    n = {g: sum(1 for d in docs if d.genre == g or g == "all") for g in (*GENRES, "all")}
    segs = {g: sum(len(d.segs) for d in docs if d.genre == g or g == "all") for g in (*GENRES, "all")}
    print(f"{'cue':<11} {'genre':<10} {'docs':>4} {'segs':>5} {'gold':>5} {'found':>5} {'recall':>7}"
          f" {'detected':>8} {'right':>5} {'precision':>9}")
    for (c, g), t in tally.items():
        print(f"{c:<11} {g:<10} {n[g]:>4} {segs[g]:>5} {t.gold:>5} {t.found:>5} {pct(t.found, t.gold):>7}"
              f" {t.detected:>8} {t.right:>5} {pct(t.right, t.detected):>9}")
    by_id = {d.name: {s.id: s for s in d.segs} for d in docs}
    for c in CUES:
        if args.show_misses:
            print(f"\nmissed by {c} (first {args.show_misses} of {len(misses[c])}):")
        for doc, u in misses[c][: args.show_misses]:
            said = " ".join(by_id[doc.name][s].text for s in u.segs)
            print(f"  {doc.name}#{u.id} [{u.rel[12:]}] {clip(said, 70)!r}\n      -> {clip(u.content)!r}")
        if args.show_false:
            print(f"\nfalse detections by {c} (first {args.show_false} of {len(false[c])}):")
        for doc, h in false[c][: args.show_false]:
            print(f"  {doc.name}#{h.seg} {h.cue!r} in {clip(by_id[doc.name][h.seg].text)!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
