"""The weekly digest a coach manager gets by DM: the team's week and the approvals waiting.

One job per manager and week, its id made of the manager and the moment it is due,
added only when absent (``JobStore.add_job``): replicas that seed it at once make one
job, and the scheduler's lease sends it once. The job that sends a week's digest adds
the next week's; the scheduler also seeds, now and then, a job for every manager who
has none (a manager named before the digest existed, or after ``digest on``). A
manager who says ``digest off`` gets none until ``digest on``. Platform-free: the
scheduler sends the reply through the manager's platform's notifier.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Protocol, cast

from coaching.alerts import alert_labels
from coaching.analytics import Period, TeamFigures, team_figures
from coaching.analytics_read import AnalyticsStore, read_activity
from coaching.commands import Command
from coaching.messages import Reply
from coaching.playbook import Playbook
from coaching.prep_reply import sectioned
from coaching.records import Alert, Job, User, is_manager
from coaching.render import Renderer
from coaching.store import AlertStore, JobStore
from coaching.timeparse import zone

if TYPE_CHECKING:
    from coaching.engine import Coach, Turn

DIGEST = "weekly_digest"
SEND_WEEKDAY = 0  # Monday: the week that ended, before the new one starts
SEND_AT = time(8, 0)  # in the manager's own time zone (UTC when unknown)
WEEK = timedelta(days=7)
OPEN_SHOWN = 10  # open approvals listed in the digest, the longest waiting first
ALERTS_READ = 200  # the newest alerts read to find the open ones
MANAGERS_SEEDED = 5_000  # managers seeded per pass (bounded)
ON = ("on", "start", "yes")
OFF = ("off", "stop", "no")


class DigestStore(AnalyticsStore, AlertStore, JobStore, Protocol):
    """What the digest reads (figures, alerts, the manager) and the jobs it adds."""


def due_after(now: datetime, tz_name: str | None) -> datetime:
    """The next send time strictly after ``now``: Monday 08:00 in the manager's zone."""
    tz = zone(tz_name) or UTC
    local = now.astimezone(tz)
    days = (SEND_WEEKDAY - local.weekday()) % 7
    due = datetime.combine(local.date() + timedelta(days=days), SEND_AT, tz)
    if due <= local:
        due = datetime.combine(due.date() + WEEK, SEND_AT, tz)
    return due.astimezone(UTC)


def digest_job(user: User, now: datetime) -> Job:
    """The manager's next digest job; the same manager and week give the same id."""
    due = due_after(now, user.tz)
    return Job(
        tenant=user.tenant,
        kind=DIGEST,
        due_at=due,
        payload={"week_end": due.isoformat()},
        user_id=user.user_id,
        id=f"digest:{user.tenant}:{user.user_id}:{due:%Y%m%dT%H%M}",
    )


@dataclass(frozen=True, slots=True)
class OpenApproval:
    rep_name: str
    give: str  # "discount 15%"
    hours: float  # how long it has waited


@dataclass(frozen=True, slots=True)
class DigestOutcome:
    reply: Reply | None  # None: nothing to send (not a manager any more, or turned off)
    status: str  # "done" or "dropped"
    next_job: Job | None  # next week's digest, added once this one is settled


class Digests:
    """Composes the digest when it is due and keeps each manager's chain of jobs."""

    def __init__(self, store: DigestStore, playbook: Playbook, renderer: Renderer) -> None:
        self.store = store
        self.playbook = playbook
        self.renderer = renderer

    async def outcome(self, job: Job, now: datetime) -> DigestOutcome:
        user = await self.store.get_user(job.tenant, job.user_id)
        if user is None or not is_manager(user) or not user.weekly_digest:
            return DigestOutcome(None, "dropped", None)
        period = Period(now - WEEK, now)
        activity = await read_activity(self.store, job.tenant, period)
        team = team_figures(job.tenant, activity, self.playbook, period)
        waiting = await self._open_approvals(job.tenant, activity.names(), now)
        return DigestOutcome(self._reply(team, waiting), "done", digest_job(user, now))

    async def seed(self, now: datetime) -> int:
        """Add the next digest of every manager who wants one; the number added."""
        added = 0
        for user in await self.store.managers(MANAGERS_SEEDED):
            if user.weekly_digest and await self.store.add_job(digest_job(user, now)):
                added += 1
        return added

    async def _open_approvals(
        self, tenant: str, names: dict[str, str], now: datetime
    ) -> list[OpenApproval]:
        """The open alerts, the longest waiting first: older ones than the week's too."""
        newest = await self.store.list_alerts(tenant, ALERTS_READ)
        alerts = sorted((a for a in newest if a.status == "open"), key=lambda a: a.created_at)
        return [_open(a, names, now) for a in alerts[:OPEN_SHOWN]]

    def _reply(self, team: TeamFigures, waiting: list[OpenApproval]) -> Reply:
        return sectioned(
            self.renderer,
            "digest",
            None,
            team=team,
            figures=team.figures,
            coach_first=team.needs_coaching(3),
            waiting=waiting,
            until=team.period.until,
            since=team.period.since,
        )


def _open(alert: Alert, names: dict[str, str], now: datetime) -> OpenApproval:
    give, _ = alert_labels(alert)
    hours = max((now - alert.created_at).total_seconds() / 3600, 0.0)
    return OpenApproval(names.get(alert.rep, alert.rep), give, hours)


class DigestCommand:
    """`digest on|off`: a manager's choice of the weekly digest (reps are told it is theirs)."""

    def __init__(self, coach: Coach, clock: Callable[[], datetime]) -> None:
        self.coach = coach
        self.clock = clock

    @property
    def store(self) -> DigestStore:
        return cast("DigestStore", self.coach.store)

    async def handle(self, turn: Turn, command: Command) -> Reply | None:
        user = await self.store.get_user(turn.tenant, turn.msg.user)
        word = command.arg.strip().casefold()
        if user is None or not is_manager(user):
            return self._reply("digest_managers_only")
        if word in ON or word in OFF:
            user.weekly_digest = word in ON
            await self.store.upsert_user(user)
            if user.weekly_digest:
                await self.store.add_job(digest_job(user, self.clock()))
        due = due_after(self.clock(), user.tz)
        return self._reply("digest_set", on=user.weekly_digest, due=due)

    def _reply(self, template: str, **context: object) -> Reply:
        return Reply(kind=template, sections=[self.coach.renderer.render(template, **context)])


def install_digest(coach: Coach, clock: Callable[[], datetime]) -> None:
    """Register `digest` with the engine (the composition root calls this)."""
    coach.extend("digest", DigestCommand(coach, clock).handle)
