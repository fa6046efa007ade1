"""The Store contract, run on MemoryStore (the reference), SQLite and PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from store_helpers import T0, alert, deal, entry, job, key, turn

from bot.services import Store
from coaching.model import ConversationState
from coaching.records import InboundEvent, User
from coaching.store import AlreadyWritten, VersionConflict

# -- dialogue state


async def test_fresh_conversation_has_version_zero(store: Store) -> None:
    assert await store.load_conversation(key()) == ConversationState()


async def test_state_saves_bump_the_version(store: Store) -> None:
    state = ConversationState(current_deal_id="d1", suggested_gets=["volume"], prep={"step": 2})
    await store.commit(turn(key(), state))
    loaded = await store.load_conversation(key())
    assert loaded == replace(state, version=1)
    loaded.suggested_gets = []
    await store.commit(turn(key(), loaded))
    assert await store.load_conversation(key()) == replace(loaded, version=2)


async def test_stale_version_conflicts_and_keeps_the_newer_state(store: Store) -> None:
    await store.commit(turn(key(), ConversationState(current_deal_id="first")))
    stale = await store.load_conversation(key())
    await store.commit(turn(key(), replace(stale, current_deal_id="second")))
    with pytest.raises(VersionConflict):
        await store.commit(turn(key(), replace(stale, current_deal_id="lost")))
    assert (await store.load_conversation(key())).current_deal_id == "second"


async def test_a_fresh_state_conflicts_when_one_was_saved_meanwhile(store: Store) -> None:
    await store.commit(turn(key(), ConversationState(current_deal_id="first")))
    with pytest.raises(VersionConflict):
        await store.commit(turn(key(), ConversationState(current_deal_id="racer")))


async def test_unchanged_state_is_not_version_checked(store: Store) -> None:
    d = deal()
    await store.commit(turn(key(), ConversationState(version=7), deals=[d], state_changed=False))
    assert await store.get_deal(d.tenant, d.id) == d
    assert await store.load_conversation(key()) == ConversationState()


async def test_a_turns_users_and_jobs_are_written_with_it(store: Store) -> None:
    """Prep's `call` saves the user's settings and its reminders in the turn's one commit."""
    user = User("slack:T1", "U1", "Dana", tz="Europe/Berlin", reminder_minutes=30)
    changes = turn(key(), state_changed=False)
    changes.users.append(user)
    changes.jobs.append(job())
    assert not changes.empty
    await store.commit(changes)
    assert await store.get_user("slack:T1", "U1") == user
    (saved,) = await store.list_jobs("slack:T1", "U1")
    assert saved == changes.jobs[0]
    again = turn(key(), state_changed=False)
    again.users.append(replace(user, reminder_minutes=15))
    again.jobs.append(replace(saved, status="dropped"))
    await store.commit(again)
    assert await store.get_user("slack:T1", "U1") == replace(user, reminder_minutes=15)
    assert [j.status for j in await store.list_jobs("slack:T1", "U1")] == ["dropped"]


async def test_states_are_per_conversation(store: Store) -> None:
    await store.commit(turn(key(conversation="A"), ConversationState(current_deal_id="a")))
    assert await store.load_conversation(key(conversation="B")) == ConversationState()


# -- deals


async def test_deal_round_trip(store: Store) -> None:
    d = deal()
    await store.commit(turn(key(), deals=[d]))
    assert await store.get_deal(d.tenant, d.id) == d
    assert await store.find_deal(d.tenant, d.owner, "aCME") == d
    assert await store.find_deal(d.tenant, "U2", "Acme") is None


async def test_deal_is_upserted(store: Store) -> None:
    d = deal()
    await store.commit(turn(key(), deals=[d]))
    d.phase, d.status, d.updated_at = "Align", "won", T0 + timedelta(days=1)
    d.limits = {}
    state = await store.load_conversation(key())
    await store.commit(turn(key(), state, deals=[d]))
    assert await store.get_deal(d.tenant, d.id) == d


