"""``serve --workers 2``: real processes on one port, one database file, loopback Slack.

A burst of slash commands (each sent twice, as a retry would) is answered once each,
with both workers serving; /metrics counts every worker's turns; SIGTERM stops the
unit with exit status 0, and a worker killed outright takes the unit down non-zero.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
from collections import Counter
from pathlib import Path

import aiohttp
import pytest

from harness.processes import Server, start_server
from tests.adapters.slack import payloads
from tests.adapters.slack.fake_slack import FakeSlack
from tests.reliability.conftest import count_rows, eventually, serve_env, signed_headers

pytestmark = pytest.mark.slow
FORM = "application/x-www-form-urlencoded"
BURST = 40  # distinct commands; with fresh connections both workers are all but certain
WORKERS = ["bot.cli", "serve", "--workers", "2"]


async def start_unit(fake: FakeSlack, database_url: str, workdir: Path) -> Server:
    env = serve_env(fake, database_url, LOG_LEVEL="INFO", LOG_FORMAT="json")
    return await start_server("unit", WORKERS, env, workdir, ready_text="listening on")


def worker_pids(server: Server) -> list[int]:
    return [pid for pid in server.pids() if pid != server.process.pid]


async def burst(fake: FakeSlack, server: Server, phase: str, text: str) -> list[list[int]]:
    """BURST reps each send ``text``, each command posted twice at once (as Slack's retries
    of it), each post on a connection of its own. Per rep, the HTTP status of each post;
    a reply comes in the ack's body or through response_url (named by phase and rep)."""
    bodies = [
        payloads.slash_command(
            text.format(n=n),
            user=f"UW{n:03d}",
            channel=f"DW{n:03d}",
            response_url=f"{fake.response_url()}?phase={phase}&n={n}",
        )
        for n in range(BURST)
    ]
    connector = aiohttp.TCPConnector(force_close=True)  # a new connection per request
    async with aiohttp.ClientSession(connector=connector) as session:

        async def post(body: bytes, retry: int) -> tuple[int, bool]:
            headers = signed_headers(body, FORM, **{"X-Slack-Retry-Num": str(retry)})
            async with session.post(server.url, data=body, headers=headers) as response:
                return response.status, bool(await response.read())

        acks = await asyncio.gather(*(post(body, retry) for body in bodies for retry in (1, 2)))
    in_acks = sum(carried for _, carried in acks)
    late = lambda: [c for c in fake.to("response_url") if c.params.get("phase") == phase]  # noqa: E731
    await eventually(lambda: in_acks + len(late()) >= BURST, f"a reply to every {phase} command")
    await asyncio.sleep(0.3)  # room for a wrong second reply to show up
    later = Counter(int(c.params["n"]) for c in late())
    return [
        [acks[2 * n][0], acks[2 * n + 1][0], acks[2 * n][1] + acks[2 * n + 1][1] + later[n]]
        for n in range(BURST)
    ]


async def answered_once(fake: FakeSlack, server: Server, phase: str, text: str) -> None:
    """Both posts of each command acked 200, and exactly one reply to each."""
    assert await burst(fake, server, phase, text) == [[200, 200, 1]] * BURST


async def metric(server: Server, name: str) -> float:
    """The sum of a metric's samples over its labels, from one scrape."""
    async with aiohttp.ClientSession() as session:
        async with session.get(f"http://127.0.0.1:{server.port}/metrics") as response:
            text = await response.text()
    return sum(
        float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line.startswith((f"{name} ", f"{name}{{"))
    )


def turn_workers(server: Server) -> list[int]:
    """The worker pid of every turn's log line ("turn done" or "turn failed": a retry's
    turn may run, and fail at its commit on the dedupe record, or change nothing and have
    its reply dropped, as with one process)."""
    lines = server.log.read_text(errors="replace").splitlines()
    entries = [json.loads(line) for line in lines if line.startswith("{")]
    return [e["worker"] for e in entries if e.get("message") in ("turn done", "turn failed")]


async def exactly_once(fake: FakeSlack, server: Server, database_url: str) -> None:
    await answered_once(fake, server, "deal", "deal Burst{n}")
    await answered_once(fake, server, "give", "we can give 5% off")
    counts = await count_rows(database_url, "deals", "ledger_entries", "inbound_events")
    assert counts == {"deals": BURST, "ledger_entries": BURST, "inbound_events": 2 * BURST}
    served = turn_workers(server)
    assert set(served) == set(worker_pids(server)) and len(set(served)) == 2
    assert await metric(server, "coach_turns_total") == len(served)  # both workers', one scrape


