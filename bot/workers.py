"""``serve --workers N``: a small parent process that runs N serving processes on one port.

A reply costs a few ms of CPU in one Python process, so one process fills one core
long before the machine is busy; a deployment runs one serving process per core, as
gunicorn's or uvicorn's workers do. The parts:

- The parent prepares the database once (connects, migrates SQLite, checks PostgreSQL's
  schema) before any worker starts, so workers never race a migration.
- It reserves the port: a socket bound with SO_REUSEPORT that never listens (port 0
  picks one). Each worker binds a listening socket of its own to that port, also with
  SO_REUSEPORT, and the kernel spreads new connections over the listening ones. (One
  shared accept socket would let whichever process wakes first take most of the
  kept-alive connections.) The reservation fails when another process listens there.
- A worker is ``python -m bot.cli serve --host H --port P`` with two pipes: it writes
  its pid on the ready pipe once it listens, and it stops itself (SIGTERM, so it
  drains) when its lifeline reads end-of-file, i.e. when the parent is gone.
- Workers run in a process group of their own, so a terminal's Ctrl-C reaches the
  parent only; on SIGTERM or SIGINT the parent sends each worker one SIGTERM and each
  lets its running turns finish (SHUTDOWN_GRACE_SECONDS) before it exits.
- A worker that exits unasked takes the unit down with a non-zero status (the others
  stop gracefully): the orchestrator restarts the unit with its own backoff and record
  of the failure, where a parent restarting workers itself would hide a crash loop.
  Requests the dead worker had acknowledged stay pending in the inbox and the next
  start's recovery redoes them.
- Metrics: the parent makes a fresh PROMETHEUS_MULTIPROC_DIR for the unit (removed on
  exit); every worker's values go there and /metrics sums them (bot.observability).

Socket Mode is refused with more than one worker: Slack's events then come over one
outbound connection, not through the port, so extra processes would serve nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import signal
import socket
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from aiohttp import web

from bot.observability import MULTIPROC_DIR_ENV

log = logging.getLogger("concession_coach.workers")
STOP_MARGIN_S = 10.0  # past the drain's grace, before a worker that has not exited is killed


@dataclass(frozen=True)
class Unit:
    """What the parent starts: ``workers`` serving processes on ``host``:``port``."""

    host: str
    port: int  # 0: the parent picks one and every worker joins it
    workers: int
    grace_seconds: float  # each worker's drain (SHUTDOWN_GRACE_SECONDS)


@dataclass(frozen=True)
class WorkerLink:
    """A worker's two pipes to its parent (see the module's docstring)."""

    ready_fd: int
    lifeline_fd: int

    @classmethod
    def parse(cls, text: str) -> WorkerLink:
        ready, _, lifeline = text.partition(",")
        return cls(int(ready), int(lifeline))

    def argument(self) -> str:
        return f"{self.ready_fd},{self.lifeline_fd}"

    def announce(self, _message: str = "") -> None:
        """Tell the parent this worker listens (aiohttp calls it once its sites run)."""
        os.write(self.ready_fd, f"{os.getpid()}\n".encode())
        os.close(self.ready_fd)

    async def watch_parent(self, app: web.Application) -> None:
        """An on_startup hook: when the parent is gone, stop as on SIGTERM (drain first)."""
        loop = asyncio.get_running_loop()

        def parent_gone() -> None:
            loop.remove_reader(self.lifeline_fd)
            log.warning("the parent process is gone; stopping")
            os.kill(os.getpid(), signal.SIGTERM)

        loop.add_reader(self.lifeline_fd, parent_gone)


def reserve_port(host: str, port: int) -> socket.socket:
    """A socket bound to ``host``:``port`` with SO_REUSEPORT, not listening, for workers to
    join; SystemExit when another process already listens there."""
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    with socket.socket(family, kind, proto) as probe:  # without SO_REUSEPORT: nobody may share
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise SystemExit(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
        address = probe.getsockname()
    held = socket.socket(family, kind, proto)
    held.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    held.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        held.bind(address)
    except OSError as exc:
        held.close()
        raise SystemExit(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    return held


def worker_command(host: str, port: int, link: WorkerLink) -> list[str]:
    return [
        sys.executable,
        "-m",
        "bot.cli",
        "serve",
        "--host",
        host,
        "--port",
        str(port),
        "--worker-link",
        link.argument(),
    ]


def run_unit(unit: Unit, prepare: Callable[[], None]) -> int:
    """Prepare the database, start the workers, supervise them; the unit's exit status."""
    prepare()
    held = reserve_port(unit.host, unit.port)
    metrics_dir = tempfile.mkdtemp(prefix="coach-metrics-")
    try:
        port = int(held.getsockname()[1])
        return asyncio.run(_supervise(unit, port, metrics_dir))
    finally:
        held.close()
        shutil.rmtree(metrics_dir, ignore_errors=True)


