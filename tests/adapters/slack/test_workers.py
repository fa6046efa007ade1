"""The bounded worker pool behind the acks: at most ``workers`` jobs at once, one rep's jobs in
arrival order (a job waiting for its rep holds no worker), a clean close, back-pressure on the
acks, and recovery that waits for its own batch only.

No sleeps stand in for timing: jobs report when they start and run until the test releases
them; every wait for something that should happen is bounded (``TIMEOUT``) so a broken pool
fails instead of hanging.
"""

from __future__ import annotations

import asyncio
import gc
import json
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
from aiohttp import web

from adapters.tasks import Tasks
from bot.services import Store
from coaching.model import utcnow
from coaching.records import InboundEvent
from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack, make_settings, open_slack, section_texts
from tests.adapters.slack.fake_slack import FakeSlack

TIMEOUT = 5.0  # a bound on waits for what must happen, never a measured duration
TENANT = "slack:T1"
OTHER = "U0OTHER"  # a second rep, in their own DM with the app
OTHER_DM = "D0OTHER"


class Jobs:
    """Jobs that report when they start and finish, and run until released."""

    def __init__(self) -> None:
        self.log: list[str] = []
        self.running: set[str] = set()
        self.peak = 0  # most jobs running at one moment
        self._started: dict[str, asyncio.Event] = {}
        self._release: dict[str, asyncio.Event] = {}

    def job(self, name: str) -> Coroutine[Any, Any, None]:
        self._started[name] = asyncio.Event()
        self._release[name] = asyncio.Event()
        return self._job(name)

    async def _job(self, name: str) -> None:
        self.running.add(name)
        self.peak = max(self.peak, len(self.running))
        self.log.append(f"start {name}")
        self._started[name].set()
        try:
            await self._release[name].wait()
        except asyncio.CancelledError:
            self.log.append(f"cancelled {name}")
            raise
        finally:
            self.running.discard(name)
        self.log.append(f"end {name}")

    def release(self, *names: str) -> None:
        for name in names:
            self._release[name].set()

    async def started(self, name: str) -> None:
        try:
            await asyncio.wait_for(self._started[name].wait(), TIMEOUT)
        except TimeoutError:
            raise AssertionError(f"{name} never started; running: {sorted(self.running)}") from None

    def order(self, *names: str) -> list[str]:
        """The log, restricted to these jobs."""
        return [e for e in self.log if e.split()[-1] in names]


def run_in_order(*names: str) -> list[str]:
    return [f"{what} {name}" for name in names for what in ("start", "end")]


async def let_ready_tasks_run() -> None:
    """Give every task that can run a few turns of the loop (no timing involved)."""
    for _ in range(10):
        await asyncio.sleep(0)


# -- the pool itself


async def test_never_more_jobs_at_once_than_workers() -> None:
    tasks, jobs = Tasks(workers=3), Jobs()
    names = [f"j{i}" for i in range(10)]
    for i, name in enumerate(names):  # half in lanes of their own, half in none
        tasks.spawn(jobs.job(name), name, lane=("T1", f"U{i}") if i % 2 else None)
    for name in names[:3]:
        await jobs.started(name)
    for i, name in enumerate(names):
        assert len(jobs.running) <= 3
        jobs.release(name)  # frees its worker: the longest-waiting job takes it
        if i + 3 < len(names):
            await jobs.started(names[i + 3])
    await asyncio.wait_for(tasks.join(), TIMEOUT)
    assert jobs.peak == 3  # the limit held at every start, and the pool used all of it
    assert not any(e.startswith("cancelled") for e in jobs.log) and tasks.pending == 0


