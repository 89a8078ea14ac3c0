"""attribution.vague-source: a claim put in unnamed mouths ("critics say", "studies show")."""

from __future__ import annotations

import re

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.attribution import speech_cue
from copylint.nlp.folded import Folded

_ADV = r"(?:\s+(?:have|has|had|now|also|long|often|still|widely|generally|increasingly|privately|publicly|would|may|"
_ADV += r"might|will|all|even|already|repeatedly|consistently|previously|recently))*"
_VERB = (r"(?:say|says|said|believe|believes|believed|think|thinks|thought|argue|argues|argued|claim|claims|claimed|"
         r"contend|contends|contended|warn|warns|warned|agree|agrees|agreed|fear|fears|feared|insist|insists|"
         r"insisted|maintain|maintains|maintained|suggest|suggests|suggested|estimate|estimates|estimated|feel|feels|"
         r"felt|point\s+out|pointed\s+out|charge|charged|allege|alleged|complain|complained|predict|predicted)")
_FIND = (r"(?:show|shows|showed|shown|suggest|suggests|suggested|find|finds|found|indicate|indicates|indicated|"
         r"prove|proves|proved|proven|confirm|confirms|confirmed)")
_PATTERNS = (
    # critics say, many believe, some people argue, experts have long warned
    rf"(?:(?:many|some|most|other|several)\s+)?(?:critics|experts|observers|commentators|pundits|skeptics|sceptics)"
    rf"{_ADV}\s+{_VERB}",
    rf"(?:many|some|most|other)\s+(?:people|observers|scientists|economists|analysts|doctors|academics|"
    rf"historians|parents|residents|voters|insiders|others){_ADV}\s+{_VERB}",
    rf"(?:many|some|others){_ADV}\s+{_VERB}",
    rf"(?:studies|research|evidence|science){_ADV}\s+{_FIND}",
    # it is believed, it has been suggested, it was widely reported
    r"it\s+(?:is|was|has\s+been|had\s+been)(?:\s+(?:widely|generally|commonly|often|now|also))?\s+"
    r"(?:believed|said|thought|claimed|feared|alleged|rumou?red|suggested|argued|understood|reported)",
    # is widely seen as, is widely regarded as
    r"(?:is|are|was|were|been|being)\s+(?:widely|generally|commonly|often|largely)\s+"
    r"(?:seen|regarded|considered|viewed|believed|thought|held|perceived|acknowledged|recognised|recognized|"
    r"accepted|expected)\s+(?:as|to)",
    r"there\s+are\s+(?:those|some|many)\s+who\s+(?:say|believe|think|argue|claim|feel)",
    r"according\s+to\s+(?:some|many|critics|experts|observers|analysts|some\s+experts|many\s+experts)\b",
    r"people\s+(?:are|were)\s+saying",
    # a quotation credited to no one: "went the refrain at a public meeting", "went the line doing the rounds"
    r"went\s+the\s+(?:line|refrain|joke|saying|chant|slogan|message|mantra|thinking|argument)",
    r"the\s+(?:instruction|line|refrain|message|order|thinking)\s+went",
)
_VAGUE = Folded(r"\b(?:" + "|".join(_PATTERNS) + r")\b")
# A hedge that names no one: "is said to have", "is thought to be", "was reported to have", "is seen as". Vague
# unless the sentence names who says it ("Ma Ngok said the turnout was seen as support").
_HEDGE = Folded(r"(?<!\bit\s)\b(?:(?:is|are|was|were)\s+(?:believed|thought|said|understood|rumou?red|reported|"
                r"alleged|claimed|suspected)\s+to\s+(?:have|be)|(?:is|are|was|were)\s+(?:seen|regarded|viewed|"
                r"perceived)\s+as|(?:has|have)\s+come\s+to\s+be\s+(?:called|known\s+as|seen\s+as|regarded\s+as|"
                r"described\s+as))\b")
# A label pinned on by no one, before a quotation: "has been branded “an act of vandalism”", "was described as “a
# licence to keep paying bribes”"
_LABEL = Folded(r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|has\s+since\s+been|have\s+since\s+been)\s+"
                r"(?:widely\s+|publicly\s+)?(?:branded|"
                r"labell?ed|dubbed|described\s+(?:(?!by\b)[\w-]+\s+){0,3}?as|denounced\s+as|condemned\s+as|hailed\s+as|"
                r"critici[sz]ed\s+as|derided\s+as|dismissed\s+as|slammed\s+as)(?=\s*$)"
                # told by no one what the quotation says: "residents were told the hospital was “one bad week away”"
                r"|\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:told|informed|assured|promised)\b(?!\s+by\b)"
                r"(?=[^.!?]*$)")
_MARKS = "“‘\"'«"
_AGENT = re.compile(r"[\s,]*by\s", re.I)
# "The experts say", "these critics argue": the source was named before.
_BACKREF = re.compile(r"\b(?:the|these|those|both|such|our|its|two|three|four|five)\s+$", re.I)


# "the CIPD research suggests", "their previous research shows": a named study, not a vague one.
_SPECIFIC = re.compile(r"(?:\b(?:the|their|his|her|its|our|this|that|these|those|new|latest|recent|same)|"
                       r"[^\s.!?]\s+[A-Z][\w’'-]*)\s+(?:[\w-]+\s+)?$")
_SAID = re.compile(r"\b(?:said|says|say|told|argued|argues|believes|believed|noted|notes)\s+(?:that\s+)?$", re.I)


