"""numbers.parts-sum: a total against the parts given for it ("11 vehicles were towed: six trucks and four
vans"; "the 40 patients include 31 adults and 12 children")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.figures import restate


class PartsSum:
    meta = Meta(
        id="numbers.parts-sum",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="The parts given for a total do not add up to it.",
        description=(
            "Reads the ledger's breakdowns: a total followed by its parts after a colon, a dash, a bracket, "
            "'comprising' or 'made up of' (all of it), or after 'including', 'among them' and 'of whom' (some "
            "of it), in one sentence or in the next one opened by 'Of those' or 'Of the 62 cases'. All the "
            "parts must add up to the total; some of them must not add up to more. 'Of the 412 patients, 96 ..., "
            "131 ... and 178 ...' is read as all of them when its parts come to nine tenths of the total or more "
            "('Of the 100 killed, 40 were children and 30 women' is some). Hedged figures are ranges."
        ),
        bad=(
            Example("Of the [[412]] patients, 96 were children under 18, 131 were adults between 18 and 64, and 178 "
                    "were 65 or older.", fix="405"),
            Example("Of the [[38]] who made it out, 24 walked out on their own and 16 were brought up by rescue "
                    "teams.", fix="40"),
            Example("Police towed [[11]] vehicles: six trucks and four vans.", fix="10"),
            Example("Crews are working hard, Gill said, with [[186]] personnel assigned to the fire: 122 firefighters, "
                    "41 structural protection specialists and 18 support staff.", fix="181"),
            Example("The tour stopped at [[612]] fields: 238 in western Kansas, 201 in central Kansas and 137 in the "
                    "state's eastern third.", fix="576"),
            Example("The [[3.9 per cent]] increase is made up of 2.1 percentage points for programs, 1.2 points for "
                    "policing and 0.9 points for a levy."),
            Example("The survey covered [[1,126]] beekeepers in four regions: 512 in Ontario, 318 in Quebec, 204 in "
                    "the Prairies and 82 in Atlantic Canada.", fix="1,116"),
            Example("The coalition will command [[81]] seats: the NRP has 34, the Liberals 25, Civic Contract 16 "
                    "and the Farmer-Citizen Union 8.", fix="83"),
            Example("The [[40]] patients include 31 adults and 12 children."),
            Example("Of the [[62]] cases, 40 were in Ontario and the remaining 20 in Quebec."),
            Example("There are [[23]] active wildfires in the forest area: nine are out of control, eight are "
                    "being held and five are under control.", fix="22"),
            Example("The [[£9.6bn]] in tax cuts comprises £6.1bn from national insurance, £2.3bn from fuel duty "
                    "and £1.7bn from the VAT threshold.", fix="£10.1bn"),
            Example("There were also [[five]] Syrian teams scheduled to compete, one national and one made up of "
                    "refugees.", fix="two"),
        ),
        good=(
            Example("Of the 29 people injured, 22 were treated and released; seven remain in hospital, four of them "
                    "in critical condition."),
            Example("Of the 412 patients, 103 were children under 18, 131 were adults between 18 and 64, and 178 "
                    "were 65 or older."),
            Example("Of the 100 killed, 40 were children and 30 were women."),
            Example("Of the 412 patients, 37 were in intensive care and 12 were on ventilators."),
            Example("Police towed 11 vehicles: six trucks and five vans."),
            Example("The 3.9 per cent increase is made up of 2.1 percentage points for programs, 1.2 points for "
                    "policing and 0.6 points for a levy."),
            Example("The survey covered 1,116 beekeepers in four regions: 512 in Ontario, 318 in Quebec, 204 in "
                    "the Prairies and 82 in Atlantic Canada."),
            Example("The gap amounted to about 49,000 votes: Democratic Rally won 1,812,400 and the Socialists "
                    "1,763,300."),
            Example("The 40 patients include 21 adults and 12 children."),
            Example("Of the 62 cases, 40 were in Ontario and 12 in Quebec."),
            Example("About 40 people were hurt: 31 adults and 12 children."),
            Example("Police arrested 14 people, and 9 were charged and 3 released on Monday."),
            Example("There are 22 active wildfires in the forest area: nine are out of control, eight are "
                    "being held and five are under control."),
            Example("The 40 patients, who arrived by bus, were seen by 12 doctors and 31 nurses."),
            Example("The $40 million budget includes $20 million for roads and $15 million for parks."),
            Example("Both parents faced twelve counts of torture, nine counts of child abuse, and seven counts of "
                    "cruelty to a dependent adult."),
            Example("The team has 30 players, 12 from Ontario and 11 from Quebec."),
            Example("Fine Gael's 15,656 votes, split between Kilbane on 8,120 and Concannon on 7,536, amounted to 1.3 "
                    "quotas, and Sinn Fein's 13,699 just over one."),
        ),
    )

    def check(self, doc, ctx):
        for b in doc.ledger.breakdowns:
            t = b.total
            low = sum(p.low for p in b.parts)
            high = sum(p.high for p in b.parts)
            if any(p.low > t.high for p in b.parts):
                continue  # one part alone is too big: part-exceeds-whole says so
            over = low > t.high + 1e-9  # sums of decimals: 2.1 + 1.2 + 0.6 is 3.9, whatever the float says
            under = b.exhaustive and high < t.low - 1e-9 and len(b.parts) >= 2
            if not (over or under):
                continue
            parts = " + ".join(" ".join(doc.text[p.start:p.phrase_end].split()) for p in b.parts)
            total = restate(low, t.text, t.words)
            fix = (total,) if low == high and t.exact else ()
            yield Finding(t.start, t.end, f"'{doc.text[t.start:t.phrase_end]}' but the parts given add up to "
                          f"{total} ({parts}): check the total and its parts.", fix,
                          related=tuple(Related(p.start, p.end, p.text) for p in b.parts))
