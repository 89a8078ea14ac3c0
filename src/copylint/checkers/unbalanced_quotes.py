"""punctuation.unbalanced-quotes: double quotation marks that do not pair up within a paragraph."""

from __future__ import annotations

import re

from copylint.document import CAPTION
from copylint.model import Category, Example, Finding, Meta, Severity

OPEN, CLOSE, STRAIGHT = "“", "”", '"'
_MARKS = OPEN + CLOSE + STRAIGHT
_LEAD = " \t\r\n([{—–-*_>"  # what may stand before an opening mark


def _before(text: str, i: int, start: int) -> str:
    return text[i - 1] if i > start else " "


def _after(text: str, i: int, end: int) -> str:
    return text[i + 1] if i + 1 < end else " "


def _reversed_open(text: str, i: int, start: int, end: int) -> bool:
    """“ standing where a closing mark belongs: after a word or punctuation, before a space or the end."""
    b, a = _before(text, i, start), _after(text, i, end)
    return b not in _LEAD and (a.isspace() or a in ".,;:!?)")


def _reversed_close(text: str, i: int, start: int, end: int) -> bool:
    """” standing where an opening mark belongs: after a space or the start, before a word."""
    b, a = _before(text, i, start), _after(text, i, end)
    return b in _LEAD and (a.isalnum() or a in "‘'")


class UnbalancedQuotes:
    meta = Meta(
        id="punctuation.unbalanced-quotes",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary="Double quotation marks that do not pair up within a paragraph.",
        description=(
            "Flags an opening double quotation mark that is never closed, a closing mark with no opening "
            "mark, and curly marks turned the wrong way. A quotation that runs on into the next paragraph "
            "needs no closing mark when the next paragraph opens with a quotation mark (news style). Single "
            "quotation marks are left alone: they cannot be told apart from apostrophes reliably."
        ),
        bad=(
            Example("Tiger count\n\nThe survey showed a rise.[[”]] This is very encouraging,” said an ecologist.\n",
                    fix="“"),
            Example("Mayor quits\n\n[[“]]We will not back down, the mayor said on Monday.\n"),
            Example("Mayor quits\n\n“We will not back down,” the mayor said. “Not now.”[[”]]\n"),
            Example("Mayor quits\n\n“We will not back down,[[“]] the mayor said.\n", fix="”"),
            Example("Mayor quits\n\nThe mayor called it [[”]]a disgrace.” She resigned.\n", fix="“"),
            Example('Mayor quits\n\n[["]]We will not back down, the mayor said on Monday.\n'),
        ),
        good=(
            Example("Mayor quits\n\n“We will not back down,” the mayor said.\n"),
            Example("Mayor quits\n\n“We will not back down. We have the votes.\n\n“We will win,” she said.\n"),
            Example('Mayor quits\n\n"We will not back down," the mayor said. "Not now."\n'),
            Example("Mayor quits\n\nThe mayor’s aides said they ’d rather not comment on the ‘deal’.\n"),
            Example('Mayor quits\n\nThe 6\'2" forward scored twice.\n'),
        ),
    )

    def check(self, doc, ctx):
        text = doc.masked
        blocks = [b for b in doc.blocks if b.kind != CAPTION]  # a caption may stand inside a run-on quotation
        carried: tuple[int, bool, int] | None = None  # (open mark, broken off mid-sentence, first continuation)
        for n, b in enumerate(blocks):
            marks = _marks(text, b.start, b.end)
            opened = yield from self._block(text, b.start, b.end, marks, carried)
            if opened is None:
                carried = None
                continue
            follow = blocks[n + 1 : n + 4]
            if follow and text[follow[0].start : follow[0].end].lstrip("*_ ")[:1] in (OPEN, STRAIGHT):
                carried = None
                if opened >= b.start and _attribution(text, opened, b.end):
                    yield _unclosed(text, opened, b.end)
                continue  # news style: the next paragraph reopens the quotation
            broken = not _ended(text, b.start, b.end)
            first_cont = carried[2] if carried and opened < b.start else (follow[0].start if follow else b.end)
            carried = None
            for f in follow:  # the quotation may run on through paragraphs that never reopen it
                f_marks = _marks(text, f.start, f.end)
                if not f_marks:
                    continue
                first = text[f_marks[0]]
                closes = first == CLOSE or (first == STRAIGHT and _reversed_open(text, f_marks[0], f.start, f.end))
                if closes or broken:
                    carried = (opened, broken, first_cont)
                break
            if carried is None:
                yield _unclosed(text, opened, b.end)

    def _block(self, text, start, end, marks, carried):
        """Yield findings for one paragraph; return the position of a mark left open."""
        opened = carried[0] if carried else None
        roles = [_role(text, i, start, end) for i in marks]
        for n, i in enumerate(marks):
            c = text[i]
            role = roles[n]
            if role == "toggle" or (
                c == STRAIGHT and role == "close" and opened is None and roles[n + 1 : n + 2] == ["close"]
            ):  # 'said," [Warhol] liked ... looked".': a mark set in the wrong place, not a stray one
                role = "open" if opened is None else "close"
            if role == "open":
                if opened is None:
                    opened = i
                elif opened < start:  # the quotation left open above never closed
                    yield _unclosed(text, opened, i)
                    opened = i
                elif c == OPEN and _reversed_open(text, i, start, end):
                    yield Finding(i, i + 1, "Opening quotation mark '“' where the quotation closes: use '”'.",
                                  ("”",), safe=True)
                    opened = None
                elif _sentence_start(text, i, start) and _sentence_start(text, opened, start, colon=True) and not (
                    _attribution(text, opened, i)
                ):
                    opened = i  # a new paragraph of the same quotation, run into this one
                else:
                    yield _unclosed(text, opened, i)
                    opened = i
            elif opened is not None:
                if opened < start and not carried[1]:
                    yield _continued(text, carried[2], text[carried[0]])
                opened = None
            elif c == CLOSE and _reversed_close(text, i, start, end):
                yield Finding(i, i + 1, "Closing quotation mark '”' where a quotation opens: use '“'.",
                              ("“",), safe=True)
                opened = i
            elif c == CLOSE and n + 1 < len(marks) and roles[n + 1] == "close" and text[marks[n + 1]] == CLOSE:
                # 'showed.” This is encouraging,” said': the first of two closers opens the quotation
                yield Finding(i, i + 1, "Closing quotation mark '”' where the quotation opens: use '“'.", ("“",))
                opened = i
            elif not (i > start and text[i - 1].isdigit()):  # 40” TV
                yield Finding(i, i + 1, f"Closing quotation mark '{c}' has no opening mark: add one or delete it.")
        return opened


