"""Offers, proposals and their sizes: wordings the reader reads, and look-alikes it must not.

Each case is a paraphrase of a kind of sentence, through the public ``analyze``.
"""

from __future__ import annotations

import pytest

from coaching.reader import analyze


def _gives(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(g.kind, g.amount, g.unit) for g in analyze(text).gives]


def _gets(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(g.kind, g.amount, g.unit) for g in analyze(text).gets]


# -- an ask turned down on its own, after it -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Halvard wants net 120. Told them no, net 30 is our standard.",
        "Brightmoor wants us to pay for their contractor. Not happening.",
        "They asked if we could beat 18%. We can't, and I told them so.",
        "Their COO asked for a free pilot. I told him our policy is paid pilots only.",
        "They asked for 20% off. We can't do that.",
    ],
)
def test_an_ask_turned_down_in_the_next_words_is_no_give(text: str) -> None:
    assert _gives(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("They asked for 20% off. We can, if they sign 3 years.", "discount"),
        ("Customer asked for net 60 and we said yes.", "payment_terms"),
    ],
)
def test_an_ask_answered_yes_stays_a_give(text: str, kind: str) -> None:
    assert [g[0] for g in _gives(text)] == [kind]


# -- a counter-proposal: bare sizes beside named moves, the ask named in passing ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Our counter: 8% and net 45, in return for dropping the custom SSO work.",
        "Counter from our side: 8% (not the 15% you asked for) and net 45, in return for "
        "dropping the data migration from scope.",
        "We can offer 8% and net 45 if you drop the custom reporting module.",
    ],
)
def test_a_bare_percentage_listed_with_a_named_move_is_offered(text: str) -> None:
    a = analyze(text)
    assert [(g.kind, g.amount, g.unit) for g in a.gives] == [
        ("discount", 8, "%"),
        ("payment_terms", 45, "days"),
    ]
    assert a.conditional


def test_the_ask_named_beside_a_counter_is_not_its_size() -> None:
    text = "we can offer net 45, not the net 90 they asked for, if they sign this week"
    assert _gives(text) == [("payment_terms", 45, "days")]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("we can come down 7% on licences if you commit to the full 3-year term", 7),
        ("could we come down another 3% if they take a two-year deal?", 3),
        ("happy to come down 5 percent for a signature this week", 5),
    ],
)
def test_coming_down_by_a_size_is_a_discount(text: str, amount: int) -> None:
    assert _gives(text)[0] == ("discount", amount, "%")


@pytest.mark.parametrize(
    "text", ["prices will come down 5% next year for everyone", "we're not coming down 5%"]
)
def test_coming_down_announced_or_refused_is_no_give(text: str) -> None:
    assert _gives(text) == []
