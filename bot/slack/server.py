"""Running the Slack app: HTTP (Events API, slash commands and interactivity at
http://HOST:PORT/slack/events, 127.0.0.1 by default, signature-checked) or Socket Mode.
The governance outbox is drained in the same process when the governance store is available."""
from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.slack.settings import SettingsError, SlackSettings

log = logging.getLogger("policybot.slack")

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
# the largest request body read (Slack's own payloads are a few KB); 413 above it, before reading
MAX_BODY_BYTES = int(float(os.environ.get("POLICYBOT_SLACK_MAX_BODY_KB") or 1024) * 1024)


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, fmt, *args) -> None:     # access log at debug level, never bodies
        log.debug("%s " + fmt, self.address_string(), *args)


def signed(secret: str | None, raw: bytes, headers) -> bool:
    """Does the request carry a valid, fresh Slack signature (v0 HMAC of the raw bytes)?
    `headers`: a mapping with lower-case names."""
    import hashlib
    import hmac
    import time
    if not secret:
        return False
    ts, sig = str(headers.get("x-slack-request-timestamp") or ""), str(headers.get("x-slack-signature") or "")
    try:
        if abs(time.time() - int(ts)) > 60 * 5:
            return False
    except ValueError:
        return False
    mac = hmac.new(secret.encode("utf-8"), f"v0:{ts}:".encode("ascii") + raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(f"v0={mac}", sig)


def screen(raw: bytes, headers, secret: str | None) -> tuple[int, str] | tuple[None, str, dict]:
    """A Slack request body checked before Bolt sees it: (status, reason) to answer at once, or
    (None, text, payload) to go on. A body that is not UTF-8, or not the JSON / form Slack
    sends, is 400 when it is validly signed and 401 when it is not, never an error page."""
    from slack_bolt.request.internals import parse_body
    try:
        text = raw.decode("utf-8")
        payload = parse_body(text, headers.get("content-type"))
        if not isinstance(payload, dict):
            raise ValueError("not an object")
    except ValueError:                       # UnicodeDecodeError and json.JSONDecodeError too
        if not signed(secret, raw, headers):
            log.info("Invalid request signature detected (malformed body, body not logged)")
            return 401, "invalid request signature"
        return 400, "malformed request body"
    return None, text, payload


def event_id_of(payload: dict) -> str | None:
    """The Events API `event_id` of an event callback (None for commands, interactions, ...)."""
    if payload.get("type") == "event_callback":
        return str(payload.get("event_id") or "") or None
    return None


def _respond(start_response, status: int, text: str = "", headers=()) -> list[bytes]:
    from http import HTTPStatus
    body = (text + "\n").encode("utf-8") if text else b""
    start_response(f"{status} {HTTPStatus(status).phrase}",
                   [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body))), *headers])
    return [body]


def wsgi_app(app, dedup=None, max_body: int | None = None):
    """WSGI callable: Bolt at /slack/events, a health check at /healthz, 404 elsewhere.

    Before Bolt: a body over `max_body` bytes (POLICYBOT_SLACK_MAX_BODY_KB, 1 MB) is refused
    with 413 from its Content-Length, without being read; a malformed body gets 400 (401 when
    unsigned); an event callback whose `event_id` was already taken (a replay, or Slack's retry
    with X-Slack-Retry-Num) is acknowledged and not handled again. `dedup`: a claim/release
    store (bot.dedup; default: the governance database when the app has one, else memory)."""
    from bot.dedup import dedup_for
    bolt = SlackRequestHandler(app, path=EVENTS_PATH)
    services = getattr(app, "policybot", None)
    secret = getattr(getattr(services, "settings", None), "signing_secret", None)
    if dedup is None:
        dedup = dedup_for(getattr(services, "governance", None))
    limit = MAX_BODY_BYTES if max_body is None else max_body

    def events(environ, start_response):
        if environ.get("HTTP_TRANSFER_ENCODING"):
            return _respond(start_response, 411, "a Content-Length is required")
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return _respond(start_response, 400, "bad Content-Length")
        if length < 0:
            return _respond(start_response, 400, "bad Content-Length")
        if length > limit:
            return _respond(start_response, 413, f"request body over {limit:,} bytes")
        raw = environ["wsgi.input"].read(length) if length else b""
        headers = {k[5:].lower().replace("_", "-"): v for k, v in environ.items() if k.startswith("HTTP_")}
        headers["content-type"] = environ.get("CONTENT_TYPE") or ""
        checked = screen(raw, headers, secret)
        if checked[0] is not None:
            return _respond(start_response, checked[0], checked[1])
        _, text, payload = checked
        event_id = event_id_of(payload)
        claimed = False
        if event_id and signed(secret, raw, headers):       # only a genuine request may claim an event
            if not dedup.claim("slack", event_id):
                log.info("duplicate Slack event %s dropped (retry %s)", event_id,
                         headers.get("x-slack-retry-num") or "-")
                return _respond(start_response, 200)
            claimed = True
        from io import BytesIO
        environ = dict(environ, **{"wsgi.input": BytesIO(raw), "CONTENT_LENGTH": str(len(raw))})
        try:
            result = bolt(environ, _status_spy(start_response, on_refused=lambda: claimed and dedup.release(
                "slack", event_id)))
        except Exception:
            log.exception("handling a Slack request failed")
            if claimed:
                dedup.release("slack", event_id)
            return _respond(start_response, 500, "internal error")
        return result

    def application(environ, start_response):
        path, method = environ.get("PATH_INFO"), environ.get("REQUEST_METHOD")
        if path == HEALTH_PATH and method == "GET":
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"ok\n"]
        if path == EVENTS_PATH and method == "POST":
            return events(environ, start_response)
        return bolt(environ, start_response)
    return application


