"""``concession-coach bench``: the fast-turn figures, measured on this machine, now.

The Slack figures come from real serving processes on 127.0.0.1, loaded open-loop
by a separate, cheap load-generator process (bench.loadgen: requests on a fixed
schedule, latency from each one's scheduled send time, its own CPU reported). The
coach runs as ``serve`` does by default, one process on SQLite (the CPU rounds and the
rate sweep); a unit of one worker per core (``serve --workers``) on one SQLite file is
swept beside it for comparison (on SQLite it is no faster: see docs/performance.md).
CPU per request is the serving unit's CPU time (all its processes and threads, from
/proc) over the requests it completed in the same round: for the coach a request counts once
its reply reached the (fake) Slack API, for bolt's do-nothing baseline once acked.
Baseline and coach rounds alternate so drift hits both; every round is reported
and a figure over several rounds is their mean, never the best of them.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bench.analyze_bench import measure
from bench.home_bench import run_home
from bench.scale import run_scale
from bench.servers import SECRET, FakeSlack, server_env
from bench.store_bench import run_bench
from harness.processes import Server, start_server

COACH = ["bot.cli", "serve"]
BASELINE = ["bench.baseline_app"]
LOCAL_PG = "postgresql://postgres@127.0.0.1:5432/postgres"
CPU_RATE = 100.0  # offered rate of the CPU rounds: well below what either server can take
P99_BOUND_MS = 50.0
DRAIN_S = 15.0  # how long a round waits for its last replies once nothing new arrives
TARGETS = {
    "cpu_ms_per_reply": "<= 3",
    "cpu_ratio": "<= 5",
    "max_rate_p99_50ms": ">= 300",
    "analyze_msgs_per_s": ">= 20000",
    "scale_ratio": "<= 1.2",
    "replica_cpu_ratio": "<= 1.15",
    "duplicates": "= 0",
    "home_cpu_ms": "<= 10",
    "rss_mb": "<= 150",
}


@dataclass(frozen=True)
class Plan:
    cpu_rounds: int  # alternating baseline/coach pairs at CPU_RATE
    cpu_seconds: float
    rates: tuple[float, ...]  # the open-loop sweep
    rate_seconds: float
    unit_rates: tuple[float, ...]  # the comparison sweep of the one-worker-per-core unit
    scale_iterations: int
    analyze_seconds: float
    home_iterations: int
    commit_bench: bool

    @classmethod
    def of(cls, quick: bool) -> Plan:
        if quick:
            return cls(1, 3.0, (50, 100, 200, 400), 2.5, (200, 400), 60, 1.0, 20, False)
        rates = (50, 100, 200, 300, 400, 600)
        return cls(3, 6.0, rates, 6.0, rates, 200, 3.0, 50, True)


@dataclass(frozen=True)
class Round:
    name: str
    target: str
    rate: float
    sent: int
    ok: int  # acknowledged with 200
    errors: int
    done: int  # completed: replied (coach) or acked (baseline)
    p50_ms: float
    p99_ms: float
    server_cpu_s: float
    loadgen_cpu_s: float
    seconds: float  # from the first send to the last completion

    @property
    def cpu_ms(self) -> float:
        return self.server_cpu_s * 1000 / self.done if self.done else float("nan")

    def row(self) -> tuple[str, str, str]:
        return (
            f"{self.name}: {self.target} @ {self.rate:.0f}/s",
            f"{self.cpu_ms:.2f} ms CPU",
            f"sent {self.sent} ok {self.ok} done {self.done} err {self.errors}"
            f" · p50 {self.p50_ms:.1f} p99 {self.p99_ms:.1f} ms"
            f" · server CPU {self.server_cpu_s:.2f}s, load generator {self.loadgen_cpu_s:.2f}s",
        )


@dataclass
class Figures:
    rows: list[tuple[str, str, str]] = field(default_factory=list)
    final: dict[str, float | None] = field(default_factory=dict)

    def add(self, name: str, value: str, note: str = "") -> None:
        self.rows.append((name, value, note))


async def run_round(
    fake: FakeSlack,
    servers: list[Server],
    rate: float,
    seconds: float,
    name: str,
    *,
    target: str,
    replies: bool,
) -> Round:
    """One open-loop round from a separate process; CPU counted until its last reply."""
    args = [sys.executable, "-m", "bench.loadgen", "--secret", SECRET]
    for server in servers:
        args += ["--url", server.url]
    args += ["--reply-base", fake.reply_base, "--rate", str(rate), "--seconds", str(seconds)]
    args += ["--round", name]
    cpu_before = sum(s.cpu_seconds() for s in servers)
    process = await asyncio.create_subprocess_exec(*args, stdout=asyncio.subprocess.PIPE)
    out, _ = await process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"the load generator failed ({process.returncode})")
    result = json.loads(out)
    done = int(result["ok"])
    finished = time.monotonic()
    if replies:  # in the ack body, or else through response_url
        answered = int(result.get("answered", 0))
        seen, finished = await _replies(fake, f"{name}-", done - answered)
        done = answered + seen
    cpu = sum(s.cpu_seconds() for s in servers) - cpu_before
    return Round(
        name,
        target,
        rate,
        int(result["sent"]),
        int(result["ok"]),
        int(result["errors"]),
        done,
        float(result["p50_ms"]),
        float(result["p99_ms"]),
        cpu,
        float(result["cpu_s"]),
        finished - float(result["start"]),
    )


async def _replies(fake: FakeSlack, prefix: str, expected: int) -> tuple[int, float]:
    """Wait for the round's replies (until ``expected`` or none came for DRAIN_S)."""
    seen, last = fake.replied(prefix), time.monotonic()
    while seen < expected and time.monotonic() - last < DRAIN_S:
        await asyncio.sleep(0.05)
        now = fake.replied(prefix)
        if now != seen:
            seen, last = now, time.monotonic()
    return seen, last


