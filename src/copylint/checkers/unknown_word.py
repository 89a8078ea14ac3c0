"""spelling.unknown-word: a lower-case word no dictionary knows that is one or two letters away from a
common word ("ambassdaor" for "ambassador")."""

from __future__ import annotations

from copylint.checkers.misspelling import attached, neighbours
from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.bigrams import positions
from copylint.nlp.tokens import WORD
from copylint.nlp.words import compound, known, lexicon, match_case, misspellings, normalize, suggest

# A suggestion must be a common word: score 10*log10(Google Books count), 55 is about 300,000 uses.
_COMMON = 55
# Letter pieces of a hyphenated word that stand for a prefix ("e-mail", "co-op", "pre-war").
_PIECES = frozenset("a e i o u x co ex pre non anti mid self post pro semi multi re de".split())
# Function words of French, Spanish, Italian, German, Dutch: the next word is foreign too (en masse).
_FOREIGN = frozenset("en au aux de del della dello des du di da el la le les los las der die das von van "
                     "y et ou il lo una un".split())
_OPEN, _CLOSE = "“‘\"'«", "”’\"'»"


def _compound_parts(text: str, toks, i: int) -> list:
    """The word tokens of the hyphenated compound around token i ("long-standing", "six - member")."""

    def joined(a, b) -> bool:  # a, hyphen, b with nothing else between
        return (b - a == 2 and toks[a + 1].text == "-" and toks[a].kind == WORD and toks[b].kind == WORD
                and text[toks[a].end : toks[b].start].strip() == "-")

    lo = hi = i
    while lo >= 2 and joined(lo - 2, lo):
        lo -= 2
    while hi + 2 < len(toks) and joined(hi, hi + 2):
        hi += 2
    return list(toks[lo : hi + 1 : 2])


def _term(text: str, start: int, end: int) -> bool:
    """A word quoted on its own, as a term being introduced: “pardu”, 'chouette'."""
    return start > 0 and text[start - 1] in _OPEN and text[end : end + 1] in _CLOSE


class UnknownWord:
    meta = Meta(
        id="spelling.unknown-word",
        category=Category.SPELLING,
        severity=Severity.WARNING,
        summary="A lower-case word that is not in the dictionary and looks like a typo of a common word.",
        description=(
            "Checks lower-case words against an English word list (US, Canadian and British spellings all "
            "accepted; `accept:` words too). Capitalised words are names and left to spelling.name-mismatch. "
            "To stay quiet on new coinages, technical terms and foreign phrases, a word is flagged only when it "
            "appears once in the article, its neighbours are known words, it is not a regular derivation or "
            "two words run together, and a common word lies one or two edits away; that word is suggested."
        ),
        bad=(
            Example("The [[ambassdaor]] met the minister on Monday.", fix="ambassador"),
            Example("Officials said the [[goverenment]] would respond.", fix="government"),
            Example("The council approved the new [[budgget]] on Tuesday.", fix="budget"),
        ),
        good=(
            Example("The ambassador met the minister on Monday."),
            Example("She travelled to Vladivostok; he traveled to Toronto."),
            Example("The teff harvest failed. Teff prices rose, and teff flour ran out."),
            Example("Police said the driverless car was rebadged and reoffending was rare."),
            Example("The 21st-century city grew in the 1990s by 5km a year."),
            Example("It was a raison d'être, a joie de vivre."),
            Example("The ﬁrst ofﬁcial results are due on Monday."),
            Example("They can't and won't; the Smiths' house is the mayor's."),
            Example("The criss-cross lines and e-mail were checked."),
        ),
    )

    def check(self, doc, ctx):
        text = doc.masked
        toks = doc.tokens

        def repeated(word: str) -> bool:  # the shared word index: "plain" is normalize for ASCII words
            return len(positions(doc, word)) > 1
        typos = misspellings()

        def unknown(t) -> bool:
            w = normalize(t.text)
            return w.islower() and w.isascii() and t.text[:1].islower() and not known(w, ctx.accept)

        lex = lexicon()
        for i, t in enumerate(toks):
            if t.kind != WORD or len(t.text) < 4 or not t.text.islower() or t.text in lex and t.text.isascii():
                continue  # a listed word: most of the article, and known() would say so
            word = normalize(t.text)
            if not unknown(t) or repeated(word):
                continue  # a word the article repeats is its own (a term, a name)
            if word in typos or attached(text, t.start, t.end) or "'" in word:
                continue
            parts = _compound_parts(text, toks, i)
            if len(parts) > 1:
                joined = "".join(normalize(p.text) for p in parts)
                if len(word) <= 5 or known(joined, ctx.accept) or any(normalize(p.text) in _PIECES for p in parts):
                    continue  # criss-cross, cryo-volcano, e-mail
            near = neighbours(text, toks, i)
            if word in _FOREIGN or any(unknown(n) or normalize(n.text) in _FOREIGN or not normalize(n.text).isascii()
                                       for n in near):
                continue  # a foreign phrase or a run of technical terms
            if _term(text, t.start, t.end):
                continue
            if compound(word):
                continue
            found = [w for w in suggest(word, min_score=_COMMON, max_distance=2 if len(word) >= 8 else 1)
                     if w[0] == word[0]]
            if not found:
                continue  # typists rarely miss the first letter; a coinage often looks like another word
            out = tuple(match_case(t.text, f) for f in found)
            yield Finding(t.start, t.end, f"'{t.text}' is not in the dictionary: did you mean '{out[0]}'?", out)
