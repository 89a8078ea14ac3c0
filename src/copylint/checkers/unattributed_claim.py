"""attribution.unattributed-claim: a statistic, trend, cause, superlative, charge or a group's mood stated
with no source nearby."""

from __future__ import annotations

import re

from copylint.document import PARAGRAPH
from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp import lexicon as lx
from copylint.nlp.attribution import claim_cue, paragraphs, speech_cue
from copylint.nlp.folded import Folded

_NUM = (r"(?:(?:by\s+|to\s+|from\s+)?(?:about\s+|almost\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?"
        r"(?:\d[\d,.]*\s*(?:%|per\s*cent|percent|percentage\s+points?)|half|a\s+(?:third|quarter|fifth)|"
        r"two-thirds|three-quarters|\d[\d,.]*(?:\s+(?:million|billion))?|"
        r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:-\w+)?\s+(?:per\s*cent|percent|times|fold)))")
_CHANGE = (r"(?:rise|rises|rose|risen|fall|falls|fell|fallen|drop|drops|dropped|increase|increases|increased|"
           r"decrease|decreases|decreased|decline|declines|declined|grow|grows|grew|grown|climb|climbs|climbed|"
           r"jump|jumps|jumped|surge|surges|surged|soar|soars|soared|plunge|plunges|plunged|plummet|plummets|"
           r"plummeted|slump|slumps|slumped|shrink|shrinks|shrank|shrunk|tumble|tumbles|tumbled|spike|spiked|"
           r"slid|dip|dipped|gone\s+(?:up|down)|went\s+(?:up|down)|lost|(?:is|are|was|were)\s+(?:up|down))")
_CAUSE = r"(?:because|due\s+to|as\s+a\s+result\s+of|driven\s+by|owing\s+to|blamed\s+on|fu?ell?ed\s+by)"
_AUX = r"(?:has|have|had|is|are|was|were|been|will|would|could|continues?\s+to|continued\s+to)"
# Finite change verbs ("fell", "rises"); bare forms like "decline" are as often nouns.
_FINITE = (r"(?:rose|fell|dropped|increased|decreased|declined|grew|grows|climbed|jumped|surged|soared|soars|plunged|"
           r"plummeted|plummets|slumped|shrank|shrinks|tumbled|slid|dipped)")
_PERFECT = r"(?:has|have|had)\s+(?:\w+ly\s+)?"
_GROUPS = (r"(?:voters|residents|people|citizens|canadians|americans|britons|parents|workers|consumers|locals|fans|"
           r"farmers|families|taxpayers|motorists|commuters|patients|tenants|shoppers|homeowners|businesses|merchants|"
           r"employers|retailers|drivers|riders|seniors|students|teachers|nurses|doctors|the\s+public)")
_MOODS = (r"(?:frustrated|angry|fed\s+up|fed-up|disillusioned|worried|anxious|fearful|afraid|upset|furious|outraged|"
          r"unhappy|scared|desperate|disappointed|skeptical|sceptical|weary|alarmed|resentful|bitter|"
          r"losing\s+(?:patience|faith|trust))")
_CHARGES = (r"(?:targeting|targetting|stealing|looting|defrauding|abusing|harassing|exploiting|cheating|bribing|"
            r"covering\s+up|lying\s+(?:to|about)|misleading|intimidating|smuggling|trafficking|embezzling|scamming|"
            r"preying\s+on|ripping\s+off|swindling|extorting|laundering|rigging|falsifying|fabricating|price-gouging|"
            r"gouging|profiteering|hiding|concealing|inflating|manipulating|ignoring|dumping|overcharging|evicting|"
            r"polluting|bullying|spying\s+on|hacking|poaching|price-fixing|underpaying)")
_WRONGLY = r"(?:illegally|unlawfully|secretly|fraudulently|knowingly|deliberately|improperly|quietly)"
_CHARGED = (r"(?:stolen|looted|defrauded|embezzled|lied\s+(?:to|about)|misled|rigged|falsified|fabricated|cheated|"
            r"covered\s+up|bribed|swindled|extorted|laundered)")

