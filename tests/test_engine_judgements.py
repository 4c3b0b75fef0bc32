"""A question that asks the AI tool itself for a judgement (to decide, rank, or say which, who or
whether) does not earn a yes where the policy has a rule about AI judgements (session 12,
bot/engine/judgements.py). Unit checks on the question shapes and the rule words, then the engine
end to end on two small invented policies: one with such a rule, one without."""
from __future__ import annotations

import pytest

from bot.engine.judgements import asks_for_judgement, is_judgement_rule
from bot.engine.knowledge import _sentence
from bot.engine.models import Verdict
from conftest import engine_from

YES = (Verdict.allowed, Verdict.conditional)


@pytest.mark.parametrize("question", [
    "can i just ask copilot which of the three radio quotes we should buy and go with that",
    "could i use chatgpt to predict which of my year 11s are likely to fail maths",
    "can copilot tell me whether the mould counts as an emergency hazard",
    "can i get copilot to rank the top 20 applicants",
    "could copilot sort this mornings jobs into emergency / urgent / routine for us?",
    "can i ask gemini what dose of amoxicillin a 4 year old should get?",
    "can i use copilot to decide if we should say yes to the loan request",
    "can i put the absence records into copilot to spot who keeps taking mondays off",
])
def test_a_question_asking_the_tool_for_a_judgement_is_read(question):
    assert asks_for_judgement(question)


@pytest.mark.parametrize("question", [
    "can copilot help me write a job advert for a band 3 admin post?",
    "can copilot pick out trends in the Q3 management accounts?",
    "need an excel formula to work out sailings per month, can i ask chatgpt if i use made up numbers",
    "if i take the names out can copilot summarise the complaint?",
    "can chatgpt suggest a title for the newsletter?",
])
def test_an_everyday_request_is_no_judgement(question):
    assert asks_for_judgement(question) is None


@pytest.mark.parametrize("text, about", [
    ("AI must not be used to make or recommend decisions about individual tenants.", True),
    ("Generative AI must not be used to score or compare quotes from suppliers.", True),
    ("Clinical advice, including medication doses, must come from a clinician, not from an AI tool.", True),
    ("Photographs of residents must not be uploaded to any AI tool.", False),
    ("The council has not yet decided whether AI may be used at planning committee.", False),
])
def test_a_rule_about_judgements_is_told_from_other_rules(text, about):
    assert is_judgement_rule(_sentence("p.md#1.1", text, False)) is about


POLICY = """# Fernmoor Housing Association: using generative AI

## 1. Tools

1.1 Microsoft 365 Copilot Chat is approved for all staff and may be used with internal information.

## 2. Information

2.1 Tenants' personal information must not be entered into any AI tool.
{rule}
"""

RULE = """
## 3. Decisions

3.1 AI must not be used to make, or to recommend, decisions about tenants, staff or suppliers; a named officer decides.
"""

REGISTER = """tool,aliases,status,data_allowed,conditions,clauses
Microsoft 365 Copilot Chat,Copilot Chat,approved,public;internal,Sign in with your work account.,fernmoor-ai-policy.md#1.1
"""


@pytest.fixture(scope="module")
def engines(tmp_path_factory, onnx_embed):
    files = lambda rule: {"fernmoor-ai-policy.md": POLICY.format(rule=rule), "tools-register.csv": REGISTER}  # noqa: E731
    return (engine_from(tmp_path_factory.mktemp("judge-rule"), files(RULE), onnx_embed, clean=True),
            engine_from(tmp_path_factory.mktemp("judge-none"), files(""), onnx_embed, clean=True))


QUESTION = "we've had three quotes for the lift servicing contract, can i just ask copilot chat which one we should go with?"


def test_a_judgement_asked_of_the_tool_is_held_where_the_policy_has_a_rule_about_judgements(engines, monkeypatch):
    """With the pair model switched off (it reads the same rule on this small policy, before this
    check), the judgement check alone holds the yes."""
    monkeypatch.setenv("POLICYBOT_PAIR_MODEL", "off")
    with_rule, _ = engines
    a = with_rule.answer(QUESTION)
    assert a.verdict not in YES, a.summary
    assert a.escalated
    assert "judgement" in (a.escalation_reason or "")
    assert any(c.clause == "3.1" for c in a.citations), [c.clause for c in a.citations]


def test_the_same_policy_still_says_yes_to_an_everyday_request(engines):
    with_rule, _ = engines
    a = with_rule.answer("can i use copilot chat to draft the covering email for the lift servicing tender? "
                         "nothing confidential in it")
    assert a.verdict in YES, a.summary


def test_with_the_pair_model_on_the_judgement_is_still_held(engines):
    with_rule, _ = engines
    a = with_rule.answer(QUESTION)
    assert a.verdict not in YES, a.summary
    assert a.escalated


def test_without_a_rule_about_judgements_the_tools_approval_answers(engines, monkeypatch):
    monkeypatch.setenv("POLICYBOT_PAIR_MODEL", "off")
    _, without = engines
    a = without.answer(QUESTION)
    assert a.verdict in YES, a.summary
