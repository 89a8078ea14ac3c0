"""numbers.score-summary: a final score against the goals its story credits ("beat Laval 2-0 on goals from
Silva and Roy and a penalty from Dufresne"; "For St. FX, Boudreau scored and Kielty scored twice" in a 5-2 loss)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.figures import Measure
from copylint.nlp.games import WIN, teams, words

# A scoring summary after the story: "Scorers: Castlebridge – Mottram 23, 67, Asante 81. Harnley – Farrant 55.",
# a line per side ("**Harrowgate Town:** Okafor 12, 58; Bennett 77"), rugby's "Tries: Moloney, Lennon. Cons: Keogh 2."
_LABEL = re.compile(r"(?i)^[\W_]*(?:scorers|goalscorers|goals|scoring)[\W_]*?[:–—]\s*")
_SIDE = re.compile(r"^[*_\s]*(?P<team>[A-Z][\w'’. &]{1,40}?)\s*(?:\(\d+-\d+(?:-\d+)?\))?\s*"
                   r"(?::[*_]*|[*_]*:|\s[–—-])\s*(?P<rest>\S.*)$", re.S)  # ("NORTHFIELD (22-9):": a record)
_MIN = r"\d{1,3}(?:\s*\+\s*\d{1,2})?'?(?:\s*\(?(?:pen|p|og|o\.g\.|en|pp|sh)\)?(?![\w.]))?"
_ENTRY = re.compile(rf"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|da|di))*)\s*"
                    rf"(?:\((?P<n>\d)\)|(?P<mins>{_MIN}(?:\s*,\s*{_MIN})*))?(?:\s*\((?:en|pp|sh|pen)\))?")
_MINUTE = re.compile(r"\d{1,3}(?:\s*\+\s*\d{1,2})?")
# rugby: what each kind of score is worth
_RUGBY = {"tries": 5, "try": 5, "cons": 2, "con": 2, "conversions": 2, "conversion": 2, "pens": 3, "pen": 3,
          "penalties": 3, "penalty": 3, "dg": 3, "dgs": 3, "drop goal": 3, "drop goals": 3, "drop": 3}
_RUGBY_LABEL = re.compile(
    r"(?i)\b(tries|try|cons|con|conversions?|pens|pen|penalties|penalty|dgs?|drop goals?)\s*[:—–]\s*")
# scores by period: "Fort Calloway 1-2-3 — 5", "Northfield 19 22 18 19 — 78" (three periods or more)
_PERIODS = re.compile(r"(?<![\w-])(?P<parts>[\dx]{3}(?: [\dx]{3}){1,3}(?: [\dx]{1,2})?|\d{1,3}(?:-\d{1,3}){2,5}|"
                      r"\d{1,3}(?: \d{1,3}){2,5})\s*[—–]\s*(?P<total>\d{1,3})(?![\w-])")
# a baseball or curling line score: a digit an inning or end, in threes ("010 200 00x", "020 103 000 2")
_INNINGS = re.compile(r"[\dx]{3}(?: [\dx]{3}){1,3}(?: [\dx]{1,2})?")
# a result line with the scorers in brackets: "Bramford Rovers 3 (Harrington 12, 67, Okafor 81) Castlebridge
# City 2 (Mendes 34, Doyle 90+3 pen)"
_BRACKETED = re.compile(r"(?P<team>[A-Z][\w'’.&]*(?: [A-Z][\w'’.&]*){0,4}) (?P<n>\d{1,2}) \((?P<rest>[^()]*)\)")
# "By quarter: Riverton 28, 24, 27, 23; Harbor City 22, 26, 25, 25" (three periods or more, no total)
_BY = re.compile(r"(?i)^[\W_]*by (?:quarters?|periods?|halves|innings|sets?)[\W_]*:\s*")
_TEAM = re.compile(r"[A-Z][\w'’.&]*(?: [A-Z][\w'’.&]*){0,4}")
_PERIOD_SIDE = re.compile(r"^\s*(?P<team>[A-Z][\w'’. &]{1,40}?)\s+(?P<parts>\d{1,3}(?:\s*,\s*\d{1,3}){2,8})\s*\.?\s*$")
_BASKETBALL = frozenset({"rebounds", "3-pointers", "pointers", "basketball", "layup", "dunk"})
# team-name words that tell no side from another
_PLAIN = frozenset("town city united rovers athletic county rangers club the wanderers albion".split())


@dataclass(frozen=True)
class _Line:
    """One side's line of a scoring summary: the team as written, what it credits, and where."""

    team: frozenset[str]
    label: str  # the side as written: "Harnley Rovers"
    score: int
    start: int
    end: int


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
            "from') and credits fewer. A scoring summary after the story ('Scorers: Castlebridge – Mottram 23, 67; "
            "Harnley – Farrant 55', a line per side, rugby's 'Tries: ... Cons: Keogh 2. Pens: Keogh 2.' at five, "
            "two and three points) lists every score: the headline's and the lede's score are checked against "
            "each side it names, and so are the sums of a 'By quarter:' line, a line score's total ('Delorme 020 103 "
            "000 2 — 8'), a hockey summary by period ('Second period — 3. Edmonton, Lind 22 (Dubois) 2:05.', also "
            "against 'led 3-1 after two periods') and a box score's 'Totals' (which must also be its players' "
            "points). Players' points named in the story are left alone (lists are seldom complete)."
        ),
        bad=(
            Example("Alvarado homered as the Cubs beat the Brewers 6-4.\n\nMilwaukee 010 200 010 — 4 9 1.\n\n"
                    "Chicago [[200 004 10x — 6]] 10 0."),
            Example("Delorme won the provincial final 8-6.\n\nDelorme 020 103 000 2 — 8\n\n"
                    "Hartwell [[102 010 101 0 — 7]]"),
            Example("Laine scored twice as the Wolverines beat the Mariners [[5-3]].\n\nMariners 1 1 1 — 3\n\n"
                    "Wolverines 1 2 1 — 4"),
            Example("Harrington scored twice as Bramford Rovers beat Castlebridge City 3-2.\n\nBramford Rovers [[4]] "
                    "(Harrington 12, 67, Okafor 81) Castlebridge City 2 (Mendes 34, Doyle 90+3 pen)."),
            Example("Laine scored twice as the Wolverines beat the Mariners 5-3.\n\n**By period:** Mariners 1-1-1 — 3; "
                    "Wolverines [[1-2-3 — 5]]."),
            Example("Pierce scored 24 points as Northfield beat Delmont State [[78-71]] on Thursday.\n\nNORTHFIELD "
                    "(22-9): Pierce 24, Hale 17, Cole 14, Ward 9, Lusk 5, Beaulieu 6."),
            Example("Laine scored twice as the Fort Calloway Wolverines beat the Essex Falls Mariners [[5-3]].\n\n"
                    "Scorers: Fort Calloway — Laine 2, Arcand, Pollard, Strickland (en), Roy. Essex Falls — "
                    "Bergeron 2, Okafor."),
            Example("Lakeshore FC beat Laval [[2-0]] on goals from Andre Silva and Marco Roy and a penalty from "
                    "Kevin Dufresne."),
            Example("Liam Arsenault scored twice as the Reds beat the X-Men [[5-2]] on Saturday.\n\n"
                    "For the X-Men, Tyler Boudreau scored in the first period and Matt Kielty scored twice in the "
                    "third."),
            Example("Kieran Mottram scored twice as Castlebridge Town beat Harnley Rovers [[3–2]] at Ferry Lane.\n\n"
                    "Scorers: Castlebridge Town – Mottram 23, 67, Asante 81. Harnley Rovers – Farrant 55."),
            Example("# Harrowgate Town [[3-2]] Wexley Rovers: Okafor double\n\nOkafor scored twice.\n\n"
                    "Harrowgate Town: Okafor 12, 58 (pen); Bennett 77\n\nWexley Rovers: Dunmore 40"),
            Example("Okonkwo scored twice as Easton Rovers beat Ashworth Town [[4-1]] on Saturday.\n\nGoals: Rovers – "
                    "Okonkwo 12, 67 pen; Varga 80. Ashworth – Pryde 45+1."),
            Example("Northfield won [[2-1]] at Carlton Athletic, where Tom Hewitt gave the home side an early lead.\n\n"
                    "Sam Ames, Luis Rudd and Kofi Bello scored for Northfield, all in the second half."),
            Example("Brooks scored 31 points as the Riverton Capitals beat the Harbor City Hawks [[104-98]].\n\nBy "
                    "quarter: Riverton 28, 24, 27, 23; Harbor City 22, 26, 25, 25."),
            Example("Lennon's try gave Ballinacourty a [[27–20]] victory over Shannonvale at Mill Road.\n\n"
                    "Ballinacourty: Tries: Moloney, Fitzgibbon, Lennon. Cons: Keogh 2. Pens: Keogh 2.\n\n"
                    "Shannonvale: Tries: Travers, Kehoe. Cons: Dineen 2. Pens: Dineen 2."),
            Example("Dubois scored twice as the Edmonton Oil Kings beat the Calgary Hitmen [[6-3]] on Saturday.\n\n"
                    "First period — 1. Edmonton, Dubois 14 (Ostrander) 6:12. 2. Calgary, Bell 9 (Kowalchuk) 13:40."
                    "\n\nSecond period — 3. Edmonton, Lind 22 (Dubois) 2:05. 4. Calgary, Bell 10 18:22.\n\nThird "
                    "period — 5. Edmonton, Dubois 15 (Ostrander) 4:47 (pp). 6. Calgary, Kowalchuk 18 (Bell) 15:10. "
                    "7. Edmonton, Ostrander 11 (en) 19:02."),
            Example("Toronto led [[3-1]] after two periods.\n\nFirst period — 1. Montreal, Carrier 6 (Lévesque) 8:14."
                    "\n\nSecond period — 2. Toronto, Pike 9 (Sorensen, Dunn) 4:33 (pp). 3. Toronto, Sorensen 4 (Pike) "
                    "16:02.\n\nThird period — 4. Montreal, Lévesque 7 (Carrier, Roy) 12:48."),
            Example("Curry scored 21 points as Bradley beat Drake 78-71.\n\nBRADLEY (20-7) — Curry 7-14 5-6 21, Webb "
                    "4-9 2-2 11, Holloway 3-8 0-0 8, Simms 6-10 3-5 15, Porter 2-6 2-2 6, Larsen 3-5 2-3 9, Mraz 2-3 "
                    "0-0 6, Ortega 1-3 2-2 4. Totals 28-58 16-20 [[78]]."),
            Example("Curry scored 21 points as Bradley beat Drake [[80-71]].\n\nBRADLEY (20-7) — Curry 7-14 5-6 21, "
                    "Webb 4-9 2-2 11, Holloway 3-8 0-0 8, Simms 6-10 3-5 15, Porter 2-6 2-2 6, Larsen 3-5 2-3 9, Mraz "
                    "1-3 0-0 2, Ortega 2-3 2-2 6. Totals 28-58 16-20 78."),
        ),
        good=(
            Example("Alvarado homered as the Cubs beat the Brewers 6-4.\n\nMilwaukee 010 200 010 — 4 9 1.\n\n"
                    "Chicago 200 003 10x — 6 10 0."),
            Example("Delorme won the provincial final 8-6.\n\nDelorme 020 103 000 2 — 8\n\n"
                    "Hartwell 102 010 101 0 — 6"),
            Example("Laine scored twice as the Wolverines beat the Mariners 4-3.\n\nMariners 1 1 1 — 3\n\n"
                    "Wolverines 1 2 1 — 4"),
            Example("Harrington scored twice as Bramford Rovers beat Castlebridge City 3-2.\n\nBramford Rovers 3 "
                    "(Harrington 12, 67, Okafor 81) Castlebridge City 2 (Mendes 34, Doyle 90+3 pen)."),
            Example("Laine scored twice as the Wolverines beat the Mariners 5-3.\n\n**By period:** Mariners 1-1-1 — 3; "
                    "Wolverines 1-2-2 — 5."),
            Example("Pierce scored 24 points as Northfield beat Delmont State 78-71 on Thursday.\n\nNORTHFIELD "
                    "(22-9): Pierce 24, Hale 17, Cole 14, Ward 9, Lusk 5, Beaulieu 9."),
            Example("Laine scored twice as the Fort Calloway Wolverines beat the Essex Falls Mariners 5-3.\n\n"
                    "Scorers: Fort Calloway — Laine 2, Arcand, Pollard, Strickland (en). Essex Falls — Bergeron 2, "
                    "Okafor."),
            Example("Lakeshore FC beat Laval 3-0 on goals from Andre Silva and Marco Roy and a penalty from "
                    "Kevin Dufresne."),
            Example("Liam Arsenault scored twice as the Reds beat the X-Men 5-2 on Saturday.\n\n"
                    "For the X-Men, Tyler Boudreau and Matt Kielty scored in the third period."),
            Example("Connor scored twice as the Jets beat the Oilers 5-4.\n\nMcDavid had a goal for Edmonton."),
            Example("Kieran Mottram scored twice as Castlebridge Town beat Harnley Rovers 3–1 at Ferry Lane.\n\n"
                    "Scorers: Castlebridge Town – Mottram 23, 67, Asante 81+2. Harnley Rovers – Farrant 55."),
            Example("# Harrowgate Town 3-1 Wexley Rovers: Okafor double\n\nOkafor scored twice.\n\n"
                    "Harrowgate Town: Okafor 12, 58 (pen); Bennett 77\n\nWexley Rovers: Dunmore 40\n\n"
                    "Attendance: 2,314"),
            Example("Lennon's try gave Ballinacourty a 27–20 victory over Shannonvale at Mill Road.\n\n"
                    "Ballinacourty: Tries: Moloney, Fitzgibbon, Lennon. Cons: Keogh 3. Pens: Keogh 2.\n\n"
                    "Shannonvale: Tries: Travers, Kehoe. Cons: Dineen 2. Pens: Dineen 2."),
            Example("Ashbourne beat Kirkwall 3-1 on Saturday.\n\nAshbourne: Lee, Park, Moss; Kirkwall: Dunn"),
            Example("Okonkwo scored twice as Easton Rovers beat Ashworth Town 3-1 on Saturday.\n\nGoals: Rovers – "
                    "Okonkwo 12, 67 pen; Varga 80. Ashworth – Pryde 45+1."),
            Example("Northfield won 3-1 at Carlton Athletic, where Tom Hewitt gave the home side an early lead.\n\n"
                    "Sam Ames, Luis Rudd and Kofi Bello scored for Northfield, all in the second half."),
            Example("Northfield won 2-1 at Mill Lane Stadium.\n\nSam Ames and Luis Rudd scored, and Kofi Bello "
                    "hit the post."),
            Example("Brooks scored 31 points as the Riverton Capitals beat the Harbor City Hawks 104-98.\n\nBy "
                    "quarter: Riverton 28, 24, 27, 25; Harbor City 22, 26, 25, 25."),
            Example("Dubois scored twice as the Edmonton Oil Kings beat the Calgary Hitmen 4-3 on Saturday.\n\n"
                    "First period — 1. Edmonton, Dubois 14 (Ostrander) 6:12. 2. Calgary, Bell 9 (Kowalchuk) 13:40."
                    "\n\nSecond period — 3. Edmonton, Lind 22 (Dubois) 2:05. 4. Calgary, Bell 10 18:22.\n\nThird "
                    "period — 5. Edmonton, Dubois 15 (Ostrander) 4:47 (pp). 6. Calgary, Kowalchuk 18 (Bell) 15:10. "
                    "7. Edmonton, Ostrander 11 (en) 19:02."),
            Example("Toronto led 2-1 after two periods.\n\nFirst period — 1. Montreal, Carrier 6 (Lévesque) 8:14."
                    "\n\nSecond period — 2. Toronto, Pike 9 (Sorensen, Dunn) 4:33 (pp). 3. Toronto, Sorensen 4 (Pike) "
                    "16:02.\n\nThird period — 4. Montreal, Lévesque 7 (Carrier, Roy) 12:48."),
            Example("Curry scored 21 points as Bradley beat Drake 78-71.\n\nBRADLEY (20-7) — Curry 7-14 5-6 21, Webb "
                    "4-9 2-2 11, Holloway 3-8 0-0 8, Simms 6-10 3-5 15, Porter 2-6 2-2 6, Larsen 3-5 2-3 9, Mraz 1-3 "
                    "0-0 2, Ortega 2-3 2-2 6. Totals 28-58 16-20 78."),
        ),
    )

    def check(self, doc, ctx):
        led = doc.ledger
        finals = [m for m in led.of(Measure.TALLY) if m.frame == "final" and not m.quoted and not m.headline
                  and m.second is not None]
        heads = [m for m in led.of(Measure.TALLY) if m.frame == "final" and m.headline and m.second is not None]
        yield from self._after_periods(doc, led)
        for box in doc.memo("score-summary.boxes", _boxes):
            if sum(box.points) != box.total:  # "Curry 7-14 5-6 21, Webb 4-9 2-2 11, ... Totals 28-58 16-20 78"
                yield Finding(box.start, box.end, f"{box.team}'s players' points add up to {sum(box.points)}, but "
                              f"the total given is {box.total}: check the box score.")
        if finals or heads:
            yield from self._against_summary(doc, heads + finals[:1])
            yield from self._periods(doc)
            yield from self._by_period(doc, heads + finals[:1])
            yield from self._bracketed(doc)
        for i, t in enumerate(finals):
            sides = teams(doc, t)
            if sides is None:
                continue
            winner, loser = sides
            high, low = max(t.value, t.second), min(t.value, t.second)
            if i == 0 and self._scored(doc, t, sides):
                continue  # the summary after the story lists every score: it settles the count
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
    def _after_periods(doc, led):
        """ "Toronto led 3-1 after two periods" against the goals a summary by period lists up to then."""
        goals = doc.memo("score-summary.goals", _period_goals)
        teams_ = list(dict.fromkeys(g.team for g in goals))
        if len(teams_) != 2:
            return
        toks = doc.tokens
        for t in led.of(Measure.TALLY):
            if t.quoted or t.second is None or t.first < 2:
                continue
            after = [x.lower for x in toks[t.last:t.last + 4]]
            n = _PERIODS_PLAYED.get(tuple(after[1:3])) if after[:1] == ["after"] else None
            verb = toks[t.first - 1].lower
            if n is None or verb not in ("led", "leads", "trailed", "trails"):
                continue
            subject = _words_before(doc, t.first - 1)
            mine = [x for x in teams_ if _side(x) & subject]
            if len(mine) != 1:
                continue
            other = next(x for x in teams_ if x != mine[0])
            high, low = max(t.value, t.second), min(t.value, t.second)
            want = (high, low) if verb in ("led", "leads") else (low, high)
            got = tuple(sum(1 for g in goals if g.team == x and g.period <= n) for x in (mine[0], other))
            if got != want:
                yield Finding(t.start, t.end, f"{t.text} after {_PERIOD_NAMES[n]}, but the summary's goals make it "
                              f"{got[0]}-{got[1]}: check the score or the summary.",
                              related=tuple(Related(g.start, g.end, doc.text[g.start:g.end]) for g in goals
                                            if g.period <= n)[:4])

    def _by_period(self, doc, finals):
        """ "By quarter: Riverton 28, 24, 27, 23; Harbor City 22, 26, 25, 25": each side's periods against the
        score the final gives it."""
        lines = doc.memo("score-summary.periods", _period_lines)
        for t in finals if lines else ():
            sides = teams(doc, t)
            if sides is None:
                continue
            for line, want in self._scored(doc, t, sides, lines):
                if line.score != want:
                    whose = line.label + ("'" if line.label.endswith("s") else "'s")
                    yield Finding(t.start, t.end, f"The score is {t.text}, but {whose} periods add up to "
                                  f"{line.score}: check the score or the periods.",
                                  related=(Related(line.start, line.end, doc.text[line.start:line.end]),))
                    return

    @staticmethod
    def _bracketed(doc):
        """"Bramford Rovers 4 (Harrington 12, 67, Okafor 81)": a side's score against the goals its brackets
        list, one a minute."""
        for b in doc.blocks:
            text = doc.text[b.start:b.end]
            found = list(_BRACKETED.finditer(text))
            if len(found) != 2 or found[0].start() != 0:
                continue
            for m in found:
                goals = _entries(m.group("rest"), counts=False)
                if goals is None or not _MINUTE.search(m.group("rest")) or goals == int(m.group("n")):
                    continue
                a, z = b.start + m.start("n"), b.start + m.end("n")
                yield Finding(a, z, f"{m.group('team')} {m.group('n')}, but its scorers' list gives {goals} goals: "
                              "check the score or the scorers.",
                              related=(Related(b.start + m.start("rest"), b.start + m.end("rest"), m.group("rest")),))

    @staticmethod
    def _periods(doc):
        """A line of scores by period, quarter or innings with the total after a dash ("Fort Calloway 1-2-3 —
        5", "Northfield 19 22 18 19 — 78"): the periods must add up to it."""
        for b in doc.blocks:
            text = doc.text[b.start:b.end]
            for m in _PERIODS.finditer(text):
                innings = _INNINGS.fullmatch(m.group("parts"))  # "010 200 010 — 4": runs by inning
                parts = [int(x) for x in (re.findall(r"\d", m.group("parts")) if innings else
                                          re.findall(r"\d+", m.group("parts")))]
                total = int(m.group("total"))
                if sum(parts) != total:
                    a, z = b.start + m.start("parts"), b.start + m.end("total")
                    yield Finding(a, z, f"The periods ({' + '.join(map(str, parts))}) add up to {sum(parts)}, "
                                  f"but the total given is {total}: check the scores.")

    def _against_summary(self, doc, finals):
        """Each final score of the headline and the lede against the scoring summary's sides."""
        lines = doc.memo("score-summary.lines", _summary)
        for t in finals if lines else ():
            sides = teams(doc, t)
            for line, want in self._scored(doc, t, sides, lines) if sides else ():
                if line.score != want:
                    yield Finding(t.start, t.end, f"The score is {t.text}, but the scoring summary gives {line.label} "
                                  f"{line.score} where the score gives {int(want)}: check the score or the summary.",
                                  related=(Related(line.start, line.end,
                                                   re.sub(r"[*_]+", "", doc.text[line.start:line.end])),))
                    break

    @staticmethod
    def _scored(doc, t, sides, lines=None) -> list[tuple[_Line, float]]:
        """The summary's lines for the two sides of a final, each with the score the final gives it."""
        winner, loser = sides
        high, low = max(t.value, t.second), min(t.value, t.second)
        return [(line, want) for line in (doc.memo("score-summary.lines", _summary) if lines is None else lines)
                for team, want in ((winner, high), (loser, low)) if _same(line.team, team, winner | loser)]

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
        low = [x.lower for x in toks[s.first:s.last]]
        side = None
        if low[:1] == ["for"] and "," in low[:8]:
            team = _words_of(toks[s.first + 1:s.first + low.index(",")])
            side = winner if team & winner else loser if team & loser or not team & winner else None
        elif si == lede.sentence or "as" in low and any(w in WIN for w in low):
            side = winner
        for k, w in enumerate(low):
            if w not in ("scored", "scores", "netted", "nets"):
                continue
            own = side
            if low[k + 1:k + 2] == ["for"]:  # "Ames, Rudd and Bello scored for Northfield"
                team = _words_of(toks[s.first + k + 2:s.first + min(len(low), k + 6)])
                own = winner if team & winner and not team & loser else loser if team & loser and not (
                    team & winner) else own
            if own is None:
                continue
            names = _scorers(doc, si, s.first + k)
            if not names or any(words(n) & (winner | loser) for n in names):
                continue
            n = 1
            nxt = low[k + 1:k + 4]
            if nxt[:1] and nxt[0] in _TIMES:
                n = _TIMES[nxt[0]]
            elif nxt[:2] in (["a", "brace"], ["a", "hat"], ["a", "hat-trick"]):
                n = _TIMES[nxt[1]]
            yield own, n * len(names), (names[0].start, toks[s.first + k].end)


