"""What Slack says about a channel: shared outside the company (Slack Connect), and who
created it, from conversations.info, cached per channel for a short while.

Slack Connect channels carry ``is_ext_shared`` (or ``is_pending_ext_shared`` while an
invitation is open); ``is_shared`` without ``is_org_shared`` is a channel shared with
another workspace, which we also treat as outside. A channel shared only across an
Enterprise Grid org (``is_org_shared``) is the same company. When Slack cannot answer
(a missing scope, a private channel the app cannot see, an outage) the channel counts as
shared: alerts fail closed, they do not leak.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from coaching.router import ChannelFacts

log = logging.getLogger("concession_coach.slack")
# channel_shared / channel_unshared drop a channel's facts in the process that receives the
# event (``Channels.forget``); another replica sees the change within this long.
CACHE_SECONDS = 60.0
CACHE_SIZE = 2048
UNKNOWN = ChannelFacts(shared=True)


def facts_of(channel: dict[str, Any]) -> ChannelFacts:
    """conversations.info's ``channel`` -> ChannelFacts."""
    external = bool(channel.get("is_ext_shared") or channel.get("is_pending_ext_shared"))
    other_workspace = bool(channel.get("is_shared")) and not channel.get("is_org_shared")
    return ChannelFacts(
        shared=external or other_workspace, creator=str(channel.get("creator") or "")
    )


class Channels:
    """conversations.info per (team, channel), remembered for ``CACHE_SECONDS``."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._known: dict[tuple[str, str], tuple[float, ChannelFacts]] = {}

    async def facts(self, client: AsyncWebClient, team: str, channel: str) -> ChannelFacts:
        key = (team, channel)
        now = self._clock()
        cached = self._known.get(key)
        if cached is not None and cached[0] > now:
            return cached[1]
        try:
            answer = await client.conversations_info(channel=channel)
        except SlackApiError as exc:
            log.warning(
                "conversations.info failed (%s): the channel counts as shared",
                exc.response.get("error", "unknown error"),
            )
            return UNKNOWN
        found = facts_of(answer.get("channel") or {})
        if len(self._known) >= CACHE_SIZE:
            self._known.clear()
        self._known[key] = (now + CACHE_SECONDS, found)
        return found

    def forget(self, team: str, channel: str) -> None:
        """Slack said the channel was shared or unshared: ask again next time."""
        self._known.pop((team, channel), None)
