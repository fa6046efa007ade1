"""Shutdown drains running turns: at the app level (the grace bound) and through a real
`concession-coach serve` process that gets SIGTERM while a turn's reply is being sent."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import sys
import time
from pathlib import Path

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer

from adapters.slack.signing import sign
from bot.app import create_app
from bot.services import Services, build_coach
from bot.settings import Settings
from bot.web import LIFECYCLE
from coaching.messages import IncomingMessage, Platform, Reply
from storage.memory import MemoryStore
from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import SECRET
from tests.adapters.slack.fake_slack import BOT_TOKEN, FakeSlack

MSG = IncomingMessage(Platform.SLACK, "T1", "U1", "D1", "help")


async def start(grace: float, handle: object) -> tuple[TestServer, Services]:
    settings = Settings(_env_file=None, shutdown_grace_seconds=grace)  # type: ignore[call-arg]
    store = MemoryStore()
    coach = build_coach(store, settings)
    coach.handle = handle  # type: ignore[method-assign,assignment]
    services = Services(settings, store, coach.playbook, coach.renderer, coach)
    server = TestServer(create_app(settings, services), host="127.0.0.1", port=0)
    await server.start_server()
    return server, services


async def test_shutdown_waits_for_a_running_turn() -> None:
    started, release = asyncio.Event(), asyncio.Event()
    finished: list[str] = []

    async def slow(msg: IncomingMessage) -> Reply:
        started.set()
        await release.wait()
        finished.append(msg.text)
        return Reply(kind="help")

    server, services = await start(30, slow)
    turn = asyncio.create_task(services.coach.handle(MSG))
    await started.wait()
    closing = asyncio.create_task(server.close())
    done, _ = await asyncio.wait([closing], timeout=0.5)
    assert not done, "the app closed while a turn was running"
    assert server.app[LIFECYCLE].draining
    release.set()
    await asyncio.wait_for(closing, 10)
    assert finished == ["help"]
    assert (await turn).kind == "help"


async def test_the_grace_period_bounds_the_wait() -> None:
    async def stuck(msg: IncomingMessage) -> Reply:
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    server, services = await start(0.2, stuck)
    turn = asyncio.create_task(services.coach.handle(MSG))
    await asyncio.sleep(0)  # let the turn begin
    # A turn that never ends: without the grace period's bound, close() would never return.
    await asyncio.wait_for(server.close(), 10)
    turn.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await turn


class SlowSlack(FakeSlack):
    """Answers chat.postMessage after a second, so a SIGTERM lands while a reply is sent."""

    def __init__(self) -> None:
        self.posting = asyncio.Event()
        self.posted = 0
        super().__init__()

    async def _api(self, request: web.Request) -> web.Response:
        if request.match_info["method"] != "chat.postMessage":
            return await super()._api(request)
        self.posting.set()
        await asyncio.sleep(1.0)  # the slow Web API, not a wait for our server
        response = await super()._api(request)
        self.posted += 1
        return response


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def wait_healthy(session: aiohttp.ClientSession, base: str, process: object) -> None:
    for _ in range(300):  # 30 s at most
        assert getattr(process, "returncode", None) is None, "serve exited"
        with contextlib.suppress(aiohttp.ClientError):
            async with session.get(f"{base}/healthz") as response:
                if response.status == 200:
                    return
        await asyncio.sleep(0.1)
    raise AssertionError("serve did not become healthy")


async def test_sigterm_lets_the_running_turn_finish(tmp_path: Path) -> None:
    fake = SlowSlack()
    await fake.start()
    port = free_port()
    keep = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLACK_", "MICROSOFT_", "TEAMS_", "DATABASE_URL", "LOG_"))
    }
    env = {
        **keep,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": fake.api_url,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'coach.db'}",
        "LOG_LEVEL": "INFO",
        "LOG_FORMAT": "json",
        "SHUTDOWN_GRACE_SECONDS": "20",
    }
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.cli",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            env=env,
            cwd=tmp_path,
            stdout=out,
            stderr=asyncio.subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as session:
            await wait_healthy(session, base, process)
            async with session.get(f"{base}/readyz") as ready:
                assert ready.status == 200
            body = payloads.envelope(payloads.message("help"))
            stamp = str(int(time.time()))
            headers = {
                "Content-Type": "application/json",
                "X-Slack-Request-Timestamp": stamp,
                "X-Slack-Signature": sign(SECRET, stamp, body),
            }
            async with session.post(f"{base}/slack/events", data=body, headers=headers) as acked:
                assert acked.status == 200
        await asyncio.wait_for(fake.posting.wait(), 30)
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 30) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        await fake.close()
    assert fake.posted == 1, log.read_text()
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    done = [line for line in lines if line["message"] == "turn done"]
    assert len(done) == 1 and done[0]["turn_id"] and done[0]["platform"] == "slack"
