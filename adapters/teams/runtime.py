"""The Teams side of the running app: the adapter, the inbox, the jobs and the endpoint.

``receive`` is the whole request path: parse (400), authenticate (401 on any
token failure, which botbuilder would let escape as a 500), dedupe through
the store, then run the turn: inline for invokes (their answer is the HTTP
response), after the answer for everything else.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import requests
from aiohttp import web
from botbuilder.core import TurnContext
from botbuilder.schema import Activity
from botframework.connector.auth import AuthenticateRequestResult
from msrest.exceptions import DeserializationError

from adapters.teams.adapter import CoachAdapter, TurnOutbox
from adapters.teams.coach_jobs import CoachJobs
from adapters.teams.config import TeamsConfig
from adapters.teams.inbox import Inbox, inbound_key
from adapters.teams.tasks import Tasks
from coaching.alerts import AlertDesk
from coaching.engine import Coach
from coaching.store import Store

log = logging.getLogger("concession_coach.teams")
NETWORK_ERRORS = (requests.RequestException, aiohttp.ClientError, TimeoutError, ConnectionError)


class BadActivity(Exception):
    """The body is not an Activity (400)."""


def parse_activity(raw: bytes) -> tuple[dict[str, Any], Activity]:
    try:
        payload = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadActivity("body is not JSON") from exc
    if not isinstance(payload, dict) or not isinstance(payload.get("type"), str):
        raise BadActivity("body is not an Activity")
    try:
        activity = Activity().deserialize(payload)
    except (DeserializationError, ValueError, TypeError, AttributeError) as exc:
        raise BadActivity("malformed Activity") from exc
    return payload, activity


class TeamsRuntime:
    """Built once per application life, at start-up (it needs the open store)."""

    def __init__(self, config: TeamsConfig, store: Store, coach: Coach) -> None:
        self.config = config
        self.adapter = CoachAdapter(config)
        self.inbox = Inbox(store, f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}")
        self.tasks = Tasks()
        desk = AlertDesk(store, coach.playbook, coach.renderer, coach.analyze)
        self.jobs = CoachJobs(store, coach.handle, desk, config.deal_desk_channel)

    async def receive(self, request: web.Request) -> web.Response:
        try:
            payload, activity = parse_activity(await request.read())
        except BadActivity as exc:
            return web.json_response({"error": str(exc)}, status=400)
        auth = await self.authenticate(activity, request.headers.get("Authorization"))
        if isinstance(auth, web.Response):
            return auth
        key = inbound_key(payload)
        if key is not None and not await self.inbox.admit(key, payload):
            log.info("teams activity seen before; answered once")
            return web.Response(status=200)
        if activity.type == "invoke":
            try:
                response = await self.adapter.process_activity(auth, activity, self._logic(payload))
            finally:
                if key is not None:
                    await self.inbox.complete(key)
            if response is None:
                return web.Response(status=200)
            return web.json_response(response.body, status=response.status)
        self.tasks.spawn(self._run(auth, activity, payload, key), f"teams {activity.type}")
        return web.Response(status=200)

    async def authenticate(
        self, activity: Activity, header: str | None
    ) -> AuthenticateRequestResult | web.Response:
        """Bot Framework JWT validation; with no app id (local testing) nothing is checked."""
        header = (header or "").strip() or None
        if not self.config.authenticated:
            header = None  # never fetch signing keys for a token nobody can check
        try:
            return await self.adapter.bot_framework_authentication.authenticate_request(
                activity, header
            )
        except PermissionError as exc:
            log.info("teams request refused: %s", exc)
        except NETWORK_ERRORS as exc:  # the signing keys could not be fetched: try again later
            log.warning("teams signing keys unavailable: %s", exc)
            return web.json_response({"error": "authentication unavailable"}, status=503)
        except Exception as exc:  # a malformed or forged token: PyJWT errors, bad key ids
            log.info("teams token rejected: %s: %s", type(exc).__name__, exc)
        return web.json_response({"error": "unauthorized"}, status=401)

    async def _run(
        self,
        auth: AuthenticateRequestResult,
        activity: Activity,
        payload: dict[str, Any],
        key: str | None,
    ) -> None:
        try:
            await self.adapter.process_activity(auth, activity, self._logic(payload))
        except Exception:
            log.exception("teams turn failed")  # completed anyway: a poison activity runs once
        finally:
            if key is not None:
                await self.inbox.complete(key)

    def _logic(self, payload: dict[str, Any]) -> Callable[[TurnContext], Awaitable[None]]:
        """The turn for one activity; the jobs read its JSON as Teams sent it (botbuilder's
        models drop fields they do not know, such as a mention's ``mentioned``)."""

        async def on_turn(context: TurnContext) -> None:
            await self.jobs.turn(TurnOutbox(context, self.adapter.backoff, payload))

        return on_turn

    async def close(self) -> None:
        await self.tasks.close()
