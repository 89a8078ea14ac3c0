"""Build the spelling data in src/copylint/data/ from installed PyPI packages.

usage: pip install -e '.[build-data]' && python scripts/build_words.py

Sources (licences also in src/copylint/data/SOURCES.md):
- symspellpy frequency_dictionary_en_82_765.txt (MIT): words with Google Books counts.
- pyspellchecker resources/en.json.gz (MIT): English words with OpenSubtitles counts.
- breame data/spelling_constants.py (Apache-2.0): British -> American spelling pairs.
- codespell data/dictionary.txt (CC BY-SA 3.0): known misspellings -> corrections.

Outputs:
- words.bin: {word: score}, score = round(10 * log10(Google Books count)), 0 when unknown there.
- variants.tsv: `british<TAB>american<TAB>kind` (kind: ize, our, re, ll, ence, ae, other).
- misspellings.bin: {typo: "fix1,fix2"}, without entries that are words of the lists above.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from pathlib import Path

import breame.data.spelling_constants as breame_spelling
import codespell_lib
import spellchecker
import symspellpy

from copylint.nlp import store

OUT = Path(__file__).resolve().parent.parent / "src" / "copylint" / "data"
WORD = re.compile(r"^[a-z]+(?:'[a-z]+)*$")

# Pairs whose "American" side is a different word in British English too (tire, curb, story, draft,
# program), or that are wrong in the source list: not dialect variants for our purposes.
NOT_VARIANTS = frozenset(
    "tyre tyres kerb kerbs storey storeys draught draughty practise practised practises practising programme "
    "programmes disc discs gauge gauged gauges gauging tonne tonnes philtre philtres groyne groynes gryphon "
    "gryphons buses busing minibuses gases pummelled pummelling tranquilly cheque cheques analogue analogues "
    "dialogue dialogues catalogue catalogued catalogues cataloguing monologue monologues prologue prologues "
    "epilogue epilogues travelogue travelogues sheikh gaols sulphate sulphates sulphide sulphides sulphur "
    "sulphurous annexe annexes bevvies bevvy pouffe pouffes axe battleaxe metre metres licence licences "
    "licenced licencing dependant dependants mould moulds moulder moulders moulding mouldings enquire "
    "enquired enquires enquiring enquiry enquiries connexion connexions inflexion inflexions cancellation "
    "cancellations fillet filleted filleting parallel judgement judgements".split()
)
# British spellings that modern British English has given up (gaol, mediaeval, kilogramme), and
# American forms that are not standard there (esthetic, archeology): no variant pair.
NOT_VARIANT_STEMS = ("gaol", "mediaev", "homoeopath", "syphon", "aesthet", "archaeolog", "woolly")
# The "-ise" forms of these are the only spelling (or a different word): not -ise/-ize variants.
NOT_IZE = frozenset("prise prised prises prising analyses".split())
# codespell entries that are valid (if rare or British) words a news article may use.
VALID = frozenset(
    "quitted combatting commandoes intrusted rarified alined delate gages spile tabes vender venders forbad "
    "cerate cerated cerates precessed precesses funguses larvas metics tormenters stript otherwhere "
    "identic secund tesselate geometrician geometricians algebraical logarithmical atheistical didactical "
    "readapted collogue collogues comines curch pease adust algin algins archine archines asperges "
    "clearstory clearstories calfs nd te".split()
)


def kind(gb: str, us: str) -> str:
    if re.sub("is", "iz", gb) == us or re.sub("ys", "yz", gb) == us:
        return "ize"
    if gb.replace("our", "or") == us:
        return "our"
    if gb.replace("ll", "l") == us:
        return "ll"
    if re.sub("tre", "ter", gb) == us or re.sub("re([sd]?)$", r"er\1", gb) == us:
        return "re"
    if gb.replace("nce", "nse") == us:
        return "ence"
    if gb.replace("ae", "e") == us or gb.replace("oe", "e") == us:
        return "ae"
    return "other"


def main() -> None:
    sym_path = Path(symspellpy.__file__).parent / "frequency_dictionary_en_82_765.txt"
    sym: dict[str, int] = {}
    for line in sym_path.read_text(encoding="utf-8").splitlines():
        w, _, n = line.partition(" ")
        if WORD.match(w):
            sym[w] = max(sym.get(w, 0), int(n))
    py_path = Path(spellchecker.__file__).parent / "resources" / "en.json.gz"
    py = {w: n for w, n in json.loads(gzip.decompress(py_path.read_bytes())).items() if WORD.match(w)}

    pairs = {}
    for gb, us in breame_spelling.BRITISH_ENGLISH_SPELLINGS.items():
        if gb in NOT_VARIANTS or gb in NOT_IZE or not WORD.match(gb) or not WORD.match(us):
            continue
        if gb.startswith(NOT_VARIANT_STEMS) or "gramme" in gb:
            continue
        pairs[gb] = (us, kind(gb, us))
    # Doubled l before a suffix (fuelled/fueled, labelling/labeling) where both forms are listed words.
    known = set(sym) | set(py)
    for w in sorted(known):
        m = re.match(r"^(.*[aeiou]l)l(ed|ing|er|ers)$", w)
        base = m and m.group(1)
        if (base and len(base) >= 4 and base in known and base not in NOT_VARIANTS
                and base + m.group(2) in known and w not in pairs):
            pairs[w] = (m.group(1) + m.group(2), "ll")

    words = dict.fromkeys(known, 0)
    for gb, us in breame_spelling.BRITISH_ENGLISH_SPELLINGS.items():
        if WORD.match(gb) and WORD.match(us):
            words.setdefault(gb, 0)
            words.setdefault(us, 0)
    for w, n in sym.items():
        words[w] = round(10 * math.log10(n))
    ordered = sorted(words, key=lambda w: (-words[w], -py.get(w, 0), w))
    OUT.mkdir(parents=True, exist_ok=True)
    store.dump({w: words[w] for w in ordered}, "words.bin")
    rows = [f"{gb}\t{us}\t{k}\n" for gb, (us, k) in sorted(pairs.items())]
    (OUT / "variants.tsv").write_text("# breame (Apache-2.0); see SOURCES.md\n" + "".join(rows), encoding="utf-8")

    variant_forms = set(pairs) | {us for us, _ in pairs.values()}
    cs_path = Path(codespell_lib.__file__).parent / "data" / "dictionary.txt"
    rows = []
    for line in cs_path.read_text(encoding="utf-8").splitlines():
        typo, _, fixes = line.partition("->")
        if not WORD.match(typo) or typo in sym or py.get(typo, 0) > 50 or typo in variant_forms or typo in VALID:
            continue
        fix = [f.strip() for f in fixes.split(",") if f.strip()]
        if fix:
            rows.append((typo, ",".join(fix)))
    store.dump(dict(sorted(rows)), "misspellings.bin")
    print(f"{len(words)} words, {len(pairs)} variant pairs, {len(rows)} misspellings -> {OUT}")


if __name__ == "__main__":
    main()
