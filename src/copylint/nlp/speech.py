"""Reported speech: who says what in the article, and how far each attribution reaches.

The analysis every attribution rule reads (`doc.speech`). Cues come from `copylint.nlp.attribution`;
this module decides what they cover, the way news is written:

- a statement (a sentence of a body paragraph) is covered by a cue in itself ("own"); by a source named
  earlier in its paragraph, or in the sentence just before it, whose speech it continues ("continued":
  it opens by pointing back, "It also ...", "She added"; it gives the figures of a finding; it is
  back-shifted into the past like reported speech; or the source speaks in the present, "she says"; across a
  paragraph break only by pointing back, by a source speaking in the present, or as the figures of a finding
  that gave none: "Vacancy was 1 per cent, according to the agency.\n\nRents jumped 38 per cent." is a new
  figure with no source); or
  by the next sentence when that one points back to it with a cue ("pointer": "That is according to the
  report."); a lead paragraph is covered by an attribution in the paragraph after it ("lead": news states
  the event first and says who reports it next); a sentence in the first person is the writer's own
  account, and so is the rest of its paragraph and the sentence after it ("self": "Where I used to
  work, staff kept 80% of tips. The other 20% went into a pot."); a story whose first two paragraphs name the
  document it reports on ("according to an analysis of spending by jackpot winners", "a new survey found")
  gives that document's findings from there on ("document");
- a quotation's speaker is known from a cue in its paragraph ("paragraph"); from the paragraph before,
  when it named a person speaking (not an institution or a document: "The Treasury says ...") or held an
  attributed quotation, unless the sentence before the quotation is about a
  person that paragraph does not name ("carried": "Outside court, Sharon Beale stood holding a photograph.
  “...”" is Beale's, untagged); from a colon lead-in, also
  ending the paragraph before ("lead-in"); from a credit after it, in brackets or on a short line of
  its own ("credit"); from the next paragraph, when the quotation runs on into it ("run-on"); or from a
  person named in its own sentence ("person": "Lee was blunt, “We will not raise taxes.”"). A person
  named in the sentence before is not enough: "Varma has decided to rebuild the site. “If you build a big
  house, it won’t sell.”" is the tag a careless writer dropped.

Text inside quotations is the speaker's, never the writer's: cues are read outside quotes only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copylint.document import PARAGRAPH, QUOTE
from copylint.nlp import lexicon as lx
from copylint.nlp.attribution import claim_cue, document_cue, source_cue, speaker, speech_cue, speech_forms
from copylint.nlp.quotes import CLOSE, OPEN, SINGLE_CLOSE, SINGLE_OPEN, STRAIGHT

# How a statement is covered ("" when it is not).
OWN, CONTINUED, POINTER, LEAD, SELF, DOCUMENT = "own", "continued", "pointer", "lead", "self", "document"
# How a quotation's speaker is known ("" when it is not).
PARAGRAPH_CUE, CARRIED, LEAD_IN, CREDIT, RUN_ON, PERSON = "paragraph", "carried", "lead-in", "credit", "run-on", \
    "person"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A body paragraph (or block quote) with its sentences and their quote-blanked text."""

    index: int  # block index
    start: int
    end: int
    sentences: tuple[tuple[int, int], ...]
    plain: tuple[str, ...]  # each sentence outside quotes
    flat: str  # the whole paragraph outside quotes


@dataclass(frozen=True, slots=True)
class Statement:
    """A sentence of a body paragraph; Speech.reach(statement) says which attribution covers it."""

    start: int
    end: int
    paragraph: int  # index into Speech.paragraphs
    sentence: int  # index into that paragraph's sentences
    plain: str  # outside quotes
    index: int  # index into Speech.statements


@dataclass(frozen=True, slots=True)
class Quotation:
    """A direct quotation: its words (start, end, marks excluded), its marks and how its speaker is known."""

    start: int
    end: int
    outer: tuple[int, int]  # the span with its quotation marks
    paragraph: int  # index into Speech.paragraphs
    speech: bool  # reads as speech: five words or more, opening with a capital, not title case
    speaker: str  # PARAGRAPH_CUE, CARRIED, LEAD_IN, CREDIT, RUN_ON, PERSON or ""


