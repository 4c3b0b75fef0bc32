"""The Teams Adaptive Card builders: pure functions, every card validated against the Adaptive
Card 1.5 JSON schema shipped in tests/schemas (no network)."""
from __future__ import annotations

import pytest

from bot.engine.models import Answer, Citation, Verdict
from bot.teams.cards import (AnswerCardState, answer_fallback_text, build_answer_card, build_escalation_card,
                             build_reindex_card, build_relay_card, build_status_card, build_welcome_card)
from bot.teams.cards.answer import SUBSCRIBED_NOTE, VERB_ESCALATE, VERB_FEEDBACK, VERB_SUBSCRIBE
from bot.teams.cards.common import verdict_look
from bot.teams.cards.escalation import (INPUT_DISMISS_REASON, INPUT_PUBLISH, INPUT_TEXT, INPUT_VERDICT,
                                        VERB_ANSWER, VERB_CLAIM, VERB_DISMISS, VERB_REFRESH)
from teams_stub import card_nodes, card_text, valid_card

def actions(card: dict) -> list[dict]:
    return [n for n in card_nodes(card) if str(n.get("type", "")).startswith("Action.")]


def answer(verdict: Verdict = Verdict.conditional, **kw) -> Answer:
    base = dict(question="Can I use Copilot Chat to summarise a *public* report?", verdict=verdict,
                summary="Yes, if you sign in with your council account.",
                conditions=["Sign in with your council account.", "Check the output for accuracy."],
                citations=[Citation(ref="policy.md#2.1", source="policy.md", clause="2.1", heading="Approved tools",
                                    quote="Staff may use Microsoft 365 Copilot Chat when signed in [with] *care*.",
                                    url="https://intranet.example.gov.uk/ai-policy#2.1", score=0.9),
                           Citation(ref="policy.md#4.1", source="policy.md", clause="4.1", heading="Accuracy",
                                    quote="Staff must check AI-generated content.", url=None, score=0.5)],
                tool="Microsoft 365 Copilot Chat", confidence=0.9, index_version="v1")
    base.update(kw)
    return Answer(**base)


@pytest.mark.parametrize("verdict", list(Verdict))
def test_answer_card_shows_the_verdict_with_its_icon_and_colour(verdict):
    card = valid_card(build_answer_card(answer(verdict)))
    icon, words, colour, style = verdict_look(verdict)
    banner = card["body"][0]
    assert banner["type"] == "Container" and banner["style"] == style
    assert banner["items"][0]["text"] == f"{icon} {words}" and banner["items"][0]["color"] == colour
    assert words in card["fallbackText"] and "policy.md#2.1" in card["fallbackText"]


def test_every_verdict_has_its_own_look():
    looks = {verdict_look(v)[:3] for v in Verdict}
    assert len(looks) == len(Verdict)
    assert verdict_look("not_allowed")[2] == "attention" and verdict_look("allowed")[2] == "good"


def test_answer_card_quotes_citations_with_the_ref_linked_to_the_source():
    card = valid_card(build_answer_card(answer()))
    body = card_text(card)
    assert "Yes, if you sign in with your council account." in body
    assert "• Sign in with your council account." in body and "• Check the output for accuracy." in body
    runs = [n for n in card_nodes(card) if n.get("type") == "TextRun"]
    linked = [r for r in runs if r["text"] == "policy.md#2.1"][0]
    assert linked["selectAction"] == {"type": "Action.OpenUrl", "url": "https://intranet.example.gov.uk/ai-policy#2.1",
                                      "title": "Open policy.md#2.1"}
    unlinked = [r for r in runs if r["text"] == "policy.md#4.1"][0]
    assert "selectAction" not in unlinked
    quote = [r for r in runs if "signed in" in r["text"]][0]
    # verbatim, in a TextRun (never read as markdown), in italics
    assert quote["text"] == "“Staff may use Microsoft 365 Copilot Chat when signed in [with] *care*.”"
    assert quote["italic"] is True
    assert "AI-generated" in body


