"""Delegations and the approvals audit log, held to one contract on every store."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from store_helpers import T0, deal, entry, key, turn

from bot.services import Store
from coaching.model import ConversationState
from coaching.records import AuditEntry, Delegation
from coaching.store import AlreadyWritten

TENANT = "slack:T1"


def audit(key_: str, action: str = "approved", **fields: object) -> AuditEntry:
    values: dict[str, object] = {"tenant": TENANT, "actor": "U9", "rep": "U1", "at": T0, **fields}
    return AuditEntry(key=key_, action=action, **values)  # type: ignore[arg-type]


async def test_a_delegation_is_set_replaced_and_ended_with_its_audit_rows(store: Store) -> None:
    first = Delegation(TENANT, "U9", "U7", T0 + timedelta(days=3), created_at=T0)
    await store.set_delegation(
        first,
        audit("delegate:1", at=T0 + timedelta(minutes=1), action="delegated", actor="U9", rep=""),
    )
    assert await store.get_delegation(TENANT, "U9") == first
    assert await store.get_delegation(TENANT, "U7") is None
    assert await store.get_delegation("slack:T2", "U9") is None
    second = Delegation(TENANT, "U9", "U8", T0 + timedelta(days=5), created_at=T0)
    await store.set_delegation(
        second,
        audit("delegate:2", at=T0 + timedelta(minutes=2), action="delegated", actor="U9", rep=""),
    )
    assert await store.get_delegation(TENANT, "U9") == second
    ended = audit(
        "delegate:3", at=T0 + timedelta(minutes=3), action="delegation_ended", actor="U9", rep=""
    )
    assert await store.end_delegation(TENANT, "U9", ended)
    assert await store.get_delegation(TENANT, "U9") is None
    again = audit(
        "delegate:4", at=T0 + timedelta(minutes=4), action="delegation_ended", actor="U9", rep=""
    )
    assert not await store.end_delegation(TENANT, "U9", again)  # nothing to end: no row
    assert [a.key for a in await store.list_audit(TENANT)] == [
        "delegate:3",
        "delegate:2",
        "delegate:1",
    ]


async def test_an_audit_key_is_written_once(store: Store) -> None:
    assert await store.record_audit(audit("decision:a1", condition="if 2 years"))
    assert not await store.record_audit(audit("decision:a1", "declined"))
    (row,) = await store.list_audit(TENANT)
    assert (row.action, row.condition) == ("approved", "if 2 years")
    assert await store.record_audit(audit("decision:a1", tenant="slack:T2")) is True


async def test_list_audit_is_newest_first_bounded_and_by_user(store: Store) -> None:
    for minute, who in enumerate(("U9", "U8", "U9")):
        await store.record_audit(audit(f"k{minute}", actor=who, at=T0 + timedelta(minutes=minute)))
    await store.record_audit(audit("k9", actor="U7", rep="U2", on_behalf_of="U9"))
    assert [a.key for a in await store.list_audit(TENANT, limit=2)] == ["k2", "k1"]
    assert {a.key for a in await store.list_audit(TENANT, "U9")} == {"k0", "k2", "k9"}
    assert [a.key for a in await store.list_audit(TENANT, "U2")] == ["k9"]


async def test_audit_rows_ride_with_the_turn_and_a_redone_turn_writes_none(store: Store) -> None:
    """A decision's ledger entry and its audit row are one commit: redone after a crash,
    the store refuses the turn (AlreadyWritten) and no second row appears."""
    d = deal()
    await store.commit(turn(key(), ConversationState(current_deal_id=d.id), deals=[d]))
    state = await store.load_conversation(key())
    changes = turn(key(), state, entries=[entry(d, 1, "decision", source="slack:C1/1.1")])
    changes.state_changed = False
    changes.source = "slack:C1/1.1"
    changes.audit.append(audit("decision:a1", deal_id=d.id))
    await store.commit(changes)
    redo = turn(key(), state, entries=[entry(d, 2, "decision", source="slack:C1/1.1")])
    redo.state_changed = False
    redo.source = "slack:C1/1.1"
    redo.audit.append(audit("decision:a1", deal_id=d.id, id="other"))
    with pytest.raises(AlreadyWritten):
        await store.commit(redo)
    (row,) = await store.list_audit(TENANT)
    assert row.deal_id == d.id and row.id == changes.audit[0].id


async def test_export_forget_and_delete_tenant_take_the_audit_rows(store: Store) -> None:
    await store.record_audit(audit("decision:a1", actor="U9", rep="U1"))
    await store.record_audit(audit("decision:a2", actor="U7", rep="U2", on_behalf_of="U9"))
    until = T0 + timedelta(days=2)
    await store.set_delegation(
        Delegation(TENANT, "U9", "U7", until),
        audit(
            "delegate:1", at=T0 + timedelta(minutes=1), action="delegated", rep="", delegate="U7"
        ),
    )
    exported = await store.export_user(TENANT, "U9")
    json.dumps(exported)
    assert sorted(a["key"] for a in exported["audit"]) == [
        "decision:a1",
        "decision:a2",
        "delegate:1",
    ]
    assert [a["key"] for a in (await store.export_user(TENANT, "U1"))["audit"]] == ["decision:a1"]

    await store.forget_user(TENANT, "U1")  # the rep: their requests' rows go
    assert "decision:a1" not in {a.key for a in await store.list_audit(TENANT)}
    await store.forget_user(TENANT, "U9")  # the manager: the decisions stay, the name goes
    assert await store.get_delegation(TENANT, "U9") is None
    assert await store.list_audit(TENANT, "U9") == []
    (behalf,) = [a for a in await store.list_audit(TENANT) if a.key == "decision:a2"]
    assert behalf.actor == "U7" and behalf.on_behalf_of is None

    await store.record_audit(audit("decision:x", tenant="slack:T2"))
    await store.delete_tenant(TENANT)
    assert await store.list_audit(TENANT) == []
    assert len(await store.list_audit("slack:T2")) == 1
