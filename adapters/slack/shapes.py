"""What a verified Slack payload must look like before anything is stored or dispatched.

A signed request can still be malformed (a bug or a test on Slack's side, a proxy,
a replayed body edited before it was re-signed by someone holding the secret): it is
answered 400 with the reason and leaves no trace. A well-formed payload the coach does
not listen to (an event it is not subscribed to, a legacy attachment button, a workflow
step) is answered with a quiet 200 and not stored: a 404 would make Slack retry it
three times, and bolt's listener matching raises on some of those shapes.
"""

from __future__ import annotations

import re
from typing import Any

from adapters.json_depth import MAX_DEPTH, too_deep
from adapters.slack.blocks import ACTION_PREFIX, PICKER_PREFIX
from adapters.slack.manifest import SLASH_COMMAND
from adapters.slack.modals import CALLBACK_ID

HANDSHAKES = frozenset({"url_verification", "ssl_check"})
SHARING = frozenset({"channel_shared", "channel_unshared"})  # Slack Connect
EVENTS = frozenset(
    {
        "message",
        "app_mention",
        "app_home_opened",
        "app_uninstalled",
        "tokens_revoked",
        "member_joined_channel",
        *SHARING,
    }
)
_OUR_ACTION = re.compile(f"^(?:{ACTION_PREFIX}|{PICKER_PREFIX})\\d+$")
_MESSAGE_STRINGS = ("user", "channel", "ts", "text", "channel_type", "thread_ts", "subtype")


class Malformed(ValueError):
    """A verified payload whose shape the coach refuses (400)."""


def _object(value: Any, what: str, *, required: bool = True) -> dict[str, Any]:
    if value is None and not required:
        return {}
    if not isinstance(value, dict):
        raise Malformed(f"{what} must be an object")
    return value


def _id(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise Malformed(f"{what} must be a non-empty string")
    return value


def _optional_str(container: dict[str, Any], key: str, what: str) -> None:
    value = container.get(key)
    if value is not None and not isinstance(value, str):
        raise Malformed(f"{what}.{key} must be a string")


def _interaction(payload: dict[str, Any]) -> None:
    """Who and where of a button press or a form submission."""
    user = _object(payload.get("user"), "user")
    _id(user.get("id"), "user.id")
    _optional_str(user, "username", "user")
    _optional_str(user, "name", "user")
    _optional_str(user, "team_id", "user")
    team = _object(payload.get("team"), "team", required=False)  # null for org-wide apps
    if team:
        _optional_str(team, "id", "team")
    if not (team.get("id") or user.get("team_id")):
        raise Malformed("team.id must be a non-empty string")
    for key in ("channel", "container", "message"):
        _object(payload.get(key), key, required=False)
    for key in ("response_url", "trigger_id"):
        _optional_str(payload, key, "payload")


def _command(payload: dict[str, Any]) -> bool:
    if payload.get("command") != SLASH_COMMAND:
        return False
    _id(payload.get("user_id"), "user_id")
    _id(payload.get("team_id"), "team_id")
    return True


def _block_actions(payload: dict[str, Any]) -> bool:
    actions = payload.get("actions")
    if not isinstance(actions, list) or not actions:
        raise Malformed("actions must be a non-empty list")
    first = _object(actions[0], "actions[0]")
    action_id = first.get("action_id")
    if not isinstance(action_id, str):
        raise Malformed("actions[0].action_id must be a string")
    if not _OUR_ACTION.match(action_id):
        return False
    _optional_str(first, "value", "actions[0]")
    _optional_str(first, "block_id", "actions[0]")
    _interaction(payload)
    return True


def _view_submission(payload: dict[str, Any]) -> bool:
    view = _object(payload.get("view"), "view")
    if view.get("callback_id") != CALLBACK_ID:
        return False  # another app's form, or a workflow step's: not ours
    _optional_str(view, "private_metadata", "view")
    state = _object(view.get("state"), "view.state", required=False)
    values = _object(state.get("values"), "view.state.values", required=False)
    for block in values.values():
        for value in _object(block, "view.state.values block").values():
            _object(value, "view.state.values input")
    _interaction(payload)
    return True


def _event_callback(payload: dict[str, Any]) -> bool:
    event = _object(payload.get("event"), "event")
    if event.get("type") not in EVENTS:
        return False
    _id(payload.get("team_id"), "team_id")
    if event["type"] == "message":
        for key in _MESSAGE_STRINGS:
            _optional_str(event, key, "event")
    elif event["type"] == "app_home_opened":
        _optional_str(event, "user", "event")
        _optional_str(event, "tab", "event")
        _optional_str(event, "channel", "event")
    elif event["type"] in SHARING:
        _id(event.get("channel"), "event.channel")
    elif event["type"] == "member_joined_channel":
        _id(event.get("channel"), "event.channel")
        return _id(event.get("user"), "event.user") in _bot_users(payload)  # else: quiet
    elif event["type"] == "tokens_revoked":
        tokens = _object(event.get("tokens"), "event.tokens", required=False)
        for key in ("bot", "oauth"):
            if tokens.get(key) is not None and not isinstance(tokens[key], list):
                raise Malformed(f"event.tokens.{key} must be a list")
    return True


def _bot_users(payload: dict[str, Any]) -> set[str]:
    """The app's own bot user ids, from the envelope's ``authorizations``: someone else
    joining a channel is not the coach's business (it says hello only when it joins)."""
    found = payload.get("authorizations")
    if not isinstance(found, list):
        return set()
    return {
        str(a["user_id"])
        for a in found
        if isinstance(a, dict) and a.get("is_bot") and isinstance(a.get("user_id"), str)
    }


def handled(payload: dict[str, Any]) -> bool:
    """Whether the coach listens to this payload; raises :class:`Malformed` when it would
    but the payload's shape is wrong. Handshakes are bolt's and always pass."""
    if too_deep(payload):
        raise Malformed(f"nested deeper than {MAX_DEPTH} levels")
    kind = payload.get("type")
    if kind in HANDSHAKES or payload.get("ssl_check"):
        return True
    if "command" in payload:
        return _command(payload)
    if not isinstance(kind, str):
        raise Malformed("a payload needs a type")
    if kind == "block_actions":
        return _block_actions(payload)
    if kind == "view_submission":
        return _view_submission(payload)
    if kind == "event_callback":
        return _event_callback(payload)
    return False  # interactive_message, workflow_step_edit, shortcuts, app_rate_limited, ...
