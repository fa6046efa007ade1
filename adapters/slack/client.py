"""Outgoing calls to Slack, retried on 429 (honouring Retry-After), 5xx and lost connections.

slack-sdk retries only connection errors by default; every client the coach
builds, and every ``response_url`` post, gets all three handlers.

slack-sdk opens (and closes) an aiohttp session, with a fresh connection, for
every call it is not given a session for; the Slack runtime keeps one
:func:`http_session` for its life and hands it to its Web API client and, through
:data:`HTTP_SESSION`, to the ``response_url`` posts of its jobs.
"""

from __future__ import annotations

import asyncio
import logging
from contextvars import ContextVar
from typing import Any

import aiohttp
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

log = logging.getLogger("concession_coach.slack")
SERVER_ERROR_RETRIES = 2
_SERVER_RETRIES = "coach_server_error_retries"
TIMEOUT_SECONDS = 30  # slack-sdk's default per call; a shared session carries it instead
# The open session of the Slack runtime whose job is running (unset: one per post).
HTTP_SESSION: ContextVar[aiohttp.ClientSession | None] = ContextVar(
    "coach_slack_http_session", default=None
)


def http_session() -> aiohttp.ClientSession:
    """One pooled session for many calls (keep-alive connections); close it when done."""
    return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=TIMEOUT_SECONDS))


class AsyncAnyServerErrorRetryHandler(AsyncRetryHandler):
    """Retries every 5xx (slack-sdk's own handler covers only 500 and 503), counting only
    its own retries: slack-sdk's attempt counter is shared by all handlers, so after a 429
    the stock check gave up on the first 500 and the reply was lost (tests/reliability)."""

    async def can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if not await self._can_retry_async(
            state=state, request=request, response=response, error=error
        ):
            return False
        if state.custom_values is None:
            state.custom_values = {}
        used = int(state.custom_values.get(_SERVER_RETRIES, 0))
        if used >= self.max_retry_count:
            return False
        state.custom_values[_SERVER_RETRIES] = used + 1
        return True

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        """Whether the answer is one to retry at all: any 5xx."""
        return response is not None and 500 <= response.status_code < 600


def _url_safe_logger() -> logging.Logger:
    """slack-sdk's webhook client logs the URL (a credential for 30 minutes) whenever its
    logger's own level is DEBUG or unset; this logger's level is set, so it never does."""
    logger = logging.getLogger("concession_coach.slack.response_url")
    logger.setLevel(logging.WARNING)
    return logger


def retry_handlers() -> list[AsyncRetryHandler]:
    """Fresh handlers per client: they keep no state, but lists are mutable."""
    return [
        AsyncConnectionErrorRetryHandler(max_retry_count=2),
        AsyncRateLimitErrorRetryHandler(max_retry_count=3),
        AsyncAnyServerErrorRetryHandler(max_retry_count=2),
    ]


def web_client(
    api_url: str, token: str | None = None, session: aiohttp.ClientSession | None = None
) -> AsyncWebClient:
    return AsyncWebClient(
        token=token,
        base_url=api_url,
        retry_handlers=retry_handlers(),
        logger=log,
        session=session,
        timeout=TIMEOUT_SECONDS,
    )


async def respond(response_url: str, payload: dict[str, Any]) -> bool:
    """Post to a ``response_url`` (up to 5 uses in 30 minutes); False when Slack refused it.

    The webhook client consults retry handlers only on 429 and connection
    errors, so 5xx answers are retried here.
    """
    client = AsyncWebhookClient(
        response_url,
        timeout=TIMEOUT_SECONDS,
        session=HTTP_SESSION.get(),
        retry_handlers=retry_handlers(),
        logger=_url_safe_logger(),
    )
    for attempt in range(SERVER_ERROR_RETRIES + 1):
        response = await client.send_dict(payload)
        if response.status_code < 500 or attempt == SERVER_ERROR_RETRIES:
            break
        await asyncio.sleep(0.5 * 2**attempt)
    if response.status_code != 200:
        log.warning("response_url post refused with HTTP %s", response.status_code)
        return False
    return True
