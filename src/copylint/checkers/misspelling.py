"""spelling.misspelling: a known misspelling from codespell's list ("goverment" for "government")."""

from __future__ import annotations

import re

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.bigrams import words
from copylint.nlp.tokens import WORD
from copylint.nlp.words import match_case, misspellings, normalize

_FILE = re.compile(r"[_/\\]|[a-z]\.[a-z]{2,4}$")  # a path, or a name ending in an extension


def attached(text: str, start: int, end: int) -> bool:
    """A word glued to a digit, handle, path or domain ("2nd", "@user", "file_name", "vimeo.com"), or
    clipped with an apostrophe ("lovin'") or cut off ("percen..."), is not ordinary prose."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isdigit() or after.isdigit() or before in "@#_/\\." or after in "_/\\":
        return True
    if after in "'’" and text[end - 2 : end] == "in":
        return True
    if after == "…" or text[end : end + 3] == "...":
        return True  # cut off: "the percen..."
    if after == "." and text[end + 1 : end + 2].isalnum():
        return True  # a domain: vimeo.com
    if before == "-" or after == "-":  # part of a hyphenated run: is the run a handle or a file name?
        lo, hi = start, end
        while lo > 0 and start - lo < 60 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and hi - end < 60 and not text[hi].isspace():
            hi += 1
        run = text[lo:hi].rstrip(".,;:!?)]”’\"'")
        return run[:1] in "@#" or bool(_FILE.search(run))
    return False


def neighbours(text: str, toks, i: int) -> list:
    """The words right before and after token i on the same line, with only spaces or a hyphen between
    ("six - member" counts)."""
    out = []
    for step in (-1, 1):
        j = i + step
        if 0 <= j < len(toks) and toks[j].text == "-":
            j += step
        if 0 <= j < len(toks) and toks[j].kind == WORD:
            a, b = sorted((toks[i], toks[j]), key=lambda t: t.start)
            if text[a.end : b.start].strip(" -") == "":
                out.append(toks[j])
    return out


class Misspelling:
    meta = Meta(
        id="spelling.misspelling",
        category=Category.SPELLING,
        severity=Severity.ERROR,
        summary="A known misspelling.",
        description=(
            "Flags words on codespell's list of common misspellings, in any capitalisation and inside "
            "quotations too, and suggests the correction in the same capitalisation. Entries that are real "
            "words or names in news copy are left out. The fix is safe only when there is one correction."
        ),
        bad=(
            Example("The [[goverment]] said on Monday it would appeal.", fix="government"),
            Example("[[Untill]] last year the mine was open.", fix="Until"),
            Example("“It was [[definately]] the right call,” she said.", fix="definitely"),
            Example("The [[GOVERMENT]] announced cuts.", fix="GOVERNMENT"),
        ),
        good=(
            Example("Send it to @yossi-infront or open infront-cycle.ipe in the editor."),
            Example("The government said on Monday it would appeal."),
            Example("She despatched the parcel to Carmel on the 2nd of June."),
            Example("The Chanel show opened in Paris."),
        ),
    )

    def check(self, doc, ctx):
        table = misspellings()
        toks = doc.tokens
        hits = sorted(k for w, ks in words(doc).items() if len(w) >= 3
                      and (w if w.isascii() else normalize(w)) in table for k in ks)  # the shared word index
        if not hits:
            return
        text = doc.masked
        lower = {t.lower for t in toks if t.kind == WORD and t.text.islower()}
        caps: dict[str, int] = {}
        for t in toks:
            if t.kind == WORD and t.text[:1].isupper():
                caps[t.text] = caps.get(t.text, 0) + 1
        initial = {s.first for s in doc.sentences}
        for i in hits:
            t = toks[i]
            word = normalize(t.text)
            fixes = table.get(word)
            if not fixes or word in ctx.accept or attached(text, t.start, t.end):
                continue
            if t.text[1:].lower() != t.text[1:] and not (t.text.isupper() and len(t.text) > 5):
                continue  # an acronym (ALS), camelCase or McName
            near = neighbours(text, toks, i)
            if any(not normalize(n.text).isascii() for n in near):
                continue  # a foreign phrase: raison d'être
            if t.text[0].isupper() and not t.text.isupper() and _name_like(t, i, near, initial, caps, lower):
                continue
            out = tuple(match_case(t.text, f) for f in fixes.split(","))
            hint = f"use '{out[0]}'" if len(out) == 1 else "use " + " or ".join(f"'{f}'" for f in out)
            yield Finding(t.start, t.end, f"'{t.text}' is a misspelling: {hint}.", out, safe=len(out) == 1)


def _name_like(t, i, near, initial, caps, lower) -> bool:
    """A capitalised word that reads as a name: next to another capitalised word (Sergey Brin, Serie A),
    repeated only capitalised, or short in mid-sentence (Woking)."""
    if any(n.text[:1].isupper() for n in near):
        return True
    if caps.get(t.text, 0) > 1 and t.lower not in lower:
        return True
    return i not in initial and len(t.text) < 7
