"""One delivery runtime for every platform: admit, claim with a lease, recover, sweep, complete.

A request is recorded in the platform's inbox before it is acknowledged
(:meth:`DeliveryRuntime.admit`; None when it was seen before), then either handled
at once and completed (:meth:`finish`) or handed to the workers (:meth:`take`),
which complete it when the job is done, after its replies went out. A crash before
that leaves the record pending: start-up recovery and the sweep that follows it
(:meth:`start_recovery`) claim it once its lease has run out and redo it through
the platform's ``redo``; the store refuses the ledger writes of a redone turn as
already written, while its replies are sent again. A storage outage keeps work
pending instead of losing it. A request whose platform takes its answer in the ack
(a Slack slash command) may instead run as a :class:`FastTurn`: its record is written
in its turn's own transaction when the turn is done within the ack budget, and it
falls back to the record-then-work path above when it is not. The platforms keep
only how a request is keyed and recorded, and how a recorded one is run again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine, Hashable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from adapters.inbox import LeasedInbox, Wait, sweep
from adapters.tasks import Tasks
from coaching.records import InboundEvent
from coaching.store import TRIGGER, AlreadyReceived

log = logging.getLogger("concession_coach.delivery")
OUTAGE_RETRY_S = 1.0  # storage outage: how often a finished job retries marking itself done
RECHECK_SECONDS = 1.0  # recovery re-reads records another replica holds this often


@dataclass(slots=True)
class Delivery:
    """One admitted request; a job claims it when it takes the work over."""

    key: str
    claimed: bool = False
    finished: bool = False


Redo = Callable[[InboundEvent, Delivery], Awaitable[None]]
T = TypeVar("T")
RUNNING, COMMITTING, SLOW = "running", "committing", "slow"


class Duplicate(Exception):
    """The request was received before (a retry or a replay): nothing was written."""


class DeliveryRuntime:
    """One platform's inbox and workers, built once per application life."""

    def __init__(
        self,
        inbox: LeasedInbox,
        tasks: Tasks,
        redo: Redo,
        *,
        wait: Wait = asyncio.sleep,
        shutdown_grace: float = 10.0,
    ) -> None:
        self.inbox = inbox
        self.tasks = tasks
        self.shutdown_grace = shutdown_grace  # seconds running jobs get to finish at shutdown
        self.recovery: asyncio.Task[int] | None = None
        self.sweeper: asyncio.Task[None] | None = None  # storage outage: see sweep
        self._redo = redo
        self._wait = wait
        self._held: set[str] = set()  # inbox keys whose job this process has taken
        self._stopping = asyncio.Event()

    @property
    def platform(self) -> str:
        return self.inbox.platform

    def unavailable(self, exc: BaseException) -> bool:
        return self.inbox.unavailable(exc)

    # -- admit, take, complete
    async def admit(self, key: str, payload: dict[str, Any], tenant: str = "") -> Delivery | None:
        """Record a request before its ack (None: seen before); waits while the backlog of
        acknowledged work is full, so an overloaded process slows its acks down instead of
        piling up work it cannot finish within its inbox lease."""
        await self.tasks.room()
        return Delivery(key) if await self.inbox.record(key, payload, tenant) else None

    def fast(self, key: str, payload: dict[str, Any], tenant: str, budget: float) -> FastTurn:
        """A request to answer in its ack if its turn is done within ``budget`` seconds."""
        return FastTurn(self, key, payload, tenant, budget)

    def take(
        self,
        delivery: Delivery | None,
        job: Coroutine[Any, Any, None],
        name: str,
        lane: Hashable | None = None,
    ) -> None:
        """Hand ``job`` to the workers; jobs in one ``lane`` (a rep) run in arrival order."""
        if delivery is not None:
            delivery.claimed = True
            self._held.add(delivery.key)
        self.tasks.spawn(self._run(delivery, job), name, lane)

    async def finish(self, delivery: Delivery | None) -> None:
        """Complete a delivery nobody took (handled inline, or not for any job)."""
        if delivery is not None and not delivery.claimed and not delivery.finished:
            delivery.finished = True
            await self.inbox.complete(delivery.key)

    async def _run(self, delivery: Delivery | None, job: Coroutine[Any, Any, None]) -> None:
        try:
            await job
        except Exception as exc:
            if delivery is not None and self.unavailable(exc):
                log.warning(
                    "%s job stopped, storage unavailable; it stays pending: %r", self.platform, exc
                )
                self._held.discard(delivery.key)
                return
            log.exception("%s job failed", self.platform)  # completed: a poison request runs once
        if delivery is not None:
            try:
                await self._complete(delivery.key)
            finally:
                self._held.discard(delivery.key)

    async def _complete(self, key: str) -> None:
        """Mark a finished job done, waiting out a storage outage (else it would be redone)."""
        while True:
            try:
                await self.inbox.complete(key)
                return
            except Exception as exc:
                if not self.unavailable(exc):
                    raise
                log.warning(
                    "%s job done, storage unavailable to record it: retrying", self.platform
                )
            await asyncio.sleep(OUTAGE_RETRY_S)

    # -- recover and sweep
    async def recover(self, received_before: datetime) -> int:
        """Redo what an earlier life of the app (or a dead replica) recorded but never
        finished, oldest first, once each lease has run out; records a live replica
        completes meanwhile drop out of ``pending``, so the loop ends when nothing older
        than ``received_before`` is left. Returns how many records this process took."""
        seen: set[str] = set()
        while not self._stopping.is_set():
            pending = await self.inbox.pending(received_before)
            batch = [e for e in pending if e.event_id not in seen and e.event_id not in self._held]
            if not batch:
                break
            held: list[datetime] = []
            before = self.tasks.running()
            for event in batch:
                if self._stopping.is_set():
                    break
                if not await self.inbox.claim(event.event_id):
                    if event.lock_expires_at is not None:
                        held.append(event.lock_expires_at)
                    continue
                seen.add(event.event_id)
                delivery = Delivery(event.event_id)
                try:
                    await self._redo(event, delivery)
                    await self.finish(delivery)
                except Exception:
                    log.exception("recovering a %s request failed; it stays pending", self.platform)
            # Only the jobs of this batch: under live traffic the job set is never empty.
            await self.tasks.wait(self.tasks.running() - before)
            if held and len(held) == len(batch):  # all leased elsewhere: wait for the first
                wait = (min(held) - self.inbox.clock()).total_seconds()
                wait = min(max(wait, 0.05), RECHECK_SECONDS, self.inbox.lease.total_seconds())
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), wait)
        if seen:
            log.info(
                "recovered %d unfinished %s request(s) from the inbox", len(seen), self.platform
            )
        return len(seen)

    def start_recovery(self, received_before: datetime) -> asyncio.Task[int]:
        """Recover in the background beside the live traffic (not a tracked job: it joins
        the jobs it starts), then sweep every lease period."""
        loop = asyncio.get_running_loop()
        name = f"{self.platform} recovery"
        self.recovery = loop.create_task(self.recover(received_before), name=name)
        self.recovery.add_done_callback(self._report_recovery)
        self.sweeper = loop.create_task(
            sweep(self.inbox, self.recover, self.recovery, self._wait),
            name=f"{self.platform} inbox sweep",
        )
        return self.recovery

    def _report_recovery(self, task: asyncio.Task[int]) -> None:
        """A recovery that failed (the store went away) leaves its records pending: say so."""
        if not task.cancelled() and (exc := task.exception()) is not None:
            log.error(
                "%s start-up recovery stopped; records stay pending", self.platform, exc_info=exc
            )

    async def close(self) -> None:
        """Stop recovering between requests and let running jobs finish for
        ``shutdown_grace`` seconds; what is cancelled then stays pending for the next life."""
        self._stopping.set()
        if self.sweeper is not None:
            self.sweeper.cancel()
            await asyncio.gather(self.sweeper, return_exceptions=True)
        if self.recovery is not None and not self.recovery.done():
            await asyncio.wait([self.recovery], timeout=self.shutdown_grace)
            self.recovery.cancel()
            await asyncio.gather(self.recovery, return_exceptions=True)
        await self.tasks.close(self.shutdown_grace)


