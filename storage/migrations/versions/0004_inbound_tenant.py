"""The inbox knows each record's tenant, and done records can be pruned by age.

A workspace that removes the app takes its inbox records (message text, response
URLs) with it; done records go after INBOX_RETENTION_DAYS. Records from before
this revision have no tenant ('') and are pruned by age only.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("inbound_events") as batch:
        batch.add_column(sa.Column("tenant", sa.String(), nullable=False, server_default=""))
    op.create_index("ix_inbound_events_tenant", "inbound_events", ["tenant"])
    op.create_index(
        "ix_inbound_events_status_received_at", "inbound_events", ["status", "received_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_inbound_events_status_received_at", table_name="inbound_events")
    op.drop_index("ix_inbound_events_tenant", table_name="inbound_events")
    with op.batch_alter_table("inbound_events") as batch:
        batch.drop_column("tenant")
