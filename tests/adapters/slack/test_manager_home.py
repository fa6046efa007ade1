"""A coach manager's App Home: the team's figures for 30 and 90 days, who most needs
coaching with the evidence, and the pending approvals with their buttons, which work from
the Home tab as they do on the alert card. A rep's Home stays their own deals."""

from __future__ import annotations

from coaching.model import utcnow
from coaching.records import User
from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack, section_texts
from tests.adapters.slack.test_workspace import home_opened
from tests.support.dashboard import MANAGER, seed_team

TENANT = "slack:T1"


def _buttons(blocks: list[dict[str, object]]) -> list[dict[str, str]]:
    return [
        element  # type: ignore[misc]
        for block in blocks
        if block["type"] == "actions"
        for element in block["elements"]  # type: ignore[attr-defined]
    ]


async def test_a_managers_home_shows_the_teams_figures_coaching_and_pending_approvals(
    slack: Slack,
) -> None:
    await seed_team(slack.services.store, TENANT, utcnow())
    await seed_team(slack.services.store, "slack:T2", utcnow(), prefix="Other ")
    await slack.event(home_opened(user=MANAGER))
    view = slack.fake.to("views.publish")[-1].params["view"]
    assert len(view["blocks"]) <= 100
    text = section_texts(view["blocks"])

    assert "*Team, last 30 days* · 7 deals moved on" in text
    assert "*Team, last 90 days* · 7 deals moved on" in text
    assert "*57% of deals ended exactly at the authority ceiling* (4 of 7, 10.0%)" in text
    assert "Gives traded for a get: 60% (9 of 15); 3 double-gives, 1 step not smaller" in text
    assert "Approvals: 5 asked, 2 approved, 1 countered, 1 declined; 3.5 h" in text
    coaching = text[text.index("Who most needs coaching") :]
    assert coaching.index("Bob") < coaching.index("Cy Carter")
    assert "4 of 5 gives untraded, 2 double-gives, 0 steps not smaller" in coaching
    assert "Ann Archer" not in coaching.split("Approvals waiting")[0]
    assert "Other " not in text  # the other workspace's deals
    assert "*Approvals waiting for a decision* (1)" in text

    (pending,) = [a for a in await slack.services.store.list_alerts(TENANT) if a.status == "open"]
    buttons = _buttons(view["blocks"])
    assert [b["value"] for b in buttons] == [
        f"alert approve {pending.id}",
        f"alert counter {pending.id}",
        f"alert decline {pending.id}",
    ]
    # Pressed on the Home tab (no channel): Approve opens the same decision form.
    await slack.press(buttons[0]["value"], user=MANAGER, channel=None)
    assert slack.fake.to("views.open")


async def test_a_reps_home_has_no_team_figures(slack: Slack) -> None:
    await seed_team(slack.services.store, TENANT, utcnow())
    await slack.event(home_opened(user=payloads.REP))
    text = section_texts(slack.fake.to("views.publish")[-1].params["view"]["blocks"])
    assert "Your open deals" in text
    assert "Team, last" not in text and "Who most needs coaching" not in text


async def test_a_managers_home_before_any_moves_says_so(slack: Slack) -> None:
    await slack.services.store.upsert_user(User(TENANT, MANAGER, "Maria", role="manager"))
    await slack.event(home_opened(user=MANAGER))
    text = section_texts(slack.fake.to("views.publish")[-1].params["view"]["blocks"])
    assert "Nothing recorded yet in this period" in text
    assert "No gives recorded in this period yet." in text
    assert "*Approvals waiting for a decision*: none" in text
