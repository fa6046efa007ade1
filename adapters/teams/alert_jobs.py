"""Channel alerts on Teams: take the approver's decision (raising them is the router's).

The router (``coaching/router.py``) decides and addresses the replies, as on Slack;
this module only moves them to the right Teams conversations.
"""

from __future__ import annotations

from adapters.teams.cards import message, render_reply
from adapters.teams.outbox import Outbox, card_response, message_response
from adapters.teams.translate import (
    CHANNEL,
    conversation_type,
    sender,
    tenant_key,
    tenant_of,
    thread_conversation,
)
from coaching.alerts import DecisionRequest
from coaching.render import unescape_markdown
from coaching.router import Router, Target


class AlertJobs:
    def __init__(self, router: Router) -> None:
        self._router = router

    async def decide(
        self, out: Outbox, request: DecisionRequest, condition: str, *, execute: bool
    ) -> None:
        """Record the decision, post it in the alert's thread, and retire the buttons."""
        activity = out.activity
        user, _ = sender(activity)
        where = ""
        if conversation_type(activity) == CHANNEL:  # a press in the deal desk channel
            where = str(((activity.get("channelData") or {}).get("channel") or {}).get("id") or "")
        replies = await self._router.decide(
            tenant_key(tenant_of(activity)), request, user=user, condition=condition, where=where
        )
        for addressed in replies:
            if addressed.target is Target.THREAD:  # the neutral note under the rep's ask
                thread = thread_conversation(addressed.to, addressed.thread)
                await out.send_to(thread, message(addressed.reply))
            elif addressed.target is Target.PRIVATE:  # the decision in full: the rep's chat
                chat = await out.open_personal(addressed.to, tenant_of(activity))
                await out.send_to(chat, message(addressed.reply))
                if execute:  # the approver's card loses its buttons and shows the outcome
                    await out.invoke_response(card_response(render_reply(addressed.reply)))
                elif activity.get("replyToId"):
                    await out.update(str(activity["replyToId"]), message(addressed.reply))
            elif execute:  # refused: told to the presser only
                text = unescape_markdown(addressed.reply.markdown).replace("**", "")
                await out.invoke_response(message_response(text))
            else:
                await out.reply(message(addressed.reply))
