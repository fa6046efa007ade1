"""Reply -> terminal text: Markdown kept readable, actions numbered."""

from __future__ import annotations

from coaching.messages import Reply, SuggestedAction
from coaching.render import unescape_markdown


def choices(reply: Reply) -> list[SuggestedAction]:
    """The actions a terminal can offer as numbers (pickers need typing instead)."""
    return [a for a in reply.actions if not a.picker]


def render_text(reply: Reply) -> str:
    text = unescape_markdown(reply.markdown.replace("**", "").replace(":warning:", "(!)"))
    lines = [text]
    actions = choices(reply)
    if actions:
        options = "  ".join(f"[{i}] {a.label}" for i, a in enumerate(actions, start=1))
        lines.append(f"Options: {options}")
    return "\n".join(lines)
