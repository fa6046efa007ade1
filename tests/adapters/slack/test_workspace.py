"""App Home, leaving workspaces, and the inbox's recovery after a crash."""

from __future__ import annotations

import json
import logging
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

from bot.services import Store
from coaching.model import utcnow
from coaching.records import InboundEvent, User
from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack, make_settings, open_slack, section_texts
from tests.adapters.slack.fake_slack import FakeSlack

TENANT = "slack:T1"


def home_opened(user: str = payloads.REP, tab: str = "home") -> dict[str, object]:
    return {
        "type": "app_home_opened",
        "user": user,
        "channel": payloads.DM,
        "tab": tab,
        "event_ts": "1700000000.000001",
    }


async def test_app_home_shows_open_deals_with_ledger_health(slack: Slack) -> None:
    await slack.dm("deal Acme")
    await slack.dm("offered 5% off")  # a give with nothing in return: exposed
    await slack.dm("deal Globex")
    await slack.event(home_opened(tab="messages"))
    assert slack.fake.to("views.publish") == []
    await slack.event(home_opened())
    (published,) = slack.fake.to("views.publish")
    assert published.params["user_id"] == payloads.REP
    view = published.params["view"]
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    text = section_texts(view["blocks"])
    assert "*Acme*" in text and "exposed" in text
    assert "*Globex*" in text and "no moves yet" in text
    assert "Team concession requests" not in text
    assert slack.fake.to("users.info")  # the rep is now known, with a name


async def test_app_home_shows_managers_the_teams_alerts(slack: Slack) -> None:
    await slack.services.store.upsert_user(User(TENANT, payloads.MANAGER, "maria", role="manager"))
    await slack.event(
        payloads.message(
            "<@U0MGR> Acme is pushing hard for 20% off. Can we approve that?",
            channel=payloads.CHANNEL,
            channel_type="channel",
        )
    )
    await slack.event(home_opened(user=payloads.MANAGER))
    text = section_texts(slack.fake.to("views.publish")[-1].params["view"]["blocks"])
    assert "Team concession requests" in text
    assert "<@U0REP> asked for discount 20%" in text and "open" in text


async def test_app_uninstalled_deletes_the_workspaces_data(slack: Slack) -> None:
    store = slack.services.store
    await slack.dm("deal Acme")
    await slack.dm("Acme wants 15% off")
    await store.upsert_user(User(TENANT, payloads.REP, "dana"))
    assert await store.list_deals(TENANT)
    response = await slack.event({"type": "app_uninstalled", "event_ts": "1700000000.000002"})
    assert response.status == 200
    assert await store.list_deals(TENANT) == []
    assert await store.get_user(TENANT, payloads.REP) is None
    # tokens_revoked arriving after (either order) is harmless
    revoked = {
        "type": "tokens_revoked",
        "tokens": {"oauth": [], "bot": ["UBOT"]},
        "event_ts": "1700000000.000003",
    }
    assert (await slack.event(revoked)).status == 200


async def test_revoking_only_peoples_tokens_keeps_the_workspace(slack: Slack) -> None:
    await slack.dm("deal Acme")
    revoked = {
        "type": "tokens_revoked",
        "tokens": {"oauth": ["U0REP"], "bot": []},
        "event_ts": "1700000000.000004",
    }
    assert (await slack.event(revoked)).status == 200
    assert await slack.services.store.list_deals(TENANT)


async def record_pending(store: Store, key: str, payload: dict[str, object]) -> None:
    event = InboundEvent("slack", key, payload, received_at=utcnow() - timedelta(seconds=5))
    assert await store.record_inbound(event)


