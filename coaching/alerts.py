"""Channel alerts: a rep asks a colleague for a concession; coach the rep, brief the approver.

Platform-free so Slack and Teams share it. The adapter hands in a channel
message and posts what comes back: a threaded coaching reply to the rep and
one manager message carrying the give and a proposed get together, with
Approve / Counter / Decline actions. A decision lands in the rep's ledger in
one atomic commit (the same ``TurnChanges`` path the engine uses).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import Any

from coaching.analysis import Analysis, Item
from coaching.approvals import (
    ESCALATE,
    KINDS,
    REMIND,
    ApprovalTiming,
    DealBrief,
    Nudge,
    Recipient,
    approval_jobs,
    recipient,
)
from coaching.delegation import Delegations
from coaching.engine import MAX_TURN_ATTEMPTS, TurnConflictError
from coaching.messages import IncomingMessage, Link, Reply, Source, SuggestedAction
from coaching.model import ConversationKey, Deal, LedgerEntry, TurnChanges, utcnow
from coaching.move_turn import move_total
from coaching.negotiation import Positions
from coaching.phrasing import authority_ceiling, describe, get_phrase, give_phrase
from coaching.playbook import Playbook
from coaching.records import Alert, AuditEntry, Job, is_manager
from coaching.render import Renderer
from coaching.stance import ReadMove, Side, amount_mode, read_line
from coaching.store import AlreadyWritten, DeskStore, VersionConflict

ALERT_COMMAND = "alert"
DECISIONS = {"approve": "approved", "counter": "countered", "decline": "declined"}
MAX_CONDITION = 300
MAX_EXCERPT = 500
MAX_LINK = 1000
THREAD_LINK_LABEL = "Open the rep's thread"


@dataclass(frozen=True, slots=True)
class DecisionRequest:
    """A pressed Approve / Counter / Decline, read back from the action's command."""

    decision: str  # a key of DECISIONS
    alert_id: str


def decision_command(decision: str, alert_id: str) -> str:
    return f"{ALERT_COMMAND} {decision} {alert_id}"


def decision_actions(alert: Alert) -> list[SuggestedAction]:
    """An open request's Approve / Counter / Decline buttons, wherever it is shown (the
    approver's card, its reminders, a manager's App Home)."""
    return [
        SuggestedAction("Approve", decision_command("approve", alert.id), "primary"),
        SuggestedAction("Counter", decision_command("counter", alert.id)),
        SuggestedAction("Decline", decision_command("decline", alert.id), "danger"),
    ]


def parse_decision(command: str) -> DecisionRequest | None:
    """``alert approve <id>`` -> DecisionRequest; anything else -> None (an engine command)."""
    parts = command.split()
    if (
        len(parts) == 3
        and parts[0] == ALERT_COMMAND
        and parts[1] in DECISIONS
        and parts[2].isalnum()
    ):
        return DecisionRequest(parts[1], parts[2])
    return None


@dataclass(frozen=True, slots=True)
class ChannelFacts:
    """What the platform says about a channel, as far as it reliably can."""

    shared: bool = False  # people outside the organisation may read it (fail closed: True)
    creator: str = ""  # the user id that created it, where the platform says


NOT_SHARED = ChannelFacts()
# Looked up only when a decision needs them (Slack asks conversations.info, cached).
Facts = Callable[[], Awaitable[ChannelFacts]]


async def not_shared() -> ChannelFacts:
    return NOT_SHARED


@dataclass(frozen=True, slots=True)
class AlertPlan:
    """The pure decision for one channel message: the trade to put in front of whom."""

    analysis: Analysis
    give: Item
    get: Item
    get_from_message: bool
    suggestions: tuple[str, ...]  # get kinds the playbook matrix suggests, best first
    approver: str | None  # the mentioned colleague, else the deal desk channel, else None
    approver_is_channel: bool
    on_behalf_of: str | None = None  # the colleague named, when their delegate decides


