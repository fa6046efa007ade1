"""The bench's moving parts: a counting fake Slack Web API and server subprocesses.

The fake answers every Web API method with ``ok`` and every ``response_url``
post with 200, and notes when each reply arrived (``time.monotonic`` is
system-wide on Linux, so the load generator's clock in another process agrees).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from aiohttp import web

SECRET = "bench-signing-secret-0123456789abcdef"
BOT_TOKEN = "xoxb-bench-token"
START_TIMEOUT_S = 30.0


class FakeSlack:
    """Loopback Slack Web API for the bench: answers at once, keeps only reply times."""

    def __init__(self) -> None:
        self.replies: list[float] = []
        self.tokens: Counter[str] = Counter()  # replies per response_url token
        self.api_calls = 0
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/response/{token}", self._reply)
        self._runner = web.AppRunner(app, access_log=None)
        self.port = 0

    async def start(self) -> None:
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def close(self) -> None:
        await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    @property
    def reply_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/response"

    def replies_between(self, start: float, end: float) -> int:
        return sum(1 for at in self.replies if start <= at < end)

    async def _api(self, request: web.Request) -> web.Response:
        await request.read()
        self.api_calls += 1
        method = request.match_info["method"]
        body: dict[str, object] = {"ok": True}
        if method == "auth.test":
            body.update(team_id="TBENCH", user_id="UBOT", bot_id="BBOT", team="Bench")
        if method == "users.info":
            body["user"] = {"id": "U", "name": "rep", "tz": "Europe/Berlin", "profile": {}}
        return web.json_response(body)

    def replied(self, prefix: str) -> int:
        """How many distinct requests whose token starts with ``prefix`` got a reply."""
        return sum(1 for token in self.tokens if token.startswith(prefix))

    def duplicates(self, prefix: str) -> int:
        """Replies beyond the first to one request (each token is one request)."""
        return sum(n - 1 for token, n in self.tokens.items() if token.startswith(prefix))

    async def _reply(self, request: web.Request) -> web.Response:
        await request.read()
        self.replies.append(time.monotonic())
        self.tokens[request.match_info["token"]] += 1
        return web.Response(text="ok")


def free_port() -> int:
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
    extra: dict[str, str] = field(default_factory=dict)

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
                await asyncio.wait_for(self.process.wait(), 15)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()


def server_env(api_url: str, database_url: str, **extra: str) -> dict[str, str]:
    """The environment of a serving process: loopback Slack, quiet logs, no stray config."""
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MICROSOFT_"))}
    return {
        **keep,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": api_url,
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "WARNING",
        **extra,
    }


async def start_server(
    name: str, module_args: list[str], env: Mapping[str, str], workdir: Path
) -> Server:
    """Start ``python -m <module_args>`` with ``--port`` appended; wait for /healthz."""
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
    await wait_healthy(server)
    return server


async def wait_healthy(server: Server) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    url = f"http://127.0.0.1:{server.port}/healthz"
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            if server.process.returncode is not None:
                break
            with contextlib.suppress(aiohttp.ClientError):
                async with session.get(url) as response:
                    if response.status == 200:
                        return
            await asyncio.sleep(0.1)
    await server.stop()
    tail = server.log.read_text(errors="replace")[-2000:]
    raise RuntimeError(f"{server.name} did not start:\n{tail}")


@contextlib.asynccontextmanager
async def running(*servers: asyncio.Future[Server] | Server) -> AsyncIterator[list[Server]]:
    """Stop every server on the way out, whatever happened."""
    started: list[Server] = []
    try:
        for item in servers:
            started.append(item if isinstance(item, Server) else await item)
        yield started
    finally:
        await asyncio.gather(*(s.stop() for s in started), return_exceptions=True)
