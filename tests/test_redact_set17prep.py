"""Issue 16 after set 16: validated identifiers written with separators inside them that no shape
expects (groups re-joined and checked: NHS mod 11, NI prefix and suffix, DVLA structure, IBAN mod 97,
PNC/CRO check letter); passport numbers after "pp no" in any case; bare crime numbers; organisations'
incident and vendor support-case numbers; buildings and products named after people.
Invented examples only."""
import pytest

from bot.redact import redact

_PNC_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY"


def _nhs(prefix9):
    total = sum(int(d) * (10 - i) for i, d in enumerate(prefix9))
    check = (11 - total % 11) % 11
    assert check != 10
    return prefix9 + str(check)


def _pnc_letter(year2, serial):
    return _PNC_LETTERS[int(year2 + serial.zfill(7)) % 23]


def _gone(text, value):
    out = redact(text).text
    compact = "".join(ch for ch in value if ch.isalnum()).lower()
    squashed = "".join(ch for ch in out if ch.isalnum()).lower()
    assert compact not in squashed, out
    return out


def _kept(text):
    out = redact(text).text
    assert out == text, out


_SEPS = [" / ", "/", " - ", "-", "|", " | ", "\\", "\n", " /\n", "_", " – ", "·", " \n "]
_NHS = [_nhs("401023218"), _nhs("485777345"), _nhs("612009334")]


@pytest.mark.parametrize("sep", _SEPS)
@pytest.mark.parametrize("nhs", _NHS)
def test_nhs_number_split_by_any_separator(sep, nhs):
    for a, b in ((5, 5), (3, 7), (3, 3)):
        value = sep.join([nhs[:a], nhs[a:a + b], nhs[a + b:]] if a + b < 10 else [nhs[:a], nhs[a:]])
        out = _gone(f"the number is {value} (split over two lines in the email), can AI read it", value)
        assert "[NHS number]" in out


@pytest.mark.parametrize("sep", _SEPS)
def test_pnc_id_with_separator_runs(sep):
    for year, serial in (("02", "48543"), ("19", "0334521"), ("2011", "287134")):
        letter = _pnc_letter(year[-2:], serial)
        for case in (str.upper, str.lower):
            value = f"{year}{sep}{serial}{case(letter)}"
            _gone(f"DV disclosure, subject PNC {value} - can I use Gemini for the letter", value)
            value = f"{year}{sep}{serial}{sep}{letter}"
            _gone(f"subject {value} - can I use Gemini for the letter", value)


@pytest.mark.parametrize("sep", _SEPS)
def test_cro_number_with_separator_runs(sep):
    serial, year = "412093", "99"
    value = f"{serial}{sep}{year}{_pnc_letter(year, serial)}"
    _gone(f"CRO {value} on the pre-sentence report, copilot ok?", value)


def test_pnc_wrong_check_letter_not_taken_by_rejoin():
    letter = _pnc_letter("02", "48543")
    wrong = next(ch for ch in "ABCDEFGH" if ch != letter)
    assert redact(f"see pages 02 / 48543{wrong} of the bundle").text.endswith(f"02 / 48543{wrong} of the bundle")


@pytest.mark.parametrize("sep", ["-", " - ", "/", " / ", "|", ".", "\n", "_"])
@pytest.mark.parametrize("case", [str.upper, str.lower, str.title])
def test_dvla_licence_with_separators(sep, case):
    parts = ["RAHMA", "007191", "MS9EF"]
    value = case(sep.join(parts))
    out = _gone(f"apprentice asked if the AI can fill in the D1 renewal with his licence {value}", value)
    assert "[driving licence]" in out
    value = case(sep.join(["MORGA", "753116", "SM9IJ"]))
    _gone(f"{value} is on the form", value)


@pytest.mark.parametrize("sep", ["/", " / ", "|", ".", "-", "\n", " | "])
def test_ni_number_split_by_separators(sep):
    for parts in (["QQ", "12", "34", "56", "C"], ["ab", "12", "34", "56", "c"], ["JG", "103759", "A"]):
        value = sep.join(parts)
        _gone(f"her ni {value} is on the pay slip - ok for copilot?", value)
        _gone(f"{value} on the pay slip - ok for copilot?", value)


@pytest.mark.parametrize("sep", ["/", " / ", "|", "-", ".", "\n"])
def test_iban_in_groups_of_four_with_separators(sep):
    groups = ["GB82", "WEST", "1234", "5698", "7654", "32"]
    value = sep.join(groups)
    _gone(f"refund to {value} please, can AI draft the letter", value)


