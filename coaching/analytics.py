"""Managers' figures from the ledger: per rep and per team, over one period.

Pure: the store hands over what a period touched in a few bounded reads
(:class:`Activity`: the deals with ledger entries in the period and those deals'
ledgers up to its end, the alerts raised in it, the users) and this module replays
each ledger once. Whether a give is a double-give or a step that is not smaller is
judged by :func:`coaching.checks.check_move`, the same rule the coach warns with;
the authority ceiling is :meth:`coaching.playbook.Playbook.ceiling`.

What counts where: gives, double-gives and steps are those made in the period;
a deal's final discount, its first ask and the value kept are where its ledger
stands at the period's end, for every deal moved on in the period; approvals are
the alerts raised in it.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from coaching.checks import OurMove, check_move
from coaching.model import Deal, LedgerEntry
from coaching.negotiation import KindPosition, Positions, normalise
from coaching.playbook import Playbook
from coaching.records import Alert, User

DISCOUNT = "discount"
DECIDED = ("approved", "countered", "declined")
HABIT_CODES = ("double_give", "step_not_smaller")
NEEDS_COACHING = 3  # how many reps the manager's views name


@dataclass(frozen=True, slots=True)
class Period:
    """``since`` (included) to ``until`` (excluded), both aware datetimes."""

    since: datetime
    until: datetime

    @classmethod
    def last(cls, days: int, now: datetime) -> Period:
        return cls(now - timedelta(days=days), now)

    @property
    def days(self) -> int:
        return max(round((self.until - self.since) / timedelta(days=1)), 0)

    def holds(self, moment: datetime) -> bool:
        return self.since <= moment < self.until


@dataclass(frozen=True, slots=True)
class Activity:
    """What the store read for a period (see ``coaching.store.AnalyticsQueries``)."""

    deals: Sequence[Deal]
    entries: Sequence[LedgerEntry]  # those deals' ledgers up to the period's end
    alerts: Sequence[Alert]  # raised in the period
    users: Sequence[User] = ()
    truncated: bool = False  # a read hit its LIMIT: the figures cover part of the period

    def names(self) -> dict[str, str]:
        """Each user's name as the figures show it (the id when the coach knows none)."""
        return {u.user_id: u.display_name or u.user_id for u in self.users}


@dataclass(frozen=True, slots=True)
class Approvals:
    """Alerts asked for in the period and what became of them."""

    asked: int = 0
    approved: int = 0
    countered: int = 0
    declined: int = 0
    open: int = 0
    hours_to_decision: tuple[float, ...] = ()  # one per decided alert, sorted

    @property
    def decided(self) -> int:
        return self.approved + self.countered + self.declined

    @property
    def median_hours(self) -> float | None:
        return statistics.median(self.hours_to_decision) if self.hours_to_decision else None


@dataclass(frozen=True, slots=True)
class DealOutcome:
    """One deal as its ledger stands at the period's end (discounts in percent)."""

    deal_id: str
    name: str
    owner: str
    final_discount: float | None  # our standing discount offer, None without one
    first_ask: float | None  # the customer's first discount ask
    at_ceiling: bool  # the final discount is exactly the rep's authority
    gives: int  # gives of the period, and of those:
    traded: int  # traded for a get (a get on the same line, or paying a pending get)
    double_gives: int
    steps_not_smaller: int
    last_move: datetime | None

    @property
    def value_kept(self) -> float | None:
        """Points between the customer's first ask and where we ended (never below 0)."""
        if self.final_discount is None or self.first_ask is None:
            return None
        return max(self.first_ask - self.final_discount, 0.0)


