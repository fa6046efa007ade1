"""The migrations and the models agree, and start-up treats an old schema as it should."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from store_helpers import Backend

from storage.database import create_engine
from storage.errors import SchemaOutOfDate, StorageError
from storage.migrate import (
    alembic_config,
    current_revisions,
    head_revisions,
    include_object,
    upgrade,
)
from storage.sql_store import open_sql_store
from storage.tables import metadata


def _diff(connection: sa.Connection) -> list[object]:
    context = MigrationContext.configure(
        connection, opts={"compare_type": True, "include_object": include_object}
    )
    return compare_metadata(context, metadata)


async def test_models_and_migrations_agree(sql_backend: Backend) -> None:
    engine = create_engine(sql_backend.url, schema=sql_backend.schema)
    try:
        async with engine.begin() as conn:  # a foreign table, as slack-sdk's store would add
            await conn.execute(sa.text("CREATE TABLE slack_bots (id INTEGER PRIMARY KEY)"))
        assert await upgrade(engine) == head_revisions()
        async with engine.connect() as conn:
            assert await conn.run_sync(_diff) == []
    finally:
        await engine.dispose()


async def test_sqlite_upgrades_itself_on_open(sqlite_url: str) -> None:
    async with open_sql_store(sqlite_url) as store:
        assert await current_revisions(store.engine) == head_revisions()


async def test_postgresql_refuses_an_out_of_date_schema(pg_backend: Backend) -> None:
    with pytest.raises(SchemaOutOfDate, match="run `concession-coach db upgrade`"):
        async with open_sql_store(pg_backend.url, schema=pg_backend.schema):
            pass
    engine = create_engine(pg_backend.url, schema=pg_backend.schema)
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()
    async with open_sql_store(pg_backend.url, schema=pg_backend.schema) as store:
        assert await store.list_users("slack:T1") == []


async def test_an_unknown_revision_is_refused(sql_backend: Backend) -> None:
    engine = create_engine(sql_backend.url, schema=sql_backend.schema)
    try:
        await upgrade(engine)
        async with engine.begin() as conn:
            await conn.execute(sa.text("UPDATE alembic_version SET version_num = 'f00d'"))
    finally:
        await engine.dispose()
    with pytest.raises(StorageError, match="f00d, which this version of the coach does not know"):
        async with open_sql_store(sql_backend.url, schema=sql_backend.schema, auto_upgrade=True):
            pass


async def test_downgrade_to_base_and_up_again(sqlite_url: str) -> None:
    engine = create_engine(sqlite_url)
    try:
        await upgrade(engine)
        async with engine.begin() as conn:
            await conn.run_sync(lambda c: command.downgrade(alembic_config(c), "base"))
            names = await conn.run_sync(lambda c: sa.inspect(c).get_table_names())
        assert names == ["alembic_version"]
        assert await upgrade(engine) == head_revisions()
    finally:
        await engine.dispose()
