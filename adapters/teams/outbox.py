"""What the coaching jobs may do in a turn; adapter.TurnOutbox is the botbuilder side."""

from __future__ import annotations

from typing import Any, Protocol

MESSAGE_RESPONSE = "application/vnd.microsoft.activity.message"
CARD_RESPONSE = "application/vnd.microsoft.card.adaptive"


class Outbox(Protocol):
    activity: dict[str, Any]  # the inbound activity as JSON

    async def reply(self, payload: dict[str, Any]) -> str: ...
    async def send_to(self, conversation_id: str, payload: dict[str, Any]) -> str: ...
    async def update(self, activity_id: str, payload: dict[str, Any]) -> None: ...
    async def open_personal(self, user_id: str, tenant_id: str) -> str: ...
    async def invoke_response(self, body: dict[str, Any], status: int = 200) -> None: ...


def message_response(text: str) -> dict[str, Any]:
    """Universal Actions: show ``text`` to the presser, leave the card as it is."""
    return {"statusCode": 200, "type": MESSAGE_RESPONSE, "value": text}


def card_response(card: dict[str, Any]) -> dict[str, Any]:
    """Universal Actions: replace the pressed card with ``card``."""
    return {"statusCode": 200, "type": CARD_RESPONSE, "value": card}
