"""Slash commands answered in the ack: the real app on 127.0.0.1 (port 0), signed requests,
the fake Slack Web API. A turn done within SLACK_ACK_BUDGET_SECONDS answers in the ack
body, its dedupe record committed with it; a slower one acks empty and replies through
response_url. Whichever way, a retried or replayed command is written once."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

from bot.services import Store
from coaching.records import InboundEvent
from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack, make_settings, open_slack, section_texts
from tests.adapters.slack.fake_slack import FakeSlack

TENANT = "slack:T1"
GIVE = "If you sign a two-year term we can do 5% off"


async def _open(fake: FakeSlack, store: Store, tmp_path: Path, budget: float) -> Slack:
    settings = make_settings(fake, tmp_path, slack_ack_budget_seconds=budget)
    client, services = await open_slack(fake, store, settings)
    harness = Slack(client, fake, services)
    await harness.settle()
    return harness


@pytest.fixture
async def quick(fake: FakeSlack, store: Store, tmp_path: Path) -> AsyncIterator[Slack]:
    """A budget no test turn on any machine comes near: every turn answers in its ack."""
    harness = await _open(fake, store, tmp_path, 30.0)
    yield harness
    await harness.client.close()


@pytest.fixture
async def tight(fake: FakeSlack, store: Store, tmp_path: Path) -> AsyncIterator[Slack]:
    """A small budget; the tests hold the turn past it on a Slack call (no sleeping)."""
    harness = await _open(fake, store, tmp_path, 0.01)
    yield harness
    await harness.client.close()


def _trigger(body: bytes) -> str:
    return "trigger:" + dict(parse_qsl(body.decode()))["trigger_id"]


async def _seen(store: Store, key: str) -> bool:
    """True when the inbox holds ``key`` (recording it again is refused)."""
    return not await store.record_inbound(InboundEvent("slack", key, {}))


async def _entries(store: Store) -> int:
    deals = await store.list_deals(TENANT)
    return sum([len(await store.ledger(TENANT, d.id)) for d in deals])


async def test_a_quick_command_is_answered_in_its_ack(quick: Slack) -> None:
    ack = await quick.command("deal Acme")
    assert ack.status == 200
    body = json.loads(await ack.text())
    assert body["response_type"] == "ephemeral"
    assert "New deal *Acme*" in section_texts(body["blocks"])
    assert quick.fake.to("response_url") == []  # nothing after the ack
    assert await quick.services.store.pending_inbound("slack") == []  # recorded done


async def test_a_give_in_the_ack_is_written_once_when_the_command_comes_again(
    quick: Slack,
) -> None:
    store = quick.services.store
    await quick.command("deal Acme")
    url = quick.fake.response_url("give")
    body = payloads.slash_command(GIVE, response_url=url)
    timestamp = str(int(time.time()))
    first = await quick.form(body, timestamp=timestamp)
    assert "blocks" in json.loads(await first.text())
    written = await _entries(store)
    assert written > 0
    retried = await quick.form(body, timestamp=timestamp, headers={"X-Slack-Retry-Num": "1"})
    replayed = await quick.form(body, timestamp=timestamp)
    assert (retried.status, await retried.text()) == (200, "")
    assert replayed.status == 401
    assert await _entries(store) == written
    assert quick.fake.to("response_url") == []
    assert await _seen(store, _trigger(body))


async def test_a_slow_command_acks_empty_and_replies_through_response_url(tight: Slack) -> None:
    release = tight.fake.hold("users.info")  # `call` looks up the rep's time zone
    request = asyncio.create_task(tight.command("call Acme tomorrow 3pm", settle=False))
    ack = await request
    assert ack.status == 200 and await ack.text() == ""  # the budget ran out: acked empty
    pending = await tight.services.store.pending_inbound("slack")
    assert [e.event_id for e in pending] != []  # recorded before that ack, leased to us
    release.set()
    await tight.settle()
    replies = tight.fake.to("response_url")
    assert len(replies) == 1  # once, the slow way
    assert await tight.services.store.pending_inbound("slack") == []  # completed after it


async def test_a_slow_command_replayed_while_it_runs_is_refused_and_replies_once(
    tight: Slack,
) -> None:
    store = tight.services.store
    await tight.command("deal Acme")  # in its ack or through response_url: either
    before = len(tight.fake.to("response_url"))
    release = tight.fake.hold("users.info")
    body = payloads.slash_command("call Acme tomorrow 3pm", response_url=tight.fake.response_url())
    timestamp = str(int(time.time()))
    first = await tight.form(body, timestamp=timestamp, settle=False)
    replay = await tight.form(body, timestamp=timestamp, settle=False)
    assert (first.status, replay.status) == (200, 401)
    release.set()
    await tight.settle()
    assert len(tight.fake.to("response_url")) == before + 1  # the call's reply, once
    assert await store.pending_inbound("slack") == []
    jobs = await store.list_jobs(TENANT)
    assert len({j.id for j in jobs}) == len(jobs)  # the call's reminders, scheduled once


async def test_a_budget_of_zero_always_replies_through_response_url(
    fake: FakeSlack, store: Store, tmp_path: Path
) -> None:
    slack = await _open(fake, store, tmp_path, 0.0)
    try:
        ack = await slack.command("deal Acme")
        assert await ack.text() == ""
        assert len(fake.to("response_url")) == 1
    finally:
        await slack.client.close()


class _Outage(Exception):
    """The database away for now (the store says so)."""


async def test_a_storage_outage_in_the_turns_commit_gets_503_and_stores_nothing(
    quick: Slack, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = quick.services.store

    async def away(changes: object) -> None:
        raise _Outage("connection refused")

    monkeypatch.setattr(store, "is_unavailable", lambda exc: isinstance(exc, _Outage))
    monkeypatch.setattr(store, "commit", away)
    body = payloads.slash_command("deal Acme", response_url=quick.fake.response_url())
    ack = await quick.form(body)
    assert ack.status == 503  # not recorded, so not acknowledged
    monkeypatch.undo()
    assert not await _seen(store, _trigger(body))
    assert await store.list_deals(TENANT) == []


async def test_one_reps_commands_sent_together_are_all_answered_in_their_acks(
    quick: Slack,
) -> None:
    await quick.command("deal Acme")
    texts = [GIVE, "what do we get", "ledger", "next"]
    acks = await asyncio.gather(*(quick.command(t, settle=False) for t in texts))
    await quick.settle()
    bodies = [json.loads(await a.text()) for a in acks]
    assert all(a.status == 200 for a in acks)
    assert all(b.get("blocks") for b in bodies)  # one lane, no lost race: every one answered
    assert quick.fake.to("response_url") == []
    assert await quick.services.store.pending_inbound("slack") == []


async def test_a_socket_mode_command_is_answered_in_its_envelope_ack_and_written_once(
    quick: Slack,
) -> None:
    from slack_sdk.socket_mode.request import SocketModeRequest

    from adapters.slack.socket_mode import InboxSocketModeHandler
    from tests.adapters.slack.test_socket_mode import FakeSocket

    handler, socket = InboxSocketModeHandler(quick.runtime, "xapp-1-test"), FakeSocket()
    await quick.command("deal Acme")
    form = payloads.slash_command(GIVE, response_url=quick.fake.response_url())
    for attempt in range(2):  # the same command delivered twice (a reconnect)
        request = SocketModeRequest(
            type="slash_commands",
            envelope_id=f"env-{attempt}",
            payload=dict(parse_qsl(form.decode())),
        )
        await handler.handle(socket, request)  # type: ignore[arg-type]
    await quick.settle()
    await handler.close_async()
    first, second = socket.acks
    assert first.payload is not None and "5%" in section_texts(first.payload["blocks"])
    assert second.envelope_id == "env-1" and not second.payload  # acknowledged, not redone
    assert quick.fake.to("response_url") == []
    assert await _entries(quick.services.store) == 2  # the give and the get, once
