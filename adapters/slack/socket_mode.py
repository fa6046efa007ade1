"""Socket Mode: the same inbox and listeners over Slack's WebSocket, no public URL needed.

bolt's aiohttp handler needs no extra dependency; this subclass only puts the
inbox (dedupe across retries, recovery after a crash) in front of dispatch, and answers
a slash command in its envelope's acknowledgement when the turn is done within the ack
budget, its dedupe record written with the turn (``FastTurn``), the same as over HTTP.
"""

from __future__ import annotations

import logging
import time

from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_bolt.adapter.socket_mode.async_internals import send_async_response
from slack_bolt.response import BoltResponse
from slack_sdk.socket_mode.aiohttp import SocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest

from adapters.slack.inbox import inbound_key
from adapters.slack.runtime import SlackRuntime
from adapters.slack.shapes import Malformed, handled

log = logging.getLogger("concession_coach.slack")


class InboxSocketModeHandler(AsyncSocketModeHandler):
    def __init__(self, runtime: SlackRuntime, app_token: str) -> None:
        super().__init__(runtime.bolt, app_token, web_client=runtime.client)
        self.runtime = runtime

    async def handle(self, client: SocketModeClient, req: SocketModeRequest) -> None:  # type: ignore[override]
        start = time.time()
        payload = req.payload if isinstance(req.payload, dict) else {}
        try:
            wanted = handled(payload)
        except Malformed as exc:
            log.info("ignored a malformed slack payload: %s", exc)
            wanted = False
        if not wanted:  # acknowledged so Slack does not resend it; nothing stored
            await send_async_response(client, req, BoltResponse(status=200, body=""), start)
            return
        key = inbound_key(payload, req.envelope_id)
        fast = self.runtime.fast(key, payload) if key is not None else None
        if fast is not None:  # a slash command: the reply in the envelope's ack, as over HTTP
            response = await self.runtime.dispatch(payload, None, fast=fast)
            if fast.refused == "unavailable":  # not recorded: unacknowledged, Slack resends it
                return
            if fast.refused == "duplicate":
                response = BoltResponse(status=200, body="")
            await send_async_response(client, req, response, start)
            return
        delivery = None
        if key is not None:
            delivery = await self.runtime.admit(key, payload)
            if delivery is None:  # a retry of something already held: just acknowledge
                await send_async_response(client, req, BoltResponse(status=200, body=""), start)
                return
        response = await self.runtime.dispatch(payload, delivery)
        await send_async_response(client, req, response, start)
