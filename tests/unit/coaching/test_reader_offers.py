"""Offers, proposals and their sizes: wordings the reader reads, and look-alikes it must not.

Each case is a paraphrase of a kind of sentence, through the public ``analyze``.
"""

from __future__ import annotations

import pytest

from coaching.reader import analyze


def _gives(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(g.kind, g.amount, g.unit) for g in analyze(text).gives]


def _gets(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(g.kind, g.amount, g.unit) for g in analyze(text).gets]


# -- an ask turned down on its own, after it -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Halvard wants net 120. Told them no, net 30 is our standard.",
        "Brightmoor wants us to pay for their contractor. Not happening.",
        "They asked if we could beat 18%. We can't, and I told them so.",
        "Their COO asked for a free pilot. I told him our policy is paid pilots only.",
        "They asked for 20% off. We can't do that.",
    ],
)
def test_an_ask_turned_down_in_the_next_words_is_no_give(text: str) -> None:
    assert _gives(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("They asked for 20% off. We can, if they sign 3 years.", "discount"),
        ("Customer asked for net 60 and we said yes.", "payment_terms"),
    ],
)
def test_an_ask_answered_yes_stays_a_give(text: str, kind: str) -> None:
    assert [g[0] for g in _gives(text)] == [kind]


# -- a counter-proposal: bare sizes beside named moves, the ask named in passing ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Our counter: 8% and net 45, in return for dropping the custom SSO work.",
        "Counter from our side: 8% (not the 15% you asked for) and net 45, in return for "
        "dropping the data migration from scope.",
        "We can offer 8% and net 45 if you drop the custom reporting module.",
    ],
)
def test_a_bare_percentage_listed_with_a_named_move_is_offered(text: str) -> None:
    a = analyze(text)
    assert [(g.kind, g.amount, g.unit) for g in a.gives] == [
        ("discount", 8, "%"),
        ("payment_terms", 45, "days"),
    ]
    assert a.conditional


def test_the_ask_named_beside_a_counter_is_not_its_size() -> None:
    text = "we can offer net 45, not the net 90 they asked for, if they sign this week"
    assert _gives(text) == [("payment_terms", 45, "days")]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("we can come down 7% on licences if you commit to the full 3-year term", 7),
        ("could we come down another 3% if they take a two-year deal?", 3),
        ("happy to come down 5 percent for a signature this week", 5),
    ],
)
def test_coming_down_by_a_size_is_a_discount(text: str, amount: int) -> None:
    assert _gives(text)[0] == ("discount", amount, "%")


@pytest.mark.parametrize(
    "text", ["prices will come down 5% next year for everyone", "we're not coming down 5%"]
)
def test_coming_down_announced_or_refused_is_no_give(text: str) -> None:
    assert _gives(text) == []


# -- gets named in a proposal's own words -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("we can meet you at 11% if the term is 36 months", 36, "months"),
        ("we can do 10% if the deal goes to 3 years", 3, "years"),
        ("happy to add 5 seats as long as the contract runs to 24 months", 24, "months"),
    ],
)
def test_the_term_named_as_the_condition_is_a_term_commitment(
    text: str, amount: int, unit: str
) -> None:
    a = analyze(text)
    assert [(g.kind, g.amount, g.unit) for g in a.gets] == [("term_commitment", amount, unit)]
    assert a.conditional


def test_a_deals_age_is_no_term() -> None:
    assert _gets("The deal is 3 years old and they want 10% off") == []


@pytest.mark.parametrize(
    "text",
    [
        "If you can introduce us to the platform team at your parent company, we'd extend the "
        "pilot to 90 days.",
        "we'll add a sandbox if they intro us to the data group at their sister company",
        "In return I'd ask for a quote we can use on our website.",
        "15% off for a customer quote for our launch blog?",
    ],
)
def test_introductions_and_quotes_for_our_marketing_are_references(text: str) -> None:
    assert [g[0] for g in _gets(text)] == ["reference"]


