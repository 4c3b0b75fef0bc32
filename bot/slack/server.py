"""Running the Slack app: HTTP (Events API, slash commands and interactivity at
http://HOST:PORT/slack/events, 127.0.0.1 by default, signature-checked) or Socket Mode.
The governance outbox is drained in the same process when the governance store is available."""
from __future__ import annotations

import logging
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


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, fmt, *args) -> None:     # access log at debug level, never bodies
        log.debug("%s " + fmt, self.address_string(), *args)


def wsgi_app(app):
    """WSGI callable: Bolt at /slack/events, a health check at /healthz, 404 elsewhere."""
    bolt = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ, start_response):
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") == "GET":
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"ok\n"]
        return bolt(environ, start_response)
    return application


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
