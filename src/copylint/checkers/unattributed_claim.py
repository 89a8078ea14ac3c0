"""attribution.unattributed-claim: a trend, cause, verdict, superlative or a group's mood stated with no source nearby.

Statistics are attribution.unattributed-figure's, accusations attribution.unattributed-charge's."""

from __future__ import annotations

import re

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.folded import Folded

_CHANGE = (r"(?:rise|rises|rose|risen|fall|falls|fell|fallen|drop|drops|dropped|increase|increases|increased|"
           r"decrease|decreases|decreased|decline|declines|declined|grow|grows|grew|grown|climb|climbs|climbed|"
           r"jump|jumps|jumped|surge|surges|surged|soar|soars|soared|plunge|plunges|plunged|plummet|plummets|"
           r"plummeted|slump|slumps|slumped|shrink|shrinks|shrank|shrunk|tumble|tumbles|tumbled|spike|spiked|"
           r"slid|dip|dipped|gone\s+(?:up|down)|went\s+(?:up|down)|lost|(?:is|are|was|were)\s+(?:up|down)|"
           r"closing|narrowing|widening|shrinking|growing|rising|falling)")
_CAUSE = r"(?:because|due\s+to|as\s+a\s+result\s+of|driven\s+by|owing\s+to|blamed\s+on|fu?ell?ed\s+by|thanks\s+to)"
_AUX = r"(?:has|have|had|is|are|was|were|been|will|would|could|continues?\s+to|continued\s+to)"
# Finite change verbs ("fell", "rises"); bare forms like "decline" are as often nouns.
_FINITE = (r"(?:rose|fell|dropped|increased|decreased|declined|grew|grows|climbed|jumped|surged|soared|soars|plunged|"
           r"plummeted|plummets|slumped|shrank|shrinks|tumbled|slid|dipped)")
_PERFECT = r"(?:has|have|had)\s+(?:\w+ly\s+)?"
_GROUPS = (r"(?:voters|residents|people|citizens|canadians|americans|britons|parents|workers|consumers|locals|fans|"
           r"farmers|families|taxpayers|motorists|commuters|patients|tenants|shoppers|homeowners|businesses|merchants|"
           r"employers|retailers|drivers|riders|seniors|students|teachers|nurses|doctors|the\s+public|paramedics|"
           r"surgeons|physicians|midwives|officers|police|firefighters|staff|employees|faculty|academics|donors|"
           r"reporters|journalists|traders|shopkeepers|members|lawmakers|legislators|backbenchers|mps|officials|"
           r"villagers|players|coaches|investors|shareholders|customers|clients|pensioners|veterans|youth|"
           r"[a-z]+ans|[a-z]+ers)")
_MOODS = (r"(?:frustrated|angry|fed\s+up|fed-up|disillusioned|worried|anxious|fearful|afraid|upset|furious|outraged|"
          r"unhappy|scared|desperate|disappointed|skeptical|sceptical|weary|alarmed|resentful|bitter|"
          r"demorali[sz]ed|exhausted|terrified|worn\s+out|burn(?:ed|t)\s+out|abandoned|betrayed|despondent|livid|"
          r"exasperated|nervous|jittery|uneasy|restless|disillusioned|dismayed|incensed|demoralised|distrustful|"
          r"wary|suspicious|angrier|more\s+frustrated|more\s+anxious|"
          r"losing\s+(?:patience|faith|trust))")

