"""The Bot Connector's signing keys, fetched without blocking the event loop.

botbuilder's ``JwtTokenExtractor`` reads the keys from a process-wide cache of
``_OpenIdMetadata`` objects, one per OpenID metadata URL, whose refresh calls
``requests.get`` with no timeout on the event loop: every request and turn in
the process stalls for as long as the key server takes to answer.

:func:`install` makes that cache hand out :class:`SigningKeys` for every URL
instead. Same contract (``await get(kid)`` gives ``public_key`` and
``endorsements``) and the same refresh rules (keys older than a day; an
unknown key id at most once an hour), but fetched with aiohttp under a
timeout, one fetch at a time however many requests wait for it. A fetch that
fails raises :class:`SigningKeysUnavailable` (a ``ConnectionError``: the
endpoint answers 503); a key id nobody published raises
:class:`UnknownSigningKey` (a ``PermissionError``: 401).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from botframework.connector.auth.jwt_token_extractor import JwtTokenExtractor
from jwt.algorithms import RSAAlgorithm
from jwt.exceptions import PyJWTError

log = logging.getLogger("concession_coach.teams")
MAX_AGE = 24 * 3600.0  # seconds: keys older than this are fetched again
UNKNOWN_KEY_REFRESH = 3600.0  # seconds: an unknown key id refetches at most this often


class SigningKeysUnavailable(ConnectionError):
    """The OpenID metadata or the keys could not be fetched or read (503)."""


class UnknownSigningKey(PermissionError):
    """The token names a key the Bot Connector does not publish (401)."""


@dataclass(frozen=True, slots=True)
class SigningKey:
    """What botbuilder's token validation reads of a key."""

    public_key: Any
    endorsements: list[str] = field(default_factory=list)


class SigningKeys:
    """The keys published at one OpenID metadata URL, cached."""

    timeout = 10.0  # seconds for the metadata and the keys together

    def __init__(self, url: str, clock: Callable[[], float] = time.monotonic) -> None:
        self.url = url
        self._clock = clock
        self._keys: dict[str, SigningKey] = {}
        self._fetched_at: float | None = None
        self._fetching: asyncio.Task[None] | None = None

    async def get(self, key_id: str | None) -> SigningKey:
        if self._age() > MAX_AGE:
            await self._refresh()
        key = self._keys.get(key_id or "")
        if key is None and self._age() > UNKNOWN_KEY_REFRESH:
            await self._refresh()
            key = self._keys.get(key_id or "")
        if key is None:
            raise UnknownSigningKey(f"no published signing key {key_id!r}")
        return key

    def _age(self) -> float:
        if self._fetched_at is None:
            return float("inf")
        return self._clock() - self._fetched_at

    async def _refresh(self) -> None:
        """Join the fetch under way on this loop, or start one; a waiter that gives up
        (its request was cancelled) does not cancel the fetch for the others."""
        loop = asyncio.get_running_loop()
        fetching = self._fetching
        if fetching is None or fetching.done() or fetching.get_loop() is not loop:
            fetching = loop.create_task(self._fetch(), name="teams signing keys")
            fetching.add_done_callback(_retrieve)
            self._fetching = fetching
        await asyncio.shield(fetching)

    async def _fetch(self) -> None:
        timeout = aiohttp.ClientTimeout(total=self.timeout)
        try:
            async with aiohttp.ClientSession(timeout=timeout, trust_env=True) as session:
                metadata = await _json(session, self.url)
                jwks_uri = metadata.get("jwks_uri")
                if not isinstance(jwks_uri, str) or not jwks_uri:
                    raise ValueError("the OpenID metadata names no jwks_uri")
                document = await _json(session, jwks_uri)
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise SigningKeysUnavailable(f"{self.url}: {type(exc).__name__}: {exc}") from exc
        keys = _read_keys(document)
        if not keys:
            raise SigningKeysUnavailable(f"{self.url}: no usable signing key published")
        self._keys = keys
        self._fetched_at = self._clock()
        log.info("teams signing keys fetched: %d key(s)", len(keys))


async def _json(session: aiohttp.ClientSession, url: str) -> dict[str, Any]:
    async with session.get(url) as response:
        response.raise_for_status()
        document = json.loads(await response.read())
    if not isinstance(document, dict):
        raise ValueError(f"{url} did not answer a JSON object")
    return document


def _read_keys(document: dict[str, Any]) -> dict[str, SigningKey]:
    keys: dict[str, SigningKey] = {}
    for jwk in document.get("keys") or []:
        if not isinstance(jwk, dict) or not isinstance(jwk.get("kid"), str):
            continue
        try:
            public_key = RSAAlgorithm.from_jwk(json.dumps(jwk))
        except (PyJWTError, ValueError, TypeError, KeyError) as exc:
            log.warning("teams signing key %r skipped: %s", jwk.get("kid"), exc)
            continue
        endorsements = jwk.get("endorsements") or []
        keys[jwk["kid"]] = SigningKey(public_key, [str(e) for e in endorsements])
    return keys


def _retrieve(task: asyncio.Task[None]) -> None:
    """Mark a failed fetch's error as seen: every waiter got it already, or none is left."""
    if not task.cancelled():
        task.exception()


class _KeysByUrl(dict[str, Any]):
    """Stands in for ``JwtTokenExtractor.metadataCache``: whatever URL botbuilder asks
    for (channel, emulator, skill, government), the answer is a :class:`SigningKeys`."""

    def get(self, url: str, default: Any = None) -> SigningKeys:  # type: ignore[override]
        keys = super().get(url)
        if not isinstance(keys, SigningKeys):
            keys = self[url] = SigningKeys(url)
        return keys


def install() -> None:
    """Route every botbuilder key lookup through :class:`SigningKeys` (idempotent)."""
    if not isinstance(JwtTokenExtractor.metadataCache, _KeysByUrl):
        JwtTokenExtractor.metadataCache = _KeysByUrl()
