"""`concession-coach analyze`: JSON Lines in, one reading per line out.

Every non-blank input line gets exactly one output line, in order: the reading, or
``{"id": ..., "error": "..."}`` when the line cannot be read (not JSON, nested too
deep, a number too long to convert, not an object, no string ``text``). The run
never stops on a bad line and returns 0.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TextIO

from coaching.analysis import Analysis


def _identity(text: str) -> str:
    return text


def answer(
    raw: str,
    analyze: Callable[[str], Analysis],
    to_plain: Callable[[str], str] = _identity,
) -> dict[str, Any]:
    """The output object for one input line (never raises for what the line holds)."""
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"invalid JSON: {exc.msg}"}
    except RecursionError:
        return {"id": None, "error": "invalid JSON: nested too deeply"}
    except ValueError as exc:  # e.g. an integer longer than Python converts
        return {"id": None, "error": f"invalid JSON: {str(exc)[:200]}"}
    if not isinstance(obj, dict):
        return {"id": None, "error": "expected a JSON object with a string 'text'"}
    ident = obj.get("id")
    text = obj.get("text")
    if not isinstance(text, str):
        return {"id": ident, "error": "missing or non-string 'text'"}
    try:
        return {"id": ident, **analyze(to_plain(text)).to_json()}
    except Exception as exc:  # a reader bug must not cost the lines after it
        return {"id": ident, "error": f"could not read the text: {type(exc).__name__}"}


def _line(out: dict[str, Any]) -> str:
    try:
        line = json.dumps(out, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        return json.dumps({"id": None, "error": "the answer could not be written"})
    if not line.isascii():
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: escaped, still valid JSON
            line = json.dumps(out)
    return line


def analyze_stream(
    analyze: Callable[[str], Analysis],
    stdin: TextIO,
    stdout: TextIO,
    to_plain: Callable[[str], str] = _identity,
) -> int:
    """Never stops on a bad line: it answers with an error line and carries on.

    ``to_plain`` turns platform markup into plain text before the reader (the CLI
    passes Slack's, as the labelled messages are Slack messages).
    """
    for raw in stdin:
        if not raw.strip():
            continue
        stdout.write(_line(answer(raw, analyze, to_plain)) + "\n")
    stdout.flush()
    return 0
