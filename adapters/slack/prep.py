"""The user's time zone on `call` messages, from users.info (kept by the Directory).

Only `call` needs it, so other messages cost no extra API call.
"""

from __future__ import annotations

from dataclasses import replace

from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.users import Directory
from coaching.commands import parse_command
from coaching.messages import IncomingMessage


async def with_time_zone(
    directory: Directory, client: AsyncWebClient, msg: IncomingMessage
) -> IncomingMessage:
    if msg.tz or parse_command(msg.text).name != "call":
        return msg
    user = await directory.ensure(client, msg.tenant, msg.user)
    return replace(msg, tz=user.tz) if user.tz else msg
