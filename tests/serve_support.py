"""Helpers for the `policybot serve` process tests: free ports, waiting for HTTP, a Slack stub
that can hold one call (to kill a replica mid-delivery or stop one mid-answer), a throwaway
PostgreSQL cluster from the Debian `postgresql` package, and a `chroma run` server."""
from __future__ import annotations

import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from slack_stub import SlackStub

_SCRIPT = Path(sys.executable).parent / "policybot"
PB = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "bot.cli"]
PROXY = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy")
DROP = PROXY + ("POLICYBOT_HOME", "POLICYBOT_CHROMA_URL", "POLICYBOT_DATABASE_URL", "POLICYBOT_WATCH_DIR",
                "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "POLICYBOT_SLACK_API_URL",
                "POLICYBOT_SLACK_MODE", "POLICYBOT_AUDIT_SECRET")


def base_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in DROP and not k.startswith("POLICYBOT_TEAMS_")}
    env.update(ANONYMIZED_TELEMETRY="False", NO_COLOR="1", **extra)
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(url: str, timeout: float = 10) -> tuple[int, str]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def wait_http(url: str, proc: subprocess.Popen | None = None, timeout: float = 60, want: int = 200) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"process exited with {proc.returncode}")
        try:
            if http_get(url, timeout=2)[0] == want:
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"{url} did not answer {want} within {timeout} s")
        time.sleep(0.1)


def wait_until(pred, timeout: float = 20, step: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        got = pred()
        if got:
            return got
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(step)


class HoldingSlackStub(SlackStub):
    """A Slack Web API stub that holds the next matching call for `seconds` before answering."""

    def __init__(self) -> None:
        super().__init__()
        self._holds: list[tuple[str, dict, float]] = []

    def hold_next(self, method: str, seconds: float, contains: str | None = None, **match) -> None:
        """Hold the next `method` call whose arguments equal `match` (and, with `contains`, whose
        JSON arguments contain that text, so that an unrelated message to the same channel, e.g.
        a reindex notice, does not take the hold)."""
        with self._lock:
            self._holds.append((method, match, seconds, contains))

    def _answer(self, method, args):
        delay = 0.0
        with self._lock:
            for i, (m, match, seconds, contains) in enumerate(self._holds):
                if (m == method and all(args.get(k) == v for k, v in match.items())
                        and (contains is None or contains in json.dumps(args, ensure_ascii=False))):
                    del self._holds[i]
                    delay = seconds
                    break
        if delay:
            time.sleep(delay)
        return super()._answer(method, args)


def stop_process(proc: subprocess.Popen, sig=None, timeout: float = 30) -> tuple[int, str]:
    import signal as _signal
    if proc.poll() is None:
        proc.send_signal(sig or _signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    return proc.returncode, err or ""


# ------------------------------------------------------------------------------ PostgreSQL
def postgres_bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
                   if Path(p).parent.name.isdigit() else 0)
    if found and (Path(found[-1]) / "initdb").exists():
        return Path(found[-1])
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@contextmanager
def postgres_cluster():
    """Yields a SQLAlchemy URL of a throwaway cluster on 127.0.0.1 (trust auth, fsync off), or
    raises RuntimeError with the reason it cannot start. As root, the cluster runs as the
    `postgres` user (initdb refuses root)."""
    bindir = postgres_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries not found (Debian package `postgresql`)")
    prefix: list[str] = []
    tmp = Path(tempfile.mkdtemp(prefix="policybot-pg-"))
    if os.geteuid() == 0:
        import pwd
        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(tmp, ignore_errors=True)
            raise RuntimeError("running as root and there is no `postgres` user to run the cluster as")
        runuser = shutil.which("runuser")
        if not runuser:
            raise RuntimeError("running as root and `runuser` is missing")
        os.chown(tmp, pw.pw_uid, pw.pw_gid)
        prefix = [runuser, "-u", "postgres", "--"]
    data, port = tmp / "data", free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C.UTF-8"

    def run(*cmd: str) -> None:
        r = subprocess.run(prefix + list(cmd), env=env, capture_output=True, text=True, timeout=120, cwd=str(tmp))
        if r.returncode != 0:
            raise RuntimeError(f"{Path(cmd[0]).name} failed: {(r.stderr or r.stdout)[-800:]}")
    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "policybot", "--auth=trust", "-E", "UTF8", "--no-sync")
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(tmp / "server.log"), "-w", "-t", "60", "-o",
            f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off", "start")
    except Exception:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    try:
        yield f"postgresql+psycopg://policybot@127.0.0.1:{port}/postgres"
    finally:
        try:
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        except Exception:
            pass
        shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------------------ Chroma server
@contextmanager
def chroma_server(path: Path):
    local = Path(sys.executable).parent / "chroma"
    binary = str(local) if local.exists() else shutil.which("chroma")
    if not binary:
        raise RuntimeError("the `chroma` command (from the chromadb wheel) is not installed")
    port = free_port()
    log = open(path.parent / "chroma.log", "wb")
    proc = subprocess.Popen([binary, "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(path)],
                            env=base_env(), stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(f"{url}/api/v2/heartbeat", proc, timeout=30)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
