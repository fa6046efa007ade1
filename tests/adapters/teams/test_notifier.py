"""Reminders reach the user's personal chat proactively from the stored reference."""

from __future__ import annotations

import pytest

from coaching.messages import Reply
from coaching.notify import DeliveryError
from tests.adapters.teams import activities as a
from tests.adapters.teams.conftest import Teams

TENANT = "teams:" + a.TENANT


def reminder() -> Reply:
    return Reply(kind="reminder_before", sections=["Your call with **Acme** starts soon."])


async def test_a_reminder_continues_the_personal_chat(teams: Teams) -> None:
    await teams.post(a.personal("help", teams.url))
    notifier = teams.services.notifiers["teams"]
    await notifier.send(TENANT, a.REP, reminder())
    sent = teams.connector.to(a.PERSONAL)[-1]
    assert "starts soon" in sent.text


async def test_a_user_known_from_a_channel_gets_a_chat_opened(teams: Teams) -> None:
    await teams.post(a.channel("Lunch is in the kitchen today.", teams.url, user=a.OTHER))
    notifier = teams.services.notifiers["teams"]
    await notifier.send(TENANT, a.OTHER, reminder())
    (opened,) = [c for c in teams.connector.calls if c.op == "create"]
    assert opened.body["members"] == [{"id": a.OTHER}]
    assert "starts soon" in teams.connector.to("a:dm-" + a.OTHER)[-1].text
    ref = await teams.services.store.get_conversation_ref(TENANT, a.OTHER)
    assert ref is not None and ref["conversation"]["conversationType"] == "personal"


async def test_nobody_to_reach_and_connector_failures_are_delivery_errors(teams: Teams) -> None:
    notifier = teams.services.notifiers["teams"]
    with pytest.raises(DeliveryError):
        await notifier.send(TENANT, "29:stranger", reminder())
    await teams.post(a.personal("help", teams.url))
    teams.connector.fail(403)
    with pytest.raises(DeliveryError, match="403"):
        await notifier.send(TENANT, a.REP, reminder())
