"""numbers.streak: one streak given two lengths ("for a sixth consecutive month" ... "five months in a
row")."""

from __future__ import annotations

import re

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.calendar import DAY_NAMES
from copylint.nlp.counted import noun
from copylint.nlp.figures import Measure
from copylint.nlp.ledger import scopes_meet
from copylint.nlp.lexicon import verb_tags

# A sentence with these speaks of another streak, an earlier or a hoped-for one.
_OTHER = frozenset("had would could might if previous earlier snapped ended end broke before franchise "
                   "history".split())


class Streak:
    meta = Meta(
        id="numbers.streak",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="One streak is given two different lengths.",
        description=(
            "Reads streaks from the ledger ('a sixth straight win', 'five consecutive months', 'six wins in a "
            "row', 'a six-game winning streak', 'a run of nine') with what they count and whose they are, and "
            "flags one streak given two lengths, and a streak longer than the results the story gives after it "
            "allow ('third in a row' ... 'beat Ashcroft on Tuesday, had lost at Dunmore on Sunday', counted back "
            "from the day of the story's game). Streaks of others, runs of wins against runs of losses, home "
            "runs against overall ones, earlier or hoped-for streaks ('had won five in a row', 'a win would be "
            "their seventh straight') and records are left alone, except the record a run is given with "
            "('winless in five games (0-4-1)'): its parts must add up to the run, a winless run holds no win and "
            "an unbeaten one no loss."
        ),
        bad=(
            Example("House prices rose for a sixth consecutive month in September.\n\n“We've now had [[five months in "
                    "a row]] of rising prices,” said Fiona Galbraith."),
            Example("Same-store sales rose 3.9 per cent, a fifth consecutive quarter of growth.\n\n“We've now grown "
                    "same-store sales [[four]] quarters in a row,” Marchand said."),
            Example("Bergeron scored both goals for Essex Falls, which is winless in five games ([[0-3-1]]) and out "
                    "of a playoff place."),
            Example("Inflation rose for a sixth consecutive month in March.\n\n"
                    "Prices have now climbed [[five months in a row]], the agency said."),
            Example("The Jets won their sixth straight game on Saturday.\n\n"
                    "The [[seven-game]] winning streak is their longest this season."),
            Example("The Rapids beat the Mariners 4-2 on Saturday.\n\nThe win was the Rapids' [[third]] in a row. "
                    "Riverton, which beat Ashcroft 5-1 on Tuesday, had lost 3-2 at Dunmore on Sunday."),
            Example("Redmond fell 101-99 to the Herons on Wednesday.\n\nRedmond lost its [[third]] straight game. The "
                    "Flyers beat the Stags 99-95 on Saturday before falling 118-109 at Lakeport on Monday."),
            Example("The Oil Kings beat the Hitmen 6-3 on Saturday, extending their winning streak to six games.\n\n"
                    "The Oil Kings have won [[five]] straight games and sit first in the division."),
            Example("Home prices rose for the 11th consecutive month in May.\n\nWhitfield said the streak of [[12]] "
                    "straight monthly price gains is driven by new construction."),
            Example("The Red River rose for an 11th straight day on Thursday.\n\nFontaine said crews had worked "
                    "through [[12]] consecutive days of rising water."),
            Example("The result extended Ivory Coast's unbeaten run in the group to seven matches.\n\nIt was a "
                    "[[sixth]] straight game without defeat for Yao's side in the group."),
            Example("Brisbane extended its winning run to seven games with a 14-point victory over Collingwood.\n\n"
                    "The win, Brisbane's [[sixth]] in a row, lifts the Lions to second on the ladder."),
            Example("Eskom marks 150 days without load-shedding\n\nSouth Africa reached 150 consecutive days without "
                    "load-shedding on Wednesday.\n\nThe chief executive said the [[140-day]] run showed the plan was "
                    "working."),
            Example("Penrith made it five wins in a row with a 26-18 victory over Melbourne.\n\nCoach Greg Alder said "
                    "[[four]] wins on the trot had restored the side's confidence."),
            Example("UK house prices rose for the sixth consecutive month in March.\n\nEstate agents said demand, "
                    "which has pushed prices up for [[five months]] running, was likely to ease."),
        ),
        good=(
            Example("House prices rose for a sixth consecutive month in September.\n\n“We've now had six months in "
                    "a row of rising prices,” said Fiona Galbraith."),
            Example("Wednesday was the ninth consecutive day of the walkout.\n\n“In 2019 they had been out eight "
                    "days in a row before a deal,” Bentham said."),
            Example("Three quarters of shops reported a fifth consecutive quarter of growth."),
            Example("Bergeron scored both goals for Essex Falls, which is winless in five games (0-4-1) and out of "
                    "a playoff place, and unbeaten in its last seven matches (5-0-2) at home."),
            Example("The Jets won their sixth straight game.\n\nA win on Monday would be their seventh straight."),
            Example("The Jets won their sixth straight game.\n\nThe Oilers have lost five in a row."),
            Example("Inflation rose for a sixth consecutive month.\n\nIt had risen five months in a row in 2019."),
            Example("The Rapids beat the Mariners 4-2 on Saturday.\n\nThe win was the Rapids' second in a row. "
                    "Riverton, which beat Ashcroft 5-1 on Tuesday, had lost 3-2 at Dunmore on Sunday."),
            Example("The Herons' win was their seventh straight at home.\n\nRedmond lost its third straight game."),
            Example("Home prices rose for the 11th consecutive month in May.\n\nSales fell for a 12th straight "
                    "month."),
            Example("The Oil Kings extended their winning streak to six games.\n\nThe Hitmen have lost five "
                    "straight games."),
            Example("Auckland's median house price has fallen for a fifth consecutive month.\n\nThe house price index "
                    "fell 0.4 per cent in the month. The index has now fallen for three months in a row."),
            Example("The result extended Ivory Coast's unbeaten run in the group to seven matches.\n\nIt was a "
                    "seventh straight game without defeat for Yao's side in the group."),
            Example("Eskom marks 150 days without load-shedding\n\nSouth Africa reached 150 consecutive days without "
                    "load-shedding on Wednesday.\n\nBusiness groups said the 150-day run had restored some "
                    "confidence."),
            Example("UK house prices rose for the sixth consecutive month in March.\n\nEstate agents said demand, "
                    "which has pushed prices up for six months running, was likely to ease."),
        ),
    )

    def check(self, doc, ctx):
        led = doc.ledger
        yield from self._records(doc, led)
        every = [m for m in led.of(Measure.STREAK) if not _clause(led, m) & _OTHER]
        streaks = [m for m in every if not m.quoted]
        units = {m.index: _unit(led, m) for m in every}
        for i, b in enumerate(every):
            cb = units[b.index]
            if any(c is not b and c.value == b.value and units[c.index] == cb for c in every):
                continue  # its length stands elsewhere too: the odd one out is the other
            for a in reversed(every[:i]):  # the nearest streak before it first
                if a.sentence == b.sentence or a.value == b.value or a.section != b.section or a.quoted and b.quoted:
                    continue
                if a.quoted or b.quoted:  # a speaker's "five months in a row" against the story's sixth month
                    if a.cls is None or a.cls != b.cls or not scopes_meet(a.scope, b.scope) or \
                            _kind(led, a) != _kind(led, b):
                        continue
                    yield self._finding(a, b)
                    break
                if a.holder and b.holder and a.holder != b.holder or not scopes_meet(a.scope, b.scope):
                    continue
                ca = units[a.index]
                if ca and cb and ca != cb or (a.holder is None) != (b.holder is None) and not (ca and ca == cb):
                    continue
                if a.event and b.event and a.event != b.event or (a.holder is None) != (b.holder is None) and \
                        a.event != b.event and not ca == cb == "win":
                    continue  # "has scored in four matches in a row" and the team's "unbeaten run to 12 matches"
                na, nb = _subject_nouns(led, a), _subject_nouns(led, b)
                if na and nb and not na & nb:
                    continue  # "the median house price has fallen for a fifth consecutive month" and "the index
                    # has now fallen for three months in a row"
                wa, wb = _way(led, a), _way(led, b)
                if wa and wb and wa != wb:
                    continue  # "prices rose for the 11th consecutive month" and "sales fell for a 12th straight month"
                ka, kb = _kind(led, a), _kind(led, b)
                venue = {"home", "road", "away"}
                if ka and kb and ka != kb or bool(venue & set(led.words(a, after=4))) != bool(
                        venue & set(led.words(b, after=4))):
                    continue  # a run of wins and one of losses; "seventh straight at home" and "third straight"
                yield self._finding(a, b)
                break
        yield from self._broken(doc, led, streaks)

    @staticmethod
    def _finding(a, b):
        return Finding(b.start, b.end, f"A streak of {_n(b.value)} here but {_n(a.value)} elsewhere in the article: "
                       "check the count.", related=(Related(a.start, a.end, f"streak of {_n(a.value)}"),))

    @staticmethod
    def _broken(doc, led, streaks):
        """A streak against the results the story gives next, by weekday: "the Rapids' third win in a row.
        Riverton, which beat Ashcroft on Tuesday, had lost at Dunmore on Sunday" (the streak is two)."""
        for s in streaks:
            kind = _kind(led, s)
            today = _game_day(doc, led, s)
            if kind is None or today is None:
                continue
            results = []
            for t in led.of(Measure.TALLY):
                if not s.sentence <= t.sentence <= s.sentence + 1 or t.quoted or t.first < s.first:
                    continue
                day = _weekday_near(doc, t)
                verbs = {x.lower for x in doc.tokens[max(doc.sentences[t.sentence].first, t.first - 6):t.first]}
                won, lost = bool(verbs & _WON), bool(verbs & _LOST)
                if won != lost and day is not None:
                    results.append(((today - day) % 7 or 7, "win" if won else "loss"))
            other = [back for back, k in results if k != kind]
            if not other:
                continue
            since = 1 + sum(1 for back, k in results if k == kind and back < min(other))
            if s.value > since:
                yield Finding(s.start, s.end, f"A streak of {_n(s.value)}, but the results given after it make it "
                              f"{_n(since)}: check the streak or the results.")

    @staticmethod
    def _records(doc, led):
        """ "winless in five games (0-3-1)": the record given for a run must add up to its length, and a
        winless run has no win, an unbeaten one no loss."""
        counts = {m.start: m for m in led.of(Measure.COUNT) if not m.quoted}
        for b in doc.blocks:
            text = doc.text[b.start:b.end]
            for r in _RUN_RECORD.finditer(text):
                m = counts.get(b.start + r.start("n"))
                if m is None:
                    continue
                parts = [int(x) for x in r.group("rec").split("-")]
                kind = r.group("kind").lower()
                wrong = sum(parts) != m.value or kind == "winless" and parts[0] != 0 or \
                    kind in ("unbeaten", "undefeated") and parts[1] != 0
                if wrong:
                    a, z = b.start + r.start("rec"), b.start + r.end("rec")
                    yield Finding(a, z, f"A run of {doc.text[m.start:m.end]} {r.group('unit')} "
                                  f"({r.group('kind')}) given as {r.group('rec')}: check the record or the count.",
                                  related=(Related(m.start, m.end, doc.text[m.start:m.end]),))


