"""The bench's moving parts: a counting fake Slack Web API and the servers' environment
(the servers themselves are started by ``harness.processes``, as the tests start theirs).

The fake answers every Web API method with ``ok`` and every ``response_url``
post with 200, and notes when each reply arrived (``time.monotonic`` is
system-wide on Linux, so the load generator's clock in another process agrees).
"""

from __future__ import annotations

import os
import time
from collections import Counter
from pathlib import Path

from aiohttp import web

CHECKOUT = Path(__file__).resolve().parents[1]
SECRET = "bench-signing-secret-0123456789abcdef"
BOT_TOKEN = "xoxb-bench-token"


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


def server_env(api_url: str, database_url: str, **extra: str) -> dict[str, str]:
    """The environment of a serving process: loopback Slack, quiet logs, no stray config."""
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MICROSOFT_"))}
    # The servers run in a scratch directory: the checkout goes on their path, so
    # ``python -m bench.baseline_app`` is found whatever kind of install the venv has.
    path = [str(CHECKOUT), *filter(None, [keep.get("PYTHONPATH")])]
    return {
        **keep,
        "PYTHONPATH": os.pathsep.join(path),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": api_url,
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "WARNING",
        **extra,
    }
