"""A platform's inbox: requests recorded durably before they are acknowledged, under a lease.

The store's ``record_inbound`` is False for a key seen before, which makes the
record the dedupe and replay guard across replicas. Each record carries a lease
(owner and expiry): whatever is still pending when a process starts, or when a
sweep runs, is taken over only once its lease ran out, so a replica never takes
work another live replica holds, and two never both take the same record.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from adapters.stores import InboxStore
from coaching.model import utcnow
from coaching.records import InboundEvent

log = logging.getLogger("concession_coach.inbox")
DEFAULT_LEASE = timedelta(minutes=2)  # longer than a turn with all its platform retries
Clock = Callable[[], datetime]
Wait = Callable[[float], Awaitable[None]]


def process_owner() -> str:
    """Unique per process life: a restarted process must not inherit its old leases."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class LeasedInbox:
    """One platform's records in the store, leased to ``owner`` while it works on them."""

    def __init__(
        self,
        store: InboxStore,
        platform: str,
        owner: str,
        lease: timedelta = DEFAULT_LEASE,
        clock: Clock = utcnow,
    ) -> None:
        self._store = store
        self.platform = platform
        self.owner = owner
        self.lease = lease
        self.clock = clock  # leases and "received before" are read on this (tests drive it)

    async def record(self, key: str, payload: dict[str, Any], tenant: str = "") -> bool:
        """Record a request of ``tenant``, leased to this process; False when seen before."""
        now = self.clock()
        event = InboundEvent(
            self.platform,
            key,
            payload,
            received_at=now,
            lock_owner=self.owner,
            lock_expires_at=now + self.lease,
            tenant=tenant,
        )
        return await self._store.record_inbound(event)

    def done_record(self, key: str, tenant: str = "") -> InboundEvent:
        """The record of a request handled whole before its ack: done, without its payload
        (the key alone dedupes a retry or a replay), to be written with its turn."""
        return InboundEvent(self.platform, key, {}, "done", self.clock(), tenant=tenant)

    async def record_done(self, key: str, tenant: str = "") -> bool:
        """Record a request handled whole before its ack; False when seen before."""
        return await self._store.record_inbound(self.done_record(key, tenant))

    async def claim(self, key: str, now: datetime | None = None) -> bool:
        """Take over a pending record whose lease ran out; False when another has it."""
        now = now or self.clock()
        return await self._store.claim_inbound(
            self.platform, key, self.owner, now, now + self.lease
        )

    def unavailable(self, exc: BaseException) -> bool:
        """True when ``exc`` means the store is away for now: answer 503, keep work pending."""
        return self._store.is_unavailable(exc)

    async def complete(self, key: str) -> None:
        await self._store.complete_inbound(self.platform, key)

    async def pending(self, received_before: datetime, limit: int = 100) -> list[InboundEvent]:
        """Pending records older than ``received_before``, oldest first."""
        events = await self._store.pending_inbound(self.platform, limit)
        return [e for e in events if e.received_at < received_before]


async def sweep(
    inbox: LeasedInbox,
    recover: Callable[[datetime], Awaitable[int]],
    first: asyncio.Task[int],
    wait: Wait = asyncio.sleep,
) -> None:
    """After start-up recovery (``first``), recover again every lease period: work a
    storage outage cut short, or a request recorded just before its answer failed, stays
    pending and is redone here once its lease runs out, without a restart."""
    await asyncio.gather(first, return_exceptions=True)
    interval = max(1.0, min(inbox.lease.total_seconds(), 60.0))
    while True:
        await wait(interval)
        try:
            await recover(inbox.clock())
        except Exception as exc:
            if not inbox.unavailable(exc):
                log.exception("sweeping the %s inbox failed", inbox.platform)
            else:
                log.warning("%s inbox sweep: storage unavailable: %r", inbox.platform, exc)
