"""The storage the adapters need beyond the core's: the delivery inbox and Teams references.

These are delivery concerns, so they are declared here and not in ``coaching/``;
the stores in ``storage/`` satisfy them structurally (neither side imports the
other). ``PlatformStore`` is what a platform runtime is handed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from coaching.records import InboundEvent
from coaching.store import AnalyticsQueries, DeskStore, RecordsAdmin


class InboxStore(Protocol):
    """Requests recorded before they are acknowledged, processed once under a lease."""

    def is_unavailable(self, exc: BaseException) -> bool:
        """True when ``exc`` means the store is away for now (worth retrying later), so
        adapters can answer 503 and keep work pending without knowing the database."""
        ...

    async def record_inbound(self, event: InboundEvent) -> bool:
        """Store the event; False when this (platform, event_id) was seen before."""
        ...

    async def complete_inbound(self, platform: str, event_id: str) -> None: ...
    async def pending_inbound(self, platform: str, limit: int = 100) -> list[InboundEvent]: ...
    async def claim_inbound(
        self, platform: str, event_id: str, owner: str, now: datetime, until: datetime
    ) -> bool:
        """Lease a pending event to ``owner`` until ``until`` unless another owner's lease
        is still running at ``now``; True when this call took it (one winner per event)."""
        ...

    async def prune_inbound(self, done_before: datetime) -> int:
        """Delete done records received before ``done_before`` (past any retry or replay
        window); pending ones stay. Returns how many went."""
        ...


class ReferenceStore(Protocol):
    """Teams conversation references, for messages the coach starts itself."""

    async def save_conversation_ref(
        self, tenant: str, user_id: str, ref: dict[str, Any]
    ) -> None: ...
    async def get_conversation_ref(self, tenant: str, user_id: str) -> dict[str, Any] | None: ...


class PlatformStore(
    DeskStore, RecordsAdmin, InboxStore, ReferenceStore, AnalyticsQueries, Protocol
):
    """What a platform runtime is handed: the desk's store, the inbox, the references."""
