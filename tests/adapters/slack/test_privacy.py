"""Privacy in channels: customers can be members (Slack Connect), so nothing public names
the rep's authority, a limit or our room; alerts stay off in externally shared channels
unless a coach manager opts in; only a coach manager or the channel's creator switches them."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.services import Store
from coaching.records import User
from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack, make_settings, open_slack, section_texts
from tests.adapters.slack.fake_slack import FakeSlack
from tests.adapters.slack.test_alerts import ASK, TENANT, buttons, channel_message, raise_alert

ROOM_WORDS = ("%", "authority", "limit", "up to")


def public_posts(slack: Slack) -> list[str]:
    """The text and blocks of every chat.postMessage into the channel (anyone there reads it)."""
    return [
        f"{call.params.get('text', '')}\n{json.dumps(call.params.get('blocks', []))}"
        for call in slack.fake.to("chat.postMessage")
        if call.params.get("channel") == payloads.CHANNEL
    ]


def answered(slack: Slack) -> str:
    return section_texts(slack.fake.to("response_url")[-1].params["blocks"])


async def as_manager(slack: Slack, user: str = "U0BOSS") -> str:
    await slack.services.store.upsert_user(User(TENANT, user, "boss", role="manager"))
    return user


async def test_a_channel_discount_ask_shows_no_authority_or_limit_in_any_public_message(
    slack: Slack,
) -> None:
    values = await raise_alert(slack)
    await slack.press(values["Approve"], user=payloads.MANAGER, channel="D0MGR")
    view = slack.fake.to("views.open")[-1].params["view"]
    await slack.form(payloads.view_submission(view["private_metadata"], "if 2-year term at 15%"))

    public = public_posts(slack)
    assert len(public) == 2  # the note on the ask, the note on the decision
    for text in public:
        lowered = text.casefold()
        assert not [word for word in ROOM_WORDS if word in lowered], text

    # the rep gets the coaching privately: an ephemeral in the thread, and the decision by DM
    (coaching,) = slack.fake.to("chat.postEphemeral")
    assert coaching.params["user"] == payloads.REP
    assert "up to 10%" in section_texts(coaching.params["blocks"])
    decision = slack.fake.to("chat.postMessage")[-1]
    assert decision.params["channel"] == payloads.REP
    assert "*Approved* by maria" in section_texts(decision.params["blocks"])
    # the approver still gets the card, with the trade and its buttons
    manager = [c for c in slack.fake.to("chat.postMessage") if c.params["channel"] == "U0MGR"]
    assert "take 20% off the price" in section_texts(manager[0].params["blocks"])
    assert [b["text"]["text"] for b in buttons(manager[0].params["blocks"])] == [
        "Approve",
        "Counter",
        "Decline",
    ]


async def test_a_fresh_ask_without_an_approver_reaches_the_rep_by_dm(slack: Slack) -> None:
    # no colleague named, no deal desk: no note, so the thread is not active for an ephemeral
    await slack.event(channel_message("Can we approve 20% off for Acme?", ts="1700006000.000100"))
    assert public_posts(slack) == []
    assert slack.fake.to("chat.postEphemeral") == []
    (dm,) = slack.fake.to("chat.postMessage")
    assert dm.params["channel"] == payloads.REP
    assert "What are you getting in return?" in section_texts(dm.params["blocks"])


async def test_an_externally_shared_channel_raises_no_alert(slack: Slack) -> None:
    slack.fake.channels[payloads.CHANNEL] = {"is_shared": True, "is_ext_shared": True}
    await slack.event(channel_message(ASK))
    assert slack.fake.to("chat.postMessage") == []
    assert slack.fake.to("chat.postEphemeral") == []
    assert await slack.services.store.list_alerts(TENANT) == []
    (info,) = slack.fake.to("conversations.info")
    assert info.params["channel"] == payloads.CHANNEL

    # the envelope's flag alone is enough, and conversations.info is cached per channel
    await slack.event(channel_message(ASK, ts="1700007000.000100"))
    other = {**channel_message(ASK, ts="1700008000.000100"), "channel": "C0OTHER"}
    body: dict[str, Any] = json.loads(payloads.envelope(other))
    body["is_ext_shared_channel"] = True
    await slack.send(json.dumps(body).encode(), "application/json")
    assert len(slack.fake.to("conversations.info")) == 1
    assert await slack.services.store.list_alerts(TENANT) == []


async def test_an_org_shared_channel_is_the_same_company(slack: Slack) -> None:
    slack.fake.channels[payloads.CHANNEL] = {"is_shared": True, "is_org_shared": True}
    await raise_alert(slack)
    assert len(await slack.services.store.list_alerts(TENANT)) == 1


async def test_when_slack_cannot_say_the_channel_counts_as_shared(slack: Slack) -> None:
    slack.fake.fail("conversations.info", 200, body={"ok": False, "error": "missing_scope"})
    await slack.event(channel_message(ASK))
    assert await slack.services.store.list_alerts(TENANT) == []


async def test_a_manager_opts_a_shared_channel_in_and_alerts_off_withdraws_it(
    slack: Slack,
) -> None:
    slack.fake.channels[payloads.CHANNEL] = {"is_ext_shared": True, "creator": payloads.REP}
    boss = await as_manager(slack)
    where = {"channel": payloads.CHANNEL, "channel_name": "acme-shared"}

    await slack.command("alerts on", user=boss, **where)  # on, but held: shared outside
    assert "stay *off*" in answered(slack)
    await slack.command("alerts on external", user=payloads.REP, **where)  # the creator may not
    assert "only a coach manager can allow alerts" in answered(slack)
    await slack.command("alerts on external", user=boss, **where)
    assert "shared with people outside" in answered(slack) and "are *on*" in answered(slack)

    values = await raise_alert(slack)  # raised, and still nothing of our room in public
    assert list(values) == ["Approve", "Counter", "Decline"]
    assert all("%" not in text for text in public_posts(slack))

    await slack.command("alerts off", user=boss, **where)
    await slack.command("alerts on", user=boss, **where)
    assert "stay *off*" in answered(slack)  # the opt-in went with ``alerts off``


async def test_a_non_manager_cannot_switch_alerts_and_is_told_who_can(slack: Slack) -> None:
    slack.fake.names["U0CREATOR"] = "chris"
    await slack.command("alerts off", channel=payloads.CHANNEL, channel_name="sales")
    refusal = answered(slack)
    assert "Sorry, only a coach manager or chris, who created this channel," in refusal
    assert await slack.services.store.channel_alerts_enabled(TENANT, payloads.CHANNEL)


async def test_a_manager_and_the_channels_creator_can_switch_alerts(slack: Slack) -> None:
    store = slack.services.store
    boss = await as_manager(slack)
    where = {"channel": payloads.CHANNEL, "channel_name": "sales"}
    await slack.command("alerts off", user=boss, **where)
    assert not await store.channel_alerts_enabled(TENANT, payloads.CHANNEL)
    await slack.command("alerts on", user="U0CREATOR", **where)
    assert await store.channel_alerts_enabled(TENANT, payloads.CHANNEL)
    assert "are *on*" in answered(slack)


def sharing(kind: str) -> dict[str, Any]:
    """Slack's channel_shared / channel_unshared event (Slack Connect) for #sales."""
    key = "connected_team_id" if kind == "channel_shared" else "previously_connected_team_id"
    return {"type": kind, "channel": payloads.CHANNEL, key: "T0CUSTOMER", "event_ts": "1.2"}


