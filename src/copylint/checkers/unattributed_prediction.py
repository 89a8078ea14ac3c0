"""attribution.unattributed-prediction: a forecast or an insider's account stated with no source."""

from __future__ import annotations

import re

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.folded import Folded

_HEDGE = r"(?:(?:well|soon|also|eventually|even|one\s+day|yet|still|ultimately)\s+)?"
# what a forecast says will happen: a change, a cost, a consequence
_OUTCOME = (r"(?:take|cost|reach|rise|fall|drop|increase|decrease|double|develop|become|lead|cause|trigger|affect|"
            r"reduce|boost|hit|spark|end|mean|face|lose|win|help|come|need|change|support|push|force|"
            r"threaten|damage|harm|improve|save|kill|collapse|fail|spread|worsen|overtake|"
            # "could have a big impact" (not "might have found": a guess about the past; "may have to do with")
            r"have\b(?!\s+(?:to|been|had|done|made|gone|come|seen|known|found|felt|kept|left|lost|got|taken|given|"
            r"become|begun|run|won|met|led|put|set|sent|brought|thought|\w+ed|\w+en)\b))")
# what an insider knows is coming: a decision, not an event on the calendar ("is set to open tomorrow")
_DECISION = (r"(?:announce|reject|approve|unveil|scrap|axe|ban|cut|close|sack|fire|expel|suspend|dissolve|file|sue|"
             r"charge|indict|arrest|deport|veto|block|impose|introduce|launch|open\s+(?:a|an)\s+(?:formal\s+)?"
             r"(?:investigation|inquiry|probe)|place|requisition|sell|buy|acquire|merge|resign|quit|retire|step\s+down|"
             r"stand\s+down|call|name|appoint|nominate|raise|hike|slash|lift|extend|end|withdraw|pull|send|deploy|"
             r"strike|challenge|overturn|reverse|drop|abandon|shelve)\b")
