"""Approvals that don't stall: a reminder to the approver, then an escalation.

Both are jobs scheduled when the alert is raised (``approval_remind``,
``approval_escalate``), claimed once across replicas by the scheduler's lease. What a
due job says is decided when it runs: an alert decided meanwhile (or gone) sends
nothing. The escalation goes where it was decided at raise time: the deal desk
channel, else the approver's own manager when the coach knows one; with neither,
there is only the reminder. Platform-free; the scheduler sends through the notifiers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from coaching.messages import Reply
from coaching.negotiation import Positions
from coaching.phrasing import describe
from coaching.records import Alert, Job

REMIND = "approval_remind"
ESCALATE = "approval_escalate"
KINDS = frozenset({REMIND, ESCALATE})


@dataclass(frozen=True, slots=True)
class ApprovalTiming:
    """How long a request may wait before the approver is reminded, and before it goes
    up; None switches one off (APPROVAL_REMIND_AFTER_MINUTES, ..._ESCALATE_...: 0)."""

    remind_after: timedelta | None = timedelta(minutes=120)
    escalate_after: timedelta | None = timedelta(minutes=480)

    @classmethod
    def of_minutes(cls, remind: float, escalate: float) -> ApprovalTiming:
        def after(minutes: float) -> timedelta | None:
            return timedelta(minutes=minutes) if minutes > 0 else None

        return cls(after(remind), after(escalate))

    @classmethod
    def of_settings(cls, settings: object) -> ApprovalTiming:
        """APPROVAL_REMIND_AFTER_MINUTES and APPROVAL_ESCALATE_AFTER_MINUTES (0: off)."""
        return cls.of_minutes(
            getattr(settings, "approval_remind_after_minutes", 120.0),
            getattr(settings, "approval_escalate_after_minutes", 480.0),
        )


@dataclass(frozen=True, slots=True)
class Recipient:
    """Where a nudge goes: a person's private chat, or a channel."""

    to: str
    channel: bool = False


def approval_jobs(
    alert: Alert, timing: ApprovalTiming, escalate_to: Recipient | None, now: datetime
) -> list[Job]:
    """The reminder (to the approver) and the escalation jobs of a new alert. Filed under
    the rep (``user_id``), so forgetting the rep takes them with the alert."""
    if not alert.approver:
        return []
    approver = Recipient(alert.approver, bool(alert.analysis.get("approver_is_channel")))
    planned: list[tuple[str, timedelta | None, Recipient | None]] = [
        (REMIND, timing.remind_after, approver),
        (ESCALATE, timing.escalate_after, escalate_to),
    ]
    return [
        Job(
            tenant=alert.tenant,
            kind=kind,
            due_at=now + after,
            payload={"alert_id": alert.id, "to": who.to, "channel": who.channel},
            user_id=alert.rep,
            created_at=now,
        )
        for kind, after, who in planned
        if after is not None and who is not None and who.to
    ]


def recipient(job: Job) -> Recipient:
    return Recipient(str(job.payload.get("to") or ""), bool(job.payload.get("channel")))


@dataclass(frozen=True, slots=True)
class Nudge:
    """What a due approval job sends (None: nothing, the alert is decided or gone)."""

    reply: Reply | None
    to: Recipient
    status: str = "done"  # the job once sent; "dropped" when there was nothing to send


@dataclass(frozen=True, slots=True)
class DealBrief:
    """Where the deal stands, for the approver: the customer's ask against our current
    offer on the give's kind, and the ledger in one line."""

    ask: str
    offer: str
    gives: int
    gets: int
    health: str | None  # "traded", "exposed", "empty" or None (the ledger only can tell)

    @classmethod
    def of(cls, positions: Positions, kind: str) -> DealBrief:
        here = positions.of_kind(kind)
        ask = describe(kind, here.ask.amount, here.ask.unit) if here.ask.on else ""
        offer = describe(kind, here.offer.amount, here.offer.unit) if here.offer.on else ""
        return cls(ask, offer, positions.gives(), len(positions.gets), positions.health())

    def to_context(self) -> dict[str, Any]:
        return {
            "ask": self.ask,
            "offer": self.offer,
            "gives": self.gives,
            "gets": self.gets,
            "health": self.health,
        }
