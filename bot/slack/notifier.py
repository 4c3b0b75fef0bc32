"""The Slack Notifier for the governance outbox: turns outbox messages into chat.postMessage /
chat.update calls and reports how each went.

- escalation.post   -> chat.postMessage to the governance channel (platform_ref: channel + ts)
- escalation.update -> chat.update of that message, drawn from the escalation's current state
                       (so updates delivered out of order still show the latest)
- answer.relay      -> chat.postMessage into the asker's conversation (thread)
- answer.reply      -> chat.postMessage of the bot's own answer (or apology) to a question, in the
                       asker's thread / DM (queued by the listeners; blocks refused -> text only)
- reindex.notice    -> chat.postMessage (or chat.postEphemeral when the target names a user)
- answer.changed    -> chat.postMessage into the asker's thread / DM: an answer they asked to
                       follow changed after a reindex (redacted question only)

HTTP 429 -> retry after the Retry-After header; 5xx, network errors and Slack's transient errors
-> retry; invalid_auth, channel_not_found and the like -> permanent."""
from __future__ import annotations

import logging
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.governance.outbox import DeliveryResult
from bot.governance.service import answer_changed_text
from bot.slack.blocks.governance import (build_escalation_blocks, build_escalation_text, build_relay,
                                         build_reindex_notice)
from bot.slack.blocks.limits import escape

log = logging.getLogger("policybot.slack.notifier")

PERMANENT_ERRORS = frozenset({
    "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "no_permission",
    "missing_scope", "not_allowed_token_type", "channel_not_found", "not_in_channel", "is_archived",
    "user_not_found", "user_not_in_channel", "message_not_found", "cant_update_message", "edit_window_closed",
    "invalid_blocks", "invalid_blocks_format", "msg_too_long", "no_text", "invalid_arguments",
    "restricted_action", "restricted_action_read_only_channel", "restricted_action_thread_only_channel",
    "team_access_not_granted", "ekm_access_denied", "invalid_thread_ts",
})
DEFAULT_RETRY_AFTER = 30.0


def _result(**kw) -> DeliveryResult:
    return DeliveryResult(**kw)


def escalation_state(esc: Any) -> dict:
    """The builder's view of a governance Escalation (model object)."""
    snap = esc.answer_snapshot or {}
    return {"escalation_id": esc.id, "status": esc.status, "question": esc.question,
            "verdict": snap.get("verdict"), "summary": snap.get("summary"),
            "citations": list(snap.get("citations") or []), "reason": esc.reason,
            "requested_by_user": esc.requested_by_user, "claimed_by": esc.claimed_by,
            "answered_by": esc.answered_by, "governance_verdict": esc.governance_verdict,
            "answer_text": esc.answer_text, "ruling_id": esc.ruling_id, "dismissed_by": esc.dismissed_by,
            "dismiss_reason": esc.dismiss_reason}


def payload_state(payload: dict) -> dict:
    """The builder's view from an outbox payload alone (when the store is not at hand)."""
    status = payload.get("status") or "open"
    actor = payload.get("actor")
    state = dict(payload)
    if status == "claimed":
        state["claimed_by"] = actor
    elif status == "answered":
        state.update(answered_by=actor, governance_verdict=payload.get("verdict"),
                     answer_text=payload.get("answer"), verdict=None)
    elif status == "dismissed":
        state.update(dismissed_by=actor, dismiss_reason=payload.get("reason"))
    return state


