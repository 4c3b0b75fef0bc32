"""`policybot serve`: one process running every enabled surface, the outbox worker and the index
watcher, on one aiohttp event loop, with health, readiness and Prometheus metrics.

Surfaces (from the environment, contract section 5):
- Slack over HTTP at /slack/events when SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are set, or over
  Socket Mode when SLACK_BOT_TOKEN and SLACK_APP_TOKEN are set (POLICYBOT_SLACK_MODE=http|socket
  chooses when all three are set; default: HTTP).
- Teams at /api/messages when POLICYBOT_TEAMS_APP_ID is set or POLICYBOT_TEAMS_ANONYMOUS=1.
- The governance outbox worker (every platform enabled here), and the knowledge-folder watcher
  when POLICYBOT_WATCH_DIR is set.

Endpoints: GET /healthz (liveness: the loop answers), GET /readyz (200 when the index is loaded
and the database answers, else 503 with the reasons; 503 while shutting down), GET /metrics.

Replicas: several processes may share one Chroma server (POLICYBOT_CHROMA_URL), one PostgreSQL
(POLICYBOT_DATABASE_URL) and one state folder. The outbox is claimed under leases; Slack event
retries and re-sent Teams activities are de-duplicated through the database (bot/dedup.py).

SIGTERM/SIGINT: /readyz turns 503, the listener stops, requests and answers in flight finish
(up to POLICYBOT_SHUTDOWN_TIMEOUT seconds), the workers finish their round; undelivered outbox
messages stay in the database for the next process.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

from aiohttp import web

log = logging.getLogger("policybot.serve")

SLACK_PATH = "/slack/events"
TEAMS_PATH = "/api/messages"
ENV_WATCH_DIR = "POLICYBOT_WATCH_DIR"
ENV_SLACK_MODE = "POLICYBOT_SLACK_MODE"
ENV_OUTBOX_INTERVAL = "POLICYBOT_OUTBOX_INTERVAL"
ENV_OUTBOX_LEASE = "POLICYBOT_OUTBOX_LEASE_SECONDS"
ENV_SHUTDOWN_TIMEOUT = "POLICYBOT_SHUTDOWN_TIMEOUT"
ENV_LOG_LEVEL = "POLICYBOT_LOG_LEVEL"
ENV_LOG_FORMAT = "POLICYBOT_LOG_FORMAT"
ENV_WATCH_DEBOUNCE = "POLICYBOT_WATCH_DEBOUNCE"

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class ConfigError(ValueError):
    """A setting is missing or malformed (the message names the variable)."""


def _float_env(env: Mapping[str, str], name: str, default: float) -> float:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number of seconds, not {raw!r}") from None
    if value <= 0:
        raise ConfigError(f"{name} must be greater than 0")
    return value


@dataclass(frozen=True)
class ServeConfig:
    """What `serve` runs, decided from the environment."""
    slack_mode: str | None = None          # "http", "socket" or None (Slack off)
    teams: bool = False
    watch_dir: Path | None = None
    outbox_interval: float = 2.0
    outbox_lease: float = 120.0
    shutdown_timeout: float = 30.0
    watch_debounce: float = 2.0

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "ServeConfig":
        env = os.environ if env is None else env
        get = lambda k: (env.get(k) or "").strip()  # noqa: E731
        mode = get(ENV_SLACK_MODE).lower() or "auto"
        if mode not in ("auto", "http", "socket", "off"):
            raise ConfigError(f"{ENV_SLACK_MODE} must be auto, http, socket or off, not {mode!r}")
        slack = None
        if get("SLACK_BOT_TOKEN") and mode != "off":
            http_ok, socket_ok = bool(get("SLACK_SIGNING_SECRET")), bool(get("SLACK_APP_TOKEN"))
            if mode == "http" and not http_ok:
                raise ConfigError(f"{ENV_SLACK_MODE}=http needs SLACK_SIGNING_SECRET")
            if mode == "socket" and not socket_ok:
                raise ConfigError(f"{ENV_SLACK_MODE}=socket needs SLACK_APP_TOKEN")
            slack = mode if mode != "auto" else ("http" if http_ok else "socket" if socket_ok else None)
            if slack is None:
                raise ConfigError("SLACK_BOT_TOKEN is set: also set SLACK_SIGNING_SECRET (HTTP) "
                                  "or SLACK_APP_TOKEN (Socket Mode)")
        teams = bool(get("POLICYBOT_TEAMS_APP_ID")) or get("POLICYBOT_TEAMS_ANONYMOUS").lower() in ("1", "true", "yes")
        watch = Path(get(ENV_WATCH_DIR)).expanduser() if get(ENV_WATCH_DIR) else None
        if watch is not None and not watch.is_dir():
            raise ConfigError(f"{ENV_WATCH_DIR}: no such folder: {watch}")
        return cls(slack_mode=slack, teams=teams, watch_dir=watch,
                   outbox_interval=_float_env(env, ENV_OUTBOX_INTERVAL, 2.0),
                   outbox_lease=_float_env(env, ENV_OUTBOX_LEASE, 120.0),
                   shutdown_timeout=_float_env(env, ENV_SHUTDOWN_TIMEOUT, 30.0),
                   watch_debounce=_float_env(env, ENV_WATCH_DEBOUNCE, 2.0))


def open_governance(home: Path):
    """The governance store of this state folder (SQLite in it, or POLICYBOT_DATABASE_URL)."""
    from bot.governance.service import Governance
    return Governance(home=home)


def serves_example(home: Path) -> bool:
    """Was the serving version built from the bundled example knowledge?"""
    from bot.paths import bundled_knowledge_dir
    from index.build import load_manifest
    folder = (load_manifest(home) or {}).get("folder")
    try:
        return bool(folder) and Path(folder).resolve() == bundled_knowledge_dir().resolve()
    except OSError:
        return False


# ------------------------------------------------------------------------------------ logging
class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message (and exc). Pair it with
    bot.redact.RedactingFilter so no personal data reaches the log."""

    def format(self, record: logging.LogRecord) -> str:
        out = {"time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
               "level": record.levelname.lower(), "logger": record.name, "message": record.getMessage()}
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            out["exc"] = record.exc_text
        for key in ("surface", "verdict", "seconds", "event"):
            if hasattr(record, key):
                out[key] = getattr(record, key)
        return json.dumps(out, ensure_ascii=False)


