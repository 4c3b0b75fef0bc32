"""Drains the governance outbox in the background of the Slack process: an OutboxWorker round
whenever something was queued (kick) and every few seconds anyway (retries fall due)."""
from __future__ import annotations

import logging
import threading

log = logging.getLogger("policybot.slack.delivery")


class OutboxPump:
    def __init__(self, worker, interval: float = 2.0):
        self.worker = worker
        self.interval = interval
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> "OutboxPump":
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="policybot-outbox", daemon=True)
            self._thread.start()
        return self

    def kick(self) -> None:
        """Something was queued: run a round now rather than at the next tick."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                n = self.worker.run_once()
            except Exception:   # the database may be briefly unavailable: keep going
                log.exception("outbox round failed")
                n = 0
            if n == 0:
                self._wake.wait(self.interval)
                self._wake.clear()
