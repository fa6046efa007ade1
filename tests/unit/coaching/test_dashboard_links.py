"""Signed dashboard links: any part altered, or the clock past the expiry, and it is refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlsplit

import pytest

from coaching.dashboard_links import DashboardLinks

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
LINKS = DashboardLinks(
    b"unit-test-secret-0123456789", "https://coach.example.com/", timedelta(hours=2)
)


def _query(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query))


def test_a_link_is_valid_until_it_expires() -> None:
    url = LINKS.url(LINKS.grant("slack:T1", "U1", NOW))
    assert url.startswith("https://coach.example.com/dashboard?")
    grant = LINKS.check(_query(url), NOW + timedelta(hours=2) - timedelta(seconds=1))
    assert grant is not None and (grant.tenant, grant.user, grant.rep) == ("slack:T1", "U1", None)
    assert LINKS.check(_query(url), NOW + timedelta(hours=2)) is None


@pytest.mark.parametrize("part", ["tenant", "user", "expires", "sig"])
def test_changing_any_part_breaks_the_signature(part: str) -> None:
    query = _query(LINKS.url(LINKS.grant("slack:T1", "U1", NOW)))
    query[part] = query[part][:-1] + ("1" if query[part][-1] != "1" else "2")
    assert LINKS.check(query, NOW) is None


def test_a_rep_view_is_signed_for_that_rep_only() -> None:
    grant = LINKS.grant("slack:T1", "U1", NOW).for_view("rep:U7")
    path = LINKS.path(grant)
    assert path.startswith("/dashboard/rep/U7?")
    query = _query(path)
    assert LINKS.check(query, NOW, rep="U7") == grant
    assert LINKS.check(query, NOW, rep="U8") is None
    assert LINKS.check(query, NOW) is None  # not the team view either


def test_another_secret_or_a_missing_part_is_refused() -> None:
    query = _query(LINKS.url(LINKS.grant("slack:T1", "U1", NOW)))
    other = DashboardLinks(b"another-secret-0123456789", LINKS.base_url)
    assert other.check(query, NOW) is None
    for part in query:
        assert LINKS.check({k: v for k, v in query.items() if k != part}, NOW) is None
    assert LINKS.check({**query, "expires": "soon"}, NOW) is None