def test_a_price_quote_is_no_reference() -> None:
    assert _gets("thanks for the quote for the renewal, we'll review") == []


@pytest.mark.parametrize(
    "text",
    [
        "if you can do net 60 we can prob get this thru procurement by friday",
        "they'll sign if we throw in the Slack integration",
        "Give us the onboarding for free and we will sign it if legal agrees, said their CFO.",
    ],
)
def test_a_signature_promised_or_pushed_through_is_a_faster_signature(text: str) -> None:
    assert "faster_signature" in [g[0] for g in _gets(text)]


def test_signing_off_is_an_approval_not_a_signature() -> None:
    assert _gets("I'd sign off if you confirm the 10%") == []


@pytest.mark.parametrize(
    "text",
    [
        "Quenby wants to pay in 4 quarterly installments instead of all upfront. ok?",
        "can we switch them from annual upfront to monthly billing?",
        "they'd like monthly invoicing rather than paying annually upfront",
    ],
)
def test_upfront_payment_replaced_by_the_give_is_no_get(text: str) -> None:
    a = analyze(text)
    assert [g.kind for g in a.gives] == ["payment_terms"]
    assert a.gets == ()


@pytest.mark.parametrize(
    "text",
    [
        "$4 off per user per month if you move all three regions over",
        "we could do 10% if they bring their other two offices onto the contract",
        "if they migrate both divisions over we can add training",
    ],
)
def test_more_of_the_customer_moved_onto_the_deal_is_volume(text: str) -> None:
    assert [g[0] for g in _gets(text)] == ["volume"]


def test_a_meeting_moved_is_no_volume() -> None:
    assert _gets("can we move the team sync over to Tuesday? 10% is fine") == []


# -- gives in a proposal's own words ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "ok to expedite Pellow Marine's onboarding so they're live before year end?",
            ("delivery", None, None),
        ),
        (
            "we could fast-track Orbit's implementation if they sign this week",
            ("delivery", None, None),
        ),
        (
            "we could guarantee oct 12 if their data export lands by friday",
            ("delivery", None, None),
        ),
        ("ok to promise Halden delivery by nov 30? @ops", ("delivery", None, None)),
        (
            "They want a 14-day cancellation window written into the contract.",
            ("policy_exception", None, None),
        ),
        ("Is there any flexibility on the implementation fee?", ("discount", None, None)),
        ("any wiggle room on the onboarding fees for them?", ("discount", None, None)),
        (
            "They're asking for a fixed price on any seats they add next year. OK to commit?",
            ("price_lock", None, None),
        ),
        ("They want us to hold 2025 rates through 2027.", ("price_lock", None, None)),
        ("we can keep today's pricing for the next two renewals", ("price_lock", None, None)),
        ("Accepted: renewals capped at a 3% uplift.", ("price_lock", 3, "%")),
        (
            "we'd offer annual increases limited to 4% if they sign for 3 years",
            ("price_lock", 4, "%"),
        ),
        ("can I waive the 7% list price increase for Carrow Mills?", ("discount", 7, "%")),
        ("we could skip the 5% annual uplift this renewal", ("discount", 5, "%")),
    ],
)
def test_gives_named_in_a_proposals_words(text: str, want: tuple) -> None:
    assert want in _gives(text)


def test_the_most_i_can_offer_is_an_offer() -> None:
    text = "We'll guarantee go-live by Feb 1. That's the most I can offer on this one."
    assert _gives(text) == [("delivery", None, None)]
    text = "We'll guarantee go-live by Feb 1 — that's the most I can offer on this one."
    assert _gives(text) == [("delivery", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "their cancellation window closed last week, nothing to do",
        "the 5% uplift is in the contract, it applies from March",
        "a fixed price project is what they asked the agency for",
    ],
)
def test_lookalikes_of_proposal_gives_are_none(text: str) -> None:
    assert _gives(text) == []


