"""Records kept beside the deals: users, channel alerts, jobs and the inbox.

Used by the adapters and the scheduler through the same store; the engine
itself only needs deals, the ledger and dialogue state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from coaching.stamps import new_id, utcnow


@dataclass(slots=True)
class User:
    tenant: str
    user_id: str
    display_name: str = ""
    role: str = "rep"  # "rep" or "manager"
    manager_id: str | None = None
    tz: str | None = None  # IANA name, e.g. "Europe/Berlin"
    reminder_minutes: int = 30
    weekly_digest: bool = True  # a manager's weekly digest by DM (`digest off` stops it)


def is_manager(user: User | None) -> bool:
    """A coach manager: sees the team's figures, may decide any request, gets the digest."""
    return user is not None and user.role == "manager"


@dataclass(slots=True)
class Alert:
    """A channel alert raised when a rep asked a colleague for a concession."""

    tenant: str
    channel: str
    thread: str
    message_ref: str
    rep: str
    approver: str  # user id or deal-desk channel id
    analysis: dict[str, Any]
    deal_id: str | None = None
    give_seq: int | None = None
    status: str = "open"  # open, approved, countered, declined
    decision: str | None = None
    decided_by: str | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    decided_at: datetime | None = None


@dataclass(slots=True)
class Job:
    """A scheduled piece of work (a reminder, a follow-up) claimed under a lease."""

    tenant: str
    kind: str
    due_at: datetime
    payload: dict[str, Any]
    user_id: str = ""
    attempts: int = 0
    max_attempts: int = 5
    status: str = "pending"  # pending, done, failed, dropped
    lock_owner: str | None = None
    lock_expires_at: datetime | None = None
    last_error: str | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)


@dataclass(slots=True)
class InboundEvent:
    """A platform event recorded before it is acknowledged (the inbox)."""

    platform: str
    event_id: str
    payload: dict[str, Any]
    status: str = "pending"  # pending, done
    received_at: datetime = field(default_factory=utcnow)
    # Which process is working on it, and until when (a lease): start-up recovery on
    # another replica takes over only an event whose lease ran out.
    lock_owner: str | None = None
    lock_expires_at: datetime | None = None
    # The tenant key the request belongs to ("slack:T1"), so a workspace that removes
    # the app takes its inbox records (message text, response URLs) with it.
    tenant: str = ""


@dataclass(slots=True)
class Delegation:
    """A manager's approvals handed to someone else until a moment (``delegate @x until ...``)."""

    tenant: str
    manager: str
    delegate: str
    until: datetime
    created_at: datetime = field(default_factory=utcnow)

    def active(self, now: datetime) -> bool:
        return now < self.until


@dataclass(slots=True)
class AuditEntry:
    """One line of the approvals audit log: a decision on an alert, or a delegation change.

    ``key`` names the event once per tenant ("decision:<alert id>"), so a decision redone
    after a crash finds its row there already and writes no second one."""

    tenant: str
    key: str
    action: str  # approved, countered, declined, delegated, delegation_ended
    actor: str  # who decided or delegated
    rep: str = ""  # whose request it was (decisions)
    alert_id: str | None = None
    deal_id: str | None = None
    on_behalf_of: str | None = None  # the manager a delegate decided for
    delegate: str | None = None  # delegation changes: to whom
    condition: str | None = None  # the approval's condition or the counter's terms
    until: datetime | None = None  # delegation changes: until when
    id: str = field(default_factory=new_id)
    at: datetime = field(default_factory=utcnow)
