"""Two processes on one SQLite file, as ``serve --workers 2`` runs: job leases go to one
process each, the optimistic version check loses no update, and a write that meets the
other process's lock waits for it (busy timeout, WAL) rather than failing.

Each process is a real interpreter running ``WORK`` below against the same file; each
owns its own connections, so SQLite's file locks are all that keeps them apart.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coaching.model import ConversationKey, ConversationState, TurnChanges
from coaching.records import Job
from storage.sql_store import open_sql_store

pytestmark = pytest.mark.slow
JOBS = 100
UPDATES = 100  # per process, all on one shared conversation
START_IN_S = 3.0  # time enough for both interpreters to start, so their work overlaps
KEY = ConversationKey("slack:T1", "U1", "D1")
T0 = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)

WORK = """
import asyncio, json, sys, time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from coaching.model import ConversationKey, TurnChanges
from coaching.store import VersionConflict
from storage.sql_store import open_sql_store

async def main(url, owner, updates, start_at):
    key = ConversationKey("slack:T1", "U1", "D1")
    now = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
    claimed, conflicts, done = [], 0, 0
    async with open_sql_store(url) as store:
        await asyncio.sleep(max(0.0, start_at - time.time()))  # both begin together
        while done < updates or claimed is not None:
            if claimed is not None:
                batch = await store.claim_due_jobs(now, owner, timedelta(minutes=5), 2)
                claimed.extend(job.id for job in batch)
                if not batch:
                    print(json.dumps(claimed), flush=True)
                    claimed = None
            if done < updates:
                state = await store.load_conversation(key)
                changed = replace(state, suggested_gets=[owner, str(done)])
                try:
                    await store.commit(TurnChanges(key=key, state=changed, state_changed=True))
                    done += 1
                except VersionConflict:
                    conflicts += 1
    print(json.dumps({"conflicts": conflicts}), flush=True)

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])))
"""


async def prepare(url: str) -> set[str]:
    """The schema, one conversation and JOBS due jobs."""
    ids = set()
    async with open_sql_store(url) as store:
        await store.commit(TurnChanges(key=KEY, state=ConversationState(), state_changed=True))
        for n in range(JOBS):
            job = Job("slack:T1", "call_reminder", T0 + timedelta(seconds=n), {}, user_id="U1")
            ids.add(job.id)
            await store.add_job(job)
    return ids


async def run_worker(url: str, owner: str, start_at: float) -> tuple[list[str], str]:
    process = await asyncio.create_subprocess_exec(
        *(sys.executable, "-c", WORK, url, owner, str(UPDATES), str(start_at)),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0, err.decode()[-2000:]
    claimed, _ = out.decode().splitlines()
    return json.loads(claimed), err.decode()


async def test_two_processes_share_one_sqlite_file_safely(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'coach.db'}"
    ids = await prepare(url)
    start_at = time.time() + START_IN_S
    (first, err_one), (second, err_two) = await asyncio.gather(
        run_worker(url, "p1", start_at), run_worker(url, "p2", start_at)
    )
    assert not set(first) & set(second)  # no job leased to both
    assert sorted(first + second) == sorted(ids)
    assert "database is locked" not in err_one + err_two
    async with open_sql_store(url) as store:
        state = await store.load_conversation(KEY)
    assert state.version == 1 + 2 * UPDATES  # every update counted once: none lost
