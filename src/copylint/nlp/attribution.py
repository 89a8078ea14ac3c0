"""Attribution cues: reporting verbs, source phrases and named sources, and who speaks a quotation.

Reporting verbs come from lemminflect's inflection tables ("say" -> say, says, said, saying), so every
form of a listed lemma is known without a hand-written list of forms. Text inside direct quotations is
the speaker's, never the writer's: cues are looked for outside quotes only.
"""

from __future__ import annotations

import re
from functools import cache

from copylint.nlp import lexicon as lx
from copylint.nlp.folded import Folded

# Verbs that report speech or writing. Any form of them next to a quotation names its speaker.
SPEECH = frozenset(
    "say tell testify tweet write state note explain warn argue insist announce report confirm deny acknowledge "
    "admit allege reveal recall comment respond reply ask urge declare maintain contend assert complain concede "
    "conclude observe remark suggest predict describe stress emphasise emphasize mention vow promise pledge boast "
    "joke whisper shout yell exclaim recount agree caution claim post quip muse add continue read reiterate "
    "counter retort accuse blame estimate calculate advise lament tout hint speculate accept recommend "
    "proclaim characterise characterize debate".split()
)
# Verbs that name a belief or finding: attribution for a claim when their subject is named.
BELIEF = frozenset("believe think feel fear expect hope find show indicate suggest conclude estimate calculate".split())
# Speech verbs that are also ordinary verbs ("has added up to", "continue to rise", "read the book"):
# they report only beside a quotation, a comma, "that" or the end of the sentence.
_WEAK = frozenset("add continue read post note state show find describe ask promise agree counter accept "
                  "respond declare".split())


_PHRASES = Folded(
    r"\b(?:according\s+to|citing|cited\s+by|in\s+a\s+(?:statement|letter|report|post|tweet|filing|interview|"
    r"press\s+release|news\s+release|memo|email)|(?<!privately\s)told(?!\s+to\b)(?!\s+(?:\w+\s+){0,2}privately\b)|quoted|court\s+(?:heard|documents|records|filings)|"
    r"(?:police|prosecutors|officials|investigators)\s+(?:allege|say|said)|put\s+it|"
    r"in\s+(?:his|her|their|the)\s+(?:own\s+)?words|points?\s+out|pointed\s+out|pointing\s+out|talk(?:s|ed|ing)?\s+about|"
    r"(?:certified|confirmed|verified|counted|measured|calculated|tallied|compiled|ranked|rated)\s+(?:[\w-]+\s+){0,2}?"
    r"by\s+(?:the\s+)?(?!way\b|far\b|then\b|now\b)\w+|"
    r"(?:issued|released|gave|delivered|posted|made|sent)\s+(?:a|an|the|that|this|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:statement|speech|address|message|remarks|interview)|"
    r"(?:announcement|statement|declaration|notice)s?\s+(?:that|saying)|reasoned|(?:has|have|had)\s+learned\s+that|"
    r"(?:has|have|had|offered|gave|put\s+forward)\s+(?:a|an|one|another|one\s+more|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:theory|theories|explanation|hypothesis))\b",
)
# Nouns that name where a figure comes from: a report, data, a study. They attribute only when they
# report ("the study found", "figures show") or are cited ("in a report", "data from", "published by").
_NOUNS = (r"(?:study|studies|report|reports|survey|surveys|poll|polls|polling|data|figures|statistics|census|"
          r"research|analysis|audit|estimates?|records|documents|filings|findings|index|review|inquiry|paper|"
          r"assessment|forecast|projections?|numbers|diary|diaries|tally|questionnaire|scientists|researchers|"
          r"investigators|authors|analysts|economists|investigations?|probe|accounts)")
_SOURCE_NOUN = re.compile(_NOUNS + r"|agency|ministry|department|government|company|police|court|council|spokesman|"
                          r"spokeswoman|spokesperson|official|officials|statement", re.I)
