"""Store fixtures: the same tests run on MemoryStore, SQLite and (when reachable) PostgreSQL.

PostgreSQL runs when TEST_DATABASE_URL names a server that answers; each
test gets a schema of its own (search_path), dropped afterwards, so runs
never see each other's rows.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url
from store_helpers import Backend

from coaching.store import MemoryStore, Store
from storage.database import create_engine

PG_HINT = "set TEST_DATABASE_URL, e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/test"


async def _pg_problem(url: str) -> str | None:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            await conn.exec_driver_sql("SELECT 1")
    except Exception as exc:  # any failure means: skip, and say why
        return f"{type(exc).__name__}: {exc}"
    finally:
        await engine.dispose()
    return None


@pytest.fixture(scope="session")
def pg_url() -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        pytest.skip(f"PostgreSQL not available: {PG_HINT}")
    problem = asyncio.run(_pg_problem(url))
    if problem:
        pytest.skip(f"PostgreSQL not available at TEST_DATABASE_URL ({problem})")
    return url


@pytest.fixture
def pg_schema(pg_url: str) -> Iterator[str]:
    """A fresh, empty schema for one test; dropped with everything in it afterwards."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    asyncio.run(_admin(pg_url, f'CREATE SCHEMA "{name}"'))
    yield name
    asyncio.run(_admin(pg_url, f'DROP SCHEMA "{name}" CASCADE'))


@pytest.fixture
def pg_database_url(pg_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database, for tests that go through DATABASE_URL."""
    name = f"coach_test_{uuid.uuid4().hex[:12]}"
    asyncio.run(_admin(pg_url, f'CREATE DATABASE "{name}"'))
    yield make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    asyncio.run(_admin(pg_url, f'DROP DATABASE "{name}" WITH (FORCE)'))


async def _admin(url: str, sql: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.exec_driver_sql(sql)
    finally:
        await engine.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'coach.db'}"


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