def setup_logging(env: Mapping[str, str] | None = None, stream=None) -> logging.Handler:
    """Root logging to stderr: JSON lines (POLICYBOT_LOG_FORMAT=text for humans), redacted."""
    from bot.redact import RedactingFilter
    env = os.environ if env is None else env
    handler = logging.StreamHandler(stream or sys.stderr)
    if (env.get(ENV_LOG_FORMAT) or "json").strip().lower() == "text":
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    else:
        handler.setFormatter(JsonFormatter())
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    level = (env.get(ENV_LOG_LEVEL) or "INFO").strip().upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        level = "INFO"
    handler.setLevel(level)        # also for libraries that set their own logger to DEBUG (bm25s)
    root.addHandler(handler)
    root.setLevel(level)
    from bot.logs import quiet_third_party
    quiet_third_party()
    return handler


# ------------------------------------------------------------------------------------ metrics
class Metrics:
    """The Prometheus metrics of one serving process (own registry, so tests can make several)."""

    def __init__(self, governance=None, home: Path | None = None) -> None:
        from prometheus_client import CollectorRegistry, Counter, Histogram
        self.registry = CollectorRegistry()
        self.questions = Counter("policybot_questions", "Questions answered, by surface and verdict.",
                                 ["surface", "verdict"], registry=self.registry)
        self.latency = Histogram("policybot_answer_seconds", "Time to answer a question (engine, audit, "
                                 "escalation), by surface.", ["surface"], buckets=LATENCY_BUCKETS,
                                 registry=self.registry)
        self.duplicates = Counter("policybot_duplicate_events", "Platform events dropped as retries or "
                                  "re-sends already taken by a replica.", ["surface"], registry=self.registry)
        self.governance = governance
        self.home = home
        self.registry.register(_StateCollector(self))

    def observe(self, surface: str, verdict: str, seconds: float) -> None:
        self.questions.labels(surface=surface, verdict=verdict).inc()
        self.latency.labels(surface=surface).observe(seconds)

    def render(self) -> bytes:
        from prometheus_client import generate_latest
        return generate_latest(self.registry)


