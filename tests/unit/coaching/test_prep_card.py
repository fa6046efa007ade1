"""The prep card as a new rep meets it: `prep <deal>` through the engine, answered in words.

Each test is one complaint from trying the card: a plan that spent the room in three steps,
trades that contradicted it or dropped the rep's words, a dangling "that", a term asked of a
one-off purchase, net 60 not marked for approval, a card too long for a chat, and a strategy
that only changed a tip line.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest

from coaching.messages import Reply
from coaching.playbook import load_playbook
from coaching.prep_plan import STYLES, playbook_tradeables, say_trade
from coaching.render import Renderer, unescape_markdown
from storage.memory import MemoryStore
from tests.support.prep import Clock, make_coach, say

TENANT = "console:local"
GETS = (
    "before their fiscal year closes high, a 3-year term high, remove the reporting add-on medium"
)


def answers(**changes: str) -> list[str]:
    """The twelve prep answers in a rep's words; a keyword replaces one of them."""
    base = {
        "type": "Trading",
        "size": "over 500K",
        "purchase": "a subscription",
        "competition": "head to head",
        "relationship": "strategic partnership",
        "buyer": "enterprise procurement",
        "power": "balanced",
        "opening": "0%",
        "limit": "15%",
        "goal": "4-9% off",
        "gives": "pilot low, net 60 medium, discount high",
        "gets": GETS,
    }
    return list({**base, **changes}.values())


async def prep(**changes: str) -> tuple[Reply, Reply, dict[str, Any]]:
    """The short card, the full card and the saved card for one prep of "Acme"."""
    store = MemoryStore()
    coach = make_coach(store, Clock())
    short = await say(coach, "prep Acme", *answers(**changes))
    full = await say(coach, "prep Acme full")
    (deal,) = await store.list_deals(TENANT)
    return short, full, deal.prep["card"]


def text(reply: Reply) -> str:
    return unescape_markdown(reply.markdown)


# -- the movement plan


async def test_the_plan_moves_in_shrinking_steps_and_lands_in_the_goal_zone() -> None:
    _, full, card = await prep()
    plan = card["plan"]
    steps = plan["steps"]
    assert len(steps) >= 3 and all(a > b for a, b in itertools.pairwise(steps))
    assert steps[0] <= 15 * 0.3  # opens small: not half the room as before
    assert 4 <= plan["landing"] <= 9  # the last planned move ends inside 4-9%
    assert all(p <= 9 for p in plan["positions"])  # no planned move is past the Goal Zone
    body = text(full)
    assert f"That lands you at {plan['reached'][-1]}, inside your Goal Zone" in body
    # the limit is a marked last resort, never a numbered step
    assert "Last resort, not a planned move" in body and "15% is your walk-away line" in body
    assert not re.search(r"^\d\. Move .*\(to 15%\)", body, re.MULTILINE)


async def test_without_a_goal_zone_the_steps_shrink_and_most_of_the_room_stays_back() -> None:
    _, full, card = await prep(goal="skip")
    plan = card["plan"]
    assert plan["goal"] is None
    assert all(a > b for a, b in itertools.pairwise(plan["steps"]))
    assert sum(plan["steps"]) < 15 / 2 and plan["reserve"] > 15 / 2
    assert "No Goal Zone set" in text(full)


async def test_moves_past_the_reps_authority_are_marked_in_the_plan() -> None:
    _, full, card = await prep(goal="8-12%")
    plan = card["plan"]
    assert any(p > 10 for p in plan["positions"])
    marked = [p > 10 for p in plan["positions"]]
    assert plan["approval"] == marked
    lines = [line for line in text(full).splitlines() if re.match(r"\d\. Move", line)]
    assert [line.endswith("Needs approval.") for line in lines] == marked


# -- ready trades


