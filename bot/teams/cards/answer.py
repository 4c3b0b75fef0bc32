"""The answer card: verdict band, summary, conditions, quoted clauses linked to their source,
and the universal actions (ask the governance team, helpful / not helpful)."""
from __future__ import annotations

from dataclasses import dataclass

from bot.engine.models import Answer, Citation
from bot.teams.cards.common import bullets, card, execute, heading, plain, text, verdict_banner, verdict_look

VERB_FEEDBACK = "answer.feedback"
VERB_ESCALATE = "answer.escalate"
VERB_SUBSCRIBE = "answer.subscribe"     # "tell me if this answer changes"

SUBSCRIBED_NOTE = "🔔 I'll tell you in this conversation if this answer changes after the policy is updated."
AI_NOTE = "AI-generated from the policy clauses quoted above. Check them before you rely on it."


@dataclass
class AnswerCardState:
    """What the card shows besides the answer; travels in the actions' data so that the card can
    be rebuilt when someone presses a button (no server-side session needed)."""
    event_id: str | None = None          # the audit event of this answer
    escalation_id: str | None = None     # set once a person has been asked to check it
    requested: bool = False              # escalated because the person asked (not automatically)
    feedback: bool | None = None         # True helpful, False not helpful, None not given yet
    subscribed: bool = False             # the person asked to be told if this answer changes

    def data(self, answer: Answer) -> dict:
        return {"answer": answer.to_contract(), "event_id": self.event_id, "escalation_id": self.escalation_id,
                "requested": self.requested, "feedback": self.feedback, "subscribed": self.subscribed}

    @classmethod
    def from_data(cls, data: dict) -> tuple[Answer, "AnswerCardState"]:
        """The answer and state carried by an action's data (raises ValueError if malformed)."""
        try:
            answer = Answer.model_validate(data["answer"])
        except Exception as e:  # pydantic.ValidationError, KeyError, TypeError
            raise ValueError("the card's data holds no answer") from e
        return answer, cls(event_id=data.get("event_id") or None, escalation_id=data.get("escalation_id") or None,
                           requested=bool(data.get("requested")),
                           feedback=data.get("feedback") if isinstance(data.get("feedback"), bool) else None,
                           subscribed=data.get("subscribed") is True)


def answer_fallback_text(answer: Answer) -> str:
    """One line naming the verdict and the cited clauses: the card's fallback text and the
    message summary Teams shows in notifications."""
    refs = ", ".join(c.ref for c in answer.citations)
    return f"{answer.verdict_words}: {answer.summary}" + (f" (Clauses: {refs})" if refs else "")


def _citation(c: Citation) -> dict:
    ref = {"type": "TextRun", "text": c.ref, "weight": "Bolder"}
    if c.url:
        ref["selectAction"] = {"type": "Action.OpenUrl", "url": c.url, "title": f"Open {c.ref}"}
        ref["color"] = "Accent"
    inlines = [ref]
    if c.heading:
        inlines.append({"type": "TextRun", "text": f"  ·  {c.heading}", "isSubtle": True})
    return {"type": "Container", "style": "emphasis", "spacing": "Small", "items": [
        {"type": "RichTextBlock", "inlines": inlines},
        plain(f"“{c.quote}”", italic=True)]}


def _escalation_note(answer: Answer, state: AnswerCardState) -> dict | None:
    if state.escalation_id and state.requested:
        return text("🙋 You asked the AI governance team to check this answer. They will reply in this "
                    "conversation.", color="Accent")
    if state.escalation_id:
        reason = f" ({answer.escalation_reason})" if answer.escalation_reason else ""
        return text(f"🙋 Passed to the AI governance team{reason}. They will reply in this conversation.",
                    color="Accent")
    if answer.escalated:
        reason = f": {answer.escalation_reason}" if answer.escalation_reason else "."
        return text(f"🙋 This needs the AI governance team{reason}", color="Accent")
    return None


def build_answer_card(answer: Answer, state: AnswerCardState | None = None) -> dict:
    state = state or AnswerCardState()
    body: list[dict] = [verdict_banner(answer.verdict), plain(answer.summary)]
    if answer.conditions:
        body += [heading("Conditions"), *bullets(answer.conditions)]
    if answer.citations:
        body.append(heading("From the policy"))
        body += [_citation(c) for c in answer.citations]
    note = _escalation_note(answer, state)
    if note:
        body.append(note)
    if state.feedback is not None:
        body.append(text("Thanks, you said this answer was " + ("helpful." if state.feedback else "not helpful."),
                         isSubtle=True, spacing="Medium"))
    if state.subscribed:
        body.append(text(SUBSCRIBED_NOTE, isSubtle=True, spacing="Medium"))
    body.append(text(AI_NOTE + (f" Index {answer.index_version}." if answer.index_version else ""),
                     isSubtle=True, size="Small", spacing="Medium"))

    data = state.data(answer)
    actions = []
    if not state.escalation_id:
        actions.append(execute("Ask the governance team", VERB_ESCALATE, data))
    if state.feedback is None:
        actions.append(execute("👍 Helpful", VERB_FEEDBACK, {**data, "helpful": True}))
        actions.append(execute("👎 Not helpful", VERB_FEEDBACK, {**data, "helpful": False}))
    if state.event_id and not state.subscribed:
        actions.append(execute("🔔 Tell me if this changes", VERB_SUBSCRIBE, data))
    icon = verdict_look(answer.verdict)[0]
    return card(body, actions, fallback=f"{icon} {answer_fallback_text(answer)}")