def _clause(led, m) -> set[str]:
    """The words of a streak's clause around it (eight before, six after, not past a comma or semicolon):
    "had won five straight before" is a past run, not "eight days in a row now, and we'd had ..."."""
    before, after = led.words(m, before=8), led.words(m, after=6)
    for cut in (",", ";"):
        if cut in after:
            after = after[:after.index(cut)]
        if cut in before:
            before = before[len(before) - before[::-1].index(cut):]
    words = before + after
    # "We've now had five months in a row": a perfect that runs to now, not a past run; nor is "Fontaine said
    # crews had worked through 12 consecutive days" (reported speech, the tense moved back)
    said = any(w in _SAID for w in led.words(m, before=20))
    return {w for k, w in enumerate(words) if not (w == "had" and (said or any(
        x in ("have", "has") or x.endswith(("'ve", "’ve")) for x in words[max(0, k - 2):k])))}


_SAID = frozenset({"said", "says", "told", "added", "noted"})


_WON = frozenset("beat beats beating defeated won edged topped downed routed blanked".split())
_LOST = frozenset("lose lost losing fall fell falling dropped".split())
_DAYS = {d.lower(): i for i, d in enumerate(DAY_NAMES)}  # full names only: "sun" and "wed" are words too


def _game_day(doc, led, s) -> int | None:
    """The weekday of the game a streak is counted to: the first one the story's opening sentences name."""
    for m in led.mentions:
        if m.sentence > max(4, s.sentence):
            break
        day = _weekday_near(doc, m) if m.measure == Measure.TALLY else None
        if day is not None:
            return day
    return None


