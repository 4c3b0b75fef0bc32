"""Answer subscriptions: askers who opted in to "tell me if this answer changes" (index.followup
tells them through the outbox after a reindex).

Revision ID: 0003_answer_subscriptions
Revises: 0002_inbound_events
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import bot.governance.models  # noqa: F401  (AnswerSubscription is on the governance metadata)

revision = "0003_answer_subscriptions"
down_revision = "0002_inbound_events"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "answer_subscriptions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("audit_event_id", sa.String(32), nullable=False),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("user_key", sa.String(64)),
        sa.Column("conversation_ref", sa.JSON, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("verdict", sa.String(16)),
        sa.Column("first_ref", sa.String(300)),
        sa.Column("index_version", sa.String(100)),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("last_notified_at", TS),
        sa.UniqueConstraint("audit_event_id", "user_key", name="uq_answer_subscriptions_event_user"),
    )
    op.create_index("ix_answer_subscriptions_audit_event_id", "answer_subscriptions", ["audit_event_id"])


def downgrade() -> None:
    op.drop_index("ix_answer_subscriptions_audit_event_id", table_name="answer_subscriptions")
    op.drop_table("answer_subscriptions")
