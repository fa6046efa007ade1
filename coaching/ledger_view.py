"""The effective view of an append-only ledger: undo and label entries applied.

A turn need not read a long ledger whole. What its checks need from the far
past is summed up in :class:`LedgerTotals` (per kind of give: how many still
stand, their total and the last one's size), which the engine keeps up to date
with every entry it appends and saves beside the ledger; the rest (the latest
moves, what to undo or label, the lines a reply shows) comes from the recent
end of the ledger. A view over that end only is *partial*: the methods over
entries then see only those entries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from coaching.messages import LedgerLine
from coaching.model import LedgerEntry

ADDITIVE_UNITS = frozenset({"%", "USD", "EUR", "GBP"})
TOTALS_FORMAT = 1  # bump when the saved shape of LedgerTotals changes; older ones are rebuilt


@dataclass(slots=True)
class GiveTotals:
    """The standing (not undone) gives of one kind and unit, in ledger order."""

    count: int = 0
    # The amounts that count (non-zero) added up where sizes add up (a running sum in
    # ledger order, like ``sum``), else the largest of them; 0 while there is none.
    total: float = 0
    sized: int = 0  # how many of them had an amount that counts
    last_amount: float | None = None

    def add(self, amount: float | None, unit: str | None) -> None:
        self.count += 1
        self.last_amount = amount
        if not amount:
            return
        if unit in ADDITIVE_UNITS:
            self.total = self.total + amount
        else:
            self.total = amount if self.sized == 0 else max(self.total, amount)
        self.sized += 1


@dataclass(slots=True)
class LedgerTotals:
    """Running totals of a ledger up to and including entry ``seq``."""

    seq: int = 0
    gives: dict[tuple[str, str | None], GiveTotals] = field(default_factory=dict)

    @classmethod
    def of(cls, entries: Iterable[LedgerEntry]) -> LedgerTotals:
        """The totals of a whole ledger."""
        ordered = sorted(entries, key=lambda e: e.seq)
        gone = {e.ref for e in ordered if e.side == "undo" and e.ref is not None}
        totals = cls(seq=ordered[-1].seq if ordered else 0)
        for entry in ordered:
            if entry.side == "give" and entry.seq not in gone:
                totals._give(entry)
        return totals

    def add(self, entry: LedgerEntry) -> None:
        """Account for a newly appended entry. An undo may take back any give, which
        only the whole ledger can tell: rebuild with :meth:`of` instead."""
        if entry.side == "undo":
            raise ValueError("an undo changes the totals: rebuild them from the whole ledger")
        if entry.side == "give":
            self._give(entry)
        self.seq = max(self.seq, entry.seq)

    def _give(self, entry: LedgerEntry) -> None:
        key = (entry.kind, entry.unit)
        self.gives.setdefault(key, GiveTotals()).add(entry.amount, entry.unit)

    def of_kind(self, kind: str, unit: str | None) -> GiveTotals:
        return self.gives.get((kind, unit)) or GiveTotals()

    def to_json(self) -> dict[str, Any]:
        return {
            "format": TOTALS_FORMAT,
            "seq": self.seq,
            "gives": [
                [kind, unit, t.count, t.total, t.sized, t.last_amount]
                for (kind, unit), t in self.gives.items()
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> LedgerTotals | None:
        """Saved totals, or None when there are none or they are of another format."""
        if not data or data.get("format") != TOTALS_FORMAT:
            return None
        try:
            gives = {
                (kind, unit): GiveTotals(count, total, sized, last)
                for kind, unit, count, total, sized, last in data["gives"]
            }
            return cls(seq=int(data["seq"]), gives=gives)
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True, slots=True)
class LedgerView:
    """The whole ledger (``complete``) or its recent end, with the totals of the whole."""

    entries: tuple[LedgerEntry, ...]
    totals: LedgerTotals = field(default_factory=LedgerTotals)
    complete: bool = True

    @classmethod
    def of(cls, entries: list[LedgerEntry]) -> LedgerView:
        ordered = tuple(sorted(entries, key=lambda e: e.seq))
        return cls(ordered, LedgerTotals.of(ordered))

    @classmethod
    def recent(cls, entries: list[LedgerEntry], totals: LedgerTotals) -> LedgerView:
        """A partial view: the last entries of a longer ledger, and the whole's totals."""
        return cls(tuple(sorted(entries, key=lambda e: e.seq)), totals, complete=False)

    @property
    def reversed_seqs(self) -> frozenset[int]:
        return frozenset(e.ref for e in self.entries if e.side == "undo" and e.ref is not None)

    @property
    def labelled_seqs(self) -> frozenset[int]:
        marked = {e.ref for e in self.entries if e.side == "label" and e.ref is not None}
        marked |= {e.seq for e in self.entries if e.side == "give" and e.labelled}
        return frozenset(s for s in marked if s is not None)

    def moves(self) -> list[LedgerEntry]:
        """Gives and gets still standing, in order.

        Exact on a partial view too for the entries it holds: an undo always comes
        after what it takes back, so it is among them."""
        gone = self.reversed_seqs
        return [e for e in self.entries if e.side in ("give", "get") and e.seq not in gone]

    def gives(self) -> list[LedgerEntry]:
        return [e for e in self.moves() if e.side == "give"]

    def gets(self) -> list[LedgerEntry]:
        return [e for e in self.moves() if e.side == "get"]

    def decisions(self) -> list[LedgerEntry]:
        return [e for e in self.entries if e.side == "decision"]

    def untraded_give(self) -> LedgerEntry | None:
        """The last give no get has been traded against, if it is the latest move.

        A get is only ever traded against an earlier give, so on a partial view that
        holds the latest standing move this is exact."""
        moves = self.moves()
        if moves and moves[-1].side == "give":
            traded = {g.traded_against for g in self.gets()}
            if moves[-1].seq not in traded:
                return moves[-1]
        return None

    def last_unlabelled_give(self) -> LedgerEntry | None:
        """The latest standing give not labelled yet (what ``label`` marks)."""
        labelled = self.labelled_seqs
        pending = [g for g in self.gives() if g.seq not in labelled]
        return pending[-1] if pending else None

    def last_message_moves(self) -> list[LedgerEntry]:
        """What ``undo`` takes back: the last move, and the give it was traded against
        when both came from the same message ("8% off if you sign for two years")."""
        moves = self.moves()
        if not moves:
            return []
        last = moves[-1]
        if len(moves) > 1 and last.side == "get":
            give = moves[-2]
            same_message = (give.source, give.excerpt, give.author) == (
                last.source,
                last.excerpt,
                last.author,
            )
            if last.traded_against == give.seq and same_message and last.excerpt:
                return [give, last]
        return [last]

    def next_seq(self) -> int:
        return max((e.seq for e in self.entries), default=self.totals.seq) + 1

    def gives_of(self, kind: str, unit: str | None) -> GiveTotals:
        """How many gives of one kind and unit stand, and the size of the last one."""
        return self.totals.of_kind(kind, unit)

    def total_given(self, kind: str, unit: str | None) -> float:
        """What has been conceded on one kind so far (summed only where sizes add up)."""
        return self.totals.of_kind(kind, unit).total

    def lines(self, recent: int | None = None) -> list[LedgerLine]:
        """The ledger's lines; with ``recent``, those of its last ``recent`` entries."""
        gone = self.reversed_seqs
        labelled = self.labelled_seqs
        shown = self.entries if recent is None else self.entries[-recent:]
        return [
            LedgerLine(
                seq=e.seq,
                side=e.side,
                kind=e.kind,
                description=e.description,
                labelled=e.seq in labelled,
                traded_against=e.traded_against,
                reversed=e.seq in gone,
            )
            for e in shown
            if e.side in ("give", "get", "decision")
        ]

    def health(self) -> str:
        """One word for dashboards: traded, exposed (an untraded give) or empty."""
        gives = self.gives()
        if not gives:
            return "empty"
        traded = {g.traded_against for g in self.gets()}
        return "traded" if all(g.seq in traded for g in gives) else "exposed"
