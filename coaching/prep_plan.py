"""The prep card's arithmetic: a movement plan, ranked tradeables and ready-made trades.

The card is plain JSON so it can live in ``Deal.prep["card"]`` on any store;
the ASF checks read its ``plan`` later, templates render the rest.
"""

from __future__ import annotations

import re
from typing import Any

from coaching.analysis import Item
from coaching.ledger_view import ADDITIVE_UNITS
from coaching.phrasing import format_amount, get_phrase, give_phrase
from coaching.playbook import Playbook
from coaching.reader import classify_get, classify_give, read_quantity
from coaching.strategy import Recommendation

LEVELS = ("low", "medium", "high")
_LEVEL_WORDS = {"low": "low", "cheap": "low", "med": "medium", "medium": "medium",
                "mid": "medium", "high": "high", "expensive": "high"}  # fmt: skip
# What each kind of give is usually worth to the buyer (the playbook says what it costs us).
VALUE_TO_THEM = {
    "discount": "high",
    "payment_terms": "medium",
    "delivery": "high",
    "scope": "high",
    "service_level": "medium",
    "policy_exception": "medium",
    "trial": "medium",
    "price_lock": "high",
}
# Smaller, decreasing steps: each share of the room is smaller than the one before.
STEP_SHARES = {3: (0.5, 0.3, 0.2), 4: (0.4, 0.3, 0.2, 0.1)}


def movement_plan(opening: str, limit: str, steps: int) -> dict[str, Any] | None:
    """Steps from the opening to the limit, each smaller than the last; None without a limit.

    "0%" -> "15%" is a discount that grows; "$120K" -> "$100K" is a price that
    falls. Either way the steps are the amounts given away at each move.
    """
    end = read_quantity(limit)
    if end is None or end[1] not in ADDITIVE_UNITS:
        return None
    start = read_quantity(opening)
    begin = start[0] if start and start[1] == end[1] else 0.0
    room = abs(end[0] - begin)
    if room <= 0:
        return None
    unit = end[1]
    grain = 0.5 if unit == "%" else _grain(room)
    sizes = [round(room * share / grain) * grain for share in STEP_SHARES[steps]]
    sizes[-1] = round(room - sum(sizes[:-1]), 2)  # land exactly on the limit
    direction = -1 if end[0] < begin else 1
    positions: list[float] = []
    at = begin
    for size in sizes:
        at = round(at + direction * size, 2)
        positions.append(at)
    return {
        "kind": "discount",
        "unit": unit,
        "opening": begin,
        "limit": end[0],
        "steps": sizes,
        "positions": positions,
        "price": direction < 0,
    }


def _grain(room: float) -> float:
    """A round number to size money steps in (about a hundredth of the room)."""
    grain = 10 ** max(len(str(int(room))) - 3, 0)
    return float(grain)


def read_tradeables(text: str, side: str, playbook: Playbook) -> list[dict[str, Any]]:
    """A rep's list ("pilot low, net 60 medium, case study") -> items with a level each.

    ``side`` is "give" (level = cost to us) or "get" (level = worth to us). An
    item the reader does not know is kept in the rep's words.
    """
    if text.strip().casefold() in ("playbook", "use the playbook", "defaults"):
        return playbook_tradeables(side, playbook)
    items: list[dict[str, Any]] = []
    for piece in re.split(r"[,;\n]|\band\b", text):
        words = piece.strip().split()
        levels = [_LEVEL_WORDS[w.casefold()] for w in words if w.casefold() in _LEVEL_WORDS]
        level = levels[0] if levels else None
        rest = " ".join(
            w for w in words if w.casefold() not in (*_LEVEL_WORDS, "cost", "worth", "value")
        )
        if not rest:
            continue
        found = classify_give(rest) if side == "give" else classify_get(rest)
        if found is not None and any(i["kind"] == found.kind for i in items):
            continue
        items.append(_tradeable(side, playbook, found, rest, level))
    return items


def playbook_tradeables(side: str, playbook: Playbook) -> list[dict[str, Any]]:
    kinds = playbook.gives if side == "give" else playbook.gets
    return [_tradeable(side, playbook, Item(kind), "", None) for kind in kinds]


