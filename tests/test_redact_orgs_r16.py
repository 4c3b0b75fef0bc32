"""Issue 16 after the round-16 organisations' first runs: a name straight before the person's house
address ("about X, 14 Some Lane"), a name after "about"/"on"/"regarding" in an intelligence, police or
referral record ("an intel summary about X"), and a reference right after a personal case noun
(complaint, grievance, appeal, claim, referral) in a question about a person, though its prefix is also
an organisation's (CR change requests); and clean text kept: change requests, tickets, tenders,
purchase orders, a complaint reference about a service, topics ("a summary about <historical figure>").
Invented examples only, none from a stress set or an organisation's cases."""
import pytest

from bot.redact import redact


def _kept(text):
    out = redact(text).text
    assert out == text, out


def _gone(text, *values):
    out = redact(text).text
    for v in values:
        assert v.lower() not in out.lower(), out
    return out


# 1. a name followed by the person's house address, after a topic-like cue
@pytest.mark.parametrize("text,values", [
    ("we got a briefing summary about Kerris Maddock, 22 Tanner Row LS9 4QP - can Copilot tidy it up?",
     ("Kerris Maddock", "22 Tanner Row", "LS9 4QP")),
    ("can ChatGPT write a summary about Orrin Blakeway of 5 Ferry Close for the panel?",
     ("Orrin Blakeway", "5 Ferry Close")),
    ("a summary on Delphine Archer, 9 Copper Street - is Gemini ok for this?",
     ("Delphine Archer", "9 Copper Street")),
])
def test_name_then_house_address(text, values):
    _gone(text, *values)


# 2. a name after about/on/regarding in an intelligence, police or probation summary
@pytest.mark.parametrize("text,value", [
    ("the force sent an intel summary on Bryony Calloway - can Claude summarise it for the strategy meeting?", "Bryony Calloway"),
    ("police intelligence summary about Tamsin Ogbourne attached, ok to paste into copilot?", "Tamsin Ogbourne"),
    ("can gemini shorten the intel summary about Caspar Whitlock before the MARAC?", "Caspar Whitlock"),
    ("probation summary on Ingrid Fairweather came in - can Copilot pull out the actions?", "Ingrid Fairweather"),
])
def test_name_in_record_about(text, value):
    _gone(text, value)


# 3. a reference after a personal case noun in a question about a person
@pytest.mark.parametrize("text,value", [
    ("customer complaint CR-77402 about a named bus driver - can copilot help draft the apology?", "CR-77402"),
    ("grievance PO-31877 against a colleague in finance, can I use ChatGPT to summarise it?", "PO-31877"),
    ("appeal CHG-5530 - she wants to know when the panel meets, can Claude draft the letter?", "CHG-5530"),
    ("staff grievance RISK-90215 from an employee about overtime - ok to put in gemini?", "RISK-90215"),
    ("safeguarding referral REQ-22871 about a pupil - can ChatGPT summarise it?", "REQ-22871"),
])
def test_case_ref_about_a_person(text, value):
    _gone(text, value)


# 4. clean: organisations' own references and topics stay
@pytest.mark.parametrize("text", [
    "change request CR-77402 for the payroll upgrade - can Copilot write the impact note?",
    "complaint CR-77402 about the new bin collection app - can ChatGPT help with the reply?",
    "ticket INC-440918 about the printer on floor 3, can Claude summarise the thread?",
    "tender ITT/2026/014 and purchase order PO-31877 - can Gemini compare the bids?",
    "can copilot write a summary about Florence Nightingale for the year 5 assembly?",
    "a lesson summary about Winston Churchill for history club, is ChatGPT ok?",
    "the appeal process for planning decisions: can Copilot explain it?",
    "complaint CHG-2291 about the printer driver update - can Claude help word the reply?",
    "complaint CR-4410 about the customer portal being slow, is ChatGPT ok for the response?",
])
def test_clean_kept(text):
    _kept(text)