# -- ties and bare sizes in a counter ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "happy to throw in 10 extra seats — all we'd need from you is a case study",
        "We'll add the analytics module. All we ask in return is a logo on your site.",
        "free onboarding is fine, all I need back is a two-year term",
    ],
)
def test_all_we_need_names_the_return(text: str) -> None:
    assert analyze(text).conditional


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Fine — 10 pct, but only with auto-renewal and a reference call in Q3.", 10),
        ("OK, 12%, provided they sign the 3-year by Friday.", 12),
        ("we can do net 60, and we can do 10%, but not both unless the deal goes to 3 years", 10),
    ],
)
def test_a_bare_size_tied_to_a_get_after_it_is_offered(text: str, amount: int) -> None:
    a = analyze(text)
    assert ("discount", amount, "%") in [(g.kind, g.amount, g.unit) for g in a.gives]
    assert a.conditional


@pytest.mark.parametrize(
    "text",
    [
        "Their margin is 20% so if they sign 3 years we win",
        "Renewal forecast: 92% gross retention expected for Q3.",
        "a 27% win rate in enterprise this half, nice",
        "Dear customer, our annual price adjustment of 4% will take effect on March 1.",
        "Heads up: the yearly pricing adjustment is 5% from April.",
    ],
)
def test_business_figures_and_announced_rises_are_no_discount(text: str) -> None:
    assert _gives(text) == []


def test_an_annual_adjustment_waived_is_still_a_discount() -> None:
    assert _gives("we could skip their annual price adjustment if they sign 2 years") == [
        ("discount", None, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We could stagger the payment — 25% now, 75% on go-live — provided the order is signed "
        "by 30 June.",
        "happy to split it 50% upfront and 50% on delivery if they sign this month",
        "can we stagger their invoices over the first year?",
    ],
)
def test_a_payment_staggered_in_shares_is_payment_terms_not_a_discount(text: str) -> None:
    assert _gives(text) == [("payment_terms", None, None)]


@pytest.mark.parametrize(
    "text",
    ["they staggered the rollout over three sites", "we split the team 50% sales and 50% support"],
)
def test_other_splits_are_no_payment_terms(text: str) -> None:
    assert _gives(text) == []


def test_the_deals_value_named_after_it_is_no_volume() -> None:
    text = "hey can i get a yes on 4% for Ullswater? tiny deal, $9k ACV, dont want to lose it"
    assert _gets(text) == []


# -- the deal described, work finished by a date, ties that point back ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Stonebridge — deal is 310k, 18 month term. they want us to waive the 5k migration "
        "charge. can I?",
        "boss, ok to include the analytics module at no charge for Tenley? 1-yr deal, ~60k",
        "ok to give Marlow net 45? 2-year deal, $80k ACV",
    ],
)
def test_the_deal_described_by_length_and_value_is_no_get(text: str) -> None:
    assert _gets(text) == []


def test_a_proposal_listing_a_term_still_asks_for_it() -> None:
    text = "Proposal: 2-year term, 6% discount, paid annually in advance."
    assert ("term_commitment", 2, "years") in _gets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can you guys commit to a dedicated implementation engineer and finish by end of January?",
        "we can finish the rollout by March if they sign this week",
        "we'll complete your migration within 30 days of signature",
    ],
)
def test_work_finished_by_a_date_is_delivery(text: str) -> None:
    assert "delivery" in [g[0] for g in _gives(text)]


def test_finishing_ones_own_work_is_no_delivery() -> None:
    text = "I need to finish by 5pm, can someone approve 10% for Acme?"
    assert [g[0] for g in _gives(text)] == ["discount"]


@pytest.mark.parametrize(
    "text",
    [
        "ok to expedite Pellow Marine's onboarding? they'd prepay year one if we can",
        "Greywater asked for an extended trial. I said yes, 45 days, but only if their CTO joins "
        "the kickoff call.",
        "They want a longer pilot. We offered 30 days, if they give us a reference.",
    ],
)
def test_a_tie_that_points_back_at_the_give(text: str) -> None:
    assert analyze(text).conditional


def test_checking_whether_we_can_is_no_tie() -> None:
    assert not analyze("They want net 60. Let me see if we can. They'd sign 2 years.").conditional