def alive(pid: int) -> bool:
    """Running, not exited (an exited orphan may linger as a zombie until init reaps it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


async def stops_cleanly(server: Server) -> None:
    workers = worker_pids(server)
    server.process.send_signal(signal.SIGTERM)
    assert await asyncio.wait_for(server.process.wait(), 60) == 0
    assert not any(map(alive, workers))


async def test_two_workers_on_one_sqlite_file_answer_each_command_once(
    fake: FakeSlack, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'coach.db'}"
    server = await start_unit(fake, url, tmp_path)
    try:
        await exactly_once(fake, server, url)
        await stops_cleanly(server)
    finally:
        await server.stop()


async def test_two_workers_on_one_postgresql_answer_each_command_once(
    fake: FakeSlack, pg_database: str, tmp_path: Path
) -> None:
    server = await start_unit(fake, pg_database, tmp_path)
    try:
        await exactly_once(fake, server, pg_database)
        await stops_cleanly(server)
    finally:
        await server.stop()


async def test_sigterm_lets_a_running_turn_finish_before_the_unit_exits(
    fake: FakeSlack, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'coach.db'}"
    server = await start_unit(fake, url, tmp_path)
    try:
        sending = fake.hold("chat.postMessage")  # the reply waits here, mid-turn
        body = payloads.envelope(payloads.message("help"), event_id="EvDrain")
        async with aiohttp.ClientSession() as session:
            headers = signed_headers(body, "application/json")
            async with session.post(server.url, data=body, headers=headers) as response:
                assert response.status == 200
        await eventually(lambda: fake.to("chat.postMessage"), "the reply being sent")
        server.process.send_signal(signal.SIGTERM)
        done, _ = await asyncio.wait([asyncio.ensure_future(server.process.wait())], timeout=0.5)
        assert not done, "the unit exited while a worker's turn was running"
        sending.set()
        assert await asyncio.wait_for(server.process.wait(), 60) == 0
    finally:
        await server.stop()
    assert await count_rows(url, "inbound_events") == {"inbound_events": 1}
    assert await pending_events(url) == 0  # handled to the end, not left for a redo


async def pending_events(url: str) -> int:
    import sqlalchemy as sa

    from storage.database import create_engine

    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            query = sa.text("SELECT count(*) FROM inbound_events WHERE status != 'done'")
            return int((await conn.execute(query)).scalar_one())
    finally:
        await engine.dispose()


async def test_a_killed_worker_takes_the_unit_down(fake: FakeSlack, tmp_path: Path) -> None:
    server = await start_unit(fake, f"sqlite:///{tmp_path / 'coach.db'}", tmp_path)
    try:
        first, second = worker_pids(server)
        os.kill(first, signal.SIGKILL)
        assert await asyncio.wait_for(server.process.wait(), 60) != 0
        await eventually(lambda: not alive(second), "the other worker's exit")
    finally:
        await server.stop()


async def test_workers_stop_when_their_parent_is_killed(fake: FakeSlack, tmp_path: Path) -> None:
    server = await start_unit(fake, f"sqlite:///{tmp_path / 'coach.db'}", tmp_path)
    try:
        workers = worker_pids(server)
        server.process.kill()
        await server.process.wait()
        await eventually(lambda: not any(map(alive, workers)), "the orphaned workers' exit")
    finally:
        for pid in filter(alive, workers):
            os.kill(pid, signal.SIGKILL)


async def test_socket_mode_refuses_more_than_one_worker(fake: FakeSlack, tmp_path: Path) -> None:
    env = serve_env(fake, f"sqlite:///{tmp_path / 'coach.db'}", SLACK_APP_TOKEN="xapp-1")
    env["SERVE_WORKERS"] = "2"
    process = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "bot.cli", "serve", "--socket-mode", "--port", "0"),
        env=env,
        cwd=tmp_path,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, err = await asyncio.wait_for(process.communicate(), 60)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == 2
    assert err.decode().splitlines() == [
        "config error: SERVE_WORKERS: must be 1 with Socket Mode (Slack's events come over "
        "one connection, not through the port)"
    ]


async def run_serve(env: dict[str, str], workdir: Path, *args: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "bot.cli", "serve", "--host", "127.0.0.1", *args),
        env=env,
        cwd=workdir,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def test_port_0_picks_one_port_for_every_worker(fake: FakeSlack, tmp_path: Path) -> None:
    env = serve_env(fake, f"sqlite:///{tmp_path / 'coach.db'}")
    process = await run_serve(env, tmp_path, "--port", "0", "--workers", "2")
    try:
        assert process.stdout is not None
        line = (await asyncio.wait_for(process.stdout.readline(), 60)).decode()
        assert line.startswith("listening on http://127.0.0.1:") and line.endswith("(2 workers)\n")
        base = line.split()[2]
        async with aiohttp.ClientSession() as session:
            async with session.get(f"{base}/healthz") as response:
                assert response.status == 200
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 60) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def test_a_port_in_use_stops_the_unit_before_any_worker(
    fake: FakeSlack, tmp_path: Path
) -> None:
    env = serve_env(fake, f"sqlite:///{tmp_path / 'coach.db'}")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        process = await run_serve(env, tmp_path, "--port", port, "--workers", "2")
        _, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 1
    assert (
        err.decode().splitlines()[-1]
        == f"cannot listen on 127.0.0.1:{port}: Address already in use"
    )