async def _supervise(unit: Unit, port: int, metrics_dir: str) -> int:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    ready_r, ready_w = os.pipe()
    lifeline_r, lifeline_w = os.pipe()  # the parent holds the write end until it exits
    link = WorkerLink(ready_w, lifeline_r)
    env = {**os.environ, MULTIPROC_DIR_ENV: metrics_dir}
    workers: list[asyncio.subprocess.Process] = []
    try:
        for _ in range(unit.workers):
            workers.append(
                await asyncio.create_subprocess_exec(
                    *worker_command(unit.host, port, link),
                    env=env,
                    pass_fds=(ready_w, lifeline_r),
                    process_group=0,  # a terminal's Ctrl-C is the parent's to pass on
                )
            )
        os.close(ready_w)
        os.close(lifeline_r)
        status = await _run(unit, port, workers, ready_r, stop)
    finally:
        await _stop(workers, unit.grace_seconds + STOP_MARGIN_S)
        os.close(ready_r)
        os.close(lifeline_w)
    if status == 0 and any(w.returncode != 0 for w in workers):
        return 1  # asked to stop, but a worker did not stop cleanly
    return status


async def _run(
    unit: Unit,
    port: int,
    workers: Sequence[asyncio.subprocess.Process],
    ready_fd: int,
    stop: asyncio.Event,
) -> int:
    """Until asked to stop (0) or a worker exits unasked (non-zero)."""
    exits = {asyncio.ensure_future(w.wait()): w for w in workers}
    stopping = asyncio.ensure_future(stop.wait())
    ready = asyncio.ensure_future(_all_ready(ready_fd, len(workers)))
    waiting: set[asyncio.Future[object]] = {*exits, stopping, ready}  # type: ignore[arg-type]
    try:
        while True:
            done, waiting = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
            if ready in done and len(pids := ready.result()) == len(workers):
                host = f"[{unit.host}]" if ":" in unit.host else unit.host  # IPv6
                url = f"http://{host}:{port}"
                log.info("listening", extra={"url": url, "workers": len(pids), "pids": pids})
                print(f"listening on {url} ({len(pids)} workers)", flush=True)
            if stopping in done:
                return 0
            dead = [exits[f] for f in done if f in exits]
            if dead:
                code = dead[0].returncode
                log.error(
                    "a worker exited; stopping the unit",
                    extra={"pid": dead[0].pid, "returncode": code},
                )
                return code if code is not None and code > 0 else 1
    finally:
        for future in waiting:
            future.cancel()


async def _all_ready(fd: int, count: int) -> list[int]:
    """The pids the workers write on the ready pipe, once each is listening."""
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    transport, _ = await loop.connect_read_pipe(
        lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(os.dup(fd), "rb", buffering=0)
    )
    try:
        pids: list[int] = []
        while len(pids) < count:
            line = await reader.readline()
            if not line:
                break
            pids.append(int(line))
        return pids
    finally:
        transport.close()


async def _stop(workers: Sequence[asyncio.subprocess.Process], within: float) -> None:
    """SIGTERM to each running worker; SIGKILL to any still running after ``within`` s."""
    running = [w for w in workers if w.returncode is None]
    for worker in running:
        with contextlib.suppress(ProcessLookupError):
            worker.send_signal(signal.SIGTERM)
    try:
        await asyncio.wait_for(asyncio.gather(*(w.wait() for w in running)), within)
    except TimeoutError:
        for worker in running:
            if worker.returncode is None:
                log.error("a worker did not stop in time; killed", extra={"pid": worker.pid})
                with contextlib.suppress(ProcessLookupError):
                    worker.kill()
        await asyncio.gather(*(w.wait() for w in running))
