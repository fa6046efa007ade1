"""The archetype for the characteristic deals the strategy article describes, and the plan."""

from __future__ import annotations

import itertools

import pytest

from coaching.playbook import load_playbook
from coaching.prep_plan import movement_plan, rank_gives, read_tradeables, ready_trades
from coaching.strategy import recommend

PLAYBOOK = load_playbook()


@pytest.mark.parametrize(
    ("profile", "archetype"),
    [
        # A large strategic account with a business owner: invest in the relationship.
        (
            {"size": "large", "relationship": "strategic", "buyer": "business",
             "competition": "head", "power": "balanced"},
            "Partnership",
        ),
        # A small one-off purchase where we are the only option: claim value.
        (
            {"size": "small", "relationship": "transactional", "competition": "sole",
             "buyer": "business", "power": "ours"},
            "Competitive",
        ),
        # Skilled procurement holding the power on a mid-size contract: protect terms.
        (
            {"size": "mid", "relationship": "transactional", "buyer": "procurement",
             "competition": "crowded", "power": "theirs"},
            "Defensive",
        ),
        # Head to head, reference value, power even: grow the pie, trade across dimensions.
        (
            {"size": "mid", "relationship": "reference", "competition": "head",
             "buyer": "business", "power": "balanced", "type": "Creating"},
            "Creative",
        ),
    ],
)  # fmt: skip
def test_archetype_for_characteristic_deals(profile: dict[str, str], archetype: str) -> None:
    rec = recommend(profile)
    assert rec.archetype.name == archetype
    assert rec.reasons and rec.archetype.tactics and rec.archetype.risks


def test_reasons_come_from_the_answers_that_voted() -> None:
    rec = recommend({"relationship": "strategic", "size": "large"})
    assert rec.archetype.name == "Partnership"
    assert any("strategic account" in r for r in rec.reasons)
    assert any("500K" in r for r in rec.reasons)


def test_nothing_known_falls_back_to_defensive() -> None:
    assert recommend({}).archetype.name == "Defensive"


def test_anchoring_follows_the_balance_of_information_and_power() -> None:
    assert recommend({"competition": "sole"}).anchor_first is True
    assert recommend({"power": "theirs", "competition": "crowded"}).anchor_first is False


def test_sequencing_per_archetype() -> None:
    assert recommend({"relationship": "strategic"}).sequence[0] == "Easy wins first"
    assert recommend({"relationship": "transactional", "competition": "sole"}).sequence[0] == (
        "Hardest first"
    )
    assert recommend({"buyer": "procurement"}).sequence[0] == "Package"


def test_communicate_questions_include_the_deal_specific_ones() -> None:
    questions = recommend({"competition": "head"}).questions
    assert "What does success look like on your side?" in questions
    assert any("comparing" in q for q in questions)


@pytest.mark.parametrize("steps", [3, 4])
def test_movement_plan_steps_shrink_and_land_on_the_limit(steps: int) -> None:
    plan = movement_plan("0%", "15%", steps)
    assert plan is not None and len(plan["steps"]) == steps
    sizes = plan["steps"]
    assert all(a > b for a, b in itertools.pairwise(sizes))
    assert plan["positions"][-1] == 15 and sum(sizes) == pytest.approx(15)


def test_a_price_plan_walks_down_from_the_opening() -> None:
    plan = movement_plan("$120K", "$100K", 3)
    assert plan is not None and plan["price"] and plan["unit"] == "USD"
    assert plan["positions"][-1] == 100_000
    assert plan["steps"][0] > plan["steps"][1] > plan["steps"][2]


def test_no_numeric_limit_no_plan() -> None:
    assert movement_plan("list price", "walk if they ask for source code", 3) is None


def test_tradeables_rank_cheap_to_us_and_valuable_to_them_first() -> None:
    gives = read_tradeables("discount high, pilot low, net 60 medium", "give", PLAYBOOK)
    ranked = [g["kind"] for g in rank_gives(gives)]
    assert ranked == ["trial", "payment_terms", "discount"]


def test_ready_trades_pair_cheap_gives_with_valuable_gets() -> None:
    gives = rank_gives(read_tradeables("pilot low, net 60 medium", "give", PLAYBOOK))
    gets = read_tradeables("two-year term high, case study medium", "get", PLAYBOOK)
    trades = ready_trades(gives, gets, None, PLAYBOOK)
    assert 2 <= len(trades) <= 3
    assert all(t.startswith("If we ") and ", could you " in t and t.endswith("?") for t in trades)
    assert "case study" in trades[0]  # the matrix pairs a pilot with a reference
