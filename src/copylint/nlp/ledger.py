"""The numbers ledger: every figure of an article with what it measures, what it counts, whose it
is, when, and the role it plays. Built once per document (`Document.ledger`) and read by every
numbers rule; see docs/numbers.md.

A Mention is one figure in context. Its identity fields decide whether two mentions can be one
quantity: `measure` and `unit`; `thing` (the counted noun's lemma) and `cls` (its class:
residents and people meet); `event` (what happened: killed, won, scored); `holder` (whose: the
clause subject or the possessor, carried through surnames and pronouns); `scope` (markers of time
and place: "y:2019", "rel:last-year", "season:this", "p:ohio"); `role` (total, part, threshold,
pool, running total, change). Everything is read from the masked text, sentence by sentence, with
code-point spans into the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cached_property

from copylint.nlp import counted
from copylint.nlp.entities import HE_SHE, ORG, PERSON, PLACE, TITLES, Entities
from copylint.nlp.figures import INF, MONTHS, ONES, STREAK_WORDS, WORD_STARTS, Figure, Measure, read
from copylint.nlp.forms import lemmas
from copylint.nlp.lexicon import verb_lemmas, verb_tags
from copylint.nlp.tokens import NUMBER, PUNCT, WORD


class Role(StrEnum):
    PLAIN = "plain"
    TOTAL = "total"  # a total of, in all, all 25, altogether, combined
    PART = "part"  # of the 62 cases, 40; 25 of them; another 12; the remaining 22
    THRESHOLD = "threshold"  # 1,991 needed to win; a majority of 326
    POOL = "pool"  # 28 seats at stake; out of 650
    BODY = "body"  # the size of a body: the 13-member council, a 650-seat parliament
    RUNNING = "running"  # so far, to date, brings the total to
    FROM = "from"  # up from 920; from 920 to 1,150
    TO = "to"  # rose to 1,150
    BY = "by"  # rose by 230; up 40 per cent; an increase of 12 per cent
    COMPARE = "compare"  # more than the 12 a year earlier; compared with 30
    RATE = "rate"  # 18,000 a day; $3 per share
    BASE = "base"  # the base of a rate: "per 100,000"


DETERMINERS = frozenset("the these those its their his her our my your all both every each".split())
_STOP = frozenset(
    "above below under beneath across near inside outside behind beyond toward towards "
    "the a an of to in on at by for from with and or but nor as than that this these those which who whom whose "
    "what when where while if is are was were be been being has have had do does did will would can could should "
    "may might must shall it its their his her our my your they he she we you i them him us me there here not no "
    "so up out off into onto about over after before since until during per each every all some any most more "
    "less many much few such only also just even still then now ago later earlier again s including among "
    "against between".split())
_ADVERBS = frozenset("also still just only nearly almost about around roughly some approximately already "
                     "reportedly officially now then more than at least".split())
_PARTITIVE_DET = frozenset("the its their his her our these those them whom which us this that".split())
_NOT_TERM = frozenset("served serving serve spent spend after faces face facing up maximum minimum least "
                      "parole".split())
# What a compound count of candidates describes: "the eight-candidate field", "a three-way race"
_FIELDS = frozenset("field race contest primary runoff election ballot slate".split())
_SEATS = frozenset("seat deputy mp lawmaker legislator councillor councilor senator representative mep mla mpp "
                   "assemblyman assemblywoman congressman congresswoman".split())
# How an amount is paid, not what it is: "buy Golden Crust for $735 million in cash"
_PAID_IN = frozenset({"cash", "stock", "share", "equity", "bond", "note", "installment", "instalment"})
# Words before a counted noun that make a set of its own: registered voters are not the voters who voted
_SET_MODS = frozenset("registered eligible accredited confirmed suspected probable likely possible potential "
                      "active estimated".split())
_SOME = frozenset({"some", "many", "most", "several", "all", "none"})
_SENTENCED = frozenset("sentenced jailed imprisoned sentence sentences term imprisonment incarcerated".split())
# Words a figure in words can start from, and those after "a" that make one ("a dozen", "a third", "a year")
_FIGURE_WORDS = WORD_STARTS - {"a", "an"}
_AFTER_A = frozenset("dozen half third quarter fifth tenth decade century year month week day fortnight couple "
                     "hundred thousand million billion trillion lakh crore".split())
# Words a number names a member of: "No. 3", "Highway 7", "Flight 370", "page 9"
_SEQUENCES = frozenset({"no", "nos", "number", "grade", "page", "level", "route", "highway", "chapter", "section",
                        "article", "room", "bill", "flight", "platform", "gate", "category", "phase", "stage", "week",
                        "day", "game", "round", "act", "item", "version", "floor", "unit", "ward", "district",
                        "precinct"})
_RESTRICT = frozenset(
    "who that which whom whose in at from on aboard near with without aged under over outside inside within along "
    "above below between among like besides present attending absent remaining left voting eligible surveyed "
    "polled questioned living born based working studying enrolled registered affected involved downtown uptown "
    "nearby abroad overseas elsewhere".split())
_TOTAL_BEFORE = frozenset({"all", "total", "entire", "whole", "combined", "cumulative"})
_TOTAL_AFTER = (("in", "total"), ("in", "all"), ("altogether",), ("combined",), ("overall",), ("total",))
_PART_BEFORE = frozenset(
    "other another additional extra further remaining first last next top final new latest earlier previous "
    "fewer".split())
_PART_AFTER = frozenset("more other others additional extra new further remaining each apiece".split())
_THRESHOLD = frozenset(
    "needed need needs require required requires necessary threshold minimum quorum target majority cap limit "
    "qualify magic standard band tolerance ceiling".split())
_THRESHOLD_PHRASES = (("to", "win"), ("to", "secure"), ("to", "clinch"), ("to", "pass"), ("to", "qualify"),
                      ("for", "a", "majority"), ("to", "form"), ("to", "override"), ("to", "govern"))
_POOL = (("at", "stake"), ("up", "for", "grabs"), ("on", "offer"), ("in", "play"), ("available",),
         ("on", "the", "ballot"), ("up", "for", "election"), ("contested",), ("being", "contested"))
_PARTAKE = frozenset("participated helped volunteered worked attended competed joined served gathered marched "
                     "signed responded".split())
_RUNNING_BEFORE = (("brings", "the"), ("bringing", "the"), ("brought", "the"), ("now", "stands", "at"),
                   ("rose", "to"), ("risen", "to"), ("climbed", "to"), ("stands", "at"), ("stood", "at"),
                   ("toll", "reached"), ("total", "reached"),
                   ("number", "reached"), ("count", "reached"), ("tally", "reached"), ("has", "reached"),
                   ("total", "to"), ("toll", "to"), ("tally", "to"),
                   ("number", "to"), ("count", "to"))
_RUNNING_AFTER = (("so", "far"), ("to", "date"), ("since",), ("as", "of"), ("cumulative",), ("this", "year"),
                  ("in", "the", "pandemic"))
_UP_DOWN = frozenset({"up", "down", "rose", "fell", "increased", "decreased", "dropped", "climbed", "jumped",
                      "grew", "declined", "plunged", "soared", "surged", "slipped", "gained", "lost", "cut",
                      "rising", "falling", "increase", "decrease", "drop", "rise", "fall", "gain", "loss", "growth",
                      "decline", "jump", "slump", "slumped", "tumbled", "shrank", "shrunk", "doubled", "tripled",
                      "double", "triple", "halve", "doubling", "tripling", "quadrupled",
                      "halved", "boosted", "raised", "lowered", "reduced", "higher", "lower", "more", "fewer",
                      "less", "compared", "versus", "than", "increases", "decreases", "rises", "falls", "eased",
                      "eases", "slowed", "slows", "edged", "edges", "accelerated", "quickened", "ticked", "dipped",
                      "dips", "sank", "rebounded", "recovered", "inched", "crept", "widened", "narrowed", "expanded",
                      "raises", "raise", "raising", "lowers", "lowering", "cuts", "cutting", "hiked", "hikes",
                      "slashed", "moderated", "cooled", "softened", "spiked", "peaked", "retreated", "advanced",
                      "shed", "added", "eroded", "swung", "moved", "went", "climbing", "dropping", "sliding", "slid",
                      "easing", "slowing", "picking", "reduce", "reduces", "trimmed", "trims"})
_COMPARE = (("compared", "with"), ("compared", "to"), ("versus",), ("vs",), ("than",), ("against",))
_RATES = {"day": "day", "daily": "day", "week": "week", "weekly": "week", "month": "month", "monthly": "month",
          "year": "year", "annually": "year", "yearly": "year", "annual": "year", "hour": "hour", "hourly": "hour",
          "night": "night", "game": "game", "share": "share", "person": "person", "capita": "person",
          "head": "person", "household": "household", "student": "student", "resident": "person", "km": "km",
          "kilometre": "km", "mile": "mile", "season": "season"}
_RATE_INTRO = frozenset({"a", "an", "per", "each", "every"})
_SCOPE_UNITS = frozenset({"year", "season", "quarter", "month", "week", "term", "session", "game", "match", "half",
                          "period", "round", "election", "campaign", "race", "tournament", "series",
                          "day", "night", "decade"})
_SCOPE_LEAD = {"last": "last", "this": "this", "next": "next", "previous": "last", "past": "last",
               "prior": "last", "current": "this", "coming": "next", "upcoming": "next", "same": "same",
               "first": "1", "second": "2", "third": "3", "fourth": "4", "final": "final", "opening": "1"}
_CAREER = frozenset({"career", "lifetime", "all-time", "franchise"})
_WEEKDAYS = {d: d[:3] for d in "monday tuesday wednesday thursday friday saturday sunday".split()}
# The words a scope marker starts from (_scope reads nothing else but years)
_SCOPE_WORDS = frozenset(_SCOPE_LEAD) | _CAREER | frozenset(_WEEKDAYS) | frozenset(MONTHS) | frozenset(
    "a one per each yesterday today tonight in across throughout nationally nationwide statewide countrywide "
    "worldwide globally on among for".split())
_CLAUSE_BREAK = frozenset({";", ":", "—", "–", "(", ")"})
_CLAUSE_WORDS = frozenset({"while", "whereas", "but", "although", "though", "whilst", "and"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "’s"})
_HAVE = frozenset({"has", "have", "had"})
_GENERIC_HOLDERS = frozenset(
    "company firm team club party council government city province state country board committee bank airline "
    "union ministry department agency school university hospital group campaign league court".split())
# Groups of voters or respondents a share may be of: a share of one group and a share of another do not add up
_GROUPS = frozenset("women men democrats republicans independents liberals conservatives moderates whites blacks "
                    "latinos hispanics asians evangelicals catholics protestants millennials boomers seniors youth "
                    "students graduates parents mothers fathers workers retirees unionists francophones "
                    "anglophones".split())
_GROUP_HEADS = frozenset("voters voter respondents adults people residents americans canadians britons australians "
                         "supporters members households those electors".split())
_GROUP_STOPS = frozenset("and or to in on at for by from than who which that said say says while but as with "
                         "under over aged backed favored favoured supported voted".split())
_FAVOR = frozenset("favored favoured backed supported preferred chose picked sided split broke went gave divided "
                   "favor favour back prefer".split())
_SPLIT_FILLER = frozenset("to by with over % percent per cent for and closely narrowly evenly sharply almost nearly "
                          "about roughly split divided".split())
_WON_IN = frozenset("won win wins carried carry carries swept sweep sweeps dominate dominates dominated took take "
                    "takes lead leads led".split())
# What others expected a figure to be, before it came out ("economists had expected", "the consensus
# forecast"); not a plan in the present tense ("the department expects 17,000 a day to use the detour").
_FORECAST = frozenset("expected forecast forecasted predicted anticipated consensus expectations projection "
                      "projections".split())
_COLLECTIVES = frozenset({"crowd", "attendance", "audience", "congregation", "turnout", "field", "fleet", "staff",
                          "workforce", "membership", "population", "electorate"})
_MARGIN_AFTER = frozenset({"clear", "ahead", "adrift", "behind", "back", "short"})
_PARTICIPLE_RATES = {"vaccinated": "vaccination", "immunized": "vaccination", "immunised": "vaccination",
                     "employed": "employment", "unemployed": "unemployment", "insured": "insurance",
                     "enrolled": "enrolment", "registered": "registration", "obese": "obesity"}
_HEDGE_WORDS = frozenset("about around nearly almost roughly some approximately over under more less".split())
_ANSWER_NOUNS = frozenset({"support", "backing", "opposition", "approval", "votes", "endorsements"})
_SHARE_WORDS = frozenset({"cent", "percent", "%", "points", "point"})
_GAMES = frozenset("game games match matches qualifier qualifiers contest contests fixture fixtures tie ties outing "
                   "outings start starts meeting meetings".split())
_AUXILIARIES = frozenset("must will would can could should may might shall not never".split())
_KIN_HOLDERS = {"company": frozenset({"company", "firm", "group", "bank", "airline"}),
                "firm": frozenset({"company", "firm", "group", "bank"}),
                "ministry": frozenset({"ministry", "department", "government"}),
                "department": frozenset({"ministry", "department", "government", "agency"}),
                "government": frozenset({"ministry", "department", "government", "agency"}),
                "board": frozenset({"board", "committee", "council"}),
                "council": frozenset({"council", "board", "committee"})}
_LIVE = re.compile(r"^\s*(?:\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|update[sd]?\b|updated\b)", re.I)


@dataclass(frozen=True, slots=True)
class Mention:
    index: int  # position in the ledger
    start: int  # the figure's span ("$4.8-billion", "30 per cent", "33-year-old"; a hedge excluded)
    end: int
    text: str
    value: float
    low: float  # the range the figure allows ("about", "more than", "a dozen", rounding)
    high: float
    measure: Measure
    unit: str  # currency sign, time unit, "%"
    words: bool  # spelled out
    hedge: str | None
    second: float | None  # the other side of a tally: 9-4 -> 4
    direction: str  # a relative time's: ago, later, earlier, before, after
    first: int  # document token indices of the figure
    last: int
    sentence: int
    block: int
    section: int  # live-blog entry; 0 in an ordinary article
    headline: bool
    quoted: bool
    thing: str | None = None  # counted noun's lemma
    cls: str | None = None  # its class
    noun_end: int | None = None  # end offset of the counted noun ("26 coal miners")
    event: str | None = None  # what happened to the counted things; "" for a verb that says nothing
    holder: str | None = None  # entity key of whose figure this is
    scope: frozenset[str] = frozenset()
    role: Role = Role.PLAIN
    definite: bool = False  # "the 25 miners", "all nine countries", "its 27 points"
    restricted: bool = False  # "the 12 who were rescued": a set of its own
    initial: bool = False  # starts its sentence
    named: bool = False  # part of a name or a sequence: "Highway 7", "Flight 370", "No. 3"
    compound: str | None = None  # the noun of "21-nation", "13-member"
    head: str | None = None  # the noun a compound modifies: "council" of "the 13-member council"
    mods: tuple[str, ...] = ()  # words between the figure and its noun: "Malaysian" of "74 Malaysian stores"
    pool: float | None = None  # the size of the set a part is of: 87 of "51 of the 87 divisions"
    clause: str | None = None  # the event of a relative clause that names the set: "dead" of "the 25 who died"
    elided: bool = False  # the noun is borrowed from another figure ("Warren 8" after "Sanders won 9 delegates")
    opening: bool = False  # the whole a sentence opens with, a set named before: "Of the eight injured, two ..."
    nouns: frozenset[str] = frozenset()  # the nouns of a money phrase: {road, program} of "$35.8-million road program"
    frame: str | None = None  # how an age is given (hyphen, appositive, aged, died, was, decade), or a tally
    # is framed (vote, final, partial, record, series)

    @property
    def exact(self) -> bool:
        return self.low == self.high

    @property
    def phrase_end(self) -> int:
        return self.noun_end if self.noun_end is not None else self.end


class Ledger:
    """Every figure of one document, in order, with indexes by sentence."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.entities = doc.entities
        self.sections = _sections(doc)
        # the places of the dateline ("IQALUIT, Nunavut –") are the story's own: "in Nunavut" adds no scope
        line = doc.dateline or (0, 0)
        self.home = frozenset(n.key for n in self.entities.names if line[0] <= n.start < line[1] and n.kind == PLACE)
        out: list[Mention] = []
        self.kinds: dict[int, str | None] = {}  # each sentence's shares: a poll's or a result's
        for si, s in enumerate(doc.sentences):
            toks = doc.tokens[s.first:s.last]
            words = {t.lower for t in toks}
            kind = _kind(words)
            if kind is None and si and doc.sentences[si - 1].block == s.block:
                kind = self.kinds[si - 1]  # "The Greens are on 11%" after "The poll has National on 34%"
            self.kinds[si] = kind
            figs = read(toks) if not words.isdisjoint(_FIGURE_WORDS) or {"a", "an"} & words and not words.isdisjoint(
                _AFTER_A) or any(t.kind == NUMBER for t in toks) else ()  # most sentences hold no figure
            if figs:
                out.extend(_Sentence(self, si).mentions(len(out), figs))
        found = _tallies(doc, _pools(_points(_resolve(out))))
        if self.cricket:  # runs and balls ("bowled out for 412", "five for 61") are scores, not counts
            found = [replace(m, measure=Measure.OTHER, named=True) if m.measure == Measure.COUNT and (
                m.thing is None or m.elided or m.thing in _CRICKET_UNITS) else m for m in found]
        self.mentions: tuple[Mention, ...] = tuple(found)
        self._by_sentence: dict[int, list[Mention]] = {}
        for m in self.mentions:
            self._by_sentence.setdefault(m.sentence, []).append(m)

    @cached_property
    def _vocabulary(self) -> frozenset[str]:
        """Every lower-cased word of the story: what it is about (an election, cricket, hurling)."""
        return frozenset(t.lower for t in self.doc.tokens)

    @cached_property
    def cricket(self) -> bool:
        """The story is of cricket: its runs and balls are read as no counts (left unchecked)."""
        return len(self._vocabulary & _CRICKET_WORDS) >= 2

    @cached_property
    def gaa(self) -> bool:
        """The story is of Gaelic games, whose scores are goals and points ("Galway 2-24 Waterford 1-25")."""
        return not self._vocabulary.isdisjoint(_GAA_WORDS)

    @cached_property
    def election(self) -> bool:
        """The story tells of an election: result lines ("Ibitoye (LSP): 3,112") count votes."""
        return not self._vocabulary.isdisjoint(_ELECTION_WORDS)

    @cached_property
    def breakdowns(self):
        """Totals with their parts ("11 vehicles were towed: six trucks and four vans")."""
        from copylint.nlp.breakdowns import find

        return find(self)

    @cached_property
    def timeline(self):
        """The years of the article with the events they date ("founded in 1999", "Smith (1931-2019)")."""
        from copylint.nlp.timeline import find

        return find(self)

    @cached_property
    def dates(self):
        """Calendar dates, with the weekday written beside them ("Tuesday, March 12, 2024")."""
        from copylint.nlp.calendar import find

        return find(self.doc)

    def in_sentence(self, si: int) -> list[Mention]:
        return self._by_sentence.get(si, [])

    def of(self, *measures: Measure) -> list[Mention]:
        return [m for m in self.mentions if m.measure in measures]

    def words(self, m: Mention, before: int = 0, after: int = 0) -> list[str]:
        """Lower-cased words of the mention's sentence around it (before: tokens before it, after: after)."""
        s = self.doc.sentences[m.sentence]
        toks = self.doc.tokens
        out = [toks[k].lower for k in range(max(s.first, m.first - before), m.first)]
        out += [toks[k].lower for k in range(m.last, min(s.last, m.last + after))]
        return out

    def after_phrase(self, m: Mention, n: int = 4) -> list[str]:
        """Lower-cased words of the sentence after the mention's noun phrase ("57 percent of the U.S. public |
        opposes", "40 members | who voted")."""
        s = self.doc.sentences[m.sentence]
        toks = self.doc.tokens
        k = m.last
        while k < s.last and toks[k].start < m.phrase_end:
            k += 1
        return [t.lower for t in toks[k:min(s.last, k + n)]]

    def sentence_words(self, si: int) -> list[str]:
        s = self.doc.sentences[si]
        return [t.lower for t in self.doc.tokens[s.first:s.last]]


