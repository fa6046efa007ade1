"""How much a full database slows down one turn's write, on SQLite.

Times the commit of one turn (a ledger append, the deal's touch and the
dialogue state save, in one transaction) on an empty store and on one with
100,000 deals and a 1,000-entry ledger on the deal under test. The two
stores are timed alternately so drift on the machine hits both alike. The
target is a ratio of at most 1.2: every lookup a turn makes is indexed.

    python -m bench.store_bench [--deals N] [--ledger N] [--iterations N]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from coaching.model import (
    ConversationKey,
    ConversationState,
    Deal,
    LedgerEntry,
    TurnChanges,
    new_id,
    utcnow,
)
from storage.convert import entry_values, tenant_values
from storage.sql import table
from storage.sql_store import SqlStore, open_sql_store
from storage.tables import DealRow, LedgerRow, TenantRow

TARGET_RATIO = 1.2
TENANT = "slack:TBENCH"
SEED_BATCH = 10_000


@dataclass(frozen=True)
class BenchResult:
    """Median milliseconds per turn commit (and per turn's lookups), empty vs loaded store."""

    empty_ms: float
    loaded_ms: float
    lookup_empty_ms: float
    lookup_loaded_ms: float
    deals: int
    ledger: int
    iterations: int
    seed_seconds: float

    @property
    def ratio(self) -> float:
        return self.loaded_ms / self.empty_ms

    @property
    def lookup_ratio(self) -> float:
        return self.lookup_loaded_ms / self.lookup_empty_ms

    @property
    def ok(self) -> bool:
        return self.ratio <= TARGET_RATIO

    def report(self) -> str:
        verdict = "ok" if self.ok else f"ABOVE the {TARGET_RATIO} target"
        return (
            f"SQLite, one turn's commit (ledger append + deal + state save), "
            f"median of {self.iterations}:\n"
            f"  empty store:                          {self.empty_ms:.3f} ms\n"
            f"  {self.deals:,} deals, {self.ledger:,}-entry ledger: {self.loaded_ms:.3f} ms\n"
            f"  ratio: {self.ratio:.2f} ({verdict})\n"
            f"lookups (state, deal by id, deal by name, the owner's deals): "
            f"{self.lookup_empty_ms:.3f} ms vs {self.lookup_loaded_ms:.3f} ms, "
            f"ratio {self.lookup_ratio:.2f}\n"
            f"(seeding the loaded store took {self.seed_seconds:.1f} s)"
        )


@dataclass
class Subject:
    """One conversation on one deal, advanced by one committed turn at a time."""

    store: SqlStore
    deal: Deal
    key: ConversationKey = field(default_factory=lambda: ConversationKey(TENANT, "U1", "D1"))
    version: int = 0
    seq: int = 0
    times: list[float] = field(default_factory=list)
    lookups: list[float] = field(default_factory=list)

    async def turn(self, record: bool = True) -> None:
        self.seq += 1
        self.deal.updated_at = utcnow()
        state = ConversationState(self.deal.id, ["volume"], version=self.version)
        entry = LedgerEntry(
            tenant=TENANT,
            deal_id=self.deal.id,
            seq=self.seq,
            side="give",
            kind="discount",
            description="5% discount",
            amount=5.0,
            unit="%",
            author="U1",
            source=f"m{self.seq}",
            excerpt="we could do 5% if you sign this week",
        )
        changes = TurnChanges(self.key, state, True, [self.deal], [entry])
        started = time.perf_counter()
        await self.store.commit(changes)
        elapsed = time.perf_counter() - started
        self.version += 1
        if record:
            self.times.append(elapsed)

    async def look_up(self, record: bool = True) -> None:
        """The reads a turn starts with, minus the ledger (whose length is the point)."""
        started = time.perf_counter()
        await self.store.load_conversation(self.key)
        await self.store.get_deal(TENANT, self.deal.id)
        await self.store.find_deal(TENANT, "U1", self.deal.name)
        await self.store.list_deals(TENANT, "U1")
        elapsed = time.perf_counter() - started
        if record:
            self.lookups.append(elapsed)


async def _seed(store: SqlStore, subject: Deal, deals: int, ledger: int) -> None:
    """Bulk-insert ``deals`` other deals (in 500 tenants) and the subject's ledger."""
    now = utcnow()
    tenants = [f"slack:T{n:04d}" for n in range(500)]
    async with store.engine.begin() as conn:
        await conn.execute(sa.insert(table(TenantRow)), [tenant_values(t) for t in tenants])
        for start in range(0, deals, SEED_BATCH):
            rows = [
                _deal_row(n, tenants[n % len(tenants)], now)
                for n in range(start, min(deals, start + SEED_BATCH))
            ]
            await conn.execute(sa.insert(table(DealRow)), rows)
        entries = [
            entry_values(
                LedgerEntry(TENANT, subject.id, seq, "give", "discount", f"move {seq}", 1.0, "%")
            )
            for seq in range(1, ledger + 1)
        ]
        if entries:
            await conn.execute(sa.insert(table(LedgerRow)), entries)
        await conn.exec_driver_sql("ANALYZE")


def _deal_row(n: int, tenant: str, now: object) -> dict[str, object]:
    name = f"Deal {n}"
    return {
        "id": new_id(),
        "tenant": tenant,
        "owner": f"U{n % 40}",
        "name": name,
        "name_key": name.casefold(),
        "phase": "Propose",
        "limits": {},
        "status": "open",
        "prep": {},
        "created_at": now,
        "updated_at": now,
    }


async def _subject(store: SqlStore) -> Subject:
    """A conversation whose current deal is a fresh deal, saved by a first turn."""
    deal = Deal(TENANT, "U1", "Bench deal")
    subject = Subject(store, deal)
    await store.commit(TurnChanges(subject.key, ConversationState(deal.id), True, [deal], []))
    subject.version = 1
    return subject


async def run_bench(
    *, deals: int = 100_000, ledger: int = 1_000, iterations: int = 300, warmup: int = 20
) -> BenchResult:
    """Run the benchmark in a temporary directory and return the medians."""
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as directory:
        empty_url = f"sqlite:///{Path(directory) / 'empty.db'}"
        loaded_url = f"sqlite:///{Path(directory) / 'loaded.db'}"
        async with open_sql_store(empty_url) as empty_store, open_sql_store(loaded_url) as full:
            empty = await _subject(empty_store)
            loaded = await _subject(full)
            started = time.perf_counter()
            await _seed(full, loaded.deal, deals, ledger)
            seed_seconds = time.perf_counter() - started
            loaded.seq = ledger
            for n in range(warmup + iterations):
                for subject in (empty, loaded) if n % 2 else (loaded, empty):
                    await subject.turn(record=n >= warmup)
                    await subject.look_up(record=n >= warmup)
    return BenchResult(
        empty_ms=_median_ms(empty.times),
        loaded_ms=_median_ms(loaded.times),
        lookup_empty_ms=_median_ms(empty.lookups),
        lookup_loaded_ms=_median_ms(loaded.lookups),
        deals=deals,
        ledger=ledger,
        iterations=iterations,
        seed_seconds=seed_seconds,
    )


def _median_ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.store_bench", description=__doc__)
    parser.add_argument("--deals", type=int, default=100_000)
    parser.add_argument("--ledger", type=int, default=1_000)
    parser.add_argument("--iterations", type=int, default=300)
    args = parser.parse_args(argv)
    result = asyncio.run(
        run_bench(deals=args.deals, ledger=args.ledger, iterations=args.iterations)
    )
    print(result.report())
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
