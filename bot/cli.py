"""The `concession-coach` command line; each feature registers its own subcommands.

Imports of heavy stacks (slack-bolt, botbuilder, SQL) happen inside the
subcommands that need them so `analyze` and `chat` start fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from bot import cli_bench, cli_core, cli_dashboard, cli_reader, cli_serve, cli_store, cli_teams
from bot.cli_help import add_examples

Register = Callable[[argparse._SubParsersAction], None]  # type: ignore[type-arg]

REGISTRARS: list[Register] = [
    cli_core.register,
    cli_store.register,
    cli_serve.register,
    cli_dashboard.register,
    cli_bench.register,
    cli_teams.register,
    cli_reader.register,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="concession-coach",
        description="Coach sales reps to trade concessions instead of giving them away.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in REGISTRARS:
        register(sub)
    add_examples(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["run", *(argv or [])])
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
