"""The dialogue engine: one turn in, one structured reply out.

A turn loads the conversation state once, reads the deal and the recent end
of its ledger (with the running totals saved beside it, so a turn costs the
same on a long ledger as on a short one; only the commands that show or take
back the whole ledger read it all), decides, and commits every write in one
transaction with a version check. A lost race (another turn saved first)
re-runs the turn on fresh state. A message that was already handled (start-up
recovery redoing a turn that committed just before a crash) is answered but
not written twice.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime

from coaching.analysis import Analysis, Item
from coaching.checks import needs_approval
from coaching.commands import COMMANDS, Command, parse_command
from coaching.counsel import gets_to_ask
from coaching.deadlines import deadlines_in
from coaching.deal_facts import (
    is_fact_line,
    read_goal,
    read_limit,
    read_list_price,
    states_goal,
    states_limit,
)
from coaching.ledger_view import LedgerView
from coaching.messages import IncomingMessage, Reply, said_in
from coaching.model import (
    NEGOTIATION_TYPES,
    PHASES,
    ConversationKey,
    ConversationState,
    Deal,
    LedgerEntry,
    Limit,
    RecentLedger,
    TurnChanges,
    TurnStart,
    utcnow,
)
from coaching.move_turn import MoveDesk
from coaching.negotiation import Positions, Stand, names_price, normalise, percent_off
from coaching.phrasing import authority_ceiling, describe, format_amount
from coaching.playbook import Playbook
from coaching.reader import analyze, classify_get
from coaching.render import Renderer
from coaching.stance import LineKind, LineReading, Mode, ReadMove, Side, read_line
from coaching.store import TRIGGER, AlreadyWritten, DealStore, VersionConflict

MAX_TURN_ATTEMPTS = 8
EXCERPT_CHARS = 140
# How much of a ledger a turn reads: enough for the latest moves and the lines a
# reply shows; the running totals stand in for everything older.
RECENT_ENTRIES = 40
# Commands that sum up or take back the ledger as a whole read all of it; `ledger`
# shows its last LEDGER_LINES entries (and the totals of the whole).
WHOLE_LEDGER_COMMANDS = frozenset({"align", "undo"})
LEDGER_LINES = 200
# Message references that stand for every request of a kind in a channel (slash
# commands, button presses) rather than one message cannot tell a redelivery apart.
SHARED_REF_ENDINGS = ("/command", "/action", "/")
LABEL_MARKERS = ("to be clear", "meaningful move", "significant move", "big move for us")

Extension = Callable[["Turn", Command], Awaitable[Reply | None]]


class TurnConflictError(Exception):
    """The turn lost its race more times than it is worth retrying."""


@dataclass
class Turn:
    """Everything one turn reads and writes; committed once at the end.

    The current deal's ledger is held whole (``complete``) or as its recent end
    plus the running totals of the whole; ``view`` sees it either way.
    """

    msg: IncomingMessage
    store: DealStore
    state: ConversationState
    changes: TurnChanges
    deal: Deal | None = None
    _entries: list[LedgerEntry] = field(default_factory=list, repr=False)
    _totals: Positions = field(default_factory=Positions, repr=False)
    _complete: bool = field(default=True, repr=False)
    _view: LedgerView | None = field(default=None, repr=False)
    # One moment for every entry the turn appends: what one message recorded is one
    # move (``undo`` takes it back whole).
    at: datetime = field(default_factory=utcnow)
    # A message handled before (redelivered after a crash) is answered again as it was
    # first: against the ledger without the entries it wrote then.
    unseen: str = ""

    @property
    def tenant(self) -> str:
        return self.msg.tenant_key

    @property
    def entries(self) -> list[LedgerEntry]:
        return self._entries

    @entries.setter
    def entries(self, entries: list[LedgerEntry]) -> None:
        """Hold ``entries`` as the whole ledger (a new deal's is empty)."""
        self._hold(list(entries), self._positions_of(entries), complete=True)

    @property
    def view(self) -> LedgerView:
        if self._view is None:
            if self._complete:
                ordered = tuple(sorted(self._entries, key=lambda e: e.seq))
                self._view = LedgerView(ordered, self._totals)
            else:
                self._view = LedgerView.recent(self._entries, self._totals)
        return self._view

    @property
    def positions(self) -> Positions:
        """Where each side stands on the current deal, as of the turn's last entry."""
        return self._totals

    def _positions_of(self, entries: list[LedgerEntry]) -> Positions:
        return Positions.of(entries, self.deal.list_price if self.deal else None)

    def _hold(self, entries: list[LedgerEntry], totals: Positions, *, complete: bool) -> None:
        self._entries, self._totals, self._complete, self._view = entries, totals, complete, None

    async def open_deal(self, deal_id: str | None, *, whole: bool = False) -> Deal | None:
        """Make ``deal_id`` the turn's deal and read its ledger: the recent end, or
        all of it with ``whole`` or whenever the end alone would not do."""
        if not deal_id:
            return None
        self.deal = await self.store.get_deal(self.tenant, deal_id)
        if self.deal is None:
            self.entries = []
            return None
        if whole or self.unseen:
            self._hold([], Positions(), complete=False)
            await self.read_whole()
            return self.deal
        recent = await self.store.recent_ledger(self.tenant, deal_id, RECENT_ENTRIES)
        return await self._settle(recent)

    async def begin(self, start: TurnStart) -> None:
        """Hold what :meth:`DealStore.open_turn` read, as :meth:`open_deal` would have."""
        self.deal = start.deal
        if start.deal is None:
            if start.state.current_deal_id:
                self.entries = []
            return
        assert start.ledger is not None
        if start.complete:
            self.entries = start.ledger.entries
        else:
            await self._settle(start.ledger)

    async def _settle(self, recent: RecentLedger) -> Deal | None:
        """Hold the recent end of the deal's ledger with its saved totals, or read the
        rest where those do not stand for the whole."""
        assert self.deal is not None
        deal_id = self.deal.id
        if len(recent.entries) < RECENT_ENTRIES:
            self.entries = recent.entries  # that is all of it
            return self.deal
        totals = Positions.from_json(recent.totals)
        self._hold(recent.entries, totals or Positions(), complete=False)
        # Positions saved at another point than the ledger's end (older rows, or another
        # writer appended without them) or with another list price are rebuilt; so is a
        # view without a standing move, whose latest move lies further back.
        if (
            totals is None
            or totals.seq != recent.entries[-1].seq
            or totals.list_price != self.deal.list_price
            or totals.health() is None
            or not self.view.moves()
        ):
            await self.read_whole()
            self.changes.totals[deal_id] = self._totals.to_json()
        return self.deal

    async def read_whole(self) -> LedgerView:
        """Read the rest of the current deal's ledger, if the turn holds only its end."""
        if not self._complete and self.deal is not None:
            stored = await self.store.ledger(self.tenant, self.deal.id)
            if self.unseen:
                stored = [e for e in stored if e.source != self.unseen]
            known = {e.seq for e in stored}
            mine = [e for e in self._entries if e.seq not in known]  # appended this turn
            entries = [*stored, *mine]
            self._hold(entries, self._positions_of(entries), complete=True)
        return self.view

    async def read_end(self, limit: int) -> LedgerView:
        """At least the last ``limit`` entries of the current deal's ledger (all of it
        when it is no longer), in one read if the turn holds fewer."""
        if self._complete or self.deal is None or len(self._entries) >= limit:
            return self.view
        recent = await self.store.recent_ledger(self.tenant, self.deal.id, limit)
        known = {e.seq for e in recent.entries}
        entries = [*recent.entries, *(e for e in self._entries if e.seq not in known)]
        if len(recent.entries) < limit:
            self.entries = entries  # that is all of it
        else:
            self._hold(entries, self._totals, complete=False)
        return self.view

    async def reprice(self) -> None:
        """Rebuild the positions after the deal's list price changed (money becomes %)."""
        await self.read_whole()
        self._hold(self._entries, self._positions_of(self._entries), complete=True)
        if self.deal is not None:
            self.changes.totals[self.deal.id] = self._totals.to_json()

    def touch_deal(self) -> None:
        """Record that the current deal changed in this turn."""
        assert self.deal is not None
        self.deal.updated_at = utcnow()
        if all(d.id != self.deal.id for d in self.changes.deals):
            self.changes.deals.append(self.deal)

    def set_state(self, **values: object) -> None:
        for name, value in values.items():
            if getattr(self.state, name) != value:
                setattr(self.state, name, value)
                self.changes.state_changed = True

    def append(self, side: str, kind: str, description: str, **fields: object) -> LedgerEntry:
        assert self.deal is not None
        if side == "undo" and not self._complete:
            raise RuntimeError("an undo needs the whole ledger: read_whole() first")
        entry = LedgerEntry(
            tenant=self.tenant,
            deal_id=self.deal.id,
            seq=self.view.next_seq(),
            side=side,
            kind=kind,
            description=description,
            author=self.msg.user,
            source=self.msg.message_ref,
            excerpt=self.msg.text[:EXCERPT_CHARS] if side in ("ask", "give", "get") else "",
            created_at=self.at,
            **fields,  # type: ignore[arg-type]
        )
        self._entries.append(entry)
        if side == "undo":
            self._totals = self._positions_of(self._entries)
        else:
            self._totals.add(entry)
        self._view = None
        self.changes.entries.append(entry)
        self.changes.totals[self.deal.id] = self._totals.to_json()
        self.touch_deal()
        return entry


class Coach:
    """Coaches one message at a time; stateless between turns beyond the store."""

    def __init__(self, store: DealStore, playbook: Playbook, renderer: Renderer) -> None:
        self.store = store
        self.playbook = playbook
        self.renderer = renderer
        self.desk = MoveDesk(playbook, renderer)
        # Feature modules (prep, reminders) plug in through extend(), wired by the
        # composition root (bot.services.build_coach): the engine imports none of them.
        self._extensions: dict[str, Extension] = {}

    def extend(self, command: str, handler: Extension) -> None:
        """Let a feature module (prep, reminders) own a command of the grammar."""
        self._extensions[command] = handler

    async def handle(self, msg: IncomingMessage) -> Reply:
        key = ConversationKey(msg.tenant_key, msg.user, msg.conversation)
        command = parse_command(msg.text)
        source = _message_source(msg.message_ref)
        for _ in range(MAX_TURN_ATTEMPTS):
            whole = command.name in WHOLE_LEDGER_COMMANDS
            start = await self.store.open_turn(key, RECENT_ENTRIES, whole=whole)
            state = start.state
            turn = Turn(msg, self.store, state, TurnChanges(key=key, state=state, source=source))
            await turn.begin(start)
            reply = self._stand(turn, await self._read_line(turn, command))
            if turn.changes.empty:
                return reply
            trigger = TRIGGER.get()
            try:
                if trigger is not None:
                    turn.changes.inbound = await trigger.committing()
                await self.store.commit(turn.changes)
            except VersionConflict:
                continue
            except AlreadyWritten:  # handled before (redelivered after a crash)
                return await self._answer_again(msg, command, key, source)
            return reply
        raise TurnConflictError(f"gave up after {MAX_TURN_ATTEMPTS} conflicting attempts")

    async def _answer_again(
        self, msg: IncomingMessage, command: Command, key: ConversationKey, source: str
    ) -> Reply:
        """The reply a redelivered message got the first time; nothing is written."""
        state = await self.store.load_conversation(key)
        changes = TurnChanges(key=key, state=state, source=source)
        turn = Turn(msg, self.store, state, changes, unseen=source)
        await turn.open_deal(state.current_deal_id)
        return self._stand(turn, await self._read_line(turn, command))

    def _stand(self, turn: Turn, reply: Reply) -> Reply:
        """Every reply on a deal says where it stands after the turn."""
        if turn.deal is not None:
            reply.position = turn.positions.report()
            reply.needs_approval = needs_approval(turn.positions, self.playbook)
        return reply

    def analyze(self, text: str) -> Analysis:
        return analyze(text)

    # -- dispatch
    async def _read_line(self, turn: Turn, command: Command) -> Reply:
        """The line's reply; an edited line first takes back what its first version
        recorded on the current deal (by reversals: the ledger keeps both), then is read
        again as said now, so its move is corrected, never counted twice."""
        if not turn.msg.edits or turn.deal is None:
            return await self._dispatch(turn, command)
        view = await turn.read_whole()
        first = [e for e in view.moves() if said_in(e.source, turn.msg.edits)]
        for move in reversed(first):
            turn.append("undo", move.kind, f"edited: {move.description}", ref=move.seq)
        reply = await self._dispatch(turn, command)
        if first:
            reply.sections.insert(0, self.renderer.render("edited", undone=first))
        return reply

    async def _dispatch(self, turn: Turn, command: Command) -> Reply:
        if command.name in self._extensions:
            reply = await self._extensions[command.name](turn, command)
            if reply is not None:
                return reply
        handler = getattr(self, f"_cmd_{command.name}", None)
        if handler is None:
            return self._reply("not_available", command=command.name)
        return await handler(turn, command.arg)

    def _reply(self, template: str, *, turn: Turn | None = None, **context: object) -> Reply:
        deal = turn.deal if turn else None
        section = self.renderer.render(template, deal=deal, **context)
        return Reply(kind=template, sections=[section], deal=deal.name if deal else None)

    def _header(self, turn: Turn) -> str:
        return self.renderer.render("deal_header", deal=turn.deal)

    async def _cmd_help(self, turn: Turn, arg: str) -> Reply:
        return self._reply("help", turn=turn, commands=COMMANDS)

    async def _cmd_deals(self, turn: Turn, arg: str) -> Reply:
        deals = await self.store.list_deals(turn.tenant, turn.msg.user)
        return self._reply("deals", turn=turn, deals=deals, current=turn.deal)

    async def _cmd_deal(self, turn: Turn, arg: str) -> Reply:
        name = " ".join(arg.split())[:80]
        if not name:
            return await self._cmd_deals(turn, arg)
        deal = await self.store.find_deal(turn.tenant, turn.msg.user, name)
        created = deal is None
        if deal is None:
            deal = Deal(tenant=turn.tenant, owner=turn.msg.user, name=name)
            turn.deal, turn.entries = deal, []
            turn.touch_deal()
        else:
            await turn.open_deal(deal.id)  # its end and totals: `ledger` shows it all
        turn.set_state(current_deal_id=deal.id, suggested_gets=[])
        reply = self._reply("deal_switched", turn=turn, created=created, view=turn.view)
        if not created:
            reply.ledger = turn.view.lines(recent=RECENT_ENTRIES)
        return reply

    async def _cmd_type(self, turn: Turn, arg: str) -> Reply:
        return self._choose(turn, arg, "negotiation_type", NEGOTIATION_TYPES, "type_set")

    async def _cmd_phase(self, turn: Turn, arg: str) -> Reply:
        return self._choose(turn, arg, "phase", PHASES, "phase_set")

    def _choose(
        self, turn: Turn, arg: str, field: str, options: tuple[str, ...], done: str
    ) -> Reply:
        """Set one of the deal's named choices (type, phase) from a word the user typed."""
        if turn.deal is None:
            return self._reply("no_deal", turn=turn)
        chosen = _pick(arg, options)
        if chosen is None:
            what = field.replace("_", " ")
            return self._reply("pick_one", turn=turn, what=what, options=options)
        setattr(turn.deal, field, chosen)
        turn.touch_deal()
        return self._reply(done, turn=turn)

    async def _cmd_limit(self, turn: Turn, arg: str) -> Reply:
        if turn.deal is None:
            return self._reply("no_deal", turn=turn)
        if not arg.strip():
            return self._reply("limit_help", turn=turn)
        return self._set_limit(turn, arg)

    def _set_limit(self, turn: Turn, text: str) -> Reply:
        assert turn.deal is not None
        limit = read_limit(text)
        listed = turn.deal.list_price
        if (
            limit is not None
            and listed
            and names_price(limit.kind, limit.amount, limit.unit, listed)
        ):
            limit = Limit("discount", percent_off(limit.amount, listed), "%")
        if limit is None:
            turn.deal.walk_away = text.strip()[:300]
            turn.touch_deal()
            return self._reply("limit_set", turn=turn, limit=None)
        turn.deal.limits = {**turn.deal.limits, limit.kind: limit}
        turn.touch_deal()
        shown = self._amount_words(turn, limit.kind, limit.amount, limit.unit)
        return self._reply("limit_set", turn=turn, limit=shown)

    async def _cmd_goal(self, turn: Turn, arg: str) -> Reply:
        if turn.deal is None:
            return self._reply("no_deal", turn=turn)
        if not arg.strip():
            return self._reply("pick_one", turn=turn, what="Goal Zone", options=("goal 8-12% off",))
        return self._set_goal(turn, arg)

    def _set_goal(self, turn: Turn, text: str) -> Reply:
        assert turn.deal is not None
        zone = read_goal(text)
        turn.deal.goal_zone = text.strip()[:300]
        if zone is not None:
            turn.deal.goal_zones = {**turn.deal.goal_zones, zone.kind: zone}
        turn.touch_deal()
        return self._reply("goal_set", turn=turn)

    async def _cmd_next(self, turn: Turn, arg: str) -> Reply:
        if turn.deal is None:
            return self._reply("no_deal", turn=turn)
        step = " ".join(arg.split())[:300]
        if not step:
            return self._reply(
                "pick_one",
                turn=turn,
                what="next step",
                options=("next Dana sends the order form by Friday",),
            )
        turn.deal.prep = {
            **turn.deal.prep,
            "next_steps": [*turn.deal.prep.get("next_steps", []), step],
        }
        turn.touch_deal()
        return self._reply("next_added", turn=turn, step=step)

    async def _cmd_ledger(self, turn: Turn, arg: str) -> Reply:
        if turn.deal is None:
            return self._reply("no_deal", turn=turn)
        view = await turn.read_end(LEDGER_LINES)
        shown = view.entries[-LEDGER_LINES:]
        earlier = shown[0].seq - 1 if shown else 0  # seqs count from 1, one per entry
        lines = view.lines(recent=LEDGER_LINES)
        reply = self._reply("ledger", turn=turn, lines=lines, health=view.health(), earlier=earlier)
        reply.ledger = lines
        return reply

    async def _cmd_undo(self, turn: Turn, arg: str) -> Reply:
        if turn.deal is None:
            return self._reply("no_deal", turn=turn)
        undone = (await turn.read_whole()).last_message_moves()
        if not undone:
            return self._reply("undo", turn=turn, undone=[])
        for move in reversed(undone):
            turn.append("undo", move.kind, f"undo: {move.description}", ref=move.seq)
        reply = self._reply("undo", turn=turn, undone=undone)
        reply.ledger = turn.view.lines(recent=RECENT_ENTRIES)
        return reply

    async def _cmd_label(self, turn: Turn, arg: str) -> Reply:
        if turn.deal is None:
            return self._reply("no_deal", turn=turn)
        give = turn.view.last_unlabelled_give()
        if give is None and not turn.view.complete:  # it may lie further back
            give = (await turn.read_whole()).last_unlabelled_give()
        if give is None:
            return self._reply("labelled", turn=turn, give=None, line=None)
        turn.append("label", give.kind, f"labelled: {give.description}", ref=give.seq)
        item = Item(give.kind, give.amount, give.unit)
        line = self.desk.label_line(turn.deal, item, None)
        return self._reply("labelled", turn=turn, give=give, line=line)

    async def _cmd_align(self, turn: Turn, arg: str) -> Reply:
        """The terms as agreed (our standing offers and what pays for them, never what
        was only asked), owners, deadlines from the dates said, and what needs approval."""
        if turn.deal is None:
            return self._reply("no_deal", turn=turn)
        if turn.deal.phase != "Align":
            turn.deal.phase = "Align"
            turn.touch_deal()
        view = await turn.read_whole()
        positions = turn.positions
        gives = view.gives()
        standing = {p.offer.seq for p in positions.kinds.values() if p.offer.on}
        gets_for: dict[int, list[str]] = {}
        free_gets: list[str] = []
        for get in view.gets():
            if get.traded_against is not None:
                gets_for.setdefault(get.traded_against, []).append(get.description)
        paid = {g.traded_against for g in gives if g.traded_against is not None}
        for get in view.gets():
            if get.traded_against is None and get.seq not in paid:
                free_gets.append(get.description)
            elif get.traded_against is None:
                payer = next(g.seq for g in gives if g.traded_against == get.seq)
                gets_for.setdefault(payer, []).append(get.description)
        terms, untraded, approval = [], [], []
        for give in gives:
            if give.seq not in standing:
                continue  # an earlier offer on a kind, since moved
            traded = [w for g in gives if g.kind == give.kind for w in gets_for.get(g.seq, [])]
            words = self._position_words(give.kind, positions.of_kind(give.kind).offer)
            needs = self.playbook.needs_approval(give.kind, give.amount, give.unit)
            terms.append({"give": words, "gets": list(dict.fromkeys(traded)), "approval": needs})
            if not traded:
                untraded.append(words)
            if needs:
                approval.append(words)
        open_asks = [
            self._position_words(p.kind, p.ask)
            for p in positions.kinds.values()
            if p.ask.on and not p.offer.on
        ]
        steps = turn.deal.prep.get("next_steps", [])
        said = [e.excerpt for e in view.moves() if e.side == "get"] + [
            g.description for g in view.gets()
        ]
        deadlines = list(dict.fromkeys(d for text in [*said, *steps] for d in deadlines_in(text)))
        reply = self._reply(
            "align",
            turn=turn,
            terms=terms,
            free_gets=free_gets,
            open_asks=open_asks,
            decisions=view.decisions(),
            untraded=untraded,
            rep=turn.msg.user_name or "You",
            owners=list(dict.fromkeys(o for o in map(_owner, steps) if o)),
            deadlines=deadlines,
            approval=approval,
            next_steps=steps,
        )
        reply.ledger = view.lines()
        return reply

    def _position_words(self, kind: str, stand: Stand) -> str:
        label = self.playbook.gives[kind].label
        if stand.amount is None:
            return label
        return describe(kind, stand.amount, stand.unit)

    async def _cmd_alerts(self, turn: Turn, arg: str) -> Reply:
        return self._reply("alerts_where", turn=turn)

    async def _cmd_text(self, turn: Turn, arg: str) -> Reply:
        if not arg.strip():
            return self._reply("help", turn=turn, commands=COMMANDS)
        if turn.deal is not None:
            fact = await self._fact(turn, arg)
            if fact is not None:
                return fact
        latest = turn.positions.recent_kinds() if turn.deal else []
        reading = read_line(arg, analyze(arg), latest)
        if reading.kind is LineKind.QUESTION:
            return self._question(turn)
        if reading.kind is LineKind.INFO:
            return self._reply("info", turn=turn)
        if reading.kind is not LineKind.MOVES:
            return self._reply("unknown", turn=turn, commands=COMMANDS)
        return self._line(turn, reading)

    async def _cmd_get(self, turn: Turn, arg: str) -> Reply:
        """`get <words>`: every get the words name, kept in the rep's own words."""
        parts = [p for p in _LIST_OF_GETS.split(arg) if p.strip()]
        named = [(classify_get(p), p) for p in parts]
        kinds = [item.kind for item, _ in named if item is not None]
        if len(parts) > 1 and len(kinds) == len(parts) and len(set(kinds)) == len(kinds):
            items, words = [i for i, _ in named if i is not None], [w for _, w in named]
        else:
            items = list(analyze(arg).gets) or [i for i in (classify_get(arg),) if i is not None]
            words = [arg] if len(items) == 1 else [i.text or arg for i in items]
        if not items:
            return self._reply("get_help", turn=turn, text=arg)
        moves = tuple(
            ReadMove(Side.GET, i.kind, i.amount, i.unit, Mode.BARE, w)
            for i, w in zip(items, words, strict=True)
        )
        return self._line(turn, LineReading(LineKind.MOVES, moves))

    def _line(self, turn: Turn, reading: LineReading) -> Reply:
        if turn.deal is None:
            return self._reply("no_deal_hint", turn=turn)
        labelled = any(marker in turn.msg.text.casefold() for marker in LABEL_MARKERS)
        return self.desk.record(turn, reading, labelled=labelled)

    async def _fact(self, turn: Turn, text: str) -> Reply | None:
        """A line that states the list price, a limit or a Goal Zone: no move. A move
        that names the price it is taken off ("$12k off the $90k") sets it first."""
        assert turn.deal is not None
        price = read_list_price(text)
        if price is not None and price.amount != turn.deal.list_price:
            turn.deal.list_price, turn.deal.currency = price.amount, price.currency
            turn.touch_deal()
            await turn.reprice()
        if not is_fact_line(text):
            return None
        if price is not None:
            reply = self._reply(
                "list_set", turn=turn, price=format_amount(price.amount, price.currency)
            )
        elif states_goal(text):
            reply = self._set_goal(turn, text)
        elif states_limit(text):
            reply = self._set_limit(turn, text)
        else:
            return None
        return reply

    def _question(self, turn: Turn) -> Reply:
        """A question to the coach: this deal's Communicate questions, and the gets to
        ask for against what the customer is asking."""
        asked = turn.positions.latest_ask() if turn.deal else None
        gets = []
        if asked is not None and turn.deal is not None:
            gets = gets_to_ask(asked.kind, turn.deal, turn.positions, self.playbook, [])[:3]
        card = (turn.deal.prep.get("card") or {}) if turn.deal else {}
        reply = self._reply(
            "question",
            turn=turn,
            asked=self.playbook.gives[asked.kind].label if asked else "",
            gets=[g.words for g in gets],
            questions=list(card.get("questions") or [])[:3],
        )
        return reply

    async def _cmd_why(self, turn: Turn, arg: str) -> Reply:
        """The full why behind the last move reply: each check, the matrix, the ledger."""
        if turn.deal is None:
            return self._reply("no_deal", turn=turn)
        last = turn.state.last or {}
        kind = last.get("kind")
        view = await turn.read_whole()
        reply = self._reply(
            "why",
            turn=turn,
            codes=last.get("codes", []),
            give=self.playbook.gives[kind] if kind in self.playbook.gives else None,
            gets=[self.playbook.gets[k].label for k in self.playbook.suggested_gets(kind)]
            if kind in self.playbook.gives
            else [],
            ceiling=authority_ceiling(self.playbook, kind) if kind else None,
            shown=last.get("shown") or {},
        )
        reply.ledger = view.lines()
        return reply

    def _amount_words(self, turn: Turn, kind: str, amount: float, unit: str) -> str:
        value, shown_unit = normalise(
            kind, amount, unit, turn.deal.list_price if turn.deal else None
        )
        return describe(kind, value, shown_unit)


def _message_source(message_ref: str) -> str:
    """The reference that identifies the message a turn answers, or "" when it does not
    identify one (none given, or one shared by a channel's slash commands or buttons)."""
    if not message_ref or message_ref.endswith(SHARED_REF_ENDINGS):
        return ""
    return message_ref


# `get a 3-year term and a press release`: a list of gets, each in the rep's words.
_LIST_OF_GETS = re.compile(r"\s*(?:\+|&|,|\band\b|\bplus\b)\s*")


def _owner(step: str) -> str | None:
    """Who owns a next step: the name it starts with ("Dana sends the order form")."""
    first = step.split(maxsplit=1)[0] if step.split() else ""
    return first if first[:1].isupper() and first.isalpha() and first not in ("We", "I") else None


def _pick(text: str, options: tuple[str, ...]) -> str | None:
    """The option the user meant: a prefix of it ("trad") or the option with a suffix."""
    word = text.strip().casefold()
    if not word:
        return None
    for option in options:
        name = option.casefold()
        if name.startswith(word) or word.startswith(name):
            return option
    return None
