"""The router decides once, for every platform: alerts, the toggle, the engine's answer."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from bot.services import assemble_coach
from coaching.alerts import AlertDesk
from coaching.messages import IncomingMessage, Platform, Source
from coaching.playbook import load_playbook
from coaching.reader import analyze
from coaching.records import User
from coaching.render import Renderer
from coaching.router import ChannelFacts, Router, Target, Where
from storage.memory import MemoryStore

ASK = "<@boss> can we approve 20% off for Acme? They want to sign."


def said(text: str, source: Source = Source.CHANNEL, thread: str = "1.0") -> IncomingMessage:
    conversation = "dm" if source is Source.DM else f"C1:{thread}"
    return IncomingMessage(
        Platform.CONSOLE,
        "T1",
        "rep",
        conversation,
        text,
        source,
        mentions=("boss",),
        message_ref=f"C1/{thread}",
    )


def router(store: MemoryStore, deal_desk: str | None = None) -> Router:
    playbook, renderer = load_playbook(), Renderer()
    coach = assemble_coach(store, playbook, renderer)
    desk = AlertDesk(store, playbook, renderer, analyze)
    return Router(coach, desk, private="dm", deal_desk=deal_desk)


async def test_a_channel_ask_coaches_the_rep_privately_and_briefs_the_approver() -> None:
    replies = await router(MemoryStore()).route(said(ASK), Where("C1", "1.0"), addressed=False)
    assert [(a.target, a.to) for a in replies] == [
        (Target.THREAD, ""),
        (Target.PRIVATE, "rep"),
        (Target.APPROVER, "boss"),
    ]
    note, coaching, brief = (a.reply for a in replies)
    assert (note.kind, coaching.kind, brief.kind) == (
        "alert_thread_note",
        "alert_rep",
        "alert_manager",
    )
    assert replies[1].thread == "1.0"
    assert "up to 10%" in coaching.markdown
    for word in ("%", "authority", "limit", "up to"):
        assert word not in note.markdown.casefold()


async def test_a_shared_channel_raises_no_alert_unless_a_manager_opted_in() -> None:
    store = MemoryStore()
    route = router(store).route

    async def shared() -> ChannelFacts:
        return ChannelFacts(shared=True, creator="rep")

    assert await route(said(ASK), Where("C1", "1.0"), addressed=False, facts=shared) == []
    (refused,) = await route(
        said("alerts on external", Source.SLASH_COMMAND), Where("C1"), facts=shared
    )
    assert refused.reply.kind == "alert_toggle_refused"  # the creator may not opt in
    await store.upsert_user(User("console:T1", "boss", "Boss", role="manager"))
    boss = IncomingMessage(
        Platform.CONSOLE, "T1", "boss", "dm", "alerts on external", Source.SLASH_COMMAND
    )
    (allowed,) = await route(boss, Where("C1"), facts=shared)
    assert allowed.reply.kind == "alert_toggle"
    raised = await route(said(ASK, thread="2.0"), Where("C1", "2.0"), addressed=False, facts=shared)
    assert [a.target for a in raised] == [Target.THREAD, Target.PRIVATE, Target.APPROVER]


async def test_only_a_manager_or_the_creator_switches_a_channel() -> None:
    store = MemoryStore()
    route = router(store).route

    async def created_by_someone_else() -> ChannelFacts:
        return ChannelFacts(creator="chris")

    where = Where("C1")
    (refused,) = await route(
        said("alerts off", Source.SLASH_COMMAND), where, facts=created_by_someone_else
    )
    assert refused.reply.kind == "alert_toggle_refused"
    assert "who created this channel" in refused.reply.markdown
    assert await store.channel_alerts_enabled("console:T1", "C1")


async def test_without_a_colleague_the_deal_desk_decides() -> None:
    msg = IncomingMessage(
        Platform.CONSOLE, "T1", "rep", "C1:1.0", "can we approve 20% off?", Source.CHANNEL
    )
    replies = await router(MemoryStore(), "DESK").route(msg, Where("C1", "1.0"), addressed=False)
    assert [(a.target, a.to) for a in replies][2:] == [(Target.DEAL_DESK, "DESK")]


async def test_alerts_off_switches_the_channel_it_is_said_in() -> None:
    store = MemoryStore()
    await store.upsert_user(User("console:T1", "rep", "Rep", role="manager"))
    route = router(store).route
    (off,) = await route(said("alerts off", Source.SLASH_COMMAND), Where("C1"))
    assert off.target is Target.ANSWER and off.reply.kind == "alert_toggle"
    assert not await store.channel_alerts_enabled("console:T1", "C1")
    assert await route(said(ASK, thread="2.0"), Where("C1", "2.0"), addressed=False) == []


async def test_in_a_dm_the_engine_answers_and_the_toggle_says_where_it_works() -> None:
    route = router(MemoryStore()).route
    (answer,) = await route(said("alerts off", Source.DM))
    assert answer.target is Target.ANSWER and answer.reply.kind == "alerts_where"
    (answer,) = await route(said("deal Acme", Source.DM))
    assert answer.reply.kind == "deal_switched"


async def test_a_channel_message_for_nobody_gets_no_reply() -> None:
    msg = said("lunch is in the kitchen")
    assert await router(MemoryStore()).route(msg, Where("C1", "1.0"), addressed=False) == []
    teams_group_chat = Where("chat", alerts=False)
    assert await router(MemoryStore()).route(said(ASK), teams_group_chat, addressed=False) == []


async def test_a_decision_goes_to_the_alerts_thread_and_a_refusal_to_the_presser() -> None:
    from coaching.alerts import DecisionRequest

    store = MemoryStore()
    routed = router(store)
    await routed.route(said("deal Acme", Source.DM))
    raised = await routed.route(said(ASK, thread="7.0"), Where("C1", "7.0"), addressed=False)
    alert_id = raised[-1].reply.actions[0].command.split()[-1]
    (refused,) = await routed.decide(
        "console:T1", DecisionRequest("approve", alert_id), user="stranger"
    )
    assert refused.target is Target.ANSWER and refused.reply.kind == "alert_refused"
    note, decided = await routed.decide(
        "console:T1", DecisionRequest("decline", alert_id), user="boss"
    )
    assert (note.target, note.to, note.thread) == (Target.THREAD, "C1", "7.0")
    assert note.reply.kind == "alert_thread_note" and "%" not in note.reply.markdown
    assert (decided.target, decided.to) == (Target.PRIVATE, "rep")
    assert decided.reply.kind == "alert_decision"


async def test_an_answer_asked_aloud_in_a_channel_goes_to_the_rep_privately() -> None:
    msg = said("Acme wants 25% off", Source.CHANNEL)
    note, answer = await router(MemoryStore()).route(msg, Where("C1", "1.0"))
    assert (note.target, note.reply.kind) == (Target.THREAD, "answered_privately")
    assert (answer.target, answer.to, answer.thread) == (Target.PRIVATE, "rep", "1.0")
    slash = said("Acme wants 25% off", Source.SLASH_COMMAND)  # Slack: ephemeral already
    (only,) = await router(MemoryStore()).route(slash, Where("C1"))
    assert only.target is Target.ANSWER


async def test_a_deal_desk_shared_outside_gets_no_card_even_with_no_manager_to_take_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = MemoryStore()
    desk = router(store, deal_desk="C0DESK")
    unaddressed = replace(said("Can we approve 20% off for Acme?"), mentions=())

    async def shared() -> ChannelFacts:
        return ChannelFacts(shared=True)

    with caplog.at_level(logging.WARNING, logger="concession_coach.alerts"):
        replies = await desk.route(unaddressed, Where("C1", "1.0"), desk_facts=shared)
    assert [(a.target, a.to) for a in replies] == [(Target.THREAD, ""), (Target.PRIVATE, "rep")]
    (warning,) = caplog.records
    assert "C0DESK" in warning.getMessage() and "no coach manager" in warning.getMessage()

    await store.upsert_user(User("console:T1", "boss", "Boss", role="manager"))
    await store.upsert_user(User("console:T1", "rep", "Rep", role="manager"))  # never the rep
    later = replace(unaddressed, message_ref="C1/2.0", conversation="C1:2.0")
    replies = await desk.route(later, Where("C1", "2.0"), desk_facts=shared)
    assert [(a.target, a.to) for a in replies][2:] == [(Target.APPROVER, "boss")]
    assert len(caplog.records) == 1  # warned once per desk
