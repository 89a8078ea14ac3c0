"""attribution.unattributed-figure: a statistic that someone must have counted, stated with no source."""

from __future__ import annotations

import re

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.folded import Folded
from copylint.nlp.speech import DOCUMENT

_WORDS = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
          r"sixty|seventy|eighty|ninety|(?:a\s+)?hundred|hundreds|(?:a\s+)?thousand|thousands|(?:a\s+)?million|"
          r"millions|billion|billions|dozens|a\s+dozen|half)")
_ABOUT = (r"(?:(?:about|almost|nearly|more\s+than|over|some|just|only|around|roughly|at\s+least|up\s+to|fewer\s+than|"
          r"less\s+than|under|approximately|an\s+estimated)\s+)?")
# a figure in digits (a year is no statistic) or words: "1.5%", "$1.1bn", "3,195", "seven", "half a million"
_DIGITS = (r"(?<![\w.,:/-])(?!(?:1[6-9]|20)\d\d\b)(?:[$£€¥]\s?)?\d+(?:[.,]\d+)*"
           r"(?:\s*(?:%|(?:per\s*cent|percent|m|bn|k|million|billion|trillion)\b))?")
_NUM = rf"{_ABOUT}(?:{_DIGITS}|{_WORDS}(?:[\s-]+{_WORDS})*)"
_HEDGED = (rf"(?:about|almost|nearly|more\s+than|over|some|around|roughly|at\s+least|up\s+to|an\s+estimated)\s+"
           rf"(?:\d[\d,]*|{_WORDS})")
_PCT = rf"{_ABOUT}(?:\d+(?:\.\d+)?|{_WORDS}(?:[\s-]+{_WORDS})*)\s*(?:%|per\s*cent|percent)"
# a large number: "3,195", "41m", "1.5 million" (not a year: four digits need a comma)
_BIG = (rf"(?:{_ABOUT}(?:[$£€¥]\s?)?(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?\s*(?:m|bn|million|billion|trillion)\b)"
        # four digits with no comma are a count only after a hedge: "about 5000 troops" (not "in 2015")
        r"|\b(?:about|nearly|almost|around|roughly|some|over|more\s+than|approximately)\s+\d{4,}\b)")
# a sum of money past the thousands: "$5,479,761", "£2.3m", "$1.1 billion"
_MONEY = (rf"{_ABOUT}(?:[$£€¥]\s?(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?\s*(?:m|bn|k|million|billion|trillion)\b)"
          r"|\d+(?:\.\d+)?\s*(?:million|billion|trillion)\s+(?:dollars|pounds|euros|yen|yuan|rupees))")
_CHANGE = (r"(?:rose|risen|rises|fell|fallen|falls|increased|increases|decreased|decreases|grew|grown|grows|jumped|"
           r"dropped|climbed|declined|doubled|tripled|halved|surged|soared|plunged|slumped|dipped|shrank|"
           r"went\s+up|went\s+down|increase|rise|drop|decline|growth|jump|surge)")
_HURT = r"(?:killed|injured|wounded|dead|missing|hospitali[sz]ed|infected|evacuated|displaced|hurt)"
# a change in rank, distance or time is the reporter's account: "dropped 41 places", "rose over nine miles"
_NOT_UNIT = (r"(?!\s+(?:places?|positions?|spots?|rungs?|miles?|km|kilometres?|kilometers?|metres?|meters?|feet|"
             r"foot|yards?|seconds?|minutes?|hours?|goals?|points?|runs?|strokes?|shots?)\b)")
_NOT_TIME = r"(?!\s+(?:years?|months?|days?|weeks?|hours?|minutes?|times?|am|pm|a\.m|p\.m)\b)"