async def test_requests_recorded_before_a_crash_are_processed_on_start(
    fake: FakeSlack, store: Store, tmp_path: Path
) -> None:
    """The inbox holds what an earlier process acknowledged but never finished."""
    dm = json.loads(payloads.envelope(payloads.message("deal Acme"), event_id="EvCRASH"))
    body = payloads.slash_command("deals", response_url=fake.response_url("crash"))
    command = dict(parse_qsl(body.decode()))
    await record_pending(store, "event:EvCRASH", dm)
    await record_pending(store, f"trigger:{command['trigger_id']}", command)
    client, services = await open_slack(fake, store, make_settings(fake, tmp_path))
    try:
        slack = Slack(client, fake, services)
        await slack.settle()
        assert [c.params["channel"] for c in fake.to("chat.postMessage")] == [payloads.DM]
        assert len(fake.to("response_url")) == 1
        assert await store.pending_inbound("slack") == []
        # and a redelivery of the recovered event is not processed again
        await slack.event(
            payloads.message("deal Acme"),
            event_id="EvCRASH",
            headers={"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "timeout"},
        )
        assert len(fake.to("chat.postMessage")) == 1
    finally:
        await client.close()


async def test_a_turn_committed_before_a_crash_is_answered_again_but_written_once(
    fake: FakeSlack, store: Store, tmp_path: Path
) -> None:
    """A process that wrote the turn but died before its reply left the request pending."""
    give = payloads.message("we can give 5% off", ts="1700000100.000100")
    client, services = await open_slack(fake, store, make_settings(fake, tmp_path))
    try:
        slack = Slack(client, fake, services)
        await slack.dm("deal Acme")
        await slack.event(give, event_id="EvGIVE")
        await slack.settle()
    finally:
        await client.close()
    replies_before = len(fake.to("chat.postMessage"))
    # The same message still pending in the inbox, as if the crash came before "done".
    await record_pending(store, "event:EvGIVE-again", json.loads(payloads.envelope(give)))
    client, services = await open_slack(fake, store, make_settings(fake, tmp_path))
    try:
        await Slack(client, fake, services).settle()
    finally:
        await client.close()
    assert len(fake.to("chat.postMessage")) == replies_before + 1  # the reply goes out again
    (deal,) = await store.list_deals(TENANT)
    gives = [e for e in await store.ledger(TENANT, deal.id) if e.side == "give"]
    assert len(gives) == 1  # and the ledger holds the give once
    assert await store.pending_inbound("slack") == []


async def test_app_uninstalled_purges_the_workspaces_inbox_records(slack: Slack) -> None:
    """Pending records keep message text and response URLs: they go with the workspace."""
    store = slack.services.store
    await slack.event(payloads.message("deal Acme"), event_id="EvDONE")  # done, tagged T1
    held = {"lock_owner": "live-replica", "lock_expires_at": utcnow() + timedelta(hours=1)}
    for key, team in (("event:EvT1", "T1"), ("event:EvT2", "T2")):
        payload = json.loads(payloads.envelope(payloads.message("secret terms"), team=team))
        event = InboundEvent("slack", key, payload, tenant=f"slack:{team}", **held)
        assert await store.record_inbound(event)
    response = await slack.event({"type": "app_uninstalled", "event_ts": "1700000000.000005"})
    assert response.status == 200
    assert [e.event_id for e in await store.pending_inbound("slack")] == ["event:EvT2"]
    assert await store.record_inbound(InboundEvent("slack", "event:EvDONE", {}))  # forgotten


def joined(user: str) -> dict[str, object]:
    return {
        "type": "member_joined_channel",
        "user": user,
        "channel": payloads.CHANNEL,
        "channel_type": "C",
        "team": "T1",
        "event_ts": "1700000000.000002",
    }


async def test_the_coach_says_hello_when_it_joins_a_channel_and_not_for_others(
    slack: Slack,
) -> None:
    await slack.event(joined("U0SOMEONE"))
    assert slack.fake.to("chat.postMessage") == []
    await slack.event(joined("UBOT"))
    (hello,) = slack.fake.to("chat.postMessage")
    assert hello.params["channel"] == payloads.CHANNEL
    text = section_texts(hello.params["blocks"])
    assert "Concession Coach" in text and "privately" in text and "/concession" in text
    assert "%" not in text  # nobody's numbers, in a channel


async def test_a_rep_opening_an_empty_messages_tab_gets_a_short_hello_once(slack: Slack) -> None:
    await slack.event(home_opened(tab="messages"))
    (history,) = slack.fake.to("conversations.history")
    assert history.params["channel"] == payloads.DM
    (hello,) = slack.fake.to("chat.postMessage")
    assert hello.params["channel"] == payloads.DM
    assert "`deal Acme`" in section_texts(hello.params["blocks"])
    assert slack.fake.to("views.publish") == []

    slack.fake.history[payloads.DM] = [{"type": "message", "ts": "1700000000.000100"}]
    await slack.event(home_opened(tab="messages"))
    assert len(slack.fake.to("chat.postMessage")) == 1  # the DM has messages: no second hello


async def test_no_hello_when_slack_will_not_show_the_dm_history(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    """An install without im:history: the Messages tab opens quietly, nothing fails."""
    slack.fake.fail("conversations.history", 200, body={"ok": False, "error": "missing_scope"})
    with caplog.at_level(logging.INFO):
        response = await slack.event(home_opened(tab="messages"))
    assert response.status == 200
    assert slack.fake.to("chat.postMessage") == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert any("no hello" in r.getMessage() for r in caplog.records)
