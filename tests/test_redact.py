"""Tests for bot.redact: personal data never survives, ordinary policy questions do."""
from __future__ import annotations

import io
import logging
from datetime import date

import pytest

import bot.redact as redact_mod
from bot.redact import (
    CASE_REFERENCE,
    DATE_OF_BIRTH,
    EMAIL,
    NAME,
    NHS_NUMBER,
    NI_NUMBER,
    PHONE,
    POSTCODE,
    Finding,
    RedactingFilter,
    Redaction,
    implied_data_kinds,
    redact,
)

TODAY = date(2026, 11, 27)


@pytest.fixture(autouse=True)
def _pin_today(monkeypatch):
    """Dates are judged against "today": pin it so the tests never age."""
    monkeypatch.setattr(redact_mod, "_today", lambda: TODAY)


def assert_redacted(text, secrets, placeholders, protect=()):
    r = redact(text, protect)
    for s in secrets:
        assert s not in r.text, f"{s!r} survived: {r.text!r}"
    for p in placeholders:
        assert p in r.text, f"{p!r} missing: {r.text!r}"
    return r


# ----------------------------------------------------------------- Northvale cases
NORTHVALE_PII = [
    (
        "n006",
        "can i paste this into chatgpt so it writes a nice letter to the family? NHS no 943 476 5919, "
        "DOB 14/03/1948, lives at HX3 8QT, CHC review outcome still pending",
        ["943 476 5919", "14/03/1948", "HX3 8QT"],
        ["[NHS number]", "[date of birth]", "[postcode]"],
    ),
    (
        "n014",
        "need to email payroll about an overpayment for one of my staff. can copilot chat draft it if i "
        "put in her NI number QQ 12 34 56 C and home number 0113 496 0734?",
        ["QQ 12 34 56 C", "0113 496 0734"],
        ["[NI number]", "[phone]"],
    ),
    (
        "n022",
        "got an FOI from jo.bloggs1972@example.com (07700 900461) asking what we spent on agency staff "
        "last year. can copilot in outlook draft the reply? I've got a licence and did the training",
        ["jo.bloggs1972@example.com", "07700 900461"],
        ["[email]", "([phone])"],
    ),
    (
        "n030",
        "on the clearnote pilot - CHC review tomorrow for a gentleman DOB 02/07/1939 at a care home in "
        "HG2 9LB, his son wants to sit in. can i still use clearnote?",
        ["02/07/1939", "HG2 9LB"],
        ["[date of birth]", "[postcode]"],
    ),
    (
        "n038",
        "I accidently pasted a referral into gemini yesterday and it had the patient's NHS number "
        "485 777 3457 and their mobile 07700 900982 in it. what do I do now??",
        ["485 777 3457", "07700 900982"],
        ["[NHS number]", "[phone]"],
    ),
]

# The bundled Kestrel Vale set (eval/council-questions.jsonl): made-up KV postcodes included.
COUNCIL_PII = [
    (
        "k006",
        "got an FOI from dan.hollis84@example.com (07700 900317) asking how much we spent on agency "
        "social workers last year. can copilot in outlook draft the reply?",
        ["dan.hollis84@example.com", "07700 900317"],
        ["[email]", "[phone]"],
    ),
    (
        "k007",
        "carers assessment tomorrow for a lady DOB 03/11/1951 in KV4 7QT, she's fine to make her own "
        "decisions and her daughter will be there too. can i use wrenly?",
        ["03/11/1951", "KV4 7QT"],
        ["[date of birth]", "[postcode]"],
    ),
    (
        "k017",
        "resident is on council tax reduction, NI no QQ 47 82 19 B, mobile 07700 900582, owes £1,240",
        ["QQ 47 82 19 B", "07700 900582"],
        ["[NI number]", "[phone]", "£1,240"],
    ),
    (
        "k018",
        "if i take the name off a housing application (ref HRA/204417) can i put it in copilot chat?",
        ["HRA/204417"],
        ["(ref [case reference])"],
    ),
    (
        "k034",
        "eg a constituent (sam.ortiz@example.com, KV2 9LD) complaining about fly tipping",
        ["sam.ortiz@example.com", "KV2 9LD"],
        ["[email]", "[postcode]"],
    ),
    (
        "k040",
        "it had the mans NHS number 612 045 3881 and his mobile 07700 900946 in it. what do i do now??",
        ["612 045 3881", "07700 900946"],
        ["[NHS number]", "[phone]"],
    ),
]


@pytest.mark.parametrize("case_id,question,pii,placeholders", NORTHVALE_PII + COUNCIL_PII)
def test_eval_pii_cases(case_id, question, pii, placeholders):
    assert_redacted(question, pii, placeholders)


# The Northvale questions without personal data: they must come back unchanged.
NORTHVALE_CLEAN = [
    "can I use copilot chat to summarise last month's board minutes? they're already up on our website",
    "can i use otter to record and transcribe the partnership board? its way better than the teams one",
    "who actually signs off new AI tools here?",
    "is perplexity ok to use for finding published research on frailty? I pay for Pro myself so it doesnt cost the ICB anything",
    "Is it ok to put our draft SOP for handling FOI requests into Copilot Chat (the green shield one) and ask it to tidy up the wording?",
    "If I take the name and NHS number out of a CHC case summary can I put it into copilot chat to help me write up the review?",
    "how do I book annual leave on ESR?",
    "Ive got the action log from the joint commissioning meeting with the council, its just names, job titles and who's doing what by when. can i paste it in to copilot chat and turn it into a summary email?",
    "can I build an agent in copilot studio that files my inbox and replies to the routine emails automatically?",
    "is grammarly ok? just the free browser extension to check my spelling in emails",
    "what counts as special category info under the AI policy? would a staff members sick note count?",
    "can I use chatgpt to help me get my head round the national CHC framework? I'd just be pasting in bits of the published guidance",
    "could we get copilot to go through the DST domains for a patient and suggest whether theyre eligible for CHC? a nurse would still sign it off",
    "BI want to use copilot to help analyse a pseudonymised SUS extract we get from the DSCRO. we don't hold the re-identification key. is that allowed?",
    "I've got a copilot licence and done the training - can copilot in word draft the finance section of the next board paper from our month 8 figures?",
    "whats the wifi password for the guest network at Vale House?",
    "can we have teams transcription and the copilot recap on for next weeks IFR panel? would save the admin loads of time",
    "do I have to say if I used AI to help write a report?",
    "we want to switch on transcription in our team's weekly catch up on teams so people who miss it can read it after. is that ok?",
    "I'm a line manager, can copilot in outlook summarise the OH report for one of my team before their sickness absence review?",
    "can I use deepl to translate our published CHC leaflet into Urdu? just the free version",
    "I'm in the BI team, can I use github copilot to help write the SQL for the urgent care dashboard? only dummy data in the files",
    "deepseek is really good at summarising, can i use it just for public stuff like the NHS 10 year plan?",
    "what training do i need to do before i can use copilot?",
    "comms team here - can we use firefly to make some illustrations for the winter vaccs campaign posters?",
    "doing a CHC assessment on the clearnote pilot but the patient has advanced dementia and cant really understand what the scribe is. her daughter has health and welfare LPA and is happy for me to record. is that ok?",
    "we've had 60 applications for the band 6 post, can copilot shortlist them against the person spec to save time??",
    "how do i claim mileage for a home visit",
    "can I use claude to rewrite the summary from our published annual report into plain english for an easy read version on the website?",
    "the AI scribe thing is brilliant, can i use it to take notes at our safeguarding strategy meeting?",
    "our CHC case management system just got an update with an 'AI summary' button for case notes. can we start using it?",
    "are my copilot chats saved anywhere? could they get released under FOI?",
    "can I ask gemini for some icebreaker ideas for our team away day? wont be putting any work info in",
    "the GP practice I work with uses Heidi as their AI scribe. can I use it when I do joint CHC assessments with their practice nurse?",
    "our team wants to buy ChatGPT Team licences out of our own budget so we can upload internal reports and contracts to it. can we?",
    "we've got a patient leaflet about the CHC process that's already on the website, can I get copilot chat to translate it into polish and then send it out?",
    "can I sign up to chatgpt with my nhs.net email so its obviously a work account?",
    "whats the green shield thing on copilot and why does it matter",
    "when's the next staff flu jab clinic?",
    "I'm dyslexic and at my last trust I used an AI app called Goblin Tools to reword my emails. can I carry on using it here?",
]

