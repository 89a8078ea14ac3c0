"""The reported-speech model (doc.speech): what each attribution reaches, and how a quotation's speaker is known."""

from __future__ import annotations

import pytest

from copylint.nlp import speech as sp
from copylint.nlp.attribution import speech_cue
from copylint.parsing import parse

HEAD = "Rents climb in Halifax\n\n"


def _reach(text: str, needle: str) -> str:
    doc = parse(HEAD + text, "t.txt")
    (st,) = [s for s in doc.speech.statements if needle in s.plain]
    return doc.speech.reach(st)


@pytest.mark.parametrize(("text", "needle", "reach"), [
    ("The council met.\n\nRents rose 25 per cent, the agency said.", "Rents rose", sp.OWN),
    ("The council met.\n\nThe agency said rents rose. It also found that wages fell.", "wages fell", sp.OWN),
    ("The council met.\n\nThe agency said rents rose. Wages had fallen 3 per cent.", "Wages", sp.CONTINUED),
    ("The council met.\n\nThe survey found most renters struggle. 91% pay more than half their income.", "91%",
     sp.CONTINUED),
    ("The council met.\n\nMayor Ann Lee says rents are too high. They are the highest in Canada.", "highest",
     sp.CONTINUED),
    ("The council met.\n\nRents rose 25 per cent. That is according to the agency.", "Rents rose", sp.POINTER),
    # across a paragraph break: the figures of a finding that gave none continue it; a new figure does not
    ("The council met.\n\nThe survey found most renters struggle.\n\n91% pay more than half their income.", "91%",
     sp.CONTINUED),
    ("The council met.\n\nVacancy was 1 per cent, according to the agency.\n\nRents had jumped 38 per cent.",
     "Rents had", ""),
    ("The council met.\n\nThe agency said rents rose.\n\nWages had fallen in the city.", "Wages had", ""),
    ("Rents rose 25 per cent in two years.\n\nThe figures come from the agency, its director said.", "Rents rose",
     sp.LEAD),
    ("The council met.\n\nWhere I used to work, staff kept 80% of tips.", "staff kept", sp.SELF),
    ("The council met.\n\nWhere I used to work, staff kept 80% of tips. The other 20% went into a pot.", "other 20%",
     sp.SELF),
    ("Most winners buy a car, according to a new analysis of their spending.\n\nThe hall was full.\n\n"
     "About 16% of winners bought a caravan.", "16%", sp.DOCUMENT),
    # a document named deep in the story is no document the story reports on
    ("The council met.\n\nThe hall was full.\n\nA survey found rents rose.\n\nThe room was cold.\n\n"
     "About 16% of renters moved.", "16%", ""),
    ("The council met.\n\nRents rose 25 per cent in two years.", "Rents rose", ""),
    # a speaker three sentences back does not reach; nor does a cue after, unless it points back
    ("The council met.\n\nThe agency said rents rose. The hall was full. Wages are up 3 per cent.", "Wages", ""),
    ("The council met.\n\nRents rose 25 per cent. The agency published the figures on Monday, it said.",
     "Rents rose", ""),
    # an agentless passive names no one
    ("The council met.\n\nRents are expected to rise 10 per cent.", "Rents are", ""),
])
def test_reach(text, needle, reach):
    assert _reach(text, needle) == reach


def _speakers(text: str) -> list[str]:
    doc = parse(HEAD + text, "t.txt")
    return [q.speaker for q in doc.speech.quotations if q.speech]


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We will not raise taxes this year,” Mayor Ann Lee said.", sp.PARAGRAPH_CUE),
    ("Lee told reporters she would not back down.\n\n“We will not raise taxes this year, no matter what.”",
     sp.CARRIED),
    ("Read the statement in full:\n\n“Today we have taken a step our state will remember.”", sp.LEAD_IN),
    ("“This vote is a betrayal of every family who trusted us.”\n- the senator, in a statement", sp.CREDIT),
    ("“We have heard the concerns of the farmers and we will act.” (Reuters)", sp.CREDIT),
    ("The council met.\n\n“We will not raise taxes this year, no matter what.\n\n“Not next year either,” Lee said.",
     sp.RUN_ON),
    ("The council met.\n\nDr. Ann Lee was blunt, “We will not raise taxes this year, no matter what.”", sp.PERSON),
    # a person in the sentence before is the tag a careless writer dropped
    ("The council met.\n\nDr. Ann Lee stood up. “We will not raise taxes this year, no matter what.”", ""),
    ("The council met.\n\nDr. Ann Lee issued a statement. “We will not raise taxes this year, no matter what.”",
     sp.PARAGRAPH_CUE),
    ("The council met.\n\n“We will not raise taxes this year, no matter what.”", ""),
])
def test_speaker(text, speaker):
    assert _speakers(text)[0] == speaker


def test_quotation_spans_include_their_marks():
    doc = parse(HEAD + "The council met.\n\n''We will rebuild the town hall before the winter comes.''", "t.txt")
    (q,) = doc.speech.quotations
    assert doc.text[q.outer[0] : q.outer[1]].startswith("''") and doc.text[q.outer[0] : q.outer[1]].endswith("''")
    assert doc.text[q.start : q.end].startswith("We will")


@pytest.mark.parametrize(("text", "quoted"), [
    ("He said: ‘We were treated like lobby fodder, and people have had enough.’ Then he left.",
     ["We were treated like lobby fodder, and people have had enough."]),
    ("The Joneses’ house didn’t sell in the ‘90s.", []),  # apostrophes
    ("“We call this ‘incepting’ a memory,” she said.", ["We call this ‘incepting’ a memory,"]),  # one within
    ("‘They called it “a land grab” at the meeting,’ he said.", ["They called it “a land grab” at the meeting,"]),
])
def test_single_curly_quotes(text, quoted):
    doc = parse(HEAD + text, "t.txt")
    assert [doc.text[a:b] for a, b in doc.quotes] == quoted


def test_cues_are_read_outside_quotes():
    doc = parse(HEAD + "The council met.\n\n“Rents have risen 25 per cent, the agency said,” Lee joked. Rents rose "
                "again.", "t.txt")
    assert "agency" not in doc.speech.outside_quotes(0, len(doc.text))


@pytest.mark.parametrize(("text", "cue"), [
    ("Rents rose 25 per cent, the agency said.", True),
    ("Lee denied the allegations on Monday.", True),
    ("Rathbun stated, the case was closed.", True),
    ("She was told that her mother had attacked the church.", True),
    ("Whitmore stated Montalvo left the church in September.", True),
    ("The World Health Organisation recommends that every country iodise salt.", True),
    ("The city reasoned the schools were businesses.", True),
    ("The paper has learned that the site is under attack.", True),
    ("But he maintained neither he nor the organisation was corrupt.", True),
    ("Graffiti on the walls proclaimed the revolution.", True),
    # refusing, giving away, an instruction, a modal: no one speaks
    ("They were twice denied visas by the embassy.", False),
    ("In the 62nd minute Kim conceded a penalty.", False),
    ("In 1995 she was told to disconnect from her mother.", False),
    ("The broadcasts will continue.", False),
    ("The camp maintained a majority in the council.", False),
    ("Its stated aim is to cut waiting lists.", False),
    ("Migrants were barred from claiming asylum in the UK.", False),
    ("The second rat responded correctly 70% of the time.", False),
    ("The backlog holds cases whose claim acceptance rate is above 95%.", False),
])
def test_speech_cue(text, cue):
    assert bool(speech_cue(text)) is cue
