"""The coach's Markdown -> Slack mrkdwn, with user text kept inert.

Templates write Markdown and backslash-escape every user value. Slack has no
backslash escapes: ``&``, ``<`` and ``>`` become entities (so ``<!channel>`` or
``<@U1>`` typed by a user never pings anyone), and a formatting character the
user typed is wrapped in zero-width spaces so it cannot open or close bold,
italics, strike or code.
"""

from __future__ import annotations

import re

from coaching.render import escape_markdown, render_commands

SLASH_PREFIX = "/concession "  # a command in a channel is typed after the slash command

ZWSP = "\u200b"
_TOKEN = re.compile(r"\\([\\`*_\[\]<>#|~])|(\*\*)|([&<>])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_FORMATTING = frozenset("*_~`")


def _convert(match: re.Match[str]) -> str:
    literal, bold, special = match.groups()
    if literal is not None:
        if literal in _FORMATTING:
            return f"{ZWSP}{literal}{ZWSP}"
        return _ENTITIES.get(literal, literal)
    if bold is not None:
        return "*"
    return _ENTITIES[special]


def _line(line: str) -> str:
    prefix = ""
    if line.startswith("- "):
        prefix, line = "• ", line[2:]
    elif line.startswith("\\>"):
        prefix = ZWSP  # a user's ">" at the start of a line must not become a quote
    return prefix + _TOKEN.sub(_convert, line)


def markdown_to_mrkdwn(markdown: str) -> str:
    """Convert the coach's Markdown (``**bold**``, ``_em_``, `` `code` ``, ``- `` lists);
    commands are typed after the slash command in Slack."""
    markdown = render_commands(markdown, SLASH_PREFIX)
    return "\n".join(_line(line) for line in markdown.split("\n"))


def escape_mrkdwn(text: str) -> str:
    """Plain text (a deal name, a ledger description) as inert mrkdwn on one line."""
    return markdown_to_mrkdwn(escape_markdown(text))
