"""The Teams side of the running app: the adapter, the inbox, the jobs and the endpoint.

``receive`` is the whole request path: parse (400), authenticate (401 on any
token failure, which botbuilder would let escape as a 500; 503 when the
signing keys cannot be fetched), record in the inbox (which dedupes), then
run the turn: inline for invokes (their answer is the HTTP response), after
the answer for everything else. ``recover`` runs, at start-up, the turns an
earlier life of the app (or a dead replica) acknowledged but never finished.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import aiohttp
import requests
from aiohttp import web
from botbuilder.core import TurnContext
from botbuilder.schema import Activity
from botframework.connector.auth import AuthenticateRequestResult, AuthenticationConstants
from msrest.exceptions import DeserializationError

from adapters.delivery import Delivery, DeliveryRuntime
from adapters.inbox import Clock, Wait, process_owner
from adapters.json_depth import MAX_DEPTH, too_deep
from adapters.stores import PlatformStore
from adapters.tasks import UNBOUNDED, Tasks
from adapters.teams.adapter import CoachAdapter, TurnOutbox
from adapters.teams.coach_jobs import CoachJobs
from adapters.teams.config import TeamsConfig
from adapters.teams.inbox import Inbox, inbound_key, inbound_record, replayable
from adapters.teams.token_rules import check_claims
from adapters.teams.translate import DM_CONVERSATION
from coaching.alerts import AlertDesk
from coaching.engine import Coach
from coaching.model import utcnow
from coaching.records import InboundEvent
from coaching.router import Router

log = logging.getLogger("concession_coach.teams")
NETWORK_ERRORS = (requests.RequestException, aiohttp.ClientError, TimeoutError, ConnectionError)


class BadActivity(Exception):
    """The body is not an Activity (400)."""


def parse_activity(raw: bytes) -> tuple[dict[str, Any], Activity]:
    try:
        payload = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadActivity("body is not JSON") from exc
    except RecursionError as exc:
        raise BadActivity(f"body nested deeper than {MAX_DEPTH} levels") from exc
    if not isinstance(payload, dict) or not isinstance(payload.get("type"), str):
        raise BadActivity("body is not an Activity")
    if too_deep(payload):
        raise BadActivity(f"body nested deeper than {MAX_DEPTH} levels")
    try:
        activity = Activity().deserialize(payload)
    except (DeserializationError, ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise BadActivity("malformed Activity") from exc
    return payload, activity


@dataclass(frozen=True, slots=True)
class Timing:
    """What the inbox's leases are read on and how the sweep waits between runs; tests
    drive both (``app[TEAMS_TIMING]`` before start) instead of the wall clock."""

    clock: Clock = utcnow
    wait: Wait = asyncio.sleep


class TeamsRuntime:
    """Built once per application life, at start-up (it needs the open store)."""

    def __init__(
        self, config: TeamsConfig, store: PlatformStore, coach: Coach, timing: Timing | None = None
    ) -> None:
        self.config = config
        self.timing = timing or Timing()
        self.adapter = CoachAdapter(config)
        lease = timedelta(seconds=config.inbox_lease_seconds)
        self.inbox = Inbox(store, process_owner(), lease, self.timing.clock)
        # Only invokes (whose answer is the HTTP response) run inline; every other turn
        # runs here after the answer, as many at once as arrive.
        self.tasks = Tasks(workers=UNBOUNDED, backlog=UNBOUNDED)
        self.delivery = DeliveryRuntime(self.inbox, self.tasks, self._redo, wait=self.timing.wait)
        desk = AlertDesk(
            store, coach.playbook, coach.renderer, coach.analyze, timing=config.approvals
        )
        router = Router(coach, desk, private=DM_CONVERSATION, deal_desk=config.deal_desk_channel)
        self.jobs = CoachJobs(store, router)

    async def receive(self, request: web.Request) -> web.Response:
        try:
            payload, activity = parse_activity(await request.read())
        except BadActivity as exc:
            return web.json_response({"error": str(exc)}, status=400)
        auth = await self.authenticate(activity, request.headers.get("Authorization"))
        if isinstance(auth, web.Response):
            return auth
        key = inbound_key(payload)
        invoke = activity.type == "invoke"
        try:
            delivery = None
            if key is not None:
                record, tenant = inbound_record(payload, replay=not invoke)
                delivery = await self.delivery.admit(key, record, tenant)
                if delivery is None:
                    log.info("teams activity seen before; answered once")
                    return web.Response(status=200)
        except Exception as exc:  # storage outage: not recorded, so not acknowledged
            if not self.inbox.unavailable(exc):
                raise
            log.warning("teams activity not recorded, storage unavailable: %r", exc)
            return web.json_response({"error": "storage unavailable"}, status=503)
        if invoke:
            try:
                response = await self.adapter.process_activity(auth, activity, self._logic(payload))
            finally:
                await self.delivery.finish(delivery)
            if response is None:
                return web.Response(status=200)
            return web.json_response(response.body, status=response.status)
        turn = self.adapter.process_activity(auth, activity, self._logic(payload))
        self.delivery.take(delivery, turn, f"teams {activity.type}")
        return web.Response(status=200)

    async def authenticate(
        self, activity: Activity, header: str | None
    ) -> AuthenticateRequestResult | web.Response:
        """Bot Framework JWT validation; with no app id (local testing) nothing is checked."""
        header = (header or "").strip() or None
        if not self.config.authenticated:
            header = None  # never fetch signing keys for a token nobody can check
        try:
            result = await self.adapter.bot_framework_authentication.authenticate_request(
                activity, header
            )
            if self.config.authenticated:
                claims = result.claims_identity.claims if result.claims_identity else {}
                check_claims(
                    claims or {}, activity.service_url, allow_emulator=self.config.allow_emulator
                )
            return result
        except PermissionError as exc:
            log.info("teams request refused: %s", exc)
        except NETWORK_ERRORS as exc:  # the signing keys could not be fetched: try again later
            log.warning("teams signing keys unavailable: %s", exc)
            return web.json_response({"error": "authentication unavailable"}, status=503)
        except Exception as exc:  # a malformed or forged token: PyJWT errors, bad key ids
            log.info("teams token rejected: %s: %s", type(exc).__name__, exc)
        return web.json_response({"error": "unauthorized"}, status=401)

    # -- start-up recovery
    @property
    def recovery(self) -> asyncio.Task[int] | None:
        return self.delivery.recovery

    @property
    def shutdown_grace(self) -> float:
        return self.delivery.shutdown_grace

    @shutdown_grace.setter
    def shutdown_grace(self, seconds: float) -> None:
        self.delivery.shutdown_grace = seconds

    async def recover(self, received_before: datetime) -> int:
        return await self.delivery.recover(received_before)

    async def _redo(self, event: InboundEvent, delivery: Delivery) -> None:
        """One recovered turn, run as the bot (the activity was authenticated when it came
        in: its serviceUrl is the one the token named); invokes are only closed."""
        payload = replayable(event)
        try:
            if payload is None:
                log.info("teams inbox record with nothing to run again (an invoke); closed")
            else:
                activity = Activity().deserialize(payload)
                claims = self.adapter.create_claims_identity(self.config.app_id)
                claims.claims[AuthenticationConstants.SERVICE_URL_CLAIM] = activity.service_url
                await self.adapter.process_proactive(claims, activity, None, self._logic(payload))
        except Exception:
            log.exception("recovered teams turn failed")  # completed: a poison record runs once

    def start_recovery(self, received_before: datetime) -> asyncio.Task[int]:
        """Recover in the background, beside the live traffic."""
        return self.delivery.start_recovery(received_before)

    def _logic(self, payload: dict[str, Any]) -> Callable[[TurnContext], Awaitable[None]]:
        """The turn for one activity; the jobs read its JSON as Teams sent it (botbuilder's
        models drop fields they do not know, such as a mention's ``mentioned``)."""

        async def on_turn(context: TurnContext) -> None:
            await self.jobs.turn(TurnOutbox(context, self.adapter.backoff, payload))

        return on_turn

    async def close(self) -> None:
        await self.delivery.close()
