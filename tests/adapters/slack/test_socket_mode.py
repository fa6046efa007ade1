"""Socket Mode shares the inbox: a redelivered envelope is acknowledged, not processed twice."""

from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import parse_qsl

from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from adapters.slack.socket_mode import InboxSocketModeHandler
from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack


class FakeSocket:
    """Stands in for the WebSocket client: records the acknowledgements sent back."""

    def __init__(self) -> None:
        self.acks: list[SocketModeResponse] = []
        self.logger = logging.getLogger("tests.adapters.slack.socket")

    async def send_socket_mode_response(
        self, response: SocketModeResponse | dict[str, Any]
    ) -> None:
        assert isinstance(response, SocketModeResponse)
        self.acks.append(response)


async def test_socket_mode_events_go_through_the_inbox(slack: Slack) -> None:
    handler = InboxSocketModeHandler(slack.runtime, "xapp-1-test")
    socket = FakeSocket()
    body = json.loads(payloads.envelope(payloads.message("deal Acme"), event_id="EvSOCK"))
    for attempt in range(2):
        request = SocketModeRequest(
            type="events_api", envelope_id=f"env-{attempt}", payload=body, retry_attempt=attempt
        )
        await handler.handle(socket, request)  # type: ignore[arg-type]
    await slack.settle()
    await handler.close_async()
    assert [a.envelope_id for a in socket.acks] == ["env-0", "env-1"]
    assert len(slack.fake.to("chat.postMessage")) == 1


async def test_socket_mode_slash_command(slack: Slack) -> None:
    handler = InboxSocketModeHandler(slack.runtime, "xapp-1-test")
    socket = FakeSocket()
    form = payloads.slash_command("deals", response_url=slack.fake.response_url())
    request = SocketModeRequest(
        type="slash_commands", envelope_id="env-cmd", payload=dict(parse_qsl(form.decode()))
    )
    await handler.handle(socket, request)  # type: ignore[arg-type]
    await slack.settle()
    await handler.close_async()
    assert [a.envelope_id for a in socket.acks] == ["env-cmd"]
    assert len(slack.fake.to("response_url")) == 1
