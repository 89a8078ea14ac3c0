"""spelling.name-mismatch: a name spelled once one letter away from a name used more often in the same
article ("Shienbaum" once, "Sheinbaum" three times)."""

from __future__ import annotations

import unicodedata

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.tokens import WORD
from copylint.nlp.words import distance, known, lexicon, misspellings, normalize

_COMMON = 66  # lexicon score of a common word (about four million uses)


def _form(text: str) -> str:
    """A name without its possessive: Harper’s -> Harper."""
    for tail in ("'s", "’s"):
        if text.endswith(tail):
            return text[: -len(tail)]
    return text


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


def _slip(rare: str, main: str) -> bool:
    """One typing slip apart, the first letter kept, and not one name plus an ending (Syria/Syrian)."""
    a, b = _plain(rare), _plain(main)
    if a == b or a[0] != b[0] or a.startswith(b) or b.startswith(a):
        return False
    return distance(a, b) == 1


def _deletions(word: str) -> set[str]:
    """The word and every form of it with one letter dropped."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _partners(doc, t) -> set[tuple[int, str]]:
    """The capitalised words right before (-1) and after (+1) a name, common words ("The", "Street")
    aside: its first name or surname."""
    out = set()
    text = doc.masked
    for side, n in ((-1, _word_before(doc, t)), (1, _word_after(doc, t))):
        if n is not None and n.text[:1].isupper() and lexicon().get(normalize(_form(n.text)), 0) < _COMMON:
            a, b = (n, t) if side < 0 else (t, n)
            if text[a.end : b.start] == " ":
                out.add((side, _form(n.text)))
    return out


def _word_before(doc, t):
    toks = doc.tokens_in(max(0, t.start - 40), t.start)
    return toks[-1] if toks and toks[-1].kind == WORD else None


def _word_after(doc, t):
    toks = doc.tokens_in(t.end, t.end + 40)
    return toks[0] if toks and toks[0].kind == WORD else None


class NameMismatch:
    meta = Meta(
        id="spelling.name-mismatch",
        category=Category.SPELLING,
        severity=Severity.WARNING,
        summary="A name spelled once in a way that is one letter off a name used more often in the article.",
        description=(
            "Capitalised words that no dictionary knows are names. A name that appears once and is one slip "
            "(a wrong, missing, extra or swapped letter, not the first) away from a name of six letters or more "
            "that appears at least twice is flagged, and the more frequent spelling suggested. Names that differ "
            "by an ending (Syria/Syrian), names in the dictionary, a full name beside a different full name "
            "(Cheng Chung-tai, Cheung Kwok-kwan) and `accept:` words are left alone."
        ),
        bad=(
            Example("Sheinbaum won the vote. [[Shienbaum]] thanked supporters. Sheinbaum takes office in October.",
                    fix="Sheinbaum"),
            Example("Coach Marc Tremblay praised the team. Tremblay said the win mattered. "
                    "[[Trembley]]'s contract runs to 2026.", fix="Tremblay"),
        ),
        good=(
            Example("Sheinbaum won the vote. Sheinbaum thanked supporters."),
            Example("Johnson met Johnston on Monday. Johnson said the talks went well."),
            Example("Syria's neighbours met. Syrian refugees and Syrian officials were there."),
            Example("Gadhafi ruled Libya. Gadhafi was killed. Lavrov and Vladivostok, APEC and al-Qaida."),
            Example("Iran and Iraq held talks. Iran said they would continue."),
            Example("Harper met Putin. Harper said Carper, a senator, was not there."),
        ),
    )

    def check(self, doc, ctx):
        seen: dict[str, list] = {}
        for t in doc.tokens:
            if t.kind != WORD or not t.text[:1].isupper() or t.text.isupper():
                continue
            form = _form(t.text)
            if len(form) >= 5 and form[1:].islower():
                seen.setdefault(form, []).append(t)
        if len(seen) < 2:
            return
        initial = {doc.tokens[s.first].start for s in doc.sentences if s.first < len(doc.tokens)}
        # The main spelling is a name: unknown, or capitalised in mid-sentence (not "After" at a start).
        frequent = [f for f, ts in seen.items() if len(ts) >= 2 and len(f) >= 6
                    and (not known(normalize(f), ctx.accept) or any(t.start not in initial for t in ts))]
        typos = misspellings()
        near: dict[str, list[str]] = {}  # one-letter deletions -> frequent names: slips share a key
        for f in frequent:
            for k in _deletions(_plain(f)):
                near.setdefault(k, []).append(f)
        for rare, ts in seen.items():
            word = normalize(rare)
            if len(ts) != 1 or word in typos or known(word, ctx.accept):
                continue  # known misspellings are spelling.misspelling's
            pool = {f for k in _deletions(_plain(rare)) for f in near.get(k, ())}
            matches = sorted(f for f in pool if _slip(rare, f))
            if not matches:
                continue
            main = max(matches, key=lambda f: (len(seen[f]), f))
            t, first = ts[0], seen[main][0]
            mine = _partners(doc, t)
            if mine and not mine & set().union(*(_partners(doc, x) for x in seen[main])):
                continue  # a full name of someone else: Cheng Chung-tai beside Cheung Kwok-kwan
            yield Finding(
                t.start, t.start + len(rare),
                f"'{rare}' looks like a misspelling of '{main}', spelled that way {len(seen[main])} times in this "
                "article; use one spelling.",
                (main,), related=(Related(first.start, first.start + len(main), f"first '{main}'"),),
            )
