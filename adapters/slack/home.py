"""The App Home tab: the rep's open deals with ledger health; for managers, first the team's
figures (30 and 90 days), who most needs coaching and the pending approvals with their
buttons, and the team's alerts after their own deals.

Pure: data in, a ``views.publish`` view out, inside the 100-block limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from adapters.slack.blocks import Block, action_blocks, chunks, context, header, section
from adapters.slack.mrkdwn import escape_mrkdwn, markdown_to_mrkdwn
from coaching.alerts import alert_labels, decision_actions
from coaching.manager_home import ManagerHome, ManagerSections
from coaching.records import Alert

MAX_HOME_BLOCKS = 100
MAX_DEALS = 40
MAX_ALERTS = 25
HEALTH = {
    "traded": ":white_check_mark: traded",
    "exposed": ":warning: exposed (a give with nothing in return)",
    "empty": ":white_circle: no moves yet",
}
STATUS = {
    "open": ":hourglass: open",
    "approved": ":white_check_mark: approved",
    "countered": ":leftwards_arrow_with_hook: countered",
    "declined": ":no_entry: declined",
}
_SLACK_ID = re.compile(r"^[UWCG][A-Z0-9]+$")


@dataclass(frozen=True, slots=True)
class DealRow:
    name: str
    phase: str
    health: str  # LedgerView.health(): traded, exposed or empty


@dataclass(frozen=True, slots=True)
class ManagerPanel:
    """A manager's part of the home: the figures and the approvals waiting, and their words."""

    home: ManagerHome
    words: ManagerSections


def home_view(
    deals: list[DealRow], alerts: list[Alert] | None, manager: ManagerPanel | None = None
) -> dict[str, Any]:
    """``alerts`` and ``manager`` are None for reps (those sections are for managers only)."""
    blocks: list[Block] = [header("Concession Coach")]
    if manager is not None:
        blocks += _manager_blocks(manager)
    blocks.append(section("*Your open deals*"))
    if deals:
        for deal in deals[:MAX_DEALS]:
            line = f"*{escape_mrkdwn(deal.name)}* · {escape_mrkdwn(deal.phase)}"
            blocks.append(section(f"{line}\n{HEALTH.get(deal.health, deal.health)}"))
    else:
        blocks.append(section("No open deals yet. In Messages, type `deal <customer name>`."))
    blocks.append(context("Switch deals with `deal <name>`; see a ledger with `ledger`."))
    if alerts is not None:
        blocks.append({"type": "divider"})
        blocks.append(section("*Team concession requests*"))
        if not alerts:
            blocks.append(section("No requests yet."))
        for alert in alerts[:MAX_ALERTS]:
            blocks.append(section(_alert_line(alert)))
    return {"type": "home", "blocks": blocks[:MAX_HOME_BLOCKS]}


def _manager_blocks(panel: ManagerPanel) -> list[Block]:
    blocks: list[Block] = []
    for words in (*panel.words.figures, panel.words.coaching):
        blocks += [section(part) for part in chunks(markdown_to_mrkdwn(words))]
    blocks.append(section(markdown_to_mrkdwn(panel.words.pending_title)))
    for alert in panel.home.pending:
        blocks.append(section(_alert_line(alert)))
        blocks += action_blocks(decision_actions(alert))
    blocks.append({"type": "divider"})
    return blocks


def _alert_line(alert: Alert) -> str:
    give, get = alert_labels(alert)
    rep = _mention(alert.rep)
    what = f"{escape_mrkdwn(give)} for {escape_mrkdwn(get)}"
    status = STATUS.get(alert.status, escape_mrkdwn(alert.status))
    line = f"{rep} asked for {what} · {status}"
    if alert.decided_by:
        line += f" by {_mention(alert.decided_by)}"
    if alert.decision:
        line += f": {escape_mrkdwn(alert.decision)}"
    return line + f"\n_{alert.created_at:%Y-%m-%d %H:%M} UTC_"


def _mention(user_id: str) -> str:
    return f"<@{user_id}>" if _SLACK_ID.match(user_id) else escape_mrkdwn(user_id)
