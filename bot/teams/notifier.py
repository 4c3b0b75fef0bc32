"""The Teams notifier of the governance outbox: proactive sends through the Agents SDK to
stored conversation references.

- ``escalation.post``: a new thread in the governance channel (Bot Connector
  create-conversation) with the escalation card; its ids are returned as ``platform_ref``.
- ``escalation.update``: the posted card replaced (PUT) with the case as it now is.
- ``answer.relay``: the governance team's reply sent to the asker's conversation (the thread
  they asked in).
- ``answer.reply``: the bot's own answer card, queued by the message handler and sent in the
  turn; the worker sends it here (proactively, to the same conversation) when that failed.
- ``reindex.notice``: to a governance channel (target ``{"channel": id}``, as
  governance.notify_reindex and bot.reindex_followup queue it for POLICYBOT_TEAMS_GOVERNANCE_CHANNEL)
  a new thread with the notice card, posted like ``escalation.post``; to a stored conversation
  reference, a line in that conversation.
- ``answer.changed``: to an asker who opted in ("tell me if this answer changes"), a line in the
  stored conversation saying the answer changed after a reindex (redacted question only).

HTTP 429 becomes ``retry_after`` (the Retry-After header), 5xx and network errors a plain retry,
other 4xx a permanent error. The outbox worker calls ``send`` from its own thread; the SDK work
runs on the server's event loop when one is given (else on a private loop).
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Awaitable, Callable

import aiohttp
from microsoft_agents.activity import (Activity, ChannelAccount, ConversationAccount, ConversationParameters,
                                       ConversationReference)
from microsoft_agents.hosting.core import ClaimsIdentity, TurnContext
from microsoft_agents.hosting.core.connector import ConnectorClientBase

from bot.governance.outbox import DeliveryResult, OutboxItem
from bot.teams.activities import card_activity
from bot.teams.cards import build_escalation_card, build_reindex_notice_card, build_relay_card

log = logging.getLogger("policybot.teams.notifier")

CHANNEL_ID = "msteams"


class Undeliverable(Exception):
    """Retrying will not help (missing ids, no service URL): a permanent failure."""


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds (a number, or an HTTP date)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def result_for_error(error: BaseException) -> DeliveryResult:
    """How the outbox should treat a failed send."""
    if isinstance(error, aiohttp.ClientResponseError):
        status = error.status
        message = f"Bot Connector answered HTTP {status}"
        if status == 429:
            return DeliveryResult(ok=False, error=message, retry_after=retry_after_seconds(
                (error.headers or {}).get("Retry-After")))
        if status >= 500 or status == 408:
            return DeliveryResult(ok=False, error=message)
        return DeliveryResult(ok=False, error=message, permanent=True)
    if isinstance(error, Undeliverable):
        return DeliveryResult(ok=False, error=str(error), permanent=True)
    return DeliveryResult(ok=False, error=f"{error.__class__.__name__}: {error}")


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


class TeamsNotifier:
    """`send(message) -> DeliveryResult` for the outbox worker (platform "teams")."""

    def __init__(self, bot, *, loop: asyncio.AbstractEventLoop | None = None, timeout: float = 60.0):
        self.bot = bot
        self.loop = loop
        self.timeout = timeout

    # ------------------------------------------------------------------ entry point
    def send(self, message: OutboxItem) -> DeliveryResult:
        try:
            send = self._prepare(message)       # database reads and card building, in this thread
            return self._run(send)
        except Exception as e:
            result = result_for_error(e)
            log.warning("Teams delivery of %s #%s failed: %s", message.kind, message.id, result.error)
            return result

    def _run(self, coro_fn: Callable[[], Awaitable[DeliveryResult]]) -> DeliveryResult:
        loop = self.loop
        if loop is not None and loop.is_running():
            if _running_loop() is loop:
                raise RuntimeError("TeamsNotifier.send blocks: call it from a worker thread, not the event loop")
            future = asyncio.run_coroutine_threadsafe(coro_fn(), loop)
            try:
                return future.result(self.timeout)
            except concurrent.futures.TimeoutError:
                future.cancel()             # never let a late send race the retry
                raise
        return asyncio.run(asyncio.wait_for(coro_fn(), self.timeout))

    def _prepare(self, m: OutboxItem) -> Callable[[], Awaitable[DeliveryResult]]:
        if m.kind == "escalation.post":
            return self._prepare_post(m)
        if m.kind == "escalation.update":
            return self._prepare_update(m)
        if m.kind == "answer.relay":
            ref = self._reference(m.target)
            activity = card_activity(build_relay_card(m.payload))
            return lambda: self._send_to(ref, activity)
        if m.kind == "answer.reply":       # the bot's answer, when sending it in the turn failed
            ref = self._reference(m.target)
            try:
                activity = Activity.model_validate(m.payload or {})
            except Exception as e:
                raise Undeliverable(f"not an activity: {e.__class__.__name__}") from e
            activity.id = activity.reply_to_id = None
            return lambda: self._send_to(ref, activity)
        if m.kind == "reindex.notice":
            target = m.target or {}
            if target.get("channel") and not target.get("conversation"):
                return self._prepare_channel_post(target["channel"], card_activity(
                    build_reindex_notice_card(m.payload or {})))
            ref = self._reference(target)
            text = (f"The policy index was rebuilt (version {m.payload.get('index_version')}). "
                    f"{m.payload.get('summary') or ''}").strip()
            return lambda: self._send_to(ref, Activity(type="message", text=text))
        if m.kind == "answer.changed":
            from bot.governance.service import answer_changed_text
            ref = self._reference(m.target)
            activity = Activity(type="message", text=answer_changed_text(m.payload or {}))
            return lambda: self._send_to(ref, activity)
        raise Undeliverable(f"Teams does not deliver {m.kind!r} messages")

    # ------------------------------------------------------------------ the kinds
    def _escalation(self, m: OutboxItem):
        """The case as it is now (from the governance store), else the message's own payload."""
        gov = self.bot.governance
        if gov is not None and m.escalation_id is not None:
            try:
                return gov.get(m.escalation_id)
            except Exception as e:   # store briefly unavailable: the payload has the facts
                log.warning("reading escalation %s failed: %s", m.escalation_id, e.__class__.__name__)
        return m.payload

    def _prepare_post(self, m: OutboxItem):
        channel = (m.target or {}).get("channel")
        if not channel:
            raise Undeliverable("no governance channel: set POLICYBOT_TEAMS_GOVERNANCE_CHANNEL")
        esc = self._escalation(m)
        asker = getattr(esc, "conversation_ref", None) or {}
        service_url = self.bot.settings.service_url or asker.get("serviceUrl")
        tenant = self.bot.settings.tenant_id or (asker.get("conversation") or {}).get("tenantId")
        return self._prepare_channel_post(channel, card_activity(build_escalation_card(esc)), service_url=service_url,
                                          tenant=tenant)

    def _prepare_channel_post(self, channel: str, activity: Activity, *, service_url: str | None = None,
                              tenant: str | None = None):
        """A new thread in a Teams channel (Bot Connector create-conversation) carrying
        `activity`; its ids are returned as ``platform_ref``."""
        service_url = service_url or self.bot.settings.service_url or self.bot.last_service_url
        if not service_url:
            raise Undeliverable("no Bot Connector service URL known yet: set POLICYBOT_TEAMS_SERVICE_URL")
        tenant = tenant or self.bot.settings.tenant_id or self.bot.last_tenant_id
        if not tenant:
            raise Undeliverable("no tenant id known yet: set POLICYBOT_TEAMS_TENANT_ID")
        agent = self._agent()
        ref = ConversationReference(channel_id=CHANNEL_ID, service_url=service_url, agent=agent,
                                    conversation=ConversationAccount(id=channel, is_group=True,
                                                                     conversation_type="channel", tenant_id=tenant))
        params = ConversationParameters(is_group=True, agent=agent, tenant_id=tenant, activity=activity,
                                        channel_data={"channel": {"id": channel},
                                                      **({"tenant": {"id": tenant}} if tenant else {})})

        async def post(context: TurnContext) -> DeliveryResult:
            connector = context.services.get(ConnectorClientBase)
            created = await connector.conversations.create_conversation(params)
            return DeliveryResult(ok=True, platform_ref={
                "conversation_id": created.id or channel, "activity_id": created.activity_id,
                "channel": channel, "service_url": service_url})
        return lambda: self._continue(ref, post)

    def _prepare_update(self, m: OutboxItem):
        posted = m.related_platform_ref or {}
        if not (posted.get("conversation_id") and posted.get("activity_id") and posted.get("service_url")):
            raise Undeliverable("the escalation's channel post has no ids to update")
        activity = card_activity(build_escalation_card(self._escalation(m)))
        activity.id = posted["activity_id"]
        ref = ConversationReference(channel_id=CHANNEL_ID, service_url=posted["service_url"], agent=self._agent(),
                                    conversation=ConversationAccount(id=posted["conversation_id"], is_group=True))

        async def update(context: TurnContext) -> DeliveryResult:
            await context.update_activity(activity)
            return DeliveryResult(ok=True, platform_ref=dict(posted))
        return lambda: self._continue(ref, update)

    def _reference(self, target: dict[str, Any]) -> ConversationReference:
        """A stored conversation reference (as translate.conversation_ref wrote it)."""
        try:
            ref = ConversationReference.model_validate(target or {})
        except Exception as e:
            raise Undeliverable(f"not a conversation reference: {e.__class__.__name__}") from e
        if not (ref.conversation and ref.conversation.id and ref.service_url):
            raise Undeliverable("the conversation reference lacks the conversation id or service URL")
        return ref

    async def _send_to(self, ref: ConversationReference, activity: Activity) -> DeliveryResult:
        async def send(context: TurnContext) -> DeliveryResult:
            sent = await context.send_activity(activity)
            return DeliveryResult(ok=True, platform_ref={"conversation_id": ref.conversation.id,
                                                         "activity_id": getattr(sent, "id", None)})
        return await self._continue(ref, send)

    # ------------------------------------------------------------------ SDK plumbing
    def _agent(self) -> ChannelAccount:
        app_id = self.bot.settings.app_id
        return ChannelAccount(id=f"28:{app_id}" if app_id else "policybot", name="policybot")

    def _identity(self) -> ClaimsIdentity:
        """Who the proactive turn runs as: the registration's app id (MSAL tokens), or the
        anonymous identity (empty tokens) for local testing."""
        if self.bot.settings.uses_credentials():
            return self.bot.adapter.create_claims_identity(self.bot.settings.app_id)
        return ClaimsIdentity()

    async def _continue(self, ref: ConversationReference,
                        work: Callable[[TurnContext], Awaitable[DeliveryResult]]) -> DeliveryResult:
        """Run `work` in a proactive turn of `ref`'s conversation. Errors are carried out of the
        turn rather than left to the adapter's error handler (which would post them)."""
        continuation = ref.get_continuation_activity()
        continuation.id = None            # else sends become replies to a made-up activity id
        outcome: dict[str, Any] = {}

        async def callback(context: TurnContext) -> None:
            try:
                outcome["result"] = await work(context)
            except Exception as e:
                outcome["error"] = e
        await self.bot.adapter.continue_conversation_with_claims(self._identity(), continuation, callback)
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]
