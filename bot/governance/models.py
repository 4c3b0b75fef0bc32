"""The governance store's tables, as SQLAlchemy 2 typed models.

Every free-text column holds redacted text only (the service runs ``bot.redact.redact`` over
everything it stores); users appear only as a keyed hash (``user_key``, ``uk:...`` in
``claimed_by`` and the other actor columns) or, where a reply has to be routed, as platform ids
inside ``conversation_ref`` / ``target`` with any person's id sealed (``sealed:v2:...``, opened only
to deliver; never names or emails).
The initial Alembic migration (``migrations/versions/0001_initial.py``) creates exactly these.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (JSON, Boolean, CheckConstraint, DateTime, ForeignKey, Index, Integer, String, Text,
                        TypeDecorator, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

AUDIT_KINDS = ("question", "answer", "feedback", "escalation", "reindex", "delivery", "ruling")
ESCALATION_STATUSES = ("open", "claimed", "answered", "dismissed")
OUTBOX_KINDS = ("escalation.post", "escalation.update", "answer.relay", "reindex.notice", "answer.changed")
OUTBOX_STATUSES = ("pending", "sending", "sent", "failed")


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite stores naive UTC text, so values
    compare correctly as strings; Postgres uses timestamptz)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()}


class AuditEvent(Base):
    """One event of the audit trail: a question, an answer, feedback, an escalation transition,
    a reindex or a delivery."""

    __tablename__ = "audit_events"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    time: Mapped[datetime] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    platform: Mapped[str | None] = mapped_column(String(32))
    user_key: Mapped[str | None] = mapped_column(String(64))        # HMAC-SHA256, never the raw id
    question: Mapped[str | None] = mapped_column(Text)              # redacted
    verdict: Mapped[str | None] = mapped_column(String(16))
    tool: Mapped[str | None] = mapped_column(String(200))
    refs: Mapped[list[Any]] = mapped_column(default=list)
    index_version: Mapped[str | None] = mapped_column(String(100))
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    helpful: Mapped[bool | None] = mapped_column(Boolean)
    comment: Mapped[str | None] = mapped_column(Text)               # redacted
    ref_event_id: Mapped[str | None] = mapped_column(String(32), index=True)
    escalation_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Escalation(Base):
    """A question handed to the AI governance team, with what is needed to answer the asker."""

    __tablename__ = "escalations"
    __table_args__ = (
        UniqueConstraint("audit_event_id", name="uq_escalations_audit_event_id"),
        CheckConstraint("status IN ('open', 'claimed', 'answered', 'dismissed')", name="ck_escalations_status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    question: Mapped[str] = mapped_column(Text)                     # redacted
    answer_snapshot: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reason: Mapped[str | None] = mapped_column(Text)
    requested_by_user: Mapped[bool] = mapped_column(Boolean, default=False)
    platform: Mapped[str] = mapped_column(String(32))
    user_key: Mapped[str | None] = mapped_column(String(64))
    conversation_ref: Mapped[dict[str, Any]] = mapped_column(default=dict)  # platform ids only
    audit_event_id: Mapped[str | None] = mapped_column(String(32))
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    answered_by: Mapped[str | None] = mapped_column(String(200))
    dismissed_by: Mapped[str | None] = mapped_column(String(200))
    governance_verdict: Mapped[str | None] = mapped_column(String(16))
    answer_text: Mapped[str | None] = mapped_column(Text)           # redacted
    dismiss_reason: Mapped[str | None] = mapped_column(Text)        # redacted
    publish_ruling: Mapped[bool] = mapped_column(Boolean, default=False)
    ruling_id: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(index=True)
    updated_at: Mapped[datetime]
    claimed_at: Mapped[datetime | None]
    answered_at: Mapped[datetime | None]
    dismissed_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)          # optimistic concurrency

    @property
    def closed_at(self) -> datetime | None:
        return self.answered_at or self.dismissed_at

    def to_dict(self) -> dict[str, Any]:
        d = {c.key: getattr(self, c.key) for c in self.__table__.columns}
        for k, v in d.items():
            if isinstance(v, datetime):
                d[k] = iso(v)
        return d


class OutboxMessage(Base):
    """A message the system owes someone, delivered by ``OutboxWorker`` with retries."""

    __tablename__ = "outbox_messages"
    __table_args__ = (
        Index("ix_outbox_due", "status", "next_attempt_at"),
        UniqueConstraint("idempotency_key", name="uq_outbox_messages_idempotency_key"),
        CheckConstraint("status IN ('pending', 'sending', 'sent', 'failed')", name="ck_outbox_messages_status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    platform: Mapped[str] = mapped_column(String(32))
    target: Mapped[dict[str, Any]] = mapped_column(default=dict)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    idempotency_key: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str | None] = mapped_column(Text)            # redacted, truncated
    locked_by: Mapped[str | None] = mapped_column(String(100))
    locked_until: Mapped[datetime | None]
    platform_ref: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    escalation_id: Mapped[int | None] = mapped_column(ForeignKey("escalations.id", ondelete="SET NULL"), index=True)
    depends_on_id: Mapped[int | None] = mapped_column(ForeignKey("outbox_messages.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class Ruling(Base):
    """A published answer of the governance team, citable as ``governance-rulings#R-<n>``."""

    __tablename__ = "rulings"
    __table_args__ = (UniqueConstraint("number", name="uq_rulings_number"),)

    id: Mapped[str] = mapped_column(String(16), primary_key=True)    # "R-<n>"
    number: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(Text)                      # redacted
    verdict: Mapped[str] = mapped_column(String(16))
    answer: Mapped[str] = mapped_column(Text)                        # redacted
    clauses: Mapped[list[Any]] = mapped_column(default=list)
    published: Mapped[datetime]
    withdrawn: Mapped[datetime | None]
    withdrawn_by: Mapped[str | None] = mapped_column(String(200))
    escalation_id: Mapped[int | None] = mapped_column(ForeignKey("escalations.id", ondelete="SET NULL"))

    @property
    def ref(self) -> str:
        return f"governance-rulings#{self.id}"

    @property
    def active(self) -> bool:
        return self.withdrawn is None

    def to_contract(self) -> dict[str, Any]:
        """The JSON Lines shape of the contract (section 1, Governance rulings)."""
        return {"id": self.id, "question": self.question, "verdict": self.verdict,
                "answer": self.answer, "clauses": list(self.clauses or []),
                "published": iso(self.published), "withdrawn": iso(self.withdrawn)}