# More ordinary questions, heavy on capitalised tool names, clauses, money, times, dates.
ORDINARY = [
    "Is it OK to use Microsoft Copilot in Word to draft the Q3 board report for the Finance Committee?",
    "Can our Comms team use Canva Magic Write for the Easter social media posts?",
    "Does the AI policy (section 5.2) apply to agency staff and contractors?",
    "We're piloting Accurx Scribe at St Mary's Surgery, do we need a DPIA?",
    "Can I use ChatGPT Plus on my personal phone for work emails?",
    'What does clause A.3 mean by "special category data"?',
    "Who is the Caldicott Guardian and the SIRO for AI tools?",
    "The Data Protection Officer, Caldicott Guardian and Clinical Safety Officer approve new tools.",
    "Is Google Gemini in Gmail approved, or only Gemini Advanced?",
    "Our Director of Public Health wants to use Claude to analyse JSNA data, OK?",
    "Can I use Otter.ai in a Teams call with NHS England colleagues on 14 December 2026?",
    "Can we use GitHub Copilot for the Python code in Azure DevOps?",
    "Is DeepL Pro allowed for translating letters into Polish and Romanian?",
    "Is Heidi approved for GP practices in West Yorkshire ICB?",
    "Can I put the Q2 2025/26 budget figures of £1.2m (a 3.5% rise) into Copilot at 09:30 tomorrow?",
    "Please can I use Perplexity to research the Mental Health Act 1983 and the Care Act 2014?",
    "May I use Microsoft Designer to make a poster for the Christmas Fair on Friday 18 December?",
    "Will Copilot Chat work in the Teams desktop app?",
    "Can the Children's Services team use Copilot Studio to build a chatbot?",
    "Are Bing Image Creator and Adobe Firefly the same thing?",
    "The Data Protection Act 2018 and UK GDPR Article 9 - does that cover this?",
    "Can I use Grammarly Premium with my NHSmail account?",
    "Is version 2.3 of the policy the latest one? It was approved on 1 April 2025.",
    "Is Meta AI in WhatsApp allowed for the Leeds Teaching Hospitals project?",
    "Can I use Claude Pro for this? Is it ok to use Heidi Health?",
    "Adobe Firefly, Microsoft Teams, Copilot Chat, Power BI, Ms Teams, MS Teams and SharePoint",
    "Can I use DeepSeek? Is Perplexity Pro ok? can Bing Chat Enterprise be used?",
    "see clauses 7.3, 5.2.1 and A.1 and paragraph 10.3(a)",
    "with reference to clause 7.3 and reference 7.3 of the policy",
    "it costs £2,500 a year, 15% more than last year, from 10:30 to 16:00",
    "llama-index-core 0.14.25 and chromadb 1.5.9 on Python 3.11",
    "ISO-27001, COVID-19, GPT-4o, FY-2024-25 and the 2024/25 accounts",
    "the meeting on 12/03/2026 and a deadline by 31 January 2027, in 2024",
    "the contract runs 01/04/2026 to 31/03/2029",
    "HX3 alone, the A1 road, M365 Copilot, the 2nd floor and the 3rd floor of se1 2nd",
    "Can I use Microsoft 365 Copilot with 60 applications for the band 6 post?",
    "Can Will from IT enable Copilot for the whole Adult Social Care Directorate?",
    "Grace from Finance asked if Copilot Chat is safe",
    "Mark Complete in Planner when done, then open Power Automate",
    "an AI app called Goblin Tools",
    "port 443 and TCP/443, 24/7 support, staff 360 review",
    "hashed with SHA-256, encrypted with AES-256, WCAG 2.2 AA and UTF-8 text",
]


@pytest.mark.parametrize("question", NORTHVALE_CLEAN + ORDINARY)
def test_no_over_redaction(question):
    r = redact(question)
    assert r.text == question
    assert r.findings == ()
    assert implied_data_kinds(r) == set()


def test_northvale_clean_list_complete():
    assert len(NORTHVALE_CLEAN) == 40


# ------------------------------------------------------------------- NI numbers
@pytest.mark.parametrize(
    "text,secret",
    [
        ("her NI number QQ 12 34 56 C please", "QQ 12 34 56 C"),
        ("NI: QQ123456C", "QQ123456C"),
        ("ni number qq 12 34 56 c", "qq 12 34 56 c"),
        ("national insurance AB 123456 D for payroll", "AB 123456 D"),
        ("NINO JC-12-34-56-A", "JC-12-34-56-A"),
        ("NI number QQ123456 (no suffix)", "QQ123456"),
    ],
)
def test_ni_numbers(text, secret):
    r = assert_redacted(text, [secret], ["[NI number]"])
    assert r.kinds == {NI_NUMBER}


# ------------------------------------------------------------------ NHS numbers
@pytest.mark.parametrize(
    "text,secret,placeholder",
    [
        ("NHS no 943 476 5919", "943 476 5919", "[NHS number]"),
        ("nhs number 943-476-5919", "943-476-5919", "[NHS number]"),
        ("patient 9434765919 in the letter", "9434765919", "[NHS number]"),
        ("number 485 777 3457 on the referral", "485 777 3457", "[NHS number]"),
        ("ref 690 736 6258", "690 736 6258", "[NHS number]"),  # valid checksum wins
        # invalid checksum, NHS context: still an NHS number
        ("NHS no 943 476 5918", "943 476 5918", "[NHS number]"),
        ("his NHS number: 485-777-3458", "485-777-3458", "[NHS number]"),
        # invalid checksum, no context, not a phone: a reference
        ("the number 943 476 5918 was wrong", "943 476 5918", "[case reference]"),
        ("1234567890 on the form", "1234567890", "[case reference]"),
    ],
)
def test_nhs_numbers(text, secret, placeholder):
    assert_redacted(text, [secret], [placeholder])


def test_ten_digit_phone_is_phone_not_nhs():
    r = assert_redacted("ring 0800 123456 or 0161 496 000", ["0800 123456"], ["[phone]"])
    assert NHS_NUMBER not in r.kinds


# ----------------------------------------------------------------------- phones
@pytest.mark.parametrize(
    "secret",
    [
        "0113 496 0734",
        "01134960734",
        "(0113) 496 0734",
        "0113-496-0734",
        "020 7946 0018",
        "(020) 7946 0018",
        "+44 20 7946 0018",
        "+44 (0)20 7946 0018",
        "0300 123 4567",
        "0800 123 4567",
        "01632 960001",
        "07700 900461",
        "07700900461",
        "07700 900 461",
        "07700-900-461",
        "+44 7700 900461",
        "+447700900461",
        "+44 (0)7700 900461",
        "0044 7700 900461",
    ],
)
def test_phones(secret):
    for text in (f"call me on {secret} after 5", f"mobile: {secret}", f"({secret})"):
        r = assert_redacted(text, [secret], ["[phone]"])
        assert r.kinds == {PHONE}
        assert "+44" not in r.text and "(0)" not in r.text


def test_two_phones_in_a_row():
    r = redact("07700 900461 07700 900982")
    assert r.text == "[phone] [phone]"


# -------------------------------------------------------------------- postcodes
@pytest.mark.parametrize(
    "secret",
    ["HX3 8QT", "SW1A 1AA", "sw1a 1aa", "hx3 8qt", "HX38QT", "M1 1AE", "EC1A 1BB", "W1A 0AX",
     "B33 8TH", "LS1 4AP", "CF10 1EP", "BT1 5GS", "KV4 7QT"],
)
def test_postcodes(secret):
    r = assert_redacted(f"she lives at {secret}, near the park", [secret], ["[postcode]"])
    assert r.kinds == {POSTCODE}


@pytest.mark.parametrize(
    "text",
    ["HX3 alone", "the A1 road", "M365 licences", "the 2nd floor of se1 2nd", "B2B sales",
     "meet at 3 4pm", "GPT4 1st"],
)
def test_not_postcodes(text):
    assert redact(text).text == text


# ---------------------------------------------------------------- dates of birth
@pytest.mark.parametrize(
    "text,secret",
    [
        ("DOB 14/03/1948", "14/03/1948"),
        ("D.O.B. 2-7-1939", "2-7-1939"),
        ("d.o.b: 02.07.1939", "02.07.1939"),
        ("date of birth 14/03/48", "14/03/48"),
        ("born on 3 March 1948", "3 March 1948"),
        ("born March 3rd 1948", "March 3rd 1948"),
        ("born 3rd of March, 1948 in Leeds", "3rd of March, 1948"),
        ("date of birth: 1948-03-14", "1948-03-14"),
        ("baby born 01/05/2025, premature", "01/05/2025"),  # context: even a recent date
        ("aged 84, born in March 1948", "March 1948"),
        ("a gentleman, 14 Mar 1948, in a care home", "14 Mar 1948"),  # old full date
        ("letter dated 01/04/2012 from the family", "01/04/2012"),
    ],
)
def test_dates_of_birth(text, secret):
    r = assert_redacted(text, [secret], ["[date of birth]"])
    assert r.kinds == {DATE_OF_BIRTH}


