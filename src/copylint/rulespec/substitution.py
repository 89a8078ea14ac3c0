"""`substitution`: flag a phrase and suggest its replacement (`swap: {found: replacement}`)."""

from __future__ import annotations

from copylint.rulespec.base import YamlRule, finding, match_case, phrase_key


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
        self.pairs = []  # regex swaps: (pattern, replacement template)
        self.lookup: dict[str, str] = {}  # literal swaps: phrase key -> replacement
        for found, repl in swap.items():
            if not isinstance(found, str) or not isinstance(repl, str):
                raise self.error("swap", f"swap entry {found!r}: both sides must be strings")
            if not self.is_regex:
                self.lookup[phrase_key(found, self.ignorecase)] = repl
                continue
            pat = self.compile(found, "swap")
            if pat.search(""):
                raise self.error("swap", f"swap pattern {found!r} matches the empty string")
            self.pairs.append((pat, repl))
        if self.lookup:  # all literal phrases in one alternation: one pass over the text
            self.pairs.append((self.literal(list(swap)), None))

    def find(self, doc, deadline):
        found = [(m, repl) for pat, repl in self.pairs for m in self.matches(doc, pat, deadline)]
        found.sort(key=lambda x: (x[0].start(), -x[0].end()))  # leftmost, then longest, wins
        end = -1
        for m, repl in found:
            if m.start() < end:
                continue
            end = m.end()
            if repl is None:
                repl = self.lookup.get(phrase_key(m.group(), self.ignorecase))
                if repl is None:
                    continue
            fix = match_case(m.expand(repl) if self.is_regex else repl, m.group())
            yield finding(m, self.say(match=m.group(), suggestion=fix), (fix,), self.safe)
