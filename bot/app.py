"""The one application factory: routes, typed app keys, services opened for the app's life.

Each platform adds itself with one ``mount(app, settings, SERVICES)`` call; the
store is open before any platform starts and closed after the last one stops.
The Coach's ``handle`` is wrapped here (bot.observability.metered) so every turn,
from any platform, is counted and carries a turn id; the operator's routes and
the shutdown drain are in bot.web.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator

from aiohttp import web

from bot.observability import IN_FLIGHT, METRICS, InFlight, Metrics, metered
from bot.scheduler import scheduler_context
from bot.services import Services, open_services
from bot.settings import Settings
from bot.web import add_routes, drain_context

SETTINGS = web.AppKey("settings", Settings)
SERVICES = web.AppKey("services", Services)


def create_app(
    settings: Settings, services: Services | None = None, *, socket_mode: bool = False
) -> web.Application:
    """``services`` given (tests, an embedding host) are used as they are and not closed."""
    app = web.Application()
    app[SETTINGS] = settings
    app[METRICS] = Metrics()
    app[IN_FLIGHT] = InFlight()
    app.cleanup_ctx.append(functools.partial(_services, settings=settings, given=services))
    add_routes(app, settings, SERVICES)
    if settings.slack_enabled or (socket_mode and settings.slack_app_token):
        from adapters.slack.mount import mount as mount_slack

        mount_slack(app, settings, SERVICES, socket_mode=socket_mode)
    if settings.teams_enabled:
        from adapters.teams.mount import mount as mount_teams

        mount_teams(app, settings, SERVICES)
    # Last, so every platform's notifier is registered before the worker starts.
    app.cleanup_ctx.append(scheduler_context(SERVICES))
    # The very last: its exit runs first on shutdown, while everything it waits for is open.
    app.cleanup_ctx.append(drain_context(settings.shutdown_grace_seconds))
    return app


async def _services(
    app: web.Application, *, settings: Settings, given: Services | None
) -> AsyncIterator[None]:
    if given is not None:
        _meter(app, given)
        app[SERVICES] = given
        yield
        return
    async with open_services(settings) as services:
        _meter(app, services)
        app[SERVICES] = services
        yield


def _meter(app: web.Application, services: Services) -> None:
    """Every adapter reads ``services.coach.handle`` when it starts (after this), so the
    metered handle is the one they all call. Wrapping again (services given to a second
    app) replaces the first app's wrapper rather than stacking on it."""
    coach = services.coach
    handle = getattr(coach.handle, "__wrapped__", coach.handle)
    wrapped = metered(handle, app[METRICS], app[IN_FLIGHT])
    coach.handle = wrapped  # type: ignore[method-assign,assignment]
