"""What figures count: classes of counted nouns, events, money and shares, so that rephrasings meet
("residents" / "people" / "population"; "killed 26" / "26 deaths" / "a death toll of 26"; "profit" /
"net income" / "earnings")."""

from __future__ import annotations

from functools import lru_cache

from copylint.nlp.forms import lemmas

# Counted nouns (lemmas) -> class. A noun not listed is its own class.
_CLASSES = {
    "people": "person person persons individual resident inhabitant citizen local villager townspeople population "
              "soul people",
    "facility": "warehouse depot facility plant factory mill",
    "country": "country nation member-state state-member signatory",
    "lawmaker": "lawmaker legislator mp deputy parliamentarian mep congressman congresswoman representative "
                "assemblyman",
    "worker": "worker employee staff staffer personnel workforce labourer laborer",
    "student": "student pupil schoolchild",
    "child": "child kid minor youngster juvenile",
    "soldier": "soldier troop serviceman servicemen servicewoman",
    "officer": "officer cop constable policeman policewoman police",
    "firefighter": "firefighter fireman",
    "vehicle": "vehicle car automobile",
    "home": "home house dwelling residence household",
    "company": "company firm business corporation enterprise",
    "town": "town city municipality community village",
    "case": "case infection",
    "death": "death fatality",
    "injury": "injury",
    "arrest": "arrest",
    "protester": "protester protestor demonstrator marcher",
    "passenger": "passenger rider",
    "voter": "voter elector",
    "respondent": "respondent",
    "fan": "fan spectator attendee crowd attendance",
    "ship": "ship vessel boat",
    "plane": "plane aircraft jet airplane aeroplane",
    "game": "game match contest fixture",
    "win": "win victory",
    "seat": "seat",
    "vote": "vote ballot preference",
    "delegate": "delegate",
    "point": "point",
    "goal": "goal",
    "charge": "charge count",
    "gun": "gun firearm weapon handgun pistol rifle",
    "monitor": "monitor observer inspector",
    "deal": "deal transaction takeover merger",
    "destination": "destination market route",
    "flight": "flight departure",
}
THING_CLASS = {w: cls for cls, words in _CLASSES.items() for w in words.split()}

# Events: verb lemmas and nouns -> what happened to the counted things.
_EVENTS = {
    "dead": "kill die dead death fatality perish lose-life killed casualty-dead body",
    "injured": "injure wound hurt injury injured wounded",
    "arrested": "arrest detain apprehend custody arrested detained",
    "charged": "charge indict",
    "evacuated": "evacuate displace flee evacuee evacuated displaced",
    "rescued": "rescue save",
    "missing": "missing",
    "infected": "infect diagnose infection infected",
    "hospitalised": "hospitalise hospitalize admit hospitalised hospitalized treat",
    "employed": "employ hire",
    "laid-off": "lay cut eliminate shed layoff",
    "attended": "attend gather draw visit attendance",
    "won": "win take capture secure earn garner receive get claim collect pick",
    "scored": "score net tally pour",
    "signed": "sign ratify endorse",
    "sold": "sell",
    "bought": "buy purchase",
    "raised": "raise",
    "spent": "spend",
    "voted": "vote",
    "approved": "approve pass adopt",
    "rejected": "reject defeat",
}
EVENT_OF = {w: ev for ev, words in _EVENTS.items() for w in words.split()}
# Verbs that say nothing of what happened: compatible with any event.
GENERIC_VERBS = frozenset(
    "be have include total number reach see record report count put stand finish end post tally log register "
    "list show leave bring make find give confirm say tell announce put".split())
# Nouns whose count is itself an event: "26 deaths" is 26 people dead.
EVENT_NOUNS = {"death": ("people", "dead"), "fatality": ("people", "dead"), "injury": ("people", "injured"),
               "arrest": ("people", "arrested"), "casualty": ("people", "casualty"), "dead": ("people", "dead"),
               "injured": ("people", "injured"), "wounded": ("people", "injured"), "evacuee": ("people", "evacuated"),
               "victim": ("people", "victim"), "survivor": ("people", "survived"),
               "infection": ("people", "infected"), "case": ("case", "infected")}

# Money: nouns -> class.
_MONEY = {
    "profit": "profit net-profit net-income earnings income surplus",
    "revenue": "revenue sales turnover",
    "loss": "loss net-loss deficit shortfall",
    "cost": "cost price bill tab fare fee charge",
    "budget": "budget spending funding allocation expenditure outlay",
    "fine": "fine penalty settlement damages restitution",
    "pay": "salary pay wage compensation bonus",
    "deal": "deal contract acquisition takeover bid offer purchase valuation",
    "debt": "debt loan borrowing",
    "aid": "aid donation grant pledge relief",
    "damage": "damage",
    "investment": "investment",
    "tax": "tax levy",
    "fund": "fund",
    "bail": "bail",
}
MONEY_CLASS = {w.replace("-", " "): cls for cls, words in _MONEY.items() for w in words.split()}

