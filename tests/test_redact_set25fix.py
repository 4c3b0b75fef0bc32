"""Issue 16 after set 25: the classes set 25's first run leaked or altered, tested with other invented
values (none from a stress set), plus clean look-alikes. Each input in the "leak" and "kept" tests
fails on main at a4119cf (before redact32); the guards pass there too."""
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


# 1. an identifier of the same shape coordinated with one already found (or with a placeholder of the
# kind) inherits its kind, however far its own context word is
@pytest.mark.parametrize("text,values", [
    ("Can Gemini check LK62 WPX and LK62 WPQ against the residents' permit register? one is a blue badge holder's",
     ("LK62 WPX", "LK62 WPQ")),
    ("Please compare [vehicle registration], YR15 HDQ or YR15 HDZ with the estate permit spreadsheet, ok for AI?",
     ("YR15 HDQ",)),
])
def test_coordinated_plates_leak(text, values):
    _gone(text, *values)


@pytest.mark.parametrize("text", [
    "Can Copilot compare ISO 27001 and ISO 27002 for the parking permit system?",
    "Is [vehicle registration] the right placeholder for plates in our AI guidance?",
    "Does the CR-2291 and CR-2292 change pair need a DPIA before we use ChatGPT?",
])
def test_coordinated_lookalikes_kept(text):
    _kept(text)


# 2. a family named by its members: surname + plural kin word
@pytest.mark.parametrize("text,values", [
    ("the Okonjo siblings want a special guardianship order, can ChatGPT help?", ("Okonjo",)),
    ("the Adeyemi grandparents are asking for kinship care - can Gemini draft the letter?", ("Adeyemi",)),
    ("the Kowalczyk cousins applied for a child arrangements order - can Copilot summarise it?", ("Kowalczyk",)),
])
def test_family_by_members_leak(text, values):
    _gone(text, *values)


@pytest.mark.parametrize("text", [
    "the Reception parents want a newsletter about AI, can ChatGPT help?",
    "the Year 6 parents evening letter - can Gemini draft it?",
    "Can ChatGPT draft a template special guardianship order assessment?",
])
def test_family_lookalikes_kept(text):
    _kept(text)


# 3. a group label then a list of full names, with no verb between ("residents A B, C D and ...")
@pytest.mark.parametrize("text,values", [
    ("the tower block tenants Sean Hall, Maureen Hall and Declan Field reported damp, ok for ChatGPT?",
     ("Sean Hall", "Maureen Hall", "Declan Field")),
    ("the estate residents Colm Ward, Siobhan Ward and [name] complained about the lifts, ok in Copilot?",
     ("Colm Ward", "Siobhan Ward")),
])
def test_group_label_list_leak(text, values):
    _gone(text, *values)


@pytest.mark.parametrize("text", [
    "Can the residents Christmas Party and Summer Fair posters be made with AI?",
    "pupils Year 7 and Year 8 can use Gemini for homework?",
])
def test_group_label_lookalikes_kept(text):
    _kept(text)


# 4. titles of honour before a firm or a public figure, with no personal matter in the sentence
@pytest.mark.parametrize("text", [
    "Can Copilot summarise what Dame Rosalind Okafor said at the housing conference?",
    "Does the policy cover subcontractors from Sir Alfred McAlpine on the bypass job using Gemini?",
    "Can I quote Sir Tim Berners-Lee on the open web in an AI-drafted staff bulletin?",
])
def test_honour_title_public_kept(text):
    _kept(text)


@pytest.mark.parametrize("text,values", [
    ("Sir Gareth Pendlebury has dementia and lives with his daughter, can Copilot help?", ("Pendlebury",)),
    ("letter to Dame Rosalind Okafor about her rent arrears - ok for ChatGPT?", ("Okafor",)),
    ("my neighbour Sir Gareth Pendlebury keeps parking on my drive, ok for ChatGPT?", ("Pendlebury",)),
])
def test_honour_title_person_still_redacted(text, values):
    _gone(text, *values)


# 5. job titles whose second word is a title word, not a surname
@pytest.mark.parametrize("text", [
    "Does a Nurse Specialist need extra training before using the AI scribe?",
    "Our Nurse Advisor wants Copilot for the audit write-up, allowed?",
    "Can a Nurse Practitioner use Copilot for discharge letters?",
    "Our Pharmacist Prescriber wants to use ChatGPT for leaflets - allowed?",  # a guard: passes before too
])
def test_job_titles_kept(text):
    _kept(text)


@pytest.mark.parametrize("text,values", [
    ("my colleague Nurse Adaeze Okonkwo has cancer, can I tell Copilot?", ("Okonkwo",)),
    ("Consultant Okonkwo has cancer, can Copilot write to him?", ("Okonkwo",)),
])
def test_role_then_name_still_redacted(text, values):
    _gone(text, *values)


# 6. an organisation's serious-incident id is not a person's case reference
@pytest.mark.parametrize("text", [
    "Serious incident SI-23-0411 (a staff member uploaded a public leaflet to ChatGPT) - do we report it?",
    "Incident SUI-22-0317: a member of staff pasted the rota template into Gemini, is that reportable?",
])
def test_incident_ids_kept(text):
    _kept(text)


# 7. "born" said of a hub, an app, a project: no one's date of birth
@pytest.mark.parametrize("text", [
    "Our podcast was born on 4 June 2019 - can AI write the birthday post?",
    "The newsletter was born on 2 April 2020 in the pandemic; can Gemini write its anniversary blog?",
])
def test_non_person_born_kept(text):
    _kept(text)


@pytest.mark.parametrize("text,values", [
    ("Our son was born on 4 June 2019 - can AI write a birthday post?", ("4 June 2019",)),
    ("Tom from the team was born on 4 June 1990, can Copilot draft a card?", ("4 June 1990",)),
])
def test_person_born_still_redacted(text, values):
    _gone(text, *values)
