"""The analytics reads, held to one contract on MemoryStore, SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from store_helpers import T0, alert, deal, entry, key, turn

from bot.services import Store

HOUR = timedelta(hours=1)


async def test_active_ledgers_are_the_deals_moved_on_in_the_period_with_their_ledgers(
    store: Store,
) -> None:
    old, moved, later, theirs = (
        deal(name="Old"),
        deal(name="Moved"),
        deal(name="Later"),
        deal(tenant="slack:T2", name="Theirs"),
    )
    await store.commit(turn(key(), deals=[old, moved, later]))
    await store.commit(turn(key("slack:T2"), deals=[theirs]))
    at = {1: T0, 2: T0 + 5 * HOUR, 3: T0 + 30 * HOUR}
    entries = [
        entry(old, 1, created_at=at[1]),
        entry(moved, 1, created_at=at[1]),  # before the period: still read (whole ledger)
        entry(moved, 2, created_at=at[2]),
        entry(moved, 3, created_at=at[3]),  # after it: not read
        entry(later, 1, created_at=at[3]),
    ]
    await store.commit(turn(key(), entries=entries, state_changed=False))
    await store.commit(
        turn(key("slack:T2"), entries=[entry(theirs, 1, created_at=at[2])], state_changed=False)
    )

    read = await store.active_ledgers("slack:T1", T0 + HOUR, T0 + 10 * HOUR, 50, 1000)
    assert [d.name for d in read.deals] == ["Moved"]
    assert read.deals[0] == moved
    assert [(e.deal_id, e.seq) for e in read.entries] == [(moved.id, 1), (moved.id, 2)]
    assert read.entries[1] == entries[2]
    assert not read.truncated


async def test_active_ledgers_are_bounded_and_say_so(store: Store) -> None:
    deals = [deal(name=f"D{n}") for n in range(4)]
    await store.commit(turn(key(), deals=deals))
    entries = [
        entry(d, seq, created_at=T0 + timedelta(minutes=10 * n + seq))
        for n, d in enumerate(deals)
        for seq in (1, 2, 3)
    ]
    await store.commit(turn(key(), entries=entries, state_changed=False))
    since, until = T0, T0 + 10 * HOUR

    two = await store.active_ledgers("slack:T1", since, until, 2, 1000)
    assert [d.name for d in two.deals] == ["D3", "D2"]  # the latest moved first
    assert len(two.entries) == 6 and two.truncated
    few = await store.active_ledgers("slack:T1", since, until, 10, 5)
    assert len(few.deals) == 4 and len(few.entries) == 5 and few.truncated
    whole = await store.active_ledgers("slack:T1", since, until, 4, 12)
    assert len(whole.entries) == 12 and not whole.truncated
    assert await store.active_ledgers("slack:T1", until, until + HOUR, 10, 10) == type(whole)(
        [], [], False
    )


async def test_alerts_between_are_the_periods_newest_first_and_bounded(store: Store) -> None:
    made = [
        alert(thread=f"{n}.1", created_at=T0 + n * HOUR, status="approved" if n % 2 else "open")
        for n in range(5)
    ]
    for a in [*made, alert(tenant="slack:T2", thread="9.9", created_at=T0 + HOUR)]:
        assert await store.create_alert(a)
    found = await store.alerts_between("slack:T1", T0 + HOUR, T0 + 4 * HOUR, 10)
    assert [a.thread for a in found] == ["3.1", "2.1", "1.1"]
    assert found[0] == made[3]
    assert len(await store.alerts_between("slack:T1", T0, T0 + 9 * HOUR, 2)) == 2