async def test_the_first_ready_trade_offers_the_plans_first_move() -> None:
    short, _, card = await prep()
    first = card["trade_parts"][0]["gives"][0]
    assert (first["kind"], first["amount"]) == ("discount", card["plan"]["steps"][0])
    first_move = card["plan"]["shown"][0]
    assert card["trades"][0].startswith(f"If we take {first_move} off the price, could you ")
    # price moves in the trades come in the plan's order and never past it
    offered = [g["amount"] for t in card["trade_parts"] for g in t["gives"]
               if g["kind"] == "discount"]  # fmt: skip
    assert offered == card["plan"]["steps"][: len(offered)]
    assert f'Say first: **"{card["trades"][0]}"**' in text(short)


async def test_the_reps_own_words_for_gets_are_kept() -> None:
    _, full, card = await prep()
    trades = " ".join(card["trades"])
    assert "commit to a 3-year term" in trades
    assert "sign before your fiscal year closes" in trades  # said to the buyer: their -> your
    assert "remove the reporting add-on" in trades
    body = text(full)
    assert "if they sign before their fiscal year closes" in body  # the plan, in the rep's words
    for default in ("end of this month", "two-year term", "take an item out of scope"):
        assert default not in trades and default not in body


async def test_no_phrasing_leaves_a_dangling_that_or_it() -> None:
    playbook = load_playbook()
    renderer = Renderer()
    gives = playbook_tradeables("give", playbook)
    gets = playbook_tradeables("get", playbook)
    for give, get in itertools.product(gives, gets):
        line = say_trade(
            renderer, {"gives": [give], "gets": [get]}, STYLES["Defensive"], "", playbook
        )
        assert line.startswith("If we ") and line.endswith("?")
        assert not re.search(r"\b(that|it)\b", line, re.IGNORECASE), line
    _, _, card = await prep(gives="playbook", gets="playbook")
    for line in card["trades"]:
        assert not re.search(r"\b(that|it)\b", line, re.IGNORECASE), line


# -- the deal's kind


async def test_a_one_off_purchase_is_never_asked_for_a_term() -> None:
    short, full, card = await prep(purchase="one-off purchase", gets="playbook")
    assert card["purchase"] == "one_off"
    assert all(g["kind"] != "term_commitment" for g in card["gets"])
    for reply in (short, full):
        assert not re.search(r"\b(year|term)\b", " ".join(s.text for s in reply.says)), reply.says
    # the rep's own term is left out, and the card says why
    _, full, card = await prep(purchase="a one-time order", gets=GETS)
    assert "a 3-year term" not in " ".join(card["trades"])
    assert "Left out, as a one-off purchase has no term or renewal: a 3-year term." in text(full)


async def test_a_subscription_keeps_its_term() -> None:
    _, _, card = await prep(purchase="a subscription")
    assert card["purchase"] == "recurring"
    assert "commit to a 3-year term" in " ".join(card["trades"])


# -- authority


async def test_net_60_is_marked_as_needing_approval_and_the_pilot_is_not() -> None:
    short, full, card = await prep()
    assert card["approvals"] == ["net 60"]
    body = text(full)
    assert "- net 60 (costs us: medium; worth to them: medium; needs approval)" in body
    assert "- pilot (costs us: low; worth to them: medium; yours up to 30 days)" in body
    assert "Needs approval: net 60, a discount past 10%." in text(short)
    # the third ready trade uses the give within authority, not net 60
    assert "net 60" not in " ".join(card["trades"])


@pytest.mark.parametrize(
    ("kind", "amount", "unit", "needed"),
    [
        ("discount", 10, "%", False),
        ("discount", 10.5, "%", True),
        ("discount", None, None, False),
        ("discount", 5_000, "USD", True),  # cannot be shown to be within 10%
        ("payment_terms", 45, "days", False),
        ("payment_terms", 60, "days", True),
        ("trial", 30, "days", False),
        ("trial", 2, "months", True),
        ("delivery", None, None, True),  # not in the authority: always
        (None, None, None, True),  # a give the reader does not know
    ],
)
def test_one_authority_rule(kind: str | None, amount: float | None, unit: str | None,
                            needed: bool) -> None:  # fmt: skip
    assert load_playbook().needs_approval(kind, amount, unit) is needed


# -- short in a chat, full on request


