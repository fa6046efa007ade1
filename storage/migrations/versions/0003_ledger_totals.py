"""Running ledger totals beside the ledger, and the ledger's message lookup.

A turn reads the recent end of a deal's ledger and the totals saved with it
instead of the whole ledger; and a message redelivered after a crash is found
by its source reference, so its turn is not written twice. Deals whose totals
are missing get them on their next turn.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXT = sa.String()


def upgrade() -> None:
    op.create_table(
        "ledger_totals",
        sa.Column("deal_id", TEXT, nullable=False),
        sa.Column("tenant", TEXT, nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name="fk_ledger_totals_deal_id_deals", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("deal_id", name="pk_ledger_totals"),
    )
    op.create_index("ix_ledger_entries_tenant_source", "ledger_entries", ["tenant", "source"])


def downgrade() -> None:
    op.drop_index("ix_ledger_entries_tenant_source", table_name="ledger_entries")
    op.drop_table("ledger_totals")
