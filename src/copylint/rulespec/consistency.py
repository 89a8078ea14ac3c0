"""`consistency`: spellings that may each be right, but not both in one article (`either: [[a, b], ...]`).

Occurrences of the less frequent form are flagged, suggesting the article's majority form (on a tie,
the form used first)."""

from __future__ import annotations

from copylint.rulespec.base import YamlRule, finding, match_case, phrase_pattern


class Consistency(YamlRule):
    KEYS = frozenset({"either"})
    PLACEHOLDERS = frozenset({"match", "suggestion", "count"})

    def __init__(self, node, path):
        super().__init__(node, path)
        groups = node.get("either")
        if not isinstance(groups, list) or not groups:
            raise self.error("either" if "either" in node else None, "'either' must be a list of variant lists")
        self.groups = []
        for g in groups:
            if not isinstance(g, list) or len(g) < 2 or not all(isinstance(v, str) and v.strip() for v in g):
                raise self.error("either", f"each 'either' entry must list two or more spellings, got {g!r}")
            pats = [self.compile(phrase_pattern([v]), "either") for v in g]
            self.groups.append((g, pats))

    def find(self, doc, deadline):
        for variants, pats in self.groups:
            uses = [list(self.matches(doc, p, deadline)) for p in pats]
            used = [i for i, u in enumerate(uses) if u]
            if len(used) < 2:
                continue
            keep = max(used, key=lambda i: (len(uses[i]), -uses[i][0].start()))
            form = variants[keep]
            for i in used:
                if i == keep:
                    continue
                for m in uses[i]:
                    fix = match_case(form, m.group())
                    yield finding(m, self.say(match=m.group(), suggestion=fix, count=len(uses[keep])), (fix,))
