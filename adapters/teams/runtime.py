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
import contextlib
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

from adapters.inbox import Clock, Wait, process_owner, sweep
from adapters.json_depth import MAX_DEPTH, too_deep
from adapters.stores import PlatformStore
from adapters.tasks import UNBOUNDED, Tasks
from adapters.teams.adapter import CoachAdapter, TurnOutbox
from adapters.teams.coach_jobs import CoachJobs
from adapters.teams.config import TeamsConfig
from adapters.teams.inbox import Inbox, inbound_key, replayable
from adapters.teams.token_rules import check_claims
from adapters.teams.translate import DM_CONVERSATION
from coaching.alerts import AlertDesk
from coaching.engine import Coach
from coaching.model import utcnow
from coaching.records import InboundEvent
from coaching.router import Router

log = logging.getLogger("concession_coach.teams")
RECHECK_SECONDS = 1.0  # recovery re-reads records another replica holds this often
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
        self.recovery: asyncio.Task[int] | None = None
        self.shutdown_grace = 10.0  # seconds running turns get to finish at shutdown
        self._stopping = asyncio.Event()
        self.sweeper: asyncio.Task[None] | None = None  # storage outage: see sweep
        desk = AlertDesk(store, coach.playbook, coach.renderer, coach.analyze)
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
            fresh = key is None or await self.inbox.admit(key, payload, replay=not invoke)
        except Exception as exc:  # storage outage: not recorded, so not acknowledged
            if not self.inbox.unavailable(exc):
                raise
            log.warning("teams activity not recorded, storage unavailable: %r", exc)
            return web.json_response({"error": "storage unavailable"}, status=503)
        if not fresh:
            log.info("teams activity seen before; answered once")
            return web.Response(status=200)
        if invoke:
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

    async def _run(
        self,
        auth: AuthenticateRequestResult,
        activity: Activity,
        payload: dict[str, Any],
        key: str | None,
    ) -> None:
        """A turn after the answer; one cancelled at shutdown stays pending for recovery."""
        try:
            await self.adapter.process_activity(auth, activity, self._logic(payload))
        except Exception as exc:
            if key is not None and self.inbox.unavailable(exc):  # redone at the next start
                log.warning("teams turn stopped, storage unavailable; it stays pending: %r", exc)
                return
            log.exception("teams turn failed")  # completed anyway: a poison activity runs once
        if key is not None:
            await self.inbox.complete(key)

    # -- start-up recovery
    async def recover(self, received_before: datetime) -> int:
        """Run what an earlier life of the app (or a dead replica) recorded but never
        finished, oldest first, once each lease has run out; records a live replica
        completes meanwhile drop out of ``pending``, so the loop ends when nothing older
        than ``received_before`` is left. Returns how many records this process took."""
        seen: set[str] = set()
        while not self._stopping.is_set():
            pending = await self.inbox.pending(received_before)
            batch = [e for e in pending if e.event_id not in seen]
            if not batch:
                break
            held: list[datetime] = []
            for event in batch:
                if self._stopping.is_set():
                    break
                if not await self.inbox.claim(event.event_id):
                    if event.lock_expires_at is not None:
                        held.append(event.lock_expires_at)
                    continue
                seen.add(event.event_id)
                await self._replay(event)
            if held and len(held) == len(batch):  # all leased elsewhere: wait for the first
                wait = (
                    min(held) - self.inbox.clock()
                ).total_seconds()  # lease, or its owner finishing
                wait = min(max(wait, 0.05), RECHECK_SECONDS, self.inbox.lease.total_seconds())
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), wait)
        if seen:
            log.info("recovered %d unfinished teams activit(ies) from the inbox", len(seen))
        return len(seen)

    async def _replay(self, event: InboundEvent) -> None:
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
        await self.inbox.complete(event.event_id)

    def start_recovery(self, received_before: datetime) -> asyncio.Task[int]:
        """Recover in the background, beside the live traffic."""
        loop = asyncio.get_running_loop()
        self.recovery = loop.create_task(self.recover(received_before), name="teams recovery")
        self.recovery.add_done_callback(_report_recovery)
        self.sweeper = loop.create_task(
            sweep(self.inbox, self.recover, self.recovery, self.timing.wait),
            name="teams inbox sweep",
        )
        return self.recovery

    def _logic(self, payload: dict[str, Any]) -> Callable[[TurnContext], Awaitable[None]]:
        """The turn for one activity; the jobs read its JSON as Teams sent it (botbuilder's
        models drop fields they do not know, such as a mention's ``mentioned``)."""

        async def on_turn(context: TurnContext) -> None:
            await self.jobs.turn(TurnOutbox(context, self.adapter.backoff, payload))

        return on_turn

    async def close(self) -> None:
        """Stop recovering between turns and let running turns finish for
        ``shutdown_grace`` seconds; what is cancelled then stays pending for the next life."""
        self._stopping.set()
        if self.sweeper is not None:
            self.sweeper.cancel()
            await asyncio.gather(self.sweeper, return_exceptions=True)
        if self.recovery is not None and not self.recovery.done():
            await asyncio.wait([self.recovery], timeout=self.shutdown_grace)
            self.recovery.cancel()
            await asyncio.gather(self.recovery, return_exceptions=True)
        await self.tasks.close(self.shutdown_grace)


def _report_recovery(task: asyncio.Task[int]) -> None:
    """A recovery that failed (the store went away) leaves its records pending: say so."""
    if not task.cancelled() and (exc := task.exception()) is not None:
        log.error("teams start-up recovery stopped; records stay pending", exc_info=exc)
