"""What a ban covers (session 11): a proviso is a condition, a ban on putting information into AI
tools is about that information, and a list item is about the tool its lead-in names. Unit checks
on the sentence readers, then the engine end to end on a small invented policy."""
from __future__ import annotations

import pytest

from bot.engine import lexicon as lx
from bot.engine.knowledge import _sentence, entry_ban_kinds
from bot.engine.models import Verdict
from bot.engine.pipeline import Engine
from conftest import engine_from

YES = (Verdict.allowed, Verdict.conditional)


@pytest.mark.parametrize("text, prohibitive", [
    ("Generative AI may be used to create illustrative images for campaign posters, provided they do not "
     "show a real, identifiable person and are labelled.", False),
    ("Copilot Chat may be used for drafting as long as no names are entered.", False),
    ("The information provided must not be entered into any AI tool.", True),
    ("Tools provided by suppliers must not be used for council work.", True),
])
def test_a_proviso_makes_a_permission_with_a_condition_not_a_ban(text, prohibitive):
    s = _sentence("p.md#1.1", text, False)
    assert s.prohibitive is prohibitive
    assert s.qualified is (not prohibitive)


def test_not_needing_something_forbids_nothing():
    assert not lx.PROHIBITIVE.search("Routine emails do not need a label where AI only helped with drafting.")
    assert lx.PROHIBITIVE.search("Staff do not need a licence for this, but do not enter case notes.")


@pytest.mark.parametrize("text, kinds", [
    ("The electoral register and absent vote records must not be entered into any generative AI tool.", set()),
    ("Details of a colleague's sickness absence or health must not be entered into any AI tool.", {"special_category"}),
    ("AI must not be used to rank licensed operators for inspection.", None),
    ("Staff must not use AI at grievance hearings.", None),
])
def test_a_ban_on_entering_information_is_told_from_a_ban_on_an_activity(text, kinds):
    got = entry_ban_kinds(_sentence("p.md#1.1", text, False))
    if kinds is None:
        assert got is None
    else:
        assert got is not None and kinds <= set(got)


POLICY = """# Brackwater Borough Council: using generative AI

## 1. Which tools

1.1 Staff may use any generative AI tool for council work, provided the information and activity rules in this policy are followed.

1.2 Microsoft 365 Copilot Chat is the council's own assistant and may be used with internal information.

## 2. Information

2.1 The electoral register, absent vote records and nomination papers must not be entered into any generative AI tool.

2.2 Details of a colleague's sickness absence, occupational health reports or medical letters must not be entered into any generative AI tool.

## 3. PlanSift

3.1 PlanSift, the planning validation assistant, may be used by the Planning service to check planning applications.

3.2 PlanSift must not be used for:

(a) work of any other service, including Building Control, Licensing and Highways.

## 4. Activities

4.1 Generative AI may be used to create illustrative images for council campaigns, provided they do not show a real, identifiable person and are labelled as AI-generated.

## 5. Magic Notes

5.1 Magic Notes records and summarises conversations with residents. It is licensed to adult social care teams.
"""