class _StateCollector:
    """Read at scrape time: escalations open, outbox backlog, the serving index version."""

    def __init__(self, metrics: Metrics) -> None:
        self.m = metrics

    def describe(self):
        return []

    def collect(self):
        from prometheus_client.core import GaugeMetricFamily
        gov, home = self.m.governance, self.m.home
        if gov is not None:
            try:
                counts = gov.counts()
            except Exception as e:
                log.warning("metrics: governance counts unavailable: %s", e.__class__.__name__)
                counts = None
            if counts is not None:
                g = GaugeMetricFamily("policybot_escalations_open", "Escalations not yet answered or dismissed "
                                      "(open or claimed).")
                g.add_metric([], counts.get("escalations_open", 0) + counts.get("escalations_claimed", 0))
                yield g
                b = GaugeMetricFamily("policybot_outbox_backlog", "Outbox messages not yet delivered "
                                      "(pending or being sent).")
                b.add_metric([], counts.get("outbox_pending", 0) + counts.get("outbox_sending", 0))
                yield b
                f = GaugeMetricFamily("policybot_outbox_failed", "Outbox messages that failed permanently "
                                      "(`policybot` governance retry puts them back).")
                f.add_metric([], counts.get("outbox_failed", 0))
                yield f
        if home is not None:
            from index.build import load_manifest, read_current
            version = read_current(home)
            info = GaugeMetricFamily("policybot_index_info", "The index version serving now (value 1).",
                                     labels=["version", "created"])
            if version:
                created = ""
                try:
                    created = str((load_manifest(home, version) or {}).get("created", ""))
                except Exception:
                    pass
                info.add_metric([version, created], 1)
            yield info


# ------------------------------------------------------------------------------------ in-flight answers
class InFlight:
    """Counts answers being computed, so shutdown can wait for them."""

    def __init__(self) -> None:
        self._n = 0
        self._cond = threading.Condition()

    def __enter__(self):
        with self._cond:
            self._n += 1
        return self

    def __exit__(self, *exc):
        with self._cond:
            self._n -= 1
            self._cond.notify_all()

    @property
    def count(self) -> int:
        return self._n

    def wait_idle(self, timeout: float) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: self._n == 0, timeout)


def instrument(assistant, surface: str, metrics: Metrics, inflight: InFlight) -> None:
    """Wrap `assistant.ask` (every surface answers through it) with the metrics and the
    in-flight count. Logs the verdict and latency, never the question."""
    inner = assistant.ask

    def ask(text: str, **kw):
        t0 = time.perf_counter()
        with inflight:
            turn = inner(text, **kw)
        took = time.perf_counter() - t0
        verdict = getattr(turn.answer.verdict, "value", str(turn.answer.verdict))
        metrics.observe(surface, verdict, took)
        log.info("answered", extra={"surface": surface, "verdict": verdict, "seconds": round(took, 4)})
        return turn
    assistant.ask = ask


# ------------------------------------------------------------------------------------ Slack over aiohttp
def slack_event_id(body: str, content_type: str) -> str | None:
    """The Events API `event_id` of a JSON event callback (None for commands, interactions,
    url_verification)."""
    if "json" not in (content_type or ""):
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if isinstance(data, dict) and data.get("type") == "event_callback":
        return str(data.get("event_id") or "") or None
    return None


