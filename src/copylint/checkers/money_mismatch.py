"""numbers.money-mismatch: one amount of money given two values ("a profit of $214 million" ... "the
$241-million profit")."""

from __future__ import annotations

from copylint.checkers.mismatch import Mismatch
from copylint.model import Category, Example, Meta, Severity
from copylint.nlp.figures import Measure


class MoneyMismatch(Mismatch):
    meta = Meta(
        id="numbers.money-mismatch",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="One amount of money is given two different values in one article.",
        description=(
            "Reads the ledger's amounts of money with what they are (profit, net income and earnings are one "
            "class; revenue, cost, budget, fine, salary, deal others), whose they are and when. Two amounts are "
            "one when one refers back to the other ('the $241-million profit'), when they have one holder "
            "('Acme posted a profit of $214 million' ... 'Acme's profit of $241 million'), or when the headline "
            "repeats the body. Operating and net profit, a forecast and a result, another year or quarter, a "
            "change ('up from $180 million'), other currencies and per-share amounts are other amounts. An "
            "amount that refers back ('the £368,420 she took') to one written with two neighbouring digits the "
            "other way round ('transfers totalling £386,420') is flagged however the two are phrased (three "
            "digits or more, one scale, not of two known classes such as revenue and cost). Currencies "
            "read: signs ($, £, €, ¥, ₹ ...), codes (USD, C$), words after the figure (euros, zloty, rand, "
            "rupees ...) and letters against it ('R2.3 billion', 'Rs 500 crore', 'KSh40,000')."
        ),
        bad=(
            Example("A branch manager who stole $2.3 million from clients was sentenced on Friday.\n\nThe chief "
                    "executive said the theft of [[$3.2 million]] had forced an overhaul.", fix="$2.3 million"),
            Example("Acme Corp. posted a profit of $214 million for the year.\n\n"
                    "The [[$241-million]] profit was the company's best.", fix="$214-million"),
            Example("The city fined the developer $50,000 on Monday.\n\n"
                    "The developer said it would appeal the [[$5,000]] fine.", fix="$50,000"),
            Example("Ruiz earned a salary of $210,000 last year.\n\nRuiz's [[$120,000]] salary drew criticism.",
                    fix="$210,000"),
            Example("Northvale agreed to buy bakery chain Golden Crust for $735 million in cash.\n\n"
                    "The [[$753 million]] Golden Crust purchase gives it a foothold.", fix="$735 million"),
            Example("Every nurse will receive a one-time signing bonus of $2,500.\n\nThe [[$3,500]] signing bonus will "
                    "only partly offset lost pay.", fix="$2,500"),
            Example("Pre-tax profit fell 10% to £312m from £347m.\n\nThe [[£321m]] profit figure was below forecasts.",
                    fix="£312m"),
            Example("The government approved a 24.5 billion zloty ($6.1 billion) package of subsidies.\n\n"
                    "Critics said the [[25.4 billion zloty]] package would stoke inflation.", fix="24.5 billion zloty"),
            Example("# Former minister charged over R2.3bn rail tender\n\nMthembu appeared in court over a R2.3 "
                    "billion ($123 million) rail tender.\n\nAssets linked to the [[R3.2-billion]] tender were "
                    "frozen.", fix="R2.3-billion"),
            Example("Haddow made 214 transfers totalling £386,420 between 2017 and 2023.\n\nA hearing will "
                    "recover as much as possible of the [[£368,420]] she took.", fix="£386,420"),
            Example("Kestrel Ridge ended June with A$318 million in cash and no debt.\n\nAnalysts said the "
                    "[[A$381 million]] cash balance gave the miner room.", fix="A$318 million"),
            Example("Kvarn agreed to buy Lindqvist in a deal valuing it at $6.8 billion including debt.\n\nThe "
                    "[[$6.3 billion]] transaction is the largest telecoms deal this year.", fix="$6.8 billion"),
        ),
        good=(
            Example("A branch manager who stole $2.3 million from clients was sentenced on Friday.\n\nThe theft of "
                    "$1.1 million from a second branch came to light later."),
            Example("Acme posted a profit of $214 million in 2023, up from $180 million a year earlier."),
            Example("Acme's operating profit was $300 million.\n\nIts net profit was $214 million."),
            Example("Acme posted a profit of $214 million.\n\nRival Globex posted a profit of $241 million."),
            Example("Analysts expected a profit of $250 million.\n\nAcme posted a profit of $214 million."),
            Example("The budget is $4.8 billion (C$6.5 billion)."),
            Example("The carrier earned C$96.5 million, or 82 cents a share.\n\nExcluding one-time items, the airline "
                    "earned 88 cents a share."),
            Example("The R2 and R5 roads were closed.\n\nThe R2.3-mile loop reopened."),
            Example("Revenue was $318 million.\n\nThe $381 million in costs includes the write-down."),
            Example("Cash fell to A$318 million from A$381 million at the end of March.\n\nThe A$318 million "
                    "balance is enough, analysts said."),
            Example("It raised $1.25 million in May.\n\nThe $12.5 million fund closes in June."),
            Example("Shares in Glenmara rose 4 per cent, valuing the group at about €3.3bn.\n\nIn October, Glenmara "
                    "completed the €96m acquisition of Van der Berg Kaas."),
        ),
    )

    measures = (Measure.MONEY,)