_SOURCES = Folded(
    rf"\b{_NOUNS}\b,?(?:\s+[\w,’'-]+){{0,6}}?\s+(?:show|shows|showed|shown|found|finds|find|suggest|suggests|"
    r"suggested|indicate|indicates|indicated|say|says|said|reveal|reveals|revealed|estimate|estimates|estimated|"
    r"discovered|uncovered|"
    r"conclude|concludes|concluded|predict|predicts|predicted|put|puts|warn|warns|warned|provide|provides|provided)\b"
    rf"|\b{_NOUNS}\s*,?\s+(?:by|from|published|released|commissioned|compiled|conducted|carried\s+out)\b"
    rf"|(?<!\bup\s)\b(?:in|from|by|under|(?:results|authors|summary|findings|conclusions|aspects|details|parts?)\s+of)\s+"
    rf"(?:a|an|the|its|their|his|her|this|that|last\s+\w+['’]s|\w+['’]s)\s+"
    rf"(?:(?!(?:after|before|since|when|until|while|with|of|for|and|as)\b)[\w’'-]+\s+){{0,3}}?{_NOUNS}\b"
    r"|\b(?:published|released)\s+(?:on\s+|last\s+|this\s+)?\w+\s+(?:in|by)\b"
    r"|\baccording\s+to\b",
)
# A document a story reports on: "according to an analysis of spending by jackpot winners", "A new study
# ... found". Named in the lead, it sources the findings the story goes on to give.
_DOCS = r"(?:study|survey|poll|report|analysis|research|index|census|review|audit|inquiry|paper)"
_DOCUMENT = Folded(
    rf"\baccording\s+to\s+(?:a|an|the|its|their|this|new|latest)\s+(?:[\w’'-]+\s+){{0,3}}?{_DOCS}\b"
    rf"|\b(?:a|an|the|this)\s+(?:[\w’'-]+\s+){{0,4}}?{_DOCS},?(?:\s+[\w,’'-]+){{0,8}}?\s+(?:found|finds|shows|showed|"
    r"suggests|suggested|revealed|reveals|concluded|concludes|estimates|estimated)\b"
)
# a document as the object of its suppression: "sat on a consultant's report", "kept an internal report under wraps"
_SUPPRESSED = re.compile(r"\b(?:sat\s+on|kept|buried|suppressed|withheld|shelved|rewrote|rewritten|strip|stripped|"
                         r"removed|hid|concealed|ignored|leaked|doctored|falsified|forged|altered|sign|signed|shredded|"
                         r"destroyed|deleted|wiped|wipe|delete|shred|destroy|hide|bury|remove|alter|falsify|doctor|"
                         r"overstated|understated|inflated|misstated)\s+"
                         r"(?:[\w’'-]+\s+){0,4}$", re.I)
_SETS_OFF = re.compile(r"\b(?:after|when|because|since|before|until|once|as|if)\s+$", re.I)
# Records and hedges that stand for a source: court findings, charges, "reportedly".
_RECORD = Folded(
    r"\b(?:pleaded\s+(?:not\s+)?guilty|convicted|found\s+guilty|charged\s+with|accused\s+of|sentenced|acquitted|"
    r"ruled|allegedly|reportedly|alleged|apparently|jury|testimony|evidence\s+(?:shows|showed)|"
    r"it\s+(?:has\s+|had\s+)?emerged|it\s+(?:was|has\s+been|had\s+been)\s+(?:revealed|disclosed|reported))\b",
)
# what may follow a weak verb that reports: "noted that", "asked whether", "described the swap as a travesty"
_WEAK_NEXT = frozenset("that whether if how why what".split())
_AS = re.compile(r"(?:[\w’'-]+\s+){1,5}?as\b")
_DETERMINERS = frozenset("the a an its his her their our my your every each no whose this these those".split())
_MODALS = frozenset("will would can could may might must shall should".split())
# what follows "deny" or "concede" when they refuse or give away rather than speak
_NOT_SPEECH = re.compile(r"(?:(?:a|an|the|them|him|her|us)\s+)?(?:visas?|entry|access|bail|permission|parole|asylum|"
                         r"admission|benefits|treatment|penalty|penalties|goals?|corners?|free\s+kicks?|points?|"
                         r"defeat|the\s+match|the\s+game|compensation|damages|refunds?|expenses|allowances?|"
                         r"the\s+(?:title|throne|seat|prize|crown)|(?:[\w-]+\s+)?(?:claims|applications|requests|coverage|"
                         r"loans|payments|permits|licen[cs]es))\b", re.I)
# what follows a plural noun and not a reporting verb: a preposition or a verb
_FINITE_TAGS = frozenset({"VBP", "VBD", "VBZ"})
_NOUN_NEXT = frozenset("for of in on from with at into over under were are have had last this since".split())
_DISPUTED = ("over ", "about ", "with ", "among ")  # "executives argued over how to disclose it"
_BLANKED = re.compile(r"\s{3,}")  # a quotation blanked from the text, marks and all
# speech still to come, kept private or withheld ("without telling the board"; "I would say", "can expect" still
# report a view)
_PRIVATELY = re.compile(r"(?:[\w’'-]+\s+){0,2}privately\b", re.I)
_DUE = re.compile(r"\b(?:expected|likely|set|due|poised|going|about|planning|preparing|scheduled)\s+to$", re.I)
_WITHHELD = re.compile(r"\b(?:without|never)\s+ever$", re.I)
_UNSAID = frozenset("will shall may might could likely probably soon privately without never".split())
_PRONOUNS = frozenset("i you we they he she it me us them him her one".split())
_HELD = _DETERMINERS | frozenset("control order contact ties links pressure power momentum discipline records".split())
_PASSIVE = frozenset("is are was were be been being".split())
_PARTICIPLE = ("ed", "en", "wn", "ld", "id", "ght")  # "expected", "shown", "told", "said", "thought"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# who feels, for "feel" to attribute: a pronoun or a name right before it ("she still feels", "Ortiz feels")
_PERSON_BEFORE = re.compile(r"(?:\b(?:he|she|I|we|they)|\b[A-Z][a-z]+)(?:\s+(?:still|also|really|now|\w+ly))?$")


