"""Shared fixtures and helpers of the governance tests (no tests here).

Every governance test runs on a real database: a SQLite file in tmp_path, and, when
POLICYBOT_TEST_DATABASE_URL points at a PostgreSQL server (e.g.
postgresql://postgres:pw@127.0.0.1:5432/postgres), also on a fresh database created on that
server for the test and dropped after it. In CI (CI=true) without that variable, a throwaway
PostgreSQL cluster is started once for the session (tests/serve_support.py, as the replica test
does), so the PostgreSQL variant always runs there; if it cannot start, the tests fail. Notifiers are stand-ins for the chat platforms (the
external side), never for our own code."""
from __future__ import annotations

import os
import sys
import threading
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.engine.models import Answer, Citation

PG_ENV = "POLICYBOT_TEST_DATABASE_URL"
_SCRIPT = Path(sys.executable).parent / "policybot"
PB = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "bot.cli"]
DROP_ENV = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy",
            "POLICYBOT_HOME", "POLICYBOT_DATABASE_URL", "POLICYBOT_AUDIT_SECRET",
            "POLICYBOT_AUDIT_RETENTION_DAYS", "POLICYBOT_SLACK_GOVERNANCE_CHANNEL",
            "POLICYBOT_TEAMS_GOVERNANCE_CHANNEL", "POLICYBOT_ACTOR")
SLACK_CHANNEL = "CGOV0001"
TEAMS_CHANNEL = "19:governance@thread.tacv2"
T0 = datetime(2026, 11, 2, 10, 0, 0, tzinfo=timezone.utc)


def subprocess_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in DROP_ENV}
    env["POLICYBOT_HOME"] = str(home)
    env["XDG_DATA_HOME"] = str(home / "xdg")
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "200"
    return env


def make_answer(question: str = "Can I use Otter.ai to transcribe a staff meeting?", verdict: str = "unsure",
                tool: str | None = "Otter.ai", refs: tuple[str, ...] = ("genai-usage-policy.md#6.2",),
                escalated: bool | None = None, summary: str = "The policy does not settle this.",
                index_version: str = "v-test") -> Answer:
    """A real engine Answer object (the contract's shape)."""
    cits = [Citation(ref=r, source=r.split("#")[0], clause=r.split("#")[1], heading="Heading",
                     quote="verbatim text", score=0.8) for r in refs]
    return Answer(question=question, verdict=verdict, summary=summary, citations=cits, tool=tool,
                  escalated=(verdict == "unsure") if escalated is None else escalated,
                  escalation_reason="The policy does not settle this." if verdict == "unsure" else None,
                  confidence=0.4, index_version=index_version)


class Clock:
    """A settable clock for Governance(clock=...)."""

    def __init__(self, start: datetime = T0) -> None:
        self.t = start
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return self.t

    def advance(self, **kw) -> datetime:
        with self._lock:
            self.t = self.t + timedelta(**kw)
            return self.t


class RecordingNotifier:
    """A chat platform stand-in: records every send; ``script`` gives the results in order
    (then ok). Thread-safe."""

    def __init__(self, script=(), delay: float = 0.0, ref_prefix: str = "ts") -> None:
        from bot.governance.outbox import DeliveryResult
        self.DeliveryResult = DeliveryResult
        self.script = list(script)
        self.delay = delay
        self.sent: list = []          # successful sends
        self.calls: list = []         # every call
        self.senders: list[str] = []  # thread name of each successful send
        self.ref_prefix = ref_prefix
        self._lock = threading.Lock()

    def send(self, message):
        import time
        if self.delay:
            time.sleep(self.delay)
        with self._lock:
            self.calls.append(message)
            result = self.script.pop(0) if self.script else None
            if result is None:
                result = self.DeliveryResult(ok=True, platform_ref={"ts": f"{self.ref_prefix}-{message.id}"})
            if isinstance(result, Exception):
                raise result
            if result.ok:
                self.sent.append(message)
                self.senders.append(threading.current_thread().name)
            return result


# ------------------------------------------------------------------------------ databases
def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


_CLUSTER: dict = {}


def _pg_admin_url():
    raw = os.environ.get(PG_ENV, "").strip()
    if not raw and in_ci():
        raw = _session_cluster()
    if not raw:
        return None
    from bot.governance.db import normalise_url
    return normalise_url(raw)


def _session_cluster() -> str:
    """CI: one throwaway PostgreSQL cluster for the whole session, stopped at exit. A cluster
    that cannot start fails the test (CI must not silently test SQLite only)."""
    if "url" not in _CLUSTER:
        import atexit

        from serve_support import postgres_cluster
        cm = postgres_cluster()
        try:
            _CLUSTER["url"] = cm.__enter__()
        except RuntimeError as e:
            pytest.fail(f"CI: the PostgreSQL variant of the governance tests cannot run: {e}")
        atexit.register(cm.__exit__, None, None, None)
    return _CLUSTER["url"]


# The Postgres variant exists when POLICYBOT_TEST_DATABASE_URL is set or in CI (one visible skip in
# test_governance_migrations.py says so otherwise), so the default run is not cluttered with skips.
BACKENDS = ["sqlite"] + (["postgres"] if os.environ.get(PG_ENV, "").strip() or in_ci() else [])


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path, monkeypatch):
    """A URL of an empty database: a SQLite file in tmp, or a fresh Postgres database."""
    for var in DROP_ENV:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("POLICYBOT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("POLICYBOT_SLACK_GOVERNANCE_CHANNEL", SLACK_CHANNEL)
    monkeypatch.setenv("POLICYBOT_TEAMS_GOVERNANCE_CHANNEL", TEAMS_CHANNEL)
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'gov.sqlite3'}"
        return
    admin_url = _pg_admin_url()
    if admin_url is None:
        pytest.skip(f"{PG_ENV} not set")
    name = f"pbtest_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def gov(db_url, clock):
    from bot.governance import Governance
    g = Governance(db_url, clock=clock)
    yield g
    g.close()


def all_text(url: str) -> list[tuple[str, str, str]]:
    """(table, column, value as text) for every non-null value of every column of every table."""
    engine = sa.create_engine(url) if not isinstance(url, sa.Engine) else url
    out = []
    try:
        insp = sa.inspect(engine)
        with engine.connect() as c:
            for table in insp.get_table_names():
                for col in insp.get_columns(table):
                    q = sa.text(f'SELECT CAST("{col["name"]}" AS TEXT) FROM "{table}"')
                    for (v,) in c.execute(q):
                        if v is not None:
                            out.append((table, col["name"], v))
    finally:
        engine.dispose()
    return out