class Speech:
    """The article's reported speech: paragraphs, statements (body sentences) and quotations."""

    def __init__(self, doc) -> None:
        self.unquoted = _unquoted(doc)
        self.paragraphs: tuple[Paragraph, ...] = tuple(self._paragraphs(doc))
        self._body = tuple(doc.blocks[p.index].kind == PARAGRAPH for p in self.paragraphs)
        self._lead = self._body.index(True) if True in self._body else -1
        spots = [(n, i, s, e) for n, p in enumerate(self.paragraphs) if self._body[n]
                 for i, (s, e) in enumerate(p.sentences)]
        self.statements: tuple[Statement, ...] = tuple(
            Statement(s, e, n, i, self.paragraphs[n].plain[i], k) for k, (n, i, s, e) in enumerate(spots))
        self._cued: dict[tuple[int, int], bool] = {}  # (paragraph, sentence) -> a cue in it; filled on demand
        self._spoken: dict[int, bool] = {}  # paragraph -> a speaker cue in it, outside quotes
        self._voices: dict[int, bool] = {}  # paragraph -> a person speaking in it
        self._reach: dict[int, str] = {}
        self._document: tuple[int, int] | None = None  # where the story names its document; on demand
        self.quotations: tuple[Quotation, ...] = tuple(self._quotations(doc))

    def reach(self, st: Statement) -> str:
        """How an attribution covers the statement: OWN, CONTINUED, POINTER, LEAD, SELF, or "" when none does.
        Computed on demand: the rules ask only about sentences that make a claim."""
        if st.index not in self._reach:
            self._reach[st.index] = self._how(st.paragraph, st.sentence)
        return self._reach[st.index]

    def _cue(self, n: int, i: int) -> bool:
        if (n, i) not in self._cued:
            self._cued[n, i] = bool(claim_cue(self.paragraphs[n].plain[i]))
        return self._cued[n, i]

    def _how(self, n: int, i: int) -> str:
        p = self.paragraphs[n]
        plain = p.plain[i]
        if self._cue(n, i):
            return OWN
        earlier = [(n, k) for k in range(i)] if i else self._before(n)
        # within a paragraph a sentence continues its source in any of the ways below; across a paragraph break
        # only when it says so: it opens by pointing back, or the source speaks in the present ("she says")
        if any(self._cue(a, b) and _continues(self.paragraphs[a].plain[b], plain, a == n) for a, b in earlier):
            return CONTINUED
        if i + 1 < len(p.plain) and self._cue(n, i + 1) and _POINTS_BACK.match(p.plain[i + 1]):
            return POINTER
        if n == self._lead and n + 1 < len(self.paragraphs) and any(
                self._cue(n + 1, k) for k in range(len(self.paragraphs[n + 1].plain))):
            return LEAD
        if (n, i) > self._document_at():
            return DOCUMENT
        if _FIRST_PERSON.search(plain) or any(_FIRST_PERSON.search(self.paragraphs[a].plain[b]) for a, b in earlier):
            return SELF
        return ""

    def _document_at(self) -> tuple[int, int]:
        """(paragraph, sentence) where one of the first two body paragraphs names the document the story
        reports on ("according to an analysis of spending by jackpot winners"); past the end if none does."""
        if self._document is None:
            body = [n for n, b in enumerate(self._body) if b][:2]
            self._document = next(((n, i) for n in body for i, t in enumerate(self.paragraphs[n].plain)
                                   if document_cue(t)), (len(self.paragraphs), 0))
        return self._document

    def _before(self, n: int) -> list[tuple[int, int]]:
        """The sentence before paragraph n: the last one of the nearest paragraph above that has sentences."""
        for a in range(n - 1, -1, -1):
            if self.paragraphs[a].plain:
                return [(a, len(self.paragraphs[a].plain) - 1)]
        return []

    def _spoken_in(self, doc, n: int) -> bool:
        if n not in self._spoken:
            p = self.paragraphs[n]
            self._spoken[n] = bool(_cue(p.flat)) or bool(_TRAILING.search(doc.masked[p.start : p.end]))
        return self._spoken[n]

    def _voiced(self, doc, n: int) -> bool:
        """Does paragraph n name a person speaking: a speaker cue in a sentence that names a person ("Lee said the
        plan was flawed.")? An institution or a document ("The Treasury says ...", "according to filings") lends
        its words to no quotation in the paragraph after."""
        if n not in self._voices:
            p = self.paragraphs[n]
            self._voices[n] = bool(_TRAILING.search(doc.masked[p.start : p.end])) or any(_voices(t) for t in p.plain)
        return self._voices[n]

    def outside_quotes(self, start: int, end: int) -> str:
        """doc.masked[start:end] with quoted passages (and their marks) blanked."""
        return self.unquoted[start:end]

    def _paragraphs(self, doc):
        for b in doc.blocks:
            if b.kind not in (PARAGRAPH, QUOTE):
                continue
            ss = tuple((s.start, s.end) for s in doc.block_sentences(b))
            yield Paragraph(b.index, b.start, b.end, ss, tuple(self.unquoted[s:e] for s, e in ss),
                            self.unquoted[b.start : b.end])

    def _quotations(self, doc):
        text = doc.masked
        held = False  # the paragraph before held a quotation, every one of them attributed
        paras = self.paragraphs
        for n, p in enumerate(paras):
            body = doc.blocks[p.index].kind == PARAGRAPH
            following = doc.blocks[p.index + 1] if p.index + 1 < len(doc.blocks) else None
            unsourced = False
            quoted = False
            for s, e in doc.quotes_in(p.start, p.end):
                if not p.start <= s < p.end:
                    continue
                quoted = True
                speech = _speech_like(text[s:e])
                if self._spoken_in(doc, n):
                    who = PARAGRAPH_CUE
                elif n and (held or self._voiced(doc, n - 1)) and not _newcomer(p, s, paras[n - 1].flat):
                    who = CARRIED  # the paragraph before named a speaker or held an attributed quotation, and this
                    # one names no one else first ("Outside court, Sharon Beale stood holding a photograph. “...”")
                elif _lead_in(self.unquoted[p.start : max(p.start, s - 1)]) or \
                        n and s - p.start <= 2 and _lead_in(self.unquoted[paras[n - 1].start : paras[n - 1].end]):
                    who = LEAD_IN  # "Her message was simple: “...”", "Read the statement in full:"
                elif _credited(text, e, p.end, following):
                    who = CREDIT  # "“...”, asked one resident", "“...” (Reuters)", "– the senator, in a statement"
                elif e == p.end and n + 1 < len(paras) and self._spoken_in(doc, n + 1):
                    who = RUN_ON  # the quotation runs on into the next paragraph, which names the speaker
                else:
                    i = next((k for k, (a, b) in enumerate(p.sentences) if a <= s < b + 1), 0)
                    who = PERSON if speaker(p.plain[i]) else ""
                unsourced |= body and speech and not who
                outer = (s - len(_mark_before(text, s, p.start)), e + len(_mark_after(text, e, p.end)))
                yield Quotation(s, e, outer, n, speech, who)
            held = quoted and not unsourced


