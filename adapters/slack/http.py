"""The HTTP entry point: size cap, signature, replay guard and inbox before bolt sees anything.

Order matters: nothing is stored for a request that fails verification, and
a request is recorded durably before it is acknowledged. bolt then gets the
verified payload, exactly as Socket Mode and inbox recovery hand it over.
"""

from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import unquote

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request

from adapters.slack.inbox import inbound_key
from adapters.slack.runtime import SlackRuntime
from adapters.slack.shapes import Malformed, handled
from adapters.slack.signing import SIGNATURE_HEADER

log = logging.getLogger("concession_coach.slack")
MAX_BODY = 1024 * 1024
RETRY_HEADER = "X-Slack-Retry-Num"
UNAVAILABLE = "storage unavailable, retry later"
SLACK = web.AppKey("slack", SlackRuntime)


def parse_payload(text: str, content_type: str) -> dict[str, Any]:
    """The request as Slack meant it: JSON (events), ``payload=`` (interactivity) or a form.

    bolt's own parser takes any form body containing the word "payload" (a
    channel named #payload-squad, say) for an interactive one and yields {}.
    """
    try:
        if content_type == "application/json" or text.startswith("{"):
            parsed = json.loads(text)
        else:
            fields = form_fields(text)
            interactive = "payload" in fields and "command" not in fields
            parsed = json.loads(fields["payload"]) if interactive else fields
    except RecursionError as exc:  # nested past the parser's stack
        raise ValueError("nested too deeply") from exc
    if not isinstance(parsed, dict):
        raise ValueError("not a JSON object")
    return parsed


def form_fields(text: str) -> dict[str, str]:
    """``dict(urllib.parse.parse_qsl(text, keep_blank_values=True))``, unquoting only the
    names and values with a ``%`` in them: most of a slash command's dozen fields have
    none, and parse_qsl's two calls to ``unquote`` a field were half of its cost."""
    fields: dict[str, str] = {}
    for pair in text.split("&"):
        if not pair:
            continue
        name, _, value = pair.partition("=")
        name, value = name.replace("+", " "), value.replace("+", " ")
        fields[unquote(name) if "%" in name else name] = unquote(value) if "%" in value else value
    return fields


async def read_capped(request: web.Request, cap: int) -> bytes | None:
    """The raw body, read once; None when it is larger than ``cap``."""
    if request.content_length is not None and request.content_length > cap:
        return None
    body = bytearray()
    async for chunk in request.content.iter_chunked(64 * 1024):
        body += chunk
        if len(body) > cap:
            return None
    return bytes(body)


async def events(request: web.Request) -> web.StreamResponse:
    """POST /slack/events: events, slash commands, button presses and form submissions."""
    runtime = request.app[SLACK]
    raw = await read_capped(request, MAX_BODY)
    if raw is None:
        return web.Response(status=413, text="request body too large")
    verdict = runtime.verifier.verify(request.headers, raw) if runtime.verifier else None
    if verdict is None or not verdict.ok:
        log.warning("refused a slack request: %s", verdict.reason if verdict else "no secret")
        return web.Response(status=401, text="invalid request signature")
    try:
        payload = parse_payload(raw.decode("utf-8"), request.content_type)
    except ValueError:  # includes bad UTF-8 and bad JSON
        return web.Response(status=400, text="malformed body")
    try:
        if not handled(payload):  # not something the coach listens to: quietly, no record
            log.debug("ignored a slack payload of type %r", payload.get("type"))
            return web.Response(status=200)
    except Malformed as exc:
        log.info("refused a malformed slack payload: %s", exc)
        return web.Response(status=400, text=f"malformed payload: {exc}")
    key = inbound_key(payload, request.headers[SIGNATURE_HEADER])
    delivery = None
    fast = runtime.fast(key, payload) if key is not None else None
    if fast is not None:  # a slash command: recorded with its turn (see FastTurn)
        response = await runtime.dispatch(payload, None, headers=dict(request.headers), fast=fast)
        if fast.refused == "unavailable":
            return web.Response(status=503, headers={"Retry-After": "1"}, text=UNAVAILABLE)
        if fast.refused == "duplicate":
            return _seen_before(request)
        return await to_aiohttp_response(response)
    if key is not None:
        try:
            delivery = await runtime.admit(key, payload)
        except Exception as exc:  # storage outage: not recorded, so not acknowledged
            if not runtime.inbox.unavailable(exc):
                raise
            log.warning("slack request not recorded, storage unavailable: %r", exc)
            return web.Response(status=503, headers={"Retry-After": "1"}, text=UNAVAILABLE)
        if delivery is None:
            return _seen_before(request)
    response = await runtime.dispatch(payload, delivery, headers=dict(request.headers))
    return await to_aiohttp_response(response)


def _seen_before(request: web.Request) -> web.Response:
    if RETRY_HEADER in request.headers:
        return web.Response(status=200)  # Slack's retry of a request we already hold
    log.warning("refused a replayed slack request")
    return web.Response(status=401, text="request already received")


async def install(request: web.Request) -> web.StreamResponse:
    """GET /slack/install: the "Add to Slack" page and redirect (OAuth)."""
    flow = request.app[SLACK].bolt.oauth_flow
    if flow is None:
        raise web.HTTPNotFound()
    return await to_aiohttp_response(await flow.handle_installation(await to_bolt_request(request)))


async def oauth_redirect(request: web.Request) -> web.StreamResponse:
    """GET /slack/oauth_redirect: Slack sends the installer back here with a code."""
    flow = request.app[SLACK].bolt.oauth_flow
    if flow is None:
        raise web.HTTPNotFound()
    return await to_aiohttp_response(await flow.handle_callback(await to_bolt_request(request)))
