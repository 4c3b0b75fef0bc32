"""Dates of birth in other languages and in words, numbers read out, identifiers whose context
word follows them, an organisation's transaction numbers, invented personas, set texts, artists
and station crews (issue 16, after set 11). Invented examples only."""
import pytest

from bot.redact import redact


def _gone(text, value):
    out = redact(text).text
    assert value.lower() not in out.lower(), out
    return out


@pytest.mark.parametrize("text, value", [
    # Welsh, Irish, Gaelic, Polish, French, Spanish, German month names and birth words
    ("Dyddiad geni: 7 Tachwedd 1993 - can Copilot translate the tenancy form?", "7 Tachwedd 1993"),
    ("ganwyd 22ain Ebrill 2004 yn Abertawe, ok to paste?", "Ebrill 2004"),
    ("the form says DOB 14eg Gorffennaf 1969 and is in Welsh", "14eg Gorffennaf 1969"),
    ("born 2 Meitheamh 1977 according to the Irish form", "2 Meitheamh 1977"),
    ("data urodzenia 9 października 1988 - can the AI translate it?", "9 października 1988"),
    ("né le 30 avril 1972 on the French birth certificate", "30 avril 1972"),
    ("fecha de nacimiento 5 de mayo de 1990, ok for DeepL?", "5 de mayo de 1990"),
    ("Geburtsdatum 17. Juni 1984 on the German passport copy", "17. Juni 1984"),
    # dates in words and glued
    ("she was born on the twenty-second of August 1999, ok for the AI form?", "twenty-second of August 1999"),
    ("DOB September the fourth 1962, can AI check the pension form?", "September the fourth 1962"),
    ("D.O.B 11AUG1958 on the old card", "11AUG1958"),
])
def test_dates_of_birth_other_forms(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "The Welsh staff meeting is on dydd Mawrth 14 October, can AI translate the agenda?",
    "Our Cardiff conference is 3 Mai 2025 - can Copilot draft the Welsh invite?",
    "the second of May 2019 was the go-live date for the new system",
    "Everyone appointed before 01/04/2013 keeps the old pension terms - can AI explain?",
    "Staff recruited after 06/04/2011 are on the new scale, can ChatGPT summarise?",
])
def test_dates_that_are_not_birth_dates_kept(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text, value", [
    # read out in words or digit by digit
    ("she gave her NHS number as four zero one, two two three, seven six five four", "four zero one, two two three, seven six five four"),
    ("mob is oh seven nine double one four five six seven eight nine, AI transcript ok?", "oh seven nine double one four five six seven eight nine"),
    ("the caller read 7 7 0 1 2 3 4 5 6 as his client number", "7 7 0 1 2 3 4 5 6"),
    # an NHS number with slashes, a share code in groups, a bracketed at
    ("NHS no 401 / 223 / 7654 on the discharge letter", "401 / 223 / 7654"),
    ("right to work share code HT7 2KP 9WZ for the new starter, ok in the HR bot?", "2KP 9WZ"),
    ("forward to m.nowicka [at] onet.pl - can DeepL do the Polish?", "m.nowicka [at] onet.pl"),
    # the context word after the identifier
    ("PQ7710-34 is her Liquidlogic ID - can AI see the chronology?", "PQ7710-34"),
    ("661208543 is his passport number, can Copilot fill the visa form?", "661208543"),
    ("EK42T9911 (crime reference) - can AI draft the victim letter?", "EK42T9911"),
    # digit groups of one account or case number
    ("sort code 30-91-17 account 5521 0937 for the direct payment", "5521 0937"),
])
def test_identifiers_in_other_forms(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "count one two three four five six seven, then breathe - can AI make a calm-down card?",
    "Invoice 7301954428 from the cloud supplier - can finance use Copilot to code it?",
    "Order number 5512093871 from the stationery firm hasn't arrived, can AI chase it?",
    "Our order 66120938 with the laptop reseller - can Copilot write the chaser?",
    "Receipt no. 4401288 for the first aid course, can I scan it into Copilot?",
    "Incident 4410293381 in ServiceNow: the chatbot lost its answers",
    "Room 12 is the old passport office, can AI design the signage?",
    "ISO 27001 is the reference standard for our ISMS - can AI summarise it?",
])
def test_organisation_numbers_kept(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text", [
    # invented people, declared so
    "Persona 'Mr Okoro, 71, recently bereaved' is made up for our design sprint - can AI expand it?",
    "Can AI write a fake case study about 'Leah, a young carer'? Leah is not a real person",
    "The example resident Wyn Pritchard is fictional - can we use him in the Copilot demo?",
    "A fictional service user called Della Marsh appears in the slides, ok to use Gemini?",
    "We invented a tenant, Colin Fry, for the housing scenario - can ChatGPT write his story?",
    "Is the 'Mrs Everywoman' persona fine for prompting the AI about service design?",
    # set texts, characters, authors and artists
    "Using Silas Marner as a set text - can pupils use Gemini for revision notes?",
    "Can pupils ask ChatGPT about Atticus Finch's courage for their essays?",
    "Year 10 are studying Sheila Birling - can Copilot make a quiz for her class?",
    "can firefly make poster art in the style of grayson perry for her exhibition",
    "Art club wants AI images inspired by Frida Kahlo for his display - allowed?",
    # a station's crew, idioms and cited theorists
    "can we use canva to make a pic of one of the Holt Moor crew holding his long service award?",
    "The supplier sent us a Dear John letter ending the pilot - can AI draft a reply?",
    "for Pete's sake, is Otter allowed in team meetings or not?",
    "Does Sir Robert Peel's seventh principle rule out AI facial recognition?",
])
def test_invented_and_public_people_kept(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text, value", [
    # a real person with the same shapes is still redacted
    ("Create a persona for Mrs Kaur who has dementia based on her care notes", "Kaur"),
    ("my client Jane Eyre (34) has a tenancy issue, can AI help?", "Jane Eyre"),
    ("Mrs Silas Marner has rent arrears, can AI draft the letter?", "Marner"),
    ("the Holt Moor crew - Dean Platt has been off sick, can AI do the return to work form?", "Dean Platt"),
    ("Persona based on a real client, Mrs Adeyemi, 80 - can AI expand it?", "Adeyemi"),
])
def test_real_people_with_those_shapes_redacted(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "Has anyone used AI to write the Santa letters for the nursery kids?",
    "the reception children are nervous about the fire drill, can AI write a social story?",
    "Can I get Gemini to write a Tudor play with Henry VIII and Catherine Parr for her class?",
    "Elizabeth I and Mary Queen of Scots - can AI make a timeline for my Year 8 class?",
    "Can AI explain the Peter Principle to my manager?",
    "Is the Hawthorne Effect why his team's scores went up after the pilot?",
    "My daughter loves Emma Raducanu - can AI write her a birthday story about tennis?",
])
def test_settings_monarchs_theories_and_public_figures_kept(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text, value", [
    ("the rahimi family have rent arrears, can AI draft the letter?", "rahimi"),
    ("Henry Dobson II is my client and has dementia", "Dobson"),
    ("my neighbour Harry Kane has rent arrears and ASB warnings", "Harry Kane"),
])
def test_real_people_near_those_shapes_redacted(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "Our switchboard number 0300 555 0199 is on the website - can the chatbot give it out?",
    "The advice line is 0808 555 0123 - can Copilot put it on the leaflet?",
    "Job reference 31-0927 for the data lead role - can AI screen the CVs?",
    "Planning application 25/00917/HOU - can AI summarise the objections?",
    "Budget line 7702-1190-00 for the AI licences, can Copilot reconcile it?",
    "Cabinet meeting on 21/06/2010 minutes - can AI summarise them?",
    "The strategy was approved on 9 October 2011 - can AI list what changed since?",
    "Module 4 of the training features Mrs Tully, a fictional landlady - ok to use ChatGPT?",
])
def test_organisation_lines_references_event_dates_kept(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text, value", [
    ("her direct line is 0300 555 0199, can AI add it to the letter?", "0300 555 0199"),
    ("Bryn Hale, 04/07/1961, has a new tenancy - can AI write the welcome letter?", "04/07/1961"),
])
def test_personal_numbers_and_dates_still_redacted(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "Our new AI chatbot is called Maisie - is that name ok for the council tax service?",
    "Can we name our Copilot agent Bertie after the old town crier?",
    "The class hamster named Percy stars in the AI story, ok for Year 1?",
    "Alfred the Great timeline - can AI make one for her class?",
    "Can pupils ask ChatGPT about the Brontë sisters for his homework?",
])
def test_named_things_and_epithets_kept(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text, value", [
    ("The team called Nia Probert about her arrears - can AI write up the call?", "Nia Probert"),
    ("The dog named Rex bit a child at Owen Tait's house, can AI draft the letter?", "Owen Tait"),
])
def test_people_near_named_things_redacted(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text, value", [
    ("NI: TN 401 772 B on the starter form, ok for Copilot?", "TN 401 772 B"),
    ("his national insurance number is J K 4 0 1 7 7 2 B, read out on the call", "J K 4 0 1 7 7 2 B"),
    ("the MRZ line P<GBRPROBERT<<NIA<<<<<<<<<<<<< from the passport scan", "PROBERT<<NIA"),
])
def test_ni_layouts_and_passport_mrz(text, value):
    _gone(text, value)


