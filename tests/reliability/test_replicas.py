"""Two serving processes on one PostgreSQL: a retried event is handled once, and start-up
recovery never takes an event another replica holds a live lease on."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest

from bot.services import Store
from coaching.model import utcnow
from coaching.records import InboundEvent
from harness.processes import Server
from storage.memory import MemoryStore
from storage.sql_store import open_sql_store
from tests.adapters.slack import payloads
from tests.adapters.slack.fake_slack import FakeSlack
from tests.reliability.conftest import count_rows, eventually, post, serve, serve_env

pytestmark = pytest.mark.slow
JSON = "application/json"


async def test_one_event_delivered_to_two_replicas_is_handled_once(
    fake: FakeSlack, pg_database: str, servers: list[Server], tmp_path: Path
) -> None:
    env = serve_env(fake, pg_database)
    one, two = await asyncio.gather(
        serve(servers, "one", env, tmp_path), serve(servers, "two", env, tmp_path)
    )
    async with aiohttp.ClientSession() as session:
        setup = payloads.envelope(payloads.message("deal Acme"), event_id="EvSetup")
        assert await post(session, one, setup, JSON) == 200
        await eventually(lambda: len(fake.to("chat.postMessage")) == 1, "the setup reply")
        body = payloads.envelope(payloads.message("we can give 5% off"), event_id="EvTwice")
        # Slack retries only after the first delivery went out, so it arrives first; the
        # retries then reach both replicas at once, while the first may still be in work.
        first = await post(session, one, body, JSON)
        retries = await asyncio.gather(
            post(session, one, body, JSON, **{"X-Slack-Retry-Num": "1"}),
            post(session, two, body, JSON, **{"X-Slack-Retry-Num": "2"}),
        )
        statuses = [first, *retries]
    assert statuses == [200, 200, 200]
    await eventually(lambda: len(fake.to("chat.postMessage")) >= 2, "the reply")
    store_counts = await count_rows(pg_database, "ledger_entries", "inbound_events")
    await asyncio.sleep(0.3)  # room for a wrong second reply to show up
    assert len(fake.to("chat.postMessage")) == 2
    assert store_counts == {"ledger_entries": 1, "inbound_events": 2}


async def _race_claims(stores: list[Store]) -> list[bool]:
    now = utcnow()
    event = InboundEvent("slack", "EvRace", {}, lock_owner="dead", lock_expires_at=now)
    assert await stores[0].record_inbound(event)
    until = now + timedelta(minutes=1)
    return await asyncio.gather(
        *(s.claim_inbound("slack", "EvRace", f"r{n}", now, until) for n, s in enumerate(stores))
    )


async def test_an_expired_lease_goes_to_exactly_one_of_two_replicas(pg_database: str) -> None:
    async with open_sql_store(pg_database) as a, open_sql_store(pg_database) as b:
        claims = await _race_claims([a, b, a, b])
        assert sorted(claims) == [False, False, False, True]
        later = utcnow()
        assert not await b.claim_inbound("slack", "EvRace", "r9", later, later)  # still held


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
async def test_lease_contract(kind: str, tmp_path: Path) -> None:
    async def check(store: Store) -> None:
        now = utcnow()
        live = InboundEvent("slack", "EvLive", {}, lock_owner="a", lock_expires_at=now)
        live.lock_expires_at = now + timedelta(minutes=1)
        assert await store.record_inbound(live)
        assert not await store.claim_inbound("slack", "EvLive", "b", now, now)
        assert await store.claim_inbound(
            "slack", "EvLive", "b", now + timedelta(minutes=2), now + timedelta(minutes=3)
        )
        await store.complete_inbound("slack", "EvLive")
        far = now + timedelta(hours=1)
        assert not await store.claim_inbound("slack", "EvLive", "c", far, far)  # done stays done
        assert not await store.claim_inbound("slack", "EvNever", "c", now, far)

    if kind == "memory":
        await check(MemoryStore())
    else:
        async with open_sql_store(f"sqlite:///{tmp_path / 'c.db'}") as store:
            await check(store)
