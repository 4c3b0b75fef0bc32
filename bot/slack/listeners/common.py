"""Helpers the listeners share: acks, reading a block action's container, answering a
question in a conversation with the status line and the apology on failure."""
from __future__ import annotations

import logging
from typing import Callable

from bot.slack.blocks.answer import build_apology_text, build_verdict_first
from bot.slack.blocks.assistant import LOADING_MESSAGES, STATUS

log = logging.getLogger("policybot.slack")


def ack_now(ack) -> None:
    """The ack function of every lazy listener: acknowledge at once, work in the lazy one."""
    ack()


def where(body: dict) -> tuple[str | None, str | None, str | None, bool]:
    """(channel id, message ts, thread ts, is ephemeral) of the message a button was on."""
    container = body.get("container") or {}
    msg = body.get("message") or {}
    channel = (body.get("channel") or {}).get("id") or container.get("channel_id")
    ts = msg.get("ts") or container.get("message_ts")
    thread = msg.get("thread_ts") or container.get("thread_ts")
    return channel, ts, thread, bool(container.get("is_ephemeral"))


def set_status_quietly(set_status) -> None:
    if set_status is None:
        return
    try:
        set_status(status=STATUS, loading_messages=LOADING_MESSAGES)
    except Exception as e:   # not an assistant thread, or no scope: the answer matters, not the status
        log.debug("assistant.threads.setStatus failed: %s", e)


def answer_in_conversation(services, text: str, *, user_id: str, conversation_ref: dict,
                           thread: tuple[str, str | None] | None, post: Callable[..., object],
                           set_status=None, topic: str = "thread", update: Callable[..., object] | None = None,
                           reply_to: dict | None = None):
    """Answer `text` and `post(text=..., blocks=...)` the reply. Never leaves the question
    without a reply: on any failure the person gets a short apology and the case is escalated.
    Returns the Reply, or None after an apology.

    `reply_to` ({"channel", "thread_ts"}: where `post` posts): the reply (or apology) goes
    through the durable outbox instead (services.queue_reply), so a Slack outage or a restart
    delays it and never drops it; `post` is used only where there is no outbox.

    `update(ts, text=..., blocks=...)` (chat.update of a posted message): with the LLM composer on,
    the deterministic verdict is posted first and then replaced by the final (guarded) answer."""
    from bot.assistant import progressive
    set_status_quietly(set_status)
    shown: dict = {}
    kw = {}
    if update is not None and progressive():
        def on_verdict(det) -> None:
            text_, blocks = build_verdict_first(det)
            shown["ts"] = (post(text=text_, blocks=blocks) or {}).get("ts")
        kw["on_verdict"] = on_verdict
    try:
        reply = services.answer(text, user_id=user_id, conversation_ref=conversation_ref, thread=thread, topic=topic,
                                **kw)
    except Exception:
        log.exception("answering a Slack question failed")
        services.escalate_failure(text, user_id=user_id, conversation_ref=conversation_ref,
                                  reason="internal error in the Slack app while answering")
        if not (shown.get("ts") and _replace(update, shown["ts"], text=build_apology_text(), blocks=[])):
            _send(services, reply_to, post, text=build_apology_text())
        return None
    if shown.get("ts"):
        if _replace(update, shown["ts"], text=reply.text, blocks=reply.blocks) or \
                _replace(update, shown["ts"], text=reply.text, blocks=[]):
            return reply
    if reply_to is not None and services.queue_reply(reply_to, {"text": reply.text, "blocks": reply.blocks}):
        return reply
    try:
        post(text=reply.text, blocks=reply.blocks)
    except Exception:
        log.exception("posting the answer failed")
        post(text=reply.text)                # e.g. blocks refused: the words still go out
    return reply


def _send(services, reply_to: dict | None, post: Callable[..., object], **message) -> None:
    """One message to the asker: through the outbox when there is one, else `post`."""
    if reply_to is not None and services.queue_reply(reply_to, message):
        return
    post(**message)


def _replace(update, ts: str, **message) -> bool:
    """chat.update the verdict-first message with the final one; False if that failed."""
    try:
        update(ts, **message)
        return True
    except Exception:
        log.exception("replacing the verdict-first message failed")
        return False


def updater(client, channel: str):
    """`update(ts, text=..., blocks=...)` for answer_in_conversation: chat.update in `channel`."""
    if client is None:
        return None
    return lambda ts, **kw: client.chat_update(channel=channel, ts=ts, **kw)