def test_letter_by_letter_without_ni_word_kept():
    text = "Grades A B 1 2 3 4 5 6 C are on the mark scheme - can AI explain them?"
    assert redact(text).text == text


@pytest.mark.parametrize("text, value", [
    ("her email is wyn dot pritchard at outlook dot com, can AI reply?", "wyn dot pritchard"),
    ("email: mary-kate.o'dowd@example.org is on the referral", "o'dowd@example.org"),
])
def test_email_forms(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "Patient Zero in the flu exercise - can AI write the scenario?",
    "Sample prompt: 'Write to Mr Doyle about his missed bin collection' - ok to share in training?",
    "Scenario: Tasha, 29, sofa-surfing with her toddler (fictional). Can Copilot build the training case?",
    "Hypothetical: Mr Ekwueme, 77, lives alone with COPD - how would the AI triage him?",
])
def test_examples_and_declared_scenarios_kept(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text, value", [
    ("For example Rhys Mabey has rent arrears, can AI write to him?", "Rhys Mabey"),
    ("My client Ffion Rees, 44, has arrears. A separate question (made up): can AI do budgets?", "Ffion Rees"),
])
def test_for_example_and_other_sentences_still_redacted(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text, value", [
    ("DOB: 1979.08.21 on the scanned form, can AI read it?", "1979.08.21"),
    ("born 2011/02/14 according to the school record", "2011/02/14"),
])
def test_year_first_dates_after_birth_word(text, value):
    _gone(text, value)


def test_year_first_dotted_release_kept():
    text = "release 2012.03.15 of the case system - can AI summarise the notes?"
    assert redact(text).text == text


@pytest.mark.parametrize("text, kept", [
    ("my tutee (matric 2207314) asked for an extension", "2207314"),
    ("her matriculation number is 3104772", "3104772"),
    ("enrolment no. S1234567 for the new apprentice", "S1234567"),
])
def test_student_matriculation_and_enrolment_numbers_are_redacted(text, kept):
    assert kept not in redact(text).text
