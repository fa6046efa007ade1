"""Workspace installations (OAuth) kept in the project's own database.

slack-sdk 3.47 ships async SQLAlchemy stores for both installations and OAuth
``state``; they share the coach's DATABASE_URL through one async engine, so
every replica sees every workspace and a state is usable exactly once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import StaticPool

from adapters.slack.config import SlackConfig
from adapters.slack.manifest import BOT_SCOPES

log = logging.getLogger("concession_coach.slack")
INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
STATE_SECONDS = 600


@dataclass(frozen=True, slots=True)
class Installations:
    engine: AsyncEngine
    store: AsyncSQLAlchemyInstallationStore
    settings: AsyncOAuthSettings
    owns_engine: bool

    async def close(self) -> None:
        if self.owns_engine:
            await self.engine.dispose()


async def open_installations(config: SlackConfig, engine: AsyncEngine | None) -> Installations:
    """Create the tables if missing (idempotent) and build bolt's OAuth settings.

    ``engine`` is the SQL store's own when there is one, so installations live
    in the same database (and PostgreSQL schema) as everything else.
    """
    assert config.client_id and config.client_secret
    owns_engine = engine is None
    if engine is None:  # an in-memory store: keep installations in memory too
        log.warning("Slack installations are kept in memory: the store has no database")
        engine = create_async_engine("sqlite+aiosqlite://", poolclass=StaticPool)
    store = AsyncSQLAlchemyInstallationStore(client_id=config.client_id, engine=engine)
    states = AsyncSQLAlchemyOAuthStateStore(expiration_seconds=STATE_SECONDS, engine=engine)
    await store.create_tables()
    await states.create_tables()
    settings = AsyncOAuthSettings(
        client_id=config.client_id,
        client_secret=config.client_secret,
        scopes=list(BOT_SCOPES),
        installation_store=store,
        state_store=states,
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
    )
    return Installations(engine, store, settings, owns_engine)
