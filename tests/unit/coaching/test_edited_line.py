"""An edited line is read again: what its first version recorded is reversed (the ledger
keeps both), the line as it stands now is recorded once, a redelivered edit writes nothing."""

from __future__ import annotations

from coaching.engine import Coach
from coaching.messages import IncomingMessage, Platform, Reply, edit_ref
from storage.memory import MemoryStore

TENANT = "console:T1"


async def say(coach: Coach, text: str, ref: str, edits: str = "") -> Reply:
    msg = IncomingMessage(
        platform=Platform.CONSOLE,
        tenant="T1",
        user="rep1",
        conversation="c1",
        text=text,
        message_ref=ref,
        edits=edits,
    )
    return await coach.handle(msg)


async def standing_gives(store: MemoryStore) -> list[tuple[str, float | None]]:
    deal = await store.find_deal(TENANT, "rep1", "Acme")
    assert deal is not None
    entries = await store.ledger(TENANT, deal.id)
    gone = {e.ref for e in entries if e.side == "undo"}
    return [(e.kind, e.amount) for e in entries if e.side == "give" and e.seq not in gone]


async def test_an_edited_give_is_reversed_and_read_again_never_doubled(
    coach: Coach, store: MemoryStore
) -> None:
    await say(coach, "deal Acme", "m0")
    await say(coach, "offered 10% off", "m1")
    assert await standing_gives(store) == [("discount", 10.0)]

    edited = await say(coach, "offered 5% off", edit_ref("m1", "e1"), edits="m1")
    assert "You edited your message" in edited.sections[0]
    assert "discount 10%" in edited.sections[0]
    assert await standing_gives(store) == [("discount", 5.0)]

    again = await say(coach, "offered 8% off", edit_ref("m1", "e2"), edits="m1")  # once more
    assert "discount 5%" in again.sections[0]
    assert await standing_gives(store) == [("discount", 8.0)]

    await say(coach, "offered 8% off", edit_ref("m1", "e2"), edits="m1")  # redelivered
    assert await standing_gives(store) == [("discount", 8.0)]
    deal = await store.find_deal(TENANT, "rep1", "Acme")
    assert deal is not None
    sides = [e.side for e in await store.ledger(TENANT, deal.id)]
    assert sides.count("undo") == 2 and sides.count("give") == 3


async def test_an_edit_of_a_line_that_recorded_nothing_only_reads_it(
    coach: Coach, store: MemoryStore
) -> None:
    await say(coach, "deal Acme", "m0")
    await say(coach, "hello there", "m1")
    edited = await say(coach, "offered 10% off", edit_ref("m1", "e1"), edits="m1")
    assert not any("You edited" in section for section in edited.sections)
    assert await standing_gives(store) == [("discount", 10.0)]
