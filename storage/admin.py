"""Server-level statements (CREATE/DROP DATABASE or SCHEMA) that cannot run in a transaction.

Used by the benchmarks and the tests to give each run a database of its own.
"""

from __future__ import annotations

import uuid

from sqlalchemy.engine import make_url

from storage.database import create_engine


async def run_autocommit(url: str, sql: str) -> None:
    """Run one statement outside any transaction on the server ``url`` names."""
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.exec_driver_sql(sql)
    finally:
        await engine.dispose()


def unique_name(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


async def create_database(server_url: str, name: str) -> str:
    """Create database ``name`` on the server and return a URL for it."""
    await run_autocommit(server_url, f'CREATE DATABASE "{name}"')
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


async def drop_database(server_url: str, name: str) -> None:
    await run_autocommit(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
