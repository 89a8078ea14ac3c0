"""numbers.tally-mismatch: one vote or final score given two tallies ("voted 9-4" ... "the 9-3 vote";
"beat Boston 4-2" ... "the 4-1 win")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.figures import Measure
from copylint.nlp.games import side, teams, words
from copylint.nlp.ledger import scopes_meet


def sides(m) -> tuple[float, float]:
    return tuple(sorted((m.value, m.second or 0.0), reverse=True))  # type: ignore[return-value]


class TallyMismatch:
    meta = Meta(
        id="numbers.tally-mismatch",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="One vote or final score is given two different tallies.",
        description=(
            "Reads the ledger's tallies and what frames them: a vote ('voted 9-4', 'the 9-3 vote', 'passed "
            "52-48') or a final score ('beat Boston 4-2', 'a 4-1 win', a result line 'Belgium 3 – 0 Panama'). Two "
            "votes or two final scores that share one side and differ by one or two on the other are one result "
            "written two ways; final scores between the same two teams may differ by more. Scores during a "
            "game ('led 3-0 at the break'), records ('improved to 12-4'), series, other motions and other "
            "games are left alone."
        ),
        bad=(
            Example("# Brennan Falls council approves data center rezoning 5-3\n\nThe council voted [[6-3]] late "
                    "Tuesday to rezone 212 acres.", fix="5-3"),
            Example("Council voted 9-4 to freeze fares.\n\nThe [[9-3]] vote came after a long debate.", fix="9-4"),
            Example("# Jets edge Oilers 5-4\n\nThe Jets beat the Oilers [[5-3]] on Saturday.", fix="5-4"),
            Example("Belgium defeated debutants Panama 8 – 0 on Monday.\n\nGroup G — Belgium [[3 – 0]] Panama"),
            Example("# Council backs bike lanes in 7-4 vote\n\nSupporters applauded when the [[7-3]] result was "
                    "announced.", fix="7-4"),
            Example("Tunisia lost 1 – 7 to England.\n\nGroup G — Tunisia [[1 – 2]] England"),
            Example("# Harrowgate Town 3-2 Wexley Rovers: Okafor double makes it nine without defeat\n\n"
                    "Emeka Okafor scored twice as Harrowgate Town beat Wexley Rovers [[3-1]] at Priory Lane.",
                    fix="3-2"),
            Example("The Iowa Board of Regents voted 7-2 on Wednesday to raise tuition.\n\nThe board's [[6-3]] vote "
                    "came after two hours of public comment.", fix="7-2"),
            Example("Belgium beat Panama 3 – 0, and Tunisia lost 6 – 2 to England.\n\nGroup G — Tunisia [[1 – 2]] "
                    "England"),
            Example("Published: 2018-06-19\n\nOn day five of the 2018 World Cup, Sweden defeated South Korea 1 – 7."
                    "\n\nGroup F — Sweden [[1 – 0]] Korea Republic"),
        ),
        good=(
            Example("# Brennan Falls council approves data center rezoning 6-3\n\nThe council voted 6-3 late "
                    "Tuesday to rezone 212 acres. The planning commission had approved it 4-1 in March."),
            Example("Council voted 9-4 to approve the budget.\n\nA later motion to cut fares failed 4-9."),
            Example("The Jets led 3-1 after two periods.\n\nThe Jets beat the Oilers 5-4 in overtime."),
            Example("The Jets beat the Oilers 5-4.\n\nThe win improved their record to 12-4."),
            Example("Council voted 9-4 to freeze fares.\n\nIn March it had voted 8-5 against a freeze."),
            Example("# Council backs bike lanes in 7-4 vote\n\nCouncil first voted 7-5 to reject an amendment."),
            Example("Belgium defeated Panama 3 – 0 on Monday.\n\nGroup H — Japan 8 – 0 Senegal"),
            Example("Ashbourne beat Kirkwall 3-1 on Saturday.\n\nWhitfield made a save with the score at 2-1."),
            Example("# Harrowgate Town 3-1 Wexley Rovers: Okafor double makes it nine without defeat\n\n"
                    "Harrowgate Town beat Wexley Rovers 3-1.\n\nThey last lost 2-1 at Marlow Bridge in December."),
            Example("Council voted 9-4 on Tuesday to freeze fares.\n\nIn 2023, the 8-5 vote went the other way."),
            Example("Council voted 9-4 on Tuesday to freeze fares.\n\nLast year the council's 8-5 vote went the "
                    "other way."),
            Example("Belgium beat Panama 3 – 0, and Tunisia lost 1 – 2 to England.\n\nGroup G — England 2 – 1 "
                    "Tunisia"),
            Example("Published: 2018-06-19\n\nSweden defeated South Korea 1 – 0 on Monday.\n\nIn 2014, Sweden "
                    "beat Korea Republic 3 – 0."),
        ),
    )

    def check(self, doc, ctx):
        tallies = [m for m in doc.ledger.of(Measure.TALLY) if not m.quoted and m.frame in ("vote", "final")
                   and m.second is not None]
        for i, b in enumerate(tallies):
            for a in tallies[:i]:
                if a.frame != b.frame or a.sentence == b.sentence or a.section != b.section:
                    continue
                (x1, y1), (x2, y2) = sides(a), sides(b)
                moved = a.frame == "vote" and x1 + y1 == x2 + y2 and abs(x1 - x2) == 1 and _named_back(doc, b)
                # ("voted 7-2" ... "the board's 6-3 vote": one vote named again, a member moved to the other side)
                crossed = a.frame == "final" and {x1, y1} & {x2, y2} and _both_teams(doc, a, b)
                # ("Tunisia lost 6 – 2 to England" and "Tunisia 1 – 2 England": the same game, the sides swapped)
                if (x1, y1) == (x2, y2) or not (x1 == x2 or y1 == y2 or moved or crossed):
                    continue
                if abs(x1 - x2) + abs(y1 - y2) > 2 and not (a.frame == "final" and _both_teams(doc, a, b)):
                    continue  # further apart, only a score between the same two teams
                if a.holder and b.holder and a.holder != b.holder or not _scopes(a, b):
                    continue
                if a.frame == "vote" and (_around(doc, a) ^ _around(doc, b)) & _OTHER_MOTION:
                    continue  # "first voted 7-5 to reject an amendment" is another motion than the 7-4 vote
                if a.frame == "final" and not _one_game(doc, a, b, tallies):
                    continue  # "Nigeria beat South Africa 3-1" and "Senegal beat Cameroon 2-1": two games
                if sum(1 for m in tallies if sides(m) == (x2, y2)) > 1 and sum(1 for m in tallies
                                                                               if sides(m) == (x1, y1)) > 1:
                    continue
                na, nb = (sum(sides(m) == s for m in tallies) for s in ((x1, y1), (x2, y2)))
                odd, other = (a, b) if na < nb else (b, a)
                kind = "vote" if b.frame == "vote" else "score"
                yield Finding(odd.start, odd.end,
                              f"The {kind} is {odd.text} here but {other.text} elsewhere in the article: "
                              "check the tally.", (other.text,),
                              related=(Related(other.start, other.end, f"{kind} {other.text}"),))
                break


def _named_back(doc, t) -> bool:
    """ "The board's 6-3 vote", "the 6-3 decision": a vote the story has told of, named again."""
    toks = doc.tokens
    before = toks[t.first - 1].lower if t.first else ""
    after = toks[t.last].lower if t.last < len(toks) else ""
    dated = {x for x in t.scope if x.startswith(("y:", "year:", "m:", "season:", "term:"))}
    return (before in ("the", "this", "that") or before.endswith(("'s", "’s"))) and after in ("vote", "decision") \
        and not dated and not {x.lower for x in toks[doc.sentences[t.sentence].first:t.first]} & {"last", "previous",
                                                                                                 "earlier", "prior"}


def _sides(doc, t) -> frozenset[str]:
    """The words of the teams a final score is between: "Nigeria beat South Africa", "Nigeria's 3-2 victory",
    "Ghana and Mali drew 2-2"."""
    found = teams(doc, t)
    if found is not None:
        return found[0] | found[1]
    s = doc.sentences[t.sentence]
    names = [n for n in doc.entities.names if s.first <= n.first < t.first and side(doc, n)]
    return frozenset(w for n in names[-2:] for w in words(n))


def _one_game(doc, a, b, tallies) -> bool:
    """Two final scores are of one game when they name a team in common, or when neither names one and the
    story has no other game."""
    if _earlier(doc, a) != _earlier(doc, b):
        return False  # "beat Wexley 3-1" and "last lost 2-1 at Marlow Bridge in December": an earlier game
    sa, sb = _sides(doc, a), _sides(doc, b)
    if sa and sb:
        return bool(sa & sb)
    named = [_sides(doc, t) for t in tallies if t.frame == "final"]
    known = [x for x in named if x]
    return all(x & known[0] for x in known) if known else True


def _earlier(doc, t) -> bool:
    """The score is dated to another time than the story's game: a month or year in its clause, or "last",
    "previous", "since", "earlier", "ago" beside it."""
    this = f"y:{doc.date.year}" if doc.date is not None else None
    if any(k[:2] == "m:" or k[:2] == "y:" and k != this for k in t.scope):
        return True  # (the story's own year is not another time: "day five of the 2018 World Cup")
    s = doc.sentences[t.sentence]
    near = {x.lower for x in doc.tokens[max(s.first, t.first - 3):min(s.last, t.last + 5)]}
    return bool(near & {"last", "previous", "since", "earlier", "ago", "season"})


_OTHER_MOTION = frozenset({"amendment", "amendments"})


def _around(doc, t) -> set[str]:
    """The words of a tally's own phrase: "voted 7-5 to reject an amendment", "the 72-28 cloture vote"."""
    toks = doc.tokens
    return {x.lower for x in toks[max(0, t.first - 3):t.last + 5]}


def _both_teams(doc, a, b) -> bool:
    """Both scores name the same two teams ("defeated debutants Panama 8 – 0" and "Belgium 3 – 0 Panama")."""
    ta, tb = _pair(doc, a), _pair(doc, b)
    if ta is None or tb is None:
        return False
    return bool(ta[0] & tb[0] and ta[1] & tb[1] or ta[0] & tb[1] and ta[1] & tb[0])  # either way round


def _pair(doc, t):
    found = teams(doc, t)
    if found is not None:
        return found
    s = doc.sentences[t.sentence]  # a result line: "Group G — Belgium 3 – 0 Panama"
    before = [n for n in doc.entities.names if s.first <= n.first < t.first and side(doc, n)]
    after = [n for n in doc.entities.names if t.last <= n.first < s.last and side(doc, n)]
    return (words(before[-1]), words(after[0])) if before and after else None


def _scopes(a, b) -> bool:
    return scopes_meet(a.scope, b.scope)
