"""`existence`: flag every occurrence of listed phrases or a pattern."""

from __future__ import annotations

from copylint.rulespec.base import Finder, finding


class Existence(Finder):
    KEYS = frozenset({"tokens", "pattern"})

    def __init__(self, node, path):
        super().__init__(node, path)
        self.pattern = self._pattern()

    def find(self, doc, deadline):
        for m in self.matches(doc, self.pattern, deadline):
            yield finding(m, self.say(match=m.group()))
