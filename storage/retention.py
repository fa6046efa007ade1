"""Data minimisation over time: message excerpts live only RETENTION_DAYS days."""

from __future__ import annotations

from datetime import timedelta

from coaching.model import utcnow
from coaching.store import RecordsAdmin


async def purge_expired(store: RecordsAdmin, retention_days: int | None) -> int:
    """Blank message excerpts older than the retention period; 0 when none is set.

    The parsed moves (kind, amount, who, when) stay: the ledger keeps working,
    only the rep's own words go.
    """
    if not retention_days:
        return 0
    return await store.purge_excerpts(utcnow() - timedelta(days=retention_days))
