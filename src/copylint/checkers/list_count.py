"""numbers.list-count: a stated count against the items listed after it ("faces four charges: theft and
fraud")."""

from __future__ import annotations

from copylint.model import Category, Example, Finding, Meta, Related, Severity
from copylint.nlp.counted import noun
from copylint.nlp.figures import Measure, restate
from copylint.nlp.ledger import Role
from copylint.nlp.lexicon import verb_tags
from copylint.nlp.sentences import ABBREVIATIONS
from copylint.nlp.tokens import NUMBER, WORD

# Pairs joined by "and" that are one item, not two.
COMPOUNDS = frozenset({
    "bosnia and herzegovina", "trinidad and tobago", "antigua and barbuda", "saint kitts and nevis",
    "st kitts and nevis", "sao tome and principe", "saint vincent and the grenadines", "turks and caicos",
    "breaking and entering", "research and development", "bed and breakfast", "fish and chips", "rock and roll",
    "law and order", "salt and pepper", "black and white", "procter and gamble", "johnson and johnson",
    "marks and spencer", "arts and crafts", "food and drink", "oil and gas", "health and safety",
    "drug and alcohol", "trial and error", "pros and cons", "ups and downs", "hide and seek",
    "assault and battery", "fraud and forgery", "aiding and abetting", "trade and industry",
    "science and technology", "defence and security", "fire and rescue", "search and rescue",
})
_PARTIAL = frozenset({"including", "includes", "include", "included", "such", "among", "like", "notably",
                      "especially", "mainly", "mostly", "chiefly", "particularly", "incl"})
