"""The bounded reads behind managers' figures, as Core statements compiled once.

A period's deals are found on the ledger's ``created_at`` index (the deals with an
entry in it, the latest moved first, at most a LIMIT of them); their rows and their
ledgers are then read with that same subquery, never one query per deal. On SQLite
the statements run on the hot path's own connection (``storage/hot.py``), elsewhere
through Core; both hand the rows to :func:`active_from_rows`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from coaching.model import Deal, LedgerEntry
from coaching.records import Alert
from coaching.store import ActiveLedgers
from storage.convert import deal_from
from storage.sql import table
from storage.tables import AlertRow, DealRow, LedgerRow

LEDGER = table(LedgerRow)
DEALS = table(DealRow)
ALERTS = table(AlertRow)
_DEAL_NAMES = tuple(f.name for f in fields(Deal))
_ENTRY_COLUMNS = tuple(LEDGER.c[f.name] for f in fields(LedgerEntry))
_ALERT_COLUMNS = tuple(ALERTS.c[f.name] for f in fields(Alert))


def _w(name: str) -> Any:
    return sa.bindparam(f"w_{name}")


def _moved(limit: str) -> Any:
    """The ids of the deals with a ledger entry in [since, until), the latest moved first."""
    return (
        sa.select(LEDGER.c.deal_id)
        .where(
            LEDGER.c.tenant == _w("tenant"),
            LEDGER.c.created_at >= _w("since"),
            LEDGER.c.created_at < _w("until"),
        )
        .group_by(LEDGER.c.deal_id)
        .order_by(sa.func.max(LEDGER.c.created_at).desc(), LEDGER.c.deal_id)
        .limit(_w(limit))
    )


# One more than asked, to tell whether the LIMIT cut the period short.
MOVED_IDS = _moved("deals_probe")
MOVED_DEALS = sa.select(*(DEALS.c[n] for n in _DEAL_NAMES)).where(
    DEALS.c.tenant == _w("tenant"), DEALS.c.id.in_(_moved("deals").scalar_subquery())
)
# The deal ids come from the tenant's own entries; the tenant is checked again on the
# rows read (``active_from_rows``), not here, so the ledger is read along its
# (deal_id, seq) index rather than entry by entry from the tenant's index.
MOVED_LEDGERS = (
    sa.select(*_ENTRY_COLUMNS)
    .where(
        LEDGER.c.deal_id.in_(_moved("deals").scalar_subquery()),
        LEDGER.c.created_at < _w("until"),
    )
    .order_by(LEDGER.c.deal_id, LEDGER.c.seq)
    .limit(_w("entries_probe"))
)
ALERTS_BETWEEN = (
    sa.select(*_ALERT_COLUMNS)
    .where(
        ALERTS.c.tenant == _w("tenant"),
        ALERTS.c.created_at >= _w("since"),
        ALERTS.c.created_at < _w("until"),
    )
    .order_by(ALERTS.c.created_at.desc(), ALERTS.c.id)
    .limit(_w("limit"))
)


def sqlite_utc(value: str) -> datetime:
    """A DATETIME column as SQLite holds it (ISO text, UTC, without an offset), read as an
    aware datetime: what the column type's own reader returns, at a tenth of its cost,
    which matters when a period's thousands of ledger rows are read at once."""
    read = datetime.fromisoformat(value)
    return read.replace(tzinfo=UTC) if read.tzinfo is None else read.astimezone(UTC)


def active_params(
    tenant: str, since: Any, until: Any, max_deals: int, max_entries: int
) -> dict[str, Any]:
    return {
        "w_tenant": tenant,
        "w_since": since,
        "w_until": until,
        "w_deals": max_deals,
        "w_deals_probe": max_deals + 1,
        "w_entries_probe": max_entries + 1,
    }


def active_from_rows(
    tenant: str,
    ids: Sequence[Sequence[Any]],
    deals: Sequence[Sequence[Any]],
    entries: Sequence[Sequence[Any]],
    max_deals: int,
    max_entries: int,
) -> ActiveLedgers:
    order = [row[0] for row in ids][:max_deals]
    read = (deal_from(dict(zip(_DEAL_NAMES, row, strict=True))) for row in deals)
    by_id = {deal.id: deal for deal in read if deal.tenant == tenant}
    truncated = len(ids) > max_deals or len(entries) > max_entries
    ledger = [LedgerEntry(*row) for row in entries[:max_entries]]
    return ActiveLedgers(
        [by_id[i] for i in order if i in by_id],
        [e for e in ledger if e.tenant == tenant],
        truncated,
    )


def to_alerts(rows: Sequence[Sequence[Any]]) -> list[Alert]:
    return [Alert(*row) for row in rows]
