"""Words for gives and gets: amounts, ledger descriptions and trade phrasing."""

from __future__ import annotations

from coaching.analysis import Item
from coaching.playbook import Playbook

CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£"}


def format_amount(amount: float | None, unit: str | None) -> str:
    """15 % -> '15%', 25000 USD -> '$25,000', 2 years -> '2-year', 60 days -> 'net 60'."""
    if amount is None or unit is None:
        return ""
    number = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}".rstrip("0")
    if unit == "%":
        return f"{number}%"
    if unit in CURRENCY_SIGNS:
        return f"{CURRENCY_SIGNS[unit]}{number}"
    if unit == "seats":
        return f"{number} seats"
    singular = unit[:-1] if amount == 1 else unit
    return f"{number} {singular}"


def kind_amount(kind: str | None, amount: float | None, unit: str | None) -> str:
    """An amount as it reads for its kind: payment terms in days as 'net 60' (the one
    place that wording is made), everything else as :func:`format_amount`."""
    if amount is None or unit is None:
        return ""
    if kind == "payment_terms" and unit == "days":
        return f"net {amount:g}"
    return format_amount(amount, unit)


def _sized(template: str, plain: str, item: Item, amount_text: str) -> str:
    if amount_text and "{amount}" in template:
        return template.format(amount=amount_text)
    return plain if "{amount}" in template or not amount_text else template


def give_phrase(item: Item, playbook: Playbook) -> str:
    spec = playbook.gives[item.kind]
    amount = kind_amount(item.kind, item.amount, item.unit)
    return _sized(spec.phrase, spec.phrase_plain, item, amount)


def get_phrase(item: Item, playbook: Playbook) -> str:
    spec = playbook.gets[item.kind]
    amount = format_amount(item.amount, item.unit)
    if item.kind == "term_commitment" and item.unit in ("years", "months") and item.amount:
        amount = f"{item.amount:.0f}-{item.unit[:-1]}"
    return _sized(spec.ask, spec.ask_plain, item, amount)


def describe(kind: str, amount: float | None, unit: str | None) -> str:
    """A short ledger description: 'discount 15%', 'term commitment 2 years'."""
    name = kind.replace("_", " ")
    return f"{name} {kind_amount(kind, amount, unit)}".strip()


def authority_ceiling(playbook: Playbook, kind: str) -> str | None:
    """The words for how far a rep may go on ``kind`` alone ("10%", "net 60"); None: it
    always needs approval. Wording only: ``Playbook.needs_approval`` is the rule."""
    ceiling = playbook.ceiling(kind)
    if ceiling is None:
        return None
    amount, unit = ceiling
    return kind_amount(kind, amount, unit)
