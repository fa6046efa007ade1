"""How many chat messages per second the reader analyzes, in one process.

Runs coaching.reader.analyze over a realistic mix (the labelled dev messages
when the shared eval set is present, plus the reader's held-out cases, from
one-liners to long recaps), repeated until the time budget is spent, and prints
`analyze_msgs_per_s=N`. The target is at least 20,000 messages per second.

    python -m bench.analyze_bench [--seconds N]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from coaching.reader import analyze

TARGET_PER_S = 20_000
SHORT_CHARS = 200
ROOT = Path(__file__).resolve().parent.parent
SOURCES = (
    Path(
        os.environ.get(
            "ANALYZE_DEV_SET", str(ROOT.parent / "shared" / "eval" / "analyze-dev.jsonl")
        )
    ),
    ROOT / "tests" / "data" / "reader_cases.jsonl",
)
FALLBACK = (
    "Acme wants 15% off. Can we approve that?",
    "If you commit to a two-year term we can do net 60.",
    "Closed Soylent at list price, no concessions.",
)


def load_messages() -> list[str]:
    """The texts of every labelled message that is available (never empty)."""
    texts: list[str] = []
    for path in SOURCES:
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text")
                if isinstance(text, str):
                    texts.append(text)
    return texts or list(FALLBACK)


def measure(seconds: float = 2.0, messages: list[str] | None = None) -> float:
    """Messages per second of CPU through analyze over the mix, after a short warm-up:
    every pass within the budget counts (messages read over the process CPU time they
    took, so other work on the machine does not count against the reader), none is
    picked as the best."""
    texts = messages or load_messages()
    for text in texts:  # warm-up: first calls pay for imports and caches
        analyze(text)
    done = 0
    started = time.process_time()
    deadline = started + max(seconds, 0.01)
    while True:
        for text in texts:
            analyze(text)
        done += len(texts)
        now = time.process_time()
        if now >= deadline:
            return done / (now - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time budget (default 2)")
    args = parser.parse_args(argv)
    texts = load_messages()
    short = [text for text in texts if len(text) < SHORT_CHARS] or texts
    short_rate = measure(args.seconds / 2, short)
    rate = measure(args.seconds, texts)
    print(f"short messages (< {SHORT_CHARS} chars, {len(short)} texts): {short_rate:.0f}/s")
    print(f"mix of {len(texts)} texts, target >= {TARGET_PER_S}/s")
    print(f"analyze_msgs_per_s={rate:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