def _scorers(doc, si: int, k: int) -> list:
    """The people named just before the verb at token k: "Kielty" of "Kielty scored", the three of "Sam Ames,
    Luis Rudd and Kofi Bello scored"."""
    toks = doc.tokens
    named = [n for n in doc.entities.names if n.sentence == si and n.last <= k and n.kind != "place"]
    if not named:
        return []
    out = [named[-1]]
    if named[-1].last != k:
        return out  # "Boudreau scored", "Boudreau, who joined in May, scored": one
    for n in reversed(named[:-1]):
        gap = [t.lower for t in toks[n.last:out[-1].first]]
        if gap not in ([","], ["and"], [",", "and"]) or len(out) == 1 and "and" not in gap:
            break  # (a list ends "... and Bello"; "For the X-Men, Boudreau scored" is one)
        out.append(n)
    return out[::-1]


def _summary(doc) -> list[_Line]:
    """The side lines of the article's scoring summary, each with the goals (or rugby points) it lists."""
    out = []
    points = any(t.lower in _BASKETBALL for t in doc.tokens) or any(
        m.frame == "final" and m.value > 15 for m in doc.ledger.of(Measure.TALLY))  # a box score: "Pierce 24"
    for b in doc.blocks:
        if b.kind not in ("paragraph", "list", "title"):  # "**Harrowgate Town:** Okafor 12, 58" reads as a title
            continue
        text = doc.text[b.start:b.end]
        label = _LABEL.match(text)
        if label:
            at = b.start + label.end()
            parts = re.split(r"(?<=[\d)])\.\s+(?=[A-Z])|(?<=[a-z])\.\s+(?=[A-Z])|\n", text[label.end():])
        else:
            at, parts = b.start, [text]
        for part in parts:
            line = _line(part, at + text[at - b.start:].find(part), points)
            if line is not None:
                out.append(line)
    for box in doc.memo("score-summary.boxes", _boxes):
        out.append(_Line(_side(box.team), box.team, box.total, box.start, box.end))
    goals = doc.memo("score-summary.goals", _period_goals)
    for team in dict.fromkeys(g.team for g in goals):
        mine = [g for g in goals if g.team == team]
        out.append(_Line(_side(team), team, len(mine), mine[0].start, mine[0].end))
    return out


