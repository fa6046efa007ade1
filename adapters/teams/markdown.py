"""The coach's Markdown -> the Markdown subset Adaptive Card TextBlocks render.

Templates backslash-escape every user value. TextBlocks do not honour
backslash escapes, so an escaped character a user typed is wrapped in
zero-width spaces: it shows as itself but cannot open bold, italics or a
link. Quotes (no TextBlock equivalent) become a leading bar.
"""

from __future__ import annotations

import re

from coaching.render import escape_markdown, render_commands

ZWSP = "\u200b"
_ESCAPED = re.compile(r"\\([\\`*_\[\]<>#|~])")
_INERT = frozenset("\\<>#|")  # harmless in a TextBlock: shown as they are


def _literal(match: re.Match[str]) -> str:
    char = match.group(1)
    return char if char in _INERT else f"{ZWSP}{char}{ZWSP}"


def _line(line: str) -> str:
    if line.startswith("> "):
        line = "│ " + line[2:]
    elif line.startswith("\\>"):
        line = ZWSP + line  # a user's ">" at the start of a line stays a character
    return _ESCAPED.sub(_literal, line)


def markdown_to_card(markdown: str) -> str:
    """Convert line by line; ``**bold**``, ``_em_`` and ``- `` lists pass through; a
    command is typed to the bot as it is (no slash commands in Teams)."""
    markdown = render_commands(markdown)
    return "\n".join(_line(line) for line in markdown.split("\n"))


def inert(text: str) -> str:
    """Plain user text (a name, a ledger line) as TextBlock Markdown that formats nothing."""
    return markdown_to_card(escape_markdown(text))
