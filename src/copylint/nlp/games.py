"""Games a final score belongs to: who beat whom ("Nigeria beat South Africa 3-1", "the Reds lost 3-1 to
Laval"). Used by the rules that read scores."""

from __future__ import annotations

WIN = frozenset("beat beats beating defeated defeat defeats edged edges downed downs topped tops blanked blanks routed "
                "routs dumped dumps outlasted outlasts won wins thrashed hammered crushed swept".split())
LOSE = frozenset("lost loses fell falls".split())


def teams(doc, t) -> tuple[frozenset[str], frozenset[str]] | None:
    """(winner, loser) name words of a final score's sentence, or None when the sentence does not say."""
    s = doc.sentences[t.sentence]
    toks = doc.tokens
    ents = doc.entities
    verb = next((k for k in range(t.first - 1, s.first - 1, -1) if toks[k].lower in WIN | LOSE), None)
    if verb is None:
        return None
    before = [n for n in ents.names if s.first <= n.first < verb and side(doc, n)]
    after = [n for n in ents.names if verb < n.first < t.first and side(doc, n)]
    if not before:
        return None
    subject = before[-1]
    obj = after[0] if after else None
    if obj is None and t.last < s.last:
        obj = next((n for n in ents.names if t.last <= n.first < s.last and side(doc, n)
                    and toks[n.first - 1].lower in ("over", "against", "to", "by")), None)
    if obj is None:
        return None
    a, b = words(subject), words(obj)
    return (b, a) if toks[verb].lower in LOSE else (a, b)


def side(doc, n) -> bool:
    """A name that can be a team: a club, or a country that plays ("Nigeria beat South Africa"), not the
    venue ("in Cairo") or a person."""
    prev = doc.tokens[n.first - 1].lower if n.first else ""
    return n.kind != "person" and prev not in ("in", "at", "from", "of") and not n.full.isupper()


def words(name) -> frozenset[str]:
    return frozenset(w.lower().strip(".") for w in name.full.split() if len(w) > 2 or w.isupper())
