"""grammar.pronoun-case: an object pronoun where a clause needs its subject ("after me made" -> "he")."""

from __future__ import annotations

from copylint.document import BYLINE, DATELINE, TABLE
from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp import lexicon as lx
from copylint.nlp.tokens import PUNCT, WORD

_SKIP_BLOCKS = frozenset({BYLINE, DATELINE, TABLE})
_CLAUSE_PUNCT = frozenset(";:—–(")
_DETERMINERS = frozenset("the a an another no this that these those his her their its our my your some many several "
                         "all both each every two three four five".split())
_SUBJECTS = frozenset("i he she we they you it".split())


def _opens_clause(toks, p: int) -> bool:
    """Does a subject belong at token p: the sentence start, clause punctuation, a subordinator
    ("after", "that", "because"), a reporting verb that takes no person ("said"), or ", and"?"""
    if p == 0:
        return True
    prev = toks[p - 1]
    if prev.kind == PUNCT:
        return prev.text in _CLAUSE_PUNCT or prev.text == ","
    if prev.kind != WORD:
        return False
    w = prev.lower
    if w in lx.SUBORDINATORS:
        return True
    if w in lx.COORDINATORS:
        return p >= 2 and toks[p - 2].text in (",", ";")
    return prev.text.islower() and lx.says(w)


def _verb_at(toks, j: int, pronoun: str, plural: bool) -> int | None:
    """The index of a finite verb at j (after an optional mid-sentence adverb) that agrees with a
    subject in this slot, or None. `pronoun` is the object pronoun in the slot, "" for a compound."""
    return _verb_ok(toks, j + (j < len(toks) and toks[j].lower in lx.MID_ADVERBS), pronoun, plural)


def _verb_ok(toks, j: int, pronoun: str, plural: bool) -> int | None:
    if j >= len(toks) or toks[j].kind != WORD:
        return None
    if not (toks[j].text.islower() or toks[j].text.isupper() and toks[j - 1].text.isupper()):
        return None  # names: "her Will", "them May"
    if j + 1 < len(toks) and toks[j + 1].text == "-" and toks[j + 1].start == toks[j].end:
        return None  # "her made-up story"
    w = toks[j].lower
    if w in lx.MODALS or w in lx.AUX_FINITE or ("n't" in w.replace("’", "'") and lx.is_finite(w)):
        return j
    tags = lx.verb_tags(w)
    if pronoun == "her":
        # possessive "her" before a noun, adjective or participle: "her visits", "her wounded son"
        if lx.is_noun(w) or lx.is_adjective(w):
            return None
        if "VBN" in tags and (j + 1 >= len(toks) or toks[j + 1].text[0].isupper() or _nounish(toks, j + 1)):
            return None
    if "VBZ" in tags or "VBD" in tags:
        return j
    if tags & {"VB", "VBP"} and (pronoun == "" or plural and pronoun in ("them", "us", "me") and not lx.is_noun(w)):
        return j
    return None


def _in_subject(toks, i: int) -> bool:
    """Does the phrase "after him" at i-1..i close a subject that has no verb yet ("The generations that
    came after them were", "Those before me were")? Then the verb that follows is the main verb."""
    for t in toks[: i - 1]:
        if t.kind != WORD:
            continue
        if t.lower in lx.RELATIVES:
            return True
        if t.text.islower() and (lx.is_finite(t.lower) or lx.is_base(t.lower)):
            return False
    return i > 1


def _absolute(toks, j: int) -> bool:
    """A participle closing an absolute phrase: "me included," "her head bowed"."""
    if j >= len(toks) or "VBN" not in lx.verb_tags(toks[j].lower):
        return False
    return j + 1 >= len(toks) or toks[j + 1].kind == PUNCT


def _inverted(toks, i: int) -> bool:
    """A fronted place phrase with the subject after the verb: "Before her was another passage",
    "After them came the storm"."""
    if i != 1 or toks[0].lower not in lx.PREP_SUBORDINATORS or i + 2 >= len(toks):
        return False
    verb, after = toks[i + 1].lower, toks[i + 2]
    return (verb in lx.BE_FINITE or lx.verb_lemmas(verb) & {"come", "stand", "lie", "sit", "follow"}) and (
        after.kind != WORD or after.lower in _DETERMINERS or after.text[0].isupper())


def _nounish(toks, j: int) -> bool:
    if j >= len(toks) or toks[j].kind != WORD:
        return False
    w = toks[j].lower
    if w in _DETERMINERS or w in _SUBJECTS or w in lx.SUBJECT_OF or w in lx.POSSESSIVES:
        return False
    return lx.is_noun(w) or lx.is_adjective(w)


def _np_ends(toks, j: int) -> list[int]:
    """Possible ends of a short subject noun phrase starting at j: a pronoun ("she", "him"), a name
    ("Tom", "Rita Chahal") or a determiner and one to three nouns ("his team", "their kids")."""
    if j >= len(toks) or toks[j].kind != WORD:
        return []
    w = toks[j].lower
    out = []
    if w in _SUBJECTS or w in lx.SUBJECT_OF and not (w == "her" and _nounish(toks, j + 1)):
        out.append(j + 1)
    k = j + 1 if w in _DETERMINERS else j
    det = k > j
    for n in range(k, min(k + 3, len(toks))):
        t = toks[n]
        if t.kind != WORD or not (t.text[0].isupper() or lx.is_noun(t.lower) and (det or not lx.is_finite(t.lower))):
            break
        out.append(n + 1)
    return out


def _np_start(toks, end: int) -> int | None:
    """Start of a short noun phrase ending just before `end` that could be a subject."""
    for start in range(end - 1, max(-1, end - 4), -1):
        if end in _np_ends(toks, start) and _opens_clause(toks, start):
            return start
    return None


