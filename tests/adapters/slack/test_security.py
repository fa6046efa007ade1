"""Only signed, fresh, first-time requests get in; refusals store nothing."""

from __future__ import annotations

import time

from coaching.records import InboundEvent
from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack


async def never_stored(slack: Slack, key: str) -> bool:
    """True when the inbox had no record under ``key`` (the probe then removes its own)."""
    store = slack.services.store
    fresh = await store.record_inbound(InboundEvent("slack", key, {}))
    await store.complete_inbound("slack", key)
    return fresh


def dm_body(text: str = "deal Acme", event_id: str = "EvSEC1") -> bytes:
    return payloads.envelope(payloads.message(text), event_id=event_id)


async def test_forged_stale_malformed_and_unsigned_requests_get_401(slack: Slack) -> None:
    body = dm_body()
    now = str(int(time.time()))
    forged = await slack.send(body, "application/json", signature="v0=" + "0" * 64)
    stale = await slack.send(body, "application/json", timestamp=str(int(time.time()) - 301))
    future = await slack.send(body, "application/json", timestamp=str(int(time.time()) + 301))
    malformed = await slack.send(
        body, "application/json", timestamp="abc", signature="v0=" + "1" * 64
    )
    unsigned = await slack.client.post(
        "/slack/events", data=body, headers={"Content-Type": "application/json"}
    )
    no_signature = await slack.client.post(
        "/slack/events",
        data=body,
        headers={"Content-Type": "application/json", "X-Slack-Request-Timestamp": now},
    )
    statuses = [r.status for r in (forged, stale, future, malformed, unsigned, no_signature)]
    assert statuses == [401] * 6
    await slack.settle()
    assert not [c for c in slack.fake.calls if c.method != "auth.test"]
    assert await never_stored(slack, "event:EvSEC1")
    assert await slack.services.store.list_deals("slack:T1") == []


async def test_a_replayed_signed_request_is_refused_and_not_processed(slack: Slack) -> None:
    body = dm_body("deal Acme", "EvREPLAY")
    timestamp = str(int(time.time()))
    first = await slack.send(body, "application/json", timestamp=timestamp)
    replay = await slack.send(body, "application/json", timestamp=timestamp)
    assert (first.status, replay.status) == (200, 401)
    assert len(slack.fake.to("chat.postMessage")) == 1


async def test_a_replayed_slash_command_is_refused(slack: Slack) -> None:
    body = payloads.slash_command("deals", response_url=slack.fake.response_url("replay"))
    timestamp = str(int(time.time()))
    first = await slack.form(body, timestamp=timestamp)
    replay = await slack.form(body, timestamp=timestamp)
    assert (first.status, replay.status) == (200, 401)
    assert len(slack.fake.to("response_url")) == 1


async def test_an_oversized_body_gets_413_and_is_not_stored(slack: Slack) -> None:
    body = dm_body("x" * (1024 * 1024 + 1), "EvHUGE")
    response = await slack.send(body, "application/json")
    assert response.status == 413
    assert await never_stored(slack, "event:EvHUGE")


async def test_url_verification_answers_the_challenge(slack: Slack) -> None:
    body = (
        b'{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",'
        b'"type":"url_verification"}'
    )
    response = await slack.send(body, "application/json")
    assert response.status == 200
    assert "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" in await response.text()


async def test_healthz(slack: Slack) -> None:
    response = await slack.client.get("/healthz")
    assert response.status == 200 and (await response.json()) == {"ok": True}


async def test_a_signed_but_malformed_body_gets_400(slack: Slack) -> None:
    assert (await slack.send(b'{"type": "event_callback", ', "application/json")).status == 400
    assert (await slack.send(b"payload=%7Bnope", "application/x-www-form-urlencoded")).status == 400
    assert (await slack.send(b"[1, 2]", "application/json")).status == 400
    assert await slack.services.store.pending_inbound("slack") == []
