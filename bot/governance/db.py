"""Database plumbing for the governance store: the URL, the engine, sessions and migrations.

URL: ``POLICYBOT_DATABASE_URL`` if set (any SQLAlchemy URL, e.g.
``postgresql+psycopg://user@127.0.0.1/policybot``), else the SQLite file
``<POLICYBOT_HOME>/policybot.sqlite3``.

SQLite is opened in WAL mode with a busy timeout, and every transaction starts with
``BEGIN IMMEDIATE``: a transaction that reads and then writes takes the write lock up front,
so concurrent writers (threads, worker processes) queue on the busy timeout instead of
failing with "database is locked" when a read snapshot cannot be upgraded.
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from bot.governance.settings import ENV_DATABASE_URL, SQLITE_FILE  # noqa: F401 (re-exported)

BUSY_TIMEOUT_S = 30.0
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
MIGRATION_LOCK_KEY = 7_343_026_001          # Postgres advisory lock held while migrating


def default_url(home: str | os.PathLike | None = None) -> str:
    """``POLICYBOT_DATABASE_URL``, else the SQLite file in the state folder (``resolve_home``)."""
    env = os.environ.get(ENV_DATABASE_URL, "").strip()
    if env:
        return env
    from index.home import resolve_home
    return f"sqlite:///{resolve_home(home) / SQLITE_FILE}"


def normalise_url(url: str | URL | None, home: str | os.PathLike | None = None) -> URL:
    """A SQLAlchemy URL; a bare ``postgresql://`` uses psycopg 3 (the driver we pin)."""
    u = make_url(url if url is not None else default_url(home))
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    if u.get_backend_name() == "sqlite" and u.database not in (None, "", ":memory:"):
        Path(u.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return u


def make_engine(url: str | URL | None = None, home: str | os.PathLike | None = None, **kw) -> Engine:
    u = normalise_url(url, home)
    if u.get_backend_name() != "sqlite":
        kw.setdefault("pool_pre_ping", True)
        return create_engine(u, **kw)
    connect_args = kw.pop("connect_args", {})
    connect_args.setdefault("timeout", BUSY_TIMEOUT_S)
    connect_args.setdefault("check_same_thread", False)
    engine = create_engine(u, connect_args=connect_args, **kw)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
        dbapi_conn.isolation_level = None          # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        if u.database not in (None, "", ":memory:"):
            _ensure_wal(cur)
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # pragma: no cover
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _ensure_wal(cur) -> None:
    """Switch a new database file to WAL (a setting stored in the file). Switching needs a moment
    of exclusive access and SQLite reports "database is locked" at once, without waiting on the
    busy timeout, when another connection is busy creating the same new file: so retry."""
    import sqlite3
    import time
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    delay = 0.005
    while True:
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e).lower() or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def _alembic_config():
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def upgrade(url: str | URL | Engine | None = None, revision: str = "head") -> str | None:
    """Run the Alembic migrations up to ``revision`` on the database at ``url`` (or the default
    one). No alembic.ini is needed. Returns the revision the database is at afterwards."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    engine = url if isinstance(url, Engine) else make_engine(url)
    try:
        cfg = _alembic_config()
        with engine.begin() as conn:   # one transaction: concurrent upgraders queue, then no-op
            if conn.dialect.name == "postgresql":   # (SQLite queues on BEGIN IMMEDIATE)
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        if not isinstance(url, Engine):
            engine.dispose()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
