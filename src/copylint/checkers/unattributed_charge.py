"""attribution.unattributed-charge: an accusation of wrongdoing made in the reporter's voice."""

from __future__ import annotations

import re
from functools import cache

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp import lexicon as lx
from copylint.nlp.folded import Folded
from copylint.nlp.speech import OWN, POINTER, SELF

_DOING = (r"(?:stealing|looting|defrauding|abusing|harassing|exploiting|cheating|bribing|"
          r"covering\s+up|lying\s+(?:to|about)|misleading|intimidating|smuggling|trafficking|embezzling|scamming|"
          r"preying\s+on|ripping\s+off|swindling|extorting|laundering|rigging|falsifying|fabricating|price-gouging|"
          r"gouging|profiteering|hiding|concealing|inflating|manipulating|ignoring|dumping|overcharging|evicting|"
          r"polluting|bullying|spying\s+on|hacking|poaching|price-fixing|underpaying|diverting|siphoning|skimming|"
          r"pocketing|overbilling|double-billing|overfishing|under-?reporting|evading\s+(?:\w+\s+){0,2}?(?:sanctions|taxes|tax|duties|customs))")
_WRONGLY = r"(?:illegally|unlawfully|secretly|fraudulently|knowingly|deliberately|improperly)"
_DONE = (r"(?:stolen|looted|defrauded|embezzled|lied\s+(?:to|about)|misled|rigged|falsified|fabricated|cheated|"
         r"covered\s+up|bribed|swindled|extorted|laundered|colluded\s+with|abused)")
# simple past in the reporter's voice: "stole", "bribed officials", "steered contracts to"
_DID = (r"(?:stole|defrauded|embezzled|bribed|swindled|extorted|laundered|colluded\s+with|"
        r"covered\s+up(?!\s+(?:again|with)\b)|steered\s+(?:\S+\s+){0,6}?(?:contracts?|work|business|funds?|money|"
        r"grants?|deals?|jobs?|tenders?)\s+to|colluded|overbilled|double-billed|broke\s+the\s+law|falsified|rigged|"
        r"pocketed|siphoned|misused|misspent|misappropriated|overcharged|underpaid|fabricated|doctored|"
        r"forged\s+(?:\w+\s+){0,2}?(?:documents|signatures?|papers|passports|cheques|checks|records|ballots|"
        r"certificates|banknotes)|scammed|conned|cheated\s+(?:\w+\s+)?(?:customers|investors|clients|taxpayers|"
        r"voters|workers|employees|pensioners|patients|the\s+(?:system|public|taxpayer))|molested|raped|groped|"
        r"tortured|harassed|sexually\s+(?:abused|assaulted)|discriminated\s+against|lied\s+(?:to|under\s+oath)|"
        r"(?:funnell?ed|channell?ed|diverted)\s+(?:[\w$£€.,-]+\s+){0,6}?(?:contracts?|funds?|money|cash|donations)\s+"
        r"(?:\w+\s+){0,2}?to|abused\s+(?:his|her|their|its|the)\b|"
        r"(?:took|accepted|received|solicited|demanded|paid)\s+(?:\w+\s+){0,2}?(?:bribes?|kickbacks?|backhanders?|"
        r"payoffs?)|(?:hid|concealed)\s+(?:the|a|an|its|his|her|their)\s+(?!way\b)|"
        r"(?:hid|concealed|covered\s+up)\s+(?:[\w$£€.,-]+\s+){0,3}?(?:losses|debts?|loans?|payments?|stakes?|assets|"
        r"income|profits|evidence|documents|records|defects?|results|deaths|abuse|breach(?:es)?)\b|"
        r"leaked\s+(?:\w+\s+){0,2}?(?:documents|information|details|emails|memos|files|data)|"
        r"dumped\s+(?:\w+\s+){0,4}?(?:waste\w*|sewage|chemicals|pollutants|slag|effluent|sludge|tailings|toxins)|"
        # misuse, intimidation, bribery and fraud by their deeds: "used campaign funds to pay for a vacation",
        # "intimidated two poll workers", "paid two magistrates to stall hearings", "bought votes", "beat detainees"
        r"used\s+(?:[\w’'-]+\s+){0,3}?(?:donor|donors['’]|campaign|public|taxpayers?['’]?|charity|state|company|party|"
        r"club|union|council|government|aid|relief)\s+(?:money|funds|cash|credit\s+cards?|planes?|jets?|cars?|"
        r"vehicles?|resources)\s+(?:to|for)\b|"
        r"(?:threatened|intimidated|harassed|assaulted|bullied)\s+(?:[\w-]+\s+){0,3}?(?:reporters|journalists|"
        r"witnesses|workers|staff|officials|critics|protesters|voters|residents|employees|tenants|whistleblowers|"
        r"activists|observers|monitors|opponents|rivals|jurors|judges|candidates|members)\b(?!\s+to\b)|"
        r"paid\s+(?:[\w-]+\s+){0,4}?(?:officials?|judges?|magistrates?|ministers?|officers?|police|inspectors?|"
        r"referees?|witnesses|regulators?|politicians|legislators|lawmakers|mps|councillors|voters)\s+to\b|"
        r"bought\s+votes|beat\s+(?:up\s+)?(?:\w+\s+)?(?:detainees|"
        r"prisoners|protesters|suspects|inmates|demonstrators|journalists|reporters)|"
        r"skimmed\s+(?:off\s+)?(?:[\w$£€.,-]+\s+){0,4}?(?:money|funds|fees|cash|salaries|wages|payments|profits|"
        r"revenues?|takings|donations|aid)\b|"
        r"(?:shredded|wiped|deleted)\s+(?:[\w-]+\s+){0,3}?(?:records|documents|files|emails|evidence|papers|"
        r"hard\s+drives?|phones?|messages|data)|"
        r"(?:altered|altering|doctored|doctoring|faked|faking|tampered\s+with|tampering\s+with)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:records|dates|labels|figures|data|results|certificates|logs|readings|accounts|books|invoices|times|"
        r"documents|ballots|evidence)\b|"
        r"\w+ed\s+(?:illegally|unlawfully|fraudulently|improperly|corruptly)\b|"
        r"neglected\s+(?:the|his|her|their|its|elderly|vulnerable|sick)\s|"
        r"(?:evade|evaded|dodge|dodged)\s+(?:\w+\s+)?tax(?:es)?|below\s+the\s+minimum\s+wage|"
        r"helped\s+(?:himself|herself|themselves|itself)\s+to|"
        r"(?:failed\s+to|never)\s+(?:declare|declared|disclose|disclosed)\b|"
        # a wrong done for a purpose: "to launder the money", "to make the delays look shorter"
        r"to\s+(?:launder|defraud|embezzle|swindle|extort|disguise|conceal|cover\s+up)|"
        r"to\s+make\s+(?:the|its|his|her|their)\s+(?:[\w-]+\s+){1,2}?(?:look|appear|seem)\s+(?:smaller|shorter|"
        r"better|lower|higher|bigger|healthier|safer|cleaner)|"
        r"(?:illegally|unlawfully|fraudulently|knowingly|improperly|wrongfully|corruptly)\s+\w+ed)")