_TRIGGERS = tuple((k, Folded(p)) for k, p in (
    # "is expected to resign", "is likely to come", "was forecast to reach Florida"
    ("forecast", r"\b(?:is|are|was|were)\s+(?:widely\s+|now\s+|also\s+|still\s+)?(?:(?:likely|unlikely|poised|"
                 rf"tipped|forecast|projected|predicted|favou?red)\s+to\b|set\s+to\s+(?:{_DECISION}|miss|lose|win|face|hand|"
                 rf"fall|rise|double|exceed|overtake|collapse|fail|climb|soar|reach|top|hit|grow)\b|expected\s+to\b"
                 # a duty, not a forecast: "priests are expected to report abuse", "staff are expected to wear masks"
                 r"(?!\s+(?:report|comply|follow|obey|abide|attend|wear|pay|respect|adhere|behave|submit|register|"
                 r"disclose|declare|uphold)\b))(?!\s+have\s+\w+(?:ed|en|wn|ght|ung|ade|one)\b)"),
    # "could develop into a hurricane", "may take a year", "might boost the success"
    ("forecast", rf"\b(?:could|may|might)\s+{_HEDGE}{_OUTCOME}\b(?!\s+(?:been|\w+(?:ed|en|wn|ght|ung|ade|one)\b))"),
    # "over half a million could be affected"
    ("forecast", rf"\b(?:could|may|might)\s+{_HEDGE}be\s+(?:affected|hit|killed|lost|displaced|forced|needed|required|"
                 r"delayed|cancell?ed|closed|destroyed|wiped\s+out|evacuated)\b"),
    # "will probably be", "will drive world coal use" ("would eventually become" tells a story's future in its past)
    ("forecast", r"\b(?:will|would)\s+(?:probably|likely|almost\s+certainly|inevitably)\b|\bwill\s+soon\b"
                 r"|\bwill\s+(?:drive|overtake|intensify|worsen)\b"),
    # a change with a horizon: "will rise an average of 40cm by 2100" (a decided change has none: "fares will rise
    # to $3")
    ("forecast", r"\bwill\s+(?:rise|fall|grow|double|increase|decrease|reach|cost|improve|decline|shrink)\b[^.;:]*?"
                 r"\b(?:by\s+(?:the\s+)?(?:20[2-9]\d|21\d\d|end\s+of\s+the\s+(?:decade|century))|over\s+the\s+(?:next|coming)|"
                 r"in\s+the\s+(?:next|coming)|within\s+(?:a|the\s+next)\s+(?:decade|generation))\b"
                 # the horizon first: "By 2050, a growing population would increase food needs by 50 percent"
                 r"|^\W*by\s+(?:the\s+end\s+of\s+)?(?:20[3-9]\d|21\d\d)\b[^.;:]*?\b(?:will|would)\s+(?:\w+\s+)?(?:rise|fall|"
                 r"grow|double|increase|decrease|reach|cost|improve|decline|shrink)\b"),
    # "was behind the decision", "is weighing a bid", "is considering whether"
    # a course already set: "is on course to lose the seat", "is on track to miss the target"
    ("forecast", r"\b(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:on\s+course|on\s+track|heading|headed)\s+"
                 r"(?:to|for)\b"
                 r"|\b(?:is|are|was|were)\s+(?:all\s+but|almost|virtually|nearly)\s+certain\b"
                 r"|\bwill\s+(?!be\s+held\b|take\s+place\b)[^.;]{0,60}?,\s+(?:most\s+likely|probably|almost\s+certainly)\b"
                 # "will be stripped of next year's championships"
                 r"|\bwill\s+be\s+(?:stripped|sacked|fired|charged|dropped|replaced|expelled|relegated|"
                 r"axed|demoted|forced\s+out|ousted)\b"),
    # a future act with its horizon, as insiders know it: "The committee will vote to form a subcommittee before
    # lawmakers leave for the August recess", "will take the stand against him before the end of the month"
    ("forecast", r"\bwill\s+(?:almost\s+certainly\s+|probably\s+|likely\s+|also\s+)?(?!be\s+(?:held|open|closed|"
                 r"published|released)\b)\w+\b[^.;:]*?\b(?:before\s+(?:the\s+end\s+of|christmas|easter|the\s+\w+\s+recess|"
                 r"lawmakers|parliament|the\s+(?:election|vote|summer|deadline))|by\s+the\s+end\s+of|as\s+(?:early|soon)\s+as|"
                 r"within\s+(?:days|weeks|hours|the\s+next))\b"),
    # an outcome or a decision still to come, told as settled: "The Senate will pass the map next week", "will announce
    # his retirement next month" (a process on the calendar is a timetable: "will vote next week")
    ("forecast", rf"\bwill\s+(?:almost\s+certainly\s+|probably\s+|also\s+)?(?:{_DECISION}|pass|approve|hold|win|lose|"
                 r"call|pull|retire|keep|be\s+(?:moved|sacked|replaced|dropped|stripped|ousted|forced\s+out))\b[^.;:]*?"
                 r"\b(?:next\s+(?:week|month|year|spring|summer|autumn|fall|winter)|this\s+(?:summer|autumn|fall|winter|"
                 r"spring)|later\s+this\s+(?:week|month|year)|in\s+(?:january|february|march|april|june|july|august|"
                 r"september|october|november|december)|when\s+the\s+[\w\s]{1,40}?(?:shuffles|reshuffles|meets|votes))\b"),
    # "was behind a last-minute pressure campaign", "is preparing to dissolve", "is in talks to sell", "has
    # privately told allies", "plans to step down"
    ("insider", r"\b(?:was|were|is|are)\s+behind\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:decision|move|plan|push|attack|"
                r"leak|effort|campaign|bid|plot|coup|deal|killing|bombing)\b"
                rf"|\b(?:is|are|was|were)\s+(?:quietly\s+|secretly\s+|now\s+|already\s+)?preparing\s+(?:to\s+{_DECISION}|"
                r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:bid|round|case|lawsuit|offer|package|deal|challenge|indictment|motion|"
                r"strike|offensive|raid|takeover|sale|report)s?\b)"
                r"|\b(?:is|are|was|were)\s+in\s+(?:advanced\s+|secret\s+|early\s+|final\s+|private\s+)?talks\s+"
                r"(?:to|with|over|about|on)\b"
                r"|\bprivately\s+(?:told|said|confided|warned|signall?ed|assured|offered|promised|agreed|decided|conceded|"
                r"admitted|accepted)\b|\btold\s+(?:[\w-]+\s+){0,2}?privately\b"
                r"|\b(?:plans|plan|planned|intends|intend)\s+to\s+(?:step\s+down|stand\s+down|resign|quit|retire|run\s+for|"
                r"challenge|defect|leave\s+(?:the|office|his|her))\b"
                # "have quietly begun sounding out replacements", "have drawn up plans to cut", "his job is in jeopardy"
                r"|\b(?:begun|began|started)\s+(?:quietly\s+|privately\s+)?sounding\s+out\b|\bsounding\s+out\b"
                r"|\b(?:has|have|had)\s+(?:already\s+|quietly\s+|secretly\s+)?drawn\s+up\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?plans?\b"
                r"|\b(?:is|are|was|were)\s+(?:already\s+|now\s+)?(?:quietly|privately|secretly)\s+\w+ing\b"
                r"|\ball\s+but\s+(?:decided|agreed|settled|resolved|ruled\s+out|abandoned|given\s+up)\b"
                r"|\b(?:has|have|had)\s+(?:already\s+)?been\s+(?:quietly\s+|privately\s+)?sounded\s+out\b"
                r"|\b(?:is|are)\s+(?:now\s+)?in\s+jeopardy\b|\bhangs\s+in\s+the\s+balance\b"
                r"|\b(?:is|are|was|were)\s+(?:quietly\s+|privately\s+)?(?:weighing|considering|mulling|eyeing|"
                r"exploring)\s+(?:whether|(?:a|an|the)\b(?!\s+(?:[\w-]+\s+)?(?:request|application|proposal|petition|"
                r"bill|motion|appeal|case|complaint|report|recommendation)s?\b))"),
))
_NEEDS = frozenset("could may might will would behind weighing considering mulling eyeing exploring expected likely "
                   "unlikely poised tipped forecast projected predicted favoured favored set preparing talks privately "
                   "plans plan planned intends intend sounding drawn jeopardy balance course track heading headed "
                   "certain told quietly secretly all sounded".split())
