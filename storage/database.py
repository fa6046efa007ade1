"""From DATABASE_URL to one AsyncEngine: URL normalisation, the SQLite file and its pragmas.

Only SQLite (aiosqlite) and PostgreSQL (asyncpg) are supported; the SQL store
relies on both dialects' ``INSERT ... ON CONFLICT``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from platformdirs import user_data_dir
from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from storage.errors import StorageError

APP_NAME = "concession-coach"
EXAMPLES = "sqlite:///path/to/coach.db or postgresql://user:password@host:5432/dbname"
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",  # readers never block the writer
    "PRAGMA busy_timeout=5000",  # wait for the write lock instead of failing at once
    "PRAGMA foreign_keys=ON",  # deletes cascade (forget, delete tenant)
    "PRAGMA synchronous=NORMAL",  # durable enough with WAL, much faster than FULL
)

CONNECT_TIMEOUT_S = 10  # PostgreSQL: a connection attempt that gets no answer fails after this
COMMAND_TIMEOUT_S = 60  # ... and so does a statement (a stalled server or network, not a restart)
POOL_TIMEOUT_S = 10  # waiting for a free pooled connection
URL_TIMEOUTS = ("connect_timeout", "command_timeout")  # seconds, overriding the two above
# PostgreSQL errors that mean "not now" rather than "wrong": connection exceptions (08...),
# the server shutting down or starting up (57P01-57P03), and too many connections (53300).
UNAVAILABLE_SQLSTATES = ("08", "57P01", "57P02", "57P03", "53300")
DATABASE_MODULES = frozenset({"sqlalchemy", "asyncpg", "aiosqlite", "sqlite3"})


def default_database_url() -> str:
    """A SQLite file in the user's data directory (e.g. ~/.local/share/concession-coach)."""
    return f"sqlite+aiosqlite:///{Path(user_data_dir(APP_NAME)) / 'coach.db'}"


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
    for name in URL_TIMEOUTS:
        if name in url.query:
            _seconds(url, name)  # a bad value fails here, with its name
    return url


def _seconds(url: URL, name: str) -> float:
    raw = url.query[name]
    try:
        value = float(raw if isinstance(raw, str) else raw[-1])
    except ValueError:
        value = -1.0
    if not value > 0:
        raise StorageError(f"DATABASE_URL's {name} must be a number of seconds, not {raw!r}")
    return value


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
    new connection. For PostgreSQL a pooled connection is pinged before use, so
    after a server restart the pool reconnects on its own, and connecting and
    every statement are bounded in time (``connect_timeout`` and ``command_timeout``
    in the URL's query, in seconds, override the defaults), so a request fails
    rather than hangs while the database is away; see :func:`is_unavailable`.
    """
    url = normalize_url(raw_url)
    if url.get_backend_name() == "sqlite":
        _make_parent(Path(url.database or ""))
        engine = create_async_engine(url, pool_recycle=1800)
        event.listen(engine.sync_engine, "connect", _set_sqlite_pragmas)
        return engine
    connect_args: dict[str, Any] = {
        "timeout": _timeout(url, "connect_timeout", CONNECT_TIMEOUT_S),
        "command_timeout": _timeout(url, "command_timeout", COMMAND_TIMEOUT_S),
    }
    if schema:
        connect_args["server_settings"] = {"search_path": schema}
    return create_async_engine(
        url.difference_update_query(URL_TIMEOUTS),
        connect_args=connect_args,
        pool_recycle=1800,
        pool_pre_ping=True,  # a connection PostgreSQL dropped (restart) is replaced, not used
        pool_timeout=POOL_TIMEOUT_S,
    )


def _timeout(url: URL, name: str, default: float) -> float:
    return _seconds(url, name) if name in url.query else default


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


def is_unavailable(exc: BaseException) -> bool:
    """True when ``exc`` says the database is away for now (refused, dropped or timed-out
    connection, a server restarting, SQLite's write lock) rather than that the request or
    the code is wrong: the same work is worth retrying later (answer 503, keep it pending).

    A bare OSError or TimeoutError counts only when the database stack raised it (the
    driver lets connect and command timeouts through unwrapped); one from elsewhere, such
    as a chat API call, is not a storage outage.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if _unavailable_here(current):
            return True
        orig = getattr(current, "orig", None)  # SQLAlchemy's wrapper -> the driver's error
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return False


def _unavailable_here(exc: BaseException) -> bool:
    if isinstance(exc, sa.exc.DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(exc, sa.exc.TimeoutError):  # no pooled connection came free in time
        return True
    if isinstance(exc, OSError | TimeoutError):
        return _raised_by_database(exc)
    sqlstate = getattr(exc, "sqlstate", None)
    if isinstance(sqlstate, str) and sqlstate.startswith(UNAVAILABLE_SQLSTATES):
        return True
    if isinstance(exc, sa.exc.InterfaceError):
        return "connection is closed" in str(exc)
    locked = isinstance(exc, sa.exc.OperationalError | sqlite3.OperationalError)
    return locked and "database is locked" in str(exc)


def _raised_by_database(exc: BaseException) -> bool:
    tb = exc.__traceback__
    while tb is not None:
        module = str(tb.tb_frame.f_globals.get("__name__", ""))
        if module.split(".", 1)[0] in DATABASE_MODULES:
            return True
        tb = tb.tb_next
    return False
