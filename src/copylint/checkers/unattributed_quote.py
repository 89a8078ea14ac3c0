"""attribution.unattributed-quote: a direct quotation with no speaker."""

from __future__ import annotations

import re

from copylint.document import PARAGRAPH
from copylint.model import Category, Example, Finding, Meta, Severity


def _excerpt(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


_PARTIAL_WORDS = 6
# a quotation used as a name: a noun of naming right after it
_NAME_AFTER = re.compile(r"\s*(?:emblem|logo|slogan|sign|banner|campaign|motto|tagline|strapline|policy|rule|song|film|"
                         r"book|programme|program|scheme|initiative|headline|label|brand|hashtag)s?\b")
# a text or a name before a partial quotation: "The ad's slogan, “show someone they are loved”"
_NAMED_TEXT = re.compile(r"\b(?:slogan|strapline|tagline|motto|headline|title|caption|sign|banner|placard|chant|"
                         r"hashtag|lyrics?|song|poem|book|film|motion|resolution|called|titled|entitled|named|"
                         r"nicknamed|dubbed|known\s+as|so-called)\b[^.!?]*$", re.I)


class UnattributedQuote:
    meta = Meta(
        id="attribution.unattributed-quote",
        category=Category.ATTRIBUTION,
        severity=Severity.WARNING,
        summary="A direct quotation with no speaker.",
        description=(
            "Flags a quotation of five words or more, opening with a capital, when no speaker is named: no "
            "reporting verb ('said', 'told', 'wrote', 'asked', 'according to', 'she thinks', ...) in its "
            "paragraph or the paragraph before (the news convention), no colon lead-in (also ending the paragraph "
            "before: 'Read the statement in full:'), no credit after it ('asked one resident', '(Reuters)', a "
            "line '– the senator, in a statement'), and no person ('he', 'Dr. Lee', 'Strydom agreed') in its own "
            "sentence. A person named only in the sentence before ('Varma has decided to rebuild. “If you build "
            "a big house, it won’t sell.”') is the tag a careless writer dropped, and is flagged. Quoted terms, "
            "titles, scare quotes and partial quotes are left alone."
        ),
        bad=(
            Example("The council met on Monday.\n\n[[“We will not raise taxes this year, no matter what.”]]\n\n"
                    "The budget passed 7-2."),
            Example("Crews worked through the night. [[“It was the worst fire we have seen in years,”]] "
                    "and the damage is still being counted."),
            Example("Crews came from across the United States.\n\n[[“We have never seen a fire like this one in "
                    "our lives.”]]"),
            Example("The council met on Tuesday.\n\n[[''We will rebuild the town hall before the winter comes, no "
                    "matter what.'']]"),
            Example("Bill Haskins reviewed the accounts with the council.\n\n[[“We cannot afford to rebuild the hall "
                    "this year without a new tax.”]]"),
            Example("The tally was read out.\n\nAdvocates filed out after the tally was read. [[“Every one of those "
                    "senators knew exactly what they were voting against.”]]"),
            Example("The mailers were never sent.\n\n[[“Nobody on the finance committee ever saw a single mailer.”]] "
                    "The PAC's quarterly reports list no printing vendors."),
            # a colon lead-in that names no one
            Example("The hall was full.\n\nThe mood in the hallway was summed up in a single line: [[“It is a land "
                    "grab dressed up as a housing plan.”]]"),
            # an institution or a document lends its words to no quotation in the paragraph after
            Example("The Treasury says the tax will raise $58 billion a year.\n\n[[“They tax our bread, they tax our "
                    "phones, and now they tax the bus fare.”]]"),
            # a partial quotation is someone's words too
            Example("The governor flew to four fundraisers.\n\nThe trips were [[“exactly the kind of travel the "
                    "statute was written to stop.”]]"),
            Example("The region's royalties reached $1.2 billion last year, according to ministry data.\n\n[[“This is "
                    "not a fight about votes, it is a fight about who controls the money.”]]"),
            Example("The director could not be reached for comment.\n\n[[‘It is a road to nowhere, and we paid for "
                    "it twice.’]]"),
            Example("The team lost 40-3.\n\nThe post-match verdict was brutal: [[“That is not a team, that is fifteen "
                    "blokes who happen to share a bus.”]]"),
            # British house style: single marks
            Example("The council met on Tuesday.\n\n[[‘We were ignored from the first day to the last, and people "
                    "have had enough.’]]"),
            # the speaker before does not carry over a newcomer's words
            Example("“We will appeal,” the company's spokeswoman said.\n\nOutside the hall, Rita Moss, 71, held up a "
                    "photograph of the mill. [[“They knew those pipes were rotten when I still worked there.”]]"),
        ),
        good=(
            Example("“We will not raise taxes this year, no matter what,” Mayor Ann Lee said."),
            Example("Lee told reporters she would not back down.\n\n“We will not raise taxes this year, no "
                    "matter what. The people have spoken.”"),
            Example("Lee said: “We will not raise taxes this year.”\n\n“Not this year, and not next year "
                    "either.”\n\n“The people have spoken.”"),
            Example("The band's hit “Love Me Tender” was played twice."),
            Example("According to the report, “the risk of collapse was known for years.”"),
            Example("Lee: “We will not raise taxes this year, no matter what.”"),
            Example("Lee went on to say that “the town will rebuild the hall before the winter comes.”"),
            Example("The senator released a statement on Monday. Read it in full:\n\n“Today we have taken a step "
                    "that our state will remember for a generation.”"),
            Example("“This vote is a betrayal of every family who trusted this chamber.”\n- the senator, in a "
                    "statement"),
            Example("“We have heard the concerns of the farmers and we will act on them.” (Reuters)"),
            Example("“Will the town rebuild the hall before the winter comes?” asked one resident."),
            Example("‘We will not raise taxes this year, no matter what,’ the mayor said."),
            Example("The Foreign Ministry characterized the attack as “a serious violation of Iraqi sovereignty”."),
            Example("Part of the judge's statement reads “the average woman could be better suited to some combat "
                    "roles than the average man.”"),
            Example("The camps have been nicknamed “scum villages” in the press."),
            Example("The figures were released, according to the mayor, Ann Lee.\n\n“We will not raise taxes this "
                    "year, no matter what.”"),
            Example("“We expect a record,” said Paul Dergarabedian.\n\nMeanwhile, Dergarabedian is anticipating "
                    "a busy December. “It should make a billion dollars worldwide, at the very least.”"),
        ),
    )

    def check(self, doc, ctx):
        speech = doc.speech
        for q in speech.quotations:
            if q.speaker or doc.blocks[speech.paragraphs[q.paragraph].index].kind != PARAGRAPH:
                continue
            if _NAME_AFTER.match(doc.text, q.outer[1]):
                continue  # a name, not speech: "its simple “Apple with a bite missing” emblem"
            if not q.speech and (not _partial(doc.text[q.start : q.end]) or _NAMED_TEXT.search(
                    speech.outside_quotes(speech.paragraphs[q.paragraph].start, q.start)[-80:])):
                continue  # a partial quotation of someone, not a slogan, a title or a name
            yield Finding(
                *q.outer,
                f"Quotation '{_excerpt(doc.text[q.start : q.end])}' has no speaker in its paragraph or the one "
                "before: say who said it.",
            )


def _partial(quoted: str) -> bool:
    """A partial quotation that is someone's words, not a term or a title: six words or more, in lower case."""
    words = quoted.split()
    return len(words) >= _PARTIAL_WORDS and quoted.lstrip()[:1].islower() and sum(w[:1].isupper() for w in words) < 2
