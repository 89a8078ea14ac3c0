"""Build src/copylint/data/bigrams.bin: the word-pair counts the confusion checkers read.

usage: pip install -e '.[build-data]' && python scripts/build_bigrams.py

Source: symspellpy's bundled `frequency_bigramdictionary_en_243_342.txt` (word pairs with counts) and
`frequency_dictionary_en_82_765.txt` (word counts), both MIT licence (symspellpy, Wolf Garbe and
mammothb). Only the rows that touch a confusable word or one of its stand-ins ("they" and "are" for
"they're") are kept, counts in thousands, plus the same counts summed by the other word's class
("their @NOUN") for backing off from an unlisted pair. The table has no apostrophes, so contractions are scored
through their stand-ins.
"""

from __future__ import annotations

import sys
from pathlib import Path

import symspellpy

from copylint.nlp import store
from copylint.nlp.bigrams import word_class

# Confusable words and the stand-ins contractions are scored through (see copylint.nlp.bigrams.PROXIES).
FOCUS = frozenset(
    "their there they are its it is has then than affect affects affected affecting effect effects effected "
    "effecting lose loses losing loose looser loosely lost whose who your you".split()
)


def main() -> int:
    src = Path(symspellpy.__file__).parent
    pairs: dict[tuple[str, str], int] = {}
    with open(src / "frequency_bigramdictionary_en_243_342.txt", encoding="utf-8") as f:
        for line in f:
            a, b, n = line.split()
            if a in FOCUS or b in FOCUS:
                pairs[a, b] = int(n) // 1000
    # Class rows back off an unlisted pair: (word, "@NOUN") sums the pairs of the word and any noun.
    classes: dict[tuple[str, str], int] = {}
    for (a, b), n in pairs.items():
        if a in FOCUS:
            classes[a, word_class(b)] = classes.get((a, word_class(b)), 0) + n
        if b in FOCUS:
            classes[word_class(a), b] = classes.get((word_class(a), b), 0) + n
    pairs.update(classes)
    words: dict[str, int] = {}
    with open(src / "frequency_dictionary_en_82_765.txt", encoding="utf-8") as f:
        for line in f:
            w, n = line.split()
            if w in FOCUS:
                words[w] = int(n) // 1000
    out = store.dump((dict(sorted(pairs.items())), dict(sorted(words.items()))), "bigrams.bin")
    print(f"{out.name}: {len(words)} words, {len(pairs)} pairs, {out.stat().st_size} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