def _unit(led, s) -> str | None:
    """What a streak counts, one way for each phrasing: "a winning streak to six games" and "won five straight
    games" count wins; "12 straight monthly price gains" and "the 11th consecutive month" count months."""
    period = next((_PERIODIC[x.lower()] for x in s.mods if x.lower() in _PERIODIC), None)
    if period is not None and s.cls in _CHANGES:
        return period
    if s.cls in ("game", "match", "contest", "start", "outing", "win", "loss") or s.cls is None:
        return _kind(led, s) or s.cls  # ("The win, Brisbane's sixth in a row": a run of wins)
    return s.cls


_PERIODIC = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter", "yearly": "year",
             "annual": "year"}
_CHANGES = frozenset("gain rise increase decline drop fall loss cut hike".split())


def _subject_nouns(led, s) -> frozenset[str]:
    """The common nouns before a streak in its clause, its subject's ("Auckland's median house price has fallen
    for a fifth consecutive month": house, price); time words and the streak's own words left out."""
    doc = led.doc
    toks = doc.tokens[max(doc.sentences[s.sentence].first, s.first - 9):s.first]
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].lower in (",", ";", "and", "but", "while"):
            toks = toks[k + 1:]
            break
    return frozenset(n for t in toks if t.kind == "word" and t.text[0].islower() and t.lower not in _NOT_SUBJECTS
                     and (n := noun(t.text)) is not None and (not verb_tags(t.lower) & {"VBD", "VBN", "VBZ", "VBG"}
                                                             or noun(t.text, plural=True) is not None))


