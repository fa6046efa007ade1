"""The managers' figures: replayed from real ledgers, judged by the coach's own checks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coaching.analytics import Activity, Period, histogram, rep_figures, team_figures
from coaching.model import Deal, LedgerEntry
from coaching.playbook import load_playbook
from coaching.records import Alert, User
from storage.memory import MemoryStore
from tests.unit.coaching.conftest import Conversation

PLAYBOOK = load_playbook()
TENANT = "console:T1"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ALWAYS = Period(datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))


async def _activity(store: MemoryStore) -> Activity:
    deals = await store.list_deals(TENANT, status=None)
    entries = [e for d in deals for e in await store.ledger(TENANT, d.id)]
    return Activity(deals, entries, await store.list_alerts(TENANT), await store.list_users(TENANT))


async def test_habits_are_counted_as_the_coach_warned_them(
    chat: Conversation, store: MemoryStore
) -> None:
    """Every double-give and step that was not smaller the coach warned about is counted,
    and nothing else: the figures use the coach's own check, not a second copy of it."""
    lines = [
        "deal Acme",
        "Acme wants 20% off",
        "we give 4% off",
        "we give 6% off",
        "they came back at 15%",
        "ill go to 9% if they sign a two-year term",
        "they want 12%",
        "we give 10% off",
        "deal Beta",
        "Beta wants 8% off",
        "offered 5% if they pay up front",
    ]
    warned: list[str] = []
    for line in lines:
        warned += (await chat.say(line)).codes
    team = team_figures(TENANT, await _activity(store), PLAYBOOK, ALWAYS)

    figures = team.figures
    assert figures.double_gives == warned.count("double_give") == 1
    assert figures.steps_not_smaller == warned.count("step_not_smaller") == 1
    assert figures.gives == 5
    assert figures.untraded == warned.count("no_get") == 3
    assert figures.final_discounts == (5.0, 10.0)
    assert figures.at_ceiling == 1  # Acme ended at 10%, exactly the rep's authority
    assert figures.share_at_ceiling == 0.5
    assert sorted(figures.values_kept) == [3.0, 10.0]  # 20 asked -> 10; 8 asked -> 5
    (rep,) = team.reps
    assert rep.user_id == "rep1"
    assert [d.name for d in rep.deals] == ["Beta", "Acme"]  # the latest moved first


def _entry(seq: int, side: str, amount: float | None, at: datetime, **kw: object) -> LedgerEntry:
    return LedgerEntry(
        TENANT, "d1", seq, side, "discount", f"{side} {amount}", amount, "%", created_at=at, **kw
    )


def test_a_period_counts_its_own_gives_and_the_deal_as_it_stood_at_its_end() -> None:
    deal = Deal(TENANT, "rep1", "Acme", id="d1")
    day = timedelta(days=1)
    ledger = [
        _entry(1, "ask", 18, START),
        _entry(2, "give", 4, START + day),  # before the period
        _entry(3, "give", 8, START + 10 * day),  # a double-give, in the period
        _entry(4, "get", None, START + 11 * day, traded_against=None),
        _entry(5, "give", 9, START + 12 * day, traded_against=4),  # pays the pending get
        _entry(6, "give", 12, START + 13 * day),  # undone below
        _entry(7, "undo", None, START + 13 * day + timedelta(minutes=1), ref=6),
        _entry(8, "give", 15, START + 40 * day),  # after the period
    ]
    period = Period(START + 5 * day, START + 20 * day)
    team = team_figures(TENANT, Activity([deal], ledger, []), PLAYBOOK, period)

    (outcome,) = team.reps[0].deals
    assert (outcome.gives, outcome.traded, outcome.double_gives) == (2, 1, 1)
    assert outcome.final_discount == 9
    assert outcome.first_ask == 18
    assert outcome.value_kept == 9
    assert not outcome.at_ceiling
    assert team.figures.share_traded == 0.5


def test_money_off_is_a_percent_of_the_list_price() -> None:
    deal = Deal(TENANT, "rep1", "Acme", id="d1", list_price=200_000)
    ledger = [
        LedgerEntry(TENANT, "d1", 1, "ask", "discount", "", 40_000, "USD", created_at=START),
        LedgerEntry(TENANT, "d1", 2, "give", "discount", "", 20_000, "USD", created_at=START),
    ]
    team = team_figures(TENANT, Activity([deal], ledger, []), PLAYBOOK, ALWAYS)
    assert team.figures.final_discounts == (10.0,)
    assert team.figures.at_ceiling == 1
    assert team.figures.values_kept == (10.0,)


