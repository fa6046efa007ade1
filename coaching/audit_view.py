"""``audit``: the approvals audit log as a short list, for the person asking.

A coach manager sees the workspace's latest rows; anyone else the rows that name them
(their requests, their decisions, their delegations). Read-only; the rows themselves
are written with each decision and delegation change (coaching/alerts.py,
coaching/delegation.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from coaching.messages import Reply
from coaching.prep_reply import when_text
from coaching.records import AuditEntry, User, is_manager
from coaching.render import Renderer
from coaching.store import ApprovalStore

AUDIT_COMMAND = "audit"
TEMPLATE = "audit"
SHOWN = 15
Name = Callable[[str | None], Awaitable[str]]


class AuditStore(ApprovalStore, Protocol):
    async def get_user(self, tenant: str, user_id: str) -> User | None: ...


@dataclass(frozen=True, slots=True)
class AuditLine:
    at: str
    action: str
    actor: str
    rep: str
    behalf: str
    delegate: str
    condition: str
    until: str


async def audit_view(store: AuditStore, renderer: Renderer, tenant: str, user: str) -> Reply:
    """The latest rows the user may see, newest first, worded by ``audit.md.j2``."""
    account = await store.get_user(tenant, user)
    manager = is_manager(account)
    rows = await store.list_audit(tenant, None if manager else user, limit=SHOWN)
    names: dict[str, str] = {}

    async def name(user_id: str | None) -> str:
        if not user_id:
            return ""
        if user_id not in names:
            found = await store.get_user(tenant, user_id)
            names[user_id] = found.display_name if found and found.display_name else user_id
        return names[user_id]

    lines = [await _line(row, name) for row in rows]
    text = renderer.render(TEMPLATE, lines=lines, manager=manager, shown=SHOWN)
    return Reply(kind=TEMPLATE, sections=[text])


async def _line(row: AuditEntry, name: Name) -> AuditLine:
    return AuditLine(
        at=when_text(row.at),
        action=row.action,
        actor=await name(row.actor) or "someone forgotten",
        rep=await name(row.rep),
        behalf=await name(row.on_behalf_of),
        delegate=await name(row.delegate),
        condition=row.condition or "",
        until=when_text(row.until) if row.until else "",
    )