@dataclass(frozen=True, slots=True)
class Figures:
    """The figures of a rep or a team (the sum of its deals and alerts)."""

    deals: int = 0
    gives: int = 0
    traded: int = 0
    double_gives: int = 0
    steps_not_smaller: int = 0
    final_discounts: tuple[float, ...] = ()  # one per deal with a discount, sorted
    at_ceiling: int = 0
    values_kept: tuple[float, ...] = ()
    approvals: Approvals = field(default_factory=Approvals)

    @property
    def untraded(self) -> int:
        return self.gives - self.traded

    @property
    def share_traded(self) -> float | None:
        return self.traded / self.gives if self.gives else None

    @property
    def mean_discount(self) -> float | None:
        return statistics.fmean(self.final_discounts) if self.final_discounts else None

    @property
    def median_discount(self) -> float | None:
        return statistics.median(self.final_discounts) if self.final_discounts else None

    @property
    def share_at_ceiling(self) -> float | None:
        """Of the deals with a final discount, the share that ended exactly at authority."""
        return self.at_ceiling / len(self.final_discounts) if self.final_discounts else None

    @property
    def mean_value_kept(self) -> float | None:
        return statistics.fmean(self.values_kept) if self.values_kept else None

    @property
    def coaching_score(self) -> int:
        """How much the habits need coaching: untraded gives, double-gives (weighing
        double) and steps that did not get smaller."""
        return self.untraded + 2 * self.double_gives + self.steps_not_smaller


@dataclass(frozen=True, slots=True)
class Bucket:
    low: float
    high: float
    count: int
    ceiling: bool  # the authority ceiling falls in [low, high)


@dataclass(frozen=True, slots=True)
class RepFigures:
    user_id: str
    name: str
    figures: Figures
    deals: tuple[DealOutcome, ...]  # most recently moved first


@dataclass(frozen=True, slots=True)
class TeamFigures:
    tenant: str
    period: Period
    ceiling: float | None  # the discount authority, in percent
    figures: Figures
    reps: tuple[RepFigures, ...]  # by name
    truncated: bool = False

    def rep(self, user_id: str) -> RepFigures | None:
        return next((r for r in self.reps if r.user_id == user_id), None)

    def needs_coaching(self, limit: int = NEEDS_COACHING) -> list[RepFigures]:
        """The reps whose habits most need coaching, the worst first (none that is clean)."""
        ranked = [r for r in self.reps if r.figures.coaching_score > 0]
        ranked.sort(key=lambda r: (-r.figures.coaching_score, r.name))
        return ranked[:limit]

    def histogram(self, width: float = 2.0) -> list[Bucket]:
        return histogram(self.figures.final_discounts, self.ceiling, width)


def team_figures(
    tenant: str, activity: Activity, playbook: Playbook, period: Period
) -> TeamFigures:
    """The team's figures and each rep's, from one period's activity."""
    return team_figures_over(tenant, activity, playbook, [period])[0]


def team_figures_over(
    tenant: str, activity: Activity, playbook: Playbook, periods: Sequence[Period]
) -> list[TeamFigures]:
    """The team's figures for each of ``periods`` (e.g. the last 30 and 90 days) from one
    activity read for the longest of them, each ledger replayed once for all."""
    ceiling = _discount_ceiling(playbook)
    outcomes = deal_outcomes_over(activity.deals, activity.entries, playbook, periods)
    names = activity.names()
    return [
        _team(tenant, activity, period, ceiling, found, names)
        for period, found in zip(periods, outcomes, strict=True)
    ]


def _team(
    tenant: str,
    activity: Activity,
    period: Period,
    ceiling: float | None,
    outcomes: list[DealOutcome],
    names: dict[str, str],
) -> TeamFigures:
    alerts_by_rep: dict[str, list[Alert]] = {}
    for alert in activity.alerts:
        if period.holds(alert.created_at):
            alerts_by_rep.setdefault(alert.rep, []).append(alert)
    deals_by_rep: dict[str, list[DealOutcome]] = {}
    for outcome in outcomes:
        deals_by_rep.setdefault(outcome.owner, []).append(outcome)
    reps = []
    for user_id in sorted(set(deals_by_rep) | set(alerts_by_rep)):
        deals = sorted(deals_by_rep.get(user_id, []), key=_recent_first)
        figures = _sum(deals, alerts_by_rep.get(user_id, []))
        reps.append(RepFigures(user_id, names.get(user_id, user_id), figures, tuple(deals)))
    reps.sort(key=lambda r: (r.name.casefold(), r.user_id))
    everyone = [a for alerts in alerts_by_rep.values() for a in alerts]
    return TeamFigures(
        tenant, period, ceiling, _sum(outcomes, everyone), tuple(reps), activity.truncated
    )


