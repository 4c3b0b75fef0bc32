"""NHS numbers in any grouping, sort codes joined to accounts, tribunal and judicial review
references, CPS URNs, lower-case postcodes; names after object prepositions, accented and
lower-case names the lists do not know, family forms, given-name lists with a personal process,
Welsh street words; procurement-portal and service-desk ids kept (issue 16, after set 12).
Invented examples only; the NHS numbers pass or fail the check digit as the test says."""
import pytest

from bot.redact import _nhs_checksum_ok, redact


def _gone(text, value):
    out = redact(text).text
    assert value.lower() not in out.lower(), out
    return out


def _kept(text):
    out = redact(text).text
    assert out == text, out


# 4857302918 passes the NHS mod 11 check; 9434036961 does not
def test_invented_numbers_checksums():
    assert _nhs_checksum_ok("4857302918")
    assert not _nhs_checksum_ok("9434036961")


@pytest.mark.parametrize("text, value", [
    # NHS numbers in other groupings, with an NHS or patient word near
    ("the patient's number 48573 02918 is on the referral, ok for Copilot?", "48573 02918"),
    ("GP letter has 48 57 30 29 18 at the top - can the AI reformat it?", "48 57 30 29 18"),
    ("nhs 4857-302-918 for the discharge note", "4857-302-918"),
    ("48573-02918 is on the clinic list, can AI sort it?", "48573-02918"),
    ("pt nhs 94340 36961 on the referral - can AI write the summary?", "94340 36961"),
    # sort codes joined to the account number
    ("refund the tenant to 09-01-29 / 12345678 - AI to draft?", "12345678"),
    ("pay the grant into 20.32.53-43917265 for the carer", "43917265"),
    ("council tax refund to 11-22-33-44556677, can AI write the letter", "44556677"),
    ("bank 40 11 62 : 7123 4567 for the direct payment", "7123 4567"),
    # tribunal, judicial review and claim references with letters and a year
    ("upper tribunal case UI-2023-004512 for my client, can AI draft the skeleton?", "UI-2023-004512"),
    ("claim number QB-2022-001234 in the county court about the tenant", "QB-2022-001234"),
    ("in judicial review JR-2024-MAN-001177 the claimant wrote long letters", "JR-2024-MAN-001177"),
    ("the appeal PA/01234/2023 for our client - AI for the bundle?", "PA/01234/2023"),
    # CPS / police URNs after URN
    ("the CPS sent URN 42 TH 1234567 24 for the assault, can AI draft?", "1234567"),
    ("police URN: 62XY778123455 re the burglary victim", "62XY778123455"),
    # lower-case unspaced postcodes next to an address or a postcode word
    ("tenant at 5 Heol y Nant, sa148jt, needs a repairs letter", "sa148jt"),
    ("her postcode is ll573bz, can AI fill the form?", "ll573bz"),
    ("crofter at Croft 7, Tolsta, hs20ny - grant application help via AI?", "hs20ny"),
])
def test_fixed_formats_after_set12(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    # an organisation's procurement notices and service-desk tickets
    "Sell2Wales notice ID 998877 is the AI translation tender; may bidders use ChatGPT?",
    "PCS notice ID NOV456789 - can suppliers use ChatGPT in bids?",
    "Public Contracts Scotland ref APR778899 covers chatbots, does our policy apply?",
    "incident 5566778899 was raised when Copilot went down; who do I tell?",
    "change 123-456-7890 turns on Gemini for finance, is a DPIA needed?",
    "incident INC 0012345 logged for the Otter outage; what's the process?",
    "problem 12345678 about Teams freezing - who owns it?",
    "RITM 0045678 for a Claude seat is still pending",
    # numbers that only look like the new formats
    "school URN 123456 - can we use Gemini?",
    "our review of policy v2.3 in 2024-25",
    "tribunal guidance 2024 on AI use by judges",
    "our policy review 2024-AI-001 is due next month",
    "Tender ref TEN-2026-0099 is for AI minutes - can AI draft the criteria?",
    "version 12.34.56 of the app",
    "we have 10 patients on the ward and 34 nurses",
    "the sw1 and ec1 areas have new AI kiosks",
])
def test_organisation_ids_and_lookalikes_kept(text):
    _kept(text)