def of_opening(low: list[str]) -> int | None:
    """Where the "of" that names a sentence's whole stands: "Of the 46 men underground, 20 survived" (0);
    "According to reports, of the 40 passengers, 32 were Cuban"; "Police said that of the 62 cases, ..."."""
    if low[:1] == ["of"]:
        return 0
    for k in range(2, min(len(low), 12)):
        if low[k] == "of" and low[k - 1] in (",", "that") and low[k + 1:k + 2] in (["the"], ["its"], ["their"],
                                                                                   ["those"], ["these"]):
            return k
    return None


def _by_first(phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        out.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def _starts(words: list[str], index: dict, within: int) -> bool:
    """One of the phrases (indexed by first word) starts at one of the first `within` words."""
    for a in range(min(within, len(words))):
        for p in index.get(words[a], ()):
            if tuple(words[a:a + len(p)]) == p:
                return True
    return False


def _ends(words: list[str], phrases) -> bool:
    """The words end with one of the phrases."""
    return any(tuple(words[-len(p):]) == p for p in phrases if words and words[-1] == p[-1])


_THRESHOLD_AT = _by_first(_THRESHOLD_PHRASES)
_POOL_AT = _by_first(_POOL)
_RUNNING_AT = _by_first(_RUNNING_AFTER[:4])


def _kind(words: set[str]) -> str | None:
    """What a sentence's shares are: a poll's ("poll", "survey", "respondents") or a vote's result ("won",
    "took", "of the vote", "counted"): a candidate's poll share and result are two figures."""
    if words & _POLL_WORDS:
        return "poll"
    if words & _RESULT_WORDS:
        return "result"
    return None


def _sections(doc) -> list[int]:
    """Live-blog entries: a block that opens with a timestamp or "Update" starts a new one."""
    out, cur = [], 0
    stamp = [bool(_LIVE.match(doc.masked[b.start:b.end].lstrip("#* \t"))) for b in doc.blocks]  # "## 7:22 p.m."
    for s in stamp:
        if sum(stamp) >= 2 and s:
            cur += 1
        out.append(cur)
    return out


class _Sentence:
    """Reads the mentions of one sentence."""

    def __init__(self, ledger: Ledger, si: int) -> None:
        doc = ledger.doc
        self.ledger, self.doc, self.si = ledger, doc, si
        s = doc.sentences[si]
        self.s = s
        self.base = s.first
        self.toks = doc.tokens[s.first:s.last]
        self.n = len(self.toks)
        self.low = [t.lower for t in self.toks]
        # w(i): the lower-cased word at sentence index i, "" outside the sentence. The padding makes it a plain
        # list lookup (the ledger asks it a few hundred thousand times): past the end and, by Python's negative
        # indexing, before the start, up to _PAD tokens away.
        self.w = [*self.low, *[""] * _PAD].__getitem__
        self.block = doc.blocks[s.block]
        self.entities: Entities = ledger.entities
        self.poll = self._poll()
        self.kind = ledger.kinds[si]  # what its shares are: a poll's or a result's
        self._starts_at: dict[int, int] = {}  # memos by token index: clause starts, verbs
        self._verbs: dict[int, bool] = {}


    def _poll(self) -> str | None:
        """The source of a poll or survey the sentence reports ("a Quinnipiac poll", "according to Gallup"):
        figures of two polls are two quantities."""
        if not any(x in ("poll", "polls", "survey", "surveys", "polling") for x in self.low):
            return None
        for k, x in enumerate(self.low):
            if x in ("poll", "survey", "polls", "surveys") and k > 0:
                n = self.entities.name_ending(self.base + k - 1)
                if n is not None:
                    return n.key
            if x in ("by", "from", "to") and k + 1 < self.n and (x != "to" or self.w(k - 1) == "according"):
                n = self.entities.name_at(self.base + k + 1)
                if n is not None and n.kind in (ORG, "unknown"):
                    return n.key
        return None

    def mentions(self, index: int, figs: list[Figure]) -> list[Mention]:
        out: list[Mention] = []
        for f in figs:
            m = self._mention(f, index + len(out), figs)
            if m is None:
                continue
            prev = out[-1] if out else None
            if prev is not None and m.measure == Measure.PERCENT and prev.holder is not None and \
                    prev.measure in (Measure.COUNT, Measure.MONEY) and m.first - prev.last == 2 and \
                    self.w(f.first - 1) == "or" and self.w(f.first - 2) == ",":
                m = replace(m, holder=prev.holder)  # "to Whitcomb's 889,512, or 44.6%": Whitcomb's share
            if prev is not None and m.measure == Measure.COUNT and m.thing is None and m.role == Role.FROM and \
                    prev.measure == Measure.MONEY and prev.role == Role.TO and m.first - prev.last <= 1 and \
                    self.w(f.first - 1) == "from":
                m = replace(m, measure=Measure.MONEY, unit=prev.unit)  # "to 2.05 billion euros from 2.00 billion"
            if prev is not None and m.measure == prev.measure == Measure.PERCENT and m.first - prev.last == 1 \
                    and self.w(f.first - 1) == "to" and prev.low < m.low and prev.role == Role.THRESHOLD:
                m = replace(m, low=prev.low, role=prev.role)  # "a tolerance band of 1.5 percent to 3.5 percent"
            if prev is not None and m.measure in (Measure.COUNT, Measure.DURATION) and prev.measure == Measure.COUNT \
                    and (prev.thing is None or m.measure == Measure.COUNT) and m.first - prev.last == 1 \
                    and self.w(f.first - 1) == "to" and prev.low < m.low \
                    and self.w(prev.first - self.base - 1) not in ("from", "between") \
                    and not _UP_DOWN & set(self.low[:f.first]):
                m = replace(m, low=prev.low)  # "a prison term of 70 to 87 months": a range
            out.append(m)
        return out

    # -- one figure ------------------------------------------------------------------------------------
    def _mention(self, f: Figure, index: int, figs: list[Figure]) -> Mention | None:
        doc = self.doc
        measure = f.measure
        named = False
        i = f.first
        prev = self.toks[i - 1] if i > 0 else None
        # a number inside a name or a sequence: Highway 7, Flight 370, No. 3, Grade 7, page 9
        if measure in (Measure.COUNT, Measure.YEAR) and not f.words and prev is not None and (
                prev.kind == WORD and prev.text[0].isupper() and prev.lower not in _NOT_NAME_BEFORE
                and prev.lower not in MONTHS and not prev.lower.endswith(("’s", "'s")) or prev.lower in _SEQUENCES
                and not (prev.lower in ("week", "day", "game", "round") and f.value > 60)):
            if not (prev.lower in ("week", "day") and self.w(i - 2) in ("a", "per", "each")) and \
                    not self._listed(f, figs):
                named, measure = True, Measure.OTHER
        if measure == Measure.TALLY and self.ledger.gaa:
            named, measure = True, Measure.OTHER  # hurling's "2-19" is two goals and 19 points, one side's score
        if prev is not None and prev.text == "=":
            named, measure = True, Measure.OTHER  # "($1 = 9.51 Swedish crowns)": an exchange rate, not a count
        # dates: March 12, 12 March
        if prev is not None and prev.text == "." and i >= 2 and self.w(i - 2) in MONTHS:
            prev = self.toks[i - 2]  # "Sept. 1"
        if measure == Measure.COUNT and not f.words and f.value == int(f.value) and 1 <= f.value <= 31 and (
                prev is not None and prev.lower in MONTHS and not (prev.lower == "may" and not prev.text[0].isupper())
                or self.w(f.last) in MONTHS and self.toks[f.last].text[0].isupper()):
            measure = Measure.DATE
        if measure == Measure.YEAR and f.value >= 1000 and self._counted_after(f):
            measure = Measure.COUNT  # "2000 people"
        age = self._age(f) if measure in (Measure.COUNT, Measure.AGE, Measure.DECADE, Measure.DURATION) else None
        if age is not None:
            measure = Measure.AGE
        elif self._streak(f, measure):
            measure = Measure.STREAK
        quoted = doc.in_quote(f.start, f.end)
        m = Mention(
            index=index, start=f.start, end=f.end,
            text=doc.text[f.start:f.end], value=f.value, low=f.low, high=f.high, measure=measure, unit=f.unit,
            words=f.words, hedge=f.hedge, second=f.second, direction=f.direction, first=self.base + f.first,
            last=self.base + f.last, sentence=self.si, block=self.s.block, section=self.ledger.sections[self.s.block],
            headline=self.block.kind in ("headline", "title"), quoted=quoted, initial=(f.hedge_first or f.first) == 0,
            named=named, compound=f.compound,
        )
        # ordinals are read for style only, without a context
        if measure in (Measure.COUNT, Measure.MONEY, Measure.PERCENT, Measure.POINTS, Measure.STREAK, Measure.AGE,
                       Measure.TALLY, Measure.DURATION, Measure.DIMENSION):
            m = self._context(m, f, figs, age)
        return m

    def _listed(self, f: Figure, figs: list[Figure]) -> bool:
        """ "Warren 8" in "Sanders won 9 delegates, Warren 8 and Biden 7": a name's share of a count listed
        before it, not a name with a number in it ("Highway 7", "Apollo 11 landed")."""
        i = f.first
        n = self.entities.name_ending(self.base + i - 1)
        if n is None or n.kind == PLACE or self.w(i - 1) in _SEQUENCES or f.value != int(f.value):
            return False
        a = n.first - self.base
        return self.w(a - 1) in (",", "and", "the", ";", "while", "with") and self.w(f.last) in (
            ",", "and", ";", ".", ")", "", "while", "each", "apiece") and any(
            g.first < a and g.measure == Measure.COUNT and not g.words for g in figs)

    def _streak(self, f: Figure, measure: Measure) -> bool:
        """"sixth straight win", "five consecutive months", "six wins in a row", "a six-game winning streak",
        "a run of nine", "extended the streak to six"."""
        j = f.last
        if measure in (Measure.ORDINAL, Measure.COUNT) and self.w(j) in STREAK_WORDS:
            return True
        if measure == Measure.ORDINAL and self.w(j) in ("in", "of") and self.w(j + 1) == "a" and self.w(j + 2) == "row":
            return True  # "the Reds' seventh in a row"
        if measure == Measure.COUNT and f.compound is not None and (
                self.w(j) in _STREAKS or self.w(j) in ("winning", "losing", "unbeaten", "scoring", "win")
                and self.w(j + 1) in _STREAKS):
            return True
        if measure == Measure.COUNT and self.w(f.first - 1) == "of" and self.w(f.first - 2) in _STREAKS:
            return True
        if measure == Measure.COUNT and self.w(f.first - 1) == "to" and (self.w(f.first - 2) in _STREAKS or any(
                self.w(x) in _STREAKS and self.w(x + 1) in ("in", "at", "on", "against") for x in
                range(max(0, f.first - 7), f.first - 2))):
            return True  # "extended the streak to six"; "extended their unbeaten run in the group to seven"
        if measure == Measure.DURATION and "-" in self.doc.text[f.start:f.end] and self.w(j) in _STREAKS:
            return True  # "the 140-day run"
        if measure == Measure.DURATION and self.w(j) in ("running", "straight") and not (
                j + 1 < self.n and self.toks[j + 1].kind == WORD and counted.noun(self.toks[j + 1].text)):
            return True  # "for five months running", "three years straight"
        k = j
        while k < min(self.n, j + 3) and self.toks[k].kind == WORD and self.w(k) not in ("in", "of", "on"):
            k += 1
        row = self.w(k) in ("in", "of") and self.w(k + 1) == "a" and self.w(k + 2) == "row"
        trot = self.w(k) == "on" and self.w(k + 1) == "the" and self.w(k + 2) in ("trot", "bounce", "spin")
        return measure == Measure.COUNT and (row or trot)  # "six wins in a row", "four wins on the trot"

    def _counted_after(self, f: Figure) -> bool:
        nx = self.toks[f.last] if f.last < self.n else None
        return nx is not None and nx.kind == WORD and counted.noun(nx.text, plural=True) is not None \
            and nx.lower not in _STOP and not nx.text[0].isupper()

    def _age(self, f: Figure) -> str | None:
        """How an age is given, if the figure is one: hyphen ("33-year-old"), appositive ("Okafor, 47,"),
        aged ("aged 47", "at the age of 47"), died ("died at 47"), decade ("in her 60s")."""
        i, j = f.first, f.last
        died = any(w in _DIED for w in self.low[:i])
        if f.measure == Measure.AGE:
            if self.w(i - 1) in ("was", "is", "being") and self.low[j - 1] == "old":
                return "was" if self.w(i - 3) not in _THEN else "then"  # "He was 64 years old."
            return "hyphen"
        if f.measure == Measure.DURATION and f.unit == "year" and self.w(i - 1) in ("aged", "age"):
            return "aged"  # "He was aged 84 years"
        if f.words and f.measure != Measure.AGE:
            return None
        if f.measure == Measure.DECADE:
            return "decade" if self.w(i - 1) in ("his", "her", "their") and f.value < 100 else None
        if not (f.value == int(f.value) and 0 < f.value <= 115 and f.hedge is None):
            return None
        p, nx = self.w(i - 1), self.w(j)
        if p == "of" and self.w(i - 2) == "age" and self.w(i - 3) == "the":
            return "died" if died else "then"  # "at the age of 12" tells of another time, unless of a death
        if p == "age" and self.w(i - 2) == "at" and not died:
            return "then"  # "hired in 1988 at age 19": an age at another time
        if p in ("aged", "age") or p == "of" and self.w(i - 2) == "age":
            return "died" if died and self.w(i - 2) in _DIED | {"at"} else "aged"
        if p == "at" and died:
            return "died"
        if p == "(" and len(_NAME_NUMBER.findall(self.doc.text, self.block.start, self.block.end)) >= 3:
            return None  # "Grant (6), Lopez (8) and Castillo ... Sv — Nuñez (27)": a box score's innings and totals
        if p in ("," , "(") and nx in (",", ")", ".", ";", "and", "—", "–", "") and i >= 2:
            k = i - 2
            t = self.toks[k]
            name = self.entities.name_ending(self.base + k)
            if name is not None and name.kind != PLACE and not (name.kind == ORG):
                return "appositive"
            if t.kind == WORD and t.lower in _PERSON_NOUNS:
                return "appositive"
        if p == "now" and self.w(i - 2) == "," and nx in (",", "and", ";", ".") and i >= 3:
            name = self.entities.name_ending(self.base + i - 3)  # "Gaskins, now 67 and a retired grain manager"
            if name is not None and name.kind not in (PLACE, ORG) or self.w(i - 3) in _PERSON_NOUNS:
                return "appositive"
        if p == "now" and self.w(i - 2) in ("is", "was") and nx in (".", ",", "and", ";", "") and i >= 3 and (
                self.w(i - 3) in HE_SHE or self.w(i - 3) == ","):
            return "was"  # "Hirsch, who was 19 when rescuers pulled him out, is now 74"
        if p in ("was", "is", "turned", "turns") and (nx in (".", ",", "when", "and", ";", "") or p in (
                "turned", "turns") and nx in ("on", "in", "last", "this")) and i >= 2 and (
                self.w(i - 2) in HE_SHE or self.entities.name_ending(self.base + i - 2) is not None
                or self.w(i - 2) == "who" and (nx == "when" or p in ("turned", "turns"))):
            recent = nx == "on" and self.w(j + 1) in _WEEKDAYS or nx in ("last", "this") and self.w(j + 1) in (
                "week", "weekend", "month")  # "who turned 64 on Saturday": an age now
            if self.w(i - 3) in _THEN or p in ("turned", "turns") and not recent or nx == "when" or \
                    nx == "," and self.w(j + 1) == "when":
                return "then"  # "when she was 20", "She was 60 when she left": an age at another time
            return "was"
        if p == "at" and nx in (",", ".", "") and self.w(i - 2) not in ("died", "dies"):
            return None
        return None

    def _context(self, m: Mention, f: Figure, figs: list[Figure], age: str | None) -> Mention:
        i, j = f.first, f.last  # sentence-local token indices
        k0 = f.hedge_first if f.hedge_first is not None else i
        before = self.w(k0 - 1)
        # what is counted
        thing = noun_end = None
        part = False
        restricted = False
        clause = None
        head = None
        mods: tuple[str, ...] = ()
        nouns: frozenset[str] = frozenset()
        if m.compound is not None:
            thing = counted.noun(m.compound) or m.compound
            if j < self.n and self.toks[j].kind == WORD:
                h = j
                while h + 1 < self.n and self.toks[h].text[0].isupper() and self.toks[h + 1].kind == WORD and \
                        self.toks[h + 1].text[0].isupper():
                    h += 1  # "the 240-seat National Assembly"
                if h > j and self.w(h + 1) in _BODIES and self.toks[h + 1].text.islower():
                    h += 1  # "the seven-member Cedar Ridge Unified School District board"
                head = counted.noun(self.toks[h].text) or self.w(h)
            while head is not None and head not in _FIELDS and h + 1 < self.n and self.w(h + 1) in _FIELDS and \
                    self.toks[h].text[:1].isupper():
                h += 1
                head = self.w(h)  # "the three-way February primary"
            if thing == "way" and head in _FIELDS:
                thing = "candidate"  # "a three-way race": three candidates
        elif m.measure == Measure.STREAK:
            k = j
            while self.w(k) in STREAK_WORDS or self.w(k) in ("winning", "losing", "unbeaten", "-", "home", "road",
                                                            "away", "league", "conference", "division", "playoff"):
                k += 1
            thing, noun_end, part, nj, mods = self._noun(k, 1 if f.measure == Measure.ORDINAL else m.value)
            thing = f.unit or thing or None  # "five months in a row" (of rising prices): months are what it counts
            if thing in _GAMES and self.w(k0 - 1) in ("won", "win", "wins", "winning"):
                thing = "win"  # "has won four qualifiers in a row"
        elif m.measure == Measure.COUNT and age is None:
            thing, noun_end, part, nj, mods = self._noun(j, m.value)
            if thing is None and self.w(k0 - 1) == "of" and self.w(k0 - 2) in _COLLECTIVES:
                thing = self.w(k0 - 2)  # "a crowd of 6,214"
            if noun_end is not None and nj < self.n:
                restricted = self._restricted(nj) and not (
                    self.w(nj) == "with" and counted.event_of(self.w(nj - 1)) not in (None, ""))  # "36 infections with"
                if restricted and self.w(nj) in ("who", "that"):
                    clause = self._clause(nj + 1)
                    restricted = clause is None
            if any(x.lower() in _PART_MODS for x in mods):
                part = True  # "five new deaths", "12 more cases", "three other men"
        elif m.measure == Measure.MONEY:
            thing, noun_end, mods, nouns = self._money_thing(k0, j)
        elif m.measure in (Measure.PERCENT, Measure.POINTS):
            thing, noun_end = self._share_base(k0, j)
            if self.w(k0 - 1) in ("was", "is", "stood", "reached", "hit", "came", "rose", "fell") and \
                    self.w(k0 - 2) in counted.RATE_NOUNS and (k0 == 2 or self.w(k0 - 3) in DETERMINERS):
                thing, noun_end = counted.RATE_NOUNS[self.w(k0 - 2)], None  # "Turnout was 58.1 per cent of voters"
            if thing in (None, "share") and m.measure == Measure.PERCENT:
                thing = self._participle_rate(j) or thing  # "34 per cent of residents vaccinated"
            if thing in counted.RATE_NOUNS.values():
                mods = self._rate_mods(k0, j)  # "core inflation", "services inflation", "youth unemployment"
            thing = counted.noun(thing) or thing if thing else "share"
        elif m.measure == Measure.DURATION and self._term(k0, j):
            thing = "prison term"  # "sentenced to 40 years", "jailed for six months", "a prison term of 12 years"
        if self.w(j) == "of" and m.measure == Measure.COUNT and thing is None:
            part = True
        if m.measure == Measure.COUNT and thing is None and self.w(j) in _CASUALTIES and self.w(k0 - 1) == "the" \
                and (j + 1 >= self.n or self.toks[j + 1].kind == PUNCT or self.w(j + 1) in ("were", "are", "was")):
            thing, noun_end = "people", self.toks[j].end  # "Of the eight injured, two remained in hospital"
        event = self._event(k0, j if noun_end is None else self._index_after(noun_end), thing)
        if thing == "people" and self.w(j) in _CASUALTIES and noun_end == self.toks[j].end:
            event = counted.event_of(self.w(j)) or self.w(j)
        cls = counted.thing_class(thing)
        if thing in counted.EVENT_NOUNS:
            cls, ev = counted.EVENT_NOUNS[thing]
            event = event or ev
        role, definite = self._role(m, k0, j if noun_end is None else self._index_after(noun_end), before, part)
        if m.measure == Measure.MONEY and thing is not None and self.w(k0 - 1) == "of" and \
                counted.noun(self.w(k0 - 2)) == thing and self.w(k0 - 3) in ("the", "this", "that", "its", "his",
                                                                             "her", "their") and \
                (j >= self.n or self.toks[j].kind == PUNCT or self._verb(j)):
            definite = True  # "the theft of $3.2 million" refers back to "stole $2.3 million" (not "the theft
            # of $1.1 million from a second branch")
        if m.measure == Measure.MONEY and role == Role.PLAIN and noun_end is None and self.w(j) == "of" and \
                self.w(j + 1) in ("the", "its", "their", "this", "that"):
            role = Role.PART  # "Germany pledged €900 million of the national share"
        if m.measure in (Measure.PERCENT, Measure.POINTS) and thing in _CHANGE_NOUNS and role == Role.PLAIN:
            role = Role.BY  # "a 5.7 per cent increase": a change, not a level
        if m.compound is not None and head in _BODIES and thing in ("member", "seat"):
            role = Role.BODY
        if m.measure == Measure.AGE:
            holder = self._age_holder(age, k0, j)
        else:
            holder = self._holder(m, k0, j if noun_end is None else self._index_after(noun_end), definite)
        if m.measure == Measure.STREAK and self.low[max(0, k0 - 4):k0][-3:] in (["a", "run", "of"],
                                                                              ["a", "streak", "of"]) \
                and self.w(k0 - 4) == ",":
            holder = self._main_subject(k0 - 4) or holder  # "Ireland have not lost since 2021, a run of 12 wins"
        if m.measure == Measure.PERCENT:
            holder = self._side(k0, j if noun_end is None else self._index_after(noun_end)) or holder
            if thing in ("approval", "support") and holder is not None and ":" not in holder:
                holder = f"yes:{holder}"  # "Whitcomb's 55 percent approval" is "55 percent approve of her"
        if m.measure == Measure.PERCENT and (holder is None or holder.startswith("n:")):
            holder = self._answer(j if noun_end is None else self._index_after(noun_end)) or holder
        if m.measure == Measure.PERCENT and holder is not None and holder.startswith("n:") and \
                thing in counted.RATE_NOUNS.values() and thing not in ("rate", "margin", "error", "tax"):
            holder = f"n:{thing}"  # "Average occupancy across the 418 properties fell to 91.4 percent": a rate's
        scope = self._scope(k0, j, figs, f)
        if event in FLOWS and self._planned(k0) or role == Role.TO and any(
                self.w(v) in ("will", "would", "'ll", "shall") for v in range(max(0, k0 - 6), k0)):
            scope |= {"mood:planned"}  # "which will add 11 stations", "will increase this to 22": a plan
        if m.measure in (Measure.PERCENT, Measure.POINTS, Measure.MONEY, Measure.COUNT) and self._forecast(k0):
            scope |= {"mood:forecast"}  # "Economists had expected a drop to 3.1%": a forecast, not the result
        if m.measure in (Measure.PERCENT, Measure.POINTS) and not any(x.startswith("g:") for x in scope):
            group = self._base_group(j) or self._favor_group(k0)
            if group:
                scope |= {f"g:{group}"}  # "89% of Black voters", "white voters favored Whitaker 57% to 42%"
        if m.measure == Measure.COUNT and role == Role.PLAIN and thing == "seat" and holder in _BODY_KEYS:
            role = Role.BODY  # "the House of Commons has 338 seats"
        if m.measure == Measure.COUNT and thing is None and (self.block.kind == "item" or self.n <= 12) and \
                self.ledger.election:
            result = self._result_line(k0, j)
            if result is not None:
                thing = cls = "vote"  # "- Grace Ibitoye (LSP): 3,112", a candidate's votes in a list of results
                holder = result
        frame = age if m.measure == Measure.AGE else self._tally_frame(k0, j) if m.measure == Measure.TALLY else None
        opening = role == Role.POOL and definite and k0 <= 3 and self.w(0) == "of"
        return replace(m, thing=thing, cls=cls, noun_end=noun_end, event=event, holder=holder, scope=scope,
                       role=role, definite=definite, restricted=restricted, head=head, mods=mods, frame=frame,
                       nouns=nouns, clause=clause, opening=opening)

    def _listed_after_including(self, k0: int) -> bool:
        """A figure later in a list that "including" opens: "Seven people were taken to hospital, including a
        lorry driver ... and two people hurt by falling masonry" (no figure or clause break between)."""
        for k in range(k0 - 2, max(-1, k0 - 30), -1):
            if self.low[k] == "including":
                return True
            glued = k and self.toks[k - 1].end == self.toks[k].start  # "the M50": a name, not a figure
            if self.toks[k].kind == NUMBER and not glued or self.low[k] in (";", ":", "while", "but") or \
                    self.toks[k].text in "()":
                return False
        return False

    def _result_line(self, k0: int, j: int) -> str | None:
        """The candidate of a result written as a line of its own: "Grace Ibitoye (LSP): 3,112", "Labour –
        14,862 (41.2%)": a name, a party in brackets, a colon or dash, the figure, then nothing but its share."""
        if self.block.kind != "item" and self.n > 12 or self.w(k0 - 1) not in (":", "–", "—", "-"):
            return None
        if any(t.kind != PUNCT and t.lower not in ("votes", "%", "per", "cent", "percent") and t.kind != NUMBER
               for t in self.toks[j:]):
            return None
        k = k0 - 2
        if self.w(k) == ")":
            k = next((x for x in range(k - 1, -1, -1) if self.w(x) == "("), 0) - 1
        n = self.entities.name_ending(self.base + k) if k >= 0 else None
        if n is None or n.first != self.base + next((x for x in range(self.n) if self.toks[x].kind == WORD), 0):
            return None  # the line is the name and its figure: "Four other candidates: 677 combined" is not
        return self.entities.key(n)

    def _age_holder(self, how: str | None, k0: int, j: int) -> str | None:
        """The person an age belongs to: "Okafor, 47," and "Okafor (47)"; "47-year-old Okafor"; "Okafor, a
        47-year-old teacher,"; "Okafor, aged 47"; "Okafor died at 47"; "he was 47". A definite "the
        46-year-old" has none here: the age checks link it to the person last named."""
        ents, base = self.entities, self.base
        if how in ("appositive", "aged") and self.w(k0 - 1) in (",", "(", "aged", "age", "of", "now"):
            k = k0 - 1
            while k >= 0 and self.w(k) in (",", "(", "aged", "age", "of", "the", "at", "now"):
                k -= 1
            n = ents.name_ending(base + k) if k >= 0 else None
            if n is not None and n.kind not in (PLACE, ORG):
                return ents.key(n)
            return self._subject(k0) if how == "aged" else None  # "dies in a crash, aged 42"
        if how == "hyphen":
            if j < self.n:
                n = ents.name_at(base + j)
                if n is not None and n.first == base + j and n.kind not in (PLACE, ORG):
                    return ents.key(n)  # "47-year-old Okafor"
                k = j
                while k < min(self.n, j + 3) and self.toks[k].kind == WORD and not self.toks[k].text[0].isupper() \
                        and (not verb_tags(self.w(k)) or counted.noun(self.toks[k].text) is not None
                             and not verb_tags(self.w(k)) & {"VBD", "VBZ", "VBG"}) \
                        and self.w(k) not in _BE | _HAVE | _AUXILIARIES:  # ("21-year-old wing Jack Mulcahy")
                    k += 1  # a title ("teacher"), not a verb ("had been attending Gamblers Anonymous")
                n = ents.name_at(base + k) if k < self.n else None
                if n is not None and n.first == base + k and n.kind not in (PLACE, ORG):
                    return ents.key(n)  # "47-year-old teacher Ann Okafor"
            if self.w(k0 - 1) in ("a", "an") and self.w(k0 - 2) == ",":
                n = ents.name_ending(base + k0 - 3) if k0 >= 3 else None
                if n is not None and n.kind not in (PLACE, ORG):
                    return ents.key(n)  # "Okafor, a 47-year-old teacher,"
            return None
        if how in ("died", "was", "aged", "then"):
            return self._subject(k0)
        return None

    def _subject(self, k0: int) -> str | None:
        """The person a clause is about: the nearest name before its verb (appositives such as ", the President
        of Burundi," and relative clauses skipped), or a pronoun resolved."""
        ents, base = self.entities, self.base
        start = self._clause_start(k0)
        skip = self._parentheticals(start, k0) | self._appositives(start, k0)
        for k in range(k0 - 1, start - 1, -1):
            if k in skip:
                continue
            t = self.toks[k]
            if t.lower in HE_SHE:
                return ents.resolve(base + k)
            n = ents.name_at(base + k)
            if n is not None and n.kind not in (PLACE, ORG):
                a = n.first - base
                if a > start and (self.w(a - 1) in _PREPOSITIONS and self.w(a - 1) not in ("by",)):
                    continue
                return ents.key(n)
        return None

    def _appositives(self, a: int, b: int) -> set[int]:
        """Tokens of ", the President of Burundi," and ", a former nurse," between a and b."""
        def opens(k: int) -> bool:
            after_name = k > a and self.entities.name_ending(self.base + k - 1) is not None
            return self.w(k + 1) in ("the", "a", "an", "former", "who", "which") or after_name and k + 1 < b and (
                self.toks[k + 1].text[0].islower() or self.w(k + 1) in TITLES)
        return self._between_commas(a, b, opens)

    def _between_commas(self, a: int, b: int, opens) -> set[int]:
        """Tokens of the comma-enclosed insertions between a and b whose opening comma at k passes opens(k)."""
        out: set[int] = set()
        k = a
        while k < b:
            if self.toks[k].text == "," and opens(k):
                e = k + 1
                while e < b and self.toks[e].text != ",":
                    e += 1
                if e < b:
                    out.update(range(k, e + 1))
                k = e
            k += 1
        return out

    def _tally_frame(self, k0: int, j: int) -> str | None:
        """What a tally is: a vote ("voted 9-4", "the 9-3 vote"), a final score ("beat Boston 4-2", "a 4-2
        win"), a partial score ("led 4-2 after two periods"), a record ("a 12-4 record") or a series."""
        near = self.low[max(self._clause_start(k0), k0 - 10):k0] + self.low[j:j + 4]
        after = self.low[j:j + 3]
        if any(x in ("record", "records", "season", "mark") for x in after) or self.w(k0 - 1) in ("to", "at") and \
                self.w(k0 - 2) in ("improved", "improve", "fell", "dropped", "moved", "record"):
            return "record"
        if any(x in ("series", "aggregate", "tiebreak", "tie-break", "sets", "set") for x in near) or self.w(j) == "," \
                and j + 1 < self.n and self.toks[j + 1].kind == NUMBER or self.w(k0 - 1) == "," and k0 >= 2 \
                and self.toks[k0 - 2].kind == NUMBER:
            return "series"  # set scores: 7-5, 4-6, 6-3
        named = any(self.toks[x].text[:1].isupper() and self.toks[x].kind == WORD
                    for x in range(max(self._clause_start(k0), k0 - 4), k0))
        if any(x in _VOTE_WORDS and not (x == "defeated" and named) for x in near) or \
                {"votes", "ballots"} & set(self.low[k0:j]):
            return "vote"  # not "Sweden defeated South Korea 1 – 0": a team beaten; "by 53 votes to 44"
        back = self.low[max(0, k0 - 4):k0]
        if back[-1:] == ["at"] and {"score", "level", "scores"} & set(back) or back[-2:] in (
                ["made", "it"], ["make", "it"], ["making", "it"], ["makes", "it"]):
            return "partial"  # "with the score at 2-1", "to make it 6-7": a moment of the game
        if any(x in ("led", "lead", "leading", "trailed", "trailing", "halftime", "half-time", "interval", "break",
                     "after", "period", "periods", "quarter", "quarters", "inning", "innings", "half") for x in near):
            return "partial"
        if any(x in _SCORE_WORDS for x in near):
            if set(near) & _SCORE_WORDS <= {"result", "final", "score"} and self._about_votes():
                return "vote"  # "applauded when the 7-3 result was announced", in a story of a council vote
            return "final"
        if named and j < self.n and self.toks[j].text[:1].isupper() and (self.n <= 12 or self.block.kind in (
                "headline", "title", "heading") and all(t.kind == WORD and t.text[0].isupper()
                                                        for t in self.toks[:k0] if t.text not in "#*")):
            return "final"  # a result line: "Group G — Belgium 3 – 0 Panama"; "Harrowgate 3-2 Wexley: ..."
        return None

    def _about_votes(self) -> bool:
        """The story is of a vote: its headline or opening paragraphs say so ("backs plan in 7-4 vote")."""
        doc = self.doc
        return any(set(self.ledger.sentence_words(si)) & {"vote", "voted", "votes", "ballot", "motion", "council"}
                   for si in range(min(len(doc.sentences), 4)))

    def _term(self, k0: int, j: int) -> bool:
        """A duration that is a sentence handed down: "sentenced to 40 years", "jailed for six months", "was
        given 12 years in prison", "a prison term of 12 years" (not time served: "served eight years")."""
        back = self.low[max(0, k0 - 6):k0]
        if any(x in _NOT_TERM for x in back):
            return False
        after = self.low[j:j + 3]
        sent = any(x in _SENTENCED for x in back) or any(back[x:x + 2] in (["to", "prison"], ["to", "jail"])
                                                         for x in range(len(back) - 1))  # "sentenced ... to prison for"
        return sent or after[:2] in (["in", "prison"], ["in", "jail"]) and \
            any(x in ("given", "handed", "received", "got", "gets", "receives") for x in back)

    def _restricted(self, k: int) -> bool:
        """Words after a counted noun that make a set of its own: "the 12 who were rescued", "25 miners in
        the second shaft" (not "on Friday", "in 2019")."""
        x = self.w(k)
        if x not in _RESTRICT:
            return False
        if x in ("in", "at", "from", "near", "across") and k + 1 < self.n and self.toks[k + 1].text[0].isupper():
            return False  # "seven girls in Koszalin": a place, the scope of the count
        if x == "in" and self.w(k + 1) in ("case", "order", "addition", "fact", "turn", "part", "total", "all",
                                           "hospital", "custody"):
            return False  # "the five seats in case the occupants ...": a conjunction, not a place
        if x == "in" and self.w(k + 1) == "the" and self.w(k + 2) in ("stands", "crowd", "audience", "stadium",
                                                                      "arena"):
            return False  # "the 6,412 fans in the stands": all of them
        if x in ("in", "on", "at", "from", "over", "under", "within", "between") and (
                self.w(k + 1) in _WEEKDAYS or self.w(k + 1) in MONTHS or self.w(k + 1) in ("the", "a") and
                self.w(k + 2) in _SCOPE_UNITS or k + 1 < self.n and self.toks[k + 1].kind == NUMBER
                or self.w(k + 1) in ("total", "all", "recent", "last", "this", "that")):
            return False
        return True

    def _main_subject(self, end: int) -> str | None:
        """The first name of the sentence before `end` that is not after a preposition: the subject a trailing
        appositive is about."""
        for k in range(0, end):
            n = self.entities.name_at(self.base + k)
            if n is not None and n.first == self.base + k and self.w(k - 1) not in _PREPOSITIONS:
                return self.entities.key(n)
        return None

    @cached_property
    def _question(self) -> str | None:
        """Which of a poll's questions a sentence reports: "For the Holyrood constituency vote, ...", "when
        voters are asked about Westminster", "On the question of independence, ..."."""
        for k in range(self.n - 2):
            if self.w(k) == "asked" and self.w(k + 1) in ("about", "whether", "if", "which", "who"):
                x = next((y for y in range(k + 2, min(self.n, k + 6)) if self.toks[y].kind == WORD
                          and self.w(y) not in DETERMINERS and self.w(y) not in ("they", "voters", "would")), None)
                return self.w(x) if x is not None else None
        if self.w(0) in ("for", "on") and self.w(1) == "the" and "," in self.low[:8]:
            end = self.low.index(",")
            if self.w(end - 1) in ("vote", "ballot", "race", "question", "contest", "election", "referendum"):
                return "-".join(self.low[2:end])
        return None

    def _noun_slot(self, k: int) -> bool:
        """Token k stands where a noun does: after a figure or a determiner ("the other two delegates")."""
        prev = self.toks[k - 1] if k else None
        return prev is not None and (prev.kind == NUMBER or self.w(k - 1) in DETERMINERS or
                                     self.w(k - 1) in ONES or self.w(k - 1) in ("other", "many", "several"))

    def _won_place(self, k0: int):
        """The place a share was won in when the place is the verb's object: "swept Scotland with 45%",
        "dominate the Prairies with 58 per cent"."""
        if self.w(k0 - 1) != "with" or k0 < 3:
            return None
        n = self.entities.name_ending(self.base + k0 - 2)
        if n is None or n.kind in (PERSON, ORG):
            return None
        v = n.first - self.base - 1
        if self.w(v) == "the":
            v -= 1
        return n if self.w(v) in _WON_IN else None

    def _forecast(self, k0: int) -> bool:
        """A forecast word governs the figure: "Economists had expected the rate to rise to 5.9 per cent and
        the economy to add about 15,000 jobs"; "a seat projection ... would give them 158"."""
        for k in range(k0 - 1, -1, -1):
            if self.w(k) in ("but", "while", "whereas", "although", ";") or self.toks[k].text in (";", "—"):
                return False
            if self.w(k) in _FORECAST and not (self.w(k) == "expected" and self.w(k - 1) in _BE):
                return True
        return False

    def _side(self, k0: int, after: int) -> str | None:
        """The side of a question a share is for: "49.4 per cent for No", "the No side's 48.4 per cent", "the
        Yes side has 50.6 per cent"."""
        if self.w(after) == "for" and self.w(after + 1) in ("yes", "no"):
            return f"side:{self.w(after + 1)}"
        for k in range(k0 - 1, max(-1, k0 - 5), -1):
            if self.toks[k].text in _CLAUSE_BREAK or self.toks[k].text == ",":
                break
            if self.w(k) in ("yes", "no") and self.toks[k].text[0].isupper() and \
                    self.w(k + 1).removesuffix("'s").removesuffix("’s") in ("side", "camp", "campaign", "vote", "has",
                                                                             "had", "took", "won", "got", "with"):
                return f"side:{self.w(k)}"
        return None

    def _participle_rate(self, j: int) -> str | None:
        """The rate a share of people is when a participle says what they are: "34 per cent of the province's
        residents vaccinated", "38 per cent of residents have been vaccinated"."""
        if self.w(j) != "of":
            return None
        for k in range(j + 1, min(self.n, j + 9)):
            if self.toks[k].text in _CLAUSE_BREAK or self.w(k) in (",", "while", "but", "and"):
                return None
            if self.w(k) in _PARTICIPLE_RATES:
                return _PARTICIPLE_RATES[self.w(k)]
        return None

    def _rate_mods(self, k0: int, j: int) -> tuple[str, ...]:
        """The words that name which rate a share is: "core" of "Core inflation ... fell to 4.2%", "food price"
        of "Food price inflation slowed to 4.0%"."""
        k = next((x for x in range(j, min(self.n, j + 3)) if self.w(x) in counted.RATE_NOUNS), None)
        if k is None:
            k = next((x for x in range(k0 - 1, max(-1, k0 - 24), -1) if self.w(x) in counted.RATE_NOUNS
                      and self.w(x) != "rate" or self.w(x) == "rate" and self.w(x - 1) not in counted.RATE_NOUNS), None)
        if k is None:
            return ()
        if self.w(k) == "rate" and self.w(k - 1) in counted.RATE_NOUNS:
            k -= 1
        if k >= j:  # "the 66 per cent turnout", "a 4.2% core inflation rate"
            return tuple(self.w(x) for x in range(j, k) if self.toks[x].kind == WORD and self.w(x) not in (
                "annual", "overall", "headline", "official", "national", "monthly"))
        out = []
        x = k - 1
        while x >= 0 and self.toks[x].kind == WORD and len(out) < 3 and self.w(x) not in _STOP \
                and self.w(x) not in DETERMINERS and self.w(x) not in _PREPOSITIONS and not verb_tags(self.w(x)) & {
                    "VBD", "VBZ"}:
            out.insert(0, self.w(x).removesuffix("'s").removesuffix("’s"))
            x -= 1
        return tuple(w for w in out if w not in ("annual", "overall", "headline", "official", "national", "monthly"))

    def _area(self, k: int) -> str | None:
        """A part of a place after "in": "southwestern Ontario", "the city's majority-Latino wards", "its 18
        wards", "the southwestern part of the state"."""
        x = k
        words = []
        while x < self.n and len(words) < 6 and (self.toks[x].kind in (WORD, NUMBER) or self.toks[x].text in (
                "-", "'s", "’s")):
            w = self.w(x)
            if w in _AREA_NOUNS and words:
                return "-".join(v for v in words + [w] if v not in ("the", "its", "their", "-"))
            if w in _GROUP_STOPS and w not in ("in",) or w in _CLAUSE_WORDS:
                return None
            if w in _COMPASS and x + 1 < self.n:
                n = self.entities.name_at(self.base + x + 1)
                if n is not None and n.first == self.base + x + 1 and n.kind not in (PERSON, ORG):
                    return f"{w}-{n.key}"  # "in southwestern Ontario"
            words.append(w)
            x += 1
        return None

    def _base_group(self, j: int) -> str | None:
        """The group a share is of, when it is a part of the people polled or voting: "of Black voters",
        "of voters under 30", "of Democrats", "of them" (not "of the vote", "of voters", "of respondents")."""
        if self.w(j) != "of":
            return None
        k = j + 1
        while self.w(k) in ("the", "all", "those", "these", "likely", "registered", "eligible", "decided",
                            "participating", "valid", "polled", "surveyed", "responding", "voting", "adult") \
                or self.w(k).endswith(("'s", "’s")):
            k += 1  # ("of the province's residents": the whole population)
        words = []
        while k < self.n and self.toks[k].kind == WORD and self.w(k) not in _GROUP_STOPS and len(words) < 4:
            words.append(self.w(k))
            k += 1
            if words[-1] in _GROUP_HEADS or words[-1] in _GROUPS or words[-1] in ("them", "whom"):
                break  # the head: "of likely voters | support Alvarez"
        if not words:
            return "them" if self.w(k - 1) in ("those", "these") else None
        head = words[-1]
        if self.w(k) in ("under", "over", "aged", "with", "without", "who", "in", "from") and head in _GROUP_HEADS:
            words += [self.w(x) for x in range(k, min(self.n, k + 4)) if self.toks[x].kind != PUNCT]
            return "-".join(words)  # "voters under 30", "adults with a degree", "voters in his own party"
        if head in ("them", "whom"):
            return "them"
        capital = self.toks[k - 1].text[0].isupper() and head.endswith("s")
        if head in _GROUPS or capital:
            return "-".join(words)  # "women", "Democrats", "Latino women"
        if head in _GROUP_HEADS and len(words) > 1:
            return "-".join(words)  # "Black voters", "voters under 30"
        return None

    def _favor_group(self, k0: int) -> str | None:
        """The group a split belongs to when the group is the subject: "white voters favored Whitaker 57% to
        42%", "Men favored Whitaker, 53% to 46%"."""
        k = k0 - 1
        steps = 0
        while k >= 0 and steps < 8 and self.w(k) not in _FAVOR:
            t = self.toks[k]
            if t.kind == WORD and not t.text[0].isupper() and self.w(k) not in _SPLIT_FILLER:
                return None
            k -= 1
            steps += 1
        while k >= 1 and self.w(k - 1) in _SPLIT_FILLER | _BE:
            k -= 1  # "independents are split", "were closely divided"
        if k < 1:
            return None
        words = []
        x = k - 1
        while x >= 0 and self.toks[x].text not in _CLAUSE_BREAK and self.w(x) not in ("while", "but", "whereas") \
                and len(words) < 5:
            words.insert(0, self.w(x))
            x -= 1
        if not any(w in _GROUPS or w in _GROUP_HEADS for w in words) and not (
                self.toks[k - 1].text[0].isupper() and words[-1].endswith("s")):
            return None
        return "-".join(words)

    def _planned(self, k0: int) -> bool:
        """The verb just before a figure is a plan or a forecast: "will add 11", "is expected to hire 40"."""
        v = k0 - 1
        while self.w(v) in DETERMINERS or self.w(v) in ("another", "about", "nearly", "some", "up"):
            v -= 1
        x = self.w(v - 1)
        return x in ("will", "would", "could", "might", "shall", "'ll") or x == "to" and self.w(v - 2) in (
            "plans", "planned", "expected", "set", "going", "aims", "wants", "hopes", "intends", "due", "poised",
            "promised", "pledged", "vowed", "proposed")

    def _clause(self, k: int) -> str | None:
        """The event of a relative clause that names a whole set rather than a part of it: "" for taking part
        ("the 350 volunteers who took part"), "dead" for "the 25 miners who died" (one set with "killed 25
        miners"); None for a clause that picks out a part ("the 12 who were rescued alive")."""
        while self.w(k) in ("were", "was", "had", "have", "has", "been", "all", "also", "later", "eventually"):
            k += 1
        x = self.w(k)
        if x in _PARTAKE or (x, self.w(k + 1)) in (("took", "part"), ("turned", "out"), ("showed", "up")):
            return ""
        ev = counted.event_of(x) if k < self.n and self.toks[k].kind == WORD else None
        if ev in ("dead", "injured", "killed") and self.w(k + 1) in (".", ",", "in", "on", "when", "after", ""):
            return _event_group(ev)
        return None

    def _definite_at(self, k: int) -> bool:
        """The figure before token k is preceded by a determiner ("the 420 units")."""
        x = k - 1
        while x > 0 and self.toks[x].kind != NUMBER and self.toks[x].kind == WORD:
            x -= 1
        return x > 0 and self.w(x - 1) in DETERMINERS

    def _index_after(self, offset: int) -> int:
        for k in range(self.n):
            if self.toks[k].start >= offset:
                return k
        return self.n

    def _noun(self, j: int, value: float) -> tuple[str | None, int | None, bool, int, tuple[str, ...]]:
        """The counted noun after token j: (lemma, its end offset, partitive, index after it, the words
        between the figure and the noun)."""
        part = False
        if self.w(j) == "of":
            part = True
            j += 1
            while self.w(j) in _PARTITIVE_DET or self.w(j) in ("the",):
                j += 1
            if j < self.n and self.toks[j].kind == NUMBER:
                j += 1  # "seven of its 31 distribution centres"
            name = self.entities.name_at(self.base + j) if j < self.n else None
            if name is not None and name.last - self.base < self.n and self.w(name.last - self.base) in ("'s", "’s"):
                j = name.last - self.base
        best = None
        steps = 0
        k = j
        while k < self.n and steps < 5:
            t = self.toks[k]
            if t.kind == PUNCT:
                if t.text == "-" and k + 1 < self.n and self.toks[k + 1].start == t.end \
                        and t.start == self.toks[k - 1].end:
                    k += 1
                    continue
                break
            if t.kind != WORD or t.lower in _STOP:
                break
            if t.text[0].isupper() and k == j:
                n = self.entities.name_at(self.base + k)
                after = n.last - self.base if n is not None and n.first == self.base + k else None
                if after is not None and after - k >= 2 and after < self.n and self.toks[after].kind == WORD and \
                        self.toks[after].text[0].islower() and counted.noun(self.toks[after].text) is not None:
                    k = after  # "2,900 Tallis Lake residents": the name qualifies the noun after it
                    steps += 1
                    continue
            lem = counted.noun(t.text, plural=value != 1) or (t.lower if t.lower in _COLLECTIVES and k == j else None)
            if lem is not None:  # ("the 6,219 crowd": a collective counts its members)
                best = (lem, t.end, k + 1)
                nxt = self.toks[k + 1] if k + 1 < self.n else None
                if nxt is not None and nxt.kind == WORD and nxt.lower not in _STOP \
                        and counted.noun(nxt.text, plural=value != 1) is not None and not nxt.text[0].isupper() \
                        and not verb_tags(nxt.lower) & {"VBZ", "VBD", "VBP"} and steps < 4:
                    k += 1  # a noun used as a modifier: "12 snow samples", "three police officers"
                    steps += 1
                    continue
                break
            if t.text[0].isupper() and k > j and not (k + 1 < self.n and self.toks[k + 1].kind == WORD and
                                                       self.toks[k + 1].text[0].islower()):
                break  # a name ends the phrase; "two current Cabinet officers" does not
            k += 1
            steps += 1
        if best is None:
            return None, None, part, j, ()
        mods = tuple(self.toks[x].text for x in range(j, best[2] - 1) if self.toks[x].kind == WORD)
        return best[0], best[1], part, best[2], mods

    def _money_thing(self, k0: int, j: int) -> tuple[str | None, int | None, tuple[str, ...], frozenset[str]]:
        """What an amount of money is, with the words that qualify it and the nouns of its phrase: "$214
        million net profit", "the $3.2-million expansion", "$25 million in flood aid", "a damage estimate of
        $48 million", "Net income for the quarter was $86 million", "fined him $50,000"."""
        mods: list[str] = []
        k = j
        if self.w(k) == "(":  # "a 24.5 billion zloty ($6.1 billion) package": past the conversion
            close = next((x for x in range(k + 1, min(self.n, k + 8)) if self.w(x) == ")"), None)
            if close is not None and any(t.kind == NUMBER for t in self.toks[k + 1:close]):
                k = close + 1
        while k < min(self.n, j + 4) and (self.w(k) in _MONEY_MODS or self.w(k) == "-"):
            if self.w(k) in _MONEY_MODS:
                mods.append(self.w(k))
            k += 1
        head = self._noun_run(k)  # "the $3.2-million expansion", "$214 million net profit"
        if head is not None:
            cls, end, nouns = head
            return cls, end, tuple(mods), nouns | self._of_noun(self._index_after(end))
        found = self._before_money(k0)
        if found is not None and found[0] == "pay" and self.w(k0 - 1) == "pay" and self.w(k0 - 2) in (
                "to", "will", "would", "must", "can", "could", "should", "they", "we", "you", "i"):
            found = ("cost", *found[1:])  # "enough to pay $12 a year": a price paid, not a wage
        if found is not None:
            return found
        if self.w(k) in ("in", "for", "on"):  # "$25 million in flood aid", "$38.5 million for road repairs"
            x = k + 1
            while self.w(x) in ("the", "a", "an", "new", "its", "their"):
                x += 1
            head = self._noun_run(x)
            if head is not None and head[0] not in _TIME_NOUNS and head[0] not in _PAID_IN:
                cls, end, nouns = head
                return cls, end, tuple(mods), nouns
        steps = 0
        for a in range(k0 - 1, max(-1, k0 - 12), -1):  # "fined the developer $50,000", "paid $4 million for"
            cls = counted.money_verb(self.w(a))
            if cls is not None:
                return cls, None, (), frozenset()
            if self.toks[a].text in _CLAUSE_BREAK or self.w(a) in _CLAUSE_WORDS:
                break
            steps += not self.toks[a].text[:1].isupper()  # a name counts as one word: "buy Golden Crust for"
            if steps >= 5:
                break
        return None, None, (), frozenset()

    def _of_noun(self, k: int) -> frozenset[str]:
        """The noun of an "of" phrase after a money noun: "library" of "$2.4-million expansion of the Main Street
        library", so that "the $4.2-million library project" meets it."""
        if self.w(k) != "of" or self.w(k + 1) not in ("the", "its", "their", "a", "an"):
            return frozenset()
        head = self._noun_run(k + 2)
        return head[2] - _GENERIC_NOUNS if head is not None else frozenset()

    def _before_money(self, k0: int):
        """The noun before an amount: "a profit of $214 million", "Net income for the quarter was $86 million"."""
        k = k0 - 1
        while k >= 0 and (self.w(k) in _MONEY_LINKS or self.toks[k].kind == NUMBER and self.w(k + 1) in (
                "%", "per", "percent") or self.w(k) in ("%", "per", "cent", "percent")) and k0 - k <= 8:
            k -= 1  # "pre-tax profit fell 10% to £312m"
        found = self._noun_back(k) if k >= 0 and self.toks[k].kind == WORD else None
        if found is not None:  # "a profit of $214 million", "a damage estimate of $48 million"
            cls, nouns = found
            return cls, None, self._mods_before(k), nouns
        if k0 >= 1 and self.w(k0 - 1) in _COPULAS:  # "Net income for the quarter ended March 30 was $86 million"
            start = self._clause_start(k0)
            for a in range(start, k0 - 1):
                two = f"{self.w(a)} {self.w(a + 1)}"
                if two in counted.MONEY_CLASS:
                    return counted.MONEY_CLASS[two], None, (), frozenset({two})
                if self.w(a) in counted.MONEY_CLASS:
                    return counted.MONEY_CLASS[self.w(a)], None, (), frozenset({self.w(a)})
        return None

    def _noun_run(self, k: int) -> tuple[str, int, frozenset[str]] | None:
        """The head of a noun phrase of up to three words from token k ("road program", "flood aid",
        "net income"): (class, end offset, nouns)."""
        nouns: list[str] = []
        best = None
        while k < self.n and self.toks[k].kind == WORD and self.toks[k].text[0].isupper() and k + 1 < self.n and (
                self.toks[k + 1].kind == WORD):
            k += 1  # "the $753 million Golden Crust purchase": past the name to its noun
        for x in range(k, min(self.n, k + 3)):
            t = self.toks[x]
            if t.kind != WORD or t.text[0].isupper() or t.lower in _STOP:
                break
            if t.lower.endswith("ing") and x + 1 < self.n and self.toks[x + 1].lower in counted.MONEY_CLASS:
                continue  # "the $3,500 signing bonus"
            two = f"{self.w(x - 1)} {t.lower}"
            if two in counted.MONEY_CLASS and x > k:
                best = (counted.MONEY_CLASS[two], t.end)
                nouns.append(two)
                continue
            if t.lower in counted.MONEY_CLASS:
                best = (counted.MONEY_CLASS[t.lower], t.end)
                nouns.append(t.lower)
                continue
            lem = counted.noun(t.text)
            if lem is None or verb_tags(t.lower) & {"VBD", "VBZ"} and x > k and (
                    "VBD" in verb_tags(t.lower) or counted.noun(t.text, plural=True) is None):
                break
            nouns.append(lem)
            best = (lem, t.end)
        if best is None or best[0] in _TIME_NOUNS or self.w(k) in ("last", "next", "this", "each", "per", "every"):
            return None
        return best[0], best[1], frozenset(nouns)

    def _noun_back(self, a: int) -> tuple[str, frozenset[str]] | None:
        """The head noun ending at token a, read backwards ("a damage estimate" of "a damage estimate of")."""
        t = self.toks[a]
        two = f"{self.w(a - 1)} {t.lower}"
        if two in counted.MONEY_CLASS:
            return counted.MONEY_CLASS[two], frozenset({two})
        if t.lower in counted.MONEY_CLASS:
            return counted.MONEY_CLASS[t.lower], frozenset({t.lower} | self._nouns_before(a))
        if self.w(a + 1) == "of" and t.text[0].islower() and counted.noun(t.text) is not None \
                and t.lower not in _NOT_MONEY_HEADS:
            lem = counted.noun(t.text)
            return lem, frozenset({lem} | self._nouns_before(a))
        return None

    def _nouns_before(self, a: int) -> set[str]:
        out = set()
        for x in range(a - 1, max(-1, a - 3), -1):
            lem = counted.noun(self.toks[x].text) if self.toks[x].kind == WORD and self.toks[x].text[0].islower() \
                else None
            if lem is None:
                break
            out.add(lem)
        return out

    def _mods_before(self, k: int) -> tuple[str, ...]:
        out = []
        for x in range(k - 1, max(-1, k - 4), -1):
            if self.w(x) in _MONEY_MODS:
                out.append(self.w(x))
            elif self.w(x) != "-":
                break
        return tuple(out)

    def _share_base(self, k0: int, j: int) -> tuple[str | None, int | None]:
        """What a percentage is of: "of the vote", "of respondents", "unemployment rate of 4%", "a 20% stake"."""
        if self.w(j) == "of" and not (self.w(j + 1) in _HEDGE_WORDS or j + 1 < self.n and
                                      self.toks[j + 1].kind == NUMBER):  # not "46.8 per cent of about 3.5 million"
            k = j + 1
            while k < self.n and (self.w(k) in ("the", "all", "its", "their", "those", "valid", "popular", "eligible",
                                                "registered", "likely", "each", "every")
                                  or self.w(k).endswith(("'s", "’s"))
                                  or self.toks[k].kind != WORD or self.toks[k].text[0].isupper()) and k < j + 6:
                if self.toks[k].text[0].isupper() and self.w(k).endswith("s") and (
                        k + 1 >= self.n or self.toks[k + 1].kind != WORD or self.toks[k + 1].text[0].islower()):
                    return "share", self.toks[k].end  # "of Georgians support", "of Democrats": a group
                k += 1  # "of the U.S. public"
            if k < self.n and self.toks[k].kind == WORD:
                if self.w(k) in _GROUPS or self.w(k) in _GROUP_HEADS - {"votes"}:
                    return "share", self.toks[k].end  # "of women", "of voters": the group is a scope (g:)
                return self.w(k), self.toks[k].end
        if self.w(j) in ("annual", "yearly", "monthly", "quarterly", "average", "overall") and \
                self.w(j + 1) in _CHANGE_NOUNS:
            j += 1  # "a 5.7 per cent annual increase"
        if self.w(j) in ("stake", "share", "interest", "lead", "margin", "turnout") or self.w(j) in _CHANGE_NOUNS:
            return self.w(j), self.toks[j].end
        if self.w(j + 1) in counted.RATE_NOUNS and self.toks[j].kind == WORD and self.w(j) not in _STOP and \
                self.w(j) not in _PREPOSITIONS and self.w(j) not in counted.RATE_NOUNS:
            j += 1  # "the 62.1 per cent operating ratio"
        if self.w(j) in counted.RATE_NOUNS:  # "the 13 per cent jobless rate"
            end = self.toks[j + 1].end if self.w(j + 1) == "rate" else self.toks[j].end
            return counted.RATE_NOUNS[self.w(j)], end
        for k in range(k0 - 1, max(-1, k0 - 24), -1):  # "unemployment in the town hit 31 per cent"
            if self.toks[k].text in _CLAUSE_BREAK or self.w(k) in _CLAUSE_WORDS:
                break
            if self.w(k) in counted.RATE_NOUNS and self.w(k + 1) not in _NOT_RATE_HEADS:  # ("tax bill")
                if self.w(k) == "rate" and self.w(k - 1) in counted.RATE_NOUNS:
                    return counted.RATE_NOUNS[self.w(k - 1)], None  # "a turnout rate of 58%"
                return counted.RATE_NOUNS[self.w(k)], None
        return None, None

    def _event(self, k0: int, after: int, thing: str | None) -> str | None:
        """What happened to the counted things: the verb before the figure ("killed 26"), after its noun
        ("26 miners died", "25 were injured", "people killed in"), or the noun ("26 deaths")."""
        # before: the nearest verb-like word within the clause
        k = k0 - 1
        steps = 0
        governed = False  # the figure's phrase is the object of a preposition ("the names of all 25")
        while k >= 0 and steps < 4:
            t = self.toks[k]
            if t.kind != WORD or t.lower in _CLAUSE_WORDS:
                break
            if t.lower in ("toll", "tally", "count") and self.w(k - 1) in ("death", "casualty"):
                return "dead" if self.w(k - 1) == "death" else "casualty"
            if t.lower in _PREPOSITIONS:
                governed = True
                if t.lower not in ("with", "to", "at", "by"):
                    break
            elif t.lower not in _STOP and t.lower not in _ADVERBS:
                if counted.reporting(t.lower) and t.lower not in ("added", "adds", "add", "adding"):
                    break  # "claimed 90 civilians were wounded": the figure opens the reported clause
                ev = counted.event_of(t.lower)
                if ev is None and not governed and self.w(k - 1) == "to" and t.lower in lemmas(t.lower).get("VERB", ()):
                    ev = counted.verb_event(t.lower)  # "voted to hold two officers": the verb after "to"
                if ev is not None and self.w(k - 1) in ("or", "and") and k >= 2 and \
                        verb_tags(self.w(k - 2)) & {"VBD", "VBN", "VBG"}:
                    other = counted.event_of(self.w(k - 2))
                    if other and other != ev:  # "damaged or destroyed 700 homes": not the 126 destroyed
                        return "+".join(sorted((other, ev)))
                if ev is not None:
                    return ev
            elif t.lower not in DETERMINERS and t.lower not in _ADVERBS and t.lower not in ("a", "an"):
                break
            steps += 1
            k -= 1
        # after: "were killed", "died", "who died", "killed in"; after a preposition ("the names of all 25
        # miners") only a toll's participle: "the last of nine miners killed"
        k = after
        steps = 0
        while k < self.n and steps < 4:
            t = self.toks[k]
            if t.kind != WORD:
                break
            if t.lower in _BE or t.lower in _HAVE or t.lower in ("been", "who", "that", "were", "reportedly",
                                                                 "also", "later", "had", "have", "all") or \
                    t.lower in _MODALS and self.w(k + 1) in ("be", "have", "not") or \
                    t.lower.endswith("ly") and len(t.lower) > 4:  # "children seriously injured"
                k += 1
                steps += 1
                continue
            if t.lower in ("taken", "rushed", "airlifted", "flown", "admitted", "sent", "transported") and \
                    self.w(k + 1) == "to" and self.w(k + 2) in ("hospital", "hospitals", "the"):
                return "hospitalised"  # "Two children were taken to hospital"
            ev = counted.event_of(t.lower)
            if governed:
                return ev if ev and _event_group(ev) in ("dead", "hurt", "held") else None
            if ev == "voted" and self.w(k + 1) in ("for", "against", "yes", "no", "in"):
                return "voted-against" if self.w(k + 1) in ("against", "no") else "voted-for"  # "30 voted against"
            return ev
        return None

    def _role(self, m: Mention, k0: int, after: int, before: str, part: bool) -> tuple[Role, bool]:
        w = self.w
        d = k0 - 1
        while d > 0 and (self.w(d).endswith("est") or self.w(d) in ("top", "first", "last", "biggest", "largest",
                                                                    "latest", "remaining")):
            d -= 1  # "the world's richest 100 billionaires"
        det = self.w(d)
        definite = det in DETERMINERS or det.endswith(("'s", "’s")) and det not in ("it's", "that's")
        prev2 = (w(k0 - 2), before)
        nxt = [w(k) for k in range(after, min(self.n, after + 4))]
        ahead = [w(k) for k in range(m.last - self.base, min(self.n, m.last - self.base + 6))]
        behind = [w(k) for k in range(max(0, k0 - 5), k0)]
        if m.measure == Measure.PERCENT and w(k0 - 1) == "or" and w(k0 - 2) == "," and any(
                w(x) in ("by", "up", "down") or w(x) in _CHANGE_NOUNS for x in range(max(0, k0 - 8), k0 - 2)):
            return Role.BY, definite  # "will rise by $148, or 3.4 per cent, to $3,943": the change again; "an
            # increase of 363,054 people, or 0.9 per cent"
        if any(x in _THRESHOLD for x in ahead[:3]) and not part:
            return Role.THRESHOLD, definite  # "of which four are needed"
        if m.measure == Measure.COUNT and before == "of" and w(k0 - 2) == "out":
            return Role.POOL, definite  # "170 out of 18 of the area's districts": 18 is the pool
        if m.measure == Measure.COUNT and nxt[:2] == ["out", "of"]:
            return Role.PART, definite  # "92 out of 30 charges"
        if part or before in _PART_BEFORE or (nxt[:1] and nxt[0] in _PART_AFTER) or \
                ("of" in behind[-3:] and any(x in ("them", "those", "these", "whom", "which") for x in behind[-3:])) \
                or before in ("of", "among", "from") and w(k0 - 2) in ("one", "two", "three", "some", "most", "many",
                                                                        "none", "half", "all", "each") \
                or before in ("including", "among") or before in ("and", ",") and m.measure != Measure.PERCENT \
                and self._listed_after_including(k0):
            return Role.PART, definite
        if before == "of" and w(k0 - 2) in ("youngest", "eldest", "oldest", "middle", "second", "third", "fourth") \
                or nxt[:1] and nxt[0] in _MARGIN_AFTER and \
                m.measure == Measure.COUNT:
            return Role.COMPARE, definite  # "the youngest of six children"; "four points clear at the top"
        o = of_opening(self.low)
        if self._whole_of_part(k0) or o is not None and k0 <= o + 2 and w(o + 1) in ("the", "its", "their", "all") \
                and m.measure == Measure.COUNT:
            return Role.POOL, definite  # "39 of the state's 40 delegates", "Of the 46 men underground, 20 survived"
        if any(x in _THRESHOLD for x in ahead[:3]) or any(x in _THRESHOLD for x in behind[-3:]) or \
                _starts(ahead, _THRESHOLD_AT, 4):
            return Role.THRESHOLD, definite
        if _starts(ahead, _POOL_AT, 3) or before == "of" and w(k0 - 2) == "out" or behind[-2:] == ["out", "of"]:
            return Role.POOL, definite
        if _ends(behind, _RUNNING_BEFORE) or _starts(ahead, _RUNNING_AT, 3):
            return Role.RUNNING, definite
        if (before == "from" or before in DETERMINERS and w(k0 - 2) == "from") and any(
                x in _UP_DOWN for x in self.low[max(0, k0 - 28):k0]) and w(k0 - 2) not in _ANSWER_NOUNS:
            return Role.FROM, definite  # "up 4.9 points from the 23.5% it won in 2025"; "climbed 28 per cent to
            # $448 million, or $1.12 a share, in the 12 weeks ended Oct. 5, from $380 million"
        if before in ("from",) and behind[-2:-1] in (["up"], ["down"]):
            return Role.FROM, definite
        if before == "to" and (any(x in _UP_DOWN for x in self.low[max(0, k0 - 14):k0]) or any(
                w(x) == "from" and (self.toks[x + 1].kind == NUMBER or w(x + 1) in _CURRENCY_SIGNS)
                for x in range(max(0, k0 - 10), k0 - 2))):
            return Role.TO, definite  # "rose to 41"; "from 13.9 million in 1970 to 6.8 million in 2010"
        if m.measure in (Measure.PERCENT, Measure.POINTS) and ahead[:1] and ahead[0] in _CHANGE_NOUNS:
            return Role.BY, definite  # "an 84% decrease", "a 12 per cent rise"
        if m.measure in (Measure.PERCENT, Measure.POINTS) and before == "of" and any(
                w(x) in _CHANGE_NOUNS and w(x - 1) in ("a", "an", "the") for x in range(max(1, k0 - 8), k0 - 1)):
            return Role.BY, definite  # "a drop in deaths among under-fives of nearly 60%"
        if before in ("by",) and any(x in _UP_DOWN for x in self.low[max(0, k0 - 6):k0]) or before in (
                "up", "down") and w(k0 - 2) not in ("make", "makes", "made", "making") or prev2 in (
                    ("increase", "of"), ("rise", "of"), ("drop", "of"), ("decline", "of"), ("cut", "of"),
                    ("jump", "of"), ("fall", "of"), ("gain", "of"), ("loss", "of"), ("increase", "by"),
                    ("net", "of")) or \
                verb_lemmas(before) & _CHANGE_VERBS and (before not in ("rise", "fall", "drop", "increase", "gain",
                                                                        "decrease", "decline", "jump")
                                                         or w(k0 - 2) in _MODALS | {"to"}):  # "will rise 12%"
            return Role.BY, definite
        if m.measure in (Measure.COUNT, Measure.MONEY, Measure.PERCENT) and (
                _ends(behind, _COMPARE) or ahead[:1] in (["more"], ["fewer"], ["less"], ["higher"], ["lower"])):
            return Role.COMPARE, definite
        if self.w(k0 - 1) == "per":
            return Role.BASE, definite
        if self._rate(m, after):
            return Role.RATE, definite
        if before in _TOTAL_BEFORE or prev2 in (("a", "total"), ("total", "of")) or w(k0 - 1) == "of" and \
                w(k0 - 2) == "total" or any(tuple(nxt[:len(t)]) == t for t in _TOTAL_AFTER):
            return Role.TOTAL, True
        return Role.PLAIN, definite

    def _whole_of_part(self, k0: int) -> bool:
        k = k0 - 1
        while k >= 0 and (self.w(k) in DETERMINERS or self.w(k).endswith(("'s", "’s")) or self.w(k) in ("a", "an")):
            k -= 1
        # ("some of the 25 injured officers" names the 25 as "the 25 injured officers" would)
        return self.w(k) == "of" and k >= 1 and (self.toks[k - 1].kind == NUMBER or self.w(k - 1) in ONES_WORDS
                                                 and self.w(k - 1) not in _SOME)

    def _rate(self, m: Mention, after: int) -> bool:
        if m.measure == Measure.PERCENT and self.kind == "poll":
            return False  # "16 per cent almost every day": in a survey, an answer, not a rate
        j = m.last - self.base
        if self.w(j) == "per" and j + 1 < self.n and self.toks[j + 1].kind == NUMBER:
            return True  # "six per 100,000"
        for k in range(after, min(self.n, after + 5)):
            x = self.w(k)
            if x in ("daily", "annually", "weekly", "monthly", "hourly", "yearly", "apiece", "each"):
                return True
            if x in _RATES and self.w(k - 1) in _RATE_INTRO:
                return True
            if self.toks[k].kind == PUNCT and self.toks[k].text != "-" or x in ("and", "but", "while"):
                break
        return False

    def _holder(self, m: Mention, k0: int, after: int, definite: bool) -> str | None:
        """Whose figure: the possessor ("Ferreira's 27", "her 27"), "for/by Name" after it, a name just
        before a share ("Smith 48%"), or the subject of the clause."""
        ents, base, w = self.entities, self.base, self.w
        before = k0 - 1
        # possessor before the figure, past determiners and adjectives: "Ferreira's 27 points", "her 27"
        if before >= 1 and self.toks[before].text in ("'", "’") \
                and self.toks[before].start == self.toks[before - 1].end \
                and self.w(before - 1).endswith("s"):
            n = ents.name_ending(base + before - 1)  # "the Huskies' fifth straight win"
            if n is not None:
                return ents.key(n)
        if before >= 0:
            t = self.toks[before]
            if t.kind == WORD and t.lower.endswith(("'s", "’s")) and t.lower not in ("it's", "that's", "there's",
                                                                                  "he's", "she's", "what's"):
                n = ents.name_at(base + before)
                if n is not None:
                    return ents.key(n)
                word = t.lower[:-2]
                return self._generic(word, base + before) if word in _GENERIC_HOLDERS else None
            if t.lower in ("his", "her", "its", "their"):
                return ents.resolve(base + before)
        if before >= 2 and w(before) in ("holding", "owning", "taking", "getting", "keeping") and \
                w(before - 2).endswith(("'s", "’s")):
            n = ents.name_at(base + before - 2)  # "with Lindqvist's investors holding 46 percent"
            if n is not None and n.kind != PLACE:
                return ents.key(n)
        if before >= 2 and w(before) == "whose" and w(before - 1) == ",":
            n = ents.name_ending(base + before - 2)  # "Nkemelu, whose 29 goals this season" (a club may be
            if n is not None:  # named for its town: "Kilbride, whose 12 titles")
                return ents.key(n)
        if before >= 0 and w(before) in ("him", "her", "them") and w(before - 1) in _GIVE:
            return ents.resolve(base + before)  # "give him 18 this season"
        if w(before) == "on" and w(before - 1) == "now" and w(before - 2) == ",":
            n = ents.name_ending(base + before - 3) if before >= 3 else None
            if n is not None and n.kind != PLACE:
                return ents.key(n)  # "Mottram, now on 18 league goals for the season"
        if w(before) == "to":  # "took his tally for the season to 27": the tally's owner
            for k in range(before - 1, max(-1, before - 8), -1):
                if w(k) in _TALLY_NOUNS and k >= 1:
                    owner = k - 1 if w(k - 1) not in ("league", "goal", "season", "scoring") else k - 2
                    if w(owner) in ("his", "her", "their", "its"):
                        return ents.resolve(base + owner)
                    break
        # "for Name", "by Name" right after the figure's phrase
        if w(after) in ("for", "by") and after + 1 < self.n:
            n = ents.name_at(base + after + 1)
            if n is not None and n.kind in (PERSON, ORG) or n is not None and m.measure == Measure.PERCENT:
                return ents.key(n)
        # "Smith 48%", "Labour 42 per cent", "Smith, 48%"
        if m.measure in (Measure.PERCENT, Measure.COUNT) and before >= 0:
            k = before - 1 if w(before) in (",", "with", "at", "on", "had", "has", "took", "won", "got") else before
            n = ents.name_ending(base + k) if k >= 0 else None
            if n is not None and n.kind != PLACE and self._won_place(k0) is None:
                return ents.key(n)
            t = self.toks[before]
            if m.measure == Measure.PERCENT and t.kind == WORD and t.text[0].islower() and t.lower not in _STOP \
                    and counted.noun(t.text) is not None and not verb_tags(t.lower) & {"VBD", "VBN"} \
                    and self.w(before - 1) in DETERMINERS | {",", "and", "", "while", "with"}:
                return f"n:{counted.noun(t.text)}"  # "food service 27% and exports 19%"
        if m.measure == Measure.PERCENT and w(before) == "by" and w(before - 1) in _CHOSEN and \
                w(before - 2) in ("was", "were", "is", "are") and before >= 3 and self.toks[before - 3].kind == WORD:
            return f"n:{counted.noun(self.toks[before - 3].text) or w(before - 3)}"  # "Housing affordability was
            # chosen by 41 per cent": the answer is the subject
        if m.measure == Measure.PERCENT and w(before) == "at" and before >= 1 and self.toks[before - 1].kind == WORD \
                and self.toks[before - 1].text[0].islower() and (w(before - 2) in _AT_OPTION
                                                                 or w(before - 2) in DETERMINERS):
            lem = counted.noun(self.toks[before - 1].text)
            if lem:
                return f"n:{lem}"  # "followed by public works at 24 per cent, general government at 18 per cent"
        if m.measure == Measure.PERCENT and w(before) == "for" and before >= 1 and self.toks[before - 1].kind == WORD \
                and self.toks[before - 1].text[0].islower() and w(before - 2) in (",", "and"):
            lem = counted.noun(self.toks[before - 1].text)
            if lem:
                return f"n:{lem}"  # "..., transit for 14 per cent, fire for 9 per cent"
        if m.measure == Measure.PERCENT and before >= 1 and self.toks[before].kind == WORD:
            k = before
            while k > before - 3 and k >= 0 and self.toks[k].kind == WORD and self.toks[k].text[0].islower() and \
                    w(k) not in ("and", "or") and (counted.noun(self.toks[k].text) or not verb_tags(w(k)) & _FINITE):
                k -= 1
            lem = counted.noun(self.toks[before].text) if k < before and w(k) in (",", "and") and not verb_tags(
                w(before)) & {"VBG", "VBD", "VBN"} else None
            if lem:
                return f"n:{lem}"  # "..., school operations 9 per cent, student transportation 6 per cent"
        # the clause subject: the first name or pronoun before the verb that governs the figure; a
        # reported clause starts after its reporting verb ("Mijares claimed 90 civilians were wounded")
        start = self._clause_start(k0)
        for k in range(k0 - 1, start - 1, -1):
            if self.toks[k].kind == WORD and counted.reporting(self.w(k)):
                start = k + 1
                break
            if self.w(k) == "according":  # "According to a Gallup poll, 57 percent": the source is no holder
                comma = next((x for x in range(k, k0) if self.toks[x].text == ","), None)
                start = comma + 1 if comma is not None else k0
                break
        if self.w(start) in ("which", "who") and start >= 2 and self.toks[start - 1].text == ",":
            n = ents.name_ending(base + start - 2)
            if n is not None and n.kind != PLACE or n is not None and m.measure == Measure.STREAK:
                return ents.key(n)  # "Nigeria, which has won four qualifiers in a row"
        skip = self._parentheticals(start, k0)
        verb = next((k for k in range(k0 - 1, start - 1, -1) if k not in skip and self.toks[k].kind == WORD
                     and verb_tags(self.w(k)) & _FINITE and self.w(k) not in _STOP_VERBS
                     and not self._noun_slot(k)), None)
        if verb is None:
            return self._subject_noun(start, k0) if m.measure == Measure.PERCENT else None
        while verb - 1 > start and self.w(verb - 1) in _ADVERBS | {"and", "also", "then"}:
            # "Cole scored 24 points and grabbed 11 rebounds": the subject is the first verb's
            first = next((k for k in range(verb - 2, start - 1, -1) if k not in skip and self.toks[k].kind == WORD
                          and verb_tags(self.w(k)) & _FINITE and self.w(k) not in _STOP_VERBS), None)
            if first is None or self.w(verb - 1) not in ("and",) and self.w(verb - 2) != "and":
                break
            verb = first
        for k in range(verb - 1, start - 1, -1):  # the subject: the nearest name before the verb
            t = self.toks[k]
            if t.kind != WORD or k in skip:
                continue
            n = ents.name_at(base + k)
            if n is not None and n.kind != PLACE:
                a = n.first - base
                if a > start and (w(a - 1) in _PREPOSITIONS or w(a - 1) in ("the", "a") and w(a - 2) in _PREPOSITIONS):
                    continue
                return ents.key(n)
            if t.lower in ("he", "she", "they", "it"):
                return ents.resolve(base + k)
            if t.lower in _GENERIC_HOLDERS and w(k - 1) == "the":
                return self._generic(t.lower, base + k)
            if t.lower.endswith(("'s", "’s")) and t.lower[:-2] in _GENERIC_HOLDERS and w(k - 1) == "the":
                return self._generic(t.lower[:-2], base + k)
            if t.lower in ("who", "which", "that") or t.lower in _ADVERBS or t.lower in ("also", "further", "then") \
                    or t.lower in _AUXILIARIES:
                continue  # "Ferreira, who finished with 25": the subject is before the relative pronoun
            if t.text[0].islower() and counted.noun(t.text) is not None and k > start and t.lower not in _SHARE_WORDS:
                # a common noun is the subject ("the average score was 98"), unless a name owns it
                # ("Acme's profit rose to")
                p = k - 1
                while p > start and self.toks[p].kind == WORD and self.toks[p].text[0].islower() and \
                        counted.noun(self.toks[p].text) is None:
                    p -= 1
                owner = self.toks[p] if p >= start else None
                if owner is not None and owner.lower.endswith(("'s", "’s")):
                    n = ents.name_at(base + p)
                    return ents.key(n) if n is not None else None
                n = ents.name_ending(base + k - 1) if k - 1 >= start else None
                if n is not None and n.kind != PLACE:
                    return ents.key(n)  # "the Green candidate", "the Liberal incumbent"
                return f"n:{counted.noun(t.text)}" if m.measure == Measure.PERCENT else None
        if m.measure == Measure.PERCENT:
            return self._subject_noun(start, k0)
        return None

    def _answer(self, k: int) -> str | None:
        """A share given as a poll answer, as its holder: "support Alvarez" -> yes:alvarez; "approve of his
        performance" -> yes:reilly (the pronoun resolved); "were unsure" -> a:unsure (no one's: an option only)."""
        for x in range(k, min(self.n, k + 6)):
            word = self.w(x)
            if word in (",", ";", ".", "while", "and", "but"):
                return None
            ans = counted.ANSWERS.get(word)
            if ans is None or word == "opposed" and self.w(x - 1) == "as" or word == "for" and x == k:
                continue
            if word == "no" and self.w(x + 1) == "opinion":
                ans = "unsure"
            side = next((self.w(y) for y in range(x, min(self.n, x + 5)) if self.w(y) in ("yes", "no") and (
                self.w(y - 1) in ("vote", "voted", "voting", "the") or self.w(y + 1) in ("side", "vote", "campaign",
                                                                                         "camp"))), None)
            if side is not None:
                return f"side:{side}"  # "would vote yes", "support for the yes side": one side of one question
            for y in range(x + 1, min(self.n, x + 7)):
                if self.w(y) in (",", ";", ".", "and", "but", "while"):
                    break
                n = self.entities.name_at(self.base + y)
                if n is not None and n.kind != PLACE:
                    key = self.entities.key(n)
                    return f"{ans}:{key}" if key else f"a:{ans}"
                if self.w(y) in ("his", "her", "him", "its", "their", "them"):
                    key = self.entities.resolve(self.base + y)
                    return f"{ans}:{key}" if key else f"a:{ans}"
            return f"a:{ans}"
        return None

    def _subject_noun(self, start: int, k0: int) -> str | None:
        """For a share with no named holder, the common noun of its clause's subject ("pension funds hold
        25%" -> n:fund): options of a breakdown need not be names."""
        for k in range(start, k0):
            t = self.toks[k]
            if t.kind != WORD:
                continue
            tags = verb_tags(t.lower)
            if tags & {"VBZ", "VBD", "VBP"} and k > start:
                prev = self.toks[k - 1]
                lem = counted.noun(prev.text) if prev.kind == WORD and prev.lower not in _SHARE_WORDS and \
                    prev.lower not in _PRONOUNS else None  # not "Of those surveyed, 64 per cent"
                return f"n:{lem}" if lem else None
        return None

    def _parentheticals(self, a: int, b: int) -> set[int]:
        """Tokens inside ", which ... ," and ", who ... ," between a and b: the subject stands outside them."""
        return self._between_commas(a, b, lambda k: self.w(k + 1) in ("which", "who", "whose", "whom"))

    def _generic(self, word: str, token: int) -> str | None:
        """"the company" -> the latest organisation named in the three sentences before; "the state's" ->
        the latest place."""
        want = PLACE if word in _PLACE_NOUNS else ORG
        kin = _KIN_HOLDERS.get(word, frozenset({word}))
        best = None
        for n in self.entities.names:
            if n.first >= token:
                break
            own = set(n.full.lower().split()) & _GENERIC_HOLDERS
            if n.kind == want and n.sentence >= self.si - 3 and not own - kin:
                best = n  # "the company" is not "the Ministry of Labour"
        return self.entities.key(best) if best is not None else None

    def _clause_start(self, k0: int) -> int:
        got = self._starts_at.get(k0)
        if got is None:
            got = self._starts_at[k0] = self._find_clause_start(k0)
        return got

    def _find_clause_start(self, k0: int) -> int:
        k = k0 - 1
        while k > 0:
            t = self.toks[k]
            if t.text in _CLAUSE_BREAK or t.lower in ("while", "whereas", "whilst", "although", "but") or (
                    t.lower in ("and", "as", "when", "after", "because", "before", "until", "since") and k + 1 < self.n
                    and (self.w(k + 1) in ("he", "she", "they", "it", "the") or self.toks[k + 1].text[:1].isupper())
                    and self.toks[k + 1].kind == WORD):
                return k + 1
            if t.text == "," and k + 1 < k0 and self.w(k + 1) in ("while", "but", "and", "whereas", "which"):
                return k + 1
            k -= 1
        return 0

    def _verb(self, k: int) -> bool:
        """Token k reads as a verb, not a noun: "aged", "were", "raping", "moved" (not "people", "cases")."""
        got = self._verbs.get(k)
        if got is None:
            got = self._verbs[k] = self._reads_as_verb(k)
        return got

    def _reads_as_verb(self, k: int) -> bool:
        t = self.toks[k]
        if t.kind != WORD or t.text[0].isupper():
            return False
        tags = verb_tags(t.lower)
        if not tags & {"VBD", "VBZ", "VBP", "VBN", "VBG"}:
            return t.lower in _BE
        return counted.noun(t.text, plural=True) is None or bool(tags & {"VBD", "VBN"})

    @cached_property
    def _counted_in(self) -> bool:
        """In a live blog, the sentence gives the final count: "With every poll counted", "With all polls
        reporting" (in an ordinary article every figure is of one moment already)."""
        if len(set(self.ledger.sections)) < 2:
            return False
        low = self.low
        for k, x in enumerate(low):
            if x in ("all", "every") and any(w in ("poll", "polls", "ballots", "precincts", "stations", "votes")
                                             for w in low[k + 1:k + 3]) and \
                    any(w in ("counted", "reporting", "reported", "in") for w in low[k + 2:k + 5]):
                return True
        return False

    @cached_property
    def _lead(self) -> tuple[int, int] | None:
        """The sentence's opening adverbial ("When the school opened in 1874, ...", "In 2019, ..."), after a
        dateline ("KINGSTON, Ont. – "): its time and place are every figure's in the sentence."""
        start = 0
        for k in range(min(self.n, 12)):
            if self.toks[k].text in ("–", "—") or self.toks[k].text == "-" and k and self.toks[k - 1].end < \
                    self.toks[k].start:
                start = k + 1
                break
        if self.w(start) not in _LEADS:
            return None
        end = next((k for k in range(start, min(self.n, start + 25)) if self.toks[k].text == ","), None)
        return (start, end) if end is not None else None

    def _scope(self, k0: int, j: int, figs=(), f=None) -> frozenset[str]:
        """Markers of time and place in the figure's clause and the sentence's opening phrase. Markers
        after the figure stop at the next figure ("two goals give him 18 this season": the season is the
        18's); markers before it start after the figure before."""
        a = self._clause_start(k0)
        b = j
        others = [g for g in figs if g is not f and g.measure not in _SCOPE_FIGURES]
        nxt = min((g.first for g in others if g.first >= j), default=self.n)
        prv = max((g.last for g in others if g.last <= k0), default=0)
        a = max(a, prv)
        low = self.low
        while b < min(self.n, nxt) and not (low[b] in _SCOPE_ENDS or low[b] == "," and self.w(b + 1) in _AFTER_COMMA
                                            or b > j + 1 and self._verb(b) and self.w(b - 1) not in DETERMINERS):
            b += 1  # markers after a verb belong to its event ("found guilty of raping a tourist in 2014")
        spans = [(a, k0), (j, b)]
        when_year = None
        if a >= 3 and self.w(a - 1) == "when" and self.w(a - 2) == ",":
            spans.append((max(0, a - 5), a - 2))  # "since June, when the firm had them at 39 per cent": June's
            y = self.toks[a - 3]
            if y.kind == NUMBER and len(y.text) == 4 and "1600" <= y.text <= "2099":
                when_year = y.text  # "since 2019, when the colony held 4,050 burrows": 2019's
        lead = self._lead
        if lead is not None and lead[1] <= k0:
            spans.append(lead)
        out: set[str] = set()
        if when_year is not None:
            out.add(f"y:{when_year}")
        if self.poll is not None:
            out.add(f"src:{self.poll}")
        kind = self.kind
        if kind == "poll" and any(x in ("election", "elections", "by-election", "referendum") for x in self.low[:k0]) \
                and any(x in ("won", "took", "secured") for x in self.low[self._clause_start(k0):k0]):
            kind = "result"  # "The poll was conducted after the general election, at which Labour won 33.7%"
        if kind is not None:
            out.add(f"ctx:{kind}")
        if self._counted_in:
            out.add("count:final")  # a live blog's "With every poll counted": one moment in any entry
        won = self._won_place(k0)
        if won is not None:
            out.add(f"p:{won.key}")
        question = self._question
        if question:
            out.add(f"q:{question}")  # "For the Holyrood constituency vote, the SNP is on 34 per cent"
        # a place between an earlier figure of the clause and this one is the earlier one's ("71% in the
        # Latino wards and 64% in the Black wards")
        shared = prv > self._clause_start(k0)
        for x, y in spans:
            for k in range(x, y):
                t = self.toks[k]
                lw = t.lower
                if lw not in _SCOPE_WORDS and t.kind != NUMBER:
                    continue  # no marker starts here
                if x == a and lw in ("in", "across", "throughout") and not (lead and k == lead[0]) and (shared or any(
                        self._verb(v) for v in range(k + 1, k0))):
                    continue  # "an explosion at a mine in Quebec killed 26": the place is the subject's
                if lw in ("in", "across", "throughout") and k > x and (
                        lead is not None and (x, y) == lead or x == a and "," in self.low[k:k0]
                        and self.w(x) not in ("in", "across", "throughout")):
                    continue  # "After a jury trial in Paris, five officers": the place of the event, not a scope
                if t.kind == NUMBER and len(t.text) == 4 and "1600" <= t.text <= "2099" and \
                        self.w(k - 1) not in MONTHS and self.w(k - 1) not in _SINCE and not (k >= k0 and k < j):
                    if k > j and (self.w(k - 1) == "than" or self.w(k - 1) in ("on", "over", "with") and self.w(
                            k - 2) in ("improvement", "increase", "rise", "drop", "decline", "compared", "comparison")):
                        continue  # "the 36.8 per cent turnout was an improvement on 2020": the year compared with
                    if x == a and shared and k < k0 and self.w(k - 1) == "in" and self._verb(k - 2):
                        continue  # "the $240bn amassed in 2012 by the richest 110": the earlier figure's year
                    out.add(f"y:{t.text}")
                elif lw in _SCOPE_LEAD and self.w(k + 1) in _SCOPE_UNITS:
                    out.add(f"{self.w(k + 1)}:{_SCOPE_LEAD[lw]}")
                elif lw in ("a", "one") and self.w(k + 1) in ("year", "season", "month", "week", "quarter") and \
                        self.w(k + 2) in ("earlier", "ago", "before", "previously", "prior"):
                    out.add(f"{self.w(k + 1)}:last")
                elif lw in _CAREER and self.w(k + 1) not in ("high", "-", "best", "low", "record") and \
                        self.w(k - 1) not in ("a",):
                    out.add("career")
                elif lw in ("for", "on") and self.w(k + 1) == "the" and self.w(k + 2) == "season":
                    out.add("season:this")  # "his tally for the season", "now on 18 goals for the season"
                elif lw in ("per", "a", "each") and self.w(k + 1) in ("game", "match", "night", "contest"):
                    out.add("per:game")
                elif lw in _WEEKDAYS and t.text[0].isupper():
                    out.add(f"d:{_WEEKDAYS[lw]}")
                elif lw in ("yesterday", "today", "tonight"):
                    out.add(f"d:{lw}")
                elif lw in MONTHS and t.text[0].isupper() and lw != "may":
                    out.add(f"m:{MONTHS[lw]}")
                elif lw in ("in", "across", "throughout") and k + 1 < self.n and (
                        self.w(k - 1).endswith("est") or self.w(k - 1) in ("most", "best", "worst", "least")):
                    continue  # "the No side's 48.4 per cent was strongest in Edmonton": where it peaked
                elif lw in ("in", "across", "throughout") and k + 1 < self.n:
                    n = self.entities.name_at(self.base + k + 1)
                    if n is not None and n.kind == PLACE and n.first == self.base + k + 1:
                        if n.key not in self.ledger.home:
                            out.add(f"p:{n.key}")
                    elif self.w(k + 1) == "the" and self.w(k + 2) in _AREAS:
                        out.add(f"p:{self.w(k + 2)}")  # "in the province", "across the region"
                    elif self.w(k + 1) == "the" and k + 2 < self.n and self.toks[k + 2].text[0].isupper():
                        x = k + 2
                        while x < self.n and self.toks[x].kind == WORD and self.toks[x].text[0].isupper():
                            x += 1
                        if self.w(x) in _AREAS or self.w(x) in ("area", "riding", "region", "district"):
                            out.add("p:" + "-".join(self.low[k + 2:x + 1]))  # "in the Saint John area"
                    else:
                        area = self._area(k + 1)
                        if area and not k0 <= k + 1 < j:  # not "in 11 municipalities" of the figure itself
                            out.add(f"p:{area}")
                elif lw in ("nationally", "nationwide", "statewide", "countrywide", "worldwide", "globally"):
                    out.add(f"p:{lw}")
                elif lw == "on" and self.w(k + 1) == "the" and self.w(k + 2) in ("island", "islands", "coast") and \
                        self.w(k + 3) == "of" and k + 4 < self.n:
                    n = self.entities.name_at(self.base + k + 4)  # "On the island of Montreal, the Liberals lead"
                    if n is not None and n.kind != PERSON:
                        out.add(f"p:{n.key}")
                elif lw == "among" and k + 1 < self.n:  # a group: "among women", "among decided voters"
                    words = []
                    for x in range(k + 1, min(self.n, k + 4)):
                        if self.toks[x].kind != WORD or self.w(x) in ("the", "all"):
                            if words:
                                break
                            continue
                        words.append(self.w(x))
                        if counted.noun(self.toks[x].text) is not None and self.w(x) not in ("decided", "likely"):
                            break
                    if words:
                        out.add("g:" + "-".join(words))
        return frozenset(out)


ONES_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozen dozens all most "
                       "many some several none half".split())
