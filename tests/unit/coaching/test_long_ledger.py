"""A turn reads only the recent end of a long ledger, and coaches exactly as if it read it all.

The differential test runs the same dialogue twice: once reading a recent end of two
entries (so almost everything comes from the running totals, or from the whole ledger
where a command needs it), once reading so much that every turn sees the whole ledger.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.services import assemble_coach
from coaching import engine
from coaching.engine import RECENT_ENTRIES, Coach
from coaching.ledger_view import LedgerView, summary_health
from coaching.messages import IncomingMessage, Platform, Reply
from coaching.model import ConversationKey, LedgerEntry, TurnChanges
from coaching.negotiation import Positions
from coaching.playbook import load_playbook
from coaching.render import Renderer
from storage.memory import MemoryStore
from tests.unit.coaching.conftest import Conversation

PLAYBOOK = load_playbook()
RENDERER = Renderer()
TENANT = "console:T1"

MOVES = [
    "we give 5% off",
    "we give 3% off",
    "we can do 2% off",
    "Acme wants 10% off",
    "to be clear, this is a meaningful move for us: 1% off",
    "net 60 payment terms",
    "a two-year term",
    "get a case study",
    "they want free onboarding",
    "label",
    "undo",
    "limit 12%",
    "limit net 90",
    "phase communicate",
    "1",
    "ledger",
    "align",
]


def _said(text: str) -> IncomingMessage:
    return IncomingMessage(Platform.CONSOLE, "T1", "rep1", "c1", text)


def _rows(entries: list[LedgerEntry]) -> list[tuple[object, ...]]:
    return [
        (e.seq, e.side, e.kind, e.amount, e.unit, e.labelled, e.traded_against, e.ref)
        for e in entries
    ]


def _shown(reply: Reply) -> tuple[object, ...]:
    return (reply.kind, reply.markdown, reply.actions, reply.says)


async def _run(texts: list[str], recent: int) -> tuple[list[tuple[object, ...]], list[object]]:
    store = MemoryStore()
    coach = assemble_coach(store, PLAYBOOK, RENDERER)
    replies = []
    with mock.patch.object(engine, "RECENT_ENTRIES", recent):
        for text in ["deal Acme", *texts]:
            replies.append(_shown(await coach.handle(_said(text))))
    deal = await store.find_deal(TENANT, "rep1", "Acme")
    assert deal is not None
    return replies, _rows(await store.ledger(TENANT, deal.id))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(MOVES), min_size=1, max_size=30))
def test_reading_the_recent_end_coaches_like_reading_it_all(texts: list[str]) -> None:
    async def both() -> None:
        assert await _run(texts, recent=2) == await _run(texts, recent=10_000)

    asyncio.run(both())


async def _long_deal(chat: Conversation, store: MemoryStore, gives: int) -> str:
    """A deal whose ledger is ``gives`` discounts rising by a quarter point (each entry the
    new total), written as an older release (or the alert desk) would: without the
    positions saved beside it."""
    await chat.say("deal Acme")
    await chat.say("limit 20%")
    deal = await store.find_deal(TENANT, "rep1", "Acme")
    assert deal is not None
    key = ConversationKey(TENANT, "rep1", "c1")
    state = await store.load_conversation(key)
    entries = [
        LedgerEntry(TENANT, deal.id, seq, "give", "discount", f"discount {seq / 4}%", seq / 4, "%")
        for seq in range(1, gives + 1)
    ]
    await store.commit(TurnChanges(key, state, deals=[deal], entries=entries))
    return deal.id


def codes(reply: Reply) -> set[str]:
    return set(reply.codes)


async def test_checks_count_the_whole_ledger_not_just_its_end(
    chat: Conversation, store: MemoryStore
) -> None:
    deal_id = await _long_deal(chat, store, RECENT_ENTRIES * 2)  # at 20% already
    reply = await chat.say("we give 1% off")  # a bare 1% below where we stand: one more
    assert {"past_limit", "double_give", "step_not_smaller"} <= codes(reply)
    assert reply.position["discount"]["offer"] == 21
    again = await chat.say("we give 1% off")  # now from the positions saved with the last turn
    assert again.position["discount"]["offer"] == 22
    assert (await store.recent_ledger(TENANT, deal_id, 1)).totals is not None


async def test_undo_takes_back_what_the_totals_counted(
    chat: Conversation, store: MemoryStore
) -> None:
    await _long_deal(chat, store, RECENT_ENTRIES * 2)
    await chat.say("we give 1% off")
    await chat.say("undo")
    back = await chat.say("undo")  # takes back the last of the older gives too
    assert back.position["discount"]["offer"] == 19.75
    reply = await chat.say("we give 1% off")
    assert reply.position["discount"]["offer"] == 20.75


async def test_label_finds_an_unlabelled_give_far_back(
    chat: Conversation, store: MemoryStore
) -> None:
    await _long_deal(chat, store, 3)
    for _ in range(RECENT_ENTRIES):
        await chat.say("get a case study")  # gets push the gives out of the recent end
    reply = await chat.say("label")
    assert reply.kind == "labelled" and "discount" in reply.markdown
    lines = (await chat.say("ledger")).ledger
    assert [line.labelled for line in lines if line.side == "give"] == [False, False, True]


async def test_a_move_shows_no_ledger_and_ledger_shows_all(
    chat: Conversation, store: MemoryStore
) -> None:
    await _long_deal(chat, store, RECENT_ENTRIES * 2)
    moved = await chat.say("we give 1% off")
    assert moved.ledger == []  # a move's reply stays chat-sized: the ledger is on request
    whole = await chat.say("ledger")
    assert [line.seq for line in whole.ledger] == list(range(1, RECENT_ENTRIES * 2 + 2))


# -- a message delivered again (start-up recovery after a crash)


def _message(text: str, ref: str) -> IncomingMessage:
    return IncomingMessage(Platform.SLACK, "T1", "U1", "dm", text, message_ref=ref)


async def _slack_ledger(store: MemoryStore) -> list[tuple[object, ...]]:
    deal = await store.find_deal("slack:T1", "U1", "Acme")
    assert deal is not None
    return [(e.seq, e.side, e.source) for e in await store.ledger("slack:T1", deal.id)]


async def test_a_message_handled_again_is_answered_but_not_written_twice(
    coach: Coach, store: MemoryStore
) -> None:
    await coach.handle(_message("deal Acme", "slack:D1/1700000001.0001"))
    first = await coach.handle(_message("we give 5% off", "slack:D1/1700000002.0001"))
    again = await coach.handle(_message("we give 5% off", "slack:D1/1700000002.0001"))
    assert first.kind == again.kind == "move" and first.markdown == again.markdown
    assert await _slack_ledger(store) == [(1, "give", "slack:D1/1700000002.0001")]
    undo = "slack:D1/1700000003.0001"
    await coach.handle(_message("undo", undo))
    await coach.handle(_message("undo", undo))  # a redone undo must not take back more
    assert [side for _, side, _ in await _slack_ledger(store)] == ["give", "undo"]


async def test_shared_references_do_not_stop_a_new_message(
    coach: Coach, store: MemoryStore
) -> None:
    await coach.handle(_message("deal Acme", ""))
    for ref in ("slack:D1/command", "slack:D1/command", "slack:D1/action", "", ""):
        await coach.handle(_message("we give 1% off", ref))
    assert [seq for seq, _, _ in await _slack_ledger(store)] == [1, 2, 3, 4, 5]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(MOVES), min_size=1, max_size=30))
def test_the_saved_totals_tell_the_ledgers_health(texts: list[str]) -> None:
    """App Home reads a deal's health from its totals, never its ledger: the same word."""

    async def run() -> None:
        store = MemoryStore()
        coach = Coach(store, PLAYBOOK, RENDERER)
        for text in ["deal Acme", *texts]:
            await coach.handle(_said(text))
        deal = await store.find_deal(TENANT, "rep1", "Acme")
        assert deal is not None
        [summary] = await store.home_deals(TENANT, "rep1", 40)
        whole = LedgerView.of(await store.ledger(TENANT, deal.id)).health()
        assert await summary_health(store, TENANT, summary) == whole
        if summary.last_seq is not None:  # read from the totals, not rebuilt
            totals = Positions.from_json(summary.totals)
            assert totals is not None and totals.seq == summary.last_seq
            assert totals.health() == whole

    asyncio.run(run())