@dataclass(frozen=True)
class _Box:
    """A team's line of a basketball box score: its players' points and the total it gives ("BRADLEY (20-7) —
    Curry 7-14 5-6 21, Webb 4-9 2-2 11, ... Totals 28-58 16-20 78.")."""

    team: str
    points: tuple[int, ...]
    total: int
    start: int  # the "Totals" figure
    end: int


_BOX = re.compile(r"[*_\s]*(?P<team>[A-Z][\w'’. &-]{1,40}?)\s*(?:\(\d+-\d+\))?\s*[—–:-]\s*(?P<rest>.*?)"
                  r"\bTotals?\s+\d+-\d+\s+\d+-\d+\s+(?P<total>\d{1,3})\b", re.S)
_BOX_ENTRY = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)? \d{1,2}-\d{1,2} \d{1,2}-\d{1,2} (?P<pts>\d{1,3})\b")


def _boxes(doc) -> list[_Box]:
    out: list[_Box] = []
    if "Total" not in doc.text:
        return out
    for b in doc.blocks:
        m = _BOX.match(doc.text, b.start, b.end)
        if m is None:
            continue
        points = tuple(int(e.group("pts")) for e in _BOX_ENTRY.finditer(m.group("rest")))
        if len(points) >= 3:
            out.append(_Box(m.group("team").strip(), points, int(m.group("total")), m.start("total"), m.end("total")))
    return out


