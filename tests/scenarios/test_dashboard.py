"""The managers' dashboard through the real app on 127.0.0.1 (port 0) with the fake Slack
Web API: a manager's `dashboard` DM brings a signed link, the link opens the team's page
and each rep's, and a missing, altered or expired link gets 401."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from bot.services import Store, dashboard_links
from coaching.model import utcnow
from coaching.records import User
from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack, make_settings, open_slack, section_texts
from tests.adapters.slack.conftest import fake as fake  # the fake Slack Web API, a fixture
from tests.adapters.slack.fake_slack import FakeSlack
from tests.support.dashboard import MANAGER, seed_team

TENANT = "slack:T1"
SECRET = "dashboard-secret-for-tests-0123456789"
BASE = "https://coach.example.com"
LINK = re.compile(r"https://coach\.example\.com(/dashboard\?[^\s>|]+)")


@pytest.fixture
async def slack(fake: FakeSlack, store: Store, tmp_path: Path) -> AsyncIterator[Slack]:
    settings = make_settings(fake, tmp_path, dashboard_secret=SECRET, public_base_url=BASE)
    client, services = await open_slack(fake, store, settings)
    harness = Slack(client, fake, services)
    await harness.settle()
    now = utcnow()
    await seed_team(store, TENANT, now)
    await seed_team(store, "slack:T2", now, prefix="Other ")  # another workspace
    yield harness
    await client.close()


async def _link_from_dm(slack: Slack, user: str = MANAGER) -> str | None:
    await slack.dm("dashboard", user=user, channel=f"D-{user}")
    text = section_texts(slack.fake.to("chat.postMessage")[-1].params["blocks"])
    found = LINK.search(text.replace("&amp;", "&"))
    return found.group(1) if found else None


async def test_a_manager_gets_a_link_privately_that_opens_the_team_page(slack: Slack) -> None:
    path = await _link_from_dm(slack)
    assert path is not None
    answer = slack.fake.to("chat.postMessage")[-1].params
    assert answer["channel"] == f"D-{MANAGER}"
    text = section_texts(answer["blocks"])  # the figures come with the link
    assert "*Team, last 30 days* · 7 deals moved on" in text
    assert "Bob" in text[text.index("Who most needs coaching") :]

    page = await slack.client.get(path)
    html = await page.text()
    assert page.status == 200, html
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert "Team dashboard" in html
    assert html.count("<svg") == 2 and 'class="ceiling"' in html
    assert "Ann Archer" in html and "Cy Carter" in html
    assert "Bob &lt;b&gt;Baker&lt;/b&gt;" in html and "<b>Baker</b>" not in html
    assert "Other " not in html  # the other workspace's deals never show
    # 7 deals: all three of Cy's and one of Bob's end exactly at the 10% authority.
    assert "57%</b>of deals ended exactly at the authority ceiling (4 of 7)" in html

    rep_path = re.search(r'href="(/dashboard/rep/U0BOB\?[^"]+)"', html)
    assert rep_path is not None
    rep_page = await slack.client.get(rep_path.group(1).replace("&amp;", "&"))
    rep_html = await rep_page.text()
    assert rep_page.status == 200, rep_html
    assert "Bob deal 1" in rep_html and "Ann deal" not in rep_html
    assert "2</b>double-gives" in rep_html

    a_week = rep_path.group(1).replace("&amp;", "&").replace("days=30", "days=7")
    quiet = await slack.client.get(a_week)  # Bob moved on nothing in the last 7 days
    assert quiet.status == 200 and "Bob deal 1" not in await quiet.text()
    nobody = rep_path.group(1).replace("&amp;", "&").replace("U0BOB", "U0NOBODY")
    assert (await slack.client.get(nobody)).status == 401  # the view is signed too


async def test_a_rep_asking_for_the_dashboard_is_refused_politely(slack: Slack) -> None:
    assert await _link_from_dm(slack, user=payloads.REP) is None
    text = section_texts(slack.fake.to("chat.postMessage")[-1].params["blocks"])
    assert "for coach managers" in text


async def test_no_link_an_altered_one_or_an_expired_one_gets_401(slack: Slack) -> None:
    path = await _link_from_dm(slack)
    assert path is not None
    query = dict(parse_qsl(urlsplit(path).query))
    links = dashboard_links(slack.services.settings)
    assert links is not None

    def altered(**changes: str) -> str:
        return "/dashboard?" + urlencode({**query, **changes})

    sig = query["sig"]
    flipped = sig[:-1] + ("0" if sig[-1] != "0" else "1")
    expired = links.grant(TENANT, MANAGER, utcnow() - timedelta(hours=25))
    refused = [
        "/dashboard",
        altered(sig=flipped),
        altered(tenant="slack:T2"),  # the same signature for another workspace
        altered(user="U0ANN"),
        altered(expires=str(int(query["expires"]) + 3600)),
        links.path(expired),
        path.replace("/dashboard?", "/dashboard/rep/U0BOB?"),  # a team link is not a rep's
        altered(expires="²"),  # a digit to str.isdigit, not to int()
        altered(expires="9" * 5000),  # past int()'s digit limit
    ]
    for wrong in refused:
        response = await slack.client.get(wrong)
        assert response.status == 401, wrong
        assert "Ann Archer" not in await response.text()
    assert (await slack.client.get(path)).status == 200
    for days in ("²", "9" * 5000, "-30"):  # a period not offered: the default one, never a 500
        assert (await slack.client.get(f"{path}&days={days}")).status == 200


async def test_a_link_stops_working_when_its_manager_is_no_longer_one(slack: Slack) -> None:
    path = await _link_from_dm(slack)
    assert path is not None
    await slack.services.store.upsert_user(User(TENANT, MANAGER, "Maria", role="rep"))
    assert (await slack.client.get(path)).status == 403


async def test_without_a_secret_the_dashboard_is_off(
    fake: FakeSlack, store: Store, tmp_path: Path
) -> None:
    client, services = await open_slack(fake, store, make_settings(fake, tmp_path))
    try:
        harness = Slack(client, fake, services)
        await store.upsert_user(User(TENANT, MANAGER, "Maria", role="manager"))
        assert await _link_from_dm(harness) is None
        text = section_texts(fake.to("chat.postMessage")[-1].params["blocks"])
        assert "DASHBOARD_SECRET" in text
        assert (await client.get("/dashboard?tenant=slack:T1")).status == 503
    finally:
        await client.close()
