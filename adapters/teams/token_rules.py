"""What the coach requires of a Bot Framework token beyond botbuilder's own checks.

botbuilder's validation (PyJWT underneath) checks ``exp`` only when the token has
one, and a token from the Emulator's (or a skill's) AAD issuers is not bound to the
activity's serviceUrl: the conversation reference stored from it could point
anywhere, and later proactive messages would carry the bot's own outgoing token
there. So: no ``exp``, no entry; and such tokens only with TEAMS_ALLOW_EMULATOR
(development) and a loopback serviceUrl.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from botframework.connector.auth import AuthenticationConstants, EmulatorValidation

CHANNEL_ISSUERS = frozenset(
    {AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER, "https://api.botframework.us"}
)
EMULATOR_ISSUERS = frozenset(
    EmulatorValidation.TO_BOT_FROM_EMULATOR_TOKEN_VALIDATION_PARAMETERS.issuer
)


class TokenRefused(PermissionError):
    """A verified token the coach does not accept (401)."""


def is_loopback(service_url: str | None) -> bool:
    """http(s) on localhost or a loopback address (127.0.0.0/8, ::1)."""
    try:
        parts = urlsplit(service_url or "")
        host = parts.hostname or ""
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_claims(
    claims: Mapping[str, Any], service_url: str | None, *, allow_emulator: bool
) -> None:
    """Raises :class:`TokenRefused` unless the (already verified) claims are acceptable."""
    if not isinstance(claims.get("exp"), (int, float)) or isinstance(claims.get("exp"), bool):
        raise TokenRefused("the token has no expiry (exp)")
    issuer = claims.get("iss")
    if issuer in CHANNEL_ISSUERS:
        return  # botbuilder checked its serviceurl claim against the activity's
    if issuer in EMULATOR_ISSUERS and allow_emulator and is_loopback(service_url):
        return
    if issuer in EMULATOR_ISSUERS and allow_emulator:
        raise TokenRefused("an emulator token is accepted only for a loopback serviceUrl")
    raise TokenRefused(f"tokens from issuer {issuer!r} are not accepted")
