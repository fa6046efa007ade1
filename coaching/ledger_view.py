"""The effective view of an append-only ledger: undo and label entries applied.

A turn need not read a long ledger whole. What its checks need from the far
past is held in :class:`coaching.negotiation.Positions` (where each side stands
per kind, our last step, who moved last, the gets still pending), which the
engine keeps up to date with every entry it appends and saves beside the
ledger; the rest (the latest moves, what to undo or label, the lines a reply
shows) comes from the recent end of the ledger. A view over that end only is
*partial*: the methods over entries then see only those entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coaching.messages import LedgerLine
from coaching.model import LedgerEntry
from coaching.negotiation import Positions

if TYPE_CHECKING:
    from coaching.store import DealStore, DealSummary

MOVE_SIDES = ("ask", "give", "get")
ADDITIVE_UNITS = frozenset({"%", "USD", "EUR", "GBP"})  # sizes that add up (prep's plans)


@dataclass(frozen=True, slots=True)
class LedgerView:
    """The whole ledger (``complete``) or its recent end, with the totals of the whole."""

    entries: tuple[LedgerEntry, ...]
    totals: Positions = field(default_factory=Positions)
    complete: bool = True

    @classmethod
    def of(cls, entries: list[LedgerEntry]) -> LedgerView:
        ordered = tuple(sorted(entries, key=lambda e: e.seq))
        return cls(ordered, Positions.of(ordered))

    @classmethod
    def recent(cls, entries: list[LedgerEntry], totals: Positions) -> LedgerView:
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
        """Asks, gives and gets still standing, in order.

        Exact on a partial view too for the entries it holds: an undo always comes
        after what it takes back, so it is among them."""
        gone = self.reversed_seqs
        return [e for e in self.entries if e.side in MOVE_SIDES and e.seq not in gone]

    def gives(self) -> list[LedgerEntry]:
        return [e for e in self.moves() if e.side == "give"]

    def gets(self) -> list[LedgerEntry]:
        return [e for e in self.moves() if e.side == "get"]

    def asks(self) -> list[LedgerEntry]:
        return [e for e in self.moves() if e.side == "ask"]

    def decisions(self) -> list[LedgerEntry]:
        return [e for e in self.entries if e.side == "decision"]

    def last_unlabelled_give(self) -> LedgerEntry | None:
        """The latest standing give not labelled yet (what ``label`` marks)."""
        labelled = self.labelled_seqs
        pending = [g for g in self.gives() if g.seq not in labelled]
        return pending[-1] if pending else None

    def last_message_moves(self) -> list[LedgerEntry]:
        """What ``undo`` takes back: everything the last recording line added (a trade
        made in one message, two asks in one line, are one move)."""
        moves = self.moves()
        if not moves:
            return []
        last = moves[-1]
        taken = [last]
        for earlier in reversed(moves[:-1]):
            same = (earlier.source, earlier.excerpt, earlier.author, earlier.created_at) == (
                last.source,
                last.excerpt,
                last.author,
                last.created_at,
            )
            if not (same and last.excerpt):
                break
            taken.insert(0, earlier)
        return taken

    def next_seq(self) -> int:
        return max((e.seq for e in self.entries), default=self.totals.seq) + 1

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
            if e.side in (*MOVE_SIDES, "decision")
        ]

    def give_count(self) -> int:
        """Standing gives in the whole ledger (from the totals on a partial view)."""
        return len(self.gives()) if self.complete else self.totals.gives()

    def get_count(self) -> int:
        """Standing gets in the whole ledger (from the totals on a partial view)."""
        return len(self.gets()) if self.complete else len(self.totals.gets)

    def health(self) -> str:
        """One word for dashboards: traded, exposed (an untraded give) or empty; of the
        whole ledger, also on a partial view (from its totals)."""
        if not self.complete:  # the engine makes sure of the count first (Turn._settle)
            known = self.totals.health()
            return known or ("exposed" if self.totals.unpaid else "traded")
        gives = self.gives()
        if not gives:
            return "empty"
        traded = {g.traded_against for g in self.gets()}
        return "traded" if all(g.seq in traded for g in gives) else "exposed"


async def summary_health(store: DealStore, tenant: str, deal: DealSummary) -> str:
    """A listed deal's health from the totals saved beside its ledger; only a ledger
    whose totals do not reach its last entry (written by an older release) is read."""
    if deal.last_seq is None:
        return "empty"
    totals = Positions.from_json(deal.totals)
    if totals is not None and totals.seq == deal.last_seq:
        known = totals.health()
        if known is not None:
            return known
    return LedgerView.of(await store.ledger(tenant, deal.id)).health()
