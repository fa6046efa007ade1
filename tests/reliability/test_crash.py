"""kill -9 of the server under load: after a restart every acknowledged turn is in the ledger,
exactly once, and no turn is half-written.

Acknowledged means: the server answered 200 to the direct message's event. The inbox recorded
the request before that answer, so a restart must finish it even if the process died before
the engine ran (recovery waits for the dead process's inbox lease, 1 s here, to run out); and a
turn that committed just before the kill, but whose inbox record was not marked done yet, is
redone by recovery without writing its entries again (the message's reference is in them).
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
from pathlib import Path

import aiohttp
import pytest
import sqlalchemy as sa

from harness.processes import Server
from storage.database import create_engine
from tests.adapters.slack import payloads
from tests.adapters.slack.fake_slack import FakeSlack
from tests.reliability.conftest import eventually, post, serve, serve_env

pytestmark = pytest.mark.slow
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
REPS = 8
PER_REP = 12
REF = re.compile(r"ref (K\d+-\d+)")


def command(fake: FakeSlack, rep: int, text: str) -> bytes:
    url = fake.response_url(payloads.next_id("crash"))
    return payloads.slash_command(text, response_url=url, user=f"U{rep}", channel=f"D{rep}")


def direct_message(rep: int, text: str) -> bytes:
    return payloads.envelope(payloads.message(text, user=f"U{rep}", channel=f"D{rep}"))


async def _rep(
    session: aiohttp.ClientSession, fake: FakeSlack, server: Server, rep: int, acked: set[str]
) -> None:
    for n in range(PER_REP):
        ref = f"K{rep}-{n}"
        text = f"we give 5% off ref {ref}"
        # Slash commands and DMs alternate: both kinds must be redone once, never twice.
        if n % 2:
            body, kind = direct_message(rep, text), JSON
        else:
            body, kind = command(fake, rep, text), FORM
        try:
            status = await post(session, server, body, kind)
        except aiohttp.ClientError:
            return  # the server is gone
        if status == 200:
            acked.add(ref)


async def deal_count(url: str) -> int:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return int((await conn.execute(sa.text("SELECT count(*) FROM deals"))).scalar_one())
    finally:
        await engine.dispose()


async def ledger_refs(url: str) -> tuple[list[str], list[tuple[str, list[int]]]]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            rows = (
                await conn.execute(sa.text("SELECT deal_id, seq, excerpt FROM ledger_entries"))
            ).all()
    finally:
        await engine.dispose()
    refs = [m.group(1) for _, _, excerpt in rows if (m := REF.search(excerpt))]
    by_deal: dict[str, list[int]] = {}
    for deal_id, seq, _ in rows:
        by_deal.setdefault(deal_id, []).append(seq)
    return refs, sorted((d, sorted(s)) for d, s in by_deal.items())


async def test_kill_9_under_load_loses_no_acknowledged_turn(
    fake: FakeSlack, servers: list[Server], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'coach.db'}"
    # The default ack budget: a slash command done within it is committed (its inbox row
    # with it) before its ack carries the reply; a slower one is recorded, then acked.
    env = serve_env(fake, url, SLACK_INBOX_LEASE_SECONDS="1", SLACK_ACK_BUDGET_SECONDS="2")
    server = await serve(servers, "first", env, tmp_path)
    acked: set[str] = set()
    async with aiohttp.ClientSession() as session:
        for rep in range(REPS):
            assert await post(session, server, command(fake, rep, f"deal Crash {rep}"), FORM) == 200

        async def deals_made() -> bool:  # answered in the ack or through response_url
            return len(fake.to("response_url")) + await deal_count(url) >= REPS

        await eventually(deals_made, "the deal replies")
        load = [asyncio.create_task(_rep(session, fake, server, r, acked)) for r in range(REPS)]
        await eventually(lambda: len(acked) >= REPS * PER_REP // 3, "a third of the load")
        os.kill(server.process.pid, signal.SIGKILL)
        await server.process.wait()
        await asyncio.gather(*load)
    assert 0 < len(acked) < REPS * PER_REP  # the kill landed mid-load

    await serve(servers, "restarted", env, tmp_path)

    async def all_there() -> bool:
        refs, _ = await ledger_refs(url)
        return acked <= set(refs)

    await eventually(all_there, "every acknowledged turn in the ledger")
    refs, deals = await ledger_refs(url)
    for _, seqs in deals:  # no gap or half-written turn: seqs run 1..n
        assert seqs == list(range(1, len(seqs) + 1))
    assert set(refs) <= {f"K{r}-{n}" for r in range(REPS) for n in range(PER_REP)}
    assert sorted({r for r in refs if refs.count(r) > 1}) == []  # exactly once
