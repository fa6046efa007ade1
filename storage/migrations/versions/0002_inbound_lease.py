"""Inbox leases: which process works on a pending event, and until when.

Start-up recovery on one replica must not redo an event another replica is
still handling; it takes over only events whose lease ran out.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("inbound_events") as batch:
        batch.add_column(sa.Column("lock_owner", sa.String(), nullable=True))
        batch.add_column(sa.Column("lock_expires_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("inbound_events") as batch:
        batch.drop_column("lock_expires_at")
        batch.drop_column("lock_owner")
