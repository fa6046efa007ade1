"""An open-loop load generator for signed Slack slash commands, in a process of its own.

Requests go out on a fixed schedule (``--rate`` a second for ``--seconds``), whether
or not earlier ones were answered, and each one's latency counts from the moment it
was scheduled to go: a server that falls behind shows it in p99 (a closed loop would
only wait longer between sends and measure its own queue). The client is raw asyncio
over kept-alive connections with every body signed before the clock starts, so it
costs far less CPU than the server it loads; it reports its own CPU time.

wrk cannot sign each request (the signature covers a per-request timestamp, and the
coach's replay guard refuses a repeated trigger_id). Prints one JSON object.

    python -m bench.loadgen --url http://127.0.0.1:PORT/slack/events --secret S \\
        --reply-base http://127.0.0.1:PORT/response --rate 100 --seconds 5 --round r1
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from urllib.parse import urlencode, urlsplit

from adapters.slack.signing import sign

TEAM = "TBENCH"
REPS = 32  # each rep a deal of its own, renewed every DEAL_EVERY requests
DEAL_EVERY = 20
TEXTS = (
    "If you sign a two-year term we can do 5% off",
    "they asked for net 60, we said yes if they take a case study",
    "we can give 5% off",
)
TIMEOUT_S = 10.0  # a request unanswered this long counts as an error


def body(round_id: str, n: int, reply_base: str) -> bytes:
    rep, turn = n % REPS, n // REPS
    text = f"deal Load {round_id}-{rep}-{turn}" if turn % DEAL_EVERY == 0 else TEXTS[turn % 3]
    return urlencode(
        {
            "team_id": TEAM,
            "team_domain": "bench",
            "channel_id": f"DB{rep:03d}",
            "channel_name": "directmessage",
            "user_id": f"UB{rep:03d}",
            "user_name": f"rep{rep}",
            "command": "/concession",
            "text": text,
            "api_app_id": "ABENCH",
            "response_url": f"{reply_base}/{round_id}-{n}",
            "trigger_id": f"{round_id}.{n}.{time.monotonic_ns()}",
        }
    ).encode()


def request(url: str, secret: str, payload: bytes) -> bytes:
    parts = urlsplit(url)
    stamp = str(int(time.time()))
    head = (
        f"POST {parts.path} HTTP/1.1\r\n"
        f"Host: {parts.netloc}\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"X-Slack-Request-Timestamp: {stamp}\r\n"
        f"X-Slack-Signature: {sign(secret, stamp, payload)}\r\n"
        f"Content-Length: {len(payload)}\r\n\r\n"
    )
    return head.encode() + payload


class Connection(asyncio.Protocol):
    """One kept-alive HTTP/1.1 connection: one request in flight, its status back and
    whether its body carried the reply (a slash command answered in its ack)."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.waiter: asyncio.Future[tuple[int, bool]] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def connection_lost(self, exc: Exception | None) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(ConnectionError("connection lost"))
        self.transport = None

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = bytes(self.buffer[:end]).lower()
        length = 0
        for line in head.split(b"\r\n"):
            if line.startswith(b"content-length:"):
                length = int(line[15:])
        if len(self.buffer) < end + 4 + length:
            return
        status = int(head[9:12])
        carried = b'"blocks"' in self.buffer[end + 4 : end + 4 + length]
        del self.buffer[: end + 4 + length]
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result((status, carried))

    async def send(self, data: bytes) -> tuple[int, bool]:
        assert self.transport is not None
        self.waiter = asyncio.get_running_loop().create_future()
        self.transport.write(data)
        return await self.waiter


async def _connect(url: str) -> Connection:
    parts = urlsplit(url)
    if parts.hostname is None or parts.port is None:
        raise ValueError(f"the load generator needs a host and port: {url}")
    loop = asyncio.get_running_loop()
    _, conn = await loop.create_connection(Connection, parts.hostname, parts.port)
    return conn


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


async def load(
    urls: list[str],
    secret: str,
    reply_base: str,
    rate: float,
    seconds: float,
    round_id: str,
    connections: int,
) -> dict[str, object]:
    total = max(1, int(rate * seconds))
    payloads = [
        request(urls[n % len(urls)], secret, body(round_id, n, reply_base)) for n in range(total)
    ]
    pools: dict[str, asyncio.Queue[Connection]] = {}
    for url in urls:
        pool: asyncio.Queue[Connection] = asyncio.Queue()
        for _ in range(max(1, connections // len(urls))):
            pool.put_nowait(await _connect(url))
        pools[url] = pool
    latencies: list[float] = []
    errors = 0
    answered = 0  # replies carried in the ack itself (none come through response_url)
    loop = asyncio.get_running_loop()

    async def one(n: int, due: float) -> None:
        nonlocal errors, answered
        url = urls[n % len(urls)]
        conn = await pools[url].get()
        try:
            if conn.transport is None:
                conn = await _connect(url)
            status, carried = await asyncio.wait_for(conn.send(payloads[n]), TIMEOUT_S)
        except (OSError, TimeoutError, ConnectionError):
            errors += 1
            conn = await _connect(url)
        else:
            if status == 200:
                latencies.append(loop.time() - due)
                answered += carried
            else:
                errors += 1
        pools[url].put_nowait(conn)

    cpu0 = os.times()
    start = loop.time() + 0.05
    began = time.monotonic() + 0.05
    tasks = []
    for n in range(total):
        due = start + n / rate
        delay = due - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(n, due)))
    sent_by = loop.time()
    await asyncio.gather(*tasks)
    finished = loop.time()
    cpu1 = os.times()
    cpu = (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system)
    return {
        "round": round_id,
        "rate": rate,
        "sent": total,
        "ok": len(latencies),
        "answered": answered,
        "errors": errors,
        "start": began,
        "send_lag_ms": (sent_by - (start + (total - 1) / rate)) * 1000,
        "seconds": finished - start,
        "p50_ms": percentile(latencies, 50) * 1000,
        "p99_ms": percentile(latencies, 99) * 1000,
        "cpu_s": cpu,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.loadgen", description=__doc__)
    parser.add_argument("--url", action="append", required=True, help="repeat for replicas")
    parser.add_argument("--secret", required=True)
    parser.add_argument("--reply-base", required=True, help="response_url prefix")
    parser.add_argument("--rate", type=float, default=100.0, help="requests a second")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--round", default="r0", help="names this round's reply tokens")
    parser.add_argument("--connections", type=int, default=64)
    args = parser.parse_args(argv)
    result = asyncio.run(
        load(
            args.url,
            args.secret,
            args.reply_base,
            args.rate,
            args.seconds,
            args.round,
            args.connections,
        )
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