# a counterfactual is the reporter's reasoning, not a forecast: "Without it, his lungs might have exploded."
_COUNTERFACTUAL = re.compile(r"\b(?:if|without|unless|otherwise|had\s+(?:it|he|she|they|we)\s+not)\b", re.I)
_SCHEDULED = re.compile(r"(?:\s+[\w’'-]+){0,10}?\s+(?:on|by|in|until|from)\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+)?"
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b",
                        re.I)
# the forecast is the verb of a relative clause: no punctuation and no other verb between "where" and it
# ("the level where any molecules are likely to remain"; not "The way in which it is used could affect")
_RELATIVE = re.compile(r"\b(?:that\s+(?:[\w’'-]+\s+)?|(?:where|which|who|whose)\b"
                       r"(?:(?!\b(?:is|are|was|were|has|have|had|do|does|did)\b)[^,;:()–—])*)$", re.I)
# a timetable: a start or an end expected at a stated time ("By 2017, the tests are expected to begin")
_TIMETABLE = re.compile(r"\s+(?:begin|start|open|reopen|end|close|resume|launch|finish|conclude|last|take\s+place|"
                        r"be\s+(?:held|completed|finished|ready|open|closed))\b", re.I)
_WHEN = re.compile(r"\b(?:(?:by|in|from|until|before|after)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d|next\s+(?:week|month|"
                   r"year|spring|summer|autumn|fall|winter)|later\s+this|this\s+(?:week|month|year|weekend))\b", re.I)
_WORD = re.compile(r"[a-z]+")
_UNCERTAIN = re.compile(r"certain|on\s+course|on\s+track|will\b", re.I)
_WHAT = {"forecast": "forecasts", "insider": "gives an insider's account"}


