"""Shared builders for the prep tests: a settable clock, a coach on a given store, messages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from coaching.engine import Coach
from coaching.messages import IncomingMessage, Platform, Reply
from coaching.playbook import load_playbook
from coaching.prep import install_prep
from coaching.render import Renderer
from coaching.store import DealStore

# A Saturday; Europe/Berlin moves to summer time on Sunday 2026-03-29 at 02:00.
T0 = datetime(2026, 3, 28, 9, 0, tzinfo=UTC)

# One answer per prep question, as the buttons send them.
ANSWERS = [
    "Trading",
    "over 500K",
    "a subscription or renewing contract",
    "head to head",
    "strategic partnership",
    "enterprise procurement",
    "balanced",
    "0%",
    "15%",
    "4-9% off",
    "pilot low, net 60 medium, discount high",
    "two-year term high, case study medium, sign this month medium",
]


@dataclass
class Clock:
    now: datetime = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def make_coach(store: DealStore, clock: Clock) -> Coach:
    coach = Coach(store, load_playbook(), Renderer())
    install_prep(coach, clock=clock)
    return coach


def message(
    text: str,
    *,
    tz: str | None = "Europe/Berlin",
    user: str = "U1",
    platform: Platform = Platform.CONSOLE,
    tenant: str = "local",
) -> IncomingMessage:
    return IncomingMessage(platform, tenant, user, "dm", text, user_name=user, tz=tz)


async def say(coach: Coach, *texts: str, **options: object) -> Reply:
    reply: Reply | None = None
    for text in texts:
        reply = await coach.handle(message(text, **options))  # type: ignore[arg-type]
    assert reply is not None
    return reply


async def prepared(coach: Coach, deal: str = "Acme", **options: object) -> Reply:
    """Run the whole prep for ``deal``; the last reply is the card."""
    return await say(coach, f"prep {deal}", *ANSWERS, **options)
