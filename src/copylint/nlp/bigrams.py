"""Word-pair evidence for real-word confusions ("their going" vs "they're going").

The table (data/bigrams.bin, built by scripts/build_bigrams.py from symspellpy's counts) holds
only pairs that touch a confusable word. `odds` compares two words in one slot: how much more likely
the alternative is than the written word given the word before it, and given the word after it.
Contractions have no rows (the counts carry no apostrophes), so they are scored through stand-ins:
"they're" through "they" on its left and "are" on its right.
"""

from __future__ import annotations

from functools import cache

from copylint.document import BYLINE, DATELINE, TABLE
from copylint.nlp import store
from copylint.nlp.tokens import WORD

# Contraction -> (stand-in for the word before it, stand-ins for the word after it).
PROXIES = {
    "they're": ("they", ("are",)),
    "it's": ("it", ("is", "has")),
    "who's": ("who", ("is", "has")),
    "you're": ("you", ("are",)),
}
FLOOR = 3000  # an unlisted pair, in thousands: the source lists only pairs seen 6.4 million times or more
CAP = 0.02  # ... and for a rare word an unlisted pair is taken to follow at most 1 use in 50


@cache
def _table() -> tuple[dict[tuple[str, str], int], dict[str, int]]:
    """((word, word) -> pair count, word -> count), counts in thousands."""
    return store.load("bigrams.bin")


def pair(a: str, b: str) -> int:
    """Count (thousands) of the pair "a b"; 0 when not listed."""
    return _table()[0].get((a, b), 0)


def count(w: str) -> int:
    return _table()[1].get(w, 0)


def plain(word: str) -> str:
    return word.lower().replace("’", "'")


def _ratio(alt: list[tuple[int, int]], written: list[tuple[int, int]]) -> float:
    """Best conditional likelihood of the alternative over the written word's; 1.0 with no evidence.
    Each item is (pair count, word count)."""
    a = max((n / w for n, w in alt if n and w), default=0.0)
    b = max((n / w for n, w in written if n and w), default=0.0)
    if not a and not b:
        return 1.0
    a = a or min(min(FLOOR / w, CAP) for _, w in alt if w)
    b = b or min(min(FLOOR / w, CAP) for _, w in written if w)
    return a / b


@cache
def word_class(w: str) -> str:
    """A coarse class for backing off from an unlisted pair: "@" and the parts of speech lemminflect
    lists for the word ("@NOUN+VERB"), "@?" when it lists none."""
    from copylint.nlp.forms import lemmas

    return "@" + ("+".join(sorted(lemmas(w))) or "?")


def _left(word: str, prev: str) -> list[tuple[int, int]]:
    w = PROXIES[word][0] if word in PROXIES else word
    return [(pair(prev, w), count(w))]


def _right(word: str, nxt: str) -> list[tuple[int, int]]:
    ws = PROXIES[word][1] if word in PROXIES else (word,)
    return [(pair(w, nxt), count(w)) for w in ws]


def _side(written: str, alt: str, other: str, side) -> float:
    """The odds on one side; where neither pair is listed, the odds for the neighbour's word class."""
    a, w = side(alt, other), side(written, other)
    if not any(n for n, _ in a + w):
        a, w = side(alt, word_class(other)), side(written, word_class(other))
    return _ratio(a, w)


def odds(written: str, alt: str, prev: str | None, nxt: str | None) -> tuple[float, float]:
    """(left, right): how many times likelier `alt` is than `written` after `prev` and before `nxt`
    (P(prev | word) and P(next | word) compared). 1.0 where a side is missing or unlisted."""
    written, alt = plain(written), plain(alt)
    left = _side(written, alt, plain(prev), lambda w, o: _left(w, o)) if prev else 1.0
    right = _side(written, alt, plain(nxt).removesuffix("'s"), lambda w, o: _right(w, o)) if nxt else 1.0
    return left, right


def noun(w: str | None) -> bool:
    """A content noun (possessive 's allowed), not a pronoun or determiner."""
    if not w:
        return False
    from copylint.nlp import lexicon as lx

    w = w.removesuffix("'s")
    return lx.is_noun(w) and w not in DETERMINERS and w not in PRONOUNS and w not in POSSESSIVES


def adjective(w: str | None) -> bool:
    from copylint.nlp import lexicon as lx

    return bool(w) and lx.is_adjective(w) and w not in DETERMINERS and w not in POSSESSIVES


def noun_phrase(toks, j: int) -> bool:
    """Does a possessed noun phrase start at token j: a noun, or one or two adjectives and a noun
    ("budget", "latest report", "potential future uses")?"""
    for k in range(j, min(j + 3, len(toks))):
        w = word_at(toks, k)
        if w is None or not toks[k].text.islower():
            return False
        if noun(w):
            return True
        if not adjective(w):
            return False
    return False


