"""Totals and their parts: "11 vehicles were towed: six trucks and four vans"; "the 40 patients include 31
adults and 12 children"; "Of the 62 cases, 40 were in Ontario and the remaining 22 in Quebec"; "Police
arrested 14 people. Of those, nine were charged"; "45 of the 40 members".

A Breakdown is a total with the counts given as its parts and whether they claim to be all of it
(exhaustive: after a colon, a dash, "comprising", "of whom ... the rest") or only some ("including",
"among them", "of whom"). Read from the ledger (`Ledger.breakdowns`).
"""

from __future__ import annotations

from dataclasses import dataclass

from copylint.nlp.figures import Measure
from copylint.nlp.ledger import of_opening

_EXHAUSTIVE_OPEN = frozenset({":", "—", "–", "("})
_EXHAUSTIVE_WORDS = (("comprising",), ("comprised", "of"), ("made", "up", "of"), ("consisting", "of"),
                     ("split", "between"), ("split", "among"), ("split", "into"), ("divided", "into"),
                     ("broken", "down", "into"), ("were",), ("are",))
_PARTIAL_WORDS = (("including",), ("include",), ("includes",), ("included",), ("among", "them"),
                  ("among", "whom"), ("of", "whom"), ("of", "which"), ("such", "as"), ("among", "those"))
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
_PART_ROLES = frozenset({"plain", "total", "part"})
_REST = frozenset({"rest", "remaining", "remainder", "others", "other"})
_OF_THOSE = frozenset({"those", "them", "these", "whom", "which"})


@dataclass(frozen=True, slots=True)
class Breakdown:
    total: object  # Mention
    parts: tuple  # Mentions
    exhaustive: bool


