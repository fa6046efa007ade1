"""`.env.example`, generated from the Settings class so it lists every variable.

Regenerate after adding a setting: ``python -m bot.env_example > .env.example``
(tests/ops/test_deployment.py fails while the two differ, or a setting has no words here).
"""

from __future__ import annotations

import sys

from pydantic import SecretStr

from bot.settings import Settings

HEADER = """\
# Concession Coach settings: copy to .env (or set them in the environment) and fill in.
# Every variable the coach reads is listed; commented-out ones show their default.
# Generated from bot/settings.py by: python -m bot.env_example > .env.example
"""

SECTIONS: dict[str, tuple[str, ...]] = {
    "General": (
        "database_url",
        "playbook_path",
        "templates_dir",
        "retention_days",
        "inbox_retention_days",
        "log_level",
        "log_format",
        "shutdown_grace_seconds",
        "readiness_timeout_seconds",
        "serve_workers",
        "approval_remind_after_minutes",
        "approval_escalate_after_minutes",
    ),
    "Managers' dashboard": (
        "dashboard_secret",
        "dashboard_link_hours",
        "public_base_url",
    ),
    "Slack": (
        "slack_bot_token",
        "slack_signing_secret",
        "slack_app_token",
        "slack_api_url",
        "slack_client_id",
        "slack_client_secret",
        "slack_state_secret",
        "deal_desk_channel",
        "slack_inbox_lease_seconds",
        "slack_workers",
        "slack_ack_budget_seconds",
    ),
    "Microsoft Teams": (
        "microsoft_app_id",
        "microsoft_app_password",
        "microsoft_app_tenant_id",
        "microsoft_app_type",
        "teams_allow_unauthenticated",
        "teams_allow_emulator",
        "teams_inbox_lease_seconds",
        "teams_deal_desk_channel",
        "teams_openid_metadata_url",
    ),
}

WORDS: dict[str, str] = {
    "database_url": "SQLite file in your data directory by default; PostgreSQL for replicas, "
    "e.g. postgresql+asyncpg://coach:secret@db:5432/coach",
    "playbook_path": "your own playbook YAML (default: the one shipped in coaching/)",
    "templates_dir": "a folder whose templates replace ours (replies *.md.j2, privacy.html.j2, "
    "terms.html.j2)",
    "retention_days": "blank message excerpts older than this many days (default: keep)",
    "inbox_retention_days": "delete handled inbox records (ids kept to dedupe) after this",
    "log_level": "DEBUG, INFO, WARNING, ERROR or CRITICAL",
    "log_format": "json (one object per line) or text",
    "shutdown_grace_seconds": "on SIGTERM, how long running turns may take to finish",
    "readiness_timeout_seconds": "how long /readyz waits for the database",
    "serve_workers": "serving processes on one port, e.g. one per core (serve --workers); "
    "not with Socket Mode",
    "approval_remind_after_minutes": "remind the approver of a pending approval after this; "
    "0: never",
    "approval_escalate_after_minutes": "escalate a pending approval to the deal desk (else the "
    "approver's manager) after this; 0: never",
    "dashboard_secret": "signs the dashboard's links (16+ random characters); unset: the "
    "dashboard is off (its pages answer 503, `dashboard` says so)",
    "dashboard_link_hours": "how long a dashboard link works",
    "public_base_url": "the coach's address as managers reach it; dashboard links start with it",
    "slack_bot_token": "xoxb-... (one workspace); with SLACK_SIGNING_SECRET",
    "slack_signing_secret": "from the Slack app's Basic Information page",
    "slack_app_token": "xapp-... for Socket Mode (no public URL needed)",
    "slack_api_url": "the Slack Web API (tests point it at a fake)",
    "slack_client_id": "OAuth installs to many workspaces: with SLACK_CLIENT_SECRET",
    "slack_client_secret": "OAuth installs: the app's client secret",
    "slack_state_secret": "not needed: OAuth state is kept in the database",
    "deal_desk_channel": "a Slack channel id for alerts no manager was named in",
    "slack_inbox_lease_seconds": "how long a replica may work on an event before another "
    "replica's recovery takes it over",
    "slack_workers": "Slack turns run at once per process",
    "slack_ack_budget_seconds": "a slash command done within this answers in its ack "
    "(else through response_url); 0: always through response_url",
    "microsoft_app_id": "the Azure Bot's Microsoft App ID (a GUID)",
    "microsoft_app_password": "its client secret (not for UserAssignedMSI)",
    "microsoft_app_tenant_id": "needed for SingleTenant and UserAssignedMSI",
    "microsoft_app_type": "MultiTenant, SingleTenant or UserAssignedMSI",
    "teams_allow_unauthenticated": "local testing only, without MICROSOFT_APP_ID",
    "teams_allow_emulator": "development only: Bot Framework Emulator tokens, loopback only",
    "teams_inbox_lease_seconds": "as SLACK_INBOX_LEASE_SECONDS, for Teams activities",
    "teams_deal_desk_channel": "a Teams channel id for unaddressed alerts",
    "teams_openid_metadata_url": "where the Bot Connector's signing keys are published "
    "(sovereign clouds)",
}


def _default(name: str) -> str:
    field = Settings.model_fields[name]
    if field.default_factory is not None or field.default is None:
        return ""
    value = field.default
    if isinstance(value, SecretStr):
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def render_env_example() -> str:
    listed = [name for names in SECTIONS.values() for name in names]
    missing = sorted(set(Settings.model_fields) - set(listed))
    if missing:
        raise KeyError(f"settings missing from bot/env_example.py SECTIONS: {missing}")
    out = [HEADER]
    for section, names in SECTIONS.items():
        out.append(f"\n# -- {section}\n")
        for name in names:
            out.append(f"# {WORDS[name]}\n")
            out.append(f"# {name.upper()}={_default(name)}\n")
    return "".join(out)


if __name__ == "__main__":
    sys.stdout.write(render_env_example())
