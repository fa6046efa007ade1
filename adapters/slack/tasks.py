"""Background work after the ack, tracked so shutdown can drain it and tests can join it.

bolt would run listeners as untracked tasks; the coach acknowledges first and
hands the work here instead.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger("concession_coach.slack")


class Tasks:
    def __init__(self) -> None:
        self._running: set[asyncio.Task[None]] = set()

    def spawn(self, job: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(job, name=name)
        self._running.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[None]) -> None:
        self._running.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("slack job %s failed", task.get_name(), exc_info=task.exception())

    async def join(self) -> None:
        """Wait until no job is running, including jobs spawned by other jobs."""
        while self._running:
            await asyncio.gather(*list(self._running), return_exceptions=True)

    async def close(self, grace: float = 10.0) -> None:
        """Let running jobs finish for ``grace`` seconds, then cancel the rest.

        A cancelled job leaves its inbox record pending, so the next start redoes it.
        """
        if not self._running:
            return
        _, pending = await asyncio.wait(list(self._running), timeout=grace)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