def find(ledger) -> tuple[Breakdown, ...]:
    doc = ledger.doc
    toks = doc.tokens
    out: list[Breakdown] = []
    for si, s in enumerate(doc.sentences):
        ms = [m for m in ledger.in_sentence(si) if m.measure == Measure.COUNT and not m.quoted and not m.named
              and m.compound is None and not (m.first > 1 and toks[m.first - 1].lower == "with"
                                              and toks[m.first - 2].kind != "punct")]
        # ("164 one-bedroom apartments and 46 with three bedrooms": the figures inside a part are not parts)
        low = [t.lower for t in toks[s.first:s.last]]
        money = [m for m in ledger.in_sentence(si) if m.measure == Measure.MONEY and not m.quoted]
        if len(money) >= 3:
            found = _money(ledger, toks, s, low, money)
            if found is not None:
                out.append(found)
                continue
        points = _points(ledger, toks, s, low, si)
        if points is not None:
            out.append(points)
            continue
        if not ms:
            continue
        # "Of those, nine were charged": the total is the last count of the sentence before
        o = of_opening(low) or 0
        opening = low[o:o + 2]
        if opening and opening[0] == "of" and (len(opening) > 1 and opening[1] in _OF_THOSE):
            # the sentence before, in its paragraph or ending the one before ("Police arrested 312 people ...
            # \n\n Of those detained, 148 were ..."); of its counts, the one of the same event if any
            before = doc.sentences[si - 1] if si > 0 else None
            done = _event(low[2]) if len(low) > 2 else None
            prev = [m for m in ledger.in_sentence(si - 1) if m.measure == Measure.COUNT and m.thing is not None
                    and not m.quoted] if before is not None else []
            if before is not None and before.block != s.block:  # across a paragraph only by its event
                prev = [m for m in prev if done and _event(m.event or "") == done and before.block == s.block - 1]
            same = [m for m in prev if done and _event(m.event or "") == done]
            parts = tuple(m for m in ms if not _nested(toks, m))
            if prev and parts:
                total = (same or prev)[-1]
                out.append(Breakdown(total, parts, any(w in _REST for w in low) or _partition(
                    toks, total, [m for m in parts if _opens_item(toks, m.first) or m is parts[0]], s.last,
                    start=s.first)))
            continue
        if opening and opening[0] == "of" and 0 <= ms[0].first - s.first - o <= 4 and (
                ms[0].thing is not None or ms[0].event or low[ms[0].last - s.first:][:1] in (["who"], ["that"])):
            # ("Of the 38 who made it out", "Of the 31 injured": the set named by what happened to it)
            rest = [m for m in ms[1:] if not m.hedge and _opens_item(toks, m.first) and not _nested(toks, m)]
            # (the parts open the items: not "children under 18" or "adults between 18 and 64")
            if rest:  # "Of the 62 cases, 40 were in Ontario and 22 in Quebec"
                out.append(Breakdown(ms[0], tuple(rest), any(w in _REST for w in low) or _partition(
                    toks, ms[0], rest, s.last)))
            continue
        for i, t in enumerate(ms):
            if t.thing is None or t.noun_end is None or t.value < 2:
                continue
            k = next((x for x in range(t.last, s.last) if toks[x].start >= t.noun_end), s.last)
            kind = _opener(low, k - s.first)
            if kind is None:
                x = _late_opener(toks, k, min(s.last, k + 10)) or _apposed(toks, k, min(s.last, k + 6), ms[i + 1:], t)
                kind = (True, x - s.first + 1) if x is not None else None
                k = x if x is not None else k
            if kind is None:
                continue
            exhaustive, start = kind
            end = _close(toks, start + s.first, s.last, toks[k].text)
            parts = [m for m in ms[i + 1:] if start + s.first <= m.first < end and not _nested(toks, m)]
            other = next((k for k, m in enumerate(parts) if m.cls is not None and t.cls is not None
                          and m.cls != t.cls and m.thing != t.thing), None)
            if other is not None and other >= 2:
                parts = parts[:other]  # "15,656 votes, split between Kilbane on 8,120 and Concannon on 7,536,
                # amounted to 1.3 quotas": the list ends before the quotas
            others = [m for m in ledger.in_sentence(si) if start + s.first <= m.first < end
                      and m.measure not in (Measure.COUNT, Measure.YEAR, Measure.DATE, Measure.AGE, Measure.ORDINAL)]
            if not parts or others or exhaustive and len(parts) < 2 or any(p.role not in _PART_ROLES for p in parts):
                continue  # a list with shares or money in it is something else; "of which four are needed"
            if len(parts) >= 2 and len(parts) == t.value and all(p.value > t.value for p in parts) and i and \
                    ms[i - 1].thing is not None and 0 < t.first - ms[i - 1].last <= 3:
                t = ms[i - 1]  # "1,126 beekeepers in four regions: 512 in Ontario, ...": four counts the items
            if any(p.value > 10 * t.value and p.cls != t.cls for p in parts) or len(parts) >= 2 and all(
                    p.value > t.value for p in parts):
                continue  # "two options: A and B would have 108 seats, A and C 92": the items carry figures;
                # "a gap of 49,000 votes: Rally won 1,812,400 and the Socialists 1,763,300" (one slip, not all)
            if exhaustive and (_partial_inside(low[start:end - s.first]) or not (
                    _list_only(doc, parts, start + s.first, end) or _items(toks, parts, start + s.first))):
                exhaustive = False
            if exhaustive and _unnumbered(toks, parts, end):
                exhaustive = False  # "six handguns, two rifles and a shotgun": an item given without a figure
            out.append(Breakdown(t, tuple(parts), exhaustive))
            break
    return tuple(out)