# Words that make one amount of money another: operating profit is not net profit, a forecast is no result.
_MONEY_MODS = frozenset(
    "operating pretax pre-tax gross net underlying adjusted core quarterly annual half-year full-year interim "
    "first second third fourth quarter year expected projected forecast estimated target proposed initial "
    "final original revised".split())
_MONEY_LINKS = frozenset(
    "of was is at to totalled totaled reached rose fell stood came in a an the record about nearly total its "
    "their were be worth by jumped climbed dropped increased set valued amounted some almost roughly "
    "approximately around more than less".split())
_SINCE = frozenset({"since", "until", "till", "before", "after", "than", "from", "compared", "versus"})
_ESTIMATES = frozenset({"expected", "projected", "forecast", "estimated", "target", "proposed"})
_VOTE_WORDS = frozenset(
    "vote votes voted voting ballot ballots passed approved rejected ruling ruled decision defeated motion bill "
    "margin split adopted endorsed approves approve rejects reject".split())
_SCORE_WORDS = frozenset(
    "won win wins beat beats beating defeated defeat defeats lost loss losses victory victories drew draw tied tie "
    "edged edge routed thrashed downed score scoreline final rout triumph result".split())
_AREAS = frozenset("province state region country county area district city nation world territory "
                   "capital valley basin north south east west northeast northwest southeast southwest north-east "
                   "north-west south-east south-west interior coast riding".split())
