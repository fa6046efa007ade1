"""A period's activity read from the store for :mod:`coaching.analytics`, within bounds.

Four queries whatever the team's size: the deals moved on and their ledgers (at
most ``MAX_DEALS`` and ``MAX_ENTRIES``), the period's alerts, the users. Past a
bound the figures cover the latest deals and say so (``TeamFigures.truncated``).
"""

from __future__ import annotations

from typing import Protocol

from coaching.analytics import Activity, Period, TeamFigures, team_figures
from coaching.playbook import Playbook
from coaching.store import AnalyticsQueries, UserStore

MAX_DEALS = 500
MAX_ENTRIES = 50_000
MAX_ALERTS = 2_000


class AnalyticsStore(AnalyticsQueries, UserStore, Protocol):
    """What the figures are read from."""


async def read_activity(store: AnalyticsStore, tenant: str, period: Period) -> Activity:
    ledgers = await store.active_ledgers(tenant, period.since, period.until, MAX_DEALS, MAX_ENTRIES)
    alerts = await store.alerts_between(tenant, period.since, period.until, MAX_ALERTS + 1)
    users = await store.list_users(tenant)
    return Activity(
        ledgers.deals,
        ledgers.entries,
        alerts[:MAX_ALERTS],
        users,
        truncated=ledgers.truncated or len(alerts) > MAX_ALERTS,
    )


async def read_team_figures(
    store: AnalyticsStore, tenant: str, playbook: Playbook, period: Period
) -> TeamFigures:
    """The team's figures for ``period``, read and computed."""
    return team_figures(tenant, await read_activity(store, tenant, period), playbook, period)