# -- a term lengthened, a reseller's offer, a connector ------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("approve? Elmsworth goes from 1yr to 3yr, and in exchange we lock pricing", 3, "years"),
        ("we'd add SSO free if the contract goes from 12 months to 24 months", 24, "months"),
        ("10% works if they're moving from a 1-year to a 2-year", 2, "years"),
    ],
)
def test_a_term_lengthened_is_sized_by_the_new_length(text: str, amount: int, unit: str) -> None:
    a = analyze(text)
    assert ("term_commitment", amount, unit) in [(g.kind, g.amount, g.unit) for g in a.gets]
    assert a.conditional


def test_a_trial_lengthened_is_no_term() -> None:
    assert _gets("can we extend the trial from 14 days to 30 days?") == []


@pytest.mark.parametrize(
    "text",
    [
        "Zetland's reseller is offering them 25% off bundled licences. We shouldn't match.",
        "FYI their reseller just gave them net 90 on the hardware.",
    ],
)
def test_a_resellers_offer_is_not_ours(text: str) -> None:
    assert _gives(text) == []


def test_a_connector_included_is_scope() -> None:
    text = "Customer: 'We would need the on-prem connector included to move forward.'"
    assert _gives(text) == [("scope", None, None)]


# -- a give priced on a longer deal; payment terms in words --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we could do $3,000 off per year on a 3 year deal",
        "You'd get two months free on a 24-month agreement.",
        "free onboarding on a multi-year contract",
    ],
)
def test_a_give_on_a_longer_deal_is_tied_to_it(text: str) -> None:
    a = analyze(text)
    assert a.gets and a.gets[0].kind == "term_commitment"
    assert a.conditional


def test_a_give_on_a_one_year_deal_is_no_tie() -> None:
    text = "Can I give Marisol the 3-year price on a 1-year deal? their policy forbids multi-year"
    assert not analyze(text).conditional


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Offer: fifteen thousand dollars off and net sixty", 60),
        ("can we do net forty-five for Acme?", 45),
        ("we can go to net ninety if they sign 3 years", 90),
    ],
)
def test_payment_terms_in_words(text: str, days: int) -> None:
    assert ("payment_terms", days, "days") in _gives(text)


def test_a_net_share_is_no_payment_term() -> None:
    assert _gives("their margin is net sixty percent of revenue") == []


# -- the deal closed by a date, seats bought at a discount, single sign-on ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We can include SSO if the deal closes this quarter.",
        "Provided the order is in by Friday, we'll add two extra months free.",
        "10% works if the paperwork comes back before the 30th",
    ],
)
def test_the_deal_closed_or_the_order_in_by_a_date_is_a_faster_signature(text: str) -> None:
    a = analyze(text)
    assert [g.kind for g in a.gets] == ["faster_signature"]
    assert a.gives and a.conditional


def test_a_deal_closing_later_with_no_give_is_nothing() -> None:
    assert analyze("the deal closes next year anyway, no rush").gets == ()


def test_seats_bought_at_a_discount_are_volume() -> None:
    text = "Their proposal is 200 seats at 18% off with quarterly billing."
    assert _gets(text) == [("volume", 200, "seats")]


def test_the_deal_described_in_seats_and_price_is_no_volume() -> None:
    text = "The deal is 250 seats at $90 each. They asked for 30 more seats free."
    assert _gets(text) == []


@pytest.mark.parametrize(
    "text", ["we could include single sign-on for them at no cost", "ok to throw in SSO for Acme?"]
)
def test_single_sign_on_included_is_scope(text: str) -> None:
    assert [g[0] for g in _gives(text)] == ["scope"]


def test_single_sign_on_required_is_no_give() -> None:
    assert _gives("SSO is required by their security team.") == []


# -- a bare size an offer's label introduces ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("they counter-offered: 10% and they'll sign this week", 10),
        ("Counter: 12% instead of 18%, net 45 instead of net 90.", 12),
        ("Our proposal for the renewal: 7%, net 45 and a named CSM.", 7),
    ],
)
def test_a_bare_size_after_an_offers_label_is_offered(text: str, amount: int) -> None:
    assert ("discount", amount, "%") in _gives(text)


