"""Shared fixtures: tests start from an empty environment (no platform credentials), and
databases of their own: a SQLite file, or on PostgreSQL (when TEST_DATABASE_URL names a
server that answers) a fresh schema or database, dropped afterwards."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.services import Store
from storage.admin import create_database, drop_database, run_autocommit, unique_name
from storage.database import create_engine
from storage.memory import MemoryStore
from storage.migrate import upgrade

PG_HINT = "set TEST_DATABASE_URL, e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/test"

_PLATFORM_PREFIXES = (
    "SLACK_",
    "MICROSOFT_",
    "TEAMS_",
    "DATABASE_URL",
    "PLAYBOOK_PATH",
    "TEMPLATES_DIR",
    "RETENTION_DAYS",
    "DEAL_DESK_CHANNEL",
)


@pytest.fixture(autouse=True)
def _clean_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """No test sees the developer's credentials, database or .env file."""
    for name in list(os.environ):
        if name.startswith(_PLATFORM_PREFIXES):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data-home")))
    # Slash commands answer through response_url unless a test asks for the ack path
    # (slack_ack_budget_seconds=...; tests/adapters/slack/test_fast_ack.py): no test's
    # outcome then hangs on how fast a turn runs on a loaded machine.
    monkeypatch.setenv("SLACK_ACK_BUDGET_SECONDS", "0")
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


@pytest.fixture(scope="session")
def pg_url() -> str:
    """The PostgreSQL server the tests may use; skips, saying why, when there is none."""
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        pytest.skip(f"PostgreSQL not available: {PG_HINT}")
    try:
        asyncio.run(run_autocommit(url, "SELECT 1"))
    except Exception as exc:  # any failure means: skip, and say why
        pytest.skip(f"PostgreSQL not available at TEST_DATABASE_URL ({type(exc).__name__}: {exc})")
    return url


@pytest.fixture
def pg_schema(pg_url: str) -> Iterator[str]:
    """A fresh, empty schema for one test; dropped with everything in it afterwards."""
    name = unique_name("test")
    asyncio.run(run_autocommit(pg_url, f'CREATE SCHEMA "{name}"'))
    yield name
    asyncio.run(run_autocommit(pg_url, f'DROP SCHEMA "{name}" CASCADE'))


@pytest.fixture
def pg_database_url(pg_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database, for tests that go through DATABASE_URL."""
    name = unique_name("coach_test")
    yield asyncio.run(create_database(pg_url, name))
    asyncio.run(drop_database(pg_url, name))


@pytest.fixture
def pg_database(pg_database_url: str) -> str:
    """A fresh PostgreSQL database migrated to head (as `concession-coach db upgrade` does)."""

    async def migrate() -> None:
        engine = create_engine(pg_database_url)
        try:
            await upgrade(engine)
        finally:
            await engine.dispose()

    asyncio.run(migrate())
    return pg_database_url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'coach.db'}"


@pytest.fixture(params=["memory", "sql"])
async def store(request: pytest.FixtureRequest, sqlite_url: str) -> AsyncIterator[Store]:
    """The adapters' tests run on both stores: in memory and a SQLite file."""
    if request.param == "memory":
        yield MemoryStore()
        return
    from storage.sql_store import open_sql_store

    async with open_sql_store(sqlite_url) as opened:
        yield opened
