"""Alembic, run in-process on the application's own engine.

The migration scripts ship inside the package (storage/migrations), so the
config is built in code and never depends on an alembic.ini in the working
directory.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.database import describe
from storage.errors import SchemaOutOfDate, StorageError

MIGRATIONS = Path(__file__).with_name("migrations")
UPGRADE_HINT = "run `concession-coach db upgrade` with the same DATABASE_URL"


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Leave alone tables that are not ours (slack-sdk's installation store, for one)."""
    return not (type_ == "table" and reflected and compare_to is None)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revisions() -> tuple[str, ...]:
    return tuple(ScriptDirectory.from_config(alembic_config()).get_heads())


async def current_revisions(engine: AsyncEngine) -> tuple[str, ...]:
    """The revisions the database is stamped with; empty for a database never migrated."""
    async with engine.connect() as conn:
        return await conn.run_sync(lambda c: MigrationContext.configure(c).get_current_heads())


async def upgrade(engine: AsyncEngine, revision: str = "head") -> tuple[str, ...]:
    """Upgrade to ``revision`` in one transaction (where the database allows); return heads."""
    async with engine.begin() as conn:
        await conn.run_sync(lambda c: command.upgrade(alembic_config(c), revision))
    return await current_revisions(engine)


async def ensure_schema(engine: AsyncEngine, *, auto_upgrade: bool) -> None:
    """Bring the schema to head, or refuse to start with a message saying what to do."""
    current = await current_revisions(engine)
    heads = head_revisions()
    if set(current) == set(heads):
        return
    unknown = [rev for rev in current if not _known(rev)]
    where = describe(engine.url)
    if unknown:
        raise StorageError(
            f"the database {where} has schema revision {', '.join(unknown)}, which this "
            "version of the coach does not know; is a newer version using it?"
        )
    if auto_upgrade:
        await upgrade(engine)
        return
    found = f"at revision {', '.join(current)}" if current else "empty (never migrated)"
    raise SchemaOutOfDate(
        f"the database schema of {where} is out of date: it is {found}, this version "
        f"needs {', '.join(heads)}; {UPGRADE_HINT}, then start the coach again"
    )


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False
