"""`repetition`: a phrase or pattern used more than `max` times per sentence, paragraph or article;
every use beyond the limit is flagged."""

from __future__ import annotations

from copylint.rulespec.base import Finder, finding

PER = ("sentence", "paragraph", "article")


class Repetition(Finder):
    KEYS = frozenset({"tokens", "pattern", "max", "per"})
    PLACEHOLDERS = frozenset({"match", "count", "max", "per"})

    def __init__(self, node, path):
        super().__init__(node, path)
        self.pattern = self._pattern()
        self.max = node.get("max", 1)
        if not isinstance(self.max, int) or isinstance(self.max, bool) or self.max < 1:
            raise self.error("max", "'max' must be a whole number of at least 1")
        self.per = self.str("per", default="article")
        if self.per not in PER:
            raise self.error("per", f"'per' must be one of {', '.join(PER)}, not {self.per!r}")

    def _scope(self, doc, offset: int):
        if self.per == "article":
            return 0
        if self.per == "paragraph":
            b = doc.block_at(offset)
            return b.index if b else -1
        s = doc.sentence_at(offset)
        return s.start if s else -1

    def find(self, doc, deadline):
        seen: dict[object, int] = {}
        for m in self.matches(doc, self.pattern, deadline):
            scope = self._scope(doc, m.start())
            seen[scope] = seen.get(scope, 0) + 1
            if seen[scope] > self.max:
                yield finding(m, self.say(match=m.group(), count=seen[scope], max=self.max, per=self.per))
