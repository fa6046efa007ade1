"""Teams Activity JSON -> the engine's IncomingMessage: pure functions on plain dicts.

The boundary rules live here: the bot's own activities are dropped, its
``<at>`` mention is cut out of the text, Teams' HTML becomes the words a
person reads, and a card's submitted data becomes the command it carries.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from adapters.teams.cards import COMMAND_KEY, CONDITION_INPUT, PICK_KEY
from coaching.messages import IncomingMessage, Platform, Source, edit_ref
from coaching.router import ChannelFacts

DM_CONVERSATION = "teams-dm"  # personal chat, buttons and mentions share the rep's current deal
PERSONAL = "personal"
CHANNEL = "channel"
_AT = re.compile(r"<at[^>]*>(.*?)</at>", re.IGNORECASE | re.DOTALL)
_BREAK = re.compile(r"<br\s*/?>|</p>|</div>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
MAX_TEXT = 4000


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def tenant_of(activity: dict[str, Any]) -> str:
    conversation = _dict(activity.get("conversation"))
    tenant = _dict(_dict(activity.get("channelData")).get("tenant"))
    return str(conversation.get("tenantId") or tenant.get("id") or "")


def tenant_key(tenant: str) -> str:
    """The storage key of a Teams tenant (matches IncomingMessage.tenant_key)."""
    return f"{Platform.TEAMS.value}:{tenant}"


def conversation_type(activity: dict[str, Any]) -> str:
    """``personal``, ``channel`` or ``groupChat``."""
    return str(_dict(activity.get("conversation")).get("conversationType") or PERSONAL)


def bot_id(activity: dict[str, Any]) -> str:
    return str(_dict(activity.get("recipient")).get("id") or "")


def sender(activity: dict[str, Any]) -> tuple[str, str]:
    who = _dict(activity.get("from"))
    return str(who.get("id") or ""), str(who.get("name") or "")


def channel_and_thread(activity: dict[str, Any]) -> tuple[str, str]:
    """A channel message's channel id and its thread's root message id."""
    conversation_id = str(_dict(activity.get("conversation")).get("id") or "")
    base, _, rest = conversation_id.partition(";messageid=")
    channel = _dict(_dict(activity.get("channelData")).get("channel")).get("id") or base
    return str(channel), rest or str(activity.get("id") or "")


def message_link(activity: dict[str, Any]) -> str:
    """A deep link to a channel message, when the activity names the team's group id
    (``channelData.team.aadGroupId``); "" otherwise (no link rather than a broken one)."""
    data = _dict(activity.get("channelData"))
    group = str(_dict(data.get("team")).get("aadGroupId") or "")
    tenant = tenant_of(activity)
    message_id = str(activity.get("id") or "")
    if not (group and tenant and message_id) or conversation_type(activity) != CHANNEL:
        return ""
    channel, thread = channel_and_thread(activity)
    query = urlencode({"tenantId": tenant, "groupId": group, "parentMessageId": thread})
    return f"https://teams.microsoft.com/l/message/{quote(channel, safe='')}/{message_id}?{query}"


def channel_facts(activity: dict[str, Any]) -> ChannelFacts:
    """What the activity reliably tells about its channel: a shared channel
    (``channelData.channel.membershipType == "shared"``) counts as shared outside the
    company, since people of other tenants can be its members and the activity does not
    say whether any are. A standard or private channel (or no ``membershipType``, as in
    older payloads) is internal. Teams does not say who created a channel."""
    data = _dict(activity.get("channelData"))
    membership = str(_dict(data.get("channel")).get("membershipType") or "").casefold()
    return ChannelFacts(shared=membership == "shared")


def thread_conversation(channel: str, thread: str) -> str:
    """The conversation id that posts into a channel thread."""
    return f"{channel};messageid={thread}"


def mentions(activity: dict[str, Any]) -> tuple[str, ...]:
    found = []
    for entity in activity.get("entities") or []:
        if _dict(entity).get("type") == "mention":
            found.append(str(_dict(entity.get("mentioned")).get("id") or ""))
    return tuple(dict.fromkeys(m for m in found if m))


def plain_text(text: str, bot: str = "", entities: list[Any] | None = None) -> str:
    """Teams' message HTML as words; the bot's own mention is dropped, others become @Name."""
    for entity in entities or []:
        entity = _dict(entity)
        mentioned = _dict(entity.get("mentioned"))
        if entity.get("type") == "mention" and bot and mentioned.get("id") == bot:
            text = text.replace(str(entity.get("text") or "\0"), " ")
    text = _AT.sub(lambda m: "@" + m.group(1).strip(), text)
    text = _TAG.sub("", _BREAK.sub("\n", text))
    text = html.unescape(text).replace("\xa0", " ")
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)[:MAX_TEXT]


@dataclass(frozen=True, slots=True)
class TeamsMessage:
    """A human message the coach should read, with where it came from."""

    msg: IncomingMessage
    kind: str  # personal, channel or groupChat
    addressed: bool  # personal chat, or the bot was mentioned
    channel: str  # the channel id (channel messages), else the conversation id
    thread: str  # the thread's root message id (channel messages), else ""

    @property
    def personal(self) -> bool:
        return self.kind == PERSONAL


def read_message(activity: dict[str, Any]) -> TeamsMessage | None:
    """A ``message`` activity with text -> TeamsMessage, or None when it is not for us.
    A ``messageUpdate`` that edits a line said to the coach (``editMessage``) is that line
    read again (``IncomingMessage.edits``); other edits, undeletes and deletes are not."""
    edit = activity.get("type") == "messageUpdate"
    if edit and _dict(activity.get("channelData")).get("eventType") != "editMessage":
        return None
    if activity.get("type") != "message" and not edit:
        return None
    bot = bot_id(activity)
    user, name = sender(activity)
    if not user or user == bot or _dict(activity.get("from")).get("role") == "bot":
        return None
    raw = str(activity.get("text") or "")
    text = plain_text(raw, bot, activity.get("entities"))
    if not text:
        return None
    kind = conversation_type(activity)
    mentioned = mentions(activity)
    conversation_id = str(_dict(activity.get("conversation")).get("id") or "")
    channel, thread = conversation_id, ""
    if kind == PERSONAL:
        source, conversation = Source.DM, DM_CONVERSATION
    elif kind == CHANNEL:
        channel, thread = channel_and_thread(activity)
        in_thread = thread != str(activity.get("id") or "")
        source = Source.THREAD if in_thread else Source.CHANNEL
        conversation = DM_CONVERSATION if bot in mentioned else f"{channel}:{thread}"
    else:  # a group chat reads like a channel without threads
        source = Source.CHANNEL
        conversation = DM_CONVERSATION if bot in mentioned else conversation_id
    addressed = kind == PERSONAL or bot in mentioned
    if edit and not addressed:
        return None  # an edited channel line not said to the coach: nothing to re-read
    first_ref = f"teams:{conversation_id}/{activity.get('id') or ''}"
    edit_id = str(activity.get("timestamp") or activity.get("localTimestamp") or "")
    msg = IncomingMessage(
        platform=Platform.TEAMS,
        tenant=tenant_of(activity),
        user=user,
        conversation=conversation,
        text=text,
        source=source,
        mentions=mentioned,
        user_name=name,
        message_ref=edit_ref(first_ref, edit_id) if edit else first_ref,
        tz=time_zone(activity),
        edits=first_ref if edit else "",
    )
    return TeamsMessage(msg, kind, addressed, channel, thread)


def time_zone(activity: dict[str, Any]) -> str | None:
    """The sender's IANA zone, which Teams sends as ``localTimezone``, when it is a real one."""
    name = activity.get("localTimezone")
    if not isinstance(name, str) or not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