class FastTurn:
    """One request answered in its ack when its turn is done within ``budget`` seconds.

    The turn is handed to the workers at once, in its rep's lane like any job, before
    anything is recorded; its dedupe record (done) is written in the turn's own commit
    (``coaching.store.TRIGGER``), or on its own when the turn wrote nothing. Once the
    budget has run out with no commit begun, the request is recorded as pending (leased)
    like any other, the ack goes out empty, and the job delivers the turn's replies the
    slow way and completes the record; a commit already under way is waited for instead
    (it is the record). Either way the record is durable before the ack, and a duplicate
    (the key is there already) writes nothing and raises :class:`Duplicate`.
    """

    def __init__(
        self,
        runtime: DeliveryRuntime,
        key: str,
        payload: dict[str, Any],
        tenant: str,
        budget: float,
    ) -> None:
        self._runtime = runtime
        self.key = key
        self._payload = payload
        self._tenant = tenant
        self.budget = budget
        self.state = RUNNING
        self.refused = ""  # "duplicate" or "unavailable": how the HTTP answer must say so
        self._recorded: asyncio.Future[Delivery | None] | None = None

    async def committing(self) -> InboundEvent | None:
        """The engine's :class:`coaching.store.Trigger`, called before each commit attempt."""
        if self._recorded is None:  # within the budget: the record goes with the turn
            self.state = COMMITTING
            return self._runtime.inbox.done_record(self.key, self._tenant)
        if await asyncio.shield(self._recorded) is None:
            raise AlreadyReceived(self.key)
        return None  # recorded pending already; the job completes it after the reply

    async def run(
        self,
        turn: Coroutine[Any, Any, T],
        slow: Callable[[T], Coroutine[Any, Any, None]],
        name: str,
        lane: Hashable | None = None,
    ) -> T | None:
        """``turn``'s result when it is done within the budget; None when it is not, after
        the request was recorded (the job then runs ``slow(result)`` and completes it)."""
        runtime = self._runtime
        await runtime.tasks.room()
        loop = asyncio.get_running_loop()
        outcome: asyncio.Future[T] = loop.create_future()
        runtime.tasks.spawn(self._job(turn, slow, outcome), f"fast {name}", lane)
        await asyncio.wait({outcome}, timeout=self.budget)
        if not outcome.done() and self.state == COMMITTING:
            await asyncio.wait({outcome})  # its commit is the record: the ack waits for it
        if outcome.done():
            return await self._answered(outcome)
        self._recorded = loop.create_future()
        self.state = SLOW
        try:
            recorded = await runtime.inbox.record(self.key, self._payload, self._tenant)
        except BaseException:
            self._recorded.set_result(None)
            raise
        delivery = Delivery(self.key, claimed=True) if recorded else None
        if delivery is not None:
            runtime._held.add(delivery.key)
        self._recorded.set_result(delivery)
        if delivery is None:
            raise Duplicate(self.key)  # its turn has not committed: its commit waits for this
        return None

    async def _job(
        self,
        turn: Coroutine[Any, Any, T],
        slow: Callable[[T], Coroutine[Any, Any, None]],
        outcome: asyncio.Future[T],
    ) -> None:
        TRIGGER.set(self)  # this job's own context: the engine hands it to the commit
        failure: Exception | None = None
        try:
            result = await turn
        except Exception as exc:
            if self.state != SLOW:
                outcome.set_exception(exc)  # the ack's to answer for
                return
            failure = exc
        else:
            if self.state != SLOW:
                outcome.set_result(result)
                return
        assert self._recorded is not None
        delivery = await asyncio.shield(self._recorded)
        if delivery is None:
            return  # a duplicate: nothing was written, nothing is sent
        if failure is not None:
            await self._runtime._run(delivery, _raise(failure))
        else:
            await self._runtime._run(delivery, slow(result))

    async def _answered(self, outcome: asyncio.Future[T]) -> T | None:
        runtime = self._runtime
        try:
            result: T | None = outcome.result()
            failed = False
        except AlreadyReceived as exc:
            raise Duplicate(self.key) from exc
        except Exception as exc:
            if runtime.unavailable(exc):
                raise  # nothing recorded, nothing acknowledged
            log.error("%s fast turn failed", runtime.platform, exc_info=exc)  # it runs once
            result, failed = None, True
        if self.state == RUNNING or failed:  # no commit carried the record: write it alone
            if not await runtime.inbox.record_done(self.key, self._tenant) and not failed:
                raise Duplicate(self.key)
        return result


async def _raise(exc: Exception) -> None:
    raise exc
