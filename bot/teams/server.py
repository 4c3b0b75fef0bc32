"""The aiohttp server: POST /api/messages through the Agents SDK (JWT-validated), GET /healthz,
and, when the governance core is connected, the outbox worker delivering escalations and
replies through the Teams notifier."""
from __future__ import annotations

import asyncio
import json
import logging
import sys
import threading
import warnings
from pathlib import Path

from aiohttp import web
from aiohttp.web_exceptions import NotAppKeyWarning
from microsoft_agents.hosting.aiohttp import jwt_authorization_decorator, start_agent_process
from pydantic import ValidationError

from bot.teams.app import TeamsBot, create_app
from bot.teams.settings import SettingsError, TeamsSettings

log = logging.getLogger("policybot.teams")

MESSAGES_PATH = "/api/messages"


def build_web_app(bot: TeamsBot, *, outbox_interval: float | None = 2.0, dedup=True,
                  outbox_options: dict | None = None) -> web.Application:
    """The aiohttp application. /api/messages goes through the SDK's JWT authorization: with a
    registration a valid Bot Framework token is required; in anonymous mode
    (POLICYBOT_TEAMS_ANONYMOUS=1) a request without a token is accepted, and a request with a
    malformed or invalid one is still refused. `outbox_interval`: seconds between outbox rounds
    when idle (None: no worker, e.g. when another process runs it).

    `dedup`: a repeated activity (same conversation and activity id, e.g. re-sent by the
    channel) is answered once. True: through the governance database when there is one, else in
    memory; a bot.dedup store to use that one; False: not here (`policybot serve` adds its own).
    `outbox_options`: keyword arguments of the OutboxWorker (base_delay, max_delay, ...)."""
    @jwt_authorization_decorator
    async def messages(request: web.Request) -> web.StreamResponse:
        # after the token check: a body that is not an activity is a 400, never a 500
        try:
            data = json.loads(await request.read())
        except ValueError:                  # not JSON, or not UTF-8
            return web.json_response({"error": "Invalid JSON"}, status=400)
        if not isinstance(data, dict) or not isinstance(data.get("type"), str):
            return web.json_response({"error": "Not an activity"}, status=400)
        try:
            return await start_agent_process(request, bot.app, bot.adapter)
        except ValidationError:
            return web.json_response({"error": "Not an activity"}, status=400)

    async def health(_request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    web_app = web.Application()
    if dedup is not False:
        from bot.dedup import dedup_for
        from bot.serve import Metrics, teams_dedup_middleware
        store = dedup_for(bot.governance) if dedup is True else dedup
        web_app.middlewares.append(teams_dedup_middleware(store, Metrics()))
    web_app.router.add_post(MESSAGES_PATH, messages)
    web_app.router.add_get("/healthz", health)
    with warnings.catch_warnings():       # the SDK's JWT check reads this plain string key
        warnings.simplefilter("ignore", NotAppKeyWarning)
        web_app["agent_configuration"] = bot.auth_configuration()
    if outbox_interval is not None and bot.governance is not None:
        web_app.cleanup_ctx.append(_outbox_worker(bot, outbox_interval, **(outbox_options or {})))
    return web_app


def _outbox_worker(bot: TeamsBot, interval: float, **worker_options):
    async def ctx(_app):
        from bot.governance.outbox import OutboxWorker
        from bot.teams.notifier import TeamsNotifier
        notifier = TeamsNotifier(bot, loop=asyncio.get_running_loop())
        worker = OutboxWorker(bot.governance, {"teams": notifier}, **worker_options)
        stop = threading.Event()
        thread = threading.Thread(target=worker.run_forever, args=(stop, interval), name="teams-outbox",
                                  daemon=True)
        thread.start()
        yield
        stop.set()
        await asyncio.to_thread(thread.join, 10)
    return ctx


def serve(bot: TeamsBot, host: str = "127.0.0.1", port: int = 3978) -> None:
    """Serve until interrupted."""
    web.run_app(build_web_app(bot), host=host, port=port, print=None)


def run(*, host: str = "127.0.0.1", port: int = 3978, home: Path, chroma_url: str | None = None) -> int:
    """`policybot teams`: returns the process exit code (2: configuration error)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from bot.redact import install_log_redaction
    install_log_redaction()          # no personal data in the log, whatever a library logs
    from bot.logs import quiet_third_party
    quiet_third_party()
    settings = TeamsSettings.from_env()
    try:
        settings.check()
    except SettingsError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    from bot.assistant import Assistant
    from bot.startup import index_configured_knowledge
    from index.build import read_current
    index_configured_knowledge(home, chroma_url, "teams-start")       # POLICYBOT_KNOWLEDGE, when set
    if read_current(home) is None:      # the bundled example is never served unasked
        print(f"no index in {home} yet: run `policybot index FOLDER` with the organisation's knowledge folder (or `policybot index --example` to try the bundled example) before starting the bot", file=sys.stderr)
        return 1
    governance = None
    try:
        from bot.governance.service import Governance
        governance = Governance(home=home)
    except ImportError:
        log.warning("bot.governance is not installed: escalation to the governance channel is off")
    if governance is not None and not settings.governance_channel:
        log.warning("POLICYBOT_TEAMS_GOVERNANCE_CHANNEL is not set: escalations wait in the outbox")
    bot = create_app(Assistant(home=home, chroma_url=chroma_url, governance=governance), settings)
    bot.assistant.engine()                    # load the index now, not on the first question
    mode = " (anonymous: local testing only)" if settings.anonymous else ""
    print(f"policybot Teams bot on http://{host}:{port}{MESSAGES_PATH}{mode}", file=sys.stderr, flush=True)
    try:
        serve(bot, host, port)
    except OSError as e:                      # port in use, bad address
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0
