"""`concession-coach db upgrade`, `export`, `forget` and `purge`, on a SQLite file.

These call the CLI in-process (its commands run their own event loop, so the
tests are synchronous); the restart test in test_store_restart.py runs the
real executable.
"""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from pathlib import Path

import pytest
from store_helpers import T0, deal, entry, job, key, turn

from bot.cli import main
from coaching.model import ConversationState, utcnow
from coaching.records import User
from storage.database import create_engine
from storage.migrate import current_revisions, head_revisions
from storage.sql_store import open_sql_store


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'data' / 'coach.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


async def _seed(url: str) -> None:
    async with open_sql_store(url) as store:
        for tenant in ("slack:T1", "teams:tid"):
            d = deal(tenant=tenant, owner="U1")
            k = key(tenant=tenant, user="U1")
            old = entry(d, 1, created_at=T0 - timedelta(days=400))
            state = ConversationState(current_deal_id=d.id)
            await store.commit(
                turn(k, state, deals=[d], entries=[old, entry(d, 2, created_at=utcnow())])
            )
            await store.upsert_user(User(tenant, "U1", "Dana"))
        await store.schedule_job(job(tenant="slack:T1", user_id="U1"))
        await store.upsert_user(User("slack:T1", "U2", "Sam"))


def _export(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    capsys.readouterr()
    assert main(["export", "--user", "U1", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_db_upgrade_migrates_the_configured_database(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert head_revisions() == ("0009",)  # one head: the weekly digest choice
    head = ", ".join(head_revisions())
    assert main(["db", "upgrade"]) == 0
    assert f"schema empty -> {head}" in capsys.readouterr().err
    assert main(["db", "upgrade"]) == 0
    assert f"schema {head} -> {head}" in capsys.readouterr().err

    async def revisions() -> tuple[str, ...]:
        engine = create_engine(db)
        try:
            return await current_revisions(engine)
        finally:
            await engine.dispose()

    assert asyncio.run(revisions()) == head_revisions()


def test_export_covers_every_tenant_or_the_one_asked(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    asyncio.run(_seed(db))
    everything = _export(capsys)
    assert everything["user"] == "U1"
    assert sorted(everything["tenants"]) == ["slack:T1", "teams:tid"]
    slack = everything["tenants"]["slack:T1"]
    assert slack["user"]["display_name"] == "Dana"
    assert [e["seq"] for e in slack["deals"][0]["ledger"]] == [1, 2]
    assert len(slack["jobs"]) == 1
    assert list(_export(capsys, "--tenant", "teams:tid")["tenants"]) == ["teams:tid"]


def test_forget_deletes_the_user_everywhere_and_only_them(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    asyncio.run(_seed(db))
    assert main(["forget", "--user", "U1", "--tenant", "teams:tid"]) == 0
    assert "forgot U1 in teams:tid" in capsys.readouterr().err
    assert list(_export(capsys)["tenants"]) == ["slack:T1"]
    assert main(["forget", "--user", "U1"]) == 0
    assert _export(capsys)["tenants"] == {}

    async def others() -> list[str]:
        async with open_sql_store(db) as store:
            return [u.user_id for u in await store.list_users("slack:T1")]

    assert asyncio.run(others()) == ["U2"]


def test_purge_blanks_old_excerpts(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    asyncio.run(_seed(db))
    with pytest.raises(SystemExit, match="set RETENTION_DAYS or pass --days"):
        main(["purge"])
    monkeypatch.setenv("RETENTION_DAYS", "30")
    assert main(["purge"]) == 0
    assert "blanked 2 message excerpt(s) older than 30 day(s)" in capsys.readouterr().err
    ledger = _export(capsys)["tenants"]["slack:T1"]["deals"][0]["ledger"]
    assert [e["excerpt"] != "" for e in ledger] == [False, True]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://u@db/coach", "database error: DATABASE_URL uses 'mysql'"),
        ("postgresql://coach@127.0.0.1:1/coach", "database error: cannot connect to the database"),
    ],
)
def test_a_bad_database_url_is_a_clear_error(
    url: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", url)
    with pytest.raises(SystemExit, match=message):
        main(["export", "--user", "U1"])
    with pytest.raises(SystemExit, match=message):
        main(["db", "upgrade"])
