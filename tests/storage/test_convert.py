"""Column values of a record are the deep, JSON-safe copy dataclasses.asdict makes."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime

from coaching.model import Deal, GoalZone, LedgerEntry, Limit
from storage.convert import values


def _deal() -> Deal:
    return Deal(
        "slack:T1",
        "U1",
        "Acme",
        limits={"discount": Limit("discount", 12.0, "%")},
        goal_zones={"discount": GoalZone("discount", 4.0, 7.0, "%")},
        prep={"steps": [{"done": True, "pair": (1, 2)}], "note": None},
        list_price=250_000.0,
    )


def test_values_are_what_asdict_gives_field_for_field() -> None:
    entry = LedgerEntry(
        tenant="slack:T1",
        deal_id="d1",
        seq=3,
        side="give",
        kind="discount",
        description="5% off",
        author="U1",
        amount=5.0,
        unit="%",
        created_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
    )
    for record in (_deal(), Deal("slack:T1", "U1", "Bare"), entry):
        expected, got = asdict(record), values(record)
        assert got == expected
        assert list(got) == list(expected)
        assert [type(v) for v in got.values()] == [type(v) for v in expected.values()]


def test_values_share_nothing_mutable_with_the_record() -> None:
    deal = _deal()
    row = values(deal)
    row["limits"]["discount"]["amount"] = 99.0
    row["prep"]["steps"][0]["done"] = False
    assert deal.limits["discount"].amount == 12.0
    assert deal.prep["steps"][0]["done"] is True
