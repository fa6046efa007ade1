"""`call <deal> <when>`: schedule the plan N minutes before the call and a follow-up after it.

Times are read in the user's zone: the platform's own (``IncomingMessage.tz``:
Slack users.info, the Teams activity, the terminal's machine), else the one
stored for the user, else UTC with a note. Job ids are derived from the deal
and the call time, so a turn that is re-run after a conflict schedules nothing twice.
`call remind <minutes>` sets how early the reminder comes, per user.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from coaching.commands import Command, ascii_int
from coaching.messages import Reply, SuggestedAction
from coaching.model import Deal
from coaching.prep_reply import sectioned, when_text
from coaching.records import Job, User
from coaching.timeparse import parse_when, zone

if TYPE_CHECKING:
    from coaching.engine import Coach, Turn
    from coaching.store import PrepStore

REMINDER = "call_reminder"
FOLLOW_UP = "call_followup"
FOLLOW_UP_AFTER = timedelta(hours=1)
MAX_REMIND_MINUTES = 24 * 60
DEFAULT_ZONE = "UTC"


class CallPlanner:
    def __init__(self, coach: Coach, clock: Callable[[], datetime]) -> None:
        self.coach = coach
        self.clock = clock

    @property
    def store(self) -> PrepStore:
        return cast("PrepStore", self.coach.store)

    async def handle(self, turn: Turn, command: Command) -> Reply | None:
        words = command.arg.split()
        if words[:1] and words[0].casefold() == "remind":
            return await self._remind(turn, words[1:])
        if not words:
            return self._with_picker(self._reply("call_help", turn.deal, heard=""), turn)
        user = await self.store.get_user(turn.tenant, turn.msg.user)
        tz_name, guessed = _zone_name(turn.msg.tz, user)
        tz = zone(tz_name) or zone(DEFAULT_ZONE)
        assert tz is not None
        now = self.clock()
        deal, at, asked = await self._deal_and_time(turn, words, now, tz)
        if at is None:
            return self._with_picker(self._reply("call_help", turn.deal, heard=command.arg), turn)
        if deal is None:
            return self._reply("call_no_deal", turn.deal, asked=asked)
        if at <= now:
            return self._reply("call_past", deal, at=when_text(at))
        minutes = user.reminder_minutes if user else 30
        remind_at = max(at - timedelta(minutes=minutes), now)
        await self._replace_jobs(turn, deal, at, remind_at, tz_name)
        deal.prep = {**deal.prep, "call_at": at.isoformat(), "call_tz": tz_name}
        turn.deal = deal
        turn.touch_deal()
        turn.set_state(current_deal_id=deal.id)
        reply = self._reply(
            "call_set",
            deal,
            at=when_text(at),
            tz=tz_name,
            guessed=guessed,
            minutes=minutes,
            remind_at=when_text(remind_at.astimezone(tz)),
            prepared=bool(deal.prep.get("card")),
        )
        if not deal.prep.get("card"):
            reply.actions = [SuggestedAction("Prep now", f"prep {deal.name}", "primary")]
        return reply

    @staticmethod
    def _with_picker(reply: Reply, turn: Turn) -> Reply:
        """Where the platform has one, let the rep pick the call time instead of typing it."""
        if turn.deal is not None:
            label, command = "Pick the call time", f"call {turn.deal.name}"
            pick = SuggestedAction(label, command, picker="datetime")
            reply.actions = [pick, *reply.actions]
        return reply

    async def _deal_and_time(
        self, turn: Turn, words: list[str], now: datetime, tz: Any
    ) -> tuple[Deal | None, datetime | None, str]:
        """Where the deal's name ends and the time begins: the longest known deal name wins."""
        first_time: datetime | None = None
        asked = ""
        for cut in range(len(words) - 1, 0, -1):
            at = parse_when(" ".join(words[cut:]), now, tz)
            if at is None:
                continue
            first_time, asked = at, " ".join(words[:cut])  # the longest time phrase
            deal = await turn.store.find_deal(turn.tenant, turn.msg.user, " ".join(words[:cut]))
            if deal is not None:
                return deal, at, asked
        whole = parse_when(" ".join(words), now, tz)
        if whole is not None:
            return turn.deal, whole, ""
        return None, first_time, asked

    async def _replace_jobs(
        self, turn: Turn, deal: Deal, at: datetime, remind_at: datetime, tz_name: str
    ) -> None:
        """Drop this deal's pending call jobs, then schedule the reminder and the follow-up."""
        mine = await self.store.list_jobs(turn.tenant, turn.msg.user)
        for job in mine:
            if (
                job.kind in (REMINDER, FOLLOW_UP)
                and job.status == "pending"
                and job.lock_owner is None
                and job.payload.get("deal_id") == deal.id
                and job.payload.get("call_at") != at.isoformat()
            ):
                job.status = "dropped"
                job.last_error = "rescheduled"
                turn.changes.jobs.append(job)
        payload = {
            "deal_id": deal.id,
            "deal": deal.name,
            "call_at": at.isoformat(),
            "tz": tz_name,
        }
        stamp = at.strftime("%Y%m%dT%H%M%z")
        for kind, due in ((REMINDER, remind_at), (FOLLOW_UP, at + FOLLOW_UP_AFTER)):
            turn.changes.jobs.append(
                Job(
                    tenant=turn.tenant,
                    kind=kind,
                    due_at=due.astimezone(UTC),
                    payload=payload,
                    user_id=turn.msg.user,
                    id=f"{kind}:{deal.id}:{stamp}",
                )
            )

    async def _remind(self, turn: Turn, words: list[str]) -> Reply:
        minutes = ascii_int(words[0]) if words else None
        if minutes is None or not 0 < minutes <= MAX_REMIND_MINUTES:
            return self._reply("call_remind", turn.deal, minutes=None)
        user = await self.store.get_user(turn.tenant, turn.msg.user) or User(
            tenant=turn.tenant, user_id=turn.msg.user, display_name=turn.msg.user_name
        )
        if not user.tz and turn.msg.tz:
            user.tz = turn.msg.tz
        user.reminder_minutes = minutes
        turn.changes.users.append(user)
        return self._reply("call_remind", turn.deal, minutes=minutes)

    def _reply(self, template: str, deal: Deal | None, **context: Any) -> Reply:
        return sectioned(self.coach.renderer, template, deal, **context)


def _zone_name(message_tz: str | None, user: User | None) -> tuple[str, bool]:
    """The user's IANA zone and whether it is a guess (no zone known: UTC)."""
    for name in (message_tz, user.tz if user else None):
        if name and zone(name) is not None:
            return name, False
    return DEFAULT_ZONE, True
