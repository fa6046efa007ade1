"""DATABASE_URL handling: normalisation, SQLite file and pragmas, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from storage.database import create_engine, describe, normalize_url, ping
from storage.errors import StorageError
from storage.sql_store import open_sql_store


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("postgres://u:p@db:5432/coach", "postgresql+asyncpg://u:p@db:5432/coach"),
        ("postgresql://u@db/coach", "postgresql+asyncpg://u@db/coach"),
        ("postgresql+asyncpg://u@db/coach", "postgresql+asyncpg://u@db/coach"),
        ("postgresql+psycopg2://u@db/coach", "postgresql+asyncpg://u@db/coach"),
        ("postgresql://u@db/coach?sslmode=require", "postgresql+asyncpg://u@db/coach?ssl=require"),
        ("sqlite:////var/lib/coach.db", "sqlite+aiosqlite:////var/lib/coach.db"),
        ("sqlite+aiosqlite:///rel/coach.db", "sqlite+aiosqlite:///rel/coach.db"),
        ("sqlite+pysqlite:///rel/coach.db", "sqlite+aiosqlite:///rel/coach.db"),
        ("  sqlite:///coach.db\n", "sqlite+aiosqlite:///coach.db"),
    ],
)
def test_urls_are_normalised_to_async_drivers(raw: str, expected: str) -> None:
    assert normalize_url(raw).render_as_string(hide_password=False) == expected


def test_home_is_expanded_in_sqlite_paths() -> None:
    assert normalize_url("sqlite:///~/coach.db").database == str(Path.home() / "coach.db")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("not a url", "not a database URL"),
        ("", "not a database URL"),
        ("mysql://u@db/coach", "'mysql', which the coach does not support"),
        ("sqlite://", "in-memory SQLite"),
        ("sqlite:///:memory:", "in-memory SQLite"),
    ],
)
def test_bad_urls_say_what_is_wrong(raw: str, message: str) -> None:
    with pytest.raises(StorageError, match=message):
        normalize_url(raw)


def test_passwords_stay_out_of_messages() -> None:
    assert "secret" not in describe(normalize_url("postgresql://u:secret@db/coach"))


async def test_sqlite_file_directory_is_created_and_pragmas_set(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "coach.db"
    engine = create_engine(f"sqlite:///{path}")
    try:
        async with engine.connect() as conn:
            values = [
                (await conn.execute(sa.text(f"PRAGMA {name}"))).scalar()
                for name in ("journal_mode", "busy_timeout", "foreign_keys", "synchronous")
            ]
    finally:
        await engine.dispose()
    assert path.exists()
    assert values == ["wal", 5000, 1, 1]  # synchronous=NORMAL is 1


async def test_an_unreachable_server_is_a_clear_error() -> None:
    engine = create_engine("postgresql://coach:pw@127.0.0.1:1/coach")
    try:
        with pytest.raises(StorageError, match=r"cannot connect to the database .*127\.0\.0\.1:1"):
            await ping(engine)
    finally:
        await engine.dispose()


async def test_an_unwritable_sqlite_location_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StorageError, match="cannot create the directory"):
        async with open_sql_store(f"sqlite:///{blocker}/sub/coach.db"):
            pass