# (kind, pattern): the first that matches a sentence names its figure. A change still to come ("fares will rise
# by 25 cents") is what was decided or forecast, not a count.
_TRIGGERS = tuple((k, Folded(p)) for k, p in (
    # "has fallen 30 per cent", "rose by more than 50% in 2013", "fell to 115 billion", "from 44% to 48%"
    ("change", rf"(?<!\bwill\s)(?<!\bwould\s)(?<!\bto\s)\b{_CHANGE}\s+(?:by\s+|to\s+|of\s+)?{_NUM}"
               rf"(?![\d,.]*\d)(?!\s*[-–]\s*\d){_NOT_UNIT}"
               rf"|\bfrom\s+{_ABOUT}{_DIGITS}\s+(?:in\s+\d{{4}}\s+)?to\s+{_NUM}|\b(?:up|down)\s+from\s+{_NUM}"
               rf"|\bcompared\s+(?:with|to)\s+{_NUM}"
               # "has dropped below 1,100"
               rf"|(?<!\bwill\s)(?<!\bwould\s)\b{_CHANGE}\s+(?:below|above|under|past)\s+{_NUM}"
               # "running about a third below last year's level"
               r"|\b(?:a|one)\s+(?:third|quarter|fifth|tenth)\s+(?:below|above|lower|higher|down|up)\b"
               # "have climbed by almost a third"
               rf"|(?<!\bwill\s)(?<!\bwould\s)\b{_CHANGE}\s+(?:by\s+)?(?:almost\s+|nearly\s+|about\s+|more\s+than\s+|roughly\s+)?"
               r"(?:a|one)\s+(?:third|quarter|fifth|tenth)\b"),
    ("change", r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:more\s+than\s+|nearly\s+|almost\s+)?(?:doubled|tripled|trebled|"
               r"quadrupled|halved|skyrocketed|ballooned)\b"
               # "have fallen in eight of the last ten quarters"
               r"|\bin\s+(?:\w+)\s+of\s+the\s+(?:last|past)\s+(?:\w+)\s+(?:quarters|years|months|seasons|games|matches)\b"),
    # "31 percent of Samoans", "a third of all deaths", "one out of every thousand children"
    ("share", rf"\b{_PCT}\s+of\s+(?!(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:vote|votes|voters|seats|ballots|electorate)\b)"
              rf"|\b(?:(?:a|one)\s+(?:third|quarter|fifth|tenth)|half|two-thirds|three-quarters)\s+of\s+all\b"
              # "Nearly a third of Peru's public works budget is lost to corruption"
              r"|\b(?:nearly|almost|about|around|more\s+than|over|roughly|some|less\s+than|fewer\s+than|close\s+to)\s+"
              r"(?:(?:a|one)\s+(?:third|quarter|fifth|tenth)|"
              r"half|two-thirds|three-quarters)\s+of\s+(?:the|its|their|them|those|these|[\w’'-]+['’]s)\b"
              # as the subject: "Nearly a third of polling stations opened late"
              r"|^\W*(?:nearly|almost|about|around|more\s+than|over|roughly|some|less\s+than|fewer\s+than|close\s+to)\s+"
              r"(?:(?:a|one)\s+(?:third|quarter|fifth|tenth)|half|two-thirds|three-quarters)\s+of\s+(?:[a-z]+\s+)?[a-z]+s\b"
              rf"|\b\w+\s+(?:out\s+)?of\s+every\s+{_NUM}\b"),
    # "almost one in five grants", "one household in five", "one in four of its teachers"
    ("share", r"\b(?:one\s+(?:[\w-]+\s+){0,2}?|(?:two|three|four|five|six|seven|eight|nine)\s+)in\s+(?:every\s+)?"
              r"(?:three|four|five|six|seven|eight|"
              r"nine|ten|\d{1,3}(?![\d,]))\s+[a-z]|\b\d{1,2}\s+in\s+(?:every\s+)?\d{1,3}(?![\d,])\s+[a-z]"),
    # "more than three times the permissible limit"
    ("multiple", rf"\b(?:{_NUM}|twice)\s+(?:and\s+a\s+half\s+)?times?\s+(?:the|their|its|what)\s+(?:[\w-]+\s+){{0,2}}?"
              r"(?:limit|level|average|rate|amount|number|normal|usual|is\s+considered)\b"
              r"|\b(?:nearly|almost|more\s+than|about|roughly|close\s+to)\s+(?:double|triple|twice|half)\s+(?:the|what)\b"
              r"|\b(?:multiplied|increased|grown|grew|rose|risen|jumped|soared)\s+(?:[\w’'-]+\s+){0,6}?(?:roughly\s+|about\s+|"
              r"nearly\s+|more\s+than\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-?fold\b"
              r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-?fold\s+(?:increase|rise|jump|growth)\b"
              r"|\b(?:less\s+than\s+|more\s+than\s+|about\s+)?half\s+the\s+(?:usual|normal|average|typical)\b"
              r"|\b(?:twice|\w+\s+times)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:limit|level|average|rate)\b"),
    # "up 9 per cent on a year ago", "remains 31 percent below its 2019 level", "ran nearly 20 points higher"
    ("change", rf"(?<![\w-])(?:up|down)\s+(?:by\s+)?{_PCT}"
               rf"|\b{_PCT}\s+(?:below|above|higher\s+than|lower\s+than|more\s+than|less\s+than|up\s+on|down\s+on)\b"
               rf"|\b{_NUM}\s+(?:percentage\s+)?points?\s+(?:higher|lower|ahead|behind|above|below)\b"
               rf"|\b{_PCT}\s+(?:over|above|under|below)\s+(?:its|the|their)\s+(?:original\s+)?(?:budget|target|estimate|"
               r"forecast)\b"),
    # "15 percent support", "3 percent in two qualifying polls"
    ("poll", rf"\b{_PCT}\s+of\s+(?:[\w-]+\s+){{0,3}}?(?:voters|respondents|adults|americans|britons|canadians|"
             r"people|residents|parents|those\s+(?:polled|surveyed|asked))\s+(?:\w+\s+)?(?:approve|approved|"
             r"disapprove|disapproved|support|supported|oppose|opposed|back|backed|favou?r|favou?red|say|said|think|"
             r"thought|believe|believed|want|wanted|prefer|preferred|trust|expect|plan)\b"
             rf"|\b{_PCT}\s+(?:support|approval)\b|\b{_PCT}\s+(?:\w+\s+){{0,3}}?in\s+(?:the|a|any|two|three|four|"
             r"several|recent)\s+(?:\w+\s+)?(?:polls?|surveys?)\b"),
    # "There were just 41m subscribers", "employ 3,195 people", "Only 48,000 of the 51,900 seats", "over 500,000
    # ballots were not yet returned"
    ("count", rf"\bthere\s+(?:were|are|was|is|have\s+been|had\s+been)\s+{_BIG}"
              r"|(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)\b(?:employ|employs|employed|attracted|attracts|drew|draws|sold|sells|registered|recorded|counted|"
              r"received|had|has|have|reached|reach|reaches|totalled|totaled|totals|topped|exceeded|surpassed|"
              rf"passed|amassed|secured|won)\s+{_BIG}|\b{_BIG}\s+of\s+(?:the|its|their)\s+{_BIG}"
              # a hedged count of what an office handles: "receives about 100 applications", "rejects about half"
              r"|(?<!\bmust\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bmay\s)"
              r"\b(?:receives?|received|rejects?|rejected|handles?|handled|processe[sd]|approves?|approved|refuses?|"
              r"refused|issues?|issued|treats?|treated|sees|saw)\s+(?:about|around|roughly|nearly|almost|some|over|"
              r"more\s+than|fewer\s+than|at\s+least|up\s+to|an\s+estimated)\s+(?:\d[\d,]*|half|a\s+third|a\s+quarter|"
              r"hundreds|thousands|dozens|a\s+dozen)\b"
              rf"|\b{_BIG}\s+(?:[a-z-]+\s+){{0,5}}?(?:were|(?:have|had)\s+(?:already\s+|now\s+)?been|are)\s+(?:not\s+yet\s+|now\s+|"
              r"already\s+)?(?:sold|returned|sent|registered|signed|counted|cast|recorded|affected|vaccinated|tested|"
              r"employed|lost|cut|created|destroyed|flooded|declared|damaged)\b"
              # "over 4 million visitors attended", "Over 220 members of the House favored impeachment"
              rf"|\b{_BIG}\s+(?:[a-z-]+\s+){{0,2}}?(?:attended|visited|watched|viewed|downloaded|joined|signed|"
              r"subscribed|bought|used|fled|left|died|live|lived|work|worked|waited|wait)\b"
              rf"|\b{_BIG}\s+(?:[\w’'-]+\s+){{0,4}}?(?:are|were|have\s+been|had\s+been|have\s+now\s+been)\s+(?:still\s+|now\s+)?"
              r"(?:waiting|homeless|unemployed|without)\b"

              rf"|\b(?:released|spilled|leaked|emitted|discharged)\s+(?:[\w-]+\s+){{0,2}}?{_BIG}"

              # "exposed records belonging to about 7.8 million workers"
              rf"|\b(?:exposed|affected|compromised|leaked)\s+(?:[\w-]+\s+){{0,4}}?{_BIG}"
              rf"|(?<![\w,.])\d+(?:,\d{{3}})*\s+(?:[a-z-]+\s+){{0,7}}?(?:favou?red|supported|opposed|backed|endorsed)\s+"
              r"(?:the|a|an|some|his|her|their|impeachment|removing|a\s+ban)\b"
              # money raised or spent: "has made a career total $5,479,761", "raised £2.3m"
              rf"|\b(?:raised|raises|spent|spends|earned|earns|made|paid(?:\s+out)?|pays(?:\s+out)?|donated|invested|collected|generated|"
              r"amassed|lost|loses|moved|transferred|funnell?ed|siphoned|seized|confiscated|recovered|froze|owes|owed|"
              r"borrowed|awarded|put|losing|taken|took\s+home|takes\s+home|(?:cost|costs|costing)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:economy|taxpayers?|council|state|"
              r"government|country|city|industry|nhs|company|firm|club|people|families|patients|victims|consumers|"
              r"households|residents|businesses|pensioners)(?:\s+in\s+[A-Z]\w+)?)\s+(?:(?:the|its|their|his|her)\s+[\w-]+\s+)?"
              rf"(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){{0,3}}?{_MONEY}"),
    # "Of the 41 projects approved in the first intake, 19 went to clients", "has lost more than 300 nurses to agency
    # work", "have gone more than 200 days without water"
    ("count", rf"^\W*of\s+the\s+{_NUM}\s+[^,;:]{{1,80}},\s+(?:{_NUM})\s+(?:were|went|had|have|are|was)\b"
              r"|\b(?:has|have|had)\s+lost\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|over\s+)?\d[\d,]*\s+"
              r"(?:[\w-]+\s+){0,2}?(?:nurses|doctors|teachers|officers|staff|employees|workers|jobs|members|players|"
              r"residents|customers)\b"
              r"|\bgone\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?\d+\s+(?:days|weeks|months)\s+(?:[\w-]+\s+){0,3}?"
              r"without\b"
              rf"|\b{_HEDGED}\s+(?:[\w-]+\s+){{0,2}}?(?:have|has)\s+(?:switched|defected|quit|resigned|left|crossed)\b"
              # "has issued 14 boil-water notices", "have charged more than 40 officials"
              r"|\b(?:has|have|had)\s+(?:issued|received|handled|recorded|logged|filed|made)\s+\d[\d,]*\s+(?:[\w-]+\s+)?"
              r"(?:notices|warnings|complaints|fines|penalties|claims|reports|arrests|requests|applications|referrals)\b"
              r"|\b(?:charged|indicted|convicted|prosecuted|sued|fined)\s+(?:more\s+than|over|nearly|almost|about|at\s+least)\s+"
              r"\d[\d,]*\b"),
    # a sum owed, missing or short: "a $2.3 billion shortfall", "€47 million ... has never been accounted for"
    ("count", rf"{_MONEY}\s+(?:budget\s+|funding\s+|revenue\s+)?(?:shortfall|deficit|gap|hole|overrun|black\s+hole)\b"
              rf"|\b(?:is|are|was|were|runs?|ran)\s+(?:\w+\s+)?short\s+(?:by\s+)?{_MONEY}"
              rf"|\b(?:lifted|boosted|raised|cut|reduced|slashed|inflated|increased|added|overspent|underspent|"
              rf"exceeded|blew)\s+(?:[\w’'-]+\s+){{0,6}}?by\s+{_MONEY}"
              rf"|{_MONEY}\s+(?:[\w-]+\s+){{0,5}}?(?:has|have|had|is|are|was|were)\s+(?:\w+\s+){{0,2}}?(?:unaccounted|"
              r"missing|accounted|disappeared|vanished)\b"),
    # "Six Mexican nationals were killed", "killing 107 or more", "the death toll"
    ("toll", rf"\b(?:{_NUM})\s+(?:[a-z-]+\s+){{0,3}}?(?:were|have\s+been|had\s+been|are)\s+(?:\w+ly\s+)?{_HURT}\b"
             # mass arrests, not a case's: "More than 340 people were arrested" (not "The two parents were arrested")
             rf"|\b(?:{_HEDGED}|\d{{2,}}|dozens|hundreds|thousands)\s+(?:[a-z-]+\s+){{0,3}}?(?:were|have\s+been|had\s+been)\s+"
             r"(?:arrested|detained)\b"
             rf"|\b(?:killing|injuring|wounding|killed|injured|wounded|rescued|arrested|detained|evacuated)\s+"
             rf"{_NUM}\b{_NOT_TIME}|\bdeath\s+toll\b"
             # "80 people, including schoolchildren, died", "Dozens died in the attack"
             rf"|(?<!\bwas\s)(?<!\bis\s)(?<!\baged\s)(?<!\bat\s)\b(?:{_NUM})(?:\s+[a-z-]+){{0,2}}?"
             r"(?:\s*,[^,;:]{0,40},)?\s+(?:died|perished|drowned|fell\s+ill|were\s+taken\s+ill)\b"
             # homes lost: "Fourteen homes have been lost in Tarrawong alone"
             rf"|\b(?:{_NUM})\s+(?:[a-z-]+\s+)?(?:homes|houses|buildings|properties)\s+(?:have\s+been|were|had\s+been)\s+"
             r"(?:lost|destroyed|damaged|flattened|razed)\b"),
    # an average: "wait an average of 412 days", "exports averaged about 1.6 million barrels"
    ("average", rf"\b(?:an?\s+average\s+of|averaged|averaging)\s+{_NUM}"),
))
_TOLL = next(rx for k, rx in _TRIGGERS if k == "toll")  # a toll needs its own source even in a report's story
# a sentence with a figure: a digit, or one of these words (a set lookup: faster than a regex alternation)
_FIGURE_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety half hundred hundreds thousand thousands million millions billion billions dozen dozens third "
    "quarter fifth tenth doubled tripled trebled quadrupled halved skyrocketed ballooned toll twofold threefold "
    "fourfold fivefold tenfold".split())
