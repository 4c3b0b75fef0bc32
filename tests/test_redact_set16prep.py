"""Issue 16 after set 15: email addresses whatever punctuation surrounds them; postcodes by structure
next to an address or personal context even when their area is a reference prefix or their inward
part reads as an ordinal; letters-digits-year references after a police log / crime word; lists of
people; codes and references with nothing personal next to them; people as topics of writing.
Invented examples only."""
import pytest

from bot.redact import redact


def _gone(text, value):
    out = redact(text).text
    assert value.lower() not in out.lower(), out
    return out


def _kept(text):
    out = redact(text).text
    assert out == text, out


# ---------------------------------------------------------------- email addresses
_ADDRESSES = ["kwame.o'neill-boateng+hr@northshire.gov.uk", "zoë.ng@example.org", "T.Okafor@NHS.NET", "ab_123@mail.co.uk"]
_WRAPS = [("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”"), ("`", "`"), ("«", "»"), ("(", ")"), ("[", "]"),
          ("{", "}"), ("<", ">"), ("<<", ">>"), ("", "."), ("", "..."), ("mailto:", ""), ("email=", ""),
          ("__", "__"), ("*", "*"), ("'", "',")]


@pytest.mark.parametrize("left,right", _WRAPS)
@pytest.mark.parametrize("address", _ADDRESSES)
def test_email_any_surrounding_punctuation(address, left, right):
    out = _gone(f"can I paste {left}{address}{right} into the AI tool?", address)
    assert "@" not in out, out


@pytest.mark.parametrize("text,value", [
    ("her email is femi.adeyemi @ gmail.com - ok for copilot?", "femi.adeyemi"),
    ("reply to dlamini.s @council.gov.uk please", "dlamini.s"),
])
def test_email_with_spaced_at(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "is @channel ok to use in Teams with an AI bot?",
    "we tag the team as @policy-leads in the summary",
])
def test_at_handles_kept(text):
    _kept(text)


# ---------------------------------------------------------------- postcodes
_POSTCODES = ["TR4 8QJ", "CR2 6XH", "PO3 5LN", "B33 8TH", "M14 7HE", "EC1A 1BB", "W1A 0AX", "DN55 1PT"]


@pytest.mark.parametrize("tpl", [
    "57 Penrose Road {} is the client's home - ok to paste?",
    "57 Penrose Road, Redruth, {} - tenant letter ok?",
    "she lives at {} - ok for copilot?",
    "the claimant's postcode is {}.",
])
@pytest.mark.parametrize("pc", _POSTCODES)
def test_postcode_any_form_by_address(pc, tpl):
    for form in {pc, pc.replace(" ", ""), pc.lower(), pc.replace(" ", "").lower()}:
        _gone(tpl.format(form), form)


@pytest.mark.parametrize("text", [
    "tender ref TR48QJ for the AI pilot - clauses?",          # a tender prefix, no address or person
    "change request CR26XH approved, can AI write it up?",
    "meet on the 33rd floor, b33 8th row of the plan",          # not a real postcode context
])
def test_reference_prefix_postcode_shapes_kept(text):
    _kept(text)


# ---------------------------------------------------------------- police references with a year
@pytest.mark.parametrize("text,value", [
    ("log DP-75799-2024 (Dyfed-Powys) about the trespass on the depot, ok to use AI", "DP-75799-2024"),
    ("police log GW/40312/2023 on the break-in at her flat - can copilot summarise?", "GW/40312/2023"),
    ("crime number NY-2024-118273 for the van theft, can I paste it?", "NY-2024-118273"),
    ("occurrence ref MP 50231/23 - ok to use in the AI notes?", "MP 50231/23"),
])
def test_police_log_year_refs(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "the audit log AL-2024-0012 lists the AI pilots - summarise?",
    "change log CHG-88121-2024 for Copilot roll-out, ok?",
    "error log ERR-40112-2025 from the chatbot - can AI explain it?",
])
def test_organisation_logs_kept(text):
    _kept(text)


# ---------------------------------------------------------------- references need something personal
@pytest.mark.parametrize("text", [
    "policy ref AIP-003 rev 5 - where's the latest copy?",
    "standard DOC-0042 version 3 covers chatbots",
    "which CPV code for AI consultancy, 72220000 or 79411000?",
    "CPV 48000000 for the software lot?",
    "Proc ref NHSE-DIG-0457 for ambient voice tech - clauses?",
    "tender ref LCC-ICT-0091 closes Friday, can AI help score it?",
    "ticket INC-448812 for the printer",
    "invoice 40012345 from the supplier",
    "framework ref RM6200 lot 4",
])
def test_codes_without_personal_context_kept(text):
    _kept(text)


