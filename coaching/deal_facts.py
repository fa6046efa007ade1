"""Facts about a deal that are not moves: its list price, a limit, a Goal Zone.

"list is $250k", "fyi deal size is €150k", "my walk-away is net 60", "goal 4-7%"
record nothing on the ledger; they set what the moves are measured against.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from coaching.model import GoalZone, Limit
from coaching.reader import classify_give, read_quantity

UNIT_KINDS = {
    "%": "discount",
    "USD": "discount",
    "EUR": "discount",
    "GBP": "discount",
    "days": "payment_terms",
    "seats": "scope",
}


@dataclass(frozen=True, slots=True)
class ListPrice:
    amount: float
    currency: str


@dataclass(frozen=True, slots=True)
class _Patterns:
    list_price: re.Pattern[str]
    limit: re.Pattern[str]
    goal: re.Pattern[str]
    range_: re.Pattern[str]
    inline_list: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    return _Patterns(
        list_price=re.compile(
            r"\b(?:list(?: price)?|deal size|deal value|deal(?:'s| is)? worth|worth about|acv|tcv"
            r"|contract value|total price|sticker price|price tag|full price|quote(?:d)? (?:is|at)"
            r"|annual value|arr)\b(?:\s+(?:is|was|=|of|at|:|now|for))*\s*(?:about|around|~)?\s*"
            r"(?=[$€£]?\s*\d)"
        ),
        limit=re.compile(
            r"^\s*(?:fyi\s+|so\s+|ok\s+)?(?:my|our|the)?\s*(?:walk[- ]?away|limit|ceiling|floor"
            r"|bottom line|max(?:imum)?)(?: point| is| =|:)*\s+(?=\S)"
        ),
        goal=re.compile(
            r"^\s*(?:fyi\s+)?(?:my|our|the)?\s*(?:goal(?: zone)?|target(?: zone| range)?"
            r"|landing zone)(?: is| =|:)*\s+(?=\S)"
        ),
        range_=re.compile(
            r"(?P<net>net\s*)?(?P<a>\d+(?:\.\d+)?)\s*(?P<u1>%|pct|percent|days?)?\s*"
            r"(?:-|–|to)\s*(?:net\s*)?(?P<b>\d+(?:\.\d+)?)\s*(?P<u2>%|pct|percent|days?"
            r"|seats?)?"
        ),
        inline_list=re.compile(r"\boff\s+(?:the|a|our|their)\s+(?=[$€£]\s*\d)"),
    )


def read_list_price(text: str) -> ListPrice | None:
    """The list price or deal size a line states ("list is $250k", "$12k off the $90k")."""
    t = text.casefold()
    p = _patterns()
    for m in (p.list_price.search(t), p.inline_list.search(t)):
        if m is None:
            continue
        quantity = read_quantity(t[m.end() : m.end() + 30])
        if quantity and quantity[1] in ("USD", "EUR", "GBP"):
            return ListPrice(quantity[0], quantity[1])
    return None


def is_fact_line(text: str) -> bool:
    """A line that only states a fact (price, limit, goal): records no move."""
    t = text.casefold()
    p = _patterns()
    return bool(p.list_price.search(t) and not p.inline_list.search(t)) or bool(
        p.limit.search(t) or p.goal.search(t)
    )


def read_limit(text: str) -> Limit | None:
    """A limit from "15%", "net 60", "20 free seats", "45 day pilot", "$25k off"."""
    t = text.casefold()
    m = _patterns().limit.search(t)
    if m:
        t = t[m.end() :]
    quantity = read_quantity(t)
    if quantity is None:
        return None
    amount, unit = quantity
    give = classify_give(t)
    kind = give.kind if give else UNIT_KINDS.get(unit)
    if unit == "days" and re.search(r"\b(?:pilot|trial|poc)\b", t):
        kind = "trial"
    if kind is None:
        return None
    return Limit(kind=kind, amount=amount, unit=unit)


def states_limit(text: str) -> bool:
    return bool(_patterns().limit.search(text.casefold()))


def states_goal(text: str) -> bool:
    return bool(_patterns().goal.search(text.casefold()))


def read_goal(text: str) -> GoalZone | None:
    """A Goal Zone from "4-7%", "net 30-45", "5 to 8% off", "10-20 seats"."""
    t = text.casefold()
    g = _patterns().goal.search(t)
    if g:
        t = t[g.end() :]
    m = _patterns().range_.search(t)
    if m is None:
        return None
    low, high = sorted((float(m["a"]), float(m["b"])))
    unit_word = (m["u2"] or m["u1"] or "").strip()
    if m["net"] or (unit_word.startswith("day") and not re.search(r"\b(?:pilot|trial)\b", t)):
        kind, unit = "payment_terms", "days"
    elif unit_word.startswith("day"):
        kind, unit = "trial", "days"
    elif unit_word.startswith("seat"):
        kind, unit = "scope", "seats"
    else:
        kind, unit = "discount", "%"
        money = read_quantity(t)
        if money and money[1] in ("USD", "EUR", "GBP"):
            unit = money[1]
    return GoalZone(kind=kind, low=low, high=high, unit=unit)
