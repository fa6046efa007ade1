"""The prep card's arithmetic: a movement plan, ranked tradeables and ready-made trades.

The card is plain JSON so it can live in ``Deal.prep["card"]`` on any store;
the ASF checks read its ``plan`` later, templates render the rest. Nothing
here writes words for the rep: trades are structures that ``prep_trade.md.j2``
turns into sentences, and the card templates show the rest.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any

from coaching.ledger_view import ADDITIVE_UNITS
from coaching.phrasing import format_amount, kind_amount
from coaching.playbook import Playbook
from coaching.reader import classify_get, classify_give, read_quantity
from coaching.render import Renderer, unescape_markdown
from coaching.strategy import Recommendation

LEVELS = ("low", "medium", "high")
_LEVEL_WORDS = {
    "low": "low",
    "cheap": "low",
    "med": "medium",
    "medium": "medium",
    "mid": "medium",
    "high": "high",
    "expensive": "high",
}
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
# What does not fit a one-off purchase: there is no term to commit to and no renewal to cap.
UNFIT = {"one_off": {"get": {"term_commitment"}, "give": {"price_lock"}}}
TRADES = 3  # ready trades on the card


@dataclass(frozen=True, slots=True)
class Style:
    """How the strategy and the negotiation type shape the plan and the trades."""

    steps: int  # planned moves towards the Goal Zone
    land: float  # where in the Goal Zone they stop: 0 its end best for us, 1 its far end
    spend: float  # without a Goal Zone: the share of the room the planned moves use
    gets: tuple[str, ...]  # kinds of get to ask for first (after the rep's own ranking)
    bundle: bool = False  # package a second give and a second get with each move
    single_issue: bool = False  # price only: no other give enters the trades
    voice: str = "trade"  # "trade", "partner" or "bargain": how a trade is said


STYLES = {
    # Claim value: land low in the zone, in four grudging steps; cash and volume first.
    "Competitive": Style(
        4,
        0.2,
        0.3,
        (
            "upfront_payment",
            "volume",
            "faster_signature",
            "term_commitment",
            "scope_reduction",
            "process",
            "reference",
        ),
    ),
    # Protect margin: land in the lower half; commitment and payment protect the deal's value.
    "Defensive": Style(
        3,
        0.35,
        0.35,
        (
            "term_commitment",
            "upfront_payment",
            "process",
            "faster_signature",
            "volume",
            "scope_reduction",
            "reference",
        ),
    ),
    # Long-term value: a little more generous, asking for what builds the relationship.
    "Partnership": Style(
        3,
        0.6,
        0.45,
        (
            "term_commitment",
            "reference",
            "volume",
            "process",
            "faster_signature",
            "upfront_payment",
            "scope_reduction",
        ),
    ),
    # Grow the deal: packages across issues, volume and scope first.
    "Creative": Style(
        3,
        0.5,
        0.4,
        (
            "volume",
            "term_commitment",
            "reference",
            "scope_reduction",
            "upfront_payment",
            "faster_signature",
            "process",
        ),
        bundle=True,
    ),
}


def plan_style(archetype: str, negotiation_type: str | None) -> Style:
    """The archetype's style, bent by the negotiation type the rep named."""
    style = STYLES.get(archetype, STYLES["Defensive"])
    if negotiation_type == "Bargaining":  # one issue, small grudging steps
        return replace(
            style,
            steps=max(style.steps, 4),
            land=max(style.land - 0.15, 0.1),
            spend=max(style.spend - 0.05, 0.2),
            bundle=False,
            single_issue=True,
            voice="bargain",
        )
    if negotiation_type == "Creating":  # packages across issues
        return replace(style, bundle=True)
    if negotiation_type == "Partnering":
        return replace(style, land=min(style.land + 0.1, 0.8), voice="partner")
    return style


# -- the movement plan ------------------------------------------------------------------------


