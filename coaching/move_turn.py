"""One line of a live negotiation: record who moved, check our moves, say what to say next.

The engine hands over a line it read as moves (:mod:`coaching.stance`). This
module turns each move into a ledger entry holding the new total on its kind,
runs the ASF checks on our gives against the positions before them
(:mod:`coaching.checks`), and composes a chat-sized reply: the one sentence to
say first, the label line, at most two short warnings, then buttons; the full
why on request (`why`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from coaching.analysis import Item
from coaching.checks import OurMove, check_move, goal_of, limit_of, needs_approval, ordered
from coaching.counsel import (
    Counter,
    Get,
    counter_for,
    gets_to_ask,
    is_verb_phrase,
    own_words,
    planned_total,
    second_person,
)
from coaching.messages import Quantity, Recorded, Reply, Say, SuggestedAction
from coaching.model import Deal, LedgerEntry
from coaching.negotiation import (
    KindPosition,
    Positions,
    names_price,
    normalise,
    percent_off,
)
from coaching.phrasing import describe, format_amount, kind_amount
from coaching.playbook import Playbook
from coaching.render import Renderer, unescape_markdown
from coaching.stance import LineReading, Mode, ReadMove, Side

SHOWN_WARNINGS = 2


@dataclass(slots=True)
class _Line:
    """What one line did, as it is worked out."""

    recorded: list[Recorded] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    gives: list[LedgerEntry] = field(default_factory=list)
    asks: list[LedgerEntry] = field(default_factory=list)
    gets: list[Get] = field(default_factory=list)
    restated: list[Get] = field(default_factory=list)
    price_unknown: bool = False


class MoveDesk:
    """Records a line's moves on the turn and answers with counsel."""

    def __init__(self, playbook: Playbook, renderer: Renderer) -> None:
        self.playbook = playbook
        self.renderer = renderer

    # -- recording
    def record(self, turn: _TurnLike, reading: LineReading, *, labelled: bool = False) -> Reply:
        """Record the line's moves; ``labelled``: the rep labelled the move as they made it
        ("to be clear, this is a meaningful move for us")."""
        deal = turn.deal
        assert deal is not None
        before = turn.positions.copy()
        line = _Line()
        moves = [m for m in reading.moves if m.side in (Side.ASK, Side.GIVE)]
        if reading.refers_to_ask and not moves:
            latest = before.latest_ask()
            if latest is not None:
                moves = [
                    ReadMove(Side.GIVE, latest.kind, latest.ask.amount, latest.ask.unit, Mode.TOTAL)
                ]
        line_gets = [m for m in reading.moves if m.side is Side.GET]
        said: dict[int, str] = {}  # the rep's own words for each new get, as typed
        for m in line_gets:
            get = Get(m.kind, m.amount, m.unit, second_person(m.words or m.kind), bool(m.words))
            if before.has_get(m.kind, m.amount):
                line.restated.append(get)
            else:
                said[id(get)] = own_words(m.words)
                line.gets.append(get)
        has_give = any(m.side is Side.GIVE for m in moves)
        tied = bool(line_gets) or bool(before.pending)
        # A give pays for every get still pending (restated on its line or not).
        paid_by = before.pending[0].seq if has_give and before.pending else None
        for move in moves:
            here = turn.positions.of_kind(move.kind).copy()
            total, unit = move_total(move, here, turn.positions)
            if _restated_offer(move, here, total, unit):
                continue  # "told them net 60 is already a stretch": where we stand, again
            if move.price and total is None:
                line.price_unknown = True
            side = move.side.value
            entry = turn.append(
                side,
                move.kind,
                describe(move.kind, total, unit),
                amount=total,
                unit=unit,
                traded_against=paid_by if side == "give" else None,
                labelled=labelled and side == "give",
            )
            line.recorded.append(Recorded(side, _quantity(move.kind, total, unit)))
            if move.side is Side.ASK:
                line.asks.append(entry)
                continue
            line.gives.append(entry)
            step = None
            if total is not None and here.unit in (None, unit):
                step = total - here.offer_total()
            line.codes += check_move(
                OurMove(move.kind, total, unit, step),
                earlier=here,
                last_party=before.last_party,
                list_price=before.list_price,
                tied=tied,
                deal=deal,
                playbook=self.playbook,
            )
        target = line.gives[-1].seq if line.gives else None
        for get in line.gets:
            turn.append(
                "get",
                get.kind,
                said[id(get)] if get.own else describe(get.kind, get.amount, get.unit),
                amount=get.amount,
                unit=get.unit,
                traded_against=target,
            )
            line.recorded.append(Recorded("get", Quantity(get.kind, get.amount, get.unit)))
        if line.price_unknown:
            line.codes.append("price_unknown")
        if (line.gives or line.asks) and deal.phase in ("Prepare", "Communicate"):
            deal.phase = "Propose"
            turn.touch_deal()
        return self._answer(turn, line, before)

    # -- answering
    def _answer(self, turn: _TurnLike, line: _Line, before: Positions) -> Reply:
        deal = turn.deal
        assert deal is not None
        positions = turn.positions
        codes = ordered(line.codes)
        says: list[Say] = []
        lead = ""
        label = ""
        hold = False
        if line.gives:
            give = line.gives[-1]
            tied = line.gets + line.restated or [
                Get(p.kind, None, None, second_person(p.words), True) for p in before.pending
            ]
            item = Item(give.kind, give.amount, give.unit)
            if tied:
                says.append(self._say("trade", deal, item, tied[0], extra=tied[1:]))
                lead = "trade"
            else:
                get = gets_to_ask(give.kind, deal, positions, self.playbook, [])[0]
                says.append(self._say("repair", deal, item, get))
                lead = "repair"
            label = self.label_line(deal, item, tied[0] if tied else None)
        elif line.asks:
            ask = _first_numeric(line.asks)
            here = positions.of_kind(ask.kind)
            counter = counter_for(here, deal, positions, self.playbook)
            options = gets_to_ask(ask.kind, deal, positions, self.playbook, line.gets)
            get = options[0]
            # Creating builds a package across issues; Bargaining keeps to one issue.
            package = deal.negotiation_type == "Creating" or deal.strategy == "Creative"
            extra = options[1:2] if package else []
            hold = counter.hold
            if counter.hold:
                says.append(self._say("hold", deal, Item(ask.kind), get))
            else:
                says.append(self._say("counter", deal, _item(counter), get, extra=extra))
                label = self.label_line(deal, _item(counter), get)
            lead = "ask"
        else:
            latest = _latest_asked(positions)
            named = line.gets + line.restated
            first = named[0] if named else None
            if first is not None and latest is not None:
                counter = counter_for(latest, deal, positions, self.playbook)
                if counter.hold:
                    says.append(self._say("hold", deal, Item(latest.kind), first, extra=named[1:]))
                else:
                    says.append(
                        self._say("get_first", deal, _item(counter), first, extra=named[1:])
                    )
            elif first is not None:
                says.append(self._say("get_first", deal, None, first, extra=named[1:]))
            lead = "get"
        approval = needs_approval(positions, self.playbook)
        context = self._context(deal, positions, line, approval)
        section = self.renderer.render(
            "move",
            deal=deal,
            lead=lead,
            say=says[0].text if says else "",
            label=label,
            hold=hold,
            # The repair line already says nothing came back: no_get is not repeated.
            warnings=[
                c for c in codes if c in WARNING_CODES and not (c == "no_get" and lead == "repair")
            ][:SHOWN_WARNINGS],
            **context,
        )
        reply = Reply(kind="move", sections=[section], deal=deal.name)
        reply.recorded = line.recorded
        reply.position = positions.report()
        reply.codes = codes
        reply.needs_approval = approval
        reply.says = says
        reply.actions = self._actions(deal, positions, lead, line)
        shown = {k: context[k] for k in ("limit", "zone", "ceiling", "step")}
        turn.set_state(
            last={"codes": codes, "kind": _kind_of(line), "shown": shown}, suggested_gets=[]
        )
        return reply

    def _actions(
        self, deal: Deal, positions: Positions, lead: str, line: _Line
    ) -> list[SuggestedAction]:
        """Buttons: the gets worth asking for where nothing is tied yet, then the why."""
        actions: list[SuggestedAction] = []
        kind = _kind_of(line)
        if lead in ("ask", "repair") and kind is not None:
            for get in gets_to_ask(kind, deal, positions, self.playbook, [])[:2]:
                label = self.playbook.gets[get.kind].label
                words = get.words if get.own else self.playbook.gets[get.kind].ask_plain
                actions.append(
                    SuggestedAction(
                        f"Ask: {label}", f"get {words}", "primary" if not actions else "default"
                    )
                )
        actions.append(SuggestedAction("Why?", "why"))
        if line.recorded:
            actions.append(SuggestedAction("Undo", "undo", "danger"))
        return actions

    def _context(
        self, deal: Deal, positions: Positions, line: _Line, approval: bool
    ) -> dict[str, object]:
        """Where the line leaves the deal, in words the templates can use."""
        kind = _kind_of(line)
        here = positions.of_kind(kind) if kind else None
        limit = limit_of(deal, kind, positions.list_price) if kind else None
        zone = goal_of(deal, kind, positions.list_price) if kind else None
        words = self._words
        ceiling = self.playbook.authority.get(kind) if kind else None
        planned = planned_total(deal, here) if here is not None else None
        ask_needs = (
            here is not None
            and kind is not None
            and here.ask.on
            and self.playbook.measurable(kind, here.ask.unit)
            and self.playbook.needs_approval(kind, here.ask.amount, here.ask.unit)
        )
        return {
            "kind_label": self.playbook.gives[kind].label if kind else "",
            "ask": words(kind, here.ask.amount, here.ask.unit) if here and here.ask.on else "",
            "offer": words(kind, here.offer.amount, here.offer.unit)
            if here and here.offer.on
            else "",
            "limit": words(kind, *limit) if limit else "",
            "ask_past_limit": bool(
                limit and here and here.ask.amount is not None and here.ask.amount > limit[0]
            ),
            "ask_above_zone": bool(
                zone and here and here.ask.amount is not None and here.ask.amount > zone[1]
            ),
            "planned": words(kind, planned, here.unit) if here and planned is not None else "",
            "zone": f"{words(kind, zone[0], zone[2])}–{words(kind, zone[1], zone[2])}"
            if zone
            else "",
            "ceiling": words(kind, ceiling.max, ceiling.unit) if ceiling else "",
            "ask_needs_approval": ask_needs and not line.gives,
            "needs_approval": approval,
            "step": words(kind, here.step, here.unit) if here and here.step else "",
        }

    def _words(self, kind: str | None, amount: float | bool | None, unit: str | None) -> str:
        if amount is None or isinstance(amount, bool) or kind is None:
            return ""
        return kind_amount(kind, amount, unit)

    def _say(
        self, form: str, deal: Deal, give: Item | None, get: Get, extra: list[Get] | None = None
    ) -> Say:
        give_words = self._give_words(give) if give is not None else ""
        text = self.renderer.render(
            "say",
            form=form,
            type=deal.negotiation_type or "",
            strategy=deal.strategy or "",
            give=give_words,
            get=self._get_words(get),
            more=[]
            if deal.negotiation_type == "Bargaining"
            else [self._get_words(g) for g in extra or []],
        )
        quantity = _quantity(give.kind, give.amount, give.unit) if give else None
        return Say(
            unescape_markdown(" ".join(text.split())),
            quantity if form != "hold" else None,
            Quantity(get.kind, get.amount, get.unit),
        )

    def _give_words(self, give: Item) -> str:
        spec = self.playbook.gives[give.kind]
        amount = self._words(give.kind, give.amount, give.unit)
        if amount and "{amount}" in spec.phrase:
            return spec.phrase.format(amount=amount)
        return spec.phrase_plain if "{amount}" in spec.phrase else spec.phrase

    def _get_words(self, get: Get) -> str:
        words = get.words
        if get.own and not is_verb_phrase(words):
            return self.renderer.render("get_noun", words=words, kind=get.kind).strip()
        if not get.own:
            spec = self.playbook.gets[get.kind]
            size = format_amount(get.amount, get.unit)
            if get.kind == "term_commitment" and get.unit in ("years", "months") and get.amount:
                size = f"{get.amount:g}-{get.unit[:-1]}"
            return spec.ask.format(amount=size) if size and "{amount}" in spec.ask else words
        return words

    def label_line(self, deal: Deal, give: Item, get: Get | None) -> str:
        text = self.renderer.render(
            "label_line",
            type=deal.negotiation_type or "",
            give=self._words(give.kind, give.amount, give.unit)
            or self.playbook.gives[give.kind].label,
            get=self._get_words(get) if get else "",
        )
        return unescape_markdown(" ".join(text.split()))


