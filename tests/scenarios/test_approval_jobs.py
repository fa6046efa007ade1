"""Approval reminders and escalations through the scheduler on two instances of one database:
each is sent once, to the right place, and nothing after a decision."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.scheduler import Scheduler, SchedulerConfig
from bot.services import Store
from coaching.alerts import AlertDesk
from coaching.approvals import ApprovalTiming
from coaching.messages import Reply
from coaching.playbook import load_playbook
from coaching.render import Renderer
from storage.sql_store import open_sql_store
from tests.scenarios.test_scheduler import Recorder
from tests.support.prep import Clock
from tests.unit.coaching.test_alerts import ASK, channel_msg

PLAYBOOK = load_playbook()
TENANT = "console:T1"


class Posts(Recorder):
    """Records private sends and channel posts alike."""

    async def send_to_channel(
        self, tenant: str, channel: str, reply: Reply, *, via: str = ""
    ) -> None:
        await self.send(tenant, f"#{channel}", reply)

    async def shared_outside(self, tenant: str, channel: str) -> bool:
        return False


def desk(store: Store, clock: Clock) -> AlertDesk:
    timing = ApprovalTiming(timedelta(minutes=120), timedelta(minutes=480))
    return AlertDesk(
        store, PLAYBOOK, Renderer(), analyze=lambda text: ASK, timing=timing, clock=clock
    )


async def raise_alerts(store: Store, clock: Clock, count: int) -> list[str]:
    raising = desk(store, clock)
    ids = []
    for n in range(count):
        msg = channel_msg(mentions=(f"M{n}",))
        plan = raising.plan(msg, bot_user="bot", deal_desk=None)
        assert plan is not None
        raised = await raising.raise_alert(
            msg, plan, channel="C1", thread=f"{n}.0", rep_conversation="dm", deal_desk="DESK"
        )
        assert raised is not None
        ids.append(raised.alert.id)
    return ids


def worker(store: Store, notifier: Posts, clock: Clock, owner: str) -> Scheduler:
    config = SchedulerConfig(clock=clock, owner=owner)
    nudges = desk(store, clock).nudge
    return Scheduler(store, {"console": notifier}, Renderer(), config, None, nudges)


async def _each_once(one: Store, two: Store) -> None:
    clock = Clock()
    ids = await raise_alerts(one, clock, 6)
    decided = desk(one, clock)
    await decided.decide(TENANT, ids[0], user="M0", decision="decline", rep_conversation="dm")
    first, second = Posts(), Posts()
    a, b = worker(one, first, clock, "A"), worker(two, second, clock, "B")
    clock.advance(minutes=120)
    for _ in range(3):
        await asyncio.gather(a.tick(), b.tick())
    reminded = sorted(user for _, user, _ in first.sent + second.sent)
    assert reminded == [f"M{n}" for n in range(1, 6)]  # once each; none for the decided one
    clock.advance(minutes=360)
    for _ in range(3):
        await asyncio.gather(b.tick(), a.tick())
    escalated = [user for _, user, _ in first.sent + second.sent if user.startswith("#")]
    assert escalated == ["#DESK"] * 5
    kinds = [reply.markdown.split(":")[0] for _, _, reply in first.sent + second.sent]
    assert sorted(set(kinds)) == ["**Escalated", "**Reminder"]


async def test_each_reminder_and_escalation_once_on_sqlite(sqlite_url: str) -> None:
    async with open_sql_store(sqlite_url) as one, open_sql_store(sqlite_url) as two:
        await _each_once(one, two)


async def test_each_reminder_and_escalation_once_on_postgresql(pg_url: str, pg_schema: str) -> None:
    async with (
        open_sql_store(pg_url, schema=pg_schema, auto_upgrade=True) as one,
        open_sql_store(pg_url, schema=pg_schema) as two,
    ):
        await _each_once(one, two)
