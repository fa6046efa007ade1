"""Conversation references: where to reach a user outside a turn (reminders, manager cards).

A reference is plain JSON in the Bot Framework's ConversationReference shape,
built from the activity itself. The personal chat's reference is the one the
notifier wants, so it always wins; a channel or group chat only seeds a
reference for a user the coach has no personal chat with yet (its serviceUrl,
bot and tenant are enough to open one).
"""

from __future__ import annotations

from typing import Any

from adapters.stores import ReferenceStore
from adapters.teams.translate import PERSONAL, conversation_type, sender, tenant_key, tenant_of


def reference(activity: dict[str, Any]) -> dict[str, Any]:
    """The activity's ConversationReference as JSON."""
    ref = {
        "activityId": activity.get("id"),
        "user": activity.get("from"),
        "bot": activity.get("recipient"),
        "conversation": activity.get("conversation"),
        "channelId": activity.get("channelId") or "msteams",
        "locale": activity.get("locale"),
        "serviceUrl": activity.get("serviceUrl"),
    }
    return {k: v for k, v in ref.items() if v is not None}


def is_personal(ref: dict[str, Any] | None) -> bool:
    conversation = (ref or {}).get("conversation") or {}
    return bool(conversation.get("id")) and conversation.get("conversationType") == PERSONAL


def usable(ref: dict[str, Any] | None) -> bool:
    """A reference the notifier can deliver through (a removed one is stored empty)."""
    return bool(ref and ref.get("serviceUrl") and (ref.get("bot") or {}).get("id"))


async def remember(store: ReferenceStore, activity: dict[str, Any]) -> None:
    """Save the sender's reference from any inbound activity that has one."""
    user, _ = sender(activity)
    tenant = tenant_of(activity)
    if not user or not tenant or not activity.get("serviceUrl"):
        return
    key = tenant_key(tenant)
    ref = reference(activity)
    if conversation_type(activity) == PERSONAL:
        await store.save_conversation_ref(key, user, ref)
        return
    if not usable(await store.get_conversation_ref(key, user)):
        await store.save_conversation_ref(key, user, ref)


async def remember_opened(
    store: ReferenceStore, activity: dict[str, Any], user: str, chat: str
) -> None:
    """Keep the personal chat the coach just opened with ``user`` (an approver the coach
    briefed) as their reference, unless they have a personal one already: a reminder
    about the request can then reach them although they never wrote to the coach."""
    tenant = tenant_of(activity)
    if not (user and chat and tenant and activity.get("serviceUrl")):
        return
    key = tenant_key(tenant)
    if is_personal(await store.get_conversation_ref(key, user)):
        return
    conversation = {"id": chat, "conversationType": PERSONAL, "tenantId": tenant}
    ref = {**reference(activity), "conversation": conversation, "user": {"id": user}}
    ref.pop("activityId", None)
    await store.save_conversation_ref(key, user, ref)


async def forget(store: ReferenceStore, activity: dict[str, Any]) -> None:
    """The app was removed from the user's personal scope: nothing proactive any more."""
    user, _ = sender(activity)
    tenant = tenant_of(activity)
    if user and tenant and conversation_type(activity) == PERSONAL:
        await store.save_conversation_ref(tenant_key(tenant), user, {})
