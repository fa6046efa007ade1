"""``concession-coach bench``: every figure of issue 7, measured on this machine, now.

The Slack figures come from real serving processes on 127.0.0.1 loaded by a
separate load-generator process (32 connections of signed slash commands);
the baseline is a do-nothing bolt handler served the same way and loaded the
same way, alternating with the coach so drift hits both. The coach's rate counts
a request only once its reply reached the (fake) Slack API: acking fast while a
backlog of replies grows would not count.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import sys
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bench.analyze_bench import measure
from bench.scale import run_scale
from bench.servers import SECRET, FakeSlack, Server, server_env, start_server
from bench.store_bench import run_bench

CONNECTIONS = 32
COACH = ["bot.cli", "serve"]
BASELINE = ["bench.baseline_app"]
LOCAL_PG = "postgresql://postgres@127.0.0.1:5432/postgres"
TARGETS = {
    "slack_ratio": ">= 0.7",
    "ack_p99_ms": "< 50",
    "analyze_msgs_per_s": ">= 20000",
    "scale_ratio": "<= 1.2",
    "replica_ratio": ">= 1.6",
    "rss_mb": "<= 150",
}


@dataclass(frozen=True)
class Plan:
    warmup: float
    seconds: float
    rounds: int  # alternating baseline/coach pairs
    scale_iterations: int
    analyze_seconds: float

    @classmethod
    def of(cls, quick: bool) -> Plan:
        return cls(1.0, 3.0, 1, 60, 1.0) if quick else cls(2.0, 10.0, 2, 200, 3.0)


@dataclass(frozen=True)
class Load:
    acked_rps: float
    done_rps: float  # acknowledged and replied to within the window
    p50_ms: float
    p99_ms: float
    errors: int


@dataclass
class Figures:
    rows: list[tuple[str, str, str]] = field(default_factory=list)
    final: dict[str, float | None] = field(default_factory=dict)

    def add(self, name: str, value: str, note: str = "") -> None:
        self.rows.append((name, value, note))


async def run_load(fake: FakeSlack, servers: list[Server], plan: Plan, *, replies: bool) -> Load:
    """Load ``servers`` from a separate process; count replies in the measured window."""
    args = [sys.executable, "-m", "bench.loadgen", "--secret", SECRET]
    for server in servers:
        args += ["--url", server.url]
    args += ["--reply-base", fake.reply_base, "--connections", str(CONNECTIONS)]
    args += ["--warmup", str(plan.warmup), "--seconds", str(plan.seconds)]
    process = await asyncio.create_subprocess_exec(*args, stdout=asyncio.subprocess.PIPE)
    out, _ = await process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"the load generator failed ({process.returncode})")
    result = json.loads(out)
    await asyncio.sleep(0.5)  # replies to the last requests of the window may still be on the way
    acked = float(result["rps"])
    done = acked
    if replies:
        done = min(acked, fake.replies_between(result["start"], result["end"]) / plan.seconds)
    return Load(acked, done, result["p50_ms"], result["p99_ms"], int(result["errors"]))


@asynccontextmanager
async def serving(
    names_and_modules: list[tuple[str, list[str]]], env: dict[str, str], workdir: Path
) -> AsyncIterator[list[Server]]:
    servers = await asyncio.gather(
        *(start_server(name, module, env, workdir) for name, module in names_and_modules),
        return_exceptions=True,
    )
    started = [s for s in servers if isinstance(s, Server)]
    try:
        for failure in servers:
            if isinstance(failure, BaseException):
                raise failure
        yield started
    finally:
        await asyncio.gather(*(s.stop() for s in started), return_exceptions=True)


async def slack_figures(fake: FakeSlack, plan: Plan, workdir: Path, figures: Figures) -> None:
    env = server_env(fake.api_url, f"sqlite:///{workdir / 'coach.db'}")
    async with serving([("baseline", BASELINE), ("coach", COACH)], env, workdir) as pair:
        baseline, coach = pair
        base_runs: list[Load] = []
        coach_runs: list[Load] = []
        for _ in range(plan.rounds):
            base_runs.append(await run_load(fake, [baseline], plan, replies=False))
            coach_runs.append(await run_load(fake, [coach], plan, replies=True))
        rss = coach.rss_mb()
    base = max(base_runs, key=lambda r: r.acked_rps)
    real = max(coach_runs, key=lambda r: r.done_rps)
    p99 = min(r.p99_ms for r in coach_runs)
    figures.add(
        "baseline: bolt ack-only, req/s", f"{base.acked_rps:.0f}", f"p99 {base.p99_ms:.1f} ms"
    )
    figures.add(
        "coach /concession, req/s (replied)",
        f"{real.done_rps:.0f}",
        f"acked {real.acked_rps:.0f}/s, p50 {real.p50_ms:.1f} ms, errors {real.errors}",
    )
    figures.final["slack_ratio"] = real.done_rps / base.acked_rps if base.acked_rps else None
    figures.final["ack_p99_ms"] = p99
    figures.add("coach ack p99 (ms)", f"{p99:.1f}", "SQLite, 32 connections")
    figures.final["rss_mb"] = rss
    figures.add("coach RSS after load (MB)", f"{rss:.0f}")


def _pg_url() -> str | None:
    for name in ("TEST_DATABASE_URL", "DATABASE_URL"):
        url = os.environ.get(name, "")
        if url.startswith("postgres"):
            return url
    return LOCAL_PG


@asynccontextmanager
async def fresh_pg_database() -> AsyncIterator[str | None]:
    """A new, migrated database on the local PostgreSQL, dropped afterwards; None if none."""
    from storage.admin import create_database, drop_database, unique_name
    from storage.database import create_engine
    from storage.migrate import upgrade

    url = _pg_url()
    if url is None:
        yield None
        return
    name = unique_name("coach_bench")
    try:
        fresh = await create_database(url, name)
    except Exception as exc:  # no server, no rights: the figure is "na"
        print(f"(no PostgreSQL for replica_ratio: {type(exc).__name__})", file=sys.stderr)
        yield None
        return
    try:
        engine = create_engine(fresh)
        try:
            await upgrade(engine)
        finally:
            await engine.dispose()
        yield fresh
    finally:
        await drop_database(url, name)


async def replica_figures(fake: FakeSlack, plan: Plan, workdir: Path, figures: Figures) -> None:
    async with fresh_pg_database() as url:
        if url is None:
            figures.final["replica_ratio"] = None
            figures.add("replica ratio", "na", "no PostgreSQL reachable")
            return
        env = server_env(fake.api_url, url)
        async with serving([("pg-1", COACH), ("pg-2", COACH)], env, workdir) as pair:
            one = await run_load(fake, pair[:1], plan, replies=True)
            two = await run_load(fake, pair, plan, replies=True)
    ratio = two.done_rps / one.done_rps if one.done_rps else None
    figures.final["replica_ratio"] = ratio
    figures.add("PostgreSQL, 1 process, req/s", f"{one.done_rps:.0f}", f"p99 {one.p99_ms:.1f} ms")
    figures.add("PostgreSQL, 2 processes, req/s", f"{two.done_rps:.0f}", f"p99 {two.p99_ms:.1f} ms")


async def store_figures(plan: Plan, figures: Figures) -> None:
    scale = await run_scale(iterations=plan.scale_iterations)
    figures.final["scale_ratio"] = scale.ratio
    figures.add(
        "one turn, empty vs 100k deals (ms)",
        f"{scale.empty_ms:.2f} / {scale.loaded_ms:.2f}",
        f"whole turn through the engine, ratio {scale.ratio:.2f}",
    )
    commit = await run_bench(iterations=plan.scale_iterations)
    figures.add(
        "turn commit only, empty vs 100k (ms)",
        f"{commit.empty_ms:.3f} / {commit.loaded_ms:.3f}",
        f"bench.store_bench, ratio {commit.ratio:.2f}",
    )


def _fmt(value: float | None, digits: int) -> str:
    if value is None or math.isnan(value):
        return "na"
    return f"{value:.{digits}f}"


def final_line(final: dict[str, float | None]) -> str:
    return (
        f"bench: slack_ratio={_fmt(final.get('slack_ratio'), 2)}"
        f" ack_p99_ms={_fmt(final.get('ack_p99_ms'), 1)}"
        f" analyze_msgs_per_s={_fmt(final.get('analyze_msgs_per_s'), 0)}"
        f" scale_ratio={_fmt(final.get('scale_ratio'), 2)}"
        f" replica_ratio={_fmt(final.get('replica_ratio'), 2)}"
        f" rss_mb={_fmt(final.get('rss_mb'), 0)}"
    )


def table(figures: Figures) -> str:
    width = max(len(name) for name, _, _ in figures.rows)
    lines = [f"{'measure'.ljust(width)}  {'value':>17}  notes", "-" * (width + 40)]
    lines += [f"{n.ljust(width)}  {v:>17}  {note}" for n, v, note in figures.rows]
    lines.append("targets: " + ", ".join(f"{k} {v}" for k, v in TARGETS.items()))
    return "\n".join(lines)


async def run(quick: bool) -> Figures:
    plan = Plan.of(quick)
    figures = Figures()
    rate = measure(plan.analyze_seconds)
    figures.final["analyze_msgs_per_s"] = rate
    figures.add("reader, messages/s (1 process)", f"{rate:.0f}")
    await store_figures(plan, figures)
    fake = FakeSlack()
    await fake.start()
    try:
        with tempfile.TemporaryDirectory(prefix="coach-bench-") as directory:
            await slack_figures(fake, plan, Path(directory), figures)
            await replica_figures(fake, plan, Path(directory), figures)
    finally:
        await fake.close()
    return figures


def main(quick: bool = False) -> int:
    figures = asyncio.run(run(quick))
    print(table(figures))
    print(final_line(figures.final))
    return 0