class UnattributedPrediction:
    meta = Meta(
        id="attribution.unattributed-prediction",
        category=Category.ATTRIBUTION,
        severity=Severity.WARNING,
        summary="A forecast or an insider's account stated with no source.",
        description=(
            "Flags a sentence that forecasts ('is expected to resign', 'could develop into a hurricane', 'may "
            "take a year', 'will probably be', 'will drive world coal use') or tells what happens behind the "
            "scenes ('was behind the decision', 'is weighing a bid') when no attribution reaches it: none in "
            "the sentence ('forecasters said', 'the report predicts'), none in an earlier sentence of the "
            "paragraph or the sentence before that it continues, none in a next sentence pointing back. One "
            "query per paragraph. Scheduled events ('will be held on Friday', 'is to present on October 14') "
            "counterfactuals ('Without it, his lungs might have exploded'), guesses about the past ('may have "
            "helped') and questions are left alone."
        ),
        bad=(
            Example("Barry made landfall on Saturday.\n\n[[Tropical Storm Barry could develop into a hurricane as "
                    "soon as Friday.]]"),
            Example("The quake damaged the island's largest power plant. [[Fixing it may take a year.]]"),
            Example("The minister has faced calls to go.\n\n[[She is expected to resign before the weekend.]]"),
            Example("[[The chief executive was behind the decision to close the plant.]]"),
            Example("Farms are struggling.\n\n[[By 2050, a growing population would increase food needs by 50 "
                    "percent.]]"),
            Example("[[The mayor will likely announce the closure of a second plant before the end of the year.]]"),
            Example("[[The mayor has privately told allies she will veto the measure.]]"),
            Example("[[The government is set to announce a deal with private hospitals.]]"),
            Example("[[The regulator is preparing to open a formal investigation into the company.]]"),
            Example("[[The company is in talks to sell a stake in its Manchester portfolio.]]"),
            Example("[[The White House was behind a last-minute pressure campaign.]]"),
            Example("[[The principal plans to step down at the end of the school year.]]"),
            Example("[[The Prime Minister's Office has quietly begun sounding out replacements.]]"),
            Example("[[Executives have already drawn up plans to cut the emergency department to daytime hours.]]"),
            Example("[[His job is now in jeopardy.]]"),
            Example("[[Labour is on course to lose the seat by several thousand votes.]]"),
            Example("[[The trust is set to miss the target again next month.]]"),
            Example("[[The committee will vote to form a subcommittee before lawmakers leave for the August recess.]]"),
            Example("[[Elective surgery is all but certain to be cancelled for a fortnight.]]"),
            Example("[[The court will strike down the decree, most likely by five votes to four.]]"),
            Example("[[Cases are set to climb into the hundreds by the end of the month.]]"),
            Example("[[The country will be stripped of next year's championships.]]"),
            Example("[[He has already privately offered the post of deputy to his finance minister.]]"),
            Example("[[She has told friends privately that she will quit in the autumn reshuffle.]]"),
            Example("[[A sale of the remaining stores is all but certain by spring.]]"),
            Example("[[Downing Street has already drawn up a fallback plan to delay the revaluation.]]"),
            Example("[[The senator is already quietly assembling a team for a run in 2027.]]"),
            Example("[[The mayor has all but decided to keep the decree for another year.]]"),
            Example("[[The chief executive will be out of a job by the end of the academic year.]]"),
            Example("[[The fire is all but certain to jump the highway on Saturday afternoon.]]"),
            Example("[[The Senate will pass the map next week with votes to spare.]]"),
            Example("[[The congressman will announce his retirement next month.]]"),
            Example("[[A former assistant coach has already been sounded out about the job.]]"),
        ),
        good=(
            Example("Tropical Storm Barry could develop into a hurricane as soon as Friday, forecasters said."),
            Example("The final debate will be held on October 22 in Nashville."),
            Example("Without the suit, his lungs might have exploded."),
            Example("The film may have spurred the interest."),
            Example("Even he might have found it startling."),
            Example("It may have to do with different numbering systems."),
            Example("Insects are plentiful and are unlikely to have been dosed with chemicals."),
            Example("UNESCO is considering a request to add the cuisine to its heritage list."),
            Example("Nuns and priests are expected to report abuse to the authorities."),
            Example("He joined the group that would eventually become the ruling party."),
            Example("The party won in areas where it was expected to do well."),
            Example("The state of emergency was expected to end on December 15."),
            Example("By 2017, the first road tests are expected to begin in earnest."),
            Example("The dilutions go past the level where any molecules of the substance are likely to remain."),
            Example("When she jumped out of bed she could see a vapour trail in the sky."),
            Example("Forecasters warned of heavy rain. The storm could develop into a hurricane by Friday, they "
                    "said."),
            Example("The report predicts that demand will rise. It could double by 2030."),
            Example("The General Assembly is set to open tomorrow."),
            Example("About 780 more children are preparing to enter school next year."),
            Example("The governor is set to be replaced by the secretary of justice."),
            Example("The island is in line for the first round of tax increases in the autumn."),
            Example("The report will be published before the end of the month."),
            Example("The council will vote on the budget next week."),
        ),
    )

    def check(self, doc, ctx):
        speech, flagged = doc.speech, -1  # one query per paragraph
        for st in speech.statements:
            if st.paragraph == flagged:
                continue
            low = st.plain.lower()
            if _NEEDS.isdisjoint(_WORD.findall(low)):
                continue
            hit = next(((k, m) for k, rx in _TRIGGERS if (m := rx.search(st.plain, low))), None)
            kind = hit[0] if hit else ""
            if hit is None or _COUNTERFACTUAL.search(st.plain, 0, hit[1].start()) or st.plain.rstrip().endswith("?"):
                continue
            if _RELATIVE.search(st.plain, 0, hit[1].start()):
                continue  # background in a relative clause: "in areas where it was expected to do well"
            end = hit[1].end()
            if kind == "forecast" and (_SCHEDULED.match(st.plain, end) and not _UNCERTAIN.search(hit[1].group())
                                       or _TIMETABLE.match(st.plain, end) and _WHEN.search(st.plain)):
                continue  # a timetable: "was expected to end on December 15", "are expected to begin by 2017" (not
                # "is all but certain to jump the highway on Saturday")
            m = hit[1]
            if speech.reach(st):
                continue
            flagged = st.paragraph
            phrase = " ".join(st.plain[m.start() : m.end()].split())
            yield Finding(
                st.start, st.end,
                f"'{phrase}' {_WHAT[kind]} with no source in this sentence or paragraph: say who expects it "
                "('forecasters said', 'according to', 'the report predicts').",
            )
