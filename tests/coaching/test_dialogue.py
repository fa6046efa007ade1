"""The ASF dialogue through the engine's public interface (Coach.handle)."""

from __future__ import annotations

import asyncio

from coaching.store import MemoryStore
from tests.coaching.conftest import Conversation


def codes(reply) -> set[str]:
    return {w.code for w in reply.warnings}


async def test_give_without_get_asks_what_we_get_and_suggests_gets(chat: Conversation) -> None:
    await chat.say("deal Acme")
    reply = await chat.say("Acme wants 15% off")
    assert "What are you getting in return?" in reply.markdown
    commands = [a.command for a in reply.actions]
    assert any(c.startswith("get ") and "term" in c for c in commands)
    assert any(c.startswith("get ") and "up front" in c for c in commands)
    assert [(line.side, line.kind) for line in reply.ledger] == [("give", "discount")]


async def test_named_get_yields_conditional_phrasing_and_label_line(chat: Conversation) -> None:
    await chat.say("deal Acme")
    await chat.say("Acme wants 15% off")
    reply = await chat.say("a two-year term")
    assert reply.kind == "trade"
    assert len(reply.phrasings) >= 2
    assert reply.phrasings[0] == "If we take 15% off the price, could you commit to a 2-year term?"
    assert "To be clear" in reply.markdown and "meaningful move" in reply.markdown
    get = [line for line in reply.ledger if line.side == "get"]
    assert get and get[0].kind == "term_commitment" and get[0].traded_against == 1


async def test_second_give_without_get_is_a_double_give(chat: Conversation) -> None:
    await chat.say("deal Acme")
    first = await chat.say("Acme wants 10% off")
    assert "double_give" not in codes(first)
    second = await chat.say("we could also throw in free onboarding")
    assert "double_give" in codes(second)
    assert "Double-give" in second.markdown


async def test_give_after_a_get_is_not_a_double_give(chat: Conversation) -> None:
    await chat.say("deal Acme")
    await chat.say("Acme wants 10% off")
    await chat.say("get a two-year term")
    reply = await chat.say("they also want net 60 payment terms")
    assert "double_give" not in codes(reply)


async def test_larger_second_discount_step_is_flagged(chat: Conversation) -> None:
    await chat.say("deal Acme")
    await chat.say("If you sign this month we can take 5% off")
    smaller = await chat.say("If you commit to 3 years we could do another 3% off")
    assert "step_not_smaller" not in codes(smaller)
    larger = await chat.say("If you pay upfront we could do another 4% off")
    assert "step_not_smaller" in codes(larger)


async def test_move_past_the_limit_is_flagged(chat: Conversation) -> None:
    await chat.say("deal Acme")
    await chat.say("limit 15%")
    within = await chat.say("If you commit to two years we can do 10% off")
    assert "past_limit" not in codes(within)
    past = await chat.say("If you pay up front we could take another 8% off")
    assert "past_limit" in codes(past)
    assert "18%" in past.markdown and "15%" in past.markdown


async def test_authority_within_and_above(chat: Conversation) -> None:
    await chat.say("deal Acme")
    within = await chat.say("If you sign a 2-year term we can do 8% off")
    assert "needs_approval" not in codes(within)
    assert "no need to ask your manager" in within.markdown
    await chat.say("undo")
    above = await chat.say("If you sign a 3-year term we can do 20% off")
    assert "needs_approval" in codes(above)
    assert "this is more" in above.markdown


async def test_authority_counts_the_deals_total_not_just_this_step(chat: Conversation) -> None:
    await chat.say("deal Acme")
    await chat.say("If you sign a 2-year term we can do 8% off")
    second = await chat.say("If you pay up front we can do another 4% off")
    assert "needs_approval" in codes(second)
    assert "takes the deal to 12%" in second.markdown


async def test_give_before_communicate_and_unlabelled_move(chat: Conversation) -> None:
    await chat.say("deal Acme")
    early = await chat.say("We can extend the pilot by 30 days")
    assert {"before_communicate", "unlabelled"} <= codes(early)
    await chat.say("deal Beta")
    await chat.say("phase communicate")
    labelled = await chat.say("To be clear, this is a meaningful move: we can do net 45")
    assert not {"before_communicate", "unlabelled"} & codes(labelled)