def _unquoted(doc) -> str:
    chars = list(doc.masked)
    for qs, qe in doc.quotes:
        chars[max(qs - 1, 0) : qe + 1] = " " * (min(qe + 1, len(chars)) - max(qs - 1, 0))
    return "".join(chars)


# --- statements: does a sentence continue the reported speech of one before it?

# A sentence that opens by pointing back continues the source of the sentence before.
_ANAPHOR = frozenset("he she they it this that these those his her their its such but and also however yet "
                     "instead still so".split())
_PAST = frozenset("was were had did would could might".split())
_PRESENT = frozenset("is are am has have does do will can may".split())
# (not after a negation or "to": "did not say how much", "declined to say from whom")
_PRESENT_SPEECH = re.compile(r"(?<!\bnot\s)(?<!n't\s)(?<!n’t\s)(?<!\bto\s)\b(?:says|say|argues|argue|believes|believe|"
                             r"insists|warns|tells|writes|thinks|"
                             r"shows|show|finds|suggests|indicates|predicts)\b")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_DIGIT = re.compile(r"\d")
# a figure in digits or words: "38%", "one in four", "one-third", "half"
_COUNTED = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)(?:[\s-]+in\b|[\s-]+out\s+of\b|"
                      r"[\s-]+(?:thirds?|quarters?|fifths?|tenths?)\b)|\b(?:half|a\s+third|a\s+quarter)\b|\bper\s?cent\b",
                      re.I)
_FIGURE = re.compile(r"(?<![\d,.])(?!(?:1[89]|20)\d\d\b)\d")  # a figure in digits, not a year
# what a finding says it found; its figures continue it ("The report estimates ... . It would raise $4m.")
_FINDING = re.compile(r"\b(?:found|finds|find|show|shows|showed|shown|suggest|suggests|suggested|revealed|reveals|"
                      r"indicate|indicates|indicated|estimates|estimated|predicts|predicted)\b", re.I)
# the writer speaking in the first person vouches for what follows: "Where I used to work, staff kept 80%",
# "we may need a whole new sort of sleep revolution"
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\b(?!\.)")
# A sentence that sources the one before it: "That is according to the report.", "Those figures come from ..."
_POINTS_BACK = re.compile(r"\W*(?:that|this|those|these|so|such|the\s+(?:figures?|numbers?|data|estimates?|findings?|"
                          r"claims?|statistics?|totals?|counts?))\b", re.I)


