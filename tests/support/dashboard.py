"""A team's worth of deals, ledgers and alerts for the managers' views, written through the
store's own commit, dated back from a ``now`` the test chooses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from coaching.model import ConversationKey, ConversationState, Deal, LedgerEntry, TurnChanges
from coaching.records import Alert, User
from coaching.store import AlertStore, TurnStore, UserStore

MANAGER = "U0MGR"
# (rep id, name, deals): each deal is the customer's first ask, then our gives as
# (total %, traded for a get?) in order.
TEAM: list[tuple[str, str, list[tuple[float, list[tuple[float, bool]]]]]] = [
    (
        "U0ANN",
        "Ann Archer",
        [(18, [(4, True), (6, True), (7, True)]), (12, [(3, True), (5, True)])],
    ),
    (
        "U0BOB",
        "Bob <b>Baker</b>",  # markup in a name must come out as text
        [(20, [(5, False), (8, False), (10, True)]), (15, [(6, False), (9, False)])],
    ),
    (
        "U0REP",
        "Cy Carter",
        [(16, [(5, True), (10, False)]), (14, [(6, True), (10, True)]), (25, [(10, False)])],
    ),
]


class SeedStore(TurnStore, UserStore, AlertStore, Protocol):
    """What seeding writes to (both stores are one)."""


@dataclass(frozen=True)
class Seeded:
    tenant: str
    deals: list[Deal]


async def seed_team(store: SeedStore, tenant: str, now: datetime, *, prefix: str = "") -> Seeded:
    """Three reps' deals over the last three weeks, a manager, and five alerts."""
    await store.upsert_user(User(tenant, MANAGER, "Maria Manager", role="manager"))
    deals: list[Deal] = []
    day = 0
    for rep, name, rep_deals in TEAM:
        await store.upsert_user(User(tenant, rep, name))
        for n, (ask, gives) in enumerate(rep_deals):
            day += 1
            start = now - timedelta(days=22 - day)
            deal = Deal(tenant, rep, f"{prefix}{name.split()[0]} deal {n + 1}", created_at=start)
            entries = [_entry(deal, 1, "ask", ask, start)]
            for step, (total, traded) in enumerate(gives):
                at = start + timedelta(hours=2 * step + 1)
                seq = len(entries) + 1
                entries.append(_entry(deal, seq, "give", total, at))
                if traded:
                    get = _entry(deal, seq + 1, "get", None, at, kind="term")
                    get.traded_against = seq
                    entries.append(get)
            key = ConversationKey(tenant, rep, f"D-{rep}")
            await store.commit(TurnChanges(key, ConversationState(), deals=[deal], entries=entries))
            deals.append(deal)
    for n, (status, hours) in enumerate(
        [
            ("approved", 2.0),
            ("countered", 5.0),
            ("declined", 1.0),
            ("approved", 26.0),
            ("open", None),
        ]
    ):
        raised = now - timedelta(days=10 - n)
        rep = TEAM[n % len(TEAM)][0]
        await store.create_alert(
            Alert(
                tenant,
                "C0SALES",
                f"{prefix}1700.{n}",
                f"C0SALES/1700.{n}",
                rep,
                MANAGER,
                {
                    "trade": {
                        "give": {"kind": "discount", "amount": 12, "unit": "%"},
                        "get": {"kind": "term_commitment", "amount": 2, "unit": "years"},
                    }
                },
                status=status,
                decided_by=MANAGER if hours is not None else None,
                created_at=raised,
                decided_at=raised + timedelta(hours=hours) if hours is not None else None,
            )
        )
    return Seeded(tenant, deals)


def _entry(
    deal: Deal, seq: int, side: str, amount: float | None, at: datetime, kind: str = "discount"
) -> LedgerEntry:
    unit = "%" if amount is not None else None
    words = f"{kind} {amount:g}%" if amount is not None else "a two-year term"
    return LedgerEntry(
        deal.tenant, deal.id, seq, side, kind, words, amount, unit, author=deal.owner,
        created_at=at,
    )  # fmt: skip
