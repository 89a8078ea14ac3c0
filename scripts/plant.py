"""Plant errors into clean articles and write an answer key for score_articles.py.

usage: python scripts/plant.py [SRC ...] --out DIR [--seed N] [--kinds KIND,KIND,...]

SRC are folders of clean .txt articles (default: the OneStopEnglish advanced corpus beside this
repository). Each planter makes at most one plant per article, only where its pattern applies and
outside direct quotations, on a line no other plant uses, and records it in DIR/key.yaml in the
scorer's form (find = a substring unique to the planted line, accept = categories that count,
fix = the correction). Then:

    python ../shared/tools/score_articles.py COPYLINT DIR/key.yaml DIR

Kinds (default: all):
    missing-of        '23,000 of his citizens' -> '23,000 his citizens'      [grammar, typo]
    pronoun-case      'said he would' -> 'said him would'                     [grammar, typo]
    missing-period    drop the final period of a body paragraph               [punctuation]
    their-there       'their plans' -> 'there plans', 'there are' -> 'their are'   [typo]
    its-its           'its plans' -> 'it's plans', 'it's been' -> 'its been'  [typo]
    then-than         'more than' -> 'more then' after a comparative          [typo]
    affect-effect     'the effect of' -> 'the affect of', 'to affect' -> 'to effect'   [typo]
    lose-loose        'lose'/'losing' -> 'loose'/'loosing'                    [typo]
    whose-whos        'whose son' -> 'who's son', 'who's been' -> 'whose been'   [typo]
    doubled-word      'the' -> 'the the' (also to, of, in, a, and)            [typo]
    misspelling       a common word -> its misspelling in copylint's table    [spelling]
    unknown-word      a swapped or dropped inner letter in a 7+ letter word   [spelling]
    unbalanced-quote  delete the closing quote of a one-line quotation        [punctuation]
    sentence-spacing  'said. The' -> 'said.The'                               [punctuation]
    count-mismatch    the later of two '26 miners' -> '27 miners'             [numbers]

A new kind is one function `(lines, rng, ctx) -> Plant | None` added to PLANTERS.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from copylint.nlp import lexicon as lx
from copylint.nlp import words
from copylint.parsing import parse

NOT_ARTICLES = frozenset({"SOURCE.txt", "LICENSE.txt", "README.txt"})
DEFAULT_SRC = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "clean-news" / "onestopenglish-adv"


@dataclass
class Plant:
    line: int  # 0-based line index
    new: str  # the planted line
    at: int  # offset of the change in the planted line
    kind: str
    accept: tuple[str, ...]
    fix: str


@dataclass
class Ctx:
    """What planters may consult: quoted offsets per line, and lines already planted."""

    quoted: list[set[int]]
    used: set[int]

    def free(self, i: int) -> bool:
        return i not in self.used

    def in_quote(self, i: int, offset: int) -> bool:
        return offset in self.quoted[i]


def _choose(rng: random.Random, found: list):
    return rng.choice(found) if found else None


_COUNT = r"\d[\d,]*|" + "|".join(sorted(lx.NUMBER_WORDS | lx.OF_QUANTIFIERS | {"one"}, key=len, reverse=True))
_OF = re.compile(rf"\b({_COUNT}) of (his|her|their|its|our)\b", re.I)


def plant_missing_of(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """'23,000 of his citizens' -> '23,000 his citizens'."""
    found = [(i, m) for i, line in enumerate(lines) if ctx.free(i) for m in _OF.finditer(line)
             if not ctx.in_quote(i, m.start()) and not re.fullmatch(r"1[5-9]\d\d|20\d\d", m.group(1))]
    pick = _choose(rng, found)
    if not pick:
        return None
    i, m = pick
    line = lines[i]
    new = line[: m.start()] + f"{m.group(1)} {m.group(2)}" + line[m.end() :]
    return Plant(i, new, m.start(), "missing-of", ("grammar", "typo"), m.group())


_SUBJ = re.compile(r"\b(that|because|after|when|said) (he|she|they) ([a-z]+)\b")
_OBJ = {"he": "him", "she": "her", "they": "them"}


def plant_pronoun_case(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """'said he would' -> 'said him would' where a finite verb follows the pronoun."""
    found = [(i, m) for i, line in enumerate(lines) if ctx.free(i) for m in _SUBJ.finditer(line)
             if lx.is_finite(m.group(3)) and not ctx.in_quote(i, m.start(2))]
    pick = _choose(rng, found)
    if not pick:
        return None
    i, m = pick
    line = lines[i]
    new = line[: m.start(2)] + _OBJ[m.group(2)] + line[m.end(2) :]
    return Plant(i, new, m.start(2), "pronoun-case", ("grammar", "typo"), f"{m.group(1)} {m.group(2)}")


_PERIOD = re.compile(r"[a-z0-9)]\.\s*$")


def plant_missing_period(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """Drop the final period of a body paragraph (a line of 12 words or more)."""
    found = [i for i, line in enumerate(lines) if ctx.free(i) and len(line.split()) >= 12 and _PERIOD.search(line)
             and not ctx.in_quote(i, len(line.rstrip()) - 1)]
    i = _choose(rng, found)
    if i is None:
        return None
    line = lines[i].rstrip()
    new = line[:-1]
    return Plant(i, new, len(new) - 1, "missing-period", ("punctuation",), new[-20:] + ".")


def _apostrophe(lines: list[str]) -> str:
    """The article's apostrophe: curly if it uses any."""
    return "’" if any("’" in line for line in lines) else "'"