def test_answer_card_actions_are_universal_actions_carrying_the_answer():
    a = answer()
    card = valid_card(build_answer_card(a, AnswerCardState(event_id="ev1")))
    acts = card["actions"]
    assert [x["type"] for x in acts] == ["Action.Execute"] * 4
    assert [x["verb"] for x in acts] == [VERB_ESCALATE, VERB_FEEDBACK, VERB_FEEDBACK, VERB_SUBSCRIBE]
    assert acts[0]["title"] == "Ask the governance team"
    assert [x["data"].get("helpful") for x in acts[1:3]] == [True, False]
    back, state = AnswerCardState.from_data(acts[1]["data"])
    assert back == a and state.event_id == "ev1" and state.feedback is None


def test_answer_card_after_feedback_and_after_escalation():
    a = answer(Verdict.unsure, escalated=True, escalation_reason="The register does not list this tool.")
    thanked = valid_card(build_answer_card(a, AnswerCardState(event_id="ev1", feedback=False)))
    assert "Thanks, you said this answer was not helpful." in card_text(thanked)
    assert [x["verb"] for x in thanked["actions"]] == [VERB_ESCALATE, VERB_SUBSCRIBE]
    assert "This needs the AI governance team: The register does not list this tool." in card_text(thanked)

    auto = valid_card(build_answer_card(a, AnswerCardState(event_id="ev1", escalation_id="7")))
    assert "Passed to the AI governance team (The register does not list this tool.)" in card_text(auto)
    assert VERB_ESCALATE not in [x["verb"] for x in auto["actions"]]

    asked = valid_card(build_answer_card(answer(), AnswerCardState(escalation_id="8", requested=True, feedback=True)))
    assert "You asked the AI governance team to check this answer" in card_text(asked)
    assert "actions" not in asked

    followed = valid_card(build_answer_card(a, AnswerCardState(event_id="ev1", feedback=True, subscribed=True)))
    assert SUBSCRIBED_NOTE in card_text(followed) and VERB_SUBSCRIBE not in [x["verb"] for x in followed["actions"]]
    assert AnswerCardState.from_data(followed["actions"][0]["data"])[1].subscribed is True
    no_event = valid_card(build_answer_card(a, AnswerCardState()))
    assert VERB_SUBSCRIBE not in [x["verb"] for x in no_event["actions"]]


def test_malformed_card_data_is_refused():
    with pytest.raises(ValueError):
        AnswerCardState.from_data({"answer": {"verdict": "maybe"}})
    with pytest.raises(ValueError):
        AnswerCardState.from_data({})


def test_fallback_text_names_verdict_and_refs():
    assert answer_fallback_text(answer(Verdict.not_allowed)) == (
        "Not allowed: Yes, if you sign in with your council account. (Clauses: policy.md#2.1, policy.md#4.1)")
    assert answer_fallback_text(answer(citations=[])).endswith("council account.")


def test_welcome_card_offers_example_questions():
    card = valid_card(build_welcome_card())
    examples = [x for x in card["actions"] if x["type"] == "Action.Submit"]
    assert len(examples) >= 3
    for x in examples:
        assert x["data"]["msteams"] == {"type": "imBack", "value": x["title"]}
    assert "Mention me" in card_text(valid_card(build_welcome_card(in_channel=True)))


POST = {"escalation_id": 12, "question": "Can I paste [name]'s case notes into Gemini?", "verdict": "unsure",
        "summary": "The policy does not settle this.", "citations": ["policy.md#3.1"],
        "reason": "The tool is not on the register.", "requested_by_user": True, "status": "open"}


def test_escalation_card_has_the_answer_form():
    card = valid_card(build_escalation_card(POST))
    body = card_text(card)
    assert "Escalated question #12" in body and "Open" in body
    assert "Can I paste [name]'s case notes into Gemini?" in body
    assert "The tool is not on the register." in body and "The person asked for a person" in body
    inputs = {n["id"]: n for n in card_nodes(card) if str(n.get("type", "")).startswith("Input.")}
    assert set(inputs) == {INPUT_VERDICT, INPUT_TEXT, INPUT_PUBLISH, INPUT_DISMISS_REASON}
    assert {c["value"] for c in inputs[INPUT_VERDICT]["choices"]} == {v.value for v in Verdict}
    assert inputs[INPUT_PUBLISH]["type"] == "Input.Toggle" and inputs[INPUT_PUBLISH]["valueOn"] == "true"
    verbs = {a.get("verb") for a in actions(card) if a["type"] == "Action.Execute"}
    assert verbs == {VERB_ANSWER, VERB_CLAIM, VERB_DISMISS, VERB_REFRESH}
    assert all(a["data"] == {"escalation_id": 12} for a in actions(card) if a["type"] == "Action.Execute")
    assert card["refresh"]["action"]["verb"] == VERB_REFRESH


