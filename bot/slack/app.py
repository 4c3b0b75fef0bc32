"""The Slack app factory: a Bolt App over the platform-neutral Assistant, with the listeners
registered by kind. Nothing is read from the environment here (see settings.py)."""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.slack.listeners import register_listeners
from bot.slack.services import SlackServices
from bot.slack.settings import SettingsError, SlackSettings

LISTENER_THREADS = 8
BOLT_LOGGER = "policybot.slack.bolt"


class _TokenNoteFilter(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN itself and warns that the client's token wins: it is the same one."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


class _NoBodyFilter(logging.Filter):
    """Bolt logs a refused request with its body; the body may hold a question with personal data."""

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        if ", body:" in msg:
            record.msg, record.args = msg.split(", body:")[0] + ", body not logged)", ()
        return True


logging.getLogger(BOLT_LOGGER).addFilter(_TokenNoteFilter())
logging.getLogger("slack_bolt.RequestVerification").addFilter(_NoBodyFilter())


def make_client(settings: SlackSettings, *, rate_limit_retries: int = 1, timeout: int = 30) -> WebClient:
    """A WebClient for the bot token and the configured API URL. The outbox notifier passes
    rate_limit_retries=0: the outbox schedules its own retries from Retry-After."""
    client = WebClient(token=settings.bot_token or None, base_url=settings.api_url, timeout=timeout)
    if rate_limit_retries:
        client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=rate_limit_retries))
    return client


def create_app(assistant, settings: SlackSettings, client: WebClient | None = None, *, pump=None,
               socket_mode: bool = False, embed_model=None) -> App:
    """The Bolt app. `assistant`: bot.assistant.Assistant (its `governance`, when set, enables
    escalation). `pump`: the outbox pump to wake after an escalation or a governance action.
    Every HTTP request must carry a valid Slack signature (401 otherwise); Socket Mode
    connections are authenticated by the app token instead. Calls auth.test once."""
    if not socket_mode and not settings.signing_secret:
        raise SettingsError("SLACK_SIGNING_SECRET is required to serve Slack over HTTP")
    client = client or make_client(settings)
    services = SlackServices(assistant=assistant, settings=settings, pump=pump, embed_model=embed_model)
    app = App(client=client, signing_secret=settings.signing_secret or None,
              request_verification_enabled=not socket_mode,
              listener_executor=ThreadPoolExecutor(max_workers=LISTENER_THREADS, thread_name_prefix="slack-listener"),
              logger=logging.getLogger(BOLT_LOGGER))
    if socket_mode:
        app.middleware(_socket_mode_dedup(services))
    register_listeners(app, services)
    app.policybot = services      # for the runners (and tests): the shared services
    return app


def _socket_mode_dedup(services):
    """Over Socket Mode, an event Slack delivers again (same event_id: a retry, or a replay
    after a reconnect) is acknowledged and not handled twice. (Over HTTP the server does this
    before Bolt: bot/slack/server.py.)"""
    from bot.dedup import dedup_for
    store = dedup_for(services.governance)

    def dedup(body, next, logger):   # noqa: A002 - Bolt passes `next` by name
        from slack_bolt.response import BoltResponse
        if isinstance(body, dict) and body.get("type") == "event_callback" and body.get("event_id"):
            if not store.claim("slack", str(body["event_id"])):
                logger.info("duplicate Slack event %s dropped", body["event_id"])
                return BoltResponse(status=200, body="")
        return next()
    return dedup
