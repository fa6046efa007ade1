"""Privacy in Teams channels: the rep's coaching goes to their personal chat, the thread
gets neutral words only; shared channels raise no alert unless a coach manager opts in;
only a coach manager switches a channel's alerts (Teams does not say who created one)."""

from __future__ import annotations

import json
from typing import Any

from coaching.records import User
from tests.adapters.teams import activities as a
from tests.adapters.teams.conftest import Teams
from tests.adapters.teams.test_alerts import ASK, REP_CHAT, TENANT, decision, raise_alert

ROOM_WORDS = ("%", "authority", "limit", "up to")


def shared(activity: dict[str, Any]) -> dict[str, Any]:
    activity["channelData"]["channel"]["membershipType"] = "shared"
    return activity


def public(teams: Teams) -> list[str]:
    """Everything the coach posted into the channel (its threads included)."""
    return [
        json.dumps(c.body) for c in teams.connector.sent if c.conversation.startswith(a.CHANNEL)
    ]


async def make_manager(teams: Teams, user: str = a.MANAGER) -> None:
    await teams.services.store.upsert_user(User(TENANT, user, a.NAMES[user], role="manager"))


async def test_a_channel_discount_ask_shows_no_authority_or_limit_in_any_public_message(
    teams: Teams,
) -> None:
    _, commands = await raise_alert(teams)
    await teams.post(a.execute(decision(commands["Approve"], "with a 2-year term"), teams.url))
    posted = public(teams)
    assert len(posted) == 2  # the note on the ask and the note on the decision
    for body in posted:
        assert not [w for w in ROOM_WORDS if w in body.casefold()], body
    coaching, decided = teams.connector.to(REP_CHAT)
    assert "up to 10%" in coaching.text and "Approved" in decided.text


async def test_a_shared_channel_raises_no_alert(teams: Teams) -> None:
    await teams.post(a.personal("deal Acme", teams.url))
    before = len(teams.connector.sent)
    await teams.post(shared(a.channel(ASK, teams.url, mentioned=(a.MANAGER,))))
    assert len(teams.connector.sent) == before
    assert await teams.services.store.list_alerts(TENANT) == []


async def test_a_manager_can_opt_a_shared_channel_in(teams: Teams) -> None:
    await make_manager(teams)
    await teams.post(shared(a.channel("alerts on", teams.url, user=a.MANAGER, mentioned=(a.BOT,))))
    assert (
        "stay **off**" in teams.connector.sent[-1].text or "stay" in teams.connector.sent[-1].text
    )
    opt_in = a.channel("alerts on external", teams.url, user=a.MANAGER, mentioned=(a.BOT,))
    await teams.post(shared(opt_in))
    assert "shared with people outside" in teams.connector.sent[-1].text
    await teams.post(shared(a.channel(ASK, teams.url, mentioned=(a.MANAGER,))))
    assert len(await teams.services.store.list_alerts(TENANT)) == 1


async def test_a_non_manager_cannot_switch_alerts_and_a_manager_can(teams: Teams) -> None:
    store = teams.services.store
    await teams.post(a.channel("alerts off", teams.url, mentioned=(a.BOT,)))
    assert "only a coach manager can switch alerts" in teams.connector.sent[-1].text
    assert await store.channel_alerts_enabled(TENANT, a.CHANNEL)
    await make_manager(teams)
    await teams.post(a.channel("alerts off", teams.url, user=a.MANAGER, mentioned=(a.BOT,)))
    assert not await store.channel_alerts_enabled(TENANT, a.CHANNEL)


async def test_coaching_asked_aloud_in_a_channel_is_answered_in_the_personal_chat(
    teams: Teams,
) -> None:
    await teams.post(a.personal("deal Acme", teams.url))
    await teams.post(a.channel("Acme wants 25% off", teams.url, mentioned=(a.BOT,)))
    (note,) = [c for c in teams.connector.sent if c.conversation.startswith(a.CHANNEL)]
    assert note.text.strip() == "I have answered you privately."
    (answer,) = teams.connector.to(REP_CHAT)
    assert "25%" in answer.text


def channel_shared(service_url: str, event: str = "channelShared") -> dict[str, Any]:
    """conversationUpdate when a shared channel is shared with (or unshared from) a team,
    possibly another organisation's; Teams marks the channel's activities ``shared``."""
    activity = a.channel("", service_url)
    activity.update(type="conversationUpdate")
    activity.pop("text")
    key = "sharedWith" if event == "channelShared" else "unsharedFrom"
    activity["channelData"].update(
        eventType=event,
        channel={"id": a.CHANNEL, "membershipType": "shared"},
        **{key: [{"team": {"id": "19:other@thread.skype"}, "tenant": {"id": "other-tenant"}}]},
    )
    return activity


async def test_a_channel_shared_event_is_answered_quietly_and_the_channel_raises_no_alert(
    teams: Teams,
) -> None:
    """Teams says a channel's membership on every activity of it (a standard channel cannot
    become shared later), so nothing is cached to correct: the event is acknowledged only."""
    await teams.post(a.personal("deal Acme", teams.url))
    before = len(teams.connector.sent)
    for event in ("channelShared", "channelUnshared"):
        response = await teams.post(channel_shared(teams.url, event))
        assert response.status == 200
    assert len(teams.connector.sent) == before
    await teams.post(shared(a.channel(ASK, teams.url, mentioned=(a.MANAGER,))))
    assert len(teams.connector.sent) == before
    assert await teams.services.store.list_alerts(TENANT) == []