WARNING_CODES = frozenset(
    {
        "above_authority",
        "past_limit",
        "no_get",
        "double_give",
        "past_goal_zone",
        "step_not_smaller",
        "off_plan",
        "price_unknown",
    }
)


class _TurnLike(Protocol):
    """What :class:`MoveDesk` needs of the engine's turn (see coaching.engine.Turn)."""

    deal: Deal | None

    @property
    def positions(self) -> Positions: ...

    def append(self, side: str, kind: str, description: str, **fields: object) -> LedgerEntry: ...

    def touch_deal(self) -> None: ...

    def set_state(self, **values: object) -> None: ...


def _restated_offer(
    move: ReadMove, here: KindPosition, total: float | None, unit: str | None
) -> bool:
    """Our own standing offer said again, with a number: not a new move."""
    return (
        move.side is Side.GIVE
        and move.mode is not Mode.STEP
        and total is not None
        and here.offer.amount is not None
        and here.offer.unit == unit
        and abs(here.offer.amount - total) < 1e-9
    )


def _quantity(kind: str, amount: float | None, unit: str | None) -> Quantity:
    return Quantity(kind, amount, unit)


def _item(counter: Counter) -> Item:
    return Item(counter.kind, counter.total, counter.unit)


def _first_numeric(entries: list[LedgerEntry]) -> LedgerEntry:
    return next((e for e in entries if e.amount is not None), entries[0])


