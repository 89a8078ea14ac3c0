"""False alarms and recall of the language rules on other checkers' test sentences (LanguageTool, Harper).

usage: python scripts/peer_report.py [--root DIR] [--show RULE-OR-CATEGORY] [--limit N]

Each sentence is checked on its own as the body of a one-paragraph article ("Examples" is the headline).
Only spelling, typo, grammar and punctuation findings count. punctuation.missing-period is dropped when the
test sentence itself has no terminal punctuation (. ! ? perhaps before a closing quote): that is the test
sentence's form, not a false alarm.

(1) Clean sentences: LanguageTool's `correct` examples and Harper's `lint_count=0` inputs. Every finding on
    them is a false alarm or a real slip in the test sentence; --show prints them so a person can judge.
(2) Recall: bad examples of peer rules that match a copylint rule, and how many that copylint rule flags.
    Confusion families keep only examples whose wrong and corrected text swap words of the pair.
Identical sentences within a set are counted once. The data stays in the shared folder; nothing is copied.
"""

from __future__ import annotations

import argparse
import collections
import csv
import os
import re
import sys

from copylint.api import check_source
from copylint.config import Config, _matches
from copylint.registry import all_checkers

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                    "shared", "corpora", "peer-examples")
LT = "languagetool-en-rules/grammar_xml_examples.tsv"
HARPER = "harper-tests/harper_linter_examples.tsv"
LANGUAGE = frozenset({"spelling", "typo", "grammar", "punctuation"})
_TERMINAL = re.compile(r"[.!?][\"'”’»]*\s*$")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")

# copylint rule -> (words of the pair, or None for no word filter; LanguageTool rule ids; Harper rule names).
# Picked from the ids in the files; a Harper rule name is its .weir/.rs file name (the folder for mod.rs).
FAMILIES = {
    "grammar.pronoun-case": (None, {
        "CONFUSION_OF_ME_I", "WRONG_PRP_AT_SENT_START", "BETWEEN_YOU_AND_I", "BETWEEN_PRP", "OBJECTIVE_CASE",
        "LET_OBJECT", "POSSESSIVE_CASE", "THAN_I"}, {"subject_pronoun", "compound_subject_i", "TheyToThem"}),
    "typo.doubled-word": (None, {"PHRASE_REPETITION"}, {"repeated_words", "the_the_to_that_the", "to_to"}),
    "typo.their-there": ({"their", "there", "they're", "they"}, {
        "THERE_THEIR", "THEIR_IS", "THERE_OWN", "THEYRE_THEIR", "THATS_THEYRE", "WRB_THERE_THEY_RE", "VBG_THEYRE",
        "VBZ_IN_THEYRE_NN", "DT_VBZ_THEYRE_NN", "IN_VBZ_THEYRE_NN", "THEYRE_JJS_NN"}, {
        "TheirToThere", "TheirToTheyre", "ThereToTheir", "TheyreToTheir", "there_own", "over_theyre_to_there",
        "typographic_theyre_to_their"}),
    "typo.its-its": ({"its", "it's"}, {
        "IT_IS", "ABOUT_ITS_NN", "FOR_ITS_NN", "ITS_JJS_NN", "ITS_JJ_NNSNN", "TO_VB_ITS_NN", "THATS_ITS"},
        {"its_contraction", "its_possessive", "it_is"}),
    "typo.then-than": ({"then", "than"}, {
        "CONFUSION_OF_THEN_THAN", "COMPARISONS_THEN", "COMPARISONS_NNS_THEN", "COMP_THAN", "RATHER_THEN",
        "OTHER_THEN", "LESS_MORE_THEN", "AND_THAN", "FROM_THAN_ON", "WHO_THAN", "COMMA_THAN", "THAN_INTERJ",
        "SENT_START_THEM", "TO__THEN_BY", "IN_PRP_THEN_IN_PRP"}, {"then_than"}),
    "typo.affect-effect": ({"affect", "affects", "affected", "effect", "effects", "effected"}, {"AFFECT_EFFECT"},
                           {"noun_verb_confusion"}),
    "typo.lose-loose": ({"lose", "loose"}, {"LOSE_LOOSE", "LOOSE_LOSE"}, {"ToLoseTooLoose"}),
    "typo.whose-whos": ({"whose", "who's"}, {"WHOS", "WHOS_NN", "WHOS_ACTUAL", "WHOS_TO", "WHOSE_DT"}, set()),
}


def words(text: str) -> collections.Counter:
    return collections.Counter(_WORD.findall(text.lower().replace("’", "'")))


def rows(path: str) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def harper_rule(source_file: str) -> str:
    folder, name = os.path.split(source_file)
    stem = os.path.splitext(name)[0]
    return os.path.basename(folder) if stem in ("mod", "tests") else stem


