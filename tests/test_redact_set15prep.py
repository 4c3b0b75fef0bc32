"""Driving licence numbers typed in 5+6+3+2 groups; "<number> of <date>" crime references after a
crime / reference word; names after "FOI / request / email / letter from"; lower-case lists of
initial-dot-surname; Scottish flat numbers ("9/2"); lower-case names after a role word; names before
"passport" / "right to work"; Gaelic / Welsh room names; the organisation's own 10-digit references
that fail the NHS check (issue 16, after set 14). Invented examples only."""
import pytest

from bot.redact import redact


def _gone(text, value):
    out = redact(text).text
    assert value.lower() not in out.lower(), out
    return out


def _kept(text):
    out = redact(text).text
    assert out == text, out


# ---------------------------------------------------------------- fixed formats
@pytest.mark.parametrize("text,value", [
    ("licence number PARKE 861204 TR9 KX on the form, can AI check it?", "PARKE 861204 TR9 KX"),
    ("driver's licence WONG9 452117 LM9 QZ - ok to paste into Copilot?", "WONG9 452117 LM9 QZ"),
    ("the licence HUSSA 707193 A99 BC was scanned by the car park team", "HUSSA 707193 A99 BC"),
])
def test_dvla_in_groups(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    # month 13 and 63 are not months; a version string is not a licence
    "build TOOLS 713204 AB9 CD of the AI pilot is live",
    "part code ALPHA 213204 XY1 ZZ for the kiosk",
])
def test_dvla_groups_invalid_kept(text):
    _kept(text)


@pytest.mark.parametrize("text,value", [
    ("crime reference 311 of 14/02/25 - can AI draft a letter to the victim?", "311 of 14/02/25"),
    ("BTP ref 1188 of 2/11/2024 about the assault on the platform", "1188 of 2/11/2024"),
    ("crime number 57 of 9th June 2024, can copilot summarise it", "57 of 9th June 2024"),
])
def test_dated_crime_refs(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "see page 3 of 12/04 in the minutes about AI",
    "item 4 of 05/06 agenda: AI policy refresh",
])
def test_dated_refs_without_crime_word_kept(text):
    _kept(text)


# ---------------------------------------------------------------- the organisation's own 10-digit refs
@pytest.mark.parametrize("text", [
    "ref 612 330 4418 is the IT request for the chatbot licence, who signs it off?",
    "change no 5523019987 moves the M365 tenant to the new region - any AI policy impact?",
    "incident 441 023 8877 was the Copilot outage last week; can we share the post-mortem?",
    "the service request 901 224 7718 for the email client upgrade, is AI allowed to triage it?",
])
def test_org_ten_digit_kept(text):
    _kept(text)


@pytest.mark.parametrize("text,value", [
    # a person word in the question: the id may be someone's
    ("ref 612 330 4418 is the change for her payroll record, can AI check it?", "612 330 4418"),
    # a valid NHS number is personal whatever the record word
    ("incident 943 476 5919 for the patient, can AI summarise it?", "943 476 5919"),
    # the service-desk word is in another sentence
    ("ref 612 330 4418. Raised via the IT request form, is it ok for AI?", "612 330 4418"),
])
def test_ten_digit_personal_still_gone(text, value):
    _gone(text, value)


# ---------------------------------------------------------------- Gaelic / Welsh room and place names
@pytest.mark.parametrize("text", [
    "Teams call at 10 in the Seòmar Beag - can Copilot take notes?",
    "the board meets in Ystafell Fawr on Tuesday, will the AI recap run?",
    "book the Talla Mòr for the Copilot training day",
    "is the Seomra Nua wired for the AI captioning kit?",
])
def test_celtic_rooms_kept(text):
    _kept(text)


@pytest.mark.parametrize("text,value", [
    # a given name first: a person, though the second word is an ordinary Gaelic word
    ("Màiri Mhòr has been off sick for weeks, can AI draft her return-to-work letter?", "Màiri Mhòr"),
    ("Seòrsa Ó Briain missed his hearing, can AI draft a letter to him?", "Ó Briain"),
])
def test_celtic_names_still_gone(text, value):
    _gone(text, value)