_NOT_SUBJECTS = frozenset("streak run stretch month months week weeks day days year years quarter quarters game "
                          "games match matches time times straight consecutive row now which that who up down "
                          "for".split())


def _way(led, s) -> str | None:
    """A run of rises or of falls, by the verb before it ("rose for the 11th consecutive month")."""
    words = set(led.words(s, before=5))
    up, down = bool(words & _UP), bool(words & _DOWN)
    return "up" if up and not down else "down" if down and not up else None


_UP = frozenset("rose rise rises risen rising climbed climbs grew grows increased increases gained gains".split())
_DOWN = frozenset("fell fall falls fallen falling dropped drops declined declines slid slipped shrank".split())


def _kind(led, s) -> str | None:
    """A run of wins or of losses, by the words around it."""
    lose = {"lost", "lose", "loss", "losses", "losing", "defeat", "defeats"}
    win = {"win", "wins", "won", "winning", "victory", "victories"}
    for words in (led.words(s, after=3) + [s.thing or "", s.event or ""], led.words(s, before=6)):
        seen = set(words)  # its own noun first ("fifth straight win"), then the verb before it ("won four in a row")
        if seen & {"unbeaten", "undefeated", "without"} and not seen & win:
            return "unbeaten"  # "an unbeaten run to seven matches", "a sixth straight game without defeat"
        if seen & lose and not seen & win:
            return "loss"
        if seen & win and not seen & lose:
            return "win"
    return None


def _weekday_near(doc, t) -> int | None:
    """The weekday (Monday = 0) written right after a score ("5-1 on Tuesday"), or just before it."""
    toks = doc.tokens
    s = doc.sentences[t.sentence]
    for k in list(range(t.last, min(s.last, t.last + 7))) + list(range(t.first - 1, max(s.first, t.first - 5), -1)):
        if toks[k].lower in _DAYS:
            return _DAYS[toks[k].lower]
    return None


def _n(v: float) -> str:
    return str(int(v))


# "winless in five games (0-3-1)", "unbeaten in seven matches (5-0-2)"
_RUN_RECORD = re.compile(r"(?i)\b(?P<kind>winless|unbeaten|undefeated)\s+in\s+(?:its |their |his |her |the )?"
                         r"(?:last |past )?(?P<n>\w+)\s+(?P<unit>games|matches|starts|outings|fixtures)\s*"
                         r"\((?P<rec>\d{1,2}-\d{1,2}(?:-\d{1,2})?)\)")
