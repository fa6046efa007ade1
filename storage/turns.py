"""The tables a turn writes, and the dialect's upserts of one turn, built once.

A turn writes deals, ledger rows, their totals, the dialogue state, and the users and
jobs a feature module saves with the turn, in one transaction (see :mod:`storage.hot`).
The state row is updated first with
``WHERE version = expected``: on PostgreSQL that also locks it, so a concurrent
turn on the same conversation waits and then finds the version moved. Every
other race (a fresh state row, a ledger seq, a deal name) surfaces as a unique
violation, which the caller turns into VersionConflict after the transaction
rolled back. A turn whose message (``changes.source``) already has ledger
entries writes nothing and raises AlreadyWritten: the check runs inside the
write transaction, after SQLite's single writer lock is taken (on PostgreSQL a
message is processed by one holder of its inbox lease at a time).

Building an upsert, its ``excluded`` columns above all, cost more per turn than
running it: they are built once per dialect and take their values as parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from coaching.model import Deal, TurnChanges
from coaching.records import Job, User
from storage.convert import tenant_values
from storage.sql import Insert, table
from storage.tables import (
    AuditRow,
    ConversationStateRow,
    DealRow,
    InboundEventRow,
    JobRow,
    LedgerRow,
    LedgerTotalsRow,
    TenantRow,
    UserRow,
)

STATES = table(ConversationStateRow)
DEALS = table(DealRow)
INBOX = table(InboundEventRow)
JOBS = table(JobRow)
USERS = table(UserRow)
LEDGER = table(LedgerRow)
TENANTS = table(TenantRow)
TOTALS = table(LedgerTotalsRow)
AUDIT = table(AuditRow)
_FIXED_DEAL_COLUMNS = ("id", "tenant", "created_at")
_DEAL_COLUMNS = (*(f.name for f in fields(Deal)), "name_key")  # deal_values' keys


@dataclass(frozen=True, slots=True)
class Upserts:
    """The dialect's upserts of one turn, built once (see :func:`upserts`)."""

    tenant: Any
    deal: Any
    totals: Any
    user: Any
    job: Any
    audit: Any  # an audit row, once per (tenant, key)


_UPSERTS: dict[Insert, Upserts] = {}


def upserts(insert: Insert) -> Upserts:
    found = _UPSERTS.get(insert)
    if found is None:
        found = _UPSERTS[insert] = _build_upserts(insert)
    return found


def _build_upserts(insert: Insert) -> Upserts:
    tenant = insert(TENANTS).on_conflict_do_nothing()
    deal = insert(DEALS)
    deal = deal.on_conflict_do_update(
        index_elements=[DEALS.c.id],
        set_={
            name: deal.excluded[name] for name in _DEAL_COLUMNS if name not in _FIXED_DEAL_COLUMNS
        },
        where=DEALS.c.tenant == deal.excluded.tenant,  # never overwrite another tenant's deal
    )
    totals = insert(TOTALS)
    totals = totals.on_conflict_do_update(
        index_elements=[TOTALS.c.deal_id],
        set_={"data": totals.excluded.data, "updated_at": totals.excluded.updated_at},
        where=TOTALS.c.tenant == totals.excluded.tenant,  # never another tenant's deal
    )
    return Upserts(
        tenant,
        deal,
        totals,
        _overwrite(insert, USERS, User, ("tenant", "user_id")),
        _overwrite(insert, JOBS, Job, ("id",)),
        insert(AUDIT).on_conflict_do_nothing(),
    )


def _overwrite(insert: Insert, rows: sa.Table, record: type, keys: tuple[str, ...]) -> Any:
    """Insert a record's row or overwrite the one with the same ``keys``, within its tenant."""
    stmt = insert(rows)
    names = [f.name for f in fields(record) if f.name not in (*keys, "tenant")]
    return stmt.on_conflict_do_update(
        index_elements=list(keys),
        set_={name: stmt.excluded[name] for name in names},
        where=rows.c.tenant == stmt.excluded.tenant,
    )


async def ensure_tenant(session: AsyncSession, tenant: str, insert: Insert) -> None:
    """Create the tenant row on first sight; every scoped row references it."""
    await session.exec(upserts(insert).tenant, params=tenant_values(tenant))


def check_one_tenant(changes: TurnChanges) -> None:
    tenant = changes.key.tenant
    strays = {d.tenant for d in changes.deals} | {e.tenant for e in changes.entries}
    strays |= {u.tenant for u in changes.users} | {j.tenant for j in changes.jobs}
    strays |= {a.tenant for a in changes.audit}
    if strays - {tenant}:
        raise ValueError(f"a turn of tenant {tenant!r} may not write to {sorted(strays)}")
