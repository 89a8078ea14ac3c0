"""Who is who in an article: names of people, organisations and places, and what pronouns and
surnames point back to.

A Name is a run of capitalised words outside a sentence's first common word ("Lucia Ferreira",
"Prime Minister Ana Ruiz", "Acme Corp.", "Kamloops"), with a key that later mentions share: a
person's surname ("ferreira"), an organisation's name without its legal suffix ("acme"). A key two
different people share ("Jane Doe" and "John Doe") is ambiguous and resolves to nothing. Pronouns
resolve to the latest person (he, she) or organisation (it, they) named in the sentence or the three
before it, when there is one.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from copylint.nlp.figures import LETTER_CURRENCIES, MONTHS
from copylint.nlp.tokens import WORD

PERSON, ORG, PLACE, UNKNOWN = "person", "org", "place", "unknown"

TITLES = frozenset(
    "mr mrs ms miss dr sir dame lord lady president vice prime minister premier senator sen rep gov governor "
    "mayor coach judge justice chief secretary chancellor king queen prince princess pope general gen lt col "
    "capt sgt const constable det detective officer councillor coun trustee commissioner mp mla mpp superintendent "
    "supt insp inspector sheriff deputy speaker leader manager captain professor prof rev reverend bishop "
    "cardinal ambassador attorney congressman congresswoman representative assemblyman alderman president-elect "
    "chairman chairwoman chair ceo cfo director founder sultan emir sheikh".split())
_ORG_WORDS = frozenset(
    "inc corp corporation ltd llc plc co company group party council committee university college school bank "
    "association union agency department ministry commission court police service services foundation institute "
    "board league club airlines airline fc authority office bureau network news times post press society "
    "trust fund hospital centre center organization organisation federation alliance coalition government "
    "parliament senate congress assembly house army navy force forces cabinet industries holdings motors "
    "systems technologies labs laboratories energy oil railway railways partners capital securities team".split())
# last words of a club's name: "Harrowgate Town", "Wexley Rovers" (places such as "Cape Town" are in PLACES)
_CLUB_TAILS = frozenset("town rovers wanderers athletic albion rangers united hotspur harriers state".split())
# first words of a place's name: "Fort Calloway", "Port Aldridge", "Lake Placid"
_PLACE_HEADS = frozenset("fort port mount lake".split())
# last words of a place's name: "Water Street", "Linden River", "Harlan County" (not "Park", "Hill", "Lane":
# surnames as often)
_PLACE_TAILS = frozenset("street road avenue boulevard drive highway river creek bridge square county township "
                         "valley island islands beach harbour harbor reservoir".split())
_LEGAL = frozenset({"inc", "corp", "corporation", "ltd", "llc", "plc", "co", "company", "group", "holdings"})
# Keys that name one body in two ways: "US House of Representatives", "United States House of Representatives"
_ABBREVIATED = {k: v for x in ("us united states", "u.s. united states", "uk united kingdom", "u.k. united kingdom",
                               "un united nations", "u.n. united nations", "eu european union")
                for k, v in [(x.split()[0], " ".join(x.split()[1:]))]}
_REGION_WORDS = frozenset("atlantic northern southern eastern western central north south east west upper lower "
                          "greater rural coastal".split())
_PLACE_BEFORE = frozenset({"in", "at", "from", "near", "across", "to", "into", "outside", "throughout", "around",
                           "of", "towards", "toward"})
_JOINERS = frozenset({"de", "da", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "du", "di", "ibn",
                      "&"})
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben"})
_ORG_JOINERS = frozenset({"of", "for", "the", "on"})  # "Bank of Canada", "Centers for Disease Control"
_NOT_NAMES = frozenset(
    "the a an in on at by for from to of and but or as after before since during with this that these those it he "
    "she they we i you there here then now when while if so also yet still however meanwhile monday tuesday "
    "wednesday thursday friday saturday sunday january february march april may june july august september "
    "october november december according under over about more most some many several other others both each "
    "all no not one two three four five six seven eight nine ten his her their its our my your who what where "
    "why how which last next first second third new local officials police residents authorities".split())
# Nouns for a person a pronoun may mean instead of the last name ("her grandfather ... he").
_PEOPLE = frozenset("man woman boy girl father mother son daughter husband wife brother sister grandfather "
                    "grandmother grandson granddaughter uncle aunt nephew niece cousin friend partner boyfriend "
                    "girlfriend fiance fiancee widow widower child baby victim suspect driver officer colleague "
                    "neighbour neighbor teacher doctor nurse lawyer coach player teammate stepfather "
                    "stepmother".split())
HE_SHE = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
IT_THEY = frozenset({"it", "its", "itself", "they", "them", "their", "theirs", "themselves"})
COUNTRIES = frozenset(
    "afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh belarus "
    "belgium bolivia bosnia brazil britain bulgaria burundi cambodia cameroon canada chad chile china colombia "
    "congo croatia cuba cyprus czechia denmark ecuador egypt england eritrea estonia ethiopia fiji finland france "
    "gabon gambia georgia germany ghana greece guatemala guinea haiti honduras hungary iceland india indonesia "
    "iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya korea kosovo kuwait laos latvia lebanon "
    "liberia libya lithuania luxembourg madagascar malawi malaysia mali malta mexico moldova mongolia morocco "
    "mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama "
    "paraguay peru philippines poland portugal qatar romania russia rwanda samoa scotland senegal serbia "
    "singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand "
    "togo tunisia turkey uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe "
    "alberta ontario quebec manitoba saskatchewan nova scotia newfoundland labrador yukon nunavut alabama alaska "
    "arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas "
    "kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska "
    "nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming "
    "europe africa asia america antarctica".split())


# Places of more than one word: a run that is one of these is a place, not a person.
PLACES = frozenset({
    "new hampshire", "new york", "new jersey", "new mexico", "north carolina", "south carolina", "north dakota",
    "south dakota", "west virginia", "rhode island", "new zealand", "south africa", "south korea", "north korea",
    "united states", "united kingdom", "saudi arabia", "sri lanka", "costa rica", "el salvador", "puerto rico",
    "hong kong", "new brunswick", "british columbia", "prince edward island", "northwest territories",
    "ivory coast", "czech republic", "dominican republic", "united arab emirates", "american samoa",
    "district of columbia", "new south wales", "northern ireland", "sierra leone", "burkina faso",
    "papua new guinea", "east timor", "south sudan", "north macedonia", "san marino", "the gambia",
    "nova scotia", "western australia", "south australia", "northern territory", "los angeles", "san francisco",
    "las vegas", "new orleans", "tel aviv", "buenos aires", "rio de janeiro", "sao paulo",
    "kuala lumpur", "new delhi", "mexico city", "abu dhabi", "cape town", "st louis", "san diego", "st petersburg",
})


@dataclass(frozen=True, slots=True)
class Name:
    first: int  # document token indices of the name (titles excluded), half-open
    last: int
    start: int  # code-point span
    end: int
    key: str  # surname or organisation key, lower-case
    full: str
    kind: str  # person, org, place, unknown
    sentence: int
    subject: bool  # followed by a verb-like word, not after a preposition


class Entities:
    """The names of one document and what later mentions resolve to."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.names: tuple[Name, ...] = tuple(_find(doc))
        self._starts = [n.first for n in self.names]
        fulls: dict[str, list[str]] = {}
        for n in self.names:
            if n.kind == PERSON and " " in n.full and n.full.lower() not in fulls.get(n.key, []):
                fulls.setdefault(n.key, []).append(n.full.lower())
        # "Robert Mugabe" and "Robert Gabriel Mugabe" are one person; "Ginger Baker" and "Nettie Baker" two
        self.ambiguous = frozenset(k for k, v in fulls.items() if any(not _same_person(a, b) for a in v for b in v))
        self._canon = {f: next(g for g in fulls[k] if _same_person(f, g)) for k in self.ambiguous for f in fulls[k]}
        # a bare surname shared by several is the one named first: news names its subject first and the
        # others by their first names after ("Ruth Ann Delacroix ... her husband, Jean Delacroix ... Delacroix");
        # two first named in one sentence ("Jane Doe, 41, and John Doe, 43") leave it unclear
        seen: dict[str, dict[str, int]] = {}  # surname -> {full name: the sentence it is first named in}
        for n in self.names:
            full = self._canon.get(n.full.lower()) if n.key in self.ambiguous else None
            if full is not None:
                seen.setdefault(n.key, {}).setdefault(full, n.sentence)
        self._first: dict[str, str] = {}
        for k, at in seen.items():
            order = sorted(at.items(), key=lambda x: x[1])
            if len(order) < 2 or order[0][1] < order[1][1]:
                self._first[k] = order[0][0]
        self.persons = frozenset(n.key for n in self.names if n.kind == PERSON)
        # "Laurentide's" after "Laurentide Rail Corp.": a short form of one organisation
        firsts: dict[str, set[str]] = {}
        for n in self.names:
            if n.kind == ORG and " " in n.key:
                firsts.setdefault(n.key.split()[0], set()).add(n.key)
        self.short = {w: next(iter(v)) for w, v in firsts.items() if len(v) == 1 and w not in _ORG_WORDS}

    def name_at(self, token: int) -> Name | None:
        """The name covering document token `token`."""
        i = bisect.bisect_right(self._starts, token) - 1
        if i >= 0 and self.names[i].first <= token < self.names[i].last:
            return self.names[i]
        return None

    def name_ending(self, token: int) -> Name | None:
        """The name whose last token is `token` (the possessor in "Ferreira's 27 points")."""
        n = self.name_at(token)
        return n if n is not None and n.last == token + 1 else None

    def key(self, name: Name | None) -> str | None:
        """The name's key: the surname, or, when two people share it ("Ginger Baker", "his daughter Nettie
        Baker"), the full name; a bare surname is then the one named first."""
        if name is None:
            return None
        if name.key in self.ambiguous:
            return self._canon.get(name.full.lower()) if " " in name.full else self._first.get(name.key)
        first, _, rest = name.key.partition(" ")
        if first in _ABBREVIATED:
            return f"{_ABBREVIATED[first]} {rest}".strip()
        if not rest and name.kind != PERSON and first in self.short:
            return self.short[first]
        return name.key

    def resolve(self, token: int) -> str | None:
        """What a pronoun at document token `token` points to: the latest person (he, she) or
        organisation (it, they) named in its sentence before it or the three sentences before."""
        word = self.doc.tokens[token].lower
        want = PERSON if word in HE_SHE else ORG if word in IT_THEY else None
        if want is None:
            return None
        s = self.doc.sentence_index(self.doc.tokens[token].start)
        i = bisect.bisect_left(self._starts, token) - 1
        while i >= 0:
            n = self.names[i]
            if s is not None and n.sentence < s - 3:
                break
            if want == PERSON and [t.lower for t in self.doc.tokens[max(0, n.first - 4):n.first]].count("according"):
                i -= 1  # "..., according to president Emmerson Mnangagwa. He was 95.": a source, not the subject
                continue
            if n.kind == want or want == PERSON and n.kind == UNKNOWN and n.key in self.persons:
                between = self.doc.tokens[n.last:token]
                if want == PERSON and any(t.lower in _PEOPLE for t in between):
                    return None  # "Erdmann never knew her grandfather because he died": he is not Erdmann
                return self.key(n)
            i -= 1
        return None