async def test_list_deals_filters_and_orders_by_last_update(store: Store) -> None:
    older = deal(name="Older", updated_at=T0)
    newer = deal(name="Newer", updated_at=T0 + timedelta(hours=1))
    won = deal(name="Won", status="won")
    theirs = deal(owner="U2", name="Theirs")
    await store.commit(turn(key(), deals=[older, newer, won, theirs], state_changed=False))
    names = [d.name for d in await store.list_deals("slack:T1", "U1")]
    assert names == ["Newer", "Older"]
    assert {d.name for d in await store.list_deals("slack:T1", None, None)} == {
        "Older",
        "Newer",
        "Won",
        "Theirs",
    }
    assert [d.name for d in await store.list_deals("slack:T1", "U1", "won")] == ["Won"]


async def test_same_deal_name_for_another_id_conflicts_and_writes_nothing(store: Store) -> None:
    first = deal(name="Acme")
    await store.commit(turn(key(), deals=[first], entries=[entry(first, 1)]))
    state = await store.load_conversation(key())
    twin = deal(name="ACME")
    first.phase = "Align"
    with pytest.raises(VersionConflict):
        await store.commit(
            turn(
                key(),
                replace(state, current_deal_id="x"),
                deals=[first, twin],
                entries=[entry(first, 2)],
            )
        )
    assert (await store.get_deal(first.tenant, first.id)).phase == "Prepare"
    assert await store.get_deal(twin.tenant, twin.id) is None
    assert [e.seq for e in await store.ledger(first.tenant, first.id)] == [1]
    assert await store.load_conversation(key()) == state


# -- ledger


async def test_ledger_round_trip_in_seq_order(store: Store) -> None:
    d = deal()
    give = entry(d, 1, labelled=True)
    get = entry(d, 2, side="get", kind="volume", amount=None, unit=None, traded_against=1)
    undo = entry(d, 3, side="undo", ref=1, excerpt="")
    await store.commit(turn(key(), deals=[d], entries=[give, get]))
    await store.commit(turn(key(), deals=[d], entries=[undo], state_changed=False))
    assert await store.ledger(d.tenant, d.id) == [give, get, undo]


async def test_taken_ledger_seq_conflicts_and_rolls_back_the_whole_turn(store: Store) -> None:
    d = deal()
    await store.commit(turn(key(), deals=[d], entries=[entry(d, 1)]))
    state = await store.load_conversation(key())
    d.phase = "Propose"
    racer = entry(d, 1, description="a racing move")
    with pytest.raises(VersionConflict):
        await store.commit(
            turn(
                key(), replace(state, suggested_gets=["x"]), deals=[d], entries=[entry(d, 2), racer]
            )
        )
    assert [e.description for e in await store.ledger(d.tenant, d.id)] == ["move 1"]
    assert (await store.get_deal(d.tenant, d.id)).phase == "Prepare"
    assert await store.load_conversation(key()) == state


async def test_recent_ledger_is_the_end_in_seq_order_with_the_saved_totals(store: Store) -> None:
    d = deal()
    first = [entry(d, seq) for seq in range(1, 6)]
    changes = turn(key(), deals=[d], entries=first)
    changes.totals = {d.id: {"seq": 5, "note": "opaque to the store"}}
    await store.commit(changes)
    recent = await store.recent_ledger(d.tenant, d.id, 3)
    assert recent.entries == first[2:]
    assert recent.totals == {"seq": 5, "note": "opaque to the store"}
    more = turn(key(), deals=[d], entries=[entry(d, 6)], state_changed=False)
    more.totals = {d.id: {"seq": 6}}
    await store.commit(more)
    recent = await store.recent_ledger(d.tenant, d.id, 10)
    assert [e.seq for e in recent.entries] == [1, 2, 3, 4, 5, 6]
    assert recent.totals == {"seq": 6}


async def test_recent_ledger_without_totals_and_of_another_tenant(store: Store) -> None:
    d = deal()
    await store.commit(turn(key(), deals=[d], entries=[entry(d, 1)]))
    recent = await store.recent_ledger(d.tenant, d.id, 5)
    assert [e.seq for e in recent.entries] == [1] and recent.totals is None
    other = await store.recent_ledger("slack:T2", d.id, 5)
    assert other.entries == [] and other.totals is None


async def test_totals_go_with_their_deal(store: Store) -> None:
    d = deal()
    changes = turn(key(), deals=[d], entries=[entry(d, 1)])
    changes.totals = {d.id: {"seq": 1}}
    await store.commit(changes)
    await store.forget_user(d.tenant, d.owner)
    await store.commit(turn(key(), deals=[d], entries=[entry(d, 1)], state_changed=False))
    assert (await store.recent_ledger(d.tenant, d.id, 5)).totals is None


