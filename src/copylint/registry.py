"""Where checkers come from: built-ins (listed here), YAML rule packs, and plugins through the
entry-point group `copylint.checkers`."""

from __future__ import annotations

import importlib
from functools import lru_cache
from importlib.metadata import entry_points
from pathlib import Path

from copylint.checker import Checker
from copylint.loading import LoadError

# Built-in Python checkers, "module:Class", one per file in copylint/checkers/.
BUILTIN: tuple[str, ...] = (
    "copylint.checkers.doubled_word:DoubledWord",
    "copylint.checkers.their_there:TheirThere",
    "copylint.checkers.its_its:ItsIts",
    "copylint.checkers.then_than:ThenThan",
    "copylint.checkers.affect_effect:AffectEffect",
    "copylint.checkers.lose_loose:LoseLoose",
    "copylint.checkers.whose_whos:WhoseWhos",
    "copylint.checkers.count_mismatch:CountMismatch",
    "copylint.checkers.money_mismatch:MoneyMismatch",
    "copylint.checkers.percent_mismatch:PercentMismatch",
    "copylint.checkers.tally_mismatch:TallyMismatch",
    "copylint.checkers.age_mismatch:AgeMismatch",
    "copylint.checkers.streak:Streak",
    "copylint.checkers.list_count:ListCount",
    "copylint.checkers.parts_sum:PartsSum",
    "copylint.checkers.part_exceeds_whole:PartExceedsWhole",
    "copylint.checkers.percent_sum:PercentSum",
    "copylint.checkers.percent_change:PercentChange",
    "copylint.checkers.margin:Margin",
    "copylint.checkers.vote_count:VoteCount",
    "copylint.checkers.score_summary:ScoreSummary",
    "copylint.checkers.weekday:Weekday",
    "copylint.checkers.anniversary:Anniversary",
    "copylint.checkers.age_arithmetic:AgeArithmetic",
    "copylint.checkers.date_arithmetic:DateArithmetic",
    "copylint.checkers.number_style:NumberStyle",
    "copylint.checkers.pronoun_case:PronounCase",
    "copylint.checkers.missing_of:MissingOf",
    "copylint.checkers.misspelling:Misspelling",
    "copylint.checkers.unknown_word:UnknownWord",
    "copylint.checkers.name_mismatch:NameMismatch",
    "copylint.checkers.dialect_mix:DialectMix",
    "copylint.checkers.missing_period:MissingPeriod",
    "copylint.checkers.unbalanced_quotes:UnbalancedQuotes",
    "copylint.checkers.unbalanced_brackets:UnbalancedBrackets",
    "copylint.checkers.sentence_spacing:SentenceSpacing",
    "copylint.checkers.unattributed_quote:UnattributedQuote",
    "copylint.checkers.vague_source:VagueSource",
    "copylint.checkers.unattributed_claim:UnattributedClaim",
    "copylint.checkers.unattributed_figure:UnattributedFigure",
    "copylint.checkers.unattributed_charge:UnattributedCharge",
    "copylint.checkers.unattributed_prediction:UnattributedPrediction",
    "copylint.checkers.anonymous_source:AnonymousSource",
)

ENTRY_POINT_GROUP = "copylint.checkers"


def builtin_rules_dir() -> Path:
    """The shipped YAML packs: inside the installed package, or the repository's rules/ when the
    package runs from a source tree."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise LoadError(str(here / "rules"), None, "built-in rules are missing from this installation")


@lru_cache(maxsize=1)
def builtin_checkers() -> tuple[Checker, ...]:
    out = []
    for spec in BUILTIN:
        module, _, name = spec.partition(":")
        out.append(getattr(importlib.import_module(module), name)())
    return tuple(out)


@lru_cache(maxsize=1)
def plugin_checkers() -> tuple[Checker, ...]:
    out = []
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            obj = ep.load()
        except Exception as e:  # a broken plugin must not stop the run
            raise LoadError(f"plugin {ep.name} ({ep.value})", None, f"cannot load: {e}") from None
        items = obj if isinstance(obj, list | tuple) else [obj]
        for item in items:
            checker = item() if isinstance(item, type) else item
            if not isinstance(checker, Checker):
                raise LoadError(f"plugin {ep.name} ({ep.value})", None, "is not a checker (needs meta and check)")
            out.append(checker)
    return tuple(out)


@lru_cache(maxsize=8)
def yaml_checkers(folders: tuple[str, ...]) -> tuple[Checker, ...]:
    from copylint.rulespec import load_folder

    out = []
    for folder in folders:
        out.extend(load_folder(folder))
    return tuple(out)


def known_ids(checkers) -> frozenset[str]:
    """Rule ids a name may match: the checkers' own and those LanguageTool's findings carry."""
    from copylint.engines.languagetool import RULES

    return frozenset(c.meta.id for c in checkers) | RULES


def all_checkers(extra_rule_folders: tuple[str, ...] = ()) -> tuple[Checker, ...]:
    """Every known checker, ids unique; a duplicate id is a load error."""
    found = (
        *builtin_checkers(),
        *yaml_checkers((str(builtin_rules_dir()), *extra_rule_folders)),
        *plugin_checkers(),
    )
    seen: dict[str, str] = {}
    for c in found:
        where = c.meta.source or type(c).__module__
        if c.meta.id in seen:
            raise LoadError(where, None, f"rule id {c.meta.id!r} is already defined in {seen[c.meta.id]}")
        seen[c.meta.id] = where
    return found