async def test_the_chat_card_is_short_and_the_full_card_is_one_tap_away() -> None:
    short, full, card = await prep()
    words = text(short)
    assert len(short.markdown) < 600
    for part in ("Partnership", "Open at 0%; first move 4% (to 4%)", "Goal Zone (4-9% off)",
                 "Limit 15%", "Say first:", "Needs approval: net 60"):  # fmt: skip
        assert part in words, part
    assert "Movement plan" not in words and "Tradeables" not in words
    assert [s.text for s in short.says] == card["trades"][:1]
    assert ("Full card", "prep Acme full") in [(a.label, a.command) for a in short.actions]
    assert full.kind == "prep_card_full" and [s.text for s in full.says] == card["trades"]
    for part in ("Strategy: Partnership", "Movement plan", "Tradeables", "Ask before you move"):
        assert part in full.markdown


@pytest.mark.parametrize("changes", [{"type": "Partnering"}, {"type": "Creating"},
                                     {"gives": "playbook", "gets": "playbook"}])  # fmt: skip
async def test_the_short_card_stays_short(changes: dict[str, str]) -> None:
    short, _, _ = await prep(**changes)
    assert len(short.markdown) < 600, short.markdown


# -- the strategy and the type change the substance


async def test_bargaining_stays_on_one_issue_in_small_steps() -> None:
    _, full, card = await prep(type="Bargaining")
    _, _, trading = await prep(type="Trading")
    assert all(len(t["gives"]) == 1 and t["gives"][0]["kind"] == "discount"
               for t in card["trade_parts"])  # fmt: skip
    assert len(card["plan"]["steps"]) > len(trading["plan"]["steps"])
    assert card["plan"]["steps"][0] < trading["plan"]["steps"][0]
    assert card["plan"]["landing"] < trading["plan"]["landing"]
    assert "one issue only" in text(full)


async def test_creating_trades_in_packages_across_issues() -> None:
    _, _, card = await prep(type="Creating")
    first = card["trade_parts"][0]
    assert {g["kind"] for g in first["gives"]} == {"discount", "trial"}
    assert len(first["gets"]) == 2
    assert re.match(r"If we take [\d.]+% off the price and run a pilot, could you .+ and .+\?$",
                    card["trades"][0])  # fmt: skip


async def test_partnering_says_why_and_what_it_needs_back() -> None:
    _, _, card = await prep(type="Partnering")
    assert card["trades"][0].endswith(
        "We are doing this because we value the partnership, and we need a 3-year term in return."
    )
    _, _, trading = await prep(type="Trading")
    assert "value the partnership" not in " ".join(trading["trades"])


async def test_the_archetype_changes_the_landing_the_steps_and_the_first_get() -> None:
    gets = "a 3-year term high, prepay high, a case study medium"
    _, competitive, hard = await prep(
        type="Trading", size="under 50K", relationship="transactional", competition="sole source",
        power="we have more", buyer="business", gets=gets,
    )  # fmt: skip
    _, partnership, soft = await prep(type="Trading", gets=gets)
    assert (hard["archetype"], soft["archetype"]) == ("Competitive", "Partnership")
    assert hard["plan"]["landing"] < soft["plan"]["landing"]
    assert len(hard["plan"]["steps"]) > len(soft["plan"]["steps"])
    assert hard["trades"][0].endswith("could you prepay?")
    assert soft["trades"][0].endswith("could you commit to a 3-year term?")
    assert "make them ask twice" in text(competitive)
    assert "the outcome it buys them" in text(partnership)


async def test_a_card_saved_by_an_older_coach_is_rebuilt_when_shown() -> None:
    store = MemoryStore()
    coach = make_coach(store, Clock())
    await say(coach, "prep Acme", *answers())
    (deal,) = await store.list_deals(TENANT)
    old = {k: v for k, v in deal.prep["card"].items() if k not in ("version", "trade_parts")}
    old["plan"] = {**old["plan"], "steps": [7.5, 4.5, 3.0]}  # the old three-step plan
    store._deals[deal.id].prep["card"] = old  # as a coach before the short card left it
    reply = await say(coach, "prep Acme")
    assert reply.kind == "prep_card_saved" and "first move 4% (to 4%)" in text(reply)
    assert "Movement plan" in (await say(coach, "card")).markdown
