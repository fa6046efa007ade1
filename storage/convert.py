"""Between the engine's dataclasses and table rows, in both directions.

Field names match on both sides, so the mapping is generic; only the deal's
limits and Goal Zones (objects vs JSON), its casefolded name key and the dialogue
state's JSON need a word.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import asdict, fields, is_dataclass
from datetime import datetime
from typing import Any, TypeVar

from coaching.model import (
    ConversationKey,
    ConversationState,
    Deal,
    GoalZone,
    LedgerEntry,
    Limit,
    utcnow,
)

T = TypeVar("T")
MAX_EXCERPT = 140  # the engine keeps at most this much of a message; never store more


def to_record(cls: type[T], row: Any) -> T:
    """A dataclass of ``cls`` from a row (ORM object or Row) with the same field names."""
    return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})  # type: ignore[arg-type]


# Field values that are their own copy: immutable, no dataclass or container inside.
_ATOMIC = frozenset({str, int, float, bool, type(None), datetime})


def values(record: Any) -> dict[str, Any]:
    """Column values of a record: a deep, JSON-safe copy of its fields, as
    :func:`dataclasses.asdict` makes it. Written on every turn (the deal, each ledger
    entry), so the plain fields most records are made of are taken as they are and
    only the others are copied (nested limits, a prep card)."""
    return {
        f.name: value if type(value) in _ATOMIC else _deep(value)
        for f in fields(record)
        for value in (getattr(record, f.name),)
    }


def _deep(value: Any) -> Any:
    """A field value copied the way :func:`dataclasses.asdict` copies it."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a named tuple
        return type(value)(*[_deep(v) for v in value])
    if isinstance(value, list | tuple):
        return type(value)(_deep(v) for v in value)
    if isinstance(value, dict):
        return type(value)((_deep(k), _deep(v)) for k, v in value.items())
    return copy.deepcopy(value)


def name_key(name: str) -> str:
    return name.casefold()


def deal_values(deal: Deal) -> dict[str, Any]:
    return {**values(deal), "name_key": name_key(deal.name)}


def to_deal(row: Any) -> Deal:
    return _deal_objects(to_record(Deal, row))


def deal_from(data: dict[str, Any]) -> Deal:
    """A deal from its column values by field name (a Core row read by name)."""
    return _deal_objects(Deal(**data))


def _deal_objects(deal: Deal) -> Deal:
    # The row holds JSON objects where the record holds Limit and GoalZone.
    limits: dict[str, Any] = dict(deal.limits or {})
    zones: dict[str, Any] = dict(deal.goal_zones or {})
    deal.limits = {kind: Limit(**data) for kind, data in limits.items()}
    deal.goal_zones = {kind: GoalZone(**data) for kind, data in zones.items()}
    deal.prep = dict(deal.prep or {})
    return deal


def entry_values(entry: LedgerEntry) -> dict[str, Any]:
    data = values(entry)
    data["excerpt"] = data["excerpt"][:MAX_EXCERPT]
    return data


def state_key(key: ConversationKey) -> dict[str, str]:
    return {"tenant": key.tenant, "user_id": key.user, "conversation": key.conversation}


def state_values(key: ConversationKey, state: ConversationState, version: int) -> dict[str, Any]:
    return {**state_key(key), "data": state.to_json(), "version": version, "updated_at": utcnow()}


def tenant_values(tenant: str) -> dict[str, Any]:
    """A tenant row from its key: "slack:T123" is workspace T123 on Slack."""
    platform, _, workspace = tenant.partition(":")
    if not workspace:
        platform, workspace = "", tenant
    return {"key": tenant, "platform": platform, "workspace_id": workspace, "created_at": utcnow()}


def plain_one(obj: Any) -> Any:
    """A JSON-friendly copy of a record (dataclasses, datetimes, nested limits)."""
    if obj is None:
        return None
    data = asdict(obj) if is_dataclass(obj) and not isinstance(obj, type) else obj
    return _jsonable(data)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def plain(records: Iterable[Any]) -> list[Any]:
    """JSON-friendly copies of several records (used by export)."""
    return [plain_one(r) for r in records]
