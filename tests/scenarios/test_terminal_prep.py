"""The prep in the terminal coach: a piped `concession-coach chat` picking answers by number,
then `call`, with the jobs left in the SQLite file; and a reminder printed to the terminal."""

from __future__ import annotations

import asyncio
import io
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from adapters.console.notifier import ConsoleNotifier
from bot.scheduler import Scheduler, SchedulerConfig
from coaching.render import Renderer
from storage.memory import MemoryStore
from storage.sql_store import open_sql_store
from tests.support.prep import Clock, make_coach, prepared, say

EXECUTABLE = Path(sys.executable).with_name("concession-coach")
# Trading, over 500K, a subscription, head to head, strategic, procurement, balanced, 0%, 15%,
# the first Goal Zone, the playbook's gives and gets: the numbers of the options as they are shown.
PICKS = ["2", "3", "1", "2", "1", "1", "2", "1", "2", "1", "1", "1"]


def run_chat(lines: list[str], tmp_path: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MICROSOFT_"))}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'coach.db'}"
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    env["TZ"] = "America/New_York"  # the terminal reads times in the machine's zone
    result = subprocess.run(
        [str(EXECUTABLE), "chat", "--user", "rep"],
        input="\n".join(lines) + "\n",
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_prep_by_numbers_then_call_in_the_terminal(tmp_path: Path) -> None:
    out = run_chat(["prep Acme", *PICKS, "card", "call Acme tomorrow 3pm"], tmp_path)
    assert "Prep 1/12" in out and "Prep 12/12" in out
    assert "Options: [1] Bargaining  [2] Trading" in out
    short, full = out.split("Prep card saved on Acme")[1].split("Your full prep card for Acme")
    assert "Partnership, Trading" in short and "first move 4% (to 4%)" in short
    assert 'Say first: "If we take 4% off the price, could you ' in short
    assert "[1] Full card" in short
    assert "Strategy: Partnership" in full and "Movement plan" in full
    assert "1. Move 4% (to 4%)" in full and "> If we " in full
    assert "Call on Acme:" in out
    assert re.search(r"15:00 E[SD]T", out)  # New York time, whichever half of the year it is

    async def jobs() -> list[str]:
        async with open_sql_store(f"sqlite:///{tmp_path / 'coach.db'}") as store:
            return sorted(j.kind for j in await store.list_jobs("console:local", "rep"))

    assert asyncio.run(jobs()) == ["call_followup", "call_reminder"]


async def test_the_reminder_prints_in_the_terminal() -> None:
    store, clock, out = MemoryStore(), Clock(), io.StringIO()
    coach = make_coach(store, clock)
    await prepared(coach)
    await say(coach, "call Acme in 2h")
    scheduler = Scheduler(
        store, {"console": ConsoleNotifier(out)}, Renderer(), SchedulerConfig(clock=clock)
    )
    clock.advance(hours=1, minutes=30)
    await scheduler.tick()
    text = out.getvalue()
    assert text.startswith("\n[reminder] ") and "Your call on Acme" in text
    assert "Options: [1] Switch to Acme" in text
    clock.advance(minutes=1)
    await scheduler.tick()
    assert out.getvalue() == text  # once
    clock.now += timedelta(hours=2)
    await scheduler.tick()
    assert "How did the call on Acme go?" in out.getvalue()
