"""Channel alerts end to end: a threaded coaching reply, one card for the approver, and the
decision recorded in the rep's ledger and posted back into the thread."""

from __future__ import annotations

from typing import Any

from tests.adapters.teams import activities as a
from tests.adapters.teams.conftest import Teams

ASK = "Acme is pushing hard for 20% off. Can we approve that?"
TENANT = "teams:" + a.TENANT
MANAGER_CHAT = "a:dm-" + a.MANAGER
REP_CHAT = "a:dm-" + a.REP


async def raise_alert(teams: Teams) -> tuple[str, dict[str, str]]:
    """A rep with a current deal asks their manager in a channel; returns the thread root
    and the decision commands on the manager's card by button title."""
    await teams.post(a.personal("deal Acme", teams.url))
    post = a.channel(ASK, teams.url, mentioned=(a.MANAGER,))
    await teams.post(post)
    (card,) = teams.connector.to(MANAGER_CHAT)
    commands = {x["title"]: x["data"]["coach"] for x in card.actions}
    return post["id"], commands


def decision(command: str, condition: str = "") -> dict[str, Any]:
    return {"coach": command, "condition": condition}


async def test_a_channel_message_that_asks_nothing_is_left_alone(teams: Teams) -> None:
    await teams.post(a.channel("Lunch is in the kitchen today.", teams.url))
    await teams.post(a.channel("Acme wants 15% off, I told them no.", teams.url))
    assert teams.connector.calls == []
    assert await teams.services.store.list_alerts(TENANT) == []


async def test_a_discount_request_coaches_the_rep_in_personal_chat_and_briefs_the_manager(
    teams: Teams,
) -> None:
    root, commands = await raise_alert(teams)
    thread = f"{a.CHANNEL};messageid={root}"
    (note,) = teams.connector.to(thread)
    assert note.op == "reply" and note.activity_id == root
    assert "went to Maria Manager to decide" in note.text
    for word in ("%", "authority", "limit", "up to"):
        assert word not in note.text.casefold()
    (coaching,) = teams.connector.to(REP_CHAT)  # Teams has no ephemeral: the personal chat
    assert "What are you getting in return?" in coaching.text
    assert "up to 10%" in coaching.text  # the rep's authority from the playbook
    assert "actions" not in coaching.card
    rep_chat, manager_chat = [c for c in teams.connector.calls if c.op == "create"]
    assert rep_chat.body["members"] == [{"id": a.REP}]
    assert manager_chat.body["members"] == [{"id": a.MANAGER}]
    assert manager_chat.body["channelData"] == {"tenant": {"id": a.TENANT}}
    (brief,) = teams.connector.to(MANAGER_CHAT)
    assert "take 20% off the price" in brief.text and "Dana Rep" in brief.text
    assert [x["type"] for x in brief.actions] == ["Action.Execute"] * 3
    assert list(commands) == ["Approve", "Counter", "Decline"]
    assert any(b.get("id") == "condition" for b in brief.card["body"])
    (alert,) = await teams.services.store.list_alerts(TENANT)
    assert (alert.rep, alert.approver, alert.channel, alert.thread) == (
        a.REP,
        a.MANAGER,
        a.CHANNEL,
        root,
    )

    # the rest of the thread raises nothing new
    again = a.channel("really, 20% off?", teams.url, mentioned=(a.MANAGER,), thread=root)
    await teams.post(again)
    assert len(teams.connector.to(MANAGER_CHAT)) == 1
    assert len(await teams.services.store.list_alerts(TENANT)) == 1


async def test_approve_by_action_execute_is_recorded_and_posted_back(teams: Teams) -> None:
    root, commands = await raise_alert(teams)
    press = a.execute(decision(commands["Approve"], "only with a 2-year term"), teams.url)
    response = await teams.post(press)
    assert response.status == 200
    answer = await response.json()
    assert answer["statusCode"] == 200
    assert answer["type"] == "application/vnd.microsoft.card.adaptive"
    assert "actions" not in answer["value"]  # the approver's card loses its buttons

    note = teams.connector.to(f"{a.CHANNEL};messageid={root}")[-1]
    assert note.op == "send" and "Maria Manager has decided this request" in note.text
    assert "%" not in note.text and "2-year" not in note.text
    posted = teams.connector.to(REP_CHAT)[-1]  # the decision in full: the rep's chat
    assert posted.op == "send"
    assert "Approved" in posted.text and "Maria Manager" in posted.text
    assert "2-year term" in posted.text

    store = teams.services.store
    (deal,) = await store.list_deals(TENANT, a.REP)
    (entry,) = [e for e in await store.ledger(TENANT, deal.id) if e.side == "decision"]
    assert entry.kind == "discount" and entry.author == a.MANAGER
    assert "approved" in entry.description and "2-year term" in entry.description

    # decided once: a second press is told so and records nothing
    late = await teams.post(a.execute(decision(commands["Decline"]), teams.url))
    told = await late.json()
    assert told["type"] == "application/vnd.microsoft.activity.message"
    assert "already approved" in told["value"]
    entries = [e for e in await store.ledger(TENANT, deal.id) if e.side == "decision"]
    assert len(entries) == 1


async def test_only_the_approver_or_a_manager_may_decide(teams: Teams) -> None:
    _, commands = await raise_alert(teams)
    response = await teams.post(a.execute(decision(commands["Decline"]), teams.url, user=a.OTHER))
    refused = await response.json()
    assert "Only Maria Manager or a manager" in refused["value"]
    (alert,) = await teams.services.store.list_alerts(TENANT)
    assert alert.status == "open"


async def test_decline_by_action_submit_updates_the_card(teams: Teams) -> None:
    _, commands = await raise_alert(teams)
    brief = teams.connector.to(MANAGER_CHAT)[0]
    press = a.card_submit(decision(commands["Decline"]), teams.url, user=a.MANAGER)
    press["conversation"]["id"] = MANAGER_CHAT
    press["replyToId"] = "sent-card"
    await teams.post(press)
    updated = teams.connector.to(MANAGER_CHAT)[-1]
    assert updated.op == "update" and updated.activity_id == "sent-card"
    assert "Declined" in updated.text and "actions" not in updated.card
    assert brief is not updated
    (alert,) = await teams.services.store.list_alerts(TENANT)
    assert alert.status == "declined"


async def test_unaddressed_requests_go_to_the_deal_desk_channel(connector: Any, store: Any) -> None:
    from tests.adapters.teams.conftest import make_settings, open_teams

    client, services = await open_teams(store, make_settings(teams_deal_desk_channel=a.DESK))
    teams = Teams(client, connector, services)
    try:
        await teams.post(a.channel("Can we approve 20% off for Acme?", teams.url))
        (brief,) = teams.connector.to(a.DESK)
        assert brief.op == "send" and len(brief.actions) == 3
        (opened,) = [c for c in teams.connector.calls if c.op == "create"]
        assert opened.body["members"] == [{"id": a.REP}]  # the rep's coaching, privately
    finally:
        await client.close()
