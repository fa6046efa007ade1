"""The inbox: every Slack request is recorded durably before it is acknowledged.

The record doubles as the dedupe and replay guard across replicas (the store's
``record_inbound`` is False for a key seen before), and whatever is still
pending when a process starts is processed again, so a crash after the ack
loses nothing. Each record carries a lease (owner and expiry): recovery takes
over only events whose lease ran out, so a replica that starts while another
is still working on an event leaves it alone, and two recovering replicas
never both take the same one.
"""

from __future__ import annotations

import hashlib
import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from coaching.model import utcnow
from coaching.records import InboundEvent
from coaching.store import Store

PLATFORM = "slack"
NO_INBOX_TYPES = frozenset({"url_verification", "ssl_check"})
DEFAULT_LEASE = timedelta(minutes=2)  # longer than a job with all its Slack retries


def process_owner() -> str:
    """Unique per process life: a restarted process must not inherit its old leases."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass(slots=True)
class Delivery:
    """One admitted request; a listener claims it when it takes the work over."""

    key: str
    claimed: bool = False


def inbound_key(payload: dict[str, Any], fallback: str) -> str | None:
    """What identifies a request across retries and replays; None for handshakes.

    Events carry an ``event_id`` (kept across Slack's retries); commands, button
    presses and form submissions a ``trigger_id``; anything else is keyed by
    ``fallback`` (the request signature, or the Socket Mode envelope id).
    """
    if payload.get("type") in NO_INBOX_TYPES:
        return None
    if payload.get("event_id"):
        return f"event:{payload['event_id']}"
    if payload.get("trigger_id"):
        return f"trigger:{payload['trigger_id']}"
    return "request:" + hashlib.sha256(fallback.encode()).hexdigest()[:40]


class Inbox:
    def __init__(self, store: Store, lease: timedelta = DEFAULT_LEASE) -> None:
        self._store = store
        self.lease = lease
        self.owner = process_owner()

    async def admit(self, key: str, payload: dict[str, Any]) -> Delivery | None:
        """Record the request, leased to this process; None when it was seen before."""
        now = utcnow()
        event = InboundEvent(
            PLATFORM,
            key,
            payload,
            received_at=now,
            lock_owner=self.owner,
            lock_expires_at=now + self.lease,
        )
        fresh = await self._store.record_inbound(event)
        return Delivery(key) if fresh else None

    async def claim(self, key: str, now: datetime | None = None) -> bool:
        """Take over a pending event whose lease ran out; False when another has it."""
        now = now or utcnow()
        return await self._store.claim_inbound(PLATFORM, key, self.owner, now, now + self.lease)

    def unavailable(self, exc: BaseException) -> bool:
        """True when ``exc`` means the store is away for now: answer 503, keep work pending."""
        return self._store.is_unavailable(exc)

    async def complete(self, key: str) -> None:
        await self._store.complete_inbound(PLATFORM, key)

    async def pending(self, received_before: datetime, limit: int = 100) -> list[InboundEvent]:
        events = await self._store.pending_inbound(PLATFORM, limit)
        return [e for e in events if e.received_at < received_before]
