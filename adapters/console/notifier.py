"""Reminders in the terminal: the scheduler's notifier while `concession-coach chat` runs."""

from __future__ import annotations

import sys
from typing import TextIO

from adapters.console.render import render_text
from coaching.messages import Reply


class ConsoleNotifier:
    """Prints the reminder between turns; the terminal has one user, so ``user_id`` is moot."""

    def __init__(self, stdout: TextIO = sys.stdout) -> None:
        self._out = stdout

    async def send(self, tenant: str, user_id: str, reply: Reply) -> None:
        self._out.write(f"\n[reminder] {render_text(reply)}\n\n")
        self._out.flush()
