"""The router decides once, for every platform: alerts, the toggle, the engine's answer."""

from __future__ import annotations

from bot.services import assemble_coach
from coaching.alerts import AlertDesk
from coaching.messages import IncomingMessage, Platform, Source
from coaching.playbook import load_playbook
from coaching.reader import analyze
from coaching.render import Renderer
from coaching.router import Router, Target, Where
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


async def test_a_channel_ask_coaches_the_thread_and_briefs_the_approver() -> None:
    replies = await router(MemoryStore()).route(said(ASK), Where("C1", "1.0"), addressed=False)
    assert [(a.target, a.to) for a in replies] == [(Target.THREAD, ""), (Target.APPROVER, "boss")]
    assert replies[0].reply.kind == "alert_rep" and replies[1].reply.kind == "alert_manager"


async def test_without_a_colleague_the_deal_desk_decides() -> None:
    msg = IncomingMessage(
        Platform.CONSOLE, "T1", "rep", "C1:1.0", "can we approve 20% off?", Source.CHANNEL
    )
    replies = await router(MemoryStore(), "DESK").route(msg, Where("C1", "1.0"), addressed=False)
    assert [(a.target, a.to) for a in replies][1:] == [(Target.DEAL_DESK, "DESK")]


async def test_alerts_off_switches_the_channel_it_is_said_in() -> None:
    store = MemoryStore()
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
    alert_id = raised[1].reply.actions[0].command.split()[-1]
    (refused,) = await routed.decide(
        "console:T1", DecisionRequest("approve", alert_id), user="stranger"
    )
    assert refused.target is Target.ANSWER and refused.reply.kind == "alert_refused"
    (decided,) = await routed.decide(
        "console:T1", DecisionRequest("decline", alert_id), user="boss"
    )
    assert (decided.target, decided.to, decided.thread) == (Target.THREAD, "C1", "7.0")
    assert decided.reply.kind == "alert_decision"
