"""Turns run after the HTTP answer, tracked so shutdown can drain them and tests can join them.

Azure Bot Service gives up on a request after 10-15 s and Teams re-sends
after 15 s, so only invokes (whose answer is the HTTP response) run inline.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger("concession_coach.teams")


class Tasks:
    def __init__(self) -> None:
        self._running: set[asyncio.Task[None]] = set()

    def spawn(self, job: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(job, name=name)
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return task

    async def join(self) -> None:
        """Wait until no turn is running, including turns started meanwhile."""
        while self._running:
            await asyncio.gather(*list(self._running), return_exceptions=True)

    async def close(self, grace: float = 10.0) -> None:
        """Let running turns finish for ``grace`` seconds, then cancel the rest."""
        if not self._running:
            return
        _, pending = await asyncio.wait(list(self._running), timeout=grace)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
