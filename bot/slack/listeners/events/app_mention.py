"""@policybot in a channel: answer in the mention's thread (a mention inside a thread is a
follow-up, answered in the context of the thread's first question)."""
from __future__ import annotations

from bot.slack.listeners.common import answer_in_conversation, updater
from bot.slack.text import question_text

EMPTY_MENTION = ("Hi! Ask me about using AI at work, e.g. "
                 "_@policybot can I use Copilot Chat to summarise an internal report?_")


def handle_app_mention(event: dict, context, say, set_status, services, client=None) -> None:
    channel = event["channel"]
    thread_ts = event.get("thread_ts") or event["ts"]
    text = question_text(event.get("text", ""), context.bot_user_id)
    if not text:
        say(text=EMPTY_MENTION, thread_ts=thread_ts)
        return
    answer_in_conversation(
        services, text, user_id=event.get("user", ""),
        conversation_ref={"channel": channel, "thread_ts": thread_ts, "team": context.team_id},
        thread=(channel, thread_ts), set_status=set_status,
        post=lambda **kw: say(thread_ts=thread_ts, unfurl_links=False, **kw), update=updater(client, channel),
        reply_to={"channel": channel, "thread_ts": thread_ts})
