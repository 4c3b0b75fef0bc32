"""`policybot index --watch DIR`: reindex a knowledge folder whenever its files change.

For a shared drive synced to the server. Changes are debounced (default 2 s: a sync that writes
ten files makes one build). Each build goes through build_index with if_changed=True, so a save
that changed no clause makes no version, and with all of build_index's checks, so a bad file
(half-synced, corrupt) is reported and the previous version keeps serving; the watcher carries on
and builds again on the next change. A build refused because another reindex holds the lock is
retried after the next debounce period. SIGTERM or Ctrl-C stop the watcher after the build in
progress (a second Ctrl-C interrupts the build; nothing is switched then).
"""
from __future__ import annotations

import logging
import signal
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from index.build import BuildLockedError, BuildResult, build_index
from index.ingest import DOCUMENT_EXTENSIONS, REGISTER_EXTENSIONS, SOURCES_FILE

log = logging.getLogger("policybot.index.watch")

DEBOUNCE_S = 2.0


@dataclass
class WatchEvent:
    """One reindex attempt: `result` when it built (or found nothing changed), else `error`."""
    files: list[str]
    result: BuildResult | None = None
    error: BaseException | None = None
    retry: bool = False          # refused by the lock: it will be tried again


def relevant(path: str, folder: Path) -> bool:
    """A change to a knowledge file (not a hidden file, an editor's temp file or another type)."""
    p = Path(path)
    try:
        rel = p.relative_to(folder)
    except ValueError:
        return False
    if any(part.startswith((".", "~$")) for part in rel.parts):
        return False
    name = p.name.lower()
    return name == SOURCES_FILE.lower() or p.suffix.lower() in DOCUMENT_EXTENSIONS + REGISTER_EXTENSIONS


def watch_folder(folder: Path, home: Path, chroma_url: str | None = None, embed_model=None, *,
                 debounce: float = DEBOUNCE_S, build_first: bool = True,
                 on_event: Callable[[WatchEvent], None] | None = None,
                 stop: threading.Event | None = None, handle_signals: bool = True,
                 force_polling: bool | None = None) -> int:
    """Watch `folder` and reindex it into `home` on changes until `stop` is set (or SIGTERM /
    SIGINT when handle_signals). Returns the number of builds that switched a version."""
    import watchfiles

    folder = Path(folder).expanduser().resolve()
    home = Path(home)
    stop = stop or threading.Event()
    if embed_model is None:
        from index.embeddings import get_embed_model
        embed_model = get_embed_model()
        if hasattr(embed_model, "load"):
            embed_model.load()
    report = on_event or (lambda ev: None)
    switched = 0

    restore = {}
    if handle_signals and threading.current_thread() is threading.main_thread():
        def on_signal(signum, frame):
            if stop.is_set():               # second Ctrl-C: interrupt the build in progress
                raise KeyboardInterrupt
            log.info("stopping (%s)", signal.Signals(signum).name)
            stop.set()
        for sig in (signal.SIGINT, signal.SIGTERM):
            restore[sig] = signal.signal(sig, on_signal)

    def reindex(files: list[str]) -> bool:
        """One build; True when it should be retried (lock held by another reindex)."""
        nonlocal switched
        ev = WatchEvent(files=files)
        try:
            ev.result = build_index(folder, home, chroma_url=chroma_url, embed_model=embed_model,
                                    trigger="watch", if_changed=True)
        except BuildLockedError as e:
            ev.error, ev.retry = e, True
            log.warning("reindex postponed: %s", e)
        except Exception as e:     # a failed build or check: the previous version keeps serving
            ev.error = e
            log.error("reindex failed, the serving version is unchanged: %s", e)
        else:
            r = ev.result
            for note in r.notes:
                log.warning("%s", note)
            for p in r.problems:
                (log.warning if p.skipped else log.info)("%s: %s", "skipped" if p.skipped else "warning", p)
            if r.unchanged:
                log.info("no clause changed; version %s keeps serving", r.index_version)
            else:
                switched += 1
                c = r.diff.get("counts", {})
                log.info("reindexed as version %s in %.1f s: %d added, %d changed, %d removed%s",
                         r.index_version, r.seconds, c.get("added", 0), c.get("changed", 0),
                         c.get("removed", 0), f", {len(r.skipped)} file(s) skipped" if r.skipped else "")
        report(ev)
        return ev.retry

    try:
        log.info("watching %s (debounce %.1f s); index home %s", folder, debounce, home)
        # the first build runs on the watcher's first tick, so a change made while it runs is
        # already being watched (and builds again)
        pending: list[str] = ["(start)"] if build_first else []
        debounce_ms = max(50, int(debounce * 1000))
        for changes in watchfiles.watch(folder, debounce=debounce_ms, step=50, stop_event=stop,
                                        rust_timeout=max(debounce_ms * 2, 1000), yield_on_timeout=True,
                                        raise_interrupt=False, force_polling=force_polling):
            if stop.is_set():
                break
            files = sorted({str(Path(p).relative_to(folder)) for _, p in changes if relevant(p, folder)})
            if files:
                log.info("changed: %s", ", ".join(files[:10]) + (" …" if len(files) > 10 else ""))
                pending = sorted(set(pending) | set(files))
            elif not pending:
                continue                     # a timeout tick, or only irrelevant files changed
            if stop.is_set():
                break
            if reindex(pending):
                time.sleep(min(debounce, 1.0))
                continue
            pending = []
    finally:
        for sig, old in restore.items():
            signal.signal(sig, old)
    log.info("stopped watching %s", folder)
    return switched
