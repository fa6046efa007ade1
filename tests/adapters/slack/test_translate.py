"""Slack payloads -> IncomingMessage, over recorded-shape payloads."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

import pytest

from adapters.slack.translate import (
    DM_CONVERSATION,
    command_message,
    mentions,
    plain_text,
    read_message_event,
    team_of,
)
from coaching.messages import Source
from tests.adapters.slack import payloads


def body(event: dict) -> dict:
    return json.loads(payloads.envelope(event))


def test_plain_text_reads_slack_markup_as_words() -> None:
    text = (
        "<@U0MGR|maria> can we do 20% off? <!here> see <#C0DESK|deal-desk> "
        "<https://acme.example/q|the quote> &lt;b&gt; &amp; <mailto:a@b.c>"
    )
    assert plain_text(text) == (
        "@U0MGR can we do 20% off? @here see #deal-desk the quote <b> & mailto:a@b.c"
    )
    assert mentions("<@U1> and <@W2|x> and <@U1>") == ("U1", "W2")


def test_dm_channel_and_thread_messages() -> None:
    dm = read_message_event(body(payloads.message("deal Acme")), bot_user="UBOT")
    assert dm is not None and dm.is_dm and dm.msg.conversation == DM_CONVERSATION
    assert dm.msg.tenant_key == "slack:T1" and dm.msg.source is Source.DM

    top = read_message_event(
        body(payloads.message("<@U0MGR> 20% off?", channel="C1", channel_type="channel", ts="5.0")),
        bot_user="UBOT",
    )
    assert top is not None and top.msg.source is Source.CHANNEL
    assert (top.channel, top.thread, top.in_thread) == ("C1", "5.0", False)
    assert top.msg.mentions == ("U0MGR",) and top.msg.conversation == "C1:5.0"

    reply = read_message_event(
        body(
            payloads.message("more", channel="G1", channel_type="group", ts="6.0", thread_ts="5.0")
        ),
        bot_user="UBOT",
    )
    assert reply is not None and reply.msg.source is Source.THREAD
    assert (reply.thread, reply.in_thread, reply.msg.conversation) == ("5.0", True, "G1:5.0")


@pytest.mark.parametrize(
    "extra",
    [
        {"bot_id": "B1"},
        {"user": "UBOT"},
        {"subtype": "message_changed"},
        {"subtype": "bot_message"},
        {"subtype": "thread_broadcast"},
        {"channel_type": "mpim"},
        {"app_id": "A9"},
    ],
)
def test_messages_the_coach_does_not_read(extra: dict) -> None:
    event = payloads.message("deal Acme") | extra
    assert read_message_event(body(event), bot_user="UBOT") is None


def test_slash_command_and_team_of_every_payload_shape() -> None:
    form = dict(parse_qsl(payloads.slash_command("deal Acme", response_url="https://x").decode()))
    msg = command_message(form)
    assert (msg.text, msg.source, msg.conversation, msg.tenant) == (
        "deal Acme",
        Source.SLASH_COMMAND,
        DM_CONVERSATION,
        "T1",
    )
    assert team_of({"team": {"id": "T2"}}) == "T2"
    assert team_of({"team_id": "T3"}) == "T3"
    assert team_of({"user": {"team_id": "T4"}}) == "T4"


def test_a_channel_line_said_to_the_coach_reads_as_a_dm_line_without_the_mention() -> None:
    text = "<@UBOT|coach> prep Acme\n- pilot low\n- <@U0MGR> net 60"
    said = read_message_event(
        body(payloads.message(text, channel="C1", channel_type="channel", ts="7.0")),
        bot_user="UBOT",
    )
    assert said is not None and said.addressed and not said.is_dm
    assert said.msg.conversation == DM_CONVERSATION  # the rep's current deal
    assert said.msg.text == "prep Acme\n- pilot low\n- @U0MGR net 60"
    assert said.msg.mentions == ("UBOT", "U0MGR")
    other = read_message_event(
        body(payloads.message("<@U0MGR> hi", channel="C1", channel_type="channel", ts="8.0")),
        bot_user="UBOT",
    )
    assert other is not None and not other.addressed and other.msg.conversation == "C1:8.0"
