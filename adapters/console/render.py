"""Reply -> terminal text: Markdown kept readable, actions numbered."""

from __future__ import annotations

from coaching.messages import Reply
from coaching.render import unescape_markdown


def render_text(reply: Reply) -> str:
    text = unescape_markdown(reply.markdown.replace("**", "").replace(":warning:", "(!)"))
    lines = [text]
    if reply.actions:
        options = "  ".join(f"[{i}] {a.label}" for i, a in enumerate(reply.actions, start=1))
        lines.append(f"Options: {options}")
    return "\n".join(lines)
