"""Delegated approvals and the approvals audit log.

``delegate @someone until <date>`` hands a manager's approvals to someone else for a
while (one row per manager); every decision on an alert and every delegation change
lands in the audit log once (unique per tenant and key).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXT = sa.String()
TIME = sa.DateTime(timezone=True)


def _tenant(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("tenant", TEXT, nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant"], ["tenants.key"], name=f"fk_{table}_tenant_tenants", ondelete="CASCADE"
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "delegations",
        *_tenant("delegations"),
        sa.Column("manager", TEXT, nullable=False),
        sa.Column("delegate", TEXT, nullable=False),
        sa.Column("until", TIME, nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("tenant", "manager", name="pk_delegations"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", TEXT, nullable=False),
        *_tenant("audit_log"),
        sa.Column("key", TEXT, nullable=False),
        sa.Column("action", TEXT, nullable=False),
        sa.Column("actor", TEXT, nullable=False),
        sa.Column("rep", TEXT, nullable=False),
        sa.Column("alert_id", TEXT, nullable=True),
        sa.Column("deal_id", TEXT, nullable=True),
        sa.Column("on_behalf_of", TEXT, nullable=True),
        sa.Column("delegate", TEXT, nullable=True),
        sa.Column("condition", sa.Text(), nullable=True),
        sa.Column("until", TIME, nullable=True),
        sa.Column("at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
        sa.UniqueConstraint("tenant", "key", name="uq_audit_log_tenant_key"),
    )
    op.create_index("ix_audit_log_tenant_at", "audit_log", ["tenant", "at"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_tenant_at", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_table("delegations")
