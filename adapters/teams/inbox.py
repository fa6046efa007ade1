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

Leases, claims and pending records: :mod:`adapters.inbox`.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

from adapters.inbox import DEFAULT_LEASE, Clock, LeasedInbox
from adapters.stores import InboxStore
from adapters.teams.translate import conversation_type, tenant_key, tenant_of
from coaching.model import utcnow
from coaching.records import InboundEvent

PLATFORM = "teams"
REPLAY = "activity"  # the payload key holding the activity to run again


def inbound_key(activity: dict[str, Any]) -> str | None:
    """None for an activity without an id (nothing to dedupe on)."""
    activity_id = activity.get("id")
    if not activity_id:
        return None
    conversation = str((activity.get("conversation") or {}).get("id") or "")
    seen = f"{conversation}\n{activity_id}"
    if activity.get("type") == "messageUpdate":  # an edit carries the edited message's id
        seen += f"\nupdate\n{activity.get('timestamp') or ''}"
    digest = hashlib.sha256(seen.encode()).hexdigest()[:40]
    return f"activity:{digest}"


def replayable(event: InboundEvent) -> dict[str, Any] | None:
    """The activity a pending record asks to run again; None when there is none."""
    activity = event.payload.get(REPLAY)
    return activity if isinstance(activity, dict) else None


def inbound_record(activity: dict[str, Any], *, replay: bool = True) -> tuple[dict[str, Any], str]:
    """What the inbox keeps of an activity, and its tenant key.

    With ``replay`` the activity itself is kept until the record is complete, so a
    restart can run the turn; without it only routing facts are stored."""
    payload: dict[str, Any] = {
        "type": activity.get("type"),
        "conversation": conversation_type(activity),
    }
    if replay:
        payload[REPLAY] = activity
    tenant = tenant_of(activity)
    return payload, tenant_key(tenant) if tenant else ""


class Inbox(LeasedInbox):
    def __init__(
        self, store: InboxStore, owner: str, lease: timedelta = DEFAULT_LEASE, clock: Clock = utcnow
    ) -> None:
        super().__init__(store, PLATFORM, owner, lease, clock)

    async def admit(self, key: str, activity: dict[str, Any], *, replay: bool = True) -> bool:
        """Record the activity, leased to this process; False when it was seen before."""
        payload, tenant = inbound_record(activity, replay=replay)
        return await self.record(key, payload, tenant)
