""""Tell me if this changes" on an answer: the asker opts in to hear, in the same thread (or by
direct message for a private answer), if a reindex changes the answer's verdict or first
citation (bot.reindex_followup queues an ``answer.changed`` outbox message)."""
from __future__ import annotations

import logging

from bot.slack.blocks.limits import decode_value
from bot.slack.listeners.actions.answer_buttons import _tell
from bot.slack.listeners.common import where

log = logging.getLogger("policybot.slack")

PLATFORM = "slack"
SUBSCRIBED = "I'll tell you if this answer changes."
CANNOT_FOLLOW = "Sorry, I can't follow this answer for changes (it is not in the audit trail)."


def handle_subscribe_button(body: dict, action: dict, client, respond, services) -> None:
    value = decode_value(action.get("value"))
    user = body["user"]["id"]
    channel, ts, thread, ephemeral = where(body)
    if ephemeral or not channel:
        conversation_ref = {"channel": user, "via": "command"}       # a private answer: tell them by DM
    else:
        conversation_ref = {"channel": channel, "thread_ts": thread or ts}
    gov = services.governance
    event_id = value.get("e")
    if gov is None or not event_id:
        _tell(client, respond, body, CANNOT_FOLLOW)
        return
    try:
        gov.subscribe(event_id, platform=PLATFORM, user_id=user, conversation_ref=conversation_ref)
    except LookupError:
        _tell(client, respond, body, CANNOT_FOLLOW)
        return
    _tell(client, respond, body, SUBSCRIBED)
