"""English word data for the spelling checkers, loaded lazily from src/copylint/data/ (built by
scripts/build_words.py; sources and licences in data/SOURCES.md: word lists from symspellpy and
pyspellchecker, MIT; spelling pairs from breame, Apache-2.0; misspellings from codespell, CC BY-SA 3.0)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain
from pathlib import Path

from copylint.nlp import store

_DATA = Path(__file__).resolve().parent.parent / "data"

# Short forms a news article uses that no word list has: units, abbreviations, contraction pieces.
EXTRA = frozenset(
    "km kg kph mph cm mm ml ft lb lbs oz mbps gbps kbps kb mb gb tb kw kwh mw mwh gw gwh hz khz mhz ghz db "
    "sq pm am etc vs cf eg ie al approx dept govt est inc ltd plc co corp jr sr st ave blvd ca wo n't "
    "mr mrs ms dr prof sgt lt col gen capt cpl rep sen gov pres".split()
)
# Prefixes that form new words freely ("reoffend", "non-profit", "cyberattack").
PREFIXES = (
    "anti", "auto", "bio", "co", "counter", "cyber", "de", "dis", "eco", "ex", "geo", "hyper", "inter", "macro",
    "mega", "micro", "mid", "mini", "mis", "multi", "neo", "non", "out", "over", "post", "pre", "pro", "re",
    "self", "semi", "sub", "super", "tele", "trans", "ultra", "un", "under", "up",
)
# Suffixes that form new words from a known stem ("driverless", "caringly", "vapers").
SUFFIXES = (
    "s", "es", "ed", "d", "ing", "er", "ers", "est", "ly", "less", "ness", "ism", "isms", "ist", "ists", "able",
    "ment", "ments", "ity", "ful", "like", "wise", "ship", "hood", "dom", "ise", "ize", "ised", "ized",
)


# Regular British-American correspondences: a word is English if its American form is listed.
_SPELLINGS = (("is", "iz"), ("ys", "yz"), ("our", "or"), ("tre", "ter"), ("ll", "l"), ("ae", "e"), ("oe", "e"),
              ("ence", "ense"), ("ogue", "og"), ("one", "on"), ("mme", "m"))


@dataclass(frozen=True, slots=True)
class Variant:
    british: str
    american: str
    kind: str  # ize, our, re, ll, ence, ae, other

    @property
    def family(self) -> tuple[str, str]:
        """Forms of one word share the prefix both spellings have (travel: travelled, traveler)."""
        n = 0
        while n < min(len(self.british), len(self.american)) and self.british[n] == self.american[n]:
            n += 1
        return self.british[:n], self.kind


@cache
def lexicon() -> dict[str, int]:
    """Lower-case word -> score (10 * log10 of its Google Books count; 0 when rarer or unknown there)."""
    return store.load("words.bin")


@cache
def misspellings() -> dict[str, str]:
    """Known misspelling -> comma-separated corrections (codespell's dictionary less the entries that
    are words)."""
    return store.load("misspellings.bin")


@cache
def variants() -> dict[str, Variant]:
    """Either spelling of a British/American pair -> the pair."""
    out = {}
    for line in (_DATA / "variants.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        gb, us, kind = line.split("\t")
        v = Variant(gb, us, kind)
        out.setdefault(gb, v)
        out.setdefault(us, v)
    return out


@lru_cache(maxsize=65536)
def normalize(word: str) -> str:
    """Lower case, ligatures unfolded ("ﬁrst"), curly apostrophes straightened."""
    if not word.isascii():
        word = unicodedata.normalize("NFKC", word)
    return word.replace("’", "'").lower()


def known(word: str, accept: frozenset[str] = frozenset(), _whole: bool = True) -> bool:
    """Is a lower-case, normalized word English (with possessives, contractions and regular derivations)?"""
    lex = lexicon()
    if word in lex or word in accept or word in EXTRA or word in variants():
        return True
    for a, b in _SPELLINGS if _whole else ():
        if a in word and word.replace(a, b) in lex:
            return True  # a regular British or Canadian spelling of a listed word (iodise, neurone)
    if "'" in word:
        stem, _, tail = word.rpartition("'")
        if tail in ("s", "t", "re", "ve", "ll", "d", "m") and (known(stem, accept, _whole) or stem.endswith("n")):
            return True
        return word.endswith("s'") and known(word[:-1], accept, _whole)
    for p in PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 3 and known(word[len(p):], accept, False):
            return True
    for s in SUFFIXES:
        if word.endswith(s) and len(word) - len(s) >= 3:
            stem = word[: -len(s)]
            if (stem in lex or stem + "e" in lex or (stem[-1] == stem[-2] and stem[:-1] in lex)
                    or (stem[-1] == "i" and stem[:-1] + "y" in lex)):
                return True
    return False


def compound(word: str) -> bool:
    """Two common words of four letters or more run together, as in closed compounds ("thinktank")."""
    lex = lexicon()
    return any(lex.get(word[:i], 0) >= 45 and lex.get(word[i:], 0) >= 45 for i in range(4, len(word) - 3))


def distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions, adjacent transpositions."""
    from rapidfuzz.distance import OSA  # imported on first use: most runs never need it

    return OSA.distance(a, b)


