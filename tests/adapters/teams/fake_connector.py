"""A fake Bot Framework connector on 127.0.0.1 (port 0) that records every call.

Activities name it in their ``serviceUrl``; the coach's replies land here.
``fail(status, times)`` makes the next calls answer an error (e.g. 429).
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer

CARD = "application/vnd.microsoft.card.adaptive"


@dataclass
class Call:
    method: str
    op: str  # "send", "reply", "update" or "create"
    conversation: str
    activity_id: str
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def card(self) -> dict[str, Any]:
        (attachment,) = [a for a in self.body.get("attachments", []) if a["contentType"] == CARD]
        return attachment["content"]

    @property
    def text(self) -> str:
        """Every TextBlock of the card, joined (for assertions)."""
        return "\n".join(b["text"] for b in self.card["body"] if b["type"] == "TextBlock")

    @property
    def actions(self) -> list[dict[str, Any]]:
        return self.card.get("actions", [])


class FakeConnector:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.refused: list[int] = []  # statuses answered instead of a success
        self._failures: list[int] = []
        self._ids = itertools.count(1)
        app = web.Application()
        app.router.add_post("/v3/conversations", self._create)
        app.router.add_post("/v3/conversations/{cid}/activities", self._send)
        app.router.add_post("/v3/conversations/{cid}/activities/{aid}", self._reply)
        app.router.add_put("/v3/conversations/{cid}/activities/{aid}", self._update)
        self._server = TestServer(app, host="127.0.0.1", port=0)

    async def start(self) -> None:
        await self._server.start_server()

    async def close(self) -> None:
        await self._server.close()

    @property
    def url(self) -> str:
        return str(self._server.make_url("/"))

    def fail(self, status: int, times: int = 1) -> None:
        self._failures.extend([status] * times)

    def to(self, conversation: str) -> list[Call]:
        return [c for c in self.calls if c.conversation == conversation and c.op != "create"]

    @property
    def sent(self) -> list[Call]:
        return [c for c in self.calls if c.op != "create"]

    async def _record(self, request: web.Request, op: str) -> web.Response | None:
        if self._failures:
            status = self._failures.pop(0)
            self.refused.append(status)
            return web.json_response({"error": {"code": "Throttled"}}, status=status)
        body = json.loads(await request.read() or b"{}")
        self.calls.append(
            Call(
                request.method,
                op,
                request.match_info.get("cid", ""),
                request.match_info.get("aid", ""),
                body,
                dict(request.headers),
            )
        )
        return None

    async def _create(self, request: web.Request) -> web.Response:
        refused = await self._record(request, "create")
        if refused is not None:
            return refused
        member = self.calls[-1].body["members"][0]["id"]
        return web.json_response({"id": f"a:dm-{member}"}, status=201)

    async def _send(self, request: web.Request) -> web.Response:
        return await self._answer(request, "send")

    async def _reply(self, request: web.Request) -> web.Response:
        return await self._answer(request, "reply")

    async def _update(self, request: web.Request) -> web.Response:
        return await self._answer(request, "update")

    async def _answer(self, request: web.Request, op: str) -> web.Response:
        refused = await self._record(request, op)
        if refused is not None:
            return refused
        return web.json_response({"id": f"sent-{next(self._ids)}"}, status=200)
