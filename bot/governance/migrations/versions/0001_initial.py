"""Initial governance schema: audit trail, escalations, outbox, rulings, counters.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("time", TS, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("platform", sa.String(32)),
        sa.Column("user_key", sa.String(64)),
        sa.Column("question", sa.Text),
        sa.Column("verdict", sa.String(16)),
        sa.Column("tool", sa.String(200)),
        sa.Column("refs", sa.JSON, nullable=False),
        sa.Column("index_version", sa.String(100)),
        sa.Column("escalated", sa.Boolean, nullable=False),
        sa.Column("helpful", sa.Boolean),
        sa.Column("comment", sa.Text),
        sa.Column("ref_event_id", sa.String(32)),
        sa.Column("escalation_id", sa.Integer),
        sa.Column("detail", sa.JSON, nullable=False),
    )
    op.create_index("ix_audit_events_time", "audit_events", ["time"])
    op.create_index("ix_audit_events_kind", "audit_events", ["kind"])
    op.create_index("ix_audit_events_ref_event_id", "audit_events", ["ref_event_id"])

    op.create_table(
        "escalations",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("answer_snapshot", sa.JSON, nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("requested_by_user", sa.Boolean, nullable=False),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("user_key", sa.String(64)),
        sa.Column("conversation_ref", sa.JSON, nullable=False),
        sa.Column("audit_event_id", sa.String(32)),
        sa.Column("claimed_by", sa.String(200)),
        sa.Column("answered_by", sa.String(200)),
        sa.Column("dismissed_by", sa.String(200)),
        sa.Column("governance_verdict", sa.String(16)),
        sa.Column("answer_text", sa.Text),
        sa.Column("dismiss_reason", sa.Text),
        sa.Column("publish_ruling", sa.Boolean, nullable=False),
        sa.Column("ruling_id", sa.String(16)),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("claimed_at", TS),
        sa.Column("answered_at", TS),
        sa.Column("dismissed_at", TS),
        sa.Column("version", sa.Integer, nullable=False),
        sa.UniqueConstraint("audit_event_id", name="uq_escalations_audit_event_id"),
        sa.CheckConstraint("status IN ('open', 'claimed', 'answered', 'dismissed')",
                           name="ck_escalations_status"),
    )
    op.create_index("ix_escalations_status", "escalations", ["status"])
    op.create_index("ix_escalations_created_at", "escalations", ["created_at"])

    op.create_table(
        "outbox_messages",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("target", sa.JSON, nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("idempotency_key", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("locked_by", sa.String(100)),
        sa.Column("locked_until", TS),
        sa.Column("platform_ref", sa.JSON),
        sa.Column("escalation_id", sa.Integer,
                  sa.ForeignKey("escalations.id", ondelete="SET NULL", name="fk_outbox_escalation")),
        sa.Column("depends_on_id", sa.Integer,
                  sa.ForeignKey("outbox_messages.id", ondelete="SET NULL", name="fk_outbox_depends_on")),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("sent_at", TS),
        sa.UniqueConstraint("idempotency_key", name="uq_outbox_messages_idempotency_key"),
        sa.CheckConstraint("status IN ('pending', 'sending', 'sent', 'failed')",
                           name="ck_outbox_messages_status"),
    )
    op.create_index("ix_outbox_due", "outbox_messages", ["status", "next_attempt_at"])
    op.create_index("ix_outbox_messages_escalation_id", "outbox_messages", ["escalation_id"])

    op.create_table(
        "rulings",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("clauses", sa.JSON, nullable=False),
        sa.Column("published", TS, nullable=False),
        sa.Column("withdrawn", TS),
        sa.Column("withdrawn_by", sa.String(200)),
        sa.Column("escalation_id", sa.Integer,
                  sa.ForeignKey("escalations.id", ondelete="SET NULL", name="fk_rulings_escalation")),
        sa.UniqueConstraint("number", name="uq_rulings_number"),
    )

    counters = op.create_table(
        "counters",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.Integer, nullable=False),
    )
    op.bulk_insert(counters, [{"name": "ruling", "value": 0}])


def downgrade() -> None:
    op.drop_table("counters")
    op.drop_table("rulings")
    op.drop_table("outbox_messages")
    op.drop_table("escalations")
    op.drop_table("audit_events")
