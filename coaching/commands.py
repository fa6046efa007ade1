"""One command grammar for every platform, free text first.

A message is a command when its first word is one of the names below;
everything else is free text for the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

COMMANDS: dict[str, str] = {
    "help": "show what the coach understands",
    "deal": "deal <name> - switch to a deal, creating it if new",
    "deals": "list your open deals",
    "get": "get <text> - what you ask for in return",
    "limit": "limit <text> - your limit or walk-away, e.g. `limit 15%`",
    "goal": "goal <text> - your Goal Zone",
    "type": "type <Bargaining|Trading|Creating|Partnering>",
    "phase": "phase <Prepare|Communicate|Propose|Align>",
    "label": "mark the last give as labelled",
    "ledger": "show the deal's gives and gets",
    "align": "the summary: terms, owners, deadlines, next steps",
    "next": "next <step> - add a next step for the Align summary",
    "undo": "reverse the last give or get",
    "why": "the full why behind the last reply: the checks, the matrix, the ledger",
    "prep": "prep <deal> - plan a negotiation call (`prep <deal> full`: the whole card)",
    "card": "card - the full prep card of the current deal",
    "call": "call <deal> <when> - get the plan just before the call",
    "alerts": "alerts on|off - discount-ask alerts in this channel",
    "delegate": "delegate @someone until <date> - hand on your approvals (`delegate off`)",
    "audit": "the approvals audit log: decisions and delegations (a manager sees all)",
    "digest": "digest on|off - the weekly digest of your team (managers)",
    "dashboard": "dashboard - managers: a private link to the team's web dashboard",
}
ALIASES = {"?": "help", "walkaway": "limit", "walk-away": "limit", "undo.": "undo"}
MAX_ARG = 500
# "deal size is $120k", "deal value ~€90k", "deal's worth $95k": a fact, not the command.
_NOT_A_DEAL_NAME = re.compile(r"(?:size|value|worth|amount|total|is|was)\b|[$€£~]|=", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Command:
    name: str  # a key of COMMANDS, or "text" for free text
    arg: str = ""


def parse_command(text: str) -> Command:
    """Split a message into a command and its argument; never raises."""
    stripped = text.strip()
    if stripped.startswith("/concession"):
        stripped = stripped[len("/concession") :].strip()
    head, _, rest = stripped.partition(" ")
    word = ALIASES.get(head.casefold(), head.casefold())
    if word == "deal" and _NOT_A_DEAL_NAME.match(rest):
        return Command("text", stripped)  # "deal size is $120k" states a fact
    if word in COMMANDS:
        return Command(word, rest.strip()[:MAX_ARG])
    return Command("text", stripped)


def ascii_int(word: str, max_digits: int = 6) -> int | None:
    """A short run of ASCII digits as a number; None for anything else (e.g. '²', '٣', or
    100,000 digits, which str.isdigit accepts and int refuses or chokes on)."""
    if word.isascii() and word.isdigit() and len(word) <= max_digits:
        return int(word)
    return None