def _status_spy(start_response, on_refused):
    """start_response that calls `on_refused()` when Bolt answers 401/403, and says so in our own
    log (third-party loggers are kept at WARNING, so Bolt's own line may not reach it)."""
    def spy(status, headers, *exc):
        if status.split(" ", 1)[0] in ("401", "403"):
            log.warning("Invalid request signature: Slack request refused with %s (body not logged)",
                        status.split(" ", 1)[0])
            on_refused()
        return start_response(status, headers, *exc)
    return spy


def serve_http(app, host: str = "127.0.0.1", port: int = 3000):
    """A threaded HTTP server for `app` bound to host:port (not started: call serve_forever,
    or run it in a thread). port 0 picks a free port (server.server_port)."""
    return make_server(host, port, wsgi_app(app), server_class=_ThreadingWSGIServer, handler_class=_QuietHandler)


def open_governance(home: Path):
    """The governance store, or None when this installation has none (escalation off)."""
    try:
        from bot.governance.service import Governance
    except ImportError:
        log.warning("bot.governance is not installed: escalation to the governance channel is off")
        return None
    return Governance(home=home)


def ensure_index(home: Path, chroma_url: str | None) -> None:
    """On an empty home index POLICYBOT_KNOWLEDGE when the operator set it, else refuse to start:
    the bundled example is never served unasked."""
    from bot.startup import index_configured_knowledge
    from index.build import read_current
    if not index_configured_knowledge(home, chroma_url, "slack-start") and read_current(home) is None:
        raise RuntimeError(f"no index in {home} yet: run `policybot index FOLDER` with the organisation's knowledge folder (or `policybot index --example` to try the bundled example) before starting the bot")


def build(settings: SlackSettings, *, home: Path, chroma_url: str | None = None, socket_mode: bool = False,
          governance=None, pump_interval: float = 2.0):
    """(app, pump): the Bolt app with its Assistant and, with a governance store, the outbox
    pump delivering through the Slack notifier (not started)."""
    from bot.assistant import Assistant
    from bot.slack.app import create_app, make_client
    from bot.slack.delivery import OutboxPump
    from bot.slack.notifier import SlackNotifier
    assistant = Assistant(home=home, chroma_url=chroma_url, governance=governance)
    pump = None
    if governance is not None:
        from bot.governance.outbox import OutboxWorker
        notifier = SlackNotifier(make_client(settings, rate_limit_retries=0), governance)
        pump = OutboxPump(OutboxWorker(governance, {"slack": notifier}), interval=pump_interval)
        if not settings.governance_channel:
            log.warning("POLICYBOT_SLACK_GOVERNANCE_CHANNEL is not set: escalations wait in the outbox")
    app = create_app(assistant, settings, make_client(settings), pump=pump, socket_mode=socket_mode)
    return app, pump


def run(*, http: bool, host: str = "127.0.0.1", port: int = 3000, home: Path, chroma_url: str | None = None) -> int:
    """`policybot slack`: returns the process exit code (2: configuration error)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from bot.redact import install_log_redaction
    install_log_redaction()          # no personal data in the log, whatever a library logs
    from bot.logs import quiet_third_party
    quiet_third_party()
    settings = SlackSettings.from_env()
    try:
        settings.check(socket_mode=not http)
    except SettingsError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    try:
        ensure_index(home, chroma_url)
        governance = open_governance(home)
    except Exception as e:     # no knowledge to index, database unreachable, ...
        print(f"error: {e}", file=sys.stderr)
        return 1
    try:
        app, pump = build(settings, home=home, chroma_url=chroma_url, socket_mode=not http, governance=governance)
    except Exception as e:     # auth.test failed (bad token, Slack unreachable), ...
        print(f"error: could not start the Slack app: {e}", file=sys.stderr)
        return 1
    if pump is not None:
        pump.start()
    app.policybot.assistant.engine()          # load the index now, not on the first question
    stop = threading.Event()
    try:
        if http:
            server = serve_http(app, host, port)
            signal.signal(signal.SIGTERM, lambda *a: threading.Thread(target=server.shutdown).start())
            print(f"policybot Slack app on http://{host}:{server.server_port}{EVENTS_PATH}", file=sys.stderr,
                  flush=True)
            try:
                server.serve_forever(poll_interval=0.2)
            finally:
                server.server_close()
        else:
            from slack_bolt.adapter.socket_mode import SocketModeHandler
            handler = SocketModeHandler(app, settings.app_token)
            signal.signal(signal.SIGTERM, lambda *a: stop.set())
            handler.connect()
            print("policybot Slack app connected over Socket Mode", file=sys.stderr, flush=True)
            while not stop.wait(1.0):
                pass
            handler.close()
    except KeyboardInterrupt:
        pass
    except Exception as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    finally:
        if pump is not None:
            pump.stop()
    return 0