class _Esc:
    """The attributes of a governance Escalation the card reads."""
    def __init__(self, **kw):
        base = dict(id=12, status="open", question=POST["question"], answer_snapshot={
            "verdict": "unsure", "summary": POST["summary"], "citations": POST["citations"]},
            reason=POST["reason"], requested_by_user=False, claimed_by=None, answered_by=None,
            governance_verdict=None, answer_text=None, ruling_id=None, dismissed_by=None, dismiss_reason=None)
        base.update(kw)
        self.__dict__.update(base)


def test_escalation_card_follows_the_case():
    claimed = valid_card(build_escalation_card(_Esc(status="claimed", claimed_by="Sam Reviewer")))
    assert "Claimed by Sam Reviewer" in card_text(claimed)
    assert VERB_CLAIM not in {a.get("verb") for a in actions(claimed)}

    answered = valid_card(build_escalation_card(_Esc(status="answered", answered_by="Sam Reviewer",
                                                governance_verdict="not_allowed", answer_text="No: case notes "
                                                "are special category data.", ruling_id="R-4")))
    body = card_text(answered)
    assert "Answered by Sam Reviewer" in body and "Not allowed" in body and "special category" in body
    assert "R-4" in body and "governance-rulings#R-4" in body
    assert not [a for a in actions(answered) if a["type"] == "Action.Execute" and a["verb"] != VERB_REFRESH]
    assert not [n for n in card_nodes(answered) if str(n.get("type", "")).startswith("Input.")]

    dismissed = valid_card(build_escalation_card(_Esc(status="dismissed", dismissed_by="Sam", dismiss_reason="Duplicate.")))
    assert "Dismissed by Sam" in card_text(dismissed) and "Duplicate." in card_text(dismissed)

    failed = valid_card(build_escalation_card(_Esc(), error="escalation 12 is already answered"))
    assert card_text(failed).startswith("⚠️ escalation 12 is already answered")


def test_relay_cards_for_the_asker():
    card = valid_card(build_relay_card({"escalation_id": 12, "status": "answered", "question": "Can I?",
                                   "verdict": "conditional", "verdict_words": "Allowed with conditions",
                                   "answer": "Yes, with the DPO's sign-off.", "ruling_ref": "governance-rulings#R-4"}))
    body = card_text(card)
    assert "answered your question" in body and "Allowed with conditions" in body
    assert "Yes, with the DPO's sign-off." in body and "governance-rulings#R-4" in body
    closed = valid_card(build_relay_card({"status": "dismissed", "question": "Can I?", "reason": "Not about AI."}))
    assert "closed your question" in card_text(closed) and "Not about AI." in card_text(closed)


def test_owner_cards():
    assert "No index yet" in card_text(valid_card(build_status_card(None)))
    manifest = {"index_version": "v9", "created": "2026-11-27T10:00:00.123+00:00", "trigger": "cli",
                "counts": {"documents": 2, "clauses": 18, "register": 2, "problems": 1},
                "documents": [{"source": "policy.md", "clauses": 12}],
                "problems": [{"path": "scan.pdf", "reason": "no text"}]}
    status = valid_card(build_status_card(manifest))
    facts = {f["title"]: f["value"] for n in card_nodes(status) if n.get("type") == "FactSet" for f in n["facts"]}
    assert facts["Version"] == "v9" and facts["Clauses"] == "18" and facts["Built"].startswith("2026-11-27 10:00:00")
    assert "scan.pdf: no text" in card_text(status)
    assert "previous index still serves" in card_text(valid_card(build_reindex_card(error="knowledge folder not found")))