async def test_one_reps_jobs_run_in_arrival_order_while_other_lanes_run_alongside() -> None:
    tasks, jobs = Tasks(workers=8), Jobs()
    for name, lane in [("a1", "A"), ("b1", "B"), ("a2", "A"), ("a3", "A"), ("c1", None)]:
        tasks.spawn(jobs.job(name), name, lane=("T1", lane) if lane else None)
    for name in ("a1", "b1", "c1"):
        await jobs.started(name)
    # c1 came last, so every job has had its first turn: a2 and a3 wait behind a1
    assert jobs.running == {"a1", "b1", "c1"}
    jobs.release("a3", "a2")  # the later ones are ready to finish first...
    await let_ready_tasks_run()
    assert jobs.running == {"a1", "b1", "c1"}  # ...and still wait their turn
    jobs.release("a1", "b1", "c1")
    await asyncio.wait_for(tasks.join(), TIMEOUT)
    assert jobs.order("a1", "a2", "a3") == run_in_order("a1", "a2", "a3")


async def test_a_job_waiting_for_its_lane_holds_no_worker() -> None:
    tasks, jobs = Tasks(workers=2), Jobs()
    for name, lane in [("a1", "A"), ("a2", "A"), ("a3", "A"), ("b1", "B")]:
        tasks.spawn(jobs.job(name), name, lane=("T1", lane))
    await jobs.started("a1")
    await jobs.started("b1")  # the second worker went to b1, not to a2/a3 queued before it
    assert jobs.running == {"a1", "b1"}
    jobs.release("a1", "a2", "a3", "b1")
    await asyncio.wait_for(tasks.join(), TIMEOUT)
    assert jobs.order("a1", "a2", "a3") == run_in_order("a1", "a2", "a3")


async def test_close_lets_running_jobs_finish() -> None:
    tasks, jobs = Tasks(workers=2), Jobs()
    for name, lane in [("a1", "A"), ("a2", "A"), ("b1", "B")]:
        tasks.spawn(jobs.job(name), name, lane=("T1", lane))
    await jobs.started("a1")
    closing = asyncio.create_task(tasks.close(grace=TIMEOUT))
    jobs.release("a1", "a2", "b1")
    await asyncio.wait_for(closing, 2 * TIMEOUT)
    assert sorted(e for e in jobs.log if e.startswith("end")) == ["end a1", "end a2", "end b1"]
    assert not any(e.startswith("cancelled") for e in jobs.log) and tasks.pending == 0


async def test_close_cancels_the_rest_and_closes_jobs_that_never_ran() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tasks, jobs = Tasks(workers=1), Jobs()
        tasks.spawn(jobs.job("stuck"), "stuck", lane=("T1", "A"))  # never released
        tasks.spawn(jobs.job("behind"), "behind", lane=("T1", "A"))  # waits for its lane
        tasks.spawn(jobs.job("queued"), "queued", lane=("T1", "B"))  # waits for a worker
        await jobs.started("stuck")
        await asyncio.wait_for(tasks.close(grace=0.01), TIMEOUT)
        assert jobs.log == ["start stuck", "cancelled stuck"]
        assert tasks.pending == 0
        # cancelled before its task ever ran (no turn of the loop in between)
        early = Tasks(workers=1)
        task = early.spawn(jobs.job("early"), "early", lane=("T1", "C"))
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        # and closed at once, before any of its jobs had a turn
        hasty = Tasks(workers=1)
        for name in ("h1", "h2"):
            hasty.spawn(jobs.job(name), name, lane=("T1", "D"))
        await asyncio.wait_for(hasty.close(grace=0), TIMEOUT)
        assert early.pending == 0 and hasty.pending == 0
        del task
        gc.collect()
    unawaited = [str(w.message) for w in caught if "never awaited" in str(w.message)]
    assert unawaited == []


