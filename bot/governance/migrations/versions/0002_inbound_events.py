"""Inbound event de-duplication across replicas (bot/dedup.py): Slack event ids, Teams activity ids.

Revision ID: 0002_inbound_events
Revises: 0001_initial
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import bot.dedup  # noqa: F401  (registers the model on the governance metadata, for autogenerate checks)

revision = "0002_inbound_events"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inbound_events",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_inbound_events_seen_at", "inbound_events", ["seen_at"])


def downgrade() -> None:
    op.drop_index("ix_inbound_events_seen_at", table_name="inbound_events")
    op.drop_table("inbound_events")
