"""Slack's API answers 429 with Retry-After, then 500s: the reply still arrives, once."""

from __future__ import annotations

from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack


async def test_response_url_429_then_500s_delivers_once(sqlite_slack: Slack) -> None:
    fake = sqlite_slack.fake
    await sqlite_slack.command("deal Acme")
    fake.fail("response_url", 429, headers={"Retry-After": "1"})
    fake.fail("response_url", 500, times=2)
    before = len(fake.to("response_url"))
    response = await sqlite_slack.command("we can give 5% off")
    assert response.status == 200
    calls = fake.to("response_url")[before:]
    assert len(calls) == 4  # 429, 500, 500, then the one that landed
    assert calls[1].at - calls[0].at >= 0.9  # Retry-After was honoured
    assert len({c.params.get("text") for c in calls}) == 1  # the same reply each time
    ledger = await sqlite_slack.services.store.list_deals(f"slack:{payloads.TEAM}", payloads.REP)
    entries = await sqlite_slack.services.store.ledger(f"slack:{payloads.TEAM}", ledger[0].id)
    assert len(entries) == 1  # retried delivery, not a retried turn


async def test_chat_post_message_429_then_500s_delivers_once(sqlite_slack: Slack) -> None:
    fake = sqlite_slack.fake
    fake.fail("chat.postMessage", 429, headers={"Retry-After": "1"})
    fake.fail("chat.postMessage", 500, times=2)
    response = await sqlite_slack.dm("help")
    assert response.status == 200
    posts = fake.to("chat.postMessage")
    assert len(posts) == 4
    assert len({p.params.get("text") for p in posts}) == 1
    assert await sqlite_slack.services.store.pending_inbound("slack") == []
