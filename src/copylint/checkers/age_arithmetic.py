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
            "death counts to the death ('until his death in 2009, at 76'); an age at another time counts to the "
            "year beside it ('first elected in June 1969, at the age of 30'); any other age counts to the "
            "article's date (front matter, date line, --date). An age in a year and the same person's age now "
            "are checked against each other ('who was 19 in 1974, is now 74')."
        ),
        bad=(
            Example("Walter Ferrante, who won 612 games, died Nov. 28, 2024, in Scranton. He was [[82]].\n\nBorn Jan. "
                    "9, 1940, in Scranton, the son of an Italian immigrant, Ferrante was a guard at the university."),
            Example("April 15, 2025\n\nMargaret Ellery, the theatre director, has died aged [[94]].\n\nBorn in "
                    "Halifax on 14 June 1933, Ellery was the first in her family to go to university."),
            Example("April 15, 2025\n\nBorn in Halifax on 14 June 1933, Holroyd was the first in her family to go "
                    "to university. In 1951, aged [[21]], she won a scholarship to study English at Leeds."),
            Example("March 14, 2025\n\nDuchene, who turned [[64]] on Saturday, is in his 19th season. Born in 1963 in "
                    "Terre Haute, he played point guard at Northfield."),
            Example("Grace Okafor (1931-2019) founded the clinic.\n\nOkafor died in March at [[85]]."),
            Example("June 20, 2023\n\nRaymond Kowal, [[47]], was born in 1970 in Sudbury."),
            Example("Tuesday, February 20, 2024\n\nThe court found Ezquerra, [[64]], guilty.\n\nBorn in Valdecorza in "
                    "March 1961, Ezquerra trained as an engineer."),
            Example("She married Erik Lindqvist in 1958. Erik, who was born in 1929, designed sets for the "
                    "Prairie Stage until his death in 2009, at [[76]]."),
            Example("Born Margaret Keane on March 3, 1937, she studied law.\n\nShe was first elected in June 1969, "
                    "at the age of [[30]]."),
            Example("June 11, 2024\n\nWalter Hirsch, who was 19 when rescuers pulled him from the mine in 1974, is "
                    "now [[74]].", fix="69"),
            Example("# Ana Ruiz dies aged [[95]]\n\nMonday, September 9, 2019\n\nAna Gabriela Ruiz was born in 1926 "
                    "in Cusco."),
        ),
        good=(
            Example("Walter Ferrante, who won 612 games, died Nov. 28, 2024, in Scranton. He was 84.\n\nBorn Jan. "
                    "9, 1940, in Scranton, the son of an Italian immigrant, Ferrante was a guard at the university."),
            Example("February 20, 2025\n\nHarold Pruett died Monday, Feb. 17, at his home. He was 88.\n\nBorn March 3, "
                    "1936, Pruett moved to Riverside in 1961.\n\nPruett is survived by his wife of 63 years, Margaret, "
                    "86; and six grandchildren."),
            Example("April 15, 2025\n\nBorn in Halifax on 14 June 1933, Holroyd was the first in her family to go "
                    "to university. In 1951, aged 18, she won a scholarship to study English at Leeds."),
            Example("Margaret Ellery, who was born on 14 June 1933, died on Sunday. She was 91.\n\nShe met Derek "
                    "Ellery in Bristol, and they married in 1958. He died in 2009, aged 77."),
            Example("March 14, 2025\n\nDuchene, who turned 62 on Saturday, is in his 19th season. Born in 1963 in "
                    "Terre Haute, he played point guard at Northfield."),
            Example("March 14, 2025\n\nDuchene, who turned 40 in his first season, is in his 19th season. Born in "
                    "1963 in Terre Haute, he played point guard at Northfield."),
            Example("Grace Okafor (1931-2019) founded the clinic.\n\nOkafor died in March at 87."),
            Example("Grace Okafor (1931-2019) founded the clinic.\n\nOkafor died in March at 88."),
            Example("June 20, 2023\n\nRaymond Kowal, 52, was born in 1970 in Sudbury."),
            Example("June 20, 2023\n\nRaymond Kowal, 47, moved to Sudbury in 1970."),
            Example("August 17, 2024\n\nBorn Margaret Keane on March 3, 1937, she studied law.\n\nShe was 60 when "
                    "she left the Dáil."),
            Example("June 11, 2024\n\nWalter Hirsch, who was 19 when rescuers pulled him from the mine in 1974, is "
                    "now 69."),
            Example("June 20, 2024\n\nBorn in Leeds in 1964, Collingwood moved to Hemsford.\n\nThe car, driven by a "
                    "34-year-old care worker, was travelling at 31mph."),
            Example("Ada Oyelaran was born in 1940.\n\nIn 2003 she handed control to her son Daniel, then 36."),
        ),
    )

    @staticmethod
    def _then_and_now(doc, led, births, when):
        """An age in a year against the same person's age now: "Hirsch, who was 19 when rescuers pulled him
        out in 1974, is now 74" in a 2024 article (he would be 68 to 70)."""
        if when is None:
            return
        ages = [m for m in led.of(Measure.AGE) if not m.quoted and m.holder is not None and m.holder not in births]
        for then in (m for m in ages if m.frame == "then"):
            year = min((y for y in led.of(Measure.YEAR) if y.sentence == then.sentence and not y.quoted
                        and y.second is None and abs(y.first - then.first) <= 12),
                       key=lambda y: abs(y.first - then.first), default=None)
            if year is None:
                continue
            want = then.value + when.year - year.value
            for now in (m for m in ages if m.holder == then.holder and m.frame in ("was", "appositive", "hyphen")):
                if abs(now.value - want) > 1 and not set(led.sentence_words(now.sentence)) & _DIED:
                    yield Finding(now.start, now.end, f"Age {int(now.value)}, but someone {int(then.value)} in "
                                  f"{int(year.value)} is {int(want) - 1} to {int(want) + 1} in {when.year}: check the "
                                  "ages or the year.", (str(int(want)),),
                                  related=(Related(then.start, then.end,
                                                   f"age {int(then.value)} in {int(year.value)}"),))
                    return

    def check(self, doc, ctx):
        when = doc.date or ctx.date
        led = doc.ledger
        births: dict[str | None, tuple] = {}
        deaths: dict[str | None, int] = {}
        died_at: dict[str | None, int] = {}  # the sentence of that death
        for d in led.timeline:
            if d.event == "life":
                births[d.holder] = (d.year.value, d.year)
                deaths[d.holder] = d.death
            elif d.event == "bear":
                births.setdefault(d.holder, (d.year.value, d.year))
            elif d.event == "die":
                deaths.setdefault(d.holder, int(d.year.value))
                died_at.setdefault(d.holder, d.year.sentence)
        yield from self._then_and_now(doc, led, births, when)
        if not births:
            return
        died_in = {d.year.sentence: int(d.year.value) for d in led.timeline if d.event == "die"}
        years: dict[int, list] = {}
        for y in led.of(Measure.YEAR):
            if not y.quoted and y.second is None:
                years.setdefault(y.sentence, []).append(y)
        ages = [m for m in led.of(Measure.AGE) if not m.quoted and (m.frame in _NOW or m.frame == "then")]
        people = {m.holder for m in ages if m.holder in doc.entities.persons}
        blamed: set = set()
        for m in ages:
            key = m.holder
            words = set(led.sentence_words(m.sentence))
            if (key is None or key not in births) and m.first and doc.tokens[m.first - 1].lower in ("a", "an"):
                continue  # "driven by a 34-year-old care worker": someone the story brings in
            if key is not None and key not in births and m.frame == "appositive" and not any(
                    key in n.full.lower().split() for n in doc.entities.names if doc.entities.key(n) in births):
                continue  # "survived by his wife, Margaret, 86": another person's age, named beside it
            if key not in births:
                near = words | set(led.sentence_words(m.sentence - 1) if m.sentence else ())
                named = [k for k in births if k is not None and set(k.split()) & near]
                here = [k for k in named if set(k.split()) & words]
                if key is not None and key in deaths and " " in key and not any(
                        k == key or k and " " not in k and k in key.split() for k in births):
                    continue  # "He died in 2009, aged 77": Derek Ellery, with his own death, not the one born
                if len(named) == 1 and (key is None or key not in doc.entities.persons or here):
                    key = named[0]  # "Erik, who was born in 1929, ... until his death in 2009, at 76"
                elif len(births) == 1 and people <= set(births) | {None} and (
                        key is None or key not in doc.entities.persons):
                    key = next(iter(births))  # the one person of the article
                elif len(births) == 1 and key is None and led.sentence_words(m.sentence)[:1] in (["he"], ["she"]):
                    key = next(iter(births))  # "She went on to study ..., at the age of 26": the one born
                else:
                    continue
            born, where = births[key]
            died = m.frame == "died" or bool(words & _DIED)
            if m.frame == "then":  # "first elected in June 1969, at the age of 30": the age in that year
                near = _year_near(years, m)
                end = int(near.value) if near is not None else None
                if end is None or end == born or died:
                    continue
                died = True  # counted to that year, as an age at death is
            else:
                end = (deaths.get(key) or died_in.get(m.sentence)) if died else None
            said = led.sentence_words(m.sentence)
            if end is None and died and when is not None and (words & _RECENT or "dies" in words or (
                    "has", "died") in set(zip(said, said[1:], strict=False))):
                end = when.year  # "died on Tuesday", "dies aged 95", "has died aged 94"
            if end is None and not died and m.frame == "was" and key in deaths and \
                    0 <= m.sentence - died_at.get(key, -9) <= 2 and "was" in words:
                died, end = True, deaths[key]  # "..., died Nov. 28, 2024, in Scranton. He was 82."
            if end is None and not died:  # "In 1951, aged 18, she won a scholarship": the age that year
                near = _year_near(years, m)
                if near is not None and near.value != born:
                    end = int(near.value)
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


def _year_near(years: dict, m):
    """The year of the age's sentence nearest it, within eight tokens ("in June 1969, at the age of 30")."""
    near = min(years.get(m.sentence, ()), key=lambda y: abs(y.first - m.first), default=None)
    return near if near is not None and abs(near.first - m.first) <= 8 else None
