"""`dashboard` on Teams: a manager gets the signed link in the personal chat (and only
there, when they ask in a channel), the link opens their tenant's team page; a rep is
refused."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest

from bot.services import Store
from coaching.model import utcnow
from coaching.records import User
from tests.adapters.teams import activities as a
from tests.adapters.teams.conftest import Teams, make_settings, open_teams
from tests.adapters.teams.fake_connector import FakeConnector
from tests.support.dashboard import seed_team

TENANT = "teams:" + a.TENANT
LINK = re.compile(r"https://coach\.example\.com(/dashboard\?[^\s)\]]+)")


@pytest.fixture
async def teams(connector: FakeConnector, store: Store) -> AsyncIterator[Teams]:
    settings = make_settings(
        dashboard_secret="teams-dashboard-secret-0123456789",
        public_base_url="https://coach.example.com",
    )
    client, services = await open_teams(store, settings)
    await seed_team(store, TENANT, utcnow())
    await store.upsert_user(User(TENANT, a.MANAGER, "Maria Manager", role="manager"))
    yield Teams(client, connector, services)
    await client.close()


async def test_a_manager_gets_the_link_in_the_personal_chat_and_it_opens(teams: Teams) -> None:
    await teams.post(a.personal("dashboard", teams.url, user=a.MANAGER))
    (answer,) = teams.connector.to("a:" + a.MANAGER)
    found = LINK.search(answer.text.replace("&amp;", "&"))
    assert found is not None, answer.text
    assert "Team, last 30 days" in answer.text and "Who most needs coaching" in answer.text
    assert answer.card["type"] == "AdaptiveCard"  # the figures as a card in the personal chat
    page = await teams.client.get(found.group(1))
    html = await page.text()
    assert page.status == 200, html
    assert "Team dashboard" in html and "Ann Archer" in html and "<svg" in html


async def test_asked_in_a_channel_the_link_never_goes_to_the_channel(teams: Teams) -> None:
    await teams.post(a.channel("dashboard", teams.url, user=a.MANAGER, mentioned=(a.BOT,)))
    sent = teams.connector.sent
    in_channel = [c for c in sent if c.conversation.startswith(a.CHANNEL)]
    assert in_channel and all("/dashboard?" not in c.text for c in in_channel)
    assert "answered you privately" in in_channel[-1].text
    elsewhere = [c for c in sent if not c.conversation.startswith(a.CHANNEL)]
    assert any(LINK.search(c.text.replace("&amp;", "&")) for c in elsewhere)


async def test_a_rep_is_refused(teams: Teams) -> None:
    await teams.post(a.personal("dashboard", teams.url))
    (answer,) = teams.connector.to(a.PERSONAL)
    assert "for coach managers" in answer.text and "/dashboard?" not in answer.text
