"""attribution.unattributed-quote: a direct quotation with no speaker."""

from __future__ import annotations

import re

from copylint.document import PARAGRAPH
from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.attribution import outside_quotes, paragraphs, speaker, speech_cue, speech_forms
from copylint.nlp.quotes import CLOSE, OPEN, STRAIGHT

_MIN_WORDS = 5  # shorter quoted passages are terms, titles or scare quotes, not speech
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A speaker left inside an unclosed quotation: "... on television, said Entwisle."
_TRAILING = re.compile(r",\s+(?:said|says|adds|added)\s+[A-Z][\w’'-]+|,\s+[A-Z][\w’'-]+\s+(?:said|says)\b")
# Verbs that introduce a quotation besides reporting verbs: "she thinks", "he grins", "what he called".
_QUOTE_VERBS = re.compile(
    r"\b(?:think|thinks|thought|believe|believes|believed|reckon|reckons|reckoned|grin|grins|grinned|"
    r"smile|smiles|smiled|laugh|laughs|laughed|sigh|sighs|sighed|shrug|shrugs|shrugged|nod|nods|nodded|quote|quotes|"
    r"quoted|call|calls|called|describes|described|dub|dubs|dubbed|bill|billed|term|termed|point\s+out|points\s+out|pointed\s+out|"
    r"put\s+it|puts\s+it|recalls|recalled|remembers|remembered|shrieks|shrieked|jokes|joked)\b",
)  # lower case only: "Bill", "Grant" and "Mark" are first names