def rep_figures(
    tenant: str, user_id: str, activity: Activity, playbook: Playbook, period: Period
) -> RepFigures:
    """One rep's figures (empty ones when the rep did nothing in the period)."""
    found = team_figures(tenant, activity, playbook, period).rep(user_id)
    if found is not None:
        return found
    names = activity.names()
    return RepFigures(user_id, names.get(user_id, user_id), Figures(), ())


def deal_outcomes(
    deals: Iterable[Deal], entries: Iterable[LedgerEntry], playbook: Playbook, period: Period
) -> list[DealOutcome]:
    """The outcome of each deal moved on in the period (an entry in it)."""
    return deal_outcomes_over(deals, entries, playbook, [period])[0]


def deal_outcomes_over(
    deals: Iterable[Deal],
    entries: Iterable[LedgerEntry],
    playbook: Playbook,
    periods: Sequence[Period],
) -> list[list[DealOutcome]]:
    """Per period, the outcome of each deal moved on in it; each ledger is replayed once for
    all the periods, so a longer period's activity serves the shorter ones too."""
    ledgers: dict[str, list[LedgerEntry]] = {}
    for entry in entries:
        ledgers.setdefault(entry.deal_id, []).append(entry)
    ceiling = _discount_ceiling(playbook)
    found: list[list[DealOutcome]] = [[] for _ in periods]
    for deal in deals:
        ledger = ledgers.get(deal.id)
        if not ledger:
            continue
        for i, outcome in enumerate(_outcomes(deal, ledger, playbook, periods, ceiling)):
            if outcome is not None:
                found[i].append(outcome)
    return found


