"""The operator's routes and the app's shutdown: /healthz, /readyz, /metrics, /privacy, /terms.

- ``/healthz`` is liveness: the process is up and its services are open.
- ``/readyz`` is readiness: the database answers a cheap query within
  READINESS_TIMEOUT_SECONDS and the process is not shutting down; the JSON body
  names each part and the one that is down (503 then).
- ``/metrics`` is Prometheus' text format from the app's own registry (the whole
  unit's under ``serve --workers N``); the inbox depth is read from the store when scraped.
- ``/privacy`` and ``/terms`` are Jinja templates (``privacy.html.j2``,
  ``terms.html.j2``); a file of the same name in TEMPLATES_DIR replaces ours. The
  Teams manifest links to them under the public site.
- ``drain_context`` is the last cleanup context, so on SIGTERM it runs first: the
  listening sockets are already closed, and it lets running turns finish for up to
  SHUTDOWN_GRACE_SECONDS before the platforms, the worker and the store close.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, select_autoescape
from prometheus_client import CONTENT_TYPE_LATEST

from bot.dashboard import add_dashboard_routes
from bot.observability import IN_FLIGHT, METRICS, is_database_error
from bot.services import Services
from bot.settings import Settings

log = logging.getLogger("concession_coach.web")
INBOX_PLATFORMS = ("slack", "teams")
INBOX_SCRAPE_LIMIT = 1000  # the gauge reads at most this many pending records per platform
PAGES = {"/privacy": "privacy.html.j2", "/terms": "terms.html.j2"}


@dataclass
class Lifecycle:
    """Whether the app has begun shutting down (readiness says so)."""

    draining: bool = False


LIFECYCLE: web.AppKey[Lifecycle] = web.AppKey("lifecycle", Lifecycle)
PAGES_ENV: web.AppKey[Environment] = web.AppKey("pages_env", Environment)


def add_routes(app: web.Application, settings: Settings, services: web.AppKey[Services]) -> None:
    app[LIFECYCLE] = Lifecycle()
    app[PAGES_ENV] = pages_environment(settings)
    app.on_shutdown.append(_begin_drain)
    context = _page_context(settings)

    async def healthz(request: web.Request) -> web.Response:
        """Liveness for load balancers: the process is up and its services are open."""
        ready = services in request.app
        return web.json_response({"ok": ready}, status=200 if ready else 503)

    async def readyz(request: web.Request) -> web.Response:
        checks = await readiness(request.app, services)
        ready = all(c["ok"] for c in checks.values())
        down = [name for name, c in checks.items() if not c["ok"]]
        body = {"ready": ready, "down": down, "checks": checks}
        return web.json_response(body, status=200 if ready else 503)

    async def metrics(request: web.Request) -> web.Response:
        await _read_inbox_depth(request.app, services)
        body = request.app[METRICS].exposition()
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def page(request: web.Request) -> web.Response:
        template = request.app[PAGES_ENV].get_template(PAGES[request.path])
        text = template.render(**context)
        return web.Response(text=text, content_type="text/html")

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics)
    for path in PAGES:
        app.router.add_get(path, page)
    add_dashboard_routes(app, settings, services, app[PAGES_ENV])


def pages_environment(settings: Settings) -> Environment:
    """Built once per app: TEMPLATES_DIR first (an admin's own pages), then ours."""
    loaders: list[Any] = []
    if settings.templates_dir is not None:
        loaders.append(FileSystemLoader(str(settings.templates_dir)))
    loaders.append(PackageLoader("bot", "templates"))
    return Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(["html", "html.j2"], default=True),
    )


def _page_context(settings: Settings) -> dict[str, Any]:
    return {
        "retention_days": settings.retention_days,
        "inbox_retention_days": settings.inbox_retention_days,
    }


async def readiness(app: web.Application, services: web.AppKey[Services]) -> dict[str, Any]:
    """Each part's state; the database part runs ``SELECT 1`` under the readiness timeout."""
    checks: dict[str, dict[str, Any]] = {}
    draining = app[LIFECYCLE].draining
    checks["shutdown"] = {"ok": not draining, **({"detail": "draining"} if draining else {})}
    opened = app.get(services)
    if opened is None:
        checks["services"] = {"ok": False, "detail": "not open yet"}
        checks["database"] = {"ok": False, "detail": "not open yet"}
        return checks
    checks["services"] = {"ok": True}
    checks["database"] = await _database_check(app, opened)
    return checks


async def _database_check(app: web.Application, services: Services) -> dict[str, Any]:
    engine = services.database
    if engine is None:
        return {"ok": True, "detail": "in memory"}
    import sqlalchemy as sa

    timeout = services.settings.readiness_timeout_seconds
    try:
        async with asyncio.timeout(timeout):
            async with engine.connect() as conn:
                await conn.execute(sa.text("SELECT 1"))
    except TimeoutError:
        app[METRICS].database_errors.labels(where="readyz").inc()
        return {"ok": False, "detail": f"no answer within {timeout:g} s"}
    except Exception as exc:  # any failure means not ready; say which
        app[METRICS].database_errors.labels(where="readyz").inc()
        return {"ok": False, "detail": f"{type(exc).__name__}: {str(exc)[:200]}"}
    return {"ok": True}


async def _read_inbox_depth(app: web.Application, services: web.AppKey[Services]) -> None:
    opened = app.get(services)
    if opened is None:
        return
    gauge = app[METRICS].inbox_depth
    timeout = opened.settings.readiness_timeout_seconds
    for platform in INBOX_PLATFORMS:
        try:
            async with asyncio.timeout(timeout):
                pending = await opened.store.pending_inbound(platform, INBOX_SCRAPE_LIMIT)
        except Exception as exc:  # the scrape still answers; the gauge says "unknown"
            if isinstance(exc, TimeoutError) or is_database_error(exc):
                app[METRICS].database_errors.labels(where="inbox_depth").inc()
            log.warning("reading the inbox depth failed", extra={"error": type(exc).__name__})
            gauge.labels(platform=platform).set(float("nan"))
            continue
        gauge.labels(platform=platform).set(len(pending))


async def _begin_drain(app: web.Application) -> None:
    app[LIFECYCLE].draining = True


def drain_context(grace: float) -> Any:
    """A cleanup_ctx: on the way out, wait up to ``grace`` s for running turns."""

    async def context(app: web.Application) -> AsyncIterator[None]:
        yield
        app[LIFECYCLE].draining = True
        in_flight = app[IN_FLIGHT]
        if in_flight.running == 0:
            return
        log.info("draining", extra={"turns": in_flight.running, "grace_s": grace})
        if not await in_flight.wait_idle(grace):
            log.warning(
                "grace period over; stopping with turns still running (their inbox records "
                "stay pending and the next start redoes them)",
                extra={"turns": in_flight.running},
            )

    return context
