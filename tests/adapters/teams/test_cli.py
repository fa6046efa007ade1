"""`concession-coach teams role`: who may decide any alert in a Teams tenant."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.cli import main
from bot.services import open_store
from bot.settings import Settings


def test_teams_role_makes_a_manager(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'coach.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["teams", "role", "--tenant", "T-1", "--user", "29:1mgr", "manager"]) == 0

    async def role() -> str | None:
        async with open_store(Settings(_env_file=None, database_url=url)) as store:  # type: ignore[call-arg]
            user = await store.get_user("teams:T-1", "29:1mgr")
            return user.role if user else None

    assert asyncio.run(role()) == "manager"