@pytest.mark.parametrize(
    "text",
    [
        "the meeting on 12/03/2026",
        "by 31 January 2027",
        "review on 2026-12-01",
        "from 1 April 2025 the policy applies",
        "in 2024 we bought licences",
        "March 2020 lockdown",
        "a 2-7-26 deadline",
    ],
)
def test_recent_or_future_dates_kept(text):
    assert redact(text).text == text


# --------------------------------------------------------------- case references
@pytest.mark.parametrize(
    "text,secret",
    [
        ("case ref 12345", "12345"),
        ("case reference: ABC/2024/0012", "ABC/2024/0012"),
        ("ref no. HB-123456", "HB-123456"),
        ("it's CHC-2024-0031 on the system", "CHC-2024-0031"),
        ("the SAR-0042 request", "SAR-0042"),
        ("our ref 123/456", "123/456"),
        ("reference number 99887766", "99887766"),
        ("client id 778899", "778899"),
        ("tenancy ref T-99812", "T-99812"),
        ("patient id 44556", "44556"),
        ("my case number is 55501", "55501"),
        ("a housing application (ref HRA/204417)", "HRA/204417"),
        ("claim 88123 was rejected", "88123"),
        ("my ID is 123456", "123456"),
        ("staff ID 998877 on the form", "998877"),
    ],
)
def test_case_references(text, secret):
    r = assert_redacted(text, [secret], ["[case reference]"])
    assert r.kinds == {CASE_REFERENCE}


# ------------------------------------------------------------------------ names
@pytest.mark.parametrize(
    "text,secrets",
    [
        ("my colleague Sarah Jones asked whether she can use Copilot", ["Sarah Jones"]),
        ("can patient John Smith's letter go into ChatGPT?", ["John Smith"]),
        ("resident Mary O'Neill has dementia", ["Mary O'Neill", "O'Neill"]),
        ("her son Tom wants to sit in", ["Tom"]),
        ("service user Aisha Khan is on the waiting list", ["Aisha Khan"]),
        ("the tenant Mr Patel is in arrears", ["Patel"]),
        ("a child called Leo was referred", ["Leo"]),
        ("Dr Smith wrote the referral", ["Smith"]),
        ("Mrs Brown and Prof Jane Doe", ["Brown", "Jane Doe"]),
        ("letter to mr patel about his arrears", ["patel"]),
        ("I asked Priya Sharma about her sickness absence", ["Priya Sharma"]),
        ("Sarah Jones is off sick with stress", ["Sarah Jones"]),
        ("Can Mark Johnson use Teams Premium recap for his grievance?", ["Mark Johnson"]),
        ("my manager, Dave McDonald, said no", ["Dave McDonald", "McDonald"]),
        ("her daughter Zoë-Ann wants the notes", ["Zoë"]),
        ("Mohammed Ali and Siobhan Kelly-Murphy attended", ["Mohammed Ali", "Kelly-Murphy"]),
        ("my GP Dr Okafor said I could", ["Okafor"]),
        ("a woman named Grace Hopper called", ["Grace Hopper"]),
        ("her partner Okonkwo is the carer", ["Okonkwo"]),
        ("the client Mr Okafor and patient Chukwudi Okonkwo", ["Okafor", "Chukwudi", "Okonkwo"]),
    ],
)
def test_names_with_circumstances(text, secrets):
    r = assert_redacted(text, secrets, ["[name]"])
    assert r.kinds == {NAME}


@pytest.mark.parametrize(
    "text",
    [
        "Can I use Claude Pro?",
        "Is Heidi Health approved?",
        "Adobe Firefly for posters",
        "Microsoft Teams transcription",
        "Copilot Chat with the shield",
        "my colleague in Teams said it was fine",
        "the patient Copilot summary",
        "May I use Gemini?",
        "Will Otter work in Zoom?",
        "Grace Period for licences",
        "Victoria Station and the Elizabeth Line",
        "the Dev Team and the Bill Payments Unit",
        "our partner Capita and the client Deloitte",
        "Alexa Skills and Amazon Alexa",
        "the patient Safety team ran the patient Experience survey",
    ],
)
def test_tool_names_and_ordinary_words_survive(text):
    assert redact(text).text == text


def test_protect_parameter_keeps_register_names():
    text = "can I use Lucy Lingo to translate the leaflet?"
    # issue 16 (names need a personal context): a product named like a person, with no one in the
    # question, is kept even when not listed; was "can I use [name] to translate the leaflet?"
    assert redact(text).text == text
    assert redact(text, protect=["Lucy Lingo", "Wrenly Notes"]).text == text
    # the engine passes the same list on every call: order and iterables both work
    assert redact(text, protect=iter(["Wrenly Notes", "Lucy Lingo"])).text == text


def test_protect_does_not_shield_hard_identifiers():
    text = "Copilot Chat: QQ 12 34 56 C, 07700 900461, jo@example.com, NHS no 943 476 5919"
    r = redact(text, protect=["Copilot Chat", "QQ 12 34 56 C"])
    assert r.text == "Copilot Chat: [NI number], [phone], [email], NHS no [NHS number]"


# ----------------------------------------------------------------------- emails
@pytest.mark.parametrize(
    "secret",
    ["jo.bloggs1972@example.com", "Jo.Bloggs@nhs.net", "first.last+ai@council.gov.uk",
     "a_b-c@sub.example.co.uk"],
)
def test_emails(secret):
    r = assert_redacted(f"email {secret}, thanks", [secret], ["[email]"])
    assert r.kinds == {EMAIL}


def test_nhs_net_is_not_an_email():
    text = "can I sign up with my nhs.net email?"
    assert redact(text).text == text


# ------------------------------------------------------------- result structure
def test_findings_are_spans_in_the_original_without_values():
    text = "NHS no 943 476 5919, DOB 14/03/1948, jo@example.com"
    r = redact(text)
    assert [text[f.start:f.end] for f in r.findings] == ["943 476 5919", "14/03/1948", "jo@example.com"]
    assert [f.kind for f in r.findings] == [NHS_NUMBER, DATE_OF_BIRTH, EMAIL]
    for f in r.findings:
        assert "943" not in repr(f) and "example" not in repr(f)
    assert "943" not in repr(r.findings)
    assert r.kinds == {NHS_NUMBER, DATE_OF_BIRTH, EMAIL}
    with pytest.raises(AttributeError):
        r.text = "x"  # frozen
    assert isinstance(r, Redaction) and isinstance(r.findings[0], Finding)


def test_placeholders_are_exact():
    text = ("QQ123456C 943 476 5919 jo@example.com 07700 900461 HX3 8QT DOB 14/03/1948 "
            "case ref 12345 my colleague Sarah Jones")
    assert redact(text).text == (
        "[NI number] [NHS number] [email] [phone] [postcode] DOB [date of birth] "
        "case ref [case reference] my colleague [name]"
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        ("NHS no 943 476 5919", {"special_category"}),
        ("email jo@example.com", {"personal"}),
        ("QQ123456C and my colleague Sarah Jones", {"personal"}),
        ("NHS no 943 476 5919, mobile 07700 900461", {"special_category", "personal"}),
        ("can I use copilot?", set()),
    ],
)
def test_implied_data_kinds(text, expected):
    assert implied_data_kinds(redact(text)) == expected


def test_given_names_list_loaded():
    names = redact_mod.GIVEN_NAMES
    assert len(names) > 1500
    for n in ("Sarah", "Mohammed", "Aoife", "Priya", "Chukwuemeka", "Agnieszka", "Siobhan", "Wei"):
        assert n in names


def test_empty_text():
    assert redact("").text == ""
    assert redact("").findings == ()


# ------------------------------------------------------------------ idempotence
ALL_PII_TEXTS = [q for _, q, _, _ in NORTHVALE_PII + COUNCIL_PII] + [
    "QQ 12 34 56 C, 943-476-5919, +44 (0)113 496 0734, SW1A 1AA, born on 3 March 1948",
    "case reference: ABC/2024/0012, tenant Mr Patel, her son Tom, Priya Sharma",
    "NHS number [NHS number] and [name] at [postcode]",
]


@pytest.mark.parametrize("text", ALL_PII_TEXTS + NORTHVALE_CLEAN + ORDINARY)
def test_idempotent(text):
    once = redact(text).text
    twice = redact(once)
    assert twice.text == once
    assert twice.findings == ()


# ---------------------------------------------------------------------- logging
def _logger_with_filter(name):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(RedactingFilter(protect=["Copilot Chat"]))
    logger = logging.getLogger(name)
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    return logger, stream


