"""The Slack side of the running app: bolt, the inbox, the jobs and their listeners.

Every listener acknowledges at once and hands the work to :class:`Tasks`
(bolt runs with ``process_before_response`` so it never starts untracked
tasks of its own); a job marks its inbox record complete when it is done.
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

from adapters.slack.alert_jobs import AlertJobs
from adapters.slack.blocks import ACTION_PREFIX, PICKER_PREFIX, picked_command
from adapters.slack.client import web_client
from adapters.slack.coach_jobs import CoachJobs
from adapters.slack.config import SlackConfig
from adapters.slack.inbox import Delivery, Inbox
from adapters.slack.installations import Installations
from adapters.slack.manifest import SLASH_COMMAND
from adapters.slack.modals import CALLBACK_ID
from adapters.slack.prep import with_time_zone
from adapters.slack.signing import SignatureVerifier
from adapters.slack.tasks import Tasks
from adapters.slack.translate import read_message_event
from adapters.slack.users import Directory
from adapters.slack.workspace_jobs import WorkspaceJobs
from coaching.alerts import AlertDesk, parse_decision
from coaching.engine import Coach
from coaching.model import utcnow
from coaching.store import Store

log = logging.getLogger("concession_coach.slack")
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


class SlackRuntime:
    """Built once per application life, at start-up (it needs the open store)."""

    def __init__(
        self,
        config: SlackConfig,
        store: Store,
        coach: Coach,
        installations: Installations | None = None,
    ) -> None:
        self.config = config
        self.inbox = Inbox(store, timedelta(seconds=config.inbox_lease_seconds))
        self.tasks = Tasks()
        self.installations = installations
        self.recovery: asyncio.Task[int] | None = None
        self.verifier = SignatureVerifier(config.signing_secret) if config.signing_secret else None
        self.client = web_client(config.api_url, None if installations else config.bot_token)
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
        self.coaching = CoachJobs(coach.handle, desk, functools.partial(with_time_zone, directory))
        self.alerts = AlertJobs(desk, directory, config.deal_desk_channel)
        self.workspace = WorkspaceJobs(
            store, directory, installations.store if installations else None
        )
        self._listen()

    # -- dispatch
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
            batch = [e for e in pending if e.event_id not in seen]
            if not batch:
                break
            held: list[datetime] = []
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
            await self.tasks.join()
            if held and len(held) == len(batch):  # all leased elsewhere: wait for the first
                wait = (min(held) - utcnow()).total_seconds()
                await asyncio.sleep(min(max(wait, 0.05), self.inbox.lease.total_seconds()))
        if seen:
            log.info("recovered %d unfinished slack request(s) from the inbox", len(seen))
        return len(seen)

    def start_recovery(self, received_before: datetime) -> asyncio.Task[int]:
        """Recover in the background (not a tracked job: it joins the jobs it starts)."""
        self.recovery = asyncio.get_running_loop().create_task(self.recover(received_before))
        return self.recovery

    async def close(self) -> None:
        if self.recovery is not None and not self.recovery.done():
            self.recovery.cancel()
            await asyncio.gather(self.recovery, return_exceptions=True)
        await self.tasks.close()
        if self.installations is not None:
            await self.installations.close()

    # -- listeners: ack first, then hand the work over
    def _take(self, context: AsyncBoltContext, job: Coroutine[Any, Any, None], name: str) -> None:
        delivery: Delivery | None = context.get(DELIVERY)
        if delivery is not None:
            delivery.claimed = True
        self.tasks.spawn(self._run(delivery, job), name)

    async def _run(self, delivery: Delivery | None, job: Coroutine[Any, Any, None]) -> None:
        try:
            await job
        except Exception:
            log.exception("slack job failed")  # completed anyway: a poison request runs once
        if delivery is not None:
            await self.inbox.complete(delivery.key)

    def _listen(self) -> None:
        bolt = self.bolt

        @bolt.command(SLASH_COMMAND)
        async def command(ack: Any, body: dict[str, Any], context: AsyncBoltContext) -> None:
            await ack()
            self._take(context, self.coaching.command(context.client, body), "command")

        @bolt.action(re.compile(f"^{ACTION_PREFIX}\\d+$"))
        async def action(ack: Any, body: dict[str, Any], context: AsyncBoltContext) -> None:
            await ack()
            command = str(((body.get("actions") or [{}])[0]).get("value") or "")
            decision = parse_decision(command)
            if decision is not None:
                job = self.alerts.pressed(context.client, body, decision)
            else:
                job = self.coaching.action(context.client, body, command)
            self._take(context, job, "action")

        @bolt.action(re.compile(f"^{PICKER_PREFIX}\\d+$"))
        async def picked(ack: Any, body: dict[str, Any], context: AsyncBoltContext) -> None:
            await ack()
            command = picked_command((body.get("actions") or [{}])[0])
            if command is not None:
                self._take(context, self.coaching.action(context.client, body, command), "pick")

        @bolt.view(CALLBACK_ID)
        async def decision_form(ack: Any, body: dict[str, Any], context: AsyncBoltContext) -> None:
            await ack()
            self._take(context, self.alerts.submitted(context.client, body), "decision")

        @bolt.event("message")
        async def message(body: dict[str, Any], context: AsyncBoltContext) -> None:
            event = read_message_event(body, context.bot_user_id)
            if event is None:
                return
            if event.is_dm:
                job = self.coaching.direct_message(context.client, event)
            else:
                job = self.alerts.channel_message(context.client, event, context.bot_user_id)
            self._take(context, job, "message")

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
