"""Dedupe of inbound activities through the store: Teams re-sends what took over 15 s.

The key is the activity id within its conversation (Teams message ids are
timestamps, unique only per conversation). Only routing facts are stored,
never the message text, and the record is completed when the turn ends.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

from adapters.teams.translate import conversation_type
from coaching.model import utcnow
from coaching.records import InboundEvent
from coaching.store import Store

PLATFORM = "teams"
LEASE = timedelta(minutes=2)


def inbound_key(activity: dict[str, Any]) -> str | None:
    """None for an activity without an id (nothing to dedupe on)."""
    activity_id = activity.get("id")
    if not activity_id:
        return None
    conversation = str((activity.get("conversation") or {}).get("id") or "")
    digest = hashlib.sha256(f"{conversation}\n{activity_id}".encode()).hexdigest()[:40]
    return f"activity:{digest}"


class Inbox:
    def __init__(self, store: Store, owner: str) -> None:
        self._store = store
        self.owner = owner

    async def admit(self, key: str, activity: dict[str, Any]) -> bool:
        """Record the activity; False when it was seen before."""
        now = utcnow()
        facts = {"type": activity.get("type"), "conversation": conversation_type(activity)}
        until = now + LEASE
        event = InboundEvent(
            PLATFORM, key, facts, received_at=now, lock_owner=self.owner, lock_expires_at=until
        )
        return await self._store.record_inbound(event)

    async def complete(self, key: str) -> None:
        await self._store.complete_inbound(PLATFORM, key)
