"""Issue 16 after set 17: products, bots and charities named like people; security alert ids; job
titles before a name; "all the X siblings"; lower-case full names of any origin before a noun;
lower-case members of a list of names; name cells of a pasted table row; a house number and street
after a flat. Invented examples only, none from a stress set."""
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


# 1. products, bots, charities and organisations named like people
@pytest.mark.parametrize("text", [
    "Ellie (our HR chatbot) keeps giving wrong answers, can we switch it off",
    "Robin (the RPA bot in payroll) - is it covered by the AI policy",
    "Sophie Taylor vocabulary app for year 3 - is it on the approved list",
    "Mrs Wordsmith spelling app, is it approved for key stage 2",
    "Jamie's Farm trip risk assessment template - ok to adapt with copilot",
    "Olivia (the council's booking bot) - does it count as AI",
    "Anna's Kitchen Foundation grant bid - can copilot draft it",
    "Oscar, our web chatbot, keeps quoting old bin days - can we retrain it",
])
def test_named_products_kept(text):
    _kept(text)


@pytest.mark.parametrize("text, name", [
    ("Sophie Taylor has ADHD and uses the reading app, can chatgpt write her plan", "Sophie Taylor"),
    ("my son Jamie Reid loves the Jamie's Farm app, can ai write his EHCP review", "Jamie Reid"),
    ("Mrs Wordsmith app for his dyslexia - can copilot write Tom Baxter's support plan", "Tom Baxter"),
    ("Sarah Okafor (the teaching assistant) has cancer, can ai draft her leave letter", "Sarah Okafor"),
])
def test_people_beside_product_words_still_redacted(text, name):
    _gone(text, name)


# 1b. security alerts: the organisation's own event
@pytest.mark.parametrize("text", [
    "the SOC alert 2025-02-0117 about shadow AI uploads - is that reportable",
    "security alert 2023-07-0412 raised by the firewall, can copilot summarise the log",
])
def test_alert_ids_kept(text):
    _kept(text)


def test_alert_id_with_a_person_redacted():
    _gone("safeguarding alert 2025-02-0117 about a pupil's disclosure, can ai summarise", "2025-02-0117")


# 2a. a job title before a name
@pytest.mark.parametrize("text, name", [
    ("caretaker Dariusz Wiśniewski hurt his back, can ai write the RIDDOR report", "Dariusz Wiśniewski"),
    ("teacher Trần-Phạm Minh raised a whistleblowing concern, can copilot summarise", "Trần-Phạm Minh"),
    ("porter Kwabena Asante-Mensah raised a whistleblowing concern, can ai summarise", "Kwabena Asante-Mensah"),
    ("midwife Ngozi Adeyemi-Olu raised a concern about the rota, can gemini help", "Ngozi Adeyemi-Olu"),
])
def test_job_title_before_name(text, name):
    _gone(text, name)


# 2b. all the X siblings / kids / brothers
@pytest.mark.parametrize("text, name", [
    ("all the Kowalczyk kids have been referred to early help, can chatgpt summarise", "Kowalczyk"),
    ("all the Nowicki siblings are on the CAMHS waiting list, can chatgpt write the summary", "Nowicki"),
    ("both the Haddad brothers were referred to the youth offending team, ok for copilot?", "Haddad"),
])
def test_all_the_family(text, name):
    _gone(text, name)


# 2c. lower-case full names of any origin before a noun
@pytest.mark.parametrize("text, name", [
    ("ask chatgpt about oksana kovalenko council tax reduction", "oksana kovalenko"),
    ("ok to ask the bot about nasrin akter housing priority", "nasrin akter"),
    ("is copilot ok for summarising ayesha siddiquas hospital discharge", "ayesha siddiqua"),
    ("need ai to summarise bohdan melnychuk homes for ukraine file", "bohdan melnychuk"),
    ("is it ok to ask gemini about farhan hussains appeal", "farhan hussain"),
    ("is it ok to ask gemini about abdiwali warsame's appeal against the fine", "abdiwali warsame"),
])
def test_lower_case_full_name_before_noun(text, name):
    _gone(text, name)


@pytest.mark.parametrize("text", [
    "kwame nkrumah biography for black history month",
    "merton sutton joint commissioning plan summary",
    "claudia jones and the notting hill carnival - newsletter piece",
    "can i use perplexity pro for research",
])
def test_lower_case_pairs_that_are_not_people_kept(text):
    _kept(text)


# 2d. a lower-case unlisted member of a list of names
def test_lower_case_list_member():
    _gone("amara, tsegaye and oisin missed the trip, can ai write to their parents", "tsegaye")
    _gone("Priya Shah, Dawit Bekele and tsegaye all have free school meals", "tsegaye")


def test_lower_case_list_of_tools_kept():
    _kept("teams, zoom, slack and webex - which are approved")


# 2e. surnames alone as cells of a pasted table row with an identifier
@pytest.mark.parametrize("text, name", [
    ("pasted row: payee | Wiśniewski | GB33BUKB20201555555555 | £300 - ok for copilot?", "Wiśniewski"),
    ("row from the payroll sheet: Nowakowska | band 4 | QQ123456C | 30hrs - excel copilot ok?", "Nowakowska"),
])
def test_table_cell_names(text, name):
    _gone(text, name)


def test_table_row_without_identifier_kept():
    _kept("supplier | Capita | £40,000 | 2025")


# 2f. a house number and street after a flat
def test_flat_then_house_number_street():
    _gone("tenant at Flat 2, 17 Brackenbury - damp complaint, ok for gemini?", "17 Brackenbury")
    _gone("Flat 12, 3 Moorgate LS2 7HY - repairs log for chatgpt", "3 Moorgate")


def test_flat_then_date_kept():
    _kept("Flat 3, 12 March meeting notes")


@pytest.mark.parametrize("text", [
    "unit 4, 2 Copilot licences - who approves",
    "Flat 2, 3 Bedrooms, Gas Central Heating - listing text for chatgpt",
])
def test_flat_then_counted_things_kept(text):
    _kept(text)