_OPEN = frozenset({":", "—", "–", "("})
_END = frozenset({".", ";", "—", "–", ")", "!", "?"})
_OBJECT_STARTS = frozenset("the a an their his her its our my your this that these those them him it".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
# After a comma, words that take the sentence on past the end of a list.
_GOES_ON = frozenset("after where which who whom whose when as because while but with without since though "
                     "although so if unless including until before".split())
_SET_MODS = frozenset({"other", "new", "more", "additional", "further"})
_OTHERS = frozenset({"others", "etc", "more", "elsewhere", "so", "forth"})


def _semicolon_items(toks, start: int, end: int) -> list[tuple[int, int]] | None:
    """Items set off by semicolons, the last after "; and" ("A, who ...; B; C; and D."): the spans, or None
    when the run is not such a list."""
    stop = next((k for k in range(start, end) if toks[k].text in (".", "!", "?")), end)
    cuts = [k for k in range(start, stop) if toks[k].text == ";"]
    if len(cuts) < 2 or stop - cuts[-1] < 3 or toks[cuts[-1] + 1].lower not in ("and", "or"):
        return None
    out, a = [], start
    for c in [*cuts, stop]:
        b = a + 1 if toks[a].lower in ("and", "or") and a + 1 < c else a
        if c - b < 1 or c - b > 25:
            return None
        out.append((toks[b].start, toks[c - 1].end))
        a = c + 1
    return out


def _open_ended(toks, start: int, end: int) -> bool:
    """The list says it goes on: "... and others", "etc", "and so on", "and more" (not "do so on a budget")."""
    low = [toks[x].lower for x in range(start, end)]
    return any(w in ("others", "etc", "elsewhere") for w in low) or low[-1:] == ["more"] or any(
        low[k:k + 2] in (["so", "on"], ["so", "forth"]) and (k + 2 == len(low) or low[k + 2] in (".", ","))
        for k in range(len(low)))


def items(doc, first: int, last: int, longest: int = 10) -> list[tuple[int, int]] | None:
    """The items of a list in doc tokens first..last (exclusive): comma-separated, the last pair joined by
    "and" or "or" (one item when it is a known compound); None when the run does not read as a list of
    short noun phrases."""
    toks = doc.tokens
    segs: list[list[int]] = [[]]
    depth = 0
    for k in range(first, last):
        t = toks[k]
        if t.text in "()":  # a bracketed aside belongs to its item: "(above the minimum wage of €1,430)"
            depth = max(0, depth + (1 if t.text == "(" else -1))
        elif depth:
            continue
        elif t.text == ",":
            segs.append([])
        else:
            segs[-1].append(k)
    segs = [s for s in segs if s]
    if not segs:
        return None
    for i in range(len(segs) - 1, 0, -1):  # "Mark Brenneman of Fargo, N.D.": the state is the town's
        x = segs[i]
        if len(x) <= 4 and all(toks[k].text == "." or toks[k].text.isupper() and len(toks[k].text) <= 2
                               or toks[k].text in _REGIONS for k in x) and any(
                toks[k].lower in ("of", "in", "from") for k in segs[i - 1][-4:-1]):
            segs[i - 1:i + 1] = [segs[i - 1] + x]
    tail = segs[-1]
    if tail and toks[tail[0]].lower in ("and", "or"):
        tail = tail[1:]
        segs[-1] = tail
    form = _parallel(toks, segs)
    if form is not None:  # "four measures: allowing up to four units on every lot, eliminating ..., and
        # fast-tracking ...": each item a clause led by one verb form, however long
        joins = [i for i, k in enumerate(tail) if toks[k].lower == "and" and i + 1 < len(tail)
                 and _lead_form(toks, tail[i + 1:]) == form]
        if joins:
            segs[-1:] = [tail[:joins[0]], tail[joins[0] + 1:]]
        return [(toks[x[0]].start, toks[x[-1]].end) for x in segs]
    joins = [i for i, k in enumerate(tail) if toks[k].lower in ("and", "or", "&")]
    text = " ".join(toks[k].lower for k in tail)
    if joins and text not in COMPOUNDS and text.replace("saint", "st") not in COMPOUNDS:
        j = joins[0]
        segs[-1:] = [tail[:j], tail[j + 1:]]
    out = []
    for s in segs:
        if not s or len(s) > longest:
            return None  # a clause, not an item
        first = toks[s[0]]
        after = toks[s[1]].lower if len(s) > 1 else ""
        tags = verb_tags(first.lower) if first.kind == WORD and first.text[0].islower() else frozenset()
        if tags & {"VBD", "VBZ"} and noun(first.text, plural=True) is None and (
                "VBN" not in tags or after in _OBJECT_STARTS):
            return None  # "Yang, an entrepreneur, and Bennet ... suspended their campaigns": a clause, not a list
        unit = len(s) > 1 and toks[s[0]].end == toks[s[1]].start and toks[s[1]].kind == WORD  # "100m hurdles"
        if toks[s[0]].kind == NUMBER and not unit or toks[s[0]].lower in _NUMBER_WORDS:
            return None  # numbered parts ("six trucks and four vans") are parts-sum's
        out.append((toks[s[0]].start, toks[s[-1]].end))
    return out


# regions written after a town, abbreviated: "Fargo, N.D.", "Kingston, Ont."
_REGIONS = frozenset("Ont Que Man Sask Alta Minn Wis Mich Ill Ind Iowa Mo Kan Neb Okla Tex Ariz Colo Calif Ore Wash "
                     "Fla Ga Ala Miss Tenn Ky Va Md Del Pa Conn Mass Vt Me".split())


def _lead_form(toks, seg: list[int]) -> str | None:
    """The verb form an item opens with: "allowing" (VBG), "allow" (VB); past "It would" ("It would freeze")
    and a hyphenated first word ("fast-tracking")."""
    k = 0
    if len(seg) > 2 and toks[seg[0]].lower in ("it", "they", "he", "she", "we") and toks[seg[1]].lower in (
            "would", "will", "could", "should", "must", "can"):
        k = 2
    while k + 2 < len(seg) and toks[seg[k + 1]].text == "-" and toks[seg[k + 1]].start == toks[seg[k]].end:
        k += 2  # "fast-tracking"
    t = toks[seg[k]]
    if t.kind != WORD or not t.text[0].islower() and k == 0 and toks[seg[0]].lower not in ("it", "they"):
        return None
    tags = verb_tags(t.lower)
    if "VBG" in tags and t.lower.endswith("ing"):
        return "VBG"
    if "VB" in tags and (noun(t.text) is None or k == 2):  # (after "would", "freeze" is the verb)
        return "VB"
    return None


def _parallel(toks, segs: list[list[int]]) -> str | None:
    """The verb form every item of a list of three or more clauses opens with, if they share one."""
    if len(segs) < 3:
        return None
    forms = {_lead_form(toks, x) for x in segs}
    return forms.pop() if len(forms) == 1 and None not in forms else None


class ListCount:
    meta = Meta(
        id="numbers.list-count",
        category=Category.NUMBERS,
        severity=Severity.ERROR,
        summary="A stated count does not match the items listed with it.",
        description=(
            "After a count and its noun comes a list, opened by a colon, a dash or a bracket ('four charges: "
            "theft, fraud and forgery'; 'the three candidates — Smith, Jones, Brown and Wu —') or in "
            "apposition ('two sons, Tom and Harry'). Items are split at commas and at the last 'and' or 'or' "
            "('breaking and entering' stays one item). A list after 'including' or 'such as' is partial and "
            "flagged only when it holds more items than the count. A sentence that ends its paragraph with a "
            "colon after the count ('five features linked to amphibians:') is checked against the list items "
            "that follow, counting those at the list's own indent (nested items belong to one of them). Items "
            "set off by semicolons, the last after '; and', are counted at the semicolons. Items that are clauses "
            "count when each opens with one verb form ('allowing ..., eliminating ..., and fast-tracking ...')."
        ),
        bad=(
            Example("Organisers have announced [[five]] bands: the Harrow Lane Band, who played at the very first "
                    "festival; the singer Maddy Quennell's trio; the Breton group Ar Gwenn; and the Tulloch Four.",
                    fix="four"),
            Example("He set just [[four]] rules: eat only foods produced in France, eliminate contact with "
                    "foreign-made goods and do so on €1,800 a month (above the minimum wage of €1,430).",
                    fix="three"),
            Example("Trustees also approved boundary changes affecting [[five]] other schools: Lakeview, Mill Road, "
                    "Kingsway and Westdale.", fix="four"),
            Example("Hollis faces [[four]] charges: theft and fraud.", fix="two"),
            Example("Of the [[five]] registered candidates — Tessaro, Delorme, Nandakumar and Skerritt — only "
                    "Tessaro sits on council.", fix="four"),
            Example("It will close [[four]] distribution centres, in Wakefield, Swindon and Motherwell, this year.",
                    fix="three"),
            Example("The [[three]] candidates — Smith, Jones, Brown and Wu — met on Monday.", fix="four"),
            Example("She is survived by [[two]] sons, Tom, Dick and Harry.", fix="three"),
            Example("The [[nine]] signatories - Denmark, Estonia, Finland and Sweden - signed the accord.", fix="four"),
            Example("[[Three]] Democrats broke with their party: Sens. Ruth Calloway and Dennis Aldana.", fix="Two"),
            Example("The team identified [[five]] features linked to more amphibians:\n\n- plants covering a third "
                    "of the water;\n- gently sloping edges;\n- no fish; and\n- a hedge within 10 metres.",
                    fix="four"),
            Example("The plan includes [[four]] key measures: allowing up to four units on every residential lot, "
                    "eliminating minimum parking requirements near transit, and fast-tracking approvals for projects "
                    "where at least 20 per cent of units are affordable.", fix="three"),
            Example("The bill has [[four]] main provisions: It would freeze the assessed value of a senior's home at "
                    "its 2025 level, allow counties to opt out by a vote, and require the state to reimburse school "
                    "districts.", fix="three"),
            Example("He is survived by [[four]] children, Tom Brenneman of Mankato, Ellen Ruiz of St. Paul and Mark "
                    "Brenneman of Fargo, N.D.; nine grandchildren; and five great-grandchildren.", fix="three"),
            Example("She won [[four]] of the seven events: the 100m hurdles in 13.08 seconds, the high jump with a "
                    "clearance of 1.89 metres and the long jump.", fix="three"),
            Example("The agreement has [[five]] main provisions: an immediate halt to hostilities, the withdrawal of "
                    "fighters from three mining towns along the Ituri river, an exchange of prisoners, and unhindered "
                    "access for humanitarian agencies.", fix="four"),
        ),
        good=(
            Example("Organisers have announced four bands: the Harrow Lane Band, who played at the very first "
                    "festival; the singer Maddy Quennell's trio; the Breton group Ar Gwenn; and the Tulloch Four."),
            Example("Three candidates are running: Ann Smith (Labour, the incumbent), Tom Jones (Green) and Li Wu."),
            Example("He set just two rules: buy French and do so on a budget."),
            Example("Trustees also approved boundary changes affecting four other schools: Lakeview, Mill Road, "
                    "Kingsway and Westdale."),
            Example("Hollis faces three charges: breaking and entering, theft and fraud."),
            Example("It will close three distribution centres, in Wakefield, Swindon and Motherwell, this year."),
            Example("Of the 12 members, seven voted for the plan."),
            Example("Mourning notices for two of the 15 victims – Muhammad al-Sufi and Manal al-Tahan – were posted."),
            Example("The four candidates — Smith, Jones, Brown and Wu — met on Monday."),
            Example("He faces five charges, including theft and fraud."),
            Example("Three people were hurt, police said, and two were taken to hospital."),
            Example("The two countries, France and Germany, signed the accord."),
            Example("Police said three people, a man and two women, were hurt."),
            Example("The four signatories - Denmark, Estonia, Finland and Sweden - signed the accord."),
            Example("Two Democrats broke with their party: Sens. Ruth Calloway and Dennis Aldana."),
            Example("The team identified four features linked to more amphibians:\n\n- plants covering a third "
                    "of the water;\n- gently sloping edges, of two kinds:\n  - shallow shelves\n  - beaches\n"
                    "- no fish; and\n- a hedge within 10 metres."),
            Example("The report makes seven recommendations, including:\n\n- more bus routes;\n- later opening."),
            Example("It sorts 13 indicators under two headings:\n\n- health;\n- wealth.\n\nThe list runs on."),
            Example("The plan includes three key measures: allowing up to four units on every residential lot, "
                    "eliminating minimum parking requirements near transit, and fast-tracking approvals for projects "
                    "where at least 20 per cent of units are affordable."),
            Example("He is survived by three children, Tom Brenneman of Mankato, Ellen Ruiz of St. Paul and Mark "
                    "Brenneman of Fargo, N.D.; nine grandchildren; and five great-grandchildren."),
            Example("Diners said they would rather eat a burger at Five Guys, Smashburger or Fuddruckers."),
            Example("She won three of the seven events: the 100m hurdles in 13.08 seconds, the high jump with a "
                    "clearance of 1.89 metres and the long jump."),
        ),
    )

    def check(self, doc, ctx):
        toks = doc.tokens
        for m in doc.ledger.of(Measure.COUNT):
            other = m.role == Role.PART and m.pool is None and {x.lower() for x in m.mods} & _SET_MODS
            some = m.role == Role.PART and (m.pool is not None or m.last < len(toks) and toks[m.last].lower == "of")
            # ("She won four of the seven events: ...")
            if m.quoted or m.named or m.noun_end is None or not 2 <= m.value <= 30 or m.value != int(m.value) \
                    or m.role not in (Role.PLAIN, Role.TOTAL, Role.POOL) and not other and not some or not m.exact:
                continue  # ("five other schools: Lakeview, ..." lists its five)
            s = doc.sentences[m.sentence]
            if m.words and m.text[0].isupper() and m.first > s.first:
                continue  # "a burger at Five Guys, Smashburger or Fuddruckers": a name
            k = next((i for i in range(m.last, s.last) if toks[i].start >= m.noun_end), s.last)
            if k >= s.last or m.role == Role.POOL and (toks[k].text not in ("—", "–", ":") or m.first - s.first > 3):
                continue  # "Of the five registered candidates — Tessaro, Delorme ... —" (not "two of the 15 — A and B")
            bullets = self._bullets(doc, m, k)
            if bullets is not None:
                found, partial = bullets
                if len(found) != m.value and not (partial and len(found) < m.value):
                    yield self._finding(doc, m, found)
                continue
            if toks[k].text not in _OPEN and toks[k].text != ",":
                # "six names for ununtrium:", "four presidents have been impeached:": a short phrase, then the list
                x = next((i for i in range(k, min(s.last, k + 7)) if toks[i].text in (":", "—", "–")), None)
                if x is not None and not any(toks[i].text in ",;" or toks[i].kind == NUMBER or toks[i].lower in
                                             _NUMBER_WORDS for i in range(k, x)):
                    k = x  # (not "13 indicators under four headings:", whose list is the headings')
            opener = toks[k].text
            if some and opener != ":":
                continue
            if opener == "-" and k + 1 < s.last and toks[k].start > toks[k - 1].end and toks[k + 1].start > toks[k].end:
                opener = "–"  # a spaced hyphen as a dash: "The nine signatories - Denmark, Estonia ... - said"
            partial = False
            if opener in _OPEN:
                start = k + 1
            elif opener == "," and k + 1 < s.last and toks[k + 1].kind == WORD and (
                    toks[k + 1].text[0].isupper() or toks[k + 1].lower in _PARTIAL):
                start = k + 1  # apposition: "two sons, Tom and Harry"; "five charges, including theft"
            elif opener == "," and k + 2 < s.last and toks[k + 1].lower in ("in", "at") and \
                    toks[k + 2].text[:1].isupper():
                start = k + 2  # "four distribution centres, in Wakefield, Swindon and Motherwell,"
            else:
                continue
            while start < s.last and toks[start].lower in _PARTIAL | {"as", "them", "namely", "the", "a", "an"}:
                partial = partial or toks[start].lower in _PARTIAL
                start += 1
            semi = _semicolon_items(toks, start, s.last) if opener == ":" else None
            if semi is not None:  # "five headline acts: the Harrow Lane Band, who ...; Maddy Quennell; ... and X"
                if len(semi) != m.value and not (partial and len(semi) < m.value):
                    yield self._finding(doc, m, semi)
                continue
            end = start
            close = {")"} if opener == "(" else _END if opener != "," else _END | {","}
            while end < s.last and not (_ends(toks, end, close, opener) and (opener != "," or
                                                                              _closes(toks, end, start))):
                if toks[end].text == "," and end + 1 < s.last and toks[end + 1].lower in _GOES_ON:
                    break  # "japonium, rikenium and nishinarium, after the Nishina Center"
                end += 1
            if opener == "," and not all(toks[x].text[0].isupper() or toks[x].lower in ("and", "or") or
                                         toks[x].text == "," or toks[x].text == "." and len(toks[x - 1].text) <= 2
                                         or toks[x].lower in ("of", "in") and x + 1 < end
                                         and toks[x + 1].text[0].isupper() for x in range(start, end)) and not partial:
                continue  # an apposition of names only: "two sons, Tom and Harry" ("Tom Brenneman of Mankato")
            found = items(doc, start, end, longest=16 if opener == ":" else 10)  # (after a colon, longer items)
            if not found or len(found) < 2 or _open_ended(toks, start, end):
                continue
            if not any(toks[x].lower in ("and", "or", "&") for x in range(start, end)):
                partial = True  # "seven gifts (chocolate, tea sets, manicures)": examples, not the whole list
            n = len(found)
            if n == m.value or partial and n < m.value:
                continue
            yield self._finding(doc, m, found)

    @staticmethod
    def _finding(doc, m, found) -> Finding:
        n = len(found)
        return Finding(m.start, m.end, f"'{doc.text[m.start:m.noun_end]}' but {n} are listed: check the count or "
                       "the list.", (restate(n, m.text, m.words),),
                       related=(Related(found[0][0], found[-1][1], f"{n} listed"),))

    @staticmethod
    def _bullets(doc, m, k: int):
        """ "The team identified five features linked to amphibians:" and a list of items after it: the
        items at the list's own indent (nested ones are parts of an item), with whether the list is partial
        ("including:"); None when the count's sentence does not end its paragraph with a colon."""
        toks = doc.tokens
        s = doc.sentences[m.sentence]
        block = doc.blocks[s.block]
        colon = s.last - 1
        if toks[colon].text != ":" or toks[colon].end < block.end and doc.text[toks[colon].end:block.end].strip() \
                or block.kind not in ("paragraph", "item") or k > colon:
            return None
        between = toks[k:colon]
        if any(t.text in ",;" or t.kind == NUMBER or t.lower in _NUMBER_WORDS for t in between):
            return None  # "13 indicators under four headings:": the list is the headings'
        run = []
        for b in doc.blocks[block.index + 1:]:
            if b.kind != "item":
                break
            run.append(b)
        if len(run) < 2:
            return None
        def indent(b):
            return b.start - doc.text.rfind("\n", 0, b.start) - 1
        top = min(indent(b) for b in run)
        found = [(b.start, b.end) for b in run if indent(b) == top]
        last = doc.text[found[-1][0]:found[-1][1]].lower().rstrip(" .;")
        partial = any(t.lower in _PARTIAL for t in between) or last in _OTHERS or last.endswith(("etc", "others"))
        return found, partial


def _ends(toks, k: int, close, opener: str) -> bool:
    """Token k closes the list: a closing mark (not the period of "Sens."), or the spaced hyphen that pairs
    with an opening one."""
    t = toks[k]
    if t.text in close:
        return not (t.text == "." and toks[k - 1].lower in ABBREVIATIONS)
    return opener == "–" and t.text == "-" and t.start > toks[k - 1].end


def _closes(toks, end: int, start: int) -> bool:
    """In an apposition, a comma ends the list only when what follows is no further name."""
    nxt = toks[end + 1] if end + 1 < len(toks) else None
    return nxt is None or not (nxt.kind == WORD and (nxt.text[0].isupper() or nxt.lower in ("and", "or")))
