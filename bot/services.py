"""Builds the long-lived parts (store, playbook, renderer, coach) from settings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Protocol

from adapters.stores import PlatformStore
from bot.settings import Settings
from coaching.dashboard_command import install_dashboard
from coaching.dashboard_links import DashboardLinks
from coaching.digest import install_digest
from coaching.engine import Coach
from coaching.model import utcnow
from coaching.notify import Notifier
from coaching.playbook import Playbook, load_playbook
from coaching.prep import Clock, install_prep
from coaching.render import Renderer
from coaching.store import JobStore
from storage.memory import MemoryStore

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncEngine


class Store(PlatformStore, JobStore, Protocol):
    """Everything the application persists, scoped by tenant key: the union of the
    narrow interfaces (``coaching/store.py``, ``adapters/stores.py``) that one store
    object (``storage/sql_store.py`` or ``storage/memory.py``) satisfies."""


@dataclass
class Services:
    settings: Settings
    store: Store
    playbook: Playbook
    renderer: Renderer
    coach: Coach
    # The SQL store's engine (None in memory mode), e.g. for slack-sdk's
    # AsyncSQLAlchemyInstallationStore on the same database.
    database: AsyncEngine | None = None
    # Proactive delivery per platform ("slack", "teams", "console"), filled in
    # by each adapter's mount; used by the scheduler for reminders.
    notifiers: dict[str, Notifier] = field(default_factory=dict)


def build_coach(store: Store, settings: Settings) -> Coach:
    """The engine with its playbook and templates; fails fast on a bad playbook."""
    playbook = load_playbook(settings.playbook_path)
    renderer = Renderer(settings.templates_dir)
    return assemble_coach(store, playbook, renderer, dashboard=dashboard_links(settings))


def assemble_coach(
    store: Store,
    playbook: Playbook,
    renderer: Renderer,
    clock: Clock = utcnow,
    *,
    dashboard: DashboardLinks | None = None,
) -> Coach:
    """The engine with its feature modules (prep, call reminders, the dashboard link, the
    weekly digest) plugged in."""
    coach = Coach(store, playbook, renderer)
    install_prep(coach, clock)
    install_dashboard(coach, store, dashboard, clock)
    install_digest(coach, clock)
    return coach


def dashboard_links(settings: Settings) -> DashboardLinks | None:
    """The dashboard's link maker, or None when DASHBOARD_SECRET is unset (dashboard off)."""
    secret = settings.dashboard_secret
    if secret is None or not secret.get_secret_value().strip():
        return None
    ttl = timedelta(hours=settings.dashboard_link_hours)
    return DashboardLinks(secret.get_secret_value().encode(), settings.public_base_url, ttl)


@asynccontextmanager
async def open_store(settings: Settings, *, memory: bool = False) -> AsyncIterator[Store]:
    """The configured store for one application life.

    A broken DATABASE_URL, an unreachable database or an out-of-date
    PostgreSQL schema stops start-up with a message saying what to do.
    """
    if memory:
        yield MemoryStore()
        return
    from storage.errors import StorageError
    from storage.sql_store import open_sql_store

    async with AsyncExitStack() as stack:
        try:
            store = await stack.enter_async_context(open_sql_store(settings.database_url))
        except StorageError as exc:
            raise SystemExit(f"database error: {exc}") from exc
        yield store


@asynccontextmanager
async def open_services(settings: Settings, *, memory: bool = False) -> AsyncIterator[Services]:
    """Open the store for one application life, purge expired excerpts, close it after."""
    from storage.retention import purge_expired

    async with open_store(settings, memory=memory) as store:
        await purge_expired(store, settings.retention_days)
        coach = build_coach(store, settings)
        database = getattr(store, "engine", None)
        yield Services(settings, store, coach.playbook, coach.renderer, coach, database)
