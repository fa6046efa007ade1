"""A fake Slack Web API on loopback (port 0) that answers like Slack and records every call."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web
from aiohttp.test_utils import TestServer

BOT_TOKEN = "xoxb-test-token"
BOT_USER = "UBOT"
TEAM = "T1"


@dataclass
class Call:
    method: str  # Web API method, or "response_url"
    params: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Failure:
    status: int
    headers: dict[str, str]
    body: dict[str, Any]


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.names: dict[str, str] = {}
        # conversations.info's extra fields per channel id, e.g. {"is_ext_shared": True}
        self.channels: dict[str, dict[str, Any]] = {}
        # conversations.history's messages per channel id (none by default)
        self.history: dict[str, list[dict[str, Any]]] = {}
        self._failures: dict[str, list[Failure]] = {}
        self._held: dict[str, asyncio.Event] = {}
        self._ts = itertools.count(1)
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/response/{token}", self._response_url)
        self.server = TestServer(app, host="127.0.0.1", port=0)

    async def start(self) -> None:
        await self.server.start_server()

    async def close(self) -> None:
        await self.server.close()

    @property
    def api_url(self) -> str:
        return str(self.server.make_url("/api/"))

    def response_url(self, token: str = "r1") -> str:
        return str(self.server.make_url(f"/response/{token}"))

    def fail(
        self,
        method: str,
        status: int,
        headers: dict[str, str] | None = None,
        body: dict[str, Any] | None = None,
        times: int = 1,
    ) -> None:
        """The next ``times`` calls to ``method`` get this answer instead of success."""
        failure = Failure(status, headers or {}, body or {"ok": False, "error": "fake_failure"})
        self._failures.setdefault(method, []).extend([failure] * times)

    def hold(self, method: str) -> asyncio.Event:
        """Calls to ``method`` wait (recorded) until the returned event is set."""
        self._held[method] = asyncio.Event()
        return self._held[method]

    def to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        raw = await request.text()
        if raw:
            if request.content_type == "application/json":
                params.update(json.loads(raw))
            else:
                params.update(dict(parse_qsl(raw, keep_blank_values=True)))
        return params

    def _record(self, method: str, params: dict[str, Any], request: web.Request) -> Failure | None:
        self.calls.append(Call(method, params, dict(request.headers)))
        queue = self._failures.get(method)
        return queue.pop(0) if queue else None

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        failure = self._record(method, params, request)
        if method in self._held:
            await self._held[method].wait()
        if failure is not None:
            return web.json_response(failure.body, status=failure.status, headers=failure.headers)
        return web.json_response(
            self._answer(method, params), headers={"x-oauth-scopes": "chat:write"}
        )

    async def _response_url(self, request: web.Request) -> web.Response:
        failure = self._record("response_url", await self._params(request), request)
        if failure is not None:
            return web.Response(status=failure.status, headers=failure.headers, text="error")
        return web.Response(text="ok")

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "ok": True,
                "team_id": TEAM,
                "user_id": BOT_USER,
                "bot_id": "BBOT",
                "team": "Acme Corp",
                "user": "coach",
                "url": "https://acme.slack.com/",
            }
        if method == "chat.postMessage":
            ts = f"1700000{next(self._ts):03d}.000100"
            return {"ok": True, "channel": params.get("channel"), "ts": ts}
        if method == "chat.getPermalink":
            channel, ts = str(params.get("channel")), str(params.get("message_ts"))
            link = f"https://acme.slack.com/archives/{channel}/p{ts.replace('.', '')}"
            return {"ok": True, "channel": channel, "permalink": link}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": f"1700000{next(self._ts):03d}.000200"}
        if method in ("views.publish", "views.open"):
            return {"ok": True, "view": {"id": "V1"}}
        if method == "users.info":
            user = str(params.get("user"))
            name = self.names.get(user, user.lower())
            return {
                "ok": True,
                "user": {
                    "id": user,
                    "name": name,
                    "real_name": name.title(),
                    "tz": "Europe/Berlin",
                    "profile": {"display_name": name},
                },
            }
        if method == "conversations.info":
            channel = str(params.get("channel"))
            facts = {"is_shared": False, "is_ext_shared": False, "is_org_shared": False}
            info = {"id": channel, "name": channel.lower(), "creator": "U0CREATOR", **facts}
            return {"ok": True, "channel": {**info, **self.channels.get(channel, {})}}
        if method == "conversations.history":
            messages = self.history.get(str(params.get("channel")), [])
            return {"ok": True, "messages": messages, "has_more": False}
        if method == "oauth.v2.access":
            return {
                "ok": True,
                "access_token": "xoxb-installed",
                "token_type": "bot",
                "scope": "chat:write,commands",
                "bot_user_id": "UBOT2",
                "app_id": "A1",
                "team": {"id": "T2", "name": "Other Corp"},
                "enterprise": None,
                "authed_user": {"id": "U9"},
                "is_enterprise_install": False,
            }
        return {"ok": True}
