"""The coaching conversation over Teams: personal chat, mentions, card buttons, install."""

from __future__ import annotations

import json

from coaching.records import User
from tests.adapters.teams import activities as a
from tests.adapters.teams.conftest import Teams


async def test_personal_chat_is_the_full_coaching_conversation(teams: Teams) -> None:
    first = await teams.post(a.personal("deal Acme", teams.url))
    second = await teams.post(a.personal("Acme wants 15% off", teams.url))
    assert (first.status, second.status) == (200, 200)
    created, asked = teams.connector.to(a.PERSONAL)
    assert "New deal **Acme**" in created.text
    assert "What are you getting in return?" in asked.text
    assert asked.op == "reply"  # threaded to the rep's message
    card = asked.card
    assert card["version"] == "1.5" and card["type"] == "AdaptiveCard"
    commands = [x["data"]["coach"] for x in asked.actions if x["type"] == "Action.Submit"]
    assert any(c.startswith("get ") for c in commands)


async def test_card_submit_goes_back_through_the_engine(teams: Teams) -> None:
    await teams.post(a.personal("deal Acme", teams.url))
    await teams.post(a.personal("Acme wants 15% off", teams.url))
    asked = teams.connector.to(a.PERSONAL)[-1]
    get = next(x["data"] for x in asked.actions if x["data"].get("coach", "").startswith("get "))
    await teams.post(a.card_submit(get, teams.url))
    answer = teams.connector.to(a.PERSONAL)[-1]
    assert "ask before you give" in answer.text
    (deal,) = await teams.services.store.list_deals("teams:" + a.TENANT, a.REP)
    sides = [e.side for e in await teams.services.store.ledger(deal.tenant, deal.id)]
    assert sides == ["ask", "get"]


async def test_action_execute_goes_through_the_engine_and_gets_an_invoke_response(
    teams: Teams,
) -> None:
    response = await teams.post(
        a.execute({"coach": "deal Acme"}, teams.url, user=a.REP, conversation=a.PERSONAL)
    )
    assert response.status == 200
    body = await response.json()
    assert body["statusCode"] == 200
    assert body["type"] == "application/vnd.microsoft.activity.message"
    (answer,) = teams.connector.to(a.PERSONAL)
    assert "New deal **Acme**" in answer.text


async def test_in_a_group_chat_the_coach_answers_only_when_mentioned(teams: Teams) -> None:
    await teams.post(a.group_chat("deal Acme", teams.url))
    assert teams.connector.calls == []
    await teams.post(a.group_chat("deal Acme", teams.url, mentioned=(a.BOT,)))
    (note,) = teams.connector.to(a.GROUP)  # others may read the group chat
    assert "answered you privately" in note.text
    (answer,) = teams.connector.to("a:dm-" + a.REP)
    assert "New deal **Acme**" in answer.text  # the <at> mention was cut from the command


async def test_alerts_can_be_switched_off_in_a_channel(teams: Teams) -> None:
    manager = User("teams:" + a.TENANT, a.REP, "Dana Rep", role="manager")
    await teams.services.store.upsert_user(manager)
    await teams.post(a.channel("alerts off", teams.url, mentioned=(a.BOT,)))
    assert "off" in teams.connector.sent[-1].text
    await teams.post(a.channel("Can we approve 20% off?", teams.url, mentioned=(a.MANAGER,)))
    assert len(teams.connector.sent) == 1
    assert await teams.services.store.list_alerts("teams:" + a.TENANT) == []


async def test_user_text_is_escaped_in_cards(teams: Teams) -> None:
    await teams.post(a.personal("deal **Big** [x](https://evil.example)", teams.url))
    (answer,) = teams.connector.to(a.PERSONAL)
    assert "**Big**" not in answer.text and "[x](https" not in answer.text
    assert "\u200b*\u200b" in answer.text  # shown as typed, but formats nothing


async def test_installing_the_app_welcomes_once_and_stores_the_reference(teams: Teams) -> None:
    await teams.post(a.installation_update(teams.url, "add"))
    assert teams.connector.calls == []  # the conversationUpdate below says hello
    await teams.post(a.bot_installed(teams.url))
    (hello,) = teams.connector.to(a.PERSONAL)
    assert hello.op == "send" and "Concession Coach" in hello.text
    ref = await teams.services.store.get_conversation_ref("teams:" + a.TENANT, a.REP)
    assert ref is not None and ref["conversation"]["id"] == a.PERSONAL
    assert ref["serviceUrl"] == teams.url and ref["bot"]["id"] == a.BOT

    await teams.post(a.installation_update(teams.url, "remove"))
    ref = await teams.services.store.get_conversation_ref("teams:" + a.TENANT, a.REP)
    assert not ref


