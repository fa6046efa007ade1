"""The normalized message and reply types every adapter translates to and from.

The engine only ever sees these; no SDK object crosses this boundary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


class Platform(StrEnum):
    SLACK = "slack"
    TEAMS = "teams"
    CONSOLE = "console"


class Source(StrEnum):
    """Where a message came from; the engine adapts its tone and reach to it."""

    DM = "dm"
    CHANNEL = "channel"
    THREAD = "thread"
    SLASH_COMMAND = "slash_command"
    ACTION = "action"  # a button press or card submit carrying a command


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    platform: Platform
    tenant: str  # Slack team id, Teams tenant id, "local" for the console
    user: str  # platform user id
    conversation: str  # channel / chat id (thread ts appended by the adapter if any)
    text: str
    source: Source = Source.DM
    mentions: tuple[str, ...] = ()  # platform user ids mentioned in the text
    user_name: str = ""
    message_ref: str = ""  # platform reference of the message, for the ledger's source
    sent_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    tz: str | None = None  # the sender's IANA time zone when the platform tells us
    edits: str = ""  # an edited line: the message_ref of the line as first said

    @property
    def tenant_key(self) -> str:
        """Tenants are unique per platform; storage keys on this."""
        return f"{self.platform.value}:{self.tenant}"


EDIT_MARK = "#edit-"  # an edited line's message_ref: the first one, this, the edit's own id


def edit_ref(message_ref: str, edit_id: str) -> str:
    """The message_ref of one edit of the line ``message_ref`` (each edit is its own turn)."""
    return f"{message_ref}{EDIT_MARK}{edit_id}"


def said_in(source: str, message_ref: str) -> bool:
    """Whether a ledger entry's ``source`` is the line ``message_ref`` or one of its edits."""
    return source == message_ref or source.startswith(message_ref + EDIT_MARK)


@dataclass(frozen=True, slots=True)
class SuggestedAction:
    """A button the adapter may render; pressing it sends ``command`` back."""

    label: str
    command: str
    style: str = "default"  # "primary", "danger" or "default"
    # "datetime": the adapter shows a date-time picker instead of a button and
    # sends ``command`` followed by the chosen moment in ISO 8601 (UTC).
    picker: str = ""


@dataclass(frozen=True, slots=True)
class Link:
    """A link the adapter shows beside the text (an approval card's way to the rep's thread)."""

    label: str
    url: str


@dataclass(frozen=True, slots=True)
class LedgerLine:
    seq: int
    side: str  # "give" or "get"
    kind: str
    description: str
    labelled: bool
    traded_against: int | None
    reversed: bool = False


@dataclass(frozen=True, slots=True)
class Quantity:
    """A kind of give or get and its size, as a reply reports it."""

    kind: str
    amount: float | bool | None = None
    unit: str | None = None

    def to_json(self) -> dict[str, object]:
        amount = self.amount
        if isinstance(amount, float) and amount.is_integer():
            amount = int(amount)
        return {"kind": self.kind, "amount": amount, "unit": self.unit}


@dataclass(frozen=True, slots=True)
class Recorded:
    """What a line added to the deal's record: a customer ask, our give or a get."""

    side: str  # "ask", "give" or "get"
    what: Quantity

    def to_json(self) -> dict[str, object]:
        return {"side": self.side, **self.what.to_json()}


@dataclass(frozen=True, slots=True)
class Say:
    """A sentence the coach suggests the rep says, with the trade it proposes."""

    text: str
    give: Quantity | None = None
    get: Quantity | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "give": self.give.to_json() if self.give else None,
            "get": self.get.to_json() if self.get else None,
        }


@dataclass(slots=True)
class Reply:
    """The engine's structured answer; each piece is carried once.

    ``sections`` is the whole text, rendered from the templates (``markdown`` joins
    it for plain-text adapters; card adapters lay out one block per section): the
    warnings and the words to say are in it, worded once. Beside the text, only
    what the text does not show goes to the screen: ``actions`` (buttons) and the
    ``ledger`` lines (a block of their own, except on the ``ledger`` reply, whose
    text is the ledger). The rest is structured data for programs (replay, tests)
    and is never rendered: what a line recorded, the positions, the check codes,
    whether it needs approval, and ``says``: the sentences to say, as data.
    """

    kind: str
    sections: list[str] = field(default_factory=list)
    actions: list[SuggestedAction] = field(default_factory=list)
    ledger: list[LedgerLine] = field(default_factory=list)
    deal: str | None = None
    # The structured reading of a move line (DIALOGUE_CONTRACT.md): what it recorded,
    # where the deal stands after it, the check codes and what to say.
    recorded: list[Recorded] = field(default_factory=list)
    position: dict[str, dict[str, object]] = field(default_factory=dict)
    codes: list[str] = field(default_factory=list)
    needs_approval: bool = False
    says: list[Say] = field(default_factory=list)
    link: Link | None = None  # shown beside the text, never inside it

    @property
    def markdown(self) -> str:
        return "\n\n".join(s for s in self.sections if s.strip())
