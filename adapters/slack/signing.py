"""Slack request signatures, checked before anything else reads the request.

bolt verifies too, but a malformed timestamp makes it answer 500; this check
answers every failure the same way (the caller turns it into a 401).
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

MAX_AGE_SECONDS = 300
TIMESTAMP_HEADER = "X-Slack-Request-Timestamp"
SIGNATURE_HEADER = "X-Slack-Signature"


@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    reason: str = ""  # why a request was refused; safe to log (no secret, no body)


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The ``v0=`` signature Slack sends for ``body`` at ``timestamp``."""
    base = b"v0:" + timestamp.encode("ascii") + b":" + body
    return "v0=" + hmac.new(secret.encode("utf-8"), base, hashlib.sha256).hexdigest()


class SignatureVerifier:
    """Checks ``X-Slack-Signature`` against the raw body and a bounded-age timestamp."""

    def __init__(self, secret: str, clock: Callable[[], float] = time.time) -> None:
        self._secret = secret
        self._clock = clock

    def verify(self, headers: Mapping[str, str], body: bytes) -> Verdict:
        timestamp = headers.get(TIMESTAMP_HEADER, "")
        signature = headers.get(SIGNATURE_HEADER, "")
        if not timestamp or not signature:
            return Verdict(False, "unsigned")
        if not (timestamp.isascii() and timestamp.isdigit()) or len(timestamp) > 12:
            return Verdict(False, "malformed timestamp")
        if abs(self._clock() - int(timestamp)) > MAX_AGE_SECONDS:
            return Verdict(False, "stale timestamp")
        expected = sign(self._secret, timestamp, body)
        if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
            return Verdict(False, "bad signature")
        return Verdict(True)
