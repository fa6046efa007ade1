"""The Slack inbox: every request is recorded durably before it is acknowledged.

The record doubles as the dedupe and replay guard across replicas, and whatever
is still pending when a process starts is processed again, so a crash after the
ack loses nothing (leases: :mod:`adapters.inbox`).
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

from adapters.inbox import DEFAULT_LEASE, LeasedInbox, process_owner
from adapters.stores import InboxStore

PLATFORM = "slack"
NO_INBOX_TYPES = frozenset({"url_verification", "ssl_check"})


def inbound_key(payload: dict[str, Any], fallback: str) -> str | None:
    """What identifies a request across retries and replays; None for handshakes.

    Events carry an ``event_id`` (kept across Slack's retries); commands, button
    presses and form submissions a ``trigger_id``; anything else is keyed by
    ``fallback`` (the request signature, or the Socket Mode envelope id).
    """
    if payload.get("type") in NO_INBOX_TYPES:
        return None
    if payload.get("event_id"):
        return f"event:{payload['event_id']}"
    if payload.get("trigger_id"):
        return f"trigger:{payload['trigger_id']}"
    return "request:" + hashlib.sha256(fallback.encode()).hexdigest()[:40]


class Inbox(LeasedInbox):
    """Slack's records (the payload as Slack sent it), leased to this process."""

    def __init__(self, store: InboxStore, lease: timedelta = DEFAULT_LEASE) -> None:
        super().__init__(store, PLATFORM, process_owner(), lease)
