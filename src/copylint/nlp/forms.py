"""Word forms: the lemmas of a word and the inflections of a lemma, from lemminflect's tables (MIT),
prebuilt into data/forms.bin by scripts/build_forms.py and read once, on first use.

Both lookups mirror lemminflect's getAllLemmas and getAllInflections: lookup only, no guessing for words
the tables do not list, results in the capitalisation of the word asked about."""

from __future__ import annotations

from functools import cache, lru_cache

from copylint.nlp import store

TAGS = {"VERB": ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"), "NOUN": ("NN", "NNS"), "ADJ": ("JJ", "JJR", "JJS"),
        "ADV": ("RB", "RBR", "RBS")}


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    return store.load("forms.bin")


@lru_cache(maxsize=32768)
def _entry(table: int, key: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    raw = _tables()[table].get(key, "")
    return tuple((k, tuple(v.split(","))) for k, v in (p.split(":", 1) for p in raw.split(";"))) if raw else ()


def _caps(entry, word: str, keep) -> dict[str, tuple[str, ...]]:
    if word.isupper():
        style = str.upper
    elif word[:1].isupper():
        style = str.capitalize
    else:
        return {k: v for k, v in entry if keep(k)}
    return {k: tuple(style(x) for x in v) for k, v in entry if keep(k)}


@lru_cache(maxsize=65536)
def lemmas(word: str, upos: str | None = None) -> dict[str, tuple[str, ...]]:
    """{upos: (lemma, ...)} for every word class the word belongs to ("said" -> {"VERB": ("say",)}); a cached
    dict callers read and do not change."""
    return _caps(_entry(0, word.lower()), word, lambda k: upos is None or k == upos)


def inflections(lemma: str, upos: str | None = None) -> dict[str, tuple[str, ...]]:
    """{penn tag: (form, ...)} for a lemma ("say" -> {"VBD": ("said",), "VBZ": ("says",), ...})."""
    tags = TAGS.get(upos, ()) if upos else None
    return _caps(_entry(1, lemma.lower()), lemma, lambda k: tags is None or k in tags)