def test_approvals_asked_decided_and_time_to_decision() -> None:
    def alert(status: str, hours: float | None, thread: str, rep: str = "rep1") -> Alert:
        decided = None if hours is None else START + timedelta(hours=hours)
        return Alert(
            TENANT, "C1", thread, thread, rep, "mgr", {}, status=status,
            created_at=START, decided_at=decided,
        )  # fmt: skip

    alerts = [
        alert("approved", 2, "t1"),
        alert("countered", 4, "t2"),
        alert("declined", 9, "t3", rep="rep2"),
        alert("open", None, "t4"),
        Alert(TENANT, "C1", "t5", "t5", "rep1", "mgr", {}, created_at=START - timedelta(days=400)),
    ]
    users = [User(TENANT, "rep1", "Ann"), User(TENANT, "rep2", "Bob")]
    period = Period.last(30, START + timedelta(days=1))
    team = team_figures(TENANT, Activity([], [], alerts, users), PLAYBOOK, period)

    approvals = team.figures.approvals
    assert (approvals.asked, approvals.approved, approvals.countered) == (4, 1, 1)
    assert (approvals.declined, approvals.open, approvals.decided) == (1, 1, 3)
    assert approvals.hours_to_decision == (2.0, 4.0, 9.0)
    assert approvals.median_hours == 4.0
    assert [r.name for r in team.reps] == ["Ann", "Bob"]
    assert team.rep("rep2") is not None and team.rep("rep2").figures.approvals.declined == 1  # type: ignore[union-attr]


def test_the_reps_who_most_need_coaching_come_first_and_clean_ones_not_at_all() -> None:
    def deal(owner: str, *gives: tuple[float, bool]) -> tuple[Deal, list[LedgerEntry]]:
        d = Deal(TENANT, owner, f"{owner} deal", id=f"{owner}-d")
        entries = []
        for i, (amount, traded) in enumerate(gives, start=1):
            at = START + timedelta(hours=i)
            give = LedgerEntry(TENANT, d.id, 2 * i, "give", "discount", "", amount, "%")
            give.created_at = at
            entries.append(give)
            if traded:
                get = LedgerEntry(TENANT, d.id, 2 * i + 1, "get", "term", "", traded_against=2 * i)
                get.created_at = at
                entries.append(get)
        return d, entries

    built = [
        deal("ann", (2, True), (3, True)),
        deal("bob", (2, False), (4, False)),
        deal("cy", (3, False)),
    ]
    activity = Activity([d for d, _ in built], [e for _, es in built for e in es], [])
    team = team_figures(TENANT, activity, PLAYBOOK, ALWAYS)

    assert [r.user_id for r in team.needs_coaching()] == ["bob", "cy"]
    bob = team.rep("bob")
    assert bob is not None
    assert (bob.figures.untraded, bob.figures.double_gives, bob.figures.steps_not_smaller) == (
        2,
        1,
        1,
    )


def test_rep_figures_of_a_rep_without_activity_are_empty() -> None:
    rep = rep_figures(
        TENANT, "nobody", Activity([], [], [], [User(TENANT, "nobody", "N")]), PLAYBOOK, ALWAYS
    )
    assert (rep.name, rep.figures.gives, rep.figures.share_traded, rep.deals) == ("N", 0, None, ())


@pytest.mark.parametrize(
    ("values", "ceiling", "counts", "marked"),
    [
        ((1.0, 9.9, 10.0, 10.0, 14.0), 10.0, [1, 0, 0, 0, 1, 2, 0, 1], 5),
        ((), 10.0, [0] * 6, 5),
        ((3.0,), None, [0, 1], None),
    ],
)
def test_histogram_buckets_and_the_ceiling_mark(
    values: tuple[float, ...], ceiling: float | None, counts: list[int], marked: int | None
) -> None:
    buckets = histogram(values, ceiling, width=2.0)
    assert [b.count for b in buckets] == counts
    assert [i for i, b in enumerate(buckets) if b.ceiling] == ([] if marked is None else [marked])
