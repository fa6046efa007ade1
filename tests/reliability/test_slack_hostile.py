"""Hostile requests to /slack/events: each is refused with the right 4xx and leaves no row."""

from __future__ import annotations

import json
import logging
import time
from urllib.parse import parse_qs, urlencode

import pytest

from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack
from tests.reliability.conftest import count_rows

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


def interactive(payload: dict[str, object]) -> bytes:
    return urlencode({"payload": json.dumps(payload)}).encode()


def nested(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


def block_actions(**changes: object) -> dict[str, object]:
    body = json.loads(
        parse_qs(payloads.block_actions("deals", response_url="https://x.invalid/r").decode())[
            "payload"
        ][0]
    )
    return {**body, **changes}


def command_without(field: str) -> bytes:
    fields = parse_qs(payloads.slash_command("deals", response_url="https://x.invalid/r").decode())
    return urlencode({k: v[0] for k, v in fields.items() if k != field}).encode()


@pytest.mark.parametrize(
    ("name", "body", "content_type"),
    [
        ("nested JSON body", nested(100_000).encode(), JSON),
        ("nested JSON body the parser takes", nested(500).encode(), JSON),
        ("nested payload=", urlencode({"payload": nested(50_000)}).encode(), FORM),
        (
            "nested event",
            payloads.envelope({"type": "message", "x": json.loads(nested(200))}),
            JSON,
        ),
        ("no actions", interactive(block_actions(actions=[])), FORM),
        ("actions not a list", interactive(block_actions(actions="coach_action_0")), FORM),
        ("user as a string", interactive(block_actions(user=payloads.REP)), FORM),
        ("user without id", interactive(block_actions(user={"name": "x"})), FORM),
        ("event not an object", payloads.envelope("message"), JSON),  # type: ignore[arg-type]
        (
            "message text not a string",
            payloads.envelope({**payloads.message("x"), "text": {}}),
            JSON,
        ),
        ("command without user_id", command_without("user_id"), FORM),
        ("command without team_id", command_without("team_id"), FORM),
    ],
)
async def test_signed_payloads_of_the_wrong_shape_get_400_and_store_nothing(
    sqlite_slack: Slack, name: str, body: bytes, content_type: str
) -> None:
    response = await sqlite_slack.send(body, content_type)
    assert response.status == 400, name
    assert "malformed" in await response.text()
    assert set((await stored(sqlite_slack)).values()) == {0}
    assert sqlite_slack.fake.calls == []


QUIET_EVENTS = [
    {"type": "reaction_added", "user": "U1", "reaction": "tada", "item": {"type": "message"}},
    {"type": "member_joined_channel", "user": "U1", "channel": "C1"},
    {"type": "channel_created", "channel": {"id": "C2", "name": "new"}},
    {"type": "team_join", "user": {"id": "U9"}},
    {"type": "file_shared", "file_id": "F1", "user_id": "U1"},
    {"type": "user_change", "user": {"id": "U1"}},
    {"type": "something_slack_adds_next_year"},
]


@pytest.mark.parametrize(
    ("name", "body", "content_type"),
    [
        *((f"event {event['type']}", payloads.envelope(event), JSON) for event in QUIET_EVENTS),
        (
            "app_rate_limited",
            json.dumps(
                {"type": "app_rate_limited", "team_id": "T1", "minute_rate_limited": 1518467820}
            ).encode(),
            JSON,
        ),
        (
            "interactive_message without actions",
            interactive(
                {
                    "type": "interactive_message",
                    "callback_id": "legacy",
                    "user": {"id": "U1"},
                    "team": {"id": "T1"},
                    "trigger_id": "1.2.3",
                }
            ),
            FORM,
        ),
        (
            "workflow_step_edit",
            interactive(
                {
                    "type": "workflow_step_edit",
                    "callback_id": "step",
                    "user": {"id": "U1"},
                    "team": {"id": "T1"},
                    "trigger_id": "1.2.4",
                    "workflow_step": {},
                }
            ),
            FORM,
        ),
        (
            "workflow view_submission without workflow_step",
            interactive(
                {
                    "type": "view_submission",
                    "user": {"id": "U1"},
                    "team": {"id": "T1"},
                    "view": {"id": "V1", "type": "workflow_step", "callback_id": "step"},
                }
            ),
            FORM,
        ),
        (
            "a button of another app",
            interactive(block_actions(actions=[{"action_id": "someone_elses", "value": "x"}])),
            FORM,
        ),
        (
            "message_action",
            interactive(
                {
                    "type": "message_action",
                    "callback_id": "x",
                    "user": {"id": "U1"},
                    "team": {"id": "T1"},
                }
            ),
            FORM,
        ),
        (
            "another slash command",
            payloads.slash_command("x", response_url="https://x.invalid/r").replace(
                b"%2Fconcession", b"%2Fother"
            ),
            FORM,
        ),
    ],
)
async def test_shapes_the_coach_does_not_handle_get_a_quiet_200(
    sqlite_slack: Slack,
    name: str,
    body: bytes,
    content_type: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    response = await sqlite_slack.send(body, content_type)
    assert response.status == 200, name
    assert set((await stored(sqlite_slack)).values()) == {0}
    assert sqlite_slack.fake.calls == []
    logged = [r for r in caplog.records if r.name != "aiohttp.access"]
    assert [r.getMessage() for r in logged if r.levelno >= logging.INFO] == []