_TRIGGERS = tuple(Folded(p) for p in (
    r"\b(?:has|have|had)\s+been\s+(?:systematically\s+|deliberately\s+)?target(?:t)?ing\b",
    rf"\b(?:(?:has|have|had)\s+been|are|is|was|were)\s+(?:(?:{_WRONGLY}|quietly|systematically|routinely)\s+)?{_DOING}\b",
    rf"\b(?:(?:has|have|had)\s+been|are|is|has|have|had)\s+{_WRONGLY}\s+\w+(?:ing|ed)\b",
    rf"\b(?:has|have|had)\s+(?:repeatedly\s+|routinely\s+|systematically\s+|also\s+)?{_DONE}\b",
    rf"(?<!\bnot\s)(?<!\bnever\s)\b{_DID}\b",
    r"\b(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:physically\s+|sexually\s+|verbally\s+|emotionally\s+)?"
    r"abusive\b",
    r"\b(?:was|were|is|are)\s+(?:a\s+)?(?:scams?|frauds?|bankrolled\s+by)\b"
    r"|\bin\s+(?:clear\s+|direct\s+|flagrant\s+)?(?:violation|breach|contravention|defiance)\s+of\b",
    # the charge as a label: "is corrupt", "was guilty of fraud", "is a liar"
    r"(?<!\bnot\s)\b(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:corrupt|guilty\s+of|a\s+(?:liar|thief|crook|fraudster|"
    r"criminal|swindler|conman|con\s+man))\b",
))
# The shape of a wrong, whatever its verb, each with the words one of which it needs (a prefilter: a long
# alternation read on every sentence is the slowest thing here). The books cooked and the truth kept back
# ("overstated rental income", "ignored repeated warnings", "kept the intrusion from its clients", "sat on a report
# for five months", "so they would not show up in the figures"), a favour to kin ("a firm owned by his
# brother-in-law"), pressure on others ("had staff wipe the records"), a rule dodged ("a scheme designed to get
# around the limits"), money walked out, cheating at sport ("microdosing EPO"), work billed but never done.
_SCHEMES = tuple((frozenset(words.split()), Folded(p)) for words, p in (
    ("overstated understated inflated misstated misrepresented disguised fudged massaged manipulated cooked padded",
     r"\b(?:overstated|understated|inflated|misstated|misrepresented|disguised|fudged|massaged|manipulated|cooked|"
     r"padded)\s+(?:[\w’'-]+\s+){0,4}?(?:income|revenues?|profits?|losses|figures|accounts|books|results|earnings|"
     r"assets|debts?|costs|numbers|statistics|data|timesheets|invoices|expenses|claims|sales|turnover)\b"),
    ("ignored disregarded suppressed buried",
     r"\b(?:ignored|disregarded|suppressed|buried)\s+(?:[\w-]+\s+){0,3}?(?:warnings?|complaints|concerns|reports|"
     r"evidence|advice)\b"),
    ("kept",
     r"\bkept\s+(?:[\w-]+\s+){1,7}?(?:secret\s+|hidden\s+)?from\s+(?:its\s+|their\s+|his\s+|her\s+|the\s+)?(?:clients|"
     r"customers|regulators|investors|shareholders|board|police|auditors|inspectors|public|patients|staff|members|"
     r"voters|parliament)\b"),
    ("padded inflated fake bogus fraudulent falsified forged unlawful illegal doctored",
     r"\b(?:padded|inflated|fake|bogus|fraudulent|falsified|forged|unlawful|illegal|doctored)\s+(?:[\w-]+\s+)?"
     r"(?:timesheets|invoices|expenses|bills|claims|surcharges|charges|fees|receipts|records|certificates|overtime)\b"),
    ("billed charged invoiced",
     r"\b(?:billed|charged|invoiced)\s+[^.;]{0,80}?\b(?:personal\s+(?:trips|travel|expenses|use)|than\s+(?:it|they|"
     r"he|she)\s+(?:actually|really))\b"),
    ("secretly", r"\bsecretly\s+\w+ed\b"),
    ("owned run controlled founded headed chaired",
     r"\b(?:owned|run|controlled|founded|headed|chaired)\s+by\s+(?:his|her|their|the\s+\w+['’]s|[\w-]+['’]s)\s+"
     r"(?:own\s+)?"
     r"(?:former\s+)?(?:brother|sister|wife|husband|son|daughter|cousin|nephew|niece|uncle|aunt|relatives?|family|"
     r"friends?|donors?|campaign\s+(?:treasurer|manager|chair|donor)|business\s+partner|brother-in-law|"
     r"sister-in-law|son-in-law|father-in-law|in-laws|partner|aide|associates?)\b"),
    ("tied linked", r"\b(?:tied|linked)\s+to\s+(?:his|her|their)\s+(?:wife|husband|family|brother|sister|cousin)\b"),
    ("through", r"\bthrough\s+(?:his|her|their)\s+(?:wife|husband|son|daughter|brother|sister|partner|cousin|"
                r"brother-in-law)['’]s\s+(?:company|firm|business|trust)\b"),
    ("misled deceived duped",
     r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)\b(?:misled|deceived|duped)\s+(?!by\b)\w"),
    ("handed passed gave leaked slipped sent shared",
     r"\b(?:handed|passed|gave|leaked|slipped|sent|shared)\s+(?:[\w’'-]+\s+){0,4}?(?:a\s+copy\s+of\s+)?(?:the\s+|its\s+)?"
     r"(?:[\w’'-]+\s+)?(?:confidential|secret|classified|non-public|privileged)\b"),
    ("reclassify reclassified recoded relabelled relabeled",
     r"\b(?:reclassif(?:y|ied)|recod(?:e|ed)|relabell?ed)\s+(?:[\w’'-]+\s+){1,5}?as\b"),
    ("cut stripped took tore",
     r"\b(?:cut|stripped|took|tore)\s+out\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:table|section|chapter|page|passage|paragraph|"
     r"figures?|chart|finding|entry)\b"),
    ("committed",
     r"\bcommitted\s+(?:[\w-]+\s+)?(?:war\s+crimes|atrocities|crimes\s+against\s+humanity|genocide|fraud|perjury|"
     r"massacres?|human\s+rights\s+(?:abuses|violations))\b"),
    ("engaged",
     r"\bengaged\s+in\s+(?:[\w-]+\s+)?(?:predatory\s+pricing|price[- ]fixing|insider\s+(?:trading|dealing)|fraud|"
     r"corruption|misconduct|money\s+laundering|bid[- ]rigging|collusion|discrimination|harassment|vote[- ]buying)\b"),
    ("sold bought dumped offloaded",
     r"\b(?:sold|bought|dumped|offloaded)\b[^.;]{0,60}?\b(?:shares|stake|shareholding|stock|holdings)\b[^.;]{0,60}?"
     r"\bbefore\b[^.;]{0,60}?\b(?:made\s+public|announced|disclosed|published|became\s+public)\b"),
    ("withholding withheld", r"\bwithh(?:olding|eld)\s+(?:their\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:wages|"
                             r"overtime|pay|tips|salaries|pensions|benefits)\b"),
    ("covered", r"\bcovered\s+(?:it|this|that|them)\s+up\b"),
    ("secret", r"\b(?:continued|continues|went\s+on)\s+to\s+\w+\s+[^.;]{0,40}?\bin\s+secret\b"),
    ("assaulted beat punched kicked tasered",
     r"\b(?:assaulted|beat|punched|kicked|tasered|pepper-sprayed)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:boy|girl|man|woman|"
     r"teenager|detainee|suspect|prisoner|protester|child|student|pensioner|inmate)\b"),
    ("shut freeze lock keep",
     r"\bto\s+(?:shut|freeze|lock|keep)\s+out\s+(?:[\w-]+\s+){0,2}?(?:bidders|rivals|competitors|firms|companies)\b"),
    ("ballots polling",
     r"\b(?:photograph|show)\s+their\s+(?:completed\s+)?ballots\b|\bbus(?:s)?ed\s+(?:[\w-]+\s+){0,4}?to\s+(?:the\s+)?"
     r"polling\s+stations\b"),
    # a favour to kin: "approved overtime sheets for his own brother-in-law", "an account held in his wife's name"
    ("approved awarded gave handed hired appointed paid signed name",
     r"\b(?:approved|awarded|gave|handed|hired|appointed|paid|signed\s+off)\b[^.;]{0,60}?\b(?:for|to)\s+(?:his|her|their)\s+"
     r"(?:own\s+)?(?:brother|sister|wife|husband|son|daughter|cousin|nephew|niece|brother-in-law|sister-in-law|"
     r"son-in-law|daughter-in-law|relatives?|in-laws|partner|girlfriend|boyfriend)\b"
     r"|\bin\s+(?:his|her|their)\s+(?:wife|husband|son|daughter|brother|sister|partner|mother|father)['’]s\s+names?\b"),
    ("without",
     r"\bwithout\s+(?:ever\s+)?(?:disclosing|declaring|telling|informing|revealing|notifying|consulting|warning|alerting|"
     r"saying\s+(?:where|"
     r"who|how|that)|recording|any\s+(?:[\w-]+\s+)?(?:review|approval|authori[sz]ation|tender|competition|oversight)|"
     r"(?:approval|authori[sz]ation|permission|a\s+tender))\b"),
    ("wraps sat",
     r"\bunder\s+wraps\b|\bsat\s+on\s+(?:a|an|the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?(?:report|review|audit|"
     r"study|findings|assessment|complaint|letter|warning|evidence)"),
    ("so",
     r"\bso\s+(?:that\s+)?(?:[\w’'-]+\s+){1,4}?(?:would|could)\s+(?:not|never)\s+(?:show\s+up|appear|be\s+(?:seen|"
     r"counted|recorded|noticed|detected|found)|see|find|notice|know|learn|go\s+before|reach|come\s+before)\b"
     r"|\bso\s+that\s+(?:[\w’'-]+\s+){1,4}?(?:never|would\s+have\s+no\s+time)\b"
     r"|\bso\s+(?:that\s+)?(?:[\w’'-]+\s+){1,5}?(?:would|could)\s+(?:come\s+out\s+on\s+top|clear\s+their\s+systems|"
     r"pay\s+(?:them|staff|workers)\s+less|win\s+the\s+(?:contract|tender|bid)|hit\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?"
     r"targets)\b"),
    ("keep",
     r"\bto\s+keep\s+(?:them|it|the\s+\w+)\s+(?:off|out\s+of)\s+(?:the\s+)?(?:books|record|recorded|figures|"
     r"statistics|register|crime\s+figures)"),
    ("pressured pressed leaned instructed ordered told had",
     r"\b(?:pressured|pressed|leaned\s+on|instructed|ordered|told|had)\s+(?:[\w’'-]+\s+){0,4}?(?:officials|staff|"
     r"officers|engineers|auditors|employees|inspectors|clerks|workers|subordinates|juniors|nurses|doctors|"
     r"witnesses)\s+(?:to\s+)?(?:wipe|delete|shred|destroy|strip|downgrade|hide|alter|change|hold\s+off|sign|move|"
     r"drop|bury|falsify|backdate|ignore|approve|fast-track|log|record)\b"),
    ("scheme", r"\b(?:a|the)\s+scheme\s+(?:designed|meant|intended|used)\s+to\b"),
    ("around circumvent skirt sidestep dodge",
     r"\bto\s+(?:get\s+around|circumvent|skirt|sidestep|dodge)\s+(?:[\w’'-]+\s+){0,3}?(?:rules?|limits?|laws?|ban|"
     r"restrictions|sanctions|regulations|caps?|requirements?|controls|checks|scrutiny|oversight)\b"),
    ("walked",
     r"\bwalked\s+out\s+(?:[\w’'-]+\s+){0,4}?with\s+(?:\w+\s+)?(?:cash|money|drugs|evidence|files|documents)\b"),
    ("microdosing doping injecting epo steroids testosterone banned performance",
     r"\b(?:microdosing|doping|injecting)\b|\b(?:used|took|taking|using)\s+(?:\w+\s+)?(?:epo|steroids|testosterone|"
     r"banned\s+substances|performance-enhancing)\b"),
    ("fixed fixing", r"\bfix(?:ed|ing)\s+(?:the\s+)?(?:matches|games|races|fights|results)\b"),
    ("never",
     r"\b(?:that\s+)?(?:they|he|she|it)\s+never\s+(?:witnessed|delivered|did|performed|completed|supplied|built|attended|"
     r"provided|carried\s+out|installed)\b"
     r"|\bthat\s+never\s+(?:left|existed|happened|arrived|took\s+place)\b"),
    ("exchange", r"\bin\s+exchange\s+for\s+(?:cash|money|votes|favours|favors|contracts|payments|gifts|kickbacks|"
                 r"(?:carrying|voting|backing|supporting|awarding|approving|dropping|granting|blocking|tabling|"
                 r"steering|waiving|ignoring)\b)"),
    ("nothing", r"\band\s+(?:(?:it|he|she|they|the\s+[\w-]+)\s+)?did\s+nothing\b"),
    ("history pattern record habit",
     r"\b(?:long\s+)?(?:history|pattern|record|habit)\s+of\s+(?:overbilling|overcharging|fraud|abuse|lying|cheating|bribery|"
     r"corruption|harassment|discrimination|violations|breaches|cutting\s+corners)\b"),
    ("list queue",
     r"\b(?:pushed|moved|shifted|bumped)\b[^.;]{0,60}?\b(?:up\s+the\s+list|to\s+the\s+front\s+of\s+the\s+queue|"
     r"to\s+the\s+top\s+of\s+the\s+list)\b"),
    ("wasted", r"\bwasted\s+(?:millions|billions|thousands|taxpayers|public|[$£€]|\d)"),
    ("payroll",
     r"\bput\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:sister|brother|wife|husband|son|daughter|cousin|nephew|niece|"
     r"partner|girlfriend|boyfriend|friend|mother|father)\s+on\s+the\s+payroll\b"),
    ("justify", r"\bso\s+(?:that\s+)?[^.;]{1,60}?could\s+(?:later\s+)?be\s+used\s+to\s+justify\b"),
    ("broke", r"\bbroke\s+(?:its|his|her|their|a)\s+(?:[\w-]+\s+)?(?:promise|pledge|commitment|word)\b"),
    ("owns owned controls controlled runs ran",
     r"\bto\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|business|trust)\s+(?:he|she|they)\s+(?:part-)?(?:owns|owned|"
     r"controls|controlled|runs|ran)\b"),
    ("hid", r"\bhid\s+(?:it|this|that|them)\s+from\b"),
    ("keep", r"\bto\s+keep\s+(?:his|her|their|its)\s+(?:own\s+)?names?\s+off\b"),
    ("barred", r"\bwho\s+(?:is|was|are|were)\s+barred\s+from\b"),
    ("sat", r"\bsat\s+down\s+(?:privately|secretly)\s+with\b"),
    # pay for work not done: "for shifts they did not work"
    ("not never",
     r"\bfor\s+(?:[\w-]+\s+){1,3}?(?:they|he|she)\s+(?:did\s+not|didn['’]t|never)\s+(?:work|attend|perform|deliver|do)\b"),
    # held back until it suited: "held back payments to farmers for up to 90 days"
    ("held", r"\bheld\s+back\s+(?:[\w’'-]+\s+){0,3}?(?:payments|wages|pay|money|funds|briefing|report|figures|data)\b"),
    ("erased deleted", r"\b(?:erased|deleted)\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){0,2}?(?:footage|video|"
                       r"recordings?|emails|records|logs|files|messages|evidence)\b"),
    ("force",
     r"\b(?:used|using)\s+(?:[\w-]+\s+){0,3}?(?:excessive|unlawful|disproportionate|brutal)\s+(?:and\s+\w+\s+)?force\b"),
    ("inflating inflated", r"\binflat(?:ing|ed)\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+)?(?:results|figures|profits|"
                           r"revenues?|earnings|accounts|numbers|sales)\b"),
    ("met", r"\bmet\s+(?:privately|secretly|in\s+secret)\s+with\b"),
    ("under reported underreported", r"\bunder-?report(?:ed|ing)\b"),
    ("look", r"\bso\s+that\s+(?:[\w’'-]+\s+){1,5}?would\s+look\s+(?:smaller|better|healthier|stronger|lower|higher)\b"),
    # a favour just before a decision: "paid for a family holiday ... weeks before the council approved the tower"
    ("paid funded hosted flew treated",
     r"\b(?:paid\s+for|funded|hosted|flew|treated)\b[^.;]{0,120}?\b(?:weeks|days|months)\s+before\s+(?:the\s+)?"
     r"(?:[\w’'-]+\s+){0,3}?(?:approved|awarded|granted|voted|signed\s+off|tabled|rezoned)\b"),
    ("left",
     r"\bleft\s+(?:it|them|this|the\s+\w+)\s+off\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:declaration|register|"
     r"disclosure|return|form)\b"),
    # the books made to look better: "a move that made its cash position look stronger"
    ("look", r"\b(?:made|make|makes|making)\s+(?:[\w’'-]+\s+){1,4}?look\s+(?:stronger|better|healthier|smaller|bigger|"
             r"shorter|lower|higher|safer|cleaner|more\s+\w+|less\s+\w+)\b"),
    # a record rewritten, backdated or switched off: "rewrote engineers' inspection reports", "backdated it",
    # "switched off his dashboard camera", "changed the scores"
    ("rewrote rewritten changed altered edited amended backdated backdating switched switching",
     r"\b(?:rewrote|rewritten|changed|altered|edited|amended)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){0,3}?"
     r"(?:reports?|scores|records|results|figures|minutes|logs|notes|data|assessments?|timesheets|readings|"
     r"specifications|specs|criteria|requirements)\b"
     r"|\bbackdat(?:ed|ing)\b"
     r"|\bswitch(?:ed|ing)\s+off\s+(?:[\w’'-]+\s+){0,3}?(?:cameras?|beacons?|trackers?|transponders?|recorders?|"
     r"microphones?|alarms?|monitors?)\b"),
    ("avoid", r"\bto\s+avoid\s+(?:being\s+(?:caught|detected|spotted|found|fined|prosecuted)|detection|paying|scrutiny|"
              r"tax(?:es)?|inspection)\b"),
    # money swept from a fund, aid sold off, a shell company: "swept $11 million out of the reserve fund"
    ("swept drained raided emptied plundered looted stripped shifted moved transferred diverted",
     r"\b(?:swept|drained|raided|emptied|plundered|looted|stripped)\b[^.;]{0,60}?\b(?:fund|funds|reserves?|accounts?|"
     r"coffers|treasury|budget|pension)\b"
     r"|\b(?:shifted|moved|transferred|diverted)\s+[^.;]{0,40}?\bout\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?"
     r"(?:fund|funds|reserves?|accounts?|budget|pension|charity)\b"),
    # duties skipped: "skipped two years of required payments into the pension fund"
    ("skipped missed withheld stopped",
     r"\b(?:skipped|missed|withheld|stopped)\s+(?:[\w-]+\s+){0,4}?(?:required|mandatory|legally\s+required|contractual|"
     r"statutory)\s+(?:payments|contributions|inspections|checks|filings|reports|tests)\b"),
    # rules broken: "broke the ministerial code"
    ("broke breached flouted violated",
     r"\b(?:broke|breached|flouted|violated)\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){0,2}?(?:code|rules?|laws?|"
     r"regulations|agreement|ban|embargo|sanctions|limits?|conditions|licen[cs]e)\b"),
    # force used on people: "fired tear gas into the crowd"
    ("fired",
     r"\bfired\s+(?:[\w-]+\s+){0,4}?(?:tear\s+gas|rubber\s+bullets|live\s+(?:rounds|ammunition)|water\s+cannon|pellets|"
     r"stun\s+grenades)\s+(?:[\w-]+\s+){0,4}?(?:at|into|on)\s+(?:the\s+)?(?:crowd|protesters|demonstrators|marchers|"
     r"students|mourners|villagers)\b"),
    # a purpose that is the wrong: "signed the decree to silence journalists"
    ("silence muzzle gag punish intimidate discredit smear retaliate",
     r"\bto\s+(?:silence|muzzle|gag|punish|intimidate|discredit|smear|retaliate\s+against)\s+(?:[\w-]+\s+)?(?:journalists|"
     r"critics|opponents|reporters|the\s+press|dissent|whistleblowers|rivals|witnesses|protesters|the\s+council|councils|"
     r"the\s+union|unions|staff|workers|teachers|officials|the\s+(?:city|province|state|region))\b"),
    # a record destroyed on the quiet: "had the ticketing database wiped"
    ("had", r"\bhad\s+(?!been\b)(?:[\w’'-]+\s+){1,5}?(?:wiped|deleted|shredded|destroyed|erased|removed|altered|"
            r"backdated)\b"),
    # bad goods: "poured substandard concrete", "sold expired vaccines"
    ("used poured supplied sold installed delivered",
     r"\b(?:used|poured|supplied|sold|installed|delivered)\s+(?:[\w-]+\s+){0,3}?(?:substandard|sub-standard|shoddy|"
     r"defective|counterfeit|expired|adulterated|contaminated|tainted)\b"),
    # samples swapped: "swapped athletes' urine samples for clean ones"
    ("swapped switched substituted tampered",
     r"\b(?:swapped|switched|substituted|tampered\s+with)\s+(?:[\w’'-]+\s+){0,3}?(?:samples|specimens|urine|blood|"
     r"ballots|votes)\b"),
    ("sold", r"\bsold\s+(?:[\w’'-]+\s+){0,4}?(?:relief|aid|donated|rations)\b"),
    ("shell", r"\bshell\s+compan(?:y|ies)\b"),
    ("undeclared unreported", r"\b(?:undeclared|unreported)\b"),
    # billed for what was never there: "billed the PAC for a program that was never produced", "kept drawing payment
    # for a position that sat empty"
    ("never empty vacant unfilled",
     r"\b(?:that|which)\s+(?:was|were|had)\s+never\s+(?:been\s+)?(?:produced|delivered|done|performed|completed|built|"
     r"supplied|provided|carried\s+out|installed|made|laid|dug|fitted|repaired|constructed)\b"
     r"|\b(?:a\s+job|work|shifts?|services)\s+(?:that\s+)?(?:he|she|they|the\s+\w+)\s+never\s+(?:did|performed|worked|"
     r"provided)\b"
     r"|\b(?:drawing|drew|claiming|claimed|charging|charged|billing|billed)\s+(?:[\w’'-]+\s+){0,3}?for\s+(?:[\w’'-]+\s+)"
     r"{0,6}?(?:that|which)\s+(?:sat|was|were|remained|stood)\s+(?:empty|vacant|unfilled|unused)\b"),
    # a late insertion: "added four parcels to the list after the review had closed"
    ("after",
     r"\bafter\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:review|window|deadline|panel|assessment|consultation|tender|"
     r"bidding|vote)\s+had\s+(?:closed|shut|ended|signed|passed|been\s+(?:closed|signed))\b"),
))
_WORD = re.compile(r"[a-z]+")
_DENIED = re.compile(r"\b(?:(?:did|does|do)\s+not\s+find|found\s+no|no\s+evidence|not\s+(?:proven|shown|found)|"
                     r"denied|denies|deny|cleared\s+(?:him|her|them|it)?\s*of)\b[^.;]*$", re.I)
