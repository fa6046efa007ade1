"""Metrics, turn ids and JSON logs, owned by one application.

- ``Metrics`` holds a ``CollectorRegistry`` of its own (never prometheus-client's
  global one), so two apps in one process (tests, replicas in a bench) count apart.
  A worker of ``serve --workers N`` (bot/workers.py) runs in prometheus-client's
  multiprocess mode: its values live in files under PROMETHEUS_MULTIPROC_DIR, which the
  parent makes afresh for the unit, and ``exposition`` sums every worker's, so one
  scrape, whichever worker answers it, reports the whole unit.
- ``metered(handle, metrics, turns)`` wraps the Coach's ``handle`` in the
  composition root: every turn from every adapter passes through it, so turns,
  replies, errors and latency are counted in one place without touching adapters.
- ``TURN_ID`` is a context variable set for the length of a turn; ``JsonFormatter``
  writes it on every log line of that turn (tasks started inside inherit it).
  No message text is logged at info level or above.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import json
import logging
import os
import secrets
import time
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any

from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

from coaching.messages import IncomingMessage, Reply

log = logging.getLogger("concession_coach.turns")
TURN_ID: contextvars.ContextVar[str | None] = contextvars.ContextVar("turn_id", default=None)
Handle = Callable[[IncomingMessage], Coroutine[Any, Any, Reply]]
# Seconds; a turn is a few ms on SQLite, tens on PostgreSQL, more with retries.
TURN_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
LABELLED_CHILDREN = 256  # label values kept per metric a turn counts on
LAG_BUCKETS = (0.1, 0.5, 1.0, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0)
# prometheus-client reads it when imported: set, every value is kept in a file there.
MULTIPROC_DIR_ENV = "PROMETHEUS_MULTIPROC_DIR"


class Metrics:
    """Every metric the coach exports, registered on a registry of its own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        # The unit's directory when this process is one of several workers (bot/workers.py).
        self.unit_dir = os.environ.get(MULTIPROC_DIR_ENV) or None
        r = self.registry
        self.turns = Counter(
            "coach_turns",
            "Coaching turns handled, by platform and outcome (ok or error).",
            ["platform", "outcome"],
            registry=r,
        )
        self.replies = Counter(
            "coach_replies",
            "Replies the coach produced, by platform and outcome (the reply's kind).",
            ["platform", "outcome"],
            registry=r,
        )
        self.errors = Counter(
            "coach_errors",
            "Turns that raised, by platform and exception type.",
            ["platform", "error"],
            registry=r,
        )
        self.turn_seconds = Histogram(
            "coach_turn_duration_seconds",
            "Time from a message reaching the coach to its reply, by platform.",
            ["platform"],
            buckets=TURN_BUCKETS,
            registry=r,
        )
        # Across workers: the running workers' sum; the inbox is the whole database's, so
        # the value read by the latest scrape (by whichever worker answered it).
        self.turns_in_flight = Gauge(
            "coach_turns_in_flight", "Turns running now.", registry=r, multiprocess_mode="livesum"
        )
        self.inbox_depth = Gauge(
            "coach_inbox_pending",
            "Inbox records acknowledged but not yet handled, by platform (read at scrape time).",
            ["platform"],
            registry=r,
            multiprocess_mode="mostrecent",
        )
        self.job_lag = Histogram(
            "coach_job_lag_seconds",
            "How late a scheduled job (reminder) started after it was due.",
            buckets=LAG_BUCKETS,
            registry=r,
        )
        self.jobs = Counter(
            "coach_jobs", "Scheduled jobs run, by the status they ended in.", ["status"], registry=r
        )
        self.database_errors = Counter(
            "coach_database_errors",
            "Database failures, by where they were seen (turn, readyz, inbox_depth, scheduler).",
            ["where"],
            registry=r,
        )

    def exposition(self) -> bytes:
        """Prometheus' text format: this process's metrics, or the whole unit's."""
        if self.unit_dir is None:
            return generate_latest(self.registry)
        unit = CollectorRegistry()
        MultiProcessCollector(unit, path=self.unit_dir)
        return generate_latest(unit)

    def observe_job(self, lag_seconds: float, status: str) -> None:
        self.job_lag.observe(max(lag_seconds, 0.0))
        self.jobs.labels(status=status).inc()


def is_database_error(exc: BaseException) -> bool:
    """SQLAlchemy's and the drivers' failures, and the store's own StorageError."""
    from storage.errors import StorageError

    try:
        from sqlalchemy.exc import SQLAlchemyError
    except ImportError:  # pragma: no cover - SQLAlchemy is a dependency
        return isinstance(exc, StorageError)
    return isinstance(exc, SQLAlchemyError | StorageError)