async def test_the_bots_own_messages_are_ignored(teams: Teams) -> None:
    own = a.personal("deal Acme", teams.url)
    own["from"] = {"id": a.BOT, "name": "Concession Coach"}
    await teams.post(own)
    assert teams.connector.calls == []


def invoke(name: str, value: dict, url: str) -> dict:
    activity = a.execute({}, url, user=a.REP, conversation=a.PERSONAL)
    activity.update(name=name, value=value)
    return activity


async def test_a_stale_action_execute_card_is_answered_with_a_card_saying_so(teams: Teams) -> None:
    for data in ({}, {"something_old": "deal Acme"}, {"coach": ""}, {"coach": 5}):
        response = await teams.post(a.execute(data, teams.url, user=a.REP, conversation=a.PERSONAL))
        assert response.status == 200, data
        body = await response.json()
        assert body["type"] == "application/vnd.microsoft.card.adaptive", data
        text = " ".join(b["text"] for b in body["value"]["body"] if b["type"] == "TextBlock")
        assert "out of date" in text and "help" in text
    assert await teams.services.store.list_deals("teams:" + a.TENANT, a.REP) == []


async def test_invokes_the_coach_does_not_handle_get_an_answer_not_a_501(teams: Teams) -> None:
    for name, value in (
        ("composeExtension/query", {"commandId": "search", "parameters": []}),
        ("task/fetch", {"data": {"x": 1}}),
        ("something/new", {}),
    ):
        response = await teams.post(invoke(name, value, teams.url))
        assert response.status == 200, name
        body = await response.json()
        assert body is not None and "out of date" in json.dumps(body), name


async def test_a_stale_action_submit_card_gets_a_reply_saying_so(teams: Teams) -> None:
    response = await teams.post(a.card_submit({"old_key": "x"}, teams.url, user=a.REP))
    assert response.status == 200
    (answer,) = teams.connector.to(a.PERSONAL)
    assert "out of date" in answer.text


async def test_teams_gives_the_same_counsel_as_the_terminal(teams: Teams) -> None:
    from bot.services import assemble_coach
    from coaching.playbook import load_playbook
    from coaching.render import Renderer
    from storage.memory import MemoryStore
    from tests.unit.coaching.conftest import Conversation

    lines = ["deal Acme", "limit 15%", "they want 20% off", "offered 12% for a 3 year term"]
    terminal = Conversation(assemble_coach(MemoryStore(), load_playbook(), Renderer()))
    said = [await terminal.say(line) for line in lines]
    for line in lines:
        await teams.post(a.personal(line, teams.url))
    counter, traded = (call.text for call in teams.connector.to(a.PERSONAL)[-2:])
    assert said[2].says[0].text in counter and said[3].says[0].text in traded
    assert "Above your authority" in traded and "/concession" not in counter + traded


def edited(original: dict, text: str, at: str = "2026-03-02T10:20:00.000Z") -> dict:
    """Teams's messageUpdate (editMessage) for an edit of ``original``."""
    update = {**original, "type": "messageUpdate", "text": text, "timestamp": at}
    update["channelData"] = {**original["channelData"], "eventType": "editMessage"}
    return update


async def test_an_edited_personal_line_is_read_again_and_its_move_corrected(teams: Teams) -> None:
    await teams.post(a.personal("deal Acme", teams.url))
    line = a.personal("offered 10% off", teams.url)
    await teams.post(line)
    await teams.post(edited(line, "offered 5% off"))
    assert "You edited your message" in teams.connector.sent[-1].text
    (deal,) = await teams.services.store.list_deals("teams:" + a.TENANT, a.REP)
    entries = await teams.services.store.ledger(deal.tenant, deal.id)
    gone = {e.ref for e in entries if e.side == "undo"}
    assert [e.amount for e in entries if e.side == "give" and e.seq not in gone] == [5.0]

    sent = len(teams.connector.sent)
    undeleted = edited(line, "offered 5% off", at="2026-03-02T10:25:00.000Z")
    undeleted["channelData"]["eventType"] = "undeleteMessage"
    await teams.post(undeleted)
    assert len(teams.connector.sent) == sent