# A charge needs its own source: a cue in its sentence, or the next one pointing back to it, or the writer's own
# account. A source earlier in the paragraph, the lead's or a document's does not vouch for a new accusation.
_VOUCHED = (OWN, POINTER, SELF)
# Words one of which each trigger needs (a prefilter, same matches): the verbs, not the words around them
_PARTICLES = frozenset("for from into onto than that them they and out over through".split())
_LABELS = frozenset("abusive scams frauds bankrolled violation breach contravention defiance minimum corrupt guilty "
                    "liar thief crook fraudster criminal swindler conman kickbacks bribes backhanders payoffs".split())
_WORDS = frozenset(_WORD.findall(" ".join((_DOING, _WRONGLY, _DONE, _DID, "abusive scams frauds bankrolled"))))
_WORDS |= {"violation", "targeting", "targetting", "funneled", "funnelled", "channeled", "channelled", "minimum",
           "corrupt", "guilty", "liar", "thief", "crook", "fraudster", "criminal", "swindler", "conman", "breach",
           "contravention", "defiance", "evading", "threatened", "intimidated", "bullied", "assaulted", "paid",
           "bought", "beat", "used", "shredded", "wiped", "deleted", "altered", "altering", "doctoring", "faked",
           "faking", "tampered", "tampering", "illegally", "unlawfully", "fraudulently", "improperly", "corruptly",
           "helped", "never", "declare", "declared", "disclose", "disclosed", "look", "appear", "seem", "secretly",
           "quietly"}
