"""What the rep should say next: a counter sized from the plan, never the buyer's number.

A counter to an ask moves from our current offer toward a target (the far edge
of the Goal Zone, else the limit, else the rep's authority, always below the
customer's ask) in smaller, decreasing steps: the prep card's next step when
there is a plan, else a share of the room that shrinks with every move. The
negotiation type and the deal's strategy set the share and which get to ask for
first. Where there is no room left, the counsel is to hold.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from coaching.checks import goal_of, limit_of
from coaching.model import Deal
from coaching.negotiation import KindPosition, Positions, baseline
from coaching.playbook import Playbook

# Share of the room to the target taken by a first move, and how much smaller
# each next step is than the last, by negotiation type (and strategy).
FIRST_SHARE = {"Bargaining": 0.3, "Trading": 0.4, "Creating": 0.4, "Partnering": 0.5}
SHRINK = {"Bargaining": 0.5, "Trading": 0.6, "Creating": 0.6, "Partnering": 0.65}
STRATEGY_SHARE = {"Competitive": 0.8, "Defensive": 0.8, "Partnership": 1.1, "Creative": 1.0}
# Which gets to ask for first, by negotiation type (the playbook's matrix otherwise).
GETS_FIRST = {
    "Bargaining": ("faster_signature", "upfront_payment"),
    "Partnering": ("term_commitment", "reference", "process"),
    "Creating": ("volume", "term_commitment", "scope_reduction"),
}
STRATEGY_GETS = {
    "Partnership": ("term_commitment", "reference"),
    "Competitive": ("faster_signature", "upfront_payment"),
    "Defensive": ("term_commitment", "upfront_payment"),
    "Creative": ("volume", "scope_reduction"),
}


@dataclass(frozen=True, slots=True)
class Get:
    """A get to ask for: its kind, size and the words to ask for it in."""

    kind: str
    amount: float | None
    unit: str | None
    words: str  # second person, ready for "could you ...?"
    own: bool  # the rep's own words (else the playbook's)


@dataclass(frozen=True, slots=True)
class Counter:
    """A counter on one kind: the new total to offer, or None to hold."""

    kind: str
    total: float | None
    unit: str | None
    hold: bool = False  # no room left: hold rather than move


def grain(kind: str, unit: str | None, room: float) -> float:
    """The round number a step is sized in."""
    if unit == "%":
        return 0.5
    if unit == "days":
        return 15.0 if kind == "payment_terms" else 5.0
    if unit == "seats":
        return 1.0 if room < 20 else 5.0
    if unit in ("USD", "EUR", "GBP"):
        return 10 ** max(2, math.floor(math.log10(max(room, 1))) - 1)
    return 1.0


def _round_down(value: float, step: float) -> float:
    return math.floor(value / step + 1e-9) * step


def counter_for(
    here: KindPosition, deal: Deal, positions: Positions, playbook: Playbook
) -> Counter:
    """The next offer on ``here.kind``, below the customer's ask and inside the plan."""
    kind, unit = here.kind, here.unit
    if here.ask.amount is None and here.offer.amount is None:
        return Counter(kind, None, None)  # a kind without a number: trade it whole
    current = here.offer_total()
    ask = here.ask.amount
    zone = goal_of(deal, kind, positions.list_price)
    limit = limit_of(deal, kind, positions.list_price)
    edges = [
        zone[1] if zone and zone[2] == unit else None,  # land in the Goal Zone
        limit[0] if limit and limit[1] == unit else None,  # the limit: the last resort
    ]
    ahead = [e for e in edges if e is not None and e > current + 1e-9]
    target = ahead[0] if ahead else None
    rule = playbook.authority.get(kind)
    if rule is not None and rule.unit == unit and current < rule.max:
        target = rule.max if target is None else min(target, rule.max)
    if target is None:
        target = ask if ask is not None and not any(e is not None for e in edges) else current
    room = target - current
    size = grain(kind, unit, max(room, 1))
    if ask is not None and target >= ask:
        target = ask - size  # never the customer's number
    planned = planned_total(deal, here)
    if planned is not None and planned > current:
        total = min(planned, target)
    else:
        kind_of = deal.negotiation_type or "Trading"
        share = FIRST_SHARE.get(kind_of, 0.4) * STRATEGY_SHARE.get(deal.strategy or "", 1.0)
        if here.step:
            step = here.step * SHRINK.get(kind_of, 0.6)
        elif zone and zone[2] == unit and zone[0] > current:
            step = zone[0] - current
        else:
            step = max(room * share, size)
        step = max(_round_down(step, size), size)
        total = min(current + step, target)
    total = _round_down(total, size)
    if total <= current + 1e-9:
        return Counter(kind, None, unit, hold=True)
    return Counter(kind, total, unit)