async def test_home_deals_are_bounded_newest_first_with_totals_and_last_seq(
    store: Store,
) -> None:
    deals = [deal(name=f"D{n}", updated_at=T0 + timedelta(minutes=n)) for n in range(5)]
    await store.commit(turn(key(), deals=deals))
    later = turn(key(), deals=[], entries=[entry(deals[3], 1), entry(deals[3], 2)])
    later.state_changed, later.totals = False, {deals[3].id: {"seq": 2}}
    await store.commit(later)
    closed = replace(deals[4], status="won")
    await store.commit(turn(key(), deals=[closed], state_changed=False))
    other = deal(owner="U2", name="Theirs", updated_at=T0 + timedelta(hours=1))
    await store.commit(turn(key(), deals=[other], state_changed=False))
    home = await store.home_deals(deals[0].tenant, "U1", 3)
    assert [(h.name, h.last_seq, h.totals) for h in home] == [
        ("D3", 2, {"seq": 2}),
        ("D2", None, None),
        ("D1", None, None),
    ]
    assert await store.home_deals("slack:T2", "U1", 3) == []


async def test_a_message_already_in_the_ledger_is_not_written_again(store: Store) -> None:
    d = deal()
    first = turn(key(), deals=[d], entries=[entry(d, 1, source="slack:D1/1700.1")])
    first.source = "slack:D1/1700.1"
    await store.commit(first)
    state = await store.load_conversation(key())
    d.phase = "Propose"
    again = turn(
        key(),
        replace(state, suggested_gets=["volume"]),
        deals=[d],
        entries=[entry(d, 2, source="slack:D1/1700.1")],
    )
    again.source = "slack:D1/1700.1"
    with pytest.raises(AlreadyWritten):
        await store.commit(again)
    assert [e.seq for e in await store.ledger(d.tenant, d.id)] == [1]
    assert await store.load_conversation(key()) == state
    assert (await store.get_deal(d.tenant, d.id)).phase == "Prepare"


async def test_only_a_turn_with_entries_and_a_source_is_checked(store: Store) -> None:
    d = deal()
    await store.commit(turn(key(), deals=[d], entries=[entry(d, 1, source="m1")]))
    state = await store.load_conversation(key())
    no_entries = turn(key(), replace(state, suggested_gets=["volume"]), deals=[d])
    no_entries.source = "m1"
    await store.commit(no_entries)  # nothing to write twice
    no_source = turn(key(), deals=[d], entries=[entry(d, 2, source="m1")], state_changed=False)
    await store.commit(no_source)
    other_tenant = deal(tenant="slack:T2")
    elsewhere = turn(
        key(tenant="slack:T2"), deals=[other_tenant], entries=[entry(other_tenant, 1, source="m1")]
    )
    elsewhere.source = "m1"
    await store.commit(elsewhere)  # another workspace's message of the same name
    assert [e.seq for e in await store.ledger(d.tenant, d.id)] == [1, 2]
    assert (await store.load_conversation(key())).suggested_gets == ["volume"]
    assert len(await store.ledger("slack:T2", other_tenant.id)) == 1


async def test_purge_excerpts_blanks_only_old_ones(store: Store) -> None:
    d = deal()
    old = entry(d, 1, created_at=T0 - timedelta(days=40))
    empty = entry(d, 2, created_at=T0 - timedelta(days=40), excerpt="")
    new = entry(d, 3, created_at=T0)
    await store.commit(turn(key(), deals=[d], entries=[old, empty, new]))
    assert await store.purge_excerpts(T0 - timedelta(days=30)) == 1
    entries = await store.ledger(d.tenant, d.id)
    assert [e.excerpt for e in entries] == ["", "", new.excerpt]
    assert entries[0].description == old.description and entries[0].amount == old.amount


# -- users


async def test_users(store: Store) -> None:
    rep = User("slack:T1", "U1", "Dana", manager_id="U9", tz="Europe/Berlin", reminder_minutes=15)
    boss = User("slack:T1", "U9", "Sam", role="manager")
    await store.upsert_user(rep)
    await store.upsert_user(boss)
    assert await store.get_user("slack:T1", "U1") == rep
    assert await store.get_user("slack:T1", "U2") is None
    rep.display_name = "Dana K."
    await store.upsert_user(rep)
    assert await store.get_user("slack:T1", "U1") == rep
    assert sorted(u.user_id for u in await store.list_users("slack:T1")) == ["U1", "U9"]


