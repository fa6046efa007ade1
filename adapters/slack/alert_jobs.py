"""Channel alerts on Slack: take the approver's decision (raising them is the router's)."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.blocks import render_reply
from adapters.slack.client import respond
from adapters.slack.modals import DecisionForm, decision_modal, submitted_condition
from adapters.slack.mrkdwn import escape_mrkdwn
from adapters.slack.outbox import post, tell
from adapters.slack.translate import channel_of, team_of, tenant_key
from adapters.slack.users import Directory
from coaching.alerts import DecisionRequest, TradeWords
from coaching.router import Router, Target

log = logging.getLogger("concession_coach.slack")


class AlertJobs:
    def __init__(self, router: Router, directory: Directory, secret: str) -> None:
        self._secret = secret  # signs the decision form's metadata
        self._router = router
        self._desk = router.desk
        self._directory = directory

    async def pressed(
        self, client: AsyncWebClient, body: dict[str, Any], request: DecisionRequest
    ) -> None:
        """Decline decides at once; Approve and Counter open the form (within the trigger's 3 s)."""
        user = str((body.get("user") or {}).get("id") or "")
        tenant = tenant_key(team_of(body))
        where = channel_of(body)
        checked = await self._desk.check(tenant, request.alert_id, user=user, where=where)
        if not checked.ok or checked.alert is None:
            await tell(client, body, checked.reply)
            return
        url = str(body.get("response_url") or "")
        if request.decision == "decline":
            await self._decide(client, body, request.alert_id, "decline", "", where, url)
            return
        words = TradeWords.of(checked.alert, self._desk.playbook)
        form = DecisionForm(request.alert_id, request.decision, where, url)
        summary = (
            f"*{escape_mrkdwn(words.give_label)}* in return for *{escape_mrkdwn(words.get_label)}*"
        )
        suggestion = f"if they {words.get_words}"
        await client.views_open(
            trigger_id=str(body.get("trigger_id") or ""),
            view=decision_modal(form, secret=self._secret, summary=summary, suggestion=suggestion),
        )

    async def submitted(self, client: AsyncWebClient, body: dict[str, Any]) -> None:
        view = body.get("view") or {}
        form = DecisionForm.from_metadata(str(view.get("private_metadata") or ""), self._secret)
        if form is None:
            log.warning("refused a decision form whose metadata the coach did not sign")
            return
        condition = submitted_condition(view)
        await self._decide(
            client, body, form.alert_id, form.decision, condition, form.channel, form.response_url
        )

    async def _decide(
        self,
        client: AsyncWebClient,
        body: dict[str, Any],
        alert_id: str,
        decision: str,
        condition: str,
        where: str,
        response_url: str,
    ) -> None:
        user = str((body.get("user") or {}).get("id") or "")
        team = team_of(body)
        await self._directory.ensure(client, team, user)
        request = DecisionRequest(decision, alert_id)
        replies = await self._router.decide(
            tenant_key(team), request, user=user, condition=condition, where=where
        )
        for addressed in replies:
            if addressed.target is Target.THREAD:  # the neutral note under the rep's ask
                await post(client, addressed.to, addressed.reply, thread_ts=addressed.thread)
            elif addressed.target is Target.PRIVATE:  # the decision in full: the rep's DM
                await post(client, addressed.to, addressed.reply)
                if response_url:  # the approver's copy loses its buttons and shows the outcome
                    message = render_reply(addressed.reply).payload(replace_original=True)
                    await respond(response_url, message)
            else:  # refused: told to the presser only
                await tell(client, {**body, "response_url": response_url}, addressed.reply)
