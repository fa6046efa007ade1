"""Reminders and follow-ups through the scheduler: once, on time, in the user's zone, after
downtime, with retries, and with two workers on one database."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.scheduler import Scheduler, SchedulerConfig
from bot.services import Store
from coaching.messages import Reply
from coaching.notify import DeliveryError
from coaching.render import Renderer
from storage.memory import MemoryStore
from storage.sql_store import open_sql_store
from tests.support.prep import Clock, make_coach, prepared, say

TENANT = "console:local"
CALL = datetime(2026, 3, 29, 13, 0, tzinfo=UTC)  # "tomorrow 3pm" in Berlin (summer time)
LEASE = timedelta(minutes=5)


class Recorder:
    """A notifier that records what it sends and fails the first ``failures`` sends."""

    def __init__(self, failures: int = 0) -> None:
        self.sent: list[tuple[str, str, Reply]] = []
        self.failures = failures

    async def send(self, tenant: str, user_id: str, reply: Reply) -> None:
        if self.failures:
            self.failures -= 1
            raise DeliveryError("429 rate limited")
        self.sent.append((tenant, user_id, reply))

    @property
    def kinds(self) -> list[str]:
        return [reply.kind for _, _, reply in self.sent]


def worker(store: Store, notifier: Recorder, clock: Clock, owner: str = "w1") -> Scheduler:
    config = SchedulerConfig(clock=clock, owner=owner, lease=LEASE, poll_interval=0.01)
    return Scheduler(store, {"console": notifier}, Renderer(), config)


async def book_call(store: Store, clock: Clock, text: str = "call Acme tomorrow 3pm") -> None:
    coach = make_coach(store, clock)
    await prepared(coach)
    assert (await say(coach, text)).kind == "call_set"


async def test_the_reminder_comes_once_at_its_time_then_the_follow_up() -> None:
    store, clock, notifier = MemoryStore(), Clock(), Recorder()
    await book_call(store, clock)
    scheduler = worker(store, notifier, clock)
    clock.now = CALL - timedelta(minutes=31)
    assert await scheduler.tick() == 0
    clock.now = CALL - timedelta(minutes=30)
    assert await scheduler.tick() == 1
    assert await scheduler.tick() == 0
    ((tenant, user, reply),) = notifier.sent
    assert (tenant, user, reply.kind) == (TENANT, "U1", "reminder_before")
    assert "15:00 CEST" in reply.markdown and "30 minutes from now" in reply.markdown
    # the short card, with its first trade as the line to say, and the full card a tap away
    assert "Say first:" in reply.markdown and len(reply.says) == 1
    assert reply.says[0].text in reply.markdown.replace("\\", "")
    assert "prep Acme full" in [a.command for a in reply.actions]
    clock.now = CALL + timedelta(hours=1)
    assert await scheduler.tick() == 1
    assert notifier.kinds == ["reminder_before", "reminder_after"]
    assert {j.status for j in await store.list_jobs(TENANT)} == {"done"}


@pytest.fixture
def server_in_los_angeles(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's own zone is neither UTC nor the user's."""
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


async def test_a_user_in_another_zone_than_the_server(server_in_los_angeles: None) -> None:
    store, clock, notifier = MemoryStore(), Clock(), Recorder()
    coach = make_coach(store, clock)
    await say(coach, "deal Acme", tz="Asia/Tokyo")
    await say(coach, "call Acme tomorrow 3pm", tz="Asia/Tokyo")
    tokyo_call = datetime(2026, 3, 29, 6, 0, tzinfo=UTC)  # 15:00 JST, no DST in Tokyo
    scheduler = worker(store, notifier, clock)
    clock.now = tokyo_call - timedelta(minutes=31)
    assert await scheduler.tick() == 0
    clock.now = tokyo_call - timedelta(minutes=30)
    assert await scheduler.tick() == 1
    assert "15:00 JST" in notifier.sent[0][2].markdown


