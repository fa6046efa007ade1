"""``mount``: all the composition root calls to serve Slack on an aiohttp application.

It adds the routes and opens the Slack runtime once the application's
services are open (a cleanup_ctx registered before this one opens them).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import AsyncIterator
from typing import Any

from aiohttp import web

from adapters.slack.config import SlackConfig, SlackSettings
from adapters.slack.http import SLACK, events, install, oauth_redirect
from adapters.slack.installations import INSTALL_PATH, REDIRECT_PATH, open_installations
from adapters.slack.manifest import EVENTS_PATH
from adapters.slack.notifier import SlackNotifier
from adapters.slack.runtime import SlackRuntime
from coaching.model import utcnow

__all__ = ["SLACK", "SlackConfig", "SlackRuntime", "mount"]
log = logging.getLogger("concession_coach.slack")


def mount(
    app: web.Application,
    settings: SlackSettings,
    services: web.AppKey[Any],
    *,
    socket_mode: bool = False,
) -> None:
    """Serve Slack on ``app``; ``services`` names the open store and coach (a cleanup_ctx
    registered before this one fills it)."""
    config = SlackConfig.from_settings(settings)
    if socket_mode and not config.app_token:
        raise ValueError("Socket Mode needs SLACK_APP_TOKEN (an xapp- app-level token)")
    app.cleanup_ctx.append(
        functools.partial(_lifecycle, config=config, services=services, socket_mode=socket_mode)
    )
    if config.signing_secret:
        app.router.add_post(EVENTS_PATH, events)
    if config.oauth:
        app.router.add_get(INSTALL_PATH, install)
        app.router.add_get(REDIRECT_PATH, oauth_redirect)


async def _lifecycle(
    app: web.Application,
    *,
    config: SlackConfig,
    services: web.AppKey[Any],
    socket_mode: bool,
) -> AsyncIterator[None]:
    started = utcnow()
    opened = app[services]
    installations = None
    if config.oauth:  # share the SQL store's engine (same database) when there is one
        installations = await open_installations(config, getattr(opened.store, "engine", None))
    runtime = SlackRuntime(config, opened.store, opened.coach, installations)
    app[SLACK] = runtime
    opened.notifiers["slack"] = SlackNotifier(runtime)  # reminders from the scheduler
    runtime.start_recovery(started)
    handler = None
    try:
        if socket_mode:
            from adapters.slack.socket_mode import InboxSocketModeHandler

            assert config.app_token is not None
            handler = InboxSocketModeHandler(runtime, config.app_token)
            await handler.connect_async()
            log.info("connected to Slack in Socket Mode")
        yield
    finally:
        if handler is not None:
            await handler.close_async()
        await runtime.close()