def swaps(pair: set[str] | None, wrong: str, right: str) -> bool:
    """Does correcting `wrong` to `right` trade one word of the pair for another (any word of it, if no
    correction is given)?"""
    if pair is None:
        return True
    a, b = words(wrong), words(right)
    if not right:
        return bool(pair & set(a))
    return bool(pair & set(a - b)) and bool(pair & set(b - a))


def load(root: str) -> tuple[dict, dict]:
    """Clean sentences per corpus, and bad (peer rule, sentence) pairs per (copylint rule, corpus)."""
    clean: dict[str, dict[str, str]] = {"LanguageTool correct": {}, "Harper lint_count=0": {}}
    bad: dict[tuple[str, str], dict[str, str]] = collections.defaultdict(dict)
    for r in rows(os.path.join(root, LT)):
        rule = r["rule_id"].split("[")[0]
        if r["type"] == "correct":
            clean["LanguageTool correct"].setdefault(r["sentence"], rule)
        elif r["type"] == "incorrect":
            for fam, (pair, lt_ids, _) in FAMILIES.items():
                right = r["correction"].split("|")[0]
                if rule in lt_ids and swaps(pair, r["marked_span"], right):
                    bad[fam, "LanguageTool"].setdefault(r["sentence"], rule)
    for r in rows(os.path.join(root, HARPER)):
        rule = harper_rule(r["source_file"])
        if r["kind"] == "lint_count=0":
            clean["Harper lint_count=0"].setdefault(r["input"], rule)
        elif r["kind"] in ("suggestion", "weir_test") or r["kind"].startswith("lint_count="):
            for fam, (pair, _, harper_ids) in FAMILIES.items():
                if rule in harper_ids and swaps(pair, r["input"], r["expected_output"]):
                    bad[fam, "Harper"].setdefault(r["input"], rule)
    return clean, bad


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=ROOT, help="the peer-examples folder")
    ap.add_argument("--show", action="append", default=[], help="print clean sentences this rule or category hit")
    ap.add_argument("--limit", type=int, default=60)
    args = ap.parse_args()
    cfg = Config()
    checkers = all_checkers()
    cache: dict[str, list] = {}
    dropped: set[str] = set()  # sentences whose missing-period finding was not counted

    def findings(sentence: str) -> list:
        if sentence not in cache:
            text = "Examples\n\n" + sentence + "\n"
            ds = [d for d in check_source(text, "peer.txt", cfg, checkers) if d.category.value in LANGUAGE]
            if not _TERMINAL.search(sentence):  # the test sentence's own form, not a false alarm
                kept = [d for d in ds if d.rule != "punctuation.missing-period"]
                if len(kept) < len(ds):
                    dropped.add(sentence)
                ds = kept
            cache[sentence] = [(d, text) for d in ds]
        return cache[sentence]

    clean, bad = load(args.root)
    shown = 0
    print("(1) findings on clean sentences")
    for name, sents in clean.items():
        by_rule: collections.Counter = collections.Counter()
        by_rule_sents: collections.Counter = collections.Counter()
        hit = 0
        for sentence, peer in sorted(sents.items()):
            found = findings(sentence)
            hit += bool(found)
            by_rule_sents.update({d.rule for d, _ in found})
            for d, text in found:
                by_rule[d.rule] += 1
                if any(_matches(p, d.rule, d.category.value) for p in args.show) and shown < args.limit:
                    shown += 1
                    print(f"  [{name} / {peer}] {d.rule}: {text[d.start:d.end]!r}\n      {sentence}")
        print(f"{name}: {len(sents)} sentences, {hit} with a finding ({100 * hit / max(len(sents), 1):.1f}%); "
              f"missing-period not counted on {len(dropped & sents.keys())} unpunctuated sentences")
        for rule, n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"    {rule:<40} {n:4d} findings in {by_rule_sents[rule]:3d} sentences")
    print("\n(2) recall on bad examples of matching peer rules")
    for fam in FAMILIES:
        for corpus in ("LanguageTool", "Harper"):
            sents = bad.get((fam, corpus), {})
            if not sents:
                continue
            per_peer: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
            for sentence, peer in sents.items():
                per_peer[peer][0] += 1
                per_peer[peer][1] += any(d.rule == fam for d, _ in findings(sentence))
            n, caught = len(sents), sum(c for _, c in per_peer.values())
            print(f"{fam:<22} {corpus:<12} {caught:4d}/{n:<4d} {100 * caught / n:5.1f}%")
            for peer, (pn, pc) in sorted(per_peer.items()):
                print(f"      {peer:<32} {pc:4d}/{pn}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
