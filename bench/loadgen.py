"""A load generator for signed Slack slash commands, run in a process of its own.

wrk cannot sign each request (the signature covers a per-request timestamp,
and the coach's replay guard refuses a repeated trigger_id), so this async
client builds and signs every body itself. It prints one JSON object.

    python -m bench.loadgen --url http://127.0.0.1:PORT/slack/events --secret S \
        --reply-base http://127.0.0.1:PORT/response --seconds 5
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

import aiohttp

from adapters.slack.signing import sign

TEAM = "TBENCH"
# Each worker is one rep: a deal of its own, renewed every DEAL_EVERY requests so a
# ledger stays the length of a real negotiation; the texts all write to it.
DEAL_EVERY = 20
TEXTS = (
    "If you sign a two-year term we can do 5% off",
    "they asked for net 60, we said yes if they take a case study",
    "we can give 5% off",
)


@dataclass
class Worker:
    number: int
    url: str
    reply_base: str
    secret: str
    sent: int = 0
    latencies: list[float] = field(default_factory=list)  # seconds, measured window only
    ok: int = 0
    errors: int = 0

    def body(self) -> bytes:
        n = self.sent
        self.sent += 1
        text = f"deal Load {self.number}-{n}" if n % DEAL_EVERY == 0 else TEXTS[n % len(TEXTS)]
        trigger = f"{self.number}.{n}.{time.monotonic_ns()}"
        return urlencode(
            {
                "team_id": TEAM,
                "team_domain": "bench",
                "channel_id": f"DB{self.number:03d}",
                "channel_name": "directmessage",
                "user_id": f"UB{self.number:03d}",
                "user_name": f"rep{self.number}",
                "command": "/concession",
                "text": text,
                "api_app_id": "ABENCH",
                "response_url": f"{self.reply_base}/{self.number}-{n}",
                "trigger_id": trigger,
            }
        ).encode()

    async def run(self, session: aiohttp.ClientSession, start: float, end: float) -> None:
        while (now := time.monotonic()) < end:
            body = self.body()
            stamp = str(int(time.time()))
            headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Slack-Request-Timestamp": stamp,
                "X-Slack-Signature": sign(self.secret, stamp, body),
            }
            try:
                async with session.post(self.url, data=body, headers=headers) as response:
                    await response.read()
                    good = response.status == 200
            except aiohttp.ClientError:
                good = False
            done = time.monotonic()
            if good:
                self.ok += 1
            else:
                self.errors += 1
            if now >= start and good:
                self.latencies.append(done - now)


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


async def load(
    urls: list[str], secret: str, reply_base: str, connections: int, warmup: float, seconds: float
) -> dict[str, float | int]:
    """``connections`` workers, spread over ``urls``; latencies after ``warmup`` only."""
    workers = [Worker(n, urls[n % len(urls)], reply_base, secret) for n in range(connections)]
    connector = aiohttp.TCPConnector(limit=connections, limit_per_host=connections)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        began = time.monotonic()
        start, end = began + warmup, began + warmup + seconds
        await asyncio.gather(*(w.run(session, start, end) for w in workers))
        finished = time.monotonic()
    latencies = [x for w in workers for x in w.latencies]
    return {
        "began": began,
        "start": start,
        "end": end,
        "finished": finished,
        "sent": sum(w.sent for w in workers),
        "ok": sum(w.ok for w in workers),
        "errors": sum(w.errors for w in workers),
        "measured": len(latencies),
        "rps": len(latencies) / seconds,
        "p50_ms": percentile(latencies, 50) * 1000,
        "p99_ms": percentile(latencies, 99) * 1000,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.loadgen", description=__doc__)
    parser.add_argument("--url", action="append", required=True, help="repeat for replicas")
    parser.add_argument("--secret", required=True)
    parser.add_argument("--reply-base", required=True, help="response_url prefix")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args(argv)
    result = asyncio.run(
        load(args.url, args.secret, args.reply_base, args.connections, args.warmup, args.seconds)
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
