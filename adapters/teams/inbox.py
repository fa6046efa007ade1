"""The inbox: every Teams activity is recorded durably before it is acknowledged.

The key is the activity id within its conversation (Teams message ids are
timestamps, unique only per conversation); the store's ``record_inbound`` is
False for a key seen before, which dedupes Teams' re-sends (it re-sends what
took over 15 s) across replicas.

The record keeps the activity as Teams sent it while the turn is pending, so
what an earlier life of the process acknowledged but never finished is run
at start-up (:meth:`TeamsRuntime.recover`); completing the record drops the
activity, leaving only the key. Invokes are recorded without it: their answer
was the HTTP response, which nobody waits for after a restart, so recovery
only closes their record.

Each record carries a lease (owner and expiry): recovery takes over only
records whose lease ran out, so a replica that starts while another is still
working on an activity leaves it alone, and two recovering replicas never
both take the same one.
"""

from __future__ import annotations

import hashlib
import os
import socket
import uuid
from datetime import datetime, timedelta
from typing import Any

from adapters.teams.translate import conversation_type
from coaching.model import utcnow
from coaching.records import InboundEvent
from coaching.store import Store

PLATFORM = "teams"
DEFAULT_LEASE = timedelta(minutes=2)  # longer than a turn with all its connector retries
REPLAY = "activity"  # the payload key holding the activity to run again


def process_owner() -> str:
    """Unique per process life: a restarted process must not inherit its old leases."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def inbound_key(activity: dict[str, Any]) -> str | None:
    """None for an activity without an id (nothing to dedupe on)."""
    activity_id = activity.get("id")
    if not activity_id:
        return None
    conversation = str((activity.get("conversation") or {}).get("id") or "")
    digest = hashlib.sha256(f"{conversation}\n{activity_id}".encode()).hexdigest()[:40]
    return f"activity:{digest}"


def replayable(event: InboundEvent) -> dict[str, Any] | None:
    """The activity a pending record asks to run again; None when there is none."""
    activity = event.payload.get(REPLAY)
    return activity if isinstance(activity, dict) else None


class Inbox:
    def __init__(self, store: Store, owner: str, lease: timedelta = DEFAULT_LEASE) -> None:
        self._store = store
        self.owner = owner
        self.lease = lease

    async def admit(self, key: str, activity: dict[str, Any], *, replay: bool = True) -> bool:
        """Record the activity, leased to this process; False when it was seen before.

        With ``replay`` the activity itself is kept until the record is complete, so a
        restart can run the turn; without it only routing facts are stored."""
        now = utcnow()
        payload: dict[str, Any] = {
            "type": activity.get("type"),
            "conversation": conversation_type(activity),
        }
        if replay:
            payload[REPLAY] = activity
        event = InboundEvent(
            PLATFORM,
            key,
            payload,
            received_at=now,
            lock_owner=self.owner,
            lock_expires_at=now + self.lease,
        )
        return await self._store.record_inbound(event)

    async def claim(self, key: str, now: datetime | None = None) -> bool:
        """Take over a pending record whose lease ran out; False when another has it."""
        now = now or utcnow()
        return await self._store.claim_inbound(PLATFORM, key, self.owner, now, now + self.lease)

    async def complete(self, key: str) -> None:
        await self._store.complete_inbound(PLATFORM, key)

    async def pending(self, received_before: datetime, limit: int = 100) -> list[InboundEvent]:
        """Pending records older than ``received_before``, oldest first."""
        events = await self._store.pending_inbound(PLATFORM, limit)
        return [e for e in events if e.received_at < received_before]