def movement_plan(
    opening: str, limit: str, goal: str = "", style: Style | None = None
) -> dict[str, Any] | None:
    """Smaller and smaller moves from the opening into the Goal Zone; None without a limit.

    "0%" -> "15%" is a discount that grows; "$120K" -> "$100K" is a price that
    falls. Either way the steps are the amounts given away at each move. The
    planned moves stop inside the Goal Zone (or, without one, well short of the
    limit); the rest of the room, up to the limit, is a last resort, not a step.
    """
    style = style or STYLES["Defensive"]
    end = read_quantity(limit)
    if end is None or end[1] not in ADDITIVE_UNITS:
        return None
    start = read_quantity(opening)
    begin = start[0] if start and start[1] == end[1] else 0.0
    room = abs(end[0] - begin)
    if room <= 0:
        return None
    unit = end[1]
    direction = -1 if end[0] < begin else 1
    grain = (0.5 if room >= 5 else 0.25) if unit == "%" else _grain(room)
    zone = read_zone(goal, unit, begin, end[0], direction)
    need = style.steps * (style.steps + 1) // 2  # the fewest grains that many steps take
    units = _units(zone, room, style, grain)
    for _ in range(2):  # too little room for the steps: size them in finer grains
        if units >= need or (unit == "%" and grain <= 0.25):
            break
        grain /= 2
        units = _units(zone, room, style, grain)
    sizes = [u * grain for u in _decreasing(max(units, 1), style.steps)]
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
        "steps": [round(s, 2) for s in sizes],
        "positions": positions,
        "price": direction < 0,
        "goal": [round(begin + direction * z, 2) for z in zone] if zone else None,
        "landing": positions[-1],
        "reserve": round(room - sum(sizes), 2),  # kept back for the last resort
    }


def _units(zone: tuple[float, float] | None, room: float, style: Style, grain: float) -> int:
    """How many grains the planned moves give away in all: to the landing point, or a share."""
    if zone:
        low, high = zone
        target = low + style.land * (high - low)
        lowest, highest = math.ceil(low / grain - 1e-9), math.floor(high / grain + 1e-9)
        return min(max(round(target / grain), lowest), highest)
    return math.floor(room * style.spend / grain + 1e-9)


