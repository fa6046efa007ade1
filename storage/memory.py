"""The in-memory store: the SQL store's twin, with the same semantics, in one process.

It satisfies every storage interface (the core's in ``coaching/store.py``, the
adapters' in ``adapters/stores.py``); ``--memory`` runs and the engine's tests use it.
"""

from __future__ import annotations

import asyncio
import bisect
import copy
from collections import Counter
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
    TurnStart,
)
from coaching.records import Alert, AuditEntry, Delegation, InboundEvent, Job, User
from coaching.store import (
    ActiveLedgers,
    AlreadyReceived,
    AlreadyWritten,
    DealSummary,
    VersionConflict,
)
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
        self._alerts_external: set[tuple[str, str]] = set()
        self._refs: dict[tuple[str, str], dict[str, Any]] = {}
        self._jobs: dict[str, Job] = {}
        self._delegations: dict[tuple[str, str], Delegation] = {}  # (tenant, manager)
        self._audit: dict[tuple[str, str], AuditEntry] = {}  # (tenant, key)
        # Indexes, so no lookup scans every tenant's deals or a whole ledger.
        self._tenant_deals: dict[str, dict[str, Deal]] = {}  # tenant -> id -> deal
        self._names: dict[tuple[str, str, str], str] = {}  # (tenant, owner, name) -> id
        self._sources: dict[str, Counter[str]] = {}  # tenant -> message source -> entries
        self._seqs: dict[str, set[int]] = {}  # deal id -> the seqs its ledger holds

    def _put_deal(self, deal: Deal) -> None:
        old = self._deals.get(deal.id)
        if old is not None:
            self._names.pop((old.tenant, old.owner, old.name.casefold()), None)
        stored = copy.deepcopy(deal)
        self._deals[deal.id] = stored
        self._tenant_deals.setdefault(deal.tenant, {})[deal.id] = stored
        self._names[(deal.tenant, deal.owner, deal.name.casefold())] = deal.id

    def _put_entry(self, tenant: str, entry: LedgerEntry) -> None:
        ledger = self._ledger.setdefault(entry.deal_id, [])
        stored = copy.deepcopy(entry)
        if ledger and ledger[-1].seq > entry.seq:
            bisect.insort(ledger, stored, key=lambda e: e.seq)
        else:
            ledger.append(stored)  # the usual case: the ledger stays in seq order
        self._seqs.setdefault(entry.deal_id, set()).add(entry.seq)
        if entry.source:
            self._sources.setdefault(tenant, Counter())[entry.source] += 1

    def _drop_deal(self, deal_id: str) -> None:
        deal = self._deals.pop(deal_id, None)
        if deal is None:
            return
        self._tenant_deals.get(deal.tenant, {}).pop(deal_id, None)
        self._names.pop((deal.tenant, deal.owner, deal.name.casefold()), None)
        sources = self._sources.get(deal.tenant)
        for entry in self._ledger.pop(deal_id, []):
            if sources is not None and entry.source:
                sources[entry.source] -= 1
                if sources[entry.source] <= 0:
                    del sources[entry.source]
        self._seqs.pop(deal_id, None)
        self._totals.pop(deal_id, None)

    # -- deals, ledger, dialogue state
    async def open_turn(
        self, key: ConversationKey, recent: int, *, whole: bool = False
    ) -> TurnStart:
        state = await self.load_conversation(key)
        deal_id = state.current_deal_id
        deal = await self.get_deal(key.tenant, deal_id) if deal_id else None
        if deal is None:
            return TurnStart(state)
        if whole:
            return TurnStart(
                state, deal, RecentLedger(await self.ledger(key.tenant, deal.id)), True
            )
        return TurnStart(state, deal, await self.recent_ledger(key.tenant, deal.id, recent))

    async def home_deals(self, tenant: str, owner: str, limit: int) -> list[DealSummary]:
        mine = [
            d
            for d in self._tenant_deals.get(tenant, {}).values()
            if d.owner == owner and d.status == "open"
        ]
        mine.sort(key=lambda d: d.id)
        mine.sort(key=lambda d: d.updated_at, reverse=True)
        return [
            DealSummary(
                d.id,
                d.name,
                d.phase,
                copy.deepcopy(self._totals.get(d.id)),
                ledger[-1].seq if (ledger := self._ledger.get(d.id)) else None,
            )
            for d in mine[:limit]
        ]

    async def load_conversation(self, key: ConversationKey) -> ConversationState:
        state = self._states.get(key)
        return copy.deepcopy(state) if state else ConversationState()

    async def get_deal(self, tenant: str, deal_id: str) -> Deal | None:
        deal = self._deals.get(deal_id)
        return copy.deepcopy(deal) if deal and deal.tenant == tenant else None

    async def find_deal(self, tenant: str, owner: str, name: str) -> Deal | None:
        deal_id = self._names.get((tenant, owner, name.casefold()))
        deal = self._deals.get(deal_id) if deal_id else None
        return copy.deepcopy(deal) if deal else None

    async def list_deals(
        self, tenant: str, owner: str | None = None, status: str | None = "open"
    ) -> list[Deal]:
        found = [
            copy.deepcopy(d)
            for d in self._tenant_deals.get(tenant, {}).values()
            if (owner is None or d.owner == owner) and (status is None or d.status == status)
        ]
        return sorted(found, key=lambda d: d.updated_at, reverse=True)

    async def ledger(self, tenant: str, deal_id: str) -> list[LedgerEntry]:
        deal = self._deals.get(deal_id)
        if deal is None or deal.tenant != tenant:
            return []
        return [copy.deepcopy(e) for e in self._ledger.get(deal_id, [])]

    async def active_ledgers(
        self, tenant: str, since: datetime, until: datetime, max_deals: int, max_entries: int
    ) -> ActiveLedgers:
        moved: list[tuple[datetime, str]] = []
        for deal in self._tenant_deals.get(tenant, {}).values():
            inside = [
                e.created_at for e in self._ledger.get(deal.id, []) if since <= e.created_at < until
            ]
            if inside:
                moved.append((max(inside), deal.id))
        moved.sort(key=lambda m: m[1])
        moved.sort(key=lambda m: m[0], reverse=True)  # the latest moved first
        truncated = len(moved) > max_deals
        ids = [deal_id for _, deal_id in moved[:max_deals]]
        entries = [
            e
            for deal_id in sorted(ids)
            for e in sorted(self._ledger.get(deal_id, []), key=lambda e: e.seq)
            if e.created_at < until
        ]
        truncated = truncated or len(entries) > max_entries
        deals = [self._deals[i] for i in ids]
        return ActiveLedgers(copy.deepcopy(deals), copy.deepcopy(entries[:max_entries]), truncated)

    async def recent_ledger(self, tenant: str, deal_id: str, limit: int) -> RecentLedger:
        deal = self._deals.get(deal_id)
        if deal is None or deal.tenant != tenant:
            return RecentLedger([])
        entries = self._ledger.get(deal_id, [])[-limit:] if limit > 0 else []
        totals = self._totals.get(deal_id)
        return RecentLedger(copy.deepcopy(entries), copy.deepcopy(totals))

    async def commit(self, changes: TurnChanges) -> None:
        if changes.empty:
            return  # as the SQL store: an empty turn writes nothing
        async with self._lock:
            inbound = changes.inbound
            if inbound is not None and (inbound.platform, inbound.event_id) in self._inbox:
                raise AlreadyReceived(inbound.event_id)
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
                if entry.seq in self._seqs.get(entry.deal_id, ()):
                    raise VersionConflict(f"ledger seq {entry.seq} taken")
            for deal in changes.deals:
                self._put_deal(deal)
            for entry in changes.entries:
                self._put_entry(changes.key.tenant, entry)
            for deal_id, totals in changes.totals.items():
                saved = self._deals.get(deal_id)
                if saved is not None and saved.tenant == changes.key.tenant:
                    self._totals[deal_id] = copy.deepcopy(totals)
            if changes.state_changed:
                self._states[changes.key] = replace(
                    copy.deepcopy(changes.state), version=current_version + 1
                )
            for user in changes.users:
                self._users[(user.tenant, user.user_id)] = copy.deepcopy(user)
            for job in changes.jobs:
                self._jobs[job.id] = copy.deepcopy(job)
            for audit in changes.audit:
                self._audit.setdefault((audit.tenant, audit.key), copy.deepcopy(audit))
            if inbound is not None:
                self._inbox[(inbound.platform, inbound.event_id)] = copy.deepcopy(inbound)

    def _has_source(self, changes: TurnChanges) -> bool:
        return self._sources.get(changes.key.tenant, Counter())[changes.source] > 0

    # -- users
    async def upsert_user(self, user: User) -> None:
        self._users[(user.tenant, user.user_id)] = copy.deepcopy(user)

    async def get_user(self, tenant: str, user_id: str) -> User | None:
        user = self._users.get((tenant, user_id))
        return copy.deepcopy(user) if user else None

    async def list_users(self, tenant: str) -> list[User]:
        return [copy.deepcopy(u) for (t, _), u in self._users.items() if t == tenant]

    async def managers(self, limit: int) -> list[User]:
        found = sorted(
            ((key, user) for key, user in self._users.items() if user.role == "manager"),
            key=lambda item: item[0],
        )
        return [copy.deepcopy(user) for _, user in found[:limit]]

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

    async def alerts_between(
        self, tenant: str, since: datetime, until: datetime, limit: int
    ) -> list[Alert]:
        found = [
            copy.deepcopy(a)
            for a in self._alerts.values()
            if a.tenant == tenant and since <= a.created_at < until
        ]
        found.sort(key=lambda a: a.id)
        return sorted(found, key=lambda a: a.created_at, reverse=True)[:limit]

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

    async def set_channel_external_alerts(self, tenant: str, channel: str, allowed: bool) -> None:
        if allowed:
            self._alerts_external.add((tenant, channel))
        else:
            self._alerts_external.discard((tenant, channel))

    async def channel_external_alerts(self, tenant: str, channel: str) -> bool:
        return (tenant, channel) in self._alerts_external

    # -- conversation references
    async def save_conversation_ref(self, tenant: str, user_id: str, ref: dict[str, Any]) -> None:
        self._refs[(tenant, user_id)] = copy.deepcopy(ref)

    async def get_conversation_ref(self, tenant: str, user_id: str) -> dict[str, Any] | None:
        ref = self._refs.get((tenant, user_id))
        return copy.deepcopy(ref) if ref else None

    # -- delegations and the audit log
    async def set_delegation(self, delegation: Delegation, audit: AuditEntry) -> None:
        key = (delegation.tenant, delegation.manager)
        self._delegations[key] = copy.deepcopy(delegation)
        await self.record_audit(audit)

    async def end_delegation(self, tenant: str, manager: str, audit: AuditEntry) -> bool:
        if self._delegations.pop((tenant, manager), None) is None:
            return False
        await self.record_audit(audit)
        return True

    async def get_delegation(self, tenant: str, manager: str) -> Delegation | None:
        return copy.deepcopy(self._delegations.get((tenant, manager)))

    async def record_audit(self, entry: AuditEntry) -> bool:
        if (entry.tenant, entry.key) in self._audit:
            return False
        self._audit[(entry.tenant, entry.key)] = copy.deepcopy(entry)
        return True

    async def list_audit(
        self, tenant: str, user: str | None = None, limit: int = 100
    ) -> list[AuditEntry]:
        found = [
            a
            for a in self._audit.values()
            if a.tenant == tenant
            and (user is None or user in (a.actor, a.rep, a.on_behalf_of, a.delegate))
        ]
        found.sort(key=lambda a: a.id)
        found.sort(key=lambda a: a.at, reverse=True)
        return copy.deepcopy(found[:limit])

    # -- jobs
    async def schedule_job(self, job: Job) -> None:
        self._jobs[job.id] = copy.deepcopy(job)

    async def add_job(self, job: Job) -> bool:
        if job.id in self._jobs:
            return False
        self._jobs[job.id] = copy.deepcopy(job)
        return True

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
        mine = self._tenant_deals.get(tenant, {})
        deals = sorted((d for d in mine.values() if d.owner == user_id), key=lambda d: d.created_at)
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
            "audit": [
                plain_one(a) for a in await self.list_audit(tenant, user_id, len(self._audit))
            ],
        }

    async def forget_user(self, tenant: str, user_id: str) -> None:
        mine = self._tenant_deals.get(tenant, {})
        for deal in [d for d in mine.values() if d.owner == user_id]:
            self._drop_deal(deal.id)
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
        for audit_key, audit in list(self._audit.items()):
            if audit_key[0] != tenant:
                continue
            if audit.rep == user_id:
                del self._audit[audit_key]
                continue
            if audit.actor == user_id:
                audit.actor = ""
            if audit.on_behalf_of == user_id:
                audit.on_behalf_of = None
            if audit.delegate == user_id:
                audit.delegate = None
        for manager_key, delegation in list(self._delegations.items()):
            if manager_key[0] == tenant and user_id in (delegation.manager, delegation.delegate):
                del self._delegations[manager_key]

    async def delete_tenant(self, tenant: str) -> None:
        owners = {d.owner for d in self._tenant_deals.get(tenant, {}).values()}
        owners |= {u for (t, u) in self._users if t == tenant}
        for owner in owners:
            await self.forget_user(tenant, owner)
        for alert in [a for a in self._alerts.values() if a.tenant == tenant]:
            self._alerts.pop(alert.id)
        self._alerts_off = {k for k in self._alerts_off if k[0] != tenant}
        self._audit = {k: a for k, a in self._audit.items() if k[0] != tenant}
        self._delegations = {k: d for k, d in self._delegations.items() if k[0] != tenant}
        self._inbox = {k: e for k, e in self._inbox.items() if e.tenant != tenant or not tenant}

    async def purge_excerpts(self, older_than: datetime) -> int:
        purged = 0
        for entries in self._ledger.values():
            for entry in entries:
                if entry.excerpt and entry.created_at < older_than:
                    entry.excerpt = ""
                    purged += 1
        return purged
