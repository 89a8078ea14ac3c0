"""What the years of an article date: "founded in 1999", "opened its doors in 1874", "was born in 1950",
"died in 2019", "the 1989 fall of the Berlin Wall", "Smith (1931-2019)". Read by `Ledger.timeline`.

A Dated is a year with the event it dates (a verb's lemma: found, open, bear, die, elect, close) and whose
event it is. The date checks tie a relative time ("founded 20 years ago"), an anniversary or an age to the
year of the same event.
"""

from __future__ import annotations

from dataclasses import dataclass

from copylint.nlp.entities import HE_SHE, PLACE
from copylint.nlp.figures import Measure
from copylint.nlp.forms import lemmas
from copylint.nlp.lexicon import verb_tags
from copylint.nlp.tokens import NUMBER, WORD

# Verbs that found something: one event for anniversaries and "founded N years ago".
FOUNDING = frozenset("found establish open form create start launch build begin incorporate set inaugurate "
                     "debut premiere introduce".split())
_NOUN_BEFORE = frozenset("the a an its his her their our my your this that new old first last".split())
_LIFE_NOUNS = {"death": "die", "birth": "bear", "founding": "found", "opening": "open", "launch": "launch"}
_SKIP = frozenset("in since of back as early late mid the on at by from until around about circa c".split())


@dataclass(frozen=True, slots=True)
class Dated:
    year: object  # the YEAR Mention
    event: str | None  # the verb's lemma: "found" for "founded in 1999"
    holder: str | None  # whose: the subject, a name before a "(1931-2019)"
    death: int | None = None  # "(1931-2019)": the second year


def event_before(doc, k: int, first: int) -> tuple[str | None, int | None]:
    """The lemma of the verb before document token k in its sentence ("founded in", "was born in",
    "opened its doors in") and that verb's token."""
    toks = doc.tokens
    x = k - 1
    steps = 0
    while x >= first and steps < 6:
        t = toks[x]
        if t.kind == WORD and t.lower in _LIFE_NOUNS and x > first and toks[x - 1].lower in _NOUN_BEFORE:
            return _LIFE_NOUNS[t.lower], x  # "until his death in 2009", "since her birth in 1990"
        if t.kind == WORD and x > first and toks[x - 1].text == "-" and toks[x - 1].start == toks[x - 2].end:
            break  # "a Swedish-born designer, in 1958": a compound adjective, not the clause's verb
        if t.kind == WORD and t.lower not in _SKIP:
            lem = lemmas(t.lower)
            verbs = lem.get("VERB")
            noun = "NOUN" in lem and x > first and toks[x - 1].lower in _NOUN_BEFORE  # "its new building"
            if verbs and t.lower != verbs[0] and not noun:  # an inflected verb: "founded", "born", "opened"
                return verbs[0], x
        if t.text in (";", ":") or t.kind == NUMBER and x < k - 1 and len(t.text) == 4:
            break
        x -= 1
        steps += 1
    return None, None


def holder_before(doc, k: int, first: int) -> str | None:
    """The person or organisation a clause at token k is about: the nearest name before it, or a pronoun."""
    ents = doc.entities
    toks = doc.tokens
    if k - 1 > first and toks[k - 1].text == ",":  # "Ruth Delacroix, who opened a bakery in 1968, died in 2024":
        for x in range(k - 2, first, -1):  # the subject stands before the relative clause
            if toks[x].text in (";", ":", "(", ")"):
                break
            if toks[x].lower in ("who", "which") and toks[x - 1].text == ",":
                n = ents.name_ending(x - 2) if x - 2 >= first else None
                if n is not None and n.kind != PLACE:
                    return ents.key(n)
                break
    for x in range(k - 1, first - 1, -1):
        t = toks[x]
        if t.lower in HE_SHE or t.lower in ("it", "its", "they", "their"):
            return ents.resolve(x)
        n = ents.name_at(x)
        if n is not None and n.kind != PLACE:
            return ents.key(n)
    return None


def find(ledger) -> tuple[Dated, ...]:
    doc = ledger.doc
    toks = doc.tokens
    out = []
    for m in ledger.of(Measure.YEAR):
        if m.quoted or not 1600 <= m.value <= 2100:
            continue
        s = doc.sentences[m.sentence]
        if m.second is not None and m.first >= 1 and toks[m.first - 1].text == "(" and m.second > m.value:
            n = doc.entities.name_ending(m.first - 2) if m.first >= 2 else None
            out.append(Dated(m, "life", doc.entities.key(n) if n is not None and n.kind != PLACE else None,
                             int(m.second)))  # "Smith (1931-2019)"
            continue
        event, verb = event_before(doc, m.first, s.first)
        if event is None and toks[s.first].lower == "born" and not any(
                y.sentence == m.sentence and y.first < m.first for y in ledger.of(Measure.YEAR)):
            out.append(Dated(m, "bear", _born_who(doc, toks, m)))  # "Born Margaret Keane on March 3, 1937, in"
            continue
        if event is None and m.last < s.last and toks[m.last].kind == WORD:
            lem = lemmas(toks[m.last].lower).get("NOUN")  # "the 1989 fall", "the 2008 crash"
            event = lem[0] if lem else None
        holder = holder_before(doc, verb if verb is not None else m.first, s.first)
        if event == "bear" and holder is None and verb == s.first:
            holder = _born_who(doc, toks, m)  # "Born in Valdecorza in March 1961, Ezquerra trained"
        out.append(Dated(m, event, holder))
    return tuple(out)


def _born_who(doc, toks, m) -> str | None:
    """Who a sentence that opens with "Born" is about: its first name that is no place and follows no
    preposition ("Born Margaret Keane on ...", "Born in Valdecorza in 1961, Ezquerra trained")."""
    names = [n for n in doc.entities.names if n.sentence == m.sentence and n.kind != PLACE
             and toks[n.first - 1].lower not in ("in", "at", "from", "of", "near")]
    # the clause's subject before any other ("Born in 1945, the daughter of a French-Canadian mill worker,
    # Delacroix learned")
    n = next((n for n in names if n.last < len(toks) and verb_tags(toks[n.last].lower) & {"VBD", "VBZ"}),
             names[0] if names else None)
    if n is not None:
        return doc.entities.key(n)
    s = doc.sentences[m.sentence]
    k = next((k for k in range(m.last, s.last - 1) if toks[k].text == "," and toks[k + 1].lower in ("he", "she")),
             None)  # "Born in 1963 in Terre Haute, he played point guard": the person the pronoun is
    return doc.entities.resolve(k + 1) if k is not None else None
