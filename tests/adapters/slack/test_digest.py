"""The weekly digest reaches a Slack manager as a DM through the Web API, with the approval
the rep asked for in #sales still waiting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.scheduler import Scheduler, SchedulerConfig
from coaching.digest import due_after
from coaching.records import User
from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack, section_texts
from tests.adapters.slack.test_alerts import TENANT, raise_alert
from tests.support.prep import Clock


async def test_the_manager_gets_the_weekly_digest_as_a_dm(slack: Slack) -> None:
    maria = User(TENANT, payloads.MANAGER, "maria", role="manager", tz="Europe/Berlin")
    await slack.services.store.upsert_user(maria)
    await slack.services.store.upsert_user(User(TENANT, payloads.REP, "dana"))
    await raise_alert(slack)  # dana asks maria for 20% off in #sales
    await slack.dm("we offered 10% off if they sign a two-year term")
    clock = Clock(datetime.now(UTC))
    scheduler = Scheduler.for_services(slack.services, SchedulerConfig(clock=clock))
    await scheduler.tick()
    posts = len(slack.fake.to("chat.postMessage"))
    clock.now = due_after(clock(), "Europe/Berlin") + timedelta(minutes=1)
    await scheduler.tick()  # the digest, and the approval's own reminder (long due)
    sent = slack.fake.to("chat.postMessage")[posts:]
    (digest,) = [c for c in sent if "Your team's week" in section_texts(c.params["blocks"])]
    assert digest.params["channel"] == payloads.MANAGER
    text = section_texts(digest.params["blocks"])
    assert "Your team's week" in text and "Gives traded for a get: *1 of 1*" in text
    assert "dana: discount 20%, waiting" in text
    assert "`digest off`" in text
