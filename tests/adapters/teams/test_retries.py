"""Outgoing connector calls back off (with jitter, bounded) on 429, 412, 502 and 504."""

from __future__ import annotations

import pytest

from adapters.teams.retry import Backoff
from tests.adapters.teams import activities as a
from tests.adapters.teams.conftest import Teams


async def test_a_429_then_success_is_retried_and_delivered_once(teams: Teams) -> None:
    teams.connector.fail(429)
    await teams.post(a.personal("deal Acme", teams.url))
    assert teams.connector.refused == [429]
    (delivered,) = teams.connector.to(a.PERSONAL)
    assert "New deal **Acme**" in delivered.text
    assert len(teams.sleeps.waits) == 1


@pytest.mark.parametrize("status", [412, 502, 504])
async def test_other_transient_statuses_are_retried(teams: Teams, status: int) -> None:
    teams.connector.fail(status, times=2)
    await teams.post(a.personal("deal Acme", teams.url))
    assert teams.connector.refused == [status, status]
    assert len(teams.connector.to(a.PERSONAL)) == 1
    assert len(teams.sleeps.waits) == 2  # our backoff retried, not msrest's hidden one


async def test_retries_are_bounded(teams: Teams) -> None:
    teams.connector.fail(429, times=50)
    await teams.post(a.personal("deal Acme", teams.url))
    assert len(teams.connector.refused) == Backoff().attempts
    assert teams.connector.calls == []


async def test_a_client_error_is_not_retried(teams: Teams) -> None:
    teams.connector.fail(403)
    await teams.post(a.personal("deal Acme", teams.url))
    assert teams.connector.refused == [403]
    assert teams.sleeps.waits == []


class _Status(Exception):
    def __init__(self, status: int, retry_after: str | None = None) -> None:
        class Response:
            status_code = status
            headers = {"Retry-After": retry_after} if retry_after else {}

        self.response = Response()


async def test_waits_double_with_full_jitter_under_a_cap() -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    calls = 0

    async def flaky() -> str:
        nonlocal calls
        calls += 1
        if calls < 5:
            raise _Status(429)
        return "ok"

    backoff = Backoff(attempts=5, base=1.0, cap=3.0, sleep=sleep, rand=lambda: 1.0)
    assert await backoff.run(flaky) == "ok"
    assert waits == [1.0, 2.0, 3.0, 3.0]
    half = Backoff(base=1.0, rand=lambda: 0.5)
    assert half.delay(2, _Status(429)) == 1.0
    assert half.delay(1, _Status(429, retry_after="2")) == 2.0  # the server's hint wins
