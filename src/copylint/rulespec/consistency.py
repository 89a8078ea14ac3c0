"""`consistency`: spellings that may each be right, but not both in one article (`either: [[a, b], ...]`).

Occurrences of the less frequent form are flagged, suggesting the article's majority form (on a tie,
the form used first)."""

from __future__ import annotations

from copylint.rulespec.base import YamlRule, finding, match_case, phrase_key


class Consistency(YamlRule):
    KEYS = frozenset({"either"})
    PLACEHOLDERS = frozenset({"match", "suggestion", "count"})

    def __init__(self, node, path):
        super().__init__(node, path)
        groups = node.get("either")
        if not isinstance(groups, list) or not groups:
            raise self.error("either" if "either" in node else None, "'either' must be a list of variant lists")
        self.groups = []
        self.lookup: dict[str, tuple[int, int]] = {}  # phrase key -> (group, variant)
        for g in groups:
            if not isinstance(g, list) or len(g) < 2 or not all(isinstance(v, str) and v.strip() for v in g):
                raise self.error("either", f"each 'either' entry must list two or more spellings, got {g!r}")
            for i, v in enumerate(g):
                key = phrase_key(v, self.ignorecase)
                if key in self.lookup:
                    raise self.error("either", f"spelling {v!r} is listed twice")
                self.lookup[key] = (len(self.groups), i)
            self.groups.append(g)
        self.pattern = self.literal([v for g in self.groups for v in g])

    def find(self, doc, deadline):
        uses: dict[int, list[list]] = {}
        for m in self.matches(doc, self.pattern, deadline):
            hit = self.lookup.get(phrase_key(m.group(), self.ignorecase))
            if hit is not None:
                g, i = hit
                uses.setdefault(g, [[] for _ in self.groups[g]])[i].append(m)
        for g in sorted(uses):
            variants, found = self.groups[g], uses[g]
            used = [i for i, u in enumerate(found) if u]
            if len(used) < 2:
                continue
            keep = max(used, key=lambda i: (len(found[i]), -found[i][0].start()))
            form = variants[keep]
            for i in used:
                if i == keep:
                    continue
                for m in found[i]:
                    fix = match_case(form, m.group())
                    yield finding(m, self.say(match=m.group(), suggestion=fix, count=len(found[keep])), (fix,))