async def test_ledger_shows_its_last_entries_without_reading_it_all(
    chat: Conversation, store: MemoryStore
) -> None:
    await _long_deal(chat, store, engine.LEDGER_LINES + 50)
    await chat.say("we give 1% off")  # saves the totals of the whole
    with mock.patch.object(store, "ledger", side_effect=AssertionError("read it all")):
        shown = await chat.say("ledger")
    seqs = [line.seq for line in shown.ledger]
    assert seqs == list(range(52, engine.LEDGER_LINES + 52))
    assert "#1 to #51 not shown" in shown.markdown


async def test_a_get_paying_an_old_give_makes_the_totals_defer_to_the_ledger() -> None:
    """Totals count unpaid gives without listing them all: a get paying a give older
    than those they remember leaves the count unsure, and the ledger is read instead."""
    gives = [LedgerEntry(TENANT, "d1", s, "give", "discount", "x", s, "%") for s in range(1, 21)]
    pays = [
        LedgerEntry(TENANT, "d1", 21 + n, "get", "term", "y", traded_against=n + 1)
        for n in range(20)
    ]
    positions = Positions.of(gives)
    for entry in pays:
        positions.add(entry)
    assert positions.health() is None  # unsure: only the ledger tells
    assert Positions.of([*gives, *pays]).health() == "traded"  # a rebuild counts exactly
    assert LedgerView.of([*gives, *pays]).health() == "traded"
    assert Positions.of([*gives, *pays[:-1]]).health() == "exposed"


def test_a_rebuild_stamps_each_stand_with_its_own_lines_moment() -> None:
    """The positions of a whole ledger are those kept one entry at a time, moments
    included, even for one instant written at two UTC offsets."""
    at = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    later = at + timedelta(minutes=5)
    other = later.astimezone(timezone(timedelta(hours=2)))  # the same instant
    entries = [
        LedgerEntry(TENANT, "d1", 1, "ask", "discount", "x", 10, "%", created_at=at),
        LedgerEntry(TENANT, "d1", 2, "give", "discount", "y", 4, "%", created_at=at),
        LedgerEntry(TENANT, "d1", 3, "ask", "payment_terms", "z", 60, "days", created_at=later),
        LedgerEntry(TENANT, "d1", 4, "give", "payment_terms", "w", 45, "days", created_at=other),
    ]
    kept = Positions()
    for entry in entries:
        kept.add(entry)
    rebuilt = Positions.of(entries)
    assert rebuilt.to_json() == kept.to_json()
    terms = rebuilt.of_kind("payment_terms")
    assert (terms.ask.at, terms.offer.at) == (later.isoformat(), other.isoformat())
    assert rebuilt.of_kind("discount").offer.at == at.isoformat()
