"""Shared fixtures: tests start from an empty environment (no platform credentials)."""

from __future__ import annotations

import os

import pytest

_PLATFORM_PREFIXES = (
    "SLACK_",
    "MICROSOFT_",
    "TEAMS_",
    "DATABASE_URL",
    "PLAYBOOK_PATH",
    "TEMPLATES_DIR",
    "RETENTION_DAYS",
    "DEAL_DESK_CHANNEL",
)


@pytest.fixture(autouse=True)
def _clean_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """No test sees the developer's credentials, database or .env file."""
    for name in list(os.environ):
        if name.startswith(_PLATFORM_PREFIXES):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data-home")))
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))
