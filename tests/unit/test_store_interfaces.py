"""Both stores offer every method of every narrow storage interface, with its parameters."""

from __future__ import annotations

import inspect

import pytest

from adapters.stores import InboxStore, PlatformStore, ReferenceStore
from bot.services import Store
from coaching.store import (
    AlertStore,
    AnalyticsQueries,
    DealQueries,
    JobStore,
    RecordsAdmin,
    TurnStore,
    UserStore,
)
from storage.memory import MemoryStore
from storage.sql_store import SqlStore

INTERFACES = (
    DealQueries,
    TurnStore,
    UserStore,
    AlertStore,
    JobStore,
    RecordsAdmin,
    AnalyticsQueries,
    InboxStore,
    ReferenceStore,
    PlatformStore,
    Store,
)


def methods(protocol: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for klass in protocol.__mro__
        if klass.__dict__.get("_is_protocol")
        for name, member in vars(klass).items()
        if inspect.isfunction(member) and not name.startswith("_")
    }


@pytest.mark.parametrize("implementation", [MemoryStore, SqlStore])
@pytest.mark.parametrize("interface", INTERFACES, ids=lambda p: p.__name__)
def test_the_store_satisfies_the_interface(implementation: type, interface: type) -> None:
    for name, wanted in methods(interface).items():
        offered = getattr(implementation, name, None)
        assert offered is not None, f"{implementation.__name__} lacks {name}"
        assert list(inspect.signature(offered).parameters) == list(wanted.parameters), name


def test_the_union_is_every_interface() -> None:
    union = set(methods(Store))
    assert len(union) > 30
    for interface in INTERFACES:
        assert set(methods(interface)) <= union
