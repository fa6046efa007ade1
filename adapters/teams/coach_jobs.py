"""One turn of the coach on Teams: read the activity, ask the engine, answer with a card.

Personal chat is the full coaching conversation; in channels and group chats
the coach answers when mentioned, and every channel message goes past the
alert desk (the app reads them with the ChannelMessage.Read.Group permission).
"""

from __future__ import annotations

import logging

from adapters.stores import PlatformStore
from adapters.teams import refs
from adapters.teams.alert_jobs import AlertJobs
from adapters.teams.cards import message, render_reply
from adapters.teams.directory import remember_names
from adapters.teams.outbox import Outbox, card_response, message_response
from adapters.teams.translate import (
    CHANNEL,
    DM_CONVERSATION,
    PERSONAL,
    Submitted,
    TeamsMessage,
    action_message,
    bot_added,
    bot_id,
    channel_facts,
    conversation_type,
    message_link,
    read_message,
    sender,
    submitted,
    tenant_of,
)
from coaching.alerts import parse_decision
from coaching.messages import IncomingMessage, Platform, Reply, Source
from coaching.router import ChannelFacts, Router, Target, Where

log = logging.getLogger("concession_coach.teams")
ACTION_DONE = "action_done"  # the template answering a card button pressed with Execute
STALE_CARD = "stale_card"  # the template saying a pressed card is out of date


class CoachJobs:
    def __init__(self, store: PlatformStore, router: Router) -> None:
        self._store = store
        self._router = router
        self._desk = router.desk
        self.alerts = AlertJobs(router)

    async def turn(self, out: Outbox) -> None:
        """Everything one inbound activity asks of the coach."""
        activity = out.activity
        await refs.remember(self._store, activity)
        kind = activity.get("type")
        pressed = submitted(activity)
        if pressed is not None:
            await self.pressed(out, pressed)
        elif kind == "invoke":
            await self.unknown_invoke(out)
        elif (
            kind == "message"
            and isinstance(activity.get("value"), dict)
            and not activity.get("text")
        ):
            await out.reply(message(self._stale_card()))  # an Action.Submit we cannot read
        elif kind in ("message", "messageUpdate"):  # an update: an edited line
            event = read_message(activity)
            if event is not None:
                await remember_names(self._store, activity, bot_id(activity))
                await self.message(out, event)
        elif kind == "conversationUpdate" and bot_added(activity):
            await self.welcome(out)
        elif kind == "installationUpdate":
            action = str(activity.get("action") or "")
            if action.startswith("remove"):
                await refs.forget(self._store, activity)
            where = conversation_type(activity)
            log.info("teams app %s in a %s conversation", action or "updated", where)

    async def message(self, out: Outbox, event: TeamsMessage) -> None:
        """What the router answers, delivered where each reply is addressed."""
        if event.personal:
            where = Where()
        else:  # a group chat's messages are read only when the coach is mentioned
            where = Where(event.channel, event.thread, alerts=event.kind == CHANNEL)
        bot = bot_id(out.activity)
        found = channel_facts(out.activity)

        async def facts() -> ChannelFacts:
            return found

        link = message_link(out.activity)

        async def linked() -> str:
            return link

        replies = await self._router.route(
            event.msg, where, bot_user=bot, addressed=event.addressed, facts=facts, link=linked
        )
        for addressed in replies:
            card = message(addressed.reply)
            if addressed.target in (Target.APPROVER, Target.PRIVATE):  # one person's chat
                chat = await out.open_personal(addressed.to, event.msg.tenant)
                await out.send_to(chat, card)
                if addressed.target is Target.APPROVER:  # reachable for the reminder
                    await refs.remember_opened(self._store, out.activity, addressed.to, chat)
            elif addressed.target is Target.DEAL_DESK:
                await out.send_to(addressed.to, card)
            else:  # the answer, or a neutral note in the thread: under the message
                await out.reply(card)

    async def pressed(self, out: Outbox, pressed: Submitted) -> None:
        """A card button: a decision for the alert desk, anything else for the engine."""
        decision = parse_decision(pressed.command)
        if decision is not None:
            await self.alerts.decide(out, decision, pressed.condition, execute=pressed.execute)
            return
        for addressed in await self._router.route(action_message(out.activity, pressed.command)):
            await out.reply(message(addressed.reply))
        if pressed.execute:
            done = self._desk.renderer.render(ACTION_DONE).strip()
            await out.invoke_response(message_response(done))

    def _stale_card(self) -> Reply:
        return Reply(kind=STALE_CARD, sections=[self._desk.renderer.render(STALE_CARD)])

    async def unknown_invoke(self, out: Outbox) -> None:
        """An invoke the coach does not handle (a stale card's Action.Execute, a task module,
        a message extension): answered with what to do instead of botbuilder's 501."""
        name = str(out.activity.get("name") or "")
        reply = self._stale_card()
        if name == "adaptiveCard/action":
            await out.invoke_response(card_response(render_reply(reply)))
        elif name.startswith("task/"):
            await out.invoke_response({"task": {"type": "message", "value": reply.markdown}})
        else:
            await out.invoke_response(message_response(reply.markdown))

    async def welcome(self, out: Outbox) -> None:
        """The bot was added (personal, team or chat): say what it does, once."""
        activity = out.activity
        user, name = sender(activity)
        hello = IncomingMessage(
            platform=Platform.TEAMS,
            tenant=tenant_of(activity),
            user=user,
            conversation=DM_CONVERSATION,
            text="help",
            source=Source.DM if conversation_type(activity) == PERSONAL else Source.CHANNEL,
            user_name=name,
        )
        conversation = str((activity.get("conversation") or {}).get("id") or "")
        for addressed in await self._router.route(hello):
            await out.send_to(conversation, message(addressed.reply))
