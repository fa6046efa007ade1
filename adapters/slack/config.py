"""What the Slack adapter reads from the application's settings, secrets unwrapped once.

Typed against a Protocol so the adapter does not import the composition root.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from pydantic import SecretStr

from coaching.approvals import ApprovalTiming


class SlackSettings(Protocol):
    slack_bot_token: SecretStr | None
    slack_signing_secret: SecretStr | None
    slack_app_token: SecretStr | None
    slack_api_url: str
    slack_client_id: str | None
    slack_client_secret: SecretStr | None
    deal_desk_channel: str | None
    slack_inbox_lease_seconds: float
    slack_workers: int
    slack_ack_budget_seconds: float


def _secret(value: SecretStr | None) -> str | None:
    return value.get_secret_value() if value is not None else None


@dataclass(frozen=True, slots=True)
class SlackConfig:
    api_url: str = "https://slack.com/api/"
    deal_desk_channel: str | None = None
    client_id: str | None = None
    signing_secret: str | None = field(default=None, repr=False)
    bot_token: str | None = field(default=None, repr=False)
    app_token: str | None = field(default=None, repr=False)
    client_secret: str | None = field(default=None, repr=False)
    inbox_lease_seconds: float = 120.0
    workers: int = 4  # jobs (turns) run at once; the rest wait, already in the inbox
    ack_budget_seconds: float = 2.0  # a slash command's turn done by then answers in the ack
    approvals: ApprovalTiming = field(default_factory=ApprovalTiming)  # reminder, escalation

    @property
    def oauth(self) -> bool:
        """Many workspaces install through /slack/install; tokens live in the database.

        OAuth ``state`` is kept in the database too (one use, any replica), so
        SLACK_STATE_SECRET is not needed.
        """
        return bool(self.client_id and self.client_secret)

    @property
    def form_secret(self) -> str:
        """Signs what the coach's modals carry (the signing secret; Socket Mode may have
        none, so then the app-level token): a secret Slack and the coach share."""
        return self.signing_secret or self.app_token or self.client_secret or self.bot_token or ""

    @classmethod
    def from_settings(cls, settings: SlackSettings) -> SlackConfig:
        api_url = settings.slack_api_url
        return cls(
            api_url=api_url if api_url.endswith("/") else api_url + "/",
            deal_desk_channel=settings.deal_desk_channel or None,
            client_id=settings.slack_client_id or None,
            signing_secret=_secret(settings.slack_signing_secret),
            bot_token=_secret(settings.slack_bot_token),
            app_token=_secret(settings.slack_app_token),
            client_secret=_secret(settings.slack_client_secret),
            inbox_lease_seconds=getattr(settings, "slack_inbox_lease_seconds", 120.0),
            workers=getattr(settings, "slack_workers", 4),
            ack_budget_seconds=getattr(settings, "slack_ack_budget_seconds", 2.0),
            approvals=ApprovalTiming.of_settings(settings),
        )
