"""Alembic environment for the coach's tables, on async engines.

The coach runs migrations in-process (storage.migrate) and hands over its
own connection through ``config.attributes["connection"]``; the Alembic
command line (``alembic -c storage/migrations/alembic.ini ...``) works too and
reads DATABASE_URL.
"""

from __future__ import annotations

import asyncio
import os
from logging.config import fileConfig
from typing import Any

from alembic import context
from sqlalchemy.engine import Connection

from storage.database import create_engine, default_database_url
from storage.migrate import include_object
from storage.tables import metadata

config = context.config
if config.config_file_name and "connection" not in config.attributes:
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def configure(**kwargs: Any) -> None:
    context.configure(
        target_metadata=metadata,
        include_object=include_object,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
        **kwargs,
    )


def run_on(connection: Connection) -> None:
    configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()


async def run_with_own_engine() -> None:
    url = (
        config.get_main_option("sqlalchemy.url")
        or os.environ.get("DATABASE_URL")
        or default_database_url()
    )
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            await conn.run_sync(run_on)
            await conn.commit()
    finally:
        await engine.dispose()


if context.is_offline_mode():
    configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif (connection := config.attributes.get("connection")) is not None:
    run_on(connection)
else:
    asyncio.run(run_with_own_engine())
