"""Direct quotations: the spans between double quotation marks (curly, straight, guillemets, or two
apostrophes as some house styles set them: ''...''), per block."""

from __future__ import annotations

import re

from copylint.document import PROSE

OPEN, CLOSE, STRAIGHT = "“«„", "”»", ('"', "''")
_MARK = re.compile("''|[“«„”»\"]")


def quoted_spans(doc) -> list[tuple[int, int]]:
    """Inner spans of double-quoted passages. A quote left open at the end of a block runs to the end
    of that block (news style continues it in the next paragraph, which reopens it)."""
    out = []
    text = doc.masked
    for b in doc.blocks:
        if b.kind not in PROSE:
            continue
        opened = None
        for m in _MARK.finditer(text, b.start, b.end):
            i, c = m.start(), m.group()
            if c in OPEN or (c in STRAIGHT and opened is None):
                if opened is None:
                    opened = m.end()
            elif c in CLOSE or c in STRAIGHT:
                if opened is not None:
                    out.append((opened, i))
                    opened = None
        if opened is not None:
            out.append((opened, b.end))
    return out