async def test_alerts_stop_once_the_channel_is_shared_and_resume_once_unshared(
    slack: Slack,
) -> None:
    await raise_alert(slack)  # internal: conversations.info answered, and remembered
    assert len(await slack.services.store.list_alerts(TENANT)) == 1

    slack.fake.channels[payloads.CHANNEL] = {"is_shared": True, "is_ext_shared": True}
    response = await slack.event(sharing("channel_shared"))
    assert response.status == 200
    before = len(slack.fake.calls)
    await slack.event(channel_message(ASK, ts="1700006000.000100"))
    assert [c.method for c in slack.fake.calls[before:]] == ["conversations.info"]
    assert len(await slack.services.store.list_alerts(TENANT)) == 1  # none raised

    slack.fake.channels.pop(payloads.CHANNEL)
    assert (await slack.event(sharing("channel_unshared"))).status == 200
    await slack.event(channel_message(ASK, ts="1700007000.000100"))
    assert len(await slack.services.store.list_alerts(TENANT)) == 2
    assert len(slack.fake.to("conversations.info")) == 3


async def test_a_manager_opt_in_keeps_alerts_on_when_the_channel_becomes_shared(
    slack: Slack,
) -> None:
    boss = await as_manager(slack)
    where = {"channel": payloads.CHANNEL, "channel_name": "sales"}
    await slack.command("alerts on external", user=boss, **where)
    slack.fake.channels[payloads.CHANNEL] = {"is_ext_shared": True}
    await slack.event(sharing("channel_shared"))
    values = await raise_alert(slack)
    assert len(slack.fake.to("conversations.info")) == 2  # asked again after the event
    assert list(values) == ["Approve", "Counter", "Decline"]
    assert all("%" not in text for text in public_posts(slack))


async def test_when_slack_refuses_the_ephemeral_the_coaching_reaches_the_rep_by_dm(
    slack: Slack,
) -> None:
    for error in ("user_not_in_channel", "channel_not_found"):
        slack.fake.calls.clear()
        slack.fake.fail("chat.postEphemeral", 200, body={"ok": False, "error": error})
        ts = "1700009000.000100" if error == "channel_not_found" else "1700005000.000100"
        await raise_alert(slack, ts=ts)
        (refused,) = slack.fake.to("chat.postEphemeral")
        assert refused.params["user"] == payloads.REP
        dms = [c for c in slack.fake.to("chat.postMessage") if c.params["channel"] == payloads.REP]
        (coaching,) = dms
        assert "up to 10%" in section_texts(coaching.params["blocks"])
        assert "thread_ts" not in coaching.params
        for text in public_posts(slack):  # the fallback is never the channel
            assert not [word for word in ROOM_WORDS if word in text.casefold()], text


