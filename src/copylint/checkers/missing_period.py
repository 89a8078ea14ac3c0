"""punctuation.missing-period: a body paragraph whose last sentence has no terminal punctuation."""

from __future__ import annotations

import re

from copylint.document import BODY
from copylint.model import Category, Example, Finding, Meta, Severity

_CLOSERS = "\"'”’»)]"
_QUOTES = "\"'”’»"
_ENDS = ".!?…"
_CUT = "—–-"  # a dash before a closing quote: speech cut off
_LAST_WORD = re.compile(r"[\w%$£€]+(?:['’.&/-][\w%$£€]+)*[" + re.escape(_CLOSERS) + r"]*$")
# Lines that are not sentences: boilerplate, sign-offs, credits, labels.
_BOILERPLATE = re.compile(
    r"^(?:related|read more|read also|see also|more\s*(?::|on\b|from\b|stories\b|news\b)|also read|follow|"
    r"sign up|subscribe|click|watch|listen|"
    r"photo|image|video|credit|source|sources|editor['’]s note|with files from|with reporting by|"
    r"reporting by|copyright|©|contact|email|tel|phone|twitter|facebook|instagram|share|updated|posted)\b",
    re.I,
)
_LABEL = re.compile(r"^[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,3}:\s")
_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|explained)\s*:\s$", re.I)
_NUMBERED = re.compile(r"^\d{1,2}\s+[A-Z“\"‘]")
_CITATION = re.compile(r"[”\"]\s*[-–—]+\s*[^“\"”\n]{1,80}$")  # "Quote" — CBC.ca, August 15, 2008
_FILL_IN = re.compile(r"(?:\.\.\.|…)\s+\S+(?:\s+\S+){0,2}$")  # "I think they treat waiters best in ... France"
_SMALL = frozenset("a an and as at but by for from in into of on or the to vs with".split())
# Words a finished sentence does not end on: the paragraph is cut short, not missing a period.
_DANGLING = frozenset("a an the and or nor but of".split())


class MissingPeriod:
    meta = Meta(
        id="punctuation.missing-period",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary="A body paragraph that does not end in terminal punctuation.",
        description=(
            "Flags a body paragraph whose last sentence has no period, question mark, exclamation mark or "
            "ellipsis (a closing quotation mark or bracket after one counts, and so does a dash cutting off "
            "a quotation). Headlines, subheads, datelines, bylines, list items, captions, table rows, lines "
            "ending in a colon, labels ('Average tips: ...'), boilerplate ('Related:', 'Read more') and short "
            "single-sentence lines are left alone, and so is a paragraph that runs on into a next one "
            "starting in lower case."
        ),
        bad=(
            Example("Bridge petition\n\nMore than 3,000 residents have signed a petition against the new toll "
                    "[[plan]]\n", fix="plan."),
            Example("Harper urges Putin to act on Syria\n\nThe economy will be his priority at [[APEC]]\n",
                    fix="APEC."),
            Example("Bridge to stay closed\n\nThe bridge opened in 1959. It was last repaired in 2011, the "
                    "province [[said]]\n\nRepairs will cost about $6 million.\n", fix="said."),
            Example("Band jailed\n\nMembers of the band were jailed for their anti-Putin “punk [[prayer”]]\n",
                    fix="prayer.”"),
        ),
        good=(
            Example("Harper urges Putin to act on Syria\n\nThe economy will be his priority at APEC.\n"),
            Example("Vote tonight\n\n“We will fight this,” she said. “We have only just—”\n"),
            Example("Vote tonight\n\nThe council will consider three options:\n\n- a new levy\n- cuts\n"),
            Example("Vote tonight\n\nRelated: Council votes down transit levy\n"),
            Example("Five jobs\n\nThe job: Tasting dog food for a premium brand\n\nIt pays well.\n"),
            Example("Ten facts\n\n5 There’s life out there\n\nScientists agree.\n"),
            Example("Wage talks\n\nShe said the offer was fair, and\nthat talks would go on.\n"),
            Example("Wage talks\n\nThe union said the offer was not enough\n\nand that talks would resume.\n"),
            Example("Wage talks\n\nWith files from The Canadian Press\n"),
            Example("Wage talks\n\nHe was asked whether it was true...\n"),
        ),
    )

    def check(self, doc, ctx):
        text = doc.masked
        blocks = doc.blocks
        for b in blocks:
            if b.kind not in BODY:
                continue
            body = text[b.start : b.end].rstrip()
            end = b.start + len(body)
            if end < b.end and any(c.isalnum() for c in doc.text[end : b.end]):
                continue  # ends in a URL, code or a link target
            body = body.lstrip()
            if not body or _finished(body) or _not_a_sentence(body):
                continue
            nxt = blocks[b.index + 1] if b.index + 1 < len(blocks) else None
            if nxt and text[nxt.start : nxt.end].lstrip(" \"“‘'(").startswith(tuple("abcdefghijklmnopqrstuvwxyz")):
                continue  # the paragraph runs on: a stray line break, not a missing period
            m = _LAST_WORD.search(text, b.start, end)
            if not m:
                continue
            word = m.group()
            core = word.rstrip(_CLOSERS)
            if core.lower() in _DANGLING:
                continue
            sentences = doc.block_sentences(b)
            last = text[sentences[-1].start : sentences[-1].end] if sentences else body
            if len(sentences) < 2 and len(last.split()) < 7:
                continue  # a short title-like line
            if len(sentences) >= 2 and _credit(last):
                continue  # "...the mirror.” Charles Bolden, NASA Administrator"
            if _FILL_IN.search(last) or (len(sentences) < 2 and _NUMBERED.match(body) and len(last.split()) <= 20):
                continue
            closers = word[len(core) :]
            if closers and not any(c in _QUOTES for c in closers):
                fix = word + "."  # "(CP)" -> "(CP)."
            else:
                fix = core + "." + closers  # North American style: the period goes inside the quotes
            safe = (
                not closers
                and (len(sentences) >= 2 or len(last.split()) >= 8)
                and (body[0].isupper() or body[0] in "“\"‘")
                and ":" not in last
            )
            yield Finding(
                m.start(),
                m.end(),
                f"Paragraph ends '{word}' with no closing punctuation: end the sentence with a period.",
                (fix,),
                safe=safe,
            )


def _finished(body: str) -> bool:
    core = body.rstrip(_CLOSERS)
    if not core:
        return True
    last = core[-1]
    if last in _ENDS or last in ":;,":
        return True
    if last in _CUT and core != body:
        return True  # “We have only just—”
    return not (last.isalnum() or last in "%$£€")


def _not_a_sentence(body: str) -> bool:
    if "\t" in body or body.count("|") >= 2 or len(re.findall(r"\S {2,}\S", body)) >= 2:
        return True  # a table row
    if body[0] in "([{—–-*#•" or _BOILERPLATE.match(body):
        return True
    first = body.split("\n", 1)[0]
    label = _LABEL.match(first)
    if label and not _SPEECH.search(label.group()) and len(body.split()) <= 25:
        return True
    return bool(_CITATION.search(body))


def _credit(sentence: str) -> bool:
    """A short run of capitalised words after the last sentence: a pull quote's speaker or source."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", sentence)
    content = [w for w in words if w.lower() not in _SMALL]
    return 0 < len(words) <= 6 and all(w[0].isupper() for w in content)
