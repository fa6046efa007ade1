"""The ASF checks on a move of ours, each rule in one place, on the deal's positions.

Every check compares where we stood before the line (``before``) with where the
line leaves our offer on one kind (``total``). A customer's ask is never checked
here: it is not a move of ours. The warnings carry codes (DIALOGUE_CONTRACT.md);
their wording lives in the ``warning_*`` templates.
"""

from __future__ import annotations

from dataclasses import dataclass

from coaching.model import Deal
from coaching.negotiation import KindPosition, Positions, normalise
from coaching.playbook import Playbook

NUMERIC_UNITS = frozenset({"%", "USD", "EUR", "GBP", "days", "seats"})
# The order a reply shows them in: what costs the most first.
SEVERITY = (
    "past_limit",
    "above_authority",
    "no_get",
    "double_give",
    "past_goal_zone",
    "step_not_smaller",
    "off_plan",
    "price_unknown",
)


@dataclass(frozen=True, slots=True)
class OurMove:
    """A give this line records: its kind, the new total and the step it takes."""

    kind: str
    total: float | None
    unit: str | None
    step: float | None


def limit_of(deal: Deal, kind: str, list_price: float | None) -> tuple[float, str] | None:
    limit = deal.limits.get(kind)
    if limit is None:
        return None
    amount, unit = normalise(kind, limit.amount, limit.unit, list_price)
    return (amount, unit) if amount is not None and unit is not None else None


def goal_of(deal: Deal, kind: str, list_price: float | None) -> tuple[float, float, str] | None:
    zone = deal.goal_zones.get(kind)
    if zone is None:
        return None
    low, unit = normalise(kind, zone.low, zone.unit, list_price)
    high, _ = normalise(kind, zone.high, zone.unit, list_price)
    return (low, high, unit) if low is not None and high is not None and unit else None


def needs_approval(positions: Positions, playbook: Playbook) -> bool:
    """Whether the offer on the table, as it stands, needs someone above the rep (money off
    that cannot be measured without the list price is asked about, not assumed)."""
    return any(
        playbook.needs_approval(p.kind, p.offer.amount, p.offer.unit)
        for p in positions.kinds.values()
        if p.offer.on and playbook.measurable(p.kind, p.offer.unit)
    )


def check_move(
    move: OurMove,
    *,
    earlier: KindPosition,
    last_party: str | None,
    list_price: float | None,
    tied: bool,
    deal: Deal,
    playbook: Playbook,
) -> list[str]:
    """The codes that fire for one give of ours: ``earlier`` is where we stood on its
    kind before it, ``last_party`` who moved last before the line."""
    codes: list[str] = []
    if not tied:
        codes.append("no_get")
        if last_party == "give":
            codes.append("double_give")
    numeric = move.total is not None and move.unit in NUMERIC_UNITS
    if (
        numeric
        and move.step is not None
        and earlier.offers
        and earlier.step is not None
        and earlier.offer.unit == move.unit
        and move.step >= earlier.step - 1e-9
    ):
        codes.append("step_not_smaller")
    limit = limit_of(deal, move.kind, list_price)
    over_limit = False
    if numeric and limit and limit[1] == move.unit and move.total is not None:
        over_limit = move.total > limit[0] + 1e-9
        if over_limit:
            codes.append("past_limit")
    zone = goal_of(deal, move.kind, list_price)
    if numeric and zone and zone[2] == move.unit and move.total is not None and not over_limit:
        if move.total > zone[1] + 1e-9:
            codes.append("past_goal_zone")
    if not playbook.measurable(move.kind, move.unit):
        codes.append("price_unknown")  # money off with no list price: ask for it
    elif playbook.needs_approval(move.kind, move.total, move.unit):
        codes.append("above_authority")
    off_plan = _off_plan(move, deal, earlier.offers)
    if off_plan:
        codes.append("off_plan")
    return codes


def _off_plan(move: OurMove, deal: Deal, made: int) -> bool:
    """A move past what the prep card's movement plan has for this point."""
    plan = (deal.prep.get("card") or {}).get("plan")
    if not plan or move.kind != plan.get("kind") or move.unit != plan.get("unit"):
        return False
    steps = plan.get("steps") or []
    if move.total is None or made >= len(steps):
        return False
    planned_total = sum(steps[: made + 1])  # the plan's steps are increments
    return move.total > planned_total + 1e-9


def ordered(codes: list[str]) -> list[str]:
    """Codes once each, the costliest first."""
    seen = list(dict.fromkeys(codes))
    return sorted(seen, key=lambda c: SEVERITY.index(c) if c in SEVERITY else len(SEVERITY))
