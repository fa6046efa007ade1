"""Reply -> Block Kit: a pure function that always stays inside Slack's limits.

Limits (Block Kit reference): 50 blocks per message, 3,000 characters per
section text, 75 per button label, 2,000 per button value, 25 elements per
actions block, 150 per header; message ``text`` is truncated above 40,000.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from adapters.slack.mrkdwn import escape_mrkdwn, markdown_to_mrkdwn
from coaching.messages import LedgerLine, Link, Reply, SuggestedAction

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_TEXT = 40_000
MAX_BUTTON_LABEL = 75
MAX_BUTTON_VALUE = 2000
MAX_ACTIONS_PER_BLOCK = 25
MAX_HEADER = 150
ACTION_PREFIX = "coach_action_"
PICKER_PREFIX = "coach_pick_"
MAX_BLOCK_ID = 255
MAX_LINK_URL = 2000
ELLIPSIS = "…"

Block = dict[str, Any]


@dataclass(frozen=True, slots=True)
class SlackMessage:
    """What chat.postMessage, a response_url post or a modal needs."""

    blocks: list[Block] = field(default_factory=list)
    text: str = ""

    def payload(self, **extra: Any) -> dict[str, Any]:
        return {"blocks": self.blocks, "text": self.text, **extra}


def render_reply(reply: Reply, *, max_blocks: int = MAX_BLOCKS) -> SlackMessage:
    """Lay a reply out as blocks, trimming the body (never the buttons) to fit."""
    body: list[Block] = []
    if reply.kind == "align" and reply.deal:
        body.append(header(f"Align summary · {reply.deal}"))
    sections = [markdown_to_mrkdwn(s) for s in reply.sections if s.strip()]
    body.extend(section(chunk) for text in sections for chunk in chunks(text))

    tail: list[Block] = []
    if reply.ledger and reply.kind != "ledger":
        tail.append(ledger_context(reply.ledger))
    if reply.link is not None:
        tail.append(link_context(reply.link))
    tail.extend(action_blocks(reply.actions))
    room = max(max_blocks - len(tail), 1)
    if len(body) > room:
        body = [*body[: room - 1], context("_Trimmed to fit Slack; type `ledger` for the rest._")]
    text = "\n\n".join(sections) or reply.kind
    return SlackMessage(blocks=[*body, *tail][:max_blocks], text=truncate(text, MAX_TEXT))


def header(text: str) -> Block:
    return {"type": "header", "text": plain(text, MAX_HEADER)}


def section(mrkdwn: str) -> Block:
    return {
        "type": "section",
        "text": {"type": "mrkdwn", "text": truncate(mrkdwn, MAX_SECTION_TEXT)},
    }


def context(mrkdwn: str) -> Block:
    return {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": truncate(mrkdwn, MAX_SECTION_TEXT)}],
    }


def plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": truncate(text, limit) or " ", "emoji": True}


def ledger_context(lines: list[LedgerLine]) -> Block:
    parts = []
    for line in lines:
        note = ""
        if line.side == "give" and not line.labelled:
            note = " (unlabelled)"
        if line.traded_against:
            note += f" (for #{line.traded_against})"
        text = f"#{line.seq} {line.side}: {escape_mrkdwn(line.description)}{note}"
        parts.append(f"~{text}~" if line.reversed else text)
    return context("*Ledger* · " + " · ".join(parts))


def link_context(link: Link) -> Block:
    """A link as mrkdwn (``<url|label>``): the URL may hold no ``<``, ``>`` or ``|``."""
    url = "".join(c for c in link.url if c not in "<>| \n")[:MAX_LINK_URL]
    return context(f"<{url}|{escape_mrkdwn(link.label)}>")


def action_blocks(actions: list[SuggestedAction]) -> list[Block]:
    buttons: list[Block] = []
    pickers: list[Block] = []
    for index, action in enumerate(actions):
        if action.picker == "datetime" and 0 < len(action.command) <= MAX_BLOCK_ID - 32:
            pickers.append(picker_block(action, index))
            continue
        if not action.command or len(action.command) > MAX_BUTTON_VALUE:
            continue
        button: Block = {
            "type": "button",
            "action_id": f"{ACTION_PREFIX}{index}",
            "text": plain(action.label, MAX_BUTTON_LABEL),
            "value": action.command,
        }
        if action.style in ("primary", "danger"):
            button["style"] = action.style
        buttons.append(button)
    return pickers + [
        {"type": "actions", "elements": buttons[i : i + MAX_ACTIONS_PER_BLOCK]}
        for i in range(0, len(buttons), MAX_ACTIONS_PER_BLOCK)
    ]


def picker_block(action: SuggestedAction, index: int) -> Block:
    """A date-time picker carries no value, so its block_id carries the command."""
    return {
        "type": "actions",
        "block_id": f"{PICKER_PREFIX}{index}:{action.command}",
        "elements": [
            {"type": "datetimepicker", "action_id": f"{PICKER_PREFIX}{index}"},
        ],
    }


def picked_command(action: dict[str, Any]) -> str | None:
    """``call Acme 2026-11-24T15:00:00+00:00`` from a date-time picker's block_actions entry."""
    block_id = str(action.get("block_id") or "")
    chosen = action.get("selected_date_time")
    if not block_id.startswith(PICKER_PREFIX) or ":" not in block_id:
        return None
    if not isinstance(chosen, int) or isinstance(chosen, bool) or not 0 < chosen < 2**40:
        return None
    command = block_id.split(":", 1)[1]
    return f"{command} {datetime.fromtimestamp(chosen, UTC).isoformat()}"


def chunks(text: str, limit: int = MAX_SECTION_TEXT) -> list[str]:
    """Split at paragraph, then line, then word boundaries so no piece exceeds ``limit``."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            cut = _cut_point(line, limit)
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:cut])
            line = line[cut:].lstrip(" ")
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            current = line
        else:
            current = candidate
    if current.strip():
        pieces.append(current)
    return [p for p in pieces if p.strip()]


def _cut_point(line: str, limit: int) -> int:
    """The last space before ``limit``, and never inside an ``&...;`` entity."""
    cut = line.rfind(" ", limit // 2, limit)
    if cut <= 0:
        cut = limit
    amp = line.rfind("&", max(cut - 5, 0), cut)
    if amp != -1 and ";" not in line[amp:cut]:
        cut = amp
    return cut


def truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = _cut_point(text, limit - 1)
    return text[:cut].rstrip() + ELLIPSIS
