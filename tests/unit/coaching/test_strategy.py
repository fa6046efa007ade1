"""The archetype for the characteristic deals the strategy article describes, and the plan."""

from __future__ import annotations

import itertools

import pytest

from coaching.playbook import load_playbook
from coaching.prep_plan import (
    STYLES,
    movement_plan,
    plan_style,
    rank_gives,
    read_tradeables,
    ready_trades,
    say_trade,
)
from coaching.render import Renderer
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


@pytest.mark.parametrize("archetype", list(STYLES))
@pytest.mark.parametrize("kind", [None, "Bargaining", "Trading", "Creating", "Partnering"])
def test_movement_plan_shrinks_into_the_goal_zone_and_keeps_the_limit_back(
    archetype: str, kind: str | None
) -> None:
    style = plan_style(archetype, kind)
    plan = movement_plan("0%", "15%", "4-9% off", style)
    assert plan is not None and len(plan["steps"]) == style.steps
    sizes = plan["steps"]
    assert all(a > b for a, b in itertools.pairwise(sizes))
    assert 4 <= plan["landing"] <= 9 and plan["positions"][-1] == plan["landing"]
    assert sizes[0] < 15 / 3  # the first move does not spend a third of the room
    assert plan["reserve"] == pytest.approx(15 - sum(sizes)) and plan["reserve"] >= 6


def test_without_a_goal_zone_most_of_the_room_is_kept_back() -> None:
    for archetype in STYLES:
        plan = movement_plan("0%", "15%", "", plan_style(archetype, None))
        assert plan is not None
        assert all(a > b for a, b in itertools.pairwise(plan["steps"]))
        assert sum(plan["steps"]) < 15 / 2


def test_a_competitive_bargain_lands_lower_and_in_more_steps_than_a_partnership() -> None:
    hard = movement_plan("0%", "15%", "4-9%", plan_style("Competitive", "Bargaining"))
    soft = movement_plan("0%", "15%", "4-9%", plan_style("Partnership", "Partnering"))
    assert hard is not None and soft is not None
    assert hard["landing"] < soft["landing"] and len(hard["steps"]) > len(soft["steps"])
    assert hard["steps"][0] < soft["steps"][0]


def test_a_price_plan_walks_down_from_the_opening_into_the_zone() -> None:
    plan = movement_plan("$120K", "$100K", "$105K-$110K")
    assert plan is not None and plan["price"] and plan["unit"] == "USD"
    assert 105_000 <= plan["landing"] <= 110_000
    assert plan["steps"][0] > plan["steps"][1] > plan["steps"][2]


def test_a_goal_zone_outside_the_room_is_ignored() -> None:
    plan = movement_plan("0%", "15%", "20-25%")
    assert plan is not None and plan["goal"] is None and sum(plan["steps"]) < 7.5


def test_no_numeric_limit_no_plan() -> None:
    assert movement_plan("list price", "walk if they ask for source code", 3) is None


def test_tradeables_rank_cheap_to_us_and_valuable_to_them_first() -> None:
    gives = read_tradeables("discount high, pilot low, net 60 medium", "give", PLAYBOOK)
    ranked = [g["kind"] for g in rank_gives(gives)]
    assert ranked == ["trial", "payment_terms", "discount"]


def test_without_a_plan_trades_pair_cheap_gives_with_valuable_gets() -> None:
    gives = rank_gives(read_tradeables("pilot low, net 60 medium", "give", PLAYBOOK))
    gets = read_tradeables("two-year term high, case study medium", "get", PLAYBOOK)
    trades = ready_trades(gives, [], gets, None, PLAYBOOK, STYLES["Defensive"])
    assert len(trades) == 2
    # the pilot is within the rep's authority, so it comes first; net 60 is not
    assert trades[0]["gives"][0]["kind"] == "trial"
    assert (
        trades[0]["gets"][0]["words"] == "case study"
    )  # the matrix pairs a pilot with a reference
    said = [say_trade(Renderer(), t, STYLES["Defensive"], "", PLAYBOOK) for t in trades]
    assert said[0] == "If we run a pilot, could you agree to a case study?"
    assert said[1] == "If we move payment terms to net 60, could you commit to a two-year term?"
