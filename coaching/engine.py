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

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from coaching.analysis import Analysis, Item
from coaching.checks import check_give
from coaching.commands import COMMANDS, Command, parse_command
from coaching.ledger_view import LedgerTotals, LedgerView
from coaching.messages import IncomingMessage, Reply, Source, SuggestedAction
from coaching.model import (
    NEGOTIATION_TYPES,
    PHASES,
    ConversationKey,
    ConversationState,
    Deal,
    LedgerEntry,
    Limit,
    TurnChanges,
    utcnow,
)
from coaching.phrasing import describe, format_amount, get_phrase, give_phrase
from coaching.playbook import Playbook
from coaching.reader import analyze, classify_get, classify_give, read_quantity
from coaching.render import Renderer
from coaching.store import AlreadyWritten, DealStore, VersionConflict

MAX_TURN_ATTEMPTS = 8
EXCERPT_CHARS = 140
# How much of a ledger a turn reads: enough for the latest moves and the lines a
# reply shows; the running totals stand in for everything older.
RECENT_ENTRIES = 40
# Commands that show or take back the ledger as a whole read all of it.
WHOLE_LEDGER_COMMANDS = frozenset({"ledger", "align", "undo"})
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
    _totals: LedgerTotals = field(default_factory=LedgerTotals, repr=False)
    _complete: bool = field(default=True, repr=False)
    _view: LedgerView | None = field(default=None, repr=False)

    @property
    def tenant(self) -> str:
        return self.msg.tenant_key

    @property
    def entries(self) -> list[LedgerEntry]:
        return self._entries

    @entries.setter
    def entries(self, entries: list[LedgerEntry]) -> None:
        """Hold ``entries`` as the whole ledger (a new deal's is empty)."""
        self._hold(list(entries), LedgerTotals.of(entries), complete=True)

    @property
    def view(self) -> LedgerView:
        if self._view is None:
            if self._complete:
                ordered = tuple(sorted(self._entries, key=lambda e: e.seq))
                self._view = LedgerView(ordered, self._totals)
            else:
                self._view = LedgerView.recent(self._entries, self._totals)
        return self._view

    def _hold(self, entries: list[LedgerEntry], totals: LedgerTotals, *, complete: bool) -> None:
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
        if whole:
            self._hold([], LedgerTotals(), complete=False)
            await self.read_whole()
            return self.deal
        recent = await self.store.recent_ledger(self.tenant, deal_id, RECENT_ENTRIES)
        if len(recent.entries) < RECENT_ENTRIES:
            self.entries = recent.entries  # that is all of it
            return self.deal
        totals = LedgerTotals.from_json(recent.totals)
        self._hold(recent.entries, totals or LedgerTotals(), complete=False)
        # Totals saved at another point than the ledger's end (older rows, or another
        # writer appended without them) are rebuilt; so is a view without a standing
        # move, whose latest move lies further back.
        if totals is None or totals.seq != recent.entries[-1].seq or not self.view.moves():
            await self.read_whole()
            self.changes.totals[deal_id] = self._totals.to_json()
        return self.deal

    async def read_whole(self) -> LedgerView:
        """Read the rest of the current deal's ledger, if the turn holds only its end."""
        if not self._complete and self.deal is not None:
            stored = await self.store.ledger(self.tenant, self.deal.id)
            known = {e.seq for e in stored}
            mine = [e for e in self._entries if e.seq not in known]  # appended this turn
            entries = [*stored, *mine]
            self._hold(entries, LedgerTotals.of(entries), complete=True)
        return self.view

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
            excerpt=self.msg.text[:EXCERPT_CHARS] if side in ("give", "get") else "",
            **fields,  # type: ignore[arg-type]
        )
        self._entries.append(entry)
        if side == "undo":
            self._totals = LedgerTotals.of(self._entries)
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
        self._extensions: dict[str, Extension] = {}
        from coaching.prep import install_prep  # feature modules plug in through extend()

        install_prep(self)

    def extend(self, command: str, handler: Extension) -> None:
        """Let a feature module (prep, reminders) own a command of the grammar."""
        self._extensions[command] = handler

    async def handle(self, msg: IncomingMessage) -> Reply:
        key = ConversationKey(msg.tenant_key, msg.user, msg.conversation)
        command = parse_command(msg.text)
        source = _message_source(msg.message_ref)
        for _ in range(MAX_TURN_ATTEMPTS):
            state = await self.store.load_conversation(key)
            turn = Turn(msg, self.store, state, TurnChanges(key=key, state=state, source=source))
            whole = command.name in WHOLE_LEDGER_COMMANDS
            await turn.open_deal(state.current_deal_id, whole=whole)
            reply = await self._dispatch(turn, command)
            if turn.changes.empty:
                return reply
            try:
                await self.store.commit(turn.changes)
            except VersionConflict:
                continue
            except AlreadyWritten:
                return reply  # handled before (redelivered after a crash): answer, write nothing
            return reply
        raise TurnConflictError(f"gave up after {MAX_TURN_ATTEMPTS} conflicting attempts")

    def analyze(self, text: str) -> Analysis:
        return analyze(text)

    # -- dispatch
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
            await turn.open_deal(deal.id, whole=True)
        turn.set_state(current_deal_id=deal.id, suggested_gets=[])
        reply = self._reply("deal_switched", turn=turn, created=created, view=turn.view)
        if not created:
            reply.ledger = turn.view.lines()
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
        quantity = read_quantity(arg)
        if quantity is None:
            if not arg.strip():
                return self._reply("limit_help", turn=turn)
            turn.deal.walk_away = arg.strip()[:300]
            turn.touch_deal()
            return self._reply("limit_set", turn=turn, limit=None)
        amount, unit = quantity
        give = classify_give(arg)
        kind = give.kind if give else _kind_for_unit(unit)
        if kind is None:
            return self._reply("limit_help", turn=turn)
        limit = Limit(kind=kind, amount=amount, unit=unit)
        turn.deal.limits = {**turn.deal.limits, kind: limit}
        turn.touch_deal()
        shown = describe(kind, amount, unit)
        return self._reply("limit_set", turn=turn, limit=shown)

    async def _cmd_goal(self, turn: Turn, arg: str) -> Reply:
        if turn.deal is None:
            return self._reply("no_deal", turn=turn)
        if not arg.strip():
            return self._reply("pick_one", turn=turn, what="Goal Zone", options=("goal 8-12% off",))
        turn.deal.goal_zone = arg.strip()[:300]
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
        view = await turn.read_whole()
        reply = self._reply("ledger", turn=turn, lines=view.lines(), health=view.health())
        reply.ledger = view.lines()
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
        return self._reply("labelled", turn=turn, give=give, line=self._label_line(item))

    async def _cmd_get(self, turn: Turn, arg: str) -> Reply:
        item = classify_get(arg)
        if item is None:
            return self._reply("get_help", turn=turn, text=arg)
        return await self._moves(turn, Analysis(gets=(item,)), turn.msg.text)

    async def _cmd_align(self, turn: Turn, arg: str) -> Reply:
        if turn.deal is None:
            return self._reply("no_deal", turn=turn)
        if turn.deal.phase != "Align":
            turn.deal.phase = "Align"
            turn.touch_deal()
        view = await turn.read_whole()
        gets_by_give: dict[int, list[LedgerEntry]] = {}
        for get in view.gets():
            if get.traded_against is not None:
                gets_by_give.setdefault(get.traded_against, []).append(get)
        deadlines = [g for g in view.gets() if g.kind == "faster_signature"]
        reply = self._reply(
            "align",
            turn=turn,
            gives=view.gives(),
            gets=view.gets(),
            gets_by_give=gets_by_give,
            decisions=view.decisions(),
            deadlines=deadlines,
            next_steps=turn.deal.prep.get("next_steps", []),
            untraded=[g for g in view.gives() if g.seq not in gets_by_give],
        )
        reply.ledger = view.lines()
        return reply

    async def _cmd_alerts(self, turn: Turn, arg: str) -> Reply:
        return self._reply("alerts_where", turn=turn)

    async def _cmd_text(self, turn: Turn, arg: str) -> Reply:
        if not arg.strip():
            return self._reply("help", turn=turn, commands=COMMANDS)
        analysis = analyze(arg)
        if not analysis.gives and not analysis.gets:
            return self._reply("unknown", turn=turn, commands=COMMANDS)
        return await self._moves(turn, analysis, arg)

    # -- the heart: gives and gets
    async def _moves(self, turn: Turn, analysis: Analysis, text: str) -> Reply:
        recording = turn.deal is not None
        labelled = any(marker in text.casefold() for marker in LABEL_MARKERS)
        package = bool(analysis.gives) and bool(analysis.gets)
        warnings = []
        authority_notes: list[str] = []
        give_seqs: list[int] = []
        for index, item in enumerate(analysis.gives):
            if recording:
                assert turn.deal is not None
                found, authority = check_give(
                    item,
                    turn.deal,
                    turn.view,
                    self.playbook,
                    tied_to_get=package,
                    labelled=labelled,
                    same_message_package=package and index > 0,
                )
                warnings.extend(w for w in found if w not in warnings)
                authority_notes.append(authority.note)
                entry = turn.append(
                    "give",
                    item.kind,
                    describe(item.kind, item.amount, item.unit),
                    amount=item.amount,
                    unit=item.unit,
                    labelled=labelled,
                )
                give_seqs.append(entry.seq)
        pending = turn.view.untraded_give() if recording else None
        target_give = give_seqs[-1] if give_seqs else (pending.seq if pending else None)
        for item in analysis.gets:
            if recording:
                turn.append(
                    "get",
                    item.kind,
                    describe(item.kind, item.amount, item.unit),
                    amount=item.amount,
                    unit=item.unit,
                    traded_against=target_give,
                )
        if (
            recording
            and turn.deal is not None
            and analysis.gives
            and turn.deal.phase
            in (
                "Prepare",
                "Communicate",
            )
        ):
            turn.deal.phase = "Propose"
            turn.touch_deal()

        give_item = analysis.gives[-1] if analysis.gives else None
        if give_item is None and pending is not None:
            give_item = Item(pending.kind, pending.amount, pending.unit)
        get_item = analysis.gets[0] if analysis.gets else None

        if give_item is not None and get_item is None:
            reply = self._ask_for_get(turn, give_item, analysis)
        elif give_item is not None and get_item is not None:
            reply = self._trade(turn, give_item, get_item)
        else:
            assert get_item is not None
            reply = self._reply(
                "get_first", turn=turn, get=get_item, get_label=self._get_label(get_item)
            )
        reply.warnings = warnings
        if warnings or authority_notes:
            reply.sections.append(
                self.renderer.render("checks", warnings=warnings, authority=authority_notes)
            )
        advice = self.renderer.render("advice", deal=turn.deal)
        if advice:
            reply.sections.append(advice)
        if not recording:
            reply.sections.append(self.renderer.render("no_deal_hint"))
        else:
            reply.ledger = turn.view.lines(recent=RECENT_ENTRIES)
            reply.actions.append(SuggestedAction("Undo", "undo", "danger"))
        return reply

    def _ask_for_get(self, turn: Turn, give: Item, analysis: Analysis) -> Reply:
        kinds = self.playbook.suggested_gets(give.kind)
        gets = [Item(kind) for kind in kinds]
        asks = [get_phrase(g, self.playbook) for g in gets]
        turn.set_state(suggested_gets=kinds)
        reply = self._reply(
            "ask_for_get",
            turn=turn,
            give=give,
            give_label=describe(give.kind, give.amount, give.unit),
            give_spec=self.playbook.gives[give.kind],
            suggestions=[
                (self.playbook.gets[k].label, ask) for k, ask in zip(kinds, asks, strict=True)
            ],
            to_manager=analysis.discount_request
            or turn.msg.source in (Source.CHANNEL, Source.THREAD),
        )
        reply.actions = [
            SuggestedAction(
                f"Ask: {self.playbook.gets[k].label}",
                f"get {ask}",
                "primary" if i == 0 else "default",
            )
            for i, (k, ask) in enumerate(zip(kinds, asks, strict=True))
        ]
        return reply

    def _trade(self, turn: Turn, give: Item, get: Item) -> Reply:
        give_words = give_phrase(give, self.playbook)
        get_words = get_phrase(get, self.playbook)
        phrasings = [
            f"If we {give_words}, could you {get_words}?",
            f"We could {give_words} if you {get_words}. Does that work for you?",
            f"To {give_words}, we'd need you to {get_words}. Can you do that?",
        ]
        reply = self._reply(
            "trade",
            turn=turn,
            phrasings=phrasings,
            label_line=self._label_line(give),
            give_label=describe(give.kind, give.amount, give.unit),
            get_label=self._get_label(get),
        )
        reply.phrasings = phrasings
        reply.actions = [SuggestedAction("Mark labelled", "label", "primary")]
        turn.set_state(suggested_gets=[])
        return reply

    def _label_line(self, give: Item) -> str:
        size = format_amount(give.amount, give.unit)
        what = (
            f"{self.playbook.gives[give.kind].label} of {size}"
            if size
            else self.playbook.gives[give.kind].label
        )
        return (
            f"To be clear, {what} is a meaningful move for us, "
            "and we can only make it as part of this trade."
        )

    def _get_label(self, get: Item) -> str:
        return describe(get.kind, get.amount, get.unit)


def _message_source(message_ref: str) -> str:
    """The reference that identifies the message a turn answers, or "" when it does not
    identify one (none given, or one shared by a channel's slash commands or buttons)."""
    if not message_ref or message_ref.endswith(SHARED_REF_ENDINGS):
        return ""
    return message_ref


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


def _kind_for_unit(unit: str) -> str | None:
    return {
        "%": "discount",
        "USD": "discount",
        "EUR": "discount",
        "GBP": "discount",
        "days": "payment_terms",
    }.get(unit)