_AREA_NOUNS = frozenset("ward wards riding ridings district districts precinct precincts county counties region "
                        "regions area areas suburbs suburb neighbourhoods neighborhoods neighbourhood neighborhood "
                        "provinces states cities towns municipalities part parts constituencies constituency "
                        "seats boroughs borough".split())
_COMPASS = frozenset("northern southern eastern western northeastern northwestern southeastern southwestern "
                     "north-eastern north-western south-eastern south-western central rural urban suburban "
                     "downtown coastal upstate downstate".split())
_STREAKS = frozenset({"streak", "run", "skid", "streaks"})
_STOP_VERBS = frozenset({"'s", "’s", "percent"})
_FINITE = frozenset({"VBZ", "VBD", "VBP"})
# what ends the stretch after a figure whose markers are its own
_SCOPE_ENDS = _CLAUSE_BREAK | {"while", "whereas", "but", "who", "which", "that", "whose"}
_AFTER_COMMA = frozenset({"while", "but", "whereas", "and", "compared", "up", "down"})
_GENERIC_NOUNS = frozenset({"program", "programme", "plan", "project", "package", "fund", "budget", "deal", "cost",
                            "money", "amount", "total", "year", "city", "province", "government", "people"})
_TIME_NOUNS = frozenset({"year", "quarter", "month", "week", "day", "season", "period", "decade", "term", "night"})
_COPULAS = frozenset({"was", "is", "were", "are", "be", "been", "totalled", "totaled", "reached", "stood", "came",
                      "amounted", "hit", "topped"})
