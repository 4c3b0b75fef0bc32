"""A question in a personal chat, or an @mention in a channel or group chat: typing indicator,
then the answer card in the same conversation (a channel reply lands in the thread)."""
from __future__ import annotations

import asyncio
import logging

from bot.assistant import progressive
from bot.conversation import is_follow_up
from bot.teams.activities import VerdictStream, answer_activity, is_personal, typing_activity
from bot.teams.cards import AnswerCardState
from bot.teams.handlers.owners import OWNER_COMMANDS, on_owner_command
from bot.teams.translate import conversation_ref, question_text, thread_key, user_id

log = logging.getLogger("policybot.teams")

EMPTY = ("Ask me a question about the generative-AI usage policy, for example: "
         "“Can I use ChatGPT to draft a press release?”")


async def on_message(context, _state, *, bot) -> None:
    activity = context.activity
    text = question_text(activity)
    if not text:
        if activity.value is None:      # a bare mention or an empty message
            await context.send_activity(EMPTY)
        return
    command = text.lower().lstrip("/").strip()
    if command in OWNER_COMMANDS:
        await on_owner_command(context, command, bot=bot)
        return

    try:
        await context.send_activity(typing_activity())
    except Exception as e:          # the indicator failing (an outage) must not stop the answer
        log.info("the typing indicator could not be sent: %s", e.__class__.__name__)
    key = thread_key(activity)
    first = bot.threads.first_question(key)
    stream = VerdictStream(context) if progressive() and is_personal(activity) else None
    kw = {"on_verdict": stream.on_verdict} if stream else {}
    turn = await asyncio.to_thread(bot.assistant.ask, text, platform="teams", user_id=user_id(activity),
                                   conversation_ref=conversation_ref(activity), thread_first=first, **kw)
    if first is None or not is_follow_up(text):
        bot.threads.remember(key, turn.answer.question)      # redacted
    state = AnswerCardState(event_id=turn.event_id, escalation_id=turn.escalation_id)
    final = answer_activity(turn.answer, state)
    if stream:
        await stream.send_final(final)
    else:
        await send_reply(context, bot, final)


async def send_reply(context, bot, reply) -> None:
    """The answer to the asker, through the durable outbox when there is a governance store: the
    reply is queued first and sent at once in this turn; if the Bot Connector fails (429, 5xx, a
    network error) the outbox worker sends it later, proactively (Retry-After honoured, kept
    across a restart), and replies in one conversation keep their order."""
    from bot.governance.outbox import DeliveryResult
    from bot.teams.notifier import result_for_error
    gov = bot.governance
    if gov is None:
        await context.send_activity(reply)
        return
    activity = context.activity
    try:
        msg_id, waits = await asyncio.to_thread(
            gov.enqueue_reply, "teams", thread_key(activity), conversation_ref(activity),
            reply.model_dump(mode="json", by_alias=True, exclude_none=True))
        item = None if waits else await asyncio.to_thread(reply_worker(bot).claim_message, msg_id)
    except Exception:
        log.exception("queueing the Teams reply failed; sending it directly")
        await context.send_activity(reply)
        return
    if item is None:                 # an earlier reply in this conversation goes first: the worker sends it
        return
    try:
        sent = await context.send_activity(reply)
        result = DeliveryResult(ok=True, platform_ref={"conversation_id": thread_key(activity),
                                                       "activity_id": getattr(sent, "id", None)})
    except Exception as e:
        result = result_for_error(e)
        log.warning("sending the Teams reply failed (%s); the outbox will retry it", result.error)
    await asyncio.to_thread(reply_worker(bot).complete, item, result)


class _Inline:
    """The notifier slot of the worker that sends replies inline (the turn sends, not this)."""

    def send(self, message):   # pragma: no cover - never called: only claim/complete are used
        raise RuntimeError("inline replies are sent by the turn")


def reply_worker(bot):
    """An OutboxWorker used only to claim and record replies sent in the turn."""
    worker = getattr(bot, "_reply_worker", None)
    if worker is None:
        from bot.governance.outbox import OutboxWorker
        worker = OutboxWorker(bot.governance, {"teams": _Inline()})
        bot._reply_worker = worker
    return worker
