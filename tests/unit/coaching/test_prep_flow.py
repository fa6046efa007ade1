"""The guided prep and `call` through the engine, without any adapter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from coaching.messages import Reply
from storage.memory import MemoryStore
from tests.support.prep import ANSWERS, T0, Clock, make_coach, prepared, say

TENANT = "console:local"


def labels(reply: Reply) -> list[str]:
    return [a.label for a in reply.actions]


async def test_each_question_offers_buttons_that_answer_it() -> None:
    coach = make_coach(MemoryStore(), Clock())
    reply = await say(coach, "prep Acme")
    assert "Prep 1/12" in reply.markdown
    assert labels(reply)[:4] == ["Bargaining", "Trading", "Creating", "Partnering"]
    for number, answer in enumerate(ANSWERS[:-1], start=2):
        reply = await say(coach, answer)
        assert f"Prep {number}/12" in reply.markdown
        assert "Skip" in labels(reply)
    assert labels(reply)[0] == "Use the playbook"


async def test_the_card_is_saved_on_the_deal_and_shown() -> None:
    store = MemoryStore()
    coach = make_coach(store, Clock())
    card = await prepared(coach)
    assert card.kind == "prep_card" and "Full card" in labels(card)
    full = await say(coach, "prep Acme full")
    assert full.kind == "prep_card_full"
    text = full.markdown
    for part in ("Strategy: Partnership", "Why:", "Anchoring:", "Sequencing:", "Movement plan",
                 "Tradeables", "What does success look like on your side?"):  # fmt: skip
        assert part in text, part
    assert len(full.says) == 3
    assert all(s.text.startswith("If we ") for s in full.says)
    assert len(full.sections) >= 4  # one block per part of the plan for card layouts
    (deal,) = await store.list_deals(TENANT)
    assert deal.strategy == "Partnership" and deal.negotiation_type == "Trading"
    assert deal.limits["discount"].amount == 15 and deal.goal_zone == "4-9% off"
    plan = deal.prep["card"]["plan"]
    assert plan["steps"] == [4.0, 2.0, 1.0]  # lands at 7%, inside the 4-9% Goal Zone


async def test_free_text_answers_and_unclear_ones() -> None:
    coach = make_coach(MemoryStore(), Clock())
    await say(coach, "prep Acme", "we are trading moves")
    reply = await say(coach, "about 120k")
    assert "Prep 3/12" in reply.markdown  # 120K read as a mid-size deal
    reply = await say(coach, "purple")
    assert "could not read" in reply.markdown and "Prep 3/12" in reply.markdown
    reply = await say(coach, "it's a one-time hardware order")
    assert "Prep 4/12" in reply.markdown
    reply = await say(coach, "skip")
    assert "Prep 5/12" in reply.markdown


async def test_cancel_stops_and_free_text_is_coaching_again() -> None:
    store = MemoryStore()
    coach = make_coach(store, Clock())
    await say(coach, "prep Acme", "Trading")
    reply = await say(coach, "cancel")
    assert reply.kind == "prep_cancelled"
    reply = await say(coach, "Acme wants 15% off")
    assert reply.kind == "move" and [r.side for r in reply.recorded] == ["ask"]
    (deal,) = await store.list_deals(TENANT)
    assert "card" not in deal.prep


async def test_prep_again_shows_the_saved_card_then_plans_anew() -> None:
    coach = make_coach(MemoryStore(), Clock())
    await prepared(coach)
    reply = await say(coach, "prep Acme")
    assert reply.kind == "prep_card_saved" and "Say first:" in reply.markdown
    assert "Strategy:" in (await say(coach, "card")).markdown
    reply = await say(coach, "prep new Acme")
    assert "Prep 1/12" in reply.markdown


async def test_later_checks_use_the_prep_limit_and_plan() -> None:
    coach = make_coach(MemoryStore(), Clock())
    await prepared(coach)
    reply = await say(coach, "phase communicate", "Acme wants 10% off")
    assert reply.says[0].give is not None and reply.says[0].give.amount == 4  # the plan's step
    reply = await say(coach, "offered 8% for a two-year term")
    assert "off_plan" in reply.codes  # the plan's first move is 4%
    reply = await say(coach, "they now want 20%", "went to 16% total")
    assert "past_limit" in reply.codes  # 16% is past the card's 15% limit


async def test_a_move_within_the_plan_is_not_flagged() -> None:
    coach = make_coach(MemoryStore(), Clock())
    await prepared(coach)
    reply = await say(coach, "phase communicate", "offered 4% for a two-year term")
    assert reply.recorded and "off_plan" not in reply.codes


async def test_call_schedules_a_reminder_and_a_follow_up_in_the_users_zone() -> None:
    store = MemoryStore()
    coach = make_coach(store, Clock())
    await prepared(coach)
    reply = await say(coach, "call Acme tomorrow 3pm")
    assert reply.kind == "call_set" and "15:00 CEST" in reply.markdown
    jobs = {j.kind: j for j in await store.list_jobs(TENANT, "U1")}
    call = datetime(2026, 3, 29, 13, 0, tzinfo=UTC)  # 15:00 Berlin summer time
    assert jobs["call_reminder"].due_at == call - timedelta(minutes=30)
    assert jobs["call_followup"].due_at == call + timedelta(hours=1)
    again = await say(coach, "call Acme tomorrow 3pm")  # same call: same jobs, no duplicates
    assert again.kind == "call_set"
    assert len(await store.list_jobs(TENANT, "U1")) == 2


async def test_rescheduling_drops_the_old_jobs() -> None:
    store = MemoryStore()
    coach = make_coach(store, Clock())
    await prepared(coach)
    await say(coach, "call Acme tomorrow 3pm", "call Acme monday 10:30")
    pending = [j for j in await store.list_jobs(TENANT, "U1") if j.status == "pending"]
    assert len(pending) == 2
    assert all(j.payload["call_at"].startswith("2026-03-30T10:30") for j in pending)


async def test_remind_minutes_are_per_user() -> None:
    store = MemoryStore()
    coach = make_coach(store, Clock())
    await prepared(coach)
    reply = await say(coach, "call remind 15")
    assert "15 minutes" in reply.markdown
    await say(coach, "call Acme in 2h")
    (reminder,) = [j for j in await store.list_jobs(TENANT, "U1") if j.kind == "call_reminder"]
    assert reminder.due_at == T0 + timedelta(hours=2) - timedelta(minutes=15)


async def test_call_understands_multi_word_deals_the_current_deal_and_mistakes() -> None:
    store = MemoryStore()
    coach = make_coach(store, Clock())
    await say(coach, "deal Big Co")
    reply = await say(coach, "call Big Co monday 10:30")
    assert reply.kind == "call_set" and "prep Big Co" in reply.markdown
    assert (await say(coach, "call in 2h")).kind == "call_set"  # the current deal
    assert (await say(coach, "call Nobody tomorrow 3pm")).kind == "call_no_deal"
    assert (await say(coach, "call Big Co whenever")).kind == "call_help"
    assert (await say(coach, "call Big Co today 9am")).kind == "call_past"


async def test_without_a_known_zone_the_call_is_read_as_utc_and_says_so() -> None:
    store = MemoryStore()
    coach = make_coach(store, Clock())
    await say(coach, "deal Acme", tz=None)
    reply = await say(coach, "call Acme tomorrow 3pm", tz=None)
    assert "UTC" in reply.markdown and "time zone" in reply.markdown


async def test_remind_minutes_that_are_not_plain_digits_get_the_usage() -> None:
    store = MemoryStore()
    coach = make_coach(store, Clock())
    for word in ("²", "٣", "1" * 100_000, "-5", "0", "1441"):
        reply = await say(coach, f"call remind {word}")
        assert reply.kind == "call_remind" and "call remind 15" in reply.markdown, word
    user = await store.get_user(TENANT, "U1")
    assert user is None or user.reminder_minutes == 30  # the default stands
