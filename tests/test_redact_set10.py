"""Identifiers by structure (UPN check letter, ULN check digit, UTR after its context word), housing
application numbers, and the public, placeholder, place and condition names that are no person
(issue 16, session 4, after set 10). Invented examples only."""
import pytest

from bot.redact import redact


@pytest.mark.parametrize("text, value", [
    # a UPN anywhere, by its check letter: no context word needed
    ("N330401224017 moved schools in March, can AI draft the transfer letter?", "N330401224017"),
    ("pupil w208512519033 on the CTF file", "w208512519033"),
    ("Temporary number T88120231005D from the admissions team", "T88120231005D"),
    # UTR after its context word, 10 digits, grouped or not, optional K
    ("UTR 40217 55931 for the childminder's tax return, ok in ChatGPT?", "40217 55931"),
    ("her unique taxpayer reference is 6612093381, can AI fill the form?", "6612093381"),
    ("Self assessment UTR: 7781203344K for the carer", "7781203344"),
    # ULN after its context word, with a valid check digit
    ("Learner ULN 4017362914 is on the ILR return", "4017362914"),
    ("unique learner number 7702158343 for the apprentice", "7702158343"),
    # housing register systems, and a year-then-serial number that is not a year range
    ("Abritas application 2023/4418 for the single mum, AI summary ok?", "2023/4418"),
    ("Locata ref HR55120 bidding history, can Copilot tidy it?", "HR55120"),
    ("housing application no 2025/0917 for the couple in temporary accommodation", "2025/0917"),
])
def test_structured_identifiers_redacted(text, value):
    out = redact(text).text
    assert value.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    "A13 is the road number and B123456789012 is not a pupil number, ok?",  # wrong check letter
    "N330401224018 looks like a UPN but its check letter is wrong",
    "Is the 2024/25 housing application guidance fine to summarise with AI?",
    "Can AI compare the 2019-2020 and 2024/2025 budgets?",
    "UTR rates went up in 2024, can AI explain the change?",
])
def test_structure_lookalikes_kept(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text", [
    # public recognition: the name is the subject of public material
    "Can Copilot write a tweet congratulating Ellie Simmonds on her medal?",
    "Is Gemini ok for a press release congratulating Mo Farah on the knighthood?",
    "Can AI help with the blue plaque wording for Mary Seacole?",
    "Draft a plaque to Octavia Hill for the park entrance?",
    "ChatGPT for a short piece commemorating Noor Inayat Khan, is that allowed?",
    # conditions named after people
    "Can AI summarise NICE guidance on Alzheimer's for the dementia cafe?",
    "A poster about living with Crohns for the staff wellbeing board",
    "Copilot to draft an easy read guide to Huntington's and Tourette's",
    "Is Down's syndrome awareness week content ok to draft with ChatGPT?",
    # placeholder people
    "Our training database uses Joe Bloggs and Jane Doe, can Copilot read it?",
    "Is it fine to call the sample customer John Q. Public in the AI demo?",
    "The dummy case is for Joe Public, ok to upload?",
    # places that start with a name
    "Can AI draft the bus timetable notice for Port Talbot and Newton Stewart?",
    "Flood warning for Fort Augustus and Lochalsh, can Copilot help?",
    "Bishop Auckland and Milton Keynes libraries joint bid, AI ok?",
    # supplier listings
    "Can Copilot update our G-Cloud listing 583920174462018 description?",
    "DOS service id 7702913458812 - can AI rewrite the summary?",
])
def test_public_placeholder_place_condition_kept(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text, value", [
    # a title or a given name before a condition-named surname: a person
    ("Mr Parkinson's sick note came in today, can AI log it?", "Parkinson"),
    ("Tom Huntington's grievance notes, ok for Copilot?", "Huntington"),
    # a plaque or congratulation for someone in a personal situation stays personal
    ("A memorial plaque for Mrs Edna Cartwright who died last week at the home, can AI word it?", "Cartwright"),
    ("An email congratulating my colleague Priya Desai on her probation, ok for AI?", "Priya Desai"),
    ("Letter to Fred Hollis about his rent arrears", "Fred Hollis"),
    # a street named after a town in the gazetteer is still an address
    ("Route plan for 61 Port Talbot Road and 9 Lochaber Crescent, ok in Gemini?", "61 Port Talbot Road"),
    ("Route plan for 61 Port Talbot Road and 9 Lochaber Crescent, ok in Gemini?", "9 Lochaber Crescent"),
])
def test_personal_kept_redacted(text, value):
    out = redact(text).text
    assert value not in out, out
