"""Buttons on an answer: ask the governance team, helpful / not helpful, share in channel."""
from __future__ import annotations

import logging

from bot.slack import ids
from bot.slack.blocks.answer import build_answer_text
from bot.slack.blocks.limits import decode_value
from bot.slack.listeners.common import where

log = logging.getLogger("policybot.slack")

THANKS_HELPFUL = "Thanks, glad it helped. I've noted that."
THANKS_NOT_HELPFUL = ("Thanks for telling me; I've noted it. If you still need an answer, press "
                      "\"Not sure? Ask the governance team\" and a person will look at it.")
NOT_RECORDED = "Thanks for the feedback."
NO_GOVERNANCE = ("Escalation isn't set up in this workspace yet, so please ask the AI governance team "
                 "directly.")


def _tell(client, respond, body: dict, text: str) -> None:
    """A private note to the person who pressed the button, next to the message."""
    channel, ts, thread, ephemeral = where(body)
    user = body["user"]["id"]
    if ephemeral or not channel:
        respond(text=text, response_type="ephemeral", replace_original=False)
    else:
        client.chat_postEphemeral(channel=channel, user=user, text=text, thread_ts=thread or ts)


def handle_escalate_button(body: dict, action: dict, client, respond, services) -> None:
    value = decode_value(action.get("value"))
    user = body["user"]["id"]
    channel, ts, thread, ephemeral = where(body)
    if ephemeral or not channel:
        conversation_ref = {"channel": user, "via": "command"}       # the answer was private: reply by DM
    else:
        conversation_ref = {"channel": channel, "thread_ts": thread or ts}
    esc_id = services.escalate(value, user_id=user, conversation_ref=conversation_ref)
    if esc_id is None:
        _tell(client, respond, body, NO_GOVERNANCE)
        return
    answer, event_id, _ = services.shown_answer(value)
    blocks = services.render(answer, key=value.get("k") or "", event_id=event_id, escalation_id=esc_id,
                             share=ephemeral)
    text = build_answer_text(answer)
    if ephemeral:
        respond(text=text, blocks=blocks, replace_original=True)
    else:
        client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks)


def handle_feedback_button(body: dict, action: dict, client, respond, services) -> None:
    helpful = action.get("action_id") == ids.ACTION_HELPFUL
    recorded = services.feedback(decode_value(action.get("value")), helpful, user_id=body["user"]["id"])
    _tell(client, respond, body, (THANKS_HELPFUL if helpful else THANKS_NOT_HELPFUL) if recorded else NOT_RECORDED)


def handle_share_button(body: dict, action: dict, respond, services) -> None:
    value = decode_value(action.get("value"))
    answer, event_id, esc_id = services.shown_answer(value)
    blocks = services.render(answer, key=value.get("k") or "", event_id=event_id, escalation_id=esc_id,
                             shared_by=body["user"]["id"])
    respond(text=build_answer_text(answer), blocks=blocks, response_type="in_channel", replace_original=False)
    respond(delete_original=True)
