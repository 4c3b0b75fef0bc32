"""Issue 16, session 7: idioms and eponyms, institutions named after people, birth cohorts, name
positions and fixed-format identifiers in new spellings. Invented examples, none from a stress set."""
import pytest

from bot.redact import redact

PERSONAL = [
    ("Please tidy the absence list: Pritchard (migraine), Onyango (back pain), Sandhu (covid)",
     ["Pritchard", "Onyango", "Sandhu"]),
    ("DC Mensah asked if ChatGPT can summarise the witness statement", ["Mensah"]),
    ("DS Kowalewska wants Copilot to draft the file", ["Kowalewska"]),
    ("contact: gazza_88 at hotmail dot co dot uk - can Claude reply", ["gazza_88 at hotmail dot co dot uk"]),
    ("email is jo.bloggs at gmail dot com, can copilot answer", ["jo.bloggs at gmail dot com"]),
    ("her address is priya [at] example [dot] org", ["priya [at] example [dot] org"]),
    ("Hospital number RX1 7654321 on the letter, ok for Copilot?", ["7654321"]),
    ("Hosp no RTH 1234567 - can Gemini summarise the notes?", ["1234567"]),
    ("incident number 23*0045678 from the police log - ok for ChatGPT?", ["0045678"]),
    ("police occurrence 24/1234567/23 ok for Gemini?", ["24/1234567/23"]),
    ("Tom Smith lab results are back, can Claude explain", ["Tom Smith"]),
    ("Re: Kayleigh Brennan - absconded from placement, can Claude write the note?", ["Kayleigh Brennan"]),
]

CLEAN = [
    "Can ChatGPT write a Mr Tickle themed story for reception?",
    "Can Copilot make a Dr Who style quiz for the staff party?",
    "Can Copilot make a Professor Grimsdale style quiz for the staff party?",
    "Can we do a Little Miss Sunshine display with Gemini?",
    "St Mungo's Hospital wants to pilot Copilot - which policy applies?",
    "Dr Jenner's House museum wants AI audio guides, is that allowed?",
    "The Alan Turing lab would like to use Gemini for code review",
    "Can the Marie Curie lab use ChatGPT for protocols?",
    "Is Ysgol Bryn Elian allowed to use Copilot?",
    "Can staff at Ysbyty Gwynedd use Copilot Chat?",
    "Does the policy cover Canolfan Hywel Dda?",
    "Is Sgoil Lionacleit covered by the council AI policy?",
    "Then you submit the form and Bob's your uncle, done?",
    "We can't have every Tom, Dick and Harry using plugins",
    "Sorry to be a doubting Thomas but is Claude approved?",
    "Are we just keeping up with the Joneses by buying Copilot?",
    "Is a peeping Tom camera analytics tool allowed?",
    "Pupils born between 1 September 2016 and 31 August 2017 are in Year 4 - can ChatGPT plan?",
    "Children born after 1 September 2020 start reception in 2025, can Claude write the letter?",
    "pupils born in 2015 sit the SATs - can Copilot make revision cards?",
    "Can I ask Copilot about DC Comics characters for the reading display?",
    "We use DI water in the lab, can Gemini write the risk assessment?",
    "Copilot (approved), Gemini (pilot), Claude (not approved) - is that the list?",
    "Can we look at bbc dot co dot uk with the AI browser?",
]


@pytest.mark.parametrize("text,secrets", PERSONAL)
def test_session7_personal(text, secrets):
    out = redact(text).text
    for s in secrets:
        assert s not in out, f"{s!r} survived: {out!r}"


@pytest.mark.parametrize("text", CLEAN)
def test_session7_clean(text):
    assert redact(text).text == text


def test_person_born_still_a_date_of_birth():
    assert "3 March 2016" not in redact("my son was born on 3 March 2016, can Claude write to the school").text
    assert "2011" not in redact("Sam, born in 2011, has ADHD").text


def test_possessive_record_after_institution_word_is_a_person():
    assert "Tom Smith" not in redact("Tom Smith's Hospital appointment was moved, can Copilot rewrite the letter").text


NAME_POSITIONS = [
    ("Re: Brooklyn Hartley - missing from home again, can Claude write it up?", ["Brooklyn Hartley"]),
    ("Re Gurpreet's fall: can Copilot write the incident form?", ["Gurpreet"]),
    ("Abrehet Kidane: age assessment tomorrow, can Otter transcribe?", ["Abrehet Kidane"]),
    ("Kavitha Rajendran, porter, fitness to practise referral - ok for Gemini?", ["Kavitha Rajendran"]),
    ("Marisol Quintero, year 9, self-harm disclosure - can Gemini draft the referral?", ["Marisol Quintero"]),
    ("Levy, Priya Shah and Tom Reed are under investigation", ["Priya Shah", "Tom Reed"]),
    ("Watchlist - Ruby; Amir Khan; Dev Patel have all missed school", ["Ruby", "Amir Khan"]),
    ("fwd text: 'hi its Mercy, my bank changed, new details' - is it a scam?", ["Mercy"]),
    ("Notes: Gaz (Gary Reid) sick note handed in late", ["Gaz", "Gary Reid"]),
    ("ruby o'neill-hart missed 3 appointments, can i use chatgpt to write to her", ["o'neill-hart"]),
]

CLEAN_POSITIONS = [
    "Re: Annual Leave - can Copilot draft the reminder?",
    "Microsoft Teams: missing messages after the update",
    "Re: Data Protection - sick note storage in SharePoint",
    "it's Monday, can Copilot plan the week?",
    "this is Copilot, is it approved?",
    "it's Ofsted, they are coming next week",
    "DS Smith packaging order - can Copilot draft the email?",
    "rose mcdonalds voucher scheme - can ChatGPT write the poster?",
    "will well-being apps help the team?",
]


@pytest.mark.parametrize("text,secrets", NAME_POSITIONS)
def test_session7_name_positions(text, secrets):
    out = redact(text).text
    for s in secrets:
        assert s not in out, f"{s!r} survived: {out!r}"


@pytest.mark.parametrize("text", CLEAN_POSITIONS)
def test_session7_clean_positions(text):
    assert redact(text).text == text