@pytest.mark.parametrize("text,value", [
    ("tenant ref AB-123456 has rent arrears", "AB-123456"),
    ("she is on the housing register, ref HR-224411", "HR-224411"),
    ("Proc ref NHSE-DIG-0457 mentions Mrs Jones", "NHSE-DIG-0457"),
    ("ref XY-448812 - his DBS came back", "XY-448812"),
    ("ref 44120988 for her", "44120988"),
    ("number 44120988 for the claimant", "44120988"),
    ("it's CHC-2024-0031 on the system", "CHC-2024-0031"),
    ("the SAR-0042 request", "SAR-0042"),
    ("the DOLS-2291 file for the review", "DOLS-2291"),
    ("the farmer's SBI is 106 447 812", "106 447 812"),
    ("holding 23/418/0077 needs an inspection", "23/418/0077"),
])
def test_references_with_personal_context_redacted(text, value):
    _gone(text, value)


# ---------------------------------------------------------------- lists of people
@pytest.mark.parametrize("text,values", [
    ("Rania, Rhodri, Mairéad and Gethin are on the at-risk register, summary via copilot?", ["Rania", "Mairéad", "Gethin"]),
    ("Farzana MacLennan, Quang MacLennan and Dragoș Leung are on the at-risk register", ["Farzana", "Quang", "Dragoș Leung"]),
    ("Milena Vasilenko / Marisol Caimbeul / Rania Arancibia are on the at-risk register", ["Vasilenko", "Caimbeul", "Arancibia"]),
    ("• Abena / Kieran / Xiaowen - all on phased returns, AI to draft letters?", ["Abena", "Kieran", "Xiaowen"]),
    ("can I put the rota (Rhodri / Ikechukwu / Róisín) into Grammarly with their sickness days", ["Ikechukwu"]),
    ("shortlisted: Abena / Mehmet / Ikechukwu. can AI compare their applications", ["Ikechukwu"]),
    ("Kwame, Priya and Siobhan are off sick this week - can AI redo the rota?", ["Kwame", "Priya", "Siobhan"]),
    ("on the at-risk register: Nguyen Thi Lan; Bogdan Popescu; Wayra Mamani", ["Nguyen", "Popescu", "Mamani"]),
    ("1. Seo-yeon Kim-Adeyemi 2. Ioana Dumitru 3. Huaman Quispe - all excluded this term, letters via AI?", ["Kim-Adeyemi", "Dumitru", "Quispe"]),
    ("final warnings for Tadhg, Eluned & Catrìona - can Copilot draft?", ["Tadhg", "Eluned", "Catrìona"]),
])
def test_lists_of_people(text, values):
    out = redact(text).text
    for v in values:
        assert v not in out, out


@pytest.mark.parametrize("text", [
    "Red, Amber and Green ratings on the risk register - can AI summarise?",
    "Copilot, Gemini and Claude are on the approved list",
    "Leeds, Bradford and Wakefield councils are on the shortlist",
    "Word / Excel / PowerPoint training absence rates",
    "Python, Rust and Go: which is on the register of approved languages?",
    "Ofsted, Estyn and HMIE inspection frameworks - summarise",
    "Hughes, Baptiste and Kowalski are the three options on the rota template",
    "one of my tutees, [name] (matric [case reference]), told me about her panic attacks",
])
def test_lists_that_are_not_people_kept(text):
    _kept(text)


# ---------------------------------------------------------------- people as a topic
@pytest.mark.parametrize("text", [
    "can pupils use ChatGPT to research Mary Somerville?",
    "an exhibition on Mary Somerville for the library - can AI write captions?",
    "can pupils research Grace Hopper and Alan Turing for a project",
    "a podcast about Rosalind Franklin for science week",
    "year 9 are learning about Mary Seacole - quiz via Gemini?",
])
def test_people_as_a_topic_kept(text):
    _kept(text)


@pytest.mark.parametrize("text,value", [
    ("research Kwame Mensah for the housing panel - he is in arrears", "Kwame Mensah"),
    ("I need to research Mrs Okafor before the visit", "Okafor"),
])
def test_topic_word_with_a_personal_situation_redacted(text, value):
    _gone(text, value)


# ---------------------------------------------------------------- name slots
@pytest.mark.parametrize("text,value", [
    ("pls summarise: Milena Hwangbo (dob 25th Jan 1973) mob 0118 496 0497", "Milena Hwangbo"),
    ("pls summarise: Milena Smith (dob 25th Jan 1973)", "Milena"),
    ("xiaowen maclennan - nhs no 555 043 4768 - can copilot tidy", "xiaowen maclennan"),
    ("Tupac Quispe, d.o.b. 02/03/1981, tel 07700 900123 - notes ok?", "Quispe"),
    ("milena eze failed the dbs check - can ai draft the outcome", "milena eze"),
    ("Oana Ciobanu missed three shifts with sickness - letter via AI?", "Ciobanu"),
    ("safeguarding referral about Ji-hoon Chikwanha, allowed in Copilot?", "Chikwanha"),
    ("a referral for Seo-yeon Mbeki-Park re her exclusion - ok?", "Mbeki-Park"),
])
def test_name_slots(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "Liverpool John Moores placement students - can they use our AI tools",
    "Copilot Studio failed the security check - why?",
    "Power BI (mobile app) - allowed?",
    "Teams Premium was excluded from the licence",
    "ChatGPT Enterprise - email integration ok?",
    "Magic Notes failed the DPIA - why?",
    "Milton Keynes (address on the form) - ok?",
])
def test_name_slots_not_people_kept(text):
    _kept(text)
