"""The Teams part of the settings, checked once at start."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Protocol

from pydantic import SecretStr

from coaching.approvals import ApprovalTiming

log = logging.getLogger("concession_coach.teams")
APP_TYPES = {"multitenant": "MultiTenant", "singletenant": "SingleTenant"}
APP_TYPES["userassignedmsi"] = "UserAssignedMSI"


class TeamsSettings(Protocol):
    microsoft_app_id: str | None
    microsoft_app_password: SecretStr | None
    microsoft_app_tenant_id: str | None
    microsoft_app_type: str
    teams_allow_unauthenticated: bool
    teams_deal_desk_channel: str | None
    teams_openid_metadata_url: str | None
    teams_inbox_lease_seconds: float
    teams_allow_emulator: bool


@dataclass(frozen=True, slots=True)
class TeamsConfig:
    app_id: str
    app_password: str
    tenant_id: str
    app_type: str  # "MultiTenant", "SingleTenant" or "UserAssignedMSI"
    allow_unauthenticated: bool = False
    deal_desk_channel: str | None = None  # a channel id, "19:...@thread.tacv2"
    # Where the Bot Connector's signing keys are published; None is Azure's public cloud.
    openid_metadata_url: str | None = None
    # How long a process may work on an activity before another replica's start-up
    # recovery may take it over (the process died); longer than a turn with its retries.
    inbox_lease_seconds: float = 120.0
    # Tokens from the Bot Framework Emulator's issuers carry no serviceurl claim; they are
    # accepted only when this is on (development) and the activity's serviceUrl is loopback.
    allow_emulator: bool = False
    approvals: ApprovalTiming = field(default_factory=ApprovalTiming)  # reminder, escalation

    @property
    def authenticated(self) -> bool:
        return bool(self.app_id)

    @property
    def served(self) -> bool:
        """With no app id the endpoint exists only when unauthenticated use was asked for."""
        return self.authenticated or self.allow_unauthenticated

    @classmethod
    def from_settings(cls, settings: TeamsSettings) -> TeamsConfig:
        """Refuses combinations that would silently weaken or break authentication."""
        app_id = (settings.microsoft_app_id or "").strip()
        password = settings.microsoft_app_password
        app_type = APP_TYPES.get(settings.microsoft_app_type.strip().casefold())
        if app_type is None:
            raise ValueError(
                "MICROSOFT_APP_TYPE must be MultiTenant, SingleTenant or UserAssignedMSI"
            )
        if settings.teams_allow_unauthenticated and app_id:
            raise ValueError(
                "TEAMS_ALLOW_UNAUTHENTICATED=true is only for local testing without "
                "MICROSOFT_APP_ID; unset one of them"
            )
        tenant = (settings.microsoft_app_tenant_id or "").strip()
        if app_id and app_type != "MultiTenant" and not tenant:
            raise ValueError(f"MICROSOFT_APP_TYPE={app_type} needs MICROSOFT_APP_TENANT_ID")
        if app_id and app_type != "UserAssignedMSI" and password is None:
            raise ValueError("MICROSOFT_APP_ID needs MICROSOFT_APP_PASSWORD")
        return cls(
            app_id=app_id,
            app_password=password.get_secret_value() if password else "",
            tenant_id=tenant,
            app_type=app_type,
            allow_unauthenticated=settings.teams_allow_unauthenticated,
            deal_desk_channel=settings.teams_deal_desk_channel or None,
            openid_metadata_url=settings.teams_openid_metadata_url or None,
            inbox_lease_seconds=settings.teams_inbox_lease_seconds,
            allow_emulator=getattr(settings, "teams_allow_emulator", False),
            approvals=ApprovalTiming.of_settings(settings),
        )
