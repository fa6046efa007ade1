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
    if _MD_SPECIAL.search(flat) is None:  # most values (names, amounts) have none
        return flat
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


# Rendered texts kept per renderer (each at most a few hundred characters): past this
# many, the memo starts over rather than grow with every distinct context.
MEMO_SIZE = 2048

# Context values a rendered text can be memoised on: immutable and compared by value.
# The exact type is part of the key (``1``, ``1.0`` and ``True`` are equal but render
# differently, and so do ``Markup`` and ``str``).
_MEMO_TYPES = frozenset({str, Markup, int, float, bool, type(None)})


def _memo_key(name: str, context: dict[str, Any]) -> tuple[Any, ...] | None:
    """``name`` and ``context`` as a key, or None when a value is not plain data."""
    key: list[Any] = [name]
    for item, value in context.items():
        kind = type(value)
        if kind is list or kind is tuple:
            if not all(type(v) in _MEMO_TYPES for v in value):
                return None
            value = (kind, *((type(v), v) for v in value))
        elif kind not in _MEMO_TYPES:
            return None
        key += (item, kind, value)
    return tuple(key)


class Renderer:
    """Built once per application and passed to the engine.

    Templates are compiled once and kept: Jinja's own cache would stat every
    template file on every reply to see whether it changed on disk. A template
    rendered from plain values only (the sentence to say, the label line) is the
    same text every time for the same values, so that text is kept too: a reply
    renders several such pieces, and most repeat from reply to reply.
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
        self._memo: dict[tuple[Any, ...], str] = {}

    def render(self, name: str, **context: Any) -> str:
        key = _memo_key(name, context)
        if key is not None:
            text = self._memo.get(key)
            if text is not None:
                return text
        template = self._templates.get(name)
        if template is None:
            template = self._templates[name] = self._env.get_template(f"{name}.md.j2")
        text = template.render(**context).strip()
        if key is not None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = text
        return text
