"""`substitution`: flag a phrase and suggest its replacement (`swap: {found: replacement}`)."""

from __future__ import annotations

from copylint.rulespec.base import YamlRule, finding, match_case, phrase_pattern


class Substitution(YamlRule):
    KEYS = frozenset({"swap", "regex", "safe"})
    PLACEHOLDERS = frozenset({"match", "suggestion"})

    def __init__(self, node, path):
        super().__init__(node, path)
        swap = node.get("swap")
        if not isinstance(swap, dict) or not swap:
            raise self.error("swap" if "swap" in node else None, "'swap' must map phrases to their replacements")
        self.is_regex = self.bool("regex", False)
        self.safe = self.bool("safe", False)
        self.pairs = []
        for found, repl in swap.items():
            if not isinstance(found, str) or not isinstance(repl, str):
                raise self.error("swap", f"swap entry {found!r}: both sides must be strings")
            src = found if self.is_regex else phrase_pattern([found])
            pat = self.compile(src, "swap")
            if self.is_regex and pat.search(""):
                raise self.error("swap", f"swap pattern {found!r} matches the empty string")
            self.pairs.append((pat, repl))

    def find(self, doc, deadline):
        found = [(m, repl) for pat, repl in self.pairs for m in self.matches(doc, pat, deadline)]
        found.sort(key=lambda x: (x[0].start(), -x[0].end()))  # leftmost, then longest, wins
        end = -1
        for m, repl in found:
            if m.start() < end:
                continue
            end = m.end()
            fix = match_case(m.expand(repl) if self.is_regex else repl, m.group())
            yield finding(m, self.say(match=m.group(), suggestion=fix), (fix,), self.safe)