class SlackNotifier:
    """`client`: a WebClient for the bot token (no automatic rate-limit retries: the outbox
    schedules them). `governance`: when given, updates are drawn from the escalation's current
    state."""

    def __init__(self, client: WebClient, governance=None):
        self.client = client
        self.governance = governance

    def send(self, message) -> DeliveryResult:
        try:
            if message.kind == "escalation.post":
                return self._post_escalation(message)
            if message.kind == "escalation.update":
                return self._update_escalation(message)
            if message.kind == "answer.relay":
                return self._relay(message)
            if message.kind == "answer.reply":
                return self._reply(message)
            if message.kind == "reindex.notice":
                return self._reindex_notice(message)
            if message.kind == "answer.changed":
                return self._answer_changed(message)
            return _result(ok=False, permanent=True, error=f"the Slack notifier cannot send {message.kind}")
        except SlackApiError as e:
            return self._failure(e)
        except (OSError, TimeoutError) as e:   # connection refused, DNS, timeouts: retry
            return _result(ok=False, error=f"network error: {e.__class__.__name__}: {e}")

    # ------------------------------------------------------------------ kinds
    def _post_escalation(self, m):
        state = dict(m.payload)
        resp = self.client.chat_postMessage(channel=m.target["channel"], text=build_escalation_text(state),
                                            blocks=build_escalation_blocks(state), unfurl_links=False)
        return _result(ok=True, platform_ref={"channel": resp["channel"], "ts": resp["ts"]})

    def _update_escalation(self, m):
        ref = m.related_platform_ref or {}
        if not ref.get("ts"):
            return _result(ok=False, permanent=True, error="the governance message was never posted")
        state = None
        if self.governance is not None and m.escalation_id is not None:
            try:
                state = escalation_state(self.governance.get(m.escalation_id))
            except Exception:
                log.warning("escalation %s not readable; updating from the outbox payload", m.escalation_id)
        if state is not None and m.payload.get("actor") and state.get("status") == m.payload.get("status"):
            # the store keeps the acting member only as a keyed hash; this update's payload carries
            # the id (sealed at rest, opened for delivery) so the card can still mention them
            state.update({k: v for k, v in payload_state(m.payload).items()
                          if k in ("claimed_by", "answered_by", "dismissed_by")})
        state = state or payload_state(m.payload)
        self.client.chat_update(channel=ref["channel"], ts=ref["ts"], text=build_escalation_text(state),
                                blocks=build_escalation_blocks(state))
        return _result(ok=True, platform_ref={"channel": ref["channel"], "ts": ref["ts"]})

    def _relay(self, m):
        channel = m.target.get("channel")
        if not channel:
            return _result(ok=False, permanent=True, error="the asker's conversation is unknown")
        text, blocks = build_relay(m.payload)
        resp = self.client.chat_postMessage(channel=channel, thread_ts=m.target.get("thread_ts"), text=text,
                                            blocks=blocks, unfurl_links=False)
        return _result(ok=True, platform_ref={"channel": resp["channel"], "ts": resp["ts"]})

    def _reply(self, m):
        channel = m.target.get("channel")
        if not channel:
            return _result(ok=False, permanent=True, error="the asker's conversation is unknown")
        p = m.payload or {}
        kw = {"thread_ts": m.target["thread_ts"]} if m.target.get("thread_ts") else {}
        try:
            resp = self.client.chat_postMessage(channel=channel, text=p.get("text") or "", blocks=p.get("blocks"),
                                                unfurl_links=False, **kw)
        except SlackApiError as e:
            if (e.response.get("error") if isinstance(e.response.data, dict) else None) not in (
                    "invalid_blocks", "invalid_blocks_format", "msg_too_long") or not p.get("blocks"):
                raise
            log.warning("Slack refused the answer's blocks; sending its text only")
            resp = self.client.chat_postMessage(channel=channel, text=p.get("text") or "", unfurl_links=False, **kw)
        return _result(ok=True, platform_ref={"channel": resp["channel"], "ts": resp["ts"]})

    def _reindex_notice(self, m):
        channel = m.target.get("channel")
        if not channel:
            return _result(ok=False, permanent=True, error="no channel for the reindex notice")
        text, blocks = build_reindex_notice(m.payload)
        if m.target.get("user") and m.target.get("ephemeral"):
            self.client.chat_postEphemeral(channel=channel, user=m.target["user"], text=text, blocks=blocks)
            return _result(ok=True, platform_ref={"channel": channel})
        resp = self.client.chat_postMessage(channel=channel, text=text, blocks=blocks)
        return _result(ok=True, platform_ref={"channel": resp["channel"], "ts": resp["ts"]})

    def _answer_changed(self, m):
        channel = m.target.get("channel")
        if not channel:
            return _result(ok=False, permanent=True, error="the asker's conversation is unknown")
        text = escape(answer_changed_text(m.payload))
        resp = self.client.chat_postMessage(channel=channel, thread_ts=m.target.get("thread_ts"), text=text,
                                            blocks=[{"type": "section", "text": {"type": "mrkdwn",
                                                                                  "text": text}}],
                                            unfurl_links=False)
        return _result(ok=True, platform_ref={"channel": resp["channel"], "ts": resp["ts"]})

    # ------------------------------------------------------------------ errors
    @staticmethod
    def _failure(e: SlackApiError):
        resp = e.response
        status = getattr(resp, "status_code", None) or 0
        error = ""
        try:
            error = (resp.get("error") or "") if isinstance(resp.data, dict) else ""
        except Exception:
            pass
        if status == 429 or error == "ratelimited":
            headers = {k.lower(): v for k, v in (getattr(resp, "headers", None) or {}).items()}
            raw = headers.get("retry-after")
            raw = raw[0] if isinstance(raw, list) else raw
            try:
                retry_after = float(raw)
            except (TypeError, ValueError):
                retry_after = DEFAULT_RETRY_AFTER
            return _result(ok=False, retry_after=retry_after, error=f"rate limited by Slack (HTTP {status})")
        if status >= 500:
            return _result(ok=False, error=f"Slack answered HTTP {status}")
        if error in PERMANENT_ERRORS:
            return _result(ok=False, permanent=True, error=f"Slack error: {error}")
        return _result(ok=False, error=f"Slack error: {error or 'unknown'} (HTTP {status})")
