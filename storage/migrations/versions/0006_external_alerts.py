"""A coach manager's opt-in to alerts in a channel shared outside the company.

Alerts stay off in Slack Connect and Teams shared channels unless a coach manager
says ``alerts on external`` there.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("channel_settings") as batch:
        batch.add_column(
            sa.Column("external_alerts", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("channel_settings") as batch:
        batch.drop_column("external_alerts")
