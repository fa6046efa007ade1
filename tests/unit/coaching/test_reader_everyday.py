"""Everyday wordings the reader reads: reports, notes, questions and asks without the usual words.

Each case is a paraphrase of a kind of sentence (never a labelled line), with look-alikes that
must stay empty. Through the public ``coaching.reader.analyze`` only.
"""

from __future__ import annotations

import pytest

from coaching.reader import analyze


def kinds(items) -> list[str]:
    return sorted(item.kind for item in items)


@pytest.mark.parametrize(
    ("text", "gives", "gets", "conditional"),
    [
        # billing in named stages or milestones, staggered or pushed back
        (
            "We could invoice the platform fee in two stages: half at signature, half at go-live.",
            ["payment_terms"],
            [],
            False,
        ),
        (
            "Happy to bill them in four instalments if they sign this month.",
            ["payment_terms"],
            ["faster_signature"],
            True,
        ),
        ("We can stagger the payments over the first year.", ["payment_terms"], [], False),
        ("We postponed the first invoice to March for them.", ["payment_terms"], [], False),
        # shares of a staged payment are no discount
        (
            "Our proposal includes staged billing: 40% at signature and 60% at go-live.",
            ["payment_terms"],
            [],
            False,
        ),
        # a rise given up, named by what it applies to
        (
            "We'll waive the regional uplift if you renew for two years.",
            ["discount"],
            ["term_commitment"],
            True,
        ),
        # a price brought down by a stated sum, whatever the price is called
        (
            "We can reduce the licence total by 10% if you commit to three years.",
            ["discount"],
            ["term_commitment"],
            True,
        ),
        ("I can lower the annual subscription by $5k.", ["discount"], [], False),
        # a larger order's unit price for a smaller one
        (
            "They're cutting to 150 seats but want to keep the 200-seat price. Can we allow it?",
            ["discount"],
            [],
            False,
        ),
        # more time to evaluate
        ("They asked for an extension of the pilot by two weeks.", ["trial"], [], False),
        ("We can offer an extension to your trial period.", ["trial"], [], False),
        # a renewal price held flat
        ("Renewal notes: pricing kept flat, no other changes.", ["discount"], [], False),
        # gets: speaking with us, our standard terms, papers countersigned, a term's length
        (
            "We'd take 10% off if your CTO speaks at our annual summit.",
            ["discount"],
            ["reference"],
            True,
        ),
        (
            "Happy to extend the pilot in return for co-hosting a webinar with us.",
            ["trial"],
            ["reference"],
            True,
        ),
        (
            "We'll give you net 60 if you accept our standard terms.",
            ["payment_terms"],
            ["process"],
            True,
        ),
        (
            "We can do 12% provided the order form is countersigned by Friday.",
            ["discount"],
            ["faster_signature"],
            True,
        ),
        (
            "Happy to do 15% off for a contract of at least three years.",
            ["discount"],
            ["term_commitment"],
            True,
        ),
        # "... if we do" ties the get before it to the give asked about
        (
            "Can I throw in a sandbox? They'll sign by Friday if we do.",
            ["scope"],
            ["faster_signature"],
            True,
        ),
        # premium 24/7 support, or a 24/7 add-on, given free is scope
        ("Can we include premium 24/7 support at no cost for Acme?", ["scope"], [], False),
        (
            "@deal-desk ok to add a 24/7 phone support add-on at no charge for Orbit?",
            ["scope"],
            [],
            False,
        ),
        ("We offer 24/7 support with a 1-hour response.", ["service_level"], [], False),
        # sessions, builds and workshops dropped are a smaller scope
        (
            "We can take 5% off if they drop the on-site training sessions.",
            ["discount"],
            ["scope_reduction"],
            True,
        ),
        (
            "I'd do 10% if they drop the custom dashboard build.",
            ["discount"],
            ["scope_reduction"],
            True,
        ),
        # work promised done by a date
        (
            "As agreed, we'll have your instance set up and ready by Friday.",
            ["delivery"],
            [],
            False,
        ),
        (
            "Our team will get their tenant provisioned within 5 days of signature.",
            ["delivery"],
            [],
            False,
        ),
        # paying up front named as the burden, or swapped away, is no get
        (
            "Can we do quarterly billing? Paying annual upfront is too much for them.",
            ["payment_terms"],
            [],
            False,
        ),
        (
            "Ok to switch Zephyr from annual prepay to quarterly billing?",
            ["payment_terms"],
            [],
            False,
        ),
        (
            "We'll do 15% off if they pay annual upfront instead of quarterly.",
            ["discount"],
            ["upfront_payment"],
            True,
        ),
        # "no chance" inside a clause is no refusal
        ("Happy to do 12% — no chance they sign without it.", ["discount"], [], False),
        # a staged payment's shares named first
        (
            "We could stagger the payment: 25% now, 75% on go-live.",
            ["payment_terms"],
            [],
            False,
        ),
        # a handoff note to whoever picks the account up is no announcement
        (
            "We agreed net 60 with Brill, fyi for anyone taking over the account.",
            ["payment_terms"],
            [],
            False,
        ),
        # a give said to sit within policy or authority is still a give, and no ask
        (
            "We offered Orbit a free month, within the discount guidelines.",
            ["discount"],
            [],
            False,
        ),
        ("We gave Acme net 60, which was within policy.", ["payment_terms"], [], False),
        ("I'm planning to offer Cromer 10% on my own authority.", ["discount"], [], False),
        # another vendor's discount matched; a price asked for in the customer's words
        ("Can we match the 20% Vendor X offered them?", ["discount"], [], False),
        (
            'From their email: "Please come back with your best and final offer."',
            ["discount"],
            [],
            False,
        ),
        (
            "They need the total to land below $90k, ok to go there?",
            ["discount"],
            [],
            False,
        ),
        # single sign-on is a scope object; in the customer's own voice "you" includes it
        ("They want SSO included on the Pro plan.", ["scope"], [], False),
        ("Before we commit, could you include onboarding for our team?", ["scope"], [], False),
        # a discount pointed back at
        ("The 15% we agreed on is for year one only.", ["discount"], [], False),
        # a press release announcing the deal is a reference, not news
        (
            "They want a press release announcing the deal if we extend the pilot.",
            ["trial"],
            ["reference"],
            True,
        ),
        ("We'll waive the pilot fee if they convert.", ["discount"], [], False),
        # a revised quote sent with its terms offers them
        (
            "Here's the updated proposal with quarterly billing and a 60-day pilot.",
            ["payment_terms", "trial"],
            [],
            False,
        ),
        # a free phrase in its own clause, right after the thing offered or asked
        ("We can do the data migration for Acme, at no extra cost.", ["scope"], [], False),
        (
            "They want our onboarding team on-site for week one, at our cost. ok?",
            ["scope"],
            [],
            False,
        ),
        # a price per seat names a unit of price, not seats given
        (
            "Can I give Acme the 3-year price ($42/seat) for their renewal?",
            ["discount"],
            [],
            False,
        ),
    ],
)
def test_everyday_wordings_are_read(
    text: str, gives: list[str], gets: list[str], conditional: bool
) -> None:
    analysis = analyze(text)
    assert kinds(analysis.gives) == gives
    assert kinds(analysis.gets) == gets
    assert analysis.conditional is conditional


