"""Reply -> Adaptive Card and Activity JSON -> IncomingMessage, as pure functions."""

from __future__ import annotations

import json

from adapters.teams.cards import MAX_MESSAGE_BYTES, message, render_reply
from adapters.teams.translate import picked_command, plain_text, read_message, submitted
from coaching.messages import Reply, Source, SuggestedAction
from tests.adapters.teams import activities as a

URL = "https://smba.trafficmanager.net/emea/"


def test_cards_stay_at_version_1_5_and_under_100_kb() -> None:
    sections = [f"Paragraph {i}: " + "word " * 2000 for i in range(40)]
    reply = Reply(kind="ledger", sections=sections, actions=[SuggestedAction("Undo", "undo")])
    activity = message(reply)
    size = len(json.dumps(activity, ensure_ascii=False).encode())
    assert size < MAX_MESSAGE_BYTES
    card = activity["attachments"][0]["content"]
    assert card["version"] == "1.5"
    undo = {"type": "Action.Submit", "title": "Undo", "data": {"coach": "undo"}}
    assert card["actions"] == [undo]
    assert "Trimmed to fit Teams" in json.dumps(card)
    assert len(card["body"]) < len(sections)


def test_a_small_reply_is_not_trimmed() -> None:
    card = render_reply(Reply(kind="help", sections=["**Hi**", "- one\n- two"]))
    assert [b["text"] for b in card["body"]] == ["**Hi**", "- one\n- two"]
    assert "actions" not in card


def test_a_mention_of_the_bot_is_cut_and_other_mentions_read_as_names() -> None:
    activity = a.channel("can we do 20% off?", URL, mentioned=(a.BOT, a.MANAGER))
    event = read_message(activity)
    assert event is not None and event.addressed
    assert event.msg.text == "@Maria Manager can we do 20% off?"
    assert event.msg.mentions == (a.BOT, a.MANAGER)
    assert event.msg.source is Source.CHANNEL and event.channel == a.CHANNEL
    assert event.thread == activity["id"]


def test_a_reply_in_a_thread_is_a_thread_message() -> None:
    event = read_message(a.channel("and?", URL, thread="1699999999999"))
    assert event is not None and not event.addressed
    assert event.msg.source is Source.THREAD and event.thread == "1699999999999"


def test_teams_html_becomes_plain_words() -> None:
    assert plain_text("<p>Acme&nbsp;wants <b>15%</b> off</p><p>today</p>") == (
        "Acme wants 15% off\ntoday"
    )


def test_a_picker_submits_the_moment_in_utc_from_the_users_zone() -> None:
    data = {"coach_pick": "call Acme", "pick": 2, "pick2_date": "2026-11-24", "pick2_time": "15:00"}
    assert picked_command(data, "Europe/Berlin") == "call Acme 2026-11-24T14:00:00+00:00"
    assert picked_command({**data, "pick2_time": "25:99"}, None) is None
    pressed = submitted(a.card_submit(data, URL))
    assert pressed is not None and pressed.command == "call Acme 2026-11-24T14:00:00+00:00"


def test_an_invoke_that_is_not_a_card_action_carries_no_command() -> None:
    activity = a.execute({"coach": "ledger"}, URL)
    assert submitted(activity) is not None
    activity["name"] = "task/fetch"
    assert submitted(activity) is None