@pytest.mark.parametrize("text", [
    "Are we allowed to run Llama 3.1 8B locally on the data team's server?",
    "Leaflets for residents in the LL57 area - can DeepL translate them into Welsh?",
    "Change request CR-270 930 1285 adds Copilot to the standard build, does it need a DPIA?",
    "change no. 8096261197 - turning on transcription in Teams, allowed?",
    "release 2024.11.3 - 0456712 build notes, can AI summarise them?",
    "the kitchen fire at the depot on EM4 7QD - Mrs Pike's report",
    "version 3.4.5.6.7.8.9.0.1.2 of the app",
])
def test_rejoin_leaves_versions_and_org_codes(text):
    out = redact(text).text
    for marker in ("[NHS number]", "[bank details]", "[driving licence]", "[NI number]"):
        assert marker not in out, out


@pytest.mark.parametrize("lead", ["pp no.", "PP No:", "pp no", "pp number", "Ppt no", "ppt"])
@pytest.mark.parametrize("value", ["e24391558", "E24391558", "x12345678", "C1K1MY8LK"])
def test_passport_after_pp_no_any_case(lead, value):
    out = _gone(f"chinese {lead} {value} on the visa letter, ok to put it through the AI translator", value)
    assert "[passport number]" in out


@pytest.mark.parametrize("value", ["25/61832", "25 / 61832", "2025-061832", "25|61832", "25 - 61832", "1234/56789"])
@pytest.mark.parametrize("lead", ["crime", "Crime", "crime no", "occurrence", "CRIME NUMBER"])
def test_bare_crime_number(lead, value):
    _gone(f"log ref 1 and {lead} {value} - teacher assaulted, can i use ai to write the riddor", value)


@pytest.mark.parametrize("text", [
    "crime 2023/24 figures for the ward - can AI chart them?",
    "crime 2019-2024 trends in the district, can Copilot summarise?",
    "crime 12/03/2024 briefing slides for members",
])
def test_crime_word_before_years_and_dates_kept(text):
    _kept(text)


# ---------------------------------------------- an organisation's incident and supplier case numbers
@pytest.mark.parametrize("text", [
    "fire incident 2025/04112 debrief - can AI summarise the crew's operational learning (no casualty details)",
    "incident 2024-118273 hot debrief: can Copilot draft the lessons learned?",
    "post-incident review for incident 24/01992 (no names), can AI structure it",
])
def test_incident_reference_in_org_review_kept(text):
    _kept(text)


@pytest.mark.parametrize("text", [
    "fire incident 2025/04112 debrief - she was injured, can AI summarise",
    "incident 2025/04112 debrief for the resident who fell - can AI help",
    "incident 2025/04112 debrief: the casualty was taken to hospital, can AI help",
])
def test_incident_reference_with_a_person_redacted(text):
    assert "2025/04112" not in redact(text).text


@pytest.mark.parametrize("text", [
    "case number 4024690606 on the Microsoft support portal about Copilot licensing - who owns it",
    "our support case 78812345 with the vendor support team is about the Teams outage",
    "support ticket 2291004 on the supplier portal for the chatbot, can AI draft the escalation?",
])
def test_vendor_support_case_kept(text):
    _kept(text)


@pytest.mark.parametrize("text", [
    "case number 4024690606 on the Microsoft support portal is about her sickness record",
    "case number 4024690606 on the Microsoft support portal - the tenant's data was in the upload",
])
def test_vendor_support_case_with_person_redacted(text):
    out = redact(text).text
    assert "4024690606" not in out and "78812345" not in out, out


# ------------------------------------------------- places and products named after people
@pytest.mark.parametrize("text", [
    "Elizabeth Fry hostel want AI to help with their rota - is that allowed",
    "can I use the AI tool to plan the refurb of Octavia Hill Court community room",
    "the Mary Seacole Ward team asked about Copilot for handovers",
    "Josephine Butler House staff want to use AI for the newsletter",
    "the Nye Bevan Unit is trialling an AI scheduling tool",
    "Can Arbor's AI report writer be used for end of year reports",
    "is Sparx's AI marking tool on the approved list?",
])
def test_places_and_products_named_after_people_kept(text):
    _kept(text)


@pytest.mark.parametrize("text,name", [
    ("Jo Smith court hearing notes have her diagnosis - can AI summarise", "Jo Smith"),
    ("my son Tom Baker hostel place was refused, he has ADHD", "Tom Baker"),
    ("Mrs Patel's AI homework app shows her son's autism diagnosis", "Patel"),
])
def test_person_before_building_or_product_word_still_redacted(text, name):
    assert name not in redact(text).text


@pytest.mark.parametrize("text", ["version AB.12.34.56.C of the AI standard", "clause JG/10/37/59/A of the contract",
                                  "release RAHMA-007191-MS9EF notes"])
def test_rejoin_not_after_document_numbering_words(text):
    _kept(text)
