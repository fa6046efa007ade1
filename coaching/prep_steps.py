"""The guided prep questions: what each asks, its buttons, and how a free-text answer reads.

Buttons send plain words (the same a rep would type), so an answer works the
same whether pressed, typed in Slack or Teams, or picked by number in the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from coaching.model import NEGOTIATION_TYPES
from coaching.reader import read_quantity
from coaching.strategy import BUYERS, COMPETITION, POWER, PURCHASES, RELATIONSHIPS, SIZES

Reader = Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class Step:
    key: str
    question: str
    hint: str
    options: tuple[tuple[str, str], ...]  # (button label, words it sends)
    read: Reader
    choice: bool = True  # a characteristic with fixed codes (feeds the strategy rules)


def _keywords(table: dict[str, tuple[str, ...]]) -> Reader:
    def read(text: str) -> str | None:
        words = text.casefold()
        for code, keys in table.items():
            if any(re.search(rf"\b{re.escape(k)}", words) for k in keys):
                return code
        return None

    return read


def _read_type(text: str) -> str | None:
    """Any word that starts like a type ("trad", "we are partnering") names it."""
    for word in re.findall(r"[a-z]{4,}", text.casefold()):
        for kind in NEGOTIATION_TYPES:
            if kind.casefold().startswith(word[:4]):
                return kind
    return None


def _read_size(text: str) -> str | None:
    words = text.casefold().replace(" ", "")
    if any(k in words for k in ("under", "<50", "small", "below50")):
        return "small"
    if any(k in words for k in ("over", ">500", "large", "above500", "500k+")):
        return "large"
    if "50k-500k" in words or "mid" in words:
        return "mid"
    quantity = read_quantity(text)
    if quantity and quantity[1] in ("USD", "EUR", "GBP"):
        amount = quantity[0]
        return "small" if amount < 50_000 else "large" if amount > 500_000 else "mid"
    return None


def _free(text: str) -> str | None:
    cleaned = " ".join(text.split())[:300]
    return cleaned or None


STEPS: tuple[Step, ...] = (
    Step(
        "type",
        "What kind of negotiation is this?",
        "Bargaining splits a fixed pie, Trading swaps moves, Creating grows the deal, "
        "Partnering builds for the long term.",
        tuple((t, t) for t in NEGOTIATION_TYPES),
        _read_type,
    ),
    Step(
        "size",
        "How big is the deal?",
        "Or type the amount, e.g. 120K.",
        tuple((label, label) for label in SIZES.values()),
        _read_size,
    ),
    Step(
        "purchase",
        "What are they buying?",
        "A subscription or contract that renews, or a one-off purchase (no term to commit to).",
        tuple((label.capitalize(), label) for label in PURCHASES.values()),
        _keywords(
            {
                "one_off": (
                    "one-off",
                    "one off",
                    "one-time",
                    "one time",
                    "once",
                    "single",
                    "perpetual",
                    "hardware",
                    "project",
                ),
                "recurring": (
                    "subscri",
                    "recurr",
                    "renew",
                    "contract",
                    "saas",
                    "annual",
                    "multi-year",
                    "licen",
                ),
            }
        ),
    ),
    Step(
        "competition",
        "How much competition is there?",
        "Sole source, head to head with one rival, or a crowded evaluation.",
        tuple((label.capitalize(), label) for label in COMPETITION.values()),
        _keywords(
            {
                "sole": ("sole", "only", "single", "no competition", "none"),
                "head": ("head", "one rival", "two vendors", "vs", "versus"),
                "crowded": ("crowd", "many", "several", "three", "bake", "rfp"),
            }
        ),
    ),
    Step(
        "relationship",
        "What relationship are you after?",
        "A strategic partnership, a one-time transaction, or a logo with reference value.",
        tuple((label.capitalize(), label) for label in RELATIONSHIPS.values()),
        _keywords(
            {
                "strategic": ("strategic", "partner", "long", "expan"),
                "transactional": ("trans", "one-time", "one time", "one-off", "one off"),
                "reference": ("ref", "logo", "case study"),
            }
        ),
    ),
    Step(
        "buyer",
        "Who is buying?",
        "A professional procurement team, or the business owner of the problem.",
        tuple((label.capitalize(), label) for label in BUYERS.values()),
        _keywords(
            {
                "procurement": ("procure", "purchas", "sourcing", "enterprise"),
                "business": ("business", "owner", "champion", "user", "line"),
            }
        ),
    ),
    Step(
        "power",
        "Who holds more power?",
        "Think about alternatives: who needs this deal more?",
        tuple((label.capitalize(), label) for label in POWER.values()),
        _keywords(
            {
                "ours": ("we ", "we have", "us", "ours", "strong"),
                "theirs": ("they", "them", "theirs", "weak"),
                "balanced": ("balanced", "even", "equal", "both", "neither"),
            }
        ),
    ),
    Step(
        "opening",
        "Where will you open?",
        "Your first position, e.g. list price, 0%, or $120K.",
        (("List price (0% off)", "0%"), ("5% off", "5%")),
        _free,
        choice=False,
    ),
    Step(
        "limit",
        "What is your limit, the furthest you will go before you walk away?",
        "e.g. 15% or $100K; type it in words if it is not a number.",
        (("10% off", "10%"), ("15% off", "15%"), ("20% off", "20%")),
        _free,
        choice=False,
    ),
    Step(
        "goal",
        "Where do you want to land (your Goal Zone)?",
        "A range between your opening and your limit, e.g. 5-8% off.",
        (),
        _free,
        choice=False,
    ),
    Step(
        "gives",
        "What could you give, and what does each cost you?",
        "e.g. `pilot low, net 60 medium, discount high`. Or use the playbook's list.",
        (("Use the playbook", "playbook"),),
        _free,
        choice=False,
    ),
    Step(
        "gets",
        "What do you want in return, and what is each worth to you?",
        "e.g. `two-year term high, case study medium, sign this month medium`.",
        (("Use the playbook", "playbook"),),
        _free,
        choice=False,
    ),
)
STEP_KEYS = tuple(step.key for step in STEPS)


def goal_options(opening: str, limit: str) -> tuple[tuple[str, str], ...]:
    """Two Goal Zones between the opening and the limit, when both are percentages."""
    start, end = read_quantity(opening), read_quantity(limit)
    if not end or end[1] != "%":
        return ()
    low = start[0] if start and start[1] == "%" else 0.0
    room = end[0] - low
    if room <= 0:
        return ()

    shares = ((0.3, 0.6), (0.5, 0.8))
    zones = [f"{round(low + room * a):g}-{round(low + room * b):g}% off" for a, b in shares]
    return tuple((z, z) for z in dict.fromkeys(zones))
