"""Serving subprocesses for the crash, outage and replica tests.

The tests own this (the bench has its own launcher, with memory figures): a test
never imports ``bench/``, which is a tool of the source checkout, not a library.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import aiohttp

START_TIMEOUT_S = 30.0


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

    async def stop(self) -> None:
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(self.process.wait(), 15)
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
