"""How deep a verified JSON payload may nest (Slack's and Teams' real ones nest about 12 deep).

A signed or token-bearing body nested thousands deep would exhaust the parser's or a
model's recursion (a 500); anything deeper than :data:`MAX_DEPTH` is refused as malformed.
"""

from __future__ import annotations

from typing import Any

MAX_DEPTH = 64  # generous: real payloads nest about 12 deep; Python recursion gives out near 1,000


def too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether containers nest deeper than ``limit`` (iterative: no recursion to exhaust)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False