REGISTER = """tool,aliases,status,data_allowed,conditions,clauses
Microsoft 365 Copilot Chat,Copilot Chat,approved,public;internal,Sign in with your council account.,brackwater-ai-policy.md#1.2
PlanSift,,restricted,public;internal,Planning service only.,brackwater-ai-policy.md#3.1;brackwater-ai-policy.md#3.2
Magic Notes,,restricted,public;internal;personal,Adult social care teams only.,brackwater-ai-policy.md#5.1
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory, onnx_embed) -> Engine:
    return engine_from(tmp_path_factory.mktemp("ban-scope"),
                       {"brackwater-ai-policy.md": POLICY, "tools-register.csv": REGISTER}, onnx_embed, clean=True)


def test_published_material_is_not_the_information_a_ban_keeps_out(engine):
    a = engine.answer("can I use Copilot Chat to summarise the Electoral Commission's published guidance "
                      "on postal vote opening sessions for the count staff?")
    assert a.verdict in YES, a.summary


def test_the_banned_information_itself_is_still_a_no(engine):
    a = engine.answer("can I paste the electoral register into Copilot Chat to find duplicate entries?")
    assert a.verdict not in YES, a.summary


def test_a_template_holding_no_ones_information_is_not_a_colleagues_sickness_record(engine):
    a = engine.answer("can Copilot Chat draft a generic template letter inviting staff to a sickness absence "
                      "review meeting? no names, just the template")
    assert a.verdict in YES, a.summary


def test_a_list_item_is_about_the_tool_its_lead_in_names(engine):
    """"PlanSift must not be used for: (a) work of any other service, including ... Licensing" is
    no ban on licensing work with Copilot Chat (the pair model may still ask a person: it reads
    the rule with its lead-in), and it still bans PlanSift for licensing."""
    a = engine.answer("licensing team want to use Copilot Chat to turn our statement of licensing policy into "
                      "a plain english Q&A for the website, fine?")
    assert not ("whatever the tool" in a.summary and any(c.clause.startswith("3.2") for c in a.citations[:1])), a.summary
    b = engine.answer("can the licensing team use PlanSift to check our premises licence applications?")
    assert b.verdict not in YES, b.summary


def test_an_asker_described_outside_a_restricted_tool_does_not_get_a_yes(engine):
    a = engine.answer("im in the adult social care team, can i use magic notes to tidy the wording of our "
                      "carers leaflet template?")
    assert a.verdict in YES, a.summary
    b = engine.answer("im in environmental health, can i use magic notes to tidy the wording of our food "
                      "hygiene leaflet template?")
    assert b.verdict not in YES, b.summary
    assert "restricted" in (b.escalation_reason or "")


SAFETY_MD = """# Millbrook Leisure: AI use

## 1. Tools

1.1 Microsoft 365 Copilot Chat may be used with the Trust's internal information, signed in with a Trust account.

## 2. Safety

2.1 AI tools must not be used to write, change or make decisions about safety-critical arrangements, including pool safety operating procedures, lifeguard rotas, pool chemical dosing, COSHH assessments and risk assessments.
"""


def test_safety_critical_work_is_a_topic_a_ban_covers(tmp_path, onnx_embed):
    """topics.yaml `safety_critical_work` (session 11, round 27): a question about writing a risk
    assessment or working out a chemical dose meets the ban in other words; a poster does not."""
    from conftest import engine_from
    eng = engine_from(tmp_path, {"millbrook-ai-policy.md": SAFETY_MD}, onnx_embed)
    for q in ("need a risk assessment for the new inflatable session, is it ok to have copilot draft it as a starting point",
              "quick one - can copilot work out the chlorine dose for the teaching pool from our test readings"):
        a = eng.answer(q)
        assert a.verdict not in YES, (q, a.summary)
    b = eng.answer("can copilot chat help me word a poster about the new inflatable session times")
    assert b.verdict in YES, b.summary


@pytest.mark.parametrize("question, personal", [
    ("can i use the ai assistant in adobe acrobat to summarise a customer's application form pdf?", True),
    ("can copilot tidy the passenger's booking correspondence before i reply", True),
    ("can copilot redesign our customer application form template", False),
])
def test_a_persons_document_is_their_personal_information(question, personal):
    """A customer's, passenger's or donor's form, file or correspondence is about them (round 27,
    westmerereg WRS028): personal information, which an any-tool stance does not take."""
    from bot.engine.understand import detect_data_kinds
    assert ("personal" in detect_data_kinds(question)) is personal


FERRY_MD = """# Islay Sound Ferries: AI use

## 1. Tools

1.1 Microsoft 365 Copilot Chat may be used with the service's internal information, signed in with a council account.

## 2. Safety

2.1 AI must not be used for navigation, passage planning, vessel stability or any decision on whether a sailing goes ahead.
"""


def test_passage_planning_and_sailing_decisions_are_safety_critical(tmp_path, onnx_embed):
    from conftest import engine_from
    eng = engine_from(tmp_path, {"islay-ai-policy.md": FERRY_MD}, onnx_embed)
    for q in ("new relief master here - can i use copilot to help put together a passage plan for the crossing",
              "skipper asked me to ask copilot whether the forecast means we should cancel the 1600"):
        a = eng.answer(q)
        assert a.verdict not in YES, (q, a.summary)
    b = eng.answer("can copilot chat help me reword the notice about the new summer timetable")
    assert b.verdict in YES, b.summary
