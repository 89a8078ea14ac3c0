"""YAML rule engine: every `*.yaml` file in a rule folder holds one rule or a list of them.

Each rule becomes a checker with its own Meta, so selection, severity overrides, suppression and the
examples test treat YAML rules exactly like Python ones. One module per rule kind.
"""

from __future__ import annotations

from pathlib import Path

from copylint.loading import LoadError, Seq, line_of, load_yaml
from copylint.rulespec.base import YamlRule
from copylint.rulespec.consistency import Consistency
from copylint.rulespec.existence import Existence
from copylint.rulespec.repetition import Repetition
from copylint.rulespec.substitution import Substitution

KINDS: dict[str, type[YamlRule]] = {
    "existence": Existence,
    "substitution": Substitution,
    "consistency": Consistency,
    "repetition": Repetition,
}


def load_file(path: str | Path) -> list[YamlRule]:
    path = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise LoadError(path, None, f"cannot read rule file: {e}") from None
    data = load_yaml(text, path)
    if data is None:
        return []
    items = data if isinstance(data, Seq) else [data]
    out = []
    for node in items:
        if not isinstance(node, dict):
            raise LoadError(path, line_of(node) or line_of(data), "a rule must be a mapping")
        kind = node.get("kind")
        if kind not in KINDS:
            raise LoadError(path, line_of(node, "kind"),
                            f"rule kind must be one of {', '.join(KINDS)}, not {kind!r}")
        out.append(KINDS[kind](node, path))
    return out


def load_folder(folder: str | Path) -> list[YamlRule]:
    """Every rule under `folder`, in path order. A file given directly is loaded on its own."""
    root = Path(folder)
    if root.is_file():
        return load_file(root)
    if not root.is_dir():
        raise LoadError(str(root), None, "rule folder does not exist")
    out: list[YamlRule] = []
    for p in sorted(root.rglob("*.yaml")):
        out.extend(load_file(p))
    return out
