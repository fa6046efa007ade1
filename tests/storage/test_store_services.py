"""open_services: the SQL store from DATABASE_URL, retention at start, clear start-up errors."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from store_helpers import deal, entry, key, turn

from bot.cli import main
from bot.services import open_services
from bot.settings import Settings
from coaching.model import utcnow
from storage.memory import MemoryStore
from storage.sql_store import SqlStore, open_sql_store


async def test_the_sql_store_is_the_default(sqlite_url: str) -> None:
    async with open_services(Settings(database_url=sqlite_url)) as services:
        assert isinstance(services.store, SqlStore)
        assert services.database is services.store.engine
        assert services.coach.store is services.store


async def test_memory_on_request(sqlite_url: str) -> None:
    async with open_services(Settings(database_url=sqlite_url), memory=True) as services:
        assert isinstance(services.store, MemoryStore)
        assert services.database is None
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    assert not await asyncio.to_thread(path.exists)


async def test_retention_purge_runs_at_start(sqlite_url: str) -> None:
    d = deal()
    old = entry(d, 1, created_at=utcnow() - timedelta(days=31))
    new = entry(d, 2, created_at=utcnow())
    async with open_sql_store(sqlite_url) as store:
        await store.commit(turn(key(), deals=[d], entries=[old, new]))
    settings = Settings(database_url=sqlite_url, retention_days=30)
    async with open_services(settings) as services:
        excerpts = [e.excerpt for e in await services.store.ledger(d.tenant, d.id)]
    assert excerpts == ["", new.excerpt]


async def test_a_bad_database_url_stops_start_up_clearly() -> None:
    with pytest.raises(SystemExit, match="database error: DATABASE_URL uses 'mysql'"):
        async with open_services(Settings(database_url="mysql://u@db/coach")):
            pass


def test_postgresql_start_up_asks_for_db_upgrade(
    pg_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def start() -> int:
        async with open_services(Settings(database_url=pg_database_url)) as services:
            return len(await services.store.list_deals("slack:T1", None, None))

    with pytest.raises(SystemExit, match="run `concession-coach db upgrade`"):
        asyncio.run(start())
    monkeypatch.setenv("DATABASE_URL", pg_database_url)
    assert main(["db", "upgrade"]) == 0
    assert asyncio.run(start()) == 0
