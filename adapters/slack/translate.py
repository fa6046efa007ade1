"""Slack payloads -> IncomingMessage: pure functions, one per kind of payload.

The boundary rules live here: bot messages, the app's own messages and every
subtype but a file's text are dropped before the engine sees anything; a line said
to the coach that its author edits is read again (``IncomingMessage.edits``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from coaching.messages import IncomingMessage, Platform, Source, edit_ref

READ_SUBTYPES = (None, "file_share")  # a plain line, or the text that came with a file
DM_CONVERSATION = "slack-dm"  # DMs, /concession and buttons share the rep's current deal

# Markup spans never contain "<" or ">", so no pattern can run past the next one: linear.
_USER = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^<>]*)?>")
_CHANNEL = re.compile(r"<#([CG][A-Z0-9]+)(?:\|([^<>]*))?>")
_SPECIAL = re.compile(r"<!([a-z]+)(?:\^[^<>|]*)?(?:\|([^<>]*))?>")
_LINK = re.compile(r"<([^<>|]+)(?:\|([^<>]*))?>")
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))


def slack_to_plain(text: str) -> str:
    """Slack's message markup as the words a person reads (what the reader is given).

    ``<@U123|maria>`` -> ``@U123``, ``<#C1|deals>`` -> ``#deals``, ``<!here>`` -> ``@here``,
    ``<!subteam^S1|@sales>`` -> ``@sales``, ``<https://x|label>`` -> ``label``, and the three
    entities Slack escapes. Pure and linear in the text.
    """
    if "<" in text:
        text = _USER.sub(lambda m: f"@{m.group(1)}", text)
        text = _CHANNEL.sub(lambda m: f"#{m.group(2) or m.group(1)}", text)
        text = _SPECIAL.sub(lambda m: "@" + (m.group(2) or m.group(1)).lstrip("@"), text)
        text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    if "&" in text:
        for entity, char in _ENTITIES:
            text = text.replace(entity, char)
    return text


plain_text = slack_to_plain  # the name the Slack adapter's callers know


def mentions(text: str) -> tuple[str, ...]:
    """User ids mentioned in Slack markup, in order, without repeats."""
    return tuple(dict.fromkeys(_USER.findall(text)))


@dataclass(frozen=True, slots=True)
class MessageEvent:
    """A human message the coach should read: in a DM, or in a channel it was invited to."""

    msg: IncomingMessage
    channel: str
    ts: str
    thread: str  # the thread's root ts (the message's own ts when it starts one)
    in_thread: bool
    ext_shared: bool = False  # the envelope's ``is_ext_shared_channel``: a Slack Connect channel
    addressed: bool = False  # a DM, or a channel message that mentions the coach

    @property
    def is_dm(self) -> bool:
        return self.msg.source is Source.DM


def read_message_event(body: dict[str, Any], bot_user: str | None) -> MessageEvent | None:
    """An Events API ``message`` envelope -> MessageEvent, or None when it is not for us."""
    event = body.get("event") or {}
    if event.get("type") != "message":
        return None
    edited = _edited(event)
    if edited is not None:
        event = edited
    elif event.get("subtype") not in READ_SUBTYPES:
        return None
    if event.get("bot_id") or event.get("bot_profile") or event.get("app_id"):
        return None
    user, channel, ts = event.get("user"), event.get("channel"), event.get("ts")
    if not user or not channel or not ts or user == bot_user:
        return None
    kind = event.get("channel_type")
    if kind not in ("im", "channel", "group"):
        return None
    raw = event.get("text") or ""
    thread_ts = event.get("thread_ts")
    in_thread = bool(thread_ts) and thread_ts != ts
    named = mentions(raw)
    addressed = kind == "im" or (bool(bot_user) and bot_user in named)
    if kind == "im":
        source, conversation = Source.DM, DM_CONVERSATION
    else:  # a line said to the coach in a channel shares the rep's current deal, as a DM
        source = Source.THREAD if in_thread else Source.CHANNEL
        conversation = DM_CONVERSATION if addressed else f"{channel}:{thread_ts or ts}"
    if addressed and bot_user:
        raw = _without_user(raw, bot_user)
    first_ref = f"slack:{channel}/{ts}"
    if edited is not None and not addressed:
        return None  # an edited channel line not said to the coach: nothing to re-read
    msg = IncomingMessage(
        platform=Platform.SLACK,
        tenant=str(body.get("team_id") or ""),
        user=user,
        conversation=conversation,
        text=slack_to_plain(raw),
        source=source,
        mentions=named,
        message_ref=edit_ref(first_ref, edited["edit_ts"]) if edited else first_ref,
        edits=first_ref if edited else "",
    )
    ext_shared = bool(body.get("is_ext_shared_channel"))
    return MessageEvent(msg, channel, ts, thread_ts or ts, in_thread, ext_shared, addressed)


def _edited(event: dict[str, Any]) -> dict[str, Any] | None:
    """A ``message_changed`` whose text a person edited -> the message as it reads now
    (with ``channel``, ``channel_type`` and ``edit_ts``); None for any other event (an
    unfurl or an attachment added also arrives as ``message_changed``, without ``edited``)."""
    if event.get("subtype") != "message_changed":
        return None
    now, before = event.get("message"), event.get("previous_message")
    if not isinstance(now, dict) or not isinstance(now.get("edited"), dict):
        return None
    if not all(isinstance(now.get(key), str) for key in ("user", "ts", "text")):
        return None
    if not all(isinstance(now.get(key), str | None) for key in ("thread_ts", "subtype")):
        return None
    if isinstance(before, dict) and before.get("text") == now.get("text"):
        return None
    if now.get("subtype") not in READ_SUBTYPES:
        return None
    return {
        **now,
        "channel": event.get("channel"),
        "channel_type": event.get("channel_type"),
        "edit_ts": str(now["edited"].get("ts") or event.get("event_ts") or ""),
    }


def _without_user(raw: str, user: str) -> str:
    """The line without its mentions of ``user`` (the coach): "<@UBOT> ledger" -> "ledger";
    its other spaces and line breaks stay as written."""
    return (
        _USER.sub(lambda m: m.group(0) if m.group(1) != user else "", raw)
        .replace("  ", " ")
        .strip()
    )


def command_message(body: dict[str, Any]) -> IncomingMessage:
    """A ``/concession`` slash command (form fields) -> IncomingMessage."""
    return IncomingMessage(
        platform=Platform.SLACK,
        tenant=str(body.get("team_id") or ""),
        user=str(body.get("user_id") or ""),
        conversation=DM_CONVERSATION,
        text=slack_to_plain(str(body.get("text") or "")),
        source=Source.SLASH_COMMAND,
        mentions=mentions(str(body.get("text") or "")),  # with escaping on: ``<@U1|name>``
        user_name=str(body.get("user_name") or ""),
        # trigger_id is one per invocation and kept across Slack's retries: a redelivered
        # command is recognised and not written to the ledger twice.
        message_ref=f"slack:{body.get('channel_id', '')}/command/{body.get('trigger_id', '')}",
    )


def action_message(body: dict[str, Any], command: str) -> IncomingMessage:
    """A pressed suggested-action button -> the command it carries, as an ACTION message."""
    user = body.get("user") or {}
    return IncomingMessage(
        platform=Platform.SLACK,
        tenant=team_of(body),
        user=str(user.get("id") or ""),
        conversation=DM_CONVERSATION,
        text=command,
        source=Source.ACTION,
        user_name=str(user.get("username") or user.get("name") or ""),
        message_ref=f"slack:{channel_of(body)}/action/{body.get('trigger_id', '')}",
    )


def team_of(body: dict[str, Any]) -> str:
    """The workspace a payload belongs to, whichever payload shape it is."""
    team = body.get("team")
    if isinstance(team, dict) and team.get("id"):
        return str(team["id"])
    return str(body.get("team_id") or (body.get("user") or {}).get("team_id") or "")


def channel_of(body: dict[str, Any]) -> str:
    channel = body.get("channel")
    if isinstance(channel, dict):
        return str(channel.get("id") or "")
    return str(body.get("channel_id") or (body.get("container") or {}).get("channel_id") or "")


def tenant_key(team: str) -> str:
    """The storage key of a workspace (matches IncomingMessage.tenant_key)."""
    return f"{Platform.SLACK.value}:{team}"