@dataclass(frozen=True)
class _Goal:
    """One goal of a hockey scoring summary by period ("Second period — 3. Edmonton, Lind 22 (Dubois) 2:05.")."""

    period: int
    team: str
    start: int
    end: int


# "First period — 1. Edmonton, Dubois 14 (Ostrander, Lind) 6:12. 2. Calgary, Bell 9 (Kowalchuk) 13:40 (pp)."
_PERIOD_HEAD = re.compile(r"(?i)^[\W_]*(first|second|third|1st|2nd|3rd|overtime|ot)(?: period)?[\W_]*?[:—–-]\s*")
_GOAL = re.compile(r"(?<![\w.])\d{1,2}\.\s+(?P<team>[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,3}),\s+[A-Z][^.()]*?"
                   r"(?:\([^()]*\)\s*)?\d{1,2}:\d\d")
_PERIODS_PLAYED = {("one", "period"): 1, ("the", "first"): 1, ("two", "periods"): 2, ("the", "second"): 2,
                   ("three", "periods"): 3, ("the", "third"): 3, ("1", "period"): 1, ("2", "periods"): 2}
_PERIOD_NAMES = {1: "one period", 2: "two periods", 3: "three periods"}
_PERIOD_NUMBERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "overtime": 4, "ot": 4}


