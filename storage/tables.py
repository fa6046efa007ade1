"""The SQL tables, declared with SQLModel on a registry of their own.

A private registry keeps these tables (and the naming convention Alembic
relies on) out of ``SQLModel.metadata``, so other modules' models and
slack-sdk's installation tables on the same database never leak into our
migrations. Every index below serves one lookup of :class:`storage.sql_store.SqlStore`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from coaching.model import utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


class Table(SQLModel, registry=registry(metadata=metadata)):
    """Base of every table here; not a table itself."""


def _json() -> Any:
    return Field(default_factory=dict, sa_type=sa.JSON, nullable=False)


class TenantRow(Table, table=True):
    """A workspace on a platform; its ``key`` ("slack:T123") scopes every other row."""

    __tablename__ = "tenants"

    key: str = Field(primary_key=True)
    platform: str
    workspace_id: str
    created_at: datetime = Field(default_factory=utcnow)


class UserRow(Table, table=True):
    __tablename__ = "users"
    __table_args__ = (sa.Index("ix_users_user_id", "user_id"),)

    tenant: str = Field(foreign_key="tenants.key", ondelete="CASCADE", primary_key=True)
    user_id: str = Field(primary_key=True)
    display_name: str = ""
    role: str = "rep"
    manager_id: str | None = None
    tz: str | None = None
    reminder_minutes: int = 30
    weekly_digest: bool = Field(default=True, sa_column_kwargs={"server_default": sa.true()})


class DealRow(Table, table=True):
    """A deal; ``name_key`` is the casefolded name that makes names unique per owner."""

    __tablename__ = "deals"
    __table_args__ = (
        sa.UniqueConstraint("tenant", "owner", "name_key"),
        sa.Index("ix_deals_tenant_owner_status_updated", "tenant", "owner", "status", "updated_at"),
        sa.Index("ix_deals_tenant_status_updated", "tenant", "status", "updated_at"),
        sa.Index("ix_deals_owner", "owner"),
    )

    id: str = Field(primary_key=True)
    tenant: str = Field(foreign_key="tenants.key", ondelete="CASCADE")
    owner: str
    name: str
    name_key: str
    negotiation_type: str | None = None
    strategy: str | None = None
    phase: str = "Prepare"
    limits: dict[str, Any] = _json()
    walk_away: str | None = None
    goal_zone: str | None = None
    goal_zones: dict[str, Any] = _json()
    list_price: float | None = None
    currency: str | None = None
    status: str = "open"
    prep: dict[str, Any] = _json()
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class LedgerRow(Table, table=True):
    """One append-only ledger entry; (deal_id, seq) is unique and orders the ledger."""

    __tablename__ = "ledger_entries"
    __table_args__ = (
        sa.UniqueConstraint("deal_id", "seq"),
        sa.Index("ix_ledger_entries_created_at", "created_at"),
        # Whether a message already has entries: a redelivered message is not written twice.
        sa.Index("ix_ledger_entries_tenant_source", "tenant", "source"),
    )

    id: str = Field(primary_key=True)
    tenant: str
    deal_id: str = Field(foreign_key="deals.id", ondelete="CASCADE")
    seq: int
    side: str
    kind: str
    description: str = Field(sa_type=sa.Text)
    amount: float | None = None
    unit: str | None = None
    labelled: bool = False
    traded_against: int | None = None
    ref: int | None = None
    author: str = ""
    source: str = ""
    excerpt: str = Field(default="", sa_type=sa.Text)
    created_at: datetime = Field(default_factory=utcnow)


class LedgerTotalsRow(Table, table=True):
    """The engine's running totals of one deal's ledger (opaque JSON), saved in the same
    transaction as the entries they account for, so a turn need not read the whole ledger."""

    __tablename__ = "ledger_totals"

    deal_id: str = Field(foreign_key="deals.id", ondelete="CASCADE", primary_key=True)
    tenant: str
    data: dict[str, Any] = _json()
    updated_at: datetime = Field(default_factory=utcnow)


class ConversationStateRow(Table, table=True):
    """Dialogue state per (tenant, user, conversation); ``version`` guards every save."""

    __tablename__ = "conversation_states"
    __table_args__ = (sa.Index("ix_conversation_states_user_id", "user_id"),)

    tenant: str = Field(foreign_key="tenants.key", ondelete="CASCADE", primary_key=True)
    user_id: str = Field(primary_key=True)
    conversation: str = Field(primary_key=True)
    data: dict[str, Any] = _json()
    version: int = 1
    updated_at: datetime = Field(default_factory=utcnow)


class AlertRow(Table, table=True):
    __tablename__ = "alerts"
    __table_args__ = (
        sa.UniqueConstraint("tenant", "channel", "thread"),
        sa.Index("ix_alerts_tenant_created_at", "tenant", "created_at"),
    )

    id: str = Field(primary_key=True)
    tenant: str = Field(foreign_key="tenants.key", ondelete="CASCADE")
    channel: str
    thread: str
    message_ref: str
    rep: str
    approver: str
    analysis: dict[str, Any] = _json()
    deal_id: str | None = None
    give_seq: int | None = None
    status: str = "open"
    decision: str | None = None
    decided_by: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    decided_at: datetime | None = None


class ChannelSettingRow(Table, table=True):
    __tablename__ = "channel_settings"

    tenant: str = Field(foreign_key="tenants.key", ondelete="CASCADE", primary_key=True)
    channel: str = Field(primary_key=True)
    alerts_enabled: bool = True
    # A coach manager allowed alerts here although the channel is shared outside the company.
    external_alerts: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    updated_at: datetime = Field(default_factory=utcnow)


class ConversationRefRow(Table, table=True):
    """Where to reach a user proactively (a platform conversation reference)."""

    __tablename__ = "conversation_refs"

    tenant: str = Field(foreign_key="tenants.key", ondelete="CASCADE", primary_key=True)
    user_id: str = Field(primary_key=True)
    ref: dict[str, Any] = _json()
    updated_at: datetime = Field(default_factory=utcnow)


class JobRow(Table, table=True):
    """A scheduled job; ``lock_owner``/``lock_expires_at`` form the claim lease."""

    __tablename__ = "jobs"
    __table_args__ = (
        sa.Index("ix_jobs_status_due_at", "status", "due_at"),
        sa.Index("ix_jobs_tenant_user_id_due_at", "tenant", "user_id", "due_at"),
    )

    id: str = Field(primary_key=True)
    tenant: str = Field(foreign_key="tenants.key", ondelete="CASCADE")
    user_id: str = ""
    kind: str
    due_at: datetime
    payload: dict[str, Any] = _json()
    attempts: int = 0
    max_attempts: int = 5
    status: str = "pending"
    lock_owner: str | None = None
    lock_expires_at: datetime | None = None
    last_error: str | None = Field(default=None, sa_type=sa.Text)
    created_at: datetime = Field(default_factory=utcnow)


class InboundEventRow(Table, table=True):
    """The inbox: a platform event recorded before it is acknowledged, once."""

    __tablename__ = "inbound_events"
    __table_args__ = (
        sa.Index(
            "ix_inbound_events_platform_status_received_at", "platform", "status", "received_at"
        ),
        sa.Index("ix_inbound_events_tenant", "tenant"),
        sa.Index("ix_inbound_events_status_received_at", "status", "received_at"),
    )

    platform: str = Field(primary_key=True)
    event_id: str = Field(primary_key=True)
    payload: dict[str, Any] = _json()
    status: str = "pending"
    received_at: datetime = Field(default_factory=utcnow)
    lock_owner: str | None = None
    lock_expires_at: datetime | None = None
    tenant: str = Field(default="", sa_column_kwargs={"server_default": ""})


class DelegationRow(Table, table=True):
    """A manager's approvals handed to a delegate until ``until`` (one per manager)."""

    __tablename__ = "delegations"

    tenant: str = Field(foreign_key="tenants.key", ondelete="CASCADE", primary_key=True)
    manager: str = Field(primary_key=True)
    delegate: str
    until: datetime
    created_at: datetime = Field(default_factory=utcnow)


class AuditRow(Table, table=True):
    """The approvals audit log: decisions and delegation changes, once each (``key``)."""

    __tablename__ = "audit_log"
    __table_args__ = (
        sa.UniqueConstraint("tenant", "key"),
        sa.Index("ix_audit_log_tenant_at", "tenant", "at"),
    )

    id: str = Field(primary_key=True)
    tenant: str = Field(foreign_key="tenants.key", ondelete="CASCADE")
    key: str
    action: str
    actor: str
    rep: str = ""
    alert_id: str | None = None
    deal_id: str | None = None
    on_behalf_of: str | None = None
    delegate: str | None = None
    condition: str | None = Field(default=None, sa_type=sa.Text)
    until: datetime | None = None
    at: datetime = Field(default_factory=utcnow)
