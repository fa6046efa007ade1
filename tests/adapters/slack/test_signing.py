"""The verifier on Slack's own worked example, and every way a signature can be wrong."""

from __future__ import annotations

from adapters.slack.signing import SignatureVerifier, sign

# Slack's worked example (docs: "Verifying requests from Slack"), see PLATFORM-FACTS.md
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TIMESTAMP = "1531420618"
BODY = (
    b"token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id="
    b"G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-"
    b"collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F3977008"
    b"85554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447"
    b"fce8b6703c"
)
SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"


def headers(timestamp: str = TIMESTAMP, signature: str = SIGNATURE) -> dict[str, str]:
    return {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": signature}


def verifier(now: float = 1531420618 + 10) -> SignatureVerifier:
    return SignatureVerifier(SECRET, clock=lambda: now)


def test_slacks_worked_example_verifies() -> None:
    assert sign(SECRET, TIMESTAMP, BODY) == SIGNATURE
    assert verifier().verify(headers(), BODY).ok


def test_a_changed_body_or_secret_fails() -> None:
    assert verifier().verify(headers(), BODY + b"x").reason == "bad signature"
    other = SignatureVerifier("another-secret", clock=lambda: 1531420618)
    assert not other.verify(headers(), BODY).ok


def test_stale_and_future_timestamps_fail() -> None:
    assert verifier(now=1531420618 + 301).verify(headers(), BODY).reason == "stale timestamp"
    assert verifier(now=1531420618 - 301).verify(headers(), BODY).reason == "stale timestamp"


def test_malformed_or_missing_headers_fail_without_raising() -> None:
    for bad in ("abc", "", "1531420618.5", "-1531420618", "١٥٣١٤٢٠٦١٨", "9" * 40):
        assert not verifier().verify(headers(timestamp=bad), BODY).ok
    assert verifier().verify({}, BODY).reason == "unsigned"
    assert not verifier().verify(headers(signature="v0=zz\u00e9"), BODY).ok
