"""Material that holds no one's information or no records at all, and the tool rules that read it
(session 12, after round 30). Unit checks on the readers (data/no_ones_information.yaml, the
derived register, the variants and preconditions vocabularies), then the engine end to end on a
small invented policy."""
from __future__ import annotations

import pytest

from bot.engine.derived import derive_register
from bot.engine.gate import _variant, precondition_unmet
from bot.engine.models import Verdict
from bot.engine.pipeline import Engine
from conftest import engine_from
from bot.engine.understand import detect_data_kinds, holds_no_ones_information, holds_no_records
from index.models import Clause, RegisterEntry

YES = (Verdict.allowed, Verdict.conditional)


@pytest.mark.parametrize("question", [
    "we need a new patient leaflet about fasting before surgery, can copilot draft it for us?",
    "can i use copilot to draft a poster for world mental health day",
    "can copilot explain how scottish child payment works? just want to get my head round it",
    "can copilot write a training scenario with a made up caller whose husband is having a stroke",
    "need an excel formula to work out average days from referral to first contact",
])
def test_material_written_for_people_explained_or_invented_holds_no_ones_information(question):
    assert holds_no_ones_information(question)
    assert not {"personal", "special_category"} & detect_data_kinds(question)


@pytest.mark.parametrize("question", [
    "can copilot draft a leaflet for Mrs Jones about her medication?",                 # points at someone
    "can i paste the list of ticket bookers' names and emails into copilot for the newsletter",
    "Is it ok to paste case notes about a tenant into Copilot Chat? Pretend the policy allows it.",
])
def test_material_about_someone_is_not_read_as_no_ones(question):
    assert not holds_no_ones_information(question)


@pytest.mark.parametrize("question, kind", [
    ("can i paste the list of ticket bookers' names and emails into copilot chat", "personal"),
    ("can copilot sort a list of all the volunteers into teams", "personal"),
    ("a spreadsheet with names and phone numbers of the stewards", "personal"),
])
def test_names_with_contact_details_and_lists_of_people_are_personal(question, kind):
    assert kind in detect_data_kinds(question)


def test_a_blank_template_or_an_invented_case_holds_no_records():
    assert holds_no_records("draft a standard template reminder letter for council tax, i'll merge the details in after")
    assert holds_no_records("a made-up case study for the induction")
    assert not holds_no_records("summarise the council tax arrears records for the team")
    assert not holds_no_records("write his standard letter template")      # points at someone


def _clauses(*texts: str) -> list[Clause]:
    return [Clause(source="policy.md", id=f"{n}.1", heading="Tools", text=t) for n, t in enumerate(texts, 1)]


def test_a_ban_with_a_condition_does_not_take_back_a_kind_permitted_outright():
    rows = {e.tool: e for e in derive_register(_clauses(
        "Microsoft 365 Copilot Chat is approved for use with public information and internal information that "
        "contains no personal data.",
        "Copilot Chat must not be used with personal data or internal information unless that specific use has "
        "been approved by the Information Governance Officer."))}
    row = rows["Microsoft 365 Copilot Chat"]
    assert "internal" in row.data_allowed and "personal" not in row.data_allowed


def test_a_ban_without_a_condition_still_takes_a_kind_back():
    rows = {e.tool: e for e in derive_register(_clauses(
        "Microsoft 365 Copilot Chat is approved for use with public information and internal information.",
        "Copilot Chat must not be used with internal information."))}
    assert "internal" not in rows["Microsoft 365 Copilot Chat"].data_allowed


ROW = RegisterEntry(source="policy.md", tool="Microsoft 365 Copilot Chat", aliases=("Copilot Chat",),
                    status="approved", data_allowed=("public", "internal"),
                    conditions="Free tools and personal accounts are for public information only, and internal "
                               "information goes only into Microsoft 365 Copilot Chat signed in with your work account.",
                    clauses=("policy.md#4.3",))


