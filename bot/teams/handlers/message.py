"""A question in a personal chat, or an @mention in a channel or group chat: typing indicator,
then the answer card in the same conversation (a channel reply lands in the thread)."""
from __future__ import annotations

import asyncio

from bot.assistant import progressive
from bot.conversation import is_follow_up
from bot.teams.activities import VerdictStream, answer_activity, is_personal, typing_activity
from bot.teams.cards import AnswerCardState
from bot.teams.handlers.owners import OWNER_COMMANDS, on_owner_command
from bot.teams.translate import conversation_ref, question_text, thread_key, user_id

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

    await context.send_activity(typing_activity())
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
    await (stream.send_final(final) if stream else context.send_activity(final))
