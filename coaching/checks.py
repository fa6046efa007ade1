"""The ASF checks run on every give, each with a short why and what to do instead."""

from __future__ import annotations

from dataclasses import dataclass

from coaching.analysis import Item
from coaching.ledger_view import ADDITIVE_UNITS, LedgerView
from coaching.messages import Warning
from coaching.model import Deal
from coaching.phrasing import authority_ceiling, format_amount
from coaching.playbook import Playbook


@dataclass(frozen=True, slots=True)
class Authority:
    """Whether the rep can make this give on their own, and on what condition."""

    within: bool
    note: str


def check_give(
    item: Item,
    deal: Deal,
    view: LedgerView,
    playbook: Playbook,
    *,
    tied_to_get: bool,
    labelled: bool,
    same_message_package: bool,
) -> tuple[list[Warning], Authority]:
    warnings: list[Warning] = []
    if view.untraded_give() is not None and not same_message_package:
        warnings.append(
            Warning(
                code="double_give",
                title="Double-give",
                why="You are adding a second concession before getting anything for the first.",
                instead="Make one move, stop, and let it land. Ask for a get before moving again.",
            )
        )
    if item.amount is not None and item.unit in ADDITIVE_UNITS:
        previous = view.gives_of(item.kind, item.unit)
        last = previous.last_amount
        if previous.count and last is not None and item.amount >= last:
            warnings.append(
                Warning(
                    code="step_not_smaller",
                    title="Step not smaller",
                    why=(
                        f"This step ({format_amount(item.amount, item.unit)}) is not smaller than "
                        f"your last one ({format_amount(last, item.unit)}); "
                        "growing steps tell the buyer there is plenty more room."
                    ),
                    instead="Move in smaller, decreasing steps to signal you are near your limit.",
                )
            )
    off_plan = _off_plan(item, deal, view)
    if off_plan is not None:
        warnings.append(off_plan)
    limit = deal.limits.get(item.kind)
    total = _total_after(item, view)
    if limit and item.amount is not None and item.unit == limit.unit and total > limit.amount:
        warnings.append(
            Warning(
                code="past_limit",
                title="Past your limit",
                why=(
                    f"That takes you to {format_amount(total, item.unit)}, beyond your limit of "
                    f"{format_amount(limit.amount, limit.unit)} on this deal."
                ),
                instead="Hold at your limit, re-anchor on the Goal Zone, or be ready to walk away.",
            )
        )
    authority = _authority(item, total, playbook, tied_to_get)
    if not authority.within:
        warnings.append(
            Warning(
                code="needs_approval",
                title="Above your authority",
                why=authority.note,
                instead=(
                    "Trade within your authority first; if you still need more, bring your "
                    "manager a trade (the give and the get together), not a request."
                ),
            )
        )
    if deal.phase == "Prepare":
        warnings.append(
            Warning(
                code="before_communicate",
                title="Moving before asking",
                why="You have not run the Communicate questions yet, so you are trading blind.",
                instead='Ask first: "What does success look like on your side?" and what '
                "constraints they have. Then `phase communicate`.",
            )
        )
    if not labelled:
        warnings.append(
            Warning(
                code="unlabelled",
                title="Unlabelled move",
                why="A move the buyer does not notice buys you nothing.",
                instead='Label it: "To be clear, this is a meaningful move for us." '
                "Then press Mark labelled or type `label`.",
            )
        )
    return warnings, authority


def _off_plan(item: Item, deal: Deal, view: LedgerView) -> Warning | None:
    """A move bigger than the prep card's movement plan allows at this point."""
    plan = (deal.prep.get("card") or {}).get("plan")
    if not plan or item.kind != plan["kind"] or item.unit != plan["unit"] or item.amount is None:
        return None
    made = view.gives_of(item.kind, item.unit).count
    if made >= len(plan["steps"]) or item.amount <= plan["steps"][made] + 1e-9:
        return None
    planned = format_amount(plan["steps"][made], item.unit)
    return Warning(
        code="off_plan",
        title="Bigger than your plan",
        why=(
            f"Your prep plan has move {made + 1} at {planned}; this one is "
            f"{format_amount(item.amount, item.unit)}, which uses up your room faster."
        ),
        instead=f"Offer {planned}, tied to a get, and keep the rest for later moves.",
    )


def _total_after(item: Item, view: LedgerView) -> float:
    if item.amount is None:
        return 0.0
    if item.unit in ADDITIVE_UNITS:
        return view.total_given(item.kind, item.unit) + item.amount
    return item.amount


def _authority(item: Item, total: float, playbook: Playbook, tied_to_get: bool) -> Authority:
    rule = playbook.authority.get(item.kind)
    label = playbook.gives[item.kind].label
    if rule is None:
        return Authority(False, f"{label.capitalize()} always needs approval under your playbook.")
    ceiling = authority_ceiling(playbook, item.kind)
    if item.amount is not None and item.unit == rule.unit and total > rule.max:
        more = (
            "this is more"
            if total == item.amount
            else (f"this takes the deal to {format_amount(total, item.unit)}")
        )
        return Authority(False, f"You may agree to {label} up to {ceiling} yourself; {more}.")
    condition = " as long as you get something back" if rule.requires_get else ""
    if rule.requires_get and not tied_to_get:
        note = (
            f"You may agree to {label} up to {ceiling} yourself{condition}: no need to ask your "
            "manager, but do not give it for nothing."
        )
    else:
        note = f"You may agree to {label} up to {ceiling} yourself: no need to ask your manager."
    return Authority(True, note)
