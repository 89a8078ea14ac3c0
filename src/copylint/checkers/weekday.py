"""numbers.weekday: a weekday that does not fall on the date beside it ("Monday, March 12, 2024", a
Tuesday)."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.calendar import DAY_NAMES
from copylint.nlp.figures import Measure


class Weekday:
    meta = Meta(
        id="numbers.weekday",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="A weekday does not fall on the date beside it.",
        description=(
            "Checks every date written with its weekday: 'Tuesday, March 12, 2024', 'on Tuesday, March 12', "
            "'Tuesday (March 12)', 'Tuesday 12 March', 'on March 12, a Tuesday', the article's own date line "
            "too. A date without a year takes the year that puts it nearest the article's date (front matter, "
            "date line, --date); without either, it is left alone."
        ),
        bad=(
            Example("A man was shot late Friday, Aug. 9, the city's 61st homicide of 2024.\n\nPolice arrested a man "
                    "on Tuesday, Aug. 13, and a hearing is set for [[Thursday]], Aug. 21."),
            Example("[[Monday]], March 12, 2024\n\nCouncil met on Monday.", fix="Tuesday"),
            Example("Tuesday, March 12, 2024\n\nThe vote is set for [[Friday]], March 14.", fix="Thursday"),
            Example("The plant closed on March 12, 2024, a [[Monday]].", fix="Tuesday"),
            Example("But on [[Tuesday]] 9th April, 2014, she opened the bottle.", fix="Wednesday"),
            Example("Friday, May 3, 2019\n\nThe relic was carried through the city on [[Saturday]], April 25: the "
                    "Holy Headdress.", fix="Thursday"),
            Example("The commission voted on Thursday, June 22, 2028.\n\nThe new fares take effect [[Monday]], "
                    "Sept. 3.", fix="Sunday"),
        ),
        good=(
            Example("A man was shot late Friday, Aug. 9, the city's 61st homicide of 2024.\n\nPolice arrested a man "
                    "on Tuesday, Aug. 13, and a hearing is set for Wednesday, Aug. 21."),
            Example("The plant opened in 1998.\n\nThe vote is on Friday, Aug. 9, the hearing on Tuesday, Aug. 13, and "
                    "the ruling on Thursday, Aug. 21."),
            Example("Tuesday, March 12, 2024\n\nThe vote is set for Thursday, March 14."),
            Example("The plant closed on Monday, March 12."),
            Example("Sunday, March 10, 2024\n\nThe vote was held on Friday, March 8."),
            Example("The meeting is on Tuesday (March 13)."),
        ),
    )

    def check(self, doc, ctx):
        when = doc.date or ctx.date or _anchor(doc, doc.ledger.dates) or _year_of(doc.ledger)
        for d in doc.ledger.dates:
            if d.weekday is None or d.quoted:
                continue
            real = d.resolve(when)
            if real is None or real.weekday() == d.weekday:
                continue
            right = DAY_NAMES[real.weekday()]
            yield Finding(d.weekday_start, d.weekday_end,
                          f"{DAY_NAMES[d.weekday]}, but {real:%B} {real.day}, {real.year} is a {right}: check the "
                          "weekday or the date.", (right,), related=(Related(d.start, d.end, doc.text[d.start:d.end]),))


def _anchor(doc, dates):
    """Without an article date, the story's own: a full date in its first paragraphs, when every full date
    it gives falls within one year ("on Thursday, June 22, 2028" dates "Monday, Sept. 3")."""
    full = [(d.resolve(None), d) for d in dates if d.year is not None and not d.quoted]
    full = [(x, d) for x, d in full if x is not None]
    if not full or max(x for x, _ in full).year - min(x for x, _ in full).year > 1:
        return None
    lead = [x for x, d in full if doc.sentences[d.sentence].block <= 4]
    return max(lead) if lead else None


def _year_of(led):
    """Without an article date or a full date, the year the story names that its weekdays fit: "the city's
    61st homicide of 2024" with "Friday, Aug. 9" and "Tuesday, Aug. 13" dates "Thursday, Aug. 21" in 2024 (two
    weekdays or more must fit it, all but one, and no other year named may fit as well)."""
    import datetime as dt

    pairs = [d for d in led.dates if d.weekday is not None and d.year is None and not d.quoted]
    if len(pairs) < 3:
        return None
    fits = {}
    for y in {int(m.value) for m in led.of(Measure.YEAR) if not m.quoted and 1900 <= m.value <= 2100}:
        n = 0
        for d in pairs:
            try:
                n += dt.date(y, d.month, d.day).weekday() == d.weekday
            except ValueError:
                pass
        fits[y] = n
    best = sorted(fits.items(), key=lambda x: -x[1])
    if not best or best[0][1] < max(2, len(pairs) - 1) or len(best) > 1 and best[1][1] == best[0][1]:
        return None
    return dt.date(best[0][0], pairs[0].month, pairs[0].day)