def _words_before(doc, k: int) -> frozenset[str]:
    """The lower-case words of the name that ends just before token k ("Toronto" of "Toronto led")."""
    n = doc.entities.name_ending(k - 1)
    if n is not None:
        return words(n)
    t = doc.tokens[k - 1] if k else None  # a team that opens its sentence: "Toronto led 3-1"
    return frozenset({t.lower}) if t is not None and t.kind == "word" and t.text[0].isupper() else frozenset()


def _period_goals(doc) -> list[_Goal]:
    """The goals a summary by period lists, in order, with their period and team."""
    out: list[_Goal] = []
    if "eriod" not in doc.text and "vertime" not in doc.text:
        return out
    for b in doc.blocks:
        text = doc.text[b.start:b.end]
        head = _PERIOD_HEAD.match(text)
        if head is None:
            continue
        period = _PERIOD_NUMBERS[head.group(1).lower()]
        for g in _GOAL.finditer(text, head.end()):
            out.append(_Goal(period, g.group("team"), b.start + g.start(), b.start + g.end()))
    return out


def _side(written: str) -> frozenset[str]:
    """A summary side's words, its plain ones ("Town", "Rovers") dropped unless they are all it has ("Rovers –
    Okonkwo 12")."""
    words = frozenset(w.lower().strip(".'’") for w in written.split())
    return words - _PLAIN or words


