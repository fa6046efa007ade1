"""The approvals core without any platform: delegation's grammar and clock, who may decide,
and a decision redone after a crash writing one ledger entry and one audit row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from bot.services import assemble_coach
from coaching.alerts import AlertDesk, may_decide
from coaching.approvals import ApprovalTiming, approval_jobs
from coaching.delegation import parse_delegate
from coaching.messages import IncomingMessage, Platform
from coaching.model import TurnChanges
from coaching.playbook import load_playbook
from coaching.records import Alert, User
from coaching.render import Renderer
from storage.memory import MemoryStore
from tests.unit.coaching.test_alerts import ASK, channel_msg

PLAYBOOK = load_playbook()
TENANT = "console:T1"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday


@dataclass
class Clock:
    now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now


def dm(text: str, user: str = "boss", mentions: tuple[str, ...] = ()) -> IncomingMessage:
    return IncomingMessage(Platform.CONSOLE, "T1", user, "dm", text, mentions=mentions, tz="UTC")


def test_parse_delegate() -> None:
    assert parse_delegate("off").off and parse_delegate("OFF").off
    request = parse_delegate("@maria until next friday")
    assert (request.who, request.when) == ("@maria", "next friday")
    assert parse_delegate("until friday").who == ""
    assert parse_delegate("@maria").when == ""


def test_the_timing_switches_off_at_zero_and_jobs_follow_it() -> None:
    alert = Alert(TENANT, "C1", "1.0", "m", "rep", "boss", {}, created_at=NOW)
    assert ApprovalTiming.of_minutes(0, 0) == ApprovalTiming(None, None)
    jobs = approval_jobs(alert, ApprovalTiming.of_minutes(30, 0), None, NOW)
    assert [(j.kind, j.due_at, j.user_id) for j in jobs] == [
        ("approval_remind", NOW + timedelta(minutes=30), "rep")
    ]
    nobody = Alert(TENANT, "C1", "2", "m", "rep", "", {})
    assert approval_jobs(nobody, ApprovalTiming(), None, NOW) == []


async def test_a_delegation_runs_until_its_date_in_the_managers_zone() -> None:
    store, clock = MemoryStore(), Clock()
    desk = AlertDesk(store, PLAYBOOK, Renderer(), analyze=lambda text: ASK, clock=clock)
    said = dm("delegate @dep until friday", mentions=("bot", "dep"))
    reply = await desk.delegations.command(said, "@dep until friday", bot_user="bot")
    assert "Fri 06 Mar, 23:59 UTC" in reply.markdown
    assert await desk.delegations.approver_for(TENANT, "boss") == ("dep", "boss")
    clock.now = datetime(2026, 3, 6, 23, 59, tzinfo=UTC)
    assert await desk.delegations.approver_for(TENANT, "boss") == ("boss", None)
    past = await desk.delegations.command(dm("x", mentions=("dep",)), "@dep until 2026-03-01")
    assert "passed" in past.markdown
    itself = await desk.delegations.command(dm("x", mentions=("boss",)), "@boss until friday")
    assert "someone else" in itself.markdown
    # typed without a platform mention (a Slack slash command arrives unescaped): a known name
    await store.upsert_user(User(TENANT, "U0OLGA", "Olga"))
    typed = await desk.delegations.command(dm("x"), "@olga until in 2 days")
    assert "go to **Olga**" in typed.markdown
    unknown = await desk.delegations.command(dm("x"), "@nobody until friday")
    assert "I do not know @nobody yet" in unknown.markdown


def test_a_delegate_may_decide_but_never_the_rep() -> None:
    alert = Alert(TENANT, "C1", "1.0", "m", "rep", "boss", {})
    assert may_decide(alert, "dep", "rep", acting_for="boss")
    assert not may_decide(alert, "dep", "rep")
    assert not may_decide(alert, "rep", "rep", acting_for="boss")
    escalated = Alert(TENANT, "C1", "1.0", "m", "rep", "boss", {"escalated_to": "DESK"})
    assert may_decide(escalated, "anyone", "rep", where="DESK")


class CrashAfterCommit(MemoryStore):
    """The decision's commit lands, then the process loses its answer (a dropped
    connection, a crash): the caller sees an error although everything was written."""

    crashes = 1

    async def commit(self, changes: TurnChanges) -> None:
        await super().commit(changes)
        if changes.audit and self.crashes:
            self.crashes -= 1
            raise ConnectionError("lost the answer to COMMIT")


async def test_a_decision_redone_after_a_crash_writes_one_entry_and_one_audit_row() -> None:
    store = CrashAfterCommit()
    renderer = Renderer()
    coach = assemble_coach(store, PLAYBOOK, renderer)
    await coach.handle(IncomingMessage(Platform.CONSOLE, "T1", "rep", "dm", "deal Acme"))
    desk = AlertDesk(store, PLAYBOOK, renderer, analyze=lambda text: ASK)
    msg = channel_msg(mentions=("boss",))
    plan = desk.plan(msg, bot_user="bot", deal_desk=None)
    assert plan is not None
    raised = await desk.raise_alert(msg, plan, channel="C1", thread="1.0", rep_conversation="dm")
    assert raised is not None
    decide = {"user": "boss", "decision": "approve", "condition": "2 years"}
    decide["rep_conversation"] = "dm"
    with pytest.raises(ConnectionError):
        await desk.decide(TENANT, raised.alert.id, **decide)
    assert (await store.get_alert(TENANT, raised.alert.id)).status == "open"  # reopened
    redone = await desk.decide(TENANT, raised.alert.id, **decide)
    assert redone.ok and redone.deal is not None
    entries = await store.ledger(TENANT, redone.deal.id)
    assert [e.side for e in entries] == ["decision"]
    (row,) = await store.list_audit(TENANT)
    assert (row.action, row.actor, row.condition) == ("approved", "boss", "2 years")
