"""The coach on a real store: concurrent turns on one conversation lose nothing."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from store_helpers import Backend

from bot.services import Store, assemble_coach
from coaching.engine import RECENT_ENTRIES, Coach
from coaching.messages import IncomingMessage, Platform
from coaching.model import ConversationKey, LedgerEntry, TurnChanges
from coaching.playbook import load_playbook
from coaching.render import Renderer

TENANT = "console:local"
MOVES = ("we can do 15% off", "we can do net 60 payment terms")


def msg(text: str, user: str = "u1", conversation: str = "c1") -> IncomingMessage:
    return IncomingMessage(
        platform=Platform.CONSOLE, tenant="local", user=user, conversation=conversation, text=text
    )


def coach(store: Store) -> Coach:
    return assemble_coach(store, load_playbook(), Renderer())


async def _gives(store: Store) -> list[tuple[int, str]]:
    deal = await store.find_deal(TENANT, "u1", "Acme")
    assert deal is not None
    return [(e.seq, e.kind) for e in await store.ledger(TENANT, deal.id) if e.side == "give"]


async def test_concurrent_turns_on_one_conversation_lose_nothing(store: Store) -> None:
    one = coach(store)
    await one.handle(msg("deal Acme"))
    await asyncio.gather(*(one.handle(msg(text)) for text in MOVES))
    gives = await _gives(store)
    assert sorted(kind for _, kind in gives) == ["discount", "payment_terms"]
    assert len({seq for seq, _ in gives}) == 2


async def test_concurrent_turns_through_two_engines_lose_nothing(sql_backend: Backend) -> None:
    async with sql_backend.open(auto_upgrade=True) as first, sql_backend.open() as second:
        await coach(first).handle(msg("deal Acme"))
        await asyncio.gather(
            coach(first).handle(msg(MOVES[0])), coach(second).handle(msg(MOVES[1]))
        )
        gives = await _gives(first)
    assert sorted(kind for _, kind in gives) == ["discount", "payment_terms"]


async def test_a_deal_survives_a_new_store_on_the_same_database(sql_backend: Backend) -> None:
    async with sql_backend.open(auto_upgrade=True) as first:
        await coach(first).handle(msg("deal Acme"))
        await coach(first).handle(msg(MOVES[0]))
    async with sql_backend.open() as again:
        reply = await coach(again).handle(msg("ledger"))
    assert reply.deal == "Acme"
    assert [line.kind for line in reply.ledger] == ["discount"]


async def test_a_long_ledger_counts_whole_and_gains_its_totals(store: Store) -> None:
    one = coach(store)
    await one.handle(msg("deal Acme"))
    await one.handle(msg("limit 20%"))
    deal = await store.find_deal(TENANT, "u1", "Acme")
    assert deal is not None
    key = ConversationKey(TENANT, "u1", "c1")
    older = [  # written without saved positions; each give is the new total
        LedgerEntry(
            TENANT, deal.id, seq, "give", "discount", f"discount {seq / 10}%", seq / 10, "%"
        )
        for seq in range(1, RECENT_ENTRIES * 2 + 1)
    ]
    await store.commit(TurnChanges(key, await store.load_conversation(key), entries=older))
    assert (await store.recent_ledger(TENANT, deal.id, 1)).totals is None
    first = await one.handle(msg("we give 1% off"))  # a bare 1% below 8%: one more point
    assert first.position["discount"]["offer"] == 9
    assert (await store.recent_ledger(TENANT, deal.id, 1)).totals is not None
    second = await one.handle(msg("we give 1% off"))
    assert second.position["discount"]["offer"] == 10


async def test_a_message_delivered_twice_is_written_once(store: Store) -> None:
    one = coach(store)
    await one.handle(msg("deal Acme"))
    again = replace(msg(MOVES[0]), message_ref="slack:D1/1700000002.0001")
    await one.handle(again)
    reply = await one.handle(again)
    assert reply.kind == "move" and reply.says
    assert await _gives(store) == [(1, "discount")]
