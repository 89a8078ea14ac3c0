"""Plain-text articles: headline first, then paragraphs.

Paragraphs are separated by blank lines; a file with no blank lines between its paragraphs has one
paragraph per line. Datelines, bylines, captions, list items and short title-like lines are told
apart from body paragraphs so that checkers meant for running prose leave them alone.
"""

from __future__ import annotations

import re

from copylint import document as d
from copylint.parsing import common

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$|[\"”’]\s*$")
_BYLINE = re.compile(r"^(?:by|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}(?:\s*(?:,|and|&)\s*.*)?$", re.I)
_CAPTION = re.compile(
    r"^(?:\(?(?:photo|image|caption|pictured|file photo|video)\b[^\n]{0,200}|.*\((?:AP|CP|Reuters|AFP)[^)]*photo[^)]*\)"
    r"|[^\n]{0,300}[.!?)]\s+\(?(?:image|photo|photograph|picture|credit)s?:\s*[^:\n.]{1,60}(?:\.(?:[^\s.]{1,20}\.?)?)?\)?)$",
    re.I,
)
_INNER_STOP = re.compile(r"[a-z][.!?][\"'”’]?\s+[A-Z]")  # one sentence ends and another begins
_ITEM = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")
_SMALL = frozenset("a an and as at but by for from in into of on or the to vs with".split())


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end-before-newline) of every line."""
    out = []
    for m in _LINE.finditer(text):
        if m.start() == len(text) and out:
            break
        s = m.start()
        e = m.end()
        while e > s and text[e - 1] in "\r\n":
            e -= 1
        out.append((s, e))
    return out


def _unwrap(text: str, group: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A group whose lines mostly end a sentence holds one paragraph per line (no blank lines between
    paragraphs); otherwise it is one paragraph wrapped over several lines."""
    if len(group) == 1:
        return [group]
    lines = [text[s:e] for s, e in group]
    ends = sum(bool(_TERMINAL.search(line)) for line in lines)
    if (
        ends >= 0.6 * len(lines)
        or max(map(len, lines)) > 110  # nobody wraps this wide: one paragraph per line
        or _ITEM.match(lines[1])
        or any(common.parse_date(line.strip().rstrip(".")) for line in lines)
    ):
        return [[ln] for ln in group]
    return [group]


def _title_like(line: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if not words or len(words) > 14 or line.lstrip()[:1].islower():
        return False
    if line.upper() == line:
        return True
    content = [w for w in words if w.lower() not in _SMALL]
    caps = sum(w[0].isupper() for w in content)
    return len(words) <= 3 or (bool(content) and caps / len(content) >= 0.6)


def classify(line: str, first: bool, n_lines: int) -> str:
    """The kind of a block from its text: item, date, caption, headline, byline, title or paragraph."""
    stripped = line.strip()
    if _ITEM.match(line):
        return d.ITEM
    if n_lines == 1 and common.line_date(stripped):
        return d.DATELINE
    if n_lines == 1 and _CAPTION.match(stripped):
        return d.CAPTION
    terminal = bool(_TERMINAL.search(stripped))
    if first and not terminal and len(stripped.split()) <= 20 and not _INNER_STOP.search(stripped):
        return d.HEADLINE  # a long first line, or one of several sentences, is a paragraph missing its period
    if n_lines == 1 and not terminal:
        if _BYLINE.match(stripped) and len(stripped.split()) <= 10:
            return d.BYLINE
        if _title_like(stripped):
            return d.TITLE
    return d.PARAGRAPH


def parse(text: str, path: str) -> d.Document:
    lines = [(s, e) for s, e in _lines(text)]
    groups: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    for s, e in lines:
        if text[s:e].strip():
            cur.append((s, e))
        elif cur:
            groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)
    groups = [part for g in groups for part in _unwrap(text, g)]

    chars = [c if c in "\r\n" else " " for c in text]
    blocks: list[d.Block] = []
    article_date = None
    dateline = None
    for g in groups:
        start = g[0][0] + (len(text[g[0][0] : g[0][1]]) - len(text[g[0][0] : g[0][1]].lstrip()))
        end = g[-1][1]
        while end > start and text[end - 1].isspace():
            end -= 1
        body = text[start:end]
        kind = classify(body, not blocks, len(g))
        if kind == d.ITEM and len(g) > 1:
            for s, e in g:  # each list line is its own item
                blocks.append(d.Block(d.ITEM, s, e, len(blocks)))
                common.copy(chars, text, s, e)
                common.mask_urls(chars, text, s, e)
            continue
        if kind == d.DATELINE and article_date is None:
            article_date = common.line_date(body)
        if kind == d.PARAGRAPH and dateline is None and not any(b.kind == d.PARAGRAPH for b in blocks):
            dateline = common.find_dateline(text, start, end)
        blocks.append(d.Block(kind, start, end, len(blocks)))
        common.copy(chars, text, start, end)
        common.mask_urls(chars, text, start, end)
    if article_date is None and dateline is not None:
        article_date = common.dateline_date(text, dateline)
    title = next((text[b.start : b.end] for b in blocks if b.kind == d.HEADLINE), None)
    return d.Document(
        path=path,
        text=text,
        masked="".join(chars),
        format="text",
        blocks=tuple(blocks),
        title=title,
        date=article_date,
        dateline=dateline,
    )