def _continues(prev: str, text: str, same: bool = True) -> bool:
    """Does text continue the attributed sentence prev: it opens by pointing back ("It", "This", "But"), it gives
    figures after a finding or an attributed figure ("The survey found ...", "figures show"), it is back-shifted
    into the past like reported speech, or prev's speaker speaks in the present ("she says")?"""
    first = _WORDS.search(text)
    if first and first.group().lower() in _ANAPHOR:
        return True
    if not same:  # across a paragraph break: the figures of a finding that gave none ("Pew found that most ...")
        return _present_report(prev) or bool(_COUNTED.search(text) and (source_cue(prev) or _FINDING.search(prev))
                                             and not _FIGURE.search(prev))
    if _COUNTED.search(text) and (source_cue(prev) or _FINDING.search(prev) or _DIGIT.search(prev)):
        return True  # the figures of a finding or a count: "Pew found that most ... . 91% post a photo.",
        # "The minister said 18 people died. 149 of the survivors have been hospitalized."
    return _past(text) or _present_report(prev)


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


def _present_report(text: str) -> bool:
    """The reporting verb is in the present ("she says", "the report suggests"): it governs what follows."""
    return bool(_PRESENT_SPEECH.search(text)) and bool(speech_cue(text))


# --- quotations: is the speaker known?

_MIN_WORDS = 5  # shorter quoted passages are terms, titles or scare quotes, not speech
_QWORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A speaker left inside an unclosed quotation: "... on television, said Entwisle."
_TRAILING = re.compile(r",\s+(?:said|says|adds|added)\s+[A-Z][\w’'-]+|,\s+[A-Z][\w’'-]+\s+(?:said|says)\b")
# Verbs that introduce a quotation besides reporting verbs: "she thinks", "he grins", "what he called".
_QUOTE_VERBS = re.compile(
    r"\b(?:think|thinks|thought|believe|believes|believed|reckon|reckons|reckoned|grin|grins|grinned|"
    r"smile|smiles|smiled|laugh|laughs|laughed|sigh|sighs|sighed|shrug|shrugs|shrugged|nod|nods|nodded|quote|quotes|"
    r"quoted|call|calls|called|describes|described|dub|dubs|dubbed|billed|termed|point\s+out|points\s+out|"
    r"pointed\s+out|put\s+it|puts\s+it|recalls|recalled|remembers|remembered|shrieks|shrieked|jokes|joked)\b",
)  # lower case only: "Bill", "Grant" and "Mark" are first names
# people by their role, alone or as a group: "The mayor said ...", "Paramedics said they had treated 11 people."
_PEOPLE = re.compile(r"\b(?:paramedic|police|officer|firefighter|doctor|nurse|witness|resident|official|organi[sz]er|"
                     r"protester|neighbou?r|teacher|parent|student|worker|survivor|relative|villager|farmer|fan|local|"
                     r"passenger|aide|lawyer|attorney|prosecutor|investigator|rescuer|volunteer|campaigner|activist|"
                     r"mayor|minister|spokes(?:man|woman|person)|chief|president|premier|governor|senator|judge|coach|"
                     r"director|manager|chair(?:man|woman)?|owner|leader|councillor|councilman|councilwoman|"
                     r"superintendent|principal|sheriff|inspector|detective|constable|secretary|executive)(?:e?s)?\b",
                     re.I)


def _voices(t: str) -> bool:
    """Does sentence t (outside quotes) have a person speaking: a cue with a speaker or a role in the sentence, or
    after "according to" (where the source follows: a person, or a document)?"""
    m = _cue(t)
    if m is None:
        return False
    if m.group().lower().startswith("according"):
        after = t[m.end() : m.end() + 60]
        return speaker(after) or _role(after)
    return speaker(t) or _role(t)


def _role(text: str) -> bool:
    """A person by their role in running text ("the mayor said"), not a word of a name ("the Police Union")."""
    first = len(text) - len(text.lstrip(" \t\n\"'“‘("))
    return any(m.group()[0].islower() or m.start() == first for m in _PEOPLE.finditer(text))


