"""One turn's SQL, counted: its reads in one round trip, its writes in one transaction.

Counts, never times: a change that adds a statement, a transaction or a hop to the
database thread to the coach's hot path fails here. On SQLite the statements are
those the stdlib driver runs (its trace callback) and none may go through the ORM's
engine; on PostgreSQL they are those SQLAlchemy sends (its cursor events).
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa
from store_helpers import Backend

from coaching.engine import Coach
from coaching.messages import IncomingMessage, Platform
from coaching.playbook import load_playbook
from coaching.records import InboundEvent
from coaching.render import Renderer
from coaching.store import TRIGGER, AlreadyReceived
from storage import hot
from storage.hot import SqliteHotPath
from storage.sql_store import SqlStore

MOVE = "If you sign a two-year term we can do 5% off"


def _msg(text: str, n: int) -> IncomingMessage:
    ref = f"slack:D1/1700000000.{n:06d}"
    return IncomingMessage(Platform.SLACK, "T1", "U1", "D1", text, message_ref=ref)


@contextmanager
def _engine_statements(store: SqlStore) -> Iterator[list[str]]:
    seen: list[str] = []

    def note(conn: object, cursor: object, sql: str, *args: object) -> None:
        seen.append(sql)

    def begun(conn: object) -> None:
        seen.append("BEGIN (engine)")

    sa.event.listen(store.engine.sync_engine, "before_cursor_execute", note)
    sa.event.listen(store.engine.sync_engine, "begin", begun)
    try:
        yield seen
    finally:
        sa.event.remove(store.engine.sync_engine, "before_cursor_execute", note)
        sa.event.remove(store.engine.sync_engine, "begin", begun)


def _kinds(statements: list[str]) -> list[str]:
    return [" ".join(sql.split()[:2]).upper() for sql in statements]


async def _ready(store: SqlStore) -> Coach:
    coach = Coach(store, load_playbook(), Renderer())
    await coach.handle(_msg("deal Acme", 0))
    await coach.handle(_msg(MOVE, 1))
    return coach


async def test_one_turn_on_sqlite_is_one_read_hop_and_one_write_transaction(
    sqlite_url: str,
) -> None:
    async with Backend("sqlite", sqlite_url).open(auto_upgrade=True) as opened:
        store = opened
        assert isinstance(store, SqlStore) and isinstance(store._hot, SqliteHotPath)
        coach = await _ready(store)
        driver: list[str] = []
        await store._hot.trace(driver.append)
        calls, hops = store._hot.calls, store._hot.hops
        with _engine_statements(store) as through_engine:
            await coach.handle(_msg(MOVE, 2))
        calls, hops = store._hot.calls - calls, store._hot.hops - hops
        await store._hot.trace(None)
        assert through_engine == []  # nothing through aiosqlite and the ORM
        assert calls == 2  # the reads, then the write transaction
        assert hops == 0  # both on the loop's own connection: no thread and back
        assert _kinds(driver) == [
            "SELECT CONVERSATION_STATES.DATA,",
            "SELECT DEALS.TENANT,",
            "SELECT LEDGER_ENTRIES.TENANT,",
            "SELECT LEDGER_TOTALS.DATA",
            "BEGIN IMMEDIATE",
            "SELECT LEDGER_ENTRIES.ID",  # the message is not in the ledger yet
            "UPDATE CONVERSATION_STATES",
            "INSERT INTO",  # the deal's upsert
            "INSERT INTO",  # the ledger entry (the give; its get is restated, not new)
            "INSERT INTO",  # the totals' upsert
            "COMMIT",
        ]
        assert sum(k.startswith("BEGIN") for k in _kinds(driver)) == 1


async def test_the_inbox_is_one_statement_each_way_on_sqlite(sqlite_url: str) -> None:
    async with Backend("sqlite", sqlite_url).open(auto_upgrade=True) as opened:
        store = opened
        assert isinstance(store, SqlStore) and isinstance(store._hot, SqliteHotPath)
        driver: list[str] = []
        await store._hot.trace(driver.append)
        with _engine_statements(store) as through_engine:
            assert await store.record_inbound(InboundEvent("slack", "e1", {"a": 1}))
            assert not await store.record_inbound(InboundEvent("slack", "e1", {"a": 1}))
            await store.complete_inbound("slack", "e1")
        await store._hot.trace(None)
        assert through_engine == []
        assert _kinds(driver) == ["INSERT INTO", "INSERT INTO", "UPDATE INBOUND_EVENTS"]


async def test_one_turn_on_postgresql_is_one_read_connection_and_one_transaction(
    pg_backend: Backend,
) -> None:
    async with pg_backend.open(auto_upgrade=True) as opened:
        store = opened
        assert isinstance(store, SqlStore)
        coach = await _ready(store)
        with _engine_statements(store) as seen:
            await coach.handle(_msg(MOVE, 2))
        kinds = [k for k in _kinds(seen) if k != "SELECT 1"]  # the pool's pre-ping
        assert kinds == [
            "BEGIN (ENGINE)",  # the reads' connection (rolled back: it only read)
            "SELECT CONVERSATION_STATES.DATA,",
            "SELECT DEALS.TENANT,",
            "SELECT LEDGER_ENTRIES.TENANT,",
            "SELECT LEDGER_TOTALS.DATA",
            "BEGIN (ENGINE)",  # the one write transaction
            "SELECT LEDGER_ENTRIES.ID",
            "UPDATE CONVERSATION_STATES",
            "INSERT INTO",
            "INSERT INTO",
            "INSERT INTO",
        ]  # its COMMIT is no cursor statement


async def test_a_turn_waits_out_another_process_s_write_lock(sqlite_url: str) -> None:
    """The turn's write runs on the loop's thread, whose connection does not wait in
    SQLite's busy handler (that would stop the loop): the turn pauses and retries."""
    async with Backend("sqlite", sqlite_url).open(auto_upgrade=True) as opened:
        store = opened
        assert isinstance(store, SqlStore)
        coach = await _ready(store)
        other = sqlite3.connect(str(store.engine.url.database), isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
            turn = asyncio.create_task(coach.handle(_msg("they want net 60", 2)))
            for _ in range(10):
                await asyncio.sleep(0.01)
            assert not turn.done()
            other.execute("COMMIT")
            reply = await turn
        finally:
            other.close()
        assert [r.to_json()["kind"] for r in reply.recorded] == ["payment_terms"]
        deal_id = await _deal_id(store)
        assert [e.kind for e in await store.ledger("slack:T1", deal_id)][-1] == "payment_terms"


async def test_the_wal_is_checkpointed_on_a_thread_every_so_many_commits(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hot, "CHECKPOINT_EVERY", 3)
    driver: list[str] = []
    async with Backend("sqlite", sqlite_url).open(auto_upgrade=True) as opened:
        store = opened
        assert isinstance(store, SqlStore) and isinstance(store._hot, SqliteHotPath)
        await store._hot.trace(driver.append)
        coach = await _ready(store)  # two commits
        hops = store._hot.hops
        assert not [sql for sql in driver if "wal_checkpoint" in sql]
        await coach.handle(_msg(MOVE, 2))  # the third
    assert store._hot.hops - hops == 1  # closing waited for it
    assert [sql for sql in driver if "wal_checkpoint" in sql] == [hot.CHECKPOINT]


class _Trigger:
    """A delivery that writes its request's dedupe record with the turn (as FastTurn)."""

    def __init__(self, key: str) -> None:
        self.record = InboundEvent("slack", key, {}, "done", tenant="slack:T1")

    async def committing(self) -> InboundEvent | None:
        return self.record


async def _handle_triggered(coach: Coach, msg: IncomingMessage, key: str) -> None:
    token = TRIGGER.set(_Trigger(key))
    try:
        await coach.handle(msg)
    finally:
        TRIGGER.reset(token)


async def test_a_turn_with_its_trigger_is_one_write_transaction_on_sqlite(
    sqlite_url: str,
) -> None:
    """A slash command answered in its ack: its inbox row goes in the turn's own commit."""
    async with Backend("sqlite", sqlite_url).open(auto_upgrade=True) as opened:
        store = opened
        assert isinstance(store, SqlStore) and isinstance(store._hot, SqliteHotPath)
        coach = await _ready(store)
        driver: list[str] = []
        await store._hot.trace(driver.append)
        calls, hops = store._hot.calls, store._hot.hops
        with _engine_statements(store) as through_engine:
            await _handle_triggered(coach, _msg(MOVE, 2), "trigger:t2")
        calls, hops = store._hot.calls - calls, store._hot.hops - hops
        await store._hot.trace(None)
        assert through_engine == []
        assert (calls, hops) == (2, 0)  # the reads, then the one write transaction
        assert _kinds(driver) == [
            "SELECT CONVERSATION_STATES.DATA,",
            "SELECT DEALS.TENANT,",
            "SELECT LEDGER_ENTRIES.TENANT,",
            "SELECT LEDGER_TOTALS.DATA",
            "BEGIN IMMEDIATE",
            "INSERT INTO",  # the trigger's inbox row (done): the dedupe record
            "SELECT LEDGER_ENTRIES.ID",
            "UPDATE CONVERSATION_STATES",
            "INSERT INTO",
            "INSERT INTO",
            "INSERT INTO",
            "COMMIT",
        ]
        assert "INBOUND_EVENTS" in driver[5].upper()
        entries = len(await store.ledger("slack:T1", (await _deal_id(store))))
        with pytest.raises(AlreadyReceived):  # the same trigger again: nothing written
            await _handle_triggered(coach, _msg(MOVE, 3), "trigger:t2")
        assert len(await store.ledger("slack:T1", (await _deal_id(store)))) == entries
        assert await store.pending_inbound("slack") == []  # recorded done, not pending


async def test_a_turn_with_its_trigger_on_postgresql_is_one_transaction(
    pg_backend: Backend,
) -> None:
    async with pg_backend.open(auto_upgrade=True) as opened:
        store = opened
        assert isinstance(store, SqlStore)
        coach = await _ready(store)
        with _engine_statements(store) as seen:
            await _handle_triggered(coach, _msg(MOVE, 2), "trigger:t2")
        kinds = [k for k in _kinds(seen) if k != "SELECT 1"]
        assert kinds == [
            "BEGIN (ENGINE)",
            "SELECT CONVERSATION_STATES.DATA,",
            "SELECT DEALS.TENANT,",
            "SELECT LEDGER_ENTRIES.TENANT,",
            "SELECT LEDGER_TOTALS.DATA",
            "BEGIN (ENGINE)",  # the one write transaction, the dedupe row first
            "INSERT INTO",
            "SELECT LEDGER_ENTRIES.ID",
            "UPDATE CONVERSATION_STATES",
            "INSERT INTO",
            "INSERT INTO",
            "INSERT INTO",
        ]
        with pytest.raises(AlreadyReceived):
            await _handle_triggered(coach, _msg(MOVE, 3), "trigger:t2")


async def test_a_repeated_trigger_writes_nothing_on_every_store(backend: Backend) -> None:
    async with backend.open(auto_upgrade=True) as opened:
        store = opened
        coach = await _ready(store)
        await _handle_triggered(coach, _msg(MOVE, 2), "trigger:t2")
        deal = await _deal_id(store)
        entries = len(await store.ledger("slack:T1", deal))
        with pytest.raises(AlreadyReceived):
            await _handle_triggered(coach, _msg(MOVE, 3), "trigger:t2")
        assert len(await store.ledger("slack:T1", deal)) == entries
        assert not await store.record_inbound(InboundEvent("slack", "trigger:t2", {}))


async def _deal_id(store: object) -> str:
    deals = await store.list_deals("slack:T1")  # type: ignore[attr-defined]
    return str(deals[0].id)
