"""`concession-coach train-reader`: fit the reader's approval-ask model to the labelled files.

Run from the repository root; it rewrites coaching/reader/request_model.json, the model the
package ships. ``--check`` only compares, for CI: the shipped file must be what the training
files give.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from coaching.reader.request_model import MODEL_PATH

    train = sub.add_parser(
        "train-reader",
        help="fit the reader's approval-ask model to tests/data (writes the shipped model)",
    )
    train.add_argument("--data", type=Path, default=Path("tests/data"), help="labelled files")
    train.add_argument("--out", type=Path, default=MODEL_PATH, help="model file to write")
    train.add_argument("--check", action="store_true", help="only say whether --out is current")
    train.set_defaults(func=_train)


def _train(args: argparse.Namespace) -> int:
    from adapters.slack.translate import slack_to_plain
    from coaching.reader.training import load_cases, train

    text = train(load_cases(args.data), slack_to_plain).to_json()
    current = args.out.read_text(encoding="utf-8") if args.out.is_file() else None
    if args.check:
        print(f"{args.out.name}: {'current' if current == text else 'out of date'}")
        return 0 if current == text else 1
    if current != text:
        args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text):,} bytes)")
    return 0