def plan_alert(
    msg: IncomingMessage,
    analysis: Analysis,
    playbook: Playbook,
    *,
    bot_user: str | None,
    deal_desk: str | None,
) -> AlertPlan | None:
    """Alert only on a rep asking a colleague to approve a give, in a channel or thread."""
    if msg.source not in (Source.CHANNEL, Source.THREAD) or msg.user == bot_user:
        return None
    if not analysis.discount_request or not analysis.gives:
        return None
    give = analysis.gives[0]
    suggestions = tuple(playbook.suggested_gets(give.kind))
    get = analysis.gets[0] if analysis.gets else Item(suggestions[0])
    colleague = next((m for m in msg.mentions if m not in (bot_user, msg.user)), None)
    approver = colleague or deal_desk or None
    return AlertPlan(
        analysis=analysis,
        give=give,
        get=get,
        get_from_message=bool(analysis.gets),
        suggestions=suggestions,
        approver=approver,
        approver_is_channel=colleague is None and approver is not None,
    )


def may_decide(
    alert: Alert, user: str, role: str, where: str = "", acting_for: str | None = None
) -> bool:
    """The approver, a manager, anyone in the approver channel (the deal desk), or the
    approver's delegate (``acting_for``: the manager they stand in for)."""
    if role == "manager":
        return True
    if user == alert.rep:
        return False
    if acting_for:
        return True
    escalated = str(alert.analysis.get("escalated_to") or "")  # the deal desk, a manager
    if escalated and escalated in (user, where):
        return True
    return user == alert.approver or (bool(where) and where == alert.approver)


@dataclass(frozen=True, slots=True)
class RaisedAlert:
    alert: Alert
    rep_reply: Reply  # the coaching, to the rep only: it names their authority
    manager_reply: Reply | None  # to the approver; None when nobody can approve
    note: Reply | None = None  # the neutral words for the thread; None when nobody approves


@dataclass(frozen=True, slots=True)
class Decision:
    ok: bool
    reply: Reply  # the decision for the rep, or why it was refused (to the presser only)
    alert: Alert | None = None
    deal: Deal | None = None
    note: Reply | None = None  # the neutral words for the alert's thread
    on_behalf_of: str | None = None  # the manager a delegate decides for


