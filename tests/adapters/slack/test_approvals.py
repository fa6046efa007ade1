"""Approvals that don't stall, through the app and the fake Slack Web API: the card shows the
deal's positions, ledger and thread; a pending request reminds, then escalates, once across
two schedulers; `delegate` hands a manager's approvals on; every decision is audited."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.scheduler import Scheduler, SchedulerConfig
from bot.services import Store
from coaching.records import Alert, Delegation, User
from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack, make_settings, open_slack, section_texts
from tests.adapters.slack.fake_slack import FakeSlack
from tests.adapters.slack.test_alerts import buttons, channel_message

TENANT = "slack:T1"
ASK = "<@U0MGR> Acme is pushing hard for 20% off. Can we approve that?"
DESK = "C0DESK"
DELEGATE = "U0DEP"


@pytest.fixture
async def desk_slack(fake: FakeSlack, store: Store, tmp_path: Path) -> AsyncIterator[Slack]:
    """The app with a deal desk channel to escalate to."""
    client, services = await open_slack(
        fake, store, make_settings(fake, tmp_path, deal_desk_channel=DESK)
    )
    slack = Slack(client, fake, services)
    await slack.settle()
    yield slack
    await client.close()


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


def worker(slack: Slack, clock: Clock, owner: str = "w1") -> Scheduler:
    """A scheduler on the app's store and notifiers whose time the test drives."""
    return Scheduler.for_services(slack.services, SchedulerConfig(clock=clock, owner=owner))


async def ask_in_channel(slack: Slack, text: str = ASK, ts: str = "1700005000.000100") -> Alert:
    slack.fake.names.update({payloads.REP: "dana", payloads.MANAGER: "maria", DELEGATE: "dep"})
    await slack.event(channel_message(text, ts=ts))
    alerts = await slack.services.store.list_alerts(TENANT)
    return next(a for a in alerts if a.thread == ts)


def card_to(slack: Slack, channel: str) -> list[dict]:
    return [
        c.params["blocks"]
        for c in slack.fake.to("chat.postMessage")
        if c.params["channel"] == channel and buttons(c.params["blocks"])
    ]


async def test_the_card_shows_the_positions_the_ledger_and_a_link_to_the_thread(
    slack: Slack,
) -> None:
    await slack.dm("deal Acme")
    await slack.dm("Acme wants 20% off")
    await slack.dm("offered 6% if they commit to two years")
    await ask_in_channel(slack)
    (card,) = card_to(slack, payloads.MANAGER)
    text = section_texts(card)
    assert "they ask *discount 20%*" in text and "we offer *discount 6%*" in text
    assert "Ledger: 1 give, 1 get, every give traded" in text
    (permalink,) = slack.fake.to("chat.getPermalink")
    assert permalink.params["channel"] == payloads.CHANNEL
    assert permalink.params["message_ts"] == "1700005000.000100"
    link = "<https://acme.slack.com/archives/C0SALES/p1700005000000100|Open the rep's thread>"
    assert link in text
    assert len(card) <= 50


async def test_a_pending_request_reminds_then_escalates_to_the_deal_desk_once(
    desk_slack: Slack,
) -> None:
    slack = desk_slack
    await slack.dm("deal Acme")
    alert = await ask_in_channel(slack)
    clock = Clock(alert.created_at + timedelta(minutes=119))
    first, second = worker(slack, clock, "w1"), worker(slack, clock, "w2")
    assert await first.tick() + await second.tick() == 0
    sent = len(slack.fake.to("chat.postMessage"))

    clock.now = alert.created_at + timedelta(minutes=120)
    assert await first.tick() + await second.tick() == 1  # two replicas, one reminder
    (opened,) = slack.fake.to("conversations.open")
    assert opened.params["users"] == payloads.MANAGER
    reminder = slack.fake.to("chat.postMessage")[sent:]
    assert len(reminder) == 1
    text = section_texts(reminder[0].params["blocks"])
    assert "Reminder:" in text and "waited 2 hours" in text
    assert [b["text"]["text"] for b in buttons(reminder[0].params["blocks"])] == [
        "Approve",
        "Counter",
        "Decline",
    ]

    clock.now = alert.created_at + timedelta(minutes=480)
    assert await second.tick() + await first.tick() == 1
    escalated = slack.fake.to("chat.postMessage")[-1]
    assert escalated.params["channel"] == DESK
    text = section_texts(escalated.params["blocks"])
    assert "Escalated:" in text and "maria has not decided this request in 8 hours" in text
    # anyone at the deal desk may decide it from there
    value = {b["text"]["text"]: b["value"] for b in buttons(escalated.params["blocks"])}
    await slack.press(value["Decline"], user="U0DESK1", channel=DESK)
    (decided,) = await slack.services.store.list_alerts(TENANT)
    assert decided.status == "declined" and decided.decided_by == "U0DESK1"
    jobs = await slack.services.store.list_jobs(TENANT)
    assert sorted(j.kind for j in jobs) == ["approval_escalate", "approval_remind"]
    assert {j.status for j in jobs} == {"done"}


