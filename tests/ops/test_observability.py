"""/metrics, /readyz, /healthz, the pages and the logs, through a real aiohttp server on
127.0.0.1 (port 0): the Slack harness drives real turns."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.ext.asyncio import create_async_engine

from bot.app import create_app
from bot.observability import METRICS, TURN_ID, JsonFormatter, Metrics, metered
from bot.services import Services, build_coach
from bot.settings import Settings
from coaching.messages import IncomingMessage, Platform, Reply
from coaching.records import InboundEvent
from storage.memory import MemoryStore
from tests.adapters.slack.conftest import Slack
from tests.adapters.slack.conftest import fake as fake  # the fake Slack Web API, a fixture
from tests.adapters.slack.conftest import slack as slack  # the real app with signed requests


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


async def scrape(client: TestClient) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = await client.get("/metrics")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/plain; version=")
    return samples(await response.text())


async def test_turns_are_counted_by_platform_and_outcome(slack: Slack) -> None:
    await slack.dm("deal Acme")
    await slack.dm("Acme wants 15% off")
    got = await scrape(slack.client)
    assert got[("coach_turns_total", (("outcome", "ok"), ("platform", "slack")))] == 2
    assert got[("coach_turn_duration_seconds_count", (("platform", "slack"),))] == 2
    replies = {k[1]: v for k, v in got.items() if k[0] == "coach_replies_total"}
    assert sum(replies.values()) == 2
    assert got[("coach_turns_in_flight", ())] == 0
    assert got[("coach_inbox_pending", (("platform", "slack"),))] == 0


async def test_inbox_depth_is_read_from_the_store_when_scraped(slack: Slack) -> None:
    await slack.services.store.record_inbound(
        InboundEvent("slack", "Ev-pending", {"kind": "event"}, tenant="slack:T1")
    )
    got = await scrape(slack.client)
    assert got[("coach_inbox_pending", (("platform", "slack"),))] == 1


def test_each_app_has_its_own_registry(tmp_path: Path) -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    first, second = create_app(settings), create_app(settings)
    assert first[METRICS].registry is not second[METRICS].registry
    first[METRICS].turns.labels(platform="slack", outcome="ok").inc()
    assert (
        second[METRICS].registry.get_sample_value(
            "coach_turns_total", {"platform": "slack", "outcome": "ok"}
        )
        is None
    )


async def test_a_failing_turn_counts_an_error_and_a_database_error() -> None:
    from sqlalchemy.exc import OperationalError

    metrics = Metrics()

    async def broken(msg: IncomingMessage) -> Reply:
        raise OperationalError("SELECT 1", {}, ConnectionRefusedError("down"))

    handle = metered(broken, metrics)
    with pytest.raises(OperationalError):
        await handle(IncomingMessage(Platform.TEAMS, "t1", "u1", "c1", "hi"))
    value = metrics.registry.get_sample_value
    assert value("coach_turns_total", {"platform": "teams", "outcome": "error"}) == 1
    assert value("coach_errors_total", {"platform": "teams", "error": "OperationalError"}) == 1
    assert value("coach_database_errors_total", {"where": "turn"}) == 1


async def test_log_lines_of_a_turn_carry_its_id_and_no_message_text() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.INFO)
    seen: list[str | None] = []

    async def handle(msg: IncomingMessage) -> Reply:
        seen.append(TURN_ID.get())
        logging.getLogger("concession_coach.engine").info("inside the turn")
        await asyncio.create_task(asyncio.sleep(0))  # a task inherits the turn id
        return Reply(kind="help")

    try:
        await metered(handle, Metrics())(
            IncomingMessage(Platform.SLACK, "T1", "U1", "D1", "Acme wants 15% off, secret")
        )
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    ours = [line for line in lines if line["logger"].startswith("concession_coach")]
    assert [line["message"] for line in ours] == ["inside the turn", "turn done"]
    assert {line["turn_id"] for line in ours} == {seen[0]}
    assert ours[1]["platform"] == "slack" and ours[1]["reply"] == "help"
    assert "secret" not in stream.getvalue()
    assert TURN_ID.get() is None


async def test_readyz_is_ready_with_the_database_answering(slack: Slack) -> None:
    response = await slack.client.get("/readyz")
    body = await response.json()
    assert response.status == 200, body
    assert body["ready"] is True and body["down"] == []
    assert set(body["checks"]) == {"shutdown", "services", "database"}
    assert (await slack.client.get("/healthz")).status == 200


async def open_app(settings: Settings, **service_fields: Any) -> TestClient:
    store = MemoryStore()
    coach = build_coach(store, settings)
    services = Services(settings, store, coach.playbook, coach.renderer, coach, **service_fields)
    client = TestClient(TestServer(create_app(settings, services), host="127.0.0.1", port=0))
    await client.start_server()
    return client


async def test_readyz_says_the_database_is_down(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, readiness_timeout_seconds=5)  # type: ignore[call-arg]
    # Nothing listens on the loopback discard port: the connection is refused at once.
    engine = create_async_engine("postgresql+asyncpg://coach@127.0.0.1:9/coach")
    client = await open_app(settings, database=engine)
    try:
        response = await client.get("/readyz")
        body = await response.json()
        assert response.status == 503
        assert body["ready"] is False and body["down"] == ["database"]
        assert body["checks"]["database"]["detail"]
        assert (await client.get("/healthz")).status == 200  # alive, not ready
        got = await scrape(client)
        assert got[("coach_database_errors_total", (("where", "readyz"),))] == 1
    finally:
        await client.close()
        await engine.dispose()


async def test_privacy_and_terms_pages_and_an_admins_own(tmp_path: Path) -> None:
    client = await open_app(Settings(_env_file=None))  # type: ignore[call-arg]
    try:
        for path, title in (("/privacy", "Privacy"), ("/terms", "Terms of use")):
            response = await client.get(path)
            assert response.status == 200
            assert response.content_type == "text/html"
            assert f"<h1>{title}</h1>" in await response.text()
    finally:
        await client.close()
    (tmp_path / "privacy.html.j2").write_text("<p>Ours: {{ inbox_retention_days }} days</p>")
    settings = Settings(_env_file=None, templates_dir=tmp_path)  # type: ignore[call-arg]
    client = await open_app(settings)
    try:
        assert await (await client.get("/privacy")).text() == "<p>Ours: 7.0 days</p>"
        assert "<h1>Terms of use</h1>" in await (await client.get("/terms")).text()
    finally:
        await client.close()
