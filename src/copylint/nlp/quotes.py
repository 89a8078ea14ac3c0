"""Direct quotations: the spans between double quotation marks (curly, straight, guillemets, or two
apostrophes as some house styles set them: ''...''), or between single curly marks as British house style
sets them (‘...’), per block. Marks of the other kind inside a quotation are a quotation within it."""

from __future__ import annotations

import re

from copylint.document import PROSE

OPEN, CLOSE, STRAIGHT = "“«„", "”»", ('"', "''")
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"
# the marks, double and single: a single curly mark opens a quotation where a word starts after it ("said:
# ‘We"), and closes it where no letter follows: "didn’t" and "Kestrel’s" are apostrophes; "the Joneses’ house"
# ends it early, a short span
_MARK = re.compile("''|[“«„”»\"]" r"|(?:(?<=^)|(?<=[\s(\[—–-]))‘(?=[^\W\d_])|’(?![^\W_])", re.M)


def quoted_spans(doc) -> list[tuple[int, int]]:
    """Inner spans of quoted passages. A quote left open at the end of a block runs to the end
    of that block (news style continues it in the next paragraph, which reopens it)."""
    out = []
    text = doc.masked
    for b in doc.blocks:
        if b.kind not in PROSE:
            continue
        opened, single = None, False
        for m in _MARK.finditer(text, b.start, b.end):
            i, c = m.start(), m.group()
            if c in (SINGLE_OPEN, SINGLE_CLOSE):
                if opened is None and c == SINGLE_OPEN:
                    opened, single = m.end(), True
                elif single and c == SINGLE_CLOSE:
                    out.append((opened, i))
                    opened, single = None, False
            elif single:
                continue  # a quotation within the single-quoted one
            elif c in OPEN or (c in STRAIGHT and opened is None):
                if opened is None:
                    opened = m.end()
            elif c in CLOSE or c in STRAIGHT:
                if opened is not None:
                    out.append((opened, i))
                    opened = None
        if opened is not None:
            out.append((opened, b.end))
    return out
