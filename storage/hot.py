"""The turn's hot path: its reads in one round trip, its writes in one transaction.

Every request of the coach reads the dialogue state, the current deal, the end of
its ledger and the totals saved beside it, and writes one turn; the inbox records
the request before its ack and marks it done after the reply. Those calls go here,
as SQLAlchemy Core statements compiled once per dialect, with no ORM session and
no identity map:

* on SQLite, straight through the stdlib driver: a turn's reads and its write
  transaction each run whole on the event loop's own thread (see :class:`_OnLoop`),
  reads that grow with the data (whole ledgers, App Home, analytics) on a thread of
  the store's own, one hop each (aiosqlite would hop once per statement, and more
  per fetch);
* on PostgreSQL, on one pooled asyncpg connection per call, in one transaction.

Values go in and come out through the columns' own SQLAlchemy type processors, so
rows written here and rows written by :class:`storage.sql_store.SqlStore`'s other
methods are the same bytes.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

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
from coaching.records import Alert, InboundEvent
from coaching.store import (
    ActiveLedgers,
    AlreadyReceived,
    AlreadyWritten,
    DealSummary,
    VersionConflict,
)
from storage import analytics_reads
from storage.convert import (
    deal_from,
    deal_values,
    entry_values,
    name_key,
    state_values,
    tenant_values,
    values,
)
from storage.sql import is_conflict
from storage.turns import (
    DEALS,
    INBOX,
    LEDGER,
    STATES,
    TOTALS,
    check_one_tenant,
    upserts,
)

Params = Mapping[str, Any]
log = logging.getLogger("concession_coach.storage")
_DEAL_NAMES = (*(f.name for f in fields(Deal)),)
_ENTRY_NAMES = tuple(f.name for f in fields(LedgerEntry))
_SQLITE_CONFLICTS = {
    "SQLITE_CONSTRAINT_UNIQUE",
    "SQLITE_CONSTRAINT_PRIMARYKEY",
    "SQLITE_CONSTRAINT_FOREIGNKEY",
}


def _w(name: str) -> Any:
    return sa.bindparam(f"w_{name}")


# -- the statements, dialect-neutral; bound names of WHERE values start with "w_"
READ_STATE = sa.select(STATES.c.data, STATES.c.version).where(
    STATES.c.tenant == _w("tenant"),
    STATES.c.user_id == _w("user"),
    STATES.c.conversation == _w("conversation"),
)
READ_DEAL = sa.select(*(DEALS.c[n] for n in _DEAL_NAMES)).where(
    DEALS.c.tenant == _w("tenant"), DEALS.c.id == _w("deal")
)
READ_DEAL_BY_NAME = sa.select(*(DEALS.c[n] for n in _DEAL_NAMES)).where(
    DEALS.c.tenant == _w("tenant"), DEALS.c.owner == _w("owner"), DEALS.c.name_key == _w("name")
)
_ENTRY_COLUMNS = tuple(LEDGER.c[n] for n in _ENTRY_NAMES)
_OF_DEAL = (LEDGER.c.tenant == _w("tenant"), LEDGER.c.deal_id == _w("deal"))
READ_RECENT = (
    sa.select(*_ENTRY_COLUMNS).where(*_OF_DEAL).order_by(LEDGER.c.seq.desc()).limit(_w("limit"))
)
READ_LEDGER = sa.select(*_ENTRY_COLUMNS).where(*_OF_DEAL).order_by(LEDGER.c.seq)
READ_TOTALS = sa.select(TOTALS.c.data).where(
    TOTALS.c.deal_id == _w("deal"), TOTALS.c.tenant == _w("tenant")
)
HAS_SOURCE = (
    sa.select(LEDGER.c.id)
    .where(LEDGER.c.tenant == _w("tenant"), LEDGER.c.source == _w("source"))
    .limit(1)
)
UPDATE_STATE = (
    sa.update(STATES)
    .where(
        STATES.c.tenant == _w("tenant"),
        STATES.c.user_id == _w("user"),
        STATES.c.conversation == _w("conversation"),
        STATES.c.version == _w("version"),
    )
    .values(
        data=sa.bindparam("data"),
        version=sa.bindparam("version"),
        updated_at=sa.bindparam("updated_at"),
    )
)
INSERT_STATE = sa.insert(STATES)
INSERT_ENTRY = sa.insert(LEDGER)
INBOX_DONE = (
    sa.update(INBOX)
    .where(INBOX.c.platform == _w("platform"), INBOX.c.event_id == _w("event_id"))
    .values(status=sa.bindparam("status"), payload=sa.bindparam("payload"))
)
# App Home: the owner's open deals, newest first, each with the totals saved beside it.
HOME_DEALS = (
    sa.select(
        DEALS.c.id,
        DEALS.c.name,
        DEALS.c.phase,
        TOTALS.c.data,
        sa.select(sa.func.max(LEDGER.c.seq))
        .where(LEDGER.c.deal_id == DEALS.c.id)
        .scalar_subquery(),  # along the (deal_id, seq) index: one step per deal
    )
    .select_from(
        DEALS.outerjoin(
            TOTALS, sa.and_(TOTALS.c.deal_id == DEALS.c.id, TOTALS.c.tenant == DEALS.c.tenant)
        )
    )
    .where(
        DEALS.c.tenant == _w("tenant"),
        DEALS.c.owner == _w("owner"),
        DEALS.c.status == _w("status"),
    )
    .order_by(DEALS.c.updated_at.desc(), DEALS.c.id)
    .limit(_w("limit"))
)


def inbound_values(event: InboundEvent) -> dict[str, Any]:
    """An inbox record's columns by name (the driver's binding serialises the payload)."""
    return {f.name: getattr(event, f.name) for f in fields(event)}


def inbox_done_params(platform: str, event_id: str) -> dict[str, Any]:
    return {"w_platform": platform, "w_event_id": event_id, "status": "done", "payload": {}}


def state_params(key: ConversationKey) -> dict[str, Any]:
    return {"w_tenant": key.tenant, "w_user": key.user, "w_conversation": key.conversation}


def update_state_params(key: ConversationKey, state: ConversationState) -> dict[str, Any]:
    return {
        **state_params(key),
        "w_version": state.version,
        "data": state.to_json(),
        "version": state.version + 1,
        "updated_at": utcnow(),
    }


def totals_params(tenant: str, deal_id: str, totals: dict[str, Any]) -> dict[str, Any]:
    return {"deal_id": deal_id, "tenant": tenant, "data": totals, "updated_at": utcnow()}


def to_state(row: Sequence[Any] | None) -> ConversationState:
    return ConversationState.from_json(row[0], row[1]) if row else ConversationState()


def to_entries(rows: Sequence[Sequence[Any]], *, backwards: bool = False) -> list[LedgerEntry]:
    entries = [LedgerEntry(*row) for row in rows]
    if backwards:
        entries.reverse()
    return entries


def to_deal_row(row: Sequence[Any] | None) -> Deal | None:
    return deal_from(dict(zip(_DEAL_NAMES, row, strict=True))) if row else None


# -- statements compiled once, for the stdlib sqlite3 driver
@dataclass(frozen=True, slots=True)
class Prepared:
    """A Core statement compiled for one dialect's positional driver, with the type
    processors of its parameters and result columns."""

    sql: str
    names: tuple[str, ...]
    fixed: tuple[Any, ...]  # the value of a bound parameter no caller names (else None)
    binders: tuple[Callable[[Any], Any] | None, ...]
    readers: tuple[Callable[[Any], Any] | None, ...]
    # The parameters and result columns that have a processor, by position: a turn
    # binds and reads some hundred values, most of which sqlite3 takes as they are.
    binding: tuple[tuple[int, Callable[[Any], Any]], ...] = field(init=False)
    reading: tuple[tuple[int, Callable[[Any], Any]], ...] = field(init=False)

    def __post_init__(self) -> None:
        if not len(self.names) == len(self.fixed) == len(self.binders):
            raise ValueError("one fixed value and one binder for each parameter")
        object.__setattr__(self, "binding", _processing(self.binders))
        object.__setattr__(self, "reading", _processing(self.readers))

    def args(self, params: Params) -> tuple[Any, ...]:
        out = [
            params[name] if name in params else fixed
            for name, fixed in zip(self.names, self.fixed, strict=True)
        ]
        for index, bind in self.binding:
            value = out[index]
            if value is not None:
                out[index] = bind(value)
        return tuple(out)

    def row(self, row: Sequence[Any]) -> tuple[Any, ...]:
        if len(row) != len(self.readers):
            raise ValueError(f"{len(row)} columns where {len(self.readers)} were selected")
        if not self.reading:
            return tuple(row)
        out = list(row)
        for index, read in self.reading:
            value = out[index]
            if value is not None:
                out[index] = read(value)
        return tuple(out)


def prepare(stmt: Any, dialect: Dialect) -> Prepared:
    compiled = stmt.compile(dialect=dialect)
    names = tuple(compiled.positiontup or ())
    binds = [compiled.binds[name] for name in names]
    readers: tuple[Callable[[Any], Any] | None, ...] = ()
    if isinstance(stmt, sa.Select):
        readers = tuple(
            col.type._cached_result_processor(dialect, None) for col in stmt.selected_columns
        )
    return Prepared(
        compiled.string,
        names,
        tuple(b.value if b.callable is None else None for b in binds),
        tuple(b.type._cached_bind_processor(dialect) for b in binds),
        readers,
    )


def _processing(
    processors: tuple[Callable[[Any], Any] | None, ...],
) -> tuple[tuple[int, Callable[[Any], Any]], ...]:
    return tuple((i, process) for i, process in enumerate(processors) if process is not None)


def with_fast_datetimes(prepared: Prepared, stmt: Any) -> Prepared:
    """``prepared`` (for SQLite) reading its DateTime columns with
    :func:`storage.analytics_reads.sqlite_utc` (for reads of thousands of rows at once)."""
    readers = tuple(
        analytics_reads.sqlite_utc if isinstance(col.type, sa.DateTime) else reader
        for col, reader in zip(stmt.selected_columns, prepared.readers, strict=True)
    )
    return replace(prepared, readers=readers)


@dataclass(frozen=True, slots=True)
class _SqliteStatements:
    read_state: Prepared
    read_deal: Prepared
    read_deal_by_name: Prepared
    read_recent: Prepared
    read_ledger: Prepared
    read_totals: Prepared
    has_source: Prepared
    update_state: Prepared
    insert_state: Prepared
    insert_tenant: Prepared
    upsert_deal: Prepared
    insert_entry: Prepared
    upsert_totals: Prepared
    upsert_user: Prepared
    upsert_job: Prepared
    insert_audit: Prepared
    record_inbound: Prepared
    inbox_done: Prepared
    home_deals: Prepared
    moved_ids: Prepared
    moved_deals: Prepared
    moved_ledgers: Prepared
    alerts_between: Prepared


def _sqlite_statements() -> _SqliteStatements:
    from sqlalchemy.dialects.sqlite import insert

    dialect = sqlite_dialect.dialect(paramstyle="qmark")
    ups = upserts(insert)
    ledgers = analytics_reads.MOVED_LEDGERS
    return _SqliteStatements(
        *(
            with_fast_datetimes(prepare(stmt, dialect), stmt)
            if stmt is ledgers
            else prepare(stmt, dialect)
            for stmt in (
                READ_STATE,
                READ_DEAL,
                READ_DEAL_BY_NAME,
                READ_RECENT,
                READ_LEDGER,
                READ_TOTALS,
                HAS_SOURCE,
                UPDATE_STATE,
                INSERT_STATE,
                ups.tenant,
                ups.deal,
                INSERT_ENTRY,
                ups.totals,
                ups.user,
                ups.job,
                ups.audit,
                insert(INBOX).on_conflict_do_nothing(),
                INBOX_DONE,
                HOME_DEALS,
                analytics_reads.MOVED_IDS,
                analytics_reads.MOVED_DEALS,
                analytics_reads.MOVED_LEDGERS,
                analytics_reads.ALERTS_BETWEEN,
            )
        )
    )


# The hot path's connection keeps the pages a turn touches (the deals' and the ledger's
# index pages, scattered by random ids) in its own cache and reads the file through a
# memory map, so a large database costs a turn no more read calls than a small one.
HOT_PRAGMAS = ("PRAGMA cache_size=-32000", "PRAGMA mmap_size=268435456")
# The loop's own connection never waits in SQLite's busy handler, which would stop the
# loop (:class:`_OnLoop` pauses and retries instead), and never checkpoints the WAL,
# which copies and syncs pages: the thread's connection does, every CHECKPOINT_EVERY
# commits (a turn writes about ten pages; SQLite's own default is every 1,000 pages).
ON_LOOP_PRAGMAS = ("PRAGMA busy_timeout=0", "PRAGMA wal_autocheckpoint=0")
CHECKPOINT = "PRAGMA wal_checkpoint(PASSIVE)"
CHECKPOINT_EVERY = 100
BUSY_WAIT_S = 5.0  # as long as the other connections' busy_timeout
BUSY_PAUSES_S = (0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1)  # then 0.1 s each


def _checkpoint(conn: sqlite3.Connection) -> None:
    conn.execute(CHECKPOINT).fetchall()


def _sqlite_conflict(exc: sqlite3.IntegrityError) -> bool:
    return getattr(exc, "sqlite_errorname", None) in _SQLITE_CONFLICTS


class _Lane:
    """One sqlite3 connection, owned by one thread of its own: a call runs whole there."""

    def __init__(self, path: str, pragmas: Sequence[str], name: str) -> None:
        self._path = path
        self._pragmas = tuple(pragmas)
        self._executor = ThreadPoolExecutor(1, thread_name_prefix=f"coach-sqlite-{name}")
        self._conn: sqlite3.Connection | None = None
        self._trace: Callable[[str], None] | None = None

    async def run(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._call, fn, args)

    async def trace(self, callback: Callable[[str], None] | None) -> None:
        self._trace = callback
        await self.run(lambda conn: conn.set_trace_callback(callback), ())

    async def close(self) -> None:
        if self._conn is not None:
            await self.run(self._close, ())
        self._executor.shutdown(wait=True)

    def _close(self, conn: sqlite3.Connection) -> None:
        conn.close()
        self._conn = None

    def _call(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        if self._conn is None:
            self._conn = _connect(self._path, self._pragmas, self._trace)
        return fn(self._conn, *args)


def _connect(
    path: str, pragmas: Sequence[str], trace: Callable[[str], None] | None
) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    for pragma in pragmas:
        conn.execute(pragma)
    conn.set_trace_callback(trace)
    return conn


def _busy(exc: sqlite3.OperationalError) -> bool:
    return str(getattr(exc, "sqlite_errorname", "")).startswith("SQLITE_BUSY")


class _OnLoop:
    """One sqlite3 connection used on the event loop's thread: a call runs whole there.

    A turn's reads and its write transaction are a few indexed statements on pages in
    the connection's cache, which cost less than handing them to a thread and back
    (measured on `serve` at 100 commands a second: the two hops of a turn were about a
    sixth of its CPU). A call finds the write lock taken only by another process (this
    one's writers queue on the store's write lock): it is then retried after a pause,
    the loop running meanwhile, for as long as the other connections' busy handler.
    """

    def __init__(self, path: str, pragmas: Sequence[str]) -> None:
        self._path = path
        self._pragmas = (*pragmas, *ON_LOOP_PRAGMAS)
        self._conn: sqlite3.Connection | None = None
        self._trace: Callable[[str], None] | None = None

    async def run(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        waited = 0.0
        pauses = iter(BUSY_PAUSES_S)
        while True:
            try:
                return self._call(fn, args)
            except sqlite3.OperationalError as exc:
                if not _busy(exc) or waited >= BUSY_WAIT_S:
                    raise
            pause = next(pauses, BUSY_PAUSES_S[-1])
            await asyncio.sleep(pause)
            waited += pause

    def trace(self, callback: Callable[[str], None] | None) -> None:
        self._trace = callback
        if self._conn is not None:
            self._conn.set_trace_callback(callback)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _call(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        if self._conn is None:
            self._conn = _connect(self._path, self._pragmas, self._trace)
        return fn(self._conn, *args)


class SqliteHotPath:
    """The hot path on sqlite3 connections: one on the event loop's thread, two each
    owned by a thread of its own.

    A call runs whole where it runs: reads together, a write transaction from its
    BEGIN IMMEDIATE to its COMMIT. A turn's own reads and its write run on the loop
    (:class:`_OnLoop`); reads whose size grows with the data (a whole ledger, App Home,
    the analytics) and the WAL's checkpoints on one thread; the inbox, whose records a
    request's ack waits for, on another, so an ack never queues behind those (WAL:
    readers and the writer do not block each other). The caller serialises writers
    with the store's write lock (shared with the engine's writers, the inbox's first),
    so no connection meets a writer of this process holding SQLite's write lock.
    """

    def __init__(self, path: str, pragmas: Sequence[str]) -> None:
        self._sql = _sqlite_statements()
        self._loop = _OnLoop(path, (*pragmas, *HOT_PRAGMAS))
        self._reads = _Lane(path, (*pragmas, *HOT_PRAGMAS), "reads")
        self._inbox = _Lane(path, pragmas, "inbox")
        self._commits = 0
        self._checkpoint: asyncio.Task[None] | None = None
        self.calls = 0  # calls run whole on the loop's own connection
        self.hops = 0  # calls run on a database thread, each one hop there and back

    async def trace(self, callback: Callable[[str], None] | None) -> None:
        """Have every SQL statement this path runs passed to ``callback`` (tests count them)."""
        self._loop.trace(callback)
        await self._reads.trace(callback)
        await self._inbox.trace(callback)

    async def close(self) -> None:
        if self._checkpoint is not None:
            await self._checkpoint
        self._loop.close()
        await self._reads.close()
        await self._inbox.close()

    async def _here(self, fn: Callable[..., Any], *args: Any) -> Any:
        self.calls += 1
        return await self._loop.run(fn, args)

    async def _hop(self, fn: Callable[..., Any], *args: Any) -> Any:
        self.hops += 1
        return await self._reads.run(fn, args)

    async def _inbox_hop(self, fn: Callable[..., Any], *args: Any) -> Any:
        self.hops += 1
        return await self._inbox.run(fn, args)

    def _committed(self) -> None:
        """Count a commit on the loop's connection; checkpoint the WAL on the thread every
        CHECKPOINT_EVERY of them (one at a time; the turn does not wait for it)."""
        self._commits += 1
        if self._commits % CHECKPOINT_EVERY or self._checkpoint is not None:
            return
        self._checkpoint = asyncio.get_running_loop().create_task(self._checkpoint_wal())

    async def _checkpoint_wal(self) -> None:
        try:
            await self._hop(_checkpoint)
        except sqlite3.Error as exc:  # the next one tries again; the WAL only grows meanwhile
            log.warning("sqlite WAL checkpoint failed: %r", exc)
        finally:
            self._checkpoint = None

    # -- one statement
    def _one(self, conn: sqlite3.Connection, stmt: Prepared, params: Params) -> Any:
        row = conn.execute(stmt.sql, stmt.args(params)).fetchone()
        return stmt.row(row) if row is not None else None

    def _all(self, conn: sqlite3.Connection, stmt: Prepared, params: Params) -> list[Any]:
        return [stmt.row(r) for r in conn.execute(stmt.sql, stmt.args(params)).fetchall()]

    def _run(self, conn: sqlite3.Connection, stmt: Prepared, params: Params) -> int:
        return conn.execute(stmt.sql, stmt.args(params)).rowcount

    # -- reads
    async def open_turn(self, key: ConversationKey, recent: int, whole: bool) -> TurnStart:
        call = self._hop if whole else self._here  # a whole ledger grows with the deal
        return await call(self._open_turn, key, recent, whole)  # type: ignore[no-any-return]

    def _open_turn(
        self, conn: sqlite3.Connection, key: ConversationKey, recent: int, whole: bool
    ) -> TurnStart:
        sql = self._sql
        state = to_state(self._one(conn, sql.read_state, state_params(key)))
        if not state.current_deal_id:
            return TurnStart(state)
        where = {"w_tenant": key.tenant, "w_deal": state.current_deal_id}
        deal = to_deal_row(self._one(conn, sql.read_deal, where))
        if deal is None:
            return TurnStart(state)
        if whole:
            entries = to_entries(self._all(conn, sql.read_ledger, where))
            return TurnStart(state, deal, RecentLedger(entries), complete=True)
        return TurnStart(state, deal, self._recent(conn, where, recent), complete=False)

    def _recent(self, conn: sqlite3.Connection, where: Params, limit: int) -> RecentLedger:
        rows = self._all(conn, self._sql.read_recent, {**where, "w_limit": limit})
        totals = self._one(conn, self._sql.read_totals, where)
        return RecentLedger(to_entries(rows, backwards=True), dict(totals[0]) if totals else None)

    async def get_deal(self, tenant: str, deal_id: str) -> Deal | None:
        where = {"w_tenant": tenant, "w_deal": deal_id}
        return to_deal_row(await self._here(self._one, self._sql.read_deal, where))

    async def find_deal(self, tenant: str, owner: str, name: str) -> Deal | None:
        where = {"w_tenant": tenant, "w_owner": owner, "w_name": name_key(name)}
        return to_deal_row(await self._here(self._one, self._sql.read_deal_by_name, where))

    async def load_conversation(self, key: ConversationKey) -> ConversationState:
        return to_state(await self._here(self._one, self._sql.read_state, state_params(key)))

    async def ledger(self, tenant: str, deal_id: str) -> list[LedgerEntry]:
        where = {"w_tenant": tenant, "w_deal": deal_id}
        return to_entries(await self._hop(self._all, self._sql.read_ledger, where))

    async def recent_ledger(self, tenant: str, deal_id: str, limit: int) -> RecentLedger:
        where = {"w_tenant": tenant, "w_deal": deal_id}
        return await self._here(self._recent, where, limit)  # type: ignore[no-any-return]

    async def home_deals(self, tenant: str, owner: str, limit: int) -> list[DealSummary]:
        where = {"w_tenant": tenant, "w_owner": owner, "w_status": "open", "w_limit": limit}
        rows = await self._hop(self._all, self._sql.home_deals, where)
        return [DealSummary(*row) for row in rows]

    async def active_ledgers(
        self, tenant: str, since: datetime, until: datetime, max_deals: int, max_entries: int
    ) -> ActiveLedgers:
        params = analytics_reads.active_params(tenant, since, until, max_deals, max_entries)
        found = await self._hop(self._active, params, max_deals, max_entries)
        return found  # type: ignore[no-any-return]

    def _active(
        self, conn: sqlite3.Connection, params: Params, max_deals: int, max_entries: int
    ) -> ActiveLedgers:
        tenant = str(params["w_tenant"])
        sql = self._sql
        ids = self._all(conn, sql.moved_ids, params)
        if not ids:
            return ActiveLedgers([], [], False)
        deals = self._all(conn, sql.moved_deals, params)
        entries = self._all(conn, sql.moved_ledgers, params)
        return analytics_reads.active_from_rows(tenant, ids, deals, entries, max_deals, max_entries)

    async def alerts_between(
        self, tenant: str, since: datetime, until: datetime, limit: int
    ) -> list[Alert]:
        where = {"w_tenant": tenant, "w_since": since, "w_until": until, "w_limit": limit}
        rows = await self._hop(self._all, self._sql.alerts_between, where)
        return analytics_reads.to_alerts(rows)

    # -- writes (the caller holds the store's write lock)
    async def commit(self, changes: TurnChanges) -> None:
        check_one_tenant(changes)
        await self._here(self._commit, changes)
        self._committed()

    def _commit(self, conn: sqlite3.Connection, changes: TurnChanges) -> None:
        sql, key, state = self._sql, changes.key, changes.state
        conn.execute("BEGIN IMMEDIATE")
        try:
            if changes.inbound is not None:  # the trigger's dedupe record, with the turn
                if self._run(conn, sql.record_inbound, inbound_values(changes.inbound)) != 1:
                    raise AlreadyReceived(changes.inbound.event_id)
            if changes.source and changes.entries:
                where = {"w_tenant": key.tenant, "w_source": changes.source}
                if self._one(conn, sql.has_source, where) is not None:
                    raise AlreadyWritten(changes.source)
            if changes.state_changed and state.version > 0:
                if self._run(conn, sql.update_state, update_state_params(key, state)) != 1:
                    raise VersionConflict(f"state of {key} moved past version {state.version}")
            else:
                self._run(conn, sql.insert_tenant, tenant_values(key.tenant))
                if changes.state_changed:
                    self._run(conn, sql.insert_state, state_values(key, state, version=1))
            for deal in changes.deals:
                if self._run(conn, sql.upsert_deal, deal_values(deal)) != 1:
                    raise ValueError(f"deal id {deal.id} belongs to another tenant")
            if changes.entries:
                stmt = sql.insert_entry
                conn.executemany(stmt.sql, [stmt.args(entry_values(e)) for e in changes.entries])
            for deal_id, totals in changes.totals.items():
                self._run(conn, sql.upsert_totals, totals_params(key.tenant, deal_id, totals))
            for user in changes.users:  # what a feature module (prep) saves with the turn
                self._run(conn, sql.upsert_user, values(user))
            for job in changes.jobs:
                self._run(conn, sql.upsert_job, values(job))
            for audit in changes.audit:
                self._run(conn, sql.insert_audit, values(audit))
            conn.execute("COMMIT")
        except sqlite3.IntegrityError as exc:
            conn.execute("ROLLBACK")
            if _sqlite_conflict(exc):
                raise VersionConflict(str(exc)) from exc
            raise
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    async def record_inbound(self, row: Params) -> bool:
        return await self._inbox_hop(self._run, self._sql.record_inbound, row) == 1

    async def complete_inbound(self, platform: str, event_id: str) -> None:
        done = inbox_done_params(platform, event_id)
        await self._inbox_hop(self._run, self._sql.inbox_done, done)


class CoreHotPath:
    """The hot path on PostgreSQL: Core statements (compiled once, from SQLAlchemy's
    cache) on one pooled asyncpg connection per call, a write in one transaction."""

    def __init__(self, engine: AsyncEngine) -> None:
        from sqlalchemy.dialects.postgresql import insert

        self.engine = engine
        self._ups = upserts(insert)
        self._record_inbound = insert(INBOX).on_conflict_do_nothing()

    async def close(self) -> None:
        return None

    async def open_turn(self, key: ConversationKey, recent: int, whole: bool) -> TurnStart:
        async with self.engine.connect() as conn:
            row = (await conn.execute(READ_STATE, state_params(key))).first()
            state = to_state(row)
            if not state.current_deal_id:
                return TurnStart(state)
            where = {"w_tenant": key.tenant, "w_deal": state.current_deal_id}
            deal = to_deal_row((await conn.execute(READ_DEAL, where)).first())
            if deal is None:
                return TurnStart(state)
            if whole:
                rows = (await conn.execute(READ_LEDGER, where)).all()
                return TurnStart(state, deal, RecentLedger(to_entries(rows)), complete=True)
            return TurnStart(state, deal, await self._recent(conn, where, recent), complete=False)

    async def _recent(self, conn: AsyncConnection, where: Params, limit: int) -> RecentLedger:
        rows = (await conn.execute(READ_RECENT, {**where, "w_limit": limit})).all()
        totals = (await conn.execute(READ_TOTALS, where)).scalar_one_or_none()
        return RecentLedger(to_entries(rows, backwards=True), dict(totals) if totals else None)

    async def get_deal(self, tenant: str, deal_id: str) -> Deal | None:
        async with self.engine.connect() as conn:
            where = {"w_tenant": tenant, "w_deal": deal_id}
            return to_deal_row((await conn.execute(READ_DEAL, where)).first())

    async def find_deal(self, tenant: str, owner: str, name: str) -> Deal | None:
        where = {"w_tenant": tenant, "w_owner": owner, "w_name": name_key(name)}
        async with self.engine.connect() as conn:
            return to_deal_row((await conn.execute(READ_DEAL_BY_NAME, where)).first())

    async def load_conversation(self, key: ConversationKey) -> ConversationState:
        async with self.engine.connect() as conn:
            return to_state((await conn.execute(READ_STATE, state_params(key))).first())

    async def ledger(self, tenant: str, deal_id: str) -> list[LedgerEntry]:
        async with self.engine.connect() as conn:
            where = {"w_tenant": tenant, "w_deal": deal_id}
            return to_entries((await conn.execute(READ_LEDGER, where)).all())

    async def recent_ledger(self, tenant: str, deal_id: str, limit: int) -> RecentLedger:
        async with self.engine.connect() as conn:
            return await self._recent(conn, {"w_tenant": tenant, "w_deal": deal_id}, limit)

    async def home_deals(self, tenant: str, owner: str, limit: int) -> list[DealSummary]:
        where = {"w_tenant": tenant, "w_owner": owner, "w_status": "open", "w_limit": limit}
        async with self.engine.connect() as conn:
            return [DealSummary(*row) for row in await conn.execute(HOME_DEALS, where)]

    async def active_ledgers(
        self, tenant: str, since: datetime, until: datetime, max_deals: int, max_entries: int
    ) -> ActiveLedgers:
        params = analytics_reads.active_params(tenant, since, until, max_deals, max_entries)
        async with self.engine.connect() as conn:
            ids = (await conn.execute(analytics_reads.MOVED_IDS, params)).all()
            if not ids:
                return ActiveLedgers([], [], False)
            deals = (await conn.execute(analytics_reads.MOVED_DEALS, params)).all()
            entries = (await conn.execute(analytics_reads.MOVED_LEDGERS, params)).all()
        return analytics_reads.active_from_rows(tenant, ids, deals, entries, max_deals, max_entries)

    async def alerts_between(
        self, tenant: str, since: datetime, until: datetime, limit: int
    ) -> list[Alert]:
        where = {"w_tenant": tenant, "w_since": since, "w_until": until, "w_limit": limit}
        async with self.engine.connect() as conn:
            rows = (await conn.execute(analytics_reads.ALERTS_BETWEEN, where)).all()
        return analytics_reads.to_alerts(rows)

    async def commit(self, changes: TurnChanges) -> None:
        """The state row is updated first with ``WHERE version = expected``, which also
        locks it: a concurrent turn on the same conversation waits, then finds the
        version moved."""
        check_one_tenant(changes)
        key, state, ups = changes.key, changes.state, self._ups
        try:
            async with self.engine.begin() as conn:
                if changes.inbound is not None:  # the trigger's dedupe record, with the turn
                    row = inbound_values(changes.inbound)
                    if (await conn.execute(self._record_inbound, row)).rowcount != 1:
                        raise AlreadyReceived(changes.inbound.event_id)
                if changes.source and changes.entries:
                    where = {"w_tenant": key.tenant, "w_source": changes.source}
                    if (await conn.execute(HAS_SOURCE, where)).first() is not None:
                        raise AlreadyWritten(changes.source)
                if changes.state_changed and state.version > 0:
                    result = await conn.execute(UPDATE_STATE, update_state_params(key, state))
                    if result.rowcount != 1:
                        raise VersionConflict(f"state of {key} moved past version {state.version}")
                else:
                    await conn.execute(ups.tenant, tenant_values(key.tenant))
                    if changes.state_changed:
                        await conn.execute(INSERT_STATE, state_values(key, state, version=1))
                for deal in changes.deals:
                    if (await conn.execute(ups.deal, deal_values(deal))).rowcount != 1:
                        raise ValueError(f"deal id {deal.id} belongs to another tenant")
                if changes.entries:
                    await conn.execute(INSERT_ENTRY, [entry_values(e) for e in changes.entries])
                for deal_id, totals in changes.totals.items():
                    params = totals_params(key.tenant, deal_id, totals)
                    await conn.execute(ups.totals, params)
                for user in changes.users:
                    await conn.execute(ups.user, values(user))
                for job in changes.jobs:
                    await conn.execute(ups.job, values(job))
                for audit in changes.audit:
                    await conn.execute(ups.audit, values(audit))
        except IntegrityError as exc:
            if is_conflict(exc):
                raise VersionConflict(str(exc.orig)) from exc
            raise

    async def record_inbound(self, row: Params) -> bool:
        async with self.engine.begin() as conn:
            return (await conn.execute(self._record_inbound, dict(row))).rowcount == 1

    async def complete_inbound(self, platform: str, event_id: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(INBOX_DONE, inbox_done_params(platform, event_id))


HotPath = SqliteHotPath | CoreHotPath
