"""Bot Framework activities carrying our cards (the SDK objects the handlers and the notifier send)."""
from __future__ import annotations

import asyncio
import logging

from microsoft_agents.activity import Activity, ActivityTypes, Attachment, StreamInfo

from bot.engine.models import Answer
from bot.teams.cards import CARD_CONTENT_TYPE, AnswerCardState, answer_fallback_text, build_answer_card

log = logging.getLogger("policybot.teams")


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


def is_personal(activity) -> bool:
    """Teams streams bot messages in one-to-one chats only."""
    return getattr(activity.conversation, "conversation_type", None) == "personal"


def verdict_stream_activity(answer: Answer) -> Activity:
    """The first streaming update (a typing activity with a streaminfo entity, streamType
    "streaming"): the deterministic verdict and summary, shown while the composer works."""
    return Activity(type=ActivityTypes.typing, text=answer_fallback_text(answer),
                    entities=[StreamInfo(stream_type="streaming", stream_sequence=1)])


class VerdictStream:
    """Teams streaming response for one answer (LLM composer on, personal chat): the engine's
    deterministic verdict first as a streaming update, then the final answer card as the stream's
    final message (streaminfo streamType "final" with the stream id Teams gave the first update).
    If the first update could not be sent, the final card goes out as a plain message."""

    def __init__(self, context):
        self.context = context
        self.loop = asyncio.get_running_loop()
        self.stream_id: str | None = None

    def on_verdict(self, answer: Answer) -> None:
        """Called from the worker thread answering the question (Assistant.ask's on_verdict)."""
        fut = asyncio.run_coroutine_threadsafe(self.context.send_activity(verdict_stream_activity(answer)), self.loop)
        try:
            response = fut.result(timeout=10)
            self.stream_id = getattr(response, "id", None) or None
        except Exception as e:   # streaming refused or not supported: the final card still goes out
            log.warning("Teams streaming update failed (%s); sending the answer as one message", e.__class__.__name__)

    async def send_final(self, final: Activity) -> None:
        """The final answer card, closing the stream; if Teams refuses it as a stream's end, the
        card is sent again as an ordinary message (the person always gets the final answer)."""
        if not self.stream_id:
            await self.context.send_activity(final)
            return
        plain = list(final.entities or [])
        final.entities = plain + [StreamInfo(stream_type="final", stream_id=self.stream_id)]
        try:
            await self.context.send_activity(final)
        except Exception as e:
            log.warning("closing the Teams stream failed (%s); sending the answer as a message", e.__class__.__name__)
            final.entities = plain
            await self.context.send_activity(final)
