"""Workspace-wide events: the App Home tab, and forgetting a workspace that leaves."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.home import DealRow, ManagerPanel, home_view
from adapters.slack.translate import tenant_key
from adapters.slack.users import Directory
from adapters.stores import PlatformStore
from coaching.ledger_view import summary_health
from coaching.manager_home import manager_home, render_manager_home
from coaching.playbook import Playbook
from coaching.records import is_manager
from coaching.render import Renderer
from coaching.stamps import utcnow

log = logging.getLogger("concession_coach.slack")
MAX_HOME_DEALS = 40
MAX_HOME_ALERTS = 25


class WorkspaceJobs:
    def __init__(
        self,
        store: PlatformStore,
        directory: Directory,
        installations: AsyncInstallationStore | None,
        playbook: Playbook,
        renderer: Renderer,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._store = store
        self._directory = directory
        self._installations = installations
        self._playbook = playbook
        self._renderer = renderer
        self._clock = clock

    async def home(self, client: AsyncWebClient, body: dict[str, Any]) -> None:
        event = body.get("event") or {}
        user_id = str(event.get("user") or "")
        if event.get("tab") != "home" or not user_id:
            return
        team = str(body.get("team_id") or "")
        tenant = tenant_key(team)
        user = await self._directory.ensure(client, team, user_id)
        rows = []
        for deal in await self._store.home_deals(tenant, user_id, MAX_HOME_DEALS):
            health = await summary_health(self._store, tenant, deal)
            rows.append(DealRow(deal.name, deal.phase, health))
        alerts = panel = None
        if is_manager(user):
            alerts = await self._store.list_alerts(tenant, limit=MAX_HOME_ALERTS)
            home = await manager_home(self._store, tenant, self._playbook, self._clock())
            panel = ManagerPanel(home, render_manager_home(home, self._renderer))
        await client.views_publish(user_id=user_id, view=home_view(rows, alerts, panel))

    async def uninstalled(self, body: dict[str, Any]) -> None:
        """app_uninstalled or tokens_revoked, in either order: drop tokens and data."""
        event = body.get("event") or {}
        team = body.get("team_id")
        enterprise = body.get("enterprise_id")
        if not team:
            return
        tokens = event.get("tokens") or {}
        if event.get("type") == "tokens_revoked" and not tokens.get("bot"):
            for user_id in tokens.get("oauth") or []:  # only people's tokens went away
                if self._installations is not None:
                    await self._installations.async_delete_installation(
                        enterprise_id=enterprise, team_id=team, user_id=user_id
                    )
            return
        if self._installations is not None:
            await self._installations.async_delete_all(enterprise_id=enterprise, team_id=team)
        await self._store.delete_tenant(tenant_key(str(team)))
        log.info("workspace %s removed the app: its tokens and data were deleted", team)
