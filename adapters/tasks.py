"""Background work after the ack, tracked so shutdown can drain it and tests can join it.

Both platforms answer the HTTP request first and hand the turn here: bolt would
run listeners as untracked tasks, and Teams re-sends what took over 15 s. Two
rules keep the acks fast under load (Slack uses both; Teams runs its turns
unbounded and laneless, as they come):

- at most ``workers`` jobs run at once; the rest wait their turn without
  touching the store, so a new request's inbox record (written before its ack)
  queues behind a few turns' writes at most, not behind every job in flight;
- jobs with the same ``lane`` (one rep's conversation) run one after another in
  arrival order, so a rep's quick messages never race each other for the same
  conversation state (a lost race re-runs the whole turn) and are answered in
  the order they were sent.

A job waiting for its turn is already recorded in the inbox: when the process
stops before it runs, the next start recovers it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine, Hashable
from typing import Any

log = logging.getLogger("concession_coach.tasks")
DEFAULT_WORKERS = 4
DEFAULT_BACKLOG = 256  # accepted, unfinished jobs before the next ack waits (a burst)
UNBOUNDED = 2**31 - 1  # as many workers, or as long a backlog, as jobs arrive
_NO_LANE = contextlib.nullcontext()


class _Lane:
    __slots__ = ("lock", "users")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()  # FIFO: waiters are woken in the order they arrived
        self.users = 0


class Tasks:
    def __init__(self, workers: int = DEFAULT_WORKERS, backlog: int = DEFAULT_BACKLOG) -> None:
        if workers < 1 or backlog < 1:
            raise ValueError("workers and backlog must be at least 1")
        self._running: set[asyncio.Task[None]] = set()
        self._workers = asyncio.Semaphore(workers)
        self._lanes: dict[Hashable, _Lane] = {}
        self._backlog = backlog
        self._room = asyncio.Event()
        self._room.set()

    @property
    def pending(self) -> int:
        """Jobs accepted and not finished (running or waiting for a worker or their lane)."""
        return len(self._running)

    async def room(self) -> None:
        """Wait while the backlog is full: back-pressure before the next ack, not an
        ever-growing queue of acknowledged work."""
        while len(self._running) >= self._backlog:
            self._room.clear()
            await self._room.wait()

    def spawn(
        self, job: Coroutine[Any, Any, None], name: str, lane: Hashable | None = None
    ) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(self._run(job, lane), name=name)
        self._running.add(task)
        task.add_done_callback(self._done)
        # A job that never ran is closed, not left "never awaited": cancelled while waiting for
        # its lane or a worker, or before its task first ran (then _run never starts at all, so
        # no finally of its own could close it). Closing a finished coroutine does nothing.
        task.add_done_callback(lambda _: job.close())
        return task

    async def _run(self, job: Coroutine[Any, Any, None], lane_key: Hashable | None) -> None:
        lane = None
        if lane_key is not None:
            lane = self._lanes.get(lane_key)
            if lane is None:
                lane = self._lanes[lane_key] = _Lane()
            lane.users += 1
        try:
            # The lane first, then a worker: a job waiting behind its own rep holds no worker.
            async with lane.lock if lane is not None else _NO_LANE, self._workers:
                await job
        finally:
            if lane is not None:
                lane.users -= 1
                if lane.users == 0:
                    del self._lanes[lane_key]

    def _done(self, task: asyncio.Task[None]) -> None:
        self._running.discard(task)
        if len(self._running) < self._backlog:
            self._room.set()
        if not task.cancelled() and task.exception() is not None:
            log.error("job %s failed", task.get_name(), exc_info=task.exception())

    def running(self) -> set[asyncio.Task[None]]:
        """The jobs accepted and not finished, now (to wait for some of them later)."""
        return set(self._running)

    async def wait(self, tasks: set[asyncio.Task[None]]) -> None:
        """Wait for these jobs only (their failures are logged, not raised)."""
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

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
