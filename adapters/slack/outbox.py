"""Posting replies back to Slack: a channel or DM, a thread, or a ``response_url``."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.blocks import render_reply
from adapters.slack.client import respond
from adapters.slack.translate import channel_of
from coaching.messages import Reply

log = logging.getLogger("concession_coach.slack")


async def post(
    client: AsyncWebClient, channel: str, reply: Reply, *, thread_ts: str | None = None
) -> None:
    """chat.postMessage; a user id as ``channel`` lands in the app's DM with that user."""
    message = render_reply(reply)
    extra: dict[str, Any] = {"thread_ts": thread_ts} if thread_ts else {}
    await client.chat_postMessage(channel=channel, **message.payload(**extra))


async def post_private(
    client: AsyncWebClient, channel: str, user: str, reply: Reply, thread_ts: str | None
) -> None:
    """To ``user`` only: an ephemeral message in the thread ``thread_ts`` of ``channel`` (it
    shows there only if the thread is active), else (no thread, or Slack refuses) their DM.
    Never a message the rest of the channel can read."""
    if thread_ts and await _ephemeral(client, channel, user, reply, thread_ts):
        return
    await post(client, user, reply)


async def _ephemeral(
    client: AsyncWebClient, channel: str, user: str, reply: Reply, thread_ts: str | None
) -> bool:
    """chat.postEphemeral; False when Slack refuses it (``user_not_in_channel``,
    ``channel_not_found``, ...), so the caller can reach the person by DM instead."""
    extra: dict[str, Any] = {"thread_ts": thread_ts} if thread_ts else {}
    try:
        await client.chat_postEphemeral(
            channel=channel, user=user, **render_reply(reply).payload(**extra)
        )
    except SlackApiError as exc:
        log.warning(
            "chat.postEphemeral failed (%s): sent as a DM",
            exc.response.get("error", "unknown error"),
        )
        return False
    return True


async def respond_reply(response_url: str, reply: Reply, *, replace_original: bool = False) -> bool:
    """An ephemeral answer (or a replacement of the message that carried the button)."""
    payload = render_reply(reply).payload(
        response_type="ephemeral", replace_original=replace_original
    )
    return await respond(response_url, payload)


async def tell(client: AsyncWebClient, body: dict[str, Any], reply: Reply) -> None:
    """Answer only the person who pressed or submitted: ephemeral where possible, else DM."""
    user = str((body.get("user") or {}).get("id") or "")
    url = body.get("response_url") or ""
    if url and await respond_reply(url, reply):
        return
    channel = channel_of(body)
    if channel and await _ephemeral(client, channel, user, reply, None):
        return
    if user:
        await post(client, user, reply)
