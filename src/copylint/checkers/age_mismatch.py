"""numbers.age-mismatch: one person's age given two values ("Okafor, 47," ... "the 46-year-old" ...
"died at 48")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp import counted
from copylint.nlp.figures import Measure
from copylint.nlp.lexicon import is_noun, is_verb

# How an age is given; "at the age of 20" and "when she was 20" tell of another time and are left out.
_NOW = frozenset({"hyphen", "appositive", "aged", "died", "was"})
_DIED = frozenset({"died", "dies", "dead", "death", "passed"})
_KIN = frozenset("wife husband son daughter brother sister mother father widow widower partner child".split())
# "the 65-year-old mayor": a role the person last named may hold.
_ROLES = frozenset("mayor president minister premier senator governor actor actress singer player leader chief "
                   "founder author writer artist director executive ceo judge officer star veteran".split())


class AgeMismatch:
    meta = Meta(
        id="numbers.age-mismatch",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="A person's age is given two different values.",
        description=(
            "Reads ages given as 'Okafor, 47,', 'Okafor (47)', 'Okafor, aged 47', '47-year-old Okafor', "
            "'Okafor, a 47-year-old teacher', 'died at 47' and 'she was 47', with the person carried through "
            "surnames and pronouns. Flags one person given two ages, and 'the 46-year-old' when 46 is no age "
            "in the article and the person it follows was given an age one to five years off. Two people "
            "who share a surname, places ('In Calgary, 43 investors') and ages at another time ('at 20', "
            "'when she was 20') are left alone."
        ),
        bad=(
            Example("Jamie Harrington, 23, opened the scoring.\n\nManager Paul Lomas, who signed the [[24-year-old]] "
                    "from Wexley Athletic in the summer, expects interest in January.", fix="23-year-old"),
            Example("“She was the most demanding teacher you could imagine,” said Dey, 47. “She would smash a pot "
                    "if the handle was wrong.” The [[45-year-old]] added that she still came in every week.",
                    fix="47-year-old"),
            Example("Derek Hollis, 52, showed no remorse, the judge said.\n\n"
                    "The [[51-year-old]] will be eligible for parole in 2027.", fix="52-year-old"),
            Example("Sandra Whitcombe, 58, stole from her employer, the judge said.\n\nWhitcombe repaid "
                    "$310,000.\n\nThe [[57-year-old]] grandmother will be eligible for parole in 2027.",
                    fix="58-year-old"),
            Example("Ana Kovac, 41, was arrested in March.\n\nThe [[42-year-old]] electrician denies the charges.",
                    fix="41-year-old"),
            Example("Her daughter, Ruth Ellison-Park, 62, spoke first.\n\nEllison-Park, [[63]], a retired nurse, "
                    "said the family was grateful.", fix="62"),
            Example("Marie Tremblay, 34, was driving home.\n\nTremblay, [[35]], was treated in hospital.",
                    fix="34"),
            Example("Grace Okafor, 85, founded the clinic in 1971.\n\nOkafor died on Tuesday at [[86]].",
                    fix="85"),
            Example("The mayor of Seoul was found dead. Police said Park was 46 years old.\n\nThe [[64-year-old]] "
                    "mayor left his home on Thursday.", fix="46-year-old"),
            Example("# Francis D'Souza, former minister, dies aged 64\n\nFrancis D'Souza died on Thursday. He had been "
                    "ill. He was [[46 years old]].", fix="64 years old"),
            Example("# Wrestler Jon Huber dies aged 38\n\nJon Huber, who wrestled as Brodie Lee, died on Saturday "
                    "aged [[41]].", fix="38"),
            Example("Gaskins, now 67 and a retired grain elevator manager in Kearney, was a 17-year-old senior that "
                    "spring.\n\n\"I still remember every play,\" said Gaskins, [[68]].", fix="67"),
            Example("Two tries from 21-year-old wing Jack Mulcahy sent Munster into the final.\n\nHe singled out "
                    "Mulcahy, [[23]], for special praise.", fix="21"),
        ),
        good=(
            Example("Closer Hector Nuñez, 36, got the last out.\n\nBoyd, Grant (6), Lopez (8) and Castillo. Morrow, "
                    "Pike (6), Ellis (7), Nuñez (9) and Amaya. Sv — Nuñez (27)."),
            Example("Ana Kovac, 41, was arrested in March.\n\nThe 12-year-old brother of a witness testified."),
            Example("Margaret Ellison, 88, died on Sunday.\n\nHer daughter, Ruth Ellison-Park, 62, said she had "
                    "been reading council agendas until Christmas."),
            Example("Ana Kovac, 41, was arrested in March.\n\nThe 42-year-old daughter of the owner testified."),
            Example("“We won,” said Dolores Vantreese, 58.\n\nVantreese, who was hired in 1985 at age 19, said the "
                    "deal would help."),
            Example("“She was the most demanding teacher you could imagine,” said Dey, 47. “She would smash a pot "
                    "if the handle was wrong.” The 47-year-old added that she still came in every week."),
            Example("Marie Tremblay, 34, and her husband, Marc, 36, were driving home.\n\n"
                    "The 36-year-old was treated in hospital."),
            Example("Derek Hollis, 52, was sentenced Friday.\n\nA 51-year-old co-accused will be tried in May."),
            Example("Jane Doe, 41, and John Doe, 43, run the farm.\n\nDoe, 43, said prices were low."),
            Example("In Calgary, 43 investors lost money.\n\nThe 44-year-old founder fled."),
            Example("Grace Okafor, 85, died on Tuesday.\n\nOkafor moved to Toronto at the age of 20."),
            Example("# Kobe Bryant dies in helicopter crash aged 41\n\nBryant, 41, and his daughter Gianna, 13, "
                    "died in the crash."),
            Example("# Actor Sam Ruiz dies aged 80\n\nRuiz died on Monday. His wife, Ana, died aged 75 in 2010."),
            Example("Gaskins, now 67 and a retired grain elevator manager in Kearney, was a 17-year-old senior that "
                    "spring.\n\n\"I still remember every play,\" said Gaskins, 67."),
        ),
    )

    def check(self, doc, ctx):
        ages = [m for m in doc.ledger.of(Measure.AGE) if not m.quoted and m.frame in _NOW]
        stated = {m.value for m in ages if m.holder is not None}
        named: dict[str, list] = {}
        last = None  # the latest person given an age
        flagged: set = set()
        for m in ages:
            key = m.holder
            if key is None and m.frame == "hyphen" and last is not None and _the(doc, m):
                who = _referent(doc, m, named)  # the person "the 46-year-old" follows
                p = named.get(who, [None])[-1] if who is not None else None
                if p is not None and m.value not in stated and p.value != m.value and _slip(p.value, m.value):
                    flagged.add(m)
                    yield self._finding(doc, m, p, who)
                continue
            if key is None:
                continue
            for p in named.get(key, []):
                if p.value != m.value:
                    flagged.update((m, p))
                    yield self._finding(doc, m, p, key)
                    break
            named.setdefault(key, []).append(m)
            last = key
        yield from self._obituary(doc, ages, flagged)

    @staticmethod
    def _obituary(doc, ages, flagged):
        """A headline's age at death ("Jon Huber dies aged 38") against the body's ("died on Saturday aged
        41", "He died on Thursday. He was 64 years old."): the one person whose death is the story, unless the
        body names someone else in the sentence."""
        led = doc.ledger
        heads = [m for m in ages if m.headline and m.frame in ("died", "aged")
                 and set(led.sentence_words(m.sentence)) & _DIED]
        if len({m.value for m in heads}) != 1:
            return
        head = heads[0]
        subject = head.holder or next((doc.entities.key(n) for n in doc.entities.names
                                       if n.sentence == head.sentence and n.kind in ("person", "unknown")), None)
        if subject is None:
            return
        words = set(subject.split())
        for m in ages:
            if m.headline or m in flagged or m.value == head.value:
                continue
            said = set(led.sentence_words(m.sentence))
            before = {w for k in (m.sentence - 1, m.sentence - 2) if k >= 0 and
                      doc.sentences[k].block == doc.sentences[m.sentence].block for w in led.sentence_words(k)}
            if not (m.frame in ("died", "aged") and said & _DIED or m.frame == "was" and (said | before) & _DIED):
                continue
            if m.holder is not None and not set(m.holder.split()) & words and not said & words or \
                    said & _KIN or any(x.sentence == m.sentence and x is not m for x in ages):
                continue  # "His wife, Ruth, died aged 80", "Bryant, 41, and Gianna, 13, died": someone else
            yield Finding(m.start, m.end, f"Age at death '{m.text}' here, but the headline gives "
                          f"{_n(head.value)}: check the age.", (m.text.replace(_n(m.value), _n(head.value), 1),),
                          related=(Related(head.start, head.end, f"headline age {_n(head.value)}"),))
            return

    @staticmethod
    def _finding(doc, m, p, key):
        fix = m.text.replace(_n(m.value), _n(p.value), 1)
        name = next((n.full for n in doc.entities.names if n.key == key), key.title())
        return Finding(m.start, m.end, f"Age '{m.text}' here, but {name} is {_n(p.value)} elsewhere in the "
                       "article: check the age.", (fix,), related=(Related(p.start, p.end, f"age {_n(p.value)}"),))


# After "the N-year-old", a word that keeps the person the one last named ("the 46-year-old man"); a
# relation ("Harriet's 12-year-old brother") or any other noun names someone else.
_SAME = frozenset("man woman suspect victim driver accused defendant teen teenager mother father grandmother "
                  "grandfather widow widower resident native pensioner retiree student".split())
# Relations name someone else ("the 12-year-old brother"); other agent nouns ("the 57-year-old bookkeeper",
# "the 40-year-old electrician") are the person's own trade.
_OTHERS = frozenset("brother sister daughter son nephew niece cousin partner friend girlfriend boyfriend "
                    "stepson stepdaughter granddaughter grandson child boy girl".split())


_SPEAKERS = frozenset("lawyer attorney prosecutor spokesperson spokesman spokeswoman official officer coach judge "
                      "justice minister analyst economist expert professor director manager".split())


def _referent(doc, m, aged) -> str | None:
    """Who "the 46-year-old" is: the person named in its sentence or the one before, unless that person only
    speaks of the story (a lawyer, a spokesperson, someone who "said"); else the person given an age whom
    the story names most."""
    ents = doc.entities
    people = [n for n in ents.names if n.kind in ("person", "unknown") and n.last <= m.first]
    toks = doc.tokens
    between = range(people[-1].sentence + 1, m.sentence) if people else range(0)
    quoted = all(doc.text[doc.sentences[x].start] in "“\"‘" for x in between)  # the speaker's quoted words
    if people and people[-1].sentence == m.sentence and m.first >= 2 and is_verb(toks[m.first - 2].lower) and \
            toks[m.first - 2].lower not in ("was", "is", "were", "are", "said", "says", "added") and \
            not is_noun(toks[m.first - 2].lower):
        people = people[:-1]  # "Lomas, who signed the 24-year-old": the object, not the one who signed
    if people and (m.sentence - people[-1].sentence <= 1 or quoted and len(between) <= 3):
        # (past the speaker's own words: "said Dey, 47. “She would ...” The 45-year-old added")
        last = people[-1]
        around = {t.lower for t in toks[max(0, last.first - 5):min(len(toks), last.last + 2)]}
        key = ents.key(last)
        speaks = m.last < len(toks) and counted.reporting(toks[m.last].lower)  # "The 45-year-old added that"
        if key is not None and (speaks or not (around & _SPEAKERS or around & {"said", "says", "told"})):
            return key  # (one who speaks goes on speaking: "said Dey, 47. ... The 45-year-old added")
    counts: dict[str, int] = {}
    for n in ents.names:
        key = ents.key(n)
        if key in aged and n.first < m.first:
            counts[key] = counts.get(key, 0) + 1
    return max(counts, key=counts.get) if counts else None


def _the(doc, m) -> bool:
    """ "the 46-year-old", "The 46-year-old man": a back-reference to the person last named."""
    toks = doc.tokens
    before = toks[m.first - 1].lower if m.first else ""
    after = toks[m.last] if m.last < len(toks) else None
    if before != "the":
        return False
    if after is None or after.kind != "word" or after.lower in _SAME | _ROLES:
        return True
    if after.lower.endswith(("er", "or", "ist", "ian", "ant")) and after.lower not in _OTHERS:
        return True
    # "the 18-year-old from Truro", "the 85-year-old still visited": not "the 12-year-old brother"
    return not (is_noun(after.lower) and not is_verb(after.lower)) or after.lower in (
        "was", "is", "had", "has", "will", "said", "remains", "faces", "pleaded", "told", "who", "did", "could",
        "would", "from", "of", "still", "also", "now")


def _slip(a: float, b: float) -> bool:
    """Two ages one slip apart: up to five years, or the digits swapped ("46" for "64")."""
    return abs(a - b) <= 5 or _n(a)[::-1] == _n(b)


def _n(v: float) -> str:
    return str(int(v))
