"""Buttons on a governance channel message: Claim, Answer (opens the answer modal), Dismiss
(opens the reason modal). Only honoured in the configured governance channel."""
from __future__ import annotations

import logging

from bot.slack.blocks.governance import actor_id, build_answer_modal, build_dismiss_modal
from bot.slack.blocks.limits import decode_value
from bot.slack.listeners.common import where
from bot.slack.notifier import escalation_state

log = logging.getLogger("policybot.slack")

WRONG_CHANNEL = "Escalations can only be handled in the AI governance channel."


def _escalation(body: dict, action: dict, client, services):
    """The escalation a button is about, or None after telling the person why not."""
    channel, ts, thread, _ = where(body)
    user = body["user"]["id"]
    gov = services.governance
    if gov is None or channel != services.settings.governance_channel:
        client.chat_postEphemeral(channel=channel, user=user, text=WRONG_CHANNEL)
        return None
    try:
        return gov.get(int(decode_value(action.get("value")).get("esc")))
    except Exception as e:
        client.chat_postEphemeral(channel=channel, user=user, text=f"I couldn't find that escalation ({e}).")
        return None


def _closed(esc, client, body) -> bool:
    if esc.status in ("answered", "dismissed"):
        channel, *_ = where(body)
        client.chat_postEphemeral(channel=channel, user=body["user"]["id"],
                                  text=f"Escalation #{esc.id} is already {esc.status}.")
        return True
    return False


def handle_claim_button(body: dict, action: dict, client, services) -> None:
    esc = _escalation(body, action, client, services)
    if esc is None:
        return
    channel, *_ = where(body)
    try:
        services.governance.claim(esc.id, actor_id(body["user"]["id"]))
    except Exception as e:          # GovernanceError: someone else claimed or closed it first
        client.chat_postEphemeral(channel=channel, user=body["user"]["id"], text=f"Not claimed: {e}")
        return
    services.kick()


def _open_modal(build, ack, body: dict, action: dict, client, services) -> None:
    """Runs as the ack function: a modal must open within 3 s of the click (trigger_id)."""
    ack()
    esc = _escalation(body, action, client, services)
    if esc is None or _closed(esc, client, body):
        return
    channel, ts, *_ = where(body)
    client.views_open(trigger_id=body["trigger_id"], view=build(escalation_state(esc), channel=channel, message_ts=ts))


def open_answer_modal(ack, body: dict, action: dict, client, services) -> None:
    _open_modal(build_answer_modal, ack, body, action, client, services)


def open_dismiss_modal(ack, body: dict, action: dict, client, services) -> None:
    _open_modal(build_dismiss_modal, ack, body, action, client, services)
