"""Prep and a reminder over Slack: the real app on 127.0.0.1, signed requests, a fake Web API.

`/concession prep Acme`, then every answer as a button press, the card as Block Kit,
`call` in a DM read in the user's users.info zone, and the reminder posted as a DM
by the app's own scheduler, driven by a test clock.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_app
from bot.scheduler import SCHEDULER, SCHEDULER_CONFIG, SchedulerConfig
from bot.services import Services, build_coach
from coaching.prep import install_prep
from storage.memory import MemoryStore
from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack, make_settings, section_texts
from tests.adapters.slack.fake_slack import FakeSlack
from tests.support.prep import ANSWERS, Clock

CALL = datetime(2026, 3, 29, 13, 0, tzinfo=UTC)  # tomorrow 3pm in Europe/Berlin (fake users.info)


@pytest.fixture
async def harness(tmp_path: Path) -> AsyncIterator[tuple[Slack, Clock]]:
    fake = FakeSlack()
    await fake.start()
    clock = Clock()
    settings = make_settings(fake, tmp_path)
    store = MemoryStore()
    coach = build_coach(store, settings)
    install_prep(coach, clock=clock)
    services = Services(settings, store, coach.playbook, coach.renderer, coach)
    app = create_app(settings, services)
    app[SCHEDULER_CONFIG] = SchedulerConfig(clock=clock, poll_interval=3600)
    client = TestClient(TestServer(app, host="127.0.0.1", port=0))
    await client.start_server()
    slack = Slack(client, fake, services)
    await slack.settle()
    yield slack, clock
    await client.close()
    await fake.close()


def buttons(params: dict[str, Any]) -> list[str]:
    return [e["value"] for b in params["blocks"] if b["type"] == "actions" for e in b["elements"]]


def last_reply(slack: Slack) -> dict[str, Any]:
    """The newest answer, whether it went to a response_url or chat.postMessage."""
    calls = [c for c in slack.fake.calls if c.method in ("response_url", "chat.postMessage")]
    return calls[-1].params


async def test_prep_by_buttons_then_a_reminder_as_a_dm(harness: tuple[Slack, Clock]) -> None:
    slack, clock = harness
    await slack.command("prep Acme")
    first = last_reply(slack)
    assert "Prep 1/12" in section_texts(first["blocks"])
    assert buttons(first)[:4] == ["Bargaining", "Trading", "Creating", "Partnering"]
    for answer in ANSWERS:
        offered = buttons(last_reply(slack))
        if answer in offered or answer in ("4-9% off",):
            await slack.press(answer)
        else:  # the lists of tradeables are typed, as a rep would
            await slack.dm(answer)
    card = last_reply(slack)
    text = section_texts(card["blocks"])
    assert "Partnership" in text and "Say first" in text and "If we " in text
    assert "call Acme tomorrow 10am" in buttons(card)
    await slack.press("prep Acme full")
    full = section_texts(last_reply(slack)["blocks"])
    assert "Strategy: Partnership" in full and "Movement plan" in full

    await slack.dm("call Acme tomorrow 3pm")
    assert slack.fake.to("users.info")  # the zone comes from the user's Slack profile
    assert "15:00 CEST" in section_texts(last_reply(slack)["blocks"])

    scheduler = slack.client.server.app[SCHEDULER]
    clock.now = CALL - timedelta(minutes=31)
    assert await scheduler.tick() == 0
    clock.now = CALL - timedelta(minutes=30)
    assert await scheduler.tick() == 1
    assert await scheduler.tick() == 0
    (opened,) = slack.fake.to("conversations.open")
    assert opened.params["users"] == payloads.REP
    reminder = slack.fake.to("chat.postMessage")[-1]
    assert reminder.params["channel"] == payloads.REP  # the fake opens no channel: the user id
    reminder_text = section_texts(reminder.params["blocks"])
    assert "Your call on *Acme*" in reminder_text and "Say first" in reminder_text
    assert buttons(reminder.params) == ["deal Acme", "prep Acme full"]


async def test_a_rate_limited_reminder_is_retried(harness: tuple[Slack, Clock]) -> None:
    slack, clock = harness
    await slack.dm("deal Acme")
    await slack.dm("call Acme in 2h")
    slack.fake.fail("chat.postMessage", 429, {"Retry-After": "0"}, {"ok": False,
                    "error": "ratelimited"}, times=4)  # fmt: skip
    scheduler = slack.client.server.app[SCHEDULER]
    clock.advance(hours=1, minutes=30)
    await scheduler.tick()
    store = slack.services.store
    (job,) = [j for j in await store.list_jobs("slack:T1") if j.kind == "call_reminder"]
    assert job.status == "pending" and job.attempts == 1 and job.last_error
    clock.now = job.due_at
    await scheduler.tick()
    (job,) = [j for j in await store.list_jobs("slack:T1") if j.kind == "call_reminder"]
    assert job.status == "done"


async def test_the_call_time_can_be_picked_instead_of_typed(harness: tuple[Slack, Clock]) -> None:
    slack, _ = harness
    await slack.dm("deal Acme")
    await slack.dm("call")
    blocks = last_reply(slack)["blocks"]
    (picker,) = [
        (b["block_id"], e["action_id"])
        for b in blocks
        if b["type"] == "actions"
        for e in b["elements"]
        if e["type"] == "datetimepicker"
    ]
    block_id, action_id = picker
    assert block_id.endswith(":call Acme")

    await slack.press("", action_id=action_id, picked=(block_id, int(CALL.timestamp())))

    assert "15:00 CEST" in section_texts(last_reply(slack)["blocks"])  # shown in the rep's zone
    deal = (await slack.services.store.list_deals("slack:T1", payloads.REP))[0]
    jobs = await slack.services.store.list_jobs("slack:T1", payloads.REP)
    assert {j.due_at for j in jobs} >= {CALL - timedelta(minutes=30)}
    assert datetime.fromisoformat(deal.prep["call_at"]) == CALL


async def test_a_forged_picker_block_id_runs_nothing(harness: tuple[Slack, Clock]) -> None:
    slack, _ = harness
    await slack.dm("deal Acme")
    before = len(slack.fake.calls)
    response = await slack.press("", action_id="coach_pick_0", picked=("b1", int(CALL.timestamp())))
    assert response.status == 200
    await slack.settle()
    assert len(slack.fake.calls) == before
