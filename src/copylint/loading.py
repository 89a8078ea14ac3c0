"""Strict, safe YAML loading that remembers where every key was, for `file:line` errors."""

from __future__ import annotations

from typing import Any

import yaml


class LoadError(Exception):
    """A config or rule file that cannot be used; str() is one `file:line: message` line."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path, self.line, self.message = path, line, message
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")


class Map(dict):
    """A mapping that knows its own line and each key's line (1-based)."""

    line: int = 0
    lines: dict


class Seq(list):
    line: int = 0


class _Loader(yaml.SafeLoader):
    pass


def _map(loader: _Loader, node: yaml.MappingNode) -> Map:
    out = Map()
    out.line = node.start_mark.line + 1
    out.lines = {}
    for k, v in node.value:
        key = loader.construct_object(k, deep=True)
        if key in out:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", k.start_mark)
        out[key] = loader.construct_object(v, deep=True)
        out.lines[key] = k.start_mark.line + 1
    return out


def _seq(loader: _Loader, node: yaml.SequenceNode) -> Seq:
    out = Seq(loader.construct_object(v, deep=True) for v in node.value)
    out.line = node.start_mark.line + 1
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _map)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _seq)


def load_yaml(text: str, path: str) -> Any:
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else None
        raise LoadError(path, line, f"invalid YAML: {e.problem or e.context}") from None
    except yaml.YAMLError as e:
        raise LoadError(path, None, f"invalid YAML: {e}") from None


def line_of(node: Any, key: str | None = None) -> int | None:
    if key is not None and isinstance(node, Map):
        return node.lines.get(key, node.line)
    return getattr(node, "line", None)


def check_keys(node: Any, allowed: set[str] | frozenset[str], path: str, what: str) -> None:
    if not isinstance(node, dict):
        raise LoadError(path, line_of(node), f"{what} must be a mapping")
    for key in node:
        if key not in allowed:
            raise LoadError(
                path, line_of(node, key), f"unknown key {key!r} in {what} (allowed: {', '.join(sorted(allowed))})"
            )
