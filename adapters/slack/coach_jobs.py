"""The coaching conversation: /concession, DMs and suggested-action buttons -> the engine."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.outbox import post, respond_reply
from adapters.slack.translate import MessageEvent, action_message, channel_of, command_message
from coaching.alerts import AlertDesk
from coaching.commands import parse_command
from coaching.messages import IncomingMessage, Reply

Handle = Callable[[IncomingMessage], Awaitable[Reply]]
Stamp = Callable[[AsyncWebClient, IncomingMessage], Awaitable[IncomingMessage]]


class CoachJobs:
    def __init__(self, handle: Handle, desk: AlertDesk, stamp: Stamp | None = None) -> None:
        self._handle = handle
        self._desk = desk
        self._stamp = stamp  # adds what the engine needs from Slack (the user's time zone)

    async def _coach(self, client: AsyncWebClient, msg: IncomingMessage) -> Reply:
        return await self._handle(await self._stamp(client, msg) if self._stamp else msg)

    async def command(self, client: AsyncWebClient, body: dict[str, Any]) -> None:
        """Acked already; the reply goes to the ephemeral ``response_url``."""
        msg = command_message(body)
        reply = await self._toggle_alerts(msg, body) or await self._coach(client, msg)
        await respond_reply(str(body.get("response_url") or ""), reply)

    async def _toggle_alerts(self, msg: IncomingMessage, body: dict[str, Any]) -> Reply | None:
        """``/concession alerts on|off`` switches the channel it is typed in (not a DM)."""
        command = parse_command(msg.text)
        channel = str(body.get("channel_id") or "")
        in_dm = channel.startswith("D") or body.get("channel_name") == "directmessage"
        if command.name != "alerts" or not channel or in_dm:
            return None
        return await self._desk.toggle(msg.tenant_key, channel, command.arg)

    async def direct_message(self, client: AsyncWebClient, event: MessageEvent) -> None:
        reply = await self._coach(client, event.msg)
        await post(
            client, event.channel, reply, thread_ts=event.thread if event.in_thread else None
        )

    async def action(self, client: AsyncWebClient, body: dict[str, Any], command: str) -> None:
        """A suggested action's command goes through the engine as the user's next message."""
        reply = await self._coach(client, action_message(body, command))
        container = body.get("container") or {}
        url = str(body.get("response_url") or "")
        if container.get("is_ephemeral") and url and await respond_reply(url, reply):
            return
        message = body.get("message") or {}
        channel = channel_of(body) or str((body.get("user") or {}).get("id") or "")
        await post(client, channel, reply, thread_ts=message.get("thread_ts"))