async def test_missed_while_down_sent_at_start_if_the_call_has_not_begun() -> None:
    store, clock, notifier = MemoryStore(), Clock(), Recorder()
    await book_call(store, clock)
    clock.now = CALL - timedelta(minutes=10)  # the server was down when the reminder was due
    assert await worker(store, notifier, clock).tick() == 1
    assert notifier.kinds == ["reminder_before"]
    assert "10 minutes from now" in notifier.sent[0][2].markdown


async def test_missed_while_down_dropped_with_a_note_once_the_call_began() -> None:
    store, clock, notifier = MemoryStore(), Clock(), Recorder()
    await book_call(store, clock)
    clock.now = CALL + timedelta(minutes=5)
    assert await worker(store, notifier, clock).tick() == 1
    assert notifier.kinds == ["reminder_missed"]
    (reminder,) = [j for j in await store.list_jobs(TENANT) if j.kind == "call_reminder"]
    assert reminder.status == "dropped"


async def test_a_failed_send_is_retried_with_growing_backoff() -> None:
    store, clock, notifier = MemoryStore(), Clock(), Recorder(failures=2)
    await book_call(store, clock, "call Acme in 2h")
    scheduler = worker(store, notifier, clock)
    clock.now += timedelta(hours=1, minutes=30)
    start = clock.now
    assert await scheduler.tick() == 1 and notifier.sent == []
    (job,) = [j for j in await store.list_jobs(TENANT) if j.kind == "call_reminder"]
    assert job.due_at == start + timedelta(seconds=30) and job.attempts == 1
    clock.now = job.due_at
    await scheduler.tick()
    (job,) = [j for j in await store.list_jobs(TENANT) if j.kind == "call_reminder"]
    assert job.due_at == clock.now + timedelta(seconds=60) and job.last_error
    clock.now = job.due_at
    await scheduler.tick()
    assert notifier.kinds == ["reminder_before"]


async def test_attempts_are_bounded() -> None:
    store, clock, notifier = MemoryStore(), Clock(), Recorder(failures=100)
    await book_call(store, clock, "call Acme in 5h")
    scheduler = worker(store, notifier, clock)
    clock.now += timedelta(hours=4, minutes=30)
    for _ in range(10):
        await scheduler.tick()
        clock.advance(minutes=30)
    (job,) = [j for j in await store.list_jobs(TENANT) if j.kind == "call_reminder"]
    assert job.status == "failed" and job.attempts == job.max_attempts


async def test_a_platform_without_a_notifier_is_retried_not_lost() -> None:
    store, clock = MemoryStore(), Clock()
    await book_call(store, clock, "call Acme in 2h")
    clock.now += timedelta(hours=1, minutes=30)
    scheduler = Scheduler(store, {}, Renderer(), SchedulerConfig(clock=clock))
    await scheduler.tick()
    (job,) = [j for j in await store.list_jobs(TENANT) if j.kind == "call_reminder"]
    assert job.status == "pending" and "no notifier" in (job.last_error or "")


async def _restart_in_the_middle(first: Store, second: Store, clock: Clock) -> Recorder:
    """Worker A claims the reminder and dies before sending; B takes over once the lease ends."""
    await book_call(first, clock)
    clock.now = CALL - timedelta(minutes=30)
    (claimed,) = await first.claim_due_jobs(clock.now, "A", LEASE)
    notifier = Recorder()
    survivor = worker(second, notifier, clock, owner="B")
    assert await survivor.tick() == 0  # still leased to A
    clock.advance(minutes=6)
    assert await survivor.tick() == 1
    claimed.status = "done"  # A wakes up late: its outcome must not overwrite B's
    assert await first.finish_job(claimed) is False
    assert notifier.kinds == ["reminder_before"]
    clock.now = CALL - timedelta(minutes=1)
    assert await survivor.tick() == 0
    return notifier


async def test_restart_in_the_middle_memory() -> None:
    store = MemoryStore()
    await _restart_in_the_middle(store, store, Clock())


