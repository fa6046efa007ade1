"""Signed, expiring links to the managers' web dashboard.

A link carries the tenant, the manager it was made for, its expiry (Unix seconds)
and the view (``team`` or ``rep:<user id>``), and an HMAC-SHA256 over all four
with the server's secret (DASHBOARD_SECRET). Whoever holds a link sees that view
of that workspace until it expires; nothing else is needed to open it, which is
why the coach only ever sends one privately, to a manager.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote, urlencode

from coaching.commands import ascii_int

TEAM_VIEW = "team"
REP_VIEW = "rep:"
DEFAULT_TTL = timedelta(hours=24)
EXPIRES_DIGITS = 12  # a Unix time in seconds, well past any link's expiry


@dataclass(frozen=True, slots=True)
class Grant:
    """What a valid link lets its holder see."""

    tenant: str
    user: str  # the manager the link was made for
    expires: int  # Unix seconds
    view: str = TEAM_VIEW

    @property
    def rep(self) -> str | None:
        return self.view[len(REP_VIEW) :] if self.view.startswith(REP_VIEW) else None

    def for_view(self, view: str) -> Grant:
        """The same grant for another view (the team page links each rep's page)."""
        return Grant(self.tenant, self.user, self.expires, view)


@dataclass(frozen=True, slots=True)
class DashboardLinks:
    """Makes and checks links; built once from the settings."""

    secret: bytes
    base_url: str  # where the coach is served, e.g. https://coach.example.com
    ttl: timedelta = DEFAULT_TTL

    def grant(self, tenant: str, user: str, now: datetime) -> Grant:
        return Grant(tenant, user, int((now + self.ttl).timestamp()))

    def signature(self, grant: Grant) -> str:
        message = "\n".join((grant.view, grant.tenant, grant.user, str(grant.expires)))
        return hmac.new(self.secret, message.encode(), hashlib.sha256).hexdigest()

    def path(self, grant: Grant) -> str:
        """The link's path and query, e.g. ``/dashboard?tenant=...&sig=...``."""
        rep = grant.rep
        where = "/dashboard" if rep is None else f"/dashboard/rep/{quote(rep, safe='')}"
        query = {
            "tenant": grant.tenant,
            "user": grant.user,
            "expires": str(grant.expires),
            "sig": self.signature(grant),
        }
        return f"{where}?{urlencode(query)}"

    def url(self, grant: Grant) -> str:
        return self.base_url.rstrip("/") + self.path(grant)

    def check(
        self, query: Mapping[str, str], now: datetime, *, rep: str | None = None
    ) -> Grant | None:
        """The grant a request's link carries, or None: no link, a signature that does not
        match (any part altered), or expired. ``rep``: the rep page's user id."""
        tenant, user = query.get("tenant", ""), query.get("user", "")
        expires, sig = query.get("expires", ""), query.get("sig", "")
        moment = ascii_int(expires, EXPIRES_DIGITS)
        if not (tenant and user and moment is not None and sig):
            return None
        view = TEAM_VIEW if rep is None else REP_VIEW + rep
        grant = Grant(tenant, user, moment, view)
        if not hmac.compare_digest(self.signature(grant), sig):
            return None
        return grant if now.timestamp() < grant.expires else None