@pytest.mark.parametrize(
    "text",
    [
        "Revenue update for the quarter: 15% growth.",
        "Pipeline review for the third quarter: 27% coverage.",
    ],
)
def test_a_bare_size_after_another_label_is_no_give(text: str) -> None:
    assert _gives(text) == []


@pytest.mark.parametrize(
    ("text", "give"),
    [
        ("Prepay the year and we'll add 20 seats.", ("scope", 20, "seats")),
        ("Sign by Friday and we can add 10 licences.", ("scope", 10, "seats")),
        ("They'll add 50 seats and we'll give them 10%.", ("discount", 10, "%")),
    ],
)
def test_the_customers_move_first_then_and_well(text: str, give: tuple) -> None:
    a = analyze(text)
    assert [(g.kind, g.amount, g.unit) for g in a.gives] == [give]
    assert a.gets and a.conditional


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Our budget is $80k; if you can get to that number we'll commit to three years.",
            "discount",
        ),
        ("can we come down to their budget if they sign 2 years?", "discount"),
        ("Match the competitor's $50/seat and we'll move forward.", "discount"),
        ("We'd accept a 3-year term if the annual increase is capped at 3%.", "price_lock"),
    ],
)
def test_the_customers_number_and_a_capped_increase(text: str, kind: str) -> None:
    assert [g[0] for g in _gives(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "we need to get to the number by Friday or the quarter is lost",
        "I need to get to my number this quarter",
    ],
)
def test_a_reps_quota_is_no_give(text: str) -> None:
    assert _gives(text) == []


# -- talk about any customer, not this deal -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Q: when a customer asks for net 90, do you trade it for upfront payment or just say no?",
        "Whenever a prospect pushes for 20% off, ask for a 2-year term in return.",
        "Section 3 of the deck covers trades like 'net 60 for a 2-year term'.",
    ],
)
def test_talk_about_any_customer_is_no_move(text: str) -> None:
    a = analyze(text)
    assert a.gives == () and a.gets == ()


def test_this_customers_ask_traded_is_still_read() -> None:
    a = analyze("Acme asked for net 90; can we trade it for upfront payment?")
    assert [g.kind for g in a.gives] == ["payment_terms"]
    assert [g.kind for g in a.gets] == ["upfront_payment"]


@pytest.mark.parametrize(
    "text",
    [
        "Dunmore's trial ends Friday and we're not extending it.",
        "They asked for a longer pilot and we're not doing it.",
        "Acme wants 20% off and we can't go past 15%.",
    ],
)
def test_a_refusal_joined_by_and_refuses_the_clause_before(text: str) -> None:
    assert _gives(text) == []


def test_a_commitment_in_writing_by_a_date_is_a_faster_signature() -> None:
    text = "we'll take another 3% off if you can get us the 2-yr commitment in writing today"
    assert [g[0] for g in _gets(text)] == ["term_commitment", "faster_signature"]


def test_putting_our_offer_in_writing_is_no_get() -> None:
    assert _gets("we can put the 10% in writing today") == []


@pytest.mark.parametrize(
    "text",
    [
        "Benchmark from the RevOps deck: most mid-market deals close at 10-15% off list.",
        "Benchmarks: enterprise deals land at 18-25% off, mid-market lower.",
    ],
)
def test_benchmarks_are_no_move(text: str) -> None:
    assert _gives(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thornbury is asking for a fixed price on any seats they add over the next 18 months. OK?",
        "They want a price lock on the seats they add next year.",
    ],
)
def test_seats_a_price_is_held_on_are_no_scope(text: str) -> None:
    assert [g[0] for g in _gives(text)] == ["price_lock"]


def test_an_add_on_they_ask_us_to_include_is_scope() -> None:
    assert _gives("they're asking us to include the API add-on") == [("scope", None, None)]
