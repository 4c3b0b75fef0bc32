"""A top-level direct message to policybot (thread replies in the DM are assistant-thread
messages, see assistant_thread.py). Answered in the DM; a follow-up is read in the context of
the previous question."""
from __future__ import annotations

from bot.slack.listeners.common import answer_in_conversation, updater
from bot.slack.text import question_text


def is_direct_question(event: dict) -> bool:
    return (event.get("channel_type") == "im" and event.get("subtype") in (None, "file_share")
            and not event.get("bot_id") and not event.get("thread_ts") and bool(event.get("text")))


def handle_direct_message(event: dict, context, say, services, client=None) -> None:
    if not is_direct_question(event):
        return
    text = question_text(event.get("text", ""), context.bot_user_id)
    if not text:
        return
    channel = event["channel"]
    answer_in_conversation(
        services, text, user_id=event.get("user", ""),
        conversation_ref={"channel": channel, "thread_ts": event["ts"], "team": context.team_id},
        thread=(channel, None), topic="dm", post=lambda **kw: say(unfurl_links=False, **kw),
        update=updater(client, channel), reply_to={"channel": channel, "thread_ts": None})
