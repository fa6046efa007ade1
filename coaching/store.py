"""The narrow async storage interfaces the core runs on, one per need.

The core names what it reads and writes, and nothing else: the turn's store
(load the conversation, read deals, commit once), the people it names, the
channel alerts and the scheduled jobs. Delivery concerns (the inbox and its
leases, Teams conversation references) are the adapters' own interfaces
(``adapters/stores.py``); the composition root (``bot/services.py``) names the
union one store object satisfies. Both implementations live in ``storage/``:
the SQL store and its in-memory twin (``storage/memory.py``).
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from coaching.model import (
    ConversationKey,
    ConversationState,
    Deal,
    LedgerEntry,
    RecentLedger,
    TurnChanges,
    TurnStart,
)
from coaching.records import Alert, AuditEntry, Delegation, InboundEvent, Job, User


class VersionConflict(Exception):
    """Another turn saved first; the caller reloads and runs the turn again."""


class AlreadyWritten(Exception):
    """The turn's message (``TurnChanges.source``) already has ledger entries: it was
    handled before, so nothing was written this time."""


class AlreadyReceived(Exception):
    """The turn's trigger (``TurnChanges.inbound``) is in the inbox already: the request
    was received before (a replay or a redelivery), so nothing was written this time."""


class Trigger(Protocol):
    """The request a turn answers, when its dedupe record is written with the turn."""

    async def committing(self) -> InboundEvent | None:
        """Called just before each commit attempt: the record to write in the turn's own
        transaction, or None when it is in the inbox already (recorded by the delivery);
        raises AlreadyReceived when the request turned out to be a duplicate."""
        ...


# Set by a delivery that writes its request's dedupe record with the turn (a Slack slash
# command answered in its ack); the engine hands it to the commit. None elsewhere.
TRIGGER: ContextVar[Trigger | None] = ContextVar("turn_trigger", default=None)


@dataclass(frozen=True, slots=True)
class DealSummary:
    """One line of a deal list (App Home): no ledger, only the totals saved beside it
    and the seq of the ledger's last entry (None when it has none), which tell
    whether those totals account for the whole ledger."""

    id: str
    name: str
    phase: str
    totals: dict[str, Any] | None
    last_seq: int | None


class DealQueries(Protocol):
    """Reading deals and their ledgers (a tenant's rows only)."""

    async def get_deal(self, tenant: str, deal_id: str) -> Deal | None: ...
    async def find_deal(self, tenant: str, owner: str, name: str) -> Deal | None: ...
    async def list_deals(
        self, tenant: str, owner: str | None = None, status: str | None = "open"
    ) -> list[Deal]: ...
    async def ledger(self, tenant: str, deal_id: str) -> list[LedgerEntry]: ...
    async def recent_ledger(self, tenant: str, deal_id: str, limit: int) -> RecentLedger:
        """The last ``limit`` entries of the deal's ledger and the totals saved with it."""
        ...

    async def home_deals(self, tenant: str, owner: str, limit: int) -> list[DealSummary]:
        """The owner's ``limit`` most recently updated open deals, without their ledgers."""
        ...


class TurnStore(DealQueries, Protocol):
    """What the dialogue engine needs: read freely, write once per turn."""

    async def open_turn(
        self, key: ConversationKey, recent: int, *, whole: bool = False
    ) -> TurnStart:
        """In one round trip: the conversation's state, its current deal and the deal's
        ledger (its last ``recent`` entries and saved totals, or all of it with ``whole``)."""
        ...

    async def load_conversation(self, key: ConversationKey) -> ConversationState: ...

    async def commit(self, changes: TurnChanges) -> None:
        """Write the turn atomically; raise VersionConflict on a lost race, and
        AlreadyWritten (writing nothing) when a turn with entries has a ``source``
        the tenant's ledger already holds entries from. With ``changes.inbound``, that
        inbox record is inserted in the same transaction, and AlreadyReceived (writing
        nothing) is raised when its key is there already. An empty turn writes
        nothing at all."""
        ...


# The engine's store under its earlier name.
DealStore = TurnStore


class UserStore(Protocol):
    """The people the coach names and the roles they hold."""

    async def upsert_user(self, user: User) -> None: ...
    async def get_user(self, tenant: str, user_id: str) -> User | None: ...
    async def list_users(self, tenant: str) -> list[User]: ...
    async def managers(self, limit: int) -> list[User]:
        """The coach managers of every workspace (at most ``limit``), for the weekly digest."""
        ...


class AlertStore(Protocol):
    """Channel alerts and the channels that turned them off."""

    async def create_alert(self, alert: Alert) -> bool:
        """False when the thread already has an alert (one per thread)."""
        ...

    async def get_alert(self, tenant: str, alert_id: str) -> Alert | None: ...
    async def update_alert(self, alert: Alert, *, expect_status: str | None = None) -> bool:
        """Save ``alert``; with ``expect_status``, only if its stored status still is that
        (so two managers pressing at once cannot both decide). True when saved."""
        ...

    async def list_alerts(self, tenant: str, limit: int = 20) -> list[Alert]: ...
    async def set_channel_alerts(self, tenant: str, channel: str, enabled: bool) -> None: ...
    async def channel_alerts_enabled(self, tenant: str, channel: str) -> bool: ...
    async def set_channel_external_alerts(self, tenant: str, channel: str, allowed: bool) -> None:
        """A coach manager's opt-in to alerts in a channel shared outside the company."""
        ...

    async def channel_external_alerts(self, tenant: str, channel: str) -> bool:
        """Whether that opt-in was given (default: not)."""
        ...


class ApprovalStore(Protocol):
    """Delegated approvals, and the audit log of decisions and delegation changes."""

    async def set_delegation(self, delegation: Delegation, audit: AuditEntry) -> None:
        """Save the manager's delegation (replacing theirs) and its audit row, in one go."""
        ...

    async def end_delegation(self, tenant: str, manager: str, audit: AuditEntry) -> bool:
        """Delete the manager's delegation and write its audit row; False (nothing
        written) when there was none."""
        ...

    async def get_delegation(self, tenant: str, manager: str) -> Delegation | None: ...
    async def record_audit(self, entry: AuditEntry) -> bool:
        """Write one audit row; False (nothing written) when the tenant has its key already."""
        ...

    async def list_audit(
        self, tenant: str, user: str | None = None, limit: int = 100
    ) -> list[AuditEntry]:
        """The newest rows first; with ``user``, those naming them (actor, rep, on behalf of,
        delegate)."""
        ...


@dataclass(frozen=True, slots=True)
class ActiveLedgers:
    """The deals a period moved on and their ledgers up to its end (``truncated``: a
    LIMIT cut the read short, so the figures cover part of the period)."""

    deals: list[Deal]
    entries: list[LedgerEntry]  # by deal, in seq order
    truncated: bool = False


class AnalyticsQueries(Protocol):
    """The bounded reads managers' figures are computed from (``coaching/analytics.py``):
    one query per kind, never one per deal."""

    async def active_ledgers(
        self, tenant: str, since: datetime, until: datetime, max_deals: int, max_entries: int
    ) -> ActiveLedgers:
        """The (at most ``max_deals``) deals with a ledger entry in [since, until), and
        their whole ledgers' entries before ``until`` (at most ``max_entries``)."""
        ...

    async def alerts_between(
        self, tenant: str, since: datetime, until: datetime, limit: int
    ) -> list[Alert]:
        """The alerts raised in [since, until), the newest first, at most ``limit``."""
        ...


class JobStore(Protocol):
    """Scheduled jobs (call reminders), claimed under a lease by one worker at a time."""

    async def schedule_job(self, job: Job) -> None: ...
    async def add_job(self, job: Job) -> bool:
        """Insert ``job`` unless one with its id exists (then False): a job that several
        replicas seed at once under one id is made once."""
        ...

    async def claim_due_jobs(
        self, now: datetime, owner: str, lease: timedelta, limit: int = 10
    ) -> list[Job]: ...
    async def finish_job(self, job: Job) -> bool:
        """Save a claimed job's outcome (status, attempts, due_at) and release its lease,
        only if ``job.lock_owner`` still holds the claim; False when another worker took it."""
        ...

    async def list_jobs(self, tenant: str, user_id: str | None = None) -> list[Job]: ...


class DeskStore(TurnStore, UserStore, AlertStore, ApprovalStore, JobStore, Protocol):
    """What the alert desk reads and writes: alerts, names, the rep's ledger, delegations
    and the audit log, and the reminder and escalation jobs of a new alert."""


class PrepStore(TurnStore, Protocol):
    """What prep's `call` reads beside the turn (the user's zone, their pending jobs);
    what it writes (the user's settings, the reminders) goes in the turn's commit."""

    async def get_user(self, tenant: str, user_id: str) -> User | None: ...
    async def list_jobs(self, tenant: str, user_id: str | None = None) -> list[Job]: ...


class RecordsAdmin(Protocol):
    """Data rights and lifecycle: export, forget, delete a tenant, age out excerpts."""

    async def export_user(self, tenant: str, user_id: str) -> dict[str, Any]: ...
    async def forget_user(self, tenant: str, user_id: str) -> None: ...
    async def delete_tenant(self, tenant: str) -> None:
        """Everything stored for ``tenant``, its inbox records (pending or done) included."""
        ...

    async def purge_excerpts(self, older_than: datetime) -> int: ...
