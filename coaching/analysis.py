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