# ---------------------------------------------------------------- names after "<thing> from"
@pytest.mark.parametrize("text,value", [
    ("FOI from Tendai Mukasa-Reid, can Copilot draft the response?", "Tendai Mukasa-Reid"),
    ("request from Agnieszka Wolańska about the bins - ok for AI?", "Agnieszka Wolańska"),
    ("enquiry from Kofi Asante-Darko, can the bot answer it", "Kofi Asante-Darko"),
])
def test_name_after_from_cue(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "FOI from Transport Scotland about AI spend - can we reuse last year's answer?",
    "a request from Companies House for our AI register",
    "enquiry from Highland Council about our Copilot policy",
])
def test_org_after_from_cue_kept(text):
    _kept(text)


# ---------------------------------------------------------------- a role and a lower-case full name
@pytest.mark.parametrize("text,value", [
    ("student temitope balogun missed her exam, can AI draft the email?", "temitope balogun"),
    ("tenant ruslan abdulov says his boiler is broken, ok to use copilot?", "ruslan abdulov"),
    ("pupil oisin mcgurk was excluded, can AI write to his parents?", "oisin mcgurk"),
])
def test_role_lower_pair(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "student loan letters: can AI draft them for the finance team?",
    "student union reps want his view on the AI policy",
])
def test_role_lower_english_kept(text):
    _kept(text)


# ---------------------------------------------------------------- lower-case lists of initial and surname
@pytest.mark.parametrize("text,values", [
    ("overdue council tax: k. adebayo, m. kowalczyk, s. o'hare - can AI send reminders?",
     ["k. adebayo", "m. kowalczyk", "s. o'hare"]),
    ("r. nwosu and t. haddad both have rent arrears, ok for copilot?", ["r. nwosu", "t. haddad"]),
])
def test_initial_lists(text, values):
    for v in values:
        _gone(text, v)


@pytest.mark.parametrize("text", [
    "options a. yes, b. no, c. maybe for the AI staff survey",
    "use e.g. and i.e. correctly in the AI guidance",
])
def test_lettered_options_kept(text):
    _kept(text)


# ---------------------------------------------------------------- Scottish tenement flat numbers
@pytest.mark.parametrize("text,value", [
    ("tenant at 14/5 Dalry Road says the damp is worse, can AI draft a reply?", "14/5 Dalry Road"),
    ("her term address is 3/1 Gibson Street Glasgow, ok for Copilot?", "3/1 Gibson Street"),
])
def test_tenement_flat(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "3/4 of the staff use AI tools already",
    "on 12/3 High Street closes for the AI roadshow",
])
def test_fraction_or_date_before_street_kept(text):
    _kept(text)


# ---------------------------------------------------------------- a holder's name before passport / right to work
@pytest.mark.parametrize("text,value", [
    ("right to work: Sipho Ndlovu passport [passport number], can Copilot log it?", "Sipho Ndlovu"),
    ("Ana Tavares right to work check - can AI do it?", "Ana Tavares"),
    ("Tomasz Wróbel passport scan, can Copilot read it?", "Tomasz Wróbel"),
])
def test_document_holder(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "Home Office passport guidance - can AI summarise it?",
    "HM Passport Office delays and AI chatbots",
    "the Microsoft Teams visa workflow for new starters",
])
def test_document_org_kept(text):
    _kept(text)


@pytest.mark.parametrize("text,values", [
    ("arrears list: K. Adebayo, M. Kowalczyk, S. McAteer - letters by AI?", ["Adebayo", "Kowalczyk", "McAteer"]),
])
def test_capitalised_initial_lists(text, values):
    for v in values:
        _gone(text, v)


@pytest.mark.parametrize("text", [
    "options A. Yes, B. No, C. Maybe for the AI staff survey",
    "compare S. Africa and N. Ireland rules on AI in schools",
])
def test_capitalised_lettered_options_kept(text):
    _kept(text)


@pytest.mark.parametrize("text,value", [
    ("tenant at 3F2, 17 Warrender Park Road reports mould - AI ok?", "3F2, 17 Warrender Park Road"),
    ("she lives at 0/2 61 Dumbarton Road, can AI write to her?", "0/2 61 Dumbarton Road"),
])
def test_scottish_flat_positions(text, value):
    _gone(text, value)


def test_date_before_house_number_not_flat():
    out = redact("on 12/3 14 High Street shops close early").text
    assert out.startswith("on 12/3 "), out