async def test_a_full_backlog_holds_the_next_ack_until_a_job_finishes() -> None:
    tasks, jobs = Tasks(workers=1, backlog=2), Jobs()
    await asyncio.wait_for(tasks.room(), TIMEOUT)  # room at first
    tasks.spawn(jobs.job("x"), "x")
    tasks.spawn(jobs.job("y"), "y")  # waits for the worker: accepted, unfinished
    await jobs.started("x")
    waiting = asyncio.create_task(tasks.room())
    await let_ready_tasks_run()
    assert not waiting.done() and tasks.pending == 2
    jobs.release("x")
    await asyncio.wait_for(waiting, TIMEOUT)  # x done: room for one more
    await jobs.started("y")
    jobs.release("y")
    await asyncio.wait_for(tasks.join(), TIMEOUT)


# -- through the served app


async def test_admit_waits_while_the_backlog_is_full(slack: Slack) -> None:
    runtime = slack.runtime
    jobs, names = Jobs(), []
    while runtime.tasks.pending < 256:  # the soft cap of acknowledged, unfinished jobs
        name = f"busy{len(names)}"
        names.append(name)
        runtime.tasks.spawn(jobs.job(name), name)
    try:
        payload = json.loads(payloads.envelope(payloads.message("deal Acme"), event_id="EvFULL"))
        admitted = asyncio.create_task(runtime.admit("event:EvFULL", payload))
        done, _ = await asyncio.wait({admitted}, timeout=0.2)
        assert not done  # no inbox record, no ack while the backlog is full
        assert await slack.services.store.pending_inbound("slack") == []
        jobs.release(names[0])
        delivery = await asyncio.wait_for(admitted, TIMEOUT)
        assert delivery is not None and delivery.key == "event:EvFULL"
    finally:
        jobs.release(*names)
    await asyncio.wait_for(runtime.tasks.join(), TIMEOUT)


async def test_recovery_waits_for_its_own_batch_not_for_live_jobs(slack: Slack) -> None:
    store = slack.services.store
    jobs = Jobs()
    slack.runtime.tasks.spawn(jobs.job("live"), "live")  # a job that outlasts the recovery
    dm = json.loads(payloads.envelope(payloads.message("deal Acme"), event_id="EvLATE"))
    late = InboundEvent("slack", "event:EvLATE", dm, received_at=utcnow() - timedelta(seconds=5))
    assert await store.record_inbound(late)
    try:
        await jobs.started("live")
        recovered = await asyncio.wait_for(slack.runtime.recover(utcnow()), TIMEOUT)
        assert recovered == 1
        # its own job is finished (answered, completed); the live one still runs
        assert [c.params["channel"] for c in slack.fake.to("chat.postMessage")] == [payloads.DM]
        assert await store.pending_inbound("slack") == []
        assert jobs.running == {"live"}
    finally:
        jobs.release("live")
    await asyncio.wait_for(slack.runtime.tasks.join(), TIMEOUT)


