"""Build src/copylint/data/forms.bin, the word-form tables the grammar checks read, from lemminflect.

usage: pip install -e '.[build-data]' && python scripts/build_forms.py

lemminflect (MIT) parses its CSV tables at every start; this keeps only the lookups copylint uses, with
lemminflect's overrides applied, as two zlib-compressed marshalled mappings of strings (read in 0.03 s):
- lemmas: lower-case word -> "VERB:say;NOUN:saying" (lemminflect.getAllLemmas)
- forms: lower-case lemma -> "VB:say;VBD:said;..." (lemminflect.getAllInflections), with VBN filled in
  from getInflection where the table lists it only under VBD.
"""

from __future__ import annotations

import lemminflect
from lemminflect import getAllInflections, getAllLemmas, getInflection

from copylint.nlp import store


def _flat(table: dict) -> dict[str, str]:
    return {w: ";".join(k + ":" + ",".join(v) for k, v in entry.items()) for w, entry in table.items()}


def main() -> None:
    lem = lemminflect.Lemmatizer()
    infl = lemminflect.Inflections()
    words = set(lem._getLemmaDict()) | set(lem._getOverridesDict())
    lemmas = {}
    for w in sorted(words):
        if w != w.lower():
            continue
        found = {u: tuple(v) for u, v in getAllLemmas(w).items() if v}
        if found:
            lemmas[w] = found
    heads = set(infl._getInflDict()) | set(infl._getOverridesDict())
    forms = {}
    for h in sorted(heads):
        if h != h.lower():
            continue
        found = {t: tuple(v) for t, v in getAllInflections(h).items() if v}
        if "VB" in found and "VBN" not in found:
            found["VBN"] = tuple(getInflection(h, "VBN"))
        if found:
            forms[h] = found
    out = store.dump((_flat(lemmas), _flat(forms)), "forms.bin")
    print(f"{out.name}: {len(lemmas)} words, {len(forms)} lemmas, {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
