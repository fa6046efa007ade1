"""Initial tables: tenants, users, deals, the ledger, dialogue state, alerts, jobs, inbox.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXT = sa.String()
TIME = sa.DateTime(timezone=True)


def _tenant(table: str) -> list[sa.schema.SchemaItem]:
    """The tenant column and its cascading foreign key to tenants."""
    return [
        sa.Column("tenant", TEXT, nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant"], ["tenants.key"], name=f"fk_{table}_tenant_tenants", ondelete="CASCADE"
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "tenants",
        sa.Column("key", TEXT, nullable=False),
        sa.Column("platform", TEXT, nullable=False),
        sa.Column("workspace_id", TEXT, nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_tenants"),
    )
    op.create_table(
        "users",
        *_tenant("users"),
        sa.Column("user_id", TEXT, nullable=False),
        sa.Column("display_name", TEXT, nullable=False),
        sa.Column("role", TEXT, nullable=False),
        sa.Column("manager_id", TEXT, nullable=True),
        sa.Column("tz", TEXT, nullable=True),
        sa.Column("reminder_minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("tenant", "user_id", name="pk_users"),
    )
    op.create_index("ix_users_user_id", "users", ["user_id"])

    op.create_table(
        "deals",
        sa.Column("id", TEXT, nullable=False),
        *_tenant("deals"),
        sa.Column("owner", TEXT, nullable=False),
        sa.Column("name", TEXT, nullable=False),
        sa.Column("name_key", TEXT, nullable=False),
        sa.Column("negotiation_type", TEXT, nullable=True),
        sa.Column("strategy", TEXT, nullable=True),
        sa.Column("phase", TEXT, nullable=False),
        sa.Column("limits", sa.JSON(), nullable=False),
        sa.Column("walk_away", TEXT, nullable=True),
        sa.Column("goal_zone", TEXT, nullable=True),
        sa.Column("status", TEXT, nullable=False),
        sa.Column("prep", sa.JSON(), nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_deals"),
        sa.UniqueConstraint("tenant", "owner", "name_key", name="uq_deals_tenant_owner_name_key"),
    )
    op.create_index("ix_deals_owner", "deals", ["owner"])
    op.create_index(
        "ix_deals_tenant_owner_status_updated",
        "deals",
        ["tenant", "owner", "status", "updated_at"],
    )
    op.create_index("ix_deals_tenant_status_updated", "deals", ["tenant", "status", "updated_at"])

    op.create_table(
        "ledger_entries",
        sa.Column("id", TEXT, nullable=False),
        sa.Column("tenant", TEXT, nullable=False),
        sa.Column("deal_id", TEXT, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("side", TEXT, nullable=False),
        sa.Column("kind", TEXT, nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("unit", TEXT, nullable=True),
        sa.Column("labelled", sa.Boolean(), nullable=False),
        sa.Column("traded_against", sa.Integer(), nullable=True),
        sa.Column("ref", sa.Integer(), nullable=True),
        sa.Column("author", TEXT, nullable=False),
        sa.Column("source", TEXT, nullable=False),
        sa.Column("excerpt", sa.Text(), nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name="fk_ledger_entries_deal_id_deals", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_ledger_entries"),
        sa.UniqueConstraint("deal_id", "seq", name="uq_ledger_entries_deal_id_seq"),
    )
    op.create_index("ix_ledger_entries_created_at", "ledger_entries", ["created_at"])

    op.create_table(
        "conversation_states",
        *_tenant("conversation_states"),
        sa.Column("user_id", TEXT, nullable=False),
        sa.Column("conversation", TEXT, nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("tenant", "user_id", "conversation", name="pk_conversation_states"),
    )
    op.create_index("ix_conversation_states_user_id", "conversation_states", ["user_id"])

    op.create_table(
        "alerts",
        sa.Column("id", TEXT, nullable=False),
        *_tenant("alerts"),
        sa.Column("channel", TEXT, nullable=False),
        sa.Column("thread", TEXT, nullable=False),
        sa.Column("message_ref", TEXT, nullable=False),
        sa.Column("rep", TEXT, nullable=False),
        sa.Column("approver", TEXT, nullable=False),
        sa.Column("analysis", sa.JSON(), nullable=False),
        sa.Column("deal_id", TEXT, nullable=True),
        sa.Column("give_seq", sa.Integer(), nullable=True),
        sa.Column("status", TEXT, nullable=False),
        sa.Column("decision", TEXT, nullable=True),
        sa.Column("decided_by", TEXT, nullable=True),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("decided_at", TIME, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_alerts"),
        sa.UniqueConstraint("tenant", "channel", "thread", name="uq_alerts_tenant_channel_thread"),
    )
    op.create_index("ix_alerts_tenant_created_at", "alerts", ["tenant", "created_at"])

    op.create_table(
        "channel_settings",
        *_tenant("channel_settings"),
        sa.Column("channel", TEXT, nullable=False),
        sa.Column("alerts_enabled", sa.Boolean(), nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("tenant", "channel", name="pk_channel_settings"),
    )
    op.create_table(
        "conversation_refs",
        *_tenant("conversation_refs"),
        sa.Column("user_id", TEXT, nullable=False),
        sa.Column("ref", sa.JSON(), nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("tenant", "user_id", name="pk_conversation_refs"),
    )

    op.create_table(
        "jobs",
        sa.Column("id", TEXT, nullable=False),
        *_tenant("jobs"),
        sa.Column("user_id", TEXT, nullable=False),
        sa.Column("kind", TEXT, nullable=False),
        sa.Column("due_at", TIME, nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("max_attempts", sa.Integer(), nullable=False),
        sa.Column("status", TEXT, nullable=False),
        sa.Column("lock_owner", TEXT, nullable=True),
        sa.Column("lock_expires_at", TIME, nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_jobs"),
    )
    op.create_index("ix_jobs_status_due_at", "jobs", ["status", "due_at"])
    op.create_index("ix_jobs_tenant_user_id_due_at", "jobs", ["tenant", "user_id", "due_at"])

    op.create_table(
        "inbound_events",
        sa.Column("platform", TEXT, nullable=False),
        sa.Column("event_id", TEXT, nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", TEXT, nullable=False),
        sa.Column("received_at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("platform", "event_id", name="pk_inbound_events"),
    )
    op.create_index(
        "ix_inbound_events_platform_status_received_at",
        "inbound_events",
        ["platform", "status", "received_at"],
    )


def downgrade() -> None:
    for table in (
        "inbound_events",
        "jobs",
        "conversation_refs",
        "channel_settings",
        "alerts",
        "conversation_states",
        "ledger_entries",
        "deals",
        "users",
        "tenants",
    ):
        op.drop_table(table)
