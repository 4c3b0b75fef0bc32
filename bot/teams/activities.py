"""Bot Framework activities carrying our cards (the SDK objects the handlers and the notifier send)."""
from __future__ import annotations

from microsoft_agents.activity import Activity, ActivityTypes, Attachment

from bot.engine.models import Answer
from bot.teams.cards import CARD_CONTENT_TYPE, AnswerCardState, answer_fallback_text, build_answer_card


def card_activity(card: dict, *, summary: str | None = None, ai_generated: bool = False) -> Activity:
    """A message with one Adaptive Card. `summary` is what Teams shows in notifications;
    `ai_generated` adds the AI label entity (schema.org Message, additionalType
    AIGeneratedContent) that Teams shows as "AI generated"."""
    activity = Activity(type=ActivityTypes.message,
                        attachments=[Attachment(content_type=CARD_CONTENT_TYPE, content=card)],
                        summary=summary or card.get("fallbackText") or None)
    if ai_generated:
        activity.add_ai_metadata()
    return activity


def answer_activity(answer: Answer, state: AnswerCardState | None = None) -> Activity:
    return card_activity(build_answer_card(answer, state), summary=answer_fallback_text(answer), ai_generated=True)


def typing_activity() -> Activity:
    return Activity(type=ActivityTypes.typing)
