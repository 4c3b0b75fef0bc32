"""Cross-replica de-duplication of inbound platform events (Slack `event_id` retries, Teams
activity ids), through the governance database.

Slack retries an event it thinks was not acknowledged (``X-Slack-Retry-Num``), and a load
balancer may send the retry to another replica; Teams may re-send the same activity. The first
replica to ``claim`` an event's key inserts one row; every other claim of the same key fails on
the primary key, so the event is handled once however many replicas see it. A claim whose
request turns out to be unauthenticated is ``release``d, so a forged request cannot block a
genuine one. Rows older than ``DEFAULT_KEEP_HOURS`` are purged (Slack stops retrying after
about an hour).

The table is created by the Alembic revision ``0002_inbound_events``.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import String, delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from bot.governance.models import Base, utcnow

DEFAULT_KEEP_HOURS = 24
MAX_KEY = 200


class InboundEvent(Base):
    """One inbound platform event already taken by some replica."""

    __tablename__ = "inbound_events"

    key: Mapped[str] = mapped_column(String(MAX_KEY), primary_key=True)     # "<platform>:<event id>"
    platform: Mapped[str] = mapped_column(String(32))
    seen_at: Mapped[datetime] = mapped_column(index=True)


def event_key(platform: str, event_id: str) -> str:
    return f"{platform}:{event_id}"[:MAX_KEY]


class EventDedup:
    """``claim(platform, event_id)`` is True for the first caller across every process that
    shares the database, False for a duplicate."""

    def __init__(self, governance, keep_hours: float = DEFAULT_KEEP_HOURS) -> None:
        self.gov = governance
        self.keep = timedelta(hours=keep_hours)

    def claim(self, platform: str, event_id: str) -> bool:
        if not event_id:
            return True
        try:
            with self.gov.session() as s:
                s.add(InboundEvent(key=event_key(platform, event_id), platform=platform, seen_at=utcnow()))
        except IntegrityError:
            return False
        return True

    def release(self, platform: str, event_id: str) -> None:
        if event_id:
            with self.gov.session() as s:
                s.execute(delete(InboundEvent).where(InboundEvent.key == event_key(platform, event_id)))

    def purge(self, now: datetime | None = None) -> int:
        cutoff = (now or utcnow()) - self.keep
        with self.gov.session() as s:
            return s.execute(delete(InboundEvent).where(InboundEvent.seen_at < cutoff)).rowcount or 0


class MemoryDedup:
    """The same `claim`/`release` for a process without a governance database: event keys kept
    in memory (the newest `max_keys`, for `keep_hours`)."""

    def __init__(self, keep_hours: float = DEFAULT_KEEP_HOURS, max_keys: int = 100_000) -> None:
        import threading
        from collections import OrderedDict
        self.keep = keep_hours * 3600.0
        self.max_keys = max_keys
        self._seen: "OrderedDict[str, float]" = OrderedDict()
        self._lock = threading.Lock()

    def claim(self, platform: str, event_id: str) -> bool:
        import time
        if not event_id:
            return True
        key, now = event_key(platform, event_id), time.monotonic()
        with self._lock:
            while self._seen and (len(self._seen) >= self.max_keys
                                  or next(iter(self._seen.values())) < now - self.keep):
                self._seen.popitem(last=False)
            if key in self._seen:
                return False
            self._seen[key] = now
            return True

    def release(self, platform: str, event_id: str) -> None:
        if event_id:
            with self._lock:
                self._seen.pop(event_key(platform, event_id), None)

    def purge(self, now=None) -> int:
        return 0


def dedup_for(governance):
    """EventDedup over the governance database when there is one (shared by every replica),
    else a MemoryDedup for this process."""
    return EventDedup(governance) if governance is not None else MemoryDedup()