def _period_lines(doc) -> list[_Line]:
    """The sides of a "By quarter:" line, each with the sum of its periods, and the side of a line score with
    its total ("Delorme 020 103 000 2 — 8", "Chicago 200 004 10x — 6 10 0")."""
    out = []
    for b in doc.blocks:
        text = doc.text[b.start:b.end]
        label = _BY.match(text)
        if label is None:
            m = _PERIODS.search(text)
            team = _TEAM.fullmatch(text[:m.start()].strip(" *_")) if m is not None else None
            if team is not None:
                out.append(_Line(_side(team.group()), team.group(), int(m.group("total")), b.start,
                                 b.start + m.end()))
            continue
        at = label.end()
        for part in re.finditer(r"[^;\n]+", text[at:]):
            m = _PERIOD_SIDE.match(part.group())
            if m is None:
                continue
            score = sum(int(x) for x in re.findall(r"\d+", m.group("parts")))
            a = b.start + at + part.start()
            out.append(_Line(_side(m.group("team")), m.group("team").strip(), score, a,
                             a + len(part.group().rstrip(" ."))))
    return out


def _line(part: str, start: int, points: bool = False) -> _Line | None:
    m = _SIDE.match(part)
    if m is None:
        return None
    team = _side(m.group("team"))
    rest = m.group("rest").rstrip(" .\n*_")
    if not team or not rest:
        return None
    labels = list(_RUGBY_LABEL.finditer(rest))
    if labels:  # rugby: "Tries: Moloney, Lennon. Cons: Keogh 2. Pens: Keogh 2."
        if rest[:labels[0].start()].strip(" .;,"):
            return None
        score = 0
        for a, nxt in zip(labels, [*labels[1:], None], strict=True):
            items = _entries(rest[a.end():nxt.start() if nxt else len(rest)], counts=True)
            if items is None:
                return None
            score += _RUGBY[a.group(1).lower()] * items
    else:
        score = _entries(rest, counts=points or _counted(rest))
        if score is None or not _MINUTE.search(rest) and "(" not in rest:
            return None  # a list of names alone is no summary ("Starting XI: ...")
    end = start + m.end("rest") - (len(m.group("rest")) - len(rest))
    return _Line(team, m.group("team").strip(), score, start, end)


