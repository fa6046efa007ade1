"""The Slack side of the running app: bolt, the inbox, the jobs and their listeners.

Every listener acknowledges at once and hands the work to :class:`Tasks`
(bolt runs with ``process_before_response`` so it never starts untracked
tasks of its own); a job marks its inbox record complete when it is done, after its
reply went out: a crash before that redoes the request, whose ledger writes the store
then refuses as already written (see ``AlreadyWritten``) while the reply is sent again.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import re
from collections.abc import Coroutine
from datetime import datetime, timedelta
from typing import Any

from slack_bolt.app.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

from adapters.inbox import sweep
from adapters.slack.alert_jobs import AlertJobs
from adapters.slack.blocks import ACTION_PREFIX, PICKER_PREFIX, picked_command
from adapters.slack.client import HTTP_SESSION, http_session, web_client
from adapters.slack.coach_jobs import CoachJobs
from adapters.slack.config import SlackConfig
from adapters.slack.inbox import Delivery, Inbox
from adapters.slack.installations import Installations
from adapters.slack.manifest import SLASH_COMMAND
from adapters.slack.modals import CALLBACK_ID
from adapters.slack.prep import with_time_zone
from adapters.slack.signing import SignatureVerifier
from adapters.slack.translate import DM_CONVERSATION, read_message_event
from adapters.slack.users import Directory
from adapters.slack.workspace_jobs import WorkspaceJobs
from adapters.stores import PlatformStore
from adapters.tasks import Tasks
from coaching.alerts import AlertDesk, parse_decision
from coaching.engine import Coach
from coaching.model import utcnow
from coaching.router import Router

log = logging.getLogger("concession_coach.slack")
OUTAGE_RETRY_S = 1.0  # storage outage: how often a finished job retries marking itself done
DELIVERY = "coach_delivery"  # bolt context key of the request's inbox record


class _SameTokenNotice(logging.Filter):
    """bolt warns "`token` will be unused" whenever SLACK_BOT_TOKEN is in the environment
    and a client is given; the client carries that very token, so the warning misleads."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def _bolt_logger() -> logging.Logger:
    logger = logging.getLogger("concession_coach.slack.bolt")
    if not any(isinstance(f, _SameTokenNotice) for f in logger.filters):
        logger.addFilter(_SameTokenNotice())
    return logger


def lane_of(body: dict[str, Any]) -> tuple[str, str] | None:
    """(team, user) of a slash command or an interaction: one rep's jobs run in order."""
    user = body.get("user_id") or (body.get("user") or {}).get("id")
    team = body.get("team_id") or (body.get("team") or {}).get("id") or ""
    return (str(team), str(user)) if user else None