# -- inbox


async def test_inbox_records_once_and_lists_pending_in_order(store: Store) -> None:
    later = InboundEvent("slack", "Ev2", {"n": 2}, received_at=T0 + timedelta(seconds=5))
    first = InboundEvent("slack", "Ev1", {"n": 1}, received_at=T0)
    assert await store.record_inbound(later)
    assert await store.record_inbound(first)
    assert not await store.record_inbound(InboundEvent("slack", "Ev1", {"n": "retry"}))
    assert await store.record_inbound(InboundEvent("teams", "Ev1", {"n": 3}))
    assert await store.pending_inbound("slack") == [first, later]
    assert [e.event_id for e in await store.pending_inbound("slack", limit=1)] == ["Ev1"]
    await store.complete_inbound("slack", "Ev1")
    assert [e.event_id for e in await store.pending_inbound("slack")] == ["Ev2"]
    assert not await store.record_inbound(InboundEvent("slack", "Ev1", {"n": "late retry"}))


async def test_done_inbox_records_are_pruned_after_the_cutoff_pending_ones_stay(
    store: Store,
) -> None:
    old_done = InboundEvent("slack", "Ev1", {"text": "old"}, received_at=T0, tenant="slack:T1")
    old_pending = InboundEvent("slack", "Ev2", {"text": "stuck"}, received_at=T0)
    new_done = InboundEvent("teams", "Ev3", {}, received_at=T0 + timedelta(days=8))
    for event in (old_done, old_pending, new_done):
        assert await store.record_inbound(event)
    await store.complete_inbound("slack", "Ev1")
    await store.complete_inbound("teams", "Ev3")
    assert await store.prune_inbound(T0 + timedelta(days=7)) == 1
    assert await store.prune_inbound(T0 + timedelta(days=7)) == 0
    assert await store.record_inbound(replace(old_done, payload={}))  # forgotten: new again
    assert not await store.record_inbound(replace(new_done, payload={}))  # still dedupes
    assert sorted(e.event_id for e in await store.pending_inbound("slack")) == ["Ev1", "Ev2"]


async def test_delete_tenant_deletes_its_inbox_records(store: Store) -> None:
    mine = InboundEvent("slack", "Ev1", {"text": "secret", "response_url": "https://x"},
                        received_at=T0, tenant="slack:T1")  # fmt: skip
    done = InboundEvent("slack", "Ev2", {}, received_at=T0, tenant="slack:T1")
    theirs = InboundEvent("slack", "Ev3", {"text": "other"}, received_at=T0, tenant="slack:T2")
    untagged = InboundEvent("slack", "Ev4", {}, received_at=T0)
    for event in (mine, done, theirs, untagged):
        assert await store.record_inbound(event)
    await store.complete_inbound("slack", "Ev2")
    await store.delete_tenant("slack:T1")
    assert sorted(e.event_id for e in await store.pending_inbound("slack")) == ["Ev3", "Ev4"]
    assert await store.record_inbound(replace(done, payload={}))  # its done record went too
    await store.delete_tenant("")  # no tenant: deletes nothing
    assert len(await store.pending_inbound("slack")) == 3


async def test_one_alert_per_thread(store: Store) -> None:
    a = alert()
    assert await store.create_alert(a)
    assert not await store.create_alert(alert())
    assert await store.create_alert(alert(thread="222.2", created_at=T0 + timedelta(minutes=1)))
    assert await store.get_alert(a.tenant, a.id) == a
    a.status, a.decision, a.decided_by = "countered", "yes if 2-year term", "U9"
    a.decided_at = T0 + timedelta(hours=1)
    assert await store.update_alert(a)
    assert await store.get_alert(a.tenant, a.id) == a
    late = await store.get_alert(a.tenant, a.id)
    assert late is not None
    late.status = "declined"
    assert not await store.update_alert(late, expect_status="open")  # already decided
    assert (await store.get_alert(a.tenant, a.id)).status == "countered"  # type: ignore[union-attr]
    assert await store.update_alert(late, expect_status="countered")
    assert (await store.get_alert(a.tenant, a.id)).status == "declined"  # type: ignore[union-attr]
    assert [x.thread for x in await store.list_alerts(a.tenant)] == ["222.2", "111.1"]
    assert len(await store.list_alerts(a.tenant, limit=1)) == 1