def test_redacting_filter_removes_email_from_log_record():
    logger, stream = _logger_with_filter("test_redact.email")
    logger.info("question from %s about %s", "jo.bloggs1972@example.com", "Copilot Chat")
    out = stream.getvalue()
    assert "jo.bloggs1972@example.com" not in out
    assert "INFO question from [email] about Copilot Chat" in out


def test_redacting_filter_leaves_clean_records_and_redacts_tracebacks():
    logger, stream = _logger_with_filter("test_redact.exc")
    logger.info("indexed %d clauses", 190)
    try:
        raise ValueError("bad NI number QQ 12 34 56 C")
    except ValueError:
        logger.exception("failed for 07700 900461")
    out = stream.getvalue()
    assert "indexed 190 clauses" in out
    assert "QQ 12 34 56 C" not in out and "07700 900461" not in out
    assert "[NI number]" in out and "[phone]" in out and "ValueError" in out


@pytest.mark.parametrize("text,secret", [
    ("write to the occupier at 14 Harrow Lane about the fire", "14 Harrow Lane"),
    ("she lives at 3a st mary's road near the school", "3a st mary's road"),
    ("visit flat 2, 7 Orchard Close tomorrow", "7 Orchard Close"),
])
def test_street_addresses(text, secret):
    r = redact(text)
    assert secret not in r.text and "[address]" in r.text
    assert implied_data_kinds(r) == {"personal"}


@pytest.mark.parametrize("text,secret", [
    ("the farmer's SBI is 106 447 812", "106 447 812"),
    ("holding 23/418/0077 needs an inspection", "23/418/0077"),
    ("reference 12345678 on the form", "12345678"),
])
def test_identifiers_written_as_digit_groups(text, secret):
    r = redact(text)
    assert secret not in r.text and "[case reference]" in r.text


@pytest.mark.parametrize("text", [
    "the meeting on 12/03/2026 at 10", "clause 7.3.1 says 3 of the road signs need replacing",
    "we had 40 applications for 2 posts", "the budget is 2,400,000 pounds for 2026/27",
    "section 4 street works guidance", "page 12 of 40",
])
def test_no_addresses_or_references_in_ordinary_numbers(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text,secret", [
    ("need to do a victim update letter for janet okafor, she was burgled", "janet okafor"),
    ("email to raj patel about his overtime claim", "raj patel"),
])
def test_names_typed_in_lower_case_after_a_word_that_introduces_a_person(text, secret):
    r = redact(text)
    assert secret not in r.text and "[name]" in r.text


@pytest.mark.parametrize("text", [
    "a report for grace period extensions", "letter for the team",
    "can copilot draft a reply to mark about the budget", "write to sue today",
])
def test_lower_case_words_after_for_or_to_are_not_names(text):
    assert redact(text).text == text


def test_planning_style_references_with_a_two_digit_year():
    r = redact("can i paste the case notes for GNP/25/0417/FUL into copilot chat?")
    assert "GNP/25/0417/FUL" not in r.text and "[case reference]" in r.text


# ------------------------------------------------- issue 16: identifiers with structure or context
from bot.redact import BANK, DRIVING_LICENCE, PASSPORT  # noqa: E402


@pytest.mark.parametrize(
    "text,secret,kind",
    [
        ("account number 12345678", "12345678", BANK),
        ("sort code 12-34-56", "12-34-56", BANK),
        ("pay it to 20-00-00 43127865 please", "20-00-00", BANK),
        ("pay it to 20-00-00 43127865 please", "43127865", BANK),
        ("her bank is 40 47 84, acc 71234567", "40 47 84", BANK),
        ("IBAN GB82 WEST 1234 5698 7654 32 for the refund", "GB82 WEST 1234 5698 7654 32", BANK),
        ("refund to GB82WEST12345698765432 today", "GB82WEST12345698765432", BANK),
        ("his Polish account PL61 1090 1014 0000 0712 1981 2874", "PL61 1090 1014 0000 0712 1981 2874", BANK),
        ("passport number 123456789", "123456789", PASSPORT),
        ("her passport no. is 925076473, expiring soon", "925076473", PASSPORT),
        ("a German passport: C01X00T47", "C01X00T47", PASSPORT),
        ("licence MORGA753116SM9IJ", "MORGA753116SM9IJ", DRIVING_LICENCE),
        ("driving licence no. MORGA 753116 SM9IJ 35 expired", "MORGA 753116 SM9IJ 35", DRIVING_LICENCE),
        ("he read out jones612174jh9ab on the phone", "jones612174jh9ab", DRIVING_LICENCE),
        ("tribunal case number 2204117/2025 is listed", "2204117/2025", CASE_REFERENCE),
        ("the claim 2204117/2025 settled", "2204117/2025", CASE_REFERENCE),
        ("county court claim K00BR123", "K00BR123", CASE_REFERENCE),
        ("his PNC id is 19/123456X", "19/123456X", CASE_REFERENCE),
        ("PNC 2019/0123456A on the record", "2019/0123456A", CASE_REFERENCE),
        ("crime ref 42/108756/25 from the police", "42/108756/25", CASE_REFERENCE),
        ("crime reference number: CR/0123456/24", "CR/0123456/24", CASE_REFERENCE),
        ("NHS no.9434765919 on the letter", "9434765919", NHS_NUMBER),
        ("no.943 476 5919 on the letter", "943 476 5919", NHS_NUMBER),
    ],
)
def test_structured_and_context_identifiers(text, secret, kind):
    r = redact(text)
    assert secret not in r.text, r.text
    assert kind in r.kinds, r


@pytest.mark.parametrize(
    "text",
    [
        "can copilot help me write the spec for CPV 72000000-5 and 48000000-8?",
        "the tender ref ITT/2025/014 closes on Friday, can I use ChatGPT on the bid?",
        "risk R-017 and RISK-0042 on the AI risk register: can Copilot summarise them?",
        "change request CR-1234 and CHG0045678 for the Copilot roll-out",
        "the framework RM6098 lot 3 covers AI tools, is that right?",
        "our 2024/2025 budget for AI licences",
        "version 2.3.1 of the policy, clause 7.3",
        "is GB an approved region for Azure OpenAI?",
    ],
)
def test_organisation_references_are_not_personal(text):
    assert redact(text).text == text


@pytest.mark.parametrize(
    "text,secret",
    [
        ("DOB 04.11.19, can I put it in copilot", "04.11.19"),
        ("Mrs A b.02/06/1951 lives alone", "02/06/1951"),
        ("b. 2 June 1951", "2 June 1951"),
        ("date of birth 03-Mar-1951", "03-Mar-1951"),
        ("DOB 3rd March '51", "3rd March '51"),
        ("DOB: 03 11 1951", "03 11 1951"),
        ("DOB 03111951 on the form", "03111951"),
        ("she was born in 1951 and lives alone", "1951"),
        ("born 14/3/09", "14/3/09"),
    ],
)
def test_dates_of_birth_issue16(text, secret):
    r = redact(text)
    assert secret not in r.text, r.text
    assert DATE_OF_BIRTH in r.kinds


# ------------------------------------------------------------ issue 16: addresses
@pytest.mark.parametrize(
    "text,secret",
    [
        ("write to the tenant at 12 Heol y Bryn about the arrears", "12 Heol y Bryn"),
        ("the address 4 Ffordd Las into chatgpt", "4 Ffordd Las"),
        ("Flat 3, 18 Mill Wharf has a hoarding case", "18 Mill Wharf"),
        ("Flat 3, 18 Mill Wharf has a hoarding case", "Flat 3"),
        ("a visit at Unit 7 Riverside Court? The occupant", "Unit 7 Riverside Court"),
        ("family at 2 Sràid na h-Eaglais want letters", "2 Sràid na h-Eaglais"),
        ("the owner of The Old Rectory, Church Lane?", "The Old Rectory, Church Lane"),
        ("a route to Rose Cottage, Back Lane where the carer visits", "Rose Cottage, Back Lane"),
        ("the welfare check at Apartment 14, Kingsway House? The man", "Apartment 14, Kingsway House"),
        ("Can I put 8 The Paddocks into ChatGPT", "8 The Paddocks"),
        ("the visit at 14B Lôn Isaf? Dad said no", "14B Lôn Isaf"),
        ("for the tenant at 3 Rhodfa'r Môr?", "3 Rhodfa'r Môr"),
        ("the notice for 101-103 High Street, where the landlord lives", "101-103 High Street"),
        ("the couple at 7 Ceann a' Bhàigh need a care assessment", "7 Ceann a' Bhàigh"),
        ("the eviction letter to 3 ffordd y goedwig ll57 2ee", "3 ffordd y goedwig"),
        ("Resident at Flat 2/1, 45 Dumbarton Road has reported", "Flat 2/1, 45 Dumbarton Road"),
        ("damp complaints from 33 acacia avenue, the kids", "33 acacia avenue"),
        ("at 62 Wensleydale Crescent and 19 Church View", "62 Wensleydale Crescent"),
        ("at 62 Wensleydale Crescent and 19 Church View", "19 Church View"),
        ("Unit 4, Mill Yard, Leeds", "Unit 4, Mill Yard"),
    ],
)
def test_addresses_issue16(text, secret):
    r = redact(text)
    assert secret not in r.text, r.text
    assert "[address]" in r.text


