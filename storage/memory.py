"""The in-memory store: the SQL store's twin, with the same semantics, in one process.

It satisfies every storage interface (the core's in ``coaching/store.py``, the
adapters' in ``adapters/stores.py``); ``--memory`` runs and the engine's tests use it.
"""

from __future__ import annotations

import asyncio
import copy
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from coaching.model import (
    ConversationKey,
    ConversationState,
    Deal,
    LedgerEntry,
    RecentLedger,
    TurnChanges,
)
from coaching.records import Alert, InboundEvent, Job, User
from coaching.store import AlreadyWritten, VersionConflict
from storage.convert import plain_one


class MemoryStore:
    """A process-local store with the same semantics as the SQL one."""

    def is_unavailable(self, exc: BaseException) -> bool:
        return False  # never away: it lives in this process

    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._states: dict[ConversationKey, ConversationState] = {}
        self._deals: dict[str, Deal] = {}
        self._ledger: dict[str, list[LedgerEntry]] = {}
        self._totals: dict[str, dict[str, Any]] = {}
        self._users: dict[tuple[str, str], User] = {}
        self._inbox: dict[tuple[str, str], InboundEvent] = {}
        self._alerts: dict[str, Alert] = {}
        self._alerts_off: set[tuple[str, str]] = set()
        self._refs: dict[tuple[str, str], dict[str, Any]] = {}
        self._jobs: dict[str, Job] = {}

    # -- deals, ledger, dialogue state
    async def load_conversation(self, key: ConversationKey) -> ConversationState:
        state = self._states.get(key)
        return copy.deepcopy(state) if state else ConversationState()

    async def get_deal(self, tenant: str, deal_id: str) -> Deal | None:
        deal = self._deals.get(deal_id)
        return copy.deepcopy(deal) if deal and deal.tenant == tenant else None

    async def find_deal(self, tenant: str, owner: str, name: str) -> Deal | None:
        wanted = name.casefold()
        for deal in self._deals.values():
            if deal.tenant == tenant and deal.owner == owner and deal.name.casefold() == wanted:
                return copy.deepcopy(deal)
        return None

    async def list_deals(
        self, tenant: str, owner: str | None = None, status: str | None = "open"
    ) -> list[Deal]:
        found = [
            copy.deepcopy(d)
            for d in self._deals.values()
            if d.tenant == tenant
            and (owner is None or d.owner == owner)
            and (status is None or d.status == status)
        ]
        return sorted(found, key=lambda d: d.updated_at, reverse=True)

    async def ledger(self, tenant: str, deal_id: str) -> list[LedgerEntry]:
        deal = self._deals.get(deal_id)
        if deal is None or deal.tenant != tenant:
            return []
        return [copy.deepcopy(e) for e in self._ledger.get(deal_id, [])]

    async def recent_ledger(self, tenant: str, deal_id: str, limit: int) -> RecentLedger:
        deal = self._deals.get(deal_id)
        if deal is None or deal.tenant != tenant:
            return RecentLedger([])
        entries = sorted(self._ledger.get(deal_id, []), key=lambda e: e.seq)[-limit:]
        totals = self._totals.get(deal_id)
        return RecentLedger(copy.deepcopy(entries), copy.deepcopy(totals))

    async def commit(self, changes: TurnChanges) -> None:
        if changes.empty:
            return  # as the SQL store: an empty turn writes nothing
        async with self._lock:
            if changes.source and changes.entries and self._has_source(changes):
                raise AlreadyWritten(changes.source)
            current = self._states.get(changes.key)
            current_version = current.version if current else 0
            if changes.state_changed and current_version != changes.state.version:
                raise VersionConflict(str(changes.key))
            for deal in changes.deals:
                clash = await self.find_deal(deal.tenant, deal.owner, deal.name)
                if clash and clash.id != deal.id:
                    raise VersionConflict(f"deal {deal.name!r} created concurrently")
            for entry in changes.entries:
                taken = {e.seq for e in self._ledger.get(entry.deal_id, [])}
                if entry.seq in taken:
                    raise VersionConflict(f"ledger seq {entry.seq} taken")
            for deal in changes.deals:
                self._deals[deal.id] = copy.deepcopy(deal)
            for entry in changes.entries:
                self._ledger.setdefault(entry.deal_id, []).append(copy.deepcopy(entry))
            for deal_id, totals in changes.totals.items():
                deal = self._deals.get(deal_id)
                if deal is not None and deal.tenant == changes.key.tenant:
                    self._totals[deal_id] = copy.deepcopy(totals)
            if changes.state_changed:
                self._states[changes.key] = replace(
                    copy.deepcopy(changes.state), version=current_version + 1
                )
            for user in changes.users:
                self._users[(user.tenant, user.user_id)] = copy.deepcopy(user)
            for job in changes.jobs:
                self._jobs[job.id] = copy.deepcopy(job)

    def _has_source(self, changes: TurnChanges) -> bool:
        tenant = changes.key.tenant
        return any(
            entry.source == changes.source
            for deal_id, entries in self._ledger.items()
            if (deal := self._deals.get(deal_id)) is not None and deal.tenant == tenant
            for entry in entries
        )

    # -- users
    async def upsert_user(self, user: User) -> None:
        self._users[(user.tenant, user.user_id)] = copy.deepcopy(user)

    async def get_user(self, tenant: str, user_id: str) -> User | None:
        user = self._users.get((tenant, user_id))
        return copy.deepcopy(user) if user else None

    async def list_users(self, tenant: str) -> list[User]:
        return [copy.deepcopy(u) for (t, _), u in self._users.items() if t == tenant]

    # -- inbox
    async def record_inbound(self, event: InboundEvent) -> bool:
        key = (event.platform, event.event_id)
        if key in self._inbox:
            return False
        self._inbox[key] = copy.deepcopy(event)
        return True

    async def complete_inbound(self, platform: str, event_id: str) -> None:
        self._complete(platform, event_id)

    def _complete(self, platform: str, event_id: str) -> None:
        event = self._inbox.get((platform, event_id))
        if event:
            event.status = "done"
            event.payload = {}

    async def pending_inbound(self, platform: str, limit: int = 100) -> list[InboundEvent]:
        pending = [
            copy.deepcopy(e)
            for (p, _), e in self._inbox.items()
            if p == platform and e.status == "pending"
        ]
        return sorted(pending, key=lambda e: e.received_at)[:limit]

    async def claim_inbound(
        self, platform: str, event_id: str, owner: str, now: datetime, until: datetime
    ) -> bool:
        event = self._inbox.get((platform, event_id))
        if event is None or event.status != "pending":
            return False
        if event.lock_expires_at is not None and event.lock_expires_at > now:
            return False
        event.lock_owner, event.lock_expires_at = owner, until
        return True

    async def prune_inbound(self, done_before: datetime) -> int:
        old = [
            k for k, e in self._inbox.items() if e.status == "done" and e.received_at < done_before
        ]
        for k in old:
            del self._inbox[k]
        return len(old)

    # -- alerts
    async def create_alert(self, alert: Alert) -> bool:
        for existing in self._alerts.values():
            if (existing.tenant, existing.channel, existing.thread) == (
                alert.tenant,
                alert.channel,
                alert.thread,
            ):
                return False
        self._alerts[alert.id] = copy.deepcopy(alert)
        return True

    async def get_alert(self, tenant: str, alert_id: str) -> Alert | None:
        alert = self._alerts.get(alert_id)
        return copy.deepcopy(alert) if alert and alert.tenant == tenant else None

    async def update_alert(self, alert: Alert, *, expect_status: str | None = None) -> bool:
        stored = self._alerts.get(alert.id)
        if stored is None or stored.tenant != alert.tenant:
            return False
        if expect_status is not None and stored.status != expect_status:
            return False
        self._alerts[alert.id] = copy.deepcopy(alert)
        return True

    async def list_alerts(self, tenant: str, limit: int = 20) -> list[Alert]:
        found = [copy.deepcopy(a) for a in self._alerts.values() if a.tenant == tenant]
        return sorted(found, key=lambda a: a.created_at, reverse=True)[:limit]

    async def set_channel_alerts(self, tenant: str, channel: str, enabled: bool) -> None:
        if enabled:
            self._alerts_off.discard((tenant, channel))
        else:
            self._alerts_off.add((tenant, channel))

    async def channel_alerts_enabled(self, tenant: str, channel: str) -> bool:
        return (tenant, channel) not in self._alerts_off

    # -- conversation references
    async def save_conversation_ref(self, tenant: str, user_id: str, ref: dict[str, Any]) -> None:
        self._refs[(tenant, user_id)] = copy.deepcopy(ref)

    async def get_conversation_ref(self, tenant: str, user_id: str) -> dict[str, Any] | None:
        ref = self._refs.get((tenant, user_id))
        return copy.deepcopy(ref) if ref else None

    # -- jobs
    async def schedule_job(self, job: Job) -> None:
        self._jobs[job.id] = copy.deepcopy(job)

    async def claim_due_jobs(
        self, now: datetime, owner: str, lease: timedelta, limit: int = 10
    ) -> list[Job]:
        async with self._lock:
            claimed: list[Job] = []
            for job in sorted(self._jobs.values(), key=lambda j: j.due_at):
                if len(claimed) >= limit:
                    break
                free = job.lock_expires_at is None or job.lock_expires_at <= now
                if job.status == "pending" and job.due_at <= now and free:
                    job.lock_owner = owner
                    job.lock_expires_at = now + lease
                    claimed.append(copy.deepcopy(job))
            return claimed

    async def finish_job(self, job: Job) -> bool:
        async with self._lock:
            current = self._jobs.get(job.id)
            if current is None or current.tenant != job.tenant:
                return False
            if current.lock_owner != job.lock_owner:
                return False
            stored = copy.deepcopy(job)
            stored.lock_owner = None
            stored.lock_expires_at = None
            self._jobs[job.id] = stored
            return True

    async def list_jobs(self, tenant: str, user_id: str | None = None) -> list[Job]:
        found = [
            copy.deepcopy(j)
            for j in self._jobs.values()
            if j.tenant == tenant and (user_id is None or j.user_id == user_id)
        ]
        return sorted(found, key=lambda j: j.due_at)

    # -- data rights
    async def export_user(self, tenant: str, user_id: str) -> dict[str, Any]:
        deals = [d for d in self._deals.values() if d.tenant == tenant and d.owner == user_id]
        return {
            "user": plain_one(self._users.get((tenant, user_id))),
            "deals": [
                {"deal": plain_one(d), "ledger": [plain_one(e) for e in self._ledger.get(d.id, [])]}
                for d in deals
            ],
            "alerts": [
                plain_one(a)
                for a in sorted(self._alerts.values(), key=lambda a: a.created_at)
                if a.tenant == tenant and user_id in (a.rep, a.approver, a.decided_by)
            ],
            "conversations": [
                {"conversation": k.conversation, "state": s.to_json()}
                for k, s in self._states.items()
                if k.tenant == tenant and k.user == user_id
            ],
            "jobs": [plain_one(j) for j in await self.list_jobs(tenant, user_id)],
        }

    async def forget_user(self, tenant: str, user_id: str) -> None:
        for deal in [d for d in self._deals.values() if d.tenant == tenant and d.owner == user_id]:
            self._deals.pop(deal.id, None)
            self._ledger.pop(deal.id, None)
            self._totals.pop(deal.id, None)
        self._users.pop((tenant, user_id), None)
        self._refs.pop((tenant, user_id), None)
        for key in [k for k in self._states if k.tenant == tenant and k.user == user_id]:
            self._states.pop(key)
        for job in [j for j in self._jobs.values() if j.tenant == tenant and j.user_id == user_id]:
            self._jobs.pop(job.id)
        for alert in [a for a in self._alerts.values() if a.tenant == tenant]:
            if alert.rep == user_id:
                self._alerts.pop(alert.id)
                continue
            if alert.approver == user_id:
                alert.approver = ""
            if alert.decided_by == user_id:
                alert.decided_by = None

    async def delete_tenant(self, tenant: str) -> None:
        owners = {d.owner for d in self._deals.values() if d.tenant == tenant}
        owners |= {u for (t, u) in self._users if t == tenant}
        for owner in owners:
            await self.forget_user(tenant, owner)
        for alert in [a for a in self._alerts.values() if a.tenant == tenant]:
            self._alerts.pop(alert.id)
        self._alerts_off = {k for k in self._alerts_off if k[0] != tenant}
        self._inbox = {k: e for k, e in self._inbox.items() if e.tenant != tenant or not tenant}

    async def purge_excerpts(self, older_than: datetime) -> int:
        purged = 0
        for entries in self._ledger.values():
            for entry in entries:
                if entry.excerpt and entry.created_at < older_than:
                    entry.excerpt = ""
                    purged += 1
        return purged