async def test_a_request_decided_in_time_sends_no_reminder(desk_slack: Slack) -> None:
    slack = desk_slack
    alert = await ask_in_channel(slack)
    (card,) = card_to(slack, payloads.MANAGER)
    value = {b["text"]["text"]: b["value"] for b in buttons(card)}
    await slack.press(value["Decline"], user=payloads.MANAGER, channel="D0MGR")
    sent = len(slack.fake.to("chat.postMessage"))
    clock = Clock(alert.created_at + timedelta(days=1))
    assert await worker(slack, clock).tick() == 2  # both claimed, both end without a word
    assert len(slack.fake.to("chat.postMessage")) == sent
    assert {j.status for j in await slack.services.store.list_jobs(TENANT)} == {"dropped"}


async def test_without_a_deal_desk_it_escalates_to_the_approvers_manager_if_known(
    slack: Slack,
) -> None:
    store = slack.services.store
    await store.upsert_user(User(TENANT, payloads.MANAGER, "maria", manager_id="U0VP"))
    alert = await ask_in_channel(slack)
    assert await worker(slack, Clock(alert.created_at + timedelta(hours=8))).tick() == 2
    (to_vp,) = [c for c in slack.fake.to("conversations.open") if c.params["users"] == "U0VP"]
    assert to_vp
    assert "Escalated:" in section_texts(slack.fake.to("chat.postMessage")[-1].params["blocks"])


async def test_off_switches_and_nobody_to_escalate_to(
    fake: FakeSlack, store: Store, tmp_path: Path
) -> None:
    """APPROVAL_REMIND_AFTER_MINUTES=0: no reminder; no deal desk and no known manager:
    no escalation either."""
    settings = make_settings(fake, tmp_path, approval_remind_after_minutes=0)
    client, services = await open_slack(fake, store, settings)
    try:
        slack = Slack(client, fake, services)
        await slack.settle()
        await ask_in_channel(slack)
        assert await services.store.list_jobs(TENANT) == []
    finally:
        await client.close()


async def test_delegate_hands_a_managers_approvals_on_until_the_date(slack: Slack) -> None:
    store = slack.services.store
    waiting = await ask_in_channel(slack, ts="1700004000.000100")  # before the delegation
    await slack.dm(f"delegate <@{DELEGATE}> until friday", user=payloads.MANAGER, channel="D0MGR")
    answer = section_texts(slack.fake.to("chat.postMessage")[-1].params["blocks"])
    assert "new approval requests for you go to *dep*" in answer
    delegation = await store.get_delegation(TENANT, payloads.MANAGER)
    assert delegation is not None and delegation.delegate == DELEGATE

    alert = await ask_in_channel(slack)
    assert alert.approver == DELEGATE
    (card,) = card_to(slack, DELEGATE)
    assert "for maria, who delegated approvals to dep" in section_texts(card)
    value = {b["text"]["text"]: b["value"] for b in buttons(card)}
    await slack.press(value["Decline"], user=DELEGATE, channel="D0DEP")
    # the one still waiting for the manager: the delegate may decide it too
    await slack.press(f"alert decline {waiting.id}", user=DELEGATE, channel="D0DEP")
    decided = {a.id: a for a in await store.list_alerts(TENANT)}
    assert decided[alert.id].status == decided[waiting.id].status == "declined"
    audit = {a.alert_id: a for a in await store.list_audit(TENANT) if a.alert_id}
    assert audit[alert.id].actor == audit[waiting.id].actor == DELEGATE
    assert audit[alert.id].on_behalf_of == audit[waiting.id].on_behalf_of == payloads.MANAGER

    # past its date, requests come back to the manager by themselves
    past = delegation.created_at - timedelta(minutes=1)
    await store.set_delegation(
        Delegation(TENANT, payloads.MANAGER, DELEGATE, past), audit[alert.id]
    )
    later = await ask_in_channel(slack, ts="1700006000.000100")
    assert later.approver == payloads.MANAGER
    await slack.press(f"alert decline {later.id}", user=DELEGATE, channel="D0DEP")
    assert "Only maria or a manager" in section_texts(
        slack.fake.to("response_url")[-1].params["blocks"]
    )


async def test_delegate_off_and_the_audit_of_delegation_changes(slack: Slack) -> None:
    store = slack.services.store
    await slack.command(f"delegate <@{DELEGATE}|dep> until in 3 days", user=payloads.MANAGER)
    assert await store.get_delegation(TENANT, payloads.MANAGER) is not None
    await slack.command("delegate off", user=payloads.MANAGER)
    assert await store.get_delegation(TENANT, payloads.MANAGER) is None
    said = section_texts(slack.fake.to("response_url")[-1].params["blocks"])
    assert "Delegation ended" in said
    await slack.command("delegate off", user=payloads.MANAGER)
    assert "no delegation to end" in section_texts(
        slack.fake.to("response_url")[-1].params["blocks"]
    )
    await slack.command("delegate until friday", user=payloads.MANAGER)
    assert "Whom should your approvals go to?" in section_texts(
        slack.fake.to("response_url")[-1].params["blocks"]
    )
    await slack.command(f"delegate <@{DELEGATE}|dep> until someday", user=payloads.MANAGER)
    assert "Until when?" in section_texts(slack.fake.to("response_url")[-1].params["blocks"])
    actions = [(a.action, a.actor, a.delegate) for a in await store.list_audit(TENANT)]
    assert sorted(actions) == [
        ("delegated", payloads.MANAGER, DELEGATE),
        ("delegation_ended", payloads.MANAGER, None),
    ]


