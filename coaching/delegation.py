"""``delegate @someone until <date>`` and ``delegate off``: a manager's approvals, handed on.

While a delegation is active, new approval requests naming the manager go to the
delegate (:meth:`Delegations.approver_for`), and the delegate may decide the ones
still waiting for the manager (:meth:`Delegations.acting_for`); after the date they
come back by themselves, nothing to undo. Each change lands in the audit log in the
same write. Platform-free: a Slack ``<@U1>`` or a Teams mention arrives in
``IncomingMessage.mentions``; a typed ``@name`` (a Slack slash command is not escaped)
is matched against the people the coach knows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from coaching.messages import IncomingMessage, Reply
from coaching.prep_reply import when_text
from coaching.records import Alert, AuditEntry, Delegation, User
from coaching.render import Renderer
from coaching.stamps import new_id
from coaching.store import ApprovalStore
from coaching.timeparse import parse_when, zone

DELEGATE_COMMAND = "delegate"
TEMPLATE = "delegation"
END_OF_DAY = "23:59"  # "until friday" means through Friday, in the manager's zone
MAX_NAME = 80


class DelegationStore(ApprovalStore, Protocol):
    async def get_user(self, tenant: str, user_id: str) -> User | None: ...
    async def list_users(self, tenant: str) -> list[User]: ...


@dataclass(frozen=True, slots=True)
class DelegateRequest:
    """``delegate @x until <when>`` as read: who (a token as typed) and the time words."""

    off: bool = False
    who: str = ""  # "@U123", "@maria" or "" when nobody was named
    when: str = ""  # the words after "until"


def parse_delegate(arg: str) -> DelegateRequest:
    words = arg.split()
    if [w.casefold() for w in words] in (["off"], ["stop"], ["end"]):
        return DelegateRequest(off=True)
    lowered = [w.casefold() for w in words]
    cut = lowered.index("until") if "until" in lowered else len(words)
    who = " ".join(words[:cut])
    return DelegateRequest(who=who, when=" ".join(words[cut + 1 :]))


class Delegations:
    """Sets, ends and looks up delegations; built by the alert desk."""

    def __init__(
        self, store: DelegationStore, renderer: Renderer, clock: Callable[[], datetime]
    ) -> None:
        self.store = store
        self.renderer = renderer
        self.clock = clock

    async def command(
        self, msg: IncomingMessage, arg: str, *, bot_user: str | None = None
    ) -> Reply:
        """The answer to ``delegate ...`` from ``msg.user`` (to them only); a mention of
        the coach itself (``bot_user``) names nobody."""
        tenant, manager = msg.tenant_key, msg.user
        request = parse_delegate(arg)
        now = self.clock()
        if request.off:
            audit = self._audit(tenant, manager, "delegation_ended", now)
            ended = await self.store.end_delegation(tenant, manager, audit)
            return self._reply(outcome="ended" if ended else "none")
        delegate = await self._resolve(msg, request.who, bot_user)
        if not delegate:
            return self._reply(outcome="who", who=request.who[:MAX_NAME])
        if delegate == manager:
            return self._reply(outcome="self")
        until = await self._until(msg, request.when, now)
        if until is None:
            return self._reply(outcome="when", when=request.when[:MAX_NAME])
        if until <= now:
            return self._reply(outcome="past")
        delegation = Delegation(tenant, manager, delegate, until.astimezone(UTC), created_at=now)
        audit = self._audit(tenant, manager, "delegated", now, delegate=delegate, until=until)
        await self.store.set_delegation(delegation, audit)
        name = await self._name(tenant, delegate)
        return self._reply(outcome="set", delegate_name=name, until=when_text(until))

    async def approver_for(self, tenant: str, approver: str) -> tuple[str, str | None]:
        """Who a request naming ``approver`` goes to now, and for whom (None: themselves)."""
        delegation = await self.store.get_delegation(tenant, approver)
        if delegation is None or not delegation.active(self.clock()):
            return approver, None
        return delegation.delegate, approver

    async def acting_for(self, alert: Alert, user: str) -> str | None:
        """The manager ``user`` decides ``alert`` for: the one who routed it to them, or
        the approver whose active delegate they are; None when neither."""
        routed = alert.analysis.get("on_behalf_of")
        if routed and user == alert.approver:
            return str(routed)
        if not alert.approver or alert.analysis.get("approver_is_channel"):
            return None
        delegation = await self.store.get_delegation(alert.tenant, alert.approver)
        if delegation and delegation.active(self.clock()) and delegation.delegate == user:
            return alert.approver
        return None

    # -- helpers
    async def _resolve(self, msg: IncomingMessage, who: str, bot_user: str | None) -> str:
        """The named person's user id: a platform mention first, else an ``@id`` or an
        ``@name`` the coach knows (display names, case-insensitive); "" when none."""
        for mentioned in msg.mentions:
            if mentioned != bot_user:
                return mentioned
        name = who.strip().lstrip("@").strip()
        if not name:
            return ""
        known = await self.store.list_users(msg.tenant_key)
        for user in known:
            if user.user_id == name:
                return user.user_id
        folded = name.casefold()
        matches = [u.user_id for u in known if u.display_name.casefold() == folded]
        return matches[0] if len(matches) == 1 else ""

    async def _until(self, msg: IncomingMessage, words: str, now: datetime) -> datetime | None:
        if not words.strip():
            return None
        account = await self.store.get_user(msg.tenant_key, msg.user)
        tz = zone(msg.tz) or zone(account.tz if account else None) or UTC
        return parse_when(words, now, tz) or parse_when(f"{words} {END_OF_DAY}", now, tz)

    async def _name(self, tenant: str, user_id: str) -> str:
        user = await self.store.get_user(tenant, user_id)
        return user.display_name if user and user.display_name else user_id

    def _audit(
        self, tenant: str, manager: str, action: str, now: datetime, **fields: Any
    ) -> AuditEntry:
        return AuditEntry(
            tenant=tenant,
            key=f"delegation:{new_id()}",
            action=action,
            actor=manager,
            at=now,
            **fields,
        )

    def _reply(self, **context: Any) -> Reply:
        context.setdefault("until", "")
        return Reply(kind=TEMPLATE, sections=[self.renderer.render(TEMPLATE, **context)])
