"""When is the call? Short phrases ("tomorrow 3pm", "in 2h", "monday 10:30", ISO) -> datetime.

Wall-clock phrases are read in the user's own time zone and resolved through
the zone's rules, so "tomorrow 9am" stays 9am across a DST change and a time
that does not exist (the spring-forward gap) moves forward, as a calendar would.
Platform-free: the caller passes ``now`` and the zone.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

WEEKDAYS = {
    name: index
    for index, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}
UNITS = {
    "m": 1, "min": 1, "mins": 1, "minute": 1, "minutes": 1,
    "h": 60, "hr": 60, "hrs": 60, "hour": 60, "hours": 60,
    "d": 1440, "day": 1440, "days": 1440,
}  # fmt: skip
_PIECE = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+)")
_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_FILLER = {"at", "on", "the", "this", "@"}


def zone(name: str | None) -> tzinfo | None:
    """The IANA zone called ``name``, or None when the name is missing or unknown."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def parse_when(text: str, now: datetime, tz: tzinfo) -> datetime | None:
    """The moment ``text`` names, aware and in ``tz``; None when it is not a time we read.

    The whole text must be a time: callers split "Acme tomorrow 3pm" by trying
    where the deal's name ends.
    """
    words = " ".join(text.casefold().replace(",", " ").split())
    if not words:
        return None
    local_now = now.astimezone(tz)
    return _relative(words, local_now) or _iso(words, tz) or _day_and_time(words, local_now, tz)


def _relative(words: str, now: datetime) -> datetime | None:
    if not words.startswith("in "):
        return None
    rest = re.sub(r"\b(an|a)\b", "1", words[3:]).replace("half 1 hour", "30 min")
    rest = rest.replace(" and ", " ")
    minutes = 0.0
    consumed = 0
    for match in _PIECE.finditer(rest):
        if rest[consumed : match.start()].strip() or match.group(2) not in UNITS:
            return None
        minutes += float(match.group(1)) * UNITS[match.group(2)]
        consumed = match.end()
    if consumed == 0 or rest[consumed:].strip() or minutes <= 0:
        return None
    # Durations are absolute: add in UTC (same-zone arithmetic would ignore a DST change).
    return (now.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(now.tzinfo)


def _iso(words: str, tz: tzinfo) -> datetime | None:
    if not re.match(r"^\d{4}-\d{2}-\d{2}[t ]\d", words):
        return None
    try:
        parsed = datetime.fromisoformat(words.upper())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return _local(parsed.date(), parsed.time(), tz)
    return parsed.astimezone(tz)


def _day_and_time(words: str, now: datetime, tz: tzinfo) -> datetime | None:
    tokens = [w for w in words.split() if w not in _FILLER]
    day: date | None = None
    explicit_day = False
    weekly = False
    rest: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        found = _day(token, tokens[index + 1] if index + 1 < len(tokens) else "", now)
        if found is not None and not explicit_day:
            day, used = found
            explicit_day = True
            weekly = token in WEEKDAYS
            index += used
            continue
        rest.append(token)
        index += 1
    clock = _clock(" ".join(rest))
    if clock is None:
        return None
    if day is None:
        day = now.date()
        if _local(day, clock, tz) <= now:
            day += timedelta(days=1)
    elif weekly and _local(day, clock, tz) <= now:
        day += timedelta(days=7)  # "monday 9am" said on Monday at 10 means next week
    return _local(day, clock, tz)


def _day(token: str, following: str, now: datetime) -> tuple[date, int] | None:
    """A day word and how many tokens it used ("next monday" uses two)."""
    today = now.date()
    if token == "today":
        return today, 1
    if token in ("tomorrow", "tmrw", "tmr"):
        return today + timedelta(days=1), 1
    if token == "next" and following in WEEKDAYS:
        ahead = (WEEKDAYS[following] - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead), 2
    if token in WEEKDAYS:
        return today + timedelta(days=(WEEKDAYS[token] - today.weekday()) % 7), 1
    match = _DATE.match(token)
    if match:
        try:
            return date(*(int(g) for g in match.groups())), 1
        except ValueError:
            return None
    return None


def _clock(text: str) -> time | None:
    if text == "noon":
        return time(12, 0)
    if text == "midnight":
        return time(0, 0)
    match = _TIME.match(text.replace(" ", "")) if text else None
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _local(day: date, clock: time, tz: tzinfo) -> datetime:
    """Wall time in ``tz``; a time inside a spring-forward gap moves past the gap."""
    naive = datetime.combine(day, clock)
    return naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


def machine_zone() -> str | None:
    """The IANA zone of this machine (for the terminal coach): $TZ, else /etc/localtime's link."""
    import os
    from pathlib import Path

    named = os.environ.get("TZ", "").lstrip(":")
    if named and zone(named) is not None:
        return named
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return None
    _, found, name = target.partition("zoneinfo/")
    return name if found and zone(name) is not None else None
