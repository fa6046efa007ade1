"""Where each side stands on a deal, derived from its append-only ledger.

The ledger records every ``ask`` (the customer's number) and ``give`` (ours) as
the new total on its kind; :class:`Positions` replays those entries into the
current ask and offer per kind, our last step, the side that moved last and the
gets still waiting for a give. It is rebuilt from the whole ledger after an
undo (or when the list price becomes known), and otherwise kept up to date one
entry at a time and saved beside the ledger, so a turn never has to read a
long ledger to know where the deal stands. One truth: the ledger.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from coaching.model import LedgerEntry

RECENT_GIVES = 8  # the latest gives (unpaid, paid) the positions remember by seq
POSITIONS_FORMAT = 3  # bump when the saved shape changes; older ones are rebuilt
CURRENCIES = frozenset({"USD", "EUR", "GBP"})
# Steps on payment terms count from the standard terms (net 30); others from zero.
BASELINES = {"payment_terms": 30.0}


def baseline(kind: str) -> float:
    return BASELINES.get(kind, 0.0)


def in_percent(amount: float, list_price: float | None) -> float:
    """Money as a percent of the list price, to one decimal."""
    assert list_price
    return round(amount / list_price * 100, 1)


def names_price(
    kind: str, amount: float | None, unit: str | None, list_price: float | None
) -> bool:
    """Money on a discount that is most of the list price names the price, not the cut
    ("moved to $222k", "walk-away $204k" on a $240k list)."""
    return (
        kind == "discount"
        and unit in CURRENCIES
        and amount is not None
        and bool(list_price)
        and amount >= (list_price or 0) / 2
    )


def percent_off(price: float, list_price: float) -> float:
    """How far below the list price a price is, in percent to one decimal."""
    return round(max((list_price - price) / list_price * 100, 0.0), 1)


def normalise(
    kind: str, amount: float | None, unit: str | None, list_price: float | None
) -> tuple[float | None, str | None]:
    """A discount in money becomes percent once the deal's list price is known."""
    if kind == "discount" and amount is not None and unit in CURRENCIES and list_price:
        return in_percent(amount, list_price), "%"
    return amount, unit


@dataclass(slots=True)
class Stand:
    """One side's standing on one kind: ``on`` with or without a number."""

    on: bool = False
    amount: float | None = None
    unit: str | None = None
    seq: int = 0
    at: str = ""  # when the line that set it was handled (one moment per line)

    def to_json(self) -> list[Any]:
        return [self.on, self.amount, self.unit, self.seq, self.at]


@dataclass(slots=True)
class KindPosition:
    """The customer's ask and our offer on one kind of give, and our last step."""

    kind: str
    ask: Stand = field(default_factory=Stand)
    offer: Stand = field(default_factory=Stand)
    step: float | None = None  # our last increment on this kind
    offers: int = 0  # how many offers of ours stand on it

    @property
    def unit(self) -> str | None:
        return self.offer.unit or self.ask.unit

    @property
    def standing(self) -> bool:
        return self.ask.on or self.offer.on

    def copy(self) -> KindPosition:
        """A copy to keep as it is now (its stands are replaced on a move, never changed)."""
        return KindPosition(self.kind, self.ask, self.offer, self.step, self.offers)

    def offer_total(self) -> float:
        """Our offer as a number (the baseline while we have offered nothing)."""
        if self.offer.amount is not None:
            return self.offer.amount
        return baseline(self.kind)


@dataclass(frozen=True, slots=True)
class PendingGet:
    """A get asked for or obtained that no give has paid for yet."""

    seq: int
    kind: str
    words: str