async def test_every_decision_is_audited_and_exported(slack: Slack) -> None:
    store = slack.services.store
    await slack.dm("deal Acme")
    alert = await ask_in_channel(slack)
    (card,) = card_to(slack, payloads.MANAGER)
    value = {b["text"]["text"]: b["value"] for b in buttons(card)}
    await slack.press(value["Approve"], user=payloads.MANAGER, channel="D0MGR")
    view = slack.fake.to("views.open")[-1].params["view"]
    await slack.form(payloads.view_submission(view["private_metadata"], "only with 2 years"))
    (row,) = await store.list_audit(TENANT)
    assert (row.action, row.actor, row.rep, row.alert_id) == (
        "approved",
        payloads.MANAGER,
        payloads.REP,
        alert.id,
    )
    assert row.condition == "only with 2 years" and row.on_behalf_of is None
    (deal,) = await store.list_deals(TENANT, payloads.REP)
    assert row.deal_id == deal.id
    for user in (payloads.MANAGER, payloads.REP):
        exported = await store.export_user(TENANT, user)
        assert [a["key"] for a in exported["audit"]] == [f"decision:{alert.id}"]


async def test_audit_shows_a_manager_everything_and_anyone_else_what_names_them(
    slack: Slack,
) -> None:
    store = slack.services.store
    await ask_in_channel(slack)
    (card,) = card_to(slack, payloads.MANAGER)
    value = {b["text"]["text"]: b["value"] for b in buttons(card)}
    await slack.press(value["Decline"], user=payloads.MANAGER, channel="D0MGR")
    await slack.command(f"delegate <@{DELEGATE}|dep> until friday", user=payloads.MANAGER)

    await slack.dm("audit")  # the rep: their own request
    mine = section_texts(slack.fake.to("chat.postMessage")[-1].params["blocks"])
    assert "maria declined dana's request" in mine and "delegated" not in mine
    await store.upsert_user(User(TENANT, "U0BOSS", "boss", role="manager"))
    await slack.command("audit", user="U0BOSS")  # a coach manager: everything, newest first
    everything = section_texts(slack.fake.to("response_url")[-1].params["blocks"])
    assert everything.index("maria delegated approvals to dep until") < everything.index(
        "maria declined dana's request"
    )
    await slack.dm("audit", user="U0NOBODY", channel="D0NOBODY")
    assert "names you yet" in section_texts(slack.fake.to("chat.postMessage")[-1].params["blocks"])


async def test_an_escalation_never_goes_into_a_deal_desk_shared_outside_the_company(
    desk_slack: Slack,
) -> None:
    """The card names the rep's authority: a desk channel turned Slack Connect after the
    request was raised gets nothing; the coach managers get the escalation by DM."""
    slack = desk_slack
    boss = User(TENANT, "U0BOSS", "boss", role="manager")
    await slack.services.store.upsert_user(boss)
    await slack.dm("deal Acme")
    alert = await ask_in_channel(slack)
    slack.fake.channels[DESK] = {"is_ext_shared": True}  # shared since
    clock = Clock(alert.created_at + timedelta(minutes=480))
    sent = len(slack.fake.to("chat.postMessage"))
    await worker(slack, clock).tick()
    escalations = slack.fake.to("chat.postMessage")[sent:]
    assert DESK not in [c.params["channel"] for c in escalations]
    escalated = [c for c in escalations if "Escalated:" in section_texts(c.params["blocks"])]
    assert [c.params["channel"] for c in escalated] == ["U0BOSS"]  # the fake's DM id


async def test_a_request_waiting_when_its_manager_delegates_reminds_the_delegate(
    slack: Slack,
) -> None:
    waiting = await ask_in_channel(slack)
    await slack.dm(f"delegate <@{DELEGATE}> until friday", user=payloads.MANAGER, channel="D0MGR")
    clock = Clock(waiting.created_at + timedelta(minutes=120))
    await worker(slack, clock).tick()
    (reminder,) = [
        c
        for c in slack.fake.to("chat.postMessage")
        if "Reminder:" in section_texts(c.params["blocks"])
    ]
    (opened,) = [c for c in slack.fake.to("conversations.open") if c.params["users"] == DELEGATE]
    assert reminder.params["channel"] == DELEGATE
    assert opened.params["users"] == DELEGATE
