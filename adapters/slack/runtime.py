"""The Slack side of the running app: bolt, the inbox, the jobs and their listeners.

Every listener acknowledges at once and hands the work to :class:`Tasks`
(bolt runs with ``process_before_response`` so it never starts untracked
tasks of its own), except that a slash command over HTTP first waits up to its
ack budget for its turn, to carry the reply (:class:`adapters.delivery.FastTurn`).
A job marks its inbox record complete when it is done, after its reply went
out: a crash before that redoes the request, whose ledger writes the store
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

from adapters.delivery import Delivery, DeliveryRuntime, Duplicate, FastTurn
from adapters.slack.alert_jobs import AlertJobs
from adapters.slack.blocks import ACTION_PREFIX, PICKER_PREFIX, picked_command, render_reply
from adapters.slack.client import HTTP_SESSION, http_session, web_client
from adapters.slack.coach_jobs import CoachJobs
from adapters.slack.config import SlackConfig
from adapters.slack.inbox import Inbox
from adapters.slack.installations import Installations
from adapters.slack.manifest import SLASH_COMMAND
from adapters.slack.modals import CALLBACK_ID
from adapters.slack.prep import with_time_zone
from adapters.slack.signing import SignatureVerifier
from adapters.slack.translate import DM_CONVERSATION, read_message_event, team_of, tenant_key
from adapters.slack.users import Directory
from adapters.slack.workspace_jobs import WorkspaceJobs
from adapters.stores import PlatformStore
from adapters.tasks import Tasks
from coaching.alerts import AlertDesk, parse_decision
from coaching.engine import Coach
from coaching.records import InboundEvent
from coaching.router import Router

log = logging.getLogger("concession_coach.slack")
DELIVERY = "coach_delivery"  # bolt context key of the request's inbox record
FAST = "coach_fast_turn"  # bolt context key of a slash command to answer in its ack


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
        self.delivery = DeliveryRuntime(self.inbox, self.tasks, self._redo)
        self.installations = installations
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
        desk = AlertDesk(
            store, coach.playbook, coach.renderer, coach.analyze, timing=config.approvals
        )
        directory = Directory(store)
        router = Router(coach, desk, private=DM_CONVERSATION, deal_desk=config.deal_desk_channel)
        stamp = functools.partial(with_time_zone, directory)
        self.coaching = CoachJobs(router, directory, stamp)
        self.alerts = AlertJobs(router, directory, config.form_secret)
        self.workspace = WorkspaceJobs(
            store,
            directory,
            installations.store if installations else None,
            coach.playbook,
            coach.renderer,
        )
        self._listen()

    # -- dispatch
    @property
    def recovery(self) -> asyncio.Task[int] | None:
        return self.delivery.recovery

    async def admit(self, key: str, payload: dict[str, Any]) -> Delivery | None:
        """Record a request before its ack; None when it was seen before."""
        team = team_of(payload)
        return await self.delivery.admit(key, payload, tenant_key(team) if team else "")

    def fast(self, key: str, payload: dict[str, Any]) -> FastTurn | None:
        """A slash command to answer in its ack (None: the budget is 0, or not a command)."""
        budget = self.config.ack_budget_seconds
        if budget <= 0 or not payload.get("command"):
            return None
        team = team_of(payload)
        return self.delivery.fast(key, payload, tenant_key(team) if team else "", budget)

    async def dispatch(
        self,
        payload: dict[str, Any],
        delivery: Delivery | None,
        *,
        headers: dict[str, str] | None = None,
        fast: FastTurn | None = None,
    ) -> BoltResponse:
        """Run one verified payload through bolt; a delivery nobody claimed is complete at once.

        Every payload arrives here already verified (over HTTP), authenticated by
        the WebSocket (Socket Mode) or read back from the inbox (recovery), so it
        goes in as bolt's dict-bodied request, whose parsing and checks are the same.
        """
        context = {DELIVERY: delivery, FAST: fast}
        request = AsyncBoltRequest(
            body=payload, headers=headers, context=context, mode="socket_mode"
        )
        response = await self.bolt.async_dispatch(request)
        await self.delivery.finish(delivery)
        return response

    async def _redo(self, event: InboundEvent, delivery: Delivery) -> None:
        await self.dispatch(event.payload, delivery)

    async def recover(self, received_before: datetime) -> int:
        return await self.delivery.recover(received_before)

    def start_recovery(self, received_before: datetime) -> asyncio.Task[int]:
        return self.delivery.start_recovery(received_before)

    async def close(self) -> None:
        await self.delivery.close()
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
        self.delivery.take(context.get(DELIVERY), self._in_session(job), name, lane)

    async def _in_session(self, job: Coroutine[Any, Any, None]) -> None:
        HTTP_SESSION.set(self.http)  # this task's own context: its response_url posts
        await job

    async def _answer_in_ack(
        self, fast: FastTurn, ack: Any, body: dict[str, Any], context: AsyncBoltContext
    ) -> None:
        """The reply in the ack when the turn is done within the budget; else an empty ack
        at once and the reply through ``response_url`` (see :class:`FastTurn`)."""
        client = context.client
        HTTP_SESSION.set(self.http)
        try:
            replies = await fast.run(
                self.coaching.answer(client, body),
                lambda replies: self._in_session(self.coaching.respond(body, replies)),
                "command",
                lane_of(body),
            )
        except Duplicate:
            fast.refused = "duplicate"
            await ack()
            return
        except Exception as exc:
            if not self.inbox.unavailable(exc):
                raise
            log.warning("slack command not recorded, storage unavailable: %r", exc)
            fast.refused = "unavailable"
            await ack()
            return
        if not replies:
            await ack()
            return
        first, *rest = replies
        await ack(**render_reply(first.reply).payload(response_type="ephemeral"))
        if rest:  # more than the ack carries: after it, through response_url
            self._take(context, self.coaching.respond(body, rest), "command rest")

    def _listen(self) -> None:
        bolt = self.bolt

        @bolt.command(SLASH_COMMAND)
        async def command(ack: Any, body: dict[str, Any], context: AsyncBoltContext) -> None:
            fast: FastTurn | None = context.get(FAST)
            if fast is None:  # recorded already (Socket Mode, recovery, a budget of 0)
                await ack()
                job = self.coaching.command(context.client, body)
                self._take(context, job, "command", lane_of(body))
                return
            await self._answer_in_ack(fast, ack, body, context)

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
            """Acknowledged only: the channel's message event carries the same text and is
            answered (privately) as a line said to the coach."""

        @bolt.event("channel_shared")
        @bolt.event("channel_unshared")
        async def sharing(body: dict[str, Any]) -> None:
            """Slack Connect: the channel's cached facts are dropped at once, so whether it
            may raise alerts is asked of Slack again on its next message."""
            event = body.get("event") or {}
            team = str(body.get("team_id") or "")
            self.coaching.channels.forget(team, str(event.get("channel") or ""))
            log.info("slack channel %s: %s", event.get("channel"), event.get("type"))

        @bolt.event("app_home_opened")
        async def home(body: dict[str, Any], context: AsyncBoltContext) -> None:
            if (body.get("event") or {}).get("tab") == "messages":
                self._take(context, self.coaching.messages_tab(context.client, body), "hello")
                return
            self._take(context, self.workspace.home(context.client, body), "home")

        @bolt.event("member_joined_channel")
        async def joined(body: dict[str, Any], context: AsyncBoltContext) -> None:
            bot = context.bot_user_id or ""
            if bot and (body.get("event") or {}).get("user") == bot:
                self._take(context, self.coaching.joined(context.client, body, bot), "hello")

        @bolt.event("app_uninstalled")
        @bolt.event("tokens_revoked")
        async def uninstalled(body: dict[str, Any], context: AsyncBoltContext) -> None:
            self._take(context, self.workspace.uninstalled(body), "uninstalled")
