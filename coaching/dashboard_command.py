"""`dashboard`: a manager gets the team's figures and a signed link to the web dashboard,
privately.

Only a user whose role is ``manager`` gets them; a rep is told who can. The reply is
the sender's own (a DM, an ephemeral slash-command answer, or the Teams personal chat
the router sends a channel mention's answer to), never a channel's. It carries the
team's last 30 days and who most needs coaching (what Slack's App Home shows a
manager, for platforms without one), then the link.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from coaching.analytics_read import AnalyticsStore
from coaching.commands import Command
from coaching.dashboard_links import DashboardLinks
from coaching.engine import Coach, Turn
from coaching.manager_home import manager_home, render_manager_home
from coaching.messages import Reply
from coaching.records import is_manager
from coaching.stamps import utcnow

Clock = Callable[[], datetime]


def install_dashboard(
    coach: Coach, store: AnalyticsStore, links: DashboardLinks | None, clock: Clock = utcnow
) -> None:
    """Register `dashboard`; ``links`` None: the dashboard is off (no DASHBOARD_SECRET)."""

    async def dashboard(turn: Turn, command: Command) -> Reply:
        render = coach.renderer.render
        user = await store.get_user(turn.tenant, turn.msg.user)
        if user is None or not is_manager(user):
            return Reply(kind="dashboard_refused", sections=[render("dashboard_refused")])
        now = clock()
        home = await manager_home(store, turn.tenant, coach.playbook, now)
        words = render_manager_home(home, coach.renderer)
        if links is None:
            link = render("dashboard_off")
        else:
            url = links.url(links.grant(turn.tenant, user.user_id, now))
            link = render("dashboard_link", url=url, hours=round(links.ttl.total_seconds() / 3600))
        kind = "dashboard_link" if links is not None else "dashboard_off"
        return Reply(kind=kind, sections=[words.figures[0], words.coaching, link])

    coach.extend("dashboard", dashboard)
