"""The job worker: claims due jobs under a lease and sends them through the platform's notifier.

Every replica runs one; the store's claim (FOR UPDATE SKIP LOCKED plus a
lease on PostgreSQL) hands each job to one worker, and ``finish_job`` only
saves while that worker still holds the lease. What a job says is decided at
send time (coaching.prep_reminders): a reminder whose call has begun, e.g.
after downtime, becomes a short note and is not sent late; an approval's reminder
or escalation (coaching.approvals) sends nothing once the alert is decided. A
failed send is retried with exponential backoff up to the job's ``max_attempts``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from aiohttp import web

from coaching.alerts import AlertDesk
from coaching.approvals import KINDS as APPROVAL_KINDS
from coaching.approvals import Nudge, Recipient
from coaching.digest import DIGEST, Digests
from coaching.messages import Reply
from coaching.model import utcnow
from coaching.notify import ChannelNotifier, DeliveryError, Notifier
from coaching.playbook import Playbook, load_playbook
from coaching.prep_reminders import job_outcome
from coaching.records import Job
from coaching.render import Renderer

if TYPE_CHECKING:
    from bot.observability import Metrics
    from bot.services import Services, Store

log = logging.getLogger("concession_coach.scheduler")
MAX_ERROR = 500
# What a due approval job sends (AlertDesk.nudge), looked up when it runs.
Nudges = Callable[[Job], Awaitable[Nudge]]
# The coach managers who decide for a deal desk channel the coach may not post to.
StandIns = Callable[[str, str], Awaitable[list[str]]]


@dataclass(frozen=True, slots=True)
class Due:
    reply: Reply | None  # None: nothing to send
    status: str  # what the job becomes once sent
    to: Recipient
    follower: Job | None = None  # a job to add once this one is settled (next week's digest)


def _owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class SchedulerConfig:
    poll_interval: float = 5.0  # seconds between claims when idle
    lease: timedelta = timedelta(minutes=5)  # longer than any one send takes
    batch: int = 10
    backoff: timedelta = timedelta(seconds=30)  # first retry; doubles each attempt
    max_backoff: timedelta = timedelta(minutes=30)
    clock: Callable[[], datetime] = utcnow
    owner: str = field(default_factory=_owner)
    # Done inbox records older than this are deleted (INBOX_RETENTION_DAYS), checked
    # every ``prune_every``: long past Slack's retries and the 5-minute replay window.
    inbox_retention: timedelta = timedelta(days=7)
    prune_every: timedelta = timedelta(hours=1)
    # Every manager who wants the weekly digest has its next job, checked this often.
    seed_digests_every: timedelta = timedelta(hours=1)


class Scheduler:
    def __init__(
        self,
        store: Store,
        notifiers: Mapping[str, Notifier],
        renderer: Renderer,
        config: SchedulerConfig | None = None,
        metrics: Metrics | None = None,
        nudges: Nudges | None = None,
        playbook: Playbook | None = None,
        stand_ins: StandIns | None = None,
    ) -> None:
        self.store = store
        self.nudges = nudges  # approvals' reminders and escalations; None: dropped
        self.stand_ins = stand_ins  # who gets an escalation a shared deal desk may not
        self.metrics = metrics  # job lag and outcomes, database errors (bot.observability)
        self.notifiers = notifiers  # read at send time: adapters register theirs at start-up
        self.renderer = renderer
        self.config = config or SchedulerConfig()
        self._pruned_at: datetime | None = None
        self._seeded_at: datetime | None = None
        self.digests = Digests(store, playbook or load_playbook(), renderer)

    @classmethod
    def for_services(
        cls,
        services: Services,
        config: SchedulerConfig | None = None,
        metrics: Metrics | None = None,
    ) -> Scheduler:
        if config is None:
            days = services.settings.inbox_retention_days
            config = SchedulerConfig(inbox_retention=timedelta(days=days))
        coach = services.coach
        desk = AlertDesk(
            services.store, coach.playbook, coach.renderer, coach.analyze, clock=config.clock
        )
        return cls(
            services.store,
            services.notifiers,
            services.renderer,
            config,
            metrics,
            desk.nudge,
            services.playbook,
            desk.stand_ins,
        )

    async def tick(self) -> int:
        """Claim what is due now and run it; the number of jobs handled."""
        now = self.config.clock()
        jobs = await self.store.claim_due_jobs(
            now, self.config.owner, self.config.lease, self.config.batch
        )
        for job in jobs:
            lag = (now - job.due_at).total_seconds()  # before a retry moves due_at
            await self._run(job, now)
            if self.metrics is not None:
                self.metrics.observe_job(lag, job.status)
        await self._prune(now)
        await self._seed_digests(now)
        return len(jobs)

    async def _seed_digests(self, now: datetime) -> None:
        """Give every manager who wants one a next digest, at most once per period."""
        if self._seeded_at is not None and now - self._seeded_at < self.config.seed_digests_every:
            return
        self._seeded_at = now
        try:
            added = await self.digests.seed(now)
        except Exception as exc:  # tried again next period
            log.warning("seeding the weekly digests failed: %r", exc)
            return
        if added:
            log.info("seeded %d weekly digest(s)", added)

    async def _prune(self, now: datetime) -> None:
        """Delete done inbox records past their retention, at most once per ``prune_every``."""
        if self._pruned_at is not None and now - self._pruned_at < self.config.prune_every:
            return
        self._pruned_at = now
        try:
            pruned = await self.store.prune_inbound(now - self.config.inbox_retention)
        except Exception as exc:  # the jobs ran; pruning is tried again next period
            log.warning("pruning the inbox failed: %r", exc)
            return
        if pruned:
            log.info("pruned %d done inbox record(s)", pruned)

    async def _due(self, job: Job, now: datetime) -> Due:
        """What a claimed job sends, to whom, what it becomes, and the job it leaves behind."""
        if job.kind in APPROVAL_KINDS:
            nudge = await self.nudges(job) if self.nudges else Nudge(None, Recipient(""), "dropped")
            return Due(nudge.reply, nudge.status, nudge.to)
        if job.kind == DIGEST:
            digest = await self.digests.outcome(job, now)
            return Due(digest.reply, digest.status, Recipient(job.user_id), digest.next_job)
        deal_id = str(job.payload.get("deal_id") or "")
        deal = await self.store.get_deal(job.tenant, deal_id) if deal_id else None
        outcome = job_outcome(job, deal, self.renderer, now)
        return Due(outcome.reply, outcome.status, Recipient(job.user_id))

    async def _run(self, job: Job, now: datetime) -> None:
        due = await self._due(job, now)
        reply, status, to = due.reply, due.status, due.to
        job.attempts += 1
        if reply is not None:
            platform = job.tenant.partition(":")[0]
            notifier = self.notifiers.get(platform)
            try:
                if notifier is None:
                    raise DeliveryError(f"no notifier for {platform!r} is running")
                await self._send(notifier, job, to, reply)
            except Exception as exc:  # any failure of a send is retried, within bounds
                self._retry(job, now, exc)
                await self._finish(job)
                return
        job.status = status
        job.last_error = None
        if await self._finish(job) and due.follower is not None:
            await self.store.add_job(due.follower)

    async def _send(self, notifier: Notifier, job: Job, to: Recipient, reply: Reply) -> None:
        if not to.channel:
            await notifier.send(job.tenant, to.to, reply)
            return
        if not isinstance(notifier, ChannelNotifier):
            raise DeliveryError(f"the {job.tenant!r} notifier cannot post to a channel")
        if not await notifier.shared_outside(job.tenant, to.to):
            await notifier.send_to_channel(job.tenant, to.to, reply, via=job.user_id)
            return
        # The card names the rep's authority: not into a deal desk channel people outside
        # the company read; to the coach managers' own chats instead (jobs are the rep's).
        managers = await self.stand_ins(job.tenant, job.user_id) if self.stand_ins else []
        log.warning(
            "job %s: the deal desk channel %s is shared outside the company; sent to %d "
            "coach manager(s) instead",
            job.id,
            to.to,
            len(managers),
        )
        for manager in managers:
            await notifier.send(job.tenant, manager, reply)

    def _retry(self, job: Job, now: datetime, exc: Exception) -> None:
        job.last_error = f"{type(exc).__name__}: {exc}"[:MAX_ERROR]
        if job.attempts >= job.max_attempts:
            job.status = "failed"
            log.error("job %s failed for good after %d attempts: %s", job.id, job.attempts, exc)
            return
        delay = min(self.config.backoff * 2 ** (job.attempts - 1), self.config.max_backoff)
        job.due_at = now + delay
        log.warning("job %s send failed (attempt %d), retry in %s", job.id, job.attempts, delay)

    async def _finish(self, job: Job) -> bool:
        if not await self.store.finish_job(job):
            log.warning("job %s: lease lost to another worker; its outcome stands", job.id)
            return False
        return True

    async def run(self) -> None:
        """Poll until cancelled; a failing tick is logged and the loop carries on."""
        while True:
            try:
                busy = await self.tick()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.exception("scheduler tick failed")
                if self.metrics is not None:
                    from bot.observability import is_database_error

                    if is_database_error(exc):
                        self.metrics.database_errors.labels(where="scheduler").inc()
                busy = 0
            if busy < self.config.batch:
                await asyncio.sleep(self.config.poll_interval)

    @asynccontextmanager
    async def running(self) -> AsyncIterator[Scheduler]:
        """Run in the background for the life of the block (the app, the terminal session)."""
        task = asyncio.get_running_loop().create_task(self.run(), name="scheduler")
        try:
            yield self
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)


SCHEDULER = web.AppKey("scheduler", Scheduler)
SCHEDULER_CONFIG = web.AppKey("scheduler_config", SchedulerConfig)


def scheduler_context(
    services: web.AppKey[Any],
) -> Callable[[web.Application], AsyncIterator[None]]:
    """A cleanup_ctx that runs the worker while the app runs; register it after the platforms
    so their notifiers are in place. Tests set ``app[SCHEDULER_CONFIG]`` before start."""

    async def context(app: web.Application) -> AsyncIterator[None]:
        from bot.observability import METRICS

        scheduler = Scheduler.for_services(
            app[services], app.get(SCHEDULER_CONFIG), metrics=app.get(METRICS)
        )
        app[SCHEDULER] = scheduler
        async with scheduler.running():
            yield

    return context
