"""numbers.age-arithmetic: an age against the years of birth and death or the article's date ("born in 1950"
and "died at 65" in 2019; "Smith (1931-2019)" and "died at 85")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.figures import Measure

# How an age is given that tells of now (or of the death, in an obituary).
_NOW = frozenset({"hyphen", "appositive", "aged", "died", "was"})
_DIED = frozenset({"died", "dies", "death", "passed", "killed"})
_RECENT = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                     "today", "overnight", "weekend", "week", "morning", "night", "evening"})


class AgeArithmetic:
    meta = Meta(
        id="numbers.age-arithmetic",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="An age does not fit the years of birth and death or the article's date.",
        description=(
            "Reads years of birth ('born in 1950', 'born on March 3, 1950', 'Smith (1931-2019)') and of death "
            "('died in 2019', or the article's year for 'died on Tuesday'), and sets a person's age against "
            "them: someone born in 1950 is 68 or 69 in 2019 (the birthday may not have come yet). An age at "
            "death counts to the death; any other age counts to the article's date (front matter, date line, "
            "--date)."
        ),
        bad=(
            Example("Grace Okafor (1931-2019) founded the clinic.\n\nOkafor died in March at [[85]]."),
            Example("June 20, 2023\n\nRaymond Kowal, [[47]], was born in 1970 in Sudbury."),
            Example("# Ana Ruiz dies aged [[95]]\n\nMonday, September 9, 2019\n\nAna Gabriela Ruiz was born in 1926 "
                    "in Cusco."),
        ),
        good=(
            Example("Grace Okafor (1931-2019) founded the clinic.\n\nOkafor died in March at 87."),
            Example("Grace Okafor (1931-2019) founded the clinic.\n\nOkafor died in March at 88."),
            Example("June 20, 2023\n\nRaymond Kowal, 52, was born in 1970 in Sudbury."),
            Example("June 20, 2023\n\nRaymond Kowal, 47, moved to Sudbury in 1970."),
        ),
    )

    def check(self, doc, ctx):
        when = doc.date or ctx.date
        led = doc.ledger
        births: dict[str | None, tuple] = {}
        deaths: dict[str | None, int] = {}
        for d in led.timeline:
            if d.event == "life":
                births[d.holder] = (d.year.value, d.year)
                deaths[d.holder] = d.death
            elif d.event == "bear":
                births.setdefault(d.holder, (d.year.value, d.year))
            elif d.event == "die":
                deaths.setdefault(d.holder, int(d.year.value))
        if not births:
            return
        ages = [m for m in led.of(Measure.AGE) if not m.quoted and m.frame in _NOW]
        people = {m.holder for m in ages if m.holder is not None}
        blamed: set = set()
        for m in ages:
            key = m.holder
            if key not in births:
                if None in births and len(people) <= 1 and len(births) == 1:
                    key = None  # the one person of the article
                else:
                    continue
            born, where = births[key]
            words = set(led.sentence_words(m.sentence))
            died = m.frame == "died" or bool(words & _DIED)
            end = deaths.get(key) if died else None
            if end is None and died and when is not None and (words & _RECENT or "dies" in words):
                end = when.year  # "died on Tuesday", "dies aged 95"
            if end is None and not died and when is not None and key not in deaths:
                end = when.year
            if end is None:
                continue
            fits = (end - born - 1, end - born)
            if m.value in fits:
                continue
            same = [x for x in ages if x.value == m.value and (x.holder == key or x.holder is None and key is None)]
            if len(same) >= 2:  # the age is given twice alike ("dies aged 86" ... "He was 86"): the year is odd
                if key not in blamed:
                    blamed.add(key)
                    yield Finding(where.start, where.end, f"Born in {int(born)}, but the article gives the age as "
                                  f"{int(m.value)} in {int(end)}: check the year or the age.",
                                  related=tuple(Related(x.start, x.end, f"age {int(x.value)}") for x in same[:2]))
                continue
            yield Finding(m.start, m.end, f"Age {int(m.value)}, but someone born in {int(born)} is {int(fits[0])} "
                          f"or {int(fits[1])} in {int(end)}: check the age or the years.",
                          (str(int(fits[1])), str(int(fits[0]))),
                          related=(Related(where.start, where.end, doc.text[where.start:where.end]),))