_NOT_MONEY_HEADS = frozenset({"total", "sum", "amount", "value", "worth", "cost", "price", "figure", "tune", "range",
                              "excess", "upwards", "half", "part", "some", "most", "all"})
_GIVE = frozenset("give gives gave giving bring brings brought bringing leave leaves left leaving put puts "
                  "earn earned earns declare declares declared rate rates rated make makes made".split())
_LEADS = frozenset("when in on after before since during by as last this earlier until at while among across "
                   "for over between from throughout nationally nationwide statewide overall elsewhere".split())
_SCOPE_FIGURES = frozenset({Measure.YEAR, Measure.DECADE, Measure.DATE, Measure.TIME, Measure.RELATIVE,
                            Measure.ORDINAL})
_DIED = frozenset({"died", "dies", "death", "passed", "killed", "dead"})
_THEN = frozenset({"when", "while", "as", "until", "since", "before", "after", "if", "by", "time"})
# verbs that move a figure: "rose 7 per cent", "rises 6.2 per cent" (the bare forms are nouns as often)
_CHANGE_VERBS = frozenset("rise fall jump drop climb grow decline increase decrease gain lose slip plunge soar surge "
                          "tumble".split())
_CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥"})
_CHANGE_NOUNS = frozenset("increase decrease rise drop fall decline jump gain cut reduction hike slump surge "
                          "growth boost climb dip plunge".split())