def _decreasing(units: int, steps: int) -> list[int]:
    """``units`` split into at most ``steps`` whole parts, each strictly smaller than the last.

    The smallest strictly decreasing split is n, n-1, ..., 1; what is left over
    is shared in the same falling proportions, so the steps stay decreasing.
    """
    count = max(k for k in range(1, steps + 1) if k * (k + 1) // 2 <= units or k == 1)
    base = list(range(count, 0, -1))
    extra = units - sum(base)
    weights = [w / sum(base) for w in base]
    adds = [math.floor(extra * w) for w in weights]
    for i in range(extra - sum(adds)):
        adds[i] += 1
    return [b + a for b, a in zip(base, adds, strict=True)]


def _grain(room: float) -> float:
    """A round number to size money steps in (about a hundredth of the room)."""
    grain = 10 ** max(len(str(int(room))) - 3, 0)
    return float(grain)


_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*([km])?(?![a-z])", re.IGNORECASE)
_MULTIPLY = {"k": 1_000, "m": 1_000_000}


def read_zone(
    goal: str, unit: str, begin: float, limit: float, direction: int
) -> tuple[float, float] | None:
    """A Goal Zone ("4-9% off", "$105K-$110K") as (nearest, farthest) amounts given away.

    None when there is none, it is in another unit, or it lies outside the room.
    """
    if not goal:
        return None
    stated = read_quantity(goal)
    if stated is not None and stated[1] != unit:
        return None
    numbers = [
        float(n) * _MULTIPLY.get(m.casefold(), 1) if unit != "%" else float(n)
        for n, m in _NUMBER.findall(goal.replace(",", ""))
    ][:2]
    if not numbers:
        return None
    given = sorted((at - begin) * direction for at in numbers)
    room = abs(limit - begin)
    if given[0] < 0 or given[0] >= room:
        return None
    return given[0], min(given[-1], room)


# -- gives and gets ---------------------------------------------------------------------------

_VERBS = frozenset(
    "sign commit pay prepay remove drop cut add act join bring agree introduce expand take give "
    "provide buy order extend renew approve announce share speak host move keep simplify "
    "reduce limit start close skip waive grant upgrade lock include run offer accept "
    "throw match".split()
)
_WHEN = frozenset("before by within this next at on until end".split())
_DETERMINERS = frozenset(
    "a an the our your their my his her its some one two three four five six seven eight "
    "nine ten more extra free any this that these those full every all".split()
)
_NEEDS_ARTICLE = {
    "give": {"discount", "trial", "price_lock", "service_level", "policy_exception"},
    "get": {"term_commitment", "reference", "scope_reduction", "faster_signature"},
}
_TO_BUYER = {
    "they": "you",
    "their": "your",
    "them": "you",
    "theirs": "yours",
    "themselves": "yourselves",
    "they're": "you're",
    "they'll": "you'll",
}


def to_buyer(words: str) -> str:
    """The rep's words about the buyer ("before their fiscal year closes"), said to them."""
    return re.sub(
        r"\b(they're|they'll|themselves|theirs|their|them|they)\b",
        lambda m: _TO_BUYER[m.group(1).casefold()],
        words,
        flags=re.IGNORECASE,
    )


def _form(words: str, side: str) -> str:
    """How the rep phrased it: "verb" (remove the add-on), "when" (before year end), "noun"."""
    first = words.split()[0].casefold() if words.split() else ""
    if first in _VERBS:
        return "verb"
    if side == "get" and first in _WHEN:
        return "when"
    return "noun"


def _article(words: str, kind: str | None, side: str) -> bool:
    first = words.split()[0].casefold() if words.split() else ""
    plural = words.endswith("s") and not words.endswith("ss")
    return (
        kind in _NEEDS_ARTICLE[side]
        and first not in _DETERMINERS
        and not first[:1].isdigit()
        and not plural
    )


def read_tradeables(text: str, side: str, playbook: Playbook) -> list[dict[str, Any]]:
    """A rep's list ("pilot low, net 60 medium, case study") -> items with a level each.

    ``side`` is "give" (level = cost to us) or "get" (level = worth to us). Every
    item keeps the rep's own words; the reader only says what kind it is.
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
        kind = found.kind if found else None
        if kind is not None and any(i["kind"] == kind for i in items):
            continue
        amount, unit = (found.amount, found.unit) if found else (None, None)
        if found and amount is None:
            quantity = read_quantity(rest)
            if quantity and quantity[1] in ("days", "months", "years", "seats"):
                amount, unit = quantity
        items.append(_tradeable(side, playbook, kind, rest, level, amount, unit))
    return items


def playbook_tradeables(side: str, playbook: Playbook) -> list[dict[str, Any]]:
    kinds = playbook.gives if side == "give" else playbook.gets
    return [_tradeable(side, playbook, kind, "", None, None, None) for kind in kinds]


def _tradeable(
    side: str,
    playbook: Playbook,
    kind: str | None,
    words: str,
    level: str | None,
    amount: float | None,
    unit: str | None,
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "kind": kind,
        "words": words,  # the rep's own words; "" for a playbook default
        "form": _form(words, side) if words else "playbook",
        "article": _article(words, kind, side) if words else False,
        "amount": amount,
        "unit": unit,
        "shown_amount": _amount_words(kind, amount, unit),
    }
    if side == "give":
        spec = playbook.gives.get(kind) if kind else None
        ceiling = playbook.ceiling(kind) if kind else None
        return {
            **item,
            "label": words or (spec.label if spec else ""),
            "cost": level or (spec.cost if spec else "medium"),
            "value": VALUE_TO_THEM.get(kind, "medium") if kind else "medium",
            "approval": playbook.needs_approval(kind, amount, unit),
            "ceiling": kind_amount(kind, *ceiling) if ceiling else None,
        }
    get_spec = playbook.gets.get(kind) if kind else None
    return {
        **item,
        "label": words or (get_spec.label if get_spec else ""),
        "worth": level or (get_spec.worth if get_spec else "medium"),
    }


def _amount_words(kind: str | None, amount: float | None, unit: str | None) -> str:
    """An amount as it reads in a sentence: "net 60" for terms, "30-day" for a pilot."""
    if amount is not None and kind in ("trial", "term_commitment"):
        if unit in ("days", "months", "years"):
            return f"{amount:.0f}-{unit[:-1]}"
    return kind_amount(kind, amount, unit)


def fits(item: dict[str, Any], side: str, purchase: str) -> bool:
    return item["kind"] not in UNFIT.get(purchase, {}).get(side, set())


def rank_gives(gives: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cheapest to us first; among equals, the most valuable to them first."""
    return sorted(gives, key=lambda g: (LEVELS.index(g["cost"]), -LEVELS.index(g["value"])))


def rank_gets(gets: list[dict[str, Any]], style: Style | None = None) -> list[dict[str, Any]]:
    """Most valuable to us first; among equals, what the strategy asks for first."""
    order = (style or STYLES["Defensive"]).gets

    def preference(get: dict[str, Any]) -> int:
        return order.index(get["kind"]) if get["kind"] in order else len(order)

    return sorted(gets, key=lambda g: (-LEVELS.index(g["worth"]), preference(g)))


# -- ready trades -----------------------------------------------------------------------------


def step_give(plan: dict[str, Any], index: int) -> dict[str, Any]:
    """Move ``index`` of the plan as a give: "take 3% off the price"."""
    amount = plan["steps"][index]
    return {
        "kind": plan["kind"],
        "words": "",
        "form": "step",
        "article": False,
        "amount": amount,
        "unit": plan["unit"],
        "shown_amount": format_amount(amount, plan["unit"]),
    }


def assign_asks(
    plan: dict[str, Any] | None, gets: list[dict[str, Any]], extra: list[dict[str, Any]], per: int
) -> list[list[dict[str, Any]]]:
    """The gets each planned move is traded for, in the order they are asked.

    The rep's own gets come first; once they run out, playbook gets of kinds the
    rep did not name fill in, so no move is ever traded for the same get twice.
    """
    if not plan:
        return []
    named = {g["kind"] for g in gets if g["kind"]}
    pool = [*gets, *(g for g in extra if g["kind"] not in named)]
    need = len(plan["steps"]) * per
    asks = [pool[i % len(pool)] for i in range(max(need, 1))] if pool else []
    return [asks[i * per : (i + 1) * per] for i in range(len(plan["steps"]))] if asks else []


def ready_trades(
    gives: list[dict[str, Any]],
    asks: list[list[dict[str, Any]]],
    gets: list[dict[str, Any]],
    plan: dict[str, Any] | None,
    playbook: Playbook,
    style: Style,
    count: int = TRADES,
) -> list[dict[str, Any]]:
    """Up to ``count`` trades, each a list of gives and the gets asked for them.

    With a plan the first trade is always the plan's first move for its first
    ask, and price moves follow in the plan's order. Bargaining stays on price;
    a packaging style (Creating, Creative) adds the next cheap give to each move;
    otherwise the cheapest give within the rep's authority takes the third slot.
    """
    others = [
        g for g in gives if g["kind"] != "discount" and not g["approval"] and g["kind"] is not None
    ] + [g for g in gives if g["kind"] != "discount" and (g["approval"] or g["kind"] is None)]
    if not plan:
        return _trades_without_plan(gives, gets, playbook, count)
    moves = [
        {"gives": [step_give(plan, i)], "gets": list(asks[i]) if i < len(asks) else []}
        for i in range(len(plan["steps"]))
    ]
    moves = [m for m in moves if m["gets"]]
    if style.single_issue or not others:
        return moves[:count]
    if style.bundle:
        within = [g for g in others if not g["approval"]]
        for move, extra in zip(moves, within, strict=False):
            move["gives"].append(extra)
        return moves[:count]
    used = {id(g) for m in moves[:2] for g in m["gets"]}
    give = others[0]
    rest = [g for g in gets if id(g) not in used]
    get = _best_get(give, rest or gets, playbook)
    trades = moves[:2]
    if get is not None and len(trades) < count:
        trades.append({"gives": [give], "gets": [get]})
    return [*trades, *moves[2:]][:count]


def _best_get(
    give: dict[str, Any], gets: list[dict[str, Any]], playbook: Playbook
) -> dict[str, Any] | None:
    matrix = playbook.matrix.get(give["kind"] or "", [])
    return next((g for k in matrix for g in gets if g["kind"] == k), gets[0] if gets else None)


def _trades_without_plan(
    gives: list[dict[str, Any]], gets: list[dict[str, Any]], playbook: Playbook, count: int
) -> list[dict[str, Any]]:
    """No numeric limit: cheap gives for valuable gets, each get asked for once."""
    trades: list[dict[str, Any]] = []
    used: set[int] = set()
    for give in sorted(gives, key=lambda g: g["approval"]):
        if len(trades) >= count or not gets:
            break
        fresh = [g for g in gets if id(g) not in used] or gets
        get = _best_get(give, fresh, playbook)
        assert get is not None
        used.add(id(get))
        trades.append({"gives": [give], "gets": [get]})
    return trades


def say_trade(
    renderer: Renderer, trade: dict[str, Any], style: Style, purchase: str, playbook: Playbook
) -> str:
    """The sentence for one trade, as plain text (adapters quote it as the line to say)."""
    text = renderer.render(
        "prep_trade",
        trade=trade,
        voice=style.voice,
        purchase=purchase,
        playbook=playbook,
        to_buyer=to_buyer,
    )
    return unescape_markdown(" ".join(text.split()))


# -- the card ---------------------------------------------------------------------------------


def build_card(
    answers: dict[str, str],
    recommendation: Recommendation,
    playbook: Playbook,
    renderer: Renderer,
) -> dict[str, Any]:
    """Everything the rep takes into the call, as JSON for ``Deal.prep['card']``."""
    archetype = recommendation.archetype
    kind = answers.get("type") or None
    purchase = answers.get("purchase", "")
    style = plan_style(archetype.name, kind)
    plan = movement_plan(
        answers.get("opening", ""), answers.get("limit", ""), answers.get("goal", ""), style
    )
    all_gives = read_tradeables(answers.get("gives", ""), "give", playbook) or (
        playbook_tradeables("give", playbook)
    )
    all_gets = read_tradeables(answers.get("gets", ""), "get", playbook) or (
        playbook_tradeables("get", playbook)
    )
    gives = rank_gives([g for g in all_gives if fits(g, "give", purchase)])
    gets = rank_gets([g for g in all_gets if fits(g, "get", purchase)], style)
    left_out = [g["label"] for g in all_gives if g["words"] and not fits(g, "give", purchase)]
    left_out += [g["label"] for g in all_gets if g["words"] and not fits(g, "get", purchase)]
    defaults = rank_gets(
        [g for g in playbook_tradeables("get", playbook) if fits(g, "get", purchase)], style
    )
    asks = assign_asks(plan, gets, defaults, 2 if style.bundle else 1)
    if plan:
        _describe_plan(plan, asks, playbook)
    trades = ready_trades(gives, asks, gets, plan, playbook, style)
    said = [say_trade(renderer, t, style, purchase, playbook) for t in trades]
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
        "type": kind,
        "purchase": purchase,
        "voice": style.voice,
        "bundle": style.bundle,
        "opening": answers.get("opening", ""),
        "limit": answers.get("limit", ""),
        "goal": answers.get("goal", ""),
        "plan": plan,
        "gives": gives[:6],
        "gets": gets[:5],
        "left_out": left_out,
        "approvals": [g["label"] for g in gives if g["approval"]],
        "questions": list(recommendation.questions),
        "trade_parts": trades,
        "trades": said,
    }


