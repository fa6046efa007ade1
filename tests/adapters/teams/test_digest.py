"""The weekly digest reaches a Teams manager in their personal chat, proactively."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.scheduler import Scheduler, SchedulerConfig
from coaching.digest import due_after
from coaching.records import User
from tests.adapters.teams import activities as a
from tests.adapters.teams.conftest import Teams
from tests.support.prep import Clock

TENANT = "teams:" + a.TENANT


async def test_the_manager_gets_the_weekly_digest_in_the_personal_chat(teams: Teams) -> None:
    await teams.services.store.upsert_user(User(TENANT, a.MANAGER, "maria", role="manager"))
    await teams.post(a.personal("digest", teams.url, user=a.MANAGER))
    assert "digest is **on**" in teams.connector.calls[-1].text.replace("\\", "")
    await teams.post(a.personal("deal Acme", teams.url))
    await teams.post(a.personal("we gave them 5% off", teams.url))
    clock = Clock(datetime.now(UTC))
    scheduler = Scheduler.for_services(teams.services, SchedulerConfig(clock=clock))
    await scheduler.tick()
    clock.now = due_after(clock(), None) + timedelta(minutes=1)
    assert await scheduler.tick() == 1
    digest = teams.connector.calls[-1]
    assert "Your team's week" in digest.text and "0 of 1" in digest.text