class AnswerSubscription(Base):
    """An asker who opted in to "tell me if this answer changes": the answer as they were told it
    (verdict, first citation, index version), updated each time they are told of a change.
    Created by revision 0003."""

    __tablename__ = "answer_subscriptions"
    __table_args__ = (UniqueConstraint("audit_event_id", "user_key", name="uq_answer_subscriptions_event_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    audit_event_id: Mapped[str] = mapped_column(String(32), index=True)
    platform: Mapped[str] = mapped_column(String(32))
    user_key: Mapped[str | None] = mapped_column(String(64))
    conversation_ref: Mapped[dict[str, Any]] = mapped_column(default=dict)  # platform ids only
    question: Mapped[str] = mapped_column(Text)                     # redacted
    verdict: Mapped[str | None] = mapped_column(String(16))
    first_ref: Mapped[str | None] = mapped_column(String(300))
    index_version: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime]
    last_notified_at: Mapped[datetime | None]


class Counter(Base):
    """Named counters that only count up (ruling numbers are never reused)."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


def iso(dt: datetime | None) -> str | None:
    """``2026-11-02T10:14:00Z`` (UTC, seconds), the contract's timestamp form."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(s: str | None) -> datetime | None:
    if s in (None, ""):
        return None
    dt = datetime.fromisoformat(str(s).replace("Z", "+00:00"))
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)
