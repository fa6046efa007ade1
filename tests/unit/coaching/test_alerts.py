"""The platform-free alert decisions in coaching/alerts.py (no reader, no Slack)."""

from __future__ import annotations

import asyncio

from bot.services import assemble_coach
from coaching.alerts import (
    AlertDesk,
    decision_command,
    may_decide,
    parse_decision,
    plan_alert,
)
from coaching.analysis import Analysis, Item
from coaching.messages import IncomingMessage, Platform, Source
from coaching.model import ConversationKey
from coaching.playbook import load_playbook
from coaching.records import Alert, User
from coaching.render import Renderer
from storage.memory import MemoryStore

PLAYBOOK = load_playbook()
ASK = Analysis(gives=(Item("discount", 20, "%"),), discount_request=True)


def channel_msg(
    text: str = "ask",
    *,
    user: str = "rep",
    mentions: tuple[str, ...] = (),
    source: Source = Source.CHANNEL,
) -> IncomingMessage:
    return IncomingMessage(
        Platform.CONSOLE,
        "T1",
        user,
        "C1:1.0",
        text,
        source,
        mentions=mentions,
        message_ref="C1/1.0",
    )


def test_plan_needs_a_discount_request_with_a_give_in_a_channel() -> None:
    kwargs = {"bot_user": "bot", "deal_desk": None}
    assert plan_alert(channel_msg(), Analysis(), PLAYBOOK, **kwargs) is None
    no_give = Analysis(discount_request=True)
    assert plan_alert(channel_msg(), no_give, PLAYBOOK, **kwargs) is None
    told = Analysis(gives=(Item("discount", 20, "%"),), discount_request=False)
    assert plan_alert(channel_msg(), told, PLAYBOOK, **kwargs) is None
    assert plan_alert(channel_msg(source=Source.DM), ASK, PLAYBOOK, **kwargs) is None
    assert plan_alert(channel_msg(user="bot"), ASK, PLAYBOOK, **kwargs) is None
    assert plan_alert(channel_msg(source=Source.THREAD), ASK, PLAYBOOK, **kwargs) is not None


def test_plan_proposes_the_messages_get_else_the_matrixs_first() -> None:
    plan = plan_alert(
        channel_msg(mentions=("bot", "rep", "boss")),
        ASK,
        PLAYBOOK,
        bot_user="bot",
        deal_desk="DESK",
    )
    assert plan is not None
    assert plan.approver == "boss" and not plan.approver_is_channel
    assert plan.get.kind == PLAYBOOK.suggested_gets("discount")[0] and not plan.get_from_message
    with_get = Analysis(gives=ASK.gives, gets=(Item("upfront_payment"),), discount_request=True)
    plan = plan_alert(channel_msg(), with_get, PLAYBOOK, bot_user="bot", deal_desk="DESK")
    assert plan is not None and plan.get.kind == "upfront_payment" and plan.get_from_message
    assert plan.approver == "DESK" and plan.approver_is_channel
    plan = plan_alert(channel_msg(), ASK, PLAYBOOK, bot_user="bot", deal_desk=None)
    assert plan is not None and plan.approver is None


def test_decision_commands_round_trip_and_reject_anything_else() -> None:
    request = parse_decision(decision_command("approve", "abc123"))
    assert request is not None and (request.decision, request.alert_id) == ("approve", "abc123")
    for other in (
        "alert",
        "alert approve",
        "alert grant abc",
        "get a 2-year term",
        "alert approve ../x",
        "alerts off",
    ):
        assert parse_decision(other) is None


def test_who_may_decide() -> None:
    alert = Alert("slack:T1", "C1", "1.0", "ref", rep="rep", approver="boss", analysis={})
    assert may_decide(alert, "boss", "rep")
    assert may_decide(alert, "anyone", "manager")
    assert not may_decide(alert, "rep", "rep")
    assert not may_decide(alert, "other", "rep")
    desk = Alert("slack:T1", "C1", "1.0", "ref", rep="rep", approver="DESK", analysis={})
    assert may_decide(desk, "member", "rep", where="DESK")
    assert not may_decide(desk, "member", "rep", where="C1")
    assert not may_decide(desk, "rep", "rep", where="DESK")


