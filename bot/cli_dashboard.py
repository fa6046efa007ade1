"""`concession-coach dashboard-link`: print a manager's signed link to the web dashboard."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import datetime

from bot.settings import Settings


class NotAManager(Exception):
    """The link would be refused (403): the user is not a coach manager in that tenant."""


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    link = sub.add_parser("dashboard-link", help="print a manager's signed dashboard link")
    link.add_argument("--tenant", required=True, help="tenant key, e.g. slack:T0123ABCD")
    link.add_argument("--user", required=True, help="the manager's platform user id")
    link.set_defaults(func=_dashboard_link)


def _dashboard_link(args: argparse.Namespace) -> int:
    from bot.settings import settings_or_exit
    from coaching.stamps import utcnow

    settings = settings_or_exit()
    try:
        url = asyncio.run(dashboard_link(settings, args.tenant, args.user, utcnow()))
    except NotAManager as exc:
        raise SystemExit(str(exc)) from exc
    print(url)
    return 0


async def dashboard_link(settings: Settings, tenant: str, user: str, now: datetime) -> str:
    """The link ``serve`` answers for ``user`` (a manager in ``tenant``) until it expires."""
    from bot.services import dashboard_links, open_store
    from coaching.records import is_manager

    links = dashboard_links(settings)
    if links is None:
        raise SystemExit("the dashboard is off: set DASHBOARD_SECRET (16+ random characters)")
    async with open_store(settings) as store:
        found = await store.get_user(tenant, user)
    if found is None or not is_manager(found):
        hint = "slack role --team T --user U manager" if tenant.startswith("slack:") else "a role"
        raise NotAManager(f"{user} is not a coach manager in {tenant} (give them {hint} first)")
    if not settings.public_base_url.startswith("https://"):
        print(f"note: PUBLIC_BASE_URL is {settings.public_base_url}", file=sys.stderr)
    return links.url(links.grant(tenant, user, now))
