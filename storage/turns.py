"""Writing one turn: deals, ledger rows, their totals and dialogue state in one transaction.

The state row is updated first with ``WHERE version = expected``: on
PostgreSQL that also locks it, so a concurrent turn on the same conversation
waits and then finds the version moved. Every other race (a fresh state row,
a ledger seq, a deal name) surfaces as a unique violation, which the caller
turns into VersionConflict after the transaction rolled back. A turn whose
message (``changes.source``) already has ledger entries writes nothing and
raises AlreadyWritten: the check runs inside the write transaction, after
SQLite's single writer lock is taken (on PostgreSQL a message is processed by
one holder of its inbox lease at a time).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from coaching.model import ConversationKey, ConversationState, Deal, TurnChanges, utcnow
from coaching.store import AlreadyWritten, VersionConflict
from storage.convert import deal_values, entry_values, state_values, tenant_values
from storage.sql import Insert, table
from storage.tables import ConversationStateRow, DealRow, LedgerRow, LedgerTotalsRow, TenantRow

STATES = table(ConversationStateRow)
DEALS = table(DealRow)
LEDGER = table(LedgerRow)
TENANTS = table(TenantRow)
TOTALS = table(LedgerTotalsRow)
_FIXED_DEAL_COLUMNS = ("id", "tenant", "created_at")


async def write_turn(session: AsyncSession, changes: TurnChanges, insert: Insert) -> None:
    key, state = changes.key, changes.state
    _check_one_tenant(changes)
    if changes.source and changes.entries and await _has_source(session, changes):
        raise AlreadyWritten(changes.source)
    if changes.state_changed and state.version > 0:
        await _update_state(session, key, state)  # the tenant row exists: the state refers to it
    else:
        await ensure_tenant(session, key.tenant, insert)
        if changes.state_changed:
            await session.exec(sa.insert(STATES).values(state_values(key, state, version=1)))
    for deal in changes.deals:
        await _upsert_deal(session, deal, insert)
    if changes.entries:
        await session.exec(sa.insert(LEDGER), params=[entry_values(e) for e in changes.entries])
    for deal_id, totals in changes.totals.items():
        await _save_totals(session, key.tenant, deal_id, totals, insert)


async def ensure_tenant(session: AsyncSession, tenant: str, insert: Insert) -> None:
    """Create the tenant row on first sight; every scoped row references it."""
    await session.exec(insert(TENANTS).values(tenant_values(tenant)).on_conflict_do_nothing())


async def _has_source(session: AsyncSession, changes: TurnChanges) -> bool:
    query = (
        sa.select(LEDGER.c.id)
        .where(LEDGER.c.tenant == changes.key.tenant, LEDGER.c.source == changes.source)
        .limit(1)
    )
    return (await session.exec(query)).first() is not None


async def _save_totals(
    session: AsyncSession, tenant: str, deal_id: str, totals: dict[str, Any], insert: Insert
) -> None:
    row = {"deal_id": deal_id, "tenant": tenant, "data": totals, "updated_at": utcnow()}
    stmt = insert(TOTALS).values(row)
    stmt = stmt.on_conflict_do_update(
        index_elements=[TOTALS.c.deal_id],
        set_={"data": stmt.excluded.data, "updated_at": stmt.excluded.updated_at},
        where=TOTALS.c.tenant == stmt.excluded.tenant,  # never another tenant's deal
    )
    await session.exec(stmt)


def _check_one_tenant(changes: TurnChanges) -> None:
    tenant = changes.key.tenant
    strays = {d.tenant for d in changes.deals} | {e.tenant for e in changes.entries}
    if strays - {tenant}:
        raise ValueError(f"a turn of tenant {tenant!r} may not write to {sorted(strays)}")


async def _update_state(
    session: AsyncSession, key: ConversationKey, state: ConversationState
) -> None:
    stmt = (
        sa.update(STATES)
        .where(
            STATES.c.tenant == key.tenant,
            STATES.c.user_id == key.user,
            STATES.c.conversation == key.conversation,
            STATES.c.version == state.version,
        )
        .values(data=state.to_json(), version=state.version + 1, updated_at=utcnow())
    )
    result = await session.exec(stmt)
    if result.rowcount != 1:
        raise VersionConflict(f"state of {key} moved past version {state.version}")


async def _upsert_deal(session: AsyncSession, deal: Deal, insert: Insert) -> None:
    row = deal_values(deal)
    stmt = insert(DEALS).values(row)
    stmt = stmt.on_conflict_do_update(
        index_elements=[DEALS.c.id],
        set_={name: stmt.excluded[name] for name in row if name not in _FIXED_DEAL_COLUMNS},
        where=DEALS.c.tenant == stmt.excluded.tenant,  # never overwrite another tenant's deal
    )
    result = await session.exec(stmt)
    if result.rowcount != 1:
        raise ValueError(f"deal id {deal.id} belongs to another tenant")
