"""`concession-coach dashboard-link` prints a URL that `concession-coach serve` answers with the
team dashboard; the same URL altered, or made with a clock already past its expiry, gets 401,
and another workspace's data never shows."""

from __future__ import annotations

import asyncio
import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
import pytest

from bot.cli import main
from bot.cli_dashboard import dashboard_link
from bot.settings import Settings
from coaching.model import utcnow
from harness.processes import start_server
from storage.sql_store import open_sql_store
from tests.support.dashboard import MANAGER, seed_team

TENANT = "slack:T1"
SECRET = "serve-test-dashboard-secret-0123456789"


async def test_the_printed_link_is_answered_by_serve_and_refused_once_altered_or_expired(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database = f"sqlite:///{tmp_path / 'coach.db'}"
    async with open_sql_store(database) as store:
        await seed_team(store, TENANT, utcnow())
        await seed_team(store, "slack:T2", utcnow(), prefix="Other ")
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
        "DATABASE_URL": database,
        "DASHBOARD_SECRET": SECRET,
        "TEAMS_ALLOW_UNAUTHENTICATED": "true",  # something to serve, no credentials
        "LOG_FORMAT": "text",
    }
    server = await start_server("coach", ["bot.cli", "serve"], env, tmp_path)
    try:
        base = f"http://127.0.0.1:{server.port}"
        for name, value in {**env, "PUBLIC_BASE_URL": base}.items():
            monkeypatch.setenv(name, value)
        command = ["dashboard-link", "--tenant", TENANT, "--user", MANAGER]
        assert await asyncio.to_thread(main, command) == 0  # the CLI runs its own loop
        url = capsys.readouterr().out.strip()
        assert url.startswith(f"{base}/dashboard?")

        settings = Settings(_env_file=None)  # type: ignore[call-arg]  # the same environment
        expired = await dashboard_link(settings, TENANT, MANAGER, utcnow() - timedelta(hours=25))
        sig_at = url.index("sig=") + len("sig=")
        flipped = url[:sig_at] + ("a" if url[sig_at] != "a" else "b") + url[sig_at + 1 :]
        async with aiohttp.ClientSession() as session:
            async with session.get(url) as response:
                html = await response.text()
                assert response.status == 200, html
            assert "Team dashboard" in html and "Ann Archer" in html and "<svg" in html
            assert "Other " not in html
            for refused in (flipped, expired, f"{base}/dashboard", url.replace("T1", "T2")):
                async with session.get(refused) as response:
                    assert response.status == 401, urlsplit(refused).query
    finally:
        await server.stop()


def test_dashboard_link_refuses_someone_who_is_not_a_manager(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'coach.db'}")
    monkeypatch.setenv("DASHBOARD_SECRET", SECRET)
    with pytest.raises(SystemExit, match="not a coach manager"):
        main(["dashboard-link", "--tenant", TENANT, "--user", "U0REP"])
    monkeypatch.delenv("DASHBOARD_SECRET")
    with pytest.raises(SystemExit, match="DASHBOARD_SECRET"):
        main(["dashboard-link", "--tenant", TENANT, "--user", MANAGER])
