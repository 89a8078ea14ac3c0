"""Markdown articles through markdown-it-py.

Front matter (its `title:` and `date:` kept), code, HTML, tables, URLs, link targets, footnote marks
and markup are masked; headings, paragraphs, block quotes, list items and footnote definitions become
blocks. Block tokens carry line maps; inline markup is masked with patterns over each block's source
lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from copylint import document as d
from copylint.document import LineIndex
from copylint.parsing import common, plaintext

_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)*[ \t]*")
_ITEM_MARK = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?[ \t]+")
_HEADING_MARK = re.compile(r"#{1,6}(?:[ \t]+|$)")
_HEADING_TAIL = re.compile(r"[ \t]+#+[ \t]*$")
_SETEXT = re.compile(r"[ \t]*(?:=+|-+)[ \t]*$")
_NOTE_MARK = re.compile(r"\[\^[^\]\s]+\]:[ \t]*")  # "[^2]: " opening a footnote definition

# (pattern, groups to keep): everything else in the match is masked.
_INLINE = [
    (re.compile(r"(`+)(?:.+?)\1", re.S), ()),
    (re.compile(r"\[\^[^\]\s]+\]"), ()),  # footnote reference "[^2]", defined or not
    (re.compile(r"!\[[^\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)"), ()),
    (re.compile(r"!\[[^\]\n]*\]\[[^\]\n]*\]"), ()),
    (re.compile(r"\[([^\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*\)"), (1,)),  # a target may hold (parens)
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), (1,)),
    (re.compile(r"<(?:https?|mailto):[^>\s]+>"), ()),
    (re.compile(r"<!--.*?-->", re.S), ()),
    (re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>"), ()),
    (re.compile(r"\\(?=[!-/:-@\[-`{-~])"), ()),
    (re.compile(r"\*+|(?<!\w)_+|_+(?!\w)|~~"), ()),
]


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    # footnote definitions left in place, so blocks stay in text order
    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
    return md.use(footnote_plugin, inline=False, move_to_end=False)


def parse(text: str, path: str) -> d.Document:
    lines = LineIndex(text)
    nlines = len(lines.starts)
    chars = [c if c in "\r\n" else " " for c in text]
    blocks: list[d.Block] = []
    title = article_date = headline = None
    meta: dict = {}
    containers: list[str] = []
    tokens = _parser().parse(text)
    for i, tok in enumerate(tokens):
        t = tok.type
        if t in ("blockquote_open", "list_item_open"):
            containers.append(t)
        elif t in ("blockquote_close", "list_item_close"):
            containers.pop()
        elif t == "front_matter":
            meta = _front_matter(tok.content)
            title = meta.get("title") if isinstance(meta.get("title"), str) else None
            article_date = common.parse_date(meta.get("date"))
            headline = _title_span(text, lines, tok.map, title) if title and tok.map else None
        elif t in ("paragraph_open", "heading_open") and tok.map:
            first, last = tok.map[0] + 1, min(tok.map[1], nlines)
            if t == "heading_open":
                kind = d.HEADING
            elif "list_item_open" in containers:
                kind = d.ITEM
            elif "blockquote_open" in containers:
                kind = d.QUOTE
            else:
                kind = d.PARAGRAPH
            note = i > 0 and tokens[i - 1].type == "footnote_reference_open"
            span = _copy_block(chars, text, lines, first, last, tok.markup, kind, note)
            if span and kind == d.PARAGRAPH and first == last:
                line = "".join(chars[span[0] : span[1]]).strip()
                kind = plaintext.classify(line, not blocks and title is None, 1)
            if span:
                blocks.append(d.Block(kind, span[0], span[1], len(blocks)))
            if t == "heading_open" and title is None and tok.tag == "h1" and i + 1 < len(tokens):
                title = tokens[i + 1].content
    if headline and not any(b.kind == d.HEADING and text[b.start:b.end].strip() == title for b in blocks):
        # the front matter's title is the article's headline (unless a heading repeats it), checked as one
        chars[headline[0]:headline[1]] = text[headline[0]:headline[1]]
        blocks = [d.Block(d.HEADLINE, *headline, 0), *(d.Block(b.kind, b.start, b.end, b.index + 1) for b in blocks)]
    dateline = None
    first_para = next((b for b in blocks if b.kind == d.PARAGRAPH), None)
    if first_para:
        dateline = common.find_dateline(text, first_para.start, first_para.end)
    if article_date is None:  # no front matter date: a date line, else the dateline's date
        article_date = next((common.line_date(text[b.start:b.end]) for b in blocks if b.kind == d.DATELINE), None) \
            or (common.dateline_date(text, dateline) if dateline else None)
    return d.Document(
        path=path,
        text=text,
        masked="".join(chars),
        format="markdown",
        blocks=tuple(blocks),
        title=title,
        date=article_date,
        dateline=dateline,
        suppressions=common.suppressions(text),
        meta=meta,
    )


def _title_span(text: str, lines: LineIndex, rows: list[int], title: str) -> tuple[int, int] | None:
    """Where the front matter's one-line `title:` value is written, quotes left out."""
    for row in range(rows[0], rows[1]):
        start = lines.starts[row]
        end = lines.starts[row + 1] if row + 1 < len(lines.starts) else len(text)
        m = _TITLE.match(text, start, end)
        if m and m.group("v") and text[m.start("v"):m.end("v")].replace("''", "'") == title:
            return m.start("v"), m.end("v")
    return None


_TITLE = re.compile(r"""title:[ \t]*(["']?)(?P<v>.*?)\1[ \t]*\r?$""", re.M)


def _front_matter(content: str) -> dict:
    try:
        data = yaml.safe_load(content)
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def _copy_block(chars, text, lines, first, last, markup, kind, note=False) -> tuple[int, int] | None:
    """Copy lines first..last (1-based) into chars without container and heading markup (nor the
    "[^2]:" of a footnote definition's first paragraph, `note`); return the block's span (from its
    first to its last unmasked character)."""
    span_start = span_end = None
    for n in range(first, last + 1):
        s, e = lines.line_span(n, text)
        if kind == d.HEADING and n > first and _SETEXT.fullmatch(text, s, e):
            continue  # setext underline
        m = _PREFIX.match(text, s, e)
        p = m.end()
        if n == first and kind == d.ITEM:
            im = _ITEM_MARK.match(text, p, e)
            p = im.end() if im else p
        if n == first and note:
            nm = _NOTE_MARK.match(text, p, e)
            p = nm.end() if nm else p
        if kind == d.HEADING and n == first and markup.startswith("#"):
            hm = _HEADING_MARK.match(text, p, e)
            p = hm.end() if hm else p
            tail = _HEADING_TAIL.search(text, p, e)
            e = tail.start() if tail else e
        if p >= e:
            continue
        common.copy(chars, text, p, e)
        _mask_inline(chars, text, p, e)
        span_start = p if span_start is None else span_start
        span_end = e
    if span_start is None:
        return None
    while span_end > span_start and chars[span_end - 1].isspace():
        span_end -= 1
    while span_start < span_end and chars[span_start].isspace():
        span_start += 1
    return (span_start, span_end) if span_start < span_end else None


def _mask_inline(chars, text, start, end) -> None:
    common.mask_urls(chars, text, start, end)
    for pattern, keep in _INLINE:
        for m in pattern.finditer(text, start, end):
            kept = [(m.start(g), m.end(g)) for g in keep]
            pos = m.start()
            for ks, ke in kept:
                common.mask(chars, pos, ks)
                pos = ke
            common.mask(chars, pos, m.end())
