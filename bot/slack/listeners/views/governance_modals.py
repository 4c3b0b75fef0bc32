"""Submissions of the governance modals: the answer (verdict, text, publish as ruling) and
the dismissal (reason). Validated in the ack; the governance core is called in the lazy part."""
from __future__ import annotations

import json
import logging

from bot.slack import ids
from bot.slack.blocks.governance import actor_id, read_answer_submission, read_dismiss_submission

log = logging.getLogger("policybot.slack")


def _meta(view: dict) -> dict:
    try:
        return json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}


def _tell(client, meta: dict, user: str, text: str) -> None:
    if meta.get("channel"):
        client.chat_postEphemeral(channel=meta["channel"], user=user, text=text)
    else:
        client.chat_postMessage(channel=user, text=text)


def ack_answer_submission(ack, view: dict) -> None:
    verdict, text, _ = read_answer_submission(view)
    errors = {}
    if not verdict:
        errors[ids.INPUT_VERDICT[0]] = "Choose a verdict."
    if not text:
        errors[ids.INPUT_TEXT[0]] = "Write the answer to send."
    if errors:
        ack(response_action="errors", errors=errors)
    else:
        ack()


def handle_answer_submission(body: dict, view: dict, client, services) -> None:
    meta = _meta(view)
    user = body["user"]["id"]
    verdict, text, publish = read_answer_submission(view)
    try:
        services.governance.answer(int(meta["esc"]), actor_id(user), verdict, text, publish_ruling=publish)
    except Exception as e:     # already answered or dismissed by someone else, ...
        log.info("governance answer not recorded: %s", e)
        _tell(client, meta, user, f"Your answer to escalation #{meta.get('esc')} was not sent: {e}")
        return
    services.kick()


def ack_dismiss_submission(ack, view: dict) -> None:
    if not read_dismiss_submission(view):
        ack(response_action="errors", errors={ids.INPUT_REASON[0]: "Give a reason."})
    else:
        ack()


def handle_dismiss_submission(body: dict, view: dict, client, services) -> None:
    meta = _meta(view)
    user = body["user"]["id"]
    try:
        services.governance.dismiss(int(meta["esc"]), actor_id(user), read_dismiss_submission(view))
    except Exception as e:
        _tell(client, meta, user, f"Escalation #{meta.get('esc')} was not dismissed: {e}")
        return
    services.kick()
