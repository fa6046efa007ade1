"""Races: concurrent turns on one conversation, and job claims by two workers.

"Two engines" means two stores opened on the same database, as two processes
would; on PostgreSQL that exercises row locks and SKIP LOCKED for real.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

from store_helpers import T0, Backend, deal, entry, job, key, turn

from bot.services import Store
from coaching.model import ConversationState
from coaching.store import VersionConflict
from storage.sql_store import _WriteLock


async def test_two_commits_from_one_state_one_wins(store: Store) -> None:
    d = deal()
    await store.commit(turn(key(), ConversationState(current_deal_id=d.id), deals=[d]))
    state = await store.load_conversation(key())
    results = await asyncio.gather(
        store.commit(
            turn(key(), replace(state, suggested_gets=["a"]), deals=[d], entries=[entry(d, 1)])
        ),
        store.commit(
            turn(key(), replace(state, suggested_gets=["b"]), deals=[d], entries=[entry(d, 1)])
        ),
        return_exceptions=True,
    )
    assert sorted(type(r).__name__ for r in results) == ["NoneType", "VersionConflict"]
    assert len(await store.ledger(d.tenant, d.id)) == 1
    assert (await store.load_conversation(key())).version == 2


async def _claim_all(store: Store, owner: str) -> list[str]:
    """Claim in small batches until nothing is left, as a worker loop would."""
    now = T0 + timedelta(hours=1)
    got: list[str] = []
    while batch := await store.claim_due_jobs(now, owner, timedelta(minutes=10), limit=3):
        got.extend(j.id for j in batch)
        await asyncio.sleep(0)
    return got


async def test_two_workers_never_claim_the_same_job(backend: Backend) -> None:
    async with backend.open(auto_upgrade=True) as one, backend.open() as two:
        ids = set()
        for n in range(40):
            j = job(due=T0 + timedelta(seconds=n))
            ids.add(j.id)
            await one.schedule_job(j)
        first, second = await asyncio.gather(_claim_all(one, "w1"), _claim_all(two, "w2"))
    assert not set(first) & set(second)
    assert set(first) | set(second) == ids
    assert len(first) + len(second) == len(ids)


async def test_a_version_conflict_on_another_engine_rolls_back_everything(
    sql_backend: Backend,
) -> None:
    async with sql_backend.open(auto_upgrade=True) as one, sql_backend.open() as two:
        d = deal()
        await one.commit(turn(key(), ConversationState(current_deal_id=d.id), deals=[d]))
        stale = await two.load_conversation(key())
        await one.commit(turn(key(), replace(stale, prep={"won": True})))
        d.phase = "Align"
        try:
            await two.commit(
                turn(key(), replace(stale, prep={"lost": True}), deals=[d], entries=[entry(d, 1)])
            )
        except VersionConflict:
            pass
        else:
            raise AssertionError("a stale state was saved")
        assert (await one.get_deal(d.tenant, d.id)).phase == "Prepare"
        assert await one.ledger(d.tenant, d.id) == []
        assert (await one.load_conversation(key())).prep == {"won": True}


async def test_sqlite_write_lock_lets_urgent_writers_ahead_of_queued_ones() -> None:
    lock = _WriteLock()
    order: list[str] = []

    async def write(name: str, *, urgent: bool = False) -> None:
        async with lock.hold(urgent=urgent):
            order.append(name)
            await asyncio.sleep(0)

    async with lock.hold():  # a turn writing: the rest queue up behind it
        tasks = [asyncio.create_task(write(f"turn{n}")) for n in range(2)]
        cancelled = asyncio.create_task(write("cancelled"))
        tasks += [asyncio.create_task(write(f"inbox{n}", urgent=True)) for n in range(2)]
        await asyncio.sleep(0)
        cancelled.cancel()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    assert order == ["inbox0", "inbox1", "turn0", "turn1"]
    async with lock.hold():  # free again: taken at once
        order.append("last")
