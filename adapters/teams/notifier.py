"""Reminders and other proactive messages into the user's personal chat with the coach.

The scheduler calls this outside any turn, so it continues the stored
conversation reference; a user the coach knows only from a channel gets a
1:1 chat opened first (its reference is then kept for next time). Failures
become DeliveryError, which the scheduler retries with backoff.
"""

from __future__ import annotations

from typing import Any

from botbuilder.core import TurnContext
from botbuilder.schema import ChannelAccount, ConversationParameters, ConversationReference
from msrest.exceptions import ClientRequestError, HttpOperationError

from adapters.stores import ReferenceStore
from adapters.teams.adapter import CoachAdapter, TurnOutbox, to_activity
from adapters.teams.cards import message
from adapters.teams.refs import is_personal, usable
from adapters.teams.runtime import NETWORK_ERRORS
from adapters.teams.translate import PERSONAL
from coaching.messages import Reply
from coaching.notify import DeliveryError


class TeamsNotifier:
    def __init__(self, adapter: CoachAdapter, store: ReferenceStore) -> None:
        self._adapter = adapter
        self._store = store

    async def send(self, tenant: str, user_id: str, reply: Reply) -> None:
        """``tenant`` is the store's key ("teams:<tenant id>"); ``user_id`` the 29: id."""
        ref = await self._store.get_conversation_ref(tenant, user_id)
        if not usable(ref):
            raise DeliveryError(f"teams: no conversation with {user_id} (the app is not installed)")
        payload = message(reply)
        try:
            if is_personal(ref):
                await self._continue(ref, payload)
            else:
                await self._open_and_send(tenant, user_id, ref, payload)
        except HttpOperationError as exc:
            status = getattr(exc.response, "status_code", "error")
            raise DeliveryError(f"teams: connector answered {status}") from exc
        except (ClientRequestError, *NETWORK_ERRORS) as exc:
            raise DeliveryError(f"teams unreachable: {exc}") from exc

    async def send_to_channel(
        self, tenant: str, channel: str, reply: Reply, *, via: str = ""
    ) -> None:
        """A new post in ``channel`` (the deal desk), through the service ``via``'s stored
        reference names (the rep's: every user of a tenant is served by the same one)."""
        ref = await self._store.get_conversation_ref(tenant, via) if via else None
        if ref is None or not usable(ref):
            raise DeliveryError(f"teams: no reference to reach channel {channel} through")
        payload = message(reply)

        async def post(context: TurnContext) -> None:  # a new post, not a reply in a thread
            await TurnOutbox(context, self._adapter.backoff, {}).send_to(channel, payload)

        try:
            reference = ConversationReference().deserialize(ref)
            await self._adapter.continue_conversation(reference, post, self._app_id)
        except HttpOperationError as exc:
            status = getattr(exc.response, "status_code", "error")
            raise DeliveryError(f"teams: connector answered {status}") from exc
        except (ClientRequestError, *NETWORK_ERRORS) as exc:
            raise DeliveryError(f"teams unreachable: {exc}") from exc

    async def shared_outside(self, tenant: str, channel: str) -> bool:
        """Unknown on Teams without Microsoft Graph: nothing the bot receives says whether
        the configured deal desk channel has members from outside (docs/teams.md). A shared
        channel cannot be the deal desk's standard channel turned shared later, so False."""
        return False

    async def _continue(self, ref: dict[str, Any], payload: dict[str, Any]) -> None:
        async def send(context: TurnContext) -> None:
            await context.send_activity(to_activity(payload))

        reference = ConversationReference().deserialize(ref)
        await self._adapter.continue_conversation(reference, send, self._app_id)

    async def _open_and_send(
        self, tenant: str, user_id: str, ref: dict[str, Any], payload: dict[str, Any]
    ) -> None:
        tenant_id = tenant.partition(":")[2]
        params = ConversationParameters(
            is_group=False,
            bot=ChannelAccount(id=ref["bot"]["id"]),
            members=[ChannelAccount(id=user_id)],
            tenant_id=tenant_id,
            channel_data={"tenant": {"id": tenant_id}},
        )
        opened: list[str] = []

        async def send(context: TurnContext) -> None:
            opened.append(str(context.activity.conversation.id))
            await context.send_activity(to_activity(payload))

        await self._adapter.create_conversation(
            self._app_id, send, params, ref.get("channelId") or "msteams", ref["serviceUrl"]
        )
        if opened:
            personal = {
                **ref,
                "conversation": {
                    "id": opened[0],
                    "conversationType": PERSONAL,
                    "tenantId": tenant_id,
                },
                "user": {"id": user_id},
            }
            personal.pop("activityId", None)
            await self._store.save_conversation_ref(tenant, user_id, personal)

    @property
    def _app_id(self) -> str | None:
        return self._adapter.config.app_id or None