async def test_sent_once_on_sqlite_including_a_restart(sqlite_url: str) -> None:
    clock = Clock()
    async with open_sql_store(sqlite_url) as before:
        await book_call(before, clock)
    notifier = Recorder()
    async with open_sql_store(sqlite_url) as after:  # the app came back
        scheduler = worker(after, notifier, clock)
        clock.now = CALL - timedelta(minutes=30)
        assert await scheduler.tick() == 1
        assert await scheduler.tick() == 0
        assert notifier.kinds == ["reminder_before"]


async def test_restart_in_the_middle_sqlite(sqlite_url: str) -> None:
    async with open_sql_store(sqlite_url) as first, open_sql_store(sqlite_url) as second:
        await _restart_in_the_middle(first, second, Clock())


async def test_two_instances_on_one_postgresql_send_each_reminder_once(
    pg_url: str, pg_schema: str
) -> None:
    clock = Clock()
    async with (
        open_sql_store(pg_url, schema=pg_schema, auto_upgrade=True) as one,
        open_sql_store(pg_url, schema=pg_schema) as two,
    ):
        coach = make_coach(one, clock)
        users = [f"U{n}" for n in range(12)]
        for user in users:
            await say(coach, "deal Acme", f"call Acme in {60 + int(user[1:])} min", user=user)
        first, second = Recorder(), Recorder()
        a, b = worker(one, first, clock, "A"), worker(two, second, clock, "B")
        clock.advance(minutes=45)  # every reminder is due, no call has begun
        for _ in range(4):
            await asyncio.gather(a.tick(), b.tick(), a.tick(), b.tick())
        sent = [user for _, user, _ in first.sent + second.sent]
        assert sorted(sent) == sorted(users)
        assert all(kind == "reminder_before" for kind in first.kinds + second.kinds)


async def test_two_instances_on_one_postgresql_with_a_restart(pg_url: str, pg_schema: str) -> None:
    async with (
        open_sql_store(pg_url, schema=pg_schema, auto_upgrade=True) as first,
        open_sql_store(pg_url, schema=pg_schema) as second,
    ):
        await _restart_in_the_middle(first, second, Clock())


async def test_the_worker_loop_runs_in_the_background_and_stops() -> None:
    store, clock, notifier = MemoryStore(), Clock(), Recorder()
    await book_call(store, clock, "call Acme in 10 min")  # the reminder is due at once
    scheduler = worker(store, notifier, clock)
    async with scheduler.running():
        for _ in range(200):
            if notifier.sent:
                break
            await asyncio.sleep(0.01)
    assert notifier.kinds == ["reminder_before"]


@pytest.mark.parametrize("backend", ["memory", "sqlite"])
async def test_the_scheduler_prunes_done_inbox_records_past_their_retention(
    backend: str, tmp_path
) -> None:
    from coaching.records import InboundEvent

    async def check(store: Store) -> None:
        clock = Clock(CALL)
        config = SchedulerConfig(clock=clock, inbox_retention=timedelta(days=7))
        scheduler = Scheduler(store, {}, Renderer(), config)
        for event_id, status in (("old", "done"), ("stuck", "pending"), ("new", "done")):
            received = CALL - timedelta(days=1 if event_id == "new" else 8)
            assert await store.record_inbound(
                InboundEvent("slack", event_id, {}, received_at=received)
            )
            if status == "done":
                await store.complete_inbound("slack", event_id)
        await scheduler.tick()
        assert await store.record_inbound(InboundEvent("slack", "old", {}))  # pruned: new again
        assert not await store.record_inbound(InboundEvent("slack", "new", {}))
        assert not await store.record_inbound(InboundEvent("slack", "stuck", {}))  # pending stays
        await store.complete_inbound("slack", "old")
        clock.now += timedelta(days=7)  # "new" is now past it too, and an hour has gone by
        await scheduler.tick()
        assert await store.record_inbound(InboundEvent("slack", "new", {}))

    if backend == "memory":
        await check(MemoryStore())
    else:
        async with open_sql_store(f"sqlite:///{tmp_path / 'coach.db'}") as store:
            await check(store)