class AlertDesk:
    """Raises channel alerts and records decisions; built once beside the Coach."""

    def __init__(
        self,
        store: DeskStore,
        playbook: Playbook,
        renderer: Renderer,
        analyze: Callable[[str], Analysis],
        *,
        timing: ApprovalTiming | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.playbook = playbook
        self.renderer = renderer
        self._analyze = analyze
        self.timing = timing or ApprovalTiming()
        self.clock = clock
        self.delegations = Delegations(store, renderer, clock)

    async def toggle(
        self, tenant: str, channel: str, arg: str, *, user: str, facts: Facts = not_shared
    ) -> Reply | None:
        """``alerts on|off`` (or ``alerts on external``) in a channel; None when the argument
        is none of them. Only a coach manager or the channel's creator may switch a channel;
        only a coach manager may allow alerts in a channel shared outside the company."""
        words = arg.strip().casefold().split()
        if words not in (["on"], ["off"], ["on", "external"]):
            return None
        external = words == ["on", "external"]
        channel_facts = await facts()
        account = await self.store.get_user(tenant, user)
        manager = is_manager(account)
        creator = bool(channel_facts.creator) and user == channel_facts.creator
        if not (manager or (creator and not external)):
            creator_name = ""
            if channel_facts.creator:
                creator_name = await self._name(tenant, channel_facts.creator, "")
            return self._reply(
                "alert_toggle_refused",
                external=external,
                creator=bool(channel_facts.creator),
                creator_name=creator_name,
            )
        enabled = words[0] == "on"
        await self.store.set_channel_alerts(tenant, channel, enabled)
        if external or not enabled:  # ``alerts off`` withdraws an external opt-in too
            await self.store.set_channel_external_alerts(tenant, channel, external)
        held = (
            enabled
            and channel_facts.shared
            and not (external or await self.store.channel_external_alerts(tenant, channel))
        )
        return self._reply("alert_toggle", enabled=enabled, external=external, held=held)

    async def alerts_allowed(self, tenant: str, channel: str, facts: Facts) -> bool:
        """False in a channel shared outside the company that no coach manager opted in
        (``alerts on external``); whether alerts are switched on at all is checked apart."""
        if not (await facts()).shared:
            return True
        return await self.store.channel_external_alerts(tenant, channel)

    def plan(
        self, msg: IncomingMessage, *, bot_user: str | None, deal_desk: str | None
    ) -> AlertPlan | None:
        """Read the message; cheap, so adapters call it on every channel message."""
        return plan_alert(
            msg, self._analyze(msg.text), self.playbook, bot_user=bot_user, deal_desk=deal_desk
        )

    async def delegated(self, tenant: str, plan: AlertPlan) -> AlertPlan:
        """The plan with its approver's active delegate as the approver, if they have one."""
        if not plan.approver or plan.approver_is_channel:
            return plan
        approver, behalf = await self.delegations.approver_for(tenant, plan.approver)
        return replace(plan, approver=approver, on_behalf_of=behalf) if behalf else plan

    async def raise_alert(
        self,
        msg: IncomingMessage,
        plan: AlertPlan,
        *,
        channel: str,
        thread: str,
        rep_conversation: str,
        link: str = "",
        deal_desk: str | None = None,
    ) -> RaisedAlert | None:
        """Record the alert (at most one per thread), schedule its reminder and escalation,
        and word both messages; None if not new. ``link``: the rep's thread, if the platform
        gives one; ``deal_desk``: where an unanswered request escalates to."""
        if not await self.store.channel_alerts_enabled(msg.tenant_key, channel):
            return None
        deal = await self._current_deal(msg.tenant_key, msg.user, rep_conversation)
        alert = Alert(
            tenant=msg.tenant_key,
            channel=channel,
            thread=thread,
            message_ref=msg.message_ref,
            rep=msg.user,
            approver=plan.approver or "",
            analysis={
                **plan.analysis.to_json(),
                "trade": {
                    "give": plan.give.to_json(),
                    "get": plan.get.to_json(),
                    "get_from_message": plan.get_from_message,
                },
                "approver_is_channel": plan.approver_is_channel,
                "on_behalf_of": plan.on_behalf_of,
                "link": link[:MAX_LINK] if link.startswith("https://") else "",
            },
            deal_id=deal.id if deal else None,
            created_at=self.clock(),
        )
        if not await self.store.create_alert(alert):
            return None
        escalate_to = await self._escalation(alert, deal_desk)
        for job in approval_jobs(alert, self.timing, escalate_to, alert.created_at):
            await self.store.schedule_job(job)
        words = await self._words(alert)
        rep_reply = self._reply(
            "alert_rep",
            **words,
            suggestions=[
                (self.playbook.gets[k].label, get_phrase(Item(k), self.playbook))
                for k in plan.suggestions
            ],
            authority=await self._authority(msg, plan, deal),
            deal=deal,
        )
        manager_reply = note = None
        if plan.approver:
            note = self._reply("alert_thread_note", **words)
            manager_reply = await self.approver_card(alert, deal, msg.text[:MAX_EXCERPT])
        return RaisedAlert(alert, rep_reply, manager_reply, note)

    async def approver_card(
        self, alert: Alert, deal: Deal | None, excerpt: str = "", nudge: str = ""
    ) -> Reply:
        """The card the approver decides on: the trade, where the deal stands (the
        customer's ask against our offer, the ledger in one line), the rep's words (the
        first card only: the alert does not keep them), a link to their thread, and the
        buttons. ``nudge``: a reminder's or escalation's kind."""
        words = await self._words(alert)
        brief = None
        if deal is not None:
            give, _ = alert_trade(alert)
            brief = DealBrief.of(await self._positions(deal), give.kind).to_context()
        card = self._reply(
            "alert_manager",
            **words,
            excerpt=excerpt,
            deal=deal,
            brief=brief,
            nudge=nudge,
            waited=_waited(alert, self.clock()),
        )
        card.actions = decision_actions(alert)
        link = str(alert.analysis.get("link") or "")
        card.link = Link(THREAD_LINK_LABEL, link) if link else None
        return card

    async def nudge(self, job: Job) -> Nudge:
        """What a due reminder or escalation sends: the card again, marked as such, to
        the job's recipient; nothing once the alert is decided (or gone)."""
        to = recipient(job)
        alert = await self.store.get_alert(job.tenant, str(job.payload.get("alert_id") or ""))
        if job.kind not in KINDS or alert is None or alert.status != "open" or not to.to:
            return Nudge(None, to, "dropped")
        if job.kind == REMIND and not to.channel:  # a manager away since: their delegate
            to = Recipient((await self.delegations.approver_for(job.tenant, to.to))[0])
        if job.kind == ESCALATE:  # whoever it went up to may decide it from now on
            alert.analysis = {**alert.analysis, "escalated_to": to.to}
            if not await self.store.update_alert(alert, expect_status="open"):
                return Nudge(None, to, "dropped")  # decided meanwhile
        deal = await self.store.get_deal(alert.tenant, alert.deal_id) if alert.deal_id else None
        return Nudge(await self.approver_card(alert, deal, nudge=job.kind), to)

    async def stand_ins(self, tenant: str, rep: str) -> list[str]:
        """Who decides in place of a deal desk channel the coach may not post to (shared
        outside the company): the rep's own manager when a coach manager, else every coach
        manager (never the rep)."""
        account = await self.store.get_user(tenant, rep)
        if account is not None and account.manager_id:
            own = await self.store.get_user(tenant, account.manager_id)
            if own is not None and is_manager(own) and own.user_id != rep:
                return [own.user_id]
        users = await self.store.list_users(tenant)
        return sorted(u.user_id for u in users if is_manager(u) and u.user_id != rep)

    async def _escalation(self, alert: Alert, deal_desk: str | None) -> Recipient | None:
        """Where an unanswered request goes up to: the deal desk channel (unless it is the
        approver already), else the approver's own manager if the coach knows one."""
        if not alert.approver or alert.analysis.get("approver_is_channel"):
            return None
        if deal_desk:
            return Recipient(deal_desk, channel=True)
        named = str(alert.analysis.get("on_behalf_of") or alert.approver)
        account = await self.store.get_user(alert.tenant, named)
        if account and account.manager_id and account.manager_id != alert.rep:
            return Recipient(account.manager_id)
        return None

    async def check(self, tenant: str, alert_id: str, *, user: str, where: str = "") -> Decision:
        """Whether ``user`` may decide this alert now (before a form is opened)."""
        alert = await self.store.get_alert(tenant, alert_id)
        if alert is None:
            return Decision(False, self._reply("alert_refused", reason="unknown"))
        if alert.status != "open":
            words = await self._words(alert)
            return Decision(False, self._reply("alert_refused", reason="closed", **words), alert)
        account = await self.store.get_user(tenant, user)
        acting_for = await self.delegations.acting_for(alert, user)
        if not may_decide(alert, user, account.role if account else "rep", where, acting_for):
            words = await self._words(alert)
            return Decision(False, self._reply("alert_refused", reason="forbidden", **words), alert)
        return Decision(True, Reply(kind="alert_open"), alert, on_behalf_of=acting_for)

    async def decide(
        self,
        tenant: str,
        alert_id: str,
        *,
        user: str,
        decision: str,
        condition: str = "",
        where: str = "",
        rep_conversation: str,
    ) -> Decision:
        """Record Approve (optionally conditional), Counter (with terms) or Decline."""
        checked = await self.check(tenant, alert_id, user=user, where=where)
        if not checked.ok or checked.alert is None:
            return checked
        alert = checked.alert
        condition = " ".join(condition.split())[:MAX_CONDITION]
        if decision not in DECISIONS or (decision == "counter" and not condition):
            return Decision(False, self._reply("alert_refused", reason="counter_terms"), alert)
        alert.status = DECISIONS[decision]
        alert.decision = condition or None
        alert.decided_by = user
        alert.decided_at = self.clock()
        # Claim the decision first: of two managers pressing at once, one wins.
        if not await self.store.update_alert(alert, expect_status="open"):
            return await self.check(tenant, alert_id, user=user, where=where)
        audit = AuditEntry(
            tenant=alert.tenant,
            key=f"decision:{alert.id}",
            action=alert.status,
            actor=user,
            rep=alert.rep,
            alert_id=alert.id,
            deal_id=alert.deal_id,
            on_behalf_of=checked.on_behalf_of,
            condition=alert.decision,
            at=alert.decided_at,
        )
        try:
            deal = await self._record(alert, rep_conversation, audit)
            if deal is None:  # no ledger to write it beside: the audit row alone, once
                await self.store.record_audit(audit)
        except BaseException:
            await self._reopen(alert)
            raise
        if deal is not None and alert.deal_id != deal.id:
            alert.deal_id = deal.id
            await self.store.update_alert(alert)
        words = await self._words(alert)
        reply = self._reply("alert_decision", **words, deal=deal)
        return Decision(True, reply, alert, deal, self._reply("alert_thread_note", **words))

    # -- helpers
    async def _reopen(self, alert: Alert) -> None:
        """Undo a claimed decision whose ledger entry could not be written."""
        status = alert.status
        alert.status, alert.decision, alert.decided_by, alert.decided_at = "open", None, None, None
        await self.store.update_alert(alert, expect_status=status)

    async def _record(self, alert: Alert, rep_conversation: str, audit: AuditEntry) -> Deal | None:
        """Append a ``decision`` entry to the rep's deal and its audit row in one commit,
        retrying lost races. Redone after a crash (the commit landed, its answer did not),
        the store refuses the second write (AlreadyWritten): one entry, one audit row."""
        key = ConversationKey(alert.tenant, alert.rep, rep_conversation)
        give, _ = alert_trade(alert)
        for _ in range(MAX_TURN_ATTEMPTS):
            state = await self.store.load_conversation(key)
            deal_id = alert.deal_id or state.current_deal_id
            deal = await self.store.get_deal(alert.tenant, deal_id) if deal_id else None
            if deal is None:
                return None
            positions = await self._positions(deal)
            offer = positions.of_kind(give.kind).offer  # our latest standing give on it
            entry = LedgerEntry(
                tenant=alert.tenant,
                deal_id=deal.id,
                seq=positions.seq + 1,
                side="decision",
                kind=give.kind,
                description=_decision_text(alert),
                amount=give.amount,
                unit=give.unit,
                ref=offer.seq if offer.on else None,
                author=alert.decided_by or "",
                source=alert.message_ref,
            )
            deal.updated_at = utcnow()
            positions.add(entry)  # the totals keep up with the ledger
            totals = {deal.id: positions.to_json()}
            audit.deal_id = deal.id
            changes = TurnChanges(
                key=key,
                state=state,
                deals=[deal],
                entries=[entry],
                totals=totals,
                source=alert.message_ref,
                audit=[audit],
            )
            try:
                await self.store.commit(changes)
            except VersionConflict:
                continue
            except AlreadyWritten:
                return deal
            return deal
        raise TurnConflictError(f"gave up recording decision {alert.id}")

    async def _positions(self, deal: Deal) -> Positions:
        """The deal's positions as of its ledger's last entry: the totals saved beside it,
        or (saved at another point, or with another list price) rebuilt from all of it."""
        recent = await self.store.recent_ledger(deal.tenant, deal.id, 1)
        last = recent.entries[-1].seq if recent.entries else 0
        saved = Positions.from_json(recent.totals)
        if saved is not None and saved.seq == last and saved.list_price == deal.list_price:
            return saved
        return Positions.of(await self.store.ledger(deal.tenant, deal.id), deal.list_price)

    async def _current_deal(self, tenant: str, user: str, conversation: str) -> Deal | None:
        state = await self.store.load_conversation(ConversationKey(tenant, user, conversation))
        if not state.current_deal_id:
            return None
        return await self.store.get_deal(tenant, state.current_deal_id)

    async def _name(self, tenant: str, user_id: str | None, fallback: str) -> str:
        user = await self.store.get_user(tenant, user_id) if user_id else None
        return user.display_name if user and user.display_name else fallback

    async def _words(self, alert: Alert) -> dict[str, Any]:
        """What every alert template may say about the alert, in plain words."""
        if alert.analysis.get("approver_is_channel"):
            approver = "the deal desk"
        else:
            approver = await self._name(alert.tenant, alert.approver, "your manager")
        behalf = str(alert.analysis.get("on_behalf_of") or "")
        return {
            "behalf_name": await self._name(alert.tenant, behalf, "a manager") if behalf else "",
            "alert": alert,
            "rep_name": await self._name(alert.tenant, alert.rep, "the rep"),
            "approver_name": approver if alert.approver else "",
            "decider_name": await self._name(alert.tenant, alert.decided_by, "a manager"),
            "get_from_message": bool(alert.analysis.get("trade", {}).get("get_from_message")),
            **asdict(TradeWords.of(alert, self.playbook)),
        }

    async def _authority(
        self, msg: IncomingMessage, plan: AlertPlan, deal: Deal | None
    ) -> dict[str, Any]:
        """Whether the give is within the rep's own authority, by the one rule
        (``Playbook.needs_approval``) on the deal's total where the deal is known: a step
        ("another 5%") adds to the standing offer, money off becomes percent of its list
        price. None when the amount cannot be held against the ceiling at all."""
        give = plan.give
        rule = self.playbook.authority.get(give.kind)
        label = self.playbook.gives[give.kind].label
        amount, unit = await self._total(msg, plan, deal)
        beyond = None
        if amount is not None and self.playbook.measurable(give.kind, unit):
            beyond = self.playbook.needs_approval(give.kind, amount, unit)
        return {
            "label": label,
            "ceiling": authority_ceiling(self.playbook, give.kind),
            "requires_get": rule.requires_get if rule else True,
            "beyond": True if rule is None else beyond,
        }

    async def _total(
        self, msg: IncomingMessage, plan: AlertPlan, deal: Deal | None
    ) -> tuple[float | None, str | None]:
        """The give as the deal's new total on its kind (as the message alone says it
        when no deal is known)."""
        give = plan.give
        if deal is None:
            return give.amount, give.unit
        positions = Positions.of(await self.store.ledger(deal.tenant, deal.id), deal.list_price)
        reading = read_line(msg.text, plan.analysis, positions.recent_kinds())
        moves = [m for m in reading.moves if m.side is Side.GIVE and m.kind == give.kind]
        if not moves:  # asked of a colleague, often as a question: the give as it reads
            mode = amount_mode(msg.text, give)
            moves = [ReadMove(Side.GIVE, give.kind, give.amount, give.unit, mode, give.text)]
        return move_total(moves[0], positions.of_kind(give.kind), positions)

    def _reply(self, template: str, **context: Any) -> Reply:
        context.setdefault("deal", None)
        deal = context["deal"]
        return Reply(
            kind=template,
            sections=[self.renderer.render(template, **context)],
            deal=deal.name if deal else None,
        )


def alert_trade(alert: Alert) -> tuple[Item, Item]:
    """The give and the proposed get an alert put in front of the approver."""
    trade = alert.analysis.get("trade", {})
    return _item(trade.get("give")), _item(trade.get("get"))


def alert_labels(alert: Alert) -> tuple[str, str]:
    """Ledger-style labels of the give and the get: 'discount 20%', 'term commitment 2 years'."""
    give, get = alert_trade(alert)
    return describe(give.kind, give.amount, give.unit), describe(get.kind, get.amount, get.unit)


@dataclass(frozen=True, slots=True)
class TradeWords:
    """An alert's trade as labels and as phrases a person would say."""

    give_label: str
    get_label: str
    give_words: str  # "take 20% off the price"
    get_words: str  # "commit to a two-year term"

    @classmethod
    def of(cls, alert: Alert, playbook: Playbook) -> TradeWords:
        give, get = alert_trade(alert)
        give_label, get_label = alert_labels(alert)
        return cls(give_label, get_label, give_phrase(give, playbook), get_phrase(get, playbook))


def _item(data: dict[str, Any] | None) -> Item:
    data = data or {"kind": "discount"}
    amount = data.get("amount")
    return Item(data["kind"], float(amount) if amount is not None else None, data.get("unit"))


def _waited(alert: Alert, now: datetime) -> str:
    """How long the request has waited, in words: '2 hours', '45 minutes', '1 day'."""
    minutes = max(int((now - alert.created_at).total_seconds() // 60), 0)
    if minutes >= 2 * 1440:
        return f"{minutes // 1440} days"
    if minutes >= 120:
        return f"{minutes // 60} hours"
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def _decision_text(alert: Alert) -> str:
    """The ledger's words for a decision, e.g. 'approved: discount 20% for ... (condition: ...)'."""
    give_label, get_label = alert_labels(alert)
    if alert.status == "declined":
        return f"declined: {give_label}"
    trade = f"{give_label} for {get_label}"
    label = "counter" if alert.status == "countered" else "condition"
    condition = f" ({label}: {alert.decision})" if alert.decision else ""
    return f"{alert.status}: {trade}{condition}"
