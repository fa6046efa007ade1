"""A serving process's long-lived heap, taken out of the garbage collector's way.

Once a process has started (the store open, the platforms mounted, the reader's tables
built), nearly everything it holds lives as long as it does. CPython's full (oldest
generation) collection still walks all of it every time: measured on the bench at 200-300
commands a second, each such pass stopped the event loop for 60-97 ms, which is what a
slash command's ack p99 was made of. ``gc.freeze()`` moves what exists at start-up into a
permanent generation the collector skips; objects made later are collected as before.
"""

from __future__ import annotations

import gc

from aiohttp import web

from coaching.reader import analyze

# Builds the reader's tables (they are built on first use, never at import).
WARM_UP_TEXT = "If they sign a two-year term we can do 5% off and net 60"


async def settle_heap(app: web.Application) -> None:
    """An on_startup hook, registered last: warm what is built on first use, then freeze."""
    analyze(WARM_UP_TEXT)
    gc.collect()
    gc.freeze()
