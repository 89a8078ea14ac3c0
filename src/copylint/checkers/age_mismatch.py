"""numbers.age-mismatch: one person's age given two values ("Derek Hollis, 52," ... "The 51-year-old")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Severity
from copylint.nlp.numbers import AGE, COUNT, ledger
from copylint.nlp.tokens import NUMBER, WORD

_NOT_NAMES = frozenset(
    "in on at by for from to of the a an and but or as after before since during with this that it he she "
    "they we i you there here then now when while if so also yet still monday tuesday wednesday thursday "
    "friday saturday sunday january february march april may june july august september october november "
    "december police officials court".split())
_AFTER_APPOSITIVE = frozenset({",", ".", ";", ")", "and", "–", "—"})


def _name_before(toks, k: int) -> tuple[str, str] | None:
    """(full name, surname) of the capitalised run ending at token k, or None."""
    run = []
    while k >= 0 and toks[k].kind == WORD and toks[k].text[0].isupper():
        run.append(toks[k].text)
        k -= 1
    if not run:
        return None
    run.reverse()
    run[-1] = run[-1].removesuffix("’s").removesuffix("'s")
    if run[-1].lower() in _NOT_NAMES or (len(run) == 1 and k < 0 and run[0].lower() in _NOT_NAMES):
        return None
    while run and run[0].lower() in _NOT_NAMES:
        run.pop(0)
    if not run:
        return None
    return " ".join(run), run[-1]


def _name_after(toks, k: int) -> tuple[str, str] | None:
    run = []
    while k < len(toks) and toks[k].kind == WORD and toks[k].text[0].isupper():
        run.append(toks[k].text)
        k += 1
    if not run or run[-1].lower() in _NOT_NAMES:
        return None
    return " ".join(run), run[-1]


def ages(doc):
    """(quantity, (full name, surname) or None, definite) for every stated age outside quotations."""
    out = []
    for q in ledger(doc):
        if q.quoted or not (q.kind == AGE or q.kind == COUNT and q.noun is None and not q.words):
            continue
        s = doc.sentences[q.sentence]
        toks = doc.sentence_tokens(s)
        i = next((k for k, t in enumerate(toks) if t.start == q.start), None)
        if i is None:
            continue
        j = next((k for k, t in enumerate(toks) if t.end == q.end), i)
        prev = toks[i - 1].lower if i else ""
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if q.kind == COUNT:
            # "Derek Hollis, 52," : an appositive age
            if (prev == "," and i >= 2 and toks[i].kind == NUMBER and toks[i].text.isdigit()
                    and 1 <= q.value <= 110 and (nxt is None or nxt.lower in _AFTER_APPOSITIVE)):
                out.append((q, _name_before(toks, i - 2), False))
            continue
        if prev == "aged" and i >= 2 and toks[i - 2].text == ",":
            out.append((q, _name_before(toks, i - 3), False))
        elif prev in ("a", "an") and i >= 2 and toks[i - 2].text == ",":
            out.append((q, _name_before(toks, i - 3), False))
        elif nxt is not None and nxt.kind == WORD and nxt.text[0].isupper() and _name_after(toks, j + 1):
            out.append((q, _name_after(toks, j + 1), False))
        elif prev == "the" and (nxt is None or nxt.kind != WORD or nxt.text[0].islower()):
            out.append((q, None, True))
        else:
            out.append((q, None, False))
    return out


class AgeMismatch:
    meta = Meta(
        id="numbers.age-mismatch",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="A person's age is given two different values.",
        description=(
            "Reads ages given as 'Name, 52,', 'Name, aged 52', '52-year-old Name' and 'the 52-year-old'. "
            "Flags a named person given two ages, and 'the N-year-old' when N is no age stated in the "
            "article and the person last given an age is one to three years off."
        ),
        bad=(
            Example("Derek Hollis, 52, showed no remorse, the judge said.\n\n"
                    "The [[51-year-old]] will be eligible for parole in 2027.", fix="52-year-old"),
            Example("Marie Tremblay, 34, was driving home.\n\nTremblay, [[35]], was treated in hospital.",
                    fix="34"),
        ),
        good=(
            Example("Marie Tremblay, 34, and her husband, Marc, 36, were driving home.\n\n"
                    "The 36-year-old was treated in hospital."),
            Example("Derek Hollis, 52, was sentenced Friday.\n\nA 51-year-old co-accused will be tried in May."),
            Example("Hollis, 52, pleaded guilty.\n\nThe scheme ran for 51 months, the court heard."),
            Example("Jane Doe, 41, and John Doe, 43, run the farm.\n\nThe 43-year-old said prices were low."),
            Example("In Calgary, 43 investors lost money.\n\nThe 44-year-old founder fled."),
            Example("Jones, 45, and his brother, 43, were not hurt.\n\nThe 43-year-old said the roof blew off."),
        ),
    )

    def check(self, doc, ctx):
        found = ages(doc)
        values = {q.value for q, _, definite in found if not definite}
        named: dict[str, list] = {}  # surname -> [(quantity, full name)]
        last = None
        for q, name, definite in found:
            if name is not None:
                full, surname = name
                for p, pfull in named.get(surname, []):
                    same = pfull == full or " " not in pfull or " " not in full
                    fulls = {f for _, f in named[surname] if " " in f} | ({full} if " " in full else set())
                    if same and len(fulls) <= 1 and p.value != q.value:
                        yield self._finding(doc, q, p, f"{surname} is given as {_age(p)} in line "
                                                       f"{doc.lines.position(p.start)[0]}")
                        break
                named.setdefault(surname, []).append((q, full))
                last = (q, surname)
            elif definite and last is not None:
                p, surname = self._main(doc, named, last)
                if q.value not in values and q.value != p.value and abs(q.value - p.value) <= 3:
                    yield self._finding(doc, q, p, f"{surname} was {_age(p)} in line {doc.lines.position(p.start)[0]}")

    @staticmethod
    def _main(doc, named, last):
        """The person 'the N-year-old' most likely means: the most-named one given an age, else the last."""
        best, best_n = last, doc.text.count(last[1])
        for surname, entries in named.items():
            n = doc.text.count(surname)
            if n > best_n:
                best, best_n = (entries[-1][0], surname), n
        return best

    def _finding(self, doc, q, p, why):
        fix = q.text.replace(str(int(q.value)), str(int(p.value)), 1)
        return Finding(q.start, q.end, f"Age '{q.text}' here, but {why}: check the age.", (fix,),
                       related=((p.start, p.end),))


def _age(q) -> str:
    return str(int(q.value))
