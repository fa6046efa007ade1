"""`prep <deal>`: the guided pre-call prep, plugged into the engine through ``Coach.extend``.

The flow is a small state machine kept in ``ConversationState.prep`` (deal,
step, answers), so it survives restarts and works the same on every platform.
While it runs, free text answers the current question; commands still work.
The finished card is saved on the deal, where the checks and reminders read it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from coaching.commands import Command
from coaching.messages import Reply, Say, SuggestedAction
from coaching.model import Deal, Limit, utcnow
from coaching.prep_call import CallPlanner
from coaching.prep_plan import build_card
from coaching.prep_reply import sectioned
from coaching.prep_steps import STEPS, Step, goal_options
from coaching.reader import classify_give, read_quantity
from coaching.strategy import recommend

if TYPE_CHECKING:
    from coaching.engine import Coach, Turn

Clock = Callable[[], datetime]
CANCEL = ("cancel", "stop", "quit prep", "stop prep")
FULL = ("full", "card", "all", "full card")  # `prep Acme full`: the whole card, not the summary
CARD_VERSION = 2  # cards saved before this are rebuilt from their answers when shown
SKIP = ("skip", "pass", "don't know", "dont know", "not sure")


def install_prep(coach: Coach, clock: Clock = utcnow) -> None:
    """Register `prep`, `call` and the prep answers with the engine (tests pass a clock)."""
    flow = PrepFlow(coach)
    coach.extend("prep", flow.start)
    coach.extend("card", flow.full_card)
    coach.extend("text", flow.answer)
    coach.extend("call", CallPlanner(coach, clock).handle)


class PrepFlow:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    # -- entry points (Coach.extend handlers)
    async def start(self, turn: Turn, command: Command) -> Reply | None:
        name = " ".join(command.arg.split())[:80]
        again = name.casefold().startswith("new ")
        if again:
            name = name[4:].strip()
        full = not again and _ends_with_full(name)
        if full:
            name = _strip_full(name)
            if not name and turn.deal is not None:
                name = turn.deal.name
        if not name:
            if turn.state.prep:
                return await self._ask(turn, note="")
            if turn.deal is None:
                return self._reply("prep_no_deal", None)
            name = turn.deal.name
        deal = await turn.store.find_deal(turn.tenant, turn.msg.user, name)
        if deal is None:
            deal = Deal(tenant=turn.tenant, owner=turn.msg.user, name=name)
            turn.deal, turn.entries = deal, []
            turn.touch_deal()
        else:
            await turn.open_deal(deal.id)
        turn.set_state(current_deal_id=deal.id, suggested_gets=[])
        if deal.prep.get("card") and not again:
            shown = turn.deal or deal
            return self.card_reply(shown, kind="prep_card_full" if full else "prep_card_saved")
        turn.set_state(prep={"deal_id": deal.id, "step": 0, "answers": {}})
        return await self._ask(turn, note="start")

    async def answer(self, turn: Turn, command: Command) -> Reply | None:
        """Free text while a prep runs answers its question; otherwise not ours (None)."""
        if not turn.state.prep:
            return None
        text = command.arg.strip()
        if text.casefold() in CANCEL:
            turn.set_state(prep={})
            return self._reply("prep_cancelled", turn.deal)
        state = turn.state.prep
        if turn.deal is None or turn.deal.id != state.get("deal_id"):
            if await turn.open_deal(state.get("deal_id")) is None:
                turn.set_state(prep={})
                return None
        step = STEPS[state["step"]]
        value = "" if text.casefold() in SKIP else step.read(text)
        if value is None:
            return await self._ask(turn, note="unclear", heard=text)
        answers = {**state["answers"], step.key: value}
        if state["step"] + 1 < len(STEPS):
            turn.set_state(prep={**state, "step": state["step"] + 1, "answers": answers})
            return await self._ask(turn, note="")
        turn.set_state(prep={})
        return self._finish(turn, answers)

    async def full_card(self, turn: Turn, command: Command) -> Reply | None:
        """`card`: the whole prep card of the current (or named) deal."""
        name = " ".join(command.arg.split())[:80]
        return await self.start(turn, Command("prep", f"{name} full".strip()))

    # -- questions
    async def _ask(self, turn: Turn, *, note: str, heard: str = "") -> Reply:
        state = turn.state.prep
        if turn.deal is None or turn.deal.id != state.get("deal_id"):
            await turn.open_deal(state.get("deal_id"))
        step = STEPS[state["step"]]
        options = self._options(step, state["answers"])
        reply = self._reply(
            "prep_question",
            turn.deal,
            step=step,
            number=state["step"] + 1,
            total=len(STEPS),
            note=note,
            heard=heard,
            options=options,
        )
        reply.actions = [SuggestedAction(label, words) for label, words in options]
        reply.actions.append(SuggestedAction("Skip", "skip"))
        return reply

    def _options(self, step: Step, answers: dict[str, str]) -> tuple[tuple[str, str], ...]:
        if step.key == "goal":
            return goal_options(answers.get("opening", ""), answers.get("limit", ""))
        return step.options

    # -- the card
    def _finish(self, turn: Turn, answers: dict[str, str]) -> Reply:
        assert turn.deal is not None
        deal = turn.deal
        profile = {s.key: answers[s.key] for s in STEPS if s.choice and answers.get(s.key)}
        card = self._card(answers, profile)
        if answers.get("type"):
            deal.negotiation_type = answers["type"]
        deal.strategy = card["archetype"]
        if answers.get("goal"):
            deal.goal_zone = answers["goal"]
        _apply_limit(deal, answers.get("limit", ""), card.get("plan"))
        deal.prep = {**deal.prep, "card": card, "profile": profile, "answers": answers}
        turn.touch_deal()
        return self.card_reply(deal, kind="prep_card")

    def _card(self, answers: dict[str, str], profile: dict[str, str]) -> dict[str, Any]:
        card = build_card(answers, recommend(profile), self.coach.playbook, self.coach.renderer)
        return {**card, "version": CARD_VERSION}

    def current_card(self, deal: Deal) -> dict[str, Any]:
        """The deal's card; one saved by an older coach is rebuilt from its answers."""
        card: dict[str, Any] = deal.prep["card"]
        answers = deal.prep.get("answers")
        if card.get("version") != CARD_VERSION and isinstance(answers, dict):
            card = self._card(answers, deal.prep.get("profile") or {})
            deal.prep = {**deal.prep, "card": card}
        return card

    def card_reply(self, deal: Deal, *, kind: str) -> Reply:
        """The short card (a few lines to take into the call), or the full one on request."""
        card = self.current_card(deal)
        full = kind == "prep_card_full"
        reply = self._reply(kind, deal, card=card)
        trades = list(card.get("trades", []))
        reply.says = [Say(t) for t in (trades if full else trades[:1])]
        reply.actions = [
            SuggestedAction("Remind me: call tomorrow 10am", f"call {deal.name} tomorrow 10am"),
            SuggestedAction("Plan again", f"prep new {deal.name}"),
            SuggestedAction("Ask the questions now", "phase communicate", "primary"),
        ]
        if not full:
            reply.actions.insert(0, SuggestedAction("Full card", f"prep {deal.name} full"))
        return reply

    def _reply(self, template: str, deal: Deal | None, **context: Any) -> Reply:
        return sectioned(self.coach.renderer, template, deal, **context)


def _ends_with_full(name: str) -> bool:
    return name.casefold() in FULL or any(name.casefold().endswith(f" {w}") for w in FULL)


def _strip_full(name: str) -> str:
    if name.casefold() in FULL:
        return ""
    for word in sorted(FULL, key=len, reverse=True):
        if name.casefold().endswith(f" {word}"):
            return name[: -len(word) - 1].strip()
    return name


def _apply_limit(deal: Deal, limit: str, plan: dict[str, Any] | None) -> None:
    """The prep's limit becomes the deal's limit, so "Past your limit" fires against it."""
    if not limit:
        return
    if plan:
        total = abs(plan["limit"] - plan["opening"]) if plan["price"] else plan["limit"]
        deal.limits = {**deal.limits, "discount": Limit("discount", total, plan["unit"])}
        return
    quantity = read_quantity(limit)
    give = classify_give(limit)
    if quantity and give:
        deal.limits = {**deal.limits, give.kind: Limit(give.kind, quantity[0], quantity[1])}
    else:
        deal.walk_away = limit