# (kind, pattern): the first that matches a sentence names its claim.
_TRIGGERS = tuple((k, Folded(p)) for k, p in (
    ("trend", r"\b(?:is|are|has\s+been|have\s+been)\s+on\s+the\s+(?:rise|increase|decline|wane)\b"),
    ("cause", rf"\b(?:{_AUX}\s+(?:\w+ly\s+)?{_CHANGE}|(?<!the\s)(?<!an\s)(?<!a\s)(?<!of\s){_FINITE})\b"
              rf"[^.;:–—]{{0,60}}\b{_CAUSE}\b"),
    ("trend", rf"\b{_PERFECT}(?:{_CHANGE})\s+(?:sharply|steadily|dramatically|rapidly|significantly|substantially|"
               r"markedly|exponentially)\b"),
    ("trend", r"\b(?:has|have)\s+spread\s+(?:quickly|rapidly|fast|steadily)\s+(?:through|across)\b"
              r"|\b(?:has|have)\s+been\s+(?:steadily\s+|slowly\s+|quietly\s+)?(?:drifting|moving|shifting|switching|turning)\s+"
              r"(?:away\s+)?(?:from|to|toward|towards)\b"
              r"|\b(?:has|have)\s+become\s+(?:much\s+|far\s+|increasingly\s+)?(?:more|less)\s+(?:common|frequent|widespread|"
              r"prevalent|rare)\b"),
    ("trend", r"\b(?:is|are)\s+(?:increasing|rising|growing|soaring|surging|climbing|spreading|worsening)\s+"
              r"(?:across|throughout|nationwide|sharply|rapidly|steadily|dramatically|at\s+an?\s+\w+\s+rate)\b"),
    ("superlative", r"\b(?:is|are|has\s+become|have\s+become)\s+now\s+(?:the|its|their)\s+(?:most\s+\w+|\w+est)\b"),
    ("superlative", r"\b(?:is|are|was|were|remains?|remained|has\s+become|have\s+become|becomes?|became)\s+"
                    r"(?:(?:now|still|by\s+far|probably|arguably|easily|already|perhaps)\s+)*"
                    r"(?:the|its|their)\s+(?:single\s+)?(?:biggest|greatest|worst|largest|gravest|leading|"
                    r"main|primary|number\s+one|most\s+(?:serious|dangerous|pressing|urgent|severe|damaging|harmful|"
                    r"deadly|common))\s+(?:threat|reason|cause|problem|danger|risk|challenge|driver|contributor|"
                    r"killer|obstacle|barrier|casualty|casualties|victim|loser|beneficiary|polluter|emitter|culprit|failure|"
                    r"mistake|worry|burden|source\s+of\s+(?:pollution|emissions|harm))s?\b"),
    ("superlative", r"\b(?:is|are|was|has\s+become|have\s+become|became)\s+(?:now\s+|still\s+)?(?:the|its|their)\s+"
                    r"(?:fastest[- ]growing|fastest[- ]rising|most\s+common)\b"),
    ("superlative", r"\b(?:is|are|was|were)\s+(?:the|its|their)\s+(?:worst|biggest|largest|deadliest|costliest|"
                    r"strongest|heaviest|hottest|coldest|wettest|driest)\b[^.;:]{0,40}?\b(?:since\s+(?:\d|the|records)|"
                    r"on\s+record|in\s+(?:history|decades|a\s+century|\d+\s+years)|ever\s+recorded)"),
    ("superlative", r"\b(?:the\s+)?(?:highest|lowest|worst|best)\s+(?:level|rate|point|number|figure)s?\s+"
                    r"(?:since|in\s+(?:\d+|decades|years|a\s+decade|a\s+generation)|on\s+record|ever)\b"),
    # a record: "the largest ever cash seizure by Spanish police", "the strongest recorded", "the biggest-selling
    # artists of 2013" ("one of the most beautiful cities in the world" is a description)
    ("superlative", r"(?<!\bof\s)\b(?:the|its|their)\s+(?:(?:world|country|nation|region|state|city|uk|us|europe)"
                    r"(?:’s|'s)\s+)?(?:\w+\s+)?(?:biggest|largest|highest|lowest|strongest|deadliest|costliest|fastest|"
                    r"slowest|oldest|most\s+\w+|best[- ]selling|biggest[- ]selling)\b[^.;:]{0,100}?\b"
                    r"(?:ever|on\s+record|recorded|in\s+(?:recorded\s+history|history|the\s+world|britain|europe|the\s+country|the\s+us|the\s+uk)|since\s+"
                    r"(?:records|\d{4})|of\s+(?:all\s+time|\d{4}))\b"),
    ("mood", rf"^\W*(?:many\s+|most\s+|some\s+)?(?:[\w’'-]+\s+){{0,2}}?{_GROUPS}\b[^.;:,]{{0,40}}?\b"
             rf"(?:are|feel|have\s+become|remain|are\s+growing|are\s+increasingly|are\s+becoming)\s+"
             rf"(?:\w+\s+)?{_MOODS}\b"),
    ("mood", r"\b(?:has|have)\s+lost\s+(?:(?:their|its|all|the)\s+)?(?:trust|faith|confidence|patience)\b"
             r"|\bmorale\s+(?:among\s+[\w\s’'-]{1,40}?\s+|in\s+[\w\s’'-]{1,40}?\s+)?(?:has|had)\s+(?:collapsed|plummeted|"
             r"slumped|hit\s+(?:a\s+|an\s+)?(?:new\s+|all-time\s+|record\s+)?low)\b"
             r"|\bmorale\s+(?:is|was)\s+(?:at\s+(?:a|an)\s+(?:all-time|record)\s+low|rock[- ]bottom)\b"),
    # a public's feeling as a fact: "Public trust in the sheriff's office has collapsed", "Morale among nurses has
    # never been lower", "Anger toward the mines has been building", "Owners have largely turned against the project"
    ("mood", r"\b(?:trust|confidence|faith|morale|anger|resentment|frustration|fury|outrage|anxiety|fear|fears|"
             r"distrust|mistrust|discontent|disillusionment|dissatisfaction|hostility|opposition|support|panic|pressure)\s+"
             r"(?:(?:in|among|toward|towards|over|against|for|with|across|within)\s+[^.;:]{1,60}?\s+)?"
             r"(?:has|have|had)\s+(?:\w+ly\s+)?(?:collapsed|plummeted|grown|risen|been\s+(?:building|growing|rising|"
             r"mounting|sharpened|fu?ell?ed|stoked|inflamed|heightened)|spread|soared|evaporated|eroded|deepened|hardened|"
             r"surged|swelled|intensified|never\s+been\s+(?:lower|higher|greater|weaker|stronger))\b"
             r"|\b(?:deepened|fu?ell?ed|fed|stoked|inflamed|heightened|sharpened)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:feeling|sense|"
             r"perception|fears?|anger|resentment|suspicion|distrust|mistrust)\b"
             r"|\bleft\s+(?:many\s+|most\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:deeply\s+|increasingly\s+)?(?:distrustful|angry|"
             r"bitter|wary|suspicious|disillusioned|demorali[sz]ed|frustrated|furious)\b"
             r"|\b(?:morale|trust|confidence)\s+(?:(?:in|among|across)\s+[^.;:]{1,60}?\s+)?(?:is|was)\s+at\s+(?:its|an|a)\s+"
             r"(?:lowest|all-time\s+low|record\s+low|lowest\s+point)\b"
             r"|\b(?:have|has)\s+(?:largely\s+|increasingly\s+|long\s+since\s+|all\s+but\s+|quietly\s+)?(?:turned\s+against|"
             r"stopped\s+trusting|given\s+up\s+on)\b"
             r"|\b(?:have|has)\s+grown\s+(?:used|accustomed|weary|tired|wary)\s+(?:to|of)\b"
             r"|\bpatience\s+(?:with|among|for)\s+[^.;]{1,40}?\s+(?:has|had)\s+(?:all\s+but\s+|finally\s+|long\s+since\s+)?"
             r"(?:run\s+out|worn\s+thin|snapped|evaporated)\b"
             r"|\b(?:has|have)\s+(?:seldom|rarely|never)\s+(?:burned|burnt|run|been|ran)\s+(?:this|so)\s+(?:hot|high|deep|"
             r"strong|intense)\b"
             r"|\b(?:are|were)\s+(?:already\s+|now\s+)?in\s+a\s+state\s+of\s+(?:near\s+)?(?:panic|shock|despair|alarm)\b"
             r"|\b(?:a|the)\s+(?:deep|growing|widespread|simmering|bitter)\s+(?:resentment|anger|distrust|mistrust|"
             r"frustration|discontent)\s+among\b"
             r"|\b(?:support|opposition|anger|sympathy|hostility)\s+(?:for|to|towards?)\s+[^.;]{1,40}?\s+(?:is|was|remains)\s+"
             r"(?:very\s+)?(?:strong|widespread|growing|weak|high|low|deep)\s+among\b"),
    # a cause asserted: "is the direct result of", "is largely down to", "is to blame for", "stem from", "is blamed on"
    # (in the present: "Friday's victory was the result of a three-year battle" tells how it came about)
    ("cause", r"\b(?:is|are)\s+(?:largely\s+|partly\s+|mainly\s+|mostly\s+|entirely\s+|primarily\s+|directly\s+|"
              r"simply\s+)?(?:(?:a|the)\s+(?:direct\s+)?(?:result|consequence)\s+of|down\s+to|the\s+reason\b)"
              r"|\b(?:is|are|was|were)\s+(?:largely\s+|partly\s+|mainly\s+|mostly\s+|entirely\s+|primarily\s+)?"
              r"(?:to\s+blame\s+for|blamed\s+on|caused\s+(?:\w+ly\s+)?by)\b"
              r"|\b(?:stem|stems|stemmed)\s+from\b|\bcame\s+because\b"),
    # more causes: "is driven mainly by", "a symptom of", "trace back to", "owes more to", "which is why"
    ("cause", r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:driven|fu?ell?ed)\s+"
              r"(?:(?:almost|largely|mainly|mostly|entirely|partly|chiefly|primarily|in\s+part)\s+){0,2}by\b"
              r"|\bof\s+(?:its|their|his|her|the\s+\w+['’]s)\s+own\s+making\b|,\s+the\s+(?:direct\s+)?result\s+of\b"
              r"|\bthe\s+(?:main|chief|biggest|single\s+biggest|real)\s+(?:force|factor|driver)\s+(?:pushing|behind|driving)\b"
              r"|\btraces?\s+back\s+(?:\w+ly\s+)?to\b|\bcan\s+be\s+traced\s+(?:back\s+)?to\b"
              r"|\bowes?\s+(?:more|much|everything|little|less)\s+to\b"
              r"|\b(?:mainly|largely|partly|mostly|chiefly|primarily)\s+because\b"
              r"|\b(?:go|goes|went)\s+back\s+to\s+(?:a|an|the|years|decades)\b"
              r"|\b(?:which|that|this)\s+is\s+why\b"
              r"|^\W*(?:years|decades|months)\s+of\s+[^,;]{3,60}?\s+(?:had|have|has)\s+(?:\w+\s+)?(?:left|made|driven|pushed|"
              r"eroded|weakened|stripped|eaten)\b"
              r"|\balmost\s+certainly\s+(?:cost|caused|led\s+to|contributed\s+to|saved|killed|worsened)\b"
              r"|\bdrove\s+(?:[\w’'-]+\s+){1,4}?to\s+(?:cut\s+corners|cheat|dope|quit|resign|leave|break|lie|strike)\b"
              r"|\b(?:is|are)\s+(?:a|the)\s+(?:\w+\s+)?symptom\s+of\b|\bthe\s+(?:root|real|underlying|main|chief)\s+cause\s+of\b"),
    # a verdict in the writer's voice: "is unworkable", "is simply not fit for purpose", "is structurally unsafe"
    ("verdict", r"\b(?:is|are|was|were|has\s+been|have\s+been|remains?)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?"
                r"(?:unworkable|unsafe|unfit\s+for\s+purpose|not\s+fit\s+for\s+purpose|(?:fundamentally|completely|"
                r"totally|utterly|deeply|hopelessly)\s+(?:broken|flawed)|fundamentally\s+unsound|unsustainable|"
                r"unaffordable|ineffective|counterproductive|dysfunctional|a\s+fiasco|a\s+shambles|"
                r"inadequate|misguided|doomed|negligent|reckless|incompetent|chaotic|evasive|implausible|untenable|"
                r"impossible\s+to\s+(?:square|justify|defend|reconcile))\b"
                r"|\b(?:all\s+but|wholly|utterly)\s+untenable\b"
                r"|\b(?:a|an)\s+(?:[\w-]+,\s+)?(?:unconvincing|halting|lacklustre|lackluster|shambolic|inept|woeful|dismal|"
                r"abysmal|disastrous|clumsy|bungled)\s+(?:performance|response|display|effort|rollout|campaign|showing)\b"
                r"|\b(?:has|have)\s+been\s+(?:\w+ly\s+)?(?:clumsy|inept|shambolic|woeful|dismal|lacklustre|lackluster)\b"
                r"|\b(?:is|was)\s+the\s+(?:latest|clearest|starkest|strongest|biggest|surest)\s+sign\s+(?:yet\s+)?(?:of|that)\b"
                r"|\bamounts?\s+to\s+(?:little|no|nothing)\s+more\s+than\b"
                r"|\b(?:has|have|had)\s+been\s+(?:painfully|woefully|hopelessly|dangerously|shockingly|chronically)\s+"
                r"(?:slow|inadequate|late|weak|poor|underfunded)\b"
                r"|\b(?:far|much|considerably)\s+(?:more|less)\s+(?:effective|successful|competent|popular|disciplined|"
                r"organi[sz]ed|credible)\b[^.;]{0,40}?\bthan\b"
                r"|^\W*few\s+(?:[\w-]+\s+){1,4}?(?:command|enjoy|inspire|have)\s+(?:less|more|fewer)\b"
                r"|\b(?:that|which)\s+(?:is|are)\s+(?:\w+ly\s+)?not\s+fit\s+for\s+purpose\b"
                r"|\bthe\s+most\s+(?:effective|efficient|cost-effective|successful|reliable)\s+(?:way|means|method|"
                r"approach|treatment|tool)\b"),
    # a record over time: "the most serious ruling against a sitting minister in more than two decades", "the most
    # ambitious overhaul in half a century", "the most significant case since the phone-hacking trials"
    ("superlative", r"\bmore\s+(?:[\w-]+\s+){1,5}?than\s+any\s+(?:other\s+)?(?:[\w-]+\s+)?(?:scandal|crisis|case|event|"
                    r"government|minister|team|club|company|year|time)\b"
                    # "the most politically dangerous reform the government has attempted", "has ever seen"
                    r"|\bthe\s+(?:most|least)\s+(?:[\w-]+\s+){1,4}?(?:[\w’'-]+\s+){1,3}?(?:has|have|had)\s+(?:ever\s+)?"
                    r"(?:attempted|seen|faced|known|produced|recorded|witnessed)\b"
                    r"|\b(?:has|have)\s+become\s+(?:the|its|their)\s+(?:main|chief|principal|biggest|largest|leading|primary)\s+"
                    r"(?:[\w-]+\s+){0,2}?(?:point|route|source|hub|centre|center|target|entry)\b"
                    r"|\b(?:is|are|was|were|remains?)\s+among\s+the\s+(?:[\w-]+\s+)?(?:\w+est|most\s+\w+|worst|best)(?:-\w+)?"
                    r"\s+(?:[\w-]+\s+){0,3}?(?:of\s+any\b|in\s+the\s+(?:province|state|country|nation|region|county|city|world)\b)"),
    ("superlative", r"(?<!\bof\s)\b(?:the|its|their)\s+(?:(?:single|most|least)\s+)?(?:\w+\s+)?(?:\w+est|most\s+\w+)\b"
                    r"[^.;:]{0,80}?\b(?:in\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?(?:a|an|two|three|four|five|"
                    r"half\s+a|\d+)\s+(?:decades?|generations?|centur(?:y|ies)|years)|in\s+a\s+generation|since\s+the\s+\w+"
                    r"|since\s+(?:it|he|she|they)\s+(?:won|took|came|became))\b"),
    # a record for a place: "the highest in the province", "the oldest of any large transit system in the state"
    ("superlative", r"(?<!\bof\s)\b(?:is|are|was|were|remains?)\s+(?:now\s+|still\s+)?(?:the|its|their)\s+(?:\w+\s+)?"
                    r"(?:highest|lowest|worst|best|largest|biggest|oldest|newest|longest|shortest|deadliest|poorest|"
                    r"richest|weakest|strongest|safest|busiest|slowest|fastest|cheapest|smallest|greatest|wealthiest|"
                    r"healthiest|dirtiest|cleanest|most\s+\w+|least\s+\w+)\s+(?:[\w-]+\s+){0,3}?(?:of\s+any\b|in\s+the\s+(?:province|state|"
                    r"country|nation|region|county|city|area|district|league|sector|industry|eu|oecd|competition|"
                    r"division|conference|premiership|championship)\b)"
                    r"|^\W*no\s+(?:other\s+)?[\w-]+\s+in\s+(?:the\s+)?[\w’'\s-]{0,30}?history\s+(?:has|have|had)\b"),
))

