"""Outgoing calls survive Slack's rate limits and server errors."""

from __future__ import annotations

from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack


async def test_a_429_is_retried_after_retry_after(slack: Slack) -> None:
    slack.fake.fail(
        "chat.postMessage",
        429,
        headers={"Retry-After": "1"},
        body={"ok": False, "error": "ratelimited"},
    )
    await slack.dm("deal Acme")
    first, second = slack.fake.to("chat.postMessage")
    assert first.params == second.params
    assert second.at - first.at >= 0.95


async def test_server_errors_are_retried(slack: Slack) -> None:
    slack.fake.fail("chat.postMessage", 502)
    await slack.dm("deal Acme")
    assert len(slack.fake.to("chat.postMessage")) == 2


async def test_response_url_posts_are_retried(slack: Slack) -> None:
    slack.fake.fail("response_url", 503)
    await slack.command("deals")
    assert len(slack.fake.to("response_url")) == 2


async def test_a_failing_job_is_logged_and_completed_not_retried_forever(slack: Slack) -> None:
    slack.fake.fail("chat.postMessage", 400, body={"ok": False, "error": "channel_not_found"})
    response = await slack.event(payloads.message("deal Acme"), event_id="EvFAIL")
    assert response.status == 200
    assert len(slack.fake.to("chat.postMessage")) == 1
    assert await slack.services.store.pending_inbound("slack") == []
