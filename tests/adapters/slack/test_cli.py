"""`concession-coach serve` refuses a setup it cannot serve; `slack role` sets managers."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.cli import main
from bot.cli_serve import serve
from bot.settings import Settings


def test_serve_without_credentials_says_what_to_set() -> None:
    with pytest.raises(SystemExit, match="SLACK_BOT_TOKEN"):
        serve(Settings(_env_file=None), "127.0.0.1", 0)  # type: ignore[call-arg]


def test_socket_mode_needs_both_tokens() -> None:
    settings = Settings(_env_file=None, slack_app_token="xapp-1")  # type: ignore[call-arg]
    with pytest.raises(SystemExit, match="SLACK_APP_TOKEN"):
        serve(settings, "127.0.0.1", 0, socket_mode=True)


def test_manifest_url_must_be_https(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit, match="https://"):
        main(["slack", "manifest", "--url", "http://insecure.example"])


def test_slack_role_makes_a_manager(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    sql_store = pytest.importorskip("storage.sql_store")
    url = f"sqlite:///{tmp_path / 'coach.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["slack", "role", "--team", "T1", "--user", "U0MGR", "manager"]) == 0

    async def role() -> str | None:
        async with sql_store.open_sql_store(url) as store:
            user = await store.get_user("slack:T1", "U0MGR")
            return user.role if user else None

    assert asyncio.run(role()) == "manager"