def _skip(flat: str, m: re.Match) -> bool:
    head = flat[m.start() : m.end()].split()[0]
    before = flat[max(0, m.start() - 40) : m.start()]
    if head.lower() in ("studies", "research", "evidence", "science") and (
            head[0].isupper() and before.rstrip()[-1:] not in ("", ".", "!", "?", "”", '"')
            or _SPECIFIC.search(before)):
        return True  # "published in Science", "the CIPD research"
    after = flat[m.end() : m.end() + 8].lower()
    if after.startswith((" of ", " about ", " no ", " yes ", " by ", " from ")):
        return True  # "when most people think of", "some said no", "some estimates by the Red Cross"
    return bool(_SAID.search(before))  # a named speaker's own words: "She said studies show"


class VagueSource:
    meta = Meta(
        id="attribution.vague-source",
        category=Category.ATTRIBUTION,
        severity=Severity.INFO,
        summary="A claim put in unnamed mouths: 'critics say', 'many believe', 'studies show'.",
        description=(
            "Flags attribution to an unnamed group or to no one ('critics say', 'experts warn', 'many "
            "believe', 'it is believed', 'studies show', 'is widely seen as', and a hedge that names no one: "
            "'is thought to have', 'was said to be', 'is reported to have', 'is seen as') outside direct "
            "quotations. Name the critics, the experts or the study. 'The experts say', after they were named, "
            "and a hedge in a sentence that names who says it ('Ma Ngok said the turnout was seen as support') "
            "are left alone."
        ),
        bad=(
            Example("[[Critics say]] the plan will raise rents."),
            Example("[[Many believe]] the tax is unfair."),
            Example("[[It is believed]] the fire started in the kitchen."),
            Example("[[Studies show]] that children who read at home do better at school."),
            Example("The bridge [[is widely seen as]] the city's symbol."),
            Example("[[Experts have long warned]] that the dam could fail."),
            Example("The fire [[is thought to have]] started in the kitchen."),
            Example("The attacker [[is reported to have]] jumped on stage."),
            Example("Waiting tables [[is seen as]] a proper job."),
            Example("“If it's landing here, it's on our streets by the weekend,” [[went the refrain]] at the meeting."),
            Example("‘Get it signed before purdah,’ [[the instruction went]]."),
            Example("The contract file [[has since been dismissed as]] ‘a shoebox and a handshake’."),
            Example("‘A bin tax by stealth’ is what the scheme [[has come to be called]] on the estates."),
            Example("The sale of the ground [[has been branded]] “an act of vandalism against 130 years of history”."),
            Example("The deal [[was described as]] “a licence to keep paying bribes”."),
            Example("The renewal went through on what [[was described at the time as]] “a handshake and a signature”."),
            Example("At the meeting, residents [[were told]] the hospital was “one bad week away” from closing."),
        ),
        good=(
            Example("Critics, including Coun. Dan Ross, say the plan will raise rents."),
            Example("Three engineers reviewed the dam. The experts say it could fail."),
            Example("Half the homes were destroyed, with some estimates by the Red Cross higher still."),
            Example("A 2021 study by the University of Toronto showed that children who read at home do better."),
            Example("“Critics say we are moving too fast, but we are not,” the mayor said."),
            Example("Many residents lost their homes in the flood."),
            Example("Political scientist Ma Ngok said the turnout was seen as support for the protesters."),
            Example("Abuse in the congregation is reported to the society's headquarters."),
            Example("Some said no and left the hall."),
            Example("The deal was described as “a licence to keep paying bribes”, said one lawyer."),
            Example("The dog was called “Rex” by the children."),
            Example("Residents were told by the chief executive that the ward was “one bad week away” from closing."),
            Example("A study published in Science has found that bear numbers are stable."),
            Example("When most people think of trees that glow, they picture baubles."),
        ),
    )

    def check(self, doc, ctx):
        for p in doc.speech.paragraphs:
            flat = p.flat
            for m in _HEDGE.finditer(flat):
                s, e = p.start + m.start(), p.start + m.end()
                a, b = next(((a, b) for a, b in p.sentences if a <= s < b), (p.start, p.end))
                rest = doc.speech.outside_quotes(a, s) + " " + doc.speech.outside_quotes(e, b)
                if speech_cue(rest):
                    continue  # the sentence names who says it
                phrase = " ".join(doc.text[s:e].split())
                yield Finding(s, e, f"Vague source '{phrase}': name who says so, or the study or report.")
            for s, qe in doc.quotes_in(p.start, p.end):
                lead = doc.masked[p.start : s - 1]
                m = _LABEL.search(lead, lead.lower())
                if m is None or doc.masked[s - 1] not in _MARKS or not p.start <= s - 1 < p.end:
                    continue
                a, b = next(((a, b) for a, b in p.sentences if a <= s < b), (p.start, p.end))
                ls, le = p.start + m.start(), p.start + m.end()
                rest = doc.speech.outside_quotes(a, max(a, ls)) + " " + doc.speech.outside_quotes(min(le, b), b)
                if speech_cue(rest) or _AGENT.match(doc.masked, qe + 1):
                    continue  # "The deal was described as “a licence”, said one lawyer", "called “Rex” by them"
                phrase = " ".join(doc.text[ls:le].split())
                yield Finding(ls, le,
                              f"Vague source '{phrase}': name who says so, or the study or report.")
            for m in _VAGUE.finditer(flat):
                if _BACKREF.search(flat[max(0, m.start() - 12) : m.start()]):
                    continue
                if _skip(flat, m):
                    continue
                s, e = p.start + m.start(), p.start + m.end()
                phrase = " ".join(doc.text[s:e].split())
                yield Finding(s, e, f"Vague source '{phrase}': name who says so, or the study or report.")
