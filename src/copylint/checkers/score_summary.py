"""numbers.score-summary: a final score against the goals its story credits ("beat Laval 2-0 on goals from
Silva and Roy and a penalty from Dufresne"; "For St. FX, Boudreau scored and Kielty scored twice" in a 5-2 loss)."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.figures import Measure
from copylint.nlp.games import WIN, teams, words

# goals a phrase credits to one scorer
_TIMES = {"twice": 2, "two": 2, "three": 3, "four": 4, "brace": 2, "hat-trick": 3, "hat": 3, "double": 2}


class ScoreSummary:
    meta = Meta(
        id="numbers.score-summary",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="A final score does not match the goals its story credits.",
        description=(
            "Reads a game's final score with its winner and loser ('beat Laval 2-0', 'won 5-2', 'lost 3-1 to') "
            "and the goals the story credits to each side: 'on goals from Silva and Roy', 'For St. FX, Boudreau "
            "scored', 'Kielty scored twice', 'a hat trick', 'X's goals came from A and B'. Flags a side credited "
            "with more goals than its score, or a summary that says it is complete ('came from', 'on goals "
            "from') and credits fewer. Players' points in basketball are left alone (lists are seldom complete)."
        ),
        bad=(
            Example("Lakeshore FC beat Laval [[2-0]] on goals from Andre Silva and Marco Roy and a penalty from "
                    "Kevin Dufresne."),
            Example("Liam Arsenault scored twice as the Reds beat the X-Men [[5-2]] on Saturday.\n\n"
                    "For the X-Men, Tyler Boudreau scored in the first period and Matt Kielty scored twice in the "
                    "third."),
        ),
        good=(
            Example("Lakeshore FC beat Laval 3-0 on goals from Andre Silva and Marco Roy and a penalty from "
                    "Kevin Dufresne."),
            Example("Liam Arsenault scored twice as the Reds beat the X-Men 5-2 on Saturday.\n\n"
                    "For the X-Men, Tyler Boudreau and Matt Kielty scored in the third period."),
            Example("Connor scored twice as the Jets beat the Oilers 5-4.\n\nMcDavid had a goal for Edmonton."),
        ),
    )

    def check(self, doc, ctx):
        led = doc.ledger
        finals = [m for m in led.of(Measure.TALLY) if m.frame == "final" and not m.quoted and not m.headline
                  and m.second is not None]
        for i, t in enumerate(finals):
            sides = teams(doc, t)
            if sides is None:
                continue
            winner, loser = sides
            high, low = max(t.value, t.second), min(t.value, t.second)
            listed = self._goals_from(doc, t)  # "on goals from A and B"
            if listed is not None:
                n, spans = listed
                if n != high:
                    yield self._finding(doc, t, n, high, spans, "credits")
                continue
            if i + 1 < len(finals) and finals[i + 1].block <= t.block + 6:
                continue  # more than one game in the story: which goal is whose is unclear
            credited = {winner: [], loser: []}
            for si in range(t.sentence, len(doc.sentences)):
                if doc.sentences[si].block > t.block + 8:
                    break
                for side, n, span in self._credits(doc, si, winner, loser, t):
                    credited[side].append((n, span))
            for side, score in ((winner, high), (loser, low)):
                total = sum(n for n, _ in credited[side])
                if total > score:
                    yield self._finding(doc, t, total, score, [sp for _, sp in credited[side]], "credits")
                    break

    @staticmethod
    def _finding(doc, t, got, want, spans, _):
        return Finding(t.start, t.end, f"The score is {t.text}, but the story credits {got} goals where the score "
                       f"gives {int(want)}: check the score or the scorers.",
                       related=tuple(Related(a, b, doc.text[a:b]) for a, b in spans[:4]))

    @staticmethod
    def _goals_from(doc, t):
        """"on goals from A and B and a penalty from C": the goals a winner's score is credited with in its own
        sentence, and their spans."""
        from copylint.checkers.list_count import items

        toks = doc.tokens
        s = doc.sentences[t.sentence]
        low = [x.lower for x in toks[s.first:s.last]]
        k = t.last - s.first
        if low[k:k + 3] not in (["on", "goals", "from"], ["on", "goals", "by"], ["with", "goals", "from"],
                                ["with", "goals", "by"]):
            return None
        start = s.first + k + 3
        end = s.last
        for x in range(start, s.last):
            if toks[x].text in (".", ";") or toks[x].lower in ("as", "while", "before", "after", "in", "on"):
                end = x
                break
        extra = 0
        text = low[start - s.first:end - s.first]
        for x, w in enumerate(text):  # "and a stoppage-time penalty from Kevin Dufresne", "and an own goal"
            if w in ("penalty", "goal", "header", "strike") and x and text[x - 1] != "and" and "from" in text[x:]:
                ands = [a for a in range(max(0, x - 7), x) if text[a] == "and"]
                if ands:
                    cut = start + ands[-1]
                    end = min(end, cut)
                    extra = 1
                    break
        found = items(doc, start, end)
        if not found:
            return None
        return len(found) + extra, found

    @staticmethod
    def _credits(doc, si, winner, loser, lede):
        """(side, goals, span) for each scorer credited in sentence si: "For the X-Men, Boudreau scored and
        Kielty scored twice"; "Arsenault scored twice as the Reds beat ..." (the lede's subject team)."""
        toks = doc.tokens
        s = doc.sentences[si]
        ents = doc.entities
        low = [x.lower for x in toks[s.first:s.last]]
        side = None
        if low[:1] == ["for"] and "," in low[:8]:
            team = _words_of(toks[s.first + 1:s.first + low.index(",")])
            side = winner if team & winner else loser if team & loser or not team & winner else None
        elif si == lede.sentence or "as" in low and any(w in WIN for w in low):
            side = winner
        if side is None:
            return
        for k, w in enumerate(low):
            if w not in ("scored", "scores", "netted", "nets"):
                continue
            name = next((n for n in reversed(ents.names) if n.sentence == si and n.last <= s.first + k
                         and n.kind != "place"), None)
            if name is None or words(name) & (winner | loser):
                continue
            n = 1
            nxt = low[k + 1:k + 4]
            if nxt[:1] and nxt[0] in _TIMES:
                n = _TIMES[nxt[0]]
            elif nxt[:2] in (["a", "brace"], ["a", "hat"], ["a", "hat-trick"]):
                n = _TIMES[nxt[1]]
            yield side, n, (name.start, toks[s.first + k].end)


def _words_of(toks) -> frozenset[str]:
    return frozenset(t.lower.strip(".") for t in toks if t.kind == "word" and t.lower not in ("the",))
