"""Writing one turn: deals, ledger rows, their totals, dialogue state, and the users and jobs
a feature module saves with the turn, in one transaction.

The state row is updated first with ``WHERE version = expected``: on
PostgreSQL that also locks it, so a concurrent turn on the same conversation
waits and then finds the version moved. Every other race (a fresh state row,
a ledger seq, a deal name) surfaces as a unique violation, which the caller
turns into VersionConflict after the transaction rolled back. A turn whose
message (``changes.source``) already has ledger entries writes nothing and
raises AlreadyWritten: the check runs inside the write transaction, after
SQLite's single writer lock is taken (on PostgreSQL a message is processed by
one holder of its inbox lease at a time).

The statements are built once per dialect and take their values as parameters
(building an upsert, its ``excluded`` columns above all, cost more per turn than
running it).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from coaching.model import ConversationKey, ConversationState, Deal, TurnChanges, utcnow
from coaching.records import Job, User
from coaching.store import AlreadyWritten, VersionConflict
from storage.convert import deal_values, entry_values, state_values, tenant_values, values
from storage.sql import Insert, table
from storage.tables import (
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
_FIXED_DEAL_COLUMNS = ("id", "tenant", "created_at")
_DEAL_COLUMNS = (*(f.name for f in fields(Deal)), "name_key")  # deal_values' keys

# Dialect-neutral statements; bound names of WHERE values start with "w_" so they never
# clash with the columns an UPDATE sets from the same parameters.
_INSERT_STATE = sa.insert(STATES)
_INSERT_ENTRIES = sa.insert(LEDGER)
_UPDATE_STATE = sa.update(STATES).where(
    STATES.c.tenant == sa.bindparam("w_tenant"),
    STATES.c.user_id == sa.bindparam("w_user"),
    STATES.c.conversation == sa.bindparam("w_conversation"),
    STATES.c.version == sa.bindparam("w_version"),
)
_HAS_SOURCE = (
    sa.select(LEDGER.c.id)
    .where(LEDGER.c.tenant == sa.bindparam("w_tenant"), LEDGER.c.source == sa.bindparam("w_source"))
    .limit(1)
)
# Mark an inbox record done and drop its payload: the id alone still dedupes retries.
INBOX_DONE = sa.update(INBOX).where(
    INBOX.c.platform == sa.bindparam("w_platform"),
    INBOX.c.event_id == sa.bindparam("w_event_id"),
)


def inbox_done_params(platform: str, event_id: str) -> dict[str, Any]:
    return {"w_platform": platform, "w_event_id": event_id, "status": "done", "payload": {}}


@dataclass(frozen=True, slots=True)
class _Upserts:
    """The dialect's upserts of one turn, built once (see :func:`_upserts`)."""

    tenant: Any
    deal: Any
    totals: Any
    user: Any
    job: Any


_UPSERTS: dict[Insert, _Upserts] = {}


def _upserts(insert: Insert) -> _Upserts:
    found = _UPSERTS.get(insert)
    if found is None:
        found = _UPSERTS[insert] = _build_upserts(insert)
    return found


def _build_upserts(insert: Insert) -> _Upserts:
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
    return _Upserts(
        tenant,
        deal,
        totals,
        _overwrite(insert, USERS, User, ("tenant", "user_id")),
        _overwrite(insert, JOBS, Job, ("id",)),
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


async def write_turn(session: AsyncSession, changes: TurnChanges, insert: Insert) -> None:
    key, state = changes.key, changes.state
    _check_one_tenant(changes)
    if changes.source and changes.entries and await _has_source(session, changes):
        raise AlreadyWritten(changes.source)
    upserts = _upserts(insert)
    if changes.state_changed and state.version > 0:
        await _update_state(session, key, state)  # the tenant row exists: the state refers to it
    else:
        await ensure_tenant(session, key.tenant, insert)
        if changes.state_changed:
            await session.exec(_INSERT_STATE, params=state_values(key, state, version=1))
    for deal in changes.deals:
        await _upsert_deal(session, deal, upserts)
    if changes.entries:
        await session.exec(_INSERT_ENTRIES, params=[entry_values(e) for e in changes.entries])
    for deal_id, totals in changes.totals.items():
        row = {"deal_id": deal_id, "tenant": key.tenant, "data": totals, "updated_at": utcnow()}
        await session.exec(upserts.totals, params=row)
    for user in changes.users:
        await session.exec(upserts.user, params=values(user))
    for job in changes.jobs:
        await session.exec(upserts.job, params=values(job))


async def ensure_tenant(session: AsyncSession, tenant: str, insert: Insert) -> None:
    """Create the tenant row on first sight; every scoped row references it."""
    await session.exec(_upserts(insert).tenant, params=tenant_values(tenant))


async def _has_source(session: AsyncSession, changes: TurnChanges) -> bool:
    params = {"w_tenant": changes.key.tenant, "w_source": changes.source}
    return (await session.exec(_HAS_SOURCE, params=params)).first() is not None


def _check_one_tenant(changes: TurnChanges) -> None:
    tenant = changes.key.tenant
    strays = {d.tenant for d in changes.deals} | {e.tenant for e in changes.entries}
    strays |= {u.tenant for u in changes.users} | {j.tenant for j in changes.jobs}
    if strays - {tenant}:
        raise ValueError(f"a turn of tenant {tenant!r} may not write to {sorted(strays)}")


async def _update_state(
    session: AsyncSession, key: ConversationKey, state: ConversationState
) -> None:
    params = {
        "w_tenant": key.tenant,
        "w_user": key.user,
        "w_conversation": key.conversation,
        "w_version": state.version,
        "data": state.to_json(),
        "version": state.version + 1,
        "updated_at": utcnow(),
    }
    result = await session.exec(_UPDATE_STATE, params=params)
    if result.rowcount != 1:
        raise VersionConflict(f"state of {key} moved past version {state.version}")


async def _upsert_deal(session: AsyncSession, deal: Deal, upserts: _Upserts) -> None:
    result = await session.exec(upserts.deal, params=deal_values(deal))
    if result.rowcount != 1:
        raise ValueError(f"deal id {deal.id} belongs to another tenant")
