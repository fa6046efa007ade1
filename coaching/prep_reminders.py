"""What a due call job says, decided when it is sent (so it carries the latest prep card).

A reminder whose call has already begun is not sent late: it becomes a short
note instead and the job ends "dropped". Platform-free; the scheduler sends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from coaching.messages import Reply, Say, SuggestedAction
from coaching.model import Deal
from coaching.prep_call import FOLLOW_UP, REMINDER
from coaching.prep_reply import sectioned, when_text
from coaching.records import Job
from coaching.render import Renderer
from coaching.timeparse import zone


@dataclass(frozen=True, slots=True)
class Outcome:
    reply: Reply | None  # None: nothing to send
    status: str  # what the job becomes once sent: "done" or "dropped"


def call_time(job: Job) -> datetime:
    return datetime.fromisoformat(job.payload["call_at"])


def job_outcome(job: Job, deal: Deal | None, renderer: Renderer, now: datetime) -> Outcome:
    if deal is None or job.kind not in (REMINDER, FOLLOW_UP):
        return Outcome(None, "dropped")
    at = call_time(job).astimezone(zone(job.payload.get("tz")) or UTC)
    switch = SuggestedAction(f"Switch to {deal.name}", f"deal {deal.name}", "primary")
    if job.kind == FOLLOW_UP:
        reply = sectioned(renderer, "reminder_after", deal)
        reply.actions = [switch]
        return Outcome(reply, "done")
    if now >= at:
        return Outcome(sectioned(renderer, "reminder_missed", deal, at=when_text(at)), "dropped")
    card = deal.prep.get("card")
    minutes = max(round((at - now).total_seconds() / 60), 1)
    reply = sectioned(
        renderer, "reminder_before", deal, at=when_text(at), minutes=minutes, card=card
    )
    reply.says = [Say(t) for t in list(card.get("trades", []))[:1]] if card else []
    reply.actions = [switch]
    if card:  # the short card, as in the chat; the whole card one tap away
        reply.actions.append(SuggestedAction("Full card", f"prep {deal.name} full"))
    return Outcome(reply, "done")
