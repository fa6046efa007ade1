"""The coaching conversation on Slack: /concession, messages and buttons -> the router.

What to answer, and to whom, is the router's (``coaching/router.py``); this module
turns each addressed reply into the Slack call that delivers it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.channels import Channels
from adapters.slack.outbox import post, post_private, respond_reply
from adapters.slack.translate import MessageEvent, action_message, channel_of, command_message
from adapters.slack.users import Directory
from coaching.messages import IncomingMessage, Reply
from coaching.router import Addressed, ChannelFacts, Facts, Router, Target, Where

log = logging.getLogger("concession_coach.slack")
INTRODUCTION = "introduction"  # the template of the coach's hello
Stamp = Callable[[AsyncWebClient, IncomingMessage], Awaitable[IncomingMessage]]
Answer = Callable[[Addressed], Awaitable[None]]
MAX_NAMED = 3  # people named in a message to the coach who get looked up (users.info)


async def permalink(client: AsyncWebClient, channel: str, ts: str) -> str:
    """The message's link (chat.getPermalink) for an approver's card; "" when Slack
    cannot give it: the card is sent without the link rather than not at all."""
    try:
        found = await client.chat_getPermalink(channel=channel, message_ts=ts)
    except (SlackApiError, TimeoutError, aiohttp.ClientError) as exc:
        log.warning("no permalink for an alert's message: %r", exc)
        return ""
    return str(found.get("permalink") or "")


class CoachJobs:
    def __init__(self, router: Router, directory: Directory, stamp: Stamp | None = None) -> None:
        self._router = router
        self._directory = directory
        self._stamp = stamp  # adds what the engine needs from Slack (the user's time zone)
        self.channels = Channels()  # shared outside the company? who created it?

    async def _route(
        self, client: AsyncWebClient, msg: IncomingMessage, where: Where, **how: Any
    ) -> list[Addressed]:
        if self._stamp is not None:
            msg = await self._stamp(client, msg)
        for named in msg.mentions[:MAX_NAMED]:  # the answer may name them (`delegate @x`)
            await self._directory.ensure(client, msg.tenant, named)
        return await self._router.route(msg, where, **how)

    def _facts(self, client: AsyncWebClient, team: str, channel: str) -> Facts:
        """The channel's facts, asked of Slack only when needed; its creator gets a name."""

        async def facts() -> ChannelFacts:
            found = await self.channels.facts(client, team, channel)
            if found.creator:
                await self._directory.ensure(client, team, found.creator)
            return found

        return facts

    def _desk_facts(self, client: AsyncWebClient, team: str) -> Facts | None:
        """The deal desk channel's facts (asked only when an alert goes there)."""
        desk = self._router.deal_desk
        if desk is None:
            return None

        async def facts() -> ChannelFacts:
            return await self.channels.facts(client, team, desk)

        return facts

    async def command(self, client: AsyncWebClient, body: dict[str, Any]) -> None:
        """Acked already; the answer goes to the ephemeral ``response_url``."""
        await self.respond(body, await self.answer(client, body))

    async def answer(self, client: AsyncWebClient, body: dict[str, Any]) -> list[Addressed]:
        """The replies to a slash command, for its ack or its ``response_url``."""
        channel = str(body.get("channel_id") or "")
        in_dm = channel.startswith("D") or body.get("channel_name") == "directmessage"
        where = Where() if in_dm else Where(channel)
        msg = command_message(body)
        return await self._route(client, msg, where, facts=self._facts(client, msg.tenant, channel))

    async def respond(self, body: dict[str, Any], replies: list[Addressed]) -> None:
        """A slash command's replies to its ephemeral ``response_url``."""
        url = str(body.get("response_url") or "")
        for addressed in replies:
            await respond_reply(url, addressed.reply)

    async def message(
        self, client: AsyncWebClient, event: MessageEvent, bot_user: str | None
    ) -> None:
        """A DM is coached; a channel message is answered when it raises an alert or
        mentions the coach (then privately, with a neutral note in the thread)."""
        if event.is_dm:
            thread = event.thread if event.in_thread else None
            for addressed in await self._route(client, event.msg, Where()):
                await post(client, event.channel, addressed.reply, thread_ts=thread)
            return

        async def meet(users: Sequence[str]) -> None:
            for user in users:
                await self._directory.ensure(client, event.msg.tenant, user)

        where = Where(event.channel, event.thread)
        facts: Facts = self._facts(client, event.msg.tenant, event.channel)
        if event.ext_shared:  # the envelope says so already: no need to ask

            async def facts() -> ChannelFacts:
                return ChannelFacts(shared=True)

        async def link() -> str:
            return await permalink(client, event.channel, event.ts)

        replies = await self._router.route(
            event.msg,
            where,
            bot_user=bot_user,
            addressed=event.addressed,
            meet=meet,
            facts=facts,
            link=link,
            desk_facts=self._desk_facts(client, event.msg.tenant),
        )
        active = event.in_thread  # an ephemeral shows in a thread only once it is active
        for addressed in replies:
            if addressed.target is Target.THREAD:  # neutral words only
                await post(client, event.channel, addressed.reply, thread_ts=event.thread)
                active = True
            elif addressed.target in (Target.PRIVATE, Target.ANSWER):  # the sender only
                thread = event.thread if active else None
                user = addressed.to or event.msg.user
                await post_private(client, event.channel, user, addressed.reply, thread)
            elif addressed.to:  # the approver (a user id opens the DM) or the deal desk
                await post(client, addressed.to, addressed.reply)

    async def action(self, client: AsyncWebClient, body: dict[str, Any], command: str) -> None:
        """A suggested action's command goes through the router as the user's next message."""
        container = body.get("container") or {}
        url = str(body.get("response_url") or "")
        message = body.get("message") or {}
        channel = channel_of(body) or str((body.get("user") or {}).get("id") or "")
        for addressed in await self._route(client, action_message(body, command), Where()):
            if container.get("is_ephemeral") and url and await respond_reply(url, addressed.reply):
                continue
            await post(client, channel, addressed.reply, thread_ts=message.get("thread_ts"))

    async def joined(self, client: AsyncWebClient, body: dict[str, Any], bot_user: str) -> None:
        """member_joined_channel of the coach itself: a short hello in the channel."""
        event = body.get("event") or {}
        channel = str(event.get("channel") or "")
        if event.get("user") == bot_user and channel:
            await post(client, channel, self._introduction(in_channel=True))

    async def messages_tab(self, client: AsyncWebClient, body: dict[str, Any]) -> None:
        """app_home_opened on the Messages tab: a short hello when the DM is still empty
        (Slack sends the event on every opening; the history says whether it is the first)."""
        event = body.get("event") or {}
        channel = str(event.get("channel") or "")
        if event.get("tab") != "messages" or not channel or not event.get("user"):
            return
        try:
            history = await client.conversations_history(channel=channel, limit=1)
        except SlackApiError as exc:  # no im:history (an older install): no hello, no retry
            log.info("no hello on the Messages tab: %s", exc.response.get("error", "error"))
            return
        if not history.get("messages"):
            await post(client, channel, self._introduction(in_channel=False))

    def _introduction(self, *, in_channel: bool) -> Reply:
        text = self._router.desk.renderer.render(INTRODUCTION, in_channel=in_channel)
        return Reply(kind=INTRODUCTION, sections=[text])
