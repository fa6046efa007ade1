"""Workspace B never sees workspace A's deals, through any Slack entry point or export.

Both workspaces use the same member id (ids are only unique within a workspace).
"""

from __future__ import annotations

import json

from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack, section_texts

SECRET_DEAL = "Zanzibar Holdings"


def everything_sent(slack: Slack, since: int) -> str:
    return json.dumps([c.params for c in slack.fake.calls[since:]])


async def test_workspace_b_cannot_see_workspace_a(sqlite_slack: Slack) -> None:
    slack = sqlite_slack
    await slack.command(f"deal {SECRET_DEAL}", team="T1")
    await slack.command("we can give 7% off", team="T1")
    assert SECRET_DEAL in everything_sent(slack, 0)  # the control: A sees its own deal
    since = len(slack.fake.calls)

    for text in ("deals", "ledger", "align", f"deal {SECRET_DEAL}", "ledger"):
        await slack.command(text, team="T2")  # slash command
    dm = payloads.envelope(payloads.message("deals"), team="T2")
    await slack.send(dm, "application/json")  # direct message
    home_event = {
        "type": "app_home_opened",
        "user": payloads.REP,
        "channel": payloads.DM,
        "tab": "home",
        "event_ts": "1700000000.000001",
    }
    await slack.send(payloads.envelope(home_event, team="T2"), "application/json")  # App Home
    url = slack.fake.response_url("b-press")
    await slack.form(payloads.block_actions("ledger", response_url=url, team="T2"))  # button

    seen_by_b = everything_sent(slack, since)
    assert "7%" not in seen_by_b and "7 %" not in seen_by_b
    home = slack.fake.to("views.publish")[-1:]  # B's own new deal, without A's moves
    assert home and "no moves yet" in section_texts(home[0].params["view"]["blocks"])

    store = slack.services.store
    exported = json.dumps(await store.export_user("slack:T2", payloads.REP), default=str)
    assert "7%" not in exported and "Zanzibar" in exported  # B's own new, empty deal only
    a_deals = await store.list_deals("slack:T1", payloads.REP)
    b_deals = await store.list_deals("slack:T2", payloads.REP)
    assert {d.id for d in a_deals}.isdisjoint(d.id for d in b_deals)
    assert len(await store.ledger("slack:T1", a_deals[0].id)) == 1
    assert await store.ledger("slack:T2", a_deals[0].id) == []  # A's deal id, B's tenant
