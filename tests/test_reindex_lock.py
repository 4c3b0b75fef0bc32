"""The reindex lock, with a real second process: a second reindex (or rollback) is refused at
once with a message naming the holder; a holder killed halfway leaves the serving version and its
answers untouched and its lock is taken over; locks without a heartbeat or not written by
policybot are stale too."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.engine.pipeline import Engine
from conftest import write_knowledge
from index import store
from index.build import BuildLockedError, build_index, read_current, versions_dir
from index.lock import LOCK_FILE, ReindexLock, read_holder
from index.versions import rollback
from test_cli import make_env, run

ROOT = Path(__file__).resolve().parents[1]

# a reindex that stops for good halfway, after its vectors are stored and before any check or
# switch, until it is killed
HOLDER = """
import sys, time
from pathlib import Path
from index.build import build_index
def progress(stage, done, total):
    if stage == "store":
        print("HOLDING", flush=True)
        time.sleep(600)
build_index(Path(sys.argv[1]), Path(sys.argv[2]), progress=progress, trigger="holder")
"""


@pytest.fixture
def home(tmp_path, pb_env) -> Path:
    return tmp_path / "home"


def answer_refs(home, embed) -> list:
    eng = Engine.open(home, embed_model=embed)
    return [(a.index_version, a.verdict.value, [c.ref for c in a.citations])
            for a in map(eng.answer, ["Can I translate a leaflet with AI?",
                                      "Can I use an image generator for a published leaflet?"])]


def start_holder(k: Path, home: Path, env: dict) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-c", HOLDER, str(k), str(home)], env=env, cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = p.stdout.readline()
    if line.strip() != "HOLDING":
        p.kill()
        pytest.fail(f"holder did not start: {line!r} {p.stderr.read()}")
    return p


def test_second_reindex_refused_then_crashed_holder_taken_over(tmp_path, home, onnx_embed):
    k = write_knowledge(tmp_path / "k")
    v1 = build_index(k, home, embed_model=onnx_embed).index_version
    before = answer_refs(home, onnx_embed)
    (k / "faq.md").unlink()                              # what the holder was going to publish
    env = make_env(home, tmp_path / "xdg")
    holder = start_holder(k, home, env)
    try:
        info = read_holder(home)
        assert info["pid"] == holder.pid and info["host"] == socket.gethostname()
        assert info["purpose"] == "build (holder)"

        # refused at once (not queued behind the holder, which holds the lock for 600 s), naming it
        with pytest.raises(BuildLockedError) as e:
            build_index(k, home, embed_model=onnx_embed)
        assert holder.poll() is None                     # the holder still holds it: we did not wait
        msg = str(e.value)
        assert f"pid {holder.pid} on host {socket.gethostname()}" in msg and f"started {info['started']}" in msg
        assert e.value.holder["pid"] == holder.pid
        with pytest.raises(BuildLockedError, match="another reindex is running"):
            rollback(home)
        p = run(["index", k], env)                      # the CLI: exit 1 and the same message
        assert p.returncode == 1 and f"another reindex is running in {home}: pid {holder.pid}" in p.stderr
        assert read_current(home) == v1
    finally:
        holder.send_signal(signal.SIGKILL)               # a crash halfway through the build
        holder.wait(10)
        holder.stdout.close()
        holder.stderr.close()

    # the crash left its lock and a half-filled collection; nothing was switched
    assert read_holder(home)["pid"] == holder.pid
    assert read_current(home) == v1 and [p.name for p in versions_dir(home).iterdir()] == [v1]
    assert answer_refs(home, onnx_embed) == before
    assert len(store.open_client(home).list_collections()) == 2

    r = build_index(k, home, embed_model=onnx_embed)     # takes the stale lock over
    assert r.notes and f"process {holder.pid} is gone" in r.notes[0]
    assert read_current(home) == r.index_version and r.removed == [
        "faq.md#can-i-translate-a-leaflet-with-ai", "faq.md#can-i-use-ai-to-write-software-code"]
    assert not (home / LOCK_FILE).exists()
    # the crashed build's orphan collection is swept
    assert {c.name for c in store.open_client(home).list_collections()} == {f"pb_{v1}", f"pb_{r.index_version}"}


def test_stale_locks_by_heartbeat_timeout_and_garbage(tmp_path, home, onnx_embed, monkeypatch):
    home.mkdir()
    lock = home / LOCK_FILE
    foreign = {"pid": 4242, "host": "another-host", "user": "bob", "started": "2026-01-05T10:00:00Z",
               "purpose": "build (cli)", "token": "abc"}
    lock.write_text(json.dumps(foreign))
    with pytest.raises(BuildLockedError, match="pid 4242 on host another-host \\(user bob\\), started "
                                               "2026-01-05T10:00:00Z"):
        with ReindexLock(home, error=BuildLockedError):
            pass
    old = time.time() - 3600                              # no heartbeat for an hour
    os.utime(lock, (old, old))
    with ReindexLock(home) as held:
        assert "no heartbeat for 3600 s" in held.taken_over
        assert read_holder(home)["pid"] == os.getpid()
    assert not lock.exists()

    lock.write_text("")                                   # e.g. left by an older policybot
    with pytest.raises(BuildLockedError, match="an unknown process"):  # may be being written
        ReindexLock(home, error=BuildLockedError).acquire()
    os.utime(lock, (old, old))
    with ReindexLock(home) as held:
        assert "not one policybot wrote" in held.taken_over

    # a live holder's heartbeat keeps its lock fresh
    monkeypatch.setenv("POLICYBOT_LOCK_TIMEOUT", "2")
    with ReindexLock(home, heartbeat=0.2):
        past = time.time() - 100
        os.utime(lock, (past, past))
        for _ in range(600):                             # event-based: wait for the next heartbeat
            if lock.stat().st_mtime > past + 50:
                break
            time.sleep(0.05)
        assert lock.stat().st_mtime > past + 50
    assert not lock.exists()
