"""The one application factory: routes, typed app keys, services opened for the app's life.

Each platform adds itself with one ``mount(app, settings, SERVICES)`` call; the
store is open before any platform starts and closed after the last one stops.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator

from aiohttp import web

from bot.scheduler import scheduler_context
from bot.services import Services, open_services
from bot.settings import Settings

SETTINGS = web.AppKey("settings", Settings)
SERVICES = web.AppKey("services", Services)


def create_app(
    settings: Settings, services: Services | None = None, *, socket_mode: bool = False
) -> web.Application:
    """``services`` given (tests, an embedding host) are used as they are and not closed."""
    app = web.Application()
    app[SETTINGS] = settings
    app.cleanup_ctx.append(functools.partial(_services, settings=settings, given=services))
    app.router.add_get("/healthz", healthz)
    if settings.slack_enabled or (socket_mode and settings.slack_app_token):
        from adapters.slack.mount import mount as mount_slack

        mount_slack(app, settings, SERVICES, socket_mode=socket_mode)
    if settings.teams_enabled:
        from adapters.teams.mount import mount as mount_teams

        mount_teams(app, settings, SERVICES)
    # Last, so every platform's notifier is registered before the worker starts.
    app.cleanup_ctx.append(scheduler_context(SERVICES))
    return app


async def _services(
    app: web.Application, *, settings: Settings, given: Services | None
) -> AsyncIterator[None]:
    if given is not None:
        app[SERVICES] = given
        yield
        return
    async with open_services(settings) as services:
        app[SERVICES] = services
        yield


async def healthz(request: web.Request) -> web.Response:
    """Liveness for load balancers: the process is up and its services are open."""
    ready = SERVICES in request.app
    return web.json_response({"ok": ready}, status=200 if ready else 503)
