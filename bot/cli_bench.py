"""`concession-coach bench [--quick]`: the performance figures of issue 7 on this machine."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    bench = sub.add_parser(
        "bench", help="measure throughput, latency, scale, replicas and memory on this machine"
    )
    bench.add_argument("--quick", action="store_true", help="a shorter run (under a minute)")
    bench.set_defaults(func=_bench)


def _bench(args: argparse.Namespace) -> int:
    from bench.run import main

    return main(quick=args.quick)
