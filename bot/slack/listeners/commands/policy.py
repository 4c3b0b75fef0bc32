"""/policy: ask a question privately (with a button to share the answer in the channel);
content owners also get `/policy status` and `/policy reindex`."""
from __future__ import annotations

import logging

from bot.slack.blocks.answer import build_apology_text
from bot.slack.blocks.owners import HELP, REFUSAL, build_status_blocks
from bot.slack.text import question_text

log = logging.getLogger("policybot.slack")
OWNER_COMMANDS = ("status", "reindex")


def _subcommand(command: dict) -> str:
    text = (command.get("text") or "").strip()
    return text.lower() if text.lower() in OWNER_COMMANDS + ("help", "") else "ask"


def ack_policy_command(ack, command: dict) -> None:
    if _subcommand(command) in ("help", ""):
        ack(text=HELP)
    else:
        ack()


def _private(respond, client, user_id: str):
    """Reply privately: through the response URL, else (expired) by direct message."""
    def send(text: str, blocks: list[dict] | None = None) -> None:
        try:
            respond(text=text, blocks=blocks, response_type="ephemeral", replace_original=False)
        except Exception:
            log.warning("response_url failed; sending a direct message instead", exc_info=True)
            client.chat_postMessage(channel=user_id, text=text, blocks=blocks)
    return send


def handle_policy_command(command: dict, client, respond, services) -> None:
    sub = _subcommand(command)
    if sub in ("help", ""):
        return
    user_id = command.get("user_id", "")
    send = _private(respond, client, user_id)
    if sub in OWNER_COMMANDS:
        if not services.is_content_owner(client, user_id):
            send(REFUSAL)
            return
        if sub == "status":
            send(*build_status_blocks(services.status(), str(services.assistant.home)))
        else:
            services.reindex(user_id=user_id, report=send)
        return
    text = question_text(command.get("text", ""))
    conversation_ref = {"channel": user_id, "team": command.get("team_id"), "via": "command"}
    try:
        reply = services.answer(text, user_id=user_id, conversation_ref=conversation_ref, share=True)
    except Exception:
        log.exception("answering /policy failed")
        services.escalate_failure(text, user_id=user_id, conversation_ref=conversation_ref,
                                  reason="internal error in the Slack app while answering")
        send(build_apology_text())
        return
    send(reply.text, reply.blocks)