def _money(ledger, toks, s, low, money) -> Breakdown | None:
    """ "The £9.6bn in tax cuts comprises £6.1bn from ..., £2.3bn from ... and £1.7bn from ...": an amount and
    the amounts it is made of, in one sentence."""
    for i, t in enumerate(money[:-2]):
        k = next((x for x in range(t.last, s.last) if toks[x].start >= t.phrase_end), s.last)
        kind = _opener(low, k - s.first)
        if kind is None:
            x = next((x for x in range(k, min(s.last, k + 6)) if low[x - s.first] in _MONEY_OPENERS), None)
            kind = (low[x - s.first] not in ("includes", "including"), x - s.first + 1) if x is not None else None
        if kind is None:
            continue
        exhaustive, start = kind
        parts = [m for m in money[i + 1:] if m.first >= start + s.first and m.unit == t.unit]
        if len(parts) >= 2 and all(m.role.value in _PART_ROLES for m in parts) and _items(toks, parts, start + s.first):
            return Breakdown(t, tuple(parts), exhaustive)
    return None


def _points(ledger, toks, s, low, si) -> Breakdown | None:
    """ "The 3.9 per cent increase is made up of 2.1 percentage points for ..., 1.2 points for ... and 0.9
    points for ...": a change and the points it is made of."""
    ms = [m for m in ledger.in_sentence(si) if not m.quoted]
    for i, t in enumerate(ms):
        if t.measure not in (Measure.PERCENT, Measure.POINTS):
            continue
        k = next((x for x in range(t.last, s.last) if toks[x].start >= t.phrase_end), s.last) - s.first
        window = low[k:k + 5]
        opens = any(tuple(window[x:x + len(seq)]) == seq for seq in _EXHAUSTIVE_WORDS[:6] + (("comes", "from"),)
                    for x in range(len(window)))
        parts = [m for m in ms[i + 1:] if m.measure == Measure.POINTS and m.first > t.last]
        if opens and len(parts) >= 2:
            return Breakdown(t, tuple(parts), True)
    return None


_MONEY_OPENERS = frozenset({"comprises", "comprising", "consists", "includes", "including", "breaks", ":", "—"})


def _partition(toks, total, parts, end: int, start: int | None = None) -> bool:
    """ "Of the 412 patients, 96 were children, 131 were adults ... and 178 were 65 or older": two parts or
    more, the last after "and", adding up to nine tenths of the total or more: the whole, given with a slip
    (a list of some of them, "40 were children and 30 women" of 100, falls well short)."""
    if len(parts) < 2 or toks[parts[-1].first - 1].lower != "and" and toks[parts[-1].first - 2].lower != "and":
        return False
    if any(toks[k].lower in ("including", "among", "also", "other", "others") for k in range(
            total.last if start is None else start, end)):
        return False
    got = sum(p.high for p in parts)
    return 0.9 * total.low <= got


def _opener(low: list[str], k: int) -> tuple[bool, int] | None:
    """What follows a total's noun at sentence token k: (exhaustive, index where the parts begin)."""
    w = low[k] if k < len(low) else ""
    if w in _EXHAUSTIVE_OPEN:
        nxt = low[k + 1] if k + 1 < len(low) else ""
        if nxt in ("including", "among", "such"):
            return False, k + 2
        return True, k + 1
    if w == "," and k + 1 < len(low):
        k += 1
        w = low[k]
    for seq in _PARTIAL_WORDS:
        if tuple(low[k:k + len(seq)]) == seq:
            return False, k + len(seq)
    for seq in _EXHAUSTIVE_WORDS:
        if tuple(low[k:k + len(seq)]) == seq:
            nxt = low[k + len(seq)] if k + len(seq) < len(low) else ""
            if seq in (("were",), ("are",)) and not nxt[:1].isdigit() and nxt not in _NUMBER_WORDS:
                return None  # "14 people were arrested": a verb, not a breakdown
            return True, k + len(seq)
    return None


def _close(toks, start: int, end: int, opener: str) -> int:
    """Where a list of parts ends: the sentence's end, a closing bracket or dash, a semicolon."""
    close = {")"} if opener == "(" else {";", "—", "–", ")"}
    for k in range(start, end):
        if toks[k].text in close:
            return k
    return end