def _swap(lines: list[str], rng: random.Random, ctx: Ctx, rules: list[tuple[re.Pattern, Callable]], kind: str,
          accept: tuple[str, ...]) -> Plant | None:
    """Replace group `w` of a random match of a rule's pattern by make(m) (None: not eligible); fix = the match."""
    found = [(i, m, new) for i, line in enumerate(lines) if ctx.free(i) for pattern, make in rules
             for m in pattern.finditer(line) if not ctx.in_quote(i, m.start("w")) and (new := make(m)) is not None]
    pick = _choose(rng, found)
    if not pick:
        return None
    i, m, new = pick
    line = lines[i]
    return Plant(i, line[: m.start("w")] + new + line[m.end("w") :], m.start("w"), kind, accept, m.group().strip())


def _noun_only(word: str) -> bool:
    """A noun that cannot also be read as an adjective or participle ("plans", not "first" or "founding")."""
    return lx.is_noun(word) and not lx.is_adjective(word) and not lx.verb_tags(word) & {"VBG", "VBN"}


_THEIR = re.compile(r"\b(?P<w>[Tt]heir) (?=(?P<n>[a-z]+)\b)")
_THERE = re.compile(r"\b(?P<w>[Tt]here) (?=(?:is|are|was|were|has|have|had)\b)")


