"""The weekly digest: a manager's DM on Monday morning with the team's week and the approvals
waiting, sent once across workers, chained week to week, and stopped by `digest off`."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.scheduler import Scheduler, SchedulerConfig
from bot.services import Store, assemble_coach
from coaching.digest import DIGEST, due_after
from coaching.playbook import load_playbook
from coaching.records import Alert, User
from coaching.render import Renderer
from storage.memory import MemoryStore
from storage.sql_store import open_sql_store
from tests.scenarios.test_scheduler import Recorder
from tests.support.prep import Clock, say

TENANT = "console:local"
MANAGER = User(TENANT, "UBOSS", "maria", role="manager", tz="Europe/Berlin")
TRADE = {"give": {"kind": "discount", "amount": 15, "unit": "%"}, "get": {"kind": "volume"}}


def worker(store: Store, notifier: Recorder, clock: Clock, owner: str = "w1") -> Scheduler:
    config = SchedulerConfig(clock=clock, owner=owner, poll_interval=0.01)
    return Scheduler(store, {"console": notifier}, Renderer(), config, playbook=load_playbook())


async def a_week_of_work(store: Store, clock: Clock) -> None:
    """Two reps' moves this week and one approval still waiting."""
    await store.upsert_user(MANAGER)
    await store.upsert_user(User(TENANT, "U1", "dana"))
    await store.upsert_user(User(TENANT, "U2", "sam"))
    coach = assemble_coach(store, load_playbook(), Renderer(), clock)
    await say(
        coach, "deal Acme", "they asked for 20% off", "we offered 10% if they sign a two-year term"
    )
    await say(coach, "deal Birch", "we gave them 5% off", "and another 5% off", user="U2")
    asked = due_after(clock(), "Europe/Berlin") - timedelta(hours=26)
    await store.create_alert(
        Alert(TENANT, "C1", "t1", "m1", "U2", "UBOSS", {"trade": TRADE}, created_at=asked)
    )
    sooner = asked + timedelta(hours=20)
    await store.create_alert(
        Alert(TENANT, "C1", "t2", "m2", "U1", "UBOSS", {"trade": TRADE}, created_at=sooner)
    )


async def test_the_manager_gets_the_weeks_figures_and_the_waiting_approval_once() -> None:
    store, notifier = MemoryStore(), Recorder()
    clock = Clock(datetime.now(UTC))
    await a_week_of_work(store, clock)
    scheduler = worker(store, notifier, clock)
    assert await scheduler.tick() == 0  # seeds the digest; nothing is due yet
    (job,) = [j for j in await store.list_jobs(TENANT) if j.kind == DIGEST]
    assert job.user_id == "UBOSS" and job.due_at == due_after(clock(), "Europe/Berlin")
    clock.now = job.due_at + timedelta(minutes=1)
    assert await scheduler.tick() == 1
    assert await scheduler.tick() == 0
    ((tenant, user, reply),) = notifier.sent
    assert (tenant, user, reply.kind) == (TENANT, "UBOSS", "digest")
    text = reply.markdown
    assert "Gives traded for a get: **1 of 3**" in text
    assert "exactly at the 10% authority ceiling: **2 of 2**" in text  # 10%, and 5% + 5%
    assert "sam: 2 of 2 gives untraded, 1 double-give" in text  # who to coach first, and why
    waiting = text.split("**Waiting for a decision** (2)\n")[1].splitlines()
    assert waiting[:2] == ["- sam: discount 15%, waiting 26 h", "- dana: discount 15%, waiting 6 h"]
    assert "dana" not in text.split("**Coach first**")[1].split("**Waiting")[0]
    jobs = {j.id: j for j in await store.list_jobs(TENANT) if j.kind == DIGEST}
    assert jobs[job.id].status == "done"
    (following,) = [j for j in jobs.values() if j.status == "pending"]
    assert following.due_at == job.due_at + timedelta(days=7)  # next Monday, 08:00 Berlin


async def test_digest_off_stops_it_and_digest_on_brings_it_back() -> None:
    store, notifier = MemoryStore(), Recorder()
    clock = Clock(datetime.now(UTC))
    await store.upsert_user(MANAGER)
    coach = assemble_coach(store, load_playbook(), Renderer(), clock)
    refused = await say(coach, "digest off", user="U1")
    assert refused.kind == "digest_managers_only"
    assert "weekly digest is **off**" in (await say(coach, "digest off", user="UBOSS")).markdown
    scheduler = worker(store, notifier, clock)
    await scheduler.tick()
    assert [j for j in await store.list_jobs(TENANT) if j.kind == DIGEST] == []
    clock.now = due_after(clock(), "Europe/Berlin") + timedelta(minutes=1)
    await scheduler.tick()
    assert notifier.sent == []

    on = await say(coach, "digest on", user="UBOSS")
    assert "weekly digest is **on**" in on.markdown and "08:00 your time" in on.markdown
    clock.now = due_after(clock(), "Europe/Berlin") + timedelta(minutes=1)
    assert await scheduler.tick() == 1
    assert [reply.kind for _, _, reply in notifier.sent] == ["digest"]
    assert "No moves were recorded this week." in notifier.sent[0][2].markdown


async def test_a_digest_turned_off_after_it_was_seeded_is_not_sent() -> None:
    store, notifier = MemoryStore(), Recorder()
    clock = Clock(datetime.now(UTC))
    await store.upsert_user(MANAGER)
    scheduler = worker(store, notifier, clock)
    await scheduler.tick()  # seeded while on
    coach = assemble_coach(store, load_playbook(), Renderer(), clock)
    await say(coach, "digest off", user="UBOSS")
    clock.now = due_after(clock(), "Europe/Berlin") + timedelta(minutes=1)
    assert await scheduler.tick() == 1
    assert notifier.sent == []
    assert {j.status for j in await store.list_jobs(TENANT)} == {"dropped"}  # and no next one


async def test_two_workers_on_one_sqlite_file_send_each_digest_once(sqlite_url: str) -> None:
    async with open_sql_store(sqlite_url) as one, open_sql_store(sqlite_url) as two:
        await _two_workers_send_each_digest_once(one, two)


async def test_two_workers_on_one_postgresql_send_each_digest_once(
    pg_url: str, pg_schema: str
) -> None:
    async with (
        open_sql_store(pg_url, schema=pg_schema, auto_upgrade=True) as one,
        open_sql_store(pg_url, schema=pg_schema) as two,
    ):
        await _two_workers_send_each_digest_once(one, two)


async def _two_workers_send_each_digest_once(one: Store, two: Store) -> None:
    clock = Clock(datetime.now(UTC))
    managers = [User(TENANT, f"UM{n}", f"m{n}", role="manager") for n in range(6)]
    for manager in managers:
        await one.upsert_user(manager)
    first, second = Recorder(), Recorder()
    a, b = worker(one, first, clock, "A"), worker(two, second, clock, "B")
    await asyncio.gather(a.tick(), b.tick())  # both seed: one job per manager
    clock.now = due_after(clock(), None) + timedelta(minutes=1)
    for _ in range(3):
        await asyncio.gather(a.tick(), b.tick())
    sent = sorted(user for _, user, _ in first.sent + second.sent)
    assert sent == sorted(m.user_id for m in managers)
    pending = [j for j in await one.list_jobs(TENANT) if j.status == "pending"]
    assert len(pending) == len(managers)  # each manager's next week, once
