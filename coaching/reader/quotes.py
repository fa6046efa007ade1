"""Words inside double quotes: someone else's, pasted or relayed ("From their email: "...").

An ask in a pasted email ("Please confirm you can accommodate.") is the customer's, not the
author's. Normalising makes every double quote a plain one, so a quoted span runs from an odd
quote mark to the next; an unclosed last quote runs to the end.
"""

from __future__ import annotations

from bisect import bisect_right


def quote_marks(text: str) -> list[int]:
    """The positions of the double quote marks, in order (empty when there are none)."""
    if '"' not in text:
        return []
    marks = []
    at = text.find('"')
    while at >= 0:
        marks.append(at)
        at = text.find('"', at + 1)
    return marks


def inside_quotes(marks: list[int], pos: int) -> bool:
    """Whether the text at pos lies between an opening quote mark and its closing one."""
    return bisect_right(marks, pos) % 2 == 1
