"""People the coach has met, with names for alert messages (users.info once per person)."""

from __future__ import annotations

import logging

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.translate import tenant_key
from coaching.records import User
from coaching.store import UserStore

log = logging.getLogger("concession_coach.slack")


class Directory:
    def __init__(self, store: UserStore) -> None:
        self._store = store

    async def ensure(self, client: AsyncWebClient, team: str, user_id: str) -> User:
        """The stored user, created from users.info the first time (role defaults to rep)."""
        tenant = tenant_key(team)
        known = await self._store.get_user(tenant, user_id)
        if known is not None:
            return known
        user = User(tenant=tenant, user_id=user_id)
        try:
            info = (await client.users_info(user=user_id)).get("user") or {}
        except SlackApiError as exc:
            log.warning("users.info failed: %s", exc.response.get("error", "unknown error"))
            return user
        profile = info.get("profile") or {}
        user.display_name = str(
            profile.get("display_name") or info.get("real_name") or info.get("name") or ""
        )
        user.tz = info.get("tz") or None
        await self._store.upsert_user(user)
        return user
