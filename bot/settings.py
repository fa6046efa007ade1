"""One typed settings object, read from the environment (and an optional .env).

``load_settings`` is how the command line reads it: every problem, each field's and
each rule between fields (the same rules for Slack and Teams), comes back at once
as one ``ConfigError`` whose lines each name the environment variable to fix.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Literal, NoReturn

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from coaching.playbook import PlaybookError, load_playbook
from storage.database import default_database_url

MAX_SERVE_WORKERS = 64


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = Field(default_factory=default_database_url)
    playbook_path: Path | None = None
    templates_dir: Path | None = None
    retention_days: int | None = Field(default=None, ge=1)
    # Done inbox records (ids kept to dedupe retries and replays) are deleted after this.
    inbox_retention_days: float = Field(default=7.0, gt=0)
    log_level: str = "INFO"
    # "json": one JSON object per line (for log shippers); "text": for a person at a terminal.
    log_format: Literal["json", "text"] = "json"
    # On SIGTERM: stop accepting, let running turns finish for up to this long, then close.
    shutdown_grace_seconds: float = Field(default=25.0, ge=0)
    # /readyz gives the database this long to answer its cheap query.
    readiness_timeout_seconds: float = Field(default=2.0, gt=0)
    # `serve` runs this many serving processes on one port (one per core; bot/workers.py).
    serve_workers: int = Field(default=1, ge=1, le=MAX_SERVE_WORKERS)
    # A pending approval reminds its approver after this many minutes and escalates (to
    # the deal desk, else the approver's own manager) after this many; 0 switches one off.
    approval_remind_after_minutes: float = Field(default=120.0, ge=0)
    approval_escalate_after_minutes: float = Field(default=480.0, ge=0)

    # The managers' web dashboard: off without a secret (links are signed with it).
    dashboard_secret: SecretStr | None = None
    dashboard_link_hours: float = Field(default=24.0, gt=0)
    # Where the coach is reached from outside; a dashboard link starts with it.
    public_base_url: str = "http://127.0.0.1:3978"

    # Slack
    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"
    slack_client_id: str | None = None
    slack_client_secret: SecretStr | None = None
    slack_state_secret: SecretStr | None = None
    deal_desk_channel: str | None = None
    # How long a process may work on an inbox event before another replica's start-up
    # recovery may take it over (the process died); longer than any job with its retries.
    slack_inbox_lease_seconds: float = Field(default=120.0, gt=0)
    # How many Slack jobs (coaching turns) run at once; the rest wait, already recorded in
    # the inbox and acknowledged. Small keeps the acks fast: each new request's inbox
    # record waits only for the writes of the turns running now.
    slack_workers: int = Field(default=4, ge=1)
    # A slash command is answered in its ack when its turn is done within this many
    # seconds (Slack wants the ack within 3 s), its dedupe record committed with the
    # turn; past it the ack goes out empty and the reply through response_url. 0: always.
    slack_ack_budget_seconds: float = Field(default=2.0, ge=0)

    # Microsoft Teams
    microsoft_app_id: str | None = None
    microsoft_app_password: SecretStr | None = None
    microsoft_app_tenant_id: str | None = None
    microsoft_app_type: str = "MultiTenant"
    teams_allow_unauthenticated: bool = False
    # Development only: accept the Bot Framework Emulator's tokens for a loopback serviceUrl.
    teams_allow_emulator: bool = False
    # As SLACK_INBOX_LEASE_SECONDS, for Teams activities.
    teams_inbox_lease_seconds: float = Field(default=120.0, gt=0)
    teams_deal_desk_channel: str | None = None  # a channel id for unaddressed alerts
    # Where the Bot Connector's signing keys are published (sovereign clouds, test doubles).
    teams_openid_metadata_url: str | None = None

    @property
    def slack_enabled(self) -> bool:
        oauth = bool(self.slack_client_id and self.slack_client_secret)
        return bool(self.slack_signing_secret and (self.slack_bot_token or oauth))

    @property
    def teams_enabled(self) -> bool:
        return bool(self.microsoft_app_id) or self.teams_allow_unauthenticated

    @property
    def platform_variables(self) -> str:
        return (
            "Slack: SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (SLACK_APP_TOKEN for Socket Mode); "
            "Teams: MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD"
        )

    def problems(self) -> list[ConfigProblem]:
        """Rules between fields, all of them, in the same words for Slack and Teams."""
        return [*_general_problems(self), *_slack_problems(self), *_teams_problems(self)]


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
TEAMS_APP_TYPES = {"multitenant": "MultiTenant", "singletenant": "SingleTenant"}
TEAMS_APP_TYPES["userassignedmsi"] = "UserAssignedMSI"


class ConfigProblem:
    """One thing to fix, named by its environment variable."""

    __slots__ = ("message", "variable")

    def __init__(self, variable: str, message: str) -> None:
        self.variable = variable
        self.message = message

    def __str__(self) -> str:
        return f"{self.variable}: {self.message}"

    def __repr__(self) -> str:
        return f"ConfigProblem({self.variable!r}, {self.message!r})"


class ConfigError(Exception):
    """Every problem found in the settings; ``str`` gives one line per problem."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems

    def lines(self) -> list[str]:
        return [f"config error: {p}" for p in self.problems]


def load_settings(**values: Any) -> Settings:
    """The settings from the environment (and .env), or a ConfigError naming every problem."""
    try:
        settings = Settings(**values)
    except ValidationError as exc:
        raise ConfigError([_field_problem(error) for error in exc.errors()]) from None
    problems = settings.problems()
    if problems:
        raise ConfigError(problems)
    return settings


