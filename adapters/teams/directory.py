"""People's display names as Teams sends them, kept so alerts can name rep and approver.

Teams puts the sender's name on every activity and each mentioned person's
name in the mention entity, so no directory lookup (Graph) is needed.
"""

from __future__ import annotations

from typing import Any

from adapters.teams.translate import sender, tenant_key, tenant_of
from coaching.records import User
from coaching.store import UserStore


def names(activity: dict[str, Any]) -> dict[str, str]:
    """Sender and mentioned people: id -> display name."""
    found: dict[str, str] = {}
    user, name = sender(activity)
    if user and name:
        found[user] = name
    for entity in activity.get("entities") or []:
        mentioned = entity.get("mentioned") if isinstance(entity, dict) else None
        if isinstance(mentioned, dict) and mentioned.get("id") and mentioned.get("name"):
            found.setdefault(str(mentioned["id"]), str(mentioned["name"]))
    return found


async def remember_names(store: UserStore, activity: dict[str, Any], bot: str = "") -> None:
    """Create or rename users (their role and settings stay as they are)."""
    tenant = tenant_of(activity)
    if not tenant:
        return
    key = tenant_key(tenant)
    for user_id, name in names(activity).items():
        if user_id == bot:
            continue
        user = await store.get_user(key, user_id)
        if user is None:
            await store.upsert_user(User(tenant=key, user_id=user_id, display_name=name))
        elif user.display_name != name:
            user.display_name = name
            await store.upsert_user(user)
