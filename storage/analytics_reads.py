"""The bounded reads behind managers' figures, in SQLAlchemy Core: one query per kind.

A period's deals are found on the ledger's ``created_at`` index (the deals with an
entry in it, the latest moved first, at most a LIMIT of them); their ledgers and
rows are then read with one ``IN`` query each, never one query per deal.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from coaching.model import Deal, LedgerEntry
from coaching.records import Alert
from coaching.store import ActiveLedgers
from storage.convert import deal_from
from storage.sql import table
from storage.tables import AlertRow, DealRow, LedgerRow

LEDGER = table(LedgerRow)
DEALS = table(DealRow)
ALERTS = table(AlertRow)
_ENTRY_COLUMNS = tuple(LEDGER.c[f.name] for f in fields(LedgerEntry))
_DEAL_COLUMNS = tuple(DEALS.c[f.name] for f in fields(Deal))
_ALERT_COLUMNS = tuple(ALERTS.c[f.name] for f in fields(Alert))


async def active_ledgers(
    conn: AsyncConnection,
    tenant: str,
    since: datetime,
    until: datetime,
    max_deals: int,
    max_entries: int,
) -> ActiveLedgers:
    moved = (
        sa.select(LEDGER.c.deal_id)
        .where(LEDGER.c.tenant == tenant, LEDGER.c.created_at >= since, LEDGER.c.created_at < until)
        .group_by(LEDGER.c.deal_id)
        .order_by(sa.func.max(LEDGER.c.created_at).desc(), LEDGER.c.deal_id)
        .limit(max_deals + 1)
    )
    ids = [row[0] for row in await conn.execute(moved)]
    truncated = len(ids) > max_deals
    ids = ids[:max_deals]
    if not ids:
        return ActiveLedgers([], [], truncated)
    deal_rows = await conn.execute(
        sa.select(*_DEAL_COLUMNS).where(DEALS.c.tenant == tenant, DEALS.c.id.in_(ids))
    )
    by_id = {row.id: deal_from(dict(row._mapping)) for row in deal_rows}
    entry_rows = (
        await conn.execute(
            sa.select(*_ENTRY_COLUMNS)
            .where(
                LEDGER.c.tenant == tenant, LEDGER.c.deal_id.in_(ids), LEDGER.c.created_at < until
            )
            .order_by(LEDGER.c.deal_id, LEDGER.c.seq)
            .limit(max_entries + 1)
        )
    ).all()
    truncated = truncated or len(entry_rows) > max_entries
    entries = [LedgerEntry(*row) for row in entry_rows[:max_entries]]
    return ActiveLedgers([by_id[i] for i in ids if i in by_id], entries, truncated)


async def alerts_between(
    conn: AsyncConnection, tenant: str, since: datetime, until: datetime, limit: int
) -> list[Alert]:
    rows = await conn.execute(
        sa.select(*_ALERT_COLUMNS)
        .where(ALERTS.c.tenant == tenant, ALERTS.c.created_at >= since, ALERTS.c.created_at < until)
        .order_by(ALERTS.c.created_at.desc(), ALERTS.c.id)
        .limit(limit)
    )
    return [Alert(*row) for row in rows]
