"""The reindex lock: one build or rollback at a time per home, refused (not queued) when another
is running, and taken over when its holder has died.

The lock is the file <home>/reindex.lock, created atomically (a complete temp file hard-linked
into place, which fails when the name exists; this works on network file systems too). It holds
who has it: pid, host, user, start time, what for, and a random token. While held, a heartbeat
thread touches the file every few seconds.

A lock is stale, and is taken over, when
- its holder ran on this host (same host name and pid namespace) and that process is gone (or
  its pid now belongs to another process: the kernel start time differs), or
- its heartbeat is older than POLICYBOT_LOCK_TIMEOUT seconds (default 600): a holder on another
  host that crashed, or a machine that was switched off mid-build, or
- the file is not a lock this code wrote (unreadable).
Taking over renames the stale file aside and checks it was still the stale one, so two processes
that find the same stale lock cannot both win.
"""
from __future__ import annotations

import getpass
import json
import os
import socket
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

LOCK_FILE = "reindex.lock"
ENV_LOCK_TIMEOUT = "POLICYBOT_LOCK_TIMEOUT"
DEFAULT_TIMEOUT = 600.0


class LockHeld(RuntimeError):
    """Another live process holds the reindex lock of this home."""

    def __init__(self, message: str, holder: dict | None = None):
        super().__init__(message)
        self.holder = holder or {}


def lock_timeout() -> float:
    try:
        return max(1.0, float(os.environ.get(ENV_LOCK_TIMEOUT, "") or DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no passwd entry (containers)
        return os.environ.get("USER") or (f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown")


def _proc_start(pid: int) -> str | None:
    """The kernel's start time of a process (Linux), to tell a reused pid from the holder."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    try:
        return stat.rsplit(")", 1)[1].split()[19]
    except IndexError:
        return None


def _pid_namespace() -> str | None:
    """This process's pid namespace (Linux): pids are only comparable within one."""
    try:
        return os.readlink("/proc/self/ns/pid")
    except OSError:
        return None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def describe_holder(holder: dict) -> str:
    """pid 123 on host web-1 (user alice), started 2026-01-05T10:00:00Z (14 s ago), for build"""
    if not holder or not holder.get("pid"):
        return "an unknown process"
    started = holder.get("started", "?")
    ago = ""
    try:
        t = datetime.fromisoformat(str(started).replace("Z", "+00:00"))
        ago = f" ({max(0, int((datetime.now(timezone.utc) - t).total_seconds()))} s ago)"
    except ValueError:
        pass
    what = f", for {holder['purpose']}" if holder.get("purpose") else ""
    user = f" (user {holder['user']})" if holder.get("user") else ""
    return f"pid {holder.get('pid', '?')} on host {holder.get('host', '?')}{user}, started {started}{ago}{what}"


def read_holder(home: Path) -> dict | None:
    """The current holder of the home's lock (with `_mtime`), or None when it is free."""
    path = Path(home) / LOCK_FILE
    try:
        st = path.stat()
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        data = {}
        try:
            st = path.stat()
        except OSError:
            return None
    data["_mtime"] = st.st_mtime
    return data


def stale_reason(holder: dict, timeout: float | None = None) -> str | None:
    """Why a lock is stale, or None when its holder looks alive."""
    timeout = lock_timeout() if timeout is None else timeout
    age = time.time() - float(holder.get("_mtime", time.time()))
    if not holder.get("token") or not holder.get("pid"):
        # (a lock being written by exclusive create may be empty for an instant)
        return "the lock file is not one policybot wrote" if age > 5 else None
    if holder.get("host") == socket.gethostname() and holder.get("pid_ns") == _pid_namespace():
        pid = int(holder["pid"])
        if not _pid_alive(pid):
            return f"process {pid} is gone"
        start = holder.get("proc_start")
        if start and _proc_start(pid) not in (None, start):
            return f"pid {pid} now belongs to another process"
    if age > timeout:
        return f"no heartbeat for {int(age)} s (timeout {int(timeout)} s)"
    return None


@dataclass
class ReindexLock:
    """Context manager: `with ReindexLock(home, "build"):` ... Raises `error` (LockHeld or a
    subclass) at once when a live process holds the lock."""

    home: Path
    purpose: str = "build"
    error: type = LockHeld
    heartbeat: float | None = None
    taken_over: str | None = None         # description of a stale lock that was taken over

    def __post_init__(self) -> None:
        self.home = Path(self.home)
        self.path = self.home / LOCK_FILE
        self.token = uuid.uuid4().hex
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.info: dict = {}

    # ------------------------------------------------------------------ acquire / release
    def acquire(self) -> "ReindexLock":
        self.home.mkdir(parents=True, exist_ok=True)
        pid = os.getpid()
        self.info = {"pid": pid, "host": socket.gethostname(), "user": current_user(),
                     "started": datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
                     "purpose": self.purpose, "token": self.token, "proc_start": _proc_start(pid),
                     "pid_ns": _pid_namespace()}
        tmp = self.path.with_name(f".{LOCK_FILE}.{self.token}")
        tmp.write_text(json.dumps(self.info), encoding="utf-8")
        try:
            for _ in range(5):
                try:
                    self._create(tmp)
                    break
                except FileExistsError:
                    pass
                holder = read_holder(self.home)
                if holder is None:
                    continue                              # released meanwhile: try again
                reason = stale_reason(holder)
                if reason is None:
                    raise self.error(f"another reindex is running in {self.home}: "
                                     f"{describe_holder(holder)}. Try again when it has finished.",
                                     holder)
                if self._take_over(holder):
                    self.taken_over = f"took over a stale reindex lock ({describe_holder(holder)}): {reason}"
            else:
                holder = read_holder(self.home) or {}
                raise self.error(f"could not take the reindex lock in {self.home}: "
                                 f"{describe_holder(holder)}", holder)
        finally:
            tmp.unlink(missing_ok=True)
        self._start_heartbeat()
        return self

    def _create(self, tmp: Path) -> None:
        """Create the lock file with its content, atomically; FileExistsError if it exists."""
        try:
            os.link(tmp, self.path)
            return
        except FileExistsError:
            raise
        except OSError:          # a file system without hard links: exclusive create instead
            pass
        fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(self.info))

    def _take_over(self, holder: dict) -> bool:
        """Move the stale lock aside if it is still the one judged stale."""
        aside = self.path.with_name(f".{LOCK_FILE}.stale.{self.token}")
        try:
            os.rename(self.path, aside)
        except FileNotFoundError:
            return False
        try:
            moved = json.loads(aside.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            moved = {}
        if (moved or {}).get("token") != holder.get("token"):
            # someone replaced the stale lock between our read and the rename: put theirs back
            try:
                os.link(aside, self.path)
            except FileExistsError:
                pass
            aside.unlink(missing_ok=True)
            return False
        aside.unlink(missing_ok=True)
        return True

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        try:
            held = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if held.get("token") == self.token:
            self.path.unlink(missing_ok=True)

    def _start_heartbeat(self) -> None:
        every = self.heartbeat or max(0.5, min(30.0, lock_timeout() / 4))

        def beat() -> None:
            while not self._stop.wait(every):
                try:
                    if json.loads(self.path.read_text(encoding="utf-8")).get("token") == self.token:
                        os.utime(self.path)
                except (OSError, ValueError):
                    pass

        self._thread = threading.Thread(target=beat, name="reindex-lock-heartbeat", daemon=True)
        self._thread.start()

    def __enter__(self) -> "ReindexLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
