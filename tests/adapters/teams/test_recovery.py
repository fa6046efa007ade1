"""Start-up recovery: what an earlier life of the app (or a dead replica) acknowledged but
never finished is answered once by the next app to start; a live replica's work is left
alone until its lease runs out, and two replicas starting at once take a record once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from adapters.teams.inbox import Inbox, inbound_key
from adapters.teams.retry import Backoff
from bot.services import Store
from coaching.model import utcnow
from tests.adapters.teams import activities as a
from tests.adapters.teams.conftest import Teams, Timing, make_settings, open_teams
from tests.adapters.teams.fake_connector import FakeConnector

TENANT = "teams:" + a.TENANT


class Clock:
    """The inbox's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


class Sweeps:
    """The sweep's pause between runs: ``run()`` lets one sweep through and returns when it
    is done (the sweeper is waiting again); no sweep runs otherwise."""

    def __init__(self) -> None:
        self._go: asyncio.Queue[None] = asyncio.Queue()
        self._parked: asyncio.Queue[None] = asyncio.Queue()
        self._primed = False

    async def __call__(self, seconds: float) -> None:
        await self._parked.put(None)
        await self._go.get()

    async def run(self) -> None:
        if not self._primed:  # the first pause comes after start-up recovery
            await self._parked.get()
            self._primed = True
        await self._go.put(None)
        await self._parked.get()


def key_of(activity: dict[str, Any]) -> str:
    key = inbound_key(activity)
    assert key is not None
    return key


async def left_pending(
    store: Store,
    activity: dict[str, Any],
    *,
    owner: str = "dead-replica",
    lease: float = 0.0,
    clock: Callable[[], datetime] = utcnow,
) -> Inbox:
    """What a process that acknowledged ``activity`` and then died leaves in the inbox."""
    inbox = Inbox(store, owner, timedelta(seconds=lease), clock)
    assert await inbox.admit(key_of(activity), activity, replay=activity["type"] != "invoke")
    return inbox


@pytest.fixture
async def start(connector: FakeConnector, store: Store) -> AsyncIterator[Any]:
    """Start an app (another life of the process) on ``store``; closed at the end."""
    started: list[Teams] = []

    async def _start() -> Teams:
        client, services = await open_teams(store, make_settings())
        started.append(Teams(client, connector, services))
        return started[-1]

    yield _start
    for teams in started:
        await teams.client.close()


async def test_activities_acknowledged_before_a_crash_are_answered_on_start(
    connector: FakeConnector, store: Store, start: Any
) -> None:
    deal = a.personal("deal Acme", connector.url)
    give = a.personal("we can give 5% off", connector.url)
    await left_pending(store, deal)
    await left_pending(store, give)

    teams = await start()
    assert await teams.recovered() == 2

    replies = connector.to(a.PERSONAL)
    assert len(replies) == 2
    assert "New deal **Acme**" in replies[0].text  # in the order they came in
    (acme,) = await store.list_deals(TENANT)
    assert [e.side for e in await store.ledger(TENANT, acme.id)] == ["give"]
    assert await store.pending_inbound("teams") == []

    # Teams re-sending either activity now is answered 200 and handled no more
    for activity in (deal, give):
        assert (await teams.post(activity)).status == 200
    assert len(connector.to(a.PERSONAL)) == 2
    assert len(await store.ledger(TENANT, acme.id)) == 1


