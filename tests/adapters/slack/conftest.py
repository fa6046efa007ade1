"""Scenario fixtures: the real aiohttp app on 127.0.0.1 (port 0), signed requests, and a
fake Slack Web API that records every call. Runs on the in-memory and the SQL store."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer

from adapters.slack.http import SLACK
from adapters.slack.runtime import SlackRuntime
from adapters.slack.signing import sign
from bot.app import create_app
from bot.services import Services, Store, build_coach
from bot.settings import Settings
from tests.adapters.slack import payloads
from tests.adapters.slack.fake_slack import BOT_TOKEN, FakeSlack

SECRET = "test-signing-secret-0123456789abcdef"


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack()
    await fake.start()
    yield fake
    await fake.close()


def make_settings(fake: FakeSlack, tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "slack_bot_token": BOT_TOKEN,
        "slack_signing_secret": SECRET,
        "slack_api_url": fake.api_url,
        "database_url": f"sqlite:///{tmp_path / 'coach.db'}",
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


class Slack:
    """Talks to the coach the way Slack does: signed requests to /slack/events."""

    def __init__(self, client: TestClient, fake: FakeSlack, services: Services) -> None:
        self.client = client
        self.fake = fake
        self.services = services

    @property
    def runtime(self) -> SlackRuntime:
        return self.client.server.app[SLACK]

    async def settle(self) -> None:
        """Wait for start-up recovery and every job started after an ack (no polling)."""
        if self.runtime.recovery is not None:
            await self.runtime.recovery
        await self.runtime.tasks.join()

    async def send(
        self,
        body: bytes,
        content_type: str,
        *,
        timestamp: str | None = None,
        signature: str | None = None,
        headers: dict[str, str] | None = None,
        settle: bool = True,
    ) -> ClientResponse:
        timestamp = timestamp if timestamp is not None else str(int(time.time()))
        signed = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": signature or sign(SECRET, timestamp, body),
            **(headers or {}),
        }
        response = await self.client.post("/slack/events", data=body, headers=signed)
        await response.read()
        if settle:
            await self.settle()
        return response

    async def form(self, body: bytes, **kwargs: Any) -> ClientResponse:
        return await self.send(body, "application/x-www-form-urlencoded", **kwargs)

    async def event(
        self, event: dict[str, Any], *, event_id: str | None = None, **kwargs: Any
    ) -> ClientResponse:
        return await self.send(
            payloads.envelope(event, event_id=event_id), "application/json", **kwargs
        )

    async def command(self, text: str, *, settle: bool = True, **kwargs: Any) -> ClientResponse:
        url = self.fake.response_url(payloads.next_id("cmd"))
        body = payloads.slash_command(text, response_url=url, **kwargs)
        return await self.form(body, settle=settle)

    async def dm(self, text: str, **kwargs: Any) -> ClientResponse:
        return await self.event(payloads.message(text, **kwargs))

    async def press(self, value: str, **kwargs: Any) -> ClientResponse:
        url = self.fake.response_url(payloads.next_id("act"))
        return await self.form(payloads.block_actions(value, response_url=url, **kwargs))


async def open_slack(
    fake: FakeSlack, store: Store, settings: Settings
) -> tuple[TestClient, Services]:
    coach = build_coach(store, settings)
    services = Services(settings, store, coach.playbook, coach.renderer, coach)
    client = TestClient(TestServer(create_app(settings, services), host="127.0.0.1", port=0))
    await client.start_server()
    return client, services


@pytest.fixture
async def slack(fake: FakeSlack, store: Store, tmp_path: Path) -> AsyncIterator[Slack]:
    client, services = await open_slack(fake, store, make_settings(fake, tmp_path))
    harness = Slack(client, fake, services)
    await harness.settle()
    yield harness
    await client.close()


def section_texts(blocks: list[dict[str, Any]]) -> str:
    """Every mrkdwn/plain text in a list of blocks, joined (for assertions)."""
    out: list[str] = []
    for block in blocks:
        if "text" in block and isinstance(block["text"], dict):
            out.append(block["text"]["text"])
        for element in block.get("elements", []):
            if isinstance(element.get("text"), str):
                out.append(element["text"])
            elif isinstance(element.get("text"), dict):
                out.append(element["text"]["text"])
    return "\n".join(out)
