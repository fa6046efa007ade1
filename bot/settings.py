"""One typed settings object, read from the environment (and an optional .env)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from coaching.playbook import PlaybookError, load_playbook
from storage.database import default_database_url


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = Field(default_factory=default_database_url)
    playbook_path: Path | None = None
    templates_dir: Path | None = None
    retention_days: int | None = Field(default=None, ge=1)
    # Done inbox records (ids kept to dedupe retries and replays) are deleted after this.
    inbox_retention_days: float = Field(default=7.0, gt=0)
    log_level: str = "INFO"

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


def settings_or_exit() -> Settings:
    """The settings for a command that starts the coach; a bad value or playbook stops it
    with one line saying what is wrong."""
    try:
        settings = Settings()
        load_playbook(settings.playbook_path)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise SystemExit(f"configuration error: {first['loc'][0]}: {first['msg']}") from exc
    except PlaybookError as exc:
        raise SystemExit(f"playbook error: {exc}") from exc
    return settings
