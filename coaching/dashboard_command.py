"""`dashboard`: a manager gets a signed link to the team's web dashboard, privately.

Only a user whose role is ``manager`` gets one; a rep is told who can. The reply
is the sender's own (a DM, an ephemeral slash-command answer, or the personal chat
the router sends a channel mention's answer to), never a channel's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from coaching.commands import Command
from coaching.dashboard_links import DashboardLinks
from coaching.engine import Coach, Turn
from coaching.messages import Reply
from coaching.stamps import utcnow
from coaching.store import UserStore

Clock = Callable[[], datetime]


def install_dashboard(
    coach: Coach, users: UserStore, links: DashboardLinks | None, clock: Clock = utcnow
) -> None:
    """Register `dashboard`; ``links`` None: the dashboard is off (no DASHBOARD_SECRET)."""

    async def dashboard(turn: Turn, command: Command) -> Reply:
        user = await users.get_user(turn.tenant, turn.msg.user)
        if user is None or user.role != "manager":
            return _reply(coach, "dashboard_refused")
        if links is None:
            return _reply(coach, "dashboard_off")
        grant = links.grant(turn.tenant, user.user_id, clock())
        hours = round(links.ttl.total_seconds() / 3600)
        return _reply(coach, "dashboard_link", url=links.url(grant), hours=hours)

    coach.extend("dashboard", dashboard)


def _reply(coach: Coach, template: str, **context: object) -> Reply:
    return Reply(kind=template, sections=[coach.renderer.render(template, **context)])