async def test_a_refusal_slack_cannot_show_ephemerally_reaches_the_presser_by_dm(
    slack: Slack,
) -> None:
    values = await raise_alert(slack)
    slack.fake.fail("response_url", 404)
    slack.fake.fail("chat.postEphemeral", 200, body={"ok": False, "error": "user_not_in_channel"})
    await slack.press(values["Decline"], user="U0OTHER", channel=payloads.CHANNEL)
    (refused,) = [c for c in slack.fake.to("chat.postEphemeral") if c.params["user"] == "U0OTHER"]
    assert refused.params["channel"] == payloads.CHANNEL
    dm = slack.fake.to("chat.postMessage")[-1]
    assert dm.params["channel"] == "U0OTHER"
    assert "Only maria or a manager" in section_texts(dm.params["blocks"])


DESK = "C0DESK"
UNADDRESSED = "Can we approve 20% off for Acme? They want to sign."


@pytest.fixture
async def with_desk(fake: FakeSlack, store: Store, tmp_path: Path) -> AsyncIterator[Slack]:
    settings = make_settings(fake, tmp_path, deal_desk_channel=DESK)
    client, services = await open_slack(fake, store, settings)
    slack = Slack(client, fake, services)
    await slack.settle()
    yield slack
    await client.close()


async def test_a_deal_desk_shared_outside_gets_no_card_its_coach_managers_do(
    with_desk: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    slack = with_desk
    slack.fake.channels[DESK] = {"is_shared": True, "is_ext_shared": True}
    boss = await as_manager(slack)
    await as_manager(slack, "U0BOSS2")
    with caplog.at_level(logging.WARNING, logger="concession_coach.alerts"):
        await slack.event(channel_message(UNADDRESSED))
        await slack.event(channel_message(UNADDRESSED, ts="1700006000.000100"))
    assert [c for c in slack.fake.calls if c.params.get("channel") == DESK] == [
        c for c in slack.fake.to("conversations.info") if c.params["channel"] == DESK
    ]  # asked about, never posted to
    cards = [c for c in slack.fake.to("chat.postMessage") if buttons(c.params["blocks"])]
    assert sorted(c.params["channel"] for c in cards) == sorted([boss, "U0BOSS2"] * 2)
    assert "take 20% off the price" in section_texts(cards[0].params["blocks"])
    (warning,) = [r for r in caplog.records if "deal desk" in r.getMessage()]
    assert DESK in warning.getMessage() and "shared outside" in warning.getMessage()

    # a coach manager decides from their own chat
    values = {b["text"]["text"]: b["value"] for b in buttons(cards[0].params["blocks"])}
    await slack.press(values["Decline"], user=cards[0].params["channel"], channel="D0BOSS")
    alerts = await slack.services.store.list_alerts(TENANT)
    assert sorted(a.status for a in alerts) == ["declined", "open"]


async def test_the_reps_own_manager_stands_in_for_a_shared_deal_desk(with_desk: Slack) -> None:
    slack = with_desk
    slack.fake.channels[DESK] = {"is_ext_shared": True}
    boss = await as_manager(slack)
    await as_manager(slack, "U0BOSS2")
    await slack.services.store.upsert_user(User(TENANT, payloads.REP, "dana", manager_id=boss))
    await slack.event(channel_message(UNADDRESSED))
    (card,) = [c for c in slack.fake.to("chat.postMessage") if buttons(c.params["blocks"])]
    assert card.params["channel"] == boss


async def test_an_internal_deal_desk_still_gets_the_card(with_desk: Slack) -> None:
    slack = with_desk
    await as_manager(slack)
    await slack.event(channel_message(UNADDRESSED))
    (card,) = [c for c in slack.fake.to("chat.postMessage") if buttons(c.params["blocks"])]
    assert card.params["channel"] == DESK


async def test_a_line_said_to_the_coach_in_a_channel_is_answered_privately_like_a_dm(
    slack: Slack,
) -> None:
    await slack.dm("deal Acme")
    slack.fake.calls.clear()
    ts = "1700010000.000100"
    await slack.event(channel_message("<@UBOT> Acme wants 15% off", ts=ts))
    (note,) = public_posts(slack)
    assert "I have answered you privately." in note
    assert not [word for word in ROOM_WORDS if word in note.casefold()], note
    (coaching,) = slack.fake.to("chat.postEphemeral")
    assert coaching.params["user"] == payloads.REP and coaching.params["thread_ts"] == ts
    text = section_texts(coaching.params["blocks"])
    assert "Acme" in text and "15%" in text  # the rep's current deal, as in the DM

    # a command said to the coach works the same, and nobody else's mention is the coach's
    slack.fake.calls.clear()
    await slack.event(channel_message("<@UBOT> ledger", ts="1700011000.000100"))
    (ledger,) = slack.fake.to("chat.postEphemeral")
    assert "Acme" in section_texts(ledger.params["blocks"])
    slack.fake.calls.clear()
    await slack.event(channel_message("<@U0MGR> lunch?", ts="1700012000.000100"))
    assert slack.fake.calls == []