def _counted(text: str) -> bool:
    """The figures after names count goals, not minutes: all of four or under, some names bare ("Laine 2,
    Arcand, Pollard": a hockey summary); "Okafor 12, 58; Bennett 77" gives minutes."""
    figures = [int(x) for x in re.findall(r"(?<![\d+])\d{1,3}(?![\d+'])", text)]
    bare = any(not e.group("n") and not e.group("mins") for e in _ENTRY.finditer(text))
    return bool(figures) and max(figures) <= 4 and bare


def _entries(text: str, counts: bool) -> int | None:
    """Scores listed: one per minute ("Okafor 12, 58"), "(2)" after a name, or (rugby) the count after a
    name ("Keogh 2"); None when the text holds anything but names and figures."""
    total, pos = 0, 0
    for e in _ENTRY.finditer(text):
        if text[pos:e.start()].strip(" ,;.&") not in ("", "and"):
            return None
        pos = e.end()
        if e.group("n"):
            total += int(e.group("n"))
        elif e.group("mins"):
            got = _MINUTE.findall(e.group("mins"))
            total += int(got[0]) if counts and len(got) == 1 else len(got)
        else:
            total += 1
    return total if not text[pos:].strip(" ,;.") and pos else None


def _same(line: frozenset[str], team: frozenset[str], both: frozenset[str]) -> bool:
    """The summary's side is this team and not the other ("Castlebridge Town" for "castlebridge town")."""
    if line <= _PLAIN:  # "Rovers" for "Easton Rovers", when the other side is no Rovers
        return bool(line & team) and not line & (both - team)
    own = (team - _PLAIN) & line
    return bool(own) and not (both - team - _PLAIN) & line


def _words_of(toks) -> frozenset[str]:
    return frozenset(t.lower.strip(".") for t in toks if t.kind == "word" and t.lower not in ("the",))
