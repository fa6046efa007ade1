"""Request bodies shaped like Slack's documented payloads (slash command, Events API,
block_actions, view_submission), with made-up ids and no real tokens."""

from __future__ import annotations

import itertools
import json
from typing import Any
from urllib.parse import urlencode

TEAM = "T1"
APP = "A1"
REP = "U0REP"
MANAGER = "U0MGR"
DM = "D0REP"
CHANNEL = "C0SALES"
_ids = itertools.count(1)


def next_id(prefix: str) -> str:
    return f"{prefix}{next(_ids):06d}"


def slash_command(
    text: str,
    *,
    response_url: str,
    user: str = REP,
    channel: str = DM,
    channel_name: str = "directmessage",
    team: str = TEAM,
) -> bytes:
    return urlencode(
        {
            "token": "verification-token-unused",
            "team_id": team,
            "team_domain": "acme",
            "channel_id": channel,
            "channel_name": channel_name,
            "user_id": user,
            "user_name": user.lower(),
            "command": "/concession",
            "text": text,
            "api_app_id": APP,
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": next_id("13345224609.738474920.") + "8d2f",
        }
    ).encode()


def envelope(event: dict[str, Any], *, event_id: str | None = None, team: str = TEAM) -> bytes:
    return json.dumps(
        {
            "token": "verification-token-unused",
            "team_id": team,
            "api_app_id": APP,
            "event": event,
            "type": "event_callback",
            "event_id": event_id or next_id("Ev"),
            "event_time": 1700000000,
            "authorizations": [
                {"enterprise_id": None, "team_id": team, "user_id": "UBOT", "is_bot": True}
            ],
            "is_ext_shared_channel": False,
        }
    ).encode()


def message(
    text: str,
    *,
    user: str = REP,
    channel: str = DM,
    channel_type: str = "im",
    ts: str | None = None,
    thread_ts: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": "message",
        "channel": channel,
        "user": user,
        "text": text,
        "ts": ts or f"1700001{next(_ids):03d}.000100",
        "channel_type": channel_type,
        **extra,
    }
    event["event_ts"] = event["ts"]
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def block_actions(
    value: str,
    *,
    response_url: str,
    user: str = REP,
    channel: str | None = DM,
    ephemeral: bool = False,
    team: str = TEAM,
    action_id: str = "coach_action_0",
    message_ts: str = "1700000001.000100",
    picked: tuple[str, int] | None = None,
) -> bytes:
    """A button press; with ``picked=(block_id, unix time)`` a date-time picker's choice."""
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": {"id": user, "username": user.lower(), "name": user.lower(), "team_id": team},
        "api_app_id": APP,
        "token": "verification-token-unused",
        "container": {
            "type": "message",
            "message_ts": message_ts,
            "channel_id": channel,
            "is_ephemeral": ephemeral,
        },
        "trigger_id": next_id("13345224609.738474920.") + "aa11",
        "team": {"id": team, "domain": "acme"},
        "is_enterprise_install": False,
        "response_url": response_url,
        "actions": [
            {
                "action_id": action_id,
                "block_id": "b1",
                "text": {"type": "plain_text", "text": "Press", "emoji": True},
                "value": value,
                "type": "button",
                "action_ts": "1700000002.000001",
            }
        ],
    }
    if picked is not None:
        block_id, chosen = picked
        payload["actions"] = [
            {
                "action_id": action_id,
                "block_id": block_id,
                "type": "datetimepicker",
                "selected_date_time": chosen,
                "action_ts": "1700000002.000001",
            }
        ]
    if channel:
        payload["channel"] = {"id": channel, "name": "directmessage"}
        payload["message"] = {"type": "message", "ts": message_ts, "text": "", "user": "UBOT"}
    return urlencode({"payload": json.dumps(payload)}).encode()


def view_submission(
    private_metadata: str, condition: str, *, user: str = MANAGER, team: str = TEAM
) -> bytes:
    payload = {
        "type": "view_submission",
        "team": {"id": team, "domain": "acme"},
        "user": {"id": user, "username": user.lower(), "name": user.lower(), "team_id": team},
        "api_app_id": APP,
        "token": "verification-token-unused",
        "trigger_id": next_id("13345224609.738474920.") + "bb22",
        "view": {
            "id": "V1",
            "team_id": team,
            "type": "modal",
            "callback_id": "alert_decision",
            "private_metadata": private_metadata,
            "state": {
                "values": {
                    "condition": {
                        "condition_input": {"type": "plain_text_input", "value": condition}
                    }
                }
            },
            "hash": "1700000000.abcdef",
            "app_id": APP,
        },
        "response_urls": [],
        "is_enterprise_install": False,
    }
    return urlencode({"payload": json.dumps(payload)}).encode()
