"""`concession-coach analyze`: JSON Lines in, one reading per line out."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TextIO

from coaching.analysis import Analysis


def analyze_stream(analyze: Callable[[str], Analysis], stdin: TextIO, stdout: TextIO) -> int:
    """Never stops on a bad line: it answers with an error line and carries on."""
    for raw in stdin:
        if not raw.strip():
            continue
        out: dict[str, Any]
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            out = {"id": None, "error": f"invalid JSON: {exc.msg}"}
        else:
            ident = obj.get("id") if isinstance(obj, dict) else None
            text = obj.get("text") if isinstance(obj, dict) else None
            if not isinstance(text, str):
                out = {"id": ident, "error": "missing or non-string 'text'"}
            else:
                out = {"id": ident, **analyze(text).to_json()}
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    stdout.flush()
    return 0
