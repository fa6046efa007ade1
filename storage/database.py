"""From DATABASE_URL to one AsyncEngine: URL normalisation, the SQLite file and its pragmas.

Only SQLite (aiosqlite) and PostgreSQL (asyncpg) are supported; the SQL store
relies on both dialects' ``INSERT ... ON CONFLICT``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from storage.errors import StorageError

EXAMPLES = "sqlite:///path/to/coach.db or postgresql://user:password@host:5432/dbname"
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",  # readers never block the writer
    "PRAGMA busy_timeout=5000",  # wait for the write lock instead of failing at once
    "PRAGMA foreign_keys=ON",  # deletes cascade (forget, delete tenant)
    "PRAGMA synchronous=NORMAL",  # durable enough with WAL, much faster than FULL
)
CONNECT_TIMEOUT_S = 10


def normalize_url(raw: str) -> URL:
    """The async-driver URL for ``raw``; raises StorageError naming what is wrong."""
    try:
        url = make_url(raw.strip())
    except ArgumentError:
        raise StorageError(f"DATABASE_URL is not a database URL; use {EXAMPLES}") from None
    backend = url.get_backend_name()
    if backend in ("postgres", "postgresql"):
        return _postgres(url)
    if backend == "sqlite":
        return _sqlite(url)
    raise StorageError(
        f"DATABASE_URL uses {backend!r}, which the coach does not support; use {EXAMPLES}"
    )


def _postgres(url: URL) -> URL:
    url = url.set(drivername="postgresql+asyncpg")  # whichever driver was named
    if "sslmode" in url.query:  # libpq spelling, as hosting platforms hand it out
        mode = url.query["sslmode"]
        url = url.difference_update_query(["sslmode"]).update_query_dict({"ssl": mode})
    return url


def _sqlite(url: URL) -> URL:
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        raise StorageError(
            "DATABASE_URL points at an in-memory SQLite database, which would forget "
            "everything on exit; give a file path (sqlite:///path/to/coach.db)"
        )
    path = Path(database).expanduser()
    return url.set(drivername="sqlite+aiosqlite", database=str(path))


def describe(url: URL) -> str:
    """The URL with its password hidden, for messages and logs."""
    return url.render_as_string(hide_password=True)


def is_sqlite(engine: AsyncEngine) -> bool:
    return engine.dialect.name == "sqlite"


def create_engine(raw_url: str, *, schema: str | None = None) -> AsyncEngine:
    """One engine per application life; ``schema`` sets PostgreSQL's search_path.

    For SQLite the file's directory is created and the pragmas are set on every
    new connection.
    """
    url = normalize_url(raw_url)
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "sqlite":
        _make_parent(Path(url.database or ""))
    else:
        connect_args["timeout"] = CONNECT_TIMEOUT_S
        if schema:
            connect_args["server_settings"] = {"search_path": schema}
    engine = create_async_engine(url, connect_args=connect_args, pool_recycle=1800)
    if is_sqlite(engine):
        event.listen(engine.sync_engine, "connect", _set_sqlite_pragmas)
    return engine


def _make_parent(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"cannot create the directory for the SQLite database {path}: {exc.strerror}"
        ) from exc


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


async def ping(engine: AsyncEngine) -> None:
    """Connect once so a wrong host, password or path fails at start-up, clearly."""
    try:
        async with engine.connect() as conn:
            await conn.execute(sa.text("SELECT 1"))
    except (OSError, TimeoutError, sa.exc.SQLAlchemyError) as exc:
        reason = getattr(exc, "orig", None) or exc
        raise StorageError(
            f"cannot connect to the database {describe(engine.url)}: {reason}"
        ) from exc