# (kind, pattern): the first that matches a sentence names its claim.
_TRIGGERS = tuple((k, Folded(p)) for k, p in (
    ("trend", r"\b(?:is|are|has\s+been|have\s+been)\s+on\s+the\s+(?:rise|increase|decline|wane)\b"),
    ("cause", rf"\b(?:{_AUX}\s+(?:\w+ly\s+)?{_CHANGE}|(?<!the\s)(?<!an\s)(?<!a\s)(?<!of\s){_FINITE})\b"
              rf"[^.;:–—]{{0,60}}\b{_CAUSE}\b"),
    ("figure", rf"\b{_PERFECT}(?:{_CHANGE})\s+{_NUM}"),
    ("figure", rf"\b{_PERFECT}(?:doubled|tripled|trebled|quadrupled|halved|surged|soared|spiked|skyrocketed|"
               r"plummeted|plunged|ballooned)\b"),
    ("figure", rf"\b{_PERFECT}(?:{_CHANGE})\s+(?:sharply|steadily|dramatically|rapidly|significantly|substantially|"
               r"markedly|exponentially)\b"),
    ("trend", r"\b(?:is|are)\s+(?:increasing|rising|growing|soaring|surging|climbing|spreading|worsening)\s+"
              r"(?:across|throughout|nationwide|sharply|rapidly|steadily|dramatically|at\s+an?\s+\w+\s+rate)\b"),
    ("superlative", r"\b(?:is|are|has\s+become|have\s+become)\s+now\s+(?:the|its|their)\s+(?:most\s+\w+|\w+est)\b"),
    ("superlative", r"\b(?:is|are|was|were|remains?|remained|has\s+become|have\s+become|becomes?|became)\s+"
                    r"(?:(?:now|still|by\s+far|probably|arguably|easily|already|perhaps)\s+)*"
                    r"(?:the|its|their)\s+(?:single\s+)?(?:biggest|greatest|worst|largest|gravest|leading|"
                    r"main|primary|number\s+one|most\s+(?:serious|dangerous|pressing|urgent|severe|damaging|harmful|"
                    r"deadly|common))\s+(?:threat|reason|cause|problem|danger|risk|challenge|driver|contributor|"
                    r"killer|obstacle|barrier|casualty|casualties|victim|loser|beneficiary|polluter|emitter|culprit|failure|"
                    r"mistake|worry|burden|source\s+of\s+(?:pollution|emissions|harm))s?\b"),
    ("superlative", r"\b(?:is|are|was|has\s+become|have\s+become|became)\s+(?:now\s+|still\s+)?(?:the|its|their)\s+"
                    r"(?:fastest[- ]growing|fastest[- ]rising|most\s+common)\b"),
    ("superlative", r"\b(?:is|are|was|were)\s+(?:the|its|their)\s+(?:worst|biggest|largest|deadliest|costliest|"
                    r"strongest|heaviest|hottest|coldest|wettest|driest)\b[^.;:]{0,40}?\b(?:since\s+(?:\d|the|records)|"
                    r"on\s+record|in\s+(?:history|decades|a\s+century|\d+\s+years)|ever\s+recorded)"),
    ("superlative", r"\b(?:the\s+)?(?:highest|lowest|worst|best)\s+(?:level|rate|point|number|figure)s?\s+"
                    r"(?:since|in\s+(?:\d+|decades|years|a\s+decade|a\s+generation)|on\s+record|ever)\b"),
    ("charge", rf"\b(?:(?:has|have)\s+been|are|is)\s+(?:{_WRONGLY}\s+)?{_CHARGES}\b"),
    ("charge", rf"\b(?:(?:has|have)\s+been|are|is|has|have)\s+{_WRONGLY}\s+\w+(?:ing|ed)\b"),
    ("charge", rf"\b(?:has|have)\s+(?:repeatedly\s+|routinely\s+|systematically\s+)?{_CHARGED}\b"),
    ("mood", rf"^\W*(?:many\s+|most\s+|some\s+)?(?:[\w’'-]+\s+){{0,2}}?{_GROUPS}\b[^.;:,]{{0,40}}?\b"
             rf"(?:are|feel|have\s+become|remain|are\s+growing|are\s+increasingly|are\s+becoming)\s+"
             rf"(?:\w+\s+)?{_MOODS}\b"),
    ("mood", r"\b(?:has|have)\s+lost\s+(?:(?:their|its|all|the)\s+)?(?:trust|faith|confidence|patience)\b"),
))

