"""The effective view of an append-only ledger: undo and label entries applied."""

from __future__ import annotations

from dataclasses import dataclass

from coaching.messages import LedgerLine
from coaching.model import LedgerEntry

ADDITIVE_UNITS = frozenset({"%", "USD", "EUR", "GBP"})


@dataclass(frozen=True, slots=True)
class LedgerView:
    entries: tuple[LedgerEntry, ...]

    @classmethod
    def of(cls, entries: list[LedgerEntry]) -> LedgerView:
        return cls(tuple(sorted(entries, key=lambda e: e.seq)))

    @property
    def reversed_seqs(self) -> frozenset[int]:
        return frozenset(e.ref for e in self.entries if e.side == "undo" and e.ref is not None)

    @property
    def labelled_seqs(self) -> frozenset[int]:
        marked = {e.ref for e in self.entries if e.side == "label" and e.ref is not None}
        marked |= {e.seq for e in self.entries if e.side == "give" and e.labelled}
        return frozenset(s for s in marked if s is not None)

    def moves(self) -> list[LedgerEntry]:
        """Gives and gets still standing, in order."""
        gone = self.reversed_seqs
        return [e for e in self.entries if e.side in ("give", "get") and e.seq not in gone]

    def gives(self) -> list[LedgerEntry]:
        return [e for e in self.moves() if e.side == "give"]

    def gets(self) -> list[LedgerEntry]:
        return [e for e in self.moves() if e.side == "get"]

    def decisions(self) -> list[LedgerEntry]:
        return [e for e in self.entries if e.side == "decision"]

    def untraded_give(self) -> LedgerEntry | None:
        """The last give no get has been traded against, if it is the latest move."""
        moves = self.moves()
        if moves and moves[-1].side == "give":
            traded = {g.traded_against for g in self.gets()}
            if moves[-1].seq not in traded:
                return moves[-1]
        return None

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
        return max((e.seq for e in self.entries), default=0) + 1

    def total_given(self, kind: str, unit: str | None) -> float:
        """What has been conceded on one kind so far (summed only where sizes add up)."""
        same = [g for g in self.gives() if g.kind == kind and g.unit == unit and g.amount]
        if unit in ADDITIVE_UNITS:
            return sum(g.amount or 0 for g in same)
        return max((g.amount or 0 for g in same), default=0)

    def lines(self) -> list[LedgerLine]:
        gone = self.reversed_seqs
        labelled = self.labelled_seqs
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
            for e in self.entries
            if e.side in ("give", "get", "decision")
        ]

    def health(self) -> str:
        """One word for dashboards: traded, exposed (an untraded give) or empty."""
        gives = self.gives()
        if not gives:
            return "empty"
        traded = {g.traded_against for g in self.gets()}
        return "traded" if all(g.seq in traded for g in gives) else "exposed"