class Hold:
    """Middleware on the fake Slack: holds the first reply to ``held`` until a reply to
    ``until`` has been answered, and notes the order replies were answered in."""

    def __init__(self, held: str, until: str) -> None:
        self.held, self.until = held, until
        self.opened = asyncio.Event()
        self.order: list[str] = []
        self._holding = False

    @staticmethod
    async def destination(request: web.Request) -> str:
        """chat.postMessage: its channel; a response_url: its token."""
        if request.path.startswith("/response/"):
            return request.match_info.get("token") or request.path.rsplit("/", 1)[-1]
        raw = await request.text()  # aiohttp keeps the body for the handler
        try:
            params = json.loads(raw) if raw else {}
        except ValueError:
            params = dict(parse_qsl(raw))
        return str(params.get("channel") or "")

    @web.middleware
    async def middleware(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        if not request.path.startswith(("/response/", "/api/chat.postMessage")):
            return await handler(request)
        target = await self.destination(request)
        if target == self.held and not self._holding:
            self._holding = True
            await self.opened.wait()
        response = await handler(request)
        self.order.append(target)
        if target == self.until:
            self.opened.set()
        return response


async def held_slack(
    hold: Hold, store: Store, tmp_path: Path
) -> tuple[Slack, Callable[[], Awaitable[None]]]:
    """The app with two workers, against a fake Slack that holds one reply."""
    fake = FakeSlack()
    fake.server.app.middlewares.append(hold.middleware)
    await fake.start()
    client, services = await open_slack(fake, store, make_settings(fake, tmp_path, slack_workers=2))
    slack = Slack(client, fake, services)
    await slack.settle()

    async def close() -> None:
        hold.opened.set()  # a failed test must not leave a reply held through the close
        await client.close()
        await fake.close()

    return slack, close


@pytest.fixture
async def dm_hold(store: Store, tmp_path: Path) -> AsyncIterator[tuple[Slack, Hold]]:
    hold = Hold(held=payloads.DM, until=OTHER_DM)
    slack, close = await held_slack(hold, store, tmp_path)
    yield slack, hold
    await close()


@pytest.fixture
async def command_hold(store: Store, tmp_path: Path) -> AsyncIterator[tuple[Slack, Hold]]:
    hold = Hold(held="rep1", until="other1")
    slack, close = await held_slack(hold, store, tmp_path)
    yield slack, hold
    await close()


async def assert_one_deal_one_ask(slack: Slack) -> None:
    store = slack.services.store
    deals = await store.list_deals(TENANT, payloads.REP)
    assert [d.name for d in deals] == ["Acme"]
    entries = await store.ledger(TENANT, deals[0].id)
    assert [(e.side, e.kind) for e in entries] == [("ask", "discount")]
    assert await store.pending_inbound("slack") == []


async def test_a_reps_quick_dms_are_answered_in_order(dm_hold: tuple[Slack, Hold]) -> None:
    slack, hold = dm_hold
    # the rep's first turn is held at Slack; their second message comes at once
    await slack.event(payloads.message("deal Acme"), settle=False)
    await slack.event(payloads.message("Acme wants 15% off"), settle=False)
    await slack.event(payloads.message("deal Globex", user=OTHER, channel=OTHER_DM), settle=False)
    try:  # another rep is answered meanwhile: the waiting second turn holds no worker
        await asyncio.wait_for(hold.opened.wait(), TIMEOUT)
    except TimeoutError:
        raise AssertionError(f"the other rep was not answered: {hold.order}") from None
    await asyncio.wait_for(slack.settle(), TIMEOUT)
    posts = slack.fake.to("chat.postMessage")
    assert [p.params["channel"] for p in posts] == [OTHER_DM, payloads.DM, payloads.DM]
    first, second = (section_texts(p.params["blocks"]) for p in posts[1:])
    assert "New deal *Acme*" in first
    assert "What are you getting in return?" in second
    await assert_one_deal_one_ask(slack)


async def test_a_reps_quick_slash_commands_are_answered_in_order(
    command_hold: tuple[Slack, Hold],
) -> None:
    slack, hold = command_hold
    for text, user, token in [
        ("deal Acme", payloads.REP, "rep1"),
        ("Acme wants 15% off", payloads.REP, "rep2"),
        ("deal Globex", OTHER, "other1"),
    ]:
        url = slack.fake.response_url(token)
        channel = payloads.DM if user == payloads.REP else OTHER_DM
        body = payloads.slash_command(text, response_url=url, user=user, channel=channel)
        assert (await slack.form(body, settle=False)).status == 200
    try:
        await asyncio.wait_for(hold.opened.wait(), TIMEOUT)
    except TimeoutError:
        raise AssertionError(f"the other rep was not answered: {hold.order}") from None
    await asyncio.wait_for(slack.settle(), TIMEOUT)
    assert hold.order == ["other1", "rep1", "rep2"]
    replies = [section_texts(c.params["blocks"]) for c in slack.fake.to("response_url")]
    assert len(replies) == 3
    assert "New deal *Acme*" in replies[1]
    assert "What are you getting in return?" in replies[2]
    await assert_one_deal_one_ask(slack)