# Words one of which each trigger needs (a prefilter that skips most sentences unread, same matches).
def _words(*parts: str) -> frozenset[str]:
    return frozenset(w for part in parts for w in re.findall(r"[a-z]+", part))


_NOUNS = ("threat reason cause problem danger risk challenge driver contributor killer obstacle barrier casualty "
          "casualties victim loser beneficiary polluter emitter culprit failure mistake worry burden source")
_NEEDS = (
    _words("rise increase decline wane"),
    _words("because due result driven owing blamed fuelled fueled felled feled"),
    _words(_CHANGE),
    _words("doubled tripled trebled quadrupled halved surged soared spiked skyrocketed plummeted plunged ballooned"),
    _words("sharply steadily dramatically rapidly significantly substantially markedly exponentially"),
    _words("increasing rising growing soaring surging climbing spreading worsening"),
    _words("now"),
    _words(_NOUNS) | {w + "s" for w in _NOUNS.split()},
    _words("fastest most"),
    _words("worst biggest largest deadliest costliest strongest heaviest hottest coldest wettest driest"),
    _words("highest lowest worst best"),
    _words(_CHARGES),
    _words(_WRONGLY),
    _words(_CHARGED),
    _words(_MOODS),
    _words("lost"),
)

_WHAT = {
    "trend": "states a trend",
    "cause": "gives a cause for a change",
    "figure": "states a change in figures",
    "superlative": "makes a superlative claim",
    "charge": "accuses someone",
    "mood": "speaks for a group",
}
# A sentence that opens by pointing back continues the source of the sentence before.
_ANAPHOR = frozenset("he she they it this that these those his her their its such but and also however yet "
                     "instead still so".split())
_PAST = frozenset("was were had did would could might".split())
_PRESENT = frozenset("is are am has have does do will can may".split())
_PRESENT_SOURCE = re.compile(r"\b(?:show|shows|find|finds|suggest|suggests|indicate|indicates|estimates|predicts)\b",
                             re.I)
_FIGURES = frozenset({"trend", "cause", "figure", "superlative"})  # what a report or data can source
_LETTERS = re.compile(r"[a-z]+")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _past(text: str) -> bool:
    """Is the first finite verb of the sentence past tense ("rose", "was")?"""
    for w in _WORDS.findall(text):
        w = w.lower()
        if w in _PAST:
            return True
        if w in _PRESENT:
            return False
        tags = lx.verb_tags(w)
        if "VBD" in tags and not tags & {"VBZ", "VBP", "VB"} and not lx.is_noun(w):
            return True
        if "VBZ" in tags and not lx.is_noun(w):
            return False
    return False


def _present_report(text: str, kind: str) -> bool:
    """The reporting verb is in the present ("says", "figures show"): it governs what follows."""
    if kind in _FIGURES and _PRESENT_SOURCE.search(text):
        return True
    m = speech_cue(text)
    return bool(m) and m.group().lower().endswith(("says", "say", "argues", "argue", "believes", "believe",
                                                     "insists", "warns", "tells", "writes", "thinks"))


