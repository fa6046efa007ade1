"""`concession-coach bench [--quick]`: the performance figures of issue 7 on this machine.

The bench is a tool of the source checkout (``bench/`` is not in the wheel), so this
is the one import that reaches above ``bot/``, made only when the command runs. An
editable install does not put the checkout itself on ``sys.path``: the checkout this
``bot/`` lives in is added when it holds ``bench/``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    bench = sub.add_parser(
        "bench", help="measure throughput, latency, scale, replicas and memory on this machine"
    )
    bench.add_argument("--quick", action="store_true", help="a shorter run (under a minute)")
    bench.set_defaults(func=_bench)


def _bench(args: argparse.Namespace) -> int:
    checkout = Path(__file__).resolve().parents[1]
    if (checkout / "bench" / "run.py").is_file() and str(checkout) not in sys.path:
        sys.path.insert(0, str(checkout))
    try:
        from bench.run import main
    except ModuleNotFoundError as exc:
        if exc.name not in ("bench", "bench.run"):
            raise
        raise SystemExit("bench: run it from a source checkout (bench/ is not installed)") from exc
    return main(quick=args.quick)
