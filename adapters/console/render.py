"""Reply -> terminal text: Markdown kept readable, actions numbered."""

from __future__ import annotations

from coaching.messages import Reply, SuggestedAction
from coaching.render import render_commands, unescape_markdown


def choices(reply: Reply) -> list[SuggestedAction]:
    """The actions a terminal can offer as numbers (pickers need typing instead)."""
    return [a for a in reply.actions if not a.picker]


def pick_option(text: str, last: Reply | None) -> str:
    """A bare number picks an action the last reply offered; anything else stays."""
    offered = choices(last) if last else []
    if text.isascii() and text.isdigit() and len(text) < 4 and 1 <= int(text) <= len(offered):
        return offered[int(text) - 1].command
    return text


def render_body(reply: Reply) -> str:
    """The reply as plain terminal text, without the option line."""
    text = render_commands(reply.markdown).replace("**", "")
    return unescape_markdown(text)


def render_text(reply: Reply) -> str:
    lines = [render_body(reply)]
    actions = choices(reply)
    if actions:
        options = "  ".join(f"[{i}] {a.label}" for i, a in enumerate(actions, start=1))
        lines.append(f"Options: {options}")
    return "\n".join(lines)