def _carried(prev: str, claim: str, kind: str) -> bool:
    """Does a source named in an earlier sentence cover this claim? Only when the claim continues it: it
    opens by pointing back ("It", "This", "But"), is back-shifted into the past like reported speech, or
    the source speaks in the present ("figures show", "she says")."""
    if not claim_cue(prev):
        return False
    first = _WORDS.search(claim)
    if first and first.group().lower() in _ANAPHOR:
        return True
    return _past(claim) or _present_report(prev, kind)


class UnattributedClaim:
    meta = Meta(
        id="attribution.unattributed-claim",
        category=Category.ATTRIBUTION,
        severity=Severity.WARNING,
        summary="A statistic, trend, cause, superlative, charge or a group's mood stated with no source.",
        description=(
            "Flags sentences an editor would query 'says who?': changes in figures ('has fallen 30 per cent'), "
            "trends ('is on the rise'), causes of a change ('because ...'), superlatives ('the biggest threat'), "
            "accusations ('have been targeting empty homes') and a group's mood ('voters are frustrated'), when "
            "neither the sentence, the rest of its paragraph nor the sentence before names a source ('said', "
            "'told', 'according to', a report, data or a study). A source named in an earlier sentence covers "
            "the claim when the claim continues that reported speech (it opens with 'he', 'it', 'this', ... or "
            "is in the past tense like reported speech). Headlines, quotations and background facts are left "
            "alone."
        ),
        bad=(
            Example("Business owners said the closure came at a bad time. [[Sales at downtown shops have dropped "
                    "by half since the closure began.]]"),
            Example("The judge ordered restitution.\n\n[[Fraud of this kind is on the rise across the country.]]"),
            Example("The findings add to the evidence.\n\n[[Microplastics are now the biggest threat to Arctic "
                    "wildlife.]]"),
            Example("[[Looters have been targeting empty homes in the evacuation zone.]]"),
            Example("[[Ridership has fallen 30 per cent since 2019 because fares went up.]]"),
            Example("The seat has been Liberal since 1993.\n\n[[Voters in the riding are frustrated with the cost "
                    "of living.]]"),
        ),
        good=(
            Example("Ridership has fallen 30 per cent since 2019, according to the transit authority."),
            Example("Police said looters have been targeting empty homes."),
            Example("The study tested snow from 14 sites. Microplastics are now the biggest threat to Arctic "
                    "wildlife, it found."),
            Example("Fraud of this kind is on the rise, Statistics Canada data show."),
            Example("Green said sales had dropped by half since the closure began."),
            Example("“Fraud of this kind is on the rise,” said Det. Ann Lee."),
            Example("Amazon is the world's biggest forest and the Nile the longest river."),
            Example("Shopkeepers say the closure is hurting them. Sales have dropped by half, they say."),
        ),
    )

    def check(self, doc, ctx):
        prev_text = ""  # the sentence before, across paragraph breaks
        flagged = -1
        for p in paragraphs(doc):
            body = doc.blocks[p.index].kind == PARAGRAPH
            for i, ((s, e), plain) in enumerate(zip(p.sentences, p.plain, strict=True)):
                before, prev_text = prev_text, plain
                if not body:
                    continue
                hit = _trigger(plain)
                if hit is None or claim_cue(plain):
                    continue
                if any(claim_cue(t) for t in p.plain[i + 1 :]):
                    continue
                kind, m = hit
                if flagged == p.index or any(_carried(t, plain, kind) for t in (*p.plain[:i], before)):
                    continue
                flagged = p.index  # one query per paragraph
                phrase = " ".join(plain[m.start() : m.end()].split())
                yield Finding(
                    s, e,
                    f"'{phrase}' {_WHAT[kind]} with no source in this sentence or paragraph: say who says so "
                    "('said', 'according to', the report or data).",
                )


def _trigger(plain: str):
    low = plain.lower()  # once for all triggers
    words = set(_LETTERS.findall(low))
    for (kind, rx), needs in zip(_TRIGGERS, _NEEDS, strict=True):
        if words.isdisjoint(needs):
            continue
        m = rx.search(plain, low)
        if m:
            return kind, m
    return None
