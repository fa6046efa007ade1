"""scale_ratio: one whole turn through the engine on a full store vs on an empty one.

A request's store work is more than its commit (what bench.store_bench times):
the engine reads the dialogue state, the deal, the recent end of the deal's
ledger and the running totals saved beside it first, and checks that the
message is not in the ledger yet. So this times ``Coach.handle`` for one trade
message (each with its own message reference, as Slack's are), end to end on
SQLite, on an empty store and on one with 100,000 other deals and a
1,000-entry ledger on the deal under test (seeded without totals, as an older
release left it: the first turn rebuilds them), alternating so drift on the
machine hits both alike.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.store_bench import TENANT, _seed, _subject
from coaching.engine import Coach
from coaching.messages import IncomingMessage, Platform
from coaching.playbook import load_playbook
from coaching.render import Renderer
from storage.sql_store import open_sql_store

TEXT = "If you sign a two-year term we can do 5% off"


@dataclass(frozen=True)
class ScaleResult:
    empty_ms: float
    loaded_ms: float
    deals: int
    ledger: int
    iterations: int

    @property
    def ratio(self) -> float:
        return self.loaded_ms / self.empty_ms


def _message(text: str, n: int = 0) -> IncomingMessage:
    workspace = TENANT.partition(":")[2]
    ref = f"slack:D1/1700000000.{n:06d}"
    return IncomingMessage(Platform.SLACK, workspace, "U1", "D1", text, message_ref=ref)


async def _turn(coach: Coach, n: int) -> float:
    started = time.perf_counter()
    await coach.handle(_message(TEXT, n))
    return time.perf_counter() - started


async def run_scale(
    *, deals: int = 100_000, ledger: int = 1_000, iterations: int = 200, warmup: int = 10
) -> ScaleResult:
    """Median ms per turn; each turn appends to the ledger, on both stores alike."""
    playbook, renderer = load_playbook(), Renderer()  # the default playbook, as a new team has
    with tempfile.TemporaryDirectory(prefix="coach-scale-") as directory:
        urls = [f"sqlite:///{Path(directory) / name}.db" for name in ("empty", "loaded")]
        async with open_sql_store(urls[0]) as empty, open_sql_store(urls[1]) as full:
            subjects = [await _subject(empty), await _subject(full)]
            await _seed(full, subjects[1].deal, deals, ledger)
            coaches = [Coach(empty, playbook, renderer), Coach(full, playbook, renderer)]
            for coach, subject in zip(coaches, subjects, strict=True):
                await coach.handle(_message(f"deal {subject.deal.name}"))
            times: list[list[float]] = [[], []]
            for n in range(warmup + iterations):
                order = (0, 1) if n % 2 else (1, 0)
                for which in order:
                    elapsed = await _turn(coaches[which], n + 1)
                    if n >= warmup:
                        times[which].append(elapsed)
    return ScaleResult(
        statistics.median(times[0]) * 1000,
        statistics.median(times[1]) * 1000,
        deals,
        ledger,
        iterations,
    )
