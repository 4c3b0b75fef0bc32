"""A published governance ruling answers the next close question, cited as
governance-rulings#R-n; a withdrawn one is never cited again (issue 5, rulings as knowledge).
Real index, real engine, real governance database."""
from __future__ import annotations

import json

import pytest

from bot.assistant import Assistant
from bot.governance.service import Governance
from index.build import build_index
from conftest import write_knowledge

QUESTION = "can I use Goblin Tools to reword my emails? I'm dyslexic"
CLOSE = "I'm dyslexic, is Goblin Tools ok for rewording my emails?"


@pytest.fixture(scope="module")
def setup(tmp_path_factory, onnx_embed):
    import os
    root = tmp_path_factory.mktemp("rulings")
    home = root / "home"
    build_index(write_knowledge(root / "knowledge"), home, embed_model=onnx_embed)
    old = os.environ.get("POLICYBOT_HOME")
    os.environ["POLICYBOT_HOME"] = str(home)
    os.environ["POLICYBOT_SLACK_GOVERNANCE_CHANNEL"] = "CGOV"
    try:
        gov = Governance(home=home)
        yield Assistant(home=home, governance=gov), gov
        gov.close()
    finally:
        os.environ.pop("POLICYBOT_SLACK_GOVERNANCE_CHANNEL", None)
        if old is None:
            os.environ.pop("POLICYBOT_HOME", None)
        else:
            os.environ["POLICYBOT_HOME"] = old


def test_ruling_answers_the_next_close_question_then_withdrawal_stops_it(setup):
    assistant, gov = setup
    first = assistant.ask(QUESTION, platform="slack", user_id="U1", conversation_ref={"channel": "D1", "ts": "1.0"})
    # a tool not on the register: no until the governance team rules
    assert first.answer.verdict.value == "not_allowed" and first.answer.escalated and first.escalation_id

    gov.answer(first.escalation_id, "U_GOV", "conditional",
               "Yes: Goblin Tools may be used to reword your own emails with internal information only.",
               publish_ruling=True)
    ruling = gov.rulings_as_knowledge()[0]
    assert ruling["ref"] == "governance-rulings#R-1"

    again = assistant.ask(CLOSE, platform="slack", user_id="U2", conversation_ref={"channel": "D2", "ts": "2.0"})
    a = again.answer
    assert a.verdict.value == "conditional" and not a.escalated
    assert a.citations[0].ref == "governance-rulings#R-1"
    assert a.citations[0].quote in ruling["text"]

    # a different, more sensitive case is not answered from the ruling
    other = assistant.ask("can I use Goblin Tools to reword a letter about a patient's diagnosis?",
                          platform="slack", user_id="U3", conversation_ref={"channel": "D3", "ts": "3.0"})
    assert "governance-rulings#R-1" not in [c.ref for c in other.answer.citations]

    gov.withdraw_ruling("R-1", "U_GOV")
    after = assistant.ask(CLOSE, platform="slack", user_id="U2", conversation_ref={"channel": "D2", "ts": "4.0"})
    assert after.answer.verdict.value == "not_allowed" and after.answer.escalated
    assert all(not c.ref.startswith("governance-rulings#") for c in after.answer.citations)
    assert "governance-rulings" not in json.dumps(after.answer.to_contract())
