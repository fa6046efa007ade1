"""`concession-coach bench [--quick]`: the performance figures of issue 7 on this machine.

The bench is a tool of the source checkout (``bench/`` is not in the wheel), so this
is the one import that reaches above ``bot/``, made only when the command runs.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    bench = sub.add_parser(
        "bench", help="measure throughput, latency, scale, replicas and memory on this machine"
    )
    bench.add_argument("--quick", action="store_true", help="a shorter run (under a minute)")
    bench.set_defaults(func=_bench)


def _bench(args: argparse.Namespace) -> int:
    try:
        from bench.run import main
    except ModuleNotFoundError as exc:
        if exc.name not in ("bench", "bench.run"):
            raise
        raise SystemExit("bench: run it from a source checkout (bench/ is not installed)") from exc
    return main(quick=args.quick)