@dataclass(frozen=True)
class Launch:
    """One serving unit to start: its name, its ``python -m`` arguments, its environment."""

    name: str
    module: list[str]
    env: dict[str, str]
    ready_text: str | None = None  # besides /healthz, the output line that says it is ready


def coach_unit(name: str, workers: int, env: dict[str, str]) -> Launch:
    """``serve`` as one process, or as a parent of ``workers`` (ready once all listen)."""
    if workers == 1:
        return Launch(name, COACH, env)
    return Launch(name, [*COACH, "--workers", str(workers)], env, "listening on")


@asynccontextmanager
async def serving(launches: list[Launch], workdir: Path) -> AsyncIterator[list[Server]]:
    servers = await asyncio.gather(
        *(
            start_server(u.name, u.module, u.env, workdir, ready_text=u.ready_text)
            for u in launches
        ),
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


def max_rate(sweep: list[Round]) -> float:
    """The highest offered rate up to which every swept rate kept ack p99 under the bound,
    every request done: a rate that passes above one that failed does not count."""
    best = 0.0
    for r in sorted(sweep, key=lambda r: r.rate):
        if r.p99_ms >= P99_BOUND_MS or r.errors or r.done != r.sent:
            break
        best = r.rate
    return best


async def slack_figures(fake: FakeSlack, plan: Plan, workdir: Path, figures: Figures) -> None:
    """The coach as `serve` runs by default (one process, SQLite) for the CPU rounds and the
    rate sweep; a unit of one worker per core (`serve --workers`) on one SQLite file beside
    it, swept at the same rates, for comparison (on SQLite it costs more CPU a reply: each
    process re-reads the pages the other wrote)."""
    workers = os.cpu_count() or 1
    coach_env = server_env(fake.api_url, f"sqlite:///{workdir / 'coach.db'}")
    unit_env = server_env(fake.api_url, f"sqlite:///{workdir / 'coach-unit.db'}")
    launches = [
        Launch("baseline", BASELINE, coach_env),
        coach_unit("coach", 1, coach_env),
        coach_unit("coach-unit", workers, unit_env),
    ]
    deployed = "coach /concession, 1 process"
    compared = f"coach /concession, {workers} worker{'s' if workers > 1 else ''}"
    async with serving(launches, workdir) as started:
        baseline, coach, unit = started
        for server, replies in ((baseline, False), (coach, True), (unit, True)):  # not counted
            warm = await run_round(
                fake, [server], 50, 1.0, f"warm{server.name}", target="", replies=replies
            )
            figures.add(f"warm-up ({server.name}), not counted", f"{warm.cpu_ms:.2f} ms CPU")
        base_runs: list[Round] = []
        coach_runs: list[Round] = []
        for n in range(plan.cpu_rounds):
            base_runs.append(
                await run_round(
                    fake,
                    [baseline],
                    CPU_RATE,
                    plan.cpu_seconds,
                    f"cpubase{n}",
                    target="bolt ack-only",
                    replies=False,
                )
            )
            coach_runs.append(
                await run_round(
                    fake,
                    [coach],
                    CPU_RATE,
                    plan.cpu_seconds,
                    f"cpucoach{n}",
                    target=deployed,
                    replies=True,
                )
            )
        sweep: list[Round] = []
        sweep_unit: list[Round] = []
        for rate in plan.rates:  # interleaved, so drift on the machine hits both alike
            for server, runs, suffix, target in (
                (coach, sweep, "", deployed),
                (unit, sweep_unit, "unit", compared),
            ):
                if server is unit and rate not in plan.unit_rates:
                    continue
                runs.append(
                    await run_round(
                        fake,
                        [server],
                        rate,
                        plan.rate_seconds,
                        f"rate{rate:.0f}{suffix}",
                        target=target,
                        replies=True,
                    )
                )
        rss, unit_rss, unit_max_rss = coach.rss_mb(), unit.unit_rss_mb(), unit.rss_mb()
    for run in [*base_runs, *coach_runs, *sweep, *sweep_unit]:
        figures.rows.append(run.row())
    cpu = statistics.mean(r.cpu_ms for r in coach_runs)
    bolt = statistics.mean(r.cpu_ms for r in base_runs)
    figures.final["cpu_ms_per_reply"] = cpu
    figures.final["bolt_cpu_ms"] = bolt
    figures.final["cpu_ratio"] = cpu / bolt if bolt else None
    figures.add("coach CPU per reply (mean of rounds)", f"{cpu:.2f} ms", f"at {CPU_RATE:.0f}/s")
    figures.add("bolt CPU per request (mean of rounds)", f"{bolt:.2f} ms", f"at {CPU_RATE:.0f}/s")
    gen = statistics.mean(r.loadgen_cpu_s * 1000 / max(r.sent, 1) for r in coach_runs)
    figures.add("load generator CPU per request", f"{gen:.2f} ms", "its own process")
    figures.final["max_rate_p99_50ms"] = max_rate(sweep)
    figures.add(
        "highest offered rate, ack p99 < 50 ms",
        f"{figures.final['max_rate_p99_50ms']:.0f}/s",
        "1 process; every request acked and replied; SQLite",
    )
    unit_cpu = [r.cpu_ms for r in sweep_unit if r.rate == CPU_RATE]
    figures.add(
        f"... the same, {workers} workers (serve --workers {workers}, one SQLite file)",
        f"{max_rate(sweep_unit):.0f}/s",
        f"swept at {', '.join(f'{r:.0f}' for r in plan.unit_rates)}/s, interleaved"
        + (
            f"; {statistics.mean(unit_cpu):.2f} ms CPU a reply at {CPU_RATE:.0f}/s, all its"
            f" processes"
            if unit_cpu
            else ""
        ),
    )
    figures.final["rss_mb"] = rss
    figures.add("coach RSS after the load (MB)", f"{rss:.0f}", "the serving process")
    figures.add(
        f"... the {workers}-worker unit, largest process / all (MB)",
        f"{unit_max_rss:.0f} / {unit_rss:.0f}",
    )


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
            figures.final["replica_cpu_ratio"] = None
            figures.final["duplicates"] = None
            figures.add("replica CPU ratio", "na", "no PostgreSQL reachable")
            return
        env = server_env(fake.api_url, url)
        replicas = [Launch("pg-1", COACH, env), Launch("pg-2", COACH, env)]
        async with serving(replicas, workdir) as pair:
            # Both replicas warmed alike (their caches and memoised renders fill with use),
            # and the one-process rounds alternate between them, so neither side of the
            # ratio runs on a colder process than the other.
            for server in pair:
                warm = f"pgwarm{server.name}"
                await run_round(
                    fake, [server], CPU_RATE, plan.cpu_seconds / 2, warm, target="", replies=True
                )
            ones: list[Round] = []
            twos: list[Round] = []
            for n in range(plan.cpu_rounds):
                ones.append(
                    await run_round(
                        fake,
                        [pair[n % 2]],
                        CPU_RATE,
                        plan.cpu_seconds,
                        f"pgone{n}",
                        target="PostgreSQL, 1 process",
                        replies=True,
                    )
                )
                twos.append(
                    await run_round(
                        fake,
                        pair,
                        CPU_RATE,
                        plan.cpu_seconds,
                        f"pgtwo{n}",
                        target="PostgreSQL, 2 processes",
                        replies=True,
                    )
                )
        ledger_dupes = await _ledger_duplicates(url)
    for run in [*ones, *twos]:
        figures.rows.append(run.row())
    one = statistics.mean(r.cpu_ms for r in ones)
    two = statistics.mean(r.cpu_ms for r in twos)
    figures.final["replica_cpu_ratio"] = two / one if one else None
    reply_dupes = fake.duplicates("pg")
    lost = sum(r.sent - r.done for r in [*ones, *twos])
    figures.final["duplicates"] = reply_dupes + ledger_dupes
    figures.add(
        "PostgreSQL CPU per reply, 2 vs 1 process",
        f"{two:.2f} / {one:.2f} ms",
        f"ratio {two / one:.2f}" if one else "",
    )
    figures.add(
        "duplicate replies / ledger rows",
        f"{reply_dupes} / {ledger_dupes}",
        f"requests without a reply: {lost}",
    )


async def _ledger_duplicates(url: str) -> int:
    """Ledger rows written twice for one turn: the same deal, moment, side, kind, words."""
    import sqlalchemy as sa

    from storage.database import create_engine

    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            query = sa.text(
                "SELECT count(*) - count(DISTINCT (deal_id, created_at, side, kind, description))"
                " FROM ledger_entries"
            )
            return int((await conn.execute(query)).scalar_one())
    finally:
        await engine.dispose()


async def store_figures(plan: Plan, figures: Figures) -> None:
    scale = await run_scale(iterations=plan.scale_iterations)
    figures.final["scale_ratio"] = scale.ratio
    figures.add(
        "one turn, empty vs 100k deals (ms)",
        f"{scale.empty_ms:.2f} / {scale.loaded_ms:.2f}",
        f"whole turn through the engine, median, ratio {scale.ratio:.2f}",
    )
    if plan.commit_bench:
        commit = await run_bench(iterations=plan.scale_iterations)
        figures.add(
            "turn commit only, empty vs 100k (ms)",
            f"{commit.empty_ms:.3f} / {commit.loaded_ms:.3f}",
            f"bench.store_bench, ratio {commit.ratio:.2f}",
        )
    home = await run_home(iterations=plan.home_iterations)
    figures.final["home_cpu_ms"] = home
    figures.add("App Home CPU per opening (ms)", f"{home:.2f}", "40 deals x 200 entries, SQLite")


def _fmt(value: float | None, digits: int) -> str:
    if value is None or math.isnan(value):
        return "na"
    return f"{value:.{digits}f}"


FINAL = (
    ("cpu_ms_per_reply", 2),
    ("bolt_cpu_ms", 2),
    ("cpu_ratio", 2),
    ("max_rate_p99_50ms", 0),
    ("analyze_msgs_per_s", 0),
    ("scale_ratio", 2),
    ("replica_cpu_ratio", 2),
    ("duplicates", 0),
    ("home_cpu_ms", 2),
    ("rss_mb", 0),
)


def final_line(final: dict[str, float | None]) -> str:
    return "bench: " + " ".join(f"{name}={_fmt(final.get(name), d)}" for name, d in FINAL)


def table(figures: Figures) -> str:
    width = max(len(name) for name, _, _ in figures.rows)
    lines = [f"{'measure'.ljust(width)}  {'value':>17}  notes", "-" * (width + 40)]
    lines += [f"{n.ljust(width)}  {v:>17}  {note}" for n, v, note in figures.rows]
    lines.append(f"machine: {os.cpu_count()} CPUs, {sys.platform}, Python {sys.version.split()[0]}")
    lines.append("targets: " + ", ".join(f"{k} {v}" for k, v in TARGETS.items()))
    return "\n".join(lines)


async def run(quick: bool) -> Figures:
    plan = Plan.of(quick)
    figures = Figures()
    rate = measure(plan.analyze_seconds)
    figures.final["analyze_msgs_per_s"] = rate
    figures.add("reader, messages/s (1 process, every pass)", f"{rate:.0f}", "per second of CPU")
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
    started = time.monotonic()
    figures = asyncio.run(run(quick))
    figures.add("bench wall time (s)", f"{time.monotonic() - started:.0f}")
    print(table(figures))
    print(final_line(figures.final))
    return 0