@pytest.mark.parametrize(
    "text",
    [
        "Can I use Copilot to draft the closure notice for the office on Mill Road while the roof is fixed?",
        "Can Gemini write a consultation summary about the proposed cycle lane on Heol y Bryn?",
        "The Riverside Court offices are moving to hot desks - can Copilot write the staff FAQ?",
        "Can Copilot draft the sign-in instructions for the Kingsway House reception?",
        "Can I ask ChatGPT to write the public notice for the road closure on Sràid na h-Eaglais?",
        "Can Otter record the session in Room 4.12 at 14:30?",
        "Can I use Copilot to book Committee Room 2 between 10:00 and 11:15?",
        "Can Gemini draft a room booking policy for floors 1 to 3 of the Civic Centre?",
        "we have 3 team leads and 2 in the park team",
        "Can Copilot plan the route for our pool cars along the M25 and the A1(M)?",
    ],
)
def test_streets_without_a_house_are_not_addresses(text):
    assert redact(text).text == text


def test_street_words_file_has_welsh_and_gaelic_words():
    words = redact_mod._STREET
    for w in ("heol", "ffordd", "stryd", "lôn", "sràid"):
        assert w in words["before"]
    for w in ("road", "street", "wharf", "fold", "bank", "close"):
        assert w in words["after"]
    assert "mount" in words["after"]


# ---------------------------------------------------------------- issue 16: names
@pytest.mark.parametrize(
    "text,secrets",
    [
        ("send it to james tomorrow", ["james"]),  # an unambiguous given name, even in lower case
        ("the PEP review for Lily-Rose Thompson? She's been excluded", ["Lily-Rose Thompson"]),
        ("put mary-jane collins's dementia assessment into chatgpt", ["mary-jane collins"]),
        ("the school report for Jean-Luc Moreau, he has an EHCP", ["Jean-Luc Moreau"]),
        ("the meeting about Ruby-Mae Harper-Jones?", ["Ruby-Mae Harper-Jones"]),
        ("Hyun-woo Park's visa sponsorship issue", ["Hyun-woo Park"]),
        ("the care plan for Siobhán Ní Bhriain?", ["Siobhán", "Bhriain"]),
        ("the booking for Nguyễn Thị Lan, she has been referred", ["Nguyễn Thị Lan"]),
        ("a letter to Zofia Wiśniewska about her claim", ["Zofia Wiśniewska"]),
        ("can i put john smiths sick note in copilot", ["john smith"]),
        ("the investigation into dean fairclough's expenses", ["dean fairclough"]),
        ("the complaint against Mr T. Hargreaves, the caretaker", ["T. Hargreaves", "Hargreaves"]),
        ("a letter to Dr A Patel about missed appointments", ["A Patel"]),
        ("can copilot write to mr d kowalczyk about his overpayment", ["d kowalczyk"]),
        ("the bundle for Miss S.L. Fenwick's claim", ["S.L. Fenwick", "Fenwick"]),
        ("summarise PC 4471 B. Daly's statement", ["B. Daly"]),
        ("put sgt h. mcallister's grievance into chatgpt", ["h. mcallister"]),
        ("the case history for the Kowalski family?", ["Kowalski"]),
        ("the housing needs of the mahmood family, dad has had a stroke", ["mahmood"]),
        ("The Pemberton-Hale household have complained", ["Pemberton-Hale"]),
        ("the eviction case for the Donnellys in block C", ["Donnellys"]),
        ("learning plans? Amy, Raj and Leon all have ADHD.", ["Amy", "Raj", "Leon"]),
        ("'Aoife (self-harm), Mateusz (missing), Zainab (CSE risk)'", ["Aoife", "Mateusz", "Zainab"]),
        ("home visits to Doris, Wilfred and Ivy? They're all end of life", ["Doris", "Wilfred", "Ivy"]),
        ("the sickness list - Gemma Rowe (stress), Tom Hill (back)", ["Gemma Rowe", "Tom Hill"]),
        ("email the report to Glyn Jenkins and his daughter", ["Glyn Jenkins"]),
        ("summarise Mosaic ID 3318842 (Jack Pryce, 11) for the panel", ["Jack Pryce"]),
    ],
)
def test_names_issue16(text, secrets):
    r = redact(text)
    for s in secrets:
        assert s not in r.text, r.text
    assert "[name]" in r.text


@pytest.mark.parametrize(
    "text",
    [
        "nominations for the Kate Granger Compassionate Care Awards",
        "a supplier based at the Sir Robert McAlpine site offices?",
        "a poster for the Elizabeth Garrett Anderson wing reopening?",
        "the visitor guidance for the Edith Cavell unit?",
        "the staffing rota template for St Mary's ward?",
        "a bid to the Isaac Newton Institute and the Florence Nightingale Foundation",
        "the cycle lane on Heol y Bryn?",
        "Is Meta AI in WhatsApp allowed for the Leeds Teaching Hospitals project?",
        "Alexa Skills and Amazon Alexa",
        "Can Claude Sonnet or Gemma summarise the published report?",
        "a report for the whole family and the foster family",
    ],
)
def test_names_of_organisations_and_places_survive(text):
    assert redact(text).text == text


def test_allow_list_is_data():
    assert "Isaac Newton Institute" in redact_mod.ALLOWED_NAMES
    assert "Florence Nightingale Foundation" in redact_mod.ALLOWED_NAMES
    assert "institute" in redact_mod._ORG_WORDS


@pytest.mark.parametrize("text", [
    "index 20261206T215147Z-710d87ba and v-20261206", "build 20261206.215147 of the bot",
    "commit 4f1e2d3c9a8b7e6d5c4b3a29", "the 123456 tokens limit and 16 384 context window",
])
def test_versions_timestamps_and_hashes_survive(text):
    assert redact(text).text == text


def test_install_log_redaction_filters_every_root_handler():
    logger = logging.getLogger("policybot-test-install")
    logger.propagate = False
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger.addHandler(handler)
    try:
        redact_mod.install_log_redaction(logger)
        redact_mod.install_log_redaction(logger)          # idempotent
        assert sum(isinstance(f, RedactingFilter) for f in handler.filters) == 1
        logger.warning("driving licence MORGA753116SM9IJ for %s", "Mr T. Hargreaves")
        out = stream.getvalue()
        assert "MORGA753116SM9IJ" not in out and "Hargreaves" not in out
    finally:
        logger.removeHandler(handler)


@pytest.mark.parametrize("text,expected", [
    ("can copilot write to Mrs O'Connor-Smith about her son", "can copilot write to [name] about her son"),
    ("Tom Smith's Hospital appointment letter", "[name]'s Hospital appointment letter"),
    ("a Band 5 nurse at Queen Mary's Hospital?", "a Band 5 nurse at Queen Mary's Hospital?"),
    ("minutes of the St John Ambulance liaison meeting?", "minutes of the St John Ambulance liaison meeting?"),
    ("the Stephen Lawrence Day lesson plan?", "the Stephen Lawrence Day lesson plan?"),
])
def test_saints_monarchs_and_days_named_after_people(text, expected):
    assert redact(text).text == expected


@pytest.mark.parametrize("text,secret", [
    ("LCS 998877 for the child", "998877"),
    ("postcode b33 8th", "b33 8th"),
    ("dob 050672", "050672"),
    ("12 Heol Pant-yr-Odyn, Swansea", "Heol Pant-yr-Odyn"),
    ("The Willows, Station Road", "The Willows, Station Road"),
])
def test_more_forms_issue16(text, secret):
    assert secret not in redact(text).text


def test_public_buildings_are_not_homes():
    text = "meet at the Town Hall, High Street"
    assert redact(text).text == text


# ------------------------------------------------------------- vocabularies are data files
DATA_FILES = ["given_names.txt", "surnames.txt", "ambiguous_given_names.txt", "allow_names.txt",
              "org_words.txt", "street_words.txt", "reference_context.txt", "nonpersonal_prefixes.txt",
              "protected_terms.txt", "not_name_words.txt"]


@pytest.mark.parametrize("name", DATA_FILES)
def test_vocabulary_files_load_and_are_clean(name):
    lines = redact_mod._data_lines(name)
    assert lines, name
    assert all(line == line.strip() and line for line in lines)