_DIGIT = re.compile(r"\d")
# Words one of which each trigger needs (a prefilter that skips most sentences unread, same matches);
# "%", "#big" (a large number) and "#of" (a sentence opening "Of the") stand for what the letters miss.
_PERCENT = frozenset({"%", "percent", "cent"})
_NEEDS = (
    frozenset(re.findall(r"[a-z]+", _CHANGE)) | {"from", "up", "down", "compared"},
    frozenset({"doubled", "tripled", "trebled", "quadrupled", "halved", "skyrocketed", "ballooned", "last", "past"}),
    _PERCENT | {"third", "quarter", "fifth", "tenth", "every", "half", "thirds", "quarters"},
    frozenset({"in"}),
    frozenset({"times", "twice", "double", "triple", "half", "fold"}) | {"#fold"},
    _PERCENT | {"points", "point"},
    _PERCENT,
    frozenset({"#big", "favored", "favoured", "supported", "opposed", "backed", "endorsed", "receive", "receives",
               "received", "reject", "rejects", "rejected", "handle", "handles", "handled", "processes", "processed",
               "approve", "approves", "approved", "refuse", "refuses", "refused", "issue", "issues", "issued", "treat",
               "treats", "treated", "sees", "saw"}),
    frozenset({"lost", "gone", "issued", "received", "handled", "recorded", "logged", "filed", "made", "charged",
               "indicted", "convicted", "prosecuted", "sued", "fined", "switched", "defected", "quit", "resigned",
               "crossed"}) | {"#of"},
    frozenset({"#big"}),  # each of these needs a sum of money
    frozenset(re.findall(r"[a-z]+", _HURT)) | {"hospitalized", "hospitalised", "killing", "injuring", "wounding",
                                                "toll", "rescued", "arrested", "detained", "died", "perished",
                                                "drowned", "ill", "homes", "houses", "buildings", "properties"},
    frozenset({"average", "averaged", "averaging"}),
)
_LETTERS = re.compile(r"[a-z]+")
_BIG_QUICK = re.compile(r"\d,\d{3}|\d\s*(?:m|bn)\b|million|billion|trillion"
                        r"|\b(?:about|nearly|almost|around|roughly|some|over|than|approximately)\s+\d{4}")
