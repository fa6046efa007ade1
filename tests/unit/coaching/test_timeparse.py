"""Call times in the user's zone: relative, day + time, weekdays, ISO, DST and other zones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coaching.timeparse import parse_when, zone

BERLIN = zone("Europe/Berlin")
NEW_YORK = zone("America/New_York")
NOW = datetime(2026, 3, 28, 9, 0, tzinfo=UTC)  # Saturday 10:00 in Berlin


def at(text: str, tz=BERLIN, now: datetime = NOW) -> datetime | None:
    assert tz is not None
    return parse_when(text, now, tz)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in 2h", NOW + timedelta(hours=2)),
        ("in 90 min", NOW + timedelta(minutes=90)),
        ("in 1h 30m", NOW + timedelta(minutes=90)),
        ("in half an hour", NOW + timedelta(minutes=30)),
        ("in 3 days", NOW + timedelta(days=3)),
    ],
)
def test_relative_times_are_durations(text: str, expected: datetime) -> None:
    assert at(text) == expected


def test_tomorrow_keeps_the_wall_clock_across_the_dst_change() -> None:
    # Saturday is UTC+1, Sunday already UTC+2: 3pm stays 3pm, one hour less apart in UTC.
    found = at("tomorrow 3pm")
    assert found is not None
    assert (found.hour, found.minute, found.utcoffset()) == (15, 0, timedelta(hours=2))
    assert found.astimezone(UTC) == datetime(2026, 3, 29, 13, 0, tzinfo=UTC)


def test_a_time_inside_the_spring_forward_gap_moves_past_it() -> None:
    found = at("tomorrow 2:30am")  # 02:30 does not exist in Berlin that night
    assert found is not None and (found.hour, found.minute) == (3, 30)


def test_the_same_words_mean_another_instant_in_another_zone() -> None:
    berlin, new_york = at("monday 10:30"), at("monday 10:30", NEW_YORK)
    assert berlin == datetime(2026, 3, 30, 8, 30, tzinfo=UTC)
    assert new_york == datetime(2026, 3, 30, 14, 30, tzinfo=UTC)  # EDT, UTC-4


@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("monday 10:30", (2026, 3, 30, 10, 30)),
        ("next mon 9am", (2026, 3, 30, 9, 0)),
        ("friday at 2pm", (2026, 4, 3, 14, 0)),
        ("saturday 9am", (2026, 4, 4, 9, 0)),  # today at 9 has passed: next week
        ("saturday 11:00", (2026, 3, 28, 11, 0)),  # later today
        ("3pm", (2026, 3, 28, 15, 0)),
        ("9am", (2026, 3, 29, 9, 0)),  # passed today: tomorrow
        ("noon", (2026, 3, 28, 12, 0)),
        ("2026-04-01 09:00", (2026, 4, 1, 9, 0)),
        ("2026-04-01T09:00", (2026, 4, 1, 9, 0)),
        ("2026-04-01 3pm", (2026, 4, 1, 15, 0)),
        ("today at 16:45", (2026, 3, 28, 16, 45)),
    ],
)
def test_day_and_time_phrases(text: str, local: tuple[int, ...]) -> None:
    found = at(text)
    assert found is not None
    assert found.replace(tzinfo=None) == datetime(*local)


def test_iso_with_an_offset_is_taken_as_given() -> None:
    found = at("2026-04-01T09:00+00:00")
    assert found == datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text", ["", "tomorrow", "acme tomorrow 3pm", "in soon", "25:00", "13pm", "in 0 min", "2pm x"]
)
def test_what_is_not_a_time_is_refused(text: str) -> None:
    assert at(text) is None


def test_unknown_zone_names_are_refused() -> None:
    assert zone("Mars/Olympus") is None and zone(None) is None


def test_a_duration_across_the_dst_change_is_real_time() -> None:
    late_night = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # 01:30 in Berlin, before the jump
    found = at("in 2h", now=late_night)
    assert found == late_night + timedelta(hours=2)
    assert found is not None and found.hour == 4  # 02:30 UTC is 04:30 summer time