def test_vocabulary_sections():
    assert set(redact_mod._CONTEXT_SECTIONS) >= {"passport", "driving_licence", "bank", "case_reference", "nonpersonal"}
    assert set(redact_mod._CONTEXT_SECTIONS) - {"nonpersonal"} <= set(redact_mod._CONTEXT_KINDS)
    assert set(redact_mod._STREET) >= {"after", "after_titlecase", "before", "building", "public"}
    assert set(redact_mod._SURNAME_SECTIONS) == {"", "written_first", "also_words"}
    assert all(p.isupper() for p in redact_mod._NONPERSONAL_PREFIXES)
    assert "Copilot" in redact_mod.BUILTIN_PROTECTED and "Period" in redact_mod._NOT_NAME_WORDS


def test_a_new_street_word_is_picked_up_from_the_data(monkeypatch):
    # the patterns are built from the data: the vocabulary, not the code, says what a street is
    assert "wynd" in redact_mod._STREET_AFTER
    assert "[address]" in redact("the tenant at 4 Kirk Wynd has complained").text


@pytest.mark.parametrize("text,secret", [
    ("NHS number 943.476.5919", "943.476.5919"),
    ("NHS number: 943  476  5919", "943  476  5919"),
    ("ring +44-7700-900123 today", "7700-900123"),
    ("postcode SW1A  1AA", "SW1A  1AA"),
    ("account number 1234 5678", "5678"),
    ("her passport, 123456789, expires", "123456789"),
])
def test_odd_spacing_and_punctuation(text, secret):
    assert secret not in redact(text).text


def test_dotted_ten_digits_without_context_are_not_references():
    assert redact("version 123.456.7890 of the app").text == "version 123.456.7890 of the app"


@pytest.mark.parametrize("text,secret", [
    ("Grace has dementia and lives alone", "Grace"),
    ("Ruby said her dad hit her", "Ruby"),
    ("SARAH JONES has complained", "SARAH JONES"),
    ("the tenant at 9 Heol-y-Nant", "Heol-y-Nant"),
    ("Ivy Cottage, 3 Green Lane", "Ivy Cottage"),
    ("Cartref, Heol y Bryn", "Cartref"),
    ("Hillside Farm, Llanrhystud", "Hillside Farm"),
])
def test_people_doing_things_capitals_and_house_names(text, secret):
    assert secret not in redact(text).text


@pytest.mark.parametrize("text", [
    "Grace period has ended", "May has 31 days", "the GRACE PERIOD ends", "MAX TOKENS is 4096",
    "Victoria House, Leeds", "consultation on Heol y Bryn and Ffordd Las",
])
def test_words_that_look_like_people_or_houses(text):
    assert redact(text).text == text


# ------------------------------------------- classes from the second set's first run (issue 16)
@pytest.mark.parametrize("text,secret,placeholder", [
    # DVLA numbers with a space between any of their parts
    ("first scan reads BROWN 710238 KL 9AB, is that ok", "BROWN 710238 KL 9AB", "[driving licence]"),
    ("licence: okafo 552147 tn 2xy", "okafo 552147 tn 2xy", "[driving licence]"),
    ("his licence is DAVIE 801125 GH 9QD 01", "DAVIE 801125 GH 9QD", "[driving licence]"),
    # police CAD / incident logs numbered per day, CPS URNs
    ("Police log CAD 4417 of 21/08 mentions our tenant", "4417 of 21/08", "[case reference]"),
    ("STORM log 0893 of 03/02/2026 is attached", "0893 of 03/02/2026", "[case reference]"),
    ("the incident 552 of 14th October involved a pupil", "552 of 14th October", "[case reference]"),
    ("URN 07XY3456726 for the youth court report", "07XY3456726", "[case reference]"),
    ("cps urn 63 kl 12873 25 please", "63 kl 12873 25", "[case reference]"),
    ("file 21QP6655024 went to the CPS", "21QP6655024", "[case reference]"),
    # phone numbers glued to an abbreviation's full stop
    ("dad's mob.07700900321 for texts", "07700900321", "[phone]"),
    ("call her on Tel.01632 960 118 after 5", "01632 960 118", "[phone]"),
    ("contact no.0113 496 0022 is the landline", "0113 496 0022", "[phone]"),
    # postcodes whose area is also a reference prefix (TR, PO, CR, SR, RM, DL)
    ("the postcode TR7 2QX with her care needs", "TR7 2QX", "[postcode]"),
    ("she moved to PO4 8NW last month", "PO4 8NW", "[postcode]"),
    ("address is in DL14 6RE", "DL14 6RE", "[postcode]"),
])
def test_identifier_forms_from_the_second_set(text, secret, placeholder):
    assert_redacted(text, [secret], [placeholder])


@pytest.mark.parametrize("text", [
    "step 3 of 05/11 in the runbook", "page 2 of 10", "the school URN 104532 is on Get Information About Schools",
    "raise PO12345 for the licences", "tender TR18 closes Friday", "log 4 of the 12 actions",
])
def test_identifier_look_alikes_from_the_second_set(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text,secrets", [
    # lower-case full names after a word for an exchange with a person
    ("can otter join my chat with farai chikore about her visa", ["farai chikore"]),
    ("notes from my meeting with grace obiora.", ["grace obiora"]),
    ("a call with hope ndlovu tomorrow", ["hope ndlovu"]),
    ("my supervision with tunde bakare about his sickness", ["tunde bakare"]),
    # family names with particles
    ("the Van den Heuvel family have asked for copies", ["Van den Heuvel"]),
    ("draft the report for the de la Fuente household", ["de la Fuente"]),
    ("is the Ní Dhomhnaill family's file ok in Copilot", ["Ní Dhomhnaill"]),
    ("the Mac Giolla household moved", ["Mac Giolla"]),
    ("the ap Dafydd family complained", ["ap Dafydd"]),
    ("chronology for the Ó Súilleabháin family", ["Ó Súilleabháin"]),
    # title and hyphenated initials
    ("the outcome letter for Mrs J-L Thornbury", ["J-L Thornbury"]),
    ("Dr A.-C. Whitlock asked for the notes", ["Whitlock"]),
    ("ask Mr K-P Oyelaran about it", ["Oyelaran"]),
])
def test_name_forms_from_the_second_set(text, secrets):
    assert_redacted(text, secrets, ["[name]"])


@pytest.mark.parametrize("text", [
    # organisations named after people with an organisation word after the name
    "compare the Mabel Hartley Charity's research with ours",
    "the Harold Pemberton Trust's annual report",
    "a grant from the Olive Ashworth Fund",
    "the Winifred Coates Foundation's guidance",
    # laws, rules and conditions named after people
    "how do Mabel's Law disclosures work",
    "is Hannah's Rule part of the escalation policy",
    "does Martha's Rule apply on the ward",
    "Gillick competence and Fraser guidelines for under-16s",
    "ask the Caldicott Guardian first",
    # IT service-management tickets
    "Copilot opened a duplicate of ITSM-40417",
    "close INC0041192 and RITM0098812",
    "CHG0031177 is approved", "see SD-55012 and KB0012345",
    # a lower-case exchange with a group or a service is not a name
    "a chat with line management about her", "a referral to occupational health about his back",
    "my 1:1 with new starters", "a meeting with senior leadership about their plans",
])
def test_second_set_look_alikes_survive(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text,secret", [
    ("Sarah's test results for the panel", "Sarah"),       # a lower-case or non-law word: still a person
    ("my son Tom's disease is progressing", "Tom"),
    ("Hyun-woo Park's visa sponsorship", "Hyun-woo"),      # a surname that is also an org word
    ("the Smith family kids", "Smith"),
])
def test_possessives_and_org_words_do_not_hide_people(text, secret):
    assert secret not in redact(text).text


@pytest.mark.parametrize("text,secret", [
    # Welsh / Gaelic / Irish house names (the house word first) before a street or a village
    ("the letter for the tenant at Tŷ Gwyn, Lôn Las about the fence", "Tŷ Gwyn, Lôn Las"),
    ("Bwthyn y Felin, Heol Fawr needs a repair", "Bwthyn y Felin"),
    ("Taigh na Creige, Sràid na h-Aibhne", "Taigh na Creige"),
    ("Fferm Pantglas, Llanarth", "Fferm Pantglas"),
    ("Tŷ Coch, Church Lane", "Tŷ Coch"),
    # Gaelic streets: the article inside the name is not an English stop word; led by an article
    ("paste '7 Cnoc an t-Sìdhein, Uig' into gemini", "7 Cnoc an t-Sìdhein"),
    ("4 Sràid na h-Eaglaise Brice for her", "Eaglaise"),
    ("12 Rathad a' Chladaich Mhòir", "Chladaich"),
    ("2 An t-Sràid Mhòr, Dunvegan", "Sràid Mhòr"),
    # accents typed decomposed, and an address running into a tool name
    ("Tŷ Gwyn, Lo\u0302n Las", "Lo\u0302n Las"),
    ("12 Heol y Dderwen Copilot summary", "Dderwen"),
])
def test_celtic_house_names_and_streets(text, secret):
    r = redact(text)
    assert secret not in r.text and "[address]" in r.text, r.text


