"""The router: one incoming message in, replies addressed to their targets out.

Every coaching decision about a message is made here, once, for every platform:
whether a channel message asks a colleague for a concession (a channel alert:
coach the rep in the thread, brief the approver), whether ``alerts on|off``
switches the channel it was said in, otherwise what the engine answers; and where
an approver's decision goes (:meth:`Router.decide`). An
adapter translates the platform's payload into an :class:`IncomingMessage` and
:class:`Where`, calls :meth:`Router.route`, and delivers each :class:`Addressed`
reply to the conversation its target names on that platform; it never decides
what to coach.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from coaching.alerts import AlertDesk, DecisionRequest
from coaching.commands import parse_command
from coaching.engine import Coach
from coaching.messages import IncomingMessage, Reply, Source

# Names the coach may mention get looked up first (Slack asks users.info); a no-op elsewhere.
Meet = Callable[[Sequence[str]], Awaitable[None]]


class Target(StrEnum):
    """Who a reply is for; the adapter maps each to a conversation of its platform."""

    ANSWER = "answer"  # the sender, where they wrote (a slash command's answer: to them only)
    THREAD = "thread"  # everyone in the thread under the message (a channel alert's coaching)
    APPROVER = "approver"  # the colleague asked to decide, privately (``to``: their user id)
    DEAL_DESK = "deal_desk"  # the approver channel (``to``: its channel id)


@dataclass(frozen=True, slots=True)
class Addressed:
    reply: Reply
    target: Target
    to: str = ""  # the user or channel id of an APPROVER or DEAL_DESK target; a THREAD's channel
    thread: str = ""  # a THREAD elsewhere than the message: its root (an alert's thread)


@dataclass(frozen=True, slots=True)
class Where:
    """Where the message was said, in the platform's ids: no channel in a DM."""

    channel: str = ""
    thread: str = ""  # the thread's root message
    alerts: bool = True  # its messages are read for alerts (not in a Teams group chat)


class Router:
    """Built once beside the engine; ``private`` is the platform's name for the rep's own
    coaching conversation (the one a channel alert's decision lands in)."""

    def __init__(
        self, coach: Coach, desk: AlertDesk, *, private: str, deal_desk: str | None = None
    ) -> None:
        self.coach = coach
        self.desk = desk
        self.private = private
        self.deal_desk = deal_desk or None

    async def route(
        self,
        msg: IncomingMessage,
        where: Where = Where(),
        *,
        bot_user: str | None = None,
        addressed: bool = True,
        meet: Meet | None = None,
    ) -> list[Addressed]:
        """The replies to ``msg``; a channel message nobody addressed to the coach gets
        none unless it raises an alert (``addressed=False``)."""
        if where.channel and where.alerts and msg.source in (Source.CHANNEL, Source.THREAD):
            raised = await self._alert(msg, where, bot_user, meet)
            if raised:
                return raised
        if not addressed:
            return []
        command = parse_command(msg.text)
        if command.name == "alerts" and where.channel:
            toggled = await self.desk.toggle(msg.tenant_key, where.channel, command.arg)
            if toggled is not None:
                return [Addressed(toggled, Target.ANSWER)]
        return [Addressed(await self.coach.handle(msg), Target.ANSWER)]

    async def decide(
        self,
        tenant: str,
        request: DecisionRequest,
        *,
        user: str,
        condition: str = "",
        where: str = "",
    ) -> list[Addressed]:
        """A pressed Approve / Counter / Decline (``where``: the channel it was pressed in).
        The decision goes to the alert's thread; a refusal to the presser only (ANSWER)."""
        result = await self.desk.decide(
            tenant,
            request.alert_id,
            user=user,
            decision=request.decision,
            condition=condition,
            where=where,
            rep_conversation=self.private,
        )
        if not result.ok or result.alert is None:
            return [Addressed(result.reply, Target.ANSWER)]
        alert = result.alert
        return [Addressed(result.reply, Target.THREAD, alert.channel, alert.thread)]

    async def _alert(
        self, msg: IncomingMessage, where: Where, bot_user: str | None, meet: Meet | None
    ) -> list[Addressed]:
        plan = self.desk.plan(msg, bot_user=bot_user, deal_desk=self.deal_desk)
        if plan is None:
            return []
        if meet is not None:
            colleague = [plan.approver] if plan.approver and not plan.approver_is_channel else []
            await meet([msg.user, *colleague])
        raised = await self.desk.raise_alert(
            msg, plan, channel=where.channel, thread=where.thread, rep_conversation=self.private
        )
        if raised is None:
            return []
        replies = [Addressed(raised.rep_reply, Target.THREAD)]
        if raised.manager_reply is not None and plan.approver:
            target = Target.DEAL_DESK if plan.approver_is_channel else Target.APPROVER
            replies.append(Addressed(raised.manager_reply, target, plan.approver))
        return replies