@pytest.mark.parametrize("text, value", [
    # a service-desk word with a personal word in the question is a person's incident
    ("incident 56781234 involving a tenant assault - can AI write it up?", "56781234"),
    ("incident ref KX-300411-778 after the arson, AI letter to residents?", "KX-300411-778"),
])
def test_personal_incidents_still_redacted(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text, value", [
    # a name after an object preposition with a personal process in the sentence
    ("can copilot write the capability report on Taavi Rebane", "Taavi Rebane"),
    ("is gemini fine for the appraisal of Nnamdi Okonkwo-Bello", "Okonkwo-Bello"),
    ("the safeguarding chronology for Kseniya Vasylenko - can AI tidy it?", "Kseniya Vasylenko"),
    ("SAR response to Dariusz Zielinski, can the AI redact it?", "Dariusz Zielinski"),
    ("exit interview notes for Kwame Asante, can copilot summarise", "Kwame Asante"),
    ("rent history of Ffion Rhys-Ahmed for the tribunal, AI ok?", "Ffion Rhys-Ahmed"),
    ("Is Claude ok for the case summary on Halyna Bondar, whose sponsorship ended", "Halyna Bondar"),
    # lower-case names that are no English words
    ("notes on oisin mcgrath who disclosed abuse, ok for the AI?", "oisin mcgrath"),
    ("welfare check on jakub wisniewski - can Otter transcribe?", "jakub wisniewski"),
    ("ok to ask chatgpt about siobhan nic an ghoill's sickness absence", "ghoill"),
    ("whats the rule on the AI notetaker for tomasz nowaks appraisal", "tomasz nowak"),
    ("notes for marek kowalczyk after the disciplinary", "marek kowalczyk"),
    # accented names anywhere
    ("we're suspending Zdeněk Horák pending the investigation, AI for the letter?", "Zdeněk Horák"),
    ("Ayşe Yılmaz missed her return to work meeting, can copilot draft the follow-up", "Ayşe Yılmaz"),
    ("Hüseyin Çelik was redeployed after the grievance, can AI draft the letter?", "Hüseyin Çelik"),
    # family forms
    ("family Okafor have rent arrears, can AI write to them?", "Okafor"),
    ("teulu Pritchard need a letter about the eviction, Copilot in Welsh?", "Pritchard"),
    ("the MacAskill household has rent arrears, AI letter?", "MacAskill"),
    ("the Van der Berg household's housing benefit claim, can Claude summarise", "Berg"),
    # lists of given names with a personal process
    ("can AI compare the appraisals of Bogdan, Ewa and Chiamaka", "Chiamaka"),
    ("Eilidh, Seonaidh, Iagan failed the resit, can the AI write the feedback", "Seonaidh"),
    # Welsh street words
    ("HMO licence letter for 12 Cwrt y Felin, please draft with AI", "Cwrt y Felin"),
    ("repairs letter for 41 Caer Gwent, can Copilot help?", "Caer Gwent"),
])
def test_names_after_set12(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "can copilot write a report on Microsoft Purview labels?",
    "guidance on Power Automate flows for HR, is it allowed?",
    "training on Copilot Studio agents - who approves?",
    "can AI write a blog on Ada Lovelace for the library?",
    "our appraisal template for Band 5 nurses - can AI draft it?",
    "can AI summarise the investigation into the Horizon scandal?",
    "the welfare check process for lone workers, AI help?",
    "notes on São Paulo office visit - can Copilot summarise?",
    "a report on Zürich insurance renewal, can ChatGPT help?",
    "failed login attempts on Otter - is that a data breach?",
    "meeting notes about Llanelli Scarlets sponsorship, AI ok?",
    "can AI write the mediation policy for Ceredigion schools?",
    "family Court guidance on AI transcripts",
    "someone asked for the tree survey for Ashbrook Rec - can AI help with the reply?",
    "a report on Ynys Môn tourism stats",
    "Can Copilot draft the consultation about parking on Heol Glas?",
])
def test_clean_text_after_set12_kept(text):
    _kept(text)


def test_lower_case_title_is_not_part_of_an_unknown_name():
    out = redact("using magic notes on an assessment with mrs Nwachukwu, she mentioned her pension").text
    assert "with mrs " in out and "Nwachukwu" not in out, out


@pytest.mark.parametrize("text, value", [
    ("Oyelaran, Szymańska and Ferreira all have rent arrears - AI letters?", "Oyelaran"),
    ("the four residents (Kowalski, Hughes, Baptiste) reported damp, AI for the letters?", "Baptiste"),
])
def test_lists_of_surnames_with_a_circumstance(text, value):
    _gone(text, value)


def test_list_of_names_without_a_circumstance_kept():
    _kept("Hughes, Baptiste and Kowalski are the three options on the rota template")
