"""After round 32 (session 12): a ban until publication is a ban on unpublished material; a device
the policy allows only when enrolled, said not to be; an asker who says they are not in the group
a restricted tool is for; a person at risk of ending their life is a safeguarding matter. Unit
checks on each reader."""
from __future__ import annotations

import numpy as np
import pytest

from bot.engine.gate import asker_outside, precondition_unmet
from bot.engine.knowledge import _qualified, _sentence
from bot.engine.topics import TopicModel, load_topics
from index.models import RegisterEntry


@pytest.mark.parametrize("text, qualified", [
    ("Papers of the private (Part 2) session must not be entered into any generative AI tool, including "
     "Copilot Chat, until the ICB has published them.", False),
    ("Draft reports must not be entered into any AI tool until they have been published.", False),
    ("Copilot must not be used with personal data until a DPIA has been approved.", True),
    ("AI content must not be published until a person has checked it.", True),
])
def test_publication_is_no_condition_a_person_meets(text, qualified):
    assert _qualified(text) is qualified
    assert _sentence("p.md#6.8", text, False).prohibitive is (not qualified)


@pytest.mark.parametrize("question, unmet", [
    ("on my own ipad (not enrolled in anything) can i use copilot chat with my work login?", True),
    ("i dont have intune on my phone, can i use copilot chat on it?", True),
    ("my phone is enrolled in intune, can i use copilot chat on it?", False),
])
def test_a_device_said_not_to_be_enrolled_is_outside_what_the_policy_allows(question, unmet):
    assert bool(precondition_unmet(question)) is unmet


class _KB:
    clauses: dict = {}


FIREFLY = RegisterEntry(source="r.csv", tool="Adobe Firefly", aliases=(), status="restricted", data_allowed=("public",),
                        conditions="Communications Team only. Images must be labelled.", clauses=())


@pytest.mark.parametrize("question, outside", [
    ("can i use adobe firefly to make a banner? (not comms, i work in grants)", True),
    ("i'm not in the communications team but can i use firefly for a banner?", True),
    ("can i use adobe firefly to make a banner for the comms campaign?", False),
    ("im not sure if firefly labels images, can i use it for the comms banner?", False),
])
def test_an_asker_who_says_they_are_not_in_the_group_a_tool_is_for_is_outside_it(question, outside):
    assert (asker_outside(_KB, FIREFLY, question) is not None) is outside


def test_a_person_at_risk_of_ending_their_life_is_on_the_safeguarding_topic():
    topics = {t.id: t for t in load_topics()}
    terms = " ".join(topics["safeguarding"].terms)
    assert "end their life" in terms and "ending their life" in terms


@pytest.mark.parametrize("text, ban", [
    ("Never enter passwords, alarm or door codes, or system access keys into an AI tool.", True),
    ("Do not paste customer details into Copilot or any other AI tool.", True),
    ("Do not use AI to write references.", False),
    ("Never put a tenant's name on a public poster.", False),
])
def test_an_order_not_to_put_something_into_ai_tools_is_a_ban_on_entering_it(text, ban):
    from bot.engine.knowledge import entry_ban_kinds
    assert (entry_ban_kinds(_sentence("p.md#4.5", text, False)) is not None) is ban


@pytest.mark.parametrize("question, entering", [
    ("can i put the door code for the store into copilot so it goes into the procedure", True),
    ("can i paste the draft budget paper in copilot chat?", True),
    ("could gemini give me some general strategies for supporting learners in the workshop?", False),
])
def test_a_question_putting_material_into_the_tool_is_read(question, entering):
    from bot.engine.entering import puts_material_in
    assert puts_material_in(question) is entering
