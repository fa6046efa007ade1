"""Runs the coach in a terminal, interactively or line by line when piped."""

from __future__ import annotations

import asyncio
import getpass
import logging
import sys
from collections.abc import Awaitable, Callable
from typing import TextIO

from adapters.console.render import pick_option, render_text
from coaching.messages import IncomingMessage, Platform, Reply, Source
from coaching.timeparse import machine_zone

Handle = Callable[[IncomingMessage], Awaitable[Reply]]
PROMPT = "you> "
QUIT_WORDS = ("quit", "exit")
FAILED_TURN = (
    "Sorry, I could not handle that line; nothing was changed. Type help to see what I understand."
)
log = logging.getLogger("concession_coach.console")


def console_message(text: str, user: str, tenant: str = "local") -> IncomingMessage:
    return IncomingMessage(
        platform=Platform.CONSOLE,
        tenant=tenant,
        user=user,
        conversation="terminal",
        text=text,
        source=Source.DM,
        user_name=user,
        tz=machine_zone(),
    )


async def run_chat(
    handle: Handle,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    *,
    user: str | None = None,
    greeting: str = "",
) -> int:
    """Read one message per line until end of input; numbers pick a suggested action."""
    interactive = stdin.isatty()
    who = user or getpass.getuser()
    last: Reply | None = None
    if interactive and greeting:
        stdout.write(greeting + "\n")
    while True:
        if interactive:
            stdout.write(PROMPT)
            stdout.flush()
        line = await asyncio.to_thread(stdin.readline)
        if not line:
            break
        text = line.strip()
        if not text:
            continue
        if text.lower() in QUIT_WORDS:
            break
        text = pick_option(text, last)
        try:
            reply = await handle(console_message(text, who))
            rendered = render_text(reply)
        except Exception:  # one bad line must not end the session
            log.debug("turn failed for a terminal line", exc_info=True)
            stdout.write(FAILED_TURN + "\n\n")
        else:
            last = reply
            stdout.write(rendered + "\n\n")
        stdout.flush()
    return 0