_POLL_WORDS = frozenset("poll polls polling polled pollster pollsters survey surveys surveyed respondents "
                        "questioned".split())
_RESULT_WORDS = frozenset("won wins win took received garnered captured secured results result counted tally "
                          "tallied ballots elected finished".split())
_PART_MODS = frozenset("new other more additional remaining further extra fresh another".split())
_NAME_NUMBER = re.compile(r"[A-Z][\w'’.-]* \(\d{1,3}\)")  # "Grant (6)": three in a paragraph make a box score
_CASUALTIES = frozenset("injured wounded dead hurt missing rescued evacuated".split())
_MODALS = frozenset("will would could should may might can must".split())
_NEW_MODS = frozenset({"new", "additional", "extra"})  # "six new firefighters" ... "the five additional firefighters"
_PAD = 64  # how far outside a sentence _Sentence.w may look
_ABOARD = frozenset({"carry", "board", "aboard"})  # a vessel's whole complement
# what may stand before an option named ahead of its share: ", public works at 24 per cent"
_AT_OPTION = frozenset(", and by with public general social health capital civic legal other".split()) | {""}
_NOT_RATE_HEADS = frozenset("bill bills credit credits revenue revenues payment payments return returns break "
                             "breaks receipts".split())
_TALLY_NOUNS = frozenset({"tally", "total", "haul", "count"})
_CHOSEN = frozenset("chosen named picked cited selected backed supported favoured favored preferred".split())
_PRONOUNS = frozenset("those these them they all who each both many most some".split())
_THINGS_NOT_HURT = frozenset("home building vehicle company facility ship plane town school church business "
                              "shop store house structure road bridge".split())
