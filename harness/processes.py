"""Serving subprocesses on 127.0.0.1, for the crash, outage and replica tests and the bench.

One launcher for both: start ``python -m <module> --host 127.0.0.1 --port <free port>``,
wait for ``/healthz``, stop it with SIGINT (as a terminal would). It imports nothing of
the project, so the tests can use it without importing ``bench/``, and the bench without
importing the tests.
"""

from __future__ import annotations

import asyncio
import contextlib
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

    def cpu_seconds(self) -> float:
        """User plus system CPU time of the process so far, all its threads (Linux)."""
        try:
            stat = Path(f"/proc/{self.process.pid}/stat").read_text()
        except OSError:
            return float("nan")
        fields = stat.rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_mb(self) -> float:
        """Resident memory from /proc (Linux); NaN where there is none."""
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return float("nan")
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    async def stop(self) -> None:
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(self.process.wait(), STOP_TIMEOUT_S)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()


async def start_server(
    name: str, module_args: list[str], env: Mapping[str, str], workdir: Path
) -> Server:
    """Start ``python -m <module_args>`` with ``--host``/``--port``; wait for /healthz."""
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
                    if response.status == 200:
                        return server
            await asyncio.sleep(0.1)
    await server.stop()
    raise RuntimeError(f"{name} did not start:\n{log.read_text(errors='replace')[-2000:]}")
