"""Set 27's first run (eval/redaction/stress-27-first-run.txt) leaked seven fixed-format identifiers
(five vehicle registrations), three names, and altered two clean questions. Each class is fixed in its
detector or a vocabulary; these tests use other invented values than set 27's."""
from __future__ import annotations

import pytest

from bot.redact import redact


@pytest.mark.parametrize("question, value", [
    # current-format marks with a space after the first two letters, anywhere (a valid age identifier)
    ("Neighbours reported KT 21 HWN parked across the drive - can AI draft the reply?", "KT 21 HWN"),
    ("Fleet log: reg no. LD 59 RXF - can ChatGPT total the mileage?", "LD 59 RXF"),
    ("Safeguarding: BX 72 PGU was seen outside the school, ok for Copilot?", "BX 72 PGU"),
    # a lower-case current-format mark with a vehicle word anywhere in the question
    ("speed camera still: wr67bnd - the driver wants it, can AI write back?", "wr67bnd"),
    # prefix and suffix marks with a vehicle / parking / badge word anywhere in the question
    ("Blue badge seen in P482 KTV at the retail park, can Gemini draft the warning?", "P482 KTV"),
    ("HLW 214N (vintage van) owner appealing the PCN - can AI summarise?", "HLW 214N"),
    ("Parking appeal from the keeper of M33 RDY - ok to paste into ChatGPT?", "M33 RDY"),
])
def test_vehicle_registration_is_redacted(question, value):
    assert value not in redact(question).text


@pytest.mark.parametrize("question", [
    # dates, product codes and dated shapes with no vehicle word stay
    "The board meets on 14 May - can ChatGPT draft the agenda?",
    "Can Copilot compare product code XK18 ABC with the catalogue entry?",
    "Is model ref TR19 KLM in the supplier's catalogue, can AI check?",
    "Can ChatGPT write a car park policy for the new depot?",
    "Can AI summarise the bus lane camera policy consultation?",
    # a dated shape with no vehicle word anywhere stays
    "Can Gemini explain form P452 ABC for the pension scheme?",
])
def test_vehicle_lookalike_stays(question):
    assert redact(question).text == question


@pytest.mark.parametrize("question, value", [
    # a service's prefix written apart from the number right after a case word
    ("Children's services case CSC 0417725 - can Copilot draft the chronology?", "0417725"),
    ("Housing case HOU 2288104: can AI summarise the tenancy history?", "2288104"),
    # a police system's id label between "log ref" and the log number
    ("the police log ref NicheID 20250311-1187 came with the referral, can AI summarise?", "20250311-1187"),
])
def test_case_reference_with_prefix_is_redacted(question, value):
    assert value not in redact(question).text


@pytest.mark.parametrize("question", [
    "Does our policy ref ISO 27001 cover ChatGPT use?",
    "Can Copilot summarise case law on the Equality Act 2010?",
])
def test_case_prefix_lookalike_stays(question):
    assert redact(question).text == question


@pytest.mark.parametrize("question", [
    # a shape-only reference in a tender / procurement question is the organisation's
    "Can ChatGPT summarise the tender pack for KP448120 before the bidders' briefing?",
    "Invitation to tender RW903311: can Copilot draft the clarification responses?",
    # a thing or event "born in" a year is no person
    "The fun run was born in 2009 in a local park - can AI write the anniversary post?",
    "Our league was born in 1998, can Gemini draft the history page?",
])
def test_org_business_stays(question):
    assert redact(question).text == question


@pytest.mark.parametrize("question, value", [
    # still a person's: a shape-only reference with a person beside it, a person born in a year
    ("Can Copilot summarise the complaint file KP448120 about her care?", "KP448120"),
    ("The baby was born in 2023 and the health visitor needs a summary - can AI help?", "2023"),
])
def test_personal_still_redacted(question, value):
    assert value not in redact(question).text


@pytest.mark.parametrize("question, value", [
    # names now in the vocabularies (Southern African and Welsh names common in UK communities)
    ("Forwarding this Teams msg to Copilot: 'Sibusiso Khumalo is off today – GP appointment'. Allowed?", "Sibusiso Khumalo"),
    ("Can AI draft a welfare email about Eluned from finance who's had a bereavement?", "Eluned"),
    # a hyphenated listed given name before a qualified role in brackets
    ("Seo-yeon Park (MSc student) reported bullying - can ChatGPT draft the reply?", "Seo-yeon Park"),
])
def test_name_is_redacted(question, value):
    assert value not in redact(question).text


@pytest.mark.parametrize("question", [
    # a Welsh job title before a qualified role in brackets is no name
    "can a Swyddog Cyfathrebu (comms officer) use AI to translate?",
    "Victoria Park (city council) is closed for the event - can AI draft the notice?",
])
def test_name_lookalike_stays(question):
    assert redact(question).text == question


def test_role_word_before_name_stays():
    out = redact("Pupil Reece Ndlovu, UPN L330210420045, born 23/10/2014 - can Copilot write the letter?").text
    assert out.startswith("Pupil [name]")