def planned_total(deal: Deal, here: KindPosition) -> float | None:
    """The prep card's next planned total on this kind, if it has a plan for it."""
    plan = (deal.prep.get("card") or {}).get("plan")
    if not plan or plan.get("kind") != here.kind or plan.get("unit") != here.unit:
        return None
    steps = plan.get("steps") or []
    if here.offers >= len(steps):
        return None
    return baseline(here.kind) + sum(steps[: here.offers + 1])


_PRONOUNS = tuple(
    (re.compile(pattern, re.IGNORECASE), replacement)
    for pattern, replacement in (
        (r"\bthey'?re\b|\btheyre\b", "you're"),
        (r"\bthey'?ll\b", "you'll"),
        (r"\bthey'?d\b|\btheyd\b", "you'd"),
        (r"\btheir\b|\bthier\b", "your"),
        (r"\bthemselves\b", "yourselves"),
        (r"\bthey\b|\bthem\b", "you"),
    )
)
_SUBJECT = re.compile(r"^(?:they|they'?ll|they'?d|theyd)\s+", re.IGNORECASE)
_LEAD = re.compile(
    r"^(?:get|ask for|ask them to|ask that|that|for|if)\s+"
    r"(?:(?:we|i)\s+(?:can\s+|could\s+)?get\s+)?",
    re.IGNORECASE,
)
_TAIL = re.compile(r"\s*(?:,|;| - | — |\(|\btoo\b|\bas well\b|\balso\b|\bafter\b\s*$).*$", re.I)


def own_words(words: str) -> str:
    """The rep's words for a get as the ledger keeps them: "get they sign by friday,
    ugh" -> "they sign by friday"."""
    text = _LEAD.sub("", " ".join(words.split()))
    return (_TAIL.sub("", text) or text).strip(" .?!")


def second_person(words: str) -> str:
    """The rep's words for a get, turned to the customer: "they sign before their
    fiscal year closes" -> "sign before your fiscal year closes"."""
    text = " ".join(words.split())
    text = _LEAD.sub("", text)
    text = _TAIL.sub("", text) or text
    text = _SUBJECT.sub("", text)
    for pattern, replacement in _PRONOUNS:
        text = pattern.sub(replacement, text)
    return text.strip(" .?!")


_VERB_START = re.compile(
    r"^(?:sign|commit|pay|prepay|drop|remove|add|expand|give|do|act|join|name|bring|introduce"
    r"|intro|set|book|agree|take|buy|move|go|renew|extend|increase|upgrade|cut|keep|send|provide"
    r"|publish|share|make|let|confirm|close|sponsor|host|speak|start|switch|simplify|limit|lock)\b",
    re.IGNORECASE,
)


def is_verb_phrase(words: str) -> bool:
    return bool(_VERB_START.match(words))


def gets_to_ask(
    give_kind: str, deal: Deal, positions: Positions, playbook: Playbook, line_gets: list[Get]
) -> list[Get]:
    """The gets to ask for, best first: the line's, the rep's pending ones, then the
    playbook's for this give, ordered by the negotiation type and the strategy."""
    chosen: list[Get] = list(line_gets)
    for pending in positions.pending:
        if all(g.kind != pending.kind for g in chosen):
            chosen.append(Get(pending.kind, None, None, second_person(pending.words), True))
    preferred = [
        *STRATEGY_GETS.get(deal.strategy or "", ()),
        *GETS_FIRST.get(deal.negotiation_type or "", ()),
    ]
    matrix = playbook.suggested_gets(give_kind)
    order = [k for k in preferred if k in matrix] + [k for k in matrix if k not in preferred]
    held = {k for k, _, _ in positions.gets}
    for kind in order:
        if kind in held or any(g.kind == kind for g in chosen):
            continue
        spec = playbook.gets[kind]
        chosen.append(Get(kind, None, None, spec.ask_plain, False))
    return chosen
