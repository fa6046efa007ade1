"""When a manager's weekly digest is due: Monday 08:00 in their own zone, strictly ahead."""

from __future__ import annotations

from datetime import UTC, datetime

from coaching.digest import DIGEST, digest_job, due_after
from coaching.records import User

BERLIN_MONDAY_8 = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)  # 08:00 CET


def test_the_digest_is_due_on_the_coming_monday_at_eight_in_the_managers_zone() -> None:
    wednesday = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
    assert due_after(wednesday, "Europe/Berlin") == BERLIN_MONDAY_8
    assert due_after(wednesday, None) == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    assert due_after(wednesday, "Not/AZone") == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def test_at_or_after_the_send_time_the_next_digest_is_a_week_later() -> None:
    assert due_after(BERLIN_MONDAY_8, "Europe/Berlin") == datetime(2026, 12, 7, 7, 0, tzinfo=UTC)
    a_minute_before = datetime(2026, 11, 30, 6, 59, tzinfo=UTC)
    assert due_after(a_minute_before, "Europe/Berlin") == BERLIN_MONDAY_8


def test_one_manager_and_week_make_one_job_id_whoever_seeds_it() -> None:
    maria = User("slack:T1", "U0MGR", "maria", role="manager", tz="Europe/Berlin")
    first = digest_job(maria, datetime(2026, 11, 25, 15, 0, tzinfo=UTC))
    again = digest_job(maria, datetime(2026, 11, 29, 23, 0, tzinfo=UTC))
    later = digest_job(maria, BERLIN_MONDAY_8)
    assert first.id == again.id and first.kind == DIGEST and first.due_at == BERLIN_MONDAY_8
    assert later.id != first.id and (later.tenant, later.user_id) == ("slack:T1", "U0MGR")