def teams_activity_key(body: bytes) -> str | None:
    """conversation id + activity id of a Bot Framework activity (None when it has no id)."""
    try:
        data = json.loads(body or b"{}")
    except ValueError:
        return None
    if not isinstance(data, dict) or not data.get("id"):
        return None
    conv = (data.get("conversation") or {}).get("id", "") if isinstance(data.get("conversation"), dict) else ""
    return f"{conv}|{data['id']}"


def slack_handler(bolt_app, dedup, metrics: Metrics):
    """aiohttp handler: a signed Slack request dispatched to the (sync) Bolt app in a thread.
    An event callback whose event_id another replica (or this one) already took is acknowledged
    and dropped; its claim is given back if Bolt refuses the request's signature."""
    from slack_bolt.request import BoltRequest

    from bot.slack.server import screen
    secret = getattr(getattr(getattr(bolt_app, "policybot", None), "settings", None), "signing_secret", None)

    async def handle(request: web.Request) -> web.StreamResponse:
        raw = await request.read()
        checked = screen(raw, {k.lower(): v for k, v in request.headers.items()}, secret)
        if checked[0] is not None:       # not UTF-8, malformed JSON or form: 400 (401 unsigned), no traceback
            return web.Response(status=checked[0], text=checked[1])
        body = checked[1]
        event_id = slack_event_id(body, request.headers.get("Content-Type", "")) if dedup is not None else None
        if event_id and not await asyncio.to_thread(dedup.claim, "slack", event_id):
            metrics.duplicates.labels(surface="slack").inc()
            log.info("duplicate Slack event dropped", extra={"surface": "slack", "event": "duplicate"})
            return web.Response(status=200, text="")
        req = BoltRequest(body=body, query=request.query_string,
                          headers={k.lower(): request.headers.getall(k) for k in request.headers.keys()})
        resp = await asyncio.to_thread(bolt_app.dispatch, req)
        if event_id and resp.status in (401, 403):
            await asyncio.to_thread(dedup.release, "slack", event_id)
        ctype = resp.headers.pop("content-type", ["application/json" if resp.body.startswith("{") else "text/plain"])[0]
        return web.Response(status=resp.status, body=resp.body.encode("utf-8"),
                            headers=resp.first_headers_without_set_cookie(),
                            content_type=re.sub(r";\s*charset=utf-8", "", ctype), charset="utf-8")
    return handle


def teams_dedup_middleware(dedup, metrics: Metrics):
    """Drops a Teams activity (same conversation and activity id) already taken by a replica."""
    @web.middleware
    async def mw(request: web.Request, handler):
        if dedup is None or request.method != "POST" or request.path != TEAMS_PATH:
            return await handler(request)
        key = teams_activity_key(await request.read())
        if key and not await asyncio.to_thread(dedup.claim, "teams", key):
            metrics.duplicates.labels(surface="teams").inc()
            log.info("duplicate Teams activity dropped", extra={"surface": "teams", "event": "duplicate"})
            return web.Response(status=200)
        try:
            resp = await handler(request)
        except web.HTTPException as e:
            if key and e.status in (401, 403):
                await asyncio.to_thread(dedup.release, "teams", key)
            raise
        if key and resp.status in (401, 403):
            await asyncio.to_thread(dedup.release, "teams", key)
        return resp
    return mw


