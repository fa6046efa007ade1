"""``mount``: all the composition root calls to serve Teams on an aiohttp application.

Adds ``POST /api/messages`` when Teams is configured and opens the Teams
runtime once the application's services are open (a cleanup_ctx registered
before this one opens them); the runtime then runs, in the background, what
the inbox holds from before the start (acknowledged, never finished). With
no app id the endpoint is served only when TEAMS_ALLOW_UNAUTHENTICATED=true,
and then with a warning.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import AsyncIterator
from typing import Any

from aiohttp import web

from adapters.teams.config import TeamsConfig, TeamsSettings
from adapters.teams.notifier import TeamsNotifier
from adapters.teams.runtime import TeamsRuntime, Timing

__all__ = ["MESSAGES_PATH", "TEAMS", "TEAMS_TIMING", "TeamsRuntime", "Timing", "mount"]
log = logging.getLogger("concession_coach.teams")
MESSAGES_PATH = "/api/messages"
TEAMS = web.AppKey("teams", TeamsRuntime)
TEAMS_TIMING = web.AppKey("teams_timing", Timing)


def mount(app: web.Application, settings: TeamsSettings, services: web.AppKey[Any]) -> None:
    """Serve Teams on ``app``; ``services`` names the open store and coach."""
    config = TeamsConfig.from_settings(settings)
    if not config.served:
        log.info("Teams not served: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD")
        return
    app.cleanup_ctx.append(functools.partial(_lifecycle, config=config, services=services))
    app.router.add_post(MESSAGES_PATH, messages)


async def messages(request: web.Request) -> web.Response:
    return await request.app[TEAMS].receive(request)


async def _lifecycle(
    app: web.Application, *, config: TeamsConfig, services: web.AppKey[Any]
) -> AsyncIterator[None]:
    if not config.authenticated:
        log.warning(
            "Teams is served WITHOUT authentication (TEAMS_ALLOW_UNAUTHENTICATED=true, no "
            "MICROSOFT_APP_ID): anyone who can reach %s can talk as any user; local testing only",
            MESSAGES_PATH,
        )
    if config.allow_emulator:
        log.warning(
            "TEAMS_ALLOW_EMULATOR=true: Bot Framework Emulator tokens are accepted for a "
            "loopback serviceUrl; development only"
        )
    timing = app.get(TEAMS_TIMING) or Timing()
    started = timing.clock()
    opened = app[services]
    runtime = TeamsRuntime(config, opened.store, opened.coach, timing)
    app[TEAMS] = runtime
    opened.notifiers["teams"] = TeamsNotifier(runtime.adapter, opened.store)
    runtime.start_recovery(started)
    try:
        yield
    finally:
        await runtime.close()
