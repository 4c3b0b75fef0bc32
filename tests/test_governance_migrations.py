"""Schema migrations: `policybot db upgrade` on an empty SQLite file (real subprocess), the models
matching the migrations, idempotent upgrades, downgrade and upgrade again, SQLite settings."""
from __future__ import annotations

import os
import sqlite3
import subprocess

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from bot.governance import db as gdb
from bot.governance.models import Base
from test_governance_support import BACKENDS, PB, PG_ENV, _pg_admin_url, db_url, in_ci, subprocess_env  # noqa: F401

TABLES = {"alembic_version", "audit_events", "escalations", "outbox_messages", "rulings", "counters"}


def test_postgres_variant_runs_when_configured():
    """The whole governance suite runs on Postgres too when POLICYBOT_TEST_DATABASE_URL is set, and
    always in CI (a throwaway cluster): the variant is collected, and its server is a real
    PostgreSQL that takes the migrations to head on a fresh database."""
    if not os.environ.get(PG_ENV, "").strip() and not in_ci():
        pytest.skip(f"{PG_ENV} not set: the governance tests ran on SQLite only "
                    "(see bot/governance/README.md to run them on PostgreSQL; CI=true starts a cluster)")
    assert "postgres" in BACKENDS
    admin_url = _pg_admin_url()
    assert admin_url is not None and admin_url.get_backend_name() == "postgresql"
    name = f"pbvariant_{os.getpid()}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            assert c.exec_driver_sql("SELECT version()").scalar().startswith("PostgreSQL")
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
            c.exec_driver_sql(f'CREATE DATABASE "{name}"')
        url = admin_url.set(database=name).render_as_string(hide_password=False)
        assert gdb.upgrade(url) == gdb.head_revision()
        engine = gdb.make_engine(url)
        try:
            assert TABLES <= set(sa.inspect(engine).get_table_names())
        finally:
            engine.dispose()
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def test_cli_db_upgrade_on_an_empty_sqlite_file(tmp_path):
    home = tmp_path / "home"
    env = subprocess_env(home)
    r = subprocess.run(PB + ["db", "upgrade"], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    db_file = home / "policybot.sqlite3"
    assert db_file.is_file()
    assert f"is at revision {gdb.head_revision()}" in r.stdout
    con = sqlite3.connect(db_file)
    try:
        names = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert TABLES <= names
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(gdb.head_revision(),)]
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert con.execute("SELECT name, value FROM counters").fetchall() == [("ruling", 0)]
    finally:
        con.close()
    again = subprocess.run(PB + ["db", "upgrade"], env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and again.stdout == r.stdout
    cur = subprocess.run(PB + ["db", "current"], env=env, capture_output=True, text=True, timeout=120)
    assert cur.returncode == 0 and cur.stdout.split() == ["current:", gdb.head_revision(), "head:", gdb.head_revision()]


def test_models_match_the_migrations(db_url):
    assert gdb.upgrade(db_url) == gdb.head_revision()
    engine = gdb.make_engine(db_url)
    try:
        with engine.connect() as c:
            diff = compare_metadata(MigrationContext.configure(c), Base.metadata)
        assert diff == []
        assert TABLES <= set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_downgrade_and_upgrade_again(db_url):
    from alembic import command
    gdb.upgrade(db_url)
    engine = gdb.make_engine(db_url)
    try:
        cfg = gdb._alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        assert set(sa.inspect(engine).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()
    assert gdb.upgrade(db_url) == gdb.head_revision()


def test_sqlite_wal_and_busy_timeout(tmp_path):
    engine = gdb.make_engine(f"sqlite:///{tmp_path / 'x' / 'db.sqlite3'}")    # missing folder is created
    try:
        with engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() == int(gdb.BUSY_TIMEOUT_S * 1000)
            assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


def test_default_url(tmp_path, monkeypatch):
    monkeypatch.delenv("POLICYBOT_DATABASE_URL", raising=False)
    monkeypatch.setenv("POLICYBOT_HOME", str(tmp_path / "h"))
    assert gdb.default_url() == f"sqlite:///{(tmp_path / 'h').resolve() / 'policybot.sqlite3'}"
    monkeypatch.setenv("POLICYBOT_DATABASE_URL", "postgresql://u:p@127.0.0.1/pb")
    assert gdb.normalise_url(None).drivername == "postgresql+psycopg"


def test_concurrent_first_opens_migrate_once(db_url):
    """Several processes (here threads with their own engines) opening a new database at once:
    one migrates, the others wait and find it done."""
    import threading
    from bot.governance import Governance
    errors, govs = [], []
    barrier = threading.Barrier(3)

    def open_it():
        barrier.wait()
        try:
            govs.append(Governance(db_url))
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    ts = [threading.Thread(target=open_it) for _ in range(3)]
    [t.start() for t in ts]
    [t.join(60) for t in ts]
    assert not errors, errors
    assert all(gdb.current_revision(g.engine) == gdb.head_revision() for g in govs)
    for g in govs:
        g.close()
