"""A serving process freezes its start-up heap, with the reader's tables already in it, so
the collector's full passes no longer walk them while requests wait."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from aiohttp import web

from bot.heap import settle_heap
from coaching.reader.tables import tables


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # the rest of the suite runs with a heap the collector sees whole


async def test_start_up_builds_the_readers_tables_then_freezes_the_heap(unfrozen: None) -> None:
    tables.cache_clear()
    assert gc.get_freeze_count() == 0
    await settle_heap(web.Application())
    assert tables.cache_info().currsize == 1  # built before the freeze, so frozen with it
    assert gc.get_freeze_count() > 0


def test_serve_registers_the_freeze_last(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot import cli_serve
    from bot.settings import Settings

    started: list[web.Application] = []
    monkeypatch.setattr(web, "run_app", lambda app, **_: started.append(app))
    settings = Settings(_env_file=None, teams_allow_unauthenticated=True)  # type: ignore[call-arg]
    assert cli_serve.serve(settings, "127.0.0.1", 0) == 0
    (app,) = started
    assert list(app.on_startup)[-1] is settle_heap