@pytest.mark.parametrize(
    "text",
    [
        "We pay our vendors in three days.",
        "Our billing runs in two currencies.",
        "They pushed the meeting back to Tuesday.",
        "Payment schedule: 50% at signature, 50% at go-live.",
        "We waived the meeting with their CFO.",
        "We cut the onboarding plan by two weeks.",
        "The 500-seat price is $40 per seat.",
        "An extension of the deadline by two days.",
        "The market stayed flat this quarter.",
        "I'm presenting at our sales kickoff next week.",
        "They won't accept our standard terms, so legal is stuck.",
        "The contract was executed last year.",
        "A payment term of 30 days is standard.",
        # metrics
        "Our close rate on deals with 20% discount is 18%.",
        "Churn rate for accounts on net 60 is 4%.",
        "Renewal rate for customers with a dedicated CSM is 95% vs 80% without.",
        "Closed-lost reasons: price 40%, timing 30%.",
        # how-to questions and requests for material
        "When a customer asks for net 90, what do you do?",
        "How do you all handle requests for free onboarding?",
        "Does anyone have the deck on our discount tiers?",
        # what every plan has
        "Premium support is standard on all plans.",
        "Customer asked if our SLA covers weekends.",
        "They dropped the workshop from the agenda.",
        "They will have their budget approved by Friday.",
        # a manager's rule on what nobody may give, caps and eligibility as policy
        "Nobody gives free onboarding without my sign-off.",
        "No one promises SLAs before legal reviews them.",
        "If anyone asks, net 45 is the limit for startups.",
        "15% is the cap for renewals this quarter.",
        "Heads up team: three-year renewals may go as high as 18% now.",
        "Under the new matrix, enterprise accounts can go to 22%.",
        "The education discount is only for registered non-profits.",
        # refusals in two words
        "They want 30% off. Not happening.",
        "Brightwave expects 25%. Not happening — we stay at list.",
        "Reminder for anyone: no discounts above 10% without approval.",
        "Discounts above 20% are not within policy.",
        "CRO's note: every concession must be traded for something. No free gives.",
        "That was my best and final answer on the schedule.",
        "Their SSO setup is broken again.",
        "The 5% we discussed was their growth target.",
        "The pilot fee is $5k.",
        # market and meaning questions
        "Is anyone else seeing buyers ask for net 120 these days?",
        "Anyone else getting asked for price caps on renewals?",
        "What does 'price protection' mean in their MSA?",
        "Does net 60 mean from the invoice date?",
        "Zentrix announced 20% off for switchers.",
        "We updated the proposal template last week.",
        "Attaching the revised order form: 450 seats, 36 months, net 30.",
        # fewer seats the customer wants is no volume asked for
        "They want to cut from 100 seats to 80 seats at renewal.",
        "Their training team is great, no charge for the call though.",
    ],
)
def test_everyday_look_alikes_hold_no_move(text: str) -> None:
    analysis = analyze(text)
    assert not analysis.gives and not analysis.gets
    assert analysis.discount_request is False


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # "ok with you?" put to the customer about their own trial asks no colleague
        ("we can extend your trial two weeks, is that ok with you?", False),
        ("would net 45 work, is that ok with you?", False),
        # "ok by you if <customer> gets ..." asks leave, as "ok if we ..." does
        ("OK with you if Dunmore gets two free sandboxes?", True),
        ("@li fine by you if we give Orwell net 60?", True),
    ],
)
def test_ok_with_you_asks_a_colleague_only_about_a_customer(text: str, asks: bool) -> None:
    result = analyze(text)
    assert result.gives and result.discount_request is asks


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("tempted to just give them the 11 tbh", 11),
        ("they'd commit to 2 yrs if we give them the 8", 8),
        ("fine, we can do 9, nothing else on the table", 9),
        ("i could do 6.5 if they sign the order form friday", 6.5),
    ],
)
def test_a_size_named_before_and_given_by_its_bare_number_keeps_its_size(
    text: str, amount: int
) -> None:
    # the coach tracks steps by size: "the 11" is the 11% already on the table
    gives = analyze(text).gives
    assert [(g.kind, g.amount, g.unit) for g in gives] == [("discount", amount, "%")]
