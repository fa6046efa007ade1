"""Reliability fixtures: the Slack harness on a SQLite file, fresh PostgreSQL databases,
and serving subprocesses (``concession-coach serve``) for crash and replica tests."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import sqlalchemy as sa

from adapters.slack.signing import sign
from harness.processes import Server, start_server
from storage.database import create_engine
from tests.adapters.slack.conftest import SECRET, Slack, make_settings, open_slack
from tests.adapters.slack.conftest import fake as fake  # the fake Slack Web API, a fixture
from tests.adapters.slack.fake_slack import BOT_TOKEN, FakeSlack

SERVE = ["bot.cli", "serve"]
POLL_S = 0.05
MAX_POLLS = 600  # 30 s at most for anything a test waits for


@pytest.fixture
async def sqlite_slack(fake: FakeSlack, tmp_path: Path) -> AsyncIterator[Slack]:
    """The real app in-process on a SQLite file, so tests can count rows in the database."""
    from storage.sql_store import open_sql_store

    settings = make_settings(fake, tmp_path)
    async with open_sql_store(settings.database_url) as store:
        client, services = await open_slack(fake, store, settings)
        harness = Slack(client, fake, services)
        await harness.settle()
        yield harness
        await client.close()


async def count_rows(url: str, *tables: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return {
                name: (await conn.execute(sa.text(f"SELECT count(*) FROM {name}"))).scalar_one()
                for name in tables
            }
    finally:
        await engine.dispose()


async def eventually(check: Callable[[], Any], what: str) -> None:
    """Poll ``check`` (sync or async) until truthy; a bounded loop, not a timing assertion."""
    for _ in range(MAX_POLLS):
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return
        await asyncio.sleep(POLL_S)
    raise AssertionError(f"gave up waiting for {what}")


def signed_headers(body: bytes, content_type: str, **extra: str) -> dict[str, str]:
    stamp = str(int(time.time()))
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": sign(SECRET, stamp, body),
        **extra,
    }


async def post(
    session: aiohttp.ClientSession, server: Server, body: bytes, content_type: str, **extra: str
) -> int:
    headers = signed_headers(body, content_type, **extra)
    async with session.post(server.url, data=body, headers=headers) as response:
        await response.read()
        return response.status


def serve_env(fake: FakeSlack, database_url: str, **extra: str) -> dict[str, str]:
    keep = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLACK_", "MICROSOFT_", "DATABASE_URL", "TEAMS_"))
    }
    return {
        **keep,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": fake.api_url,
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "WARNING",
        **extra,
    }


@pytest.fixture
async def servers(tmp_path: Path) -> AsyncIterator[list[Server]]:
    """Started with ``start(name, env)``; every one is stopped (or was killed) at the end."""
    started: list[Server] = []
    yield started
    await asyncio.gather(*(s.stop() for s in started), return_exceptions=True)


async def serve(started: list[Server], name: str, env: dict[str, str], workdir: Path) -> Server:
    server = await start_server(name, SERVE, env, workdir)
    started.append(server)
    return server


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: starts server subprocesses (still in the default run)"
    )
