"""Reply -> an Adaptive Card message: a pure function that stays inside Teams' limits.

Cards are version 1.5 at most (what Teams renders), user text goes through
:func:`markdown.inert` / the templates' escaping, and a message stays under
100 KB (Teams answers 413 MessageSizeTooBig above that): the body is
trimmed, never the buttons. Coaching buttons are Action.Submit; a manager's
decision uses Action.Execute so the invoke response can replace the card.
"""

from __future__ import annotations

import json
from typing import Any

from adapters.teams.markdown import inert, markdown_to_card
from coaching.alerts import parse_decision
from coaching.messages import LedgerLine, Reply, SuggestedAction
from coaching.render import unescape_markdown

CARD_VERSION = "1.5"
CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
MAX_MESSAGE_BYTES = 100_000
BUDGET_BYTES = 90_000  # room for what the connector adds around our activity
MAX_BLOCK_TEXT = 12_000  # even at 4 bytes a character, one block fits
MAX_ACTIONS = 6  # Teams shows at most six top-level buttons
MAX_TITLE = 80
COMMAND_KEY = "coach"  # where an action's data carries the command
PICK_KEY = "coach_pick"  # a date-time picker's command, completed with the chosen moment
CONDITION_INPUT = "condition"
EXECUTE_VERB = "coach"
ELLIPSIS = "…"
TRIMMED = "_Trimmed to fit Teams; type ledger for the rest._"

Card = dict[str, Any]


def render_reply(reply: Reply) -> Card:
    """Lay a reply out as an Adaptive Card."""
    body: list[Card] = [text_block(markdown_to_card(s)) for s in reply.sections if s.strip()]
    if reply.ledger and reply.kind != "ledger":
        body.append(ledger_block(reply.ledger))
    inputs, actions = action_elements(reply.actions)
    if reply.link is not None and reply.link.url.startswith("https://"):
        actions = [*actions, open_url(reply.link.label, reply.link.url)][:MAX_ACTIONS]
    card: Card = {
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": CARD_VERSION,
        "body": [*body, *inputs] or [text_block(reply.kind)],
        "msteams": {"width": "Full"},
    }
    if actions:
        card["actions"] = actions
    return card


def message(reply: Reply) -> dict[str, Any]:
    """The activity (as JSON) carrying the reply's card, trimmed below the size limit."""
    card = render_reply(reply)
    activity = _activity(card, reply)
    note: Card | None = None
    while _size(activity) > BUDGET_BYTES:
        texts = [
            i for i, b in enumerate(card["body"]) if b["type"] == "TextBlock" and b is not note
        ]
        if len(texts) <= 1:
            break
        del card["body"][texts[-1]]
        if note is None:
            note = text_block(TRIMMED, subtle=True)
            card["body"].insert(texts[-1], note)
        activity = _activity(card, reply)
    return activity


def _activity(card: Card, reply: Reply) -> dict[str, Any]:
    summary = " ".join(unescape_markdown(reply.markdown).replace("*", "").split())
    return {
        "type": "message",
        "summary": truncate(summary or reply.kind, 200),
        "attachments": [{"contentType": CARD_CONTENT_TYPE, "content": card}],
    }


def _size(activity: dict[str, Any]) -> int:
    return len(json.dumps(activity, ensure_ascii=False).encode())


def text_block(text: str, *, subtle: bool = False) -> Card:
    block: Card = {"type": "TextBlock", "text": truncate(text, MAX_BLOCK_TEXT), "wrap": True}
    if subtle:
        block.update(isSubtle=True, size="Small")
    return block


def ledger_block(lines: list[LedgerLine]) -> Card:
    parts = []
    for line in lines:
        note = " (unlabelled)" if line.side == "give" and not line.labelled else ""
        if line.traded_against:
            note += f" (for #{line.traded_against})"
        text = f"#{line.seq} {line.side}: {inert(line.description)}{note}"
        parts.append(f"~~{text}~~" if line.reversed else text)
    return text_block("**Ledger** · " + " · ".join(parts), subtle=True)


def action_elements(actions: list[SuggestedAction]) -> tuple[list[Card], list[Card]]:
    """Inputs for the body (pickers, a decision's condition) and the card's buttons."""
    inputs: list[Card] = []
    buttons: list[Card] = []
    decision = any(parse_decision(a.command) for a in actions)
    if decision:
        inputs.append(
            {
                "type": "Input.Text",
                "id": CONDITION_INPUT,
                "label": "Condition (approve) or your terms (counter)",
                "placeholder": "e.g. only with a two-year term",
                "maxLength": 300,
                "isMultiline": True,
            }
        )
    for index, action in enumerate(actions):
        if not action.command:
            continue
        if action.picker == "datetime":
            inputs.extend(picker_inputs(action, index))
            buttons.append(_submit(action, {PICK_KEY: action.command, "pick": index}))
        elif parse_decision(action.command):
            buttons.append(_execute(action))
        else:
            buttons.append(_submit(action, {COMMAND_KEY: action.command}))
    return inputs, buttons[:MAX_ACTIONS]


def picker_inputs(action: SuggestedAction, index: int) -> list[Card]:
    return [
        {"type": "Input.Date", "id": f"pick{index}_date", "label": truncate(action.label, 80)},
        {"type": "Input.Time", "id": f"pick{index}_time"},
    ]


def _style(action: SuggestedAction) -> dict[str, str]:
    styles = {"primary": "positive", "danger": "destructive"}
    return {"style": styles[action.style]} if action.style in styles else {}


def _submit(action: SuggestedAction, data: dict[str, Any]) -> Card:
    title = truncate(action.label, MAX_TITLE)
    return {"type": "Action.Submit", "title": title, "data": data, **_style(action)}


def open_url(label: str, url: str) -> Card:
    """A button that opens ``url`` in Teams (a deep link to the rep's thread)."""
    return {"type": "Action.OpenUrl", "title": truncate(label, MAX_TITLE), "url": url}


def _execute(action: SuggestedAction) -> Card:
    return {
        "type": "Action.Execute",
        "title": truncate(action.label, MAX_TITLE),
        "verb": EXECUTE_VERB,
        "data": {COMMAND_KEY: action.command},
        **_style(action),
    }


def truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit // 2, limit - 1)
    return text[: cut if cut > 0 else limit - 1].rstrip() + ELLIPSIS
