"""Store fixtures: the same tests run on MemoryStore, SQLite and (when reachable) PostgreSQL.

PostgreSQL runs when TEST_DATABASE_URL names a server that answers; each
test gets a schema of its own (search_path), dropped afterwards, so runs
never see each other's rows.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from store_helpers import Backend

from bot.services import Store
from storage.memory import MemoryStore


@pytest.fixture
def pg_backend(pg_url: str, pg_schema: str) -> Backend:
    return Backend("postgresql", pg_url, pg_schema)


@pytest.fixture(params=["memory", "sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, sqlite_url: str) -> Backend:
    if request.param == "memory":
        return Backend("memory", memory=MemoryStore())
    if request.param == "sqlite":
        return Backend("sqlite", sqlite_url)
    return request.getfixturevalue("pg_backend")


@pytest.fixture(params=["sqlite", "postgresql"])
def sql_backend(request: pytest.FixtureRequest, sqlite_url: str) -> Backend:
    if request.param == "sqlite":
        return Backend("sqlite", sqlite_url)
    return request.getfixturevalue("pg_backend")


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[Store]:
    async with backend.open(auto_upgrade=True) as opened:
        yield opened


@pytest.fixture
async def sql_store(sql_backend: Backend) -> AsyncIterator[Store]:
    async with sql_backend.open(auto_upgrade=True) as opened:
        yield opened