_CRICKET_WORDS = frozenset({"wicket", "wickets", "innings", "overs", "lbw", "stumps", "cricket", "batsman", "batter",
                            "bowled", "odi", "t20", "century", "wicketkeeper"})
_CRICKET_UNITS = frozenset({"run", "ball", "over", "innings", "delivery"})
_GAA_WORDS = frozenset({"hurling", "hurlers", "camogie", "gaelic", "gaa", "all-ireland", "sliotar", "hurler"})
_ELECTION_WORDS = frozenset({"votes", "polled", "election", "by-election", "byelection", "ballots", "elected"})
_BODY_KEYS = frozenset({"parliament", "house", "commons", "assembly", "legislature", "council", "senate", "chamber",
                        "congress", "house of commons", "national assembly", "house of representatives"})
_PLACE_NOUNS = frozenset({"state", "province", "country", "city", "territory", "region", "county", "town"})
_PREPOSITIONS = frozenset("of in on at by for from with to into onto about over under among between against "
                          "during after before since until through across per".split())
_NOT_NAME_BEFORE = frozenset(
    "in on at by for from to of and but or as after before since during with about over under nearly almost "
    "some only just more than at least around roughly approximately an a the all another other those these "
    "its their his her our my your up down into onto per this that both each every about killed won lost "
    "between among against including".split())
_PERSON_NOUNS = frozenset(
    "man woman boy girl driver victim suspect mother father son daughter wife husband brother sister teenager "
    "resident officer worker student teacher nurse doctor lawyer pilot passenger owner accused defendant "
    "friend neighbour neighbor farmer soldier player rookie captain coach veteran".split())
_BODIES = frozenset(
    "council board committee jury panel commission cabinet caucus senate legislature assembly court bench "
    "parliament house chamber congress bloc alliance union team group delegation".split())


def _points(out: list[Mention]) -> list[Mention]:
    """"rose 3 points", "a nine-point lead" beside percentages are percentage points."""
    shares = {m.sentence for m in out if m.measure == Measure.PERCENT}
    return [replace(m, measure=Measure.POINTS, unit="pp") if m.sentence in shares and m.measure == Measure.COUNT
            and (m.thing == "point" or m.compound == "point") and m.role in (Role.BY, Role.PLAIN)
            and _named(m.holder) is None else m for m in out]  # ("Bell's 31 points" are a player's)


def _tallies(doc, out: list[Mention]) -> list[Mention]:
    """ "took his league tally for the season to 17": a player's running tally counts what the article
    counts for that player elsewhere ("now on 18 league goals")."""
    toks = doc.tokens
    owned: dict[str, str] = {}
    for m in out:
        if m.holder and m.thing in POSSESSED and m.measure == Measure.COUNT:
            owned.setdefault(m.holder, m.thing)
    res = list(out)
    for x, m in enumerate(out):
        if m.thing is None and m.holder in owned and m.measure == Measure.COUNT and m.first >= 2 and \
                toks[m.first - 1].lower == "to" and any(t.lower in _TALLY_NOUNS
                                                        for t in toks[max(0, m.first - 7):m.first]):
            thing = owned[m.holder]
            res[x] = replace(m, thing=thing, cls=counted.thing_class(thing))
    return res


def _pools(out: list[Mention]) -> list[Mention]:
    """"51 of the province's 87 divisions": a part takes the size and the noun of the pool it is of."""
    res = list(out)
    for x, m in enumerate(out):
        nxt = out[x + 1] if x + 1 < len(out) else None
        if m.role == Role.PART and m.measure == Measure.COUNT and nxt is not None and nxt.role == Role.POOL \
                and nxt.sentence == m.sentence and 0 < nxt.first - m.last <= 4 and nxt.thing is not None:
            res[x] = replace(m, pool=nxt.value, thing=nxt.thing, cls=nxt.cls)
    return res


def _resolve(out: list[Mention]) -> list[Mention]:
    """Counts with no noun take one from the figure before them: "Sanders won 9 delegates, Warren 8";
    "Of those, 24 had power" takes the noun of the count it divides."""
    last_in_sentence: dict[int, Mention] = {}
    by_holder: dict[str, Mention] = {}
    recent: Mention | None = None
    res: list[Mention] = []
    for m in out:
        p = res[-1] if res else None
        if res and m.measure == Measure.PERCENT and p.measure == Measure.COUNT and p.noun_end is None and \
                p.sentence == m.sentence and p.role == Role.FROM and 0 < m.first - p.last <= 1 and not p.words:
            res[-1] = replace(p, measure=Measure.PERCENT, unit="%", thing=m.thing, cls=m.cls)  # "from 10 to 20%"
        if m.measure == Measure.COUNT and m.noun_end is None and p is not None and p.measure == Measure.PERCENT and \
                p.sentence == m.sentence and 0 < m.first - p.last <= 1 and not m.words and p.role != Role.BY:
            # "48 per cent to 41" (not "down 4.1 per cent from 487,400": the change's level, not a share)
            m = replace(m, measure=Measure.PERCENT, unit="%", thing=p.thing, cls=p.cls, holder=None)
            res.append(m)
            continue
        if m.measure == Measure.COUNT and m.thing is None and not m.named:
            src = last_in_sentence.get(m.sentence)
            if src is None and m.role == Role.PART and recent is not None and m.sentence - recent.sentence <= 2:
                src = recent
            if src is None and m.holder is not None and m.holder in by_holder \
                    and m.sentence - by_holder[m.holder].sentence <= 3:
                src = by_holder[m.holder]  # "Ferreira scored 27 points ... Ferreira finished with 25"
            if src is not None and src.thing is not None and not (
                    _event_group(m.event or "") in ("dead", "hurt") and src.cls in _THINGS_NOT_HURT):
                # ("destroying 47 homes and killing three": the three are not homes)
                m = replace(m, thing=src.thing, cls=src.cls, event=m.event if m.event else src.event, elided=True)
        if m.measure == Measure.COUNT and m.thing is not None and not m.named:
            last_in_sentence[m.sentence] = m
            if m.role != Role.PART:
                recent = m
            if m.holder is not None:
                by_holder[m.holder] = m
        res.append(m)
    # "34 elementary and nine secondary schools": the first count takes the noun of the one after it
    for x, m in enumerate(res[:-1]):
        nxt = res[x + 1]
        if m.measure == nxt.measure == Measure.COUNT and m.thing is None and not m.named and nxt.thing is not None \
                and nxt.sentence == m.sentence and 1 < nxt.first - m.last <= 3:
            res[x] = replace(m, thing=nxt.thing, cls=nxt.cls, elided=True)
    # "Seven killed in bus crash": a headline's bare count is of what the story's first count of that event is
    for x, m in enumerate(res):
        if m.headline and m.measure == Measure.COUNT and m.thing is None and m.event and not m.named:
            src = next((b for b in res if not b.headline and b.measure == Measure.COUNT and b.thing is not None
                        and b.event and _event_group(b.event) == _event_group(m.event)), None)
            lead = next((b.sentence for b in res if not b.headline), None)
            if src is not None and src.sentence == lead:
                res[x] = replace(m, thing=src.thing, cls=src.cls, elided=True)
    return res



# -- one quantity, two mentions ---------------------------------------------------------------------------

_AVERAGE = frozenset({"average", "mean", "current"})
_IDENTITY_ROLES = frozenset({Role.PLAIN, Role.TOTAL, Role.RATE, Role.TO})
_SCOPE_DIMENSIONS = ("y", "src", "ctx", "q", "year", "season", "quarter", "month", "week", "m", "p", "game", "half",
                     "period",
                     "term", "election", "round", "race", "campaign")


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two mentions of one quantity whose values cannot both be right."""

    odd: Mention  # the mention to check: its value is the one nothing else supports
    other: Mention  # the mention it contradicts
    evidence: str  # why the two are one quantity: definite, holder, event, headline, rate


def _plain_scope(m: Mention) -> frozenset[str]:
    """A mention's time and place, without what its sentence is about ("surveyed" makes a poll's context)."""
    return frozenset(x for x in m.scope if not x.startswith("ctx:"))


def scopes_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """No marker of one dimension of time or place differs: "y:2019" and "y:2020" do not meet; "y:2019"
    and nothing do; "career" meets only "career"; "per:game" only "per:game"."""
    if ("career" in a) != ("career" in b) or ("per:game" in a) != ("per:game" in b):
        return False
    if {x for x in a if x.startswith("mood:")} != {x for x in b if x.startswith("mood:")}:
        return False  # a plan or a forecast and what happened
    for dim in _SCOPE_DIMENSIONS:
        x = {m for m in a if m.split(":", 1)[0] == dim}
        y = {m for m in b if m.split(":", 1)[0] == dim}
        if x and y and not x & y:
            return False
    return True


def overlap(a: Mention, b: Mention) -> bool:
    """Do the values of two mentions meet? Ranges meet when they overlap; a round figure meets a
    precise one within its rounding ("5,000" and "4,870")."""
    if a.exact or b.exact:
        if a.low <= b.high and b.low <= a.high:
            return True
    elif a.low < b.high and b.low < a.high:  # "about 17,000" and "about 18,000" touch but do not meet
        return True
    for x, y in ((a, b), (b, a)):
        if x.exact and x.hedge is None and not x.words and x.value >= 1000:
            from copylint.nlp.figures import rounding

            unit = rounding(x.value)
            if unit >= 100 and rounding(y.value) < unit and abs(x.value - y.value) < unit / 2:
                return True
    return False


# Classes whose counts belong to someone (a candidate's delegates, a player's points): two counts of them
# are one quantity only when they have one holder.
GENERIC_CLASSES = frozenset({"people", "man", "woman", "child", "member", "other", "thing", "way", "time"})
POSSESSED = frozenset("delegate seat vote point goal medal assist rebound run hit wicket yard title share "
                      "win game loss touchdown save strikeout follower subscriber".split())


def units_meet(a: Mention, b: Mention) -> bool:
    """One unit: "$" meets "C$" (an article in one dollar writes it both ways); "C$" and "US$" do not."""
    if a.unit == b.unit:
        return True
    return a.measure == Measure.MONEY and a.unit[-1:] == b.unit[-1:] and "$" in (a.unit, b.unit)


def same_quantity(a: Mention, b: Mention) -> str | None:
    """Why two mentions are one quantity (definite, holder, event, headline, rate), or None."""
    if a.measure != b.measure or not units_meet(a, b) or a.section != b.section and not (
            _times(a.scope) and _times(a.scope) == _times(b.scope)):
        return None  # live-blog entries tell of their own moment, unless both name one time ("in February")
    if a.sentence == b.sentence or a.quoted or b.quoted or a.named or b.named or \
            a.compound and a.head not in _FIELDS or b.compound and b.head not in _FIELDS:
        return None  # "a 240-seat chamber" is no count of seats won; "the eight-candidate field" counts candidates
    if a.role == b.role == Role.PART and a.pool is not None and a.pool == b.pool:
        return _same_part(a, b)
    # "The Civic Union took 34 of the 87 seats" ... "The Civic Union's 35 deputies": a holder's part of a pool
    owned = {a.role, b.role} & {Role.PART} and (a.pool or b.pool) and _named(a.holder) and a.holder == b.holder \
        and (a.role in _IDENTITY_ROLES or b.role in _IDENTITY_ROLES)
    new_a, new_b = ({x.lower() for x in m.mods} & _NEW_MODS for m in (a, b))
    both_new = a.role == b.role == Role.PART and new_a and new_b and ("new" in new_a & new_b or b.definite)
    # "fund 48 new nursing positions" ... "the 46 positions would be posted": the definite names the new ones
    new_back = a.role == Role.PART and new_a and {x.lower() for x in a.mods} <= _NEW_MODS | _plain_mods(a) and \
        b.definite and b.role == Role.PLAIN and not b.mods
    # "injuring seven people" ... "Of the eight injured, two remained": the set named again
    reopened = a.opening and b.role in _IDENTITY_ROLES or b.opening and a.role in _IDENTITY_ROLES
    if (a.role not in _IDENTITY_ROLES or b.role not in _IDENTITY_ROLES) and not owned and not new_back \
            and not reopened and not (both_new and (a.headline != b.headline or b.definite)) \
            or (a.role == Role.RATE) != (b.role == Role.RATE):
        return None  # "seven new deaths" in the headline and "five new deaths" in the story are one count
    headline = a.headline != b.headline
    # "all 16 robberies" takes in "14 armed robberies at pharmacies"; "the two candidates" is not "three who ..."
    if a.cls is None or (b.restricted or a.restricted and b.role != Role.TOTAL) and not headline:
        return None
    for x, y in ((a, b), (b, a)):
        if x.clause and _event_group(y.event or "") != x.clause:
            return None  # "the 25 miners who died" is the set of "killed 26 miners", not of "14 rescued"
    if a.cls != b.cls and not (a.measure == Measure.MONEY and (a.definite or b.definite) and b.cls is not None
                               and (a.nouns & b.nouns) - _GENERIC_NOUNS) and not (
            a.measure == Measure.PERCENT and "share" in (a.cls, b.cls) and b.cls is not None
            and Role.TOTAL not in (a.role, b.role)) and not (  # not "a total of 11 per cent" in raises, "turnout of 82"
            {a.cls, b.cls} <= _SEATS and (a.headline != b.headline or _named(a.holder) and a.holder == b.holder)) \
            and not (b.definite and b.cls == "people" and b.thing in counted.EVENT_NOUNS and a.event
                     and _event_group(b.event or "") == _event_group(a.event)):
        # ("the names of the 13 victims" are those of "killed 12 miners")
        # ("The Civic Union's 35 deputies" are the seats it won: "Civic Union wins 34 seats")
        return None  # "the $35.8-million road program" refers back to "$38.5 million for road repairs"
    if a.measure == Measure.COUNT and (a.value == 1 or b.value == 1):
        return None  # "one": a pronoun or a member of a set as often as a count
    if a.measure == Measure.COUNT and _set_mods(a) != _set_mods(b):
        return None  # "163,450 registered voters" are not the "58,203 voters accredited"
    kinds_a, kinds_b = _noun_mods(a), _noun_mods(b)
    if kinds_a and kinds_b and not kinds_a & kinds_b:
        return None  # "two office buildings" are not "the three library buildings"
    ha, hb = _named(a.holder), _named(b.holder)
    if ha is not None and hb is not None and ha != hb:
        return None
    if a.measure == Measure.COUNT and a.cls in POSSESSED and not (ha is not None and ha == hb):
        return None
    if _proper(a.mods) != _proper(b.mods) and a.headline == b.headline and not (b.definite and not _proper(b.mods)):
        return None  # "74 Malaysian stores" and "19 stores" (a headline leaves out "French" of "French police")
    if a.measure == Measure.MONEY and (a.mods and b.mods and set(a.mods) != set(b.mods)
                                       or bool(set(a.mods) & _ESTIMATES) != bool(set(b.mods) & _ESTIMATES)):
        return None  # operating profit and net profit; a forecast and a result
    if a.measure in (Measure.PERCENT, Measure.POINTS) and not (
            ha is not None and ha == hb or a.cls in counted.RATE_NOUNS):
        return None  # a share is someone's (a candidate's, a party's) or a named rate (turnout, inflation)
    if a.measure in (Measure.PERCENT, Measure.POINTS) and (ha is None) != (hb is None) and a.cls != b.cls:
        return None  # "the participation rate ... 65.2 per cent" and "British Columbia's 5.6 per cent"
    if a.measure in (Measure.PERCENT, Measure.POINTS) and a.cls in counted.RATE_NOUNS.values() and \
            {x.lower() for x in a.mods} - _AVERAGE != {x.lower() for x in b.mods} - _AVERAGE:
        return None  # core inflation and food inflation; youth and overall unemployment (average occupancy is
        # occupancy)
    if not scopes_meet(a.scope, b.scope):
        return None
    if headline:
        body = b if a.headline else a
        if any(x.startswith(("y:", "year:", "season:", "term:")) for x in body.scope):
            return None  # "approved 690 units in 2022" is another count than the headline's
        if a.event and b.event and _event_group(a.event) != _event_group(b.event):
            return None  # "Three killed, five injured": each to its own
        return "headline"
    if _places(a.scope) != _places(b.scope):
        return None  # "14 delegates in Iowa" and "9 delegates there"; "10 million cases worldwide" and "5,667 cases"
    back = b.definite or b.role == Role.TOTAL or a.role == Role.TOTAL  # a definite refers back; "all 33" is total
    if back and (a.event in FLOWS) != (b.event in FLOWS):
        return None  # "The extension added five stations" and "the line has 14 stations in total"
    if back and a.role == Role.TOTAL and not (b.definite or b.role == Role.TOTAL) and b.value < a.value and \
            b.event not in _ABOARD:
        return None  # "14 stations in total. Three stations downtown ...": a part of the total (but "carried 32
        # passengers" is every passenger of "all 33 passengers")
    if a.role == Role.RATE:
        return "rate" if _ratio(a.value, b.value) <= 1.25 else None  # "18,000 cross each day" / "carry 17,000 a day"
    if a.event and b.event and a.event != b.event and not back:
        return None  # "hired 40 workers" and "laid off 12 workers"; but "the 41 investors" refers back
    years_a = {x for x in a.scope if x.startswith("y:")}
    years_b = {x for x in b.scope if x.startswith("y:")}
    if back and years_b and years_b != years_a:
        return None  # "a total of 5,667 cases" and, later, "in 2018 there were 10 million cases": another time
    told = a.event and _event_group(a.event) == _event_group(b.event or "") in ("dead", "hurt")
    # ("killing three people and injuring 41" ... "Of the 46 people injured": the borrowed noun is safe for a toll)
    if back and (not (a.elided or b.elided) or told):
        if a.measure == Measure.COUNT and a.cls in POSSESSED and _ratio(a.value, b.value) > 1.5:
            return None
        if a.measure in (Measure.COUNT, Measure.MONEY) and not _slip(a.value, b.value):
            return None  # "the mine's 430 employees" are no slip for "47 workers underground"; "the €96m
            # acquisition" is not "valuing the group at about €3.3bn"
        return "definite"
    if _times(a.scope) != _times(b.scope):
        return None  # "Sanders won 63%" and "in 2016, Sanders won 34%": a time given on one side only
    if ha is not None and ha == hb:
        if a.measure == Measure.COUNT and a.cls in POSSESSED and _ratio(a.value, b.value) > 1.5:
            return None  # "his two goals" tonight and "his 19 goals" this season
        return "holder"
    if a.elided or b.elided:
        return None  # "representatives to three": the noun was borrowed, so was any identity
    if a.event and a.event == b.event and a.cls not in GENERIC_CLASSES and a.measure == Measure.COUNT \
            and a.cls != "vote":  # (each candidate "polled" votes of their own)
        return "event"  # "killed 26 miners" and "killed 25 miners" (money and shares need more than a verb)
    if a.measure == Measure.PERCENT and a.cls in counted.RATE_NOUNS and a.cls != "rate" and a.cls == b.cls \
            and ha is None and hb is None and _plain_scope(a) == _plain_scope(b):
        return "rate"  # "a turnout rate of 85%" and "a turnout of 58%" in one election's story
    return None


# Events that change a stock: "added five stations", "hired 40", "cut 12 jobs" are not the stock itself.
FLOWS = frozenset({"add", "gain", "lose", "laid-off", "employed", "open", "close", "build", "cut", "grow"})
def _plain_mods(m: Mention) -> set[str]:
    """Lower-case modifiers that only describe the thing ("nursing" of "48 new nursing positions")."""
    return {x.lower() for x in m.mods if x[:1].islower() and x.lower() not in _PART_MODS}


def _same_part(a: Mention, b: Mention) -> str | None:
    """Two parts of one pool held by one name: "Yes carried 51 of the 87 divisions" and "the Yes side's wins
    in 57 of the 87 divisions" (not "won 39 of the 40 delegates in Iowa" and "12 of the 40 in New Hampshire")."""
    ha, hb = _named(a.holder), _named(b.holder)
    if a.cls != b.cls or ha is None or ha != hb or a.quoted or b.quoted or a.headline or b.headline:
        return None
    if a.event and b.event and a.event != b.event:
        return None
    if not scopes_meet(a.scope, b.scope) or _places(a.scope) != _places(b.scope) or _times(a.scope) != _times(b.scope):
        return None
    return "part"