def _field_problem(error: Any) -> ConfigProblem:
    # Never the input itself: it may be a secret.
    loc = error.get("loc") or ("settings",)
    return ConfigProblem(str(loc[0]).upper(), str(error.get("msg", "is not valid")))


def _set(value: object) -> bool:
    if isinstance(value, SecretStr):
        return bool(value.get_secret_value().strip())
    return bool(value.strip()) if isinstance(value, str) else value is not None


def _general_problems(s: Settings) -> list[ConfigProblem]:
    found = []
    if s.log_level.strip().upper() not in LOG_LEVELS:
        found.append(ConfigProblem("LOG_LEVEL", f"must be one of {', '.join(LOG_LEVELS)}"))
    if not s.public_base_url.startswith(("https://", "http://")):
        found.append(ConfigProblem("PUBLIC_BASE_URL", "must be an http(s):// URL"))
    if _set(s.dashboard_secret) and s.dashboard_secret is not None:
        if len(s.dashboard_secret.get_secret_value()) < 16:
            found.append(ConfigProblem("DASHBOARD_SECRET", "must be at least 16 characters"))
    if s.templates_dir is not None and not s.templates_dir.is_dir():
        found.append(ConfigProblem("TEMPLATES_DIR", "must be an existing directory"))
    return found


def _slack_problems(s: Settings) -> list[ConfigProblem]:
    found = []
    bot, secret, app = (
        _set(s.slack_bot_token),
        _set(s.slack_signing_secret),
        _set(s.slack_app_token),
    )
    client_id, client_secret = _set(s.slack_client_id), _set(s.slack_client_secret)
    if bot and not secret and not app:
        found.append(
            ConfigProblem(
                "SLACK_SIGNING_SECRET",
                "must be set when SLACK_BOT_TOKEN is set (or SLACK_APP_TOKEN, for Socket Mode)",
            )
        )
    if client_id and not client_secret:
        found.append(
            ConfigProblem("SLACK_CLIENT_SECRET", "must be set when SLACK_CLIENT_ID is set")
        )
    if client_secret and not client_id:
        found.append(
            ConfigProblem("SLACK_CLIENT_ID", "must be set when SLACK_CLIENT_SECRET is set")
        )
    if client_id and client_secret and not secret:
        found.append(
            ConfigProblem(
                "SLACK_SIGNING_SECRET", "must be set when SLACK_CLIENT_ID is set (OAuth installs)"
            )
        )
    if secret and not bot and not client_id and not client_secret:
        found.append(
            ConfigProblem(
                "SLACK_BOT_TOKEN",
                "must be set when SLACK_SIGNING_SECRET is set "
                "(or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET, for OAuth installs)",
            )
        )
    if app and not bot:
        found.append(
            ConfigProblem(
                "SLACK_BOT_TOKEN", "must be set when SLACK_APP_TOKEN is set (Socket Mode)"
            )
        )
    for name, value, prefix in (
        ("SLACK_BOT_TOKEN", s.slack_bot_token, "xoxb-"),
        ("SLACK_APP_TOKEN", s.slack_app_token, "xapp-"),
    ):
        if _set(value) and value is not None and not value.get_secret_value().startswith(prefix):
            found.append(ConfigProblem(name, f"must start with {prefix}"))
    if not s.slack_api_url.startswith(("https://", "http://")):
        found.append(ConfigProblem("SLACK_API_URL", "must be an http(s):// URL"))
    return found


def _teams_problems(s: Settings) -> list[ConfigProblem]:
    """The rules TeamsConfig.from_settings enforces at mount, checked before start-up."""
    found = []
    app_id, password = _set(s.microsoft_app_id), _set(s.microsoft_app_password)
    app_type = TEAMS_APP_TYPES.get(s.microsoft_app_type.strip().casefold())
    if app_type is None:
        found.append(
            ConfigProblem(
                "MICROSOFT_APP_TYPE", "must be MultiTenant, SingleTenant or UserAssignedMSI"
            )
        )
    if s.teams_allow_unauthenticated and app_id:
        found.append(
            ConfigProblem(
                "TEAMS_ALLOW_UNAUTHENTICATED",
                "is only for local testing without MICROSOFT_APP_ID; unset one of them",
            )
        )
    if app_id and app_type in ("SingleTenant", "UserAssignedMSI"):
        if not _set(s.microsoft_app_tenant_id):
            found.append(
                ConfigProblem(
                    "MICROSOFT_APP_TENANT_ID", f"must be set when MICROSOFT_APP_TYPE is {app_type}"
                )
            )
    if app_id and app_type != "UserAssignedMSI" and not password:
        found.append(
            ConfigProblem("MICROSOFT_APP_PASSWORD", "must be set when MICROSOFT_APP_ID is set")
        )
    if password and not app_id:
        found.append(
            ConfigProblem("MICROSOFT_APP_ID", "must be set when MICROSOFT_APP_PASSWORD is set")
        )
    return found


def settings_or_exit() -> Settings:
    """The settings for a command that starts the coach, or every problem with them (and
    with the playbook) on stderr, one line each, and exit 2."""
    try:
        settings = load_settings()
    except ConfigError as exc:
        config_exit(exc)
    try:
        load_playbook(settings.playbook_path)
    except PlaybookError as exc:
        raise SystemExit(f"playbook error: {exc}") from exc
    return settings


def config_exit(exc: ConfigError) -> NoReturn:
    for line in exc.lines():
        print(line, file=sys.stderr)
    raise SystemExit(2)
