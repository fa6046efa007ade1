"""The reader's fast constructors build the same frozen value objects as the dataclass __init__."""

from __future__ import annotations

import dataclasses

import pytest

from coaching.analysis import Analysis, Item, new_analysis, new_item


def test_new_item_is_the_item_the_dataclass_builds() -> None:
    fast = new_item("discount", 15.0, "%", "15% off")
    slow = Item("discount", 15.0, "%", "15% off")
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert fast.to_json() == slow.to_json()
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.kind = "scope"  # type: ignore[misc]


def test_new_analysis_is_the_analysis_the_dataclass_builds() -> None:
    gives = (new_item("discount", 15.0, "%", "15% off"),)
    gets = (new_item("term_commitment", 2.0, "years", "two-year term"),)
    fast = new_analysis(gives, gets, True, False, False)
    slow = Analysis(gives=gives, gets=gets, conditional=True, discount_request=False)
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert fast.to_json() == slow.to_json()
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.conditional = False  # type: ignore[misc]
