"""attribution.unattributed-charge: an accusation of wrongdoing made in the reporter's voice."""

from __future__ import annotations

import re

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.folded import Folded

_DOING = (r"(?:stealing|looting|defrauding|abusing|harassing|exploiting|cheating|bribing|"
          r"covering\s+up|lying\s+(?:to|about)|misleading|intimidating|smuggling|trafficking|embezzling|scamming|"
          r"preying\s+on|ripping\s+off|swindling|extorting|laundering|rigging|falsifying|fabricating|price-gouging|"
          r"gouging|profiteering|hiding|concealing|inflating|manipulating|ignoring|dumping|overcharging|evicting|"
          r"polluting|bullying|spying\s+on|hacking|poaching|price-fixing|underpaying)")
_WRONGLY = r"(?:illegally|unlawfully|secretly|fraudulently|knowingly|deliberately|improperly)"
_DONE = (r"(?:stolen|looted|defrauded|embezzled|lied\s+(?:to|about)|misled|rigged|falsified|fabricated|cheated|"
         r"covered\s+up|bribed|swindled|extorted|laundered|colluded\s+with|abused)")
# simple past in the reporter's voice: "stole", "bribed officials", "steered contracts to"
_DID = (r"(?:stole|defrauded|embezzled|bribed|swindled|extorted|laundered|colluded\s+with|"
        r"covered\s+up|steered\s+(?:\w+\s+){0,2}?contracts\s+to|broke\s+the\s+law|falsified|rigged)")

_TRIGGERS = tuple(Folded(p) for p in (
    r"\b(?:has|have|had)\s+been\s+(?:systematically\s+|deliberately\s+)?target(?:t)?ing\b",
    rf"\b(?:(?:has|have|had)\s+been|are|is|was|were)\s+(?:{_WRONGLY}\s+)?{_DOING}\b",
    rf"\b(?:(?:has|have|had)\s+been|are|is|has|have|had)\s+{_WRONGLY}\s+\w+(?:ing|ed)\b",
    rf"\b(?:has|have|had)\s+(?:repeatedly\s+|routinely\s+|systematically\s+|also\s+)?{_DONE}\b",
    rf"(?<!\bnot\s)(?<!\bnever\s)\b{_DID}\b",
    r"\b(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:physically\s+|sexually\s+|verbally\s+|emotionally\s+)?"
    r"abusive\b",
    r"\b(?:was|were|is|are)\s+(?:a\s+)?(?:scams?|frauds?|bankrolled\s+by)\b|\bin\s+(?:clear\s+)?violation\s+of\b",
))
_WORD = re.compile(r"[a-z]+")
# Words one of which each trigger needs (a prefilter, same matches): the verbs, not the words around them
_NEEDS = frozenset(_WORD.findall(" ".join((_DOING, _WRONGLY, _DONE, _DID, "abusive scams frauds bankrolled"))))
_NEEDS |= {"violation", "targeting", "targetting"}
_NEEDS -= frozenset("s to about on up off with the law contracts".split())


class UnattributedCharge:
    meta = Meta(
        id="attribution.unattributed-charge",
        category=Category.ATTRIBUTION,
        severity=Severity.WARNING,
        summary="An accusation of wrongdoing in the reporter's voice, with no source.",
        description=(
            "Flags a sentence that accuses someone ('have been targeting empty homes', 'stole', 'bribed "
            "officials', 'covered up', 'steered contracts to', 'in violation of', 'had been abusive') when no "
            "attribution reaches it: none in the sentence ('police said', 'prosecutors allege', 'according to "
            "the indictment') or a record that stands for one ('was charged with', 'pleaded guilty', "
            "'allegedly'), none in an earlier sentence of the paragraph or the sentence before that it "
            "continues, none in a next sentence pointing back. One query per paragraph. Switch it off alone "
            "where accusations are sourced another way (court copy read by the legal desk)."
        ),
        bad=(
            Example("[[Looters have been targeting empty homes in the evacuation zone.]]"),
            Example("The contract was signed in 2019.\n\n[[The mayor steered the paving contracts to his "
                    "brother-in-law.]]"),
            Example("The couple separated in May. [[Jorden had been physically abusive to her.]]"),
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
            Example("Half were told to tell the truth, and the others lied about playing the game."),
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
            m = next((m for rx in _TRIGGERS if (m := rx.search(st.plain, low))), None)
            if m is None:
                continue
            if speech.reach(st):
                continue
            flagged = st.paragraph
            phrase = " ".join(st.plain[m.start() : m.end()].split())
            yield Finding(
                st.start, st.end,
                f"'{phrase}' accuses someone with no source in this sentence or paragraph: say who makes the "
                "charge ('police said', 'according to the indictment', 'prosecutors allege').",
            )
