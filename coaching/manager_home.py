"""What a coach manager's home shows: the team's figures for the last 30 and 90 days, the
reps whose habits most need coaching (with the evidence) and the approvals still open.

One read of the longest period serves every period (the figures filter it), so the home
costs four bounded queries however many periods it shows. Platform-free: each adapter
lays the rendered sections out its own way (Slack: App Home blocks).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from coaching.analytics import Period, RepFigures, TeamFigures, team_figures_over
from coaching.analytics_read import AnalyticsStore, read_activity
from coaching.playbook import Playbook
from coaching.records import Alert
from coaching.render import Renderer

HOME_PERIODS = (30, 90)
MAX_PENDING = 10


@dataclass(frozen=True, slots=True)
class ManagerHome:
    periods: tuple[TeamFigures, ...]  # one per HOME_PERIODS entry, the shortest first
    needs_coaching: tuple[RepFigures, ...]  # over the longest period
    pending: tuple[Alert, ...]  # open approvals, the oldest first


@dataclass(frozen=True, slots=True)
class ManagerSections:
    """The home's words, rendered from the templates (Markdown)."""

    figures: tuple[str, ...]  # one per period
    coaching: str
    pending_title: str


async def manager_home(
    store: AnalyticsStore, tenant: str, playbook: Playbook, now: datetime
) -> ManagerHome:
    longest = Period.last(max(HOME_PERIODS), now)
    activity = await read_activity(store, tenant, longest)
    asked = [Period.last(days, now) for days in HOME_PERIODS]
    periods = tuple(team_figures_over(tenant, activity, playbook, asked))
    pending = sorted((a for a in activity.alerts if a.status == "open"), key=lambda a: a.created_at)
    return ManagerHome(periods, tuple(periods[-1].needs_coaching()), tuple(pending[:MAX_PENDING]))


def render_manager_home(home: ManagerHome, renderer: Renderer) -> ManagerSections:
    figures = tuple(
        renderer.render("manager_home_figures", team=team, days=team.period.days)
        for team in home.periods
    )
    last = home.periods[-1]
    coaching = renderer.render(
        "manager_home_coaching",
        reps=home.needs_coaching,
        days=last.period.days,
        gives=last.figures.gives,
    )
    title = renderer.render("manager_home_pending", count=len(home.pending))
    return ManagerSections(figures, coaching, title)