@cache
def _forms(lemmas: frozenset[str]) -> frozenset[str]:
    from copylint.nlp.forms import inflections

    out = set(lemmas)
    for lemma in lemmas:
        for forms in inflections(lemma, "VERB").values():
            out.update(forms)
    return frozenset(out)


def speech_forms() -> frozenset[str]:
    return _forms(SPEECH)


def belief_forms() -> frozenset[str]:
    return _forms(BELIEF)


@cache
def _weak_forms() -> frozenset[str]:
    # past forms that are seldom anything but reporting once no determiner comes before them ("Whitmore stated
    # Montalvo left"; "its stated aim" is caught by the determiner)
    return _forms(_WEAK) - {"stated", "noted"}


def _verb_cue(text: str, verbs: frozenset[str]) -> re.Match | None:
    weak = _weak_forms()
    for m in _WORD.finditer(text):
        w = m.group().lower()
        if w not in verbs:
            continue
        before = text[: m.start()].rstrip()
        if m.group()[0].isupper() and before and before[-1] not in ".!?:;–—(":
            continue  # a capital inside a sentence is a name: "the United States", "Bill Smith"
        last = before.rsplit(None, 1)[-1] if before else ""
        rest = text[m.end():].lstrip()
        if _PRIVATELY.match(rest):
            continue  # kept private: "told friends privately that she expects to be moved"
        if w == "comment" and last.lower() in ("for", "no", "without", "any"):
            continue  # a noun: "could not be reached for comment"
        if last.lower() == "to" and _DUE.search(before):
            continue  # speech still to come: "is expected to recommend that", "is due to announce"
        if last.lower() in _UNSAID or _WITHHELD.search(before) or last.endswith(("'s", "’s")):
            continue  # speech still to come, kept private or withheld ("will likely announce", "privately told",
            # "without ever telling"), or a noun after a possessive ("a psychiatrist's post")
        if last.lower() in _DETERMINERS:
            continue  # a noun: "the report says", "a claim", "his estimate"
        if last.lower() in _PASSIVE and (w.endswith(_PARTICIPLE) or w == "read") and not rest.startswith("by "):
            continue  # agentless: "is expected to resign", "was told" name no one
        if last.lower() == "to" or last == "That" and w == "said" and rest[:1] == ",":
            if not rest.lower().startswith(("that ", ":")):
                continue  # an infinitive ("decided to write", "hard to tell") or "That said," reports nothing
        if w.startswith("feel") and not _PERSON_BEFORE.search(before):
            continue  # "she still feels" is hers; "voters feel frustrated" is the writer's account of a mood
        if w.endswith("s") and last.islower() and last not in _FUNCTION and last not in _PRONOUNS \
                and (not rest or rest[0] in ".,;:!?") and lx.is_noun(w) and lx.is_noun(last) \
                and not _SOURCE_NOUN.fullmatch(last) and not lx.verb_tags(last):
            continue  # a plural noun ending a clause: "to protect its medal hopes." (not "the agency says.")
        if w.endswith("s") and rest.startswith("of ") or w[:4] == "argu" and rest.startswith(_DISPUTED) \
                or w[:4] in ("writ", "wrot") and rest.startswith(("down ", "off ", "up ")):
            continue  # "Reports of violent crime", "argued over how", "has written down the value"
        if (_NOT_SPEECH.match(rest) or rest.startswith("or ")) and w[:4] in ("deni", "deny", "conc", "clai"):
            continue  # "were denied visas", "conceded a penalty", "claiming asylum": refused, given away, applied for
        if w == "report" and not (last.lower() in _PRONOUNS or last.lower() in _MODALS or last.lower() == "to"
                                  or last.endswith("s") and not last.endswith(("'s", "’s"))):
            continue  # a noun: "an internal staffing report", "a consultant’s report" ("they report", "police report")
        if w in ("warning", "warnings") and last.islower() and lx.is_noun(last) and (nxt := _WORD.match(rest)) \
                and nxt.group().lower() in _NOUN_NEXT:
            continue  # a noun: "a gale warning had been in effect" (not "a poster writing", "a warning issued by")
        if w in SPEECH and last.islower() and not last.endswith("s") and last not in _FUNCTION and lx.is_noun(last) \
                and not lx.verb_tags(last) and last not in _PRONOUNS:
            continue  # a compound noun: "the disclosure report he filed", "a police report"
        if w.endswith("s") and last.islower() and last not in _FUNCTION and (nxt := _WORD.match(rest)) \
                and (nxt.group().lower() in _NOUN_NEXT
                     or lx.is_adjective(last) and lx.verb_tags(nxt.group().lower()) & _FINITE_TAGS):
            continue  # a noun after a noun: "falsified inspection reports for years", "asylum claims over 150,000"
        if w.startswith("maintain") and (rest[:1].isdigit() or (nxt := _WORD.match(rest))
                                          and nxt.group().lower() in _HELD):
            continue  # kept, not said: "maintained a majority", "maintain order", "maintains 22 parks"
        if w in weak:
            if last.lower() in _MODALS:
                continue  # "the broadcasts will continue", "would add to the cost"
            nxt = _WORD.match(rest)
            if rest and rest[0] not in ",:;.!?" and not (nxt and nxt.group().lower() in _WEAK_NEXT) \
                    and not (w.startswith("descri") and _AS.match(rest)) and not _BLANKED.match(text, m.end()):
                continue  # (a quotation blanked out right after it counts: "Part of the statement reads “...”")
        return m
    return None