@pytest.mark.parametrize("text", [
    "the 3 an hour rate", "Tŷ Hywel is the Senedd building", "consultation on Lôn Las and Sràid na h-Eaglais",
])
def test_celtic_look_alikes_survive(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text, gone", [
    ("can i put the complaint about the family at the end of Mill Cottages into chatgpt", "Mill Cottages"),
    ("she lives on Harbour Street and is behind with her rent", "Harbour Street"),
    ("the tenants in Orchard Close have complained about the noise", "Orchard Close"),
])
def test_a_street_named_where_someone_lives_is_an_address(text, gone):
    assert gone not in redact(text).text


def test_a_street_named_on_its_own_is_left():
    assert redact("the office on Mill Road is closed today").text == "the office on Mill Road is closed today"


@pytest.mark.parametrize("text, gone", [
    ("direct debit mandate: sort code 40.11.62, acc no 12345678 - can the AI check the form?", "40.11.62"),
    ("is a UPN like K390514287013 ok to paste into Copilot?", "K390514287013"),
])
def test_dotted_sort_codes_and_identifiers_after_like(text, gone):
    assert gone not in redact(text).text


def test_a_dotted_version_number_is_left():
    text = "we upgraded to version 10.11.12 last week, can copilot write the release notes?"
    assert redact(text).text == text


# ------------------------------------------------ issue 16, set 3's name and address classes (session 4)
@pytest.mark.parametrize("text,secrets", [
    # a lone surname after a title typed in lower case, particles included
    ("ring ms adebisi on 07700 900456 after 5pm", ["adebisi"]),
    ("email ms nwachukwu about the exclusion", ["nwachukwu"]),
    ("miss kowalczyk said her son is off again", ["kowalczyk"]),
    ("can copilot write to mr van der meer about the arrears", ["van der meer"]),
    ("ms de souza rang about her son", ["de souza"]),
    # a lower-case full name whose first word is also a word, with a circumstance
    ("a sick note summary for dean ashcroft? he's got long covid", ["dean ashcroft"]),
    ("notes on grace mbeki, she has adhd", ["grace mbeki"]),
    ("can copilot write up the visit to faith adeyemi-cole, who has dementia", ["faith adeyemi-cole"]),
    # a role or relation before a lower-case name
    ("my tenant hunter greaves has rent arrears", ["hunter greaves"]),
    ("her son kayden is on a cp plan", ["kayden"]),
    ("my client jade has depression can chatgpt write her plan", ["jade"]),
    ("pupil hodan warsame has asthma", ["hodan warsame"]),
    # a first name alone (any case) with a circumstance, a name at a sentence start
    ("grace has adhd and her mum asked for help", ["grace"]),
    ("Hunter (year 4) has ADHD, can copilot draft his plan", ["Hunter"]),
    ("Grace Fenwick-Oyelaran is a looked after child, can Gemini summarise?", ["Grace Fenwick-Oyelaran"]),
    ("Summer Nguyen has autism, can gemini help with the plan", ["Summer Nguyen"]),
    # Gaelic and Irish family names
    ("is it ok to mention the Mac an tSaoir family's arrears", ["Mac an tSaoir"]),
    ("can copilot write to Mairead Nic a' Phearsain about her housing", ["Nic a' Phearsain", "Mairead"]),
    ("Donncha Ó Súilleabháin has been off sick", ["Ó Súilleabháin", "Donncha"]),
    ("letter to Seumas Mac Dhòmhnaill about his tenancy", ["Mac Dhòmhnaill"]),
    # a product named like a person, used as a person
    ("Can I use Claude to draft notes for my son Jasper, he has ADHD?", ["Jasper"]),
    ("Ada has a cp plan, can copilot summarise", ["Ada"]),
    ("Can Ada come in to discuss her son's EHCP?", ["Ada"]),   # a question to a person, not a tool
    ("Erica has dementia, can copilot write to her daughter", ["Erica"]),
    # c/o
    ("c/o Ayaan Warsame, 4 Elm Road", ["Ayaan Warsame"]),
])
def test_session4_name_cues(text, secrets):
    out = redact(text).text
    for s in secrets:
        assert s.lower() not in out.lower(), out
    assert "[name]" in out


@pytest.mark.parametrize("text,secret", [
    ("Can I put 'The Granary, Mill Lane, Long Melford' into an AI prompt?", "The Granary, Mill Lane"),
    ("address is Willow Bank, Long Drove, Upwell - ok for gemini?", "Willow Bank, Long Drove"),
    ("Orchard End, The Street, Ashwell is the tenant's address", "Orchard End, The Street"),
    ("Lower Barn, Stocks Lane, Hambleton - can chatgpt write the letter", "Lower Barn, Stocks Lane"),
    ("she lives at Rose Farm, can copilot draft the letter", "Rose Farm"),
    ("post it to PO Box 4471, Norwich", "PO Box 4471"),
    ("send to P.O. Box 123 for her", "P.O. Box 123"),
])
def test_session4_house_names_and_po_boxes(text, secret):
    r = redact(text)
    assert secret not in r.text and "[address]" in r.text, r.text


@pytest.mark.parametrize("text", [
    # products and organisations named like a person
    "Can I use Jasper or Julius AI to write social media posts for the library service?",
    "Is Perplexity or Jasper allowed for the newsletter?",
    "is Jasper on the approved list?",
    "can Julius do data analysis for the housing team?",
    "does Jasper store our data?", "we trialled Aria in Opera last year", "Is Devin AI any good for coding?",
    "my son uses Jasper for homework, is that allowed for staff too?",
    "Can Claude write a job description for a patient advice officer?",
    # dates of organisations and historical figures
    "Can ChatGPT write a poster saying the NHS was born on 5 July 1948 for our anniversary event?",
    "the charity was founded on 3 March 1962 - can gemini write the history page",
    "Charles Dickens was born on 7 February 1812, can chatgpt write a quiz",
    "Can Copilot write a blog about Florence Nightingale, born on 12 May 1820?",
    # everyday words that are also given names, with or without a circumstance
    "can copilot summarise her notes on grace period extensions",
    "the dean of students wants her team to use copilot",
    "hope you can help: can I use chatgpt for his rota",
    "we hope she is ok with using gemini", "i hope his team can use copilot",
    "Hunter Wellington boots order for his team - chatgpt?",
    "Summer holiday club for her son - can copilot write the flyer",
    "Faith Groups Forum minutes - can she use gemini",
    "Hope Street Surgery has asked if they can use Copilot",
    "amber warning for his area, can copilot write the alert",
    "sue the council for his damages? can chatgpt explain",
    "the patient safety team want her audit in copilot",
    "pupil premium funding for his class - can gemini plan it",
    # titles that are not titles
    "ms teams recording of her meeting, can copilot summarise",
    "can copilot tidy the ms word doc with his notes",
    "she might miss the deadline for her ehcp review",
    "the ms society is running a survey for her patients",
    # a shop or a public building on a street; PO boxes without a number
    "Tesco, High Street, Ely has a defibrillator",
    "the Town Hall, Market Street, Ely hosts the hub",
    "PO Box numbers in the supplier list",
    "Mac Mini and Mac Pro prices for the IT team",
])
def test_session4_look_alikes_survive(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text,secret", [
    ("she was born on 5 July 1948", "5 July 1948"),
    ("SARAH was born on 5 July 1948", "5 July 1948"),        # a name in capitals is no acronym
    ("the patient was born on 5 July 1948", "5 July 1948"),
    ("Tom Harris was born on 3 May 1965", "Tom Harris"),
])
def test_birth_dates_of_people_still_go(text, secret):
    assert secret not in redact(text).text


@pytest.mark.parametrize("text,gone,kept", [
    ("can i put adebola ogunyemi's fit note into gemini", "adebola ogunyemi", "'s fit note"),
    ("Hunter's EHCP review - can Copilot draft it?", "Hunter", "'s EHCP"),
    ("for kwabena asante's care plan", "kwabena asante", "'s care plan"),
    ("Flat 1, The Maltings, Station Road for the tenancy letter", "Flat 1", "tenancy letter"),
    ("2 Holly Cottages, Low Road, Stow Bedon - can gemini write to her", "2 [address]", "Stow Bedon"),
])
def test_session4_possessives_and_house_leads(text, gone, kept):
    out = redact(text).text
    assert gone not in out and kept in out, out


