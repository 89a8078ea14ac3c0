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
    verb = next((k for k in range(t.first - 1, s.first - 1, -1) if toks[k].lower in WIN | LOSE
                 and toks[k].text[0].islower()), None)  # (not "Essex Falls" or "Wins Cup")
    if verb is None:
        return _victory(doc, t) or _result_line(doc, t)
    before = [n for n in ents.names if s.first <= n.first < verb and side(doc, n)]
    after = [n for n in ents.names if verb < n.first < t.first and side(doc, n)]
    if not before:
        return None
    subject = before[-1]
    obj = after[0] if after else None
    if obj is None and t.last < s.last:
        obj = next((n for n in ents.names if t.last <= n.first < s.last and (
            side(doc, n) and toks[n.first - 1].lower in ("over", "against", "to", "by")
            or toks[n.first - 1].lower == "at" and _club(n)) and n.first - t.last <= 3), None)
    if obj is None:
        return None
    a, b = words(subject), words(obj)
    return (b, a) if toks[verb].lower in LOSE else (a, b)


def _victory(doc, t) -> tuple[frozenset[str], frozenset[str]] | None:
    """ "gave Ballinacourty a 27-20 victory over Shannonvale", "Leeds' 2-0 win against Hull": the winner is the
    team named before the score, the loser the one after "over" or "against"."""
    s = doc.sentences[t.sentence]
    toks = doc.tokens
    if t.last + 1 >= s.last or toks[t.last].lower not in ("victory", "win", "triumph") or \
            toks[t.last + 1].lower not in ("over", "against"):
        return None
    ents = doc.entities
    before = [n for n in ents.names if s.first <= n.first and n.last <= t.first and side(doc, n)]
    after = next((n for n in ents.names if n.first == t.last + 2 and side(doc, n)), None)
    if not before or after is None:
        return None
    return words(before[-1]), words(after)


def _result_line(doc, t) -> tuple[frozenset[str], frozenset[str]] | None:
    """ "Belgium 3 – 0 Panama", "Harrowgate Town 3-2 Wexley Rovers: ...": the teams on either side of the score,
    the winner the one with more."""
    if t.frame != "final" or t.second is None or t.value == t.second:
        return None
    ents = doc.entities
    a = ents.name_ending(t.first - 1)
    b = ents.name_at(t.last)
    if a is None or b is None or b.first != t.last or not side(doc, a) or not side(doc, b):
        return None
    return (words(a), words(b)) if t.value > t.second else (words(b), words(a))


_VENUES = frozenset("stadium park arena ground grounds field centre center lane road oval gardens garden dome bowl "
                    "coliseum pitch".split())


def _club(n) -> bool:
    """ "won 2-1 at Carlton Athletic": a club named as the host is the opponent (not "at Mill Lane")."""
    last = n.full.split()[-1].lower()
    return n.kind == "org" and " " in n.full and last not in _VENUES


def side(doc, n) -> bool:
    """A name that can be a team: a club, or a country that plays ("Nigeria beat South Africa"), not the
    venue ("in Cairo") or a person."""
    prev = doc.tokens[n.first - 1].lower if n.first else ""
    return n.kind != "person" and prev not in ("in", "at", "from", "of") and not n.full.isupper()


def words(name) -> frozenset[str]:
    return frozenset(w.lower().strip(".") for w in name.full.split() if len(w) > 2 or w.isupper())