def _cased(word: str, like: str) -> str:
    return word.upper() if like.isupper() and len(like) > 1 else word[0].upper() + word[1:] if like[0].isupper() \
        else word


def _suggest(toks, k: int) -> tuple[str, ...]:
    """Subject forms for the object pronoun at k. "me" before a third-person verb or with "his" later
    in the clause is a slip for "he" ("after me made his debut")."""
    obj = toks[k].text
    sub = lx.subject_form(obj)
    if toks[k].lower != "me":
        return (sub,)
    third = None
    j = k + 1
    if j < len(toks) and toks[j].lower in lx.MID_ADVERBS:
        j += 1
    if j < len(toks) and "VBZ" in lx.verb_tags(toks[j].lower):
        third = "he"
    for t in toks[k + 1 : k + 8]:
        if t.text in (",", ";", ":") or t.lower in ("and", "but"):
            break
        if t.lower in ("his", "himself"):
            third = "he"
        elif t.lower in ("her", "herself") and third is None:
            third = "she"
    if third is None:
        return (sub, _cased("he", obj))
    return (_cased(third, obj), sub)


class PronounCase:
    meta = Meta(
        id="grammar.pronoun-case",
        category=Category.GRAMMAR,
        severity=Severity.ERROR,
        summary="An object pronoun (me, him, her, us, them) used as the subject of a clause.",
        description=(
            "Flags 'me', 'him', 'her', 'us' or 'them' where a clause starts and a finite verb follows: after "
            "'that', 'because', 'after', 'when', a reporting verb such as 'said', or at the start of a "
            "sentence ('after me made' -> 'after he made', 'said him and his team would' -> 'he'). Object "
            "uses ('told him', 'made her cry', 'the man who hit me died', 'between you and me') and the "
            "possessive 'her' are left alone, as are direct quotations."
        ),
        bad=(
            Example("Putin was one of the first leaders Harper met after [[me]] made his debut.", fix="he"),
            Example("Lutz said [[him]] and his team would decide in the coming weeks.", fix="he"),
            Example("He noted that [[him]] voted against the plan.", fix="he"),
            Example("[[Me]] and [[him]] went to the rally on Monday."),
            Example("[[Me]] and Tom went to the rally on Monday.", fix="I"),
            Example("Residents said [[them]] are tired of waiting for repairs.", fix="they"),
            Example("Police believe the fire spread because [[her]] was asleep.", fix="she"),
            Example("The mayor and [[him]] were seen leaving the hall.", fix="he"),
            Example("Officials said [[us]] would need to wait.", fix="we"),
        ),
        good=(
            Example("The man who hit me died later that day."),
            Example("People who knew him said he was generous."),
            Example("Let me make one thing clear."),
            Example("The verdict made her cry."),
            Example("Watching him work will make me better."),
            Example("She gave me his book and told him to wait."),
            Example("The coach helped them win and asked her to stay."),
            Example("Between you and me, the plan is late."),
            Example("He is taller than me, and it's me who will pay."),
            Example("I saw them leave after her visits ended."),
            Example("She said her book sold well and her own family was proud."),
            Example("It was her wounded son who called after her husband died."),
            Example('"After me made the save, we relaxed," the goalie said.'),
            Example("The US said its troops would stay."),
            Example("Her remains were found in May."),
        ),
    )

    def check(self, doc, ctx):
        for s in doc.sentences:
            if doc.blocks[s.block].kind in _SKIP_BLOCKS:
                continue
            toks = doc.sentence_tokens(s)
            flagged: set[int] = set()
            for i, t in enumerate(toks):
                if t.kind != WORD or t.lower not in lx.SUBJECT_OF or i in flagged or t.text == "US":
                    continue
                hits, v = self._hits(toks, i)
                for k in hits:
                    if k in flagged or doc.in_quote(toks[k].start, toks[k].end):
                        continue
                    flagged.add(k)
                    obj = toks[k].text
                    subs = _suggest(toks, k)
                    yield Finding(toks[k].start, toks[k].end,
                                  f"'{obj}' is the subject of '{toks[v].text}' here: use '{subs[0]}'.", subs)

    def _hits(self, toks, i: int) -> tuple[list[int], int]:
        """Indexes of object pronouns in a subject slot that starts with or contains token i, and the
        index of the slot's verb."""
        obj = toks[i].lower
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.kind == WORD and nxt.lower in ("and", "or") and _opens_clause(toks, i):
            # "him and his team would", "me and him went"
            for end in _np_ends(toks, i + 2):
                v = _verb_at(toks, end, "", True)
                if v is not None:
                    out = [i]
                    if end == i + 3 and toks[i + 2].lower in lx.SUBJECT_OF and toks[i + 2].text != "US":
                        out.append(i + 2)
                    return out, v
            return [], 0
        if i >= 2 and toks[i - 1].kind == WORD and toks[i - 1].lower in ("and", "or"):
            # "the mayor and him were"
            if obj == "her" and _nounish(toks, i + 1):
                return [], 0  # "Tom and her husband"
            v = _verb_at(toks, i + 1, "", True)
            if v is not None and _np_start(toks, i - 1) is not None:
                return [i], v
            return [], 0
        if not _opens_clause(toks, i):
            return [], 0
        v = _verb_at(toks, i + 1, obj, obj in ("them", "us"))
        if v is None or _inverted(toks, i) or i and toks[i - 1].kind == PUNCT and _absolute(toks, v):
            return [], 0
        if i and toks[i - 1].lower in lx.PREP_SUBORDINATORS and _in_subject(toks, i):
            return [], 0  # "The generations that came after them were"
        return [i], v