# Words one of which each trigger needs (a prefilter that skips most sentences unread, same matches).
def _words(*parts: str) -> frozenset[str]:
    return frozenset(w for part in parts for w in re.findall(r"[a-z]+", part))


_NOUNS = ("threat reason cause problem danger risk challenge driver contributor killer obstacle barrier casualty "
          "casualties victim loser beneficiary polluter emitter culprit failure mistake worry burden source")
_NEEDS = (
    _words("rise increase decline wane"),
    _words("because due result driven owing blamed fuelled fueled felled feled thanks"),
    _words("sharply steadily dramatically rapidly significantly substantially markedly exponentially"),
    _words("spread drifting moving shifting switching turning become"),
    _words("increasing rising growing soaring surging climbing spreading worsening"),
    _words("now"),
    _words(_NOUNS) | {w + "s" for w in _NOUNS.split()},
    _words("fastest most"),
    _words("worst biggest largest deadliest costliest strongest heaviest hottest coldest wettest driest"),
    _words("highest lowest worst best"),
    _words("biggest largest highest lowest strongest deadliest costliest fastest slowest oldest most best"),
    _words(_MOODS),
    _words("lost morale"),
    _words("trust confidence faith morale anger resentment frustration fury outrage anxiety fear fears distrust "
           "mistrust discontent disillusionment dissatisfaction hostility opposition support panic turned stopped "
           "given state pressure deepened fuelled fueled fed stoked inflamed heightened sharpened left sympathy "
           "grown seldom rarely patience"),
    _words("result consequence blame blamed caused down reason stem stems stemmed because"),
    _words("driven fuelled fueled symptom cause making force factor driver trace traces traced owe owes why certainly "
           "drove mainly largely partly mostly chiefly primarily back result") | {"#years"},
    _words("unworkable unsafe unfit fit broken flawed unsustainable unaffordable ineffective counterproductive "
           "dysfunctional fiasco shambles inadequate unsound evasive implausible untenable impossible sign misguided "
           "doomed negligent reckless incompetent chaotic most amounts amount far much considerably few painfully "
           "woefully hopelessly dangerously shockingly chronically unconvincing halting lacklustre lackluster "
           "shambolic inept woeful dismal abysmal disastrous clumsy bungled"),
    _words("any most least become among"),
    _words("decade decades generation generations century centuries years since"),
    _words("any province state country nation region county city area district league sector industry eu oecd "
           "competition division conference premiership championship history"),
)