def _find(doc):
    """Scan every sentence for runs of capitalised words."""
    from copylint.nlp.words import lexicon

    common = lexicon()
    toks = doc.tokens
    text = doc.masked
    starts = {s.first for s in doc.sentences}
    # capitalised words seen inside a sentence: a name when they open one ("Smith, a nurse, said")
    named = {t.lower.removesuffix("’s").removesuffix("'s") for k, t in enumerate(toks)
             if t.kind == WORD and t.text[0].isupper() and k not in starts and toks[k - 1].text not in ".!?\"“‘:–—"}
    common = _Common(common, named)
    for si, s in enumerate(doc.sentences):
        i = s.first
        while i < s.last:
            t = toks[i]
            if not (t.kind == WORD and t.text[0].isupper()):
                i += 1
                continue
            j = i
            org = False
            while j < s.last:
                u = toks[j]
                org = org or u.lower in _ORG_WORDS
                joiner = u.lower in _JOINERS or org and u.lower in _ORG_JOINERS
                if u.kind == WORD and (u.text[0].isupper() or joiner and j + 1 < s.last
                                       and toks[j + 1].text[:1].isupper() and j > i):
                    j += 1
                elif u.kind == "number" and j > i and u.start == toks[j - 1].end and toks[j - 1].text[0].isupper() \
                        and toks[j - 1].text not in LETTER_CURRENCIES \
                        and toks[j - 1].kind == WORD and (j + 1 >= s.last or toks[j + 1].start > u.end):
                    j += 1  # "D66", "JA21", "G7": a name with a number in it
                elif u.text in ("-", ".") and j > i and j + 1 < s.last and toks[j + 1].start == u.end \
                        and u.start == toks[j - 1].end and toks[j + 1].text[:1].isupper():
                    j += 1  # Chung-tai, St. John
                else:
                    break
            while j > i + 1 and (toks[j - 1].lower in _JOINERS or toks[j - 1].lower in _ORG_JOINERS):
                j -= 1
            if j - i >= 2 and toks[i].lower in COUNTRIES and toks[i + 1].lower not in COUNTRIES and \
                    not any(toks[x].lower in _ORG_WORDS for x in range(i, j)):
                place = _name(toks, text, i, i + 1, s, si, common)  # "of France Jacques Chirac"
                if place is not None:
                    yield place
                i += 1
            name = _name(toks, text, i, j, s, si, common)
            if name is not None:
                yield name
            i = j


