"""Reminders as Slack DMs: open the DM with conversations.open, then chat.postMessage;
an escalated approval goes to the deal desk channel with chat.postMessage alone.

The scheduler calls this outside any request, so the client comes from the
workspace's installation (OAuth) or the single bot token. Slack failures
become DeliveryError; the scheduler retries those with backoff.
"""

from __future__ import annotations

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.blocks import render_reply
from adapters.slack.client import web_client
from adapters.slack.runtime import SlackRuntime
from coaching.messages import Reply
from coaching.notify import DeliveryError


class SlackNotifier:
    def __init__(self, runtime: SlackRuntime) -> None:
        self._runtime = runtime

    async def send(self, tenant: str, user_id: str, reply: Reply) -> None:
        """``tenant`` is the store's key ("slack:T123")."""
        await self._post(tenant, reply, user=user_id)

    async def send_to_channel(
        self, tenant: str, channel: str, reply: Reply, *, via: str = ""
    ) -> None:
        """A channel the app is a member of (the deal desk); ``via`` is not needed."""
        await self._post(tenant, reply, channel=channel)

    async def shared_outside(self, tenant: str, channel: str) -> bool:
        """Slack Connect, from conversations.info (the coach's own cache of it)."""
        team = tenant.partition(":")[2]
        client = await self._client(team)
        return (await self._runtime.coaching.channels.facts(client, team, channel)).shared

    async def _post(self, tenant: str, reply: Reply, *, user: str = "", channel: str = "") -> None:
        team = tenant.partition(":")[2]
        try:
            client = await self._client(team)
            if user:
                opened = await client.conversations_open(users=user)
                channel = (opened.get("channel") or {}).get("id") or user
            await client.chat_postMessage(channel=channel, **render_reply(reply).payload())
        except SlackApiError as exc:
            raise DeliveryError(f"slack: {exc.response.get('error', 'error')}") from exc
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise DeliveryError(f"slack unreachable: {exc}") from exc

    async def _client(self, team: str) -> AsyncWebClient:
        installations = self._runtime.installations
        if installations is None:
            return self._runtime.client
        bot = await installations.store.async_find_bot(enterprise_id=None, team_id=team)
        if bot is None or not bot.bot_token:
            raise DeliveryError(f"slack: no installation for workspace {team}")
        return web_client(self._runtime.config.api_url, bot.bot_token, self._runtime.http)
