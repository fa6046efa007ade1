"""Builders for store tests: deals, ledger entries and turns with sensible defaults.

A distinctive module name because tests/storage has no __init__.py (a package
there would shadow the real ``storage`` package).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.services import Store
from coaching.model import (
    ConversationKey,
    ConversationState,
    Deal,
    LedgerEntry,
    Limit,
    TurnChanges,
)
from coaching.records import Alert, Job
from storage.memory import MemoryStore
from storage.sql_store import open_sql_store

T0 = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


def key(tenant: str = "slack:T1", user: str = "U1", conversation: str = "D1") -> ConversationKey:
    return ConversationKey(tenant, user, conversation)


def deal(tenant: str = "slack:T1", owner: str = "U1", name: str = "Acme", **fields: Any) -> Deal:
    defaults: dict[str, Any] = {
        "negotiation_type": "Trading",
        "limits": {"discount": Limit("discount", 12.0, "%")},
        "walk_away": "no deal below 80k",
        "goal_zone": "8-12% off",
        "prep": {"next_steps": ["send order form"]},
        "created_at": T0,
        "updated_at": T0,
    }
    return Deal(tenant=tenant, owner=owner, name=name, **{**defaults, **fields})


def entry(d: Deal, seq: int, side: str = "give", **fields: Any) -> LedgerEntry:
    defaults: dict[str, Any] = {
        "kind": "discount",
        "description": f"move {seq}",
        "amount": 5.0,
        "unit": "%",
        "author": d.owner,
        "source": f"msg-{seq}",
        "excerpt": f"we could do 5% ({seq})",
        "created_at": T0 + timedelta(minutes=seq),
    }
    return LedgerEntry(tenant=d.tenant, deal_id=d.id, seq=seq, side=side, **{**defaults, **fields})


def turn(
    k: ConversationKey,
    state: ConversationState | None = None,
    *,
    deals: list[Deal] | None = None,
    entries: list[LedgerEntry] | None = None,
    state_changed: bool = True,
) -> TurnChanges:
    return TurnChanges(
        key=k,
        state=state or ConversationState(),
        state_changed=state_changed,
        deals=deals or [],
        entries=entries or [],
    )


def alert(
    tenant: str = "slack:T1", channel: str = "C1", thread: str = "111.1", **fields: Any
) -> Alert:
    defaults: dict[str, Any] = {
        "message_ref": f"{channel}/{thread}",
        "rep": "U1",
        "approver": "U9",
        "analysis": {"gives": [{"kind": "discount", "amount": 15}]},
        "created_at": T0,
    }
    return Alert(tenant=tenant, channel=channel, thread=thread, **{**defaults, **fields})


def job(tenant: str = "slack:T1", due: datetime = T0, user_id: str = "U1", **fields: Any) -> Job:
    return Job(
        tenant=tenant,
        kind=fields.pop("kind", "reminder"),
        due_at=due,
        payload=fields.pop("payload", {"deal": "Acme"}),
        user_id=user_id,
        **fields,
    )


@dataclass
class Backend:
    """Where a test's data lives; ``open()`` gives another store (engine) on the same data."""

    name: str
    url: str = ""
    schema: str | None = None
    memory: MemoryStore | None = None

    @property
    def sql(self) -> bool:
        return self.name != "memory"

    def open(self, **options: object) -> AbstractAsyncContextManager[Store]:
        if self.memory is not None:
            return _same(self.memory)
        return open_sql_store(self.url, schema=self.schema, **options)  # type: ignore[arg-type]


@asynccontextmanager
async def _same(store: MemoryStore) -> AsyncIterator[Store]:
    yield store
