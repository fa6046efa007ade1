"""Which negotiation strategy fits this deal, and why: the rules in one readable place.

Each answer from the prep questions votes for one or more archetypes with a
weight and a reason (the reasons follow the deal-strategy article in the seed
sources, in our own words). The archetype with most weight wins; its reasons
are shown to the rep. Anchoring and sequencing follow from the archetype and
the same answers. Nothing here knows about platforms, templates or storage.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ARCHETYPES = ("Partnership", "Competitive", "Defensive", "Creative")
# On a tie the less aggressive strategy wins: firming up later is easier than repairing trust.
TIE_ORDER = ("Defensive", "Creative", "Partnership", "Competitive")

# The prep questions' answers, as codes, with the words shown for each.
SIZES = {"small": "under 50K", "mid": "50K-500K", "large": "over 500K"}
PURCHASES = {"recurring": "a subscription or renewing contract", "one_off": "a one-off purchase"}
COMPETITION = {"sole": "sole source", "head": "head to head", "crowded": "crowded"}
RELATIONSHIPS = {
    "strategic": "strategic partnership",
    "transactional": "transactional",
    "reference": "reference value",
}
BUYERS = {"procurement": "enterprise procurement", "business": "business buyer"}
POWER = {"ours": "we have more", "balanced": "balanced", "theirs": "they have more"}

Vote = tuple[str, int, str]  # archetype, weight, reason

RULES: dict[tuple[str, str], tuple[Vote, ...]] = {
    ("size", "large"): (
        (
            "Partnership",
            2,
            "A deal over 500K runs for years: the relationship outweighs any single point.",
        ),
        ("Creative", 1, "Large deals have many dimensions, so there is room to structure."),
    ),
    ("size", "mid"): (
        (
            "Defensive",
            1,
            "Mid-size deals close best on standard terms with a few planned flex points.",
        ),
    ),
    ("size", "small"): (
        ("Competitive", 1, "Under 50K, speed beats customisation: standard terms, few rounds."),
    ),
    ("purchase", "one_off"): (
        (
            "Competitive",
            1,
            "A one-off purchase has no renewal to protect: trade for value in this deal.",
        ),
    ),
    ("competition", "sole"): (
        ("Competitive", 2, "As the only vendor you have leverage to hold price and sell value."),
    ),
    ("competition", "head"): (
        (
            "Creative",
            2,
            "Head to head, price alone loses; a structure the rival cannot copy sets you apart.",
        ),
    ),
    ("competition", "crowded"): (
        ("Defensive", 1, "A crowded field pushes price down; defend margin and stand out."),
        (
            "Creative",
            1,
            "A package no one else offers keeps you from being compared on price alone.",
        ),
    ),
    ("relationship", "strategic"): (
        (
            "Partnership",
            3,
            "A strategic account: lifetime value and expansion matter more "
            "than this quarter's margin.",
        ),
    ),
    ("relationship", "transactional"): (
        ("Competitive", 2, "A one-time purchase: optimise the economics of this deal."),
    ),
    ("relationship", "reference"): (
        (
            "Partnership",
            1,
            "A reference logo can be worth some margin for what it proves to the market.",
        ),
        ("Creative", 1, "Trade what costs you little for the reference and the case study."),
    ),
    ("buyer", "procurement"): (
        (
            "Defensive",
            2,
            "Professional procurement negotiates by process and data: protect "
            "the key terms and trade only for something back.",
        ),
    ),
    ("buyer", "business"): (
        (
            "Partnership",
            1,
            "A business buyer cares about outcomes and answers a consultative approach.",
        ),
    ),
    ("power", "ours"): (
        (
            "Competitive",
            1,
            "Your leverage lets you stay firm; use it with restraint so they can still succeed.",
        ),
    ),
    ("power", "balanced"): (
        ("Creative", 1, "With power even, growing the deal beats fighting over its split."),
    ),
    ("power", "theirs"): (
        (
            "Defensive",
            2,
            "When they hold the power, pushing backfires: guard the must-haves "
            "and never concede alone.",
        ),
    ),
    ("type", "Partnering"): (
        ("Partnership", 2, "You framed this as Partnering: joint, long-term value."),
    ),
    ("type", "Creating"): (
        ("Creative", 2, "You framed this as Creating: expand the deal before dividing it."),
    ),
    ("type", "Bargaining"): (
        ("Competitive", 1, "You framed this as Bargaining: value is being claimed point by point."),
    ),
    ("type", "Trading"): (
        ("Defensive", 1, "You framed this as Trading: every move is paid for by a move back."),
    ),
}


@dataclass(frozen=True, slots=True)
class Archetype:
    name: str
    aim: str
    tactics: tuple[str, ...]
    risks: tuple[str, ...]
    anchor_how: str
    sequence: str  # "easy", "hardest" or "package"
    steps: int  # how many moves the plan spreads the room over


PLAYBOOKS: dict[str, Archetype] = {
    "Partnership": Archetype(
        "Partnership",
        "Build long-term value together; keep the relationship whole.",
        (
            "Share information openly, within reason.",
            "Learn their needs in depth before proposing.",
            "Create joint value before claiming your share.",
            "Be generous on what matters to them and costs you little.",
        ),
        (
            "An adversarial buyer can exploit your openness.",
            "You may leave short-term value on the table.",
        ),
        "Anchor on the value they get: the outcome first, then the investment it takes.",
        "easy",
        3,
    ),
    "Competitive": Archetype(
        "Competitive",
        "Claim the most value in this deal.",
        (
            "Anchor ambitiously, with a reason ready.",
            "Concede slowly and in shrinking steps.",
            "Keep information close.",
            "Hold your positions firmly.",
        ),
        (
            "It can damage the relationship and make the buyer resentful.",
            "It invites an adversarial dynamic you will meet again at renewal.",
        ),
        "Anchor high but defensible: ambitious, justified, with room to move.",
        "hardest",
        4,
    ),
    "Defensive": Archetype(
        "Defensive",
        "Protect margin and terms; avoid value leaking away.",
        (
            "Open strong and justify it with benchmarks and data.",
            "Trade every concession; always get something back.",
            "Defend the must-have terms; flex on the nice-to-haves.",
        ),
        ("Too rigid and you look inflexible; show where you can move.",),
        "Anchor on market data: where the category prices, and why you sit where you do.",
        "package",
        3,
    ),
    "Creative": Archetype(
        "Creative",
        "Grow the deal before dividing it.",
        (
            "Explore the interests behind their positions.",
            "Bundle and unbundle: trade across several dimensions at once.",
            "Look for things cheap for you and valuable to them (and back).",
            "Structure the deal, e.g. a lower first year for a longer commitment.",
        ),
        (
            "Complex packages take longer and can confuse the decision.",
            "Without a clear limit you can give more than you realise.",
        ),
        "Anchor on value, and name several variables at once so price is not the only one.",
        "package",
        3,
    ),
}

SEQUENCES = {
    "easy": (
        "Easy wins first",
        "Agree the simple points early to build momentum and goodwill, then use them as "
        "anchors for the harder items.",
    ),
    "hardest": (
        "Hardest first",
        "Put the deal-killers on the table first so you do not spend rounds on details of a "
        "deal that cannot close.",
    ),
    "package": (
        "Package",
        "Negotiate everything together so trade-offs stay possible and nothing gets "
        "cherry-picked one item at a time.",
    ),
}

BASE_QUESTIONS = (
    "What does success look like on your side?",
    "What constraints are you working within: budget, timing, approvals?",
    "Who else needs to agree before this is signed?",
    "Beyond price, what matters most to you in this deal?",
)
EXTRA_QUESTIONS: dict[tuple[str, str], str] = {
    ("competition", "head"): "How are you comparing the options in front of you?",
    ("competition", "crowded"): "What will decide between the vendors you are looking at?",
    ("buyer", "procurement"): "What does your process need from us, and by when?",
    ("relationship", "strategic"): "Where do you want this to be in two or three years?",
    ("relationship", "reference"): "Would you be open to telling others how this went?",
}


@dataclass(frozen=True, slots=True)
class Recommendation:
    archetype: Archetype
    reasons: tuple[str, ...]
    runner_up: str | None
    anchor_first: bool
    anchor_why: str
    sequence: tuple[str, str]
    questions: tuple[str, ...]
    scores: dict[str, int] = field(default_factory=dict)


def recommend(profile: dict[str, str]) -> Recommendation:
    """The archetype for ``profile`` (keys: type, size, purchase, competition, relationship,
    buyer, power).

    Missing answers simply cast no votes; with no votes at all the coach falls
    back to Defensive, the safe default for an unknown deal.
    """
    scores = dict.fromkeys(ARCHETYPES, 0)
    reasons: dict[str, list[str]] = {name: [] for name in ARCHETYPES}
    for key, value in profile.items():
        for name, weight, reason in RULES.get((key, value), ()):
            scores[name] += weight
            reasons[name].append(reason)
    ranked = sorted(ARCHETYPES, key=lambda name: (-scores[name], TIE_ORDER.index(name)))
    best, second = ranked[0], ranked[1]
    runner_up = second if scores[second] and scores[best] - scores[second] <= 1 else None
    anchor_first, anchor_why = _anchor(profile)
    archetype = PLAYBOOKS[best]
    return Recommendation(
        archetype=archetype,
        reasons=tuple(reasons[best])
        or ("Too little is known yet; protect value until you learn more.",),
        runner_up=runner_up,
        anchor_first=anchor_first,
        anchor_why=anchor_why,
        sequence=SEQUENCES[archetype.sequence],
        questions=BASE_QUESTIONS
        + tuple(q for (k, v), q in EXTRA_QUESTIONS.items() if profile.get(k) == v),
        scores=scores,
    )


def _anchor(profile: dict[str, str]) -> tuple[bool, str]:
    """Anchor first when you know the market and hold a strong hand; otherwise listen first."""
    if profile.get("competition") == "sole" or profile.get("power") == "ours":
        return True, "You hold the stronger hand and know the value: set the frame yourself."
    if profile.get("power") == "theirs" or profile.get("competition") == "crowded":
        return False, (
            "You know least about what they expect: let them name a number first, then "
            "re-anchor on value if it is low."
        )
    return True, "Going first lets you frame the talk around value rather than their budget."