def speech_cue(text: str) -> re.Match | None:
    """A reporting verb or phrase in text (already blanked of quotes): 'said', 'told', 'according to'."""
    return _PHRASES.search(text) or _verb_cue(text, speech_forms())


def source_cue(text: str) -> re.Match | None:
    """A named kind of source in text: a report, data, a study, an agency (not one that is suppressed or
    rewritten: "sat on a geotechnical report because it showed ..." sources nothing)."""
    return next((m for m in _SOURCES.finditer(text) if not _SUPPRESSED.search(text, max(0, m.start() - 60),
                                                                                 m.start())), None)


def document_cue(text: str) -> re.Match | None:
    """A document the story reports on: 'according to a new survey', 'the study found' (not a finding
    that sets off the event: 'charged after an audit found $800,000 missing')."""
    m = _DOCUMENT.search(text)
    return None if m is None or _SETS_OFF.search(text, 0, m.start()) else m


def claim_cue(text: str) -> re.Match | None:
    """Anything that attributes a claim: a reporting verb, a belief verb, a source phrase or noun."""
    return speech_cue(text) or _verb_cue(text, belief_forms()) or source_cue(text) or _RECORD.search(text)


_TITLES = (r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|President|Minister|Mayor|Coun|Councillor|Chief|Sgt|Sergeant|Const|"
           r"Constable|Det|Detective|Judge|Justice|Sen|Senator|Rep|Gov|Governor|Premier|MP|Rev|Father|Sister|Lord|"
           r"Lady|Sir|Dame|Capt|Captain|Coach|Commissioner|Supt|Insp|Inspector|General|Gen|Col|Lt|Archbishop|"
           r"Bishop|Rabbi|Imam|Pope|King|Queen|Prince|Princess)\.?")
_NAME = (rf"\b{_TITLES}\s+[A-Z]"
         r"|^\W*[A-Z][a-z’'-]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z’'-]+\s*,"
         r"|(?<=[a-z,–—(]\s)[A-Z][a-z’'-]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z’'-]+(?:\s*,|\s+[a-z]+(?:s|ed)\b)")
_PERSON = re.compile(rf"\b(?:he|she|I|we)\b|^\W*(?:and\s+|but\s+|so\s+)?they\b|{_NAME}")
_SUBJECT = re.compile(r"^\W*([A-Z][^\W\d_]+(?:['’][^\W\d_]+)*)\s+(?:[a-z]+ly\s+)?([a-z]+)")


def speaker(text: str) -> bool:
    """Does this (quote-blanked) sentence name a person who can speak the quotation beside it: a pronoun,
    a titled name ("Dr. Lee"), a full name ("Sharon Surloff,") or a name as subject ("Strydom agreed")?"""
    if _PERSON.search(text):
        return True
    m = _SUBJECT.match(text)
    if not m:
        return False
    name, verb = m.group(1).lower(), m.group(2)
    return not lx.is_noun(name) and not lx.is_adjective(name) and name not in _FUNCTION and lx.is_finite(verb)


_FUNCTION = frozenset("the a an this that these those it its there here what which who when where why how if as at "
                      "in on of for by with from after before during while since until although though because "
                      "but and or so yet one some many most all both each every".split())