def _list_only(doc, parts, start: int, end: int) -> bool:
    """The span holds the parts and little else: "six trucks and four vans", not "Buttigieg secured the most
    delegates, at 14, followed by Sanders, with 12"."""
    toks = doc.tokens
    inside = set()
    for p in parts:
        stop = p.phrase_end
        inside.update(k for k in range(p.first, min(end, p.last + 6)) if toks[k].end <= stop)
        if p.hedge is not None:
            inside.update(range(max(start, p.first - 3), p.first))
    extra = [k for k in range(start, end) if k not in inside and toks[k].text not in ",;" and toks[k].lower not in
             ("and", "or", "the", "a", "with", "plus", "while")]
    return len(extra) <= len(parts)


def _late_opener(toks, k: int, end: int) -> int | None:
    """A colon, dash or bracket a few words after a total's noun ("23 active wildfires in the forest area:",
    "the five firearms he used in the attack —"), with no figure or quotation between."""
    for x in range(k, end):
        t = toks[x]
        if t.text in (":", "—", "–", "("):
            return x if x > k else None
        if t.kind == "number" or t.text in (".", ";", "\"", "“", "”") or t.lower in _NUMBER_WORDS:
            return None
    return None


def _apposed(toks, k: int, end: int, after, total) -> int | None:
    """A comma a few words after a total's noun that opens its parts, each a figure whose noun is the total's
    ("five Syrian teams scheduled to compete, one national and one made up of refugees"). Only for a few
    things: "30 players, 12 from Ontario and 11 from Quebec" may name some of them."""
    if total.value > 12:
        return None
    for x in range(k, end):
        t = toks[x]
        if t.text == ",":
            parts = [m for m in after if m.first > x]
            ok = len(parts) >= 2 and parts[0].first == x + 1 and all(
                (m.thing is None or m.elided or m.value == 1) and not m.hedge for m in parts)
            return x if ok and toks[parts[-1].first - 1].lower == "and" else None
        if t.kind == "number" or t.text in (".", ";", "\"", "“", "”") or t.lower in _NUMBER_WORDS:
            return None
    return None


def _nested(toks, m) -> bool:
    """A part of the part before it: "seven remain in hospital, four of them in critical condition"."""
    return m.last + 1 < len(toks) and toks[m.last].lower == "of" and toks[m.last + 1].lower in (
        "them", "whom", "those", "these", "which")


def _opens_item(toks, k: int) -> bool:
    """The figure at token k opens an item of a list: after a comma or "and", perhaps with "the remaining"
    between, and not the end of a range ("between 18 and 64")."""
    x = k - 1
    while x > 0 and toks[x].lower in ("the", "remaining", "another", "other", "a", "further"):
        x -= 1
    if toks[x].text in (",", ";"):
        return True
    return toks[x].lower in ("and", "while", "with") and not (x and toks[x - 1].kind == "number")


def _unnumbered(toks, parts, end: int) -> bool:
    """An item of the list after the last part that has no figure of its own ("... and a shotgun")."""
    for k in range(parts[-1].last, end - 1):
        if toks[k].lower in ("and", "or", ",") and toks[k + 1].lower in ("a", "an", "another"):
            return True
    return False


def _items(toks, parts, start: int) -> bool:
    """Each part opens an item of a colon list ("nine are out of control, eight are held and five under
    control"): the parts are the list even with words around them."""
    return all(p.first == start or toks[p.first - 1].text in (",", ";") or toks[p.first - 1].lower == "and"
               for p in parts)


def _partial_inside(words: list[str]) -> bool:
    return any(w in ("including", "among", "such") for w in words)


def _event(word: str) -> str | None:
    """What a participle or a ledger event names, in the ledger's groups: "detained" and "arrested" are held."""
    from copylint.nlp import counted
    from copylint.nlp.ledger import _event_group

    ev = counted.event_of(word) if word else None
    return _event_group(ev) if ev else None
