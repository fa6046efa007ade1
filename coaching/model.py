"""Deals, the concession ledger and dialogue state: the engine's data model.

Plain dataclasses so the engine stays free of any database library; the SQL
store maps them to tables, the in-memory store keeps them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from coaching.records import AuditEntry, InboundEvent, Job, User
from coaching.stamps import new_id, utcnow

NEGOTIATION_TYPES = ("Bargaining", "Trading", "Creating", "Partnering")
PHASES = ("Prepare", "Communicate", "Propose", "Align")
STRATEGIES = ("Partnership", "Competitive", "Defensive", "Creative")


@dataclass(frozen=True, slots=True)
class ConversationKey:
    """Dialogue state is kept per tenant, user and conversation."""

    tenant: str
    user: str
    conversation: str


@dataclass(slots=True)
class Limit:
    """The furthest the rep will go on one kind of give (the walk-away for it)."""

    kind: str
    amount: float
    unit: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "amount": self.amount, "unit": self.unit}


@dataclass(slots=True)
class GoalZone:
    """Where the rep aims to land on one kind of give: between ``low`` and ``high``."""

    kind: str
    low: float
    high: float
    unit: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "low": self.low, "high": self.high, "unit": self.unit}


@dataclass(slots=True)
class Deal:
    tenant: str
    owner: str
    name: str
    id: str = field(default_factory=new_id)
    negotiation_type: str | None = None
    strategy: str | None = None
    phase: str = "Prepare"
    limits: dict[str, Limit] = field(default_factory=dict)
    walk_away: str | None = None
    goal_zone: str | None = None
    goal_zones: dict[str, GoalZone] = field(default_factory=dict)
    # The deal's list price or size, when the rep said it: money on a discount is
    # then read as a percent of it.
    list_price: float | None = None
    currency: str | None = None
    status: str = "open"
    prep: dict[str, Any] = field(default_factory=dict)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)


LEDGER_SIDES = ("ask", "give", "get", "undo", "label", "decision")


@dataclass(slots=True)
class LedgerEntry:
    """One append-only ledger row.

    ``ask`` records what the customer asks for and ``give`` what we offer, each as
    the new TOTAL on its kind (the step is derived); ``get`` what we ask for or
    obtained in return, its ``description`` in the rep's own words; ``undo``
    reverses the entry ``ref`` points to; ``label`` marks the give ``ref`` as
    labelled; ``decision`` records a manager's decision on the give ``ref``
    (approve/counter/decline + condition).
    """

    tenant: str
    deal_id: str
    seq: int
    side: str
    kind: str
    description: str
    amount: float | None = None
    unit: str | None = None
    labelled: bool = False
    traded_against: int | None = None
    ref: int | None = None
    author: str = ""
    source: str = ""
    excerpt: str = ""
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)


@dataclass(slots=True)
class ConversationState:
    """What the dialogue remembers between turns; ``version`` guards saves."""

    current_deal_id: str | None = None
    suggested_gets: list[str] = field(default_factory=list)
    prep: dict[str, Any] = field(default_factory=dict)  # an in-progress prep flow
    # The last move reply's check codes and kind, for `why` to explain in full.
    last: dict[str, Any] = field(default_factory=dict)
    version: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "current_deal_id": self.current_deal_id,
            "suggested_gets": list(self.suggested_gets),
            "prep": dict(self.prep),
            "last": dict(self.last),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], version: int) -> ConversationState:
        return cls(
            current_deal_id=data.get("current_deal_id"),
            suggested_gets=list(data.get("suggested_gets") or []),
            prep=dict(data.get("prep") or {}),
            last=dict(data.get("last") or {}),
            version=version,
        )


@dataclass(slots=True)
class RecentLedger:
    """The end of a deal's ledger, and what the engine last saved beside it."""

    entries: list[LedgerEntry]  # the last entries asked for, in seq order
    totals: dict[str, Any] | None = None  # the engine's running totals (opaque to stores)


@dataclass(slots=True)
class TurnStart:
    """What a turn reads before it decides, in one call to the store: the dialogue state,
    its current deal (None when it has none, or that deal is gone) and that deal's
    ledger, whole (``complete``) or its recent end with the totals saved beside it."""

    state: ConversationState
    deal: Deal | None = None
    ledger: RecentLedger | None = None
    complete: bool = False


@dataclass(slots=True)
class TurnChanges:
    """Everything one turn writes, committed in one transaction.

    ``totals`` maps a deal id to the engine's running totals of its ledger, saved
    beside it (they ride along with a write, never make one). ``source`` names the
    one message the turn answers: when the tenant's ledger already holds entries
    from it, the message was handled before (a redelivery after a crash) and a
    turn with entries is not written again (the store raises AlreadyWritten).
    ``users`` and ``jobs`` are what a feature module (prep's `call`) saves with the
    turn: a user's settings and the reminders it schedules, in the same commit.
    ``inbound`` is the trigger's inbox record (done), inserted in the same transaction
    when the delivery writes its dedupe record with the turn (see ``store.TRIGGER``).
    """

    key: ConversationKey
    state: ConversationState
    state_changed: bool = False
    deals: list[Deal] = field(default_factory=list)
    entries: list[LedgerEntry] = field(default_factory=list)
    totals: dict[str, dict[str, Any]] = field(default_factory=dict)
    source: str = ""
    users: list[User] = field(default_factory=list)
    jobs: list[Job] = field(default_factory=list)
    inbound: InboundEvent | None = None
    # Audit rows written with the turn (an approver's decision beside its ledger entry).
    audit: list[AuditEntry] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        written = self.deals or self.entries or self.users or self.jobs or self.audit
        return not (self.state_changed or written)