def _excerpt(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


class UnattributedQuote:
    meta = Meta(
        id="attribution.unattributed-quote",
        category=Category.ATTRIBUTION,
        severity=Severity.WARNING,
        summary="A direct quotation with no speaker.",
        description=(
            "Flags a quotation of five words or more, opening with a capital, when no speaker is named: no "
            "reporting verb ('said', 'told', 'wrote', 'asked', 'according to', 'she thinks', ...) in its "
            "paragraph or the paragraph before (the news convention), no colon lead-in (also ending the paragraph "
            "before: 'Read the statement in full:'), no credit after it ('asked one resident', '(Reuters)', a "
            "line '– the senator, in a statement'), and no person ('he', "
            "'Dr. Lee', 'Sharon Surloff,', 'Strydom agreed') in its sentence or the sentence before. Quoted "
            "terms, titles, scare quotes and partial quotes are left alone."
        ),
        bad=(
            Example("The council met on Monday.\n\n[[“We will not raise taxes this year, no matter what.”]]\n\n"
                    "The budget passed 7-2."),
            Example("Crews worked through the night. [[“It was the worst fire we have seen in years,”]] "
                    "and the damage is still being counted."),
            Example("Crews came from across the United States.\n\n[[“We have never seen a fire like this one in "
                    "our lives.”]]"),
            Example("The council met on Tuesday.\n\n[[''We will rebuild the town hall before the winter comes, no "
                    "matter what.'']]"),
            Example("Bill Haskins reviewed the accounts with the council.\n\n[[“We cannot afford to rebuild the hall "
                    "this year without a new tax.”]]"),
        ),
        good=(
            Example("“We will not raise taxes this year, no matter what,” Mayor Ann Lee said."),
            Example("Lee told reporters she would not back down.\n\n“We will not raise taxes this year, no "
                    "matter what. The people have spoken.”"),
            Example("Lee said: “We will not raise taxes this year.”\n\n“Not this year, and not next year "
                    "either.”\n\n“The people have spoken.”"),
            Example("The band's hit “Love Me Tender” was played twice."),
            Example("According to the report, “the risk of collapse was known for years.”"),
            Example("Lee: “We will not raise taxes this year, no matter what.”"),
            Example("Lee went on to say that “the town will rebuild the hall before the winter comes.”"),
            Example("The senator released a statement on Monday. Read it in full:\n\n“Today we have taken a step "
                    "that our state will remember for a generation.”"),
            Example("“This vote is a betrayal of every family who trusted this chamber.”\n- the senator, in a "
                    "statement"),
            Example("“We have heard the concerns of the farmers and we will act on them.” (Reuters)"),
            Example("“Will the town rebuild the hall before the winter comes?” asked one resident."),
        ),
    )

    def check(self, doc, ctx):
        paras = paragraphs(doc)
        flats = [outside_quotes(doc, p.start, p.end) for p in paras]
        spoken = [bool(_cue(f)) or bool(_TRAILING.search(doc.masked[p.start : p.end])) for p, f in zip(paras, flats,
                                                                                                     strict=True)]
        carried = False  # the paragraph before named a speaker or held an attributed quotation
        last = ""  # the last sentence of the paragraph before
        for n, p in enumerate(paras):
            quotes = [(s, e) for s, e in doc.quotes_in(p.start, p.end) if p.start <= s < p.end]
            found = False
            for s, e in quotes:
                if spoken[n] or carried or doc.blocks[p.index].kind != PARAGRAPH or not _speech_like(doc.masked[s:e]):
                    continue
                if doc.masked[p.start : max(p.start, s - 1)].rstrip().endswith(":") or \
                        n and s - p.start <= 2 and \
                        doc.masked[paras[n - 1].start : paras[n - 1].end].rstrip().endswith(":"):
                    continue  # introduced: "Her message was simple: “...”", "Read the statement in full:"
                if _credited(doc, e, p.end, doc.blocks[p.index + 1] if p.index + 1 < len(doc.blocks) else None):
                    continue  # "“...”, asked one resident", "“...” (Reuters)", "– the senator, in a statement"
                if e == p.end and n + 1 < len(paras) and spoken[n + 1]:
                    continue  # the quotation runs on into the next paragraph, which names the speaker
                i = next((k for k, (a, b) in enumerate(p.sentences) if a <= s < b + 1), 0)
                if any(speaker(t) for t in (p.plain[i], p.plain[i - 1] if i else last)):
                    continue
                found = True
                start = s - len(_mark_before(doc.masked, s, p.start))
                end = e + len(_mark_after(doc.masked, e, p.end))
                yield Finding(
                    start, end,
                    f"Quotation '{_excerpt(doc.text[s:e])}' has no speaker in its paragraph or the one before: "
                    "say who said it.",
                )
            carried = spoken[n] or (bool(quotes) and not found)
            last = p.plain[-1] if p.plain else ""


_TAG_AFTER = re.compile(r"[,.?!]?\s*([^\W\d_]+)")
# a credit after a quotation: in brackets ("(Reuters)"), or after a dash ("– the senator, in a statement")
_CREDIT = re.compile(r"\s*(?:\(\s*[A-Z][^()]{0,60}\)|[-–—]\s*[^\W\d_])")
_CREDIT_WORDS = 15  # a credit line is short; a longer line after a dash is a list item


_OPENERS, _CLOSERS = (*OPEN, *STRAIGHT), (*CLOSE, *STRAIGHT)  # the marks doc.quotes reads


def _mark_before(text: str, s: int, floor: int) -> str:
    """The quotation mark that opens a quotation at s ("" if none lies between floor and s)."""
    return next((m for m in _OPENERS if s - len(m) >= floor and text[s - len(m) : s] == m), "")


def _mark_after(text: str, e: int, ceiling: int) -> str:
    """The quotation mark that closes a quotation at e ("" if none lies between e and ceiling)."""
    return next((m for m in _CLOSERS if e + len(m) <= ceiling and text[e : e + len(m)] == m), "")


def _credited(doc, e: int, end: int, following) -> bool:
    """Is the quotation ending at e credited right after it: a reporting verb as the next word ("“...?”
    asked one resident"), a source in brackets or after a dash ("“...” (Reuters)"), or a short credit line
    opening the next block ("– the senator, in a statement")?"""
    text = doc.masked
    after = e + len(_mark_after(text, e, end))
    m = _TAG_AFTER.match(text, after, end)
    if m and m.group(1).lower() in speech_forms() or _CREDIT.match(text, after, end):
        return True
    if following is None or text[after:end].strip():
        return False
    line = text[following.start : following.end]
    return bool(_CREDIT.match(line)) and len(line.split()) <= _CREDIT_WORDS


def _speech_like(quoted: str) -> bool:
    """Five words or more, opening with a capital, not title case: speech, not a term, title or partial quote."""
    words = _WORDS.findall(quoted)
    if len(words) < _MIN_WORDS or not words[0][0].isupper() or not quoted.lstrip()[:1].isalnum():
        return False
    return sum(w[0].isupper() for w in words) < 0.6 * len(words)


def _cue(flat: str):
    return speech_cue(flat) or _QUOTE_VERBS.search(flat)