_WHAT = {
    "trend": "states a trend",
    "cause": "gives a cause",
    "superlative": "makes a superlative claim",
    "mood": "speaks for a group",
    "verdict": "passes a verdict",
}
_LETTERS = re.compile(r"[a-z]+")
_YEARS_OF = re.compile(r"\W*(?:years|decades|months)\s+of\b")
_OPEN_QUESTION = re.compile(r"\b(?:whether|if|conviction\s+that|belief\s+that|idea\s+that|notion\s+that|fear\s+that|"
                            r"suspicion\s+that|theory\s+that|view\s+that)\b", re.I)


class UnattributedClaim:
    meta = Meta(
        id="attribution.unattributed-claim",
        category=Category.ATTRIBUTION,
        severity=Severity.WARNING,
        summary="A trend, cause, verdict, superlative or a group's mood stated with no source.",
        description=(
            "Flags sentences an editor would query 'says who?': trends ('is on the rise', 'has risen sharply'), "
            "causes ('because ...' after a change, 'is the direct result of', 'is to blame for', 'stem from', 'was "
            "caused by'), verdicts ('is unworkable', 'is not fit for purpose', 'is structurally unsafe', 'the most "
            "effective way to'), superlatives ('the biggest threat', 'the worst since records began', 'the highest "
            "in the province') and a group's mood ('voters are frustrated', 'teachers are demoralised', 'morale has "
            "collapsed'), when no attribution reaches them: none in "
            "the sentence ('said', 'told', 'according to', a report, data or a study), none in an earlier "
            "sentence of the paragraph or the sentence before that the claim continues (it opens with 'he', "
            "'it', 'this', ..., is back-shifted into the past like reported speech, or the source speaks in the "
            "present), none in a next sentence pointing back ('That is according to ...'). One query per "
            "paragraph. Headlines, quotations and background facts are left alone."
        ),
        bad=(
            Example("The judge ordered restitution.\n\n[[Fraud of this kind is on the rise across the country.]]"),
            Example("The findings add to the evidence.\n\n[[Microplastics are now the biggest threat to Arctic "
                    "wildlife.]]"),
            Example("[[Church fraud has risen sharply across the province.]]"),
            Example("[[Ridership has fallen 30 per cent since 2019 because fares went up.]]"),
            Example("Police searched the warehouse. [[Around €12m was wheeled away, the largest ever cash seizure "
                    "by Spanish police.]]"),
            Example("The program began in 2004.\n\n[[The gap is closing thanks to quotas for university places.]]"),
            Example("The storm reached the Azores on Tuesday. [[Lorenzo is the largest and strongest cyclone to reach "
                    "this far into the northeastern Atlantic in recorded history.]]"),
            Example("The seat has been Liberal since 1993.\n\n[[Voters in the riding are frustrated with the cost "
                    "of living.]]"),
            Example("The outbreak began in May.\n\n[[It is the direct result of misinformation in parenting groups.]]"),
            Example("[[The drought is to blame for the collapse of chile production.]]"),
            Example("[[The problems stem from the decision to dismiss experienced staff.]]"),
            Example("[[The fire was caused by a faulty heater in the kitchen.]]"),
            Example("[[Teachers at both schools are demoralised, and many are applying elsewhere.]]"),
            Example("[[Young Kenyans are furious with the government.]]"),
            Example("[[Morale among the faculty has collapsed.]]"),
            Example("[[The governor's plan is unworkable.]]"),
            Example("[[The vetting process is fundamentally broken.]]"),
            Example("[[The embankment is structurally unsafe.]]"),
            Example("[[Fare-free transit is the most effective way to cut congestion.]]"),
            Example("[[Asthma rates near the plant are the highest in the province.]]"),
            Example("[[Public trust in the sheriff's office has collapsed since the raid.]]"),
            Example("[[Morale among nurses in the region has never been lower.]]"),
            Example("[[Anger toward the mining companies has been building for years.]]"),
            Example("[[Shop owners along Main Street have largely turned against the project.]]"),
            Example("[[The enrollment slump is driven mainly by families leaving for charter schools.]]"),
            Example("[[The blowout is a symptom of a much wider failure in hospital planning.]]"),
            Example("[[The ruling is the most serious against a sitting minister in more than two decades.]]"),
            Example("[[The closure is the starkest sign yet of the squeeze on rural hospitals.]]"),
            Example("[[Four-day weeks have spread quickly through rural districts.]]"),
            Example("[[The decision has deepened a feeling in the villages that the council ignores them.]]"),
            Example("[[The way such cases are fought has left many families deeply distrustful of the service.]]"),
            Example("[[The crisis is largely of the university's own making.]]"),
            Example("[[Public anger over the sinking has been sharpened by a record of ferry disasters.]]"),
            Example("[[The collapse in catches is the main force pushing young men to board the boats.]]"),
            Example("[[The company's problems trace back mostly to its push into its own label.]]"),
            Example("[[The party's slide in the town owes more to the depot closure than to Westminster.]]"),
            Example("[[Her evidence was evasive and impossible to square with her own messages.]]"),
            Example("[[The report leaves the minister's position all but untenable.]]"),
            Example("[[Her rise has been fuelled almost entirely by her rival's stumbles.]]"),
            Example("[[Campaigners are angrier now than at any point since the white paper.]]"),
            Example("[[Shoppers have been drifting away from supermarkets toward discount chains.]]"),
            Example("[[Ghost projects have become more common in the province.]]"),
            Example("[[Years of sand mining have stripped the riverbed, which is why the water broke through.]]"),
            Example("[[Delays in getting cranes to the city almost certainly cost lives.]]"),
            Example("[[The pressure to win medals drove the coaching staff to cut corners.]]"),
            Example("[[For a company of its size, the penalty amounts to little more than a rounding error.]]"),
            Example("[[She ran a far more effective campaign than the president.]]"),
            Example("[[The episode has done more damage to public trust than any scandal in a generation.]]"),
            Example("[[Support for the strike is strong among ordinary people in the city.]]"),
            Example("[[The backlog has swelled mainly because hospitals shut hundreds of beds.]]"),
            Example("[[The leaks go back to a decade of cheap untreated timber.]]"),
            Example("[[The government's response has been painfully slow.]]"),
            Example("[[Residents have grown used to being the last consideration in any plan.]]"),
            Example("[[Public fury over flooding in the province has seldom burned this hot.]]"),
            Example("[[The revaluation is the most politically dangerous reform the government has attempted.]]"),
            Example("[[The harbour has become the main landing point for cocaine coming into the country.]]"),
            Example("[[The town is among the worst-run municipalities in the country.]]"),
            Example("[[Among the fans who still turn up, patience with the board has all but run out.]]"),
            Example("[[It was a halting, unconvincing performance from the first witness.]]"),
            Example("[[The government's handling of the affair has been clumsy and defensive.]]"),
            Example("[[The club's forward pack was the weakest in the competition this season.]]"),
            Example("[[No governor in the state's modern history has faced such a challenge.]]"),
        ),
        good=(
            Example("Ridership has fallen 30 per cent since 2019, according to the transit authority."),
            Example("The report tracked church fraud for a decade. It has risen sharply across the province, it "
                    "found."),
            Example("The study tested snow from 14 sites. Microplastics are now the biggest threat to Arctic "
                    "wildlife, it found."),
            Example("Fraud of this kind is on the rise, Statistics Canada data show."),
            Example("Green said sales had dropped by half since the closure began."),
            Example("“Fraud of this kind is on the rise,” said Det. Ann Lee."),
            Example("Amazon is the world's biggest forest and the Nile the longest river."),
            Example("Venice, one of the most beautiful cities in the world, used to flood."),
            Example("Shopkeepers say the closure is hurting them. Sales have dropped by half, they say."),
            Example("Whether this was the result of whitening products or Photoshop, the photos differ."),
            Example("Friday's victory was the result of a three-year battle through the courts."),
            Example("Windows were broken out on several floors."),
            Example("Scientists debate whether the loss of forest was caused by people or by rats."),
            Example("The conviction that headaches are caused by an allergy is hard to shake."),
            Example("The accident was caused by strong winds, police said."),
            Example("Support for the plan has grown, a poll for the council found."),
            Example("The light is powered by a dynamo driven by a falling weight."),
        ),
    )

    def check(self, doc, ctx):
        speech, flagged = doc.speech, -1  # one query per paragraph
        for st in speech.statements:
            if st.paragraph == flagged:
                continue
            hit = _trigger(st.plain)
            if hit is None:
                continue
            kind, m = hit
            if kind in ("cause", "verdict") and (st.plain.rstrip().endswith("?") or _OPEN_QUESTION.search(
                    st.plain, 0, m.start())):
                continue  # asked or held, not asserted: "Whether this was the result of ...", "the belief that"
            if speech.reach(st):
                continue
            flagged = st.paragraph
            phrase = " ".join(st.plain[m.start() : m.end()].split())
            yield Finding(
                st.start, st.end,
                f"'{phrase}' {_WHAT[kind]} with no source in this sentence or paragraph: say who says so "
                "('said', 'according to', the report or data).",
            )


def _trigger(plain: str):
    low = plain.lower()  # once for all triggers
    words = set(_LETTERS.findall(low))
    if _YEARS_OF.match(low):
        words.add("#years")
    for (kind, rx), needs in zip(_TRIGGERS, _NEEDS, strict=True):
        if words.isdisjoint(needs):
            continue
        m = rx.search(plain, low)
        if m:
            return kind, m
    return None