# Verbs that take a clause with its own subject ("knows they're", "thinks it's").
_CLAUSE_VERBS = frozenset("say think believe know hope feel guess suppose assume mean realise realize suggest "
                          "argue insist claim admit warn fear worry reckon".split())


def clause_start(toks, i: int) -> bool:
    """Can a clause with its own subject start at token i: the sentence start, clause punctuation, a
    conjunction, a subordinator, a relative or a reporting verb ("said they're", "but it's")?"""
    from copylint.nlp import lexicon as lx

    if i == 0:
        return True
    prev = toks[i - 1]
    if prev.kind != WORD:
        return prev.text in ",;:—–(\"“"
    w = plain(prev.text)
    return w in lx.SUBORDINATORS | lx.COORDINATORS | lx.RELATIVES | {"where", "why", "how", "what", "so", "as"} \
        or bool(lx.verb_lemmas(w) & _CLAUSE_VERBS)


# --- context helpers shared by the confusion checkers ----------------------------------------------


def word_at(toks, i: int) -> str | None:
    """The lower-cased word at token i, or None for punctuation, numbers and the sentence edges."""
    if 0 <= i < len(toks) and toks[i].kind == WORD:
        return plain(toks[i].text)
    return None


def cased(word: str, like: str) -> str:
    """`word` in the case of `like` ("their", "They're" -> "Their")."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[0].upper() + word[1:] if like[0].isupper() else word


def apostrophe(word: str, like: str) -> str:
    """`word` with the apostrophe style of `like` (curly or straight)."""
    return word.replace("'", "’") if "’" in like else word


# Word classes the confusion checkers share.
DETERMINERS = frozenset("a an the this that these those no any each every some another".split())
POSSESSIVES = frozenset("my your his her its our their whose".split())
PREPOSITIONS = frozenset("of in on at by for with from to into onto over under about after before during against "
                         "among amid between through without within across behind beyond despite towards toward upon "
                         "via near throughout".split())
PRONOUNS = frozenset("i you he she it we they me him us them who what nobody everybody everyone someone anyone "
                     "somebody anybody something nothing everything anything".split())
NEED = 5.0  # the alternative must be this many times likelier over both sides together
SIDE = 0.15  # and not much less likely on either side (unlisted pairs give no evidence)
_SKIP_BLOCKS = frozenset({BYLINE, DATELINE, TABLE})


def supported(written: str, alt: str, prev: str | None, nxt: str | None, need: float = NEED) -> bool:
    """Do the word pairs around the slot favour `alt` over `written` strongly enough?"""
    left, right = odds(written, alt, prev, nxt)
    return min(left, right) >= SIDE and left * right >= need


def scan(doc, words: frozenset[str], rule, need: float = NEED):
    """Yield (token, alternative) for each of `words` outside quotations where `rule(toks, i, word)`
    names an alternative the grammar allows and the word pairs support."""
    for k in sorted(k for w in words for k in positions(doc, w)):
        s = doc.sentence_at(doc.tokens[k].start)
        if s is None or not s.first <= k < s.last or doc.blocks[s.block].kind in _SKIP_BLOCKS:
            continue
        toks = doc.sentence_tokens(s)
        i = k - s.first
        t, w = toks[i], plain(toks[i].text)
        alt = rule(toks, i, w)
        if alt is None or doc.in_quote(t.start, t.end):
            continue
        if supported(w, alt, word_at(toks, i - 1), word_at(toks, i + 1), need):
            yield t, alt


def positions(doc, word: str) -> list[int]:
    """Indexes in doc.tokens of the plain (lower-case, straight-apostrophe) `word`."""
    return doc.memo("bigrams.index", _index).get(word, [])


def words(doc) -> dict[str, list[int]]:
    """Every plain word of the document with the indexes of its tokens (shared, read-only)."""
    return doc.memo("bigrams.index", _index)


def _index(doc) -> dict[str, list[int]]:
    """Plain word -> the indexes of its tokens in doc.tokens: the confusion checkers share one pass."""
    out: dict[str, list[int]] = {}
    for k, t in enumerate(doc.tokens):
        if t.kind == WORD:  # plain(), written out: this runs once per word of the article
            out.setdefault(t.lower.replace("’", "'") if "’" in t.lower else t.lower, []).append(k)
    return out


def hyphenated(toks, i: int) -> bool:
    """Is token i part of a hyphenated compound ("then-mayor", "loose-fitting")?"""
    before = i > 0 and toks[i - 1].text in "-‐" and toks[i - 1].end == toks[i].start
    after = i + 1 < len(toks) and toks[i + 1].text in "-‐" and toks[i + 1].start == toks[i].end
    return before or after


def finding(tok, alt: str, gloss: str):
    """A Finding that replaces `tok` with `alt` in its case and apostrophe style."""
    from copylint.model import Finding

    sug = cased(apostrophe(alt, tok.text), tok.text)
    return Finding(tok.start, tok.end, f"'{tok.text}' looks like a slip for '{sug}' ({gloss}): use '{sug}'.", (sug,))
