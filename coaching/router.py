"""The router: one incoming message in, replies addressed to their targets out.

Every coaching decision about a message is made here, once, for every platform:
whether a channel message asks a colleague for a concession (a channel alert:
coach the rep privately, a neutral note in the thread, brief the approver), whether
``alerts on|off`` switches the channel it was said in (and whether this user may),
otherwise what the engine answers; and where an approver's decision goes
(:meth:`Router.decide`: in full to the rep privately, a neutral note in the thread).

Nothing that names the rep's authority, a limit or our room is ever addressed to a
THREAD: a channel can hold customers (Slack Connect, Teams shared channels). An
adapter translates the platform's payload into an :class:`IncomingMessage` and
:class:`Where`, calls :meth:`Router.route`, and delivers each :class:`Addressed`
reply to the conversation its target names on that platform; it never decides
what to coach.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from coaching.alerts import AlertDesk, ChannelFacts, DecisionRequest, Facts, not_shared
from coaching.audit_view import AUDIT_COMMAND, audit_view
from coaching.commands import parse_command
from coaching.delegation import DELEGATE_COMMAND
from coaching.engine import Coach
from coaching.messages import IncomingMessage, Reply, Source

log = logging.getLogger("concession_coach.alerts")
ANSWERED_PRIVATELY = "answered_privately"  # the template telling a channel where the answer went
# Names the coach may mention get looked up first (Slack asks users.info); a no-op elsewhere.
Meet = Callable[[Sequence[str]], Awaitable[None]]
# The link to the message an alert is raised on (Slack's permalink), asked only for an
# alert; "" when the platform gives none.
Linker = Callable[[], Awaitable[str]]


__all__ = ["Addressed", "ChannelFacts", "Facts", "Linker", "Router", "Target", "Where"]


class Target(StrEnum):
    """Who a reply is for; the adapter maps each to a conversation of its platform."""

    ANSWER = "answer"  # the sender, where they wrote (a slash command's answer: to them only)
    THREAD = "thread"  # everyone in the thread under the message: neutral notes only
    PRIVATE = "private"  # the rep only (``to``: their user id; ``thread``: where they asked)
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
        self._warned_desks: set[str] = set()  # deal desks found shared: warned once each

    async def route(
        self,
        msg: IncomingMessage,
        where: Where = Where(),
        *,
        bot_user: str | None = None,
        addressed: bool = True,
        meet: Meet | None = None,
        facts: Facts | None = None,
        link: Linker | None = None,
        desk_facts: Facts | None = None,
    ) -> list[Addressed]:
        """The replies to ``msg``; a channel message nobody addressed to the coach gets
        none unless it raises an alert (``addressed=False``). ``facts`` tells whether the
        channel is shared outside the organisation and who created it (none: not shared);
        ``link`` gives the message's link for the approver's card; ``desk_facts`` the same
        facts of the deal desk channel (none: the platform cannot say)."""
        lookup = facts or not_shared
        if where.channel and where.alerts and msg.source in (Source.CHANNEL, Source.THREAD):
            raised = await self._alert(msg, where, bot_user, meet, lookup, link, desk_facts)
            if raised:
                return raised
        if not addressed:
            return []
        command = parse_command(msg.text)
        if command.name in (DELEGATE_COMMAND, AUDIT_COMMAND):  # to the sender only
            if command.name == AUDIT_COMMAND:
                store, renderer = self.desk.store, self.desk.renderer
                reply = await audit_view(store, renderer, msg.tenant_key, msg.user)
            else:
                reply = await self.desk.delegations.command(msg, command.arg, bot_user=bot_user)
            if where.channel and msg.source in (Source.CHANNEL, Source.THREAD):
                return [Addressed(reply, Target.PRIVATE, msg.user, where.thread)]
            return [Addressed(reply, Target.ANSWER)]
        if command.name == "alerts" and where.channel:
            toggled = await self.desk.toggle(
                msg.tenant_key, where.channel, command.arg, user=msg.user, facts=lookup
            )
            if toggled is not None:
                return [Addressed(toggled, Target.ANSWER)]
        answer = await self.coach.handle(msg)
        if where.channel and msg.source in (Source.CHANNEL, Source.THREAD):
            # Asked aloud in a channel or group chat (a Teams mention): the coaching may name
            # the rep's deal, limits or authority, so it goes to them; the room hears that.
            note = Reply(
                kind=ANSWERED_PRIVATELY,
                sections=[self.desk.renderer.render(ANSWERED_PRIVATELY)],
            )
            return [
                Addressed(note, Target.THREAD),
                Addressed(answer, Target.PRIVATE, msg.user, where.thread),
            ]
        return [Addressed(answer, Target.ANSWER)]

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
        The decision in full goes to the rep (PRIVATE; the approver's copy shows it too),
        a neutral note to the alert's thread; a refusal to the presser only (ANSWER)."""
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
        replies = [Addressed(result.reply, Target.PRIVATE, alert.rep, alert.thread)]
        if result.note is not None:
            replies.insert(0, Addressed(result.note, Target.THREAD, alert.channel, alert.thread))
        return replies

    async def _alert(
        self,
        msg: IncomingMessage,
        where: Where,
        bot_user: str | None,
        meet: Meet | None,
        facts: Facts,
        link: Linker | None,
        desk_facts: Facts | None = None,
    ) -> list[Addressed]:
        plan = self.desk.plan(msg, bot_user=bot_user, deal_desk=self.deal_desk)
        if plan is None:
            return []
        if not await self.desk.alerts_allowed(msg.tenant_key, where.channel, facts):
            return []
        plan = await self.desk.delegated(msg.tenant_key, plan)  # a delegate stands in
        if meet is not None:
            people = [plan.approver, plan.on_behalf_of] if not plan.approver_is_channel else []
            await meet([msg.user, *(p for p in people if p)])
        raised = await self.desk.raise_alert(
            msg,
            plan,
            channel=where.channel,
            thread=where.thread,
            rep_conversation=self.private,
            link=await link() if link is not None else "",
            deal_desk=self.deal_desk,
        )
        if raised is None:
            return []
        # The note first: on Slack it makes the thread active, so an ephemeral shows in it.
        replies = [Addressed(raised.note, Target.THREAD)] if raised.note is not None else []
        replies.append(Addressed(raised.rep_reply, Target.PRIVATE, msg.user, where.thread))
        if raised.manager_reply is None or not plan.approver:
            return replies
        if not plan.approver_is_channel:
            replies.append(Addressed(raised.manager_reply, Target.APPROVER, plan.approver))
        elif desk_facts is not None and (await desk_facts()).shared:
            # The card names the rep's authority and the deal's numbers: not into a channel
            # people outside the company read; to the coach managers' own chats instead.
            managers = await self.desk.stand_ins(msg.tenant_key, msg.user)
            self._warn_shared_desk(plan.approver, bool(managers))
            replies += [Addressed(raised.manager_reply, Target.APPROVER, m) for m in managers]
        else:
            replies.append(Addressed(raised.manager_reply, Target.DEAL_DESK, plan.approver))
        return replies

    def _warn_shared_desk(self, channel: str, delivered: bool) -> None:
        if channel in self._warned_desks:
            return
        self._warned_desks.add(channel)
        where = "to the coach managers' own chats" if delivered else "nowhere: no coach manager"
        log.warning(
            "the deal desk channel %s is shared outside the company: approval cards go %s",
            channel,
            where,
        )
