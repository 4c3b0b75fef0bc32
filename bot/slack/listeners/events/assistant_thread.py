"""The assistant pane (Slack's AI app split view): a greeting and suggested prompts when a
thread starts; each message answered with the status "Checking the policy…" shown meanwhile,
follow-ups in the context of the thread's first question."""
from __future__ import annotations

import logging

from bot.slack.blocks.assistant import GREETING, PROMPTS_TITLE, build_suggested_prompts, thread_title
from bot.slack.listeners.common import answer_in_conversation, updater
from bot.slack.text import question_text

log = logging.getLogger("policybot.slack")


def handle_assistant_thread_started(say, set_suggested_prompts) -> None:
    say(text=GREETING)
    try:
        set_suggested_prompts(prompts=build_suggested_prompts(), title=PROMPTS_TITLE)
    except Exception:
        log.exception("assistant.threads.setSuggestedPrompts failed")


def handle_assistant_thread_context_changed() -> None:
    """policybot does not use the channel the person is viewing: nothing to keep."""


def handle_assistant_user_message(event: dict, context, say, set_status, set_title, services, client=None) -> None:
    channel = event["channel"]
    thread_ts = event.get("thread_ts") or event["ts"]
    text = question_text(event.get("text", ""), context.bot_user_id)
    if not text:
        return
    first = services.memory.first_question(channel, thread_ts) is None
    reply = answer_in_conversation(
        services, text, user_id=event.get("user", ""),
        conversation_ref={"channel": channel, "thread_ts": thread_ts, "team": context.team_id},
        thread=(channel, thread_ts), set_status=set_status, post=lambda **kw: say(unfurl_links=False, **kw),
        update=updater(client, channel), reply_to={"channel": channel, "thread_ts": thread_ts})
    if first and reply is not None and set_title is not None:
        try:
            set_title(thread_title(reply.answer.question))    # the redacted question
        except Exception:
            log.debug("assistant.threads.setTitle failed", exc_info=True)