def _role(text: str, i: int, start: int, end: int) -> str:
    """'open' or 'close' for curly marks; for a straight mark, from what stands beside it, else 'toggle'."""
    c = text[i]
    if c != STRAIGHT:
        return "open" if c == OPEN else "close"
    b, a = _before(text, i, start), _after(text, i, end)
    if b in _LEAD and not a.isspace():
        return "open"
    if b not in _LEAD and (a.isspace() or a in ".,;:!?)"):
        return "close"
    return "toggle"


def _marks(text: str, start: int, end: int) -> list[int]:
    marks = [i for i in range(start, end) if text[i] in _MARKS]
    straight = [i for i in marks if text[i] == STRAIGHT]
    if len(straight) % 2 and any(i > start and text[i - 1].isdigit() for i in straight):
        marks = [i for i in marks if not (text[i] == STRAIGHT and i > start and text[i - 1].isdigit())]  # 6'2"
    return marks


# ", he says." / ", said Arraes" inside an open quotation: the closing mark belongs before it.
_ATTRIBUTION = re.compile(
    r"([,?!])['’]?\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:said|says|told|tells|added|adds|asked|asks|explained|explains|recalled|recalls|wrote|writes|continued|"
    r"continues|noted|notes|admitted|admits|insisted|insists)(?=\s*[.,]|\s+(?:the\s+)?[A-Z\d])"
)


def _attribution(text: str, opened: int, upto: int) -> re.Match | None:
    return _ATTRIBUTION.search(text, opened + 1, upto)


def _unclosed(text: str, opened: int, upto: int) -> Finding:
    mark = text[opened]
    close = CLOSE if mark == OPEN else STRAIGHT
    m = _attribution(text, opened, upto)
    if m:
        p = m.start(1)
        word = text[max(opened + 1, text.rfind(" ", opened, p) + 1) : p + 1]
        return Finding(p, p + 1, f"The quotation opened with '{mark}' is not closed before the attribution: add "
                       f"'{close}' after '{word}'.", (text[p] + close,))
    return Finding(opened, opened + 1, f"Quotation mark '{mark}' is never closed: add the closing mark.")


def _sentence_start(text: str, i: int, start: int, colon: bool = False) -> bool:
    """A mark at the start of a sentence (or of the paragraph; after a colon when `colon`)."""
    j = i - 1
    while j >= start and text[j] == " ":
        j -= 1
    return j < start or (j < i - 1 and (text[j] in ".!?…" or (colon and text[j] == ":")))


def _ended(text: str, start: int, end: int) -> bool:
    body = text[start:end].rstrip().rstrip("\"'”’»)]")
    return bool(body) and body[-1] in ".!?…:;—–-"


def _continued(text: str, start: int, mark: str) -> Finding:
    j = start
    while text[j] in "*_ ":
        j += 1
    mark = OPEN if mark == OPEN else STRAIGHT
    return Finding(j, j + 1, f"This paragraph continues a quotation from the previous one: open it with '{mark}'.")