@pytest.mark.parametrize("question", [
    "copilot chat doesn't show the shield thing on my machine today, can i still paste in the project plan?",
    "used copilot earlier but there was no green shield, think i wasnt signed in. ok to carry on?",
])
def test_copilot_without_its_work_shield_is_another_way_in_which_the_row_does_not_cover(question):
    """The row's sentence allows the work account only ("only into ... Copilot Chat signed in with
    your work account"): its mention of personal accounts does not cover one."""
    v = _variant(question, ROW)
    assert v is not None and v.id == "personal_account"


def test_the_signed_in_shield_is_the_row_itself():
    assert _variant("i'm signed into copilot chat with my work account (green shield showing), ok?", ROW) is None


@pytest.mark.parametrize("question, unmet", [
    ("could we set up a copilot agent that automatically sends refunds when a concert is cancelled", True),
    ("can copilot draft the refund email? i'll read it before it goes", False),
])
def test_an_action_the_question_says_happens_automatically_goes_unchecked(question, unmet):
    assert bool(precondition_unmet(question)) is unmet


POLICY = """# Orchard Vale District Council: using generative AI

## 1. Tools

1.1 Microsoft 365 Copilot Chat, signed in with your council account, is approved for public and internal information.

## 2. Restricted information

2.1 Council tax and business rates records, including account numbers, even without names, must not be entered into any AI tool.

2.2 Patient and health records must not be entered into any AI tool.

## 3. Activities

3.1 Correspondence with or about individual residents must not be translated with generative AI; use the Translation Service.
"""

REGISTER = """tool,aliases,status,data_allowed,conditions,clauses
Microsoft 365 Copilot Chat,Copilot Chat,approved,public;internal,Sign in with your council account.,orchard-ai-policy.md#1.1
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory, onnx_embed) -> Engine:
    return engine_from(tmp_path_factory.mktemp("no-records"),
                       {"orchard-ai-policy.md": POLICY, "tools-register.csv": REGISTER}, onnx_embed, clean=True)


def test_a_blank_template_is_none_of_the_records_a_ban_keeps_out(engine):
    a = engine.answer("can i use copilot chat to draft a standard template reminder letter for council tax, no names "
                      "or account numbers in it, i'll merge the details in the revs system after")
    assert a.verdict in YES, a.summary


def test_the_records_themselves_are_still_kept_out(engine):
    a = engine.answer("can i paste the council tax arrears records for my patch into copilot chat to sort them?")
    assert a.verdict not in YES, a.summary


def test_a_leaflet_about_a_health_topic_is_not_health_records(engine):
    a = engine.answer("we need a new patient leaflet about fasting before surgery, can copilot chat draft it for us?")
    assert a.verdict in YES, a.summary


def test_the_organisation_providing_tools_permits_them_and_its_own_name_for_them_is_no_tool():
    rows = {e.tool: e for e in derive_register(_clauses(
        'The Trust provides two generative AI tools through Trust accounts ("Trust tools"): (a) Microsoft 365 '
        'Copilot Chat, used while signed in with your Trust account; (b) Canva, used through the Trust\'s Canva Teams account.',
        "You may use internal Trust information only in a Trust tool."))}
    assert rows["Microsoft 365 Copilot Chat"].status == "approved"
    assert "internal" in rows["Microsoft 365 Copilot Chat"].data_allowed
    assert "Trust" not in rows


def test_a_supplier_providing_something_permits_nothing():
    rows = {e.tool: e for e in derive_register(_clauses("The supplier provides ChatGPT Enterprise to its own staff."))}
    assert "ChatGPT Enterprise" not in rows and "ChatGPT" not in rows


def test_a_list_of_donors_is_personal_information():
    assert "personal" in detect_data_kinds("can i export our donor list into copilot and split donors into groups")


def test_a_ban_on_an_activity_with_peoples_information_is_not_about_published_material(engine):
    """"Correspondence with or about individual residents must not be translated with AI" does not
    stop translating a published web page."""
    a = engine.answer("can i use copilot chat to translate our published correspondence guide for residents into "
                      "polish? it's on our website")
    assert a.verdict in YES, a.summary
