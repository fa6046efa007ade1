"""The inbox: every Slack request is recorded durably before it is acknowledged.

The record doubles as the dedupe and replay guard across replicas (the store's
``record_inbound`` is False for a key seen before), and whatever is still
pending when a process starts is processed again, so a crash after the ack
loses nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from coaching.records import InboundEvent
from coaching.store import Store

PLATFORM = "slack"
NO_INBOX_TYPES = frozenset({"url_verification", "ssl_check"})


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
    def __init__(self, store: Store) -> None:
        self._store = store

    async def admit(self, key: str, payload: dict[str, Any]) -> Delivery | None:
        """Record the request; None when it was seen before (a retry or a replay)."""
        fresh = await self._store.record_inbound(InboundEvent(PLATFORM, key, payload))
        return Delivery(key) if fresh else None

    async def complete(self, key: str) -> None:
        await self._store.complete_inbound(PLATFORM, key)

    async def pending(self, received_before: datetime, limit: int = 100) -> list[InboundEvent]:
        events = await self._store.pending_inbound(PLATFORM, limit)
        return [e for e in events if e.received_at < received_before]
