"""Channel alerts on Teams: take the approver's decision (raising them is the router's).

The same :class:`coaching.alerts.AlertDesk` as Slack decides everything; this
module only moves its replies to the right Teams conversations.
"""

from __future__ import annotations

from adapters.teams.cards import message, render_reply
from adapters.teams.outbox import Outbox, card_response, message_response
from adapters.teams.translate import (
    CHANNEL,
    DM_CONVERSATION,
    conversation_type,
    sender,
    tenant_key,
    tenant_of,
    thread_conversation,
)
from coaching.alerts import AlertDesk, DecisionRequest
from coaching.render import unescape_markdown


class AlertJobs:
    def __init__(self, desk: AlertDesk) -> None:
        self._desk = desk

    async def decide(
        self, out: Outbox, request: DecisionRequest, condition: str, *, execute: bool
    ) -> None:
        """Record the decision, post it in the alert's thread, and retire the buttons."""
        activity = out.activity
        user, _ = sender(activity)
        where = ""
        if conversation_type(activity) == CHANNEL:  # a press in the deal desk channel
            where = str(((activity.get("channelData") or {}).get("channel") or {}).get("id") or "")
        result = await self._desk.decide(
            tenant_key(tenant_of(activity)),
            request.alert_id,
            user=user,
            decision=request.decision,
            condition=condition,
            where=where,
            rep_conversation=DM_CONVERSATION,
        )
        if not result.ok or result.alert is None:  # told to the presser only
            if execute:
                text = unescape_markdown(result.reply.markdown).replace("**", "")
                await out.invoke_response(message_response(text))
            else:
                await out.reply(message(result.reply))
            return
        alert = result.alert
        await out.send_to(thread_conversation(alert.channel, alert.thread), message(result.reply))
        if execute:
            await out.invoke_response(card_response(render_reply(result.reply)))
        elif activity.get("replyToId"):
            await out.update(str(activity["replyToId"]), message(result.reply))
