"""Jinja rendering of replies as Markdown, with user text always escaped.

Templates write Markdown; every value interpolated with ``{{ }}`` is escaped
unless it is :class:`markupsafe.Markup`, so user text can never break the
format. Adapters convert the Markdown to their own markup.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    Template,
)
from markupsafe import Markup

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_MD_UNESCAPE = re.compile(r"\\([\\`*_\[\]<>#|~])")


# A command of the coach's grammar that must be typed the platform's way (in a Slack
# channel, after `/concession`): templates write it as [[alerts on]], and each adapter
# renders it for its platform with :func:`render_commands`. User text cannot make one:
# its brackets are escaped.
_COMMAND = re.compile(r"(?<!\\)\[\[([^\[\]\n]{1,80})\]\]")


def render_commands(markdown: str, prefix: str = "") -> str:
    """``[[alerts on]]`` -> `` `/concession alerts on` `` (Slack) or `` `alerts on` ``."""
    return _COMMAND.sub(lambda m: f"`{prefix}{m.group(1)}`", markdown)


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown's structural characters and flatten newlines."""
    flat = " ".join(text.split())
    return _MD_SPECIAL.sub(r"\\\1", flat)


def unescape_markdown(text: str) -> str:
    """Undo :func:`escape_markdown`'s escapes (for plain-text or mrkdwn output)."""
    return _MD_UNESCAPE.sub(r"\1", text)


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return escape_markdown(str(value))


class Renderer:
    """Built once per application and passed to the engine.

    Templates are compiled once and kept: Jinja's own cache would stat every
    template file on every reply to see whether it changed on disk.
    """

    def __init__(self, override_dir: str | Path | None = None) -> None:
        loaders: list[Any] = []
        if override_dir:
            loaders.append(FileSystemLoader(str(override_dir)))
        loaders.append(PackageLoader("coaching", "templates"))
        self._env = Environment(
            loader=ChoiceLoader(loaders),
            finalize=_finalize,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            autoescape=False,
            auto_reload=False,
        )
        self._env.filters["trusted"] = Markup
        self._templates: dict[str, Template] = {}

    def render(self, name: str, **context: Any) -> str:
        template = self._templates.get(name)
        if template is None:
            template = self._templates[name] = self._env.get_template(f"{name}.md.j2")
        return template.render(**context).strip()