async def test_a_turn_cut_short_at_shutdown_is_answered_by_the_next_life(
    connector: FakeConnector, tmp_path: Path
) -> None:
    """The first life acknowledges, then stops while the turn waits out a 429; a fresh app
    on the same SQLite file answers the activity once."""
    sql_store = pytest.importorskip("storage.sql_store")
    url = f"sqlite:///{tmp_path / 'coach.db'}"
    activity = a.personal("help", connector.url)
    stuck = asyncio.Event()

    async def backoff_forever(seconds: float) -> None:
        stuck.set()
        await asyncio.Event().wait()

    async with sql_store.open_sql_store(url) as first_store:
        client, services = await open_teams(first_store, make_settings())
        first = Teams(client, connector, services)
        first.runtime.inbox.lease = timedelta(seconds=0.3)
        first.runtime.adapter.backoff = Backoff(sleep=backoff_forever)
        first.runtime.shutdown_grace = 0
        connector.fail(429)
        response = await client.post("/api/messages", json=activity)
        assert response.status == 200  # acknowledged
        await stuck.wait()
        await client.close()  # the process stops mid-turn
    assert connector.sent == [] and connector.refused == [429]

    async with sql_store.open_sql_store(url) as store:
        assert [e.event_id for e in await store.pending_inbound("teams")] == [key_of(activity)]
        client, services = await open_teams(store, make_settings())
        second = Teams(client, connector, services)
        try:
            assert await second.recovered() == 1
            (reply,) = connector.to(a.PERSONAL)
            assert reply.text
            assert await store.pending_inbound("teams") == []
            assert (await second.post(activity)).status == 200
            assert len(connector.to(a.PERSONAL)) == 1
        finally:
            await client.close()


@pytest.mark.parametrize("replica", ["finishes", "dies"])
async def test_an_activity_a_live_replica_holds_waits_for_its_lease(
    connector: FakeConnector, store: Store, start: Any, replica: str
) -> None:
    activity = a.personal("deal Acme", connector.url)
    live = await left_pending(store, activity, owner="live-replica", lease=0.3)

    teams = await start()
    if replica == "finishes":
        await live.complete(key_of(activity))  # while the lease runs: left to its owner
        assert await teams.recovered() == 0
        assert connector.calls == []
    else:
        assert await teams.recovered() == 1  # taken over once the lease ran out
        assert len(connector.to(a.PERSONAL)) == 1
    assert await store.pending_inbound("teams") == []


async def test_two_replicas_starting_at_once_take_a_record_once(
    connector: FakeConnector, store: Store, start: Any
) -> None:
    await left_pending(store, a.personal("deal Acme", connector.url))
    one, two = await start(), await start()
    taken = await asyncio.gather(one.recovered(), two.recovered())
    assert sorted(taken) == [0, 1]
    assert len(connector.to(a.PERSONAL)) == 1


async def test_an_invoke_cut_short_is_closed_not_run_again(
    connector: FakeConnector, store: Store, start: Any
) -> None:
    """Its answer was the HTTP response, which nobody waits for any more."""
    await left_pending(store, a.execute({"command": "deals"}, connector.url))
    teams = await start()
    assert await teams.recovered() == 1
    assert connector.calls == []
    assert await store.pending_inbound("teams") == []


def test_the_lease_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    from adapters.teams.config import TeamsConfig

    assert TeamsConfig.from_settings(make_settings()).inbox_lease_seconds == 120.0
    monkeypatch.setenv("TEAMS_INBOX_LEASE_SECONDS", "5")
    assert TeamsConfig.from_settings(make_settings()).inbox_lease_seconds == 5.0
    monkeypatch.setenv("TEAMS_INBOX_LEASE_SECONDS", "0")
    with pytest.raises(ValidationError, match="teams_inbox_lease_seconds"):
        make_settings()


async def test_work_left_pending_while_running_is_swept_up_without_a_restart(
    connector: FakeConnector, store: Store
) -> None:
    """A turn a storage outage cut short stays pending; the sweep answers it once its
    lease runs out, with no restart. The test moves the clock and lets each sweep run."""
    clock, sweeps = Clock(), Sweeps()
    settings = make_settings(teams_inbox_lease_seconds=1)
    client, services = await open_teams(store, settings, Timing(clock, sweeps))
    teams = Teams(client, connector, services)
    try:
        assert await teams.recovered() == 0
        await left_pending(store, a.personal("deal Acme", connector.url), lease=30, clock=clock)
        assert connector.to(a.PERSONAL) == []  # no sweep has run yet
        clock.now += timedelta(seconds=31)
        await sweeps.run()  # the lease ran out: the sweep answers it
        await teams.runtime.tasks.join()
        (reply,) = connector.to(a.PERSONAL)
        assert "New deal **Acme**" in reply.text
        assert await store.pending_inbound("teams") == []
    finally:
        await client.close()