async def test_channel_alerts_default_on_and_toggle(store: Store) -> None:
    assert await store.channel_alerts_enabled("slack:T1", "C1")
    await store.set_channel_alerts("slack:T1", "C1", False)
    assert not await store.channel_alerts_enabled("slack:T1", "C1")
    assert await store.channel_alerts_enabled("slack:T1", "C2")
    await store.set_channel_alerts("slack:T1", "C1", True)
    assert await store.channel_alerts_enabled("slack:T1", "C1")


async def test_the_external_opt_in_defaults_off_and_is_kept_apart(store: Store) -> None:
    assert not await store.channel_external_alerts("slack:T1", "C1")
    await store.set_channel_external_alerts("slack:T1", "C1", True)
    assert await store.channel_external_alerts("slack:T1", "C1")
    assert await store.channel_alerts_enabled("slack:T1", "C1")  # a new row: alerts stay on
    assert not await store.channel_external_alerts("slack:T1", "C2")
    assert not await store.channel_external_alerts("slack:T2", "C1")
    await store.set_channel_alerts("slack:T1", "C1", False)  # one flag leaves the other be
    assert await store.channel_external_alerts("slack:T1", "C1")
    await store.set_channel_external_alerts("slack:T1", "C1", False)
    assert not await store.channel_external_alerts("slack:T1", "C1")
    assert not await store.channel_alerts_enabled("slack:T1", "C1")


# -- conversation references


async def test_conversation_refs(store: Store) -> None:
    assert await store.get_conversation_ref("teams:t1", "u1") is None
    ref = {"conversation": {"id": "a:1"}, "serviceUrl": "https://smba.example/"}
    await store.save_conversation_ref("teams:t1", "u1", ref)
    assert await store.get_conversation_ref("teams:t1", "u1") == ref
    await store.save_conversation_ref("teams:t1", "u1", {"conversation": {"id": "a:2"}})
    assert await store.get_conversation_ref("teams:t1", "u1") == {"conversation": {"id": "a:2"}}


# -- jobs


async def test_claim_leases_due_jobs_in_due_order(store: Store) -> None:
    late = job(due=T0 + timedelta(minutes=2))
    early = job(due=T0 + timedelta(minutes=1))
    future = job(due=T0 + timedelta(hours=1))
    for j in (late, future, early):
        await store.schedule_job(j)
    now = T0 + timedelta(minutes=5)
    claimed = await store.claim_due_jobs(now, "w1", timedelta(minutes=1))
    assert [j.id for j in claimed] == [early.id, late.id]
    assert all(
        j.lock_owner == "w1" and j.lock_expires_at == now + timedelta(minutes=1) for j in claimed
    )
    assert await store.claim_due_jobs(now, "w2", timedelta(minutes=1)) == []
    again = await store.claim_due_jobs(now + timedelta(minutes=2), "w2", timedelta(minutes=1))
    assert [j.id for j in again] == [early.id, late.id]  # the first lease expired


async def test_claim_respects_the_limit(store: Store) -> None:
    for minute in range(5):
        await store.schedule_job(job(due=T0 + timedelta(minutes=minute)))
    now = T0 + timedelta(hours=1)
    assert len(await store.claim_due_jobs(now, "w1", timedelta(minutes=1), limit=2)) == 2
    assert len(await store.claim_due_jobs(now, "w2", timedelta(minutes=1), limit=10)) == 3


async def test_finish_job_saves_the_outcome_and_releases_the_lease(store: Store) -> None:
    retry, done = job(), job(due=T0 + timedelta(seconds=1))
    await store.schedule_job(retry)
    await store.schedule_job(done)
    now = T0 + timedelta(minutes=1)
    first, second = await store.claim_due_jobs(now, "w1", timedelta(minutes=5))
    first.attempts, first.due_at, first.last_error = 1, now + timedelta(minutes=1), "429"
    second.status, second.attempts = "done", 1
    await store.finish_job(first)
    await store.finish_job(second)
    jobs = {j.id: j for j in await store.list_jobs("slack:T1")}
    assert jobs[retry.id].lock_owner is None and jobs[retry.id].last_error == "429"
    assert jobs[done.id].status == "done"
    assert await store.claim_due_jobs(now, "w2", timedelta(minutes=5)) == []
    later = await store.claim_due_jobs(now + timedelta(minutes=2), "w2", timedelta(minutes=5))
    assert [j.id for j in later] == [retry.id]


