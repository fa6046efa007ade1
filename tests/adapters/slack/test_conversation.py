"""The coaching conversation over Slack: DMs, /concession and suggested-action buttons."""

from __future__ import annotations

from coaching.records import User
from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack, section_texts
from tests.adapters.slack.fake_slack import BOT_TOKEN


def last_text(slack: Slack, method: str) -> str:
    call = slack.fake.to(method)[-1]
    return section_texts(call.params["blocks"])


async def test_dm_conversation_uses_the_bot_token_and_posts_block_kit(slack: Slack) -> None:
    await slack.dm("deal Acme")
    await slack.dm("Acme wants 15% off")
    posts = slack.fake.to("chat.postMessage")
    assert [p.params["channel"] for p in posts] == [payloads.DM, payloads.DM]
    assert posts[-1].headers["Authorization"] == f"Bearer {BOT_TOKEN}"
    assert "New deal *Acme*" in section_texts(posts[0].params["blocks"])
    text = last_text(slack, "chat.postMessage")
    assert "What are you getting in return?" in text
    buttons = [
        e for b in posts[-1].params["blocks"] if b["type"] == "actions" for e in b["elements"]
    ]
    assert any(b["value"].startswith("get ") for b in buttons)
    assert posts[-1].params["text"]  # fallback text for notifications


async def test_bots_own_messages_and_other_subtypes_are_ignored(slack: Slack) -> None:
    await slack.event(payloads.message("deal Acme", bot_id="B999"))
    await slack.event(payloads.message("deal Acme", user="UBOT"))
    await slack.event(payloads.message("deal Acme", subtype="bot_message"))
    await slack.event(payloads.message("deal Acme", subtype="message_changed"))
    await slack.event(
        payloads.message("", subtype="channel_join", channel="C1", channel_type="channel")
    )
    assert slack.fake.to("chat.postMessage") == []


async def test_a_retried_event_is_answered_once(slack: Slack) -> None:
    event = payloads.message("deal Acme")
    first = await slack.event(event, event_id="EvRETRY")
    retry = await slack.event(
        event,
        event_id="EvRETRY",
        headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"},
    )
    assert (first.status, retry.status) == (200, 200)
    assert len(slack.fake.to("chat.postMessage")) == 1


async def test_slash_command_with_a_give_asks_what_we_get_in_return(slack: Slack) -> None:
    ack = await slack.command("deal Acme", settle=False)
    assert ack.status == 200
    assert (await ack.text()) == ""  # acked at once; the reply follows on response_url
    await slack.settle()
    await slack.command("Acme wants 15% off")
    posts = slack.fake.to("response_url")
    assert len(posts) == 2 and all(p.params["response_type"] == "ephemeral" for p in posts)
    text = section_texts(posts[-1].params["blocks"])
    assert "What are you getting in return?" in text
    assert "commit to" in text  # the playbook's suggested gets


async def test_dm_and_slash_command_share_the_current_deal(slack: Slack) -> None:
    await slack.command("deal Globex")
    await slack.dm("ledger")
    assert "Globex" in last_text(slack, "chat.postMessage")


async def test_a_button_press_records_the_get(slack: Slack) -> None:
    await slack.dm("deal Acme")
    await slack.dm("Acme wants 15% off")
    blocks = slack.fake.to("chat.postMessage")[-1].params["blocks"]
    first = next(e for b in blocks if b["type"] == "actions" for e in b["elements"])
    assert first["value"].startswith("get ")
    response = await slack.press(first["value"], action_id=first["action_id"])
    assert response.status == 200
    text = last_text(slack, "chat.postMessage")
    assert "ask before you give" in text and "commit to a two-year term" in text
    deal = (await slack.services.store.list_deals("slack:T1", payloads.REP))[0]
    entries = await slack.services.store.ledger("slack:T1", deal.id)
    assert [(e.side, e.kind) for e in entries] == [("ask", "discount"), ("get", "term_commitment")]
    assert entries[1].traded_against is None  # asked for; no give of ours pays for it yet


async def test_a_button_on_an_ephemeral_reply_answers_ephemerally(slack: Slack) -> None:
    await slack.command("deal Acme")
    await slack.press("ledger", ephemeral=True)
    assert len(slack.fake.to("response_url")) == 2
    assert slack.fake.to("chat.postMessage") == []


async def test_undo_button(slack: Slack) -> None:
    await slack.dm("deal Acme")
    await slack.dm("Acme wants 15% off")
    await slack.press("undo")
    assert "Undone" in last_text(slack, "chat.postMessage")


async def test_alerts_toggle_in_a_channel_and_not_in_a_dm(slack: Slack) -> None:
    store = slack.services.store
    await store.upsert_user(User("slack:T1", payloads.REP, "dana", role="manager"))
    await slack.command("alerts off", channel=payloads.CHANNEL, channel_name="sales")
    assert await store.channel_alerts_enabled("slack:T1", payloads.CHANNEL) is False
    assert "**off**" not in section_texts(slack.fake.to("response_url")[-1].params["blocks"])
    assert "*off*" in section_texts(slack.fake.to("response_url")[-1].params["blocks"])
    await slack.command("alerts on", channel=payloads.CHANNEL, channel_name="sales")
    assert await store.channel_alerts_enabled("slack:T1", payloads.CHANNEL) is True
    await slack.command("alerts off")  # in the DM: explains where to run it
    assert "in the channel itself" in section_texts(
        slack.fake.to("response_url")[-1].params["blocks"]
    )


