"""numbers.count-mismatch: one count of things given two values ("26 miners" ... "all 25 miners";
"Ferreira scored 27 points" ... "Ferreira finished with 25"; a prison term "sentenced to 41 years" ... "40
years")."""

from __future__ import annotations

from copylint.checkers.mismatch import Mismatch
from copylint.model import Category, Example, Meta, Severity
from copylint.nlp.figures import Measure


class CountMismatch(Mismatch):
    meta = Meta(
        id="numbers.count-mismatch",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="One count of things is given two different values in one article.",
        description=(
            "Reads the ledger's counts: what is counted (residents and people are one class), what happened to "
            "it (killed, won, signed), whose it is and when. Two mentions are one count when one refers back to "
            "the other ('the 25 miners', 'all nine countries'), when they have one holder ('Ferreira scored 27' "
            "... 'Ferreira finished with 25'), one event ('killed 26' ... 'killed 25'), or when the headline "
            "repeats the body. Different holders, events, times and places, parts ('of them', 'another'), "
            "thresholds ('needed to win'), pools ('at stake'), running totals and changes ('up from') are "
            "other quantities; hedged figures are ranges ('about 3,000' meets 3,012); quotations are left alone. "
            "A prison term handed down ('sentenced to 41 years', 'jailed for six months') is a count of its "
            "own; time served and maximums ('served eight years', 'faces up to 20 years') are not terms."
        ),
        bad=(
            Example("A woman has died and seven people have been injured after the storm.\n\nSeven people were "
                    "taken to hospital, including a lorry driver on the M50 and two people hurt by falling "
                    "masonry.\n\nOf the [[six]] people injured, two remained in hospital on Monday.", fix="seven"),
            Example("The province will fund 48 new nursing positions at Red Deer Regional.\n\nJensen said the [[46]] "
                    "positions would be posted this month.", fix="48"),
            Example("The flood killed one woman and injured seven people.\n\nOf the [[eight]] injured, two remained "
                    "in hospital.", fix="seven"),
            Example("The budget pays to hire six new firefighters.\n\nRoy said the [[five]] additional firefighters "
                    "would be hired by September.", fix="six"),
            Example("Kieran Mottram's two goals took his league tally for the season to 17.\n\nMottram, now on "
                    "[[18]] league goals for the season, is the division's leading scorer.", fix="17"),
            Example("A crowd of 6,218, the biggest at Fellside in a decade, saw the win.\n\nThe [[6,219]] crowd was "
                    "the club's largest for a league fixture since 2015.", fix="6,218"),
            Example("Emeka Nkemelu scored twice on Saturday. His two goals took his tally for the season to 27 "
                    "in all competitions.\n\nDunmore had no answer to Nkemelu, whose [[29]] goals this season "
                    "have drawn interest from abroad.", fix="27"),
            Example("The new cabinet will have 16 ministers: seven from the NRP, four from the Liberals, three from "
                    "Civic Contract and two from the Union.\n\nVos said the [[18]] ministers would be sworn in on "
                    "July 2.", fix="16"),
            Example("Police detained 36 people overnight.\n\nFourteen of those detained were released. Another 24 "
                    "people were taken to hospital.\n\nHer office received complaints from several of the [[63]] "
                    "people detained overnight.", fix="36"),
            Example("A boat fire resulted in the death of all 33 passengers.\n\nThe boat, which caught fire "
                    "overnight, carried [[32]] passengers and six crew members.", fix="33"),
            Example("The by-election result:\n\n- Oluwaseun Adebayo (PCP): 28,417\n- Grace Ibitoye (LSP): 3,112\n\n"
                    "Ibitoye, whose [[3,121]] votes were her party's best showing, thanked voters.", fix="3,112"),
            Example("The blast killed 26 miners.\n\nThe company released the names of all [[25]] miners on Friday.",
                    fix="26"),
            Example("Lucia Ferreira scored 27 points for the Lynx.\n\nFerreira, who finished with [[25]], was named "
                    "player of the game.", fix="27"),
            Example("Nine countries signed the accord on Monday.\n\nThe declaration of the [[eight]] countries "
                    "calls for a ceasefire.", fix="nine"),
            Example("About 18,000 vehicles cross the bridge each day.\n\n"
                    "The detour will carry about [[17,000]] vehicles a day.", fix="18,000"),
            Example("Court heard Hollis persuaded 43 investors to put money in the fund.\n\n"
                    "The judge ordered him to repay the [[41]] investors.", fix="43"),
            Example("# House holds three Cabinet officers in contempt\n\nThe House voted to hold [[two]] Cabinet "
                    "officers, Ross and Barr, in contempt.", fix="three"),
            Example("Officials reported 36 infections with COVID-19 at the base.\n\nThe army said the [[63]] people "
                    "infected included 26 soldiers.", fix="36"),
            Example("Crews brought up the last of nine miners killed in the collapse.\n\nThe town set up a fund for "
                    "the families of the [[eight]] miners who died.", fix="nine"),
            Example("Police charged two men over a string of 14 armed robberies at pharmacies.\n\nPolice believe "
                    "the pair carried out all [[16]] robberies.", fix="14"),
            Example("Lindgren won the four-candidate primary in February.\n\nIn the [[three-way]] February primary, "
                    "Lindgren led with 44%.", fix="four-way"),
            Example("The Civic Union took 34 of the assembly's 87 seats.\n\nThe Civic Union's [[35]] deputies will "
                    "meet on Wednesday.", fix="34"),
            Example("Twenty-three police officers were injured.\n\nThe minister visited some of the [[25]] injured "
                    "officers in hospital.", fix="23"),
            Example("A roof collapse killed 12 miners on Tuesday.\n\nThe company released the names of the [[13]] "
                    "victims on Wednesday.", fix="12"),
            Example("# Doctor sentenced to 41 years for opioid prescriptions\n\nA federal judge sentenced the "
                    "doctor to prison for [[40 years]] on Wednesday.", fix="41 years"),
            Example("Oxfam said poverty could end if the richest 100 billionaires gave away the money they made in "
                    "2012.\n\nThe charity argued that the $240bn net income amassed in 2012 by the richest [[110]] "
                    "billionaires would be enough.", fix="100"),
            Example("A tornado tore through the town late Sunday, killing three people and injuring 41.\n\nOf the "
                    "[[46]] people injured, 12 remained in hospital on Tuesday.", fix="41"),
            Example("More than 80 countries back a fossil fuel roadmap\n\nA coalition of 83 countries on Wednesday "
                    "called for a roadmap.\n\nPayouts would go to more than 70 tropical forest countries.\n\n"
                    "Diplomats from the [[81]] signatory countries of the declaration met on Wednesday evening.",
                    fix="83"),
        ),
        good=(
            Example("The council rejected a plan to sell two office buildings.\n\nIt will consult on the future of "
                    "the three library buildings."),
            Example("The flood injured seven people and forced 1,200 from their homes.\n\nOf the 1,150 evacuated, "
                    "900 have returned."),
            Example("The province will fund 48 new nursing positions.\n\nThe hospital's 460 positions are mostly "
                    "filled."),
            Example("Six new cases were reported on Monday.\n\nOn Tuesday, three new cases were reported."),
            Example("Kieran Mottram's two goals took his league tally for the season to 17.\n\nMottram, now on "
                    "17 league goals for the season, is the division's leading scorer."),
            Example("A crowd of 6,218, the biggest at Fellside in a decade, saw the win.\n\nThe 6,218 crowd was "
                    "the club's largest since 2015, and a 4,000 crowd is expected for the derby."),
            Example("Emeka Nkemelu scored twice on Saturday. His two goals took his tally for the season to 27 "
                    "in all competitions.\n\nDunmore had no answer to Nkemelu, whose 27 goals this season "
                    "have drawn interest from abroad."),
            Example("Nkemelu's two goals took his tally for the season to 27.\n\nThe league's top scorer is "
                    "Okafor, whose 29 goals this season lead the division."),
            Example("There were 47 workers underground when the roof fell.\n\nThe union represents most of the "
                    "mine's 430 employees."),
            Example("Police detained 36 people overnight, and 24 people were taken to hospital.\n\nSeveral of the "
                    "24 people taken to hospital were officers."),
            Example("A boat fire resulted in the death of all 33 passengers.\n\nThe boat, which caught fire "
                    "overnight, carried 33 passengers and six crew members."),
            Example("The by-election result:\n\n- Oluwaseun Adebayo (PCP): 28,417\n- Grace Ibitoye (LSP): 3,112\n\n"
                    "Ibitoye, whose 3,112 votes were her party's best showing, thanked voters.\n\nIn 2019 Ibitoye "
                    "won 2,140 votes."),
            Example("Opening hours:\n\n- Kingsway Library: 9\n- Hollins Library: 10"),
            Example("They tested 12 sites in total.\n\nThree sites near the coast had the highest levels."),
            Example("Smith scored 27 points and Jones scored 25 points."),
            Example("The storm killed 12 people in Haiti.\n\nIt killed three people in Cuba on Sunday."),
            Example("About 2,000 residents were ordered out on Sunday.\n\n"
                    "By Monday, more than 2,400 residents had left, up from 2,000 the day before."),
            Example("Police arrested 12 people.\n\nAt least 14 people were injured in the clashes."),
            Example("The mine employs 26 miners.\n\nOf the 26 miners, 25 were rescued."),
            Example("A candidate needs 1,991 delegates to win.\n\nBiden has won 1,124 delegates so far."),
            Example("About 3,000 people attended.\n\nOrganisers counted 3,012 people at the gates."),
            Example("\u201cWe had 30 volunteers,\u201d she said.\n\nThe group now has 32 volunteers."),
            Example("Eleven states voted on Tuesday.\n\nA dozen states hold primaries in March."),
            Example("Hollis was sentenced to 16 years.\n\nHollis has served eight years of that sentence."),
            Example("A total of 58,203 voters were accredited.\n\nWith 163,450 registered voters, turnout was about "
                    "36 per cent."),
            Example("Three candidates who did not take part in the debates spoke.\n\nThe two major party "
                    "candidates were barred."),
            Example("Former treasurer sentenced to 78 months for theft\n\nThe judge also ordered Finch to serve three "
                    "years of supervised release after his prison term.\n\nFederal sentencing guidelines called for a "
                    "prison term of 70 to 87 months."),
            Example("A tornado tore through the town late Sunday, killing three people and injuring 41.\n\nOf the "
                    "41 people injured, 12 remained in hospital on Tuesday."),
            Example("Tamm won the decathlon with 8,544 points. He finished six points short of the 8,550 entry "
                    "standard."),
            Example("Kvarn will pay 312 crowns a share.\n\n($1 = 9.51 Swedish crowns)"),
            Example("Fianna Fail's two candidates polled 20,584 first preferences.\n\nThe Green Party's outgoing TD "
                    "polled just 2,972 first preferences."),
            Example("Tornado tears through Clayton, destroying 47 homes and killing three\n\nThe tornado destroyed "
                    "47 homes and damaged 165 more, officials said."),
            Example("Somerset led by 293 runs with seven second-innings wickets in hand at stumps.\n\nSomerset, who "
                    "had been bowled out for 412, dismissed Surrey for 287 to take a first-innings lead of 125."),
        ),
    )

    measures = (Measure.COUNT, Measure.DURATION)
