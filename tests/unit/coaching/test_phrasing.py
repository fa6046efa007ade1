"""Amounts in words: payment terms read "net 60" in every reply, by one rule."""

from __future__ import annotations

import re
from pathlib import Path

from coaching.analysis import Item
from coaching.phrasing import authority_ceiling, describe, give_phrase, kind_amount
from coaching.playbook import load_playbook

CORE = Path(__file__).resolve().parents[3] / "coaching"


def test_payment_terms_read_as_net_days_and_other_kinds_as_their_amount() -> None:
    assert kind_amount("payment_terms", 60.0, "days") == "net 60"
    assert kind_amount("payment_terms", 45.5, "days") == "net 45.5"
    assert kind_amount("trial", 30.0, "days") == "30 days"
    assert kind_amount("discount", 15.0, "%") == "15%"
    assert kind_amount("payment_terms", None, "days") == ""


def test_the_ledger_the_trade_and_the_authority_say_net_the_same_way() -> None:
    playbook = load_playbook()
    assert describe("payment_terms", 60, "days") == "payment terms net 60"
    assert "net 60" in give_phrase(Item("payment_terms", 60, "days"), playbook)
    assert playbook.ceiling("payment_terms") == (45.0, "days")  # the shipped playbook
    assert authority_ceiling(playbook, "payment_terms") == "net 45"


def test_net_wording_is_built_in_one_place() -> None:
    """Only ``kind_amount`` writes "net <n>"; everything else calls it."""
    built = re.compile(r"""f["']net \{""")
    places = [
        path.relative_to(CORE).as_posix()
        for path in sorted(CORE.rglob("*.py"))
        if built.search(path.read_text("utf-8"))
    ]
    assert places == ["phrasing.py"]