_TAG_AFTER = re.compile(r"[,.?!]?\s*([^\W\d_]+)")
# a credit after a quotation: in brackets ("(Reuters)"), or after a dash ("– the senator, in a statement")
_CREDIT = re.compile(r"\s*(?:\(\s*[A-Z][^()]{0,60}\)|[-–—]\s*[^\W\d_])")
_CREDIT_WORDS = 15  # a credit line is short; a longer line after a dash is a list item
_OPENERS, _CLOSERS = (*OPEN, *STRAIGHT, SINGLE_OPEN), (*CLOSE, *STRAIGHT, SINGLE_CLOSE)  # the marks doc.quotes reads


def _cue(flat: str):
    return speech_cue(flat) or _QUOTE_VERBS.search(flat)


def _mark_before(text: str, s: int, floor: int) -> str:
    """The quotation mark that opens a quotation at s ("" if none lies between floor and s)."""
    return next((m for m in _OPENERS if s - len(m) >= floor and text[s - len(m) : s] == m), "")


def _mark_after(text: str, e: int, ceiling: int) -> str:
    """The quotation mark that closes a quotation at e ("" if none lies between e and ceiling)."""
    return next((m for m in _CLOSERS if e + len(m) <= ceiling and text[e : e + len(m)] == m), "")


def _credited(text: str, e: int, end: int, following) -> bool:
    """Is the quotation ending at e credited right after it: a reporting verb as the next word ("“...?”
    asked one resident"), a source in brackets or after a dash ("“...” (Reuters)"), or a short credit line
    opening the next block ("– the senator, in a statement")?"""
    after = e + len(_mark_after(text, e, end))
    m = _TAG_AFTER.match(text, after, end)
    if m and m.group(1).lower() in speech_forms() or _CREDIT.match(text, after, end):
        return True
    if following is None or text[after:end].strip():
        return False
    line = text[following.start : following.end]
    return bool(_CREDIT.match(line)) and len(line.split()) <= _CREDIT_WORDS


# a person as the subject of a sentence, at its start or after its first comma: "Walter Daoust, 77, sat",
# "Outside court, Sharon Beale stood"
_SUBJECT_NAME = re.compile(r"^\W*(?:[^,]{1,40},\s+)?[A-Z][a-z’'-]+\s+(?:[A-Z]\.\s+)?([A-Z][a-z’'-]+)"
                           r"(?=\s*,|\s+[a-z]+(?:s|ed)\b)")


def _newcomer(p: Paragraph, s: int, before: str) -> bool:
    """Is the sentence before the quotation at s (in its paragraph) about a person the paragraph before does not
    name? Then the quotation is not the earlier speaker's but the newcomer's, and wants a tag."""
    i = next((k for k, (a, b) in enumerate(p.sentences) if a <= s < b + 1), 0)
    if i == 0:
        return False
    m = _SUBJECT_NAME.match(p.plain[i - 1])
    return bool(m) and m.group(1) not in before


# what a colon lead-in may introduce besides a speaker's words: a text ("The ad's strapline is:")
_TEXTS = re.compile(r"\b(?:strapline|slogan|motto|campaign|summary|decision|ruling|judgment|statement|"
                    r"letter|words|text|note|tweet|post|reply|sign|banner|placard|headline|caption|"
                    r"inscription|notice|announcement|order|clause|passage|law|act|bill|amendment|oath|pledge|"
                    r"declaration|speech|address|transcript|excerpt|extract|reads?)\b(?!-)", re.I)


_NAMED = re.compile(r"\s[A-Z][a-z’'-]+")  # a name after the first word: "After talking oil, Harper tried ...:"
_NAME_ONLY = re.compile(r"^\W*(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*:$")  # a transcript's "Lee:", "Dr. Ann Lee:"


def _lead_in(before: str) -> bool:
    """Does text (outside quotes) end in a colon lead-in that names who or what speaks: a speaker ("Her message
    was simple:", "Harper tried to break the ice:"), a reporting verb ("Morell praised Mendez on Twitter:"), or a
    text ("The ad's strapline is:")? "The mood was summed up in a single line:" names no one."""
    head = before.rstrip()
    if not head.endswith(":"):
        return False
    last = re.split(r"(?<=[.!?])\s+", head)[-1]
    return bool(_NAME_ONLY.match(last) or _TEXTS.search(last) or _cue(last) or claim_cue(last)
                or _NAMED.search(last)) or speaker(last)


def _speech_like(quoted: str) -> bool:
    """Five words or more, opening with a capital, not title case: speech, not a term, title or partial quote."""
    words = _QWORDS.findall(quoted)
    if len(words) < _MIN_WORDS or not words[0][0].isupper() or not quoted.lstrip()[:1].isalnum():
        return False
    return sum(w[0].isupper() for w in words) < 0.6 * len(words)
