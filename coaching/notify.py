"""How the engine's scheduled work reaches a user outside a turn (reminders, follow-ups).

Each platform adapter registers one :class:`Notifier` under its platform name
in ``Services.notifiers`` when it is mounted; the scheduler in ``bot/`` looks
the notifier up by the job's platform and never imports an SDK itself.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from coaching.messages import Reply


class DeliveryError(Exception):
    """A send failed in a way worth retrying later (rate limit, outage)."""


class Notifier(Protocol):
    async def send(self, tenant: str, user_id: str, reply: Reply) -> None:
        """Deliver ``reply`` to the user privately (a DM / personal chat)."""
        ...


@runtime_checkable
class ChannelNotifier(Notifier, Protocol):
    """A notifier that can also post in a channel (an approval escalated to the deal desk)."""

    async def send_to_channel(
        self, tenant: str, channel: str, reply: Reply, *, via: str = ""
    ) -> None:
        """Post ``reply`` in ``channel``; ``via``: a user of the tenant whose stored
        reference says where the platform's service is (Teams needs one)."""
        ...

    async def shared_outside(self, tenant: str, channel: str) -> bool:
        """Whether people outside the company read ``channel`` (True when it cannot tell
        for sure): an approval card names the rep's authority and must not go there."""
        ...