# a relative clause running up to the figure: no punctuation between "where", "which", "who" and it
_CLAUSE = re.compile(r"\b(?:where|which|who|whose)\b[^,;:()–—]*$", re.I)
# a goal's figure is the plan's terms, not a count: "The agreement seeks to remove tariffs on 90 percent of goods"
_THRESHOLD = re.compile(r"\b(?:criterion|criteria|threshold|requirement|minimum)\b", re.I)
# (or a share of figures just given: "The cuts represent about a third of the mill's workforce")
_DERIVED = re.compile(r"\b(?:that|this|which)\s+means\b|\bmeaning\s+(?:that\s+)?"
                      r"|^\W*(?:the|these|those|this|that|it|they)\s+(?:[\w-]+\s+){0,2}?(?:represents?|represented|"
                      r"amounts?\s+to|amounted\s+to|equals?|equall?ed)\b", re.I)
_GOAL = re.compile(r"\b(?:(?:seek|aim|plan|want|intend|propose|promise|pledge|vow|hope|try|strive|target)(?:s|ed|ing)?"
                   r"\s+to|(?:target|goal|aim)\s+of)\s+[^,;:()–—]*$", re.I)
# a shop price is the reporter's account: "a TV reduced from £299.99 to £149.99"
_MODAL = re.compile(r"\b(?:will|would|could|may|might)\s+(?:[\w-]+\s+){0,2}$", re.I)
_PRICE = re.compile(r"[$£€¥]\s?\d+\.\d\d\b")
_VOTES = re.compile(r"\s+(?:votes|first-preference\s+votes)\b")  # "received 491,667 votes": a result
_ELECTION = re.compile(r"\b(?:seats?|votes?|voters|ballots|electorate|constituenc(?:y|ies))\b", re.I)
_WHAT = {
    "change": "a change in figures",
    "share": "a share",
    "poll": "a poll standing",
    "toll": "a toll of people hurt",
    "count": "a count",
    "average": "an average",
    "multiple": "a multiple",
}


