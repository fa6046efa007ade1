"""Bounded exponential backoff with full jitter for calls to the Bot Connector.

Teams limits sends per bot and conversation (7 in 1 s, 60 in 30 s, 1,800 an
hour) and answers 429; 412, 502 and 504 are transient too. msrest's own
retries are switched off on our connector clients so this is the one policy.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

log = logging.getLogger("concession_coach.teams")
RETRY_STATUSES = frozenset({412, 429, 502, 504})
T = TypeVar("T")


def status_of(exc: BaseException) -> int | None:
    """The HTTP status of a failed connector call (msrest's HttpOperationError), if any."""
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    return status if isinstance(status, int) else None


def retry_after(exc: BaseException) -> float | None:
    """The server's Retry-After in seconds, when it sent one as a number."""
    headers = getattr(getattr(exc, "response", None), "headers", None) or {}
    try:
        value = float(headers.get("Retry-After", ""))
    except (TypeError, ValueError):
        return None
    return value if value >= 0 else None


@dataclass(frozen=True, slots=True)
class Backoff:
    attempts: int = 5  # calls in all, the first included
    base: float = 0.5  # seconds before the first retry, doubled each time
    cap: float = 8.0  # no single wait longer than this
    sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, compare=False)
    rand: Callable[[], float] = field(default=random.random, compare=False)

    def delay(self, attempt: int, exc: BaseException) -> float:
        """Full jitter below the doubled base, never shorter than a sane Retry-After."""
        ceiling = min(self.cap, self.base * 2 ** (attempt - 1))
        jittered = ceiling * self.rand()
        hinted = retry_after(exc)
        return min(self.cap, max(jittered, hinted)) if hinted is not None else jittered

    async def run(self, call: Callable[[], Awaitable[T]], what: str = "connector call") -> T:
        attempt = 1
        while True:
            try:
                return await call()
            except Exception as exc:
                status = status_of(exc)
                if status not in RETRY_STATUSES or attempt >= self.attempts:
                    raise
                wait = self.delay(attempt, exc)
                log.warning("%s got %s; retry %d in %.2fs", what, status, attempt, wait)
                await self.sleep(wait)
                attempt += 1
