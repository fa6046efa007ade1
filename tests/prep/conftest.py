"""Databases for the prep tests: a SQLite file per test, and PostgreSQL when TEST_DATABASE_URL
names a server that answers (each test in a fresh schema, dropped afterwards)."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.database import create_engine

PG_HINT = "set TEST_DATABASE_URL, e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/test"


async def _admin(url: str, sql: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.exec_driver_sql(sql)
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def pg_url() -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        pytest.skip(f"PostgreSQL not available: {PG_HINT}")
    try:
        asyncio.run(_admin(url, "SELECT 1"))
    except Exception as exc:  # any failure means: skip, and say why
        pytest.skip(f"PostgreSQL not available at TEST_DATABASE_URL ({type(exc).__name__}: {exc})")
    return url


@pytest.fixture
def pg_schema(pg_url: str) -> Iterator[str]:
    name = f"test_prep_{uuid.uuid4().hex[:12]}"
    asyncio.run(_admin(pg_url, f'CREATE SCHEMA "{name}"'))
    yield name
    asyncio.run(_admin(pg_url, f'DROP SCHEMA "{name}" CASCADE'))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'coach.db'}"