@dataclass(frozen=True, slots=True)
class Submitted:
    """What a pressed card button carries: the command, plus a decision's condition."""

    command: str
    condition: str = ""
    execute: bool = False  # Action.Execute (an invoke awaiting a response), else Action.Submit


def submitted(activity: dict[str, Any]) -> Submitted | None:
    """A card's Action.Submit (message with ``value``) or Action.Execute (invoke) -> Submitted."""
    if activity.get("type") == "invoke":
        if activity.get("name") != "adaptiveCard/action":
            return None
        action = _dict(_dict(activity.get("value")).get("action"))
        data, execute = _dict(action.get("data")), True
    elif activity.get("type") == "message":
        data, execute = _dict(activity.get("value")), False
    else:
        return None
    condition = str(data.get(CONDITION_INPUT) or "").strip()
    if isinstance(data.get(PICK_KEY), str):
        command = picked_command(data, time_zone(activity))
        return Submitted(command, execute=execute) if command else None
    command = data.get(COMMAND_KEY)
    if not isinstance(command, str) or not command.strip():
        return None
    return Submitted(command.strip(), condition, execute)


def picked_command(data: dict[str, Any], tz: str | None) -> str | None:
    """``call Acme 2026-11-24T14:00:00+00:00`` from a picker's date and time in the user's zone."""
    index = data.get("pick")
    if not isinstance(index, int) or isinstance(index, bool):
        return None
    try:
        day = date.fromisoformat(str(data.get(f"pick{index}_date") or ""))
        clock = time.fromisoformat(str(data.get(f"pick{index}_time") or ""))
    except ValueError:
        return None
    local = datetime.combine(day, clock, ZoneInfo(tz) if tz else UTC)
    return f"{data[PICK_KEY]} {local.astimezone(UTC).isoformat()}"


def action_message(activity: dict[str, Any], command: str) -> IncomingMessage:
    """A pressed coaching button -> the command it carries, as an ACTION message."""
    user, name = sender(activity)
    conversation_id = str(_dict(activity.get("conversation")).get("id") or "")
    return IncomingMessage(
        platform=Platform.TEAMS,
        tenant=tenant_of(activity),
        user=user,
        conversation=DM_CONVERSATION,
        text=command,
        source=Source.ACTION,
        user_name=name,
        message_ref=f"teams:{conversation_id}/action/{activity.get('id') or ''}",
        tz=time_zone(activity),
    )


def bot_added(activity: dict[str, Any]) -> bool:
    """A conversationUpdate that adds the bot itself (installed in a chat, team or personal)."""
    if activity.get("type") != "conversationUpdate":
        return False
    bot = bot_id(activity)
    added = activity.get("membersAdded") or []
    return any(_dict(m).get("id") == bot for m in added)
