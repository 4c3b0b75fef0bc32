"""Reliable delivery: a persisted outbox drained by ``OutboxWorker`` through platform notifiers.

Every message the system owes someone (an escalation posted to the governance channel, the
governance answer relayed to the asker, an update of the governance message, a reindex notice)
is an ``OutboxMessage`` row written in the same transaction as the change that owes it.

A worker claims due messages with a lease: a conditional UPDATE sets ``status='sending'``,
``locked_by`` and ``locked_until`` only if the row is still due (pending and due, or sending with
an expired lease), so two workers never take the same message (on Postgres the candidate rows are
also selected ``FOR UPDATE SKIP LOCKED``). The send happens outside any transaction; the result
is recorded with another conditional UPDATE. Failures are retried with capped exponential
backoff and jitter (5 s .. 15 min by default), a platform's ``retry_after`` hint is honoured,
and permanent errors mark the message ``failed`` after a few attempts (``Governance.retry_failed``
puts it back). Transient errors are retried for ever: an outage delays, never drops. A message
whose worker died is taken again when its lease expires. A sent message is never sent again.

Delivery is at-least-once at the platform boundary: a worker that crashes after the platform
accepted a message but before recording it lets the message be sent again when the lease
expires. Notifiers get the message's ``idempotency_key`` to deduplicate where the platform can,
and must time out well within the lease (default 120 s).
"""
from __future__ import annotations

import logging
import os
import random
import socket
import threading
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import Any, Mapping, Protocol, runtime_checkable

from sqlalchemy import and_, exists, or_, select, update
from sqlalchemy.orm import aliased

from bot.governance.models import OutboxMessage, utcnow
from bot.governance.service import Governance, clean_text, governance_target

log = logging.getLogger("policybot.governance.outbox")

MAX_ERROR_CHARS = 500


@dataclass(frozen=True)
class OutboxItem:
    """A snapshot of one outbox message, handed to a notifier (no database session attached)."""

    id: int
    kind: str
    platform: str
    target: dict[str, Any]
    payload: dict[str, Any]
    idempotency_key: str
    attempts: int
    escalation_id: int | None = None
    related_platform_ref: dict[str, Any] | None = None   # platform_ref of the escalation's post
    created_at: datetime | None = None


@dataclass
class DeliveryResult:
    """What a notifier reports. ``retry_after``: the platform's rate-limit hint in seconds.
    ``permanent``: retrying will not help (bad channel id, ...). ``platform_ref``: what the
    platform returned (e.g. Slack ``{"channel": ..., "ts": ...}``), stored on the message."""

    ok: bool
    retry_after: float | None = None
    error: str | None = None
    permanent: bool = False
    platform_ref: dict[str, Any] | None = None


@runtime_checkable
class Notifier(Protocol):
    def send(self, message: OutboxItem) -> DeliveryResult: ...


@dataclass
class _Policy:
    lease_seconds: float = 120.0
    base_delay: float = 5.0
    max_delay: float = 900.0
    max_permanent_attempts: int = 3
    max_attempts: int | None = None       # None: transient errors are retried for ever
    batch_size: int = 20


