"""The managers' web dashboard: a team page and a page per rep, behind signed links.

``GET /dashboard`` (the team) and ``GET /dashboard/rep/{rep}`` answer only a link
made by :class:`coaching.dashboard_links.DashboardLinks` (the coach's `dashboard`
command, or ``concession-coach dashboard-link``): none, an altered one or an
expired one gets 401, a link for someone who is no longer a manager 403, and
without DASHBOARD_SECRET the pages answer 503. Every read is scoped to the tenant
the link was signed for, so a manager sees only their own workspace. Pages are Jinja
(``dashboard_*.html.j2``, autoescaped) with SVG charts drawn on the server
(``bot/dashboard_charts.py``): no script, nothing fetched from elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from aiohttp import web
from jinja2 import Environment

from bot.dashboard_charts import histogram, traded_chart
from bot.services import Services, dashboard_links
from bot.settings import Settings
from coaching.analytics import Figures, Period, RepFigures, TeamFigures
from coaching.analytics import histogram as discount_buckets
from coaching.analytics_read import read_team_figures
from coaching.commands import ascii_int
from coaching.dashboard_links import REP_VIEW, TEAM_VIEW, DashboardLinks, Grant
from coaching.records import is_manager
from coaching.stamps import utcnow

Clock = Callable[[], datetime]
PERIODS = (7, 30, 90, 365)  # the days a page can cover (``?days=``; not signed: any view)
DEFAULT_DAYS = 30
HEADERS = {
    # The link in the address bar is the key: never sent on, never cached, never framed.
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
}


def add_dashboard_routes(
    app: web.Application,
    settings: Settings,
    services: web.AppKey[Services],
    pages: Environment,
    clock: Clock = utcnow,
) -> None:
    links = dashboard_links(settings)
    pages.filters["pct"] = _pct
    pages.filters["pts"] = _pts

    def page(name: str, status: int = 200, **context: object) -> web.Response:
        text = pages.get_template(name).render(**context)
        return web.Response(text=text, content_type="text/html", status=status, headers=HEADERS)

    async def opened(
        request: web.Request, rep: str | None
    ) -> tuple[Grant, Services] | web.Response:
        if links is None:
            return page("dashboard_denied.html.j2", 503, reason="off")
        grant = links.check(request.query, clock(), rep=rep)
        if grant is None:
            return page("dashboard_denied.html.j2", 401, reason="link")
        opened_services = request.app[services]
        viewer = await opened_services.store.get_user(grant.tenant, grant.user)
        if viewer is None or not is_manager(viewer):
            return page("dashboard_denied.html.j2", 403, reason="role")
        return grant, opened_services

    async def figures(grant: Grant, opened_services: Services, days: int) -> TeamFigures:
        period = Period.last(days, clock())
        return await read_team_figures(
            opened_services.store, grant.tenant, opened_services.playbook, period
        )

    async def team(request: web.Request) -> web.Response:
        found = await opened(request, None)
        if isinstance(found, web.Response):
            return found
        grant, opened_services = found
        assert links is not None
        days = _days(request)
        team = await figures(grant, opened_services, days)
        return page(
            "dashboard_team.html.j2",
            team=team,
            days=days,
            periods=_period_links(links, grant, PERIODS),
            rep_links={
                r.user_id: _with_days(links.path(grant.for_view(REP_VIEW + r.user_id)), days)
                for r in team.reps
            },
            histogram=histogram(team.histogram(), team.ceiling),
            traded=traded_chart(team.reps),
            needs_coaching=team.needs_coaching(),
        )

    async def rep(request: web.Request) -> web.Response:
        rep_id = request.match_info["rep"]
        found = await opened(request, rep_id)
        if isinstance(found, web.Response):
            return found
        grant, opened_services = found
        assert links is not None
        days = _days(request)
        team = await figures(grant, opened_services, days)
        figures_of = team.rep(rep_id)
        if figures_of is None:  # no moves in this period: an empty page, if such a user exists
            known = await opened_services.store.get_user(grant.tenant, rep_id)
            if known is None:
                return page("dashboard_denied.html.j2", 404, reason="rep")
            figures_of = RepFigures(rep_id, known.display_name or rep_id, Figures(), ())
        return page(
            "dashboard_rep.html.j2",
            team=team,
            rep=figures_of,
            days=days,
            periods=_period_links(links, grant, PERIODS),
            team_link=_with_days(links.path(grant.for_view(TEAM_VIEW)), days),
            histogram=histogram(
                discount_buckets(figures_of.figures.final_discounts, team.ceiling), team.ceiling
            ),
        )

    app.router.add_get("/dashboard", team)
    app.router.add_get("/dashboard/rep/{rep}", rep)


def _days(request: web.Request) -> int:
    days = ascii_int(request.query.get("days", ""))
    return days if days in PERIODS else DEFAULT_DAYS


def _with_days(path: str, days: int) -> str:
    return f"{path}&days={days}"


def _period_links(links: DashboardLinks, grant: Grant, periods: tuple[int, ...]) -> dict[int, str]:
    return {d: _with_days(links.path(grant), d) for d in periods}


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f}%"


def _pts(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}%"
