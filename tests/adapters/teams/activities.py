"""Activity JSON as Teams sends it (shapes from recorded Teams traffic; ids made up)."""

from __future__ import annotations

import itertools
from typing import Any

TENANT = "72f988bf-0000-4000-8000-000000000001"
BOT = "28:coach-app-id"
REP = "29:1rep-dana"
MANAGER = "29:1mgr-maria"
OTHER = "29:1other-olga"
PERSONAL = "a:1personal-dana"
CHANNEL = "19:sales0001@thread.tacv2"
TEAM = "19:team0001@thread.tacv2"
DESK = "19:dealdesk01@thread.tacv2"
GROUP = "19:group0001@thread.v2"
_ids = itertools.count(1_700_000_000_001)
NAMES = {REP: "Dana Rep", MANAGER: "Maria Manager", OTHER: "Olga Other", BOT: "Concession Coach"}


def next_id() -> str:
    return str(next(_ids))


def _base(kind: str, service_url: str, user: str, conversation: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": kind,
        "id": next_id(),
        "timestamp": "2026-03-02T10:15:00.000Z",
        "localTimestamp": "2026-03-02T11:15:00.000+01:00",
        "localTimezone": "Europe/Berlin",
        "serviceUrl": service_url,
        "channelId": "msteams",
        "from": {"id": user, "name": NAMES.get(user, "Someone"), "aadObjectId": "aad-" + user},
        "conversation": {"tenantId": TENANT, **conversation},
        "recipient": {"id": BOT, "name": NAMES[BOT]},
        "locale": "en-US",
        "channelData": {"tenant": {"id": TENANT}},
    }


def personal(text: str, service_url: str, *, user: str = REP, **extra: Any) -> dict[str, Any]:
    conversation = {"conversationType": "personal", "id": PERSONAL if user == REP else "a:" + user}
    activity = _base("message", service_url, user, conversation)
    activity.update(text=text, textFormat="plain", **extra)
    return activity


def mention(user: str) -> tuple[str, dict[str, Any]]:
    tag = f"<at>{NAMES[user]}</at>"
    return tag, {"type": "mention", "text": tag, "mentioned": {"id": user, "name": NAMES[user]}}


def channel(
    text: str,
    service_url: str,
    *,
    user: str = REP,
    mentioned: tuple[str, ...] = (),
    thread: str | None = None,
    channel_id: str = CHANNEL,
) -> dict[str, Any]:
    """A channel post (a new thread unless ``thread`` names the root message)."""
    activity_id = next_id()
    root = thread or activity_id
    conversation = {
        "isGroup": True,
        "conversationType": "channel",
        "id": f"{channel_id};messageid={root}",
    }
    activity = _base("message", service_url, user, conversation)
    activity["id"] = activity_id
    tags = [mention(m) for m in mentioned]
    activity.update(
        text="<p>" + " ".join(t for t, _ in tags) + " " + text + "</p>",
        textFormat="xml" if tags else "plain",
        entities=[e for _, e in tags],
    )
    activity["channelData"].update(
        teamsChannelId=channel_id,
        teamsTeamId=TEAM,
        channel={"id": channel_id},
        team={"id": TEAM},
    )
    return activity


def group_chat(text: str, service_url: str, *, mentioned: tuple[str, ...] = ()) -> dict[str, Any]:
    conversation = {"isGroup": True, "conversationType": "groupChat", "id": GROUP}
    activity = _base("message", service_url, REP, conversation)
    tags = [mention(m) for m in mentioned]
    activity.update(text=" ".join(t for t, _ in tags) + " " + text, entities=[e for _, e in tags])
    return activity


def card_submit(
    data: dict[str, Any], service_url: str, *, user: str = REP, reply_to: str = "sent-1"
) -> dict[str, Any]:
    """Action.Submit: a message with no text whose ``value`` is the action's data + inputs."""
    conversation = {"conversationType": "personal", "id": PERSONAL if user == REP else "a:" + user}
    activity = _base("message", service_url, user, conversation)
    activity.update(value=data, replyToId=reply_to)
    activity["channelData"]["postBack"] = True
    return activity


def execute(
    data: dict[str, Any], service_url: str, *, user: str = MANAGER, conversation: str = ""
) -> dict[str, Any]:
    """Action.Execute: an ``adaptiveCard/action`` invoke awaiting its response."""
    conv = {"conversationType": "personal", "id": conversation or "a:dm-" + user}
    activity = _base("invoke", service_url, user, conv)
    activity.update(
        name="adaptiveCard/action",
        value={"action": {"type": "Action.Execute", "verb": "coach", "data": data}},
        replyToId="sent-9",
    )
    return activity


def bot_installed(service_url: str, *, scope: str = "personal") -> dict[str, Any]:
    """conversationUpdate adding the bot (Teams sends it when the app is installed)."""
    conv = {"conversationType": scope, "id": PERSONAL if scope == "personal" else CHANNEL}
    activity = _base("conversationUpdate", service_url, REP, conv)
    activity["membersAdded"] = [{"id": BOT}]
    if scope == "channel":
        activity["channelData"].update(eventType="teamMemberAdded", team={"id": TEAM})
    return activity


def installation_update(service_url: str, action: str = "add") -> dict[str, Any]:
    activity = _base(
        "installationUpdate", service_url, REP, {"conversationType": "personal", "id": PERSONAL}
    )
    activity["action"] = action
    return activity
