"""The dashboard in a real headless Chromium (the OS package): the team page loads with
data from the real app on 127.0.0.1 (port 0), its DOM holds the SVG charts, and the
screenshot is a PNG of the window's size with the charts' colours in it."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer
from PIL import Image

from bot.app import create_app
from bot.services import Services, build_coach, dashboard_links
from bot.settings import Settings
from coaching.model import utcnow
from storage.memory import MemoryStore
from tests.support.dashboard import MANAGER, seed_team

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
TENANT = "slack:T1"
WINDOW = (1200, 1600)
BROWSER_TIMEOUT = 90.0  # seconds for one headless run
BAR_BLUE, CEILING_RED, TRADED_GREEN = (0x1D, 0x4E, 0x89), (0xC0, 0x39, 0x2B), (0x2E, 0x8B, 0x57)

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium on this machine (Debian: apt-get install chromium; .ci/run does)",
)


@pytest.fixture
async def served() -> AsyncIterator[tuple[str, Services]]:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, dashboard_secret="browser-test-secret-0123456789"
    )
    store = MemoryStore()
    coach = build_coach(store, settings)
    services = Services(settings, store, coach.playbook, coach.renderer, coach)
    await seed_team(store, TENANT, utcnow())
    server = TestServer(create_app(settings, services), host="127.0.0.1", port=0)
    await server.start_server()
    links = dashboard_links(settings)
    assert links is not None
    grant = links.grant(TENANT, MANAGER, utcnow())
    yield f"http://127.0.0.1:{server.port}{links.path(grant)}", services
    await server.close()


async def _chromium(tmp_path: Path, *args: str) -> bytes:
    assert CHROMIUM is not None
    process = await asyncio.create_subprocess_exec(
        CHROMIUM,
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        out, _ = await asyncio.wait_for(process.communicate(), BROWSER_TIMEOUT)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise
    assert process.returncode == 0
    return out


def _near(pixel: tuple[int, ...], colour: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 12 for a, b in zip(pixel[:3], colour, strict=True))


async def test_the_team_page_renders_its_charts_in_a_real_browser(
    served: tuple[str, Services], tmp_path: Path
) -> None:
    url, _ = served
    dom = (await _chromium(tmp_path, "--dump-dom", url)).decode()
    assert "Team dashboard" in dom and "Ann Archer" in dom
    assert dom.count("<svg") == 2
    assert 'class="bar at-ceiling"' in dom and 'class="ceiling"' in dom

    shot = tmp_path / "dashboard.png"
    await _chromium(tmp_path, f"--screenshot={shot}", url)
    with Image.open(shot) as image:
        assert image.format == "PNG" and image.size == WINDOW
        data = image.convert("RGB").tobytes()
    pixels = [tuple(data[i : i + 3]) for i in range(0, len(data), 3 * 7)]  # every 7th
    assert len(set(pixels)) > 10  # not blank, not one colour
    for colour in (BAR_BLUE, CEILING_RED, TRADED_GREEN):
        assert sum(_near(p, colour) for p in pixels) > 50, colour
