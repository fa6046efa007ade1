"""What the reader extracts from a message: gives, gets and how they relate.

Kept separate from the reader so adapters, the engine and storage can share
these small value types without importing the parsing machinery.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

GIVE_KINDS: tuple[str, ...] = (
    "discount",
    "payment_terms",
    "delivery",
    "scope",
    "service_level",
    "policy_exception",
    "trial",
    "price_lock",
)
GET_KINDS: tuple[str, ...] = (
    "term_commitment",
    "volume",
    "faster_signature",
    "reference",
    "upfront_payment",
    "scope_reduction",
    "process",
)
UNITS: tuple[str, ...] = ("%", "USD", "EUR", "GBP", "days", "months", "years", "seats")


@dataclass(frozen=True, slots=True)
class Item:
    """One give or get: its kind and, when the text states one, its size."""

    kind: str
    amount: float | None = None
    unit: str | None = None
    text: str = ""  # the words it was read from, for phrasing replies

    def to_json(self) -> dict[str, Any]:
        amount: float | int | None = self.amount
        if isinstance(amount, float) and amount.is_integer():
            amount = int(amount)
        return {"kind": self.kind, "amount": amount, "unit": self.unit}


@dataclass(frozen=True, slots=True)
class Analysis:
    """The structured reading of one message (see ANALYZE_CONTRACT.md)."""

    gives: tuple[Item, ...] = field(default_factory=tuple)
    gets: tuple[Item, ...] = field(default_factory=tuple)
    conditional: bool = False
    discount_request: bool = False
    truncated: bool = False  # the message was longer than the reader reads (reader.MAX_CHARS)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "discount_request": self.discount_request,
            "gives": [g.to_json() for g in self.gives],
            "gets": [g.to_json() for g in self.gets],
            "conditional": self.conditional,
        }
        if self.truncated:
            out["truncated"] = True
        return out


# -- fast construction for the reader ------------------------------------------------------------
# A frozen dataclass's __init__ sets each field through object.__setattr__; the reader builds an
# Item or two and an Analysis per message, so it sets the slots directly instead (the same
# object: same fields, equality, hash and repr).

_new = object.__new__
_SET_KIND, _SET_AMOUNT, _SET_UNIT, _SET_TEXT = (
    Item.__dict__[name].__set__ for name in ("kind", "amount", "unit", "text")
)
_SET_GIVES, _SET_GETS, _SET_CONDITIONAL, _SET_REQUEST, _SET_TRUNCATED = (
    Analysis.__dict__[name].__set__
    for name in ("gives", "gets", "conditional", "discount_request", "truncated")
)


def new_item(kind: str, amount: float | None, unit: str | None, text: str) -> Item:
    """Item(kind, amount, unit, text), without the frozen __init__'s per-field calls."""
    item = _new(Item)
    _SET_KIND(item, kind)
    _SET_AMOUNT(item, amount)
    _SET_UNIT(item, unit)
    _SET_TEXT(item, text)
    return item


def new_analysis(
    gives: tuple[Item, ...],
    gets: tuple[Item, ...],
    conditional: bool,
    discount_request: bool,
    truncated: bool,
) -> Analysis:
    """Analysis(...) with every field given, without the frozen __init__'s per-field calls."""
    analysis = _new(Analysis)
    _SET_GIVES(analysis, gives)
    _SET_GETS(analysis, gets)
    _SET_CONDITIONAL(analysis, conditional)
    _SET_REQUEST(analysis, discount_request)
    _SET_TRUNCATED(analysis, truncated)
    return analysis
