"""`concession-coach teams package`: the Teams app package to upload or sideload."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

DEFAULT_OUT = "concession-coach-teams.zip"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    teams = sub.add_parser("teams", help="Microsoft Teams app helpers")
    teams_sub = teams.add_subparsers(dest="teams_command", metavar="SUBCOMMAND", required=True)
    package = teams_sub.add_parser("package", help="build the Teams app package (.zip)")
    package.add_argument("--app-id", required=True, help="the Azure Bot's Microsoft App ID")
    package.add_argument("--out", default=DEFAULT_OUT, help=f"default {DEFAULT_OUT}")
    package.add_argument("--version", default="1.0.0", help="the app's version (x.y.z)")
    package.add_argument(
        "--website", default="", help="your https:// site (privacy and terms pages under it)"
    )
    package.set_defaults(func=_package)
    role = teams_sub.add_parser(
        "role", help="make someone a manager (may decide any alert) or a rep"
    )
    role.add_argument("--tenant", required=True, help="the Entra tenant id")
    role.add_argument("--user", required=True, help="the user's Teams id, e.g. 29:1abc...")
    role.add_argument("role", choices=("manager", "rep"))
    role.set_defaults(func=_role)


def _package(args: argparse.Namespace) -> int:
    from adapters.teams.package import write_package

    try:
        out = write_package(
            args.app_id.strip(), Path(args.out), version=args.version, website=args.website
        )
    except ValueError as exc:
        raise SystemExit(str(exc)) from exc
    print(f"wrote {out}: upload it in the Teams admin center or sideload it in Teams")
    return 0


def _role(args: argparse.Namespace) -> int:
    from bot.cli_serve import _set_role
    from bot.settings import settings_or_exit

    settings = settings_or_exit()
    asyncio.run(_set_role(settings, f"teams:{args.tenant}", args.user, args.role))
    print(f"{args.user} in {args.tenant} is now a {args.role}")
    return 0