def histogram(values: Sequence[float], ceiling: float | None, width: float = 2.0) -> list[Bucket]:
    """Counts of ``values`` in buckets of ``width`` points from 0 to past the largest
    value and the ceiling; the ceiling's own bucket is marked (a value exactly at the
    ceiling falls in it, so the bar over the mark shows the deals that hit it)."""
    top = max([*values, ceiling or 0.0, width])
    buckets = int(top // width) + 1
    counts = [0] * buckets
    for value in values:
        counts[min(int(max(value, 0.0) // width), buckets - 1)] += 1
    marked = None if ceiling is None else int(ceiling // width)
    return [Bucket(i * width, (i + 1) * width, counts[i], i == marked) for i in range(buckets)]


# -- replaying one ledger


@dataclass(slots=True)
class _Tally:
    """One period's counts while a ledger is replayed."""

    gives: int = 0
    traded: int = 0
    doubles: int = 0
    steps: int = 0
    last_move: datetime | None = None
    final: float | None = None
    closed: bool = False  # the replay passed the period's end; ``final`` is its offer


def _outcomes(
    deal: Deal,
    ledger: list[LedgerEntry],
    playbook: Playbook,
    periods: Sequence[Period],
    ceiling: float | None,
) -> list[DealOutcome | None]:
    ordered = sorted(ledger, key=lambda e: e.seq)
    gone = {e.ref for e in ordered if e.side == "undo" and e.ref is not None}
    standing = [e for e in ordered if e.side != "undo" and e.seq not in gone]
    positions = Positions(list_price=deal.list_price)
    tallies = [_Tally() for _ in periods]
    first_ask: tuple[float | None, datetime] | None = None
    for line in _lines(standing):
        at = line[0].created_at
        for period, tally in zip(periods, tallies, strict=True):
            if not tally.closed and at >= period.until:
                tally.final, tally.closed = _discount_offer(positions), True
        inside = [t for p, t in zip(periods, tallies, strict=True) if p.holds(at)]
        last_party = positions.last_party  # who moved last before the line
        line_has_get = any(e.side == "get" for e in line)
        for entry in line:
            if entry.side == "ask" and entry.kind == DISCOUNT and first_ask is None:
                amount, unit = normalise(entry.kind, entry.amount, entry.unit, deal.list_price)
                first_ask = (amount if unit == "%" else None, at)
            if entry.side == "give" and inside:
                tied = line_has_get or entry.traded_against is not None
                codes = _habits(entry, positions, last_party, tied, deal, playbook)
                for tally in inside:
                    tally.gives += 1
                    tally.traded += tied
                    tally.doubles += "double_give" in codes
                    tally.steps += "step_not_smaller" in codes
            positions.add(entry)
        for tally in inside:
            tally.last_move = at
    out: list[DealOutcome | None] = []
    for period, tally in zip(periods, tallies, strict=True):
        if tally.last_move is None:
            out.append(None)  # not moved on in this period
            continue
        final = tally.final if tally.closed else _discount_offer(positions)
        asked = first_ask[0] if first_ask is not None and first_ask[1] < period.until else None
        at_ceiling = final is not None and ceiling is not None and abs(final - ceiling) < 1e-9
        out.append(
            DealOutcome(
                deal.id,
                deal.name,
                deal.owner,
                final,
                asked,
                at_ceiling,
                tally.gives,
                tally.traded,
                tally.doubles,
                tally.steps,
                tally.last_move,
            )
        )
    return out


def _discount_offer(positions: Positions) -> float | None:
    offer = positions.of_kind(DISCOUNT).offer
    return offer.amount if offer.on and offer.unit == "%" else None


def _lines(entries: list[LedgerEntry]) -> list[list[LedgerEntry]]:
    """Entries grouped by the line that recorded them (one moment per line)."""
    lines: list[list[LedgerEntry]] = []
    for entry in entries:
        if lines and lines[-1][0].created_at == entry.created_at:
            lines[-1].append(entry)
        else:
            lines.append([entry])
    return lines


def _habits(
    give: LedgerEntry,
    positions: Positions,
    last_party: str | None,
    tied: bool,
    deal: Deal,
    playbook: Playbook,
) -> list[str]:
    """The habit codes ``check_move`` gives this give, judged as the coach judged it."""
    amount, unit = normalise(give.kind, give.amount, give.unit, positions.list_price)
    here: KindPosition = positions.of_kind(give.kind)
    step = None
    if amount is not None and here.unit in (None, unit):
        step = amount - here.offer_total()
    codes = check_move(
        OurMove(give.kind, amount, unit, step),
        earlier=here,
        last_party=last_party,
        list_price=positions.list_price,
        tied=tied,
        deal=deal,
        playbook=playbook,
    )
    return [c for c in codes if c in HABIT_CODES]


def _sum(deals: Sequence[DealOutcome], alerts: Sequence[Alert]) -> Figures:
    discounts = sorted(d.final_discount for d in deals if d.final_discount is not None)
    kept = [d.value_kept for d in deals if d.value_kept is not None]
    return Figures(
        deals=len(deals),
        gives=sum(d.gives for d in deals),
        traded=sum(d.traded for d in deals),
        double_gives=sum(d.double_gives for d in deals),
        steps_not_smaller=sum(d.steps_not_smaller for d in deals),
        final_discounts=tuple(discounts),
        at_ceiling=sum(d.at_ceiling for d in deals),
        values_kept=tuple(sorted(kept)),
        approvals=_approvals(alerts),
    )


def _approvals(alerts: Sequence[Alert]) -> Approvals:
    statuses = [a.status for a in alerts]
    hours = sorted(
        (a.decided_at - a.created_at) / timedelta(hours=1)
        for a in alerts
        if a.status in DECIDED and a.decided_at is not None
    )
    return Approvals(
        asked=len(alerts),
        approved=statuses.count("approved"),
        countered=statuses.count("countered"),
        declined=statuses.count("declined"),
        open=statuses.count("open"),
        hours_to_decision=tuple(hours),
    )


def _discount_ceiling(playbook: Playbook) -> float | None:
    ceiling = playbook.ceiling(DISCOUNT)
    return ceiling[0] if ceiling is not None and ceiling[1] == "%" else None


def _recent_first(outcome: DealOutcome) -> tuple[float, str]:
    moved = outcome.last_move.timestamp() if outcome.last_move is not None else 0.0
    return (-moved, outcome.name)
