"""Two tenants with the same ids: no public function reads or touches the other's rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from store_helpers import T0, alert, deal, entry, job, key, turn

from bot.services import Store
from coaching.model import ConversationState
from coaching.records import User

A, B = "slack:T1", "teams:T1"  # same workspace id on two platforms: still two tenants


@pytest.fixture
async def seeded(store: Store) -> dict[str, object]:
    """Tenant A holds one of everything; B is empty but uses the same user/channel ids."""
    d = deal(tenant=A)
    await store.commit(
        turn(key(A), ConversationState(current_deal_id=d.id), deals=[d], entries=[entry(d, 1)])
    )
    await store.upsert_user(User(A, "U1", "Dana"))
    a = alert(tenant=A)
    assert await store.create_alert(a)
    await store.set_channel_alerts(A, "C1", False)
    await store.save_conversation_ref(A, "U1", {"channel": "D1"})
    j = job(tenant=A)
    await store.schedule_job(j)
    return {"deal": d, "alert": a, "job": j}


async def test_reads_in_another_tenant_see_nothing(store: Store, seeded: dict) -> None:
    d, a = seeded["deal"], seeded["alert"]
    assert await store.load_conversation(key(B)) == ConversationState()
    assert await store.get_deal(B, d.id) is None
    assert await store.find_deal(B, "U1", "Acme") is None
    assert await store.list_deals(B, None, None) == []
    assert await store.list_deals(B, "U1") == []
    assert await store.ledger(B, d.id) == []
    assert await store.get_user(B, "U1") is None
    assert await store.list_users(B) == []
    assert await store.get_alert(B, a.id) is None
    assert await store.list_alerts(B) == []
    assert await store.channel_alerts_enabled(B, "C1")
    assert await store.get_conversation_ref(B, "U1") is None
    assert await store.list_jobs(B) == []
    assert await store.list_jobs(B, "U1") == []
    assert not any((await store.export_user(B, "U1")).values())


async def test_writes_in_another_tenant_leave_it_alone(store: Store, seeded: dict) -> None:
    d, a, j = seeded["deal"], seeded["alert"], seeded["job"]
    assert await store.create_alert(alert(tenant=B))  # same channel and thread, other tenant
    hijack = alert(tenant=B, id=a.id, status="approved")
    await store.update_alert(hijack)
    assert (await store.get_alert(A, a.id)).status == "open"
    await store.forget_user(B, "U1")
    await store.delete_tenant(B)
    assert await store.get_deal(A, d.id) == d
    assert [e.seq for e in await store.ledger(A, d.id)] == [1]
    assert await store.get_user(A, "U1") is not None
    assert await store.get_conversation_ref(A, "U1") == {"channel": "D1"}
    assert not await store.channel_alerts_enabled(A, "C1")
    assert [x.id for x in await store.list_jobs(A)] == [j.id]
    assert (await store.load_conversation(key(A))).current_deal_id == d.id
    assert await store.get_alert(A, a.id) == a  # forgetting U1 in B left A's alert alone


async def test_finish_job_is_scoped_by_tenant(sql_store: Store) -> None:
    j = job(tenant=A)
    await sql_store.schedule_job(j)
    assert await sql_store.claim_due_jobs(
        T0 + timedelta(minutes=1), "w1", timedelta(minutes=5)
    ) == [replace(j, lock_owner="w1", lock_expires_at=T0 + timedelta(minutes=6))]
    await sql_store.finish_job(job(tenant=B, id=j.id, status="done"))
    [kept] = await sql_store.list_jobs(A)
    assert kept.status == "pending" and kept.lock_owner == "w1"


async def test_a_turn_cannot_write_another_tenants_deal(sql_store: Store) -> None:
    theirs = deal(tenant=A)
    await sql_store.commit(turn(key(A), deals=[theirs]))
    forged = deal(tenant=B, id=theirs.id, name="Forged")
    with pytest.raises(ValueError, match="another tenant"):
        await sql_store.commit(turn(key(B), deals=[forged]))
    with pytest.raises(ValueError, match="may not write"):
        await sql_store.commit(turn(key(B), deals=[deal(tenant=A, name="Other")]))
    assert await sql_store.get_deal(A, theirs.id) == theirs
    assert await sql_store.load_conversation(key(B)) == ConversationState()
