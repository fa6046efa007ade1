"""Sizes: a number and its unit read once, in contract units ("$15k" -> 15000 USD)."""

from __future__ import annotations

import functools
import math
import re

from coaching.reader import vocab as V
from coaching.reader.tables import tables

_MULTIPLIER = {
    "k": 1e3,
    "thousand": 1e3,
    "grand": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "million": 1e6,
    "bn": 1e9,
}
_CURRENCY = {
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "quid": "GBP",
}


def words_number(word: str) -> float | None:
    """ "twenty-five" -> 25.0; None when no number word is there."""
    parts = word.replace("-", " ").split()
    value = sum(V.NUMBER_WORDS.get(p, 0) for p in parts if p != "a")
    if value and parts[-1] == "half":  # "twelve and a half"
        return value + 0.5
    return float(value) if value else None


_MEMO: dict[str, tuple[str, float, str] | None] = {}  # matched words -> their value
_MEMO_MAX = 4096


# a sum written with dots between thousands ("12.000", "1.250.000"): money has no 3-digit cents
@functools.cache
def _dotted_thousands() -> re.Pattern[str]:
    return re.compile(r"\d{1,3}(?:\.\d{3})+")


def qty_value(m: re.Match[str]) -> tuple[str, float, str] | None:
    """(unit group, amount, unit) from a match of the quantity grammar (vocab.QTY).

    The value depends on the matched words only, and the same few ("15%", "net 60",
    "$15k") recur, so it is remembered per matched string (a bounded memo).
    """
    words = m.group()
    try:
        return _MEMO[words]
    except KeyError:
        pass
    value = _qty_value(m)
    if len(_MEMO) >= _MEMO_MAX:
        _MEMO.clear()
    _MEMO[words] = value
    return value


def _qty_value(m: re.Match[str]) -> tuple[str, float, str] | None:
    group = m.lastgroup or ""
    unit = V.QTY_UNIT.get(group)
    if unit is None:
        return None
    n, n1, netn = m.group("n", "n1", "netn")
    number = n or n1 or netn
    amount = float(number.replace(",", "")) if number[0].isdigit() else words_number(number)
    if amount is None or not math.isfinite(amount):
        return None  # a number too long for a float is no size (JSON has no Infinity)
    if unit == "money" and _dotted_thousands().fullmatch(number):
        amount = float(number.replace(".", ""))  # "€12.000": thousands, as written in Europe
    if unit == "money":
        mult = m.group("mult1") or m.group("mult") or m.group("k")
        if mult:
            amount *= _MULTIPLIER[mult]
            if not math.isfinite(amount):
                return None
        return unit, amount, _CURRENCY.get(m.group("cur") or m.group("curs") or "", "USD")
    if unit == "pct":
        return unit, amount, "%"
    if group == "kseats":
        return unit, amount * 1000, unit
    if unit == "weeks":
        return unit, amount * 7, "days"
    return unit, amount, unit


def find_qty(text: str) -> tuple[float, str] | None:
    """The first size in already normalised text, or None."""
    m = tables().qty.search(text)
    value = qty_value(m) if m is not None else None
    return (value[1], value[2]) if value is not None else None
