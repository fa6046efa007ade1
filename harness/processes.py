"""Serving subprocesses on 127.0.0.1, for the crash, outage and replica tests and the bench.

One launcher for both: start ``python -m <module> --host 127.0.0.1 --port <free port>``,
wait for ``/healthz``, stop it with SIGINT (as a terminal would). It imports nothing of
the project, so the tests can use it without importing ``bench/``, and the bench without
importing the tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import signal
import socket
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import aiohttp

START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 15.0
# /proc/<pid>/stat after the command name: utime, stime, cutime, cstime (reaped children).
CPU_FIELDS = (11, 12, 13, 14)


def free_port() -> int:
    """A port nobody listens on now (for a server to take, or for a refused connection)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """One serving subprocess on 127.0.0.1."""

    name: str
    process: asyncio.subprocess.Process
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    def pids(self) -> list[int]:
        """The process and its descendants (a ``serve --workers N`` parent's workers)."""
        children: dict[int, list[int]] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit() and (stat := _stat(int(entry.name))) is not None:
                children.setdefault(int(stat[1]), []).append(int(entry.name))
        unit, todo = [], [self.process.pid]
        while todo:
            pid = todo.pop()
            unit.append(pid)
            todo += children.get(pid, [])
        return unit

    def cpu_seconds(self) -> float:
        """User plus system CPU time so far of the process and its descendants, all their
        threads, the exited ones' too (each process's reaped children count in its own
        stat) (Linux); NaN when the process is gone."""
        ticks = 0
        for pid in self.pids():
            stat = _stat(pid)
            if stat is None:
                if pid == self.process.pid:
                    return float("nan")
                continue
            ticks += sum(int(stat[i]) for i in CPU_FIELDS)
        return ticks / os.sysconf("SC_CLK_TCK")

    def rss_mb(self) -> float:
        """Resident memory of the largest process of the unit (Linux); NaN where none."""
        sizes = [size for size in map(_rss_mb, self.pids()) if not math.isnan(size)]
        return max(sizes, default=float("nan"))

    def unit_rss_mb(self) -> float:
        """Resident memory of the process and its descendants together (Linux)."""
        return sum(size for size in map(_rss_mb, self.pids()) if not math.isnan(size))

    async def stop(self) -> None:
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(self.process.wait(), STOP_TIMEOUT_S)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()


def _shows(log: Path, text: str | None) -> bool:
    return text is None or text in log.read_text(errors="replace")


def _stat(pid: int) -> list[str] | None:
    """/proc/<pid>/stat's fields after the command name (state, ppid, ...); None if gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()


def _rss_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return float("nan")
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def start_server(
    name: str,
    module_args: list[str],
    env: Mapping[str, str],
    workdir: Path,
    *,
    ready_text: str | None = None,
) -> Server:
    """Start ``python -m <module_args>`` with ``--host``/``--port``; wait for /healthz and,
    given ``ready_text``, for its output to show it (``serve --workers N`` says "listening"
    once every worker listens)."""
    port = free_port()
    log = workdir / f"{name}.log"
    with log.open("wb") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            *module_args,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            env=dict(env),
            cwd=workdir,
            stdout=out,
            stderr=asyncio.subprocess.STDOUT,
        )
    server = Server(name, process, port, log)
    deadline = time.monotonic() + START_TIMEOUT_S
    url = f"http://127.0.0.1:{port}/healthz"
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline and process.returncode is None:
            with contextlib.suppress(aiohttp.ClientError):
                async with session.get(url) as response:
                    if response.status == 200 and _shows(log, ready_text):
                        return server
            await asyncio.sleep(0.1)
    await server.stop()
    raise RuntimeError(f"{name} did not start:\n{log.read_text(errors='replace')[-2000:]}")