@lru_cache(maxsize=4)
def _by_length(min_score: int) -> dict[int, list[str]]:
    """Words scoring at least min_score, by length."""
    out: dict[int, list[str]] = {}
    for w, score in lexicon().items():
        if score >= min_score:
            out.setdefault(len(w), []).append(w)
    return out


@lru_cache(maxsize=256)
def _pool(min_score: int, length: int, max_distance: int) -> list[str]:
    """The candidates for a word of `length`: no word further from it in length is within max_distance
    edits."""
    table = _by_length(min_score)
    return [w for n in range(length - max_distance, length + max_distance + 1) for w in table.get(n, ())]


@lru_cache(maxsize=4)
def _scoring(min_score: int) -> tuple[frozenset[str], str]:
    """Words scoring at least min_score, and every character they hold."""
    words = frozenset(chain.from_iterable(_by_length(min_score).values()))
    return words, "".join(sorted(set("".join(words))))


def _one_edit(word: str, letters: str) -> set[str]:
    """Every string one optimal-string-alignment edit from `word`: a letter dropped, added or changed (to
    one of `letters`), or two neighbours swapped."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in cuts if b}
    out.update(a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1)
    out.update(a + c + b[1:] for a, b in cuts if b for c in letters)
    out.update(a + c + b for a, b in cuts for c in letters)
    return out


def _edit_rank(typo: str, word: str) -> int:
    """How typical the slip from `word` to `typo` is: a dropped letter or swapped pair (0) before a wrong
    letter (1) before an extra letter (2)."""
    if len(word) > len(typo) or (len(word) == len(typo) and sorted(word) == sorted(typo)):
        return 0
    return 1 if len(word) == len(typo) else 2


def suggest(word: str, min_score: int = 0, max_distance: int = 2, limit: int = 3) -> tuple[str, ...]:
    """Known words within `max_distance` edits of `word` whose score is at least `min_score`: nearest
    first, then the most typical slip, then the most frequent."""
    lex = lexicon()
    if max_distance == 1:  # the words one edit away, spelled out: a few hundred set lookups, not a scan
        pool, letters = _scoring(min_score)
        found = {w: 1 for w in _one_edit(word, letters) if w in pool and w != word}
    else:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        pool = _pool(min_score, len(word), max_distance)
        hits = process.extract(word, pool, scorer=OSA.distance, score_cutoff=max_distance, limit=None)
        found = {w: d for w, d, _ in hits if w != word}
    nearest = min(found.values(), default=0)
    found = {w: d for w, d in found.items() if d == nearest}
    return tuple(sorted(found, key=lambda w: (found[w], _edit_rank(word, w), -lex[w], w))[:limit])


def match_case(model: str, word: str) -> str:
    """`word` in the capitalisation of `model` (UPPER, Title or lower), apostrophe style kept."""
    if "’" in model:
        word = word.replace("'", "’")
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
