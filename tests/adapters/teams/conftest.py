"""Scenario fixtures: the real aiohttp app on 127.0.0.1 (port 0) with Teams mounted, and a
fake Bot Framework connector named by each activity's serviceUrl. Runs on both stores."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer

from adapters.teams.mount import TEAMS, TEAMS_TIMING, Timing
from adapters.teams.retry import Backoff
from adapters.teams.runtime import TeamsRuntime
from bot.app import create_app
from bot.services import Services, Store, build_coach
from bot.settings import Settings
from tests.adapters.teams.fake_connector import FakeConnector


class Sleeps:
    """Backoff's sleep, recorded instead of slept (no wall clock in tests)."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
async def connector() -> AsyncIterator[FakeConnector]:
    fake = FakeConnector()
    await fake.start()
    yield fake
    await fake.close()


def make_settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {"teams_allow_unauthenticated": True, **overrides}
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


class Teams:
    """Talks to the coach the way the Bot Framework does: Activity JSON to /api/messages."""

    def __init__(self, client: TestClient, connector: FakeConnector, services: Services) -> None:
        self.client = client
        self.connector = connector
        self.services = services
        self.sleeps = Sleeps()
        self.runtime.adapter.backoff = Backoff(sleep=self.sleeps)

    @property
    def runtime(self) -> TeamsRuntime:
        return self.client.server.app[TEAMS]

    @property
    def url(self) -> str:
        return self.connector.url

    async def recovered(self) -> int:
        """Wait for start-up recovery to end; how many inbox records this app took."""
        recovery = self.runtime.recovery
        return await recovery if recovery is not None else 0

    async def post(
        self, activity: dict[str, Any] | bytes, *, headers: dict[str, str] | None = None
    ) -> ClientResponse:
        """POST and wait for the turn it started (no polling)."""
        sent = {"Content-Type": "application/json", **(headers or {})}
        if isinstance(activity, bytes):
            response = await self.client.post("/api/messages", data=activity, headers=sent)
        else:
            response = await self.client.post("/api/messages", json=activity, headers=sent)
        await response.read()
        await self.runtime.tasks.join()
        return response


async def open_teams(
    store: Store, settings: Settings, timing: Timing | None = None
) -> tuple[TestClient, Services]:
    coach = build_coach(store, settings)
    services = Services(settings, store, coach.playbook, coach.renderer, coach)
    app = create_app(settings, services)
    if timing is not None:
        app[TEAMS_TIMING] = timing
    client = TestClient(TestServer(app, host="127.0.0.1", port=0))
    await client.start_server()
    return client, services


@pytest.fixture
async def teams(connector: FakeConnector, store: Store) -> AsyncIterator[Teams]:
    client, services = await open_teams(store, make_settings())
    yield Teams(client, connector, services)
    await client.close()