async def test_label_command_marks_the_last_give(chat: Conversation) -> None:
    await chat.say("deal Acme")
    await chat.say("Acme wants 15% off")
    reply = await chat.say("label")
    assert "To be clear" in reply.markdown
    ledger = await chat.say("ledger")
    assert "unlabelled" not in ledger.markdown


async def test_undo_appends_a_reversal(chat: Conversation, store: MemoryStore) -> None:
    await chat.say("deal Acme")
    await chat.say("Acme wants 15% off")
    reply = await chat.say("undo")
    assert "Undone" in reply.markdown
    deal = (await store.list_deals("console:T1", "rep1"))[0]
    sides = [e.side for e in await store.ledger("console:T1", deal.id)]
    assert sides == ["give", "undo"]
    again = await chat.say("we could do 5% off")
    assert "double_give" not in codes(again)


async def test_undo_takes_back_a_trade_made_in_one_message(
    chat: Conversation, store: MemoryStore
) -> None:
    await chat.say("deal Acme")
    await chat.say("Acme wants 10% off")
    await chat.say("a two-year term")  # a get pressed/typed after the give: undone alone
    await chat.say("undo")
    await chat.say("If you pay up front we can do 5% off")  # give and get in one message
    await chat.say("undo")
    deal = (await store.list_deals("console:T1", "rep1"))[0]
    entries = await store.ledger("console:T1", deal.id)
    undone = [e.ref for e in entries if e.side == "undo"]
    assert undone == [2, 5, 4]  # seq 3 is the first undo itself


async def test_align_summarises_terms_owners_deadlines_next_steps(chat: Conversation) -> None:
    await chat.say("deal Acme")
    await chat.say("Acme wants 15% off")
    await chat.say("get a two-year term")
    await chat.say("If you sign by Friday we can include onboarding")
    await chat.say("next Dana sends the order form by Friday")
    reply = await chat.say("align")
    text = reply.markdown
    assert "Align summary" in text
    assert "discount 15%" in text and "term commitment 2 years" in text
    assert "Owners" in text and "Deadlines" in text and "Next steps" in text
    assert "Dana sends the order form" in text
    assert "faster signature" in text


async def test_negotiation_type_and_phase_change_the_advice(chat: Conversation) -> None:
    await chat.say("deal Acme")
    bargaining = await chat.say("type bargaining")
    assert "Bargaining" in bargaining.markdown
    partnering = await chat.say("type partnering")
    assert "trust" in partnering.markdown and "shrinking steps" not in partnering.markdown
    reply = await chat.say("phase communicate")
    assert "Communicate" in reply.markdown


async def test_unknown_text_gets_short_help_never_a_crash(chat: Conversation) -> None:
    for text in [
        "",
        "   ",
        "blah blah",
        "deal",
        "type nonsense",
        "limit",
        "get ???",
        "/concession",
    ]:
        reply = await chat.say(text)
        assert reply.markdown


async def test_no_deal_coaches_without_recording(chat: Conversation) -> None:
    reply = await chat.say("Acme wants 15% off")
    assert "What are you getting in return?" in reply.markdown
    assert "deal <name>" in reply.markdown
    assert reply.ledger == []


async def test_user_text_is_escaped_in_markdown(chat: Conversation) -> None:
    reply = await chat.say("deal *Evil* `Corp` [x](http://e) <!channel>")
    assert "\\*Evil\\*" in reply.markdown
    assert "<!channel>" not in reply.markdown


async def test_two_concurrent_turns_lose_nothing(coach, store: MemoryStore) -> None:
    rep = Conversation(coach)
    await rep.say("deal Acme")
    await asyncio.gather(rep.say("Acme wants 15% off"), rep.say("get a two-year term"))
    deal = (await store.list_deals("console:T1", "rep1"))[0]
    entries = await store.ledger("console:T1", deal.id)
    assert sorted(e.side for e in entries) == ["get", "give"]
    assert len({e.seq for e in entries}) == 2


async def test_tenants_do_not_see_each_others_deals(coach) -> None:
    a = Conversation(coach, user="rep1", tenant="TA")
    b = Conversation(coach, user="rep1", tenant="TB")
    await a.say("deal Acme")
    await a.say("Acme wants 15% off")
    reply = await b.say("deals")
    assert "Acme" not in reply.markdown