# Verbs whose object is an amount of money of one class: "fined him $5,000" is a fine.
_MONEY_VERBS = {"fine": "fine", "spend": "budget", "borrow": "debt", "owe": "debt", "donate": "aid", "pledge": "aid",
                "earn": "profit", "net": "profit", "steal": "theft", "embezzle": "theft", "defraud": "theft",
                "cost": "cost", "charge": "cost", "sell": "deal", "buy": "deal", "acquire": "deal",
                "value": "deal", "invest": "investment", "award": "fine", "order": "fine", "raise": "fund",
                "lose": "loss", "bill": "cost", "settle": "fine"}


@lru_cache(maxsize=4096)
def money_verb(word: str) -> str | None:
    verbs = lemmas(word).get("VERB")
    return _MONEY_VERBS.get(verbs[0]) if verbs else None


# Answers to a poll question; each is one option of it ("52 per cent approve", "8 per cent are unsure").
ANSWERS = {
    "support": "yes", "supported": "yes", "supports": "yes", "supporting": "yes", "favour": "yes", "favor": "yes",
    "favoured": "yes", "favored": "yes", "favouring": "yes", "favoring": "yes", "back": "yes", "backed": "yes",
    "backs": "yes", "backing": "yes", "approve": "yes", "approved": "yes", "approves": "yes", "approving": "yes",
    "agree": "yes", "agreed": "yes", "agreeing": "yes", "yes": "yes",
    "oppose": "no", "opposed": "no", "opposes": "no", "opposing": "no", "disapprove": "no", "disapproved": "no",
    "disapproving": "no", "disagree": "no", "disagreed": "no", "no": "no", "against": "no", "reject": "no",
    "rejected": "no",
    "undecided": "unsure", "unsure": "unsure", "uncertain": "unsure", "know": "unsure", "sure": "unsure",
    "neither": "unsure", "opinion": "unsure", "decided": "unsure", "other": "other", "someone": "other",
    "refused": "unsure", "declined": "unsure",
}


# Shares: what a percentage is of. Nouns after "of" or before the figure.
SHARE_NOUNS = frozenset(
    "vote votes ballot ballots respondents voters those adults americans canadians britons residents people "
    "public electorate population market stake shares share budget spending revenue sales seats".split())
# Named rates a percentage may be: the word -> the rate (jobless and unemployment are one).
RATE_NOUNS = {w: w for w in "rate inflation unemployment turnout growth interest tax approval margin error gdp "
                            "yield return participation vacancy occupancy poverty literacy".split()}
RATE_NOUNS |= {"jobless": "unemployment", "joblessness": "unemployment", "vaccination": "vaccination",
               "immunisation": "vaccination", "immunization": "vaccination", "graduation": "graduation",
               "ratio": "ratio"}


_INVARIANT = frozenset("people police staff personnel cattle crew livestock media data sheep deer fish aircraft "
                       "series species offspring troops".split())


@lru_cache(maxsize=8192)
def noun(word: str, plural: bool | None = None) -> str | None:
    """The singular lemma when `word` is a noun (plural when `plural`), else None."""
    w = word.lower()
    if w in ("people", "police", "staff", "personnel", "cattle", "crew", "livestock", "media", "data"):
        return w
    lem = lemmas(w)
    nouns = lem.get("NOUN")
    if nouns:
        if plural is True and nouns[0] == w and w not in _INVARIANT:
            return None  # "cross", "snow": not a plural
        return nouns[0] if w not in ("men", "women") else w[:-2] + "an"
    if not lem and len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w.isalpha():
        return w[:-3] + "y" if w.endswith("ies") else w[:-1]  # a word no table lists: "MPs", "Tories"
    return None


def thing_class(lemma: str | None) -> str | None:
    if lemma is None:
        return None
    return THING_CLASS.get(lemma, lemma)


_REPORTING = frozenset(
    "say tell claim report announce state estimate add note confirm insist argue believe think suggest show "
    "reveal find indicate predict warn allege testify write tweet explain acknowledge admit concede".split())


@lru_cache(maxsize=8192)
def reporting(word: str) -> bool:
    """A form of a reporting verb ("said", "claimed", "estimates")."""
    verbs = lemmas(word.lower()).get("VERB")
    return bool(verbs) and verbs[0] in _REPORTING


@lru_cache(maxsize=8192)
def event_of(word: str) -> str | None:
    """The event a verb form or noun names ("killed" -> dead), or the verb's lemma; "" for a verb that
    says nothing of what happened ("had", "finished with"); None for a word that is no verb."""
    from copylint.nlp.lexicon import verb_tags

    w = word.lower()
    if w in EVENT_OF:
        return EVENT_OF[w]
    lem = lemmas(w)
    verbs = lem.get("VERB")
    if verbs:
        tags = verb_tags(w)
        if not tags & {"VBD", "VBN", "VBZ", "VBG"} and ("NOUN" in lem or "ADJ" in lem):
            return None  # "white", "home", "state": a noun or adjective more than a verb here
        v = verbs[0]
        if v in GENERIC_VERBS:
            return ""
        return EVENT_OF.get(v, v)
    return EVENT_OF.get(noun(w) or "", None)


def verb_event(lemma: str) -> str:
    """The event of a verb in its base form ("to hold"): what event_of gives its inflected forms."""
    return "" if lemma in GENERIC_VERBS else EVENT_OF.get(lemma, lemma)
