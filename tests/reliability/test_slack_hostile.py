"""Hostile requests to /slack/events: each is refused with the right 4xx and leaves no row."""

from __future__ import annotations

import json
import time

import pytest

from tests.reliability.conftest import count_rows
from tests.slack import payloads
from tests.slack.conftest import Slack

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
TABLES = ("inbound_events", "tenants", "deals", "ledger_entries", "conversation_states")


async def stored(slack: Slack) -> dict[str, int]:
    return await count_rows(slack.services.settings.database_url, *TABLES)


def command_body(slack: Slack, text: str = "we can give 5% off") -> bytes:
    return payloads.slash_command(text, response_url=slack.fake.response_url("r"))


@pytest.mark.parametrize(
    ("name", "headers"),
    [
        ("unsigned", {"X-Slack-Request-Timestamp": "", "X-Slack-Signature": ""}),
        ("wrong signature", {"X-Slack-Signature": "v0=" + "0" * 64}),
        ("stale", {"stale": "1"}),
        ("malformed timestamp", {"X-Slack-Request-Timestamp": "abc"}),
        ("huge timestamp", {"X-Slack-Request-Timestamp": "9" * 40}),
    ],
)
async def test_bad_signatures_get_401_and_store_nothing(
    sqlite_slack: Slack, name: str, headers: dict[str, str]
) -> None:
    body = command_body(sqlite_slack)
    kwargs: dict[str, str] = {}
    if "stale" in headers:
        kwargs["timestamp"] = str(int(time.time()) - 301)
    elif "X-Slack-Request-Timestamp" in headers:
        kwargs["timestamp"] = headers["X-Slack-Request-Timestamp"]
    if "X-Slack-Signature" in headers:
        kwargs["signature"] = headers["X-Slack-Signature"]
    if name == "unsigned":
        response = await sqlite_slack.client.post(
            "/slack/events", data=body, headers={"Content-Type": FORM}
        )
        await response.read()
    else:
        response = await sqlite_slack.form(body, **kwargs)
    assert response.status == 401, name
    assert set((await stored(sqlite_slack)).values()) == {0}
    assert sqlite_slack.fake.calls == []


async def test_a_replay_is_refused_and_stored_once(sqlite_slack: Slack) -> None:
    body = command_body(sqlite_slack)
    stamp = str(int(time.time()))
    first = await sqlite_slack.form(body, timestamp=stamp)
    replay = await sqlite_slack.form(body, timestamp=stamp)
    assert (first.status, replay.status) == (200, 401)
    assert (await stored(sqlite_slack))["inbound_events"] == 1
    assert len(sqlite_slack.fake.to("response_url")) == 1


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"payload=%7Bnot-json", FORM),  # interactive form whose JSON is broken
        (b"payload=%5B1%2C2%5D", FORM),  # JSON, but not an object
        (b"\xff\xfe\x00garbage", FORM),  # raw body that is not UTF-8
        (b'{"type": "event_callback", "event": ', JSON),  # truncated JSON
        (b"[1, 2, 3]", JSON),  # JSON, but not an object
        (b"{}" * 10, JSON),
    ],
)
async def test_malformed_bodies_get_400_and_store_nothing(
    sqlite_slack: Slack, body: bytes, content_type: str
) -> None:
    response = await sqlite_slack.send(body, content_type)
    assert response.status == 400
    assert set((await stored(sqlite_slack)).values()) == {0}


async def test_a_2_mb_body_gets_413_and_stores_nothing(sqlite_slack: Slack) -> None:
    event = payloads.message("x" * (2 * 1024 * 1024))
    body = payloads.envelope(event)
    assert len(body) > 2 * 1024 * 1024
    response = await sqlite_slack.send(body, JSON)
    assert response.status == 413
    assert set((await stored(sqlite_slack)).values()) == {0}


async def test_a_valid_request_is_stored_so_the_counts_can_fail(sqlite_slack: Slack) -> None:
    """The control: the same path with a good signature does write (these tests can fail)."""
    await sqlite_slack.command("deal Acme")
    response = await sqlite_slack.command("we can give 5% off")
    assert response.status == 200
    counts = await stored(sqlite_slack)
    assert counts["inbound_events"] == 2 and counts["ledger_entries"] == 1


def test_json_bodies_here_are_what_they_claim() -> None:
    with pytest.raises(json.JSONDecodeError):
        json.loads(b'{"type": "event_callback", "event": ')