class _Common:
    """Word frequencies, with the words the article itself capitalises mid-sentence counted as rare."""

    def __init__(self, freq: dict[str, int], named: set[str]) -> None:
        self.freq, self.named = freq, named

    def get(self, word: str, default: int = 0) -> int:
        return 0 if word in self.named else self.freq.get(word, default)


def _name(toks, text, i, j, s, si, common) -> Name | None:
    """A Name from tokens i..j of sentence s, titles and a sentence's first common word removed."""
    a = i
    while a < j and toks[a].lower.rstrip(".") in TITLES:
        a += 1
    titled = a > i
    # a title inside the run: "United States Senator Bernie Sanders", "former Vice President Joe Biden"
    inner = [k for k in range(a, j - 1) if toks[k].lower in TITLES and toks[k].lower not in _ORG_WORDS]
    if inner and not any(toks[k].lower in _ORG_WORDS for k in range(inner[-1] + 1, j)):
        a, titled = inner[-1] + 1, True
    while a < j and toks[a].lower in _NOT_NAMES and not titled:
        a += 1
    if a >= j:
        return None
    b = j
    while b > a and toks[b - 1].lower in MONTHS and b < s.last and (
            toks[b].kind == "number" or toks[b].text == "." and b + 1 < s.last and toks[b + 1].kind == "number"):
        b -= 1  # "Born Aug. 14, 1945": a date, not a name
    if b <= a:
        return None
    words = [toks[k] for k in range(a, b) if toks[k].kind == WORD]
    if not words:
        return None
    lastw = words[-1].lower.removesuffix("’s").removesuffix("'s")
    if len(words) >= 2 and words[-2].end + 1 == words[-1].start and text[words[-2].end] == "-":
        lastw = f"{words[-2].lower}-{lastw}"  # a double-barrelled surname: "Ellison-Park" is not "Park"
    initial = a == s.first or toks[a - 1].text in ("–", "—")  # after a dateline: "SUDBURY, Ont. – Rescue crews"
    if len(words) == 1 and not titled:
        w = words[0].lower.removesuffix("’s").removesuffix("'s")
        if initial and common.get(w, 0) >= 30 and w not in COUNTRIES:
            return None  # "Police said", "Voters were": a common word at the start of a sentence
        if w in _NOT_NAMES:
            return None
    low = [w.lower.removesuffix("’s").removesuffix("'s") for w in words]
    before = toks[i - 1].lower if i > s.first else ""
    after = toks[b].lower if b < s.last else ""
    if low[-1] in TITLES and low[-1] not in _ORG_WORDS:
        return None  # "United States Senator": a title, the name comes after it
    if any(w in _ORG_WORDS for w in low) or len(low) >= 2 and low[-1] in _CLUB_TAILS and low[0] not in COUNTRIES:
        kind = ORG
        key = " ".join(w for w in low if w not in _LEGAL and w not in ("the",)) or low[0]
    elif len(words) == 1 and (low[0] in COUNTRIES or before in _PLACE_BEFORE and not titled
                              or after == "," and b + 1 < s.last and toks[b + 1].text[:1].isupper()
                              and toks[b + 1].lower in COUNTRIES):
        kind, key = PLACE, low[0]
    elif len(words) >= 2 and (low[0] in _PLACE_HEADS or low[-1] in _PLACE_TAILS) and not titled:
        kind, key = PLACE, " ".join(low)
    elif titled or len(words) >= 2 and before not in _PLACE_BEFORE and before != "the" and low[0] not in COUNTRIES:
        kind, key = PERSON, low[0] if len(low) >= 3 and low[1] in _PATRONYMIC else lastw  # "Qaboos bin Said"
    else:
        kind, key = UNKNOWN, lastw
    if all(w in COUNTRIES for w in low) or " ".join(low) in PLACES or kind != ORG and len(low) >= 2 and \
            low[-1] in COUNTRIES and low[0] in _REGION_WORDS:
        kind, key = PLACE, " ".join(low)  # "Atlantic Canada", "Northern Ontario"
    subject = before not in _PLACE_BEFORE and b < s.last and toks[b].kind == WORD and toks[b].text[0].islower()
    full = text[toks[a].start:toks[b - 1].end].removesuffix("’s").removesuffix("'s")
    if toks[b - 1].kind == "number":
        key = full.lower()  # "D66"
        return Name(a, b, toks[a].start, toks[b - 1].end, key, full, ORG, si, subject)
    if len(key) < 2 or not key.replace(" ", "").replace("-", "").replace("'", "").replace("’", "").isalpha():
        return None
    return Name(a, b, toks[a].start, toks[b - 1].end, key, full, kind, si, subject)


def _same_person(a: str, b: str) -> bool:
    """Two full names with one surname for one person: one's words all in the other's, in order or
    not ("Robert Mugabe", "Robert Gabriel Mugabe"), or the same first name."""
    wa, wb = a.replace('"', " ").split(), b.replace('"', " ").split()
    return set(wa) <= set(wb) or set(wb) <= set(wa) or wa[0] == wb[0]