class OutboxWorker:
    """Drains the outbox of ``governance`` for the platforms it has notifiers for.

    Several workers (threads or processes, one database) may run at once."""

    def __init__(self, governance: Governance, notifiers: Mapping[str, Notifier], worker_id: str | None = None,
                 *, lease_seconds: float = 120.0, base_delay: float = 5.0, max_delay: float = 900.0,
                 max_permanent_attempts: int = 3, max_attempts: int | None = None, batch_size: int = 20,
                 rng: random.Random | None = None) -> None:
        self.gov = governance
        self.notifiers = dict(notifiers)
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.policy = _Policy(lease_seconds, base_delay, max_delay, max_permanent_attempts, max_attempts,
                              batch_size)
        self.rng = rng or random.Random()

    # -- timing ----------------------------------------------------------------------
    def backoff(self, attempts: int, retry_after: float | None = None) -> float:
        """Seconds to wait before the next attempt after ``attempts`` failed ones."""
        p = self.policy
        if retry_after is not None and retry_after >= 0:
            return float(retry_after) + self.rng.uniform(0, min(1.0, 0.1 * float(retry_after)))
        ceiling = min(p.max_delay, p.base_delay * (2 ** max(attempts - 1, 0)))
        return min(p.max_delay, max(p.base_delay, self.rng.uniform(ceiling / 2, ceiling)))

    @staticmethod
    def _now(now: datetime | None) -> datetime:
        if now is None:
            return utcnow()
        return now.replace(tzinfo=timezone.utc) if now.tzinfo is None else now.astimezone(timezone.utc)

    # -- claiming --------------------------------------------------------------------
    def _due(self, now: datetime):
        m = OutboxMessage
        dep = aliased(OutboxMessage)
        waiting_on_dep = exists(select(dep.id).where(dep.id == m.depends_on_id,
                                                     dep.status.in_(("pending", "sending"))))
        return and_(
            m.platform.in_(list(self.notifiers)),
            or_(and_(m.status == "pending", m.next_attempt_at <= now),
                and_(m.status == "sending", m.locked_until < now)),
            ~waiting_on_dep,
        )

    def claim(self, now: datetime | None = None, limit: int | None = None) -> list[OutboxItem]:
        """Take up to ``limit`` due messages under a lease. Each is claimed by a conditional
        UPDATE, so a message is only ever held by one worker at a time."""
        now = self._now(now)
        limit = limit or self.policy.batch_size
        until = now + timedelta(seconds=self.policy.lease_seconds)
        claimed_ids: list[int] = []
        with self.gov.session() as s:
            rows = list(s.scalars(select(OutboxMessage).where(self._due(now))
                                  .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
                                  .limit(limit).with_for_update(skip_locked=True, of=OutboxMessage)))
            for msg in rows:
                values: dict[str, Any] = {"status": "sending", "locked_by": self.worker_id, "locked_until": until,
                                          "attempts": OutboxMessage.attempts + 1}
                if msg.kind in ("escalation.post", "escalation.update") and not (msg.target or {}).get("channel"):
                    fresh = governance_target(msg.platform)    # configured since it was queued?
                    if fresh.get("channel"):
                        values["target"] = fresh
                res = s.execute(update(OutboxMessage)
                                .where(OutboxMessage.id == msg.id,
                                       or_(and_(OutboxMessage.status == "pending", OutboxMessage.next_attempt_at <= now),
                                           and_(OutboxMessage.status == "sending", OutboxMessage.locked_until < now)))
                                .values(**values).execution_options(synchronize_session=False))
                if res.rowcount == 1:
                    claimed_ids.append(msg.id)
        if not claimed_ids:
            return []
        return self._snapshots(claimed_ids)

    def claim_message(self, message_id: int, now: datetime | None = None) -> OutboxItem | None:
        """Take one given message under a lease, if it is due and waits for no earlier message
        (e.g. to send a reply at once, in the request that produced it). None when it is not
        due, waits for another, or another worker has it."""
        now = self._now(now)
        until = now + timedelta(seconds=self.policy.lease_seconds)
        m = OutboxMessage
        with self.gov.session() as s:
            res = s.execute(update(m).where(m.id == message_id, self._due(now))
                            .values(status="sending", locked_by=self.worker_id, locked_until=until,
                                    attempts=m.attempts + 1)
                            .execution_options(synchronize_session=False))
            if res.rowcount != 1:
                return None
        items = self._snapshots([message_id])
        return items[0] if items else None

    def send_now(self, message_id: int, now: datetime | None = None) -> str | None:
        """Claim, deliver and record one message now; its status afterwards ("sent", "pending"
        for a retry, "failed"), or None when it could not be claimed (left to the worker)."""
        item = self.claim_message(message_id, now)
        if item is None:
            return None
        result = self.deliver(item)
        status = self.complete(item, result, now)
        if not result.ok:
            log.warning("outbox message %s (%s) attempt %s: %s -> %s", item.id, item.kind, item.attempts,
                        clean_text((result.error or "")[:200]), status)
        return status

    def _snapshots(self, ids: list[int]) -> list[OutboxItem]:
        with self.gov.session() as s:
            msgs = list(s.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(ids))
                                  .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)))
            esc_ids = {m.escalation_id for m in msgs if m.escalation_id is not None}
            posts = {}
            if esc_ids:
                for p in s.scalars(select(OutboxMessage).where(
                        OutboxMessage.idempotency_key.in_([f"escalation.post:{e}" for e in esc_ids]))):
                    posts[p.escalation_id] = p.platform_ref
            return [OutboxItem(id=m.id, kind=m.kind, platform=m.platform, target=dict(m.target or {}),
                               payload=dict(m.payload or {}), idempotency_key=m.idempotency_key,
                               attempts=m.attempts, escalation_id=m.escalation_id,
                               related_platform_ref=posts.get(m.escalation_id) if m.kind != "escalation.post" else None,
                               created_at=m.created_at)
                    for m in msgs if m.locked_by == self.worker_id]

    # -- results ---------------------------------------------------------------------
    def complete(self, item: OutboxItem, result: DeliveryResult, now: datetime | None = None) -> str:
        """Record a delivery result; returns the message's new status ("lost" if another worker
        took the message over because this worker's lease expired)."""
        now = self._now(now)
        m = OutboxMessage
        error = None if result.ok else clean_text((result.error or "delivery failed")[:MAX_ERROR_CHARS])
        with self.gov.session() as s:
            if result.ok:
                # Recorded even if the lease was lost: the platform has it, never send it again.
                res = s.execute(update(m).where(m.id == item.id, m.status != "sent")
                                .values(status="sent", sent_at=now,
                                        platform_ref=self.gov.protect_target(item.platform, result.platform_ref)
                                        if result.platform_ref else result.platform_ref,
                                        locked_by=None, locked_until=None, last_error=None)
                                .execution_options(synchronize_session=False))
                status = "sent" if res.rowcount == 1 else "lost"
            else:
                p = self.policy
                give_up = (result.permanent and item.attempts >= p.max_permanent_attempts) or \
                          (p.max_attempts is not None and item.attempts >= p.max_attempts)
                if give_up:
                    values = {"status": "failed", "last_error": error, "locked_by": None, "locked_until": None}
                    status = "failed"
                else:
                    delay = self.backoff(item.attempts, result.retry_after)
                    values = {"status": "pending", "last_error": error, "locked_by": None, "locked_until": None,
                              "next_attempt_at": now + timedelta(seconds=delay)}
                    status = "pending"
                res = s.execute(update(m).where(m.id == item.id, m.locked_by == self.worker_id, m.status == "sending")
                                .values(**values).execution_options(synchronize_session=False))
                if res.rowcount != 1:
                    status = "lost"
            if status in ("sent", "failed"):
                self.gov._audit(s, "delivery", platform=item.platform, escalation_id=item.escalation_id,
                                detail={"message_id": item.id, "kind": item.kind, "status": status,
                                        "attempts": item.attempts, "error": error})
        return status

    def _release(self, item: OutboxItem, at: datetime) -> None:
        """Give a claimed, unsent message back (not counted as an attempt)."""
        m = OutboxMessage
        with self.gov.session() as s:
            s.execute(update(m).where(m.id == item.id, m.locked_by == self.worker_id, m.status == "sending")
                      .values(status="pending", next_attempt_at=at, locked_by=None, locked_until=None,
                              attempts=m.attempts - 1).execution_options(synchronize_session=False))

    def deliver(self, item: OutboxItem) -> DeliveryResult:
        notifier = self.notifiers.get(item.platform)
        if notifier is None:
            return DeliveryResult(ok=False, error=f"no notifier for platform {item.platform}")
        if item.kind in ("escalation.post", "escalation.update") and not item.target.get("channel"):
            env = item.target.get("channel_env") or f"POLICYBOT_{item.platform.upper()}_GOVERNANCE_CHANNEL"
            return DeliveryResult(ok=False, error=f"no governance channel configured: set {env}")
        # Sealed routing ids (a Slack DM, an acting team member's id) are opened only here, for
        # the platform call; the stored message keeps them sealed.
        item = replace(item, target=self.gov.unseal_ref(item.target), payload=self.gov.unseal_ref(item.payload),
                       related_platform_ref=self.gov.unseal_ref(item.related_platform_ref))
        try:
            result = notifier.send(item)
        except Exception as e:   # a notifier bug or a network error: retry later
            return DeliveryResult(ok=False, error=f"{e.__class__.__name__}: {e}")
        if not isinstance(result, DeliveryResult):
            return DeliveryResult(ok=False, error=f"notifier returned {type(result).__name__}, not DeliveryResult")
        return result

    def run_once(self, now: datetime | None = None) -> int:
        """Claim the due messages and try to deliver each; returns how many were attempted.
        A platform that answers with ``retry_after`` gets no more messages in this round."""
        now = self._now(now)
        items = self.claim(now)
        paused: dict[str, datetime] = {}
        attempted = 0
        for item in items:
            if item.platform in paused:
                self._release(item, paused[item.platform])
                continue
            result = self.deliver(item)
            attempted += 1
            status = self.complete(item, result, now)
            if not result.ok:
                log.warning("outbox message %s (%s) attempt %s: %s -> %s", item.id, item.kind, item.attempts,
                            clean_text((result.error or "")[:200]), status)
                if result.retry_after is not None:
                    paused[item.platform] = now + timedelta(seconds=float(result.retry_after))
        return attempted

    def run_forever(self, stop_event: threading.Event, interval: float = 2.0) -> None:
        """Run rounds until ``stop_event`` is set, sleeping ``interval`` seconds when idle."""
        while not stop_event.is_set():
            try:
                n = self.run_once()
            except Exception as e:   # the database may be briefly unavailable: keep going
                log.error("outbox round failed: %s", clean_text(f"{e.__class__.__name__}: {e}"[:300]))
                n = 0
            if n == 0:
                stop_event.wait(interval)
