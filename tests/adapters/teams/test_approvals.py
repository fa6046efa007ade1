"""Approvals that don't stall on Teams, through the app and the fake Bot Connector: the card
in the approver's personal chat shows the positions and a deep link to the rep's thread; a
pending request reminds the approver, then escalates to the deal desk channel; `delegate`
hands a manager's approvals on; decisions are audited."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pytest

from bot.scheduler import Scheduler, SchedulerConfig
from bot.services import Store
from coaching.records import Alert
from tests.adapters.teams import activities as a
from tests.adapters.teams.conftest import Teams, make_settings, open_teams
from tests.adapters.teams.fake_connector import FakeConnector

TENANT = "teams:" + a.TENANT
ASK = "Acme is pushing hard for 20% off. Can we approve that?"
GROUP_ID = "aad-group-0001"
MANAGER_CHAT = "a:dm-" + a.MANAGER


@pytest.fixture
async def desk_teams(connector: FakeConnector, store: Store) -> AsyncIterator[Teams]:
    client, services = await open_teams(store, make_settings(teams_deal_desk_channel=a.DESK))
    yield Teams(client, connector, services)
    await client.close()


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


def worker(teams: Teams, clock: Clock, owner: str = "w1") -> Scheduler:
    return Scheduler.for_services(teams.services, SchedulerConfig(clock=clock, owner=owner))


def with_group(activity: dict[str, Any]) -> dict[str, Any]:
    """As Teams sends a channel post: the team's Entra group id in channelData."""
    activity["channelData"]["team"]["aadGroupId"] = GROUP_ID
    return activity


async def ask(teams: Teams, mentioned: str = a.MANAGER) -> tuple[dict[str, Any], Alert]:
    post = with_group(a.channel(ASK, teams.url, mentioned=(mentioned,)))
    await teams.post(post)
    alerts = await teams.services.store.list_alerts(TENANT)
    return post, next(x for x in alerts if x.thread == post["id"])


async def test_the_card_shows_the_positions_and_a_deep_link_to_the_thread(teams: Teams) -> None:
    await teams.post(a.personal("deal Acme", teams.url))
    await teams.post(a.personal("Acme wants 20% off", teams.url))
    await teams.post(a.personal("offered 6% if they commit to two years", teams.url))
    post, _ = await ask(teams)
    (card,) = teams.connector.to(MANAGER_CHAT)
    assert "they ask **discount 20%**" in card.text and "we offer **discount 6%**" in card.text
    assert "Ledger: 1 give, 1 get, every give traded" in card.text
    *decisions, link = card.actions
    assert [x["type"] for x in decisions] == ["Action.Execute"] * 3
    assert link["type"] == "Action.OpenUrl" and link["title"] == "Open the rep's thread"
    channel = a.CHANNEL.replace(":", "%3A").replace("@", "%40")
    assert link["url"] == (
        f"https://teams.microsoft.com/l/message/{channel}/{post['id']}"
        f"?tenantId={a.TENANT}&groupId={GROUP_ID}&parentMessageId={post['id']}"
    )


async def test_no_deep_link_without_the_teams_group_id(teams: Teams) -> None:
    await teams.post(a.channel(ASK, teams.url, mentioned=(a.MANAGER,)))
    (card,) = teams.connector.to(MANAGER_CHAT)
    assert [x["type"] for x in card.actions] == ["Action.Execute"] * 3


async def test_a_pending_request_reminds_then_escalates_to_the_deal_desk(
    desk_teams: Teams,
) -> None:
    teams = desk_teams  # the manager never wrote to the coach: briefed, then reminded
    _, alert = await ask(teams)
    clock = Clock(alert.created_at + timedelta(minutes=120))
    first, second = worker(teams, clock, "w1"), worker(teams, clock, "w2")
    assert await first.tick() + await second.tick() == 1
    reminder = teams.connector.to(MANAGER_CHAT)[-1]  # the chat the card was sent to
    assert "Reminder:" in reminder.text and "waited 2 hours" in reminder.text
    assert [x["type"] for x in reminder.actions][:3] == ["Action.Execute"] * 3
    assert len(teams.connector.to(MANAGER_CHAT)) == 2  # the card, then the reminder

    clock.now = alert.created_at + timedelta(minutes=480)
    assert await second.tick() + await first.tick() == 1
    (escalated,) = teams.connector.to(a.DESK)  # a new post in the deal desk channel
    assert escalated.op == "send"
    assert "Escalated:" in escalated.text and "Maria Manager has not decided" in escalated.text
    command = next(x["data"]["coach"] for x in escalated.actions if x["title"] == "Decline")
    press = a.execute({"coach": command}, teams.url, user=a.OTHER)
    press["conversation"] = {"conversationType": "channel", "id": a.DESK, "tenantId": a.TENANT}
    press["channelData"]["channel"] = {"id": a.DESK}
    await teams.post(press)
    (decided,) = await teams.services.store.list_alerts(TENANT)
    assert decided.status == "declined" and decided.decided_by == a.OTHER
    (row,) = await teams.services.store.list_audit(TENANT)
    assert (row.action, row.actor, row.rep) == ("declined", a.OTHER, a.REP)


async def test_delegate_in_the_personal_chat_sends_new_requests_to_the_delegate(
    teams: Teams,
) -> None:
    tag, entity = a.mention(a.OTHER)
    delegate = a.personal(f"delegate {tag} until friday", teams.url, user=a.MANAGER)
    delegate["entities"] = [entity]
    await teams.post(delegate)
    answer = teams.connector.to("a:" + a.MANAGER)[-1]
    assert "new approval requests for you go to **Olga Other**" in answer.text
    _, alert = await ask(teams)
    assert alert.approver == a.OTHER
    (card,) = teams.connector.to("a:dm-" + a.OTHER)
    assert "for Maria Manager, who delegated approvals to Olga Other" in card.text
    command = next(x["data"]["coach"] for x in card.actions if x["title"] == "Decline")
    await teams.post(a.execute({"coach": command}, teams.url, user=a.OTHER))
    (row,) = [r for r in await teams.services.store.list_audit(TENANT) if r.alert_id]
    assert (row.actor, row.on_behalf_of) == (a.OTHER, a.MANAGER)

    await teams.post(a.personal("delegate off", teams.url, user=a.MANAGER))
    assert "Delegation ended" in teams.connector.to("a:" + a.MANAGER)[-1].text
    _, later = await ask(teams)
    assert later.approver == a.MANAGER


async def test_delegate_said_to_the_coach_in_a_channel_is_answered_in_the_personal_chat(
    teams: Teams,
) -> None:
    tag, entity = a.mention(a.OTHER)
    said = a.channel(f"delegate {tag} until friday", teams.url, user=a.MANAGER, mentioned=(a.BOT,))
    said["entities"].append(entity)
    await teams.post(said)
    (answer,) = teams.connector.to(MANAGER_CHAT)
    assert "new approval requests for you go to **Olga Other**" in answer.text
    assert teams.connector.to(f"{a.CHANNEL};messageid={said['id']}") == []
    delegation = await teams.services.store.get_delegation(TENANT, a.MANAGER)
    assert delegation is not None and delegation.delegate == a.OTHER
