"""The deal's Goal Zones per kind of give and its list price.

The coach reads "goal 4-7%" into a zone it can check offers against, and
"list is $250k" into a price that turns money on a discount into percent.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("deals") as batch:
        batch.add_column(sa.Column("goal_zones", sa.JSON(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("list_price", sa.Float(), nullable=True))
        batch.add_column(sa.Column("currency", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("deals") as batch:
        batch.drop_column("currency")
        batch.drop_column("list_price")
        batch.drop_column("goal_zones")
