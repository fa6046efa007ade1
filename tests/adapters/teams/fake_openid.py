"""The Bot Framework's OpenID metadata and signing keys, served on 127.0.0.1 (port 0).

It runs in its own thread, so it answers whatever the event loop under test
is doing. ``token()`` mints what the Bot Connector would send; ``forge()``
signs the same claims with a key nobody published. ``delay`` slows every
answer down, ``status`` makes it an error; ``requested`` is set by the first
request.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

ISSUER = "https://api.botframework.com"
KID = "coach-test-key"


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class FakeOpenId:
    def __init__(self) -> None:
        self.published = _key()
        self.unpublished = _key()
        jwk = json.loads(RSAAlgorithm.to_jwk(self.published.public_key()))
        self.jwks = {"keys": [{**jwk, "kid": KID, "use": "sig", "endorsements": ["msteams"]}]}
        self.fetches = 0
        self.delay = 0.0  # seconds before each answer
        self.status = 200  # anything else is answered instead of the document
        self.requested = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.fetches += 1
                owner.requested.set()
                time.sleep(owner.delay)
                if owner.status != 200:
                    self.send_error(owner.status)
                    return
                if self.path == "/v1/.well-known/openidconfiguration":
                    body = {"issuer": ISSUER, "jwks_uri": owner.base + "/v1/keys"}
                elif self.path == "/v1/keys":
                    body = owner.jwks
                else:
                    self.send_error(404)
                    return
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def metadata_url(self) -> str:
        return self.base + "/v1/.well-known/openidconfiguration"

    def start(self) -> None:
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def claims(self, app_id: str, service_url: str, **changes: Any) -> dict[str, Any]:
        now = int(time.time())
        claims = {
            "iss": ISSUER,
            "aud": app_id,
            "serviceurl": service_url,
            "nbf": now - 60,
            "exp": now + 3600,
        }
        claims.update(changes)
        return {k: v for k, v in claims.items() if v is not None}

    def token(self, app_id: str, service_url: str, **changes: Any) -> str:
        claims = self.claims(app_id, service_url, **changes)
        return jwt.encode(claims, self.published, algorithm="RS256", headers={"kid": KID})

    def forge(self, app_id: str, service_url: str, *, kid: str = KID) -> str:
        claims = self.claims(app_id, service_url)
        return jwt.encode(claims, self.unpublished, algorithm="RS256", headers={"kid": kid})
