"""`concession-coach replay`: dialogues in, what the coach made of each turn out.

The machine-readable face of the same engine the terminal, Slack and Teams use
(DIALOGUE_CONTRACT.md): every line goes through :meth:`Coach.handle` exactly
as a terminal line does, option numbers included. Each dialogue is a new rep of
one workspace, so it starts with no deals.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any, TextIO

from adapters.console.chat import console_message
from adapters.console.render import pick_option, render_body
from coaching.messages import IncomingMessage, Reply

Handle = Callable[[IncomingMessage], Awaitable[Reply]]
TENANT = "replay"


def turn_json(dialogue: str, turn: int, reply: Reply) -> dict[str, Any]:
    return {
        "dialogue": dialogue,
        "turn": turn,
        "recorded": [r.to_json() for r in reply.recorded],
        "position": reply.position,
        "warnings": list(reply.codes),
        "needs_approval": reply.needs_approval,
        "says": [s.to_json() for s in reply.says],
        "text": render_body(reply),
    }


async def replay_stream(handle: Handle, stdin: TextIO, stdout: TextIO) -> int:
    """Never stops on a bad line: it answers with an error line and carries on."""
    current: str | None = None
    turn = 0
    last: Reply | None = None
    for raw in stdin:
        if not raw.strip():
            continue
        out: dict[str, Any]
        try:
            obj = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            out = {"dialogue": None, "turn": None, "error": f"invalid JSON: {exc}"[:200]}
        else:
            dialogue = obj.get("dialogue") if isinstance(obj, dict) else None
            text = obj.get("text") if isinstance(obj, dict) else None
            if not isinstance(text, str) or not isinstance(dialogue, str | int):
                out = {
                    "dialogue": dialogue if isinstance(dialogue, str) else None,
                    "turn": None,
                    "error": "each line needs a 'dialogue' and a string 'text'",
                }
            else:
                dialogue = str(dialogue)
                if dialogue != current:
                    current, turn, last = dialogue, 0, None
                turn += 1
                message = console_message(
                    pick_option(text.strip(), last), f"rep-{dialogue}", tenant=TENANT
                )
                last = await handle(message)
                out = turn_json(dialogue, turn, last)
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    stdout.flush()
    return 0