@dataclass(slots=True)
class Positions:
    """The state of the negotiation after ledger entry ``seq``."""

    seq: int = 0
    list_price: float | None = None  # money on a discount is turned into percent of it
    kinds: dict[str, KindPosition] = field(default_factory=dict)
    last_party: str | None = None  # "give" or "ask": who moved last (gets aside)
    last_give_seq: int | None = None
    pending: list[PendingGet] = field(default_factory=list)
    gets: list[tuple[str, float | None, str | None]] = field(default_factory=list)
    # For a deal list's health, without a list as long as the ledger: how many standing
    # gives no standing get is traded against, the latest of them and of those paid for
    # (a get pays for a give of its own line), and whether the count is sure (a get that
    # pays for an older give than those makes it unsure, and the ledger tells).
    unpaid: int = 0
    recent_unpaid: list[int] = field(default_factory=list)
    recent_paid: list[int] = field(default_factory=list)
    unpaid_sure: bool = True

    # -- building
    @classmethod
    def of(cls, entries: Iterable[LedgerEntry], list_price: float | None = None) -> Positions:
        """The positions of a whole ledger (undo entries applied)."""
        ordered = sorted(entries, key=lambda e: e.seq)
        gone = {e.ref for e in ordered if e.side == "undo" and e.ref is not None}
        positions = cls(seq=ordered[-1].seq if ordered else 0, list_price=list_price)
        # A line's entries share one moment: it is formatted once. Keyed with its UTC
        # offset too, as one instant at two offsets is equal but formats otherwise.
        moments: dict[tuple[datetime, timedelta | None], str] = {}
        for entry in ordered:
            if entry.seq not in gone and entry.side != "undo":
                moment = (entry.created_at, entry.created_at.utcoffset())
                at = moments.get(moment)
                if at is None:
                    at = moments[moment] = entry.created_at.isoformat()
                positions._add(entry, at)
        positions._count_unpaid([e for e in ordered if e.seq not in gone])
        return positions

    def _count_unpaid(self, standing: list[LedgerEntry]) -> None:
        """The unpaid count of a whole ledger, exactly (whatever its gets pay for)."""
        paid = {e.traded_against for e in standing if e.side == "get"}
        gives = [e.seq for e in standing if e.side == "give"]
        unpaid = [seq for seq in gives if seq not in paid]
        self.unpaid, self.unpaid_sure = len(unpaid), True
        self.recent_unpaid = unpaid[-RECENT_GIVES:]
        self.recent_paid = [seq for seq in gives if seq in paid][-RECENT_GIVES:]

    def add(self, entry: LedgerEntry) -> None:
        """Account for a newly appended entry (an undo needs :meth:`of` instead)."""
        if entry.side == "undo":
            raise ValueError("an undo changes the positions: rebuild them from the whole ledger")
        self._add(entry, entry.created_at.isoformat())

    def _add(self, entry: LedgerEntry, at: str) -> None:
        """:meth:`add`, with the entry's moment already formatted (``at``)."""
        self.seq = max(self.seq, entry.seq)
        amount, unit = normalise(entry.kind, entry.amount, entry.unit, self.list_price)
        if entry.side == "ask":
            here = self._kind(entry.kind)
            here.ask = Stand(True, amount, unit, entry.seq, at)
            self.last_party = "ask"
        elif entry.side == "give":
            here = self._kind(entry.kind)
            if amount is not None and (here.offer.amount is not None or here.offers == 0):
                before = here.offer_total() if here.offer.unit in (None, unit) else None
                here.step = None if before is None else amount - before
            here.offer = Stand(True, amount, unit, entry.seq, at)
            here.offers += 1
            self.last_party = "give"
            self.last_give_seq = entry.seq
            self.unpaid += 1
            self.recent_unpaid = [*self.recent_unpaid[1 - RECENT_GIVES :], entry.seq]
            if entry.traded_against is not None:  # it pays for the gets left pending
                self.pending = []
        elif entry.side == "get":
            words = entry.description
            self.gets.append((entry.kind, entry.amount, entry.unit))
            self._pay(entry.traded_against)
            if entry.traded_against is None:
                self.pending.append(PendingGet(entry.seq, entry.kind, words))

    def _kind(self, kind: str) -> KindPosition:
        """The kind's position, added (standing nowhere yet) on its first move."""
        here = self.kinds.get(kind)
        if here is None:
            here = self.kinds[kind] = KindPosition(kind)
        return here

    def copy(self) -> Positions:
        """A copy that later entries leave as it is (cheaper than a deep copy: stands and
        pending gets are immutable or replaced, never changed in place)."""
        return Positions(
            self.seq,
            self.list_price,
            {k: p.copy() for k, p in self.kinds.items()},
            self.last_party,
            self.last_give_seq,
            list(self.pending),
            list(self.gets),
            self.unpaid,
            list(self.recent_unpaid),
            list(self.recent_paid),
            self.unpaid_sure,
        )

    def _pay(self, seq: int | None) -> None:
        if seq is None or seq in self.recent_paid:
            return
        if seq in self.recent_unpaid:
            self.recent_unpaid.remove(seq)
            self.unpaid -= 1
            self.recent_paid = [*self.recent_paid[1 - RECENT_GIVES :], seq]
        else:
            self.unpaid_sure = False  # an older give, or no give at all: not known here

    # -- reading
    def of_kind(self, kind: str) -> KindPosition:
        return self.kinds.get(kind) or KindPosition(kind)

    def has_get(self, kind: str, amount: float | None) -> bool:
        """Whether the deal already holds this get (a restated get is not recorded again)."""
        return any(k == kind and (amount is None or a in (None, amount)) for k, a, _ in self.gets)

    def latest_ask(self) -> KindPosition | None:
        """The kind the customer asked on most recently (what "it" refers to); of several
        asked in one line, the first."""
        asked = [p for p in self.kinds.values() if p.ask.on]
        if not asked:
            return None
        latest = max(asked, key=lambda p: p.ask.seq)
        same_line = [p for p in asked if p.ask.at == latest.ask.at]
        return min(same_line, key=lambda p: p.ask.seq)

    def recent_kinds(self) -> list[tuple[str, str | None]]:
        """The kinds (and units) either side stands on, the one moved on last first: what a
        bare number ("came back at 9") may be about."""
        standing = [p for p in self.kinds.values() if p.standing]
        standing.sort(key=lambda p: max(p.ask.seq, p.offer.seq), reverse=True)
        return [(p.kind, p.unit) for p in standing]

    def report(self) -> dict[str, dict[str, Any]]:
        """``{kind: {"ask", "offer", "unit"}}`` for every kind either side stands on."""
        out: dict[str, dict[str, Any]] = {}
        for kind, here in self.kinds.items():
            if here.standing:
                out[kind] = {
                    "ask": _shown(here.ask),
                    "offer": _shown(here.offer),
                    "unit": here.unit,
                }
        return out

    def gives(self) -> int:
        """How many gives of ours stand (undone ones aside)."""
        return sum(p.offers for p in self.kinds.values())

    def health(self) -> str | None:
        """:meth:`coaching.ledger_view.LedgerView.health` of the whole ledger: traded,
        exposed (a give no get is traded against) or empty (no give); None when only
        the ledger can tell (see ``unpaid_sure``)."""
        if not self.gives():
            return "empty"
        if not self.unpaid_sure:
            return None
        return "exposed" if self.unpaid else "traded"

    # -- saving beside the ledger
    def to_json(self) -> dict[str, Any]:
        return {
            "format": POSITIONS_FORMAT,
            "seq": self.seq,
            "list_price": self.list_price,
            "kinds": [
                [k, p.ask.to_json(), p.offer.to_json(), p.step, p.offers]
                for k, p in self.kinds.items()
            ],
            "last_party": self.last_party,
            "last_give_seq": self.last_give_seq,
            "pending": [[p.seq, p.kind, p.words] for p in self.pending],
            "gets": [list(g) for g in self.gets],
            "unpaid": [self.unpaid, self.recent_unpaid, self.recent_paid, self.unpaid_sure],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Positions | None:
        """Saved positions, or None when there are none or they are of another format."""
        if not data or data.get("format") != POSITIONS_FORMAT:
            return None
        try:
            unpaid, recent_unpaid, recent_paid, sure = data["unpaid"]
            kinds = {
                k: KindPosition(k, Stand(*ask), Stand(*offer), step, offers)
                for k, ask, offer, step, offers in data["kinds"]
            }
            return cls(
                seq=int(data["seq"]),
                list_price=data.get("list_price"),
                kinds=kinds,
                last_party=data.get("last_party"),
                last_give_seq=data.get("last_give_seq"),
                pending=[PendingGet(s, k, w) for s, k, w in data.get("pending", [])],
                gets=[(k, a, u) for k, a, u in data.get("gets", [])],
                unpaid=int(unpaid),
                recent_unpaid=[int(s) for s in recent_unpaid],
                recent_paid=[int(s) for s in recent_paid],
                unpaid_sure=bool(sure),
            )
        except (KeyError, TypeError, ValueError):
            return None


def _shown(stand: Stand) -> float | bool | None:
    if not stand.on:
        return None
    if stand.amount is None:
        return True
    amount = stand.amount
    return int(amount) if float(amount).is_integer() else round(amount, 2)
