"""finish_job only saves for the worker that still holds the lease (memory, SQLite, PostgreSQL)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.services import Store
from coaching.records import Job
from storage.memory import MemoryStore
from storage.sql_store import open_sql_store

T0 = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
LEASE = timedelta(minutes=1)


@pytest.fixture(params=["memory", "sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, sqlite_url: str) -> tuple[str, str | None]:
    """Where the store lives: resolved before the event loop runs (the PG fixtures need that)."""
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url"), request.getfixturevalue("pg_schema")
    return request.param if request.param == "memory" else sqlite_url, None


@pytest.fixture
async def store(target: tuple[str, str | None]) -> AsyncIterator[Store]:
    url, schema = target
    if url == "memory":
        yield MemoryStore()
        return
    async with open_sql_store(url, schema=schema, auto_upgrade=True) as opened:
        yield opened


async def test_an_expired_lease_cannot_overwrite_the_new_owners_outcome(store: Store) -> None:
    await store.schedule_job(Job(tenant="slack:T1", kind="call_reminder", due_at=T0, payload={}))
    (mine,) = await store.claim_due_jobs(T0, "A", LEASE)
    later = T0 + 2 * LEASE
    (theirs,) = await store.claim_due_jobs(later, "B", LEASE)
    mine.status, theirs.status = "failed", "done"
    assert await store.finish_job(mine) is False
    assert await store.finish_job(theirs) is True
    (saved,) = await store.list_jobs("slack:T1")
    assert saved.status == "done" and saved.lock_owner is None


async def test_the_owner_finishes_after_its_lease_ran_out_if_nobody_took_over(
    store: Store,
) -> None:
    await store.schedule_job(Job(tenant="slack:T1", kind="call_reminder", due_at=T0, payload={}))
    (mine,) = await store.claim_due_jobs(T0, "A", LEASE)
    mine.status = "done"
    assert await store.finish_job(mine) is True
    assert await store.claim_due_jobs(T0 + 2 * LEASE, "B", LEASE) == []
