"""App Home's CPU cost: one ``app_home_opened`` at 40 open deals of 200 ledger entries.

Runs :meth:`adapters.slack.workspace_jobs.WorkspaceJobs.home` itself on SQLite (a
stub client takes the published view), and counts this process's CPU time (the
store's database thread included) per opening. ``--manager``: the opener is a coach
manager, whose home also reads and computes the team's figures for 30 and 90 days
over those deals (every entry is recent, so both periods replay all of them).

    python -m bench.home_bench [--deals N] [--entries N] [--iterations N] [--manager]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

from adapters.slack.users import Directory
from adapters.slack.workspace_jobs import WorkspaceJobs
from coaching.model import ConversationKey, ConversationState, Deal, LedgerEntry, TurnChanges
from coaching.negotiation import Positions
from coaching.playbook import load_playbook
from coaching.records import User
from coaching.render import Renderer
from storage.sql_store import open_sql_store

TEAM = "THOME"
TENANT = f"slack:{TEAM}"
REP = "UREP"


class _Client:
    """Takes views.publish (and nothing else is called once the user is known)."""

    def __init__(self) -> None:
        self.published = 0

    async def views_publish(self, **_: Any) -> None:
        self.published += 1


def _ledger(deal: Deal, entries: int) -> list[LedgerEntry]:
    """Rising discounts, each paid for by a get, as a long negotiation leaves them."""
    out: list[LedgerEntry] = []
    for seq in range(1, entries + 1):
        if seq % 2:
            out.append(LedgerEntry(TENANT, deal.id, seq, "give", "discount", f"{seq}%", seq, "%"))
        else:
            out.append(
                LedgerEntry(
                    TENANT, deal.id, seq, "get", "term", "a longer term", traded_against=seq - 1
                )
            )
    return out


async def run_home(
    deals: int = 40, entries: int = 200, iterations: int = 50, *, manager: bool = False
) -> float:
    """CPU milliseconds per App Home opening."""
    with tempfile.TemporaryDirectory(prefix="coach-home-") as directory:
        async with open_sql_store(f"sqlite:///{Path(directory) / 'home.db'}") as store:
            key = ConversationKey(TENANT, REP, "DHOME")
            for n in range(deals):
                deal = Deal(TENANT, REP, f"Deal {n}", phase="Propose")
                ledger = _ledger(deal, entries)
                totals = {deal.id: Positions.of(ledger).to_json()}
                await store.commit(
                    TurnChanges(
                        key, ConversationState(), deals=[deal], entries=ledger, totals=totals
                    )
                )
            role = "manager" if manager else "rep"
            await store.upsert_user(User(TENANT, REP, "Rep", role=role))
            playbook, renderer = load_playbook(), Renderer()
            jobs = WorkspaceJobs(store, Directory(store), None, playbook, renderer)
            client = _Client()
            body = {
                "team_id": TEAM,
                "event": {"type": "app_home_opened", "tab": "home", "user": REP},
            }
            for _ in range(3):
                await jobs.home(client, body)  # type: ignore[arg-type]
            started = time.process_time()
            for _ in range(iterations):
                await jobs.home(client, body)  # type: ignore[arg-type]
            return (time.process_time() - started) * 1000 / iterations


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.home_bench", description=__doc__)
    parser.add_argument("--deals", type=int, default=40)
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--iterations", type=int, default=50)
    parser.add_argument("--manager", action="store_true", help="a manager opens the home")
    args = parser.parse_args(argv)
    cpu = asyncio.run(run_home(args.deals, args.entries, args.iterations, manager=args.manager))
    print(f"{'manager_' if args.manager else ''}home_cpu_ms={cpu:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