async def test_list_jobs_by_user(store: Store) -> None:
    mine, theirs = job(user_id="U1"), job(user_id="U2", due=T0 - timedelta(minutes=1))
    await store.schedule_job(mine)
    await store.schedule_job(theirs)
    assert [j.id for j in await store.list_jobs("slack:T1")] == [theirs.id, mine.id]
    assert await store.list_jobs("slack:T1", "U1") == [mine]


# -- data rights


async def _seed_user(store: Store, tenant: str = "slack:T1", user: str = "U1") -> None:
    d = deal(tenant=tenant, owner=user)
    k = key(tenant=tenant, user=user)
    await store.commit(
        turn(k, ConversationState(current_deal_id=d.id), deals=[d], entries=[entry(d, 1)])
    )
    await store.upsert_user(User(tenant, user, "Dana"))
    await store.save_conversation_ref(tenant, user, {"channel": "D1"})
    await store.schedule_job(job(tenant=tenant, user_id=user))
    await store.create_alert(alert(tenant=tenant, thread=f"{user}.1", rep=user, approver="U9"))


async def test_export_user_is_complete_and_json_ready(store: Store) -> None:
    await _seed_user(store)
    await _seed_user(store, user="U2")
    data = await store.export_user("slack:T1", "U1")
    json.dumps(data)
    assert data["user"]["display_name"] == "Dana"
    [only] = data["deals"]
    assert only["deal"]["owner"] == "U1" and only["deal"]["limits"]["discount"]["amount"] == 12.0
    assert [e["seq"] for e in only["ledger"]] == [1]
    assert [j["user_id"] for j in data["jobs"]] == ["U1"]
    assert [a["rep"] for a in data["alerts"]] == ["U1"]
    assert [c["state"]["current_deal_id"] for c in data["conversations"]] == [only["deal"]["id"]]
    approver = await store.export_user("slack:T1", "U9")
    assert sorted(a["rep"] for a in approver["alerts"]) == ["U1", "U2"]


async def test_forget_user_deletes_their_data_only(store: Store) -> None:
    await _seed_user(store)
    await _seed_user(store, user="U2")
    [theirs] = await store.list_deals("slack:T1", "U1")
    await store.forget_user("slack:T1", "U1")
    assert await store.list_deals("slack:T1", "U1") == []
    assert await store.ledger("slack:T1", theirs.id) == []
    assert await store.get_user("slack:T1", "U1") is None
    assert await store.get_conversation_ref("slack:T1", "U1") is None
    assert await store.load_conversation(key(user="U1")) == ConversationState()
    assert await store.list_jobs("slack:T1", "U1") == []
    assert not any((await store.export_user("slack:T1", "U1")).values())
    kept = await store.export_user("slack:T1", "U2")
    assert kept["user"] and kept["deals"][0]["ledger"] and kept["jobs"] and kept["alerts"]
    assert kept["conversations"]
    await store.forget_user("slack:T1", "U9")  # the approver: decisions stay, the name goes
    [left] = await store.list_alerts("slack:T1")
    assert left.rep == "U2" and left.approver == ""
    assert not (await store.export_user("slack:T1", "U9"))["alerts"]


async def test_delete_tenant_deletes_everything_in_it(store: Store) -> None:
    await _seed_user(store)
    await _seed_user(store, tenant="slack:T2")
    assert await store.create_alert(alert())
    await store.set_channel_alerts("slack:T1", "C1", False)
    await store.delete_tenant("slack:T1")
    assert await store.list_deals("slack:T1", None, None) == []
    assert await store.list_users("slack:T1") == []
    assert await store.list_alerts("slack:T1") == []
    assert await store.channel_alerts_enabled("slack:T1", "C1")
    assert await store.list_jobs("slack:T1") == []
    assert await store.load_conversation(key()) == ConversationState()
    assert (await store.export_user("slack:T2", "U1"))["deals"]