_EVENT_GROUPS = {"injured": "hurt", "hospitalised": "hurt", "treat": "hurt", "casualty": "hurt", "dead": "dead",
                 "victim": "dead", "arrested": "held", "charged": "held", "jail": "held", "detain": "held"}


def _slip(x: float, y: float) -> bool:
    """Could one figure be the other mistyped: near in value, or one digit changed, added, dropped or two
    swapped ("41"/"43", "16"/"160", "36"/"63")?"""
    if _ratio(x, y) <= 1.5:
        return True
    a, b = (str(int(v)) if v == int(v) else f"{v:g}" for v in (x, y))
    if len(a) == len(b):
        return sum(p != q for p, q in zip(a, b, strict=True)) == 1 or _swapped(a, b)
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(long[:k] + long[k + 1:] == short for k in range(len(long)))


def _tolls_differ(a: Mention, b: Mention) -> bool:
    """Two tolls of an incident: the dead, the hurt, the held ("detained 36", "24 taken to hospital")."""
    ga, gb = _event_group(a.event or ""), _event_group(b.event or "")
    return ga != gb and ga in ("dead", "hurt", "held") and gb in ("dead", "hurt", "held")


def _event_group(event: str) -> str:
    """Events one headline may word otherwise than its story: injured and taken to hospital, killed and dead."""
    return _EVENT_GROUPS.get(event, event)


def _noun_mods(m: Mention) -> frozenset[str]:
    """The common nouns that name a kind of the thing counted: "office" of "two office buildings"."""
    return frozenset(x for x in m.mods if x.islower() and x.isalpha() and x not in _NEW_MODS and x not in _SET_MODS
                     and "NOUN" in (lem := lemmas(x)) and "ADJ" not in lem)


def _set_mods(m: Mention) -> frozenset[str]:
    return frozenset(x.lower() for x in m.mods) & _SET_MODS


def _named(holder: str | None) -> str | None:
    """A holder that names someone: not the bare common noun a share's clause gave ("n:fund"), nor a poll
    answer about no one ("a:unsure")."""
    return None if holder is None or holder.startswith(("n:", "a:")) else holder


def _times(scope: frozenset[str]) -> frozenset[str]:
    """The time markers of a scope, without the day of the week (the article's own day is rarely repeated)."""
    return frozenset(x for x in scope if not x.startswith(("p:", "d:", "g:", "ctx:", "src:")))


def _places(scope: frozenset[str]) -> frozenset[str]:
    """The place and group markers of a scope: a figure for one place or group ("in Iowa", "among women")
    and a figure with none are two figures (a time given once is not repeated, a place or group is)."""
    return frozenset(x for x in scope if x.startswith(("p:", "g:")))


def _proper(mods: tuple[str, ...]) -> frozenset[str]:
    return frozenset(x.lower() for x in mods if x[:1].isupper())


def _ratio(x: float, y: float) -> float:
    lo, hi = sorted((abs(x), abs(y)))
    return hi / lo if lo else float("inf")


def conflicts(ledger: Ledger, measures: tuple[Measure, ...]) -> list[Conflict]:
    """Pairs of mentions of one quantity with values that do not meet. A value that another mention of
    the same quantity supports is taken as right, so the finding lands on the odd one out."""
    ms = [m for m in ledger.mentions if m.measure in measures and m.cls is not None]
    out: list[Conflict] = []
    flagged: set[int] = set()
    # A holder with shares of three values or more (polls, groups, rounds) has several quantities: which two
    # are one is unclear.
    values: dict[tuple, set[float]] = {}
    for m in ms:
        if m.measure == Measure.PERCENT and _named(m.holder) and not m.quoted:
            values.setdefault(_crowd_key(m), set()).add(m.value)
    crowded = {h for h, v in values.items() if len(v) > 2}
    # Mentions that may be one quantity share a measure and, for counts, a class; a figure is compared with
    # the _WINDOW mentions of its bucket before it, which bounds the work on very long files.
    buckets: dict[tuple, list[Mention]] = {}
    for m in ms:
        cls = "seat" if m.cls in _SEATS else m.cls  # seats won and the members who hold them
        buckets.setdefault((m.measure, cls if m.measure == Measure.COUNT else None), []).append(m)
    support: dict[int, int] = {}

    def supported(m: Mention, bucket: list[Mention], at: int) -> int:
        if m.index not in support:
            near = bucket[max(0, at - _WINDOW):at + _WINDOW]
            support[m.index] = sum(1 for c in near if c is not m and overlap(c, m) and _compatible(c, m)
                                   and c.role in _IDENTITY_ROLES and c.high != INF)
            # ("more than 70 countries" backs every count above it, so none)
        return support[m.index]

    for bucket in buckets.values():
        for i, b in enumerate(bucket):
            lo = max(0, i - _WINDOW)
            for x in range(lo, i):
                a = bucket[x]
                if overlap(a, b):
                    continue  # values that meet are no conflict, whatever the quantity
                why = same_quantity(a, b)
                if why is None:
                    continue
                if why == "holder" and a.measure == Measure.PERCENT and (_crowd_key(a) in crowded or
                                                                          _crowd_key(b) in crowded):
                    continue
                if why == "definite" and not _antecedent(bucket[lo:i], a, b):
                    continue
                h, body = (a, b) if a.headline else (b, a)
                if why == "headline" and any(c is not h and overlap(c, h) and _compatible(c, h) and not c.headline
                                             and same_quantity(*sorted((c, body), key=lambda z: z.index)) is None
                                             for c in bucket[:i + _WINDOW]):
                    continue  # the headline's figure is in the body: the other body figure is another quantity
                sa, sb = supported(a, bucket, x), supported(b, bucket, i)
                if sa and sb:
                    continue  # both values stand elsewhere: two quantities after all
                odd, other = (a, b) if sb and not sa else (b, a)
                if odd.index not in flagged:
                    flagged.add(odd.index)
                    out.append(Conflict(odd, other, why))
                break
    out.extend(_tolls(ms, flagged))
    if Measure.MONEY in measures:
        out.extend(_swaps([m for m in ledger.mentions if m.measure == Measure.MONEY], flagged))
    if Measure.PERCENT in measures:
        out.extend(_changes(ledger, flagged))
    out.sort(key=lambda c: c.odd.index)
    return out


def _swaps(ms: list[Mention], flagged: set[int]) -> list[Conflict]:
    """An amount that refers back ("the £368,420 she took", "the A$381 million cash balance") to one written
    with two digits the other way round ("£386,420", "A$318 million in cash"): the commonest slip of the keys,
    caught however the two are phrased. Three digits or more, one scale; amounts of two known classes that
    differ (revenue and cost), changes and amounts the story repeats are left alone."""
    out = []
    digits = {m.index: re.sub(r"\D", "", m.text) for m in ms}
    for i, b in enumerate(ms):
        for a in ms[:i]:
            da, db = digits[a.index], digits[b.index]
            if not _transposed(da, db) or not (a.definite or b.definite) or not units_meet(a, b):
                continue
            if a.sentence == b.sentence or a.section != b.section or a.quoted or b.quoted or a.named or b.named:
                continue
            if {a.role, b.role} & {Role.FROM, Role.TO, Role.BY} or not 0.1 < a.value / b.value < 10:
                continue
            if a.cls in _MONEY_CLASSES and b.cls in _MONEY_CLASSES and a.cls != b.cls:
                continue  # "$318 million in revenue" and "the $381 million in costs"
            if any(c is not a and c.value == a.value for c in ms) and \
                    any(c is not b and c.value == b.value for c in ms):
                continue  # both values stand elsewhere: two amounts
            odd, other = (b, a) if b.definite or not a.definite else (a, b)
            if odd.index not in flagged:
                flagged.add(odd.index)
                out.append(Conflict(odd, other, "digits"))
    return out


_MONEY_CLASSES = frozenset(counted.MONEY_CLASS.values())


def _named_back(doc, changes: list[Mention], a: Mention) -> Mention | None:
    """The change a bare definite ("the 16 per cent increase") names again: the story's one earlier change
    that way, at a time the definite does not contradict ("rose by 18 per cent between 2014 and 2023")."""
    way = _way(a.thing)
    if way is None:
        return None
    before = [b for b in changes if b.index < a.index and b.section == a.section and b.sentence != a.sentence
              and _way_near(doc.tokens, b) == way and _times(a.scope) <= _times(b.scope)]
    if len({b.value for b in before}) != 1 or abs(a.value - before[0].value) <= 0.5:
        return None
    return before[-1]


def _changes(ledger: Ledger, flagged: set[int]) -> list[Conflict]:
    """One change named twice: "the 44 per cent increase in pharmacy robberies" (or "a 43 per cent fall in
    visits") against the change the story reports for that thing ("82 robberies ... up from 58, an increase of
    41 per cent"; "visits ... have fallen by 34 per cent"). The named change must say what changed ("in
    visits"), the other change the same way in a sentence that names it, at the same time."""
    doc = ledger.doc
    toks = doc.tokens
    changes = [m for m in ledger.of(Measure.PERCENT) if m.role in (Role.BY, Role.RUNNING) and not m.quoted
               and not m.headline]  # ("have fallen by 34 per cent since 2019" runs to now)
    out = []
    for a in changes:
        if a.role != Role.BY or a.thing not in _CHANGE_NOUNS or a.noun_end is None:
            continue
        what = _changed_in(toks, a)
        if what is None and a.definite:
            c = _named_back(doc, changes, a)  # "the 16 per cent increase was most pronounced among ..."
            if c is not None and a.index not in flagged:
                flagged.add(a.index)
                out.append(Conflict(a, c, "change"))
            continue
        way = _way(a.thing)
        if not what or way is None:
            continue
        head = what[-1]  # "in grocery prices": prices, not the stores' sales
        for b in changes:
            if b is a or b.sentence == a.sentence or b.section != a.section or _times(a.scope) != _times(b.scope) \
                    or _places(a.scope) != _places(b.scope) or _where(doc, a) != _where(doc, b):
                continue  # ("Sales in Europe fell about 7 percent" is not the division's "9 percent fall in sales")
            s = doc.sentences[b.sentence]
            if _way_near(toks, b) != way or head not in {counted.noun(t.text) or t.lower for t in toks[s.first:s.last]
                                                         if t.kind == WORD}:
                continue
            own = _changed_in(toks, b)
            if own and own[-1] != head:
                continue  # "an 18 percent drop in second-quarter net profit" is not "a 9 percent fall in sales"
            if abs(a.value - b.value) <= 0.5 or a.index in flagged:
                continue
            flagged.add(a.index)
            out.append(Conflict(a, b, "change"))
            break
    return out


def _where(doc, m: Mention) -> frozenset[str]:
    """The places named with "in" before a figure in its sentence: "Sales in Europe fell about 7 percent"."""
    toks = doc.tokens
    s = doc.sentences[m.sentence]
    return frozenset(toks[k + 1].lower for k in range(s.first, m.first - 1) if toks[k].lower in ("in", "across")
                     and toks[k + 1].kind == WORD and toks[k + 1].text[0].isupper())


def _changed_in(toks, m: Mention) -> list[str] | None:
    """What a named change is in, its head last ("a 9 percent fall in sales": [sale]; "an 18 percent drop in
    second-quarter net profit": [..., profit]); None when no "in" follows the change's noun."""
    if m.noun_end is None:
        return None
    k = next((x for x in range(m.last, min(len(toks), m.last + 4)) if toks[x].start >= m.noun_end), None)
    if k is None or toks[k].lower != "in":
        return None
    what: list[str] = []
    for x in range(k + 1, min(len(toks), k + 5)):
        t = toks[x]
        if t.kind != WORD or t.lower in _PREPOSITIONS or t.lower in ("and", "or", "that", "which", "who", "as") or \
                what and verb_tags(t.lower) & {"VBD", "VBZ"} and counted.noun(t.text) is None:
            break  # ("a 43 per cent fall in visits ignored computer users")
        if t.lower not in DETERMINERS:
            what.append(counted.noun(t.text) or t.lower)
    return what


def _way(word: str | None) -> str | None:
    if word in _UP_WORDS:
        return "up"
    return "down" if word in _DOWN_WORDS else None


def _way_near(toks, m: Mention) -> str | None:
    """Which way a change goes, read from the words just before it or its noun: "fallen by 34 per cent",
    "down 37 percent", "an increase of 41 per cent", "a 12 per cent rise"."""
    for x in [*range(m.first - 1, max(-1, m.first - 5), -1), m.last]:
        if 0 <= x < len(toks):
            way = _way(toks[x].lower)
            if way is not None:
                return way
    return None


_UP_WORDS = frozenset("up rise rises rose risen rising increase increased increases jump jumped gain gained grew "
                      "grown growth climb climbed surge surged higher".split())
_DOWN_WORDS = frozenset("down fall falls fell fallen falling decline declined declines drop dropped drops decrease "
                        "decreased cut reduction slump slumped dip dipped plunge plunged lower".split())


def _transposed(a: str, b: str) -> bool:
    """Digit strings of three digits or more, one swap of neighbours apart: "386420" and "368420"."""
    return len(a) == len(b) and len(a) >= 3 and _swapped(a, b)


def _swapped(a: str, b: str) -> bool:
    """Digit strings of one length that differ by one swap of neighbours ("36" and "63")."""
    d = [k for k in range(len(a)) if a[k] != b[k]]
    return len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]]


def _tolls(ms: list[Mention], flagged: set[int]) -> list[Conflict]:
    """ "the names of the 13 victims" against "killing 12 miners": a toll named by its event ("victims",
    "dead", "casualties") is compared across the classes its bucket keeps apart, with the same event."""
    out = []
    for b in ms:
        if b.measure != Measure.COUNT or b.cls != "people" or b.thing not in counted.EVENT_NOUNS or not b.definite \
                or b.index in flagged:
            continue
        group = _event_group(b.event or "")
        same = [a for a in ms if a.measure == Measure.COUNT and a.cls != b.cls and a.event
                and _event_group(a.event) == group and a.index < b.index]
        if not same or len({a.value for a in same}) != 1 or any(overlap(a, b) for a in same):
            continue  # one toll before it, one value
        for a in reversed(same):
            why = same_quantity(a, b)
            if why in ("definite", "headline"):
                flagged.add(b.index)
                out.append(Conflict(b, a, why))
                break
    return out


_WINDOW = 150


def _crowd_key(m: Mention) -> tuple:
    """A holder's shares (a candidate's, a party's): with three values or more, which two are one is unclear."""
    return m.holder


def _antecedent(before: list[Mention], a: Mention, b: Mention) -> bool:
    """A definite figure ("the 25 miners") refers back to `a` only when every earlier figure of that
    class it could refer to gives one value: with several sets of miners, which one is meant is unclear."""
    ref = b if b.definite or b.role == Role.TOTAL else a
    other = a if ref is b else b
    if _tolls_differ(ref, other):
        return False  # "the 24 people taken to hospital" are not "detained 36 people"
    values = {c.value for c in before if c.cls == ref.cls and c.index != ref.index and c.index < ref.index
              and c.measure == ref.measure and not c.quoted and not c.elided  # ("seven from the NRP": a part)
              and not _tolls_differ(ref, c)
              and not (ref.opening and ref.event and c.event and _event_group(ref.event) != _event_group(c.event))
              and (c.section == ref.section or _times(c.scope) == _times(ref.scope))  # another live entry's moment
              and (c.role in _IDENTITY_ROLES or c.role == Role.PART and ref.holder is None and not ref.opening)
              and (ref.holder is None or c.holder == ref.holder) and _places(c.scope) == _places(ref.scope)
              and _times(c.scope) <= _times(ref.scope) | _times(a.scope)
              and (c.measure != Measure.PERCENT or c.mods == ref.mods)
              and (c.measure != Measure.MONEY or ref.mods and c.mods == ref.mods or c.nouns & ref.nouns)
              and (c.measure != Measure.COUNT or c.value == ref.value or _slip(c.value, ref.value))
              and not (c.mods and ref.mods and not set(c.mods) & set(ref.mods))}
    # (a count it could be a slip for: "the 81 signatory countries" is not "six countries" or "70 forest countries")
    return len(values) <= 1


def _compatible(c: Mention, m: Mention) -> bool:
    """Could c be a mention of m's quantity (for support)? Same measure, unit and class, any role."""
    return c.measure == m.measure and units_meet(c, m) and c.cls == m.cls and not c.quoted and (
        c.holder is None or m.holder is None or c.holder == m.holder)
