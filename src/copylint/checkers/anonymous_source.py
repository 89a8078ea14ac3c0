"""attribution.anonymous-source: a source who is not named ("a senior official, speaking on condition of
anonymity")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.folded import Folded

_KNOW = r"(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|close\s+to|briefed\s+on|involved\s+in)"
_PATTERNS = (
    r"(?:speaking\s+)?on\s+(?:the\s+)?condition\s+(?:of\s+anonymity|(?:that\s+)?(?:he|she|they|it)\s+"
    r"(?:not\s+be|was\s+not|were\s+not|remain)\s+(?:named|identified|anonymous))",
    r"(?:asked|requested|declined|did\s+not\s+want|didn['’]t\s+want|wished|refused|preferred)\s+(?:not\s+)?"
    r"to\s+be\s+(?:named|identified)",
    r"(?:is|are|was|were)\s+not\s+(?:authori[sz]ed|allowed|permitted|cleared)\s+to\s+(?:speak|comment|talk)\s+"
    r"(?:publicly|on\s+the\s+record|to\s+(?:the\s+)?(?:media|press|reporters))",
    r"(?:anonymous|unnamed|unidentified)\s+(?:senior\s+|government\s+|police\s+|military\s+|western\s+)?"
    r"(?:sources?|officials?|insiders?|aides?|diplomats?|employees?|staffers?|executives?|informants?)",
    rf"(?:a|one|two|three|several|multiple)?\s*(?:sources?|people|persons?|insiders?|officials?)\s+{_KNOW}\s+"
    r"(?:the\s+|this\s+)?(?:matter|situation|talks|plans?|negotiations|deal|discussions|investigation|"
    r"decision|case|thinking|process|probe)",
    r"according\s+to\s+(?:a\s+|an\s+|two\s+|three\s+|several\s+|multiple\s+)?(?:sources?|insiders?|an\s+insider)",
    r"(?:sources|insiders)\s+(?:say|said|told|claim|claimed)",
    r"off\s+the\s+record",
)
_ANON = Folded(r"\b(?:" + "|".join(_PATTERNS) + r")\b")


class AnonymousSource:
    meta = Meta(
        id="attribution.anonymous-source",
        category=Category.ATTRIBUTION,
        severity=Severity.INFO,
        summary="A source who is not named: 'speaking on condition of anonymity', 'sources say'.",
        description=(
            "Flags anonymous sourcing outside direct quotations so the desk can confirm it was approved: "
            "the reader is not told who the source is. Say why anonymity was granted and how the source "
            "knows."
        ),
        bad=(
            Example("A senior official, [[speaking on condition of anonymity]], said talks had stalled."),
            Example("[[Sources close to the talks]] said a deal was near."),
            Example("The official, who [[asked not to be named]], said the plant would close."),
            Example("[[Two people familiar with the matter]] said the deal was off."),
        ),
        good=(
            Example("Deputy Minister Ann Lee said talks had stalled."),
            Example("The source of the leak was a burst pipe, the city said."),
            Example("Police asked the public not to approach him."),
            Example("“Sources say a lot of things,” Lee said."),
        ),
    )

    def check(self, doc, ctx):
        for p in doc.speech.paragraphs:
            flat = p.flat
            for m in _ANON.finditer(flat):
                lead = len(m.group()) - len(m.group().lstrip())
                s, e = p.start + m.start() + lead, p.start + m.end()
                phrase = " ".join(doc.text[s:e].split())
                yield Finding(s, e, f"Anonymous source ('{phrase}'): the source is not named; say why anonymity "
                              "was granted and how the source knows.")