class UnattributedFigure:
    meta = Meta(
        id="attribution.unattributed-figure",
        category=Category.ATTRIBUTION,
        severity=Severity.WARNING,
        summary="A statistic someone must have counted, stated with no source.",
        description=(
            "Flags a sentence whose figure an editor would want sourced: a change in figures ('rose by more "
            "than 50%', 'from 44% to 48%', 'has doubled'), a share ('31 percent of Samoans', 'a third of all "
            "deaths'), a poll standing ('15 percent support'), a count ('there were 41m subscribers', 'employ "
            "3,195 people', '48,000 of the 51,900 seats', 'over 4 million visitors attended', 'receives about 100 "
            "applications'), money raised or "
            "spent ('has made a career total $5,479,761') or a toll of people hurt ('six people were killed', "
            "'the death toll'), when no attribution reaches it (doc.speech): none in the sentence, none in an "
            "earlier sentence of the paragraph or the sentence before that it continues, none in a next "
            "sentence pointing back ('That is according to ...'), and no document the story reports on named "
            "in its first two paragraphs (a toll still needs its own source). One query per paragraph. Scores, "
            "ages, dates, times, ranks, distances, shop prices and rates ('£420 a month'), election results, a "
            "plan's goals and thresholds, what a plan will have, background in a relative clause and the "
            "writer's arithmetic ('that means ...') are left alone."
        ),
        bad=(
            Example("The bridge closed in March.\n\n[[Sales at downtown shops have dropped by half since then.]]"),
            Example("The clinic opened in 2015.\n\n[[Almost half of all primary school children are iodine "
                    "deficient.]]"),
            Example("The clinic opened in 2015. [[Vaccination before the outbreak covered only about 31 percent "
                    "of Samoans.]]"),
            Example("The storm reached the coast at dawn.\n\n[[Six people were killed and seven more were "
                    "injured.]]"),
            Example("The bus left at noon.\n\n[[The crash killed seven.]]"),
            Example("The party met in Mazraa. [[In February, 80 people, including schoolchildren, died near its "
                    "headquarters.]]"),
            Example("The base was attacked at dawn. [[There are about 5000 U.S. troops in the country.]]"),
            Example("[[Streaming revenues rose by more than 50% in 2013 to reach $1.1bn.]]"),
            Example("Streaming took off in 2012. [[There were just 41m subscribers worldwide in 2014.]]"),
            Example("The tour ended in May. [[He has made a career total $5,479,761 in prize money.]]"),
            Example("[[Over 220 members of the House favored some form of impeachment.]]"),
            Example("Tiger numbers have grown, according to a new census.\n\nThe parks opened in 1973.\n\n"
                    "[[Seven people were killed in attacks by tigers in 2012.]]"),
            Example("The festival opened on Friday. [[Last year over 4 million visitors attended the event.]]"),
            Example("The act dates from 1996. [[The committee receives about 100 applications a year and rejects "
                    "about half.]]"),
            Example("The bridge closed in May. [[Almost one in five grants paid out since 2016 contained "
                    "irregularities.]]"),
            Example("[[Groundwater in 38 villages now holds arsenic at more than three times the permissible limit.]]"),
            Example("[[The state now spends about €140 million a year renting classrooms.]]"),
            Example("[[The average rent is now €2,420 a month, up 9 per cent on a year ago.]]"),
            Example("[[Patients now wait an average of 412 days for a new hip.]]"),
            Example("[[Only 38 percent of voters approve of the council's budget.]]"),
            Example("[[The state faces a $2.3 billion shortfall next year.]]"),
            Example("[[At least €47 million of the advance payments has never been accounted for.]]"),
            Example("[[More than 340 people were arrested across the country by nightfall.]]"),
            Example("[[Ridership across the system remains 31 percent below its 2019 level.]]"),
            Example("[[The council has awarded contracts worth more than €31 million to the firm since 2018.]]"),
            Example("[[More than 12,000 people live downstream of the mine.]]"),
            Example("[[The strike is costing the regional economy an estimated 15 million euros a day.]]"),
            Example("[[The breach exposed records belonging to about 7.8 million workers.]]"),
            Example("[[More than 41,000 people in the region are waiting for a first appointment.]]"),
            Example("[[More than 1,400 patients waited longer than 12 hours in January alone.]]"),
            Example("[[The spill released an estimated 50,000 cubic metres of acidic waste.]]"),
            Example("[[The city's pension fund is short roughly $412 million.]]"),
            Example("[[The rezonings lifted the value of his land by an estimated $38 million.]]"),
            Example("[[Nearly a third of the public works budget is lost to corruption every year.]]"),
            Example("[[The district opened the year with 37 unfilled jobs, nearly double the number two years "
                    "earlier.]]"),
            Example("[[Officers were in 164 pursuits, and roughly a quarter of them ended in a crash.]]"),
            Example("[[Reports of fly-tipping have climbed by almost a third since 2019.]]"),
            Example("[[More than 1,400 of the trust's patients have now been waiting longer than a year.]]"),
            Example("[[The region received about two and a half times its normal April rainfall.]]"),
            Example("[[Of the 41 projects approved in the first round, 19 went to the lobbyist's clients.]]"),
            Example("[[The agency paid out more than €420 million in negligence claims last year.]]"),
            Example("[[Only one household in five in the district has safe drinking water.]]"),
            Example("[[Roughly one in four of its teachers left the network each year.]]"),
            Example("[[Turnout in the rural provinces ran nearly 20 points higher than in the city.]]"),
            Example("[[Doorstep fraud costs older people in Kent more than £4m a year.]]"),
            Example("[[Some 40,000 hectares of wheat and cotton have already been lost to the water.]]"),
            Example("[[The trust has lost more than 300 nurses to agency work in two years.]]"),
            Example("[[Residents of six wards have gone more than 200 days this year without tap water.]]"),
            Example("[[Almost 400 people fell ill during the outbreak.]]"),
            Example("[[Some 31,000 houses were damaged or destroyed in the storm.]]"),
            Example("[[The company's operations made an after-tax profit of $310 million last year.]]"),
            Example("[[The chief executive took home £1.3m last year.]]"),
            Example("[[Fourteen homes have been lost in the town alone.]]"),
            Example("[[He has put $22 million of his own money into the race.]]"),
            Example("[[Average home attendance has dropped below 1,100 this season.]]"),
            Example("[[Nearly six in 10 homes in the town were built of unreinforced adobe.]]"),
            Example("[[Nearly a third of polling stations opened more than three hours late.]]"),
            Example("[[Season-ticket renewals are running about a third below last year's level.]]"),
            Example("[[The city has issued 14 boil-water notices in the past three years.]]"),
            Example("[[The department overspent its overtime budget by $27 million last year.]]"),
            Example("[[Prosecutors have charged more than 40 officials with corruption since 2019.]]"),
            Example("[[Police chases in the city have more than doubled since 2022.]]"),
            Example("[[Sales have fallen in eight of the last ten quarters.]]"),
            Example("[[The club is losing roughly £400,000 a week.]]"),
            Example("[[The rebuild is now running 18 per cent over its original budget.]]"),
            Example("[[At least 14 MLAs have switched parties since the election.]]"),
            Example("[[The party has taken more than £4m from property donors.]]"),
            Example("[[The rezoning has multiplied the value of the site roughly tenfold.]]"),
            Example("[[The tower was approved in less than half the usual assessment time.]]"),
            Example("The election is on Sunday. [[Complaints this election season have reached 1,850, nearly three "
                    "times the number in 2022.]]"),
            # a source that gave its own figure in the paragraph before does not source a new one
            Example("Vacancy was about 1,000 homes last year, according to the housing agency.\n\n[[Average rent has "
                    "jumped 38 per cent since 2020.]]"),
        ),
        good=(
            Example("Ridership has fallen 30 per cent since 2019, according to the transit authority."),
            Example("The agency's figures show rents climbing fast. They have risen 25 per cent in two years."),
            Example("Sanders won the primary with 25.7% of the vote."),
            Example("About 52% of participating voters voted to leave."),
            Example("The party's seats in the assembly increased from 9 to 10."),
            Example("Tigers live in Nepal, where forests cover 29% of the land."),
            Example("The agreement seeks to remove tariffs on 90 percent of goods."),
            Example("The EU has set a target of ensuring that 10% of its power can be sold abroad."),
            Example("A TV was reduced from £299.99 to £149.99."),
            Example("The criterion for inclusion remains a showing of 15 percent support in opinion polls."),
            Example("The album was certified Diamond by the RIAA, having sold over 10 million copies."),
            Example("The minister said 18 people died. 149 of the survivors have been hospitalized."),
            Example("With a teabag weighing 3g, that means Britons drink eight cups a week, down from 23 cups."),
            Example("When fully stocked, the farm will have 5,000 fish."),
            Example("The 12 tanks, when fully stocked, will each have 5,000 fish."),
            Example("Kwong Chun-yu received 491,667 votes, the highest in the constituency."),
            Example("It emerged that the company employs 20,000 of its 23,000 staff on the contracts."),
            Example("The home side won 3-1 in front of 48,000 fans."),
            Example("The town of 7,000 people will appear on the map in July."),
            Example("Candidates must receive at least 15% of the vote in a district to win delegates."),
            Example("Stevens died on Tuesday at the age of 99."),
            Example("He was 101 and died of pneumonia in La Jolla."),
            Example("Nokia dropped 41 places to 98th."),
            Example("After the vote, bus fares will rise by 25 cents and passes to $88."),
            Example("They scored their answers from one to seven."),
            Example("The students exercised five times a week."),
            Example("Her income is typically £30,000 to £40,000 a year."),
            Example("Rents have risen 25 per cent in two years. That is according to the housing agency."),
            Example("Police said six people were killed. Seven more were injured."),
            Example("The two parents were arrested in January."),
            Example("The suits are expensive: they cost about £30,000 each."),
            Example("The plants will help provide nearly half of Morocco's electricity by 2020."),
            Example("A fourth claimant dropped out while a fifth, Susan Ngondi, died two years ago."),
            Example("The UK stopped distribution of the €500 note in 2010."),
            Example("The group inspected five factories in four buildings last week."),
            Example("The accounts for 2014-15 show current assets have almost trebled since 2012."),
            Example("Miami's difficulties are threefold."),
            Example("This would lead to an approximately twofold decrease in the casualty rate."),
            Example("The mill will cut 150 jobs, the company said.\n\nThe cuts represent about a third of the mill's "
                    "workforce."),
            Example("Sea levels could rise an average of 40cm by the end of the century."),
            Example("The CIPD found that 38% of workers are on the contracts. One in four employers use them."),
            Example("The painting, estimated to be worth up to $800,000, disappeared from the sale."),
            Example("Pew Research Center found that most young people share their details.\n\nAn overwhelming "
                    "majority of 91% post a photo of themselves."),
            Example("Most lottery winners buy an Audi, according to a new analysis of their spending.\n\nAbout "
                    "16% of winners bought one, and 10% bought a caravan."),
        ),
    )

    def check(self, doc, ctx):
        speech, flagged = doc.speech, -1  # one query per paragraph
        for st in speech.statements:
            if st.paragraph == flagged:
                continue
            low = st.plain.lower()
            words = set(_LETTERS.findall(low))
            if not _DIGIT.search(low) and _FIGURE_WORDS.isdisjoint(words):
                continue
            if "%" in low:
                words.add("%")
            if _BIG_QUICK.search(low):
                words.add("#big")
            if low.lstrip(" \t\"'“‘(").startswith("of the "):
                words.add("#of")
            if "fold" in low:
                words.add("#fold")
            hit = next(((k, m) for (k, rx), need in zip(_TRIGGERS, _NEEDS, strict=True)
                        if not need.isdisjoint(words) and (m := rx.search(st.plain, low))), None)
            if hit is None:
                continue
            kind, m = hit
            if kind == "change" and _PRICE.search(m.group()):
                continue
            if kind in ("average", "share", "count", "multiple") and _MODAL.search(st.plain, 0, m.start()):
                continue  # a forecast's or a plan's figure: "sea levels will rise an average of 40cm", "will help
                # provide nearly half of Morocco's electricity by 2020", "the tanks will each have 5,000 fish"
            if kind in ("change", "share") and _ELECTION.search(st.plain, max(0, m.start() - 60), m.end() + 40) \
                    or kind == "count" and _VOTES.match(
                    st.plain, m.end()):
                continue  # an election result: "the pan-democrats' seats increased from 9 to 10"
            if _CLAUSE.search(st.plain, 0, m.start()):
                continue  # background in a relative clause: "in Nepal, where forests cover 29% of the land"
            if kind in ("poll", "share") and _THRESHOLD.search(st.plain, 0, m.start()):
                continue  # a rule's threshold: "The criterion for inclusion is 15 percent support in polls"
            if _DERIVED.search(st.plain, 0, m.start()):
                continue  # the writer's arithmetic on figures given before: "that means Britons drink eight cups"
            if _GOAL.search(st.plain, 0, m.start()):
                continue  # a goal: "seeks to remove tariffs on 90 percent of goods"
            if (how := speech.reach(st)) and not (how == DOCUMENT and _TOLL.search(st.plain, low)):
                continue  # a toll is the police's or the hospital's, not the report's the story is about
            flagged = st.paragraph
            phrase = " ".join(st.plain[m.start() : m.end()].split())
            yield Finding(
                st.start, st.end,
                f"'{phrase}' is {_WHAT[kind]} with no source in this sentence or paragraph: say who counted it "
                "('according to', the report or data, 'police said').",
            )