_WORDS -= frozenset("s to about on up off with the law contracts his her their its a an way under took accepted "
                   "received solicited demanded documents information details emails memos files data waste "
                   "sewage chemicals pollutants elderly vulnerable sick tax taxes ed wage below against sexually "
                   "funnell channell contract contracts fund funds money cash donations b w es work business grant "
                   "grants deal deals job jobs tender tenders again himself herself themselves itself failed "
                   "make smaller shorter better lower higher bigger healthier safer cleaner double".split())


@cache
def _needs() -> frozenset[str]:
    """The prefilter words, read from the word tables on first use (not at import): the nouns the verbs take are
    none ("used campaign funds to", "paid two inspectors to")."""
    return frozenset(w for w in _WORDS if w in _LABELS or w.endswith("ly") or lx.verb_tags(w)
                     or not lx.is_noun(w) and w not in _PARTICLES) | {"kickback", "bribe", "backhander", "payoff"}


class UnattributedCharge:
    meta = Meta(
        id="attribution.unattributed-charge",
        category=Category.ATTRIBUTION,
        severity=Severity.WARNING,
        summary="An accusation of wrongdoing in the reporter's voice, with no source.",
        description=(
            "Flags a sentence that accuses someone ('have been targeting empty homes', 'stole', 'bribed "
            "officials', 'covered up', 'steered contracts to', 'pocketed', 'took kickbacks', 'hid the defect', "
            "'leaked classified documents', 'illegally evicted', 'in violation of', 'had been abusive', 'colluded', "
            "'overbilled', 'helped himself to', 'never declared', 'to launder the money', 'to make the delays look "
            "shorter') with no source of its own: none in the sentence ('police said', 'prosecutors allege', "
            "'according to the indictment') or a record that stands for one ('was charged with', 'pleaded "
            "guilty', 'allegedly'), and no next sentence pointing back. A source earlier in the paragraph, the "
            "lead's, or a document the story reports on does not carry over to a new accusation: the legal desk "
            "wants each one sourced. One query per paragraph. Switch it off alone "
            "where accusations are sourced another way (court copy read by the legal desk)."
        ),
        bad=(
            Example("[[Looters have been targeting empty homes in the evacuation zone.]]"),
            Example("The contract was signed in 2019.\n\n[[The mayor steered the paving contracts to his "
                    "brother-in-law.]]"),
            Example("The couple separated in May. [[Jorden had been physically abusive to her.]]"),
            Example("The fund closed in 2019. [[He pocketed $2 million from it.]]"),
            Example("[[The councillor took kickbacks from developers.]]"),
            Example("The recall was announced in May. [[The company hid the defect from regulators.]]"),
            Example("[[The landlord illegally evicted tenants last winter.]]"),
            Example("The council met on Monday. [[The mayor is corrupt and everyone at city hall knows it.]]"),
            # a source earlier in the paragraph or story does not carry over to a new accusation
            Example("Prosecutors allege that the mayor took bribes.\n\n[[The mayor also pocketed $45,000 from a sports "
                    "grant.]]"),
            Example("An audit of the parks department was released on Monday.\n\n[[The director steered the bulk of "
                    "the mowing work to a company owned by his brother-in-law.]]"),
            Example("[[The director has been quietly diverting money from the youth budget.]]"),
            Example("[[The two chains colluded to fix the price of bread for six years.]]"),
            Example("[[The builder overbilled the council for work that was never done.]]"),
            Example("[[The firm routed the payments through shell companies to launder the money.]]"),
            Example("[[Managers altered the handover times to make the delays look shorter.]]"),
            Example("[[Her husband helped himself to the charity's funds.]]"),
            Example("[[The councillor accepted match tickets from the developer and never declared them.]]"),
            Example("[[The chairman used campaign funds to pay for a family holiday.]]"),
            Example("[[The sheriff intimidated two witnesses before the trial.]]"),
            Example("[[The company paid two inspectors to overlook the cracks.]]"),
            Example("[[Party officials bought votes with sacks of rice.]]"),
            Example("[[Guards beat detainees held overnight at the station.]]"),
            Example("[[The treasurer skimmed part of the membership fees.]]"),
            Example("[[The aide shredded his financial records after the inquiry opened.]]"),
            Example("[[The clinic altered the expiry dates on the vaccines.]]"),
            Example("[[The campaign coordinated illegally with the super PAC.]]"),
            Example("[[The firm concealed mounting losses from investors for two years.]]"),
            Example("[[The mine dumped untreated slag into the bay.]]"),
            Example("[[The owner has been evading sanctions for years.]]"),
            Example("[[He hid a $1.2 million loan on the disclosure report he filed last year.]]"),
            Example("[[The finance director overstated rental income in the 2022 accounts.]]"),
            Example("[[The mine ignored repeated warnings from its own engineers.]]"),
            Example("[[The firm kept the intrusion from its clients for three months while executives argued "
                    "over it.]]"),
            Example("[[The sergeant rubber-stamped the padded timesheets.]]"),
            Example("[[He charged the university for his wife's airfare on personal trips.]]"),
            Example("[[The company shipped in agency workers to break the strike, in breach of labour law.]]"),
            # the shape of a scheme, whatever its verb
            Example("[[The director gave the $3.8 million design contract to a firm owned by her former campaign "
                    "treasurer.]]"),
            Example("[[The ministry kept an internal staffing report under wraps for eight months.]]"),
            Example("[[The contractor sat on a geotechnical report for five months because it showed a risk.]]"),
            Example("[[Officers logged burglaries as lost property so they would not show up in the crime figures.]]"),
            Example("[[The sheriff had jail staff wipe months of commissary records from the servers.]]"),
            Example("[[The firm reimbursed employees through bonuses, a scheme designed to get around the "
                    "contribution limits.]]"),
            Example("[[On four occasions the clerk walked out of the evidence room with cash.]]"),
            Example("[[The rider was microdosing EPO throughout the spring.]]"),
            Example("[[The senator inserted the provision without disclosing that his wife owned shares.]]"),
            Example("[[Engineers flagged the crack in the dam wall in May, and the company did nothing.]]"),
            Example("[[The adviser changed the scores after the panel had signed them off.]]"),
            Example("[[The registrar wrote up his note only after the complaint, and backdated it.]]"),
            Example("[[The sergeant switched off his dashboard camera before the chase.]]"),
            Example("[[The trawlers switched off their beacons to avoid being caught.]]"),
            Example("[[The group swept $11 million out of the hospital's reserve fund.]]"),
            Example("[[The coordinator sold relief maize meant for displaced families.]]"),
            Example("[[He had his brother set up a shell company to take the payments.]]"),
            Example("[[He handed the work to a company part-owned by his brother-in-law without ever telling the "
                    "board.]]"),
            Example("[[The agency billed the PAC for a mailing that was never produced.]]"),
            Example("[[The home kept drawing payment for a psychiatrist's post that sat empty.]]"),
            Example("[[The aide added four parcels to the list after the review had closed.]]"),
            Example("[[The retailer delayed payments to suppliers, a move that made its cash position look "
                    "stronger.]]"),
            Example("[[The leader sat on the results so that councillors would have no time to study them.]]"),
            Example("[[The operations chief approved overtime sheets for his own brother-in-law.]]"),
            Example("[[He moved $600,000 into an account held in his wife's name.]]"),
            Example("[[The senator took the firm's money in exchange for carrying the bill.]]"),
            Example("[[The chain skipped two years of required payments into the pension fund.]]"),
            Example("[[The minister broke the ministerial code when she signed off the grant.]]"),
            Example("[[Officers fired tear gas at head height into the crowd.]]"),
            Example("[[The president signed the decree to silence journalists.]]"),
            Example("[[The deputy had the ticketing database wiped two days later.]]"),
            Example("[[The developer poured substandard concrete into the foundations.]]"),
            Example("[[The doctor swapped the athletes' urine samples for clean ones.]]"),
            Example("[[The operator threw open the spillway gates without warning the villages downstream.]]"),
            Example("[[She has continued to work for the developer in secret while sitting on the panel.]]"),
            Example("[[The contractor billed the state for licences it never delivered and kept the money.]]"),
            Example("[[The council misled committee staff about how many farms would benefit.]]"),
            Example("[[The chief of staff handed the bidders a copy of the confidential valuation.]]"),
            Example("[[He had billing staff reclassify routine visits as complex consultations.]]"),
            Example("[[The department cut out a table showing which seats would see the sharpest rises.]]"),
            Example("[[He bought the block through his brother's company six weeks before the vote.]]"),
            Example("[[The army has committed war crimes throughout its campaign.]]"),
            Example("[[The airline engaged in predatory pricing on its Cairns routes.]]"),
            Example("[[He sold almost half his shareholding in the fortnight before the merger talks were made "
                    "public.]]"),
            Example("[[The company paid off workers after withholding their overtime for two years.]]"),
            Example("[[The constable assaulted the handcuffed boy and then covered it up.]]"),
            Example("[[The tender conditions were rewritten to shut out two rival bidders.]]"),
            Example("[[The party bused factory workers to polling stations.]]"),
            Example("[[The firm has been overfishing its share of the quota for years.]]"),
            Example("[[The chain held back payments to dairy farmers for up to 90 days.]]"),
            Example("[[The councillor violated the city's conflict-of-interest rules by voting on the contract.]]"),
            Example("[[The records unit erased the dashcam footage a day after the letter arrived.]]"),
            Example("[[Riot police used excessive and unlawful force against the students.]]"),
            Example("[[The company booked cancelled contracts as revenue, inflating its results.]]"),
            Example("[[The chairman met privately with two lobbyists the evening before the hearing.]]"),
            Example("[[The minister cancelled the grant to punish the council.]]"),
            Example("[[The chief approved overtime for shifts they did not work.]]"),
            Example("[[The ministry moved the spending into next year so that this year's deficit would look "
                    "smaller.]]"),
            Example("[[The developer paid for a family holiday weeks before the council approved the tower.]]"),
            Example("[[He left the dinner off his declaration of interests.]]"),
            Example("[[The yard has a long history of overbilling the province.]]"),
            Example("[[Her office pushed two crossings in marginal seats to the front of the queue.]]"),
            Example("[[The water department wasted millions on a billing system that never worked.]]"),
            Example("[[She put her sister on the payroll as a part-time grant writer.]]"),
            Example("[[Administrators left the roof off the repair list so its condition could later be used to "
                    "justify closing the school.]]"),
            Example("[[The chain broke its promise to keep stores open.]]"),
            Example("[[He sold the training ground to a company he part-owns.]]"),
            Example("[[The mayor knew about the invoices and did nothing.]]"),
            Example("[[He split the donations across three companies to keep his own name off the donor list.]]"),
            Example("[[The party paid the five legislators to cross over.]]"),
            Example("[[The manager signed off on payments for pipelines that were never laid.]]"),
            Example("[[The chief executive took a kickback from the supplier.]]"),
        ),
        good=(
            Example("Police said looters have been targeting empty homes."),
            Example("The mayor allegedly steered the paving contracts to his brother-in-law."),
            Example("He pleaded guilty to charges that he stole $40,000 from the charity."),
            Example("Prosecutors say he bribed officials. He also stole from the charity, they say."),
            Example("The mayor never stole anything from the town."),
            Example("She has been quietly testing the program with friends."),
            Example("Festival organizers are targeting the disposable plastic bottle."),
            Example("The diplomats had hidden in the Canadian embassy."),
            Example("Democratic and Republican leaders forged the agreement."),
            Example("Some took the wallet to the box while others hid it and lied about it."),
            Example("The government's lawyers accepted that the men were tortured by the colonial authorities."),
            Example("People cheated by getting up from their chairs."),
            Example("He was found guilty of fraud in 2019."),
            Example("Half were told to tell the truth, and the others lied about playing the game."),
            Example("The leg bones showing through the soil were covered up again."),
            Example("Smith had one more theory: a second ship was sending its signal to conceal illegal fishing."),
            Example("The prosecution alleges he pocketed $45,000. It says he also falsified the invoices."),
            Example("The inspector falsified inspection reports for years, the audit found."),
            Example("Shoppers bought skimmed milk and bread."),
            Example("The landlord kept the flat empty from May to June."),
            Example("German postal workers use e-bikes to get around the city."),
            Example("The coach changed the team after the first half."),
            Example("The Senate did not find the network had breached laws."),
            Example("As the guest of a British charity, she toured the Highlands."),
            Example("She is topping the charts with her books, including one called Secret Garden."),
            Example("Voters were misled by the leaflets, the commission found."),
            Example("The Taliban made their intention clear: to kill off her campaign for girls' education."),
            Example("A gale warning had been in effect for hours, the coastguard said."),
            Example("The plant is owned by his family, the company said."),
            Example("Reports of the crash reached the town by noon, police said."),
            Example("The minister threatened to resign over the plan."),
            Example("Guards beat detainees held overnight, the commission found."),
            Example("The fire destroyed the records of the parish."),
        ),
    )

    def check(self, doc, ctx):
        speech, flagged, needs = doc.speech, -1, _needs()  # one query per paragraph
        for st in speech.statements:
            if st.paragraph == flagged:
                continue
            low = st.plain.lower()
            words = set(_WORD.findall(low))
            m = None if needs.isdisjoint(words) else next(
                (m for rx in _TRIGGERS if (m := rx.search(st.plain, low))), None)
            if m is None:
                m = next((m for needs, rx in _SCHEMES if not needs.isdisjoint(words)
                          and (m := rx.search(st.plain, low))), None)
            if m is None:
                continue
            if _DENIED.search(st.plain, max(0, m.start() - 80), m.start()):
                continue  # a charge denied or not found: "the Senate did not find the network had breached laws"
            if speech.reach(st) in _VOUCHED:
                continue
            flagged = st.paragraph
            phrase = " ".join(st.plain[m.start() : m.end()].split())
            yield Finding(
                st.start, st.end,
                f"'{phrase}' accuses someone with no source in this sentence or paragraph: say who makes the "
                "charge ('police said', 'according to the indictment', 'prosecutors allege').",
            )