def _latest_asked(positions: Positions) -> KindPosition | None:
    return positions.latest_ask()


def _kind_of(line: _Line) -> str | None:
    if line.gives:
        return line.gives[-1].kind
    if line.asks:
        return _first_numeric(line.asks).kind
    return None


def move_total(
    move: ReadMove, here: KindPosition, positions: Positions
) -> tuple[float | None, str | None]:
    """The new total on the move's kind: steps add to where that side stands, a
    bare number of ours is a total when larger than our offer, a price becomes
    the percent off the list price."""
    amount, unit = move.amount, move.unit
    listed = positions.list_price
    if move.price or (move.mode is not Mode.STEP and names_price(move.kind, amount, unit, listed)):
        if amount is None or not listed:
            return None, None
        return percent_off(amount, listed), "%"
    amount, unit = normalise(move.kind, amount, unit, positions.list_price)
    if amount is None:
        return None, unit
    if move.side is Side.ASK:
        if move.mode is Mode.STEP:
            base = here.offer.amount if here.offer.amount is not None else here.ask.amount
            if base is not None and (here.offer.unit or here.ask.unit) == unit:
                return base + amount, unit
        return amount, unit
    same_unit = here.offer.unit in (None, unit)
    if not same_unit:
        return amount, unit
    if move.mode is Mode.STEP:
        return here.offer_total() + amount, unit
    if move.mode is Mode.TOTAL or here.offer.amount is None:
        return amount, unit
    if move.kind == "payment_terms":  # "net 60" names a level, never a step
        return amount, unit
    if amount > here.offer.amount:
        return amount, unit
    return here.offer.amount + amount, unit
