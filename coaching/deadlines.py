"""Dates a rep says in passing ("by thursday", "EOQ", "dec 20", "3/31"), kept as said.

Align lists them as the deal's deadlines; nothing here guesses a calendar date, so
"before their fiscal year closes" stays exactly that.
"""

from __future__ import annotations

import re
from functools import cache

_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"


@cache
def _pattern() -> re.Pattern[str]:
    when = (
        rf"{_WEEKDAY}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}"
        r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?|the\s+\d{1,2}(?:st|nd|rd|th)|eo[qmy]|end\s+of\s+(?:the\s+)?"
        r"(?:month|quarter|year|q[1-4]|week|" + _MONTH + r")|q[1-4]|this\s+(?:week|month|quarter)"
        r"|next\s+(?:week|month|quarter)|(?:their|your|our)\s+fiscal\s+year\s+(?:end|closes)"
        r"|fiscal\s+year\s+end|year\s+end|tomorrow|today|tonight"
    )
    return re.compile(rf"\b(?:(?:by|before|on|until|no later than)\s+)?(?:{when})\b", re.I)


def deadlines_in(text: str) -> list[str]:
    """The dates a line names, in its own words ("by thursday", "EOQ")."""
    return [" ".join(m.group(0).split()) for m in _pattern().finditer(text)]
