"""`concession-coach serve` (HTTP and Socket Mode) and `concession-coach slack manifest`."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import TYPE_CHECKING

from bot.settings import ConfigError, Settings

if TYPE_CHECKING:
    from bot.workers import WorkerLink

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 3978


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    serve_cmd = sub.add_parser("serve", help="serve Slack (and Teams) over HTTP")
    serve_cmd.add_argument("--host", default=DEFAULT_HOST, help=f"default {DEFAULT_HOST}")
    serve_cmd.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}")
    serve_cmd.add_argument(
        "--socket-mode",
        action="store_true",
        help="receive Slack over Socket Mode (SLACK_APP_TOKEN) instead of a public URL",
    )
    serve_cmd.add_argument(
        "--workers",
        type=_worker_count,
        default=None,
        help="serving processes on the port, e.g. one per core (default SERVE_WORKERS, 1)",
    )
    # A worker of `serve --workers N`: its pipes to the parent (bot/workers.py).
    serve_cmd.add_argument("--worker-link", default=None, help=argparse.SUPPRESS)
    serve_cmd.set_defaults(func=_serve)

    slack = sub.add_parser("slack", help="Slack app helpers")
    slack_sub = slack.add_subparsers(dest="slack_command", metavar="SUBCOMMAND", required=True)
    manifest = slack_sub.add_parser("manifest", help="print the Slack app manifest (YAML)")
    manifest.add_argument(
        "--url", default="https://example.com", help="public base URL of the coach (https://...)"
    )
    manifest.add_argument(
        "--socket-mode", action="store_true", help="a manifest for Socket Mode (no URLs)"
    )
    manifest.set_defaults(func=_manifest)
    role = slack_sub.add_parser(
        "role", help="make someone a manager (sees team alerts, may decide any) or a rep"
    )
    role.add_argument("--team", required=True, help="the workspace id, e.g. T0123ABCD")
    role.add_argument("--user", required=True, help="the member id, e.g. U0456EFGH")
    role.add_argument("role", choices=("manager", "rep"))
    role.set_defaults(func=_role)


def _worker_count(text: str) -> int:
    from bot.settings import MAX_SERVE_WORKERS

    try:
        count = int(text)
    except ValueError:
        count = 0
    if not 1 <= count <= MAX_SERVE_WORKERS:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {MAX_SERVE_WORKERS}")
    return count


def _serve(args: argparse.Namespace) -> int:
    from bot.settings import settings_or_exit

    settings = settings_or_exit()
    if args.worker_link is not None:
        from bot.workers import WorkerLink

        link = WorkerLink.parse(args.worker_link)
        return serve(settings, args.host, args.port, socket_mode=False, link=link)
    workers = settings.serve_workers if args.workers is None else args.workers
    return serve(settings, args.host, args.port, socket_mode=args.socket_mode, workers=workers)


def serve(
    settings: Settings,
    host: str,
    port: int,
    *,
    socket_mode: bool | None = None,
    workers: int = 1,
    link: WorkerLink | None = None,
) -> int:
    """Run until SIGINT or SIGTERM; ``socket_mode=None`` means "when SLACK_APP_TOKEN is set".

    On SIGTERM aiohttp stops listening first; the app's drain then lets running turns
    finish for SHUTDOWN_GRACE_SECONDS before the platforms and the store close. With
    ``workers`` > 1 this process supervises that many serving processes (bot/workers.py);
    ``link`` is given to one of them.
    """
    from bot.observability import configure_logging

    configure_logging(settings.log_level, settings.log_format, worker=link is not None)
    if socket_mode is None:
        socket_mode = settings.slack_app_token is not None
    if socket_mode and not (settings.slack_app_token and settings.slack_bot_token):
        raise SystemExit(
            "Socket Mode needs SLACK_APP_TOKEN (xapp-...) and SLACK_BOT_TOKEN (xoxb-...)"
        )
    if not (settings.slack_enabled or socket_mode or settings.teams_enabled):
        raise SystemExit(f"nothing to serve: set {settings.platform_variables}")
    if workers > 1:
        return _serve_unit(settings, host, port, workers, socket_mode=socket_mode)
    from aiohttp import web

    from bot.app import create_app  # not in a parent of workers: each worker builds its own

    try:
        app = create_app(settings, socket_mode=socket_mode)
    except ValueError as exc:  # a platform refused its settings: one line, as for the rest
        from bot.settings import ConfigError, ConfigProblem, config_exit

        variable, _, message = str(exc).partition(" ")
        if not (message and variable.replace("_", "").isupper()):
            variable, message = "settings", str(exc)
        config_exit(ConfigError([ConfigProblem(variable, message)]))
    from bot.heap import settle_heap

    app.on_startup.append(settle_heap)  # after every part has started (bot/heap.py)
    if link is not None:  # one of several workers: join the parent's port, say when listening
        app.on_startup.append(link.watch_parent)
    # HTTP requests in flight get the same grace as turns (acks are fast; this is a bound).
    web.run_app(
        app,
        host=host,
        port=port,
        print=None if link is None else link.announce,
        shutdown_timeout=settings.shutdown_grace_seconds,
        reuse_port=link is not None,
    )
    return 0


def _serve_unit(
    settings: Settings, host: str, port: int, workers: int, *, socket_mode: bool
) -> int:
    """The parent of ``workers`` serving processes; the database is prepared first."""
    from bot.settings import ConfigProblem, config_exit
    from bot.workers import Unit, run_unit

    if socket_mode:
        config_exit(
            ConfigError(
                [
                    ConfigProblem(
                        "SERVE_WORKERS",
                        "must be 1 with Socket Mode (Slack's events come over one "
                        "connection, not through the port)",
                    )
                ]
            )
        )
    unit = Unit(host, port, workers, settings.shutdown_grace_seconds)
    return run_unit(unit, lambda: asyncio.run(_prepare_database(settings)))


async def _prepare_database(settings: Settings) -> None:
    """Connect and migrate once, before any worker opens the store (bot/workers.py)."""
    from bot.services import open_store

    async with open_store(settings):
        pass


def _role(args: argparse.Namespace) -> int:
    from bot.settings import settings_or_exit

    settings = settings_or_exit()
    asyncio.run(_set_role(settings, f"slack:{args.team}", args.user, args.role))
    print(f"{args.user} in {args.team} is now a {args.role}")
    return 0


async def _set_role(settings: Settings, tenant: str, user_id: str, role: str) -> None:
    from bot.services import open_store
    from coaching.records import User

    async with open_store(settings) as store:
        user = await store.get_user(tenant, user_id) or User(tenant=tenant, user_id=user_id)
        user.role = role
        await store.upsert_user(user)


def _manifest(args: argparse.Namespace) -> int:
    from adapters.slack.manifest import render_manifest

    url = args.url.strip()
    if not args.socket_mode and not url.startswith("https://"):
        raise SystemExit("--url must be the coach's public https:// address")
    sys.stdout.write(render_manifest(url, socket_mode=args.socket_mode))
    return 0