async def test_a_decision_is_one_atomic_ledger_entry_on_the_reps_deal() -> None:
    store = MemoryStore()
    renderer = Renderer()
    coach = assemble_coach(store, PLAYBOOK, renderer)
    dm = IncomingMessage(Platform.CONSOLE, "T1", "rep", "dm", "deal Acme")
    await coach.handle(dm)
    await coach.handle(IncomingMessage(Platform.CONSOLE, "T1", "rep", "dm", "limit 25%"))
    desk = AlertDesk(store, PLAYBOOK, renderer, analyze=lambda text: ASK)
    msg = channel_msg(mentions=("boss",))
    plan = desk.plan(msg, bot_user="bot", deal_desk=None)
    assert plan is not None
    raised = await desk.raise_alert(msg, plan, channel="C1", thread="1.0", rep_conversation="dm")
    assert raised is not None and raised.manager_reply is not None
    assert "beyond that" in raised.rep_reply.markdown  # 20% is above the rep's 10%
    assert (
        await desk.raise_alert(msg, plan, channel="C1", thread="1.0", rep_conversation="dm") is None
    )

    await store.upsert_user(User("console:T1", "boss", "Maria"))
    refused = await desk.decide(
        "console:T1", raised.alert.id, user="other", decision="approve", rep_conversation="dm"
    )
    assert not refused.ok and "Only Maria or a manager" in refused.reply.markdown
    decided = await desk.decide(
        "console:T1",
        raised.alert.id,
        user="boss",
        decision="approve",
        condition="  if they sign\n a 2-year term ",
        rep_conversation="dm",
    )
    assert decided.ok and decided.deal is not None and decided.deal.name == "Acme"
    assert (
        "Approved" in decided.reply.markdown
        and "if they sign a 2-year term" in decided.reply.markdown
    )
    state = await store.load_conversation(ConversationKey("console:T1", "rep", "dm"))
    entries = await store.ledger("console:T1", state.current_deal_id or "")
    (decision,) = [e for e in entries if e.side == "decision"]
    assert decision.author == "boss" and decision.source == "C1/1.0"
    assert decision.description.startswith("approved: discount 20% for term commitment")
    again = await desk.decide(
        "console:T1", raised.alert.id, user="boss", decision="decline", rep_conversation="dm"
    )
    assert not again.ok and "already approved" in again.reply.markdown


async def test_two_managers_deciding_at_once_record_one_decision() -> None:
    store = MemoryStore()
    renderer = Renderer()
    coach = assemble_coach(store, PLAYBOOK, renderer)
    await coach.handle(IncomingMessage(Platform.CONSOLE, "T1", "rep", "dm", "deal Acme"))
    desk = AlertDesk(store, PLAYBOOK, renderer, analyze=lambda text: ASK)
    msg = channel_msg(mentions=("boss",))
    plan = desk.plan(msg, bot_user="bot", deal_desk=None)
    assert plan is not None
    raised = await desk.raise_alert(msg, plan, channel="C1", thread="1.0", rep_conversation="dm")
    assert raised is not None
    await store.upsert_user(User("console:T1", "vp", "Sam", role="manager"))

    results = await asyncio.gather(
        desk.decide(
            "console:T1", raised.alert.id, user="boss", decision="approve", rep_conversation="dm"
        ),
        desk.decide(
            "console:T1", raised.alert.id, user="vp", decision="decline", rep_conversation="dm"
        ),
    )

    assert sorted(r.ok for r in results) == [False, True]
    state = await store.load_conversation(ConversationKey("console:T1", "rep", "dm"))
    entries = await store.ledger("console:T1", state.current_deal_id or "")
    assert len([e for e in entries if e.side == "decision"]) == 1
    stored = await store.get_alert("console:T1", raised.alert.id)
    winner = next(r for r in results if r.ok)
    assert stored is not None and stored.status == winner.alert.status


async def test_authority_is_the_playbooks_rule_on_the_deals_total() -> None:
    """A step ("another 5%") adds to the deal's standing offer before the one rule
    (``Playbook.needs_approval``) holds it against the rep's 10% ceiling."""
    from coaching.reader import analyze

    store = MemoryStore()
    renderer = Renderer()
    coach = assemble_coach(store, PLAYBOOK, renderer)
    for text in ("deal Acme", "we offered 8% off"):
        await coach.handle(IncomingMessage(Platform.CONSOLE, "T1", "rep", "dm", text))
    desk = AlertDesk(store, PLAYBOOK, renderer, analyze)
    text = "can I approve another 5% discount for Acme?"

    def raised_in(thread: str) -> IncomingMessage:
        return IncomingMessage(
            Platform.CONSOLE, "T1", "rep", f"C1:{thread}", text, Source.CHANNEL, ("boss",)
        )

    msg = raised_in("1.0")
    plan = desk.plan(msg, bot_user="bot", deal_desk=None)
    assert plan is not None and plan.give.amount == 5
    on_the_deal = await desk.raise_alert(
        msg, plan, channel="C1", thread="1.0", rep_conversation="dm"
    )
    assert on_the_deal is not None and "beyond that" in on_the_deal.rep_reply.markdown  # 13%
    alone = await desk.raise_alert(
        raised_in("2.0"), plan, channel="C1", thread="2.0", rep_conversation="elsewhere"
    )
    assert alone is not None and "within it" in alone.rep_reply.markdown  # 5%, no deal known