# ------------------------------------------------------------------------------------ the service
@dataclass
class Service:
    """Everything one `policybot serve` process runs. `build()` wires it, `start()` starts the
    background parts, `web_app` is the aiohttp application, `stop()` shuts down gracefully."""
    home: Path
    chroma_url: str | None
    config: ServeConfig
    governance: Any = None
    metrics: Metrics | None = None
    inflight: InFlight = field(default_factory=InFlight)
    web_app: web.Application | None = None
    slack_app: Any = None
    slack_pump: Any = None
    socket_handler: Any = None
    teams_bot: Any = None
    draining: bool = False
    _stop: threading.Event = field(default_factory=threading.Event)
    _threads: list = field(default_factory=list)
    _ready_version: str | None = None

    # -- wiring ------------------------------------------------------------------------
    @classmethod
    def build(cls, home: Path, chroma_url: str | None = None, config: ServeConfig | None = None,
              governance=None) -> "Service":
        # only the surfaces configured are imported (a plain install has no slack_bolt / Agents SDK);
        # an empty home is not filled with the bundled example: /readyz says 503 and why
        config = config or ServeConfig.from_env()
        chroma_url = chroma_url or os.environ.get("POLICYBOT_CHROMA_URL") or None
        from bot.startup import index_configured_knowledge
        index_configured_knowledge(home, chroma_url, "serve-start")
        gov = governance if governance is not None else open_governance(home)
        svc = cls(home=home, chroma_url=chroma_url, config=config, governance=gov)
        svc.metrics = Metrics(gov, home)
        from bot.dedup import EventDedup
        dedup = EventDedup(gov) if gov is not None else None

        if config.teams:
            from bot.assistant import Assistant
            from bot.teams.app import create_app as create_teams_app
            from bot.teams.server import build_web_app
            from bot.teams.settings import TeamsSettings
            tsettings = TeamsSettings.from_env()
            tsettings.check()
            assistant = Assistant(home=home, chroma_url=chroma_url, governance=gov)
            instrument(assistant, "teams", svc.metrics, svc.inflight)
            svc.teams_bot = create_teams_app(assistant, tsettings)
            app = build_web_app(svc.teams_bot, outbox_interval=None, dedup=False)   # our worker, our dedup below
            app.middlewares.append(teams_dedup_middleware(dedup, svc.metrics))
        else:
            app = web.Application()
            app.router.add_get("/healthz", svc._healthz)
        app.router.add_get("/readyz", svc._readyz)
        app.router.add_get("/metrics", svc._metrics)

        if config.slack_mode:
            from bot.slack.server import build as build_slack
            from bot.slack.settings import SlackSettings
            ssettings = SlackSettings.from_env()
            ssettings.check(socket_mode=config.slack_mode == "socket")
            svc.slack_app, svc.slack_pump = build_slack(ssettings, home=home, chroma_url=chroma_url,
                                                        socket_mode=config.slack_mode == "socket", governance=gov,
                                                        pump_interval=config.outbox_interval)
            instrument(svc.slack_app.policybot.assistant, "slack", svc.metrics, svc.inflight)
            if svc.slack_pump is not None:
                svc.slack_pump.worker.policy.lease_seconds = config.outbox_lease
            if config.slack_mode == "http":
                app.router.add_post(SLACK_PATH, slack_handler(svc.slack_app, dedup, svc.metrics))
            else:
                from slack_bolt.adapter.socket_mode import SocketModeHandler
                svc.socket_handler = SocketModeHandler(svc.slack_app, ssettings.app_token)
        app.on_startup.append(svc._on_startup)
        svc.web_app = app
        return svc

    @property
    def surfaces(self) -> list[str]:
        out = []
        if self.config.slack_mode:
            out.append(f"slack-{self.config.slack_mode}")
        if self.config.teams:
            out.append("teams")
        return out

    # -- endpoints -----------------------------------------------------------------------
    async def _healthz(self, _request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    def readiness(self) -> tuple[bool, dict[str, Any]]:
        """(ready, checks) — index loaded for the serving version, database reachable."""
        from index.build import read_current
        checks: dict[str, Any] = {}
        reasons: list[str] = []
        if self.draining:
            reasons.append("shutting down")
        version = read_current(self.home)
        if version is None:
            reasons.append("no index version is serving")
            checks["index"] = "missing"
            checks["index_hint"] = (f"nothing is indexed in {self.home} yet: run `policybot index FOLDER` with "
                                    "the organisation's knowledge folder (the bundled example is never served unasked)"
                                    + ("; the watcher is building POLICYBOT_WATCH_DIR" if self.config.watch_dir else ""))
        else:
            if serves_example(self.home):
                checks["knowledge"] = ("the bundled example (a fictional council's policy), not an "
                                       "organisation's: run `policybot index FOLDER`")
            try:
                from bot.engine.pipeline import get_engine
                eng = get_engine(self.home, self.chroma_url)
                checks["index"] = getattr(eng, "index_version", version)
                self._ready_version = version
            except Exception as e:
                reasons.append(f"index {version} could not be loaded: {e.__class__.__name__}")
                checks["index"] = "error"
        if self.governance is None:
            checks["database"] = "not configured"
        else:
            try:
                from sqlalchemy import text
                with self.governance.engine.connect() as c:
                    c.execute(text("SELECT 1"))
                checks["database"] = "ok"
            except Exception as e:
                reasons.append(f"database unreachable: {e.__class__.__name__}")
                checks["database"] = "error"
        checks["reasons"] = reasons
        return not reasons, checks

    async def _readyz(self, _request: web.Request) -> web.Response:
        try:
            ok, checks = await asyncio.wait_for(asyncio.to_thread(self.readiness), 10)
        except asyncio.TimeoutError:
            ok, checks = False, {"reasons": ["readiness check timed out"]}
        return web.json_response({"ready": ok, **checks}, status=200 if ok else 503)

    async def _metrics(self, _request: web.Request) -> web.Response:
        from prometheus_client import CONTENT_TYPE_LATEST
        body = await asyncio.to_thread(self.metrics.render)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    # -- background parts ------------------------------------------------------------------
    async def _on_startup(self, _app) -> None:
        self.start(asyncio.get_running_loop())

    def start(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        # load the serving index now, not on the first question (none yet on an empty home)
        from bot.engine.pipeline import get_engine
        from index.build import read_current
        if read_current(self.home) is not None:
            get_engine(self.home, self.chroma_url)
            if serves_example(self.home):
                log.warning("serving the bundled example knowledge (a fictional council's policy), not an "
                            "organisation's: run `policybot index FOLDER`")
        else:
            log.warning("no index in %s yet: not ready until `policybot index FOLDER` has run", self.home)
        if self.slack_pump is not None:
            self.slack_pump.start()
        if self.teams_bot is not None and self.governance is not None:
            from bot.governance.outbox import OutboxWorker
            from bot.teams.notifier import TeamsNotifier
            worker = OutboxWorker(self.governance, {"teams": TeamsNotifier(self.teams_bot, loop=loop)},
                                  lease_seconds=self.config.outbox_lease)
            self._thread(worker.run_forever, (self._stop, self.config.outbox_interval), "teams-outbox")
        if self.socket_handler is not None:
            self._thread(self._connect_socket_mode, (), "slack-socket-mode")
        if self.config.watch_dir is not None:
            self._thread(self._watch, (), "index-watch")
        if self.governance is not None:
            self._thread(self._housekeeping, (), "dedup-purge")

    def _thread(self, target: Callable, args: tuple, name: str) -> None:
        t = threading.Thread(target=target, args=args, name=name, daemon=True)
        t.start()
        self._threads.append(t)

    def _connect_socket_mode(self, retry: float = 30.0) -> None:
        """Open the Socket Mode connection; Slack being unreachable (or a bad app token) is
        logged and retried, and never stops the other surfaces."""
        while not self._stop.is_set():
            try:
                self.socket_handler.connect()
                log.info("Slack connected over Socket Mode")
                return
            except Exception as e:
                log.error("Slack Socket Mode connection failed (retrying in %.0f s): %s", retry,
                          e.__class__.__name__)
            self._stop.wait(retry)

    def _watch(self) -> None:
        from index.watch import watch_folder

        def after(ev) -> None:
            if ev.result is None or ev.result.unchanged:
                return
            try:
                from bot.engine.pipeline import get_engine
                get_engine(self.home, self.chroma_url)
                from bot.reindex_followup import after_switch
                after_switch(self.home, ev.result.diff, action="build", trigger="watch",
                             chroma_url=self.chroma_url, governance=self.governance)
            except Exception as e:
                log.warning("after the watched reindex: %s", e.__class__.__name__)
        watch_folder(self.config.watch_dir, self.home, self.chroma_url, debounce=self.config.watch_debounce,
                     build_first=True, on_event=after, stop=self._stop, handle_signals=False)

    def _housekeeping(self) -> None:
        from bot.dedup import EventDedup
        dedup = EventDedup(self.governance)
        while not self._stop.wait(3600):
            try:
                dedup.purge()
            except Exception as e:
                log.warning("purging old inbound events failed: %s", e.__class__.__name__)

    def stop(self) -> None:
        """After the listener stopped: wait for answers in flight, then stop the workers (each
        finishes its round; what is undelivered stays in the outbox)."""
        timeout = self.config.shutdown_timeout
        if not self.inflight.wait_idle(timeout):
            log.warning("shutdown: %d answer(s) still running after %.0f s", self.inflight.count, timeout)
        if self.slack_app is not None:
            runner = getattr(self.slack_app, "_listener_runner", None)
            executor = getattr(runner, "listener_executor", None)
            if executor is not None:
                executor.shutdown(wait=True)     # replies of answers just computed are posted
        if self.socket_handler is not None:
            try:
                self.socket_handler.close()
            except Exception:
                pass
        self._stop.set()
        if self.slack_pump is not None:
            self.slack_pump.stop(timeout)
        for t in self._threads:
            t.join(timeout)
        if self.governance is not None:
            self.governance.close()


async def serve_async(svc: Service, host: str, port: int, stop: asyncio.Event | None = None,
                      on_ready: Callable[[int], None] | None = None) -> None:
    """Serve until `stop` is set (SIGTERM/SIGINT set it when run from `run`)."""
    stop = stop or asyncio.Event()
    runner = web.AppRunner(svc.web_app, access_log=None, shutdown_timeout=svc.config.shutdown_timeout,
                           handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound = site._server.sockets[0].getsockname()[1] if site._server and site._server.sockets else port
    log.info("policybot serving on http://%s:%s (surfaces: %s; outbox worker: %s; watcher: %s)", host, bound,
             ", ".join(svc.surfaces) or "none", "on" if svc.governance is not None else "off",
             svc.config.watch_dir or "off")
    if on_ready:
        on_ready(bound)
    try:
        await stop.wait()
    finally:
        svc.draining = True
        log.info("shutting down: finishing requests and answers in flight")
        await runner.cleanup()        # stops listening, waits for handlers in flight
        await asyncio.to_thread(svc.stop)
        log.info("stopped")


def run(*, host: str = "127.0.0.1", port: int = 8080, home: Path, chroma_url: str | None = None) -> int:
    """`policybot serve`: the process exit code (2: configuration error, 1: could not start)."""
    setup_logging()
    try:
        config = ServeConfig.from_env()
    except ConfigError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    try:
        svc = Service.build(home, chroma_url, config)
    except (ConfigError, ValueError) as e:          # SettingsError of Slack/Teams are ValueErrors
        print(f"error: {e}", file=sys.stderr)
        return 2
    except Exception as e:     # no knowledge to index, database unreachable, Slack auth.test failed
        log.error("could not start: %s", e.__class__.__name__, exc_info=e)
        print(f"error: could not start: {e}", file=sys.stderr)
        return 1

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await serve_async(svc, host, port, stop)
    try:
        asyncio.run(main())
    except OSError as e:       # port in use, bad address
        print(f"error: {e}", file=sys.stderr)
        return 1
    except Exception as e:
        log.error("serve failed: %s", e.__class__.__name__, exc_info=e)
        return 1
    return 0
