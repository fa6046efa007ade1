"""Configuration mistakes: one line each, naming the variable, all at once, exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import ConfigError, load_settings

PREFIXES = ("SLACK_", "MICROSOFT_", "TEAMS_", "DATABASE_URL", "TEMPLATES_DIR", "LOG_")


def cli(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(PREFIXES)}
    base["DATABASE_URL"] = f"sqlite:///{tmp_path / 'coach.db'}"
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        env={**base, **env},
        cwd=tmp_path,  # no .env of the developer's
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_every_problem_is_one_line_naming_its_variable(tmp_path: Path) -> None:
    done = cli(
        tmp_path,
        "serve",
        "--port",
        "0",
        SLACK_BOT_TOKEN="xoxb-1",
        SLACK_CLIENT_ID="111.222",
        MICROSOFT_APP_ID="00000000-0000-0000-0000-000000000001",
        MICROSOFT_APP_TYPE="SingleTenant",
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        "config error: SLACK_SIGNING_SECRET: must be set when SLACK_BOT_TOKEN is set "
        "(or SLACK_APP_TOKEN, for Socket Mode)",
        "config error: SLACK_CLIENT_SECRET: must be set when SLACK_CLIENT_ID is set",
        "config error: MICROSOFT_APP_TENANT_ID: must be set when MICROSOFT_APP_TYPE is "
        "SingleTenant",
        "config error: MICROSOFT_APP_PASSWORD: must be set when MICROSOFT_APP_ID is set",
    ]


def test_a_bad_teams_setting_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    done = cli(
        tmp_path,
        "serve",
        MICROSOFT_APP_ID="00000000-0000-0000-0000-000000000001",
        MICROSOFT_APP_PASSWORD="secret-value",
        MICROSOFT_APP_TYPE="Galactic",
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "config error: MICROSOFT_APP_TYPE: must be MultiTenant, SingleTenant or UserAssignedMSI"
    ]
    assert "secret-value" not in done.stderr + done.stdout


def test_field_errors_are_listed_together_without_their_values(tmp_path: Path) -> None:
    done = cli(tmp_path, "serve", SLACK_WORKERS="0", SHUTDOWN_GRACE_SECONDS="soon")
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert sorted(line.split(":")[1].strip() for line in lines) == [
        "SHUTDOWN_GRACE_SECONDS",
        "SLACK_WORKERS",
    ]
    assert all(line.startswith("config error: ") for line in lines)
    assert "soon" not in done.stderr


def test_the_same_check_for_every_command(tmp_path: Path) -> None:
    for args in (
        ["chat"],
        ["db", "upgrade"],
        ["slack", "role", "--team", "T", "--user", "U", "rep"],
    ):
        done = cli(tmp_path, *args, SLACK_SIGNING_SECRET="s")
        assert done.returncode == 2, (args, done.stderr)
        assert done.stderr.startswith("config error: SLACK_BOT_TOKEN: must be set"), args


def test_good_settings_pass() -> None:
    settings = load_settings(_env_file=None, slack_bot_token="xoxb-1", slack_signing_secret="s")
    assert settings.slack_enabled
    assert load_settings(_env_file=None, slack_bot_token="xoxb-1", slack_app_token="xapp-1")


@pytest.mark.parametrize(
    ("values", "variable"),
    [
        ({"slack_bot_token": "xoxp-1", "slack_signing_secret": "s"}, "SLACK_BOT_TOKEN"),
        ({"slack_app_token": "xapp-1"}, "SLACK_BOT_TOKEN"),
        ({"microsoft_app_password": "p"}, "MICROSOFT_APP_ID"),
        (
            {
                "teams_allow_unauthenticated": True,
                "microsoft_app_id": "a",
                "microsoft_app_password": "p",
            },
            "TEAMS_ALLOW_UNAUTHENTICATED",
        ),
        ({"log_level": "LOUD"}, "LOG_LEVEL"),
        ({"templates_dir": "/nonexistent/templates"}, "TEMPLATES_DIR"),
    ],
)
def test_each_rule_names_its_variable(values: dict[str, object], variable: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(_env_file=None, **values)
    assert [p.variable for p in caught.value.problems] == [variable]
