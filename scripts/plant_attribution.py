"""Plant one dropped attribution per copy into clean news and write an answer key for score_articles.py.

usage: python scripts/plant_attribution.py [SRC ...] --out DIR [--seed N] [--kinds KIND,KIND,...] [--per-article N]

SRC are folders of clean articles (default: the three clean-news corpora beside this repository:
onestopenglish-adv, wikinews-2019, gum-wikinews); a folder's .txt files (or those of its text/ folder) are
read. The planter finds attributed statements with its own patterns (never copylint's attribution code, so
that it stays independent of the detector it measures), off the headline and the date line, and removes
the attribution the way a careless writer would, only where no other attribution cue is left in the
sentence (for a quotation: in its paragraph, outside the quotes, and in the paragraph before, which would
carry its speaker over):

    trailing   'Prices will rise, she said.' / '..., said Dr Lee.' / '..., officials said on Tuesday.'
    leading    'Police said (that) the ...' / 'Smith told reporters (that) ...'   -> 'The ...'
    according  '..., according to the report.' / 'According to police, the ...'
    quote      '"...," Smith said.' / '"...," said Smith, a nurse.' / 'Smith said: "..."'  -> the quotation alone
    hedge      'Protesters allegedly threatened the senator.' -> 'Protesters threatened the senator.' (an
               accusation put in the reporter's voice; 'reportedly' likewise)

Each plant is classed by the statement left (the kinds): quote (a direct quotation), figure (a number,
percentage or money), charge (an accusation or wrongdoing), prediction (a forecast: expected to,
likely, could, may, projected; an insider's account: is considering, was behind), other (plans and
timetables among them: 'is to connect', 'will be held on Friday'). For up to --per-article sites per kind
and article (seeded choice) it writes DIR/<stem>__<kind>__<n>.txt, keyed in DIR/key.yaml in the scorer's form
(kind, find = the planted sentence, unique to its line, accept = [attribution], fix = the original
sentence); DIR/sites.jsonl records the original and planted sentences, the removal and the kind. A table of
articles scanned, sites found and plants written per kind and per removal goes to stderr. Then:

    python ../shared/tools/score_articles.py COPYLINT DIR/key.yaml DIR
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from planting import NOT_ARTICLES, chosen_kinds, parser, write

KINDS = ("quote", "figure", "charge", "prediction", "other")
REMOVALS = ("trailing", "leading", "according", "quote", "hedge")

_ABBREV = frozenset("mr mrs ms dr st jr sr prof gen col lt sgt capt gov sen rep rev mt no vs etc inc ltd co corp "
                    "jan feb mar apr aug sep sept oct nov dec approx fig est ft a.m p.m u.s u.k".split())
# a sentence ends at . (or ?! not closing a quotation) before a capital, digit or opening quote
_STOP = re.compile(r"(?:\.+[\"”’')\]]*|[!?]+[’')\]]*)(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_DATE_LINE = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}")
_QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]")
_OPEN, _CLOSE = "\"“", "\"”"

# any cue that still attributes a sentence once the planted one is gone: every form of a reporting verb,
# and the nouns and adverbs that name a source
_VERBS = ("say tell state add explain note claim report announce confirm argue insist warn write ask reply "
          "comment suggest believe estimate reveal admit deny acknowledge describe quote cite express indicate "
          "voice maintain contend assert predict recall concede testify allege show observe stress emphasise "
          "emphasize urge vow pledge promise agree joke quip remark mention respond complain declare boast "
          "recount tweet post think").split()
_IRREGULAR = "says said saying tells told telling wrote written writes writing thought thinks".split()


def _forms(verb: str) -> list[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    ies = verb[:-1] + "ies" if verb.endswith("y") and verb[-2] not in "aeiou" else None
    ied = verb[:-1] + "ied" if ies else None
    out = [verb, verb + "s", verb + "es", stem + "ed", stem + "ing", ies, ied, verb + "ted", verb + "ting"]
    return [x for x in out if x]


_CUE = re.compile(
    r"\b(?:" + "|".join(sorted({f for v in _VERBS for f in _forms(v)} | set(_IRREGULAR), key=len, reverse=True))
    + r"|according|statement|spokes(?:man|woman|person)|interview|alleg(?:edly|ation|ations)|sources?|"
    r"reportedly|study|survey|figures|data|press release|email|blog|website|official(?:s|ly)?)\b", re.I)

# a speaker: no clause words (checked in _speaker)
_SPK = r"(?P<who>[A-Za-z][\w'’.-]*(?: [\w'’.-]+){0,6}?)"
_NOT_SPK = frozenset("which who whom whose that this and but or as when if because was were is are be been had has "
                     "have would will could can may might should not after before while where since although though "
                     "so than then there it's i you what how why all do did does said says told".split())
_VERB = (r"(?:also )?(?P<verb>said|says|added|explained|noted|stated|reported|announced|confirmed|wrote|claimed|"
         r"warned|insisted|argued|told (?:reporters|journalists|the press|the media|the (?:[A-Z][\w.’'-]*\s?){1,4}|"
         r"(?:[A-Z][\w.’'-]*\s?){1,4}|him|her|them|us|me))")
_QVERB = _VERB.replace("said|", "said|asked|replied|recalled|continued|")
_WHEN = (r"(?: (?:(?:on|in|at) (?:[\w'’-]+ ){0,3}?[\w'’-]+|(?:last|this|late|earlier|next) (?:week|month|year|night|"
         r"morning|afternoon|evening|weekend|spring|summer|autumn|fall|winter|\w+day)|yesterday|today|recently|"
         r"later|previously))?")
_NOT_ROLE = (r"(?:but|and|or|while|although|though|so|yet|as|because|whereas|since|adding|saying|citing|noting|"
             r"thanks|according|despite|in|on|at|after|before|due|with|without|if|when|even|not|which)\b")
_ROLE = rf"(?:, (?!{_NOT_ROLE})(?P<role>[^;:\"“”]{{2,90}}?))?"


def _after(verb: str) -> str:
    """A tag after the statement: 'X said (on Tuesday)' or 'said X(, a nurse)'."""
    who2 = r"(?P<who2>(?:(?:the|a|an|its|his|her|their) )?[A-Z][\w'’.-]*(?: [\w'’.-]+){0,6}?)"
    return rf"(?:{_SPK} {verb}{_WHEN}|(?P<verb2>said|says|added|explained|noted|wrote) {who2}{_ROLE})"



TRAILING = re.compile(rf"^(?P<body>[^\"“”]+?), {_after(_VERB)}\.$")
LEADING = re.compile(rf"^{_SPK} {_VERB}(?: (?:on \w+day|in a statement|last week|yesterday|today|this week))?"
                     r"(?P<that> that)? (?P<rest>[^\"“”]+)$")
ACC_END = re.compile(r"^(?P<body>.+?),? according to (?P<src>[^,;:\"“”]{2,80})\.$")
ACC_START = re.compile(r"^According to (?P<src>[^,;\"“”]{2,80}), (?P<rest>.+)$")
Q_TRAIL = re.compile(rf"^(?P<q>[{_OPEN}][^\"“”]+?)(?P<p>[,.?!])(?P<c>[{_CLOSE}]) "
                     + _after(_QVERB) + r"\.$")
Q_LEAD = re.compile(rf"^{_SPK} {_QVERB}{_WHEN}[:,]? (?P<q>[{_OPEN}][A-Z][^\"“”]+(?:[{_CLOSE}][.?!]?)?)$")

# a figure: a number in digits (once dates, ages, times, durations and names such as "COVID-19" are set aside), a large
# number in words, a share, money; a small number in words ("the two bell towers") only as a toll of people
_FIGURE = re.compile(r"\d|%|[$£€¥]|\b(?:twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|"
                     r"billion|trillion|dozen|dozens|half|per ?cent|percent)\b"
                     r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:were|was|have\s+been|had\s+been|are)\s+(?:killed|injured|wounded|dead|missing|hurt|"
                     r"hospitali[sz]ed|arrested|infected)\b", re.I)
_CHARGE = re.compile(r"\b(?:accus\w*|stole|stolen|steal\w*|fraud\w*|brib\w*|lied|lying|illegal\w*|corrupt\w*|"
                     r"abus\w*|violat\w*|guilty|crimes?|criminal\w*|murder\w*|assault\w*|harass\w*|embezzl\w*|"
                     r"launder\w*|cheat\w*|mislead\w*|misled|misconduct|wrongdoing|negligen\w*|rape\w*|smuggl\w*|"
                     r"traffick\w*|theft|charged|breach\w*|cover(?:ed)?[ -]up|unlawful\w*|extort\w*|racis\w*|"
                     r"discriminat\w*|scam\w*|forg(?:ed|ery)|tortur\w*|kidnap\w*|looted|sabotag\w*)\b", re.I)
# a forecast or an insider's account ("is expected to resign", "could come before Friday", "is weighing a bid",
# "was behind the decision"); a plan or a timetable ("is to connect", "will be held on Friday") is the reporter's
# account of what was decided, and counts as other
_PREDICTION = re.compile(r"\b(?:could|may|might|expected to|expects?|(?:un)?likely|probably|forecasts?|"
                         r"forecast to|predict(?:s|ed)?|projected|poised|tipped|set to|consider(?:s|ing)|"
                         r"weigh(?:s|ing)|mull(?:s|ing)|was behind|were behind|is behind|are behind)\b", re.I)


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# numbers that count nothing: dates, years, decades, clock times, ages, ordinals, ranges of days
_NOT_QUANTITY = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}"
    r"|\b(?:the\s+)?(?:1[5-9]|20)\d\d(?:s|['’]s)?\b|\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?"
    r"|\b[A-Za-z]+-\d+\b|\b(?:aged|age\s+of)\s+\d+|\b\d+(?:-|\s)years?(?:-|\s)old\b|,\s*\d{1,3},|\b\d+(?:st|nd|rd|th)\b"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?|years?|hours?)\s+"
    r"(?:ago|later|earlier|before|after)\b"
    # a duration is the reporter's account, not a count: "a 14-day quarantine", "45 days to wind down"
    r"|\b\d+(?:-|\s)(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b",
    re.I)


def _sentences(line: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph (not after an abbreviation or an initial)."""
    spans, s = [], 0
    for m in _STOP.finditer(line):
        word = re.search(r"([\w.]*)$", line[: m.start()]).group(1)
        if (word.lower().rstrip(".") in _ABBREV or re.fullmatch(r"(?:[A-Z]\.?)+", word) and len(word) < 4
                or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", word)):
            continue
        spans.append((s, m.end()))
        s = m.end()
    spans.append((s, len(line)))
    return [(a + len(line[a:b]) - len(line[a:b].lstrip()), b) for a, b in spans if line[a:b].strip()]


def _speaker(who: str | None) -> bool:
    """A plausible speaker: a pronoun or a short noun phrase with no clause words in it."""
    if who is None:
        return True
    words = who.lower().split()
    return 0 < len(words) <= 7 and not _NOT_SPK & set(words) and words[0] not in {"i", "you"}


def _role(role: str | None) -> bool:
    """A speaker's role after the tag ('said Smith, a nurse'): a noun phrase, not a clause ('says Ringelmann,
    Indiegogo is the only ...')."""
    return role is None or not _NOT_SPK & set(role.lower().split())


def _source(src: str) -> bool:
    """The source of 'according to': a short noun phrase ('and' allowed, no clause)."""
    words = src.lower().split()
    return len(words) <= 12 and not (_NOT_SPK - {"and"}) & set(words)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _outside_quotes(text: str) -> str:
    return _QUOTE.sub(" ", text)


def site_kind(site: Site, original: str) -> str:
    """The kind of a plant: an accusation when 'allegedly' was dropped, else the kind of the statement left."""
    return "charge" if site.removal == "hedge" and "allegedly" in original.lower() else kind_of(site.new)


def kind_of(text: str) -> str:
    """The kind of the statement left once its attribution is gone."""
    if any(len(q.split()) >= 3 for q in _QUOTE.findall(text)) or re.search(r"[\"“]\S+(?: \S+){3}", text):
        return "quote"
    bare = _outside_quotes(text)
    if _FIGURE.search(_NOT_QUANTITY.sub(" ", bare)):
        return "figure"
    if _CHARGE.search(bare):
        return "charge"
    if _PREDICTION.search(bare):
        return "prediction"
    return "other"


@dataclass
class Article:
    name: str
    lines: list[str]
    skip: set[int]  # the headline and the date line


@dataclass
class Site:
    """One attributed sentence [start, end) of a line and what it reads as with the attribution removed."""

    line: int
    start: int
    end: int
    removal: str
    new: str

    @property
    def key(self) -> tuple[int, int]:
        return self.line, self.start


@dataclass
class Plant:
    """A planted copy's record in sites.jsonl."""

    file: str
    kind: str
    removal: str
    original: str
    planted: str
    find: str


def load(folder: Path) -> list[Article]:
    texts = folder / "text" if (folder / "text").is_dir() else folder
    out = []
    for path in sorted(p for p in texts.glob("*.txt") if p.name not in NOT_ARTICLES):
        lines = path.read_text(encoding="utf-8-sig").split("\n")
        skip = {0} | {i for i, line in enumerate(lines[:4]) if _DATE_LINE.match(line)}
        out.append(Article(path.stem, lines, skip))
    return out


_NOT_FIRST = frozenset("to so yes no in on at of for with about goodbye nothing something this that it thank sorry "
                       "hello he she they we i".split())  # 'X said to ...', 'he said he ...': no claim left


HEDGE = re.compile(r"\b(?:allegedly|reportedly)\s+(?=[a-z])")


def _remove(sent: str) -> tuple[str, str] | None:
    """(removal, new sentence) for an attributed sentence, None where no pattern fits."""
    if (m := HEDGE.search(sent)) and len(HEDGE.findall(sent)) == 1 and not _QUOTE.search(sent):
        return "hedge", sent[: m.start()] + sent[m.end() :]
    if m := Q_TRAIL.match(sent):
        if _speaker(m["who"]) and _speaker(m["who2"]) and _role(m["role"]):
            return "quote", m["q"] + (m["p"] if m["p"] in "?!" else ".") + m["c"]
    if m := Q_LEAD.match(sent):
        if _speaker(m["who"]):
            return "quote", m["q"]
    if m := TRAILING.match(sent):
        if _speaker(m["who"]) and _speaker(m["who2"]) and _role(m["role"]) and len(m["body"].split()) >= 4:
            return "trailing", m["body"] + "."
    if (m := ACC_START.match(sent)) and _source(m["src"]):
        return "according", _cap(m["rest"])
    if (m := ACC_END.match(sent)) and _source(m["src"]):
        if len(m["body"].split()) >= 4:
            return "according", m["body"].rstrip(",") + "."
    if m := LEADING.match(sent):
        rest = m["rest"]
        first = rest.split()[0].lower().strip(",;:")
        if (_speaker(m["who"]) and len(rest.split()) >= 5 and rest.endswith((".", "?"))
                and first not in _NOT_FIRST
                and re.search(r"\b(?:was|were|is|are|had|has|have|would|will|could|can|did|does|may|might|"
                              r"should|must|\w+ed)\b", rest)
                and not re.search(r"\band \w+ed that\b|\band (?:he|she|they) ", rest)
                and (m["that"] or m["verb"] in ("said", "says"))):
            return "leading", _cap(rest)
    return None


def sites(art: Article) -> list[Site]:
    """Every attribution the planter can remove, where no other cue is left in reach."""
    out = []
    for i, line in enumerate(art.lines):
        if i in art.skip or len(line.split()) < 6 or not line.rstrip().endswith((".", "\"", "”", "?", "!")):
            continue
        for s, e in _sentences(line):
            sent = line[s:e].rstrip()
            e = s + len(sent)
            done = _remove(sent)
            if done is None:
                continue
            removal, new = done
            if _CUE.search(new) or re.search(r"\s[,.]|,,|\.\.(?!\.)|^\W*$", new):
                continue
            if not cue_in_reach(art.lines, i, s, e, new):
                out.append(Site(i, s, e, removal, new))
    return out


def cue_in_reach(lines: list[str], i: int, s: int, e: int, new: str) -> bool:
    """Would a cue still cover line i's sentence [s, e) once it reads new? For a quotation, one in its
    paragraph outside the quotes or carried from the paragraph before; for a statement, one in an earlier
    sentence of the paragraph or in the sentence just before."""
    line = lines[i]
    if kind_of(new) == "quote":
        return bool(_CUE.search(_outside_quotes(line[:s] + new + line[e:])) or _carried(lines, i))
    return bool(_CUE.search(_outside_quotes(line[:s] if s else _last_sentence(lines, i))))


def _carried(lines: list[str], i: int) -> bool:
    """Does the paragraph before line i name a speaker or hold a quotation? A quotation paragraph after it
    reads as the same speaker's (the news convention), so a tag dropped there leaves no error to see."""
    before = next((x for x in reversed(lines[:i]) if x.strip()), "")
    return bool(_CUE.search(_outside_quotes(before)) or any(c in before for c in _OPEN + _CLOSE))


def _last_sentence(lines: list[str], i: int) -> str:
    """The last sentence of the paragraph before line i ("" at the top)."""
    before = next((x for x in reversed(lines[:i]) if x.strip()), "")
    spans = _sentences(before)
    return before[spans[-1][0] : spans[-1][1]] if spans else ""


def _find(lines: list[str], i: int, new: str) -> str | None:
    """A substring of the planted sentence unique in the copy (the sentence, else the whole line)."""
    text = "\n".join(lines)
    for needle in (new.strip(), lines[i].strip()):
        if needle and "\n" not in needle and text.count(needle) == 1:
            return needle
    return None


def plant(art: Article, site: Site, name: str) -> tuple[list[str], dict, Plant] | None:
    lines = list(art.lines)
    old = lines[site.line]
    lines[site.line] = old[: site.start] + site.new + old[site.end :]
    find = _find(lines, site.line, site.new)
    if find is None:
        return None
    original = old[site.start : site.end]
    kind = site_kind(site, original)
    entry = {"kind": kind, "find": find, "accept": ["attribution"], "fix": original}
    return lines, entry, Plant(name, kind, site.removal, original, site.new, find)


def main(argv: list[str] | None = None) -> int:
    ap = parser(__doc__, KINDS)
    args = ap.parse_args(argv)
    kinds = chosen_kinds(ap, args, KINDS)
    args.out.mkdir(parents=True, exist_ok=True)
    key: dict[str, dict] = {}
    records: list[Plant] = []
    scanned = 0
    found: Counter[str] = Counter()  # by kind
    planted: Counter[str] = Counter()
    found_by: Counter[str] = Counter()  # by removal
    planted_by: Counter[str] = Counter()
    for folder in args.src:
        for art in load(folder):
            scanned += 1
            by_kind: dict[str, list[Site]] = {}
            for site in sites(art):
                kind = site_kind(site, art.lines[site.line][site.start : site.end])
                by_kind.setdefault(kind, []).append(site)
                found[kind] += 1
                found_by[site.removal] += 1
            for kind in kinds:
                pool = by_kind.get(kind, [])
                random.Random(f"{args.seed}:{art.name}:{kind}").shuffle(pool)
                n = 0
                for site in pool:
                    if n >= args.per_article:
                        break
                    name = f"{art.name}__{kind}__{n + 1}.txt"
                    done = plant(art, site, name)
                    if done is None:
                        continue
                    n += 1
                    lines, entry, record = done
                    (args.out / name).write_text("\n".join(lines), encoding="utf-8")
                    key[name] = {"plants": [entry], "neutral": []}
                    records.append(record)
                    planted[kind] += 1
                    planted_by[site.removal] += 1
    write(args.out, key, [asdict(r) for r in records])
    print(f"articles scanned: {scanned}", file=sys.stderr)
    for title, rows, f_n, p_n in (("kind", kinds, found, planted), ("removal", REMOVALS, found_by, planted_by)):
        print(f"{title:<12} {'sites':>6} {'plants':>6}", file=sys.stderr)
        for k in rows:
            print(f"{k:<12} {f_n[k]:>6} {p_n[k]:>6}", file=sys.stderr)
    print(f"{'total':<12} {sum(found.values()):>6} {len(records):>6}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