async def test_user_text_is_escaped_in_the_posted_blocks(slack: Slack) -> None:
    # typed literally, Slack delivers these as entities; a real mention arrives as markup
    await slack.dm("deal &lt;!channel&gt; *bold* &lt;@U1&gt; <!here> <@U2>")
    text = last_text(slack, "chat.postMessage")
    fallback = slack.fake.to("chat.postMessage")[-1].params["text"]
    for shown in (text, fallback):
        assert "<!channel>" not in shown and "<@U1>" not in shown
        assert "<!here>" not in shown and "<@U2>" not in shown
        assert "&lt;!channel&gt;" in shown and "&lt;@U1&gt;" in shown
        assert "*bold*" not in shown


async def test_the_word_payload_in_a_slash_command_does_not_confuse_parsing(slack: Slack) -> None:
    await slack.command("deal Payload Inc", channel="C0PAY", channel_name="payload-squad")
    assert "Payload Inc" in section_texts(slack.fake.to("response_url")[-1].params["blocks"])


async def test_slack_gives_the_same_counsel_as_the_terminal(slack: Slack) -> None:
    from bot.services import assemble_coach
    from coaching.playbook import load_playbook
    from coaching.render import Renderer
    from storage.memory import MemoryStore
    from tests.unit.coaching.conftest import Conversation

    lines = ["deal Acme", "limit 15%", "they want 20% off", "offered 12% for a 3 year term"]
    terminal = Conversation(assemble_coach(MemoryStore(), load_playbook(), Renderer()))
    said = [await terminal.say(line) for line in lines]
    for line in lines:
        await slack.dm(line)
    posts = slack.fake.to("chat.postMessage")
    counter, traded = (section_texts(p.params["blocks"]) for p in posts[-2:])
    assert said[2].says[0].text in counter and said[3].says[0].text in traded
    assert "Above your authority" in traded and ":warning:" not in traded


def edited(original: dict, text: str, edit_ts: str = "1700099000.000100") -> dict:
    """Slack's message_changed for a person's edit of ``original``."""
    before = {k: original[k] for k in ("type", "user", "text", "ts")}
    now = {**before, "text": text, "edited": {"user": original["user"], "ts": edit_ts}}
    return {
        "type": "message",
        "subtype": "message_changed",
        "hidden": True,
        "channel": original["channel"],
        "channel_type": original["channel_type"],
        "ts": edit_ts,
        "event_ts": edit_ts,
        "message": now,
        "previous_message": before,
    }


async def test_an_edited_dm_line_is_read_again_and_its_move_corrected(slack: Slack) -> None:
    await slack.dm("deal Acme")
    line = payloads.message("offered 10% off")
    await slack.event(line)
    await slack.event(edited(line, "offered 5% off"))
    answer = last_text(slack, "chat.postMessage")
    assert "You edited your message" in answer and "discount 10%" in answer
    store = slack.services.store
    deal = await store.find_deal("slack:T1", payloads.REP, "Acme")
    assert deal is not None
    entries = await store.ledger("slack:T1", deal.id)
    gone = {e.ref for e in entries if e.side == "undo"}
    standing = [e.amount for e in entries if e.side == "give" and e.seq not in gone]
    assert standing == [5.0]

    # an unfurl (no ``edited``) or the same text again is not an edit: nothing is re-read
    posts = len(slack.fake.to("chat.postMessage"))
    unfurl = edited(line, "offered 10% off")
    del unfurl["message"]["edited"]
    await slack.event(unfurl)
    await slack.event(edited({**line, "text": "offered 5% off"}, "offered 5% off"))
    assert len(slack.fake.to("chat.postMessage")) == posts


async def test_the_text_that_comes_with_a_file_is_read(slack: Slack) -> None:
    await slack.dm("deal Acme")
    await slack.event(
        payloads.message("Acme wants 15% off, see the PDF", subtype="file_share", files=[{}])
    )
    assert "What are you getting in return?" in last_text(slack, "chat.postMessage")


async def test_an_edit_of_the_wrong_shape_gets_a_200_and_is_not_read(slack: Slack) -> None:
    await slack.dm("deal Acme")
    line = payloads.message("offered 10% off")
    await slack.event(line)
    posts = len(slack.fake.to("chat.postMessage"))
    for key, value in (("user", {}), ("text", ["x"]), ("thread_ts", 5), ("ts", None)):
        event = edited(line, "offered 5% off")
        event["message"][key] = value
        assert (await slack.event(event)).status == 200, key
    assert len(slack.fake.to("chat.postMessage")) == posts
