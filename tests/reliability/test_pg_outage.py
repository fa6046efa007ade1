"""PostgreSQL restarted under the server: requests during the outage fail cleanly, the
service recovers on its own, and every acknowledged request is processed exactly once.

The machine's PostgreSQL is shared, so it is never restarted here. Instead the serving
process reaches its (fresh) database through a TCP proxy on loopback that the test cuts
(every open connection reset, new ones refused, as while PostgreSQL restarts) and
restores. The load is Slack Events API messages; Slack retries an event whose delivery
got a non-2xx answer, and the test does the same after the restore. The same load runs
through a stalled network (nothing gets through, nothing is refused), where only the
engine's timeouts stop a request from hanging; and a restart while idle must go unnoticed.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

import storage.database
from harness.processes import Server, free_port
from storage.database import create_engine, is_unavailable
from storage.errors import StorageError
from tests.adapters.slack import payloads
from tests.adapters.slack.fake_slack import FakeSlack
from tests.reliability.conftest import (
    POLL_S,
    count_rows,
    eventually,
    post,
    serve,
    serve_env,
)

pytestmark = pytest.mark.slow
JSON = "application/json"
REPS = 6
MAX_PER_REP = 300  # bounds the load loop; the phases below need far fewer
REQUEST_BOUND_S = 30  # an answer later than this counts as a hang
HUNG = -1
RETRIES = 3  # Slack retries a failed event delivery three times
REF = re.compile(r"ref (P\d+-\d+)")
STALL_TIMEOUTS = {"connect_timeout": "2", "command_timeout": "2"}  # seconds


class PgProxy:
    """TCP proxy on 127.0.0.1 (port 0) in front of PostgreSQL, for outages on demand.

    ``cut``: PostgreSQL restarts; every open connection is reset, new ones are refused.
    ``stall``: the network stops carrying anything; connections (old and new) stay open
    but no byte gets through, so only the client's timeouts end a wait.
    ``restore``: PostgreSQL answers again on the same address (a stall ends with resets).
    """

    def __init__(self, host: str, port: int) -> None:
        self._target = (host, port)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._flowing = asyncio.Event()
        self._flowing.set()
        self.port = 0

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def cut(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
        self._reset_all()
        if server is not None:
            await server.wait_closed()

    def stall(self) -> None:
        self._flowing.clear()

    async def restore(self) -> None:
        if not self._flowing.is_set():
            self._reset_all()
            self._flowing.set()
        if self._server is None:
            await self.start()

    async def close(self) -> None:
        self._flowing.set()
        await self.cut()

    def _reset_all(self) -> None:
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self._target)
        except OSError:
            writer.transport.abort()
            return
        if self._server is None:  # cut while connecting upstream
            up_writer.transport.abort()
            writer.transport.abort()
            return
        self._writers |= {writer, up_writer}
        pipes = [
            asyncio.create_task(self._pipe(reader, up_writer)),
            asyncio.create_task(self._pipe(up_reader, writer)),
        ]
        try:
            await asyncio.wait(pipes, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for pipe in pipes:
                pipe.cancel()
            await asyncio.gather(*pipes, return_exceptions=True)
            for end in (writer, up_writer):
                self._writers.discard(end)
                end.transport.abort()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError):  # ConnectionResetError and friends: the cut
            while data := await reader.read(64 * 1024):
                await self._flowing.wait()  # a stall holds every byte
                writer.write(data)
                await writer.drain()


@pytest.fixture
async def pg_proxy(pg_database: str) -> AsyncIterator[PgProxy]:
    url = make_url(pg_database)
    proxy = PgProxy(url.host or "127.0.0.1", url.port or 5432)
    await proxy.start()
    yield proxy
    await proxy.close()


def through(proxy: PgProxy, database_url: str, **query: str) -> str:
    url = make_url(database_url).set(host="127.0.0.1", port=proxy.port)
    return url.update_query_dict(query).render_as_string(hide_password=False)


@dataclass
class Sent:
    """One Slack event the load sent, with every answer it got (HUNG for no answer)."""

    rep: int
    ref: str
    body: bytes
    during: str  # "before", "outage" or "after" the cut, when it was sent
    statuses: list[int] = field(default_factory=list)

    @property
    def acked(self) -> bool:
        return any(200 <= s < 300 for s in self.statuses)


@dataclass
class Load:
    server: Server
    session: aiohttp.ClientSession
    phase: str = "before"
    sent: list[Sent] = field(default_factory=list)
    stop: asyncio.Event = field(default_factory=asyncio.Event)

    async def deliver(self, item: Sent, **headers: str) -> int:
        try:
            status = await post(self.session, self.server, item.body, JSON, **headers)
        except (TimeoutError, aiohttp.ClientError):
            status = HUNG  # no answer in bounded time, or the connection dropped
        item.statuses.append(status)
        return status

    async def rep(self, rep: int) -> None:
        for n in range(MAX_PER_REP):
            if self.stop.is_set():
                return
            item = Sent(rep, f"P{rep}-{n}", message(rep, f"we give 5% off ref P{rep}-{n}"), "")
            item.during = self.phase
            self.sent.append(item)
            status = await self.deliver(item)
            if not 200 <= status < 300:
                await asyncio.sleep(POLL_S)  # as a client backing off, not a tight loop

    def count(self, during: str, *, acked: bool) -> int:
        return sum(1 for s in self.sent if s.during == during and s.statuses and s.acked == acked)


def message(rep: int, text: str) -> bytes:
    event = payloads.message(text, user=f"U{rep}", channel=f"D{rep}")
    return payloads.envelope(event, event_id=payloads.next_id("EvPg"))


def replies_to(fake: FakeSlack, rep: int) -> int:
    return sum(1 for c in fake.to("chat.postMessage") if c.params.get("channel") == f"D{rep}")


async def ledger_refs(url: str) -> tuple[list[str], list[list[int]]]:
    """Each ledger row's ``ref P..`` (from its excerpt), and each deal's seqs in order."""
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            query = sa.text("SELECT deal_id, seq, excerpt FROM ledger_entries")
            rows = (await conn.execute(query)).all()
    finally:
        await engine.dispose()
    refs = [m.group(1) for _, _, excerpt in rows if (m := REF.search(excerpt))]
    by_deal: dict[str, list[int]] = {}
    for deal_id, seq, _ in rows:
        by_deal.setdefault(deal_id, []).append(seq)
    return refs, [sorted(seqs) for seqs in by_deal.values()]


async def pending_inbox(url: str) -> int:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            query = sa.text("SELECT count(*) FROM inbound_events WHERE status = 'pending'")
            return int((await conn.execute(query)).scalar_one())
    finally:
        await engine.dispose()


@pytest.mark.parametrize("outage", ["restart", "stall"])
async def test_postgres_outage_under_load_fails_cleanly_and_recovers(
    outage: str,
    fake: FakeSlack,
    pg_database: str,
    pg_proxy: PgProxy,
    servers: list[Server],
    tmp_path: Path,
) -> None:
    """``restart`` runs with the engine's default timeouts; ``stall`` needs its timeouts
    (shortened here through DATABASE_URL) to answer at all while the network is silent."""
    query = STALL_TIMEOUTS if outage == "stall" else {}
    env = serve_env(fake, through(pg_proxy, pg_database, **query), SLACK_INBOX_LEASE_SECONDS="2")
    server = await serve(servers, "pg", env, tmp_path)
    timeout = aiohttp.ClientTimeout(total=REQUEST_BOUND_S)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for rep in range(REPS):
            assert await post(session, server, message(rep, f"deal Outage {rep}"), JSON) == 200
        await eventually(
            lambda: all(replies_to(fake, r) == 1 for r in range(REPS)), "the deal replies"
        )

        load = Load(server, session)
        reps = [asyncio.create_task(load.rep(r)) for r in range(REPS)]
        try:
            await eventually(lambda: load.count("before", acked=True) >= 2 * REPS, "some load")
            load.phase = "outage"
            if outage == "stall":
                pg_proxy.stall()
            else:
                await pg_proxy.cut()
            await eventually(
                lambda: load.count("outage", acked=False) >= 2 * REPS,
                "answers to requests sent during the outage",
            )
            assert server.process.returncode is None  # the process stays up
            async with session.get(f"http://127.0.0.1:{server.port}/healthz") as health:
                assert health.status == 200
            await pg_proxy.restore()
            load.phase = "after"
            await eventually(lambda: load.count("after", acked=True) >= 2 * REPS, "recovery")
        finally:
            load.stop.set()
            await asyncio.gather(*reps)

        answers = [s for item in load.sent for s in item.statuses]
        assert HUNG not in answers, "a request got no answer in bounded time"
        failed = sorted({s for s in answers if not 200 <= s < 300})
        assert failed and all(500 <= s < 600 for s in failed), failed  # clean: 5xx only
        assert 503 in failed, f"storage outage answered {failed}, not 503 (Slack retries)"
        during = [s for item in load.sent if item.during == "outage" for s in item.statuses]
        assert any(500 <= s < 600 for s in during)
        late = [item for item in load.sent if item.during == "after" and not item.acked]
        assert not late, f"{len(late)} request(s) sent after the restore failed"

        # Slack retries what got no 2xx; after the restore every retry is acknowledged.
        for item in [s for s in load.sent if not s.acked]:
            for attempt in range(1, RETRIES + 1):
                if 200 <= await load.deliver(item, **{"X-Slack-Retry-Num": str(attempt)}) < 300:
                    break
        unacked = [item.ref for item in load.sent if not item.acked]
        assert not unacked, f"retries after the restore not acknowledged: {unacked[:5]}"
        assert server.process.returncode is None

    # Every request is now acknowledged: each is processed exactly once.
    everything = {item.ref for item in load.sent}

    async def all_there() -> bool:
        refs, _ = await ledger_refs(pg_database)
        return everything <= set(refs)

    async def settled() -> bool:
        return await pending_inbox(pg_database) == 0

    try:
        await eventually(all_there, "every acknowledged turn in the ledger")
    except AssertionError:
        refs, _ = await ledger_refs(pg_database)
        missing = [(i.ref, i.during, i.statuses) for i in load.sent if i.ref not in refs]
        raise AssertionError(f"{len(missing)} never processed: {missing[:8]}") from None
    await eventually(settled, "an empty inbox (nothing left pending)")
    refs, deals = await ledger_refs(pg_database)
    twice = sorted({r for r in refs if refs.count(r) > 1})
    assert not twice, f"processed more than once: {twice[:5]}"
    assert set(refs) == everything
    for seqs in deals:  # no gap or half-written turn: seqs run 1..n
        assert seqs == list(range(1, len(seqs) + 1))
    for rep in range(REPS):
        mine = sum(1 for item in load.sent if item.rep == rep)
        await eventually(lambda r=rep, n=mine: replies_to(fake, r) >= 1 + n, f"rep {rep} replies")
        assert replies_to(fake, rep) == 1 + mine, f"rep {rep}: one reply per message"
    counts = await count_rows(pg_database, "ledger_entries", "inbound_events")
    assert counts["inbound_events"] == REPS + len(load.sent)


async def test_postgres_restart_while_idle_goes_unnoticed(
    fake: FakeSlack, pg_database: str, pg_proxy: PgProxy, servers: list[Server], tmp_path: Path
) -> None:
    """No request saw the outage, so none may see its after-effects: the pooled connections
    PostgreSQL dropped are found dead and replaced before use (pre-ping), not handed out."""
    server = await serve(servers, "idle", serve_env(fake, through(pg_proxy, pg_database)), tmp_path)
    timeout = aiohttp.ClientTimeout(total=REQUEST_BOUND_S)
    async with aiohttp.ClientSession(timeout=timeout) as session:

        async def each_rep(text: str) -> list[int]:
            return list(
                await asyncio.gather(
                    *(post(session, server, message(r, text.format(r)), JSON) for r in range(REPS))
                )
            )

        assert await each_rep("deal Idle {}") == [200] * REPS  # several pooled connections
        await eventually(lambda: all(replies_to(fake, r) == 1 for r in range(REPS)), "replies")
        await pg_proxy.cut()
        await pg_proxy.restore()
        assert await each_rep("we give 5% off ref P{}-0") == [200] * REPS
    everything = {f"P{r}-0" for r in range(REPS)}

    async def all_there() -> bool:
        refs, _ = await ledger_refs(pg_database)
        return sorted(refs) == sorted(everything)

    await eventually(all_there, "each turn in the ledger once")
    await eventually(lambda: all(replies_to(fake, r) == 2 for r in range(REPS)), "the replies")


class _SqlState(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"sqlstate {sqlstate}")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    "exc",
    [
        sa.exc.TimeoutError("QueuePool limit reached"),
        sa.exc.DBAPIError("SELECT 1", {}, Exception("gone"), connection_invalidated=True),
        sa.exc.DBAPIError("SELECT 1", {}, _SqlState("57P01")),  # admin shutdown
        sa.exc.DBAPIError("SELECT 1", {}, _SqlState("57P03")),  # starting up
        sa.exc.DBAPIError("SELECT 1", {}, _SqlState("08006")),  # connection failure
        sa.exc.OperationalError("INSERT", {}, Exception("database is locked")),  # SQLite
    ],
)
def test_an_outage_is_told_apart(exc: BaseException) -> None:
    assert is_unavailable(exc)


@pytest.mark.parametrize(
    "exc",
    [
        ValueError("a bug"),
        ConnectionRefusedError(111, "Connect call failed"),  # not raised by the database
        TimeoutError(),  # e.g. the chat API's
        sa.exc.IntegrityError("INSERT", {}, _SqlState("23505")),
        sa.exc.DBAPIError("SELECT", {}, _SqlState("42601")),  # syntax error
        sa.exc.OperationalError("SELECT", {}, Exception("no such table: deals")),
    ],
)
def test_a_real_error_is_not_an_outage(exc: BaseException) -> None:
    assert not is_unavailable(exc)


async def test_a_refused_connection_is_an_outage() -> None:
    engine = create_engine(f"postgresql://coach@127.0.0.1:{free_port()}/coach")
    try:
        with pytest.raises(Exception) as caught:  # whatever the driver raises
            async with engine.connect():
                pass
    finally:
        await engine.dispose()
    assert is_unavailable(caught.value)
    try:
        raise RuntimeError("while saving") from caught.value
    except RuntimeError as wrapped:
        assert is_unavailable(wrapped)


def test_postgres_engines_ping_and_bound_their_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}
    real = storage.database.create_async_engine

    def spy(url: object, **kwargs: object) -> object:
        seen.update(kwargs, url=url)
        return real(url, **kwargs)

    monkeypatch.setattr(storage.database, "create_async_engine", spy)
    create_engine("postgresql://coach@db.invalid/coach")
    assert seen["pool_pre_ping"] is True
    assert seen["connect_args"] == {
        "timeout": storage.database.CONNECT_TIMEOUT_S,
        "command_timeout": storage.database.COMMAND_TIMEOUT_S,
    }
    create_engine("postgres://coach@db.invalid/coach?connect_timeout=3&command_timeout=4.5")
    assert seen["connect_args"] == {"timeout": 3.0, "command_timeout": 4.5}
    assert "timeout" not in str(seen["url"])  # not passed on to asyncpg a second time
    with pytest.raises(StorageError, match="command_timeout"):
        create_engine("postgresql://coach@db.invalid/coach?command_timeout=soon")