class SlackRuntime:
    """Built once per application life, at start-up (it needs the open store)."""

    def __init__(
        self,
        config: SlackConfig,
        store: PlatformStore,
        coach: Coach,
        installations: Installations | None = None,
    ) -> None:
        self.config = config
        self.inbox = Inbox(store, timedelta(seconds=config.inbox_lease_seconds))
        self.tasks = Tasks(config.workers)
        self.installations = installations
        self.recovery: asyncio.Task[int] | None = None
        self.sweeper: asyncio.Task[None] | None = None  # storage outage: see sweep
        self._held: set[str] = set()  # inbox keys whose job this process has taken
        self.verifier = SignatureVerifier(config.signing_secret) if config.signing_secret else None
        self.http = http_session()  # every call to Slack shares its connections
        token = None if installations else config.bot_token
        self.client = web_client(config.api_url, token, self.http)
        self.bolt = AsyncApp(
            name="concession-coach",
            logger=_bolt_logger(),
            client=self.client,  # carries the bot token (single workspace) and retries
            signing_secret=config.signing_secret or "",
            request_verification_enabled=False,  # http.events verifies before bolt, strictly
            oauth_settings=installations.settings if installations else None,
            process_before_response=True,
        )
        desk = AlertDesk(store, coach.playbook, coach.renderer, coach.analyze)
        directory = Directory(store)
        router = Router(coach, desk, private=DM_CONVERSATION, deal_desk=config.deal_desk_channel)
        stamp = functools.partial(with_time_zone, directory)
        self.coaching = CoachJobs(router, directory, stamp)
        self.alerts = AlertJobs(desk, directory, config.form_secret)
        self.workspace = WorkspaceJobs(
            store, directory, installations.store if installations else None
        )
        self._listen()

    # -- dispatch
    async def admit(self, key: str, payload: dict[str, Any]) -> Delivery | None:
        """Record a request before its ack (None: seen before); waits while the backlog of
        acknowledged work is full, so an overloaded process slows its acks down instead of
        piling up work it cannot finish within its inbox lease."""
        await self.tasks.room()
        return await self.inbox.admit(key, payload)

    async def dispatch(
        self,
        payload: dict[str, Any],
        delivery: Delivery | None,
        *,
        headers: dict[str, str] | None = None,
    ) -> BoltResponse:
        """Run one verified payload through bolt; a delivery nobody claimed is complete at once.

        Every payload arrives here already verified (over HTTP), authenticated by
        the WebSocket (Socket Mode) or read back from the inbox (recovery), so it
        goes in as bolt's dict-bodied request, whose parsing and checks are the same.
        """
        request = AsyncBoltRequest(
            body=payload, headers=headers, context={DELIVERY: delivery}, mode="socket_mode"
        )
        response = await self.bolt.async_dispatch(request)
        if delivery is not None and not delivery.claimed:
            await self.inbox.complete(delivery.key)
        return response

    async def recover(self, received_before: datetime) -> int:
        """Process what an earlier life of the app (or a dead replica) recorded but never
        finished, once each lease has run out; events a live replica completes meanwhile
        drop out of ``pending``, so the loop ends when nothing older than start is left."""
        seen: set[str] = set()
        while True:
            pending = await self.inbox.pending(received_before)
            batch = [e for e in pending if e.event_id not in seen and e.event_id not in self._held]
            if not batch:
                break
            held: list[datetime] = []
            before = self.tasks.running()
            for event in batch:
                if not await self.inbox.claim(event.event_id):
                    if event.lock_expires_at is not None:
                        held.append(event.lock_expires_at)
                    continue
                seen.add(event.event_id)
                try:
                    await self.dispatch(event.payload, Delivery(event.event_id))
                except Exception:
                    log.exception("recovering a slack request failed; it stays pending")
            # Only the jobs of this batch: under live traffic the job set is never empty.
            await self.tasks.wait(self.tasks.running() - before)
            if held and len(held) == len(batch):  # all leased elsewhere: wait for the first
                wait = (min(held) - utcnow()).total_seconds()
                await asyncio.sleep(min(max(wait, 0.05), self.inbox.lease.total_seconds()))
        if seen:
            log.info("recovered %d unfinished slack request(s) from the inbox", len(seen))
        return len(seen)

    def start_recovery(self, received_before: datetime) -> asyncio.Task[int]:
        """Recover in the background (not a tracked job: it joins the jobs it starts)."""
        loop = asyncio.get_running_loop()
        self.recovery = loop.create_task(self.recover(received_before))
        self.sweeper = loop.create_task(
            sweep(self.inbox, self.recover, self.recovery), name="slack inbox sweep"
        )
        return self.recovery

    # -- storage outage (PostgreSQL restarted under the server): nothing acknowledged is lost
    async def _complete(self, key: str) -> None:
        """Mark a finished job done, waiting out a storage outage (else it would be redone)."""
        while True:
            try:
                await self.inbox.complete(key)
                return
            except Exception as exc:
                if not self.inbox.unavailable(exc):
                    raise
                log.warning("slack job done, storage unavailable to record it: retrying")
            await asyncio.sleep(OUTAGE_RETRY_S)

    async def close(self) -> None:
        if self.sweeper is not None:
            self.sweeper.cancel()
            await asyncio.gather(self.sweeper, return_exceptions=True)
        if self.recovery is not None and not self.recovery.done():
            self.recovery.cancel()
            await asyncio.gather(self.recovery, return_exceptions=True)
        await self.tasks.close()
        await self.http.close()
        if self.installations is not None:
            await self.installations.close()

    # -- listeners: ack first, then hand the work over
    def _take(
        self,
        context: AsyncBoltContext,
        job: Coroutine[Any, Any, None],
        name: str,
        lane: tuple[str, str] | None = None,
    ) -> None:
        """Hand ``job`` to the workers; jobs in one ``lane`` (a rep) run in arrival order."""
        delivery: Delivery | None = context.get(DELIVERY)
        if delivery is not None:
            delivery.claimed = True
            self._held.add(delivery.key)
        self.tasks.spawn(self._run(delivery, job), name, lane)

    async def _run(self, delivery: Delivery | None, job: Coroutine[Any, Any, None]) -> None:
        HTTP_SESSION.set(self.http)  # this task's own context: its response_url posts
        try:
            await job
        except Exception as exc:
            if delivery is not None and self.inbox.unavailable(exc):
                log.warning("slack job stopped, storage unavailable; it stays pending: %r", exc)
                self._held.discard(delivery.key)
                return
            log.exception("slack job failed")  # completed anyway: a poison request runs once
        if delivery is not None:
            try:
                await self._complete(delivery.key)
            finally:
                self._held.discard(delivery.key)

    def _listen(self) -> None:
        bolt = self.bolt

        @bolt.command(SLASH_COMMAND)
        async def command(ack: Any, body: dict[str, Any], context: AsyncBoltContext) -> None:
            await ack()
            job = self.coaching.command(context.client, body)
            self._take(context, job, "command", lane_of(body))

        @bolt.action(re.compile(f"^{ACTION_PREFIX}\\d+$"))
        async def action(ack: Any, body: dict[str, Any], context: AsyncBoltContext) -> None:
            await ack()
            command = str(((body.get("actions") or [{}])[0]).get("value") or "")
            decision = parse_decision(command)
            if decision is not None:
                job = self.alerts.pressed(context.client, body, decision)
            else:
                job = self.coaching.action(context.client, body, command)
            self._take(context, job, "action", lane_of(body))

        @bolt.action(re.compile(f"^{PICKER_PREFIX}\\d+$"))
        async def picked(ack: Any, body: dict[str, Any], context: AsyncBoltContext) -> None:
            await ack()
            command = picked_command((body.get("actions") or [{}])[0])
            if command is not None:
                job = self.coaching.action(context.client, body, command)
                self._take(context, job, "pick", lane_of(body))

        @bolt.view(CALLBACK_ID)
        async def decision_form(ack: Any, body: dict[str, Any], context: AsyncBoltContext) -> None:
            await ack()
            job = self.alerts.submitted(context.client, body)
            self._take(context, job, "decision", lane_of(body))

        @bolt.event("message")
        async def message(body: dict[str, Any], context: AsyncBoltContext) -> None:
            event = read_message_event(body, context.bot_user_id)
            if event is None:
                return
            job = self.coaching.message(context.client, event, context.bot_user_id)
            self._take(context, job, "message", (event.msg.tenant, event.msg.user))

        @bolt.event("app_mention")
        async def mention(body: dict[str, Any]) -> None:
            """Acknowledged only: the channel's message event carries the same text."""

        @bolt.event("app_home_opened")
        async def home(body: dict[str, Any], context: AsyncBoltContext) -> None:
            self._take(context, self.workspace.home(context.client, body), "home")

        @bolt.event("app_uninstalled")
        @bolt.event("tokens_revoked")
        async def uninstalled(body: dict[str, Any], context: AsyncBoltContext) -> None:
            self._take(context, self.workspace.uninstalled(body), "uninstalled")