METRICS: web.AppKey[Metrics] = web.AppKey("metrics", Metrics)


class InFlight:
    """Counts running turns so shutdown can wait for them (see bot.drain)."""

    def __init__(self) -> None:
        self.running = 0
        self._idle = asyncio.Event()
        self._idle.set()

    def enter(self) -> None:
        self.running += 1
        self._idle.clear()

    def leave(self) -> None:
        self.running -= 1
        if self.running == 0:
            self._idle.set()

    async def wait_idle(self, grace: float) -> bool:
        """True when no turn is running any more, within ``grace`` seconds."""
        try:
            async with asyncio.timeout(grace):
                await self._idle.wait()
        except TimeoutError:
            return False
        return True


IN_FLIGHT: web.AppKey[InFlight] = web.AppKey("in_flight", InFlight)


def metered(handle: Handle, metrics: Metrics, in_flight: InFlight | None = None) -> Handle:
    """``handle`` with a turn id, counters, the latency histogram and an in-flight count.

    The labelled series a turn counts on are looked up once per label values and kept
    (a prometheus ``labels()`` lookup is a lock and a dict of its own, three a turn), and
    the "turn done" line is built only when info lines are written."""
    ok = _labelled(metrics.turns, "platform", outcome="ok")
    replied = _labelled(metrics.replies, "platform", "outcome")
    timed = _labelled(metrics.turn_seconds, "platform")

    @functools.wraps(handle)
    async def wrapper(msg: IncomingMessage) -> Reply:
        platform = msg.platform.value
        token = TURN_ID.set(secrets.token_hex(8))
        if in_flight is not None:
            in_flight.enter()
        metrics.turns_in_flight.inc()
        started = time.perf_counter()
        try:
            try:
                reply = await handle(msg)
            except asyncio.CancelledError:
                metrics.turns.labels(platform=platform, outcome="cancelled").inc()
                raise
            except Exception as exc:
                metrics.turns.labels(platform=platform, outcome="error").inc()
                metrics.errors.labels(platform=platform, error=type(exc).__name__).inc()
                if is_database_error(exc):
                    metrics.database_errors.labels(where="turn").inc()
                log.warning(
                    "turn failed",
                    extra={"platform": platform, "error": type(exc).__name__, "ms": _ms(started)},
                )
                raise
            ok(platform).inc()
            replied(platform, reply.kind).inc()
            if log.isEnabledFor(logging.INFO):
                extra = {"platform": platform, "reply": reply.kind, "ms": _ms(started)}
                log.info("turn done", extra=extra)
            return reply
        finally:
            timed(platform).observe(time.perf_counter() - started)
            metrics.turns_in_flight.dec()
            if in_flight is not None:
                in_flight.leave()
            TURN_ID.reset(token)

    return wrapper


def _labelled(metric: Any, *names: str, **fixed: str) -> Callable[..., Any]:
    """``metric``'s child for values of the labels ``names`` (the others ``fixed``), kept
    once looked up (the platforms and reply kinds are few; the bound is for safety)."""

    @functools.lru_cache(maxsize=LABELLED_CHILDREN)
    def child(*values: str) -> Any:
        return metric.labels(**fixed, **dict(zip(names, values, strict=True)))

    return child


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)


# -- logs

_RESERVED = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, the turn id when there is
    one, and whatever the call passed in ``extra``."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        turn_id = getattr(record, "turn_id", None) or TURN_ID.get()
        if turn_id:
            entry["turn_id"] = turn_id
        for key, value in vars(record).items():
            if key not in _RESERVED and key not in entry and key != "turn_id":
                entry[key] = value
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


class TurnIdFilter(logging.Filter):
    """For text logs: puts the turn id (or "-") on the record as ``turn_id``."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "turn_id", None):
            record.turn_id = TURN_ID.get() or "-"
        return True


class WorkerFilter(logging.Filter):
    """Puts the process id on the record as ``worker``: several workers share one stderr."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.worker = os.getpid()
        return True


def configure_logging(level: str, fmt: str, *, worker: bool = False) -> None:
    """The root logger for a serving process: JSON lines (default) or text, to stderr.
    ``worker``: one of ``serve --workers N``'s processes; each line names its pid."""
    handler = logging.StreamHandler()
    if worker:
        handler.addFilter(WorkerFilter())
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.addFilter(TurnIdFilter())
        where = "worker %(worker)s " if worker else ""
        handler.setFormatter(
            logging.Formatter(
                f"%(asctime)s %(levelname)s %(name)s {where}[%(turn_id)s] %(message)s"
            )
        )
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.strip().upper())
