"""numbers.percent-mismatch: one percentage given two values ("Smith has 48 per cent support" ...
"Smith's 45 per cent"; "Turnout was 62 per cent" ... "the 66 per cent turnout")."""

from __future__ import annotations

from copylint.checkers.mismatch import Mismatch
from copylint.model import Category, Example, Meta, Severity
from copylint.nlp.figures import Measure


class PercentMismatch(Mismatch):
    meta = Meta(
        id="numbers.percent-mismatch",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="One percentage is given two different values in one article.",
        description=(
            "Reads the ledger's percentages with whose share they are (a candidate's, a party's) or which rate "
            "(turnout, unemployment, inflation, approval), which poll reported them and when. Two percentages "
            "are one when they have one holder or name one rate in one scope. Another poll, another group "
            "('among women'), another region, another time, a change ('up 3 points') or a margin of error are "
            "other quantities. A change named with what changed ('a 43 per cent fall in visits') is one with the "
            "change the story reports that way for it at the same time ('visits have fallen by 34 per cent')."
        ),
        bad=(
            Example("The share of birds lost during the crossing rose by 18 per cent between 2014 and 2023.\n\n"
                    "Raman said the [[16 per cent]] increase was most pronounced among the smallest species."),
            Example("9:05 p.m.\n\nWith 80 per cent of polls counted, No has 51.2 per cent.\n\n10:40 p.m.\n\nWith "
                    "every poll counted, the Yes side has 50.6 per cent of the vote to 49.4 per cent for No.\n\n"
                    "11:15 p.m.\n\nWith every poll counted, the No side's [[48.4 per cent]] was strongest in "
                    "Edmonton.", fix="49.4 per cent"),
            Example("Visits to the five branches have fallen by 34 per cent since 2019, a council report says.\n\n"
                    "Campaigners said the council's claim of a [[43 per cent]] fall in visits ignored computer users."),
            Example("Police recorded 82 robberies at pharmacies last year, up from 58, an increase of 41 per cent.\n\n"
                    "The association cited the [[44 per cent]] increase in pharmacy robberies."),
            Example("A Leger poll put Chahal at 41 per cent support.\n\nChahal's [[44 per cent]] gives her a "
                    "clear lead.", fix="41 per cent"),
            Example("Turnout was 62 per cent, officials said.\n\nThe [[66 per cent]] turnout was the lowest "
                    "since 1993.", fix="62 per cent"),
            Example("Just 38 per cent of residents have been vaccinated.\n\nWith only [[34 per cent]] of the "
                    "province's residents vaccinated, hospitals are worried.", fix="38 per cent"),
            Example("Governor Ann Whitcomb gained. Fifty-two percent of women approve of her performance.\n\n"
                    "Whitcomb's [[55 percent]] approval among women is her best showing.", fix="52 percent"),
            Example("The survey found Hannah Greer with 34 per cent and Dana Okoye at 22 per cent.\n\n"
                    "Among voters under 35, Okoye led with 25 per cent.\n\nOkoye, who polled [[24 per cent]] "
                    "overall, was encouraged.", fix="22 per cent"),
            Example("Turnout was 58.1 per cent of the province's registered voters.\n\nThe [[53.1 per cent]] turnout "
                    "was remarkable for late winter.", fix="58.1 per cent"),
            Example("Turnout was 38.6 per cent, the clerk said.\n\nThe [[36.8 per cent]] turnout was an improvement on "
                    "2020, when 31.2 per cent voted.", fix="38.6 per cent"),
            Example("Turnout was 46.8 per cent, below the 60.5 per cent recorded in the 2015 referendum.\n\n"
                    "Campaigners said the [[48.6 per cent]] turnout reflected a short campaign.", fix="46.8 per cent"),
            Example("Average occupancy across the 418 properties surveyed fell to 91.4 percent, from 93.2 percent a "
                    "year earlier.\n\nWith occupancy at [[93.4 percent]], about 38 percent of properties offered "
                    "discounts.", fix="91.4 percent"),
        ),
        good=(
            Example("Rahman's lead compares with a gap of 27.3 points at the general election, when Reform finished "
                    "second on 19.8 per cent.\n\nA Survation poll published last week had put Labour on 36 per cent "
                    "and Reform on 34 per cent."),
            Example("The share of birds lost during the crossing rose by 18 per cent between 2014 and 2023.\n\n"
                    "Raman said the 18 per cent increase was most pronounced among the smallest species. A 2019 "
                    "study had found a 9 per cent increase in losses."),
            Example("Losses rose 18 per cent and costs rose 12 per cent.\n\nThe 12 per cent increase hit farms "
                    "hardest."),
            Example("9:05 p.m.\n\nWith 80 per cent of polls counted, No has 51.2 per cent.\n\n10:40 p.m.\n\nWith "
                    "every poll counted, the Yes side has 50.6 per cent of the vote to 49.4 per cent for No.\n\n"
                    "11:15 p.m.\n\nWith every poll counted, the No side's 49.4 per cent was strongest in Edmonton."),
            Example("Visits to the five branches have fallen by 34 per cent since 2019.\n\nLoans fell 12 per cent "
                    "last year, and a 43 per cent fall in loans is forecast by 2030."),
            Example("Police recorded 82 robberies at pharmacies last year, an increase of 41 per cent.\n\nThe "
                    "association cited a 6 per cent fall in robberies overall."),
            Example("A Leger poll put Chahal at 41 per cent.\n\nAn Ipsos poll put Chahal at 44 per cent."),
            Example("Chahal has 41 per cent support.\n\nLutz has 38 per cent support."),
            Example("Turnout was 62 per cent this year.\n\nTurnout was 58 per cent in 2019."),
            Example("Chahal won 41 per cent of the vote, up from 38 per cent in 2019."),
            Example("Just 38 per cent of residents have been vaccinated.\n\nAmong people 65 and older, 61 per "
                    "cent are vaccinated."),
            Example("Core inflation fell to 4.2%.\n\nServices inflation edged down to 6.0%."),
            Example("Economists had expected the rate to rise to 5.9 per cent.\n\nThe rate rose to 6.1 per cent."),
            Example("Nationally, the NDP had 15 per cent and the Bloc 8 per cent.\n\nOn the island of Montreal, "
                    "the Liberals lead with 41 per cent to the Bloc's 24 per cent."),
            Example("Same-store sales rose 3.8 per cent at its grocery stores.\n\nLiu said food inflation was "
                    "2.4 per cent, below the 2.9 per cent increase in grocery prices that Statistics Canada reported."),
            Example("Average occupancy across the 418 properties surveyed fell to 91.4 percent, from 93.2 percent a "
                    "year earlier.\n\nWith occupancy at 91.4 percent, about 38 percent of properties offered "
                    "discounts. Office occupancy was 84 percent."),
            Example("Consumer price inflation slowed to 3.1 percent in July.\n\nThat brought inflation back within the "
                    "central bank's tolerance band of 1.5 percent to 3.5 percent around its 2.5 percent target."),
            Example("Kessler reported an 18 percent drop in second-quarter net profit as weak demand weighed on "
                    "sales.\n\nThe materials division posted a 9 percent fall in sales to 3.62 billion euros."),
            Example("The materials division posted a 9 percent fall in sales to 3.62 billion euros.\n\nSales in Europe "
                    "fell about 7 percent."),
            Example("The latest poll puts Reform on 29% and Labour on 24%.\n\nThe poll was conducted nine months "
                    "after the general election, at which Labour won 33.7% of the UK-wide vote."),
        ),
    )

    measures = (Measure.PERCENT,)