@pytest.mark.parametrize("text", [
    "summarise the new starter's fit note", "can copilot check the site manager's report",
    "notes on the night shift's handover report", "advice on universal credit's rules",
    "Lloyd-Davies Solicitors sent a letter, can gemini summarise it",
])
def test_session4_possessive_look_alikes_survive(text):
    assert redact(text).text == text


# ------------------------------------------------------------ session 5 (stress set 4's classes)
@pytest.mark.parametrize("text,secret", [
    # court, claim and care-proceedings numbers after their context words
    ("county court claim number H3XW7P2R about rent arrears - can copilot draft a reply", "H3XW7P2R"),
    ("money claim J5KD8N1Q for the disrepair, gemini to summarise?", "J5KD8N1Q"),
    ("care proceedings LV25C00931 - can claude tidy the chronology", "LV25C00931"),
    ("family court MA23P01288: can i paste the position statement into chatgpt", "MA23P01288"),
    ("placement order NE24Z00571 for the twins, copilot for the letter?", "NE24Z00571"),
])
def test_session5_court_numbers_after_context(text, secret):
    out = redact(text).text
    assert secret not in out and "[case reference]" in out, out


@pytest.mark.parametrize("text", [
    "FOI ref FOIR-2026-1142 about printer costs - can copilot draft the reply",
    "incident IR-55301 (phishing test) - claude for the lessons learned write-up",
    "our Companies House number 07123456 - gemini to summarise the filing history",
    "UKPRN 10098765 is on the funding template, copilot to fill it in",
    "school URN 142857 on the Ofsted form - can gemini help",
    "ODS code RX1 and practice code Y01234 in the data sharing agreement",
    "charity number 1187654 in the grant bid, chatgpt to tidy the wording",
    "VAT number GB284551207 on the invoice - copilot to check the template",
])
def test_session5_organisation_ids_survive(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text,secret", [
    # word-like given names at the start of a clause, doing what people do
    ("Joy missed her last two physio sessions, can copilot draft a letter", "Joy"),
    ("Ivy in bed 12 has a grade 2 sore - gemini for the incident form?", "Ivy"),
    ("notes below. Hazel refused her medication again, claude to summarise", "Hazel"),
    ("Pearl (7) disclosed at school today, copilot to tidy my notes", "Pearl"),
])
def test_session5_wordlike_first_names_at_clause_start(text, secret):
    out = redact(text).text
    assert not __import__("re").search(rf"\b{secret}\b", out), out


@pytest.mark.parametrize("text,gone", [
    ("Ivy, Fern and Poppy are on the child protection register - gemini for the minutes", ["Ivy", "Fern", "Poppy"]),
    ("Hope and Grace were both excluded from school, copilot to draft the appeal", ["Hope", "Grace"]),
])
def test_session5_lists_of_wordlike_names(text, gone):
    out = redact(text).text
    assert not any(__import__("re").search(rf"\b{g}\b", out) for g in gone), out


@pytest.mark.parametrize("text,secret", [
    # plural family names and a family name without "the"
    ("the Okonkwos have complained about the damp, can copilot draft a reply", "Okonkwos"),
    ("the o'briens upstairs keep reporting noise, gemini to summarise the log", "o'briens"),
    ("The MacLeod-Hartes are fostering two siblings - claude for the panel report", "MacLeod-Hartes"),
    ("Nowak household (overcrowding) - chatgpt to write the housing letter", "Nowak"),
    # a pasted email header, a salutation, an address before an email
    ("From: Tamsin Ellery-Vance <t.ev@example.org> Sent: 4 May 2026 Subject: my daughter's EHCP", "Tamsin Ellery-Vance"),
    ("To: Oduya Bassey; can copilot summarise this thread", "Oduya Bassey"),
    ("Dear Ifeoma, thank you for your email about your son's assessment", "Ifeoma"),
    # names with letters outside the lists: tone marks, Baltic and Gaelic letters
    ("Adéwálé Ọ̀ṣúntókùn's sick note - can gemini summarise it", "Adéwálé"),
    ("Rūta Petrauskaitė - housing benefit overpayment, claude to summarise", "Rūta Petrauskaitė"),
    ("Peigi NicDhòmhnaill, 79, had a fall - copilot for the referral", "Peigi NicDhòmhnaill"),
    # a lower-case possessive without its apostrophe; a lower-case name with a school year
    ("kaydens mum rang about the exclusion, can i use gemini for the letter", "kayden"),
    ("re oliver marsh-tate (yr 9) can gemini summarise the behaviour log", "oliver marsh-tate"),
    # Master / Mstr with an initial
    ("Master J. Okafor-Lyle (age 5) - early help referral, copilot to help?", "Okafor-Lyle"),
    ("Mstr R Bellweather - school nurse notes, claude ok?", "Bellweather"),
    # a word-like given name and an unlisted surname after a contact word
    ("can copilot write to Hope Ndlovu about her rent arrears", "Hope Ndlovu"),
    ("Autumn Lacey-Morgan, 16, pregnant - can claude help with the plan", "Autumn Lacey-Morgan"),
])
def test_session5_names_by_shape_and_context(text, secret):
    out = redact(text).text
    assert secret.lower() not in out.lower(), out


@pytest.mark.parametrize("text,gone,kept", [
    ("Bwthyn y Nant, Llanystumdwy, LL52 0SH - can gemini write the welsh letter", "Bwthyn y Nant", "welsh letter"),
    ("Tŷ'r Felin, Aberdaron, LL53 8BE is the family's address, copilot ok?", "Tŷ'r Felin", "copilot ok"),
    ("Orchard View, Great Snoring, NR21 0HP - the tenant's letter", "Orchard View", "tenant's letter"),
])
def test_session5_house_village_postcode(text, gone, kept):
    out = redact(text).text
    assert gone not in out and kept in out, out


@pytest.mark.parametrize("text", [
    "a school assembly on Llywelyn ap Gruffudd - can gemini draft it",
    "leaflet about Hywel Dda and the Welsh laws, deepl to translate?",
    "Hope Street car park is closing - copilot to write the notice",
    "Summer, Autumn and Winter are our three school terms - gemini for the newsletter",
    "Dear colleagues, can copilot draft the rota email",
    "the Cotswolds are lovely in spring - chatgpt for the tourism leaflet",
    "the Rolling Stones played here in 1964 - gemini for the heritage trail",
    "Café Nero near the office - can copilot book a table",
    "the Smiths Arms pub quiz - can chatgpt write questions",
    "Grace period for the council tax discount - copilot for the letter",
    "Mark the form as complete and ask copilot to file it",
    "Master Data Management policy - can copilot summarise",
    "claim 2 of the contract, can gemini explain it",
    "Gdańsk Główny station on the trip - chatgpt to plan it",
    "the Simpsons episode in the training pack - gemini to summarise",
    "From: Service Desk - can copilot summarise the ticket update",
])
def test_session5_look_alikes_survive(text):
    assert redact(text).text == text


def test_session5_team_in_an_email_header_is_kept():
    out = redact("From: HR Team <hr@example.org> can gemini summarise the policy update").text
    assert out.startswith("From: HR Team <[email]>"), out


def test_a_postcode_with_a_made_up_area_after_an_address_is_redacted():
    # "WZ" is no real area (no Z second letter), but in capitals and in a postcode's shape after
    # an address it is somebody's postcode as typed
    out = redact("welfare notes for the man at 12 Marsh Lane, Kingsmere WZ4 7QT, can copilot summarise?").text
    assert "WZ4 7QT" not in out and "[postcode]" in out


def test_words_after_a_country_code_and_two_digits_are_no_iban():
    text = "Can ChatGPT explain what an MG11 is for new PCSOs?"
    assert redact(text).text == text


def test_a_placeholder_name_with_an_identifier_beside_it_is_somebody():
    assert "Bloggs" not in redact("Asker Jo Bloggs (943 476 5919) wants a person").text
    text = "Test records in the sandbox are all called Fred Bloggs, is it ok to let Copilot see them?"
    assert redact(text).text == text


@pytest.mark.parametrize("text, gone", [
    ("the complaint email from Mrs Dorothy Ashworth at Low Garth Farm about the footpath", "Low Garth Farm"),
    ("a letter from the tenant at Rose Cottage about the hedge", "Rose Cottage"),
])
def test_a_named_house_after_a_person_is_an_address(text, gone):
    """Round 26 (whinfellnpa WNP014): a farm or cottage named after a person identifies them."""
    from bot.redact import redact
    assert gone not in redact(text).text


def test_a_named_place_after_staff_is_not_an_address():
    from bot.redact import redact
    assert "Home Farm depot" in redact("our staff at Home Farm depot need a rota").text