def _describe_plan(
    plan: dict[str, Any], asks: list[list[dict[str, Any]]], playbook: Playbook
) -> None:
    """What the templates show for each move: its size, where it reaches, its gets, approval."""
    unit = plan["unit"]
    plan["shown"] = [format_amount(s, unit) for s in plan["steps"]]
    plan["reached"] = [format_amount(p, unit) for p in plan["positions"]]
    plan["asks"] = [" and ".join(g["label"] for g in a) for a in asks]
    plan["ask_gets"] = asks
    plan["approval"] = [_plan_approval(plan, p, playbook) for p in plan["positions"]]
    plan["limit_shown"] = format_amount(plan["limit"], unit)
    plan["limit_approval"] = _plan_approval(plan, plan["limit"], playbook)
    plan["goal_shown"] = [format_amount(z, unit) for z in plan["goal"]] if plan["goal"] else None
    ceiling = playbook.ceiling(plan["kind"])
    plan["ceiling"] = format_amount(*ceiling) if ceiling else None


def _plan_approval(plan: dict[str, Any], position: float, playbook: Playbook) -> bool:
    """Whether reaching ``position`` needs a manager; a price is judged as a % off the opening."""
    given = abs(position - plan["opening"])
    if plan["price"] and plan["opening"]:
        return playbook.needs_approval(plan["kind"], given / plan["opening"] * 100, "%")
    return playbook.needs_approval(plan["kind"], given, plan["unit"])
