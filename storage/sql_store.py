"""The store on SQLite or PostgreSQL (every interface of ``coaching/store.py`` and
``adapters/stores.py``).

A turn's reads and writes and the inbox's records take the hot path
(:mod:`storage.hot`: Core statements compiled once, no ORM session, one call to
the database each); everything else takes one short ORM session per call. Either
way a write is one transaction, so a call never sees half of another's work.
Every query that reads or writes scoped data filters on the tenant key;
:class:`storage.memory.MemoryStore` defines the semantics and the shared
contract tests hold both to them.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import fields
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from coaching.model import (
    ConversationKey,
    ConversationState,
    Deal,
    LedgerEntry,
    RecentLedger,
    TurnChanges,
    TurnStart,
    utcnow,
)
from coaching.records import Alert, AuditEntry, Delegation, InboundEvent, Job, User
from coaching.store import ActiveLedgers, DealSummary
from storage.convert import plain, to_deal, to_record, values
from storage.database import SQLITE_PRAGMAS, create_engine, is_sqlite, is_unavailable, ping
from storage.hot import CoreHotPath, HotPath, SqliteHotPath
from storage.migrate import ensure_schema
from storage.sql import insert_for, table
from storage.tables import (
    AlertRow,
    AuditRow,
    ChannelSettingRow,
    ConversationRefRow,
    ConversationStateRow,
    DealRow,
    DelegationRow,
    InboundEventRow,
    JobRow,
    LedgerRow,
    LedgerTotalsRow,
    TenantRow,
    UserRow,
)
from storage.turns import ensure_tenant

JOBS = table(JobRow)
AUDIT = table(AuditRow)
AUDIT_EXPORT_LIMIT = 1_000_000  # export gives every row naming the user
LEDGER = table(LedgerRow)
TOTALS = table(LedgerTotalsRow)
# In LedgerEntry's field order, so a row is the entry's positional arguments.
LEDGER_COLUMNS = tuple(LEDGER.c[f.name] for f in fields(LedgerEntry))


class _WriteLock:
    """SQLite's one writer at a time, in arrival order, except that an urgent writer (a
    request's inbox record, which its ack waits for) goes ahead of the queued others.

    The lock is handed straight to the next waiter on release, so a newcomer never
    overtakes the queue; an urgent one only overtakes writers still waiting.
    """

    def __init__(self) -> None:
        self._held = False
        self._urgent: deque[asyncio.Future[None]] = deque()
        self._others: deque[asyncio.Future[None]] = deque()

    @asynccontextmanager
    async def hold(self, *, urgent: bool = False) -> AsyncIterator[None]:
        await self._acquire(self._urgent if urgent else self._others)
        try:
            yield
        finally:
            self._release()

    async def _acquire(self, queue: deque[asyncio.Future[None]]) -> None:
        if not self._held and not self._urgent and not self._others:
            self._held = True
            return
        waiter = asyncio.get_running_loop().create_future()
        queue.append(waiter)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self._release()  # handed the lock as the wait was cancelled: pass it on
            else:
                with contextlib.suppress(ValueError):
                    queue.remove(waiter)
            raise

    def _release(self) -> None:
        for queue in (self._urgent, self._others):
            while queue:
                waiter = queue.popleft()
                if not waiter.done():
                    waiter.set_result(None)  # still held: now by that waiter
                    return
        self._held = False


class SqlStore:
    """Persistence for the whole application on one AsyncEngine."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sessions = async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)
        self._insert = insert_for(engine.dialect.name)
        self._lock_rows = engine.dialect.name == "postgresql"
        # SQLite has one writer at a time; writers queued here wait their turn without
        # holding a pooled connection in SQLite's busy handler, which sleeps up to 100 ms a
        # try (measured: 32 concurrent requests acked at 60/s with p99 > 1 s before this).
        # Inbox records go first: a request's ack waits for its record, a turn's reply does not.
        self._write_lock = _WriteLock() if engine.dialect.name == "sqlite" else None
        # A turn's reads and writes, and the inbox's, skip the ORM (see storage.hot).
        self._hot: HotPath = (
            SqliteHotPath(str(engine.url.database), SQLITE_PRAGMAS)
            if engine.dialect.name == "sqlite"
            else CoreHotPath(engine)
        )

    async def close(self) -> None:
        await self._hot.close()
        await self.engine.dispose()

    def is_unavailable(self, exc: BaseException) -> bool:
        return is_unavailable(exc)

    @asynccontextmanager
    async def _writer(self, *, urgent: bool = False) -> AsyncIterator[None]:
        """On SQLite, this process's turn at the writer (see :class:`_WriteLock`)."""
        if self._write_lock is None:
            yield
            return
        async with self._write_lock.hold(urgent=urgent):
            yield

    @asynccontextmanager
    async def _write(self, *, urgent: bool = False) -> AsyncIterator[AsyncSession]:
        """A session inside one transaction: committed on success, rolled back on error.
        On SQLite an ``urgent`` write goes ahead of the others waiting for the writer."""
        if self._write_lock is None:
            async with self._sessions() as session, session.begin():
                yield session
            return
        async with self._write_lock.hold(urgent=urgent), self._sessions() as session:
            async with session.begin():
                yield session

    # -- deals, ledger, dialogue state: the hot path (storage.hot)
    async def open_turn(
        self, key: ConversationKey, recent: int, *, whole: bool = False
    ) -> TurnStart:
        return await self._hot.open_turn(key, recent, whole)

    async def load_conversation(self, key: ConversationKey) -> ConversationState:
        return await self._hot.load_conversation(key)

    async def get_deal(self, tenant: str, deal_id: str) -> Deal | None:
        return await self._hot.get_deal(tenant, deal_id)

    async def find_deal(self, tenant: str, owner: str, name: str) -> Deal | None:
        return await self._hot.find_deal(tenant, owner, name)

    async def list_deals(
        self, tenant: str, owner: str | None = None, status: str | None = "open"
    ) -> list[Deal]:
        query = select(DealRow).where(DealRow.tenant == tenant)
        if owner is not None:
            query = query.where(DealRow.owner == owner)
        if status is not None:
            query = query.where(DealRow.status == status)
        query = query.order_by(col(DealRow.updated_at).desc(), col(DealRow.id))
        async with self._sessions() as session:
            return [to_deal(row) for row in await session.exec(query)]

    async def ledger(self, tenant: str, deal_id: str) -> list[LedgerEntry]:
        return await self._hot.ledger(tenant, deal_id)

    async def recent_ledger(self, tenant: str, deal_id: str, limit: int) -> RecentLedger:
        """The last ``limit`` entries (backwards along the (deal_id, seq) index) and the
        totals saved with them, read together."""
        return await self._hot.recent_ledger(tenant, deal_id, limit)

    async def home_deals(self, tenant: str, owner: str, limit: int) -> list[DealSummary]:
        """One query: the deals, their saved totals and their ledgers' last seqs."""
        return await self._hot.home_deals(tenant, owner, limit)

    async def active_ledgers(
        self, tenant: str, since: datetime, until: datetime, max_deals: int, max_entries: int
    ) -> ActiveLedgers:
        """Three bounded queries on the hot path: the deals moved on, their rows, their
        ledgers (``storage/analytics_reads.py``)."""
        return await self._hot.active_ledgers(tenant, since, until, max_deals, max_entries)

    async def alerts_between(
        self, tenant: str, since: datetime, until: datetime, limit: int
    ) -> list[Alert]:
        return await self._hot.alerts_between(tenant, since, until, limit)

    async def commit(self, changes: TurnChanges) -> None:
        if changes.empty:
            return
        async with self._writer():
            await self._hot.commit(changes)

    # -- users
    async def upsert_user(self, user: User) -> None:
        await self._upsert(UserRow, values(user), ("tenant", "user_id"), tenant=user.tenant)

    async def get_user(self, tenant: str, user_id: str) -> User | None:
        query = select(UserRow).where(UserRow.tenant == tenant, UserRow.user_id == user_id)
        async with self._sessions() as session:
            row = (await session.exec(query)).first()
        return to_record(User, row) if row else None

    async def list_users(self, tenant: str) -> list[User]:
        query = select(UserRow).where(UserRow.tenant == tenant).order_by(col(UserRow.user_id))
        async with self._sessions() as session:
            return [to_record(User, row) for row in await session.exec(query)]

    async def managers(self, limit: int) -> list[User]:
        query = (
            select(UserRow)
            .where(UserRow.role == "manager")
            .order_by(col(UserRow.tenant), col(UserRow.user_id))
            .limit(limit)
        )
        async with self._sessions() as session:
            return [to_record(User, row) for row in await session.exec(query)]

    async def _upsert(
        self, model: type, row: dict[str, Any], keys: tuple[str, ...], *, tenant: str
    ) -> None:
        """Insert ``row`` or overwrite the one with the same ``keys``, within its tenant."""
        rows = table(model)
        stmt = self._insert(rows).values(row)
        stmt = stmt.on_conflict_do_update(
            index_elements=list(keys),
            set_={name: stmt.excluded[name] for name in row if name not in (*keys, "tenant")},
            where=rows.c.tenant == stmt.excluded.tenant,
        )
        async with self._write() as session:
            await ensure_tenant(session, tenant, self._insert)
            await session.exec(stmt)

    # -- inbox
    async def record_inbound(self, event: InboundEvent) -> bool:
        async with self._writer(urgent=True):  # the request's ack waits for it
            return await self._hot.record_inbound(_columns(event))

    async def complete_inbound(self, platform: str, event_id: str) -> None:
        """Mark done and drop the payload: the id alone still dedupes retries."""
        async with self._writer():
            await self._hot.complete_inbound(platform, event_id)

    async def claim_inbound(
        self, platform: str, event_id: str, owner: str, now: datetime, until: datetime
    ) -> bool:
        """One conditional UPDATE: of two replicas claiming at once, one changes the row."""
        inbox = table(InboundEventRow)
        stmt = (
            sa.update(inbox)
            .where(
                inbox.c.platform == platform,
                inbox.c.event_id == event_id,
                inbox.c.status == "pending",
                sa.or_(inbox.c.lock_expires_at.is_(None), inbox.c.lock_expires_at <= now),
            )
            .values(lock_owner=owner, lock_expires_at=until)
        )
        async with self._write() as session:
            result = await session.exec(stmt)
        return result.rowcount == 1

    async def prune_inbound(self, done_before: datetime) -> int:
        inbox = table(InboundEventRow)
        stmt = sa.delete(inbox).where(inbox.c.status == "done", inbox.c.received_at < done_before)
        async with self._write() as session:
            result = await session.exec(stmt)
        return result.rowcount

    async def pending_inbound(self, platform: str, limit: int = 100) -> list[InboundEvent]:
        query = (
            select(InboundEventRow)
            .where(InboundEventRow.platform == platform, InboundEventRow.status == "pending")
            .order_by(col(InboundEventRow.received_at))
            .limit(limit)
        )
        async with self._sessions() as session:
            return [to_record(InboundEvent, row) for row in await session.exec(query)]

    # -- alerts
    async def create_alert(self, alert: Alert) -> bool:
        stmt = self._insert(table(AlertRow)).values(values(alert)).on_conflict_do_nothing()
        async with self._write() as session:
            await ensure_tenant(session, alert.tenant, self._insert)
            result = await session.exec(stmt)
        return result.rowcount == 1

    async def get_alert(self, tenant: str, alert_id: str) -> Alert | None:
        query = select(AlertRow).where(AlertRow.tenant == tenant, AlertRow.id == alert_id)
        async with self._sessions() as session:
            row = (await session.exec(query)).first()
        return to_record(Alert, row) if row else None

    async def update_alert(self, alert: Alert, *, expect_status: str | None = None) -> bool:
        row = {k: v for k, v in values(alert).items() if k not in ("id", "tenant")}
        alerts = table(AlertRow)
        where = [alerts.c.id == alert.id, alerts.c.tenant == alert.tenant]
        if expect_status is not None:
            where.append(alerts.c.status == expect_status)
        stmt = sa.update(alerts).where(*where).values(row)
        async with self._write() as session:
            result = await session.exec(stmt)
        return bool(result.rowcount)

    async def list_alerts(self, tenant: str, limit: int = 20) -> list[Alert]:
        query = (
            select(AlertRow)
            .where(AlertRow.tenant == tenant)
            .order_by(col(AlertRow.created_at).desc())
            .limit(limit)
        )
        async with self._sessions() as session:
            return [to_record(Alert, row) for row in await session.exec(query)]

    async def set_channel_alerts(self, tenant: str, channel: str, enabled: bool) -> None:
        row = {
            "tenant": tenant,
            "channel": channel,
            "alerts_enabled": enabled,
            "updated_at": utcnow(),
        }
        await self._upsert(ChannelSettingRow, row, ("tenant", "channel"), tenant=tenant)

    async def channel_alerts_enabled(self, tenant: str, channel: str) -> bool:
        query = select(ChannelSettingRow.alerts_enabled).where(
            ChannelSettingRow.tenant == tenant, ChannelSettingRow.channel == channel
        )
        async with self._sessions() as session:
            enabled = (await session.exec(query)).first()
        return True if enabled is None else bool(enabled)

    async def set_channel_external_alerts(self, tenant: str, channel: str, allowed: bool) -> None:
        row = {
            "tenant": tenant,
            "channel": channel,
            "external_alerts": allowed,
            "updated_at": utcnow(),
        }
        await self._upsert(ChannelSettingRow, row, ("tenant", "channel"), tenant=tenant)

    async def channel_external_alerts(self, tenant: str, channel: str) -> bool:
        query = select(ChannelSettingRow.external_alerts).where(
            ChannelSettingRow.tenant == tenant, ChannelSettingRow.channel == channel
        )
        async with self._sessions() as session:
            allowed = (await session.exec(query)).first()
        return bool(allowed)

    # -- delegations and the audit log
    async def set_delegation(self, delegation: Delegation, audit: AuditEntry) -> None:
        delegations = table(DelegationRow)
        stmt = self._insert(delegations).values(values(delegation))
        stmt = stmt.on_conflict_do_update(
            index_elements=["tenant", "manager"],
            set_={n: stmt.excluded[n] for n in ("delegate", "until", "created_at")},
        )
        async with self._write() as session:
            await ensure_tenant(session, delegation.tenant, self._insert)
            await session.exec(stmt)
            await session.exec(self._audit_insert(audit))

    async def end_delegation(self, tenant: str, manager: str, audit: AuditEntry) -> bool:
        delegations = table(DelegationRow)
        stmt = sa.delete(delegations).where(
            delegations.c.tenant == tenant, delegations.c.manager == manager
        )
        async with self._write() as session:
            if not (await session.exec(stmt)).rowcount:
                return False
            await session.exec(self._audit_insert(audit))
        return True

    async def get_delegation(self, tenant: str, manager: str) -> Delegation | None:
        query = select(DelegationRow).where(
            DelegationRow.tenant == tenant, DelegationRow.manager == manager
        )
        async with self._sessions() as session:
            row = (await session.exec(query)).first()
        return to_record(Delegation, row) if row else None

    async def record_audit(self, entry: AuditEntry) -> bool:
        async with self._write() as session:
            await ensure_tenant(session, entry.tenant, self._insert)
            result = await session.exec(self._audit_insert(entry))
        return result.rowcount == 1

    def _audit_insert(self, entry: AuditEntry) -> Any:
        return self._insert(table(AuditRow)).values(values(entry)).on_conflict_do_nothing()

    async def list_audit(
        self, tenant: str, user: str | None = None, limit: int = 100
    ) -> list[AuditEntry]:
        query = select(AuditRow).where(AuditRow.tenant == tenant)
        if user is not None:
            query = query.where(
                sa.or_(
                    *(
                        col(getattr(AuditRow, name)) == user
                        for name in ("actor", "rep", "on_behalf_of", "delegate")
                    )
                )
            )
        query = query.order_by(col(AuditRow.at).desc(), col(AuditRow.id)).limit(limit)
        async with self._sessions() as session:
            return [to_record(AuditEntry, row) for row in await session.exec(query)]

    # -- conversation references
    async def save_conversation_ref(self, tenant: str, user_id: str, ref: dict[str, Any]) -> None:
        row = {"tenant": tenant, "user_id": user_id, "ref": ref, "updated_at": utcnow()}
        await self._upsert(ConversationRefRow, row, ("tenant", "user_id"), tenant=tenant)

    async def get_conversation_ref(self, tenant: str, user_id: str) -> dict[str, Any] | None:
        query = select(ConversationRefRow.ref).where(
            ConversationRefRow.tenant == tenant, ConversationRefRow.user_id == user_id
        )
        async with self._sessions() as session:
            ref = (await session.exec(query)).first()
        return dict(ref) if ref is not None else None

    # -- jobs
    async def schedule_job(self, job: Job) -> None:
        await self._upsert(JobRow, values(job), ("id",), tenant=job.tenant)

    async def add_job(self, job: Job) -> bool:
        stmt = self._insert(table(JobRow)).values(values(job)).on_conflict_do_nothing()
        async with self._write() as session:
            await ensure_tenant(session, job.tenant, self._insert)
            result = await session.exec(stmt)
        return result.rowcount == 1

    async def claim_due_jobs(
        self, now: datetime, owner: str, lease: timedelta, limit: int = 10
    ) -> list[Job]:
        """Lease up to ``limit`` due jobs to ``owner``; no job goes to two owners.

        PostgreSQL skips rows another worker is claiming (FOR UPDATE SKIP LOCKED);
        on both databases the UPDATE re-checks that each job is still free, so a
        job only counts as claimed when this UPDATE changed it.
        """
        free = sa.and_(
            JOBS.c.status == "pending",
            JOBS.c.due_at <= now,
            sa.or_(JOBS.c.lock_expires_at.is_(None), JOBS.c.lock_expires_at <= now),
        )
        pick = sa.select(JOBS.c.id).where(free).order_by(JOBS.c.due_at).limit(limit)
        if self._lock_rows:
            pick = pick.with_for_update(skip_locked=True)
        async with self._write() as session:
            ids = list((await session.exec(pick)).scalars())
            if not ids:
                return []
            claim = (
                sa.update(JOBS)
                .where(JOBS.c.id.in_(ids), free)
                .values(lock_owner=owner, lock_expires_at=now + lease)
                .returning(*JOBS.c)
            )
            rows = (await session.exec(claim)).all()
        return sorted((to_record(Job, row) for row in rows), key=lambda j: j.due_at)

    async def finish_job(self, job: Job) -> bool:
        """Only while ``job.lock_owner`` still holds the claim: a worker whose lease ran out
        and was taken over must not overwrite the new owner's outcome. True when saved."""
        row = {k: v for k, v in values(job).items() if k not in ("id", "tenant")}
        owner = (
            JOBS.c.lock_owner.is_(None)
            if job.lock_owner is None
            else JOBS.c.lock_owner == job.lock_owner
        )
        stmt = (
            sa.update(JOBS)
            .where(JOBS.c.id == job.id, JOBS.c.tenant == job.tenant, owner)
            .values({**row, "lock_owner": None, "lock_expires_at": None})
        )
        async with self._write() as session:
            result = await session.exec(stmt)
        return bool(result.rowcount)

    async def list_jobs(self, tenant: str, user_id: str | None = None) -> list[Job]:
        query = select(JobRow).where(JobRow.tenant == tenant)
        if user_id is not None:
            query = query.where(JobRow.user_id == user_id)
        async with self._sessions() as session:
            rows = await session.exec(query.order_by(col(JobRow.due_at)))
            return [to_record(Job, row) for row in rows]

    # -- data rights and lifecycle
    async def export_user(self, tenant: str, user_id: str) -> dict[str, Any]:
        """Everything stored about ``user_id`` in ``tenant``, as JSON-ready data."""
        deals_query = (
            select(DealRow)
            .where(DealRow.tenant == tenant, DealRow.owner == user_id)
            .order_by(col(DealRow.created_at))
        )
        entries_query = (
            select(LedgerRow)
            .join(DealRow, col(DealRow.id) == col(LedgerRow.deal_id))
            .where(LedgerRow.tenant == tenant, DealRow.tenant == tenant, DealRow.owner == user_id)
            .order_by(col(LedgerRow.seq))
        )
        alerts_query = (
            select(AlertRow)
            .where(
                AlertRow.tenant == tenant,
                sa.or_(
                    col(AlertRow.rep) == user_id,
                    col(AlertRow.approver) == user_id,
                    col(AlertRow.decided_by) == user_id,
                ),
            )
            .order_by(col(AlertRow.created_at))
        )
        states_query = select(ConversationStateRow).where(
            ConversationStateRow.tenant == tenant, ConversationStateRow.user_id == user_id
        )
        async with self._sessions() as session:
            deals = [to_deal(row) for row in await session.exec(deals_query)]
            entries = [to_record(LedgerEntry, row) for row in await session.exec(entries_query)]
            alerts = [to_record(Alert, row) for row in await session.exec(alerts_query)]
            states = [
                {"conversation": row.conversation, "state": row.data, "updated_at": row.updated_at}
                for row in await session.exec(states_query)
            ]
        user = await self.get_user(tenant, user_id)
        return {
            "user": plain([user])[0] if user else None,
            "deals": [
                {"deal": plain([d])[0], "ledger": plain(e for e in entries if e.deal_id == d.id)}
                for d in deals
            ],
            "alerts": plain(alerts),
            "conversations": plain(states),
            "jobs": plain(await self.list_jobs(tenant, user_id)),
            "audit": plain(await self.list_audit(tenant, user_id, limit=AUDIT_EXPORT_LIMIT)),
        }

    async def forget_user(self, tenant: str, user_id: str) -> None:
        """Delete the user's deals (their ledgers cascade), profile, state, refs, jobs and
        the alerts they raised; alerts they decided keep the decision but lose the name."""
        alerts = table(AlertRow)
        async with self._write() as session:
            await session.exec(
                sa.delete(alerts).where(alerts.c.tenant == tenant, alerts.c.rep == user_id)
            )
            for column, blank in (("approver", ""), ("decided_by", None)):
                await session.exec(
                    sa.update(alerts)
                    .where(alerts.c.tenant == tenant, alerts.c[column] == user_id)
                    .values({column: blank})
                )
            # Their own requests' audit rows go; rows they decided keep the decision, not the name.
            await session.exec(
                sa.delete(AUDIT).where(AUDIT.c.tenant == tenant, AUDIT.c.rep == user_id)
            )
            for column, blank in (("actor", ""), ("on_behalf_of", None), ("delegate", None)):
                await session.exec(
                    sa.update(AUDIT)
                    .where(AUDIT.c.tenant == tenant, AUDIT.c[column] == user_id)
                    .values({column: blank})
                )
            delegations = table(DelegationRow)
            await session.exec(
                sa.delete(delegations).where(
                    delegations.c.tenant == tenant,
                    sa.or_(delegations.c.manager == user_id, delegations.c.delegate == user_id),
                )
            )
            for model, user_column in (
                (DealRow, "owner"),
                (UserRow, "user_id"),
                (ConversationStateRow, "user_id"),
                (ConversationRefRow, "user_id"),
                (JobRow, "user_id"),
            ):
                rows = table(model)
                await session.exec(
                    sa.delete(rows).where(rows.c.tenant == tenant, rows.c[user_column] == user_id)
                )

    async def delete_tenant(self, tenant: str) -> None:
        """Delete the tenant row; every row scoped to it goes with it (ON DELETE CASCADE),
        and its inbox records (they have no foreign key: recorded before any tenant row)."""
        inbox = table(InboundEventRow)
        async with self._write() as session:
            await session.exec(sa.delete(table(TenantRow)).where(table(TenantRow).c.key == tenant))
            if tenant:
                await session.exec(sa.delete(inbox).where(inbox.c.tenant == tenant))

    async def purge_excerpts(self, older_than: datetime) -> int:
        """Blank message excerpts older than ``older_than``; keep the parsed moves."""
        ledger = table(LedgerRow)
        stmt = (
            sa.update(ledger)
            .where(ledger.c.created_at < older_than, ledger.c.excerpt != "")
            .values(excerpt="")
        )
        async with self._write() as session:
            result = await session.exec(stmt)
        return result.rowcount

    async def tenants_for_user(self, user_id: str) -> list[str]:
        """Every tenant in which ``user_id`` has data (for export/forget across tenants)."""
        sources = [
            sa.select(table(m).c.tenant).where(table(m).c[c] == user_id)
            for m, c in (
                (UserRow, "user_id"),
                (DealRow, "owner"),
                (ConversationStateRow, "user_id"),
                (ConversationRefRow, "user_id"),
                (JobRow, "user_id"),
                (AuditRow, "actor"),  # a deal desk member known only by their decisions
            )
        ]
        async with self._sessions() as session:
            found = (await session.exec(sa.union(*sources))).scalars()
            return sorted(set(found))


def _columns(record: Any) -> dict[str, Any]:
    """A record's fields by name, as they are: the driver's binding serialises them (no
    deep copy first: an inbox record's payload is a whole request)."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


@asynccontextmanager
async def open_sql_store(
    url: str, *, auto_upgrade: bool | None = None, schema: str | None = None
) -> AsyncIterator[SqlStore]:
    """Open the store for one application life and dispose of its engine after.

    ``auto_upgrade`` defaults to True for SQLite (a single local file the coach
    owns) and False for PostgreSQL, where start-up refuses an out-of-date schema
    rather than migrating a shared database behind the operator's back.
    """
    engine = create_engine(url, schema=schema)
    try:
        await ping(engine)
        upgrade = is_sqlite(engine) if auto_upgrade is None else auto_upgrade
        await ensure_schema(engine, auto_upgrade=upgrade)
        store = SqlStore(engine)
        try:
            yield store
        finally:
            await store.close()
    finally:
        await engine.dispose()