def _tradeable(
    side: str, playbook: Playbook, item: Item | None, words: str, level: str | None
) -> dict[str, Any]:
    if side == "give":
        spec = playbook.gives.get(item.kind) if item else None
        return {
            "kind": item.kind if item else None,
            "label": spec.label if spec else words,
            "cost": level or (spec.cost if spec else "medium"),
            "value": VALUE_TO_THEM.get(item.kind, "medium") if item else "medium",
        }
    get_spec = playbook.gets.get(item.kind) if item else None
    return {
        "kind": item.kind if item else None,
        "label": get_spec.label if get_spec else words,
        "worth": level or (get_spec.worth if get_spec else "medium"),
    }


def rank_gives(gives: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cheapest to us first; among equals, the most valuable to them first."""
    return sorted(gives, key=lambda g: (LEVELS.index(g["cost"]), -LEVELS.index(g["value"])))


def rank_gets(gets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(gets, key=lambda g: -LEVELS.index(g["worth"]))


def ready_trades(
    gives: list[dict[str, Any]],
    gets: list[dict[str, Any]],
    plan: dict[str, Any] | None,
    playbook: Playbook,
    count: int = 3,
) -> list[str]:
    """Up to ``count`` "If we ..., could you ...?" lines: cheap gives for valuable gets."""
    trades: list[str] = []
    used: set[str] = set()
    for give in gives:
        if len(trades) >= count or not gets:
            break
        matrix = playbook.matrix.get(give["kind"] or "", [])
        fresh = [g for g in gets if g["label"] not in used] or gets
        get = next((g for k in matrix for g in fresh if g["kind"] == k), fresh[0])
        used.add(get["label"])
        trades.append(f"If we {_give_words(give, plan, playbook)}, could you "
                      f"{_get_words(get, playbook)}?")  # fmt: skip
    return trades


def _give_words(give: dict[str, Any], plan: dict[str, Any] | None, playbook: Playbook) -> str:
    if give["kind"] is None:
        return f"include {give['label']}"
    if give["kind"] == "discount" and plan:
        return give_phrase(Item("discount", plan["steps"][0], plan["unit"]), playbook)
    return give_phrase(Item(give["kind"]), playbook)


def _get_words(get: dict[str, Any], playbook: Playbook) -> str:
    if get["kind"] is None:
        return str(get["label"])
    return get_phrase(Item(get["kind"]), playbook)


def build_card(
    answers: dict[str, str], recommendation: Recommendation, playbook: Playbook
) -> dict[str, Any]:
    """Everything the rep takes into the call, as JSON for ``Deal.prep['card']``."""
    archetype = recommendation.archetype
    plan = movement_plan(answers.get("opening", ""), answers.get("limit", ""), archetype.steps)
    gives = rank_gives(read_tradeables(answers.get("gives", ""), "give", playbook)
                       or playbook_tradeables("give", playbook))  # fmt: skip
    gets = rank_gets(read_tradeables(answers.get("gets", ""), "get", playbook)
                     or playbook_tradeables("get", playbook))  # fmt: skip
    if plan:
        plan["asks"] = [gets[i % len(gets)]["label"] for i in range(len(plan["steps"]))]
        plan["shown"] = [format_amount(s, plan["unit"]) for s in plan["steps"]]
        plan["reached"] = [format_amount(p, plan["unit"]) for p in plan["positions"]]
    return {
        "archetype": archetype.name,
        "aim": archetype.aim,
        "reasons": list(recommendation.reasons),
        "runner_up": recommendation.runner_up,
        "tactics": list(archetype.tactics),
        "risks": list(archetype.risks),
        "anchor_first": recommendation.anchor_first,
        "anchor_why": recommendation.anchor_why,
        "anchor_how": archetype.anchor_how,
        "sequence": list(recommendation.sequence),
        "opening": answers.get("opening", ""),
        "limit": answers.get("limit", ""),
        "goal": answers.get("goal", ""),
        "plan": plan,
        "gives": gives[:6],
        "gets": gets[:5],
        "questions": list(recommendation.questions),
        "trades": ready_trades(gives, gets, plan, playbook),
    }
