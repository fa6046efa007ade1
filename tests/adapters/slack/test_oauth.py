"""Many workspaces: install through OAuth, serve each with its own token, forget on uninstall."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from adapters.slack.http import SLACK
from bot.services import Store
from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack, make_settings, open_slack
from tests.adapters.slack.fake_slack import FakeSlack


@pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")
async def test_install_serve_and_uninstall_a_second_workspace(
    fake: FakeSlack, store: Store, tmp_path: Path
) -> None:
    settings = make_settings(
        fake,
        tmp_path,
        slack_bot_token=None,
        slack_client_id="111.222",
        slack_client_secret="client-secret",
    )
    client, services = await open_slack(fake, store, settings)
    try:
        slack = Slack(client, fake, services)
        await slack.settle()
        page = await client.get("/slack/install", allow_redirects=False)
        assert page.status in (200, 302)
        html = await page.text()
        state = re.search(r"state=([\w-]+)", html + page.headers.get("Location", "")).group(1)
        cookie = page.headers["Set-Cookie"].split(";")[0]
        done = await client.get(
            f"/slack/oauth_redirect?code=one-time-code&state={state}", headers={"Cookie": cookie}
        )
        assert done.status == 200, await done.text()
        (exchange,) = fake.to("oauth.v2.access")
        assert exchange.params["code"] == "one-time-code"
        reused = await client.get(
            f"/slack/oauth_redirect?code=again&state={state}", headers={"Cookie": cookie}
        )
        assert reused.status != 200  # a state works once

        installations = client.server.app[SLACK].installations
        assert installations is not None
        bot = await installations.store.async_find_bot(enterprise_id=None, team_id="T2")
        assert bot is not None and bot.bot_token == "xoxb-installed"

        await slack.send(
            payloads.envelope(payloads.message("deal Acme"), team="T2"), "application/json"
        )
        posts = fake.to("chat.postMessage")
        assert posts and all(p.headers["Authorization"] == "Bearer xoxb-installed" for p in posts)
        assert await services.store.list_deals("slack:T2")

        await slack.send(
            payloads.envelope({"type": "app_uninstalled", "event_ts": "1.2"}, team="T2"),
            "application/json",
        )
        assert await installations.store.async_find_bot(enterprise_id=None, team_id="T2") is None
        assert await services.store.list_deals("slack:T2") == []
    finally:
        await client.close()
