"""Core subcommands: `run` (the default), `chat` and `analyze`."""

from __future__ import annotations

import argparse
import asyncio
import io
import sys

from bot.settings import Settings, settings_or_exit


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    run = sub.add_parser("run", help="serve Slack/Teams when configured, else the terminal coach")
    run.set_defaults(func=_run)
    chat = sub.add_parser("chat", help="coach in the terminal (reads lines when piped)")
    chat.add_argument("--user", help="who you are in the ledger (default: your login)")
    chat.set_defaults(func=_chat)
    analyze = sub.add_parser("analyze", help="JSON Lines of messages in, readings out")
    analyze.set_defaults(func=_analyze)
    replay = sub.add_parser(
        "replay",
        help="JSON Lines of dialogue turns in, what the coach made of each out",
        description=(
            'Reads lines like {"dialogue": "d01", "text": "they want 15% off"} and writes, per '
            "line, what it recorded, where the deal stands, the warnings, whether it needs "
            "approval and what to say. Each dialogue starts with no deals, on the default "
            "playbook. Example: concession-coach replay < dialogues.jsonl > turns.jsonl"
        ),
    )
    replay.set_defaults(func=_replay)


def _analyze(args: argparse.Namespace) -> int:
    from adapters.console.analyze import analyze_stream
    from adapters.slack.translate import slack_to_plain
    from coaching.reader import analyze

    if isinstance(sys.stdin, io.TextIOWrapper):  # bytes that are not UTF-8 must not end the run
        sys.stdin.reconfigure(encoding="utf-8", errors="replace")
    return analyze_stream(analyze, sys.stdin, sys.stdout, to_plain=slack_to_plain)


def _replay(args: argparse.Namespace) -> int:
    from adapters.console.replay import replay_stream
    from bot.services import assemble_coach
    from coaching.playbook import load_playbook
    from coaching.render import Renderer
    from storage.memory import MemoryStore

    async def run() -> int:
        coach = assemble_coach(MemoryStore(), load_playbook(None), Renderer())
        return await replay_stream(coach.handle, sys.stdin, sys.stdout)

    return asyncio.run(run())


def _chat(args: argparse.Namespace) -> int:
    settings = settings_or_exit()
    return asyncio.run(_chat_async(settings, args.user, greeting=""))


async def _chat_async(settings: Settings, user: str | None, greeting: str) -> int:
    from adapters.console.chat import run_chat
    from bot.services import open_services

    async with open_services(settings) as services:
        from adapters.console.notifier import ConsoleNotifier
        from bot.scheduler import Scheduler

        services.notifiers["console"] = ConsoleNotifier(sys.stdout)  # reminders while it runs
        async with Scheduler.for_services(services).running():
            return await run_chat(services.coach.handle, user=user, greeting=greeting)


def _run(args: argparse.Namespace) -> int:
    settings = settings_or_exit()
    socket_mode_only = bool(settings.slack_app_token and settings.slack_bot_token)
    if settings.slack_enabled or settings.teams_enabled or socket_mode_only:
        from bot import cli_serve

        return cli_serve.serve(settings, host="0.0.0.0", port=3978)
    greeting = first_screen(settings)
    if not sys.stdin.isatty():
        print(greeting, file=sys.stderr)
    return asyncio.run(_chat_async(settings, None, greeting=greeting))


def first_screen(settings: Settings) -> str:
    """What to type comes first; how to serve Slack or Teams instead comes after."""
    return (
        "Concession Coach, in your terminal.\n"
        "Type: deal Acme, then what the customer asked for (e.g. Acme wants 15% off).\n"
        "Type help for everything I understand, quit to leave.\n"
        f"(To serve Slack or Teams instead, set {settings.platform_variables}.)"
    )
