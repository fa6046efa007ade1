"""Data subcommands: `db upgrade`, `export`, `forget` and `purge`.

They work on the database DATABASE_URL names (by default the SQLite file in
the user data directory), the same one the coach runs on.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from bot.settings import Settings

if TYPE_CHECKING:
    from storage.sql_store import SqlStore

TENANT_HELP = "tenant key, e.g. slack:T123 or console:local (default: every tenant with their data)"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    db = sub.add_parser("db", help="manage the database schema")
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = actions.add_parser("upgrade", help="migrate the database to this version's schema")
    upgrade.set_defaults(func=_db_upgrade)

    export = sub.add_parser("export", help="print everything stored about a user as JSON")
    export.add_argument("--user", required=True, help="the platform user id")
    export.add_argument("--tenant", help=TENANT_HELP)
    export.set_defaults(func=_export)

    forget = sub.add_parser("forget", help="delete everything stored about a user")
    forget.add_argument("--user", required=True, help="the platform user id")
    forget.add_argument("--tenant", help=TENANT_HELP)
    forget.set_defaults(func=_forget)

    purge = sub.add_parser("purge", help="blank message excerpts older than RETENTION_DAYS now")
    purge.add_argument("--days", type=int, help="override RETENTION_DAYS for this run")
    purge.set_defaults(func=_purge)


def _db_upgrade(args: argparse.Namespace) -> int:
    return _run(_upgrade(_settings()))


def _export(args: argparse.Namespace) -> int:
    return _run(_with_store(_settings(), _export_user, args.user, args.tenant))


def _forget(args: argparse.Namespace) -> int:
    return _run(_with_store(_settings(), _forget_user, args.user, args.tenant))


def _purge(args: argparse.Namespace) -> int:
    settings = _settings()
    days = args.days if args.days is not None else settings.retention_days
    if not days or days < 1:
        raise SystemExit("purge needs a retention period: set RETENTION_DAYS or pass --days N")
    return _run(_with_store(settings, _purge_excerpts, days))


async def _upgrade(settings: Settings) -> int:
    from storage.database import create_engine, describe, ping
    from storage.migrate import current_revisions, upgrade

    engine = create_engine(settings.database_url)
    try:
        await ping(engine)
        before = await current_revisions(engine)
        after = await upgrade(engine)
    finally:
        await engine.dispose()
    was = ", ".join(before) or "empty"
    print(f"{describe(engine.url)}: schema {was} -> {', '.join(after)}", file=sys.stderr)
    return 0


async def _with_store(settings: Settings, action: Any, *args: Any) -> int:
    from storage.sql_store import open_sql_store

    async with open_sql_store(settings.database_url) as store:
        return int(await action(store, *args))


async def _tenants(store: SqlStore, user: str, tenant: str | None) -> list[str]:
    return [tenant] if tenant else await store.tenants_for_user(user)


async def _export_user(store: SqlStore, user: str, tenant: str | None) -> int:
    tenants = await _tenants(store, user, tenant)
    data = {"user": user, "tenants": {t: await store.export_user(t, user) for t in tenants}}
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))
    return 0


async def _forget_user(store: SqlStore, user: str, tenant: str | None) -> int:
    tenants = await _tenants(store, user, tenant)
    for key in tenants:
        await store.forget_user(key, user)
    where = ", ".join(tenants) if tenants else "no tenant (nothing stored)"
    print(f"forgot {user} in {where}", file=sys.stderr)
    return 0


async def _purge_excerpts(store: SqlStore, days: int) -> int:
    from storage.retention import purge_expired

    purged = await purge_expired(store, days)
    print(f"blanked {purged} message excerpt(s) older than {days} day(s)", file=sys.stderr)
    return 0


def _run(work: Coroutine[Any, Any, int]) -> int:
    from storage.errors import StorageError

    try:
        return asyncio.run(work)
    except StorageError as exc:
        raise SystemExit(f"database error: {exc}") from exc


def _settings() -> Settings:
    from bot.settings import settings_or_exit

    return settings_or_exit()