def plant_their_there(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """'their plans' -> 'there plans' (a noun only follows), or existential 'there are' -> 'their are'."""
    return _swap(lines, rng, ctx, [
        (_THEIR, lambda m: words.match_case(m.group("w"), "there") if _noun_only(m.group("n")) else None),
        (_THERE, lambda m: words.match_case(m.group("w"), "their"))], "their-there", ("typo",))


_ITS = re.compile(r"\b(?P<w>[Ii]ts) (?=(?P<n>[a-z]+)\b)")
_ITS_C = re.compile(r"\b(?P<w>[Ii]t['’]s) (?=(?:a|an|the|not|been|being|also|just|still|very|so|too|now|no)\b)")


def plant_its_its(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """Possessive 'its plans' -> 'it's plans' (a noun only follows), or 'it's been' -> 'its been'."""
    apos = _apostrophe(lines)
    return _swap(lines, rng, ctx, [
        (_ITS, lambda m: m.group("w")[:2] + apos + "s" if _noun_only(m.group("n")) else None),
        (_ITS_C, lambda m: m.group("w")[:2] + "s")], "its-its", ("typo",))


_THAN = re.compile(r"\b(?:more|less|fewer|rather|other|worse|(?P<er>[a-z]+er)) (?P<w>than) (?=[\w$£€“\"])")


def plant_then_than(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """'more than 100' -> 'more then 100' after a comparative ('more', 'rather', 'less', '-er')."""
    def make(m: re.Match) -> str | None:
        er = m.group("er")
        return "then" if er is None or (lx.is_adjective(er) and er not in ("over", "under")) else None

    return _swap(lines, rng, ctx, [(_THAN, make)], "then-than", ("typo",))


_DETERMINERS = frozenset("the an any no this that its their his her little much".split())
_EFFECT = re.compile(r"\b(?P<w>effects?)\b")
_AFFECT = re.compile(r"\b(?:to|will|would|could|can|may|might) (?P<w>affect)\b")


def plant_affect_effect(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """Noun 'the effect of' -> 'the affect of', or verb 'to affect' -> 'to effect'."""
    def noun(m: re.Match) -> str | None:
        before = m.string[: m.start()].split()[-1:]
        noun = (before and before[0].lower() in _DETERMINERS) or re.match(r" (?:of|on)\b", m.string[m.end() :])
        return "a" + m.group("w")[1:] if noun else None

    return _swap(lines, rng, ctx, [(_EFFECT, noun), (_AFFECT, lambda m: "effect")], "affect-effect", ("typo",))


_LOSE = re.compile(r"\b(?P<w>los(?:e|ing))\b")


def plant_lose_loose(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """'lose'/'losing' -> 'loose'/'loosing'."""
    return _swap(lines, rng, ctx, [(_LOSE, lambda m: "loo" + m.group("w")[2:])], "lose-loose", ("typo",))


_WHOSE = re.compile(r"\b(?P<w>whose) (?=(?P<n>[a-z]+)\b)")
_WHOS = re.compile(r"\b(?P<w>who['’]s) (?=(?:been|a|an|the|not|now|also|just|still|already|never|always|going)\b)")


def plant_whose_whos(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """'whose son' -> 'who's son' (a noun only follows), or 'who's been' -> 'whose been'."""
    apos = _apostrophe(lines)
    return _swap(lines, rng, ctx, [(_WHOSE, lambda m: f"who{apos}s" if _noun_only(m.group("n")) else None),
                                   (_WHOS, lambda m: "whose")], "whose-whos", ("typo",))


_DOUBLE = re.compile(r"(?<![\w’'-])(?P<w>the|to|of|in|a|and) (?!(?P=w)\b)(?=[a-z])")


def plant_doubled_word(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """'the' -> 'the the' (also 'to', 'of', 'in', 'a', 'and')."""
    return _swap(lines, rng, ctx, [(_DOUBLE, lambda m: f"{m.group('w')} {m.group('w')}")], "doubled-word", ("typo",))


@cache
def _misspelled() -> dict[str, list[str]]:
    """Common word -> its misspellings in copylint's table (entries whose only fix is that one word)."""
    lex, out = words.lexicon(), {}
    for bad, fix in sorted(words.misspellings().items()):
        if fix.isalpha() and fix.islower() and lex.get(fix, 0) >= 60:
            out.setdefault(fix, []).append(bad)
    return out


_WORD = re.compile(r"(?<![\w’'-])(?P<w>[a-z]{5,})(?![\w’'-])")


def plant_misspelling(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """A common word of 5+ letters in a body line -> a misspelling of it from copylint's table."""
    table = _misspelled()
    found = [(i, m) for i, line in enumerate(lines) if ctx.free(i) and len(line.split()) >= 12
             for m in _WORD.finditer(line) if m.group("w") in table and not ctx.in_quote(i, m.start())]
    pick = _choose(rng, found)
    if not pick:
        return None
    i, m = pick
    bad = rng.choice(table[m.group("w")])
    line = lines[i]
    return Plant(i, line[: m.start()] + bad + line[m.end() :], m.start(), "misspelling", ("spelling",), m.group())


_LONG = re.compile(r"(?<![\w’'-])(?P<w>[a-z]{7,})(?![\w’'-])")


def _slips(word: str) -> list[str]:
    """Swaps of two adjacent different inner letters and drops of one inner letter that make no known word."""
    out = {word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(1, len(word) - 2) if word[k] != word[k + 1]}
    out |= {word[:k] + word[k + 1 :] for k in range(1, len(word) - 1) if word[k] not in (word[k - 1], word[k + 1])}
    return sorted(s for s in out if not words.known(s))


def plant_unknown_word(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """A typing slip (swapped or dropped inner letter) in a 7+ letter word used once in the article."""
    text = "\n".join(lines).lower()
    found = [(i, m) for i, line in enumerate(lines) if ctx.free(i) for m in _LONG.finditer(line)
             if not ctx.in_quote(i, m.start()) and len(re.findall(rf"\b{m.group()}\b", text)) == 1
             and _slips(m.group())]
    pick = _choose(rng, found)
    if not pick:
        return None
    i, m = pick
    bad = rng.choice(_slips(m.group()))
    line = lines[i]
    return Plant(i, line[: m.start()] + bad + line[m.end() :], m.start(), "unknown-word", ("spelling",), m.group())


_QUOTE = re.compile(r"“[^“”\"]+(?P<c>”)(?=[^\n]*\w)|(?<![\w\"])\"[^“”\"]+(?P<s>\")(?=[^\n]*\w)")


def plant_unbalanced_quote(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """Delete the closing quote of a quotation that opens and closes within a line, text following it (not
    where the next paragraph opens with a quote mark, which would read as a quotation running on)."""
    found = [(i, m.start("c") if m.group("c") else m.start("s")) for i, line in enumerate(lines)
             if ctx.free(i) and line.count("“") == line.count("”") and line.count('"') % 2 == 0
             and not (i + 1 < len(lines) and lines[i + 1].lstrip()[:1] in ("“", '"'))
             for m in _QUOTE.finditer(line)]
    pick = _choose(rng, found)
    if not pick:
        return None
    i, at = pick
    line = lines[i]
    fix = line[max(0, at - 15) : at + 1]
    return Plant(i, line[:at] + line[at + 1 :], at - 1, "unbalanced-quote", ("punctuation",), fix)


_ABBREV = frozenset("etc vs approx al cf eg ie no nos st mt ft inc co corp ltd jr sr dept est fig vol op pp".split())
_SPACE = re.compile(r"\b(?P<b>[a-z]{2,})\.(?P<w> )[A-Z][a-z]+")


def plant_sentence_spacing(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """'said. The' -> 'said.The' between two sentences of a line (not after an abbreviation)."""
    return _swap(lines, rng, ctx, [(_SPACE, lambda m: "" if m.group("b") not in _ABBREV else None)],
                 "sentence-spacing", ("punctuation",))


_MEASURES = frozenset("years months weeks days hours minutes seconds decades centuries times miles kilometres "
                      "kilometers metres meters feet inches tonnes tons pounds dollars euros points percent".split())
_HEDGED = re.compile(r"\b(?:about|around|some|nearly|almost|roughly|approximately|over|more than|less than|"
                     r"fewer than|up to|at least)\s+$", re.I)
_QUANTITY = re.compile(r"(?<![\w.,$£€-])(\d{1,3}(?:,\d{3})*)\s+([a-z]{4,}s)\b")


def plant_count_mismatch(lines: list[str], rng: random.Random, ctx: Ctx) -> Plant | None:
    """The same count of things given twice ('26 miners' ... '26 miners'): the later one becomes one more.
    Spans of time and measures ('45 minutes') and hedged figures ('about 7,000') are left alone: two of
    them need not be the same quantity."""
    seen: dict[tuple[str, str], int] = {}  # (number, noun) -> first line
    found = []
    for i, line in enumerate(lines):
        for m in _QUANTITY.finditer(line):
            key = (m.group(1), m.group(2))
            hedged = _HEDGED.search(line, 0, m.start())
            if ctx.in_quote(i, m.start()) or m.group(1) in ("0", "1") or m.group(2) in _MEASURES or hedged:
                continue
            if key in seen and seen[key] != i and ctx.free(i):
                found.append((i, m))
            seen.setdefault(key, i)
    pick = _choose(rng, found)
    if not pick:
        return None
    i, m = pick
    n = int(m.group(1).replace(",", ""))
    new_n = f"{n + 1:,}" if "," in m.group(1) else str(n + 1)
    new = lines[i][: m.start(1)] + new_n + lines[i][m.end(1) :]
    return Plant(i, new, m.start(1), "count-mismatch", ("numbers",), m.group())


PLANTERS: dict[str, Callable[[list[str], random.Random, Ctx], Plant | None]] = {
    "missing-of": plant_missing_of,
    "pronoun-case": plant_pronoun_case,
    "missing-period": plant_missing_period,
    "their-there": plant_their_there,
    "its-its": plant_its_its,
    "then-than": plant_then_than,
    "affect-effect": plant_affect_effect,
    "lose-loose": plant_lose_loose,
    "whose-whos": plant_whose_whos,
    "doubled-word": plant_doubled_word,
    "misspelling": plant_misspelling,
    "unknown-word": plant_unknown_word,
    "unbalanced-quote": plant_unbalanced_quote,
    "sentence-spacing": plant_sentence_spacing,
    "count-mismatch": plant_count_mismatch,
}


def _find(lines: list[str], i: int, at: int) -> str | None:
    """A substring of lines[i] around offset `at` found on no other line (grown from 24 characters)."""
    line = lines[i]
    for half in (12, 20, 30, 45, 70, 100):
        s, e = max(0, at - half), min(len(line), at + half)
        needle = line[s:e].strip()
        if needle and sum(needle in ln for ln in lines) == 1:
            return needle
    return None


def _quoted(text: str, lines: list[str]) -> list[set[int]]:
    doc = parse(text, "article.txt")
    out, pos = [], 0
    for line in lines:
        out.append({o - pos for qs, qe in doc.quotes if qs < pos + len(line) and qe > pos
                    for o in range(max(qs, pos), min(qe, pos + len(line)))})
        pos += len(line) + 1
    return out


def plant_article(text: str, rng: random.Random, kinds: list[str]) -> tuple[str, list[dict]]:
    lines = text.split("\n")
    ctx = Ctx(_quoted(text, lines), set())
    key = []
    for kind in kinds:
        p = PLANTERS[kind](lines, rng, ctx)
        if p is None:
            continue
        old, lines[p.line] = lines[p.line], p.new
        needle = _find(lines, p.line, p.at)
        if needle is None:
            lines[p.line] = old  # no unique way to name the line: leave it clean
            continue
        ctx.used.add(p.line)
        key.append({"kind": p.kind, "find": needle, "accept": list(p.accept), "fix": p.fix})
    return "\n".join(lines), key


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", nargs="*", type=Path, default=[DEFAULT_SRC])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kinds", default=",".join(PLANTERS))
    args = ap.parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k]
    unknown = [k for k in kinds if k not in PLANTERS]
    if unknown:
        ap.error(f"unknown kinds: {', '.join(unknown)} (known: {', '.join(PLANTERS)})")
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    key: dict[str, dict] = {}
    counts = dict.fromkeys(kinds, 0)
    for folder in args.src:
        for path in sorted(p for p in folder.glob("*.txt") if p.name not in NOT_ARTICLES):
            text = path.read_text(encoding="utf-8-sig")
            planted, plants = plant_article(text, rng, kinds)
            (args.out / path.name).write_text(planted, encoding="utf-8")
            key[path.name] = {"plants": plants, "neutral": []}
            for p in plants:
                counts[p["kind"]] += 1
    with open(args.out / "key.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(key, f, sort_keys=True, allow_unicode=True, width=200)
    print(f"{len(key)} articles, " + ", ".join(f"{k} {n}" for k, n in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
