"""The reader's vocabulary: quantity grammar, typo variants and the phrase rules.

Kept apart from the reading logic (scanning.py, judging.py) so the tables can
grow without touching it; tables.py compiles them, once, on first use.
Every rule is anchored on a head word: the reader finds head words with one
scan and tries only the rules filed under that word, compiled into one ordered
alternation per head, so the cost per message stays small however long these
tables get.

vocabulary() returns the rules, built on first call (tables.py calls it once, lazily;
importing the reader builds nothing). Rule entries are (family, kind, heads, pattern, options):
- family: "give" / "get" (a concession or a return), "obj" (a scope object that
  becomes a give only when offered free or included), "buy" (the customer buys
  more; with a seller subject, more for free), "seatx" ("an extra 20 seats"),
  "qty" (a size), or "cue" (words that only set flags);
- heads: the words the rule may start at ("#" = a number that is not a quantity);
- pattern: a regex matched at the head, without capturing groups (None = the head
  word alone); keep quantifiers bounded or possessive so matching stays linear;
- options: flags (Cue values, flags.py), weak (needs offer or ask context), qty (read
  the size from the matched words).
Under one head, earlier rules win. Number rules are the same for what follows a
quantity (QTY), per unit.
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

from coaching.reader.flags import Cue

# -- quantities ------------------------------------------------------------------------------
NUM = r"(?:\d{1,3}(?:,\d{3})++|\d++)(?:\.\d++)?"  # possessive: no backtracking in digit runs
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
# ("twelve and a half percent": a half added to a number word)
NW = (
    rf"(?:(?:(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_TEENS}|{_UNITS}|ten)(?:\s+and\s+a\s+half\b)?"
    r"|a\s+hundred|hundred|a\s+dozen)"
)
N = rf"(?:{NUM}|{NW})"
PCT = rf"{N}\s?(?:%|per\s?cent\b|pct\b|perc\b)"
MONEY = (
    rf"(?:[$€£]\s?{NUM}(?:\s?(?:k|m|mm|bn|thousand|million|grand)\b)?"
    rf"|(?:usd|eur|gbp)\s?{NUM}(?:\s?(?:k|m|mm|thousand|million)\b)?"
    rf"|{NUM}\s?(?:k|m|mm|thousand|million|grand)?\s?(?:usd|eur|gbp|dollars?|euros?|pounds?|bucks"
    rf"|quid)\b"
    rf"|{NUM}\s?k\b)"
)
DAYS = rf"(?:net[\s-]?\d{{1,3}}\b|{N}[\s-]?(?:business[\s-]|calendar[\s-]|working[\s-])?days?\b)"
WEEKS = rf"{N}[\s-]?(?:weeks?|wks?)\b"
MONTHS = rf"{N}[\s-]?(?:months?|mos?|mths?)\b"
YEARS = rf"{N}[\s-]?(?:years?|yrs?)\b"
SEAT_NOUN = r"(?:seats?|licen[cs]es?|users?|logins?)\b"
# one word before the seat noun: how many more ("20 extra seats") or what kind ("10 admin seats")
SEAT_WORD = (
    r"(?:more|extra|additional|new|named|user|seat|free|bonus|complimentary|admin|sandbox|developer"
    r"|dev|viewer"
    r"|read-only|editor|creator|power|test|guest|concurrent|analyst|agent|field|staff|student|teacher"
    r"|nurse|driver|employee|clinician|patient|member|faculty|contractor|intern|paid)"
)
SEATS = rf"{N}\s?(?:{SEAT_WORD}\s){{0,2}}{SEAT_NOUN}"
PM = rf"(?:{PCT}|{MONEY})"
TIME = rf"(?:{DAYS}|{WEEKS}|{MONTHS}|{YEARS})"
YM = rf"(?:{YEARS}|{MONTHS})"
# One quantity, the number read once: "net 60", "$15k", "EUR 4k", or a number and a unit.
# The named group that closes last says the unit; "n*" hold the number, "mult*" a
# thousand/million multiplier and "cur*" the currency.
QTY = (
    # ("net sixty", "net forty-five": terms in words)
    r"(?<![a-z0-9])net[\s-]?(?P<netn>\d{1,3}|(?:thirty|forty|sixty|ninety)(?:[\s-]five)?)\b"
    rf"|(?P<cur>[$€£]|(?<![a-z0-9])(?:usd|eur|gbp)\b)\s?(?P<n1>{NUM})(?:\s?(?P<mult1>k|m|mm|bn"
    rf"|thousand|million"
    r"|grand)\b)?"
    rf"|(?<![a-z0-9.,])(?P<n>{NUM}|{NW})(?:"
    r"\s?(?P<pct>%|per\s?cent\b|pct\b|perc\b|(?:pts?|points?)\b(?=\s+(?:more\s+)?off\b)"
    # ("wants 15 off": a bare number off is a percentage)
    r"|(?<=(?<![\d,.$€£])\d\d)(?=\s+off\b)|(?<=(?<![\d,.$€£])\d)(?=\s+off\b))"
    r"|(?:\s?(?P<mult>k|m|mm|thousand|million|grand))?\s?(?P<curs>usd|eur|gbp|dollars?|euros?"
    r"|pounds?"
    r"|bucks|quid)\b"
    # "2k seats": a thousand seats, not money
    rf"|(?P<kseats>k)\+?[\s-]?(?:{SEAT_WORD}\s){{0,2}}(?:seats?|licen[cs]es?|users?|logins?)\b"
    r"|\s?(?P<k>k|grand)\b"
    r"|[\s-]?(?:(?:more|extra|additional|further|free)\s)?(?:business[\s-]|calendar[\s-]"
    r"|working[\s-])?"
    r"(?P<days>days?)\b"
    r"|[\s-]?(?:(?:more|extra|additional|further|free)\s)?(?P<weeks>weeks?|wks?)\b"
    r"|[\s-]?(?:(?:more|extra|additional|further|free)\s)?(?P<months>months?|mos?|mths?)\b"
    r"|[\s-]?(?:(?:more|extra|additional|further)\s)?(?P<years>years?|yrs?)\b"
    rf"|\+?[\s-]?(?:{SEAT_WORD}\s){{0,2}}"
    r"(?P<seats>seats?|licen[cs]es?|users?|logins?)\b)"
)
QTY_UNIT = {
    "netn": "days",
    "n1": "money",
    "mult1": "money",
    "pct": "pct",
    "curs": "money",
    "k": "money",
    "days": "days",
    "weeks": "weeks",
    "months": "months",
    "years": "years",
    "seats": "seats",
    "kseats": "seats",
}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
NUMBER_HEADS = ("usd", "eur", "gbp", *NUMBER_WORDS)

# -- typos and shorthand, applied to whole words after lower-casing -----------------------------
_SPELLINGS: dict[str, str] = {
    "discounts": "discouts dicsounts disounts discunts",
    "approval": "aproval approvel aprroval approvl appoval apporval aprovel aproove",
    "approve": "aprove apporve appove aprrove approv aprov",
    "approved": "aproved apporved",
    "upfront": "upfrnt upfornt upfont uprfont upfrount upfromt up-front",
    "license": "licence lisence liscense licsense licens",
    "licenses": "licences lisences liscenses licsenses",
    "please": "pls plz pleae plase pleas",
    "your": "ur",
    "them": "em",
    "manager": "mgr",
    "deal desk": "dealdesk deal-desk",
    "before": "b4 avant antes vor",
    "end of week": "eow",
    "commitment": "comitment commitmnet committment commitement commitmen",
    "commit": "comit",
    "payment": "paymnet pyment payemnt paymet",
    "billing": "biling billng bilin",
    "pilot": "pilto",
    "trial": "trail",
    "onboarding": "onbaording onboardin onbording on-boarding",
    "implementation": "implementaion implmentation implementatoin impl",
    "reference": "refrence referece refernce",
    "renewal": "renewel renwal",
    "liability": "liabilty liablity",
    "guarantee": "guarentee gaurantee garantee",
    "exchange": "exhange excahnge exchagne",
    "percent": "pecent precent percnt",
    "additional": "addtional additonal aditional",
    "extend": "extned",
    "termination": "termnation",
    "convenience": "convience convenince",
    "quarterly": "quartely quarterley",
    "monthly": "montly",
    "annual": "anual",
    "annually": "annualy",
    "training": "traning trainig",
    "support": "suport",
    "dedicated": "dedicted",
    "agreement": "agrement agreemnet",
    "sign-off": "signoff",
    "want to": "wanna",
    "going to": "gonna",
    "can't": "cant",
    "won't": "wont",
    "don't": "dont",
    "didn't": "didnt",
    "isn't": "isnt",
    "couldn't": "couldnt",
    "shouldn't": "shouldnt",
    "wouldn't": "wouldnt",
    "doesn't": "doesnt",
    "i'm": "im",
    "let's": "lets",
    "though": "tho",
    "through": "thru",
    "prepay": "pre-pay",
    "prepaid": "pre-paid",
    "prepayment": "pre-payment",
    "objection": "objecton",
    "provided": "provded",
    "customer": "cusotmer custmer",
    "sla": "sla's",
    # the deal words of German, Spanish and French messages, read as their English words
    "discount": "discout discunt disount discont dicount dsicount discoutn disocunt dicsount "
    "discoount discounnt disc dscount discnt rabatt nachlass preisnachlass descuento remise sconto",
    "if": "wenn si",
    "we": "wir",
    "you": "u ihnen",
    "sign": "unterschreiben unterzeichnen firmar firman firma signez signe signent sgin",
    "offer": "anbieten ofrecer offrir ofrecemos proposer",
    "give": "geben damos dar donner",
    "they": "sie ils ellos",
    "this": "este esta diesen diese ce cette",
    "month": "mes monat mois",
    "week": "semana woche semaine wk",
    "quarter": "qtr",
    "year": "jahr año",
    "friday": "freitag viernes vendredi",
    "payment terms": "zahlungsziel zahlungsbedingungen",
    "by": "bis",
    "end of month": "eom monatsende",
    "end of quarter": "eoq quartalsende",
    "end of year": "eoy jahresende",
    "days": "tage tagen jours",
    "months": "monate monaten meses mois",
    "years": "jahre jahren años ans",
    "term": "laufzeit",
    "contract": "contarct conract contrat vertrag",
}


@functools.cache
def variants() -> dict[str, str]:
    """Typo or shorthand word -> the word the rules know (built on first use)."""
    return {wrong: right for right, wrongs in _SPELLINGS.items() for wrong in wrongs.split()}


# -- phrase rules ----------------------------------------------------------------------------
D = r"(?:(?:the|a|an|our|your|their|its|this|that|these|those|his|her|them|us|some|any)\s+)?"
F2 = r"(?:[a-z0-9'/-]++\s+){0,2}?"  # up to two filler words
F3 = r"(?:[a-z0-9'/-]++\s+){0,3}?"
PRICE = r"(?:prices?|pricing|fees?|rates?|costs?|quote|bill|invoice|acv|arr|tcv)\b"
# The customer's decision makers: executives, owners and the heads or leads of a function.
_FUNCTION = (
    r"(?:procurement|purchasing|it|legal|finance|security|infosec|engineering|operations|ops"
    r"|data|hr|people|product|marketing|sales|technology|compliance|risk)"
)
EXECS = (
    r"(?:cfo|ceo|cio|cto|coo|cro|ciso|cmo|cpo|chro|general\s+counsel|vp|svp|evp|head\s+of\s+\w+|economic\s+buyer|decision[\s-]?makers?"
    r"|exec\w*|leadership|board|boss|c-suite|budget\s+holder|chief\s+\w+\s+officer"
    r"|(?:managing|senior|founding)\s+partners?|(?:co-?)?founders?|owners?|president|principal"
    r"|general\s+manager|gm|(?:managing\s+|executive\s+)?directors?"
    rf"|{_FUNCTION}\s+(?:lead|head|director|chief|owner|vp)s?)\b"
)
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DEADLINE = (
    # ("on 2 free months" is no date: a number on a size is not a day of the month)
    rf"(?:by|before|on\s+(?:{WEEKDAY}|the\s+\d(?!\d*[\s-]?(?:years?|yrs?|months?|mos?)\b)"
    rf"|\d(?!\d*\s*(?:%|(?:free|extra|more|additional"
    rf"|months?|years?|weeks?|days?|seats?|licen[cs]es?|users?)\b)))|this\s+(?:week|month|quarter|year|q[1-4]"
    rf"|{WEEKDAY})"
    rf"|today|tomorrow|tonight|now|asap|within|end\s+of|in\s+the\s+next|next\s+week|immediately"
    rf"|in\s+q[1-4]"
    rf"|quickly|faster|sooner|early|right\s+away|same\s+day|{WEEKDAY})\b"
)
SCOPE_OBJ = (
    r"(?:onboarding|training|trainings|workshops?|modules?|add[\s-]?ons?|features?|capabilit(?:y"
    r"|ies)"
    r"|integrations?|(?:data\s+)?migrations?|(?:professional|consulting|implementation|advisory"
    r"|managed)\s+services"
    r"|services"
    r"|consulting(?:\s+(?:hours|days))?|implementation|setup|set-up|sandbox(?:es)?|storage"
    r"|api\s+access|health\s+checks?|success\s+plan|premium\s+support|support|seats?|licen[cs]es?"
    r"|users?|hours|connectors?|plug[\s-]?ins?|sessions?)\b"
)
GIVE_VERBS = (
    r"(?:give|offer|do|throw|toss|extend|go|include|take|knock|stretch|cut|trim|shave|bring|freeze"
    r"|push(?!\s+(?:for|back|hard|them|him|her|on)\b)|defer|delay|agree|accept|waive|let|say\s+yes"
    r"|drop|lower|reduce|match|add|provide|cap|lock|honou?r|approve|discount|bump|move|sweeten"
    r"|concede|come|meet|propose|grant|allow|get|commit|promise|guarantee|hit|support|absorb|cover"
    r"|price|split|spot|upgrade|bump|grandfather|skip|forgo|swing|increase|up|accommodate|bill"
    r"|invoice|promise|stage|mirror|replicate|make|keep|hold|quote|structure|switch"
    r"|green[\s-]?light|ok|okay|live\s+with)\b"
)
NOT_TO_YOU = r"(?!\s+(?:you|ya|y'all)\b)"

W, S = True, False  # weak / strong

RuleSpec = tuple[str, str | None, str, str | None, dict[str, object]]
NumberSpec = tuple[str, str | None, str, str, dict[str, object]]

# What a quantity is when no number rule follows it.
BARE_QUANTITY = {"seats": "seatx"}  # others are plain sizes ("qty")


class Vocabulary(NamedTuple):
    """The phrase rules (per head word) and the number rules (per quantity unit)."""

    rules: tuple[RuleSpec, ...]
    number_rules: tuple[NumberSpec, ...]


@functools.cache
def vocabulary() -> Vocabulary:
    """The rules, in the order they are tried (built once, when tables.py first compiles).

    Nothing is built at import: importing the reader costs only these definitions.
    """
    rules: list[RuleSpec] = []
    number_rules: list[NumberSpec] = []

    def _add(
        family: str, kind: str | None, heads: str, pattern: str | None, **options: object
    ) -> None:
        rules.append((family, kind, heads, pattern, options))

    def give(kind: str, heads: str, pattern: str | None, weak: bool = S, qty: bool = False) -> None:
        _add("give", kind, heads, pattern, weak=weak, qty=qty)

    def get(kind: str, heads: str, pattern: str | None, weak: bool = S, qty: bool = False) -> None:
        _add("get", kind, heads, pattern, weak=weak, qty=qty)

    def cue(flags: int, heads: str, pattern: str | None = None) -> None:
        _add("cue", None, heads, pattern, flags=flags)

    # Numbers first: what a size is attached to decides the kind. A number is read once as a
    # quantity (QTY); these rules then match what follows it, for the units listed.
    def num(family: str, kind: str | None, units: str, suffix: str, **options: object) -> None:
        """A rule for a quantity of one of `units` followed by `suffix`."""
        number_rules.append((family, kind, units, suffix, options))

    def _first(items: list[Any], since: int, start: int = 0) -> None:
        """Move items[since:] (the rules just added) ahead of items[start:since]: under a head
        word or unit they share, the later section's rules are then tried first."""
        items[start:] = items[since:] + items[start:since]

    _PM_UNITS = "pct money"
    _TIME_UNITS = "days weeks months years"
    # "20% higher", "a 5% increase": a rise in price, not a concession
    num(
        "cue",
        None,
        "pct",
        r"\s+(?:(?:price|annual|yearly|renewal|list)\s+)?(?:higher|increase|increases|uplift|hike|rise"
        r"|jump|growth|price\s+increase)\b(?!\s+(?:cap|caps|ceiling|waived|removed|dropped)\b)",
        flags=Cue.NOOP,
    )
    # "40% off all hoodies": a promotion on everything, not a deal move
    num(
        "cue",
        None,
        "pct money",
        r"\s+off\s+(?:all|everything|sitewide|storewide|site-wide|store-wide)\b",
        flags=Cue.POL,
    )
    num("give", "service_level", "pct", r"\s*(?:uptime|availability|sla)\b")
    # "$95k flat instead of $110k": a lower price than the one quoted (the price is not the size)
    num(
        "give",
        "discount",
        "money",
        r"(?:\s?(?:/|per\s|a\s)\s?(?:seat|user|licen[cs]e|month|year)s?\b){0,2}"
        rf",?\s+(?:flat\s+|total\s+|all[\s-]in\s+)?(?:instead\s+of|rather\s+than|down\s+from)\s+"
        rf"(?:the\s+)?{MONEY}",
    )
    # "knock $1.5M down to $1.35M": a price brought down (neither figure is the size)
    num("give", "discount", "money", rf"\s+down\s+to\s+{MONEY}")
    num(
        "give",
        "price_lock",
        "pct",
        r"\s+(?:(?:annual|yearly|renewal|price|uplift|increase|escalator|escalation)\s+){0,2}"
        r"(?:cap|ceiling)\b",
        qty=True,
    )
    num(
        "give",
        "price_lock",
        "years months",
        r"\s+at\s+(?:the\s+|their\s+|your\s+|today's\s+)?(?:current|old|existing|same|legacy"
        r"|original|today's)\s+(?:rate|price|pricing)s?\b",
        qty=True,
    )
    num(
        "give",
        "price_lock",
        "years months",
        r"[\s-]+(?:price\s+|pricing\s+|rate\s+)?"
        r"(?:lock|freeze|protection|hold)\b",
        qty=True,
    )
    num(
        "give",
        "trial",
        _TIME_UNITS,
        r"[\s-]*(?:(?:free|paid|extended|no[\s-]cost|complimentary)\s+)?"
        r"(?:trial|pilot|poc|proof[\s-]of[\s-]concept|evaluation|eval)\b",
        qty=True,
    )
    num("give", "trial", _TIME_UNITS, r"\s+(?:trial|pilot|poc)\s+extension", qty=True)
    # "a 2-week free extension of your sandbox": more time to evaluate
    num(
        "give",
        "trial",
        _TIME_UNITS,
        r"[\s-]*(?:free\s+|extra\s+)?extension\s+(?:of|on|to)\s+(?:the\s+|your\s+|their\s+)?"
        r"(?:sandbox|trial|pilot|poc|evaluation|eval|test\s+environment)\b",
        qty=True,
    )
    # "a 90 day out", "a 60-day exit clause": leaving early is a non-standard term
    num(
        "give",
        "policy_exception",
        _TIME_UNITS,
        # (an opt-out may be for a party: "a 6-month opt-out for Ridgeback")
        r"\s+(?:opt[\s-]?out(?:\s+(?:clause|right|option))?\b|(?:out|exit|walk[\s-]?away|termination)"
        r"(?:\s+(?:clause|right|option))?\b(?!\s+(?:of|to|for|in|on|at|with)\b))",
    )
    # "a 2-week turnaround on the connector": a delivery time offered (needs offer context)
    num(
        "give",
        "delivery",
        _TIME_UNITS,
        r"\s+(?:turnaround|delivery|build|implementation|rollout|go[\s-]?live|lead\s+time)\b",
        weak=W,
        qty=True,
    )
    num(
        "give",
        "trial",
        _TIME_UNITS,
        rf"\s+extension\s+(?:on|of|to|for)\s+{D}(?:[a-z0-9'-]+\s+)?"
        r"(?:free\s+)?(?:trial|pilot|poc|evaluation|eval|proof[\s-]of[\s-]concept)\b",
        qty=True,
    )
    num(
        "get",
        "term_commitment",
        "years months",
        r"[\s-]+(?:(?:minimum|initial|fixed|committed|full"
        r"|firm)\s+)?(?:term|deal|contract|commitment|commit|agreement|subscription|renewal"
        r"|lock[\s-]?in"
        r"|licen[cs]e|plan|partnership|extension|ela|order|sub|option|quote|proposal)s?\b",
        qty=True,
    )
    num(
        "give",
        "payment_terms",
        "days",
        r"[\s-]+(?:payment\s+)?(?:terms?|to\s+pay"
        r"|payment)\b",
        qty=True,
    )
    num(
        "give",
        "discount",
        "months",
        r"\s+(?:for\s+)?(?:free|complimentary|at\s+no\s+(?:cost|charge)|on\s+us)"
        r"(?!\s+(?:support|training|onboarding|access|services?|consulting|premium|seats?|licen))",
        qty=True,  # the free time is the size ("3 months free" is 3 months)
    )
    # "3 free months": the quantity grammar read "free" already
    num(
        "give",
        "discount",
        "months",
        r"(?<=free months)(?!\s+(?:of\s+)?(?:support|training|onboarding|access|services?"
        r"|consulting|premium|seats?|licen))|(?<=free month)(?!s)",
        qty=True,
    )
    num(
        "get",
        "volume",
        "money",
        r"\s+(?:more\s+|additional\s+|extra\s+)?(?:in\s+)?(?:spend"
        r"|commit(?:ment)?|acv|arr|minimum\s+spend|annual\s+spend)\b",
        qty=True,
    )
    num(
        "give",
        "discount",
        _PM_UNITS,
        r"\s?(?:(?:more|extra|additional|further|[a-z]+)\s+)?"
        r"(?:off|discount(?:s|ed)?|reduction|price\s+(?:cut|reduction|break|concession)|lower|less"
        r"|cheaper|credit|rebate|concession|markdown)\b",
        qty=True,
    )
    # "conditional on the 3-year.", "only with a 2-yr": a hyphened length that ends its clause
    # names the term (a span of time is written "3 years")
    num(
        "get",
        "term_commitment",
        "years",
        r"(?:(?<=-year)|(?<=-yr))(?=\s*(?:[.,;:!?)]|$|\s+(?:and|or|plus|with|if|instead|too|then"
        r"|please|pls|thx|thanks)\b))",
        qty=True,
    )
    # "the 2-yr pricing" for a shorter term: a longer commitment's price (needs an offer or ask)
    num(
        "give",
        "discount",
        "years",
        r"[\s-]+(?:pricing|price|rates?)\b(?!\s+(?:lock|cap|freeze|protection|guarantee|hold"
        r"|increase|uplift|hike)s?\b)",
        weak=W,
    )
    # "$6/seat off", "£15 per user off", "€2 a licence cheaper": money off each unit
    num(
        "give",
        "discount",
        "money",
        r"\s?(?:/\s?|per\s+|a\s+|an\s+|each\s+)(?:seat|user|licen[cs]e|head|month|mo|year|yr"
        r"|unit|device|location|site|employee|member|student|bed|vehicle)\s+(?:(?:more|extra)\s+)?"
        r"(?:off|discount(?:ed)?|lower|less|cheaper|reduction|rebate)\b",
        qty=True,
    )
    num(
        "cue",
        None,
        "pct",
        r"\s+(?:of|increases?|uplifts?|growth|margin|probability|chance|likely"
        r"|confiden\w+|win|done|complete\w*|yoy|year[\s-]over[\s-]year|annual\s+increase"
        r"|price\s+increase"
        r"|per\s+year|a\s+year|each\s+year|adoption|utili[sz]ation|usage|quota|attainment|higher|raise"
        r"|hike)\b(?!\s+(?:cap|caps|ceiling|waived|removed|dropped)\b)",
        flags=Cue.NOOP,
    )
    # Numbers that are not quantities but still name a move.
    give(
        "service_level",
        "#",
        rf"{N}[\s-]?(?:hours?|hrs?|minutes?|mins?)\s+(?:p[1-4]\s+|sev(?:erity)?[\s-]?[1-4]\s+|critical\s+)?"
        r"(?:first[\s-])?"
        r"(?:response|resolution|support|sla|turnaround)",
    )
    # ("a 24/7 support add-on" is an add-on: a scope object)
    give(
        "service_level",
        "#",
        # ("premium 24/7 support", "a 24/7 phone support add-on": premium support, scope)
        r"(?<!premium )24\s?[/x]\s?7(?:\s+(?:support|coverage|on[\s-]?call|monitoring))?"
        r"(?!\s+(?:[a-z-]+\s+){0,2}?add[\s-]?ons?\b)",
    )
    # a bare number the seller says it will do ("ok we'll do 8, no strings"): that percent
    give(
        "discount",
        "#",
        r"(?:(?<=we'll do )|(?<=we can do )|(?<=we could do )|(?<=we will do )|(?<=i'll do )"
        r"|(?<=i can do )|(?<=i could do ))[1-9]\d?(?:\.\d)?"
        r"(?=\s*(?:,|\.(?!\d)|!|$|\s(?:and|if|but|no|max|tops|flat|then|as)\b))",
        qty=True,
    )

    # -- price lock
    give(
        "price_lock",
        "lock locked locking",
        rf"lock(?:ed|ing)?\s+(?:in\s+)?{D}(?:(?:current|today's|existing|their|your)\s+"
        # a customer named in the possessive: "lock Brennan Auto's per seat price"
        r"|(?:[a-z0-9&.-]++\s+){0,2}?[a-z0-9&.-]+'s\s+)?"
        rf"{F3}"
        r"(?:prices?|pricing|rates?|discount|price\s+point)\b",
    )
    give(
        "price_lock",
        "price pricing rate",
        r"(?:price|pricing|rate)(?:\s+card|\s+list)?[\s-]+(?:lock|locks|locked|protection|guarantee|hold"
        r"|freeze"
        r"|cap|caps|ceiling)\b",
    )
    give(
        "price_lock",
        "freeze freezing frozen",
        rf"(?:freeze|freezing|frozen|froze)\s+{D}(?:renewal\s+|current\s+|per[\s-]seat\s+)?(?:prices?"
        r"|pricing|rates?|rate\s+card)\b",
    )
    give(
        "price_lock",
        "cap capped capping",
        r"(?:cap|capped|capping)\s+(?:(?:the|their|your|our|any|all|future|annual|yearly|renewal|price"
        rf"|pricing|rate|uplift)\s+){{0,3}}(?:increases?|uplifts?|escalators?|escalations?|renewals?)"
        rf"(?:\s+at\s+{PCT})?",
        qty=True,
    )
    give(
        "price_lock",
        "renewal renewals",
        r"renewals?\s+(?:cap|caps|protection|price\s+protection|price\s+lock|rate\s+lock)\b",
    )
    give("price_lock", "grandfather grandfathered grandfathering", None)
    give(
        "price_lock",
        "same",
        r"same\s+(?:price|pricing|rate|discount|unit\s+price|per[\s-]seat\s+(?:price|rate))\s+"
        r"(?:for|on|at)\s+(?:future|additional|any\s+additional|expansion|renewals?|the\s+renewal|new"
        r"|more|all\s+future|next|years?)",
    )
    give(
        "price_lock",
        "honor honour apply keep",
        rf"(?:honou?r|apply|keep)\s+{D}(?:price|pricing|rate|discount)s?\s+(?:for|on|to|at|through)\s+"
        r"(?:future|additional|expansion|renewals?|the\s+renewal|any|new|all|next|years?)",
    )
    give(
        "discount",
        "hold keep holding keeping",
        rf"(?:hold|keep)(?:ing)?\s+{D}(?:price|pricing|rate|renewal)s?\s+flat",
    )
    give(
        "price_lock",
        "hold holding",
        rf"hold(?:ing)?\s+{D}(?:price|pricing|rate|quote|offer|proposal)s?\s+(?:open\s+)?"
        r"(?:for|through|until|till)",
    )
    give(
        "price_lock",
        "no",
        rf"no\s+(?:price\s+)?(?:increases?|uplifts?)\s+(?:for|through|until|in|on|at)\s+(?:the\s+)?"
        rf"(?:next|future|years?|renewals?|\d|{NW})",
    )

    # -- discount
    give(
        "discount",
        "off",
        r"off\s+(?:the\s+)?(?:list|price|total|invoice|renewal|subscription|first\s+year|year\s+one"
        r"|license|licen[cs]e\s+fee|quote|contract)\b",
    )
    give(
        "discount",
        "discount discounts discounted discounting",
        rf"discount(?:s|ed|ing)?(?:\s+(?:of|by|to|at)\s+(?:an?\s+(?:extra|additional)\s+"
        rf"|another\s+)?{PM})?",
        weak=W,
        qty=True,
    )
    give(
        "discount",
        "lower lowering lowered reduce reduced reducing cut cutting drop dropping dropped "
        "decrease decreasing decreased trim trimming trimmed adjust adjusting adjusted shave "
        "shaving shaved sharpen knock knocking",
        rf"(?:lower|reduc|cut|drop|decreas|trim|adjust|shav|sharpen|knock)\w*\s+(?:[a-z0-9'/,.$€£-]++\s+){{0,4}}?"
        rf"{PRICE}"
        rf"(?:\s+(?:down\s+)?by\s+{PM})?",
        qty=True,
    )
    give(
        "discount",
        "bring bringing",
        rf"bring(?:ing)?\s+{F3}(?:prices?|pricing|fees?|rates?|costs?|number|it)\s+down"
        rf"(?:\s+by\s+{PM})?",
        qty=True,
    )
    give(
        "discount",
        "price pricing",
        r"(?:price|pricing)[\s-]+(?:cut|reduction|break|concession|drop|decrease|adjustment|match"
        r"|matching"
        r"|down|flexibility|movement)\b",
    )
    give(
        "discount",
        "do work move budge flex help",
        r"(?:do|work|move|budge|flex|help)\s+(?:something\s+|anything\s+|a\s+bit\s+|a\s+little\s+"
        r"|more\s+"
        rf"|better\s+)?(?:on|with)\s+{D}{PRICE}",
        weak=W,
    )
    give(
        "discount",
        "flexibility flexible movement wiggle room",
        rf"(?:flexibility|flexible|movement|wiggle\s+room|room)\s+(?:on|with)\s+{D}{PRICE}",
        weak=W,
    )
    give(
        "discount",
        "better best sharper special preferred preferential reduced discounted cheaper",
        r"(?:better|best|sharper|special|preferred|preferential|reduced|discounted|cheaper)\s+"
        r"(?:price|pricing|rate|number|tier|plan|edition|package)\b",
        weak=W,
    )
    give("discount", "sharpen", r"sharpen\s+(?:the|our|my)\s+pencil")
    give(
        "discount",
        "come coming",
        rf"com(?:e|ing)\s+down\s+(?:on\s+{D}{PRICE}|(?:to|by)\s+{PM}|a\s+(?:bit|little|touch)"
        rf"|further)",
        qty=True,
    )
    give(
        "discount",
        "match matching",
        r"match(?:ing)?\s+(?:the\s+|their\s+|a\s+|[a-z0-9&-]+'s\s+)?(?:current\s+|existing\s+"
        r"|last\s+|old\s+)?(?:competitor'?s?\s+|competitive\s+|vendor'?s?\s+"
        r"|other\s+vendor'?s?\s+"
        r"|rival'?s?\s+)?(?:price|pricing|quote|offer|bid|number)\b",
    )
    give("discount", "meet fit hit", r"(?:meet|fit|hit)\s+(?:their|your|the)\s+budget")
    give(
        "policy_exception",
        "waive waived waiving",
        r"waiv(?:e|ed|ing)\s+(?:the\s+|their\s+|any\s+|all\s+)?(?:(?:early[\s-]termination|termination"
        r"|cancellation|late(?:[\s-]payment)?|overage)\s+)?(?:fees?\s+and\s+)?(?:penalt(?:y|ies)"
        r"|(?:early[\s-]termination|cancellation|late(?:[\s-]payment)?)\s+(?:fees?|charges?))",
    )
    give(
        "discount",
        "waive waived waiving skip skipping skipped forgo forgoing forego foregoing drop "
        "dropping dropped",
        # ("waive the 5% uplift", "skipping the 5% increase": the size is the rise given up)
        rf"(?:waiv(?:e|ed|ing)|skip(?:ping|ped)?|fore?go(?:ing)?|drop(?:ping|ped)?)\s+(?:the\s+"
        rf"|this\s+year's\s+|next\s+year's\s+|our\s+|their\s+)?(?:(?:19|20)\d\d\s+)?(?:{PCT}\s+)?"
        rf"(?:(?:annual|renewal|price|yearly|planned|scheduled)\s+){{0,2}}"
        rf"(?:increase|uplift|escalator|escalation)s?",
        qty=True,
    )
    give(
        "discount",
        "waive waived waiving",
        # (the filler may hold the fee's sum or share: "waiving the $10k implementation fee",
        # "waive 50% of the onboarding fee")
        r"waiv(?:e|ed|ing)\s+(?:[a-z0-9'/$€£%,.-]++\s+){0,4}?(?:fees?|charges?|costs?)\b",
        qty=True,
    )
    give("discount", "fee fees", r"fees?\s+waiver")
    give(
        "discount",
        "no",
        r"no\s+(?:setup|set-up|implementation|onboarding|installation|activation|professional"
        r"\s+services)\s+fees?",
    )
    give(
        "discount",
        "no",
        r"no\s+(?:price\s+)?(?:increase|uplift)s?(?:\s+(?:this|at\s+this|on\s+this|for\s+this)\s+"
        r"(?:year|renewal|term|cycle))?",
    )
    give(
        "discount",
        "free",
        r"free\s+(?:first\s+)?(?:months?|quarter)(?!\s+(?:of\s+)?(?:support|training|onboarding))",
    )
    give(
        "discount",
        "first",
        r"first\s+(?:month|quarter|\w+\s+months)\s+(?:free|on\s+us)",
        qty=True,  # ("the first 3 months free" is 3 months)
    )
    give(
        "discount",
        "credit credits",
        # ("SLA credits", "uptime w/ credits" are the service level's remedy, not a price cut)
        r"(?<!sla )(?<!slas )(?<!sla's )(?<!uptime )(?<!with )(?<!with  )(?<!without )(?<!plus )"
        r"credits?",
        weak=W,
    )
    give("discount", "rebate rebates", None, weak=W)
    give("discount", "reduction reductions markdown markdowns", None, weak=W)
    give("discount", "flat", r"flat\s+renewal")
    give(
        "discount",
        "last",
        # ("last year's price increase was 7%" states a rise)
        r"last\s+year'?s\s+(?:price|pricing|rate)s?(?!\s+(?:increase|uplift|hike|rise|change)s?\b)",
    )
    give("discount", "volume", r"volume\s+(?:discount|pricing|tier|break)s?")

    # -- payment terms
    give(
        "payment_terms", "net", r"net[\s-]?\d{2,3}\b(?:\s+(?:payment\s+)?terms?)?", weak=W, qty=True
    )
    give(
        "payment_terms",
        "payment payments",
        r"payments?\s+(?:terms?|plan|schedule|holiday|flexibility|extension|deferral)\b",
        weak=W,
    )
    give(
        "payment_terms",
        "payment payments",
        r"payments?\s+(?:over|in)\s+(?:[a-z0-9]+\s+){0,2}?(?:installments|instalments|quarters|months"
        r"|tranches|phases|stages|the\s+year)\b",
    )
    give(
        "payment_terms",
        "extend extended extending",
        rf"extend(?:ed|ing)?\s+{D}(?:payment|payments|payment\s+terms|terms|net\s+terms"
        rf"|invoice\s+terms"
        r"|due\s+date)\b",
    )
    give("payment_terms", "longer", r"longer\s+(?:payment\s+terms|to\s+pay|terms)\b")
    give(
        "payment_terms",
        "quarterly monthly semi semiannual biannual bi",
        r"(?:quarterly|monthly|semi[\s-]?annual|bi[\s-]?annual)\s+(?:billing|invoicing|invoices"
        r"|payments?"
        r"|installments|instalments|instead|terms|pay|in\s+arrears)\b",
    )
    give(
        "payment_terms",
        "bill billed billing invoice invoiced invoicing pay paying",
        r"(?:bill|billed|billing|invoice|invoiced|invoicing|pay|paying)\s+(?:them\s+|you\s+|it\s+)?"
        r"(?:quarterly|monthly|in\s+(?:installments|instalments|arrears|quarters|stages|tranches"
        r"|phases|halves|(?:two|three|four|2|3|4)\s+(?:halves|parts|payments|instal+ments|tranches"
        r"|chunks))"
        r"|over\s+(?:time|the\s+year|\w+\s+(?:months|quarters|years)))",
        qty=True,
    )
    give(
        "payment_terms",
        "defer deferred deferring delay delaying delayed push pushing postpone postponing",
        rf"(?:defer|delay|push|postpon)\w*\s+(?:back\s+)?{D}(?:first\s+|initial\s+)?"
        r"(?:payment|payments|invoice|invoicing|billing|bill|start\s+of\s+billing|billing\s+start)\b",
    )
    # the same, said of the bill: "the whole Q1 invoice deferred to April"
    give(
        "payment_terms",
        "invoice invoices payment payments billing",
        r"(?:invoices?|payments?|billing)\s+(?:deferred|delayed|pushed|postponed)\s+(?:to|until|till"
        r"|by|back)\b",
    )
    give(
        "payment_terms",
        "staged staggered phased split stepped ramped",
        r"(?:staged|staggered|phased|split|stepped|ramped)\s+(?:payments?|billing|invoic\w+)",
    )
    give(
        "payment_terms",
        "phase phasing split",
        r"(?:phas(?:e|ing)|split(?:ting)?)\s+(?:the\s+|their\s+)?(?:payments?|invoices?|bill)\b",
    )
    give("payment_terms", "installment installments instalment instalments", None, weak=W)

    # -- delivery
    _FAST_THINGS = (
        r"(?:onboarding|implementation|deployment|delivery|rollout|roll-out|setup|set-up|go[\s-]?live"
        r"|provisioning|integration|launch|timeline|install\w*|migration|kickoff|kick-off|start)\b"
    )
    give(
        "delivery",
        "expedite expedited expediting fast fasttrack accelerate accelerated "
        "accelerating prioritize prioritise prioritized prioritised rush rushed priority",
        r"(?:expedit\w*|fast[\s-]?track\w*|accelerat\w*|prioriti[sz]\w*|rush\w*|priority)\s+"
        rf"{D}(?:[a-z-]+\s+)?{_FAST_THINGS}",
    )
    give(
        "delivery",
        "faster quicker speedier sooner earlier",
        rf"(?:faster|quicker|speedier|sooner|earlier)\s+(?:[a-z-]+\s+)?(?:{_FAST_THINGS}|access"
        r"|turnaround|time\s+to\s+value)",
    )
    give(
        "delivery",
        "meet hit make honor honour support commit guarantee guaranteed match",
        r"(?:meet|hit|make|honou?r|support|commit\s+to|guarantee(?:d)?|match)\s+(?:your|their|the|its"
        r"|his|her|a|an|[a-z0-9&-]+'s)\s+(?:[a-z0-9/.-]+\s+){0,2}?(?:go[\s-]?live|launch|deadline|timeline|time\s*line"
        r"|(?:start|delivery|rollout|target|due)\s+date|date|cut[\s-]?over|schedule)\b",
    )
    give(
        "delivery",
        "go going get getting be have",
        r"(?:go|going|get|getting|be|have)\s+(?:[a-z0-9']+\s+){0,3}?live\s+(?:in|by|within|before"
        r"|on)\b",
        weak=W,
    )
    give(
        "delivery",
        "move moving",
        rf"mov(?:e|ing)\s+{F2}(?:go[\s-]?live|start|launch|implementation|kickoff|rollout)\s+"
        r"(?:date\s+)?(?:up|forward)\b",
    )
    give(
        "delivery",
        "deliver delivery delivered ship",
        r"(?:deliver(?:ed|y)?|ship)\s+(?:it\s+|them\s+)?(?:by|before|within)\b",
        weak=W,
    )
    give(
        "delivery",
        "jump front top",
        r"(?:jump\s+the\s+(?:[a-z-]+\s+)?queue|front\s+of\s+the\s+(?:[a-z-]+\s+)?(?:queue|line)"
        r"|top\s+of\s+the\s+(?:[a-z-]+\s+)?(?:queue|list))",
    )
    give(
        "delivery",
        "start kick begin",
        r"(?:start|kick\s+off|begin)\s+(?:the\s+)?(?:onboarding|implementation|deployment)\s+"
        r"(?:immediately|right\s+away|now|today|tomorrow|next\s+week|this\s+week|early|sooner|before)",
    )

    # -- service level
    give(
        "service_level",
        "dedicated named assigned designated",
        r"(?:dedicated|named|assigned|designated)\s+(?:[a-z-]+\s+){0,2}?(?:csm|tam|se|engineers?"
        r"|managers?"
        r"|success\s+managers?|account\s+managers?|support\s+engineers?|support\s+reps?|reps?"
        r"|resources?"
        r"|team|contact|specialists?|architects?|consultants?|point\s+of\s+contact|slack\s+channel"
        r"|support|leads?|person|people|experts?)\b",
    )
    give(
        "service_level",
        "priority enhanced premium platinum upgraded stronger better higher tighter faster",
        r"(?:priority|enhanced|premium|platinum|upgraded|stronger|better|higher|tighter|faster)\s+"
        r"(?:slas?|uptime|response\s+times?|support\s+sla|support\s+response|availability)\b",
    )
    # ("priority support" is premium support included: scope, as the contract's scope row says)
    give("scope", "priority", r"priority\s+support")
    give("service_level", "service", r"service\s+(?:credits?|levels?(?:\s+agreements?)?)\b", weak=W)
    give(
        "service_level",
        "guarantee guaranteed guaranteeing",
        r"guarantee(?:d|ing)?\s+(?:[a-z0-9.%-]+\s+){0,2}?(?:uptime|availability|response|resolution)",
    )
    give(
        "service_level",
        "uptime availability",
        r"(?:uptime|availability)\s+(?:guarantee|commitment|sla|target)s?",
    )
    give("service_level", "sla slas uptime csm tam", None, weak=W)
    give("service_level", "response", r"response\s+times?", weak=W)

    # -- policy exception
    give(
        "policy_exception",
        "cap capping capped limit limiting limited",
        rf"(?:cap|capping|capped|limit|limiting|limited)\s+{D}(?:[a-z]+\s+)?liabilit(?:y|ies)",
    )
    give("policy_exception", "liability", r"liability\s+(?:caps?|limits?|limitation|at)\b")
    # a cap on our liability as a multiple of fees: "the 1x cap", "capped at 2x fees"
    give(
        "policy_exception",
        "cap capped",
        r"(?<=x )cap\b|cap(?:ped)?\s+(?:at|of)\s+\d+(?:\.\d+)?\s?x\b",
    )
    # protection from future price rises: "protection against renewal hikes"
    give(
        "price_lock",
        "protection protect protecting protected",
        r"protect\w*\s+(?:against|from)\s+(?:[a-z-]+\s+){0,2}?(?:hikes?|increases?|uplifts?"
        r"|rises?|price\s+changes?)\b",
    )
    give("price_lock", "renewal price pricing", r"(?:renewal|price|pricing)\s+protection\b")
    # a date made contractual: "a guaranteed go-live date"
    give(
        "delivery",
        "guaranteed guarantee",
        r"guarantee(?:d)?\s+(?:[a-z-]+\s+)?(?:go[\s-]?live|launch|delivery|start|completion"
        r"|cut[\s-]?over)(?:\s+date)?\b",
    )
    # a date promised outright ("we can guarantee sept 15", "promise them delivery by oct 3")
    give(
        "delivery",
        "guaranteed guarantee promise",
        rf"(?:guarantee(?:d)?|promise)\s+(?:you\s+|them\s+)?(?:(?:delivery|completion|go[\s-]?live)"
        rf"\s+)?(?:(?:by|on|for)\s+)?{MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?\b",
    )
    give(
        "policy_exception",
        "uncapped unlimited",
        r"(?:uncapped|unlimited)\s+(?:liability|indemnit\w*)",
    )
    give(
        "policy_exception",
        "liability indemnity indemnification indemnify indemnities",
        None,
        weak=W,
    )
    give(
        "policy_exception",
        "terminate terminating termination",
        r"terminat(?:e|ion|ing)\s+(?:for|at)\s+(?:their\s+|its\s+)?convenience"
        r"|termination\s+(?:rights?"
        r"|clause)|terminate\s+(?:early|at\s+any\s+time|without\s+(?:cause|penalty))",
    )
    give(
        "policy_exception",
        "exit out opt break",
        r"(?:exit|out|opt[\s-]?out|break)\s+(?:clause|rights?)\b",
    )
    give(
        "policy_exception",
        "early",
        r"early\s+(?:termination|exit|out)(?:\s+(?:right|rights|clause|option))?",
    )
    give("policy_exception", "mfn", None, weak=W)
    give("policy_exception", "most", r"most[\s-]favou?red[\s-](?:nation|customer|pricing)")
    give(
        "policy_exception",
        "custom non nonstandard bespoke modified special",
        r"(?:custom|non[\s-]?standard|nonstandard|bespoke|modified|special)\s+(?:legal\s+"
        r"|contract\s+|[a-z]+\s+[a-z]+\s+)?"
        r"(?:terms|clauses?|contract|language|paper|msa|provisions?)\b",
    )
    give(
        "policy_exception",
        "accept agree sign signing",
        r"(?:accept|agree\s+to|sign(?:ing)?\s+(?:on|off\s+on))\s+(?:their|the\s+customer's"
        r"|client's)\s+"
        r"(?:paper|msa|terms|contract|redlines|indemnit\w+|liability\s+\w+)",
    )
    give(
        "policy_exception",
        "their",
        r"their\s+(?:paper|msa|contract\s+template|template|terms\s+and\s+conditions|t&cs"
        r"|standard\s+terms"
        r"|legal\s+terms)\b",
        weak=W,
    )
    give("policy_exception", "exclusivity", None, weak=W)
    give("policy_exception", "penalty penalties", r"penalt(?:y|ies)\s+waiver")

    # -- trial
    give(
        "trial",
        "free complimentary gratis no",
        r"(?:free|complimentary|gratis|no[\s-]cost)\s+(?:trial|pilot|poc|proof[\s-]of[\s-]concept"
        r"|evaluation|eval|test[\s-]?drive)\b",
    )
    give(
        "trial",
        "extend extended extending",
        rf"extend(?:ed|ing)?\s+{D}(?:free\s+)?(?:trial|pilot|poc|evaluation|eval"
        rf"|proof[\s-]of[\s-]concept)\b",
    )
    give("trial", "trial pilot poc", r"(?:trial|pilot|poc)\s+(?:extension|period\s+extension)")
    give("trial", "trial trials pilot pilots poc pocs", None, weak=W)
    give("trial", "proof", r"proof[\s-]of[\s-]concept", weak=W)

    # -- scope: objects that become a give when free or included
    _add("obj", "scope", "premium", r"premium\s+(?:24\s?[/x]\s?7\s+)?support\b")
    _add(
        "obj",
        "scope",
        "upgrade upgrades",
        r"(?:(?<=free )|(?<=bonus ))upgrades?\b(?:\s+to\s+(?:the\s+)?[a-z0-9-]+(?:\s+(?:tier|plan"
        r"|edition))?)?",
    )
    _add(
        "obj",
        "scope",
        "onboarding training trainings workshop workshops module modules add addon "
        "addons feature features capability capabilities integration integrations professional "
        "consulting implementation advisory managed services setup set sandbox storage api health "
        "success support seats seat licenses license users hours data migration migrations",
        # ("the implementation fee" is a price, not the service; "$42/seat" a unit of price)
        rf"(?<!/)(?<!per ){SCOPE_OBJ}(?!\s+(?:fees?|costs?|charges?|pricing|prices?|rates?)\b)",
    )
    cue(
        Cue.FREE | Cue.FREE_OBJ,
        "free complimentary bonus gratis",
        # (not "free at 3", "free this afternoon": a person who is available)
        r"(?<!anyone )(?<!anybody )(?<!you )(?<!i'm )(?<!are )(?<!is )"
        r"(?:free|complimentary|bonus|gratis)(?=\s+(?!(?:to|of|for|and|or|up|time|trial|pilot|poc"
        r"|at|this|today|tomorrow|tonight|now|later|after|before|until|right|then|gives|giveaways"
        r"|months?"
        r"|quarter|text|form|tier|plan|version|edition|account|user)\b)[a-z])",
    )
    cue(
        Cue.FREE,
        "free complimentary bonus gratis comped",
        r"(?:free(?:\s+of\s+charge)?|complimentary"
        r"|bonus|gratis|comped)\b",
    )
    cue(
        Cue.FREE, "no zero", r"(?:no|zero)[\s-](?:extra\s+|additional\s+)?(?:cost|charge|invoice)\b"
    )
    # "we won't invoice for it", "without charging them"
    cue(
        Cue.FREE,
        "won't without",
        r"(?:won't|without)\s+(?:charging|invoicing|billing|charge|invoice|bill)(?:\s+(?:you|them))?\b",
    )
    cue(Cue.FREE, "us", r"(?<=on )us\b")
    cue(Cue.FREE, "house", r"(?<=on the )house\b")
    cue(Cue.FREE | Cue.INCL, "included thrown", r"(?:included|thrown\s+in)\b")
    # "throw in the mobile app": whatever is thrown in is more for the same money
    cue(
        Cue.INCL | Cue.CTX | Cue.FREE_OBJ,
        "throw throwing threw toss tossing tossed",
        r"(?:throw|thr[eo]w\w*|toss\w*)\s+in\b",
    )
    cue(Cue.INCL | Cue.CTX, "bring bringing", r"bring(?:ing)?\s+in\b")
    cue(
        Cue.INCL | Cue.CTX,
        "include including includes bundle bundling bundled sweeten",
        r"(?:includ|bundl|sweeten)\w*",
    )

    give(
        "scope",
        "bump upgrade upgrading move",
        r"(?:bump|upgrad\w*|move)\s+(?:them|you|it"
        r"|\w+)\s+(?:up\s+)?to\s+(?:the\s+)?[a-z0-9-]+\s+(?:tier|plan"
        r"|edition|package)\s+(?:at|for)\s+(?:the\s+)?(?:same|current|their\s+current|[a-z0-9-]+)\s+"
        r"(?:price|pricing|rate|cost)\b",
    )

    # -- volume (the customer buys more)
    _BUY = (
        r"(?:add|adding|added|buy|buying|purchase|purchasing|order|ordering|take|taking|go\s+to"
        r"|going\s+to|grow\s+to|expand\s+to|increase\s+to|scale\s+to|upgrade\s+to"
        r"|commit(?:s|ted|ting)?\s+to)"
    )
    _add(
        "buy",
        "volume",
        "add adding added buy buying purchase purchasing order ordering take taking "
        "go going grow expand increase scale upgrade commit commits committed committing",
        rf"{_BUY}\s+(?:(?:another|an?\s+(?:extra|additional|further)|more|additional|extra|further"
        rf"|all)\s+)?"
        rf"{SEATS}",
        qty=True,
    )
    _add(
        "buy",
        "volume",
        "add adding buy buying purchase purchasing",
        r"(?:add|adding|buy|buying|purchase|purchasing)\s+(?:(?:the|a|an|another|more|additional|extra"
        r"|their)\s+)?(?:[a-z0-9-]+\s+)?(?:modules?|add[\s-]?ons?|products?|seats|licen[cs]es|users"
        r"|business\s+units?|departments?|teams?|regions?|sites?|divisions?|entities|subsidiaries"
        r"|workspaces?)\b",
    )
    get(
        "volume",
        "expand expanding expanded grow growing increase increasing upgrade upgrading",
        rf"(?:expand|grow|increas|upgrad)\w*\s+{D}(?:deal|contract|footprint|rollout|deployment|usage"
        r"|order|commitment|spend|seat\s+count|volume|purchase|licen[cs]e\s+count|plan|tier)\b",
    )
    get(
        "volume",
        "expand expands expanding expanded roll rolls rolling extend grow grows growing scale "
        "scales scaling spread spreads",
        r"(?:expand\w*|grow(?:s|ing)?|scal(?:e|es|ing)|spreads?|roll(?:s|ing)?\s+(?:it\s+)?out"
        r"|extend\s+(?:it|the\s+rollout))\s+(?:to|into"
        r"|across)\s+"
        r"(?:the\s+|their\s+|other\s+|more\s+|additional\s+|new\s+|all\s+)?(?:[a-z0-9-]+\s+){0,2}?"
        r"(?:teams?|offices?|regions?|departments?|divisions?|business\s+units?|bus|sites?|subsidiaries"
        r"|countries|entit(?:y|ies)|org|organi[sz]ation|company|group|apac|emea|eu|us|uk|latam"
        r"|americas)\b",
    )
    get(
        "volume",
        "consolidate consolidating consolidation bring bringing",
        r"(?:consolidat\w*|bring(?:ing)?\s+(?:on|in|over))\s+(?:[a-z0-9-]+\s+){0,3}?(?:divisions?"
        r"|teams?"
        r"|business\s+units?|bus|entities|subsidiaries|contracts?|regions?|departments?|offices?"
        r"|sites?)\b",
    )
    get(
        "volume",
        "upgrade upgrading",
        r"upgrad\w*\s+to\s+(?:the\s+)?(?:enterprise|premium|pro|business|platinum|a\s+higher|higher)\b",
    )
    get(
        "volume",
        "bigger larger higher increased expanded",
        r"(?:bigger|larger|higher|increased|expanded)\s+(?:deal|order|commitment|volume(?!\s+(?:break"
        r"|discount|pricing|tier|rebate))|spend|purchase"
        r"|footprint|contract\s+value|quantity|seat\s+count|package)\b",
    )
    get(
        "volume",
        "more",
        r"more\s+(?:seats|licen[cs]es|users|volume|modules|products|spend|units)\b",
    )
    get(
        "volume",
        "company enterprise org organization organisation wall companywide",
        r"(?:(?:company|enterprise|org|organi[sz]ation)[\s-]?wide|companywide|wall[\s-]to[\s-]wall)"
        r"(?:\s+(?:rollout|deployment|licen[cs]e|deal|agreement))?",
    )
    get(
        "volume",
        "roll rolling",
        r"roll(?:ing)?\s+(?:it\s+)?out\s+to\s+(?:the\s+)?(?:whole|entire|all"
        r"|every|other)\b",
    )
    get(
        "volume",
        "minimum",
        r"minimum\s+(?:commit(?:ment)?|spend|purchase|order|volume"
        r"|seat\s+count)\b",
    )
    # more sites, offices or teams on the order: "add the district office as a second site"
    get(
        "volume",
        "add adding adds",
        r"add(?:s|ing)?\s+(?:[a-z0-9'-]+\s+){0,5}?(?:sites?|locations?|offices?|campus(?:es)?"
        r"|teams?|departments?|regions?|entities|subsidiar(?:y|ies)|business\s+units?|divisions?"
        r"|schools?|stores?|warehouses?|plants?|hospitals?|clinics?)\b",
    )
    cue(Cue.INCL | Cue.CTX | Cue.BUYV, "add adding added", r"add(?:ing|ed)?\b")
    _add(
        "seatx",
        None,
        "extra additional another more bonus",
        rf"(?:extra|additional|another|more|bonus)\s+{N}\s?(?:(?:user|seat"
        rf"|named)\s+)?{SEAT_NOUN}",
        qty=True,
    )

    # -- term commitment
    get(
        "term_commitment",
        "commit committed committing commitment",
        r"commit(?:ted|ting|ment)?\s+(?:to|for)\s+(?:(?:a|an|another)\s+)?(?:(?:full|minimum|total"
        rf"|additional|further|longer)\s+)?(?:{YM}|multi[\s-]?year|longer"
        rf"|auto[\s-]?renew\w*)",
        qty=True,
    )
    get(
        "term_commitment",
        "multi multiyear",
        r"multi[\s-]?year(?:\s+(?:term|deal|contract|commitment|agreement|renewal|subscription))?",
    )
    get(
        "term_commitment",
        "longer",
        r"longer\s+(?:term|contract|commitment|deal|agreement|subscription|renewal)\b",
    )
    get(
        "term_commitment",
        "auto autorenew autorenewal automatic",
        r"(?:auto[\s-]?renew(?:al|ing|s)?|automatic(?:ally)?\s+renew(?:al|s)?)\b",
    )
    get(
        "term_commitment",
        "renew renewing",
        rf"renew(?:ing)?\s+(?:early\s+)?for\s+(?:another\s+|an?\s+(?:extra"
        rf"|additional)\s+)?{YM}",
        qty=True,
    )
    get(
        "term_commitment",
        "extend extended extending",
        rf"extend(?:ed|ing)?\s+{D}(?:contract|term|agreement|subscription|commitment|deal)\b"
        rf"(?:\s+(?:to|by|for)\s+{YM})?",
        qty=True,
    )
    get(
        "term_commitment",
        "sign signing signed signs",
        rf"sign(?:s|ed|ing)?\s+(?:up\s+)?(?:on\s+)?for\s+(?:another\s+)?{YM}",
        qty=True,
    )

    # committing to a term in the customer's words: "they'd go 3 years", "do 2 yrs"
    get(
        "term_commitment",
        "go going do doing",
        rf"(?:(?:go|going)\s+(?:for\s+)?|(?:do|doing)\s+)(?:a\s+|another\s+)?{YM}"
        # ("we'll do two years at the current rate" is the seller's price lock)
        r"(?!\s+at\s+(?:the\s+|their\s+|your\s+|today's\s+)?(?:current|old|existing|same|legacy"
        r"|original|today's)\b)"
        r"(?![\s-]+(?:pricing|price|rates?)\b)",  # ("do the 2-yr pricing" is a price)
        qty=True,
    )
    # their paper for ours: "accept our DPA without redlines", "take our MSA as is"
    get(
        "process",
        "accept accepting take taking sign signing",
        r"(?:accept\w*|tak(?:e|ing)|sign\w*)\s+(?:on\s+)?our\s+(?:standard\s+)?(?:dpa|nda|baa"
        r"|data\s+processing\s+agreement|security\s+addendum|order\s+form|paper|msa)\b",
    )
    get("process", "without", r"without\s+(?:any\s+)?(?:redlines?|red[\s-]lines|markups?)\b")

    # -- faster signature
    get(
        "faster_signature",
        "sign signed signing signs signature",
        r"sign(?:s|ed|ing|ature)?\s+(?:(?:it|this|that|now|the\s+(?:contract|deal|order\s+form"
        r"|agreement"
        r"|paperwork|po|quote|renewal|docs?))\s+)?(?:off\s+)?" + DEADLINE,
    )
    get(
        "faster_signature",
        "renew renewing renews",
        r"renew(?:s|ing)?\s+(?:early|(?:the\s+contract\s+|it\s+)?(?:by|before|this\s+(?:week|month"
        r"|quarter)"
        r"|today|now|ahead\s+of))\b",
    )
    get(
        "faster_signature",
        "close closing",
        r"clos(?:e|ing)\s+(?:it\s+|this\s+|the\s+deal\s+|the\s+\w+\s+)?(?:by|before|this\s+(?:week"
        r"|month"
        r"|quarter|year|q[1-4])|today|tomorrow|in\s+q[1-4]|end\s+of|within|now|next\s+week|early)\b",
    )
    get(
        "faster_signature",
        "faster quicker quick fast speedy rapid earlier accelerated",
        r"(?:faster|quicker|quick|fast|speedy|rapid|earlier|accelerated)\s+(?:decision|signature|close"
        r"|signing|sign[\s-]?off|turnaround\s+on\s+the\s+contract|procurement)\b",
    )
    get("faster_signature", "decide decision", r"(?:decide|decision)\s+" + DEADLINE)
    get(
        "faster_signature",
        "po purchase paperwork contract order",
        r"(?:po|purchase\s+order|paperwork|contract|order\s+form)\s+(?:is\s+|gets\s+|being\s+"
        r"|to\s+be\s+)?"
        r"(?:issued|signed|executed|raised|sent\s+over|submitted|countersigned|in|through|done"
        r"|approved|processed)\s+" + DEADLINE,
    )
    get(
        "faster_signature",
        "signed executed countersigned",
        r"(?:signed|executed|countersigned)\s+(?:order\s+form|contract|agreement|po|paperwork|quote)\s+"
        + DEADLINE,
    )

    # -- reference
    get("reference", "case casestudy", r"case[\s-]?stud(?:y|ies)|casestudy")
    get(
        "reference",
        "reference references referenceable",
        r"(?<!for )reference(?:able|s)?(?!\s+(?:the|this|that|to|number|id|doc|guide|architecture"
        r"|docs))"
        r"(?:\s+(?:call|calls|customer|account|site|check|logo))?",
        weak=W,
    )
    get("reference", "logo logos", r"logos?(?:\s+(?:rights|usage|use|placement|on))?", weak=W)
    get("reference", "use using", r"us(?:e|ing)\s+(?:your|their|its)\s+(?:logo|name|brand)")
    get("reference", "testimonial testimonials advocate advocacy publicity", None, weak=W)
    get("reference", "press", r"press\s+release")
    get("reference", "joint", r"joint\s+(?:press|webinar|announcement|marketing|case\s+study|pr)\b")
    get(
        "reference",
        "referral referrals refer",
        r"referrals?|refer\s+(?:us|other|others|peers"
        r"|customers)\b",
    )
    get(
        "reference",
        "speak speaking present presenting",
        r"(?:speak|speaking|present|presenting)\s+(?:at|on)\s+(?:our|a)\s+(?:event|conference|webinar"
        r"|summit|panel|user\s+conference)",
    )
    get(
        "reference",
        "g2 gartner capterra trustradius public",
        r"(?:g2|gartner|capterra|trustradius"
        r"|public)\s+(?:reviews?|announcement)",
    )
    get("reference", "co comarketing", r"co[\s-]?marketing")

    # -- process (before reference so exec introductions are access, not referrals)
    get(
        "process",
        "introduce introducing introduction introductions intro intros",
        r"(?:introduc\w+|intros?)\s+(?:us\s+)?(?:to|with)\s+(?:your|their|the)\s+" + EXECS,
    )
    get(
        "reference",
        "introduce introducing introduction introductions intro intros",
        r"(?:introduc\w+|intros?)\s+(?:us\s+)?(?:to|with)\s+(?:other|others|peers?|sister|similar|more"
        r"|a\s+few"
        r"|some|(?:your|their)\s+(?:(?:two|three|four|few|\d)\s+)?(?:network|peers|partners|contacts"
        r"|portfolio|sister|other|parent"
        r"|affiliates?|subsidiar\w+|customers|clients|group))\b",
    )
    get("reference", "introductions intros", None, weak=W)
    get(
        "process",
        "simplify simplified simplifying streamline streamlined streamlining fewer reduce "
        "reducing limit limiting minimize minimise skip skipping less lighter minimal cut speed "
        "shorten shortening",
        r"(?:simplif\w+|streamlin\w+|fewer|reduc\w+|limit\w*|minimi[sz]\w*|skip\w*|less|lighter"
        r"|minimal"
        r"|cut\s+down(?:\s+on)?|speed\s+up|shorten\w*)\s+(?:the\s+|their\s+|your\s+|our\s+)?"
        r"(?:legal\s+|contract\s+)?(?:redlines?|red[\s-]lines?|redlining|approval\s+steps?|approvals?"
        r"|approvers?|review\s+cycles?|security\s+review|legal\s+review|procurement\s+(?:steps?|process"
        r"|review)|negotiation\s+rounds?|rounds\s+of\s+(?:review|redlines)|paperwork"
        r"|back[\s-]and[\s-]forth"
        r"|markups?|legal\s+process|signatories|signers)\b",
    )
    get(
        "process",
        "accept agree sign use go",
        r"(?:accept|agree\s+to|sign|use|go\s+with)\s+(?:on\s+)?our\s+(?:standard\s+)?(?:paper|msa"
        r"|contract"
        r"|template|terms|t&cs)\b",
    )
    get(
        "process",
        "our",
        r"our\s+(?:standard\s+)?(?:paper|msa|contract\s+template|template)\b",
        weak=W,
    )
    get("process", "front", r"(?<=in )front\s+of\s+(?:the\s+|your\s+|their\s+)?" + EXECS)
    get("process", "access", r"access\s+to\s+(?:the\s+|your\s+|their\s+)?" + EXECS)
    get(
        "process",
        "executive exec",
        r"(?:executive|exec)\s+(?:sponsor|sponsorship|alignment|meeting|access|intro)\w*",
    )
    get(
        "process",
        "meeting meet call sit",
        # "next step is a call with their CIO" reports a plan; asking for one is the get
        r"(?<!is a )(?<!'s a )(?<!was a )(?<!have a )(?<!had a )(?:meeting|meet|call|sit\s+down)"
        r"\s+with\s+(?:your|their|the)\s+" + EXECS,
    )
    get(
        "process",
        "single",
        r"single\s+(?:point\s+of\s+contact|signer|signatory|approver|decision[\s-]maker)",
    )
    get("process", "decision", r"decision[\s-]?makers?\b", weak=W)

    # -- upfront payment
    get(
        "upfront_payment",
        "pay paid paying payment",
        r"(?:pay|paid|paying|payment)\s+(?:[a-z0-9'-]+\s+){0,4}?(?:up[\s-]?front|upfront"
        r"|in\s+advance)\b",
    )
    get("upfront_payment", "pay paid paying", r"(?:pay|paid|paying)\s+(?:\w+\s+)?annually\b")
    get("upfront_payment", "prepay prepaid prepayment prepaying prepays", None)
    get(
        "upfront_payment",
        "annual annually yearly",
        r"(?:annual|annually|yearly)\s+(?:up[\s-]?front|upfront|in\s+advance|prepay\w*)",
    )
    get(
        "upfront_payment",
        "upfront up",
        r"up[\s-]?front(?:\s+(?:payment|pay|cash|invoice|billing))?\b",
        weak=W,
    )
    get("upfront_payment", "cash", r"cash\s+(?:up[\s-]?front|upfront|in\s+advance)")

    # -- scope reduction
    get(
        "scope_reduction",
        "remove removing removed",
        r"remov\w*\s+(?:[a-z0-9-]+\s+){0,3}?from\s+(?:the\s+)?(?:scope|deal|order|contract|package"
        r"|quote"
        r"|bundle|proposal)",
    )
    get(
        "scope_reduction",
        "remove removing removed drop dropping drops cut cutting strip stripping "
        "take taking took takes pull pulling lose losing",
        r"(?:remov\w*|drop\w*|cut\w*|strip\w*|take|taking|took|takes|pull\w*|los(?:e|ing))\s+(?:out\s+)?"
        r"(?:(?:the|a|an|some|one|that|this|their|your)\s+)?(?:[a-z-]+\s+){0,2}?(?:modules?|services?"
        r"|features?|add[\s-]?ons?|components?|products?|training|onboarding|workstreams?|deliverables?"
        r"|scope|line\s+items?|integrations?|package|work|pieces?|parts?|customi[sz]ations?"
        r"|requirements?|dashboards?|reports?|reporting|connectors?|environments?|sso|api|bundles?"
        r"|hardware|devices|kiosks?|install(?:ation)?|on[\s-]site\s+[a-z]+|warehouses?|phases?"
        r"|locations?|workshops?|builds?|sessions?|visits?)\b",
    )
    get(
        "scope_reduction",
        "descope descoping narrow narrower smaller reduced reduce reducing scope",
        r"(?:de-?scop\w*|narrow(?:er)?\s+(?:the\s+)?scope|smaller\s+scope|reduced\s+scope|reduc\w+\s+"
        r"(?:the\s+)?scope|scope\s+(?:down|reduction))",
    )
    get(
        "scope_reduction",
        "fewer",
        r"fewer\s+(?:modules|features|services|products|seats|licen[cs]es|users|deliverables)\b",
    )

    # -- connectors
    cue(Cue.COND | Cue.ANA | Cue.CTX, "if", r"if\s+(?:so|yes)\b")
    cue(
        Cue.COND | Cue.ANA | Cue.CTX,
        "if",
        r"if\s+(?:we|i)\s+(?:agree|accept|say\s+yes|do\s+(?:it|that|this|both|all\s+(?:of\s+)?"
        r"(?:it|that|this|them|three))"
        r"|go\s+ahead"
        r"|approve)\b",
    )
    cue(
        Cue.COND | Cue.CTX,
        "if",
        r"(?<!see )(?<!ask )(?<!check )(?<!asked )(?<!asking )(?<!wonder )(?<!wondering )(?<!sure )"
        r"(?<!know )(?<!objection )(?<!objections )(?<!mind )(?<!whether )"
        # (a get hoped for, not a tie: "would be great if they also did a press release")
        r"(?<!great )(?<!nice )(?<!lovely )(?<!awesome )(?<!ideal )(?<!helpful )(?<!amazing )if\b"
        r"(?!\s+(?:not|so|any|anything|needed|possible|necessary|applicable)\b)",
    )
    cue(Cue.COND | Cue.UCOND | Cue.CTX, "unless", None)
    cue(
        Cue.COND | Cue.CTX,
        "provided providing",
        r"(?<!we )(?<!i )(?<!they )(?<!has )(?<!have )(?<!had )(?<!was )(?<!were )(?<!been )"
        r"provid(?:ed|ing)\b(?!\s+(?:them|us|him|her|it|a|an|some|free|training|support)\b)",
    )
    cue(Cue.COND | Cue.CTX, "as", r"as\s+(?:long\s+as|part\s+of|a\s+(?:trade|condition))\b")
    cue(Cue.COND | Cue.CTX, "so", r"so\s+long\s+as\b")
    # ("they've said yes to a case study in return": without "for", it points back at the give)
    cue(
        Cue.COND | Cue.ANA | Cue.CTX,
        "exchange return",
        r"(?<=in )(?:exchange|return)\b(?!\s+for\b)",
    )
    cue(Cue.COND | Cue.CTX, "exchange return", r"(?<=in )(?:exchange|return)\b(?:\s+for)?")
    cue(Cue.COND | Cue.CTX, "condition", r"(?:(?<=on )|(?<=on the ))condition\b(?:\s+that)?")
    cue(Cue.COND | Cue.CTX, "assuming assumes", None)
    cue(
        Cue.COND | Cue.CTX,
        "contingent conditional dependent subject tied",
        r"(?:(?:contingent|conditional|dependent)\s+(?:up)?on|subject\s+to|tied\s+to)\b",
    )
    cue(
        Cue.COND | Cue.UCOND | Cue.CTX,
        "only",
        r"only\s+(?:if|with|when|once|for|against|on|in\s+exchange)\b",
    )
    cue(
        Cue.COND | Cue.CTX,
        "when once",
        # the verb is left to the rules that read it as a get ("once you prepay annually")
        r"(?:when|once)(?=\s+(?:you|they)\s+(?:sign|commit|pay|agree|prepay|renew"
        r"|expand|add|buy|purchase|give)\w*)",
    )
    cue(
        Cue.COND | Cue.ANA | Cue.CTX,
        "basis",
        r"(?:(?<=on that )|(?<=on this )|(?<=on the )"
        r"|(?<=on those ))basis\b",
    )
    cue(Cue.COND | Cue.ANA | Cue.CTX, "case", r"(?<=in that )case\b")
    # "could you sign a multi-year? we'd then hold pricing flat": the give follows from the get
    cue(
        Cue.COND | Cue.ANA | Cue.CTX,
        "then",
        r"(?:(?<=we )|(?<=we'd )|(?<=we'll )|(?<=we can )|(?<=we could )|(?<=i'd )|(?<=i'll )"
        r"|(?<=i can ))then\b",
    )
    cue(Cue.COND | Cue.CTX, "trade trading", r"trad(?:e|ing)\b(?!\s+(?:show|secret))")
    cue(Cue.WCOND, "for", None)
    cue(Cue.WCOND, "with against", None)
    cue(
        Cue.WCOND | Cue.UCOND,
        "without",
        r"without\b(?!\s+(?:\w+\s+)?(?:approval|sign[\s-]?off"
        r"|an\s+exception))",
    )
    cue(
        Cue.RCOND,
        "and",
        r"and\s+(?:we'll|we\s+will|we\s+can|we\s+could|we'd|i'll|i\s+can|i\s+could"
        r"|(?:we|i)(?=\s+(?:give|offer|do|throw|include|add|waive|extend|drop|cut|knock|reduce|lower"
        r"|bring|hold|match|pick|cover|move|bill)\b))\b"
        # "sign this quarter and onboarding is on us", "... and you get a free sandbox", "sign a
        # three-year agreement and the per-user price drops to $42"
        r"|and(?=\s+(?:you\s+get|you'll\s+get|(?:[a-z0-9'-]+\s+){1,3}?(?:is|are)\s+(?:on\s+us"
        r"|free|included|waived|on\s+the\s+house)\b|(?:the\s+)?(?:[a-z0-9'-]+\s+){0,2}?(?:price"
        r"|pricing|rate|fee|total|order|bill|invoice|quote)\s+(?:drops|comes\s+down|goes\s+down"
        r"|falls)\b"
        # "narrow the redlines and there's another 3% available"
        r"|there(?:'s|\s+is|'d\s+be|\s+would\s+be)\s+(?:another|an\s+extra|a\s+further|more|room)\b))",
    )
    cue(
        Cue.TCOND,
        "and",
        r"and\s+(?:in\s+return\s+)?(?:they'll|they\s+will|they\s+would|they'd|they\s+can"
        r"|you'll|you\s+will|you'd|you\s+can)\b",
    )

    # -- negation (before the generic context words so "can't" is a negation, not context)
    # "not normally included below $250k ARR" states the norm the give is an exception to: no
    # negation, no scope, no threshold policy
    cue(
        Cue.NOOP,
        "not",
        r"not\s+(?:normally|usually|typically|generally|ordinarily)\s+(?:included|offered|given"
        rf"|available)\b(?:\s+(?:below|under|above|over)\s+{MONEY}(?:\s+(?:arr|acv|tcv))?\b)?",
    )
    cue(Cue.NEG, "no", r"no\s+(?:on|to)\b")
    cue(
        Cue.NEG,
        "no",
        r"no\s+(?:discounts?|price\s+(?:cuts?|reductions?|breaks?)|reductions?|concessions?|deal|way|go"
        r"|more|further|dice|movement|flexibility"
        r"|room|budge|change|freebies?|extras?)\b",
    )
    cue(
        Cue.PNEG,
        "not",
        r"not\s+(?:possible|an\s+option|happening|going\s+to\s+happen|approved|allowed"
        r"|doable|feasible|on\s+the\s+table|enough)\b",
    )
    cue(
        Cue.NEG,
        "not",
        r"(?<!why )not\b(?!\s+(?:only|just|sure|yet|a\s+problem|an\s+issue|bad|to\s+mention"
        r"|least)\b)",
    )
    cue(
        Cue.PNEG,
        "isn't aren't wasn't",
        r"(?:isn't|aren't|wasn't)\s+(?:enough|possible|an\s+option"
        r"|happening"
        r"|approved|allowed|doable|feasible|acceptable|on\s+the\s+table)\b",
    )
    cue(
        Cue.NEG,
        "never can't cannot won't don't didn't couldn't shouldn't wouldn't doesn't unable "
        "aren't isn't wasn't",
        None,
    )
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "refuse refused refusing decline declined declining reject rejected rejecting denied deny",
        None,
    )
    cue(
        Cue.NEG,
        "turn turned turning pass passed passing push pushed pushing pushback",
        r"(?:turn(?:ed|ing)?\s+down|pass(?:ed|ing)?\s+on|push(?:ed|ing)?\s+back(?:\s+on)?"
        r"|pushback\s+on)\b",
    )
    cue(Cue.NEG | Cue.REFUSAL, "said say says saying", r"(?:said|say|says|saying)\s+no\b")
    cue(
        Cue.NEG | Cue.REFUSAL,
        "told telling tell",
        r"(?:told|telling|tell)\s+(?:[a-z0-9'-]+\s+){0,2}?no\b",
    )
    cue(
        Cue.NEG | Cue.POL,
        "stop stopped",
        r"stop(?:ped)?\s+(?:offering|giving|discounting|throwing|doing"
        r"|including|extending)\b",
    )
    cue(
        Cue.INSTEAD,
        "instead rather than",
        r"(?:instead\s+of|(?:rather\s+)?than)(?:\s+(?:a|an|the|our|their|any|giving|offering"
        r"|doing))?(?:\s+(?:more|further|extra|deeper|bigger|another))?\b",
    )
    cue(Cue.PNEG, "off", r"off\s+the\s+table\b")
    cue(Cue.PNEG, "ridiculous absurd insane crazy unreasonable outrageous", None)
    cue(Cue.PNEG, "too way", r"(?:too|way\s+too)\s+(?:much|high|steep|rich|aggressive|big|far)\b")
    cue(
        Cue.PNEG,
        "from since",
        # (not "waiving the overage charges from last quarter": charges are dated, not negated)
        r"(?<!charges )(?<!charge )(?<!fees )(?<!fee )(?<!invoices )(?<!invoice )(?<!usage )"
        r"(?:from|since)\s+last\s+(?:year|quarter|term|renewal)\b"
        # (a question asks for it: "can we waive the fees for Acme from last quarter?")
        r"(?![^.!\n]{0,80}\?)",
    )
    cue(Cue.PNEG, "out", r"out\s+of\s+the\s+question\b")
    cue(Cue.PNEG, "non nonstarter", r"non[\s-]?starter")

    # -- policy, thresholds, announcements
    cue(
        Cue.POL,
        "policy policies guideline guidelines guidance playbook reminder rule rules threshold "
        "thresholds ceiling authority announcement",
        None,
    )
    cue(Cue.POL, "max maximum", None)
    cue(Cue.POL, "most", r"most\s+(?:i|we)\s+can\b")
    cue(Cue.POL, "how", r"how\s+(?:much|far|low)\s+(?:can|could|am|are)\s+(?:i|we)\b")
    cue(
        Cue.POL,
        "above over beyond exceed exceeds exceeding more greater excess below under less",
        rf"(?:above|over|beyond|exceed(?:s|ing)?|more\s+than|greater\s+than"
        rf"|(?<=in )excess\s+of|below|under|less\s+than)\s+{PM}",
    )
    cue(Cue.POL, "longer", rf"longer\s+than\s+(?:{DAYS}|{WEEKS}|{MONTHS})")
    cue(Cue.POL, "without", r"without\s+(?:\w+\s+)?(?:approval|sign[\s-]?off|an\s+exception)")
    cue(
        Cue.POL,
        "needs requires require required",
        r"(?:needs|requires?"
        r"|required)\s+(?:[a-z0-9'-]+\s+){0,2}?"
        r"(?:approval|sign[\s-]?off|exception)",
    )
    cue(
        Cue.POL,
        "going from effective",
        r"(?:going\s+forward|from\s+now\s+on|effective\s+(?:immediately"
        r"|today|now|\w+day))\b",
    )
    cue(
        Cue.POL,
        "all every existing",
        r"(?:all|every|existing)\s+(?:[a-z0-9-]+\s+)?(?:deals?|customers?|logos?|signups?|switchers?"
        r"|clients?|renewals?|reps?|accounts?|opportunit(?:y|ies)|nonprofits?|non-profits?|quotes?"
        r"|contracts?|pilots?|trials?)\b",
    )
    cue(Cue.POL, "any", r"any\s+(?:deals?|customers?|reps?|renewals?)\b")
    # a class of deals and how far it may go ("multi-year deals can go to 20%"): a rule stated
    cue(
        Cue.POL,
        "go",
        r"(?:(?<=deals can )|(?<=deals may )|(?<=renewals can )|(?<=renewals may )"
        r"|(?<=accounts can )|(?<=accounts may ))go\s+(?:up\s+to|as\s+(?:high|low|far)\s+as|to)\b",
    )
    cue(Cue.POL, "general", r"(?<=in )general\b")
    cue(Cue.POL, "generally startups nonprofits charities smbs", None)
    # ("they're a nonprofit" describes the customer; "nonprofit pricing" is a policy)
    # (nor does "Zouch Academy, nonprofit": a bare "nonprofit" names what the customer is)
    cue(
        Cue.POL,
        "nonprofit",
        r"(?<!\ba )(?<!\bas a )nonprofit\s+(?:pricing|discounts?|rates?|programm?e?s?|tiers?"
        r"|polic(?:y|ies)|plans?|licen[cs]es?|editions?|customers|accounts|orgs|deals)\b",
    )
    cue(
        Cue.POL,
        "reps",
        r"reps?\s+(?:should|must|can|may|need\s+to|are\s+(?:allowed|authori[sz]ed))\b",
    )
    cue(
        Cue.POL,
        "pricing price",
        r"(?:pricing|price|policy)\s+(?:update|change|announcement|sheet|book"
        r"|page)s?\b",
    )
    cue(Cue.POL, "standard", r"standard\s+(?:\w+\s+)?(?:discount|uplift|increase|policy)\b")
    cue(
        Cue.POL,
        "what's what",
        r"what(?:'s|\s+is|\s+was)\s+(?:the|our|my)\s+(?:max|limit|cap|ceiling|authority|longest|shortest"
        r"|biggest|largest|deepest|highest|usual|typical|most"
        r"|threshold|lowest|floor)\b",
    )
    cue(Cue.POL, "floor", None)

    # -- asking a colleague
    cue(
        Cue.APDONE,
        "got have has had received secured already",
        r"(?:got|have|has|had|received|secured|already)\s+(?:\w+\s+){0,2}?(?:approval|approved"
        r"|sign[\s-]?off"
        r"|the\s+ok|the\s+go[\s-]ahead|the\s+green\s+light)\b",
    )
    cue(Cue.AP, "approve", r"(?<!i'll )(?<!i will )(?<!i can )(?<!i )approve\b")
    cue(
        Cue.AP,
        "approval approvals",
        r"approvals?(?=\s+(?:for|to|on|needed|required|requested|request|queue|pls|please|plz"
        r"|of\s+(?:this|the|a|an|\d))\b"
        r"|\s*[?!:]|\s*$)",
    )
    cue(
        Cue.AP,
        "need needs needing request requesting seek seeking get getting want asking ask pending "
        "looking hoping",
        r"(?:need|needs|needing|request(?:ing)?|seek(?:ing)?|get(?:ting)?|want|asking\s+for|ask\s+for"
        r"|looking\s+for|hoping\s+for|pending)\s+(?:[a-z0-9'-]+\s+){0,2}?(?:approval|sign[\s-]?off|ok|okay|go[\s-]ahead|blessing"
        r"|green\s+light|thumbs[\s-]up|yes(?:/no)?)\b",
    )
    cue(
        Cue.AP,
        "your",
        r"your\s+(?:approval|sign[\s-]?off|ok|okay|go[\s-]ahead|blessing|green\s+light"
        r"|thumbs[\s-]up|call)\b",
    )
    cue(Cue.AP, "sign", r"sign[\s-]?off(?:\s+on|\s*\?)")
    cue(
        Cue.AP,
        "ok okay alright fine",
        # ("you're fine to offer ..." tells the rep, it asks nothing)
        r"(?<!you're )(?<!you are )(?<!youre )(?<!you're totally )(?<!you're good and )"
        r"(?:ok|okay|alright|fine)\s+(?:to|if\s+(?:i|we))(?=\s+[a-z])",
    )
    cue(
        Cue.AP,
        "good",
        r"good\s+to\s+(?:go\b(?=[^.!?\n]{0,80}\?)|(?:send|offer|give|proceed|agree|accept)\b)",
    )
    cue(Cue.WQ, "ok okay", r"ok(?:ay)?\s*\?")
    cue(
        Cue.AP,
        "is would",
        r"(?:is\s+it|would\s+it\s+be)\s+(?:ok|okay|alright|fine|cool"
        r"|acceptable)\s+(?:if|to|for\s+me"
        r"\s+to)\b",
    )
    cue(Cue.WQ, "agree agreed", r"agreed?\s*\?")
    cue(
        Cue.WQ,
        "is are would",
        r"(?:is|are|would)(?=\s+(?:[a-z0-9%$.,'-]+\s+){0,3}?(?:even\s+)?(?:possible"
        r"|doable"
        r"|feasible|allowed|ok|okay|fine|acceptable|alright)\b"
        r"[^.!\n]{0,120}\?)",  # asked ("is 20% possible?"), not stated ("20% is possible")
    )
    cue(Cue.AP, "any", r"any\s+objections?\b")
    cue(Cue.AP, "objection objections", r"objections?\s*\?")
    cue(Cue.AP, "sanity", r"sanity[\s-]?check")
    cue(
        Cue.WQ | Cue.CTX,
        "requesting request",
        r"(?<!is )(?<!are )(?<!they're )(?<!'s )(?<!also )(?<!keeps )(?<!their )request(?:ing)?\b",
    )
    cue(
        Cue.AP,
        "please",
        r"please\s+(?:review|sign\s+off|ok|okay|confirm|advise|greenlight"
        r"|green[\s-]light)\b",
    )
    cue(Cue.AP, "double", r"double[\s-]?check")
    cue(
        Cue.AP,
        "before",
        r"before\s+i\s+(?:\w+\s+)?(?:propose|reply|respond|offer|send|commit|agree|say"
        r"|go\s+back"
        r"|counter|confirm|put|present|share|tell|email|promise|give)\b",
    )
    cue(
        Cue.AP,
        "check checking",
        r"check(?:ing)?\s+(?:with\s+you|in\s+(?:with\s+you|before|on)|before"
        r"|first)\b",
    )
    cue(
        Cue.AP | Cue.CO,
        "check checking",
        r"check(?:ing)?\s+with\s+(?:the\s+)?(?:deal\s+desk|finance|legal"
        r"|leadership|my\s+\w+|you|the\s+team)\b",
    )
    cue(
        Cue.AP,
        "can could may",
        # (the subject is left to its own cue: "can I add the module" is the seller adding it)
        rf"(?:can|could|may)(?=\s+i\s+(?:go\s+ahead\s+and\s+)?(?:still\s+"
        rf"|just\s+)?{GIVE_VERBS}{NOT_TO_YOU})",
    )
    cue(Cue.AP, "can could", r"(?:can|could)\s+(?:i|we)\s*\?")
    cue(
        Cue.PQ,
        "can could should may shall",
        rf"(?:can|could|should|may|shall)(?=\s+we\s+(?:\w+\s+)?{GIVE_VERBS}{NOT_TO_YOU})",
    )
    cue(Cue.PQ, "should", rf"should\s+i(?=\s+(?:\w+\s+)?{GIVE_VERBS})")
    cue(
        Cue.PQ,
        "any",
        r"any\s+chance\s+(?:we|i)(?:'re|\s+are|'d\s+be|\s+would\s+be|'m|\s+am)?\s+(?:can|could"
        r"|able\s+to|allowed\s+to|ok\s+to|okay\s+to)\b",
    )
    cue(Cue.AP, "greenlight greenlit", None)
    cue(Cue.AP, "am", r"am\s+i\s+(?:ok|okay|allowed|able|cleared|authori[sz]ed|good)\s+to\b")
    cue(
        Cue.AP,
        "are",
        r"are\s+we\s+(?:ok|okay|good|fine|comfortable|allowed|able|cleared)\s+(?:to|with"
        r"|giving|offering|doing)\b",
    )
    cue(
        Cue.AP,
        # not "escalating": what the rep is doing ("escalating to legal tomorrow"), not an ask
        "permission authorize authorise authorization authorisation escalate escalation blessing",
        None,
    )
    cue(Cue.AP, "green", r"green[\s-]?light\b")
    cue(Cue.AP, "go", r"go[\s-]ahead\s*\?")
    cue(Cue.WQ, "thoughts wdyt", r"(?:thoughts|wdyt)\b")
    cue(Cue.WQ, "what", r"what\s+do\s+(?:you|u)\s+think\b")
    cue(
        Cue.AP,
        "exception",
        r"exception\s+(?:for|to\s+go|request|pls|please|needed)\b|exception\s*[:@]",
    )
    # a colleague asked to let the rep give it: "would finance allow ...", "can legal allow
    # that?", "would deal desk let me waive ..." (not "they", the customer, nor "we")
    cue(
        Cue.AP,
        "would could can will",
        r"(?:would|could|can|will)\s+(?!they\b|we\b|i\b|it\b|that\b|this\b|there\b)[a-z]+"
        r"(?:\s+(?:desk|team))?\s+(?:allow|let\s+(?:me|us)|bless|sign\s+off\s+on)\b",
    )
    cue(Cue.AP, "ok okay", r"(?:ok|okay)\s+(?:needed|required)\b")
    cue(Cue.AP, "back", r"back\s+me(?:\s+up)?\s+on\b")
    cue(
        Cue.AP,
        "confirm",
        r"confirm\s+(?:that\s+)?(?:i'm|i\s+am|we're|we\s+are)\s+(?:allowed|ok|okay|good|cleared)"
        r"\s+to\b",
    )
    # a colleague pinged for a move: "pinging @dealdesk for a non-standard MFN clause"
    cue(Cue.AP, "pinging ping", r"ping(?:ing)?\s+(?:@[a-z0-9._-]+\s+|you\s+)?(?:for|about)\b")
    # a colleague's backing asked for: "need cover for 11% on Bramble", "what do you need
    # from me to get 20% through?", "hoping you'll let us do annual billing in arrears"
    cue(
        Cue.AP,
        "need needs needing",
        r"need(?:s|ing)?\s+(?:some\s+)?(?:air\s+)?cover\s+(?:for|on)\b",
    )
    cue(Cue.AP, "what", r"what\s+do\s+(?:you|u)\s+need\s+from\s+me\b")
    cue(Cue.AP, "you'll you'd", r"(?:you'll|you'd)\s+let\s+(?:me|us)\b(?!\s+know\b)")
    cue(Cue.AP, "will would", r"(?:will|would)\s+(?:you|u)\s+let\s+(?:me|us)\b(?!\s+know\b)")
    # the rep's own ask, headed: "deal desk: asking for 25% on Kestrel"
    cue(
        Cue.AP,
        "asking",
        r"(?:(?<=: )|(?<=i'm )|(?<=i am ))asking\s+for(?=\s+(?:an?\s+)?(?:\d|[$€£]|net\b|free\b))",
    )
    cue(Cue.WQ, "what's what", r"what(?:'s|\s+is|\s+are)\s+the\s+(?:chances?|odds)\b")
    cue(Cue.AP, "need needs", r"needs?\s+(?:a|the)\s+go(?![\s-]live)\s+(?:from|on|for)\b")
    # a colleague's leave wondered about: "is there any way finance would allow Duneside to ..."
    cue(
        Cue.AP,
        "way chance",
        r"(?:way|chance)\s+(?!they\b|we\b|i\b)[a-z]+(?:\s+(?:desk|team))?\s+(?:would|could|will"
        r"|might)\s+(?:allow|let\s+(?:me|us)|approve|bless|sign\s+off)\b",
    )
    # approval said not to be needed: "no approval needed under 30 days" (a report)
    cue(Cue.APDONE, "no", r"no\s+(?:approvals?|sign[\s-]?off)\s+(?:needed|required)\b")
    # questions about how discounts combine or how to ask are policy questions
    cue(Cue.POL, "stack", r"(?:(?<=discounts )|(?<=promos )|(?<=offers ))stack\b")
    cue(Cue.POL, "process", r"process\s+for\s+(?:requesting|getting|asking)\b")
    # leave granted by the author, a manager deciding: "you can go to 12% on Carradine"
    cue(Cue.APDONE, "go", r"(?:(?<=you can )|(?<=you may )|(?<=u can ))go\s+(?:up\s+)?to\b")
    cue(Cue.APDONE, "cleared", r"(?:(?<=you're )|(?<=you are )|(?<=youre ))cleared\s+(?:to|for)\b")
    # leeway asked for: "do we have room to offer ...", "any room to extend the pilot?"
    cue(
        Cue.WQ | Cue.CTX,
        "room",
        r"(?:(?<=any )|(?<=there )|(?<=we have )|(?<=i have )|(?<=we've got ))room\s+to\s+(?:offer"
        r"|give|go|do"
        r"|extend|waive|include|throw|add|drop|move|bend|flex|lock|match)\b",
    )

    # Conditions voiced as needs ("we'd need a 3-year term"), after the approval asks so
    # "I need a yes" stays a request.
    _WE_NEED = (
        r"(?:(?<=we )|(?<=i )|(?<=we'd )|(?<=i'd )|(?<=we'll )|(?<=i'll )|(?<=we would )"
        r"|(?<=i would )|(?<=we will )|(?<=i will )|(?<=we'd just )|(?<=i'd just )"
        r"|(?<=we just )|(?<=we'd only )|(?<=we'd still ))"
    )
    cue(
        Cue.COND | Cue.CTX,
        "need require want ask expect",
        _WE_NEED
        + r"(?:need|require|want|ask\s+for|expect)(?=\s+(?:you|them|a|an|the|your|their|some"
        r"|in\s+return)\b)",
    )
    cue(
        Cue.COND | Cue.CTX,
        "need have",
        r"(?:(?<=you'd )|(?<=they'd )|(?<=you would )|(?<=they would ))(?:need|have)\s+to\b",
    )
    cue(
        Cue.COND | Cue.CTX,
        "let allow enable help",
        r"(?:(?<=would )|(?<=could )|(?<=will ))(?:let|allow|enable|help)(?=\s+(?:us|me)\b)",
    )

    # -- colleagues addressed
    _ROLES = (
        r"(?:boss|manager|mgr|cro|rvp|avp|svp|vp|director|leadership|deal\s+desk|finance|legal"
        r"|revops|sales\s?ops|bizops|pricing\s+(?:team|desk|committee)|approvers?)"
    )
    cue(
        Cue.CO,
        "boss manager cro rvp avp svp vp director leadership deal finance legal revops sales "
        "salesops bizops pricing approver approvers",
        _ROLES + r"(?=\s*[,:!?]|\s*$|\s+(?:ok|okay|thoughts|pls|please|can|could|any|team|folks"
        r"|approval)\b)",
    )
    cue(Cue.CO | Cue.SELLER, "my our", r"(?:my|our)\s+" + _ROLES)
    cue(
        Cue.CO,
        "ask asking loop looping ping pinging cc escalate run running",
        r"(?:ask(?:ing)?|loop(?:ing)?\s+in|ping(?:ing)?|cc|escalate\s+to|run(?:ning)?\s+(?:it|this"
        r"|that)"
        r"\s+by)\s+(?:the\s+)?" + _ROLES,
    )
    cue(
        Cue.CO,
        "hey hi hello yo",
        r"(?:hey|hi|hello|yo)\s+(?:boss|team|all|folks|guys|everyone|y'all)\b",
    )
    cue(Cue.CO, "anyone everyone", r"(?:anyone|everyone)(?=\s*[,?!])")

    # -- deadlines and signing (a sign verb with a deadline later in the clause is a fast signature)
    cue(
        Cue.WHEN,
        "by",
        r"by\s+(?!\d[\d,.]*+\s*(?:%|percent|pct|k\b|days?|weeks?|wks?|months?|mos?"
        r"|years?|yrs?|seats))(?:the\s+)?(?:end\s+of"
        r"|eo[mqwy]"
        rf"|\d|{WEEKDAY}|{MONTH}|next|this|tomorrow|today|tonight|close|q[1-4]|month|quarter|year"
        rf"|week|fiscal\s+year|fy)",
    )
    cue(
        Cue.WHEN,
        "before",
        rf"before\s+(?:the\s+)?(?:end\s+of|\d|{WEEKDAY}|{MONTH}|next|this|the\s+\d"
        r"|tomorrow|q[1-4]|(?:quarter|month|year|week|fiscal\s+year|fy)[\s-]?end|eo[mqwy]\b)",
    )
    cue(Cue.WHEN, "this", rf"this\s+(?:week|month|quarter|year|q[1-4]|{WEEKDAY})\b")
    cue(Cue.WHEN, "tomorrow tonight asap immediately", None)
    cue(Cue.WHEN, "today", r"today\b(?!'s)")  # ("at today's rate" names a price, not a date)
    cue(Cue.WHEN, "end", r"end\s+of\s+(?:the\s+)?(?:week|month|quarter|year|q[1-4])")
    cue(Cue.WHEN, "next", r"next\s+week\b")
    cue(
        Cue.SIGNV | Cue.CTX,
        "sign signs signed signing commit commits committing renew renews renewing",
        None,
    )

    # -- context: who speaks, offering and asking
    cue(Cue.CTX | Cue.SELLER, "we'll we'd we're we've i'll i'd i'm", None)
    cue(Cue.SELLER, "we i us", None)
    cue(Cue.CTX | Cue.SELLER, "happy willing prepared", r"(?:happy|willing|prepared)\s+to\b")
    cue(Cue.CTX, "able open", r"(?:able|open)\s+to\b")
    cue(
        Cue.CTX | Cue.GIVEV,
        "offer offers offered offering give gives gave giving given provide provides "
        "providing extend extends extending propose proposed proposing proposal grant granting "
        "promise promised counter countered countering floated floating pitched pitching",
        None,
    )
    # "sent over net 60 and the free add-on": what is sent to the customer is offered
    cue(
        Cue.CTX | Cue.GIVEV,
        "sent send sending",
        r"sen(?:t|d|ding)\s+(?:over|across|them|him|her)\b",
    )
    cue(
        Cue.CTX | Cue.ASK,
        "want wants wanted wanting ask asks asked asking request requests requested "
        "requesting insist insists insisted insisting demand demands demanded demanding expect "
        "expects expecting",
        None,
    )
    cue(
        Cue.CTX | Cue.ASK,
        "push pushing pushes looking hoping like need needs needed",
        r"(?:push(?:ing|es)?"
        r"\s+(?:hard\s+)?for|looking\s+for|hoping\s+for|like|needs?|needed)\b",
    )
    cue(
        Cue.CTX | Cue.BUYV,
        "add adding buy buying purchase take taking",
        r"(?:add|adding|buy|buying|purchase"
        r"|take|taking)\b",
    )
    cue(
        Cue.CTX,
        "can could will would should might may shall let let's approved allow allowing chance",
        None,
    )
    cue(Cue.CTX | Cue.ANA, "agree agreed agreeing accept accepted accepting", None)
    cue(Cue.CTX, "how what", r"(?:how|what)\s+about\b")
    cue(Cue.YOU, "you your you'll you'd you're you've y'all yours", None)
    cue(
        Cue.CUST,
        "they they'll they'd they're they've their them customer customers client clients buyer "
        "prospect procurement",
        None,
    )
    cue(Cue.ANA, "that it this those these", None)
    cue(
        Cue.NOOP,
        "up down grew grown increase increased rose dropped fell",
        rf"(?:up|down|grew|grown"
        rf"|increased?"
        rf"|rose|dropped|fell)\s+(?:by\s+)?{PCT}",
    )
    cue(Cue.BD_SEG | Cue.BD_CLAUSE, "but however although though whereas except", None)
    cue(Cue.BD_CLAUSE, "so", r"so\b")

    # -- generalisations, tried before the rules above under the same head word -----------------
    # Each names a shape of language, not a message: approval asks without "approve", gets that
    # come first in a conditional, and moves that sit in news, travel, how-to or advice questions.
    _FIRST_START = len(rules)
    # (these come first: they must win over the gives filed under the same head words)
    # not moves: another vendor's offer to its customers, or to us ("Zendesk is offering net 90
    # to public sector buyers", "Atlassian is giving server customers 50% off", "Cloudflare
    # waived our overage fees", "the vendor is offering 20% for a 3-year")
    cue(
        Cue.POL,
        "offering giving handing dropped dropping waiving cutting",
        r"(?:offering|giving|handing|dropped|dropping|waiving|cutting)\s+(?:[a-z0-9%$.,-]+\s+){0,5}?"
        r"(?:to|for)\s+(?:all\s+|new\s+|existing\s+|their\s+|any\s+)?(?:[a-z-]+\s+){0,2}?(?:customers"
        r"|buyers|users|clients|switchers|everyone|anyone|migrations)\b"
        r"|(?:offering|giving)\s+(?:all\s+|new\s+|existing\s+|their\s+)?(?:[a-z-]+\s+)?(?:customers"
        r"|buyers|users|clients)\b",
    )
    cue(
        Cue.POL,
        "waived capped cap cut dropped discounted reduced froze freeze locked",
        r"(?:waived|capped|cap|cut|dropped|discounted|reduced|froze|freeze|locked)\s+our\s+(?:[a-z-]+\s+)?(?:overage|renewal"
        r"|licen[cs]e|subscription|bill|invoice|fees?|uplift|price|rate)s?\b",
    )

    _EXEC_WORDS = "cfo ceo cio cto coo cro cmo ciso vp svp evp gc"
    _EXEC_HEAD = r"(?:cfo|ceo|cio|cto|coo|cro|cmo|ciso|vp|svp|evp|gc)\b(?:\s+(?:of\s+)?[a-z]+)?"
    # gets: the customer's executive takes part (process)
    get(
        "process",
        _EXEC_WORDS,
        _EXEC_HEAD + r"\s+(?:(?:can|could|will|would|agrees?\s+to|is\s+willing\s+to|to)\s+)?"
        r"(?:sponsor|join|attend|hop\s+on|get\s+on|be\s+on|sit\s+in|come\s+to|meet|champion)\w*\b",
    )
    get(
        "process",
        "get getting bring bringing have loop looping pull",
        r"(?:get(?:ting)?|bring(?:ing)?|have|loop(?:ing)?\s+in|pull)\s+(?:in\s+)?(?:your|their|the)\s+"
        + EXECS
        + r"(?:\s+(?:in|on|onto|into|to|along))?",
    )
    get(
        "process",
        "drop drops dropped dropping withdraw withdraws withdrawing pull pulls remove removes "
        "removing walk walks back",
        rf"(?:drop(?:s|ped|ping)?|withdraw\w*|pull(?:s|ing)?\s+back|remov\w+|walk(?:s|ing)?\s+back"
        rf"|back\s+off\s+on)"
        rf"\s+{D}{F2}(?:redlines?|red[\s-]lines|markups?|legal\s+(?:changes|edits|asks)|edits"
        r"|indemnity\s+(?:asks?|changes|language|redlines?))\b",
    )
    get(
        "process",
        "sign signing accept accepting take use",
        r"(?:sign(?:ing)?|accept(?:ing)?|take|use)\s+(?:our|the)\s+(?:standard\s+)?(?:dpa|msa|nda"
        r"|paper|terms|contract|order\s+form|security\s+addendum|template)\s+as[\s-]is\b",
    )
    # gets: the customer signs sooner
    get(
        "faster_signature",
        "move moving moved pull pulling bring bringing",
        r"(?:mov(?:e|ed|ing)|pull(?:ing|ed)?|bring(?:ing)?)\s+(?:the\s+|their\s+|your\s+)?(?:close"
        r"|signature|signing|decision|close\s+date|signing\s+date|sign\s+date)\s+(?:date\s+)?"
        r"(?:(?:up|forward|in)\b|to\s+(?=this\s+(?:week|month|quarter)|today|tomorrow|"
        + WEEKDAY
        + r"))",
    )
    # gets: more of the customer's organisation on the contract
    get(
        "volume",
        "bring bringing add adding put move",
        rf"(?:bring(?:ing)?|add(?:ing)?|put|move)\s+{D}(?:[a-z0-9-]+\s+){{0,2}}?(?:divisions?|teams?"
        r"|business\s+units?|subsidiar(?:y|ies)|entit(?:y|ies)|regions?|offices?|sites?|departments?)"
        r"\s+(?:onto|on\s+to|into|under|on)\s+(?:this|the|our)\b",
    )
    # gives: delivery dates committed or guaranteed
    give(
        "delivery",
        "guarantee guaranteeing promise promising commit committing lock",
        r"(?:guarantee\w*|promis\w*|commit(?:ting)?\s+to|lock\s+in)\s+(?:a\s+|the\s+|your\s+|their\s+)?"
        r"(?:go[\s-]?live|launch|delivery|completion|cut[\s-]?over)\s+(?:date\s+)?(?:by|before|on"
        r"|for|in)\b",
    )
    give(
        "delivery",
        "go golive",
        r"go[\s-]?live\s+(?:date\s+)?(?:is\s+|be\s+)?(?:guaranteed|committed|locked\s+in|promised)",
    )
    give(
        "delivery",
        "commit committing promise guarantee",
        rf"(?:commit(?:ting)?\s+to|promise|guarantee)\s+(?:having|getting)\s+{D}(?:[a-z0-9-]+\s+)?"
        r"(?:onboarding|implementation|deployment|integration|rollout|migration|setup)\s+(?:finished"
        r"|done|complete\w*|live|delivered|ready)\b",
    )
    give("delivery", "go golive", r"go[\s-]?live\s+(?:by|before|ahead\s+of)\b", weak=W)
    # gives: price
    give(
        "discount",
        "come coming",
        r"com(?:e|ing)\s+down\s+(?:to|on|in|a\s+bit|a\s+little|some|closer)\b",
    )
    give(
        "discount",
        "meet match hit",
        r"(?:meet|match|hit)\s+(?:your|their|the)\s+(?:[a-z]+\s+)?(?:budget|price\s+point|number"
        r"|target\s+price)\b",
    )
    give(
        "discount",
        "waive waived waiving",
        r"waiv(?:e|ed|ing)\s+(?:[a-z0-9'/,.$€£-]++\s+){0,5}?(?:fees?|charges?|costs?)\b"
        # (a fee for leaving early waived is a contract term: policy_exception)
        r"(?<!termination fee)(?<!exit fee)(?<!break fee)(?<!cancellation fee)",
        qty=True,
    )
    give(
        "discount",
        "trim trimming trimmed shave shaving",
        rf"(?:trim\w*|shav\w*)\s+{D}{F2}{PRICE}",
    )
    # gives: terms
    give(
        "payment_terms",
        "defer deferring deferred push pushing delay delaying",
        rf"(?:defer\w*|push(?:ing)?\s+back|delay\w*)\s+{D}(?:[a-z0-9'-]+\s+){{0,3}}?(?:first\s+)?"
        r"(?:invoices?|payments?|billing|bills?|start\s+of\s+billing)\b",
    )
    give(
        "payment_terms",
        "bill billing billed invoice invoicing invoiced",
        r"(?:bill\w*|invoic\w*)\s+(?:[a-z0-9'-]+\s+){0,3}?(?:semi[\s-]?annually|bi[\s-]?annually"
        r"|quarterly|monthly|in\s+(?:two|three|four|2|3|4)\s+(?:instal+ments|tranches|parts))\b",
    )
    give(
        "price_lock",
        "keep keeping hold holding",
        rf"(?:keep\w*|hold\w*)\s+{D}(?:current|existing|today's|same)\s+(?:[a-z-]+\s+)?(?:rates?"
        r"|prices?|pricing|discount)\s+(?:on|for|through|across|at\s+renewal)\b",
    )
    give(
        "price_lock",
        "cap capped capping",
        rf"(?:cap|capped|capping)\s+{F3}(?:increases?|uplifts?|escalators?)"
        rf"(?:\s+(?:for\s+{F3})?(?:at|to)\s+{PCT})?",
        qty=True,
    )
    give(
        "policy_exception",
        "termination",
        r"termination[\s-]for[\s-]convenience",
    )
    # approval asks that never say "approve"
    cue(
        Cue.AP,
        "any",
        r"any\s+(?:issue|issues|problem|problems|objection|objections|concerns?)\s+(?:with|if)\b",
    )
    cue(Cue.AP, "ok okay", r"(?:ok|okay)\s+(?:for|with)\s+me\s+to\b")
    cue(
        Cue.AP,
        "need needs",
        r"needs?\s+(?:an?\s+|the\s+|your\s+)?(?:ok|okay|yes(?:/no|\s+or\s+no)?|go[\s-]ahead"
        r"|sign[\s-]?off)\s+(?:from|on|for|to)\b"
        # "need VP eyes on this", "need your eyes here": a colleague asked to review the move
        r"|needs?\s+(?:(?:some|your|a|an)\s+)?(?:[a-z]+\s+)?eyes\b",
    )
    cue(Cue.AP, "deal", r"deal\s+desk\s+(?:ok|okay|sign[\s-]?off|approval)\b")
    cue(Cue.APDONE, "already", r"already\s+(?:ok'd|okayed|okd|signed\s+off|cleared|blessed)\b")
    # approval given, in the past: "was signed off by legal on Tuesday"
    cue(Cue.APDONE, "was were been got", r"(?:was|were|been|got)\s+(?:already\s+)?signed\s+off\b")
    # the author speaks as the customer: the seller's product or terms are "yours", the
    # budget, vendors and commitment "ours" ("Is a pilot possible before we commit?")
    cue(
        Cue.BUYER,
        "your",
        r"your\s+(?:product|platform|software|solution|tool|liability|quote|proposal|pricing"
        r"|price\s+list|list\s+price|sales\s+team|sales\s+rep)\b",
    )
    cue(
        Cue.BUYER,
        "our",
        r"our\s+(?:(?:current|last|previous|old|existing)\s+(?:vendor|provider|supplier)s?"
        # (a seller has receivables: "our AP", "our purchasing rules" are the buyer's)
        r"|budget|ap|a/p|accounts\s+payable|purchasing|procurement\s+(?:rules|policy|process"
        r"|team|department))\b",
    )
    # the customer's words relayed under a label: "Customer: can we get the same pricing ...?"
    cue(
        Cue.BUYER,
        "customer client buyer",
        r"(?:customer|client|buyer)\s*:\s*\"?(?:can|could|would|will|do|is|are)\s+(?:we|you)\b",
    )
    cue(Cue.BUYER, "before", r"before\s+we\s+(?:commit|sign|buy|purchase)\b(?!\s+off\b)")
    cue(
        Cue.BUYER,
        "love like",
        r"(?:(?<=we )|(?<=we really ))(?:love|like)\s+the\s+(?:product|platform|tool)\b",
    )
    cue(
        Cue.BUYER,
        "approved",
        r"approved\s+(?:internally|on\s+our\s+(?:side|end))\b",
    )
    # not moves: a number or word that names something else
    cue(
        Cue.NOOP,
        "credit",
        r"credit(?:\s+(?:unions?|cards?|checks?|scores?|ratings?|risk|lines?|agricole|suisse)\b"
        r"|(?=\s*:))",
    )
    cue(Cue.NOOP, "discount", r"discount\s+rates?\b(?!\s+of\b)")
    cue(Cue.NOOP, "uptime", r"uptime\s+(?:history|record|stats|numbers|page|report)\b")
    cue(Cue.NOOP, "came come coming", rf"(?:came|come|coming)\s+in\s+(?:at\s+)?{N}\s?(?:%|k)?")
    cue(
        Cue.NEG,
        "sticking stick staying stay",
        r"(?:stick(?:ing)?|stay(?:ing)?)\s+(?:with|at|to)\b",
    )
    # not moves: news, competitors' offers, personal deals, how-to and advice questions
    cue(
        Cue.POL,
        "advertising advertises advertised advertise promo promos promotion promotions coupon "
        "coupons voucher vouchers",
        # ("the expired promo discount" is a price given, not an advert)
        r"(?:advertis\w*|promo(?:tion)?s?|coupons?|vouchers?)\b(?!\s+(?:discount|pricing|price|rates?)\b)",
    )
    cue(Cue.POL, "code codes", r"codes?\b(?=\s+(?:for|[a-z0-9]+\s+gets?)\b)")
    cue(
        Cue.POL,
        "my",
        r"my\s+(?:own\s+)?(?:hotel|flight|room|airbnb|car|rental|ticket|trip|travel|uber|lyft|lunch"
        r"|dinner|gym|phone|laptop|vacation|holiday|rent|kids?)s?\b",
    )
    cue(Cue.POL, "flights airfare", None)
    cue(
        Cue.POL,
        "conference event concert",
        r"(?:conference|event|concert)\s+(?:tickets?|passes?|badges?)\b",
    )
    cue(Cue.POL, "dcf wacc npv irr attainment", None)
    cue(
        Cue.POL,
        "quota quotas",
        r"(?<!storage )(?<!api )(?<!usage )(?<!data )(?<!call )(?<!email )(?<!upload )quotas?\b",
    )
    cue(
        Cue.POL,
        "lost losing",
        r"(?:lost|losing)\s+(?:[a-z0-9'-]+\s+){1,3}?to\s+(?:a\s+|the\s+)?(?:competitor|competition"
        r"|rival|[a-z]+)\b",
    )
    cue(
        Cue.POL,
        "how where who what",
        r"(?:how|where)\s+(?:do|does|can|should|would)\s+(?:i|we|you|one)\s+"
        r"(?:(?:usually|normally|typically|generally|best|all|guys)\s+)?(?:log|add|submit|file|find"
        r"|enter|set\s+up|update|configure|record|request|put|track|see|get\s+to|handle|answer"
        r"|respond|deal\s+with|push\s+back)\b"
        r"|(?:how|when)\s+to\s+(?:handle|answer|respond|deal\s+with|push\s+back|negotiate|log|add"
        r"|submit)\b"
        r"|who\s+(?:approves|signs\s+off|handles|owns|decides)\b"
        r"|what\s+(?:do|should|would)\s+(?:i|we|you)\s+(?:say|tell|reply|answer)\b"
        r"|what(?:'s|\s+is)\s+the\s+(?:process|policy|rule|workflow)\b"
        r"|where\s+(?:is|are|'s)\b",
    )
    cue(
        Cue.POL,
        "tips tip advice ideas script scripts playbook playbooks talk framework",
        r"(?:tips?|advice|ideas|scripts?|playbooks?|talk\s+tracks?|framework)\s+(?:for|on|about)\b",
    )
    cue(
        Cue.POL,
        "template templates column field folder dashboard spreadsheet report",
        # ("a custom report build" is work we do for them, no tool question)
        r"(?<!custom )(?:templates?|column|field|folder|dashboard|spreadsheet|report)\b"
        r"(?!\s+(?:back|to\s+(?:you|them)|builds?\b))",
    )
    # a question about the tool ("where do I log this in salesforce?"); a give "logged in the
    # CRM" is still a give
    cue(
        Cue.POL,
        "salesforce sfdc hubspot crm",
        r"(?:(?<=in )(?:salesforce|sfdc|hubspot)|(?<=the )crm)(?=[^.!\n]{0,80}\?)",
    )
    cue(
        Cue.POL,
        "did does",
        r"(?:did|does)\s+(?:they|he|she|the\s+customer|the\s+client|the\s+buyer|procurement|anyone"
        r"|(?:[a-z0-9&.'-]+\s+){0,2}[a-z0-9&.'-]+)\s+(?:(?:actually|really|even|ever|already)\s+)?"
        r"(?:bring\s+up|mention|raise|ask\s+about"
        r"|ask\s+for|push\s+on|push\s+for|talk\s+about|say\s+anything"
        r"|review|look\s+at|read|check|see|finish|get\s+back\s+on)\b",
    )

    cue(Cue.AP, "good", r"(?:(?<=we )|(?<=am i ))good\s+to(?=\s+[a-z])")
    cue(Cue.AP, "ok okay", r"(?:ok|okay)\s+with\s+me(?=\s+[a-z]+ing\b)")
    cue(
        Cue.PQ,
        "can could may should",
        r"(?:can|could|may|should)\s+i\s+tell\s+(?:them|him|her|[a-z]+)\b",
    )
    cue(
        Cue.CUST,
        "procurement purchasing their compliance budget county state",
        r"(?:procurement|purchasing|their|compliance|budget|county|state)\s+(?:rules|policy|policies"
        r"|requirements|guidelines)\b",
    )
    cue(
        Cue.COND | Cue.CTX,
        "should",
        r"should\s+(?:you|your|they|their)\b(?!\s+(?:want|need)\s+to\b)",
    )
    give(
        "delivery",
        "onboarding implementation deployment integration rollout migration setup",
        r"(?:onboarding|implementation|deployment|integration|rollout|migration|setup)\s+"
        r"(?:done|finished|complete\w*|live|delivered|ready)\s+(?:by|before|ahead\s+of)\b",
    )
    give(
        "discount",
        "waive waived waiving",
        rf"waiv(?:e|ed|ing)\s+{D}(?:{MONEY}\s+)?(?:implementation|setup|set-up|onboarding"
        r"|installation|activation)\b",
        qty=True,
    )
    get(
        "term_commitment",
        "commit commits committing committed",
        r"commit\w*\s+to\s+(?:an?\s+)?(?:annual|yearly|multi[\s-]?year|12[\s-]month)\s+(?:plan"
        r"|contract|term|deal|agreement|subscription)\b",
    )
    # gives: committing to the customer's date ("commit to march 1", "the 20th for go-live")
    _DATE = (
        rf"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}"
        r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\d{1,2}(?:st|nd|rd|th)\b|" + WEEKDAY + ")"
    )
    give(
        "delivery",
        "commit commits committing",
        rf"commit(?:s|ting)?\s+to\s+(?:a\s+|an\s+|the\s+|their\s+|your\s+)?{_DATE}"
        r"(?:\s+(?:for\s+)?(?:the\s+)?(?:go[\s-]?live|launch|delivery|start|kick[\s-]?off"
        r"|cut[\s-]?over|deadline|date|rollout))?",
    )
    # gets: something taken out of scope ("take the analytics piece out of scope")
    get(
        "scope_reduction",
        "remove removing removed drop dropping cut cutting strip stripping take taking pull "
        "pulling leave leaving carve carving exclude excluding move moving",
        r"(?:remov\w*|drop\w*|cut\w*|strip\w*|tak(?:e|ing)|pull\w*|leav(?:e|ing)|carv\w*"
        r"|exclud\w*|mov(?:e|ing))\s+(?:out\s+)?(?:[a-z0-9'&/-]+\s+){1,4}?(?:out\s+of|from|off)"
        r"\s+(?:the\s+|our\s+|this\s+|their\s+)?(?:scope|deal|order|contract|package|quote"
        r"|bundle|proposal|sow|statement\s+of\s+work|renewal|po)\b",
    )
    # gets: a lighter legal process ("simpler redlines", "a quicker legal review")
    get(
        "process",
        "simpler easier cleaner lighter shorter quicker smoother faster fewer",
        r"(?:simpler|easier|cleaner|lighter|shorter|quicker|smoother|faster|fewer)\s+(?:legal\s+"
        r"|contract\s+|security\s+)?(?:redlines?|red[\s-]lines?|redlining|markups?|review(?:\s+cycles?)?"
        r"|approval\s+(?:process|steps?)|approvals|paperwork|contracting|legal\s+process"
        r"|negotiations?)\b",
    )
    # asking a colleague: "lmk if you're ok with extending ...", "you good with me waiving ..."
    cue(
        Cue.AP,
        "ok okay fine good comfortable cool alright are",
        r"(?:(?<=you )are\s+|(?<=you're )|(?<=are you )|(?<=you )|(?<=u ))(?:ok|okay|fine|good"
        r"|comfortable|cool|alright)\s+with(?=\s+(?:(?:us|me)\s+)?(?:giving|offering|extending"
        r"|waiving|throwing|adding|including|dropping|matching|letting|granting|bumping|lowering"
        r"|reducing|capping|locking|committing|promising|providing|doing|going|moving)\b)",
    )
    # a limit said back to an ask refuses it ("they asked for net 90; we can't go past net 45")
    cue(
        Cue.NEG | Cue.REFUSAL,
        "can't cannot won't couldn't wouldn't",
        r"(?:can't|cannot|won't|couldn't|wouldn't)\s+(?:go|do|offer|give|stretch|move|budge)"
        r"\s+(?:past|beyond|above|over|below|under|further\s+than|more\s+than|lower\s+than"
        r"|longer\s+than|any\s+(?:further|lower|higher|longer|more))\b",
    )
    # gets: the customer decides by a date ("if they move forward by Friday")
    get(
        "faster_signature",
        "move moving proceed proceeding switch switching decide deciding confirm confirming "
        "commit committing",
        r"(?:mov(?:e|ing)\s+(?:forward|ahead)|proceed\w*|switch\w*|decid(?:e|ing)|confirm\w*"
        r"|commit(?:ting)?)\s+(?:(?:on\s+|to\s+)?(?:it|this|that|the\s+deal|us)\s+)?" + DEADLINE,
    )
    # gives: price held flat over future years is a lock, not a cut
    give(
        "price_lock",
        "hold holding keep keeping",
        rf"(?:hold|keep)(?:ing)?\s+{D}(?:(?:current|existing|today's)\s+)?(?:price|pricing|rate)s?"
        r"\s+flat\s+(?:for|through|until|over)\s+"
        rf"(?:the\s+)?(?:next\s+|following\s+)?(?:{N}[\s-]*(?:years?|yrs?)|multiple\s+years"
        r"|several\s+years|renewals?|(?:full|whole|entire)\s+(?:term|contract|agreement)"
        r"|life\s+of\s+the\s+(?:contract|agreement|deal))",
        qty=True,
    )
    # gives: a higher tier at a lower tier's price is a discount
    give(
        "discount",
        "tier plan edition package add addon module bundle",
        r"(?:tier|plan|edition|package|add[\s-]?on|module|bundle)\s+(?:at|for)\s+(?!no\b|zero\b)(?:the\s+)?(?:[a-z0-9-]+\s+)?(?:tier\s+|plan\s+)?"
        r"(?:price|pricing|rate|cost)\b",
    )
    cue(
        Cue.COND | Cue.CTX,
        "get gets",
        r"gets?(?=\s+(?:this|it|that|the\s+deal|them|us|the\s+contract)\s+(?:signed|done|closed"
        r"|over\s+the\s+line|across\s+the\s+line|committed)\b)",
    )
    # not moves: what a competitor offers, and promotions for everyone
    cue(
        Cue.POL,
        "competitor competitors competition rival rivals incumbent",
        # (not "match the 20% that competitor Y offered": a relative clause names what to match)
        r"(?<!that )(?<!which )(?<!what )(?<!that the )(?<!that a )(?<!what the )"
        r"(?:competitors?|competition|rivals?|incumbent)(?:\s+[a-z0-9]+)?\s+(?:(?:is|are|was|were"
        r"|has\s+been|have\s+been|just|already|now)\s+)?(?:offer\w*|giv(?:e|es|ing)|gave|run\w*"
        r"|cut\w*|drop\w*|undercut\w*|slash\w*|discount\w*|throw\w*|threw|announc\w*"
        r"|launch\w*)\b",
    )
    cue(
        Cue.POL,
        "everyone everybody anyone anybody",
        # (not a handoff: "fyi for anyone picking up the renewal")
        r"(?:(?<=to )|(?<=for ))(?:everyone|everybody|anyone|anybody)\b"
        r"(?!\s+(?:picking|taking|working|handling|covering|inheriting)\b)",
    )
    # gives: coming down to a price ("if we drop to $80/seat"); the price is not the size
    give(
        "discount",
        "drop dropping go going come coming get getting move moving",
        r"(?:drop(?:ping)?|go(?:ing)?|com(?:e|ing)|get(?:ting)?|mov(?:e|ing))\s+"
        r"(?:(?:them|him|her|it|you|the\s+price|pricing|the\s+rate)\s+)?(?:down\s+)?to\s+"
        r"(?=[$€£]|(?:usd|eur|gbp)\b|\d[\d,.]*\s?k\b|\d[\d,.]*\s?(?:/|per\s|a\s)(?:seat|user|licen))",
    )
    # asking a colleague: "can you OK 17.5% for Nimbus?"
    cue(
        Cue.AP,
        "ok okay",
        r"(?:(?<=you )|(?<=u ))(?:ok|okay)(?=\s+(?:this|that|it|the|a|an|an?\s+extra|another|net"
        r"|us|me|giving|extending|waiving|\d|[$€£])\b|\s+[$€£\d])",
    )
    # gets: signing without legal changes ("no redlines"); "no approvals needed" is news
    get(
        "process",
        "no",
        r"no\s+(?:legal\s+|contract\s+)?(?:redlines?|red[\s-]lines?|redlining|markups?|legal\s+changes"
        r"|legal\s+edits)\b",
    )
    # not moves: statistics over deals ("average price cut 8.2%")
    cue(
        Cue.POL,
        "average avg median mean typical",
        r"(?:average|avg|median|mean|typical)\s+(?:[a-z-]+\s+){0,2}?(?:discounts?|price\s+cuts?"
        r"|reductions?|deal\s+sizes?|acv|arr|terms?|cycles?|win\s+rates?)\b",
    )
    # asking a colleague: "ok pls: 7% for Kinetic", "greenlight please"
    cue(
        Cue.AP,
        "ok okay greenlight green",
        r"(?:ok|okay|greenlight|green[\s-]light)\s+please\b",
    )
    # not moves: asking a colleague for a document ("can you send me the case study?")
    cue(
        Cue.POL,
        "send sending forward share",
        r"(?:send(?:ing)?|forward|share)\s+(?:me|over\s+to\s+me)\b|share\s+with\s+me\b",
    )
    # not moves: what the account has today ("they have 250 users")
    cue(
        Cue.NOOP,
        "have has had",
        rf"(?:have|has|had)\s+(?:about\s+|around\s+|roughly\s+|over\s+|under\s+)?{N}\s?(?:users"
        r"|seats|licen[cs]es|employees|people|staff|reps|agents)\b",
    )

    # -- shapes of language found missing (each a kind of sentence, not a message) -------------
    # not moves: news about someone else's prices ("per their blog", "on their website")
    cue(
        Cue.POL,
        "per according",
        r"(?:per|according\s+to)\s+(?:their|its|the|a)\s+(?:blog|website|site|newsletter"
        r"|announcement|linkedin|post|article|ads?|press\s+release)\b",
    )
    # not moves: a service figure reported, not promised ("uptime last quarter was 99.97%")
    cue(
        Cue.POL,
        "uptime availability",
        r"(?:uptime|availability)\s+(?:(?:last|this|in|for|over|across)\s+(?:the\s+)?(?:past\s+)?"
        r"(?:[a-z0-9]+\s+){0,2}?)?(?:was|were|has\s+been|averaged|came\s+in|ran|stood)\b",
    )
    # not moves: how to answer a customer ("best way to respond to 'give me your best price'")
    cue(
        Cue.POL,
        "best right good better",
        r"(?:best|right|good|better)\s+way\s+to\s+(?:respond|handle|answer|reply|deal\s+with"
        r"|push\s+back|counter|react|approach)\b",
    )
    # not moves: the size of the deal described ("deal is $48k ARR")
    cue(
        Cue.NOOP,
        "deal contract opportunity opp",
        rf"(?:deal|contract|opportunity|opp)\s+(?:is|was|size\s+is|value\s+is|worth)\s+"
        rf"(?:about\s+|around\s+|roughly\s+|~\s?)?{MONEY}(?:\s+(?:arr|acv|tcv|a\s+year|per\s+year))?"
        # ("deal is 310k, 18 month term": its length too)
        rf"(?:,?\s+(?:a\s+|an\s+)?{YM}\s+(?:term|contract)\b)?",
    )
    # not moves: a price change announced from a date ("starting 1 oct, quarterly billing ...")
    cue(
        Cue.POL,
        "starting beginning effective",
        rf"(?:starting|beginning|effective)\s+(?:on\s+|from\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+"
        rf"(?:of\s+)?{MONTH}|{MONTH}\s+\d{{1,2}}\b)",
    )
    # asking a colleague to review the move: "can you sanity-check ..." is covered elsewhere;
    # gives: a smaller order priced at a bigger one's band ("price 400 seats at the 500-seat band")
    give(
        "discount",
        "price pricing",
        r"pric(?:e|ing)\s+(?:[a-z0-9'-]+\s+){0,4}?at\s+(?:the\s+|a\s+)?(?:\d[\d,]*[\s-]"
        r"(?:seat|user|licen[cs]e)s?|higher|larger|bigger|next|volume|enterprise)\s+(?:[a-z-]+\s+)?"
        r"(?:band|tier|bracket|level|rate|pricing|price)\b",
    )
    # gives: a cheaper tier's price kept while the customer uses more ("stay on Team tier pricing")
    give(
        "discount",
        "stay staying remain remaining",
        r"(?:stay(?:ing)?|remain(?:ing)?)\s+on\s+(?:the\s+|their\s+|our\s+)?(?:[a-z0-9-]+\s+){0,2}?"
        r"(?:tier|plan|edition|package)\s+(?:pricing|prices?|rates?)\b",
    )
    # gives: a cheaper tier's price named for this customer ("the Team plan price for 40 seats",
    # "drop them to the Pro price"): the same scope for less ("standard price" is no give)
    give(
        "discount",
        "team starter basic pro growth essentials lite smb",
        r"(?:team|starter|basic|pro|growth|essentials|lite|smb)\s+(?:plan\s+|tier\s+|edition\s+)?"
        r"(?:price|pricing|rates?)\b(?!\s+(?:increases?|list|sheet|page|changes?|rises?|hikes?)\b)",
        weak=W,
    )
    # -- legal terms named in their own words ("a longer survival clause than ours")
    give(
        "policy_exception",
        "survival",
        r"survival\s+(?:clause|period|term|provision)s?\b",
        weak=W,
    )
    # gives: a fee waived, said passively ("get the implementation fee waived")
    give(
        "discount",
        "fee fees",
        r"fees?\s+(?:is\s+|was\s+|gets?\s+|got\s+|being\s+)?(?:waived|gone|removed|scrapped"
        r"|taken\s+off|knocked\s+off)\b",
    )
    # gives: one fee paid in parts ("split the annual fee into two payments")
    give(
        "payment_terms",
        "split splitting",
        rf"split(?:ting)?\s+{D}{F2}(?:fees?|payments?|invoices?|bills?|amount|costs?|total|price"
        r"|acv|arr|spend)\s+(?:into|across|over|in)\s+(?:two|three|four|2|3|4|multiple|several"
        r"|equal|quarterly|monthly)\b",
    )
    # gives: leaving the contract at will ("TfC", "the right to exit any time")
    give("policy_exception", "tfc t4c", None)
    give(
        "policy_exception",
        "right",
        r"right\s+to\s+(?:exit|terminate|cancel|walk\s+away|leave|opt\s+out)\b",
    )
    # gets: the customer stops changing our paper ("if they stop redlining")
    get(
        "process",
        "stop stopping",
        r"stop(?:ping)?\s+(?:redlining|red[\s-]lining|marking\s+up|(?:the\s+|their\s+|all\s+the\s+)?"
        r"(?:redlines?|markups?|legal\s+(?:edits|changes)))\b",
    )
    # gets: time with the customer's executive asked for ("get 30 min with your VP Ops");
    # a meeting merely planned ("next step is a call with their CIO") is not a get
    get(
        "process",
        "get getting grab grabbing book booking land landing",
        r"(?:get(?:ting)?|grab(?:bing)?|book(?:ing)?|land(?:ing)?)\s+(?:(?:a|an|some|\d+|half\s+an"
        r"|fifteen|twenty|thirty)\s+)?(?:[a-z]+\s+)?(?:time|min(?:ute)?s?|meeting|call|session|hour"
        r"|intro)\s+with\s+(?:your|their|the)\s+(?:[a-z]+\s+)?" + EXECS,
    )
    # gets: a phase delivered without part of the scope ("if phase 1 ships without the dashboards")
    get(
        "scope_reduction",
        "ship ships shipping go goes launch launches deliver delivered",
        r"(?:ships?|shipping|go(?:es)?\s+live|launch(?:es)?|deliver(?:ed|s)?)\s+without\s+"
        r"(?:the\s+|any\s+|our\s+)?(?:[a-z0-9-]+\s+){0,2}?(?:dashboards?|modules?|features?"
        r"|reports?|reporting|integrations?|customi[sz]ations?|add[\s-]?ons?|pieces?|components?"
        r"|services?|workstreams?)\b",
    )
    # "can I say yes if ...": saying yes refers to the ask before it
    cue(Cue.ANA | Cue.CTX, "say", r"say\s+yes\b(?!\s+to\b)")
    # a numbered list ("1) 9% off 2) net 45 3) free training"): each item is a clause
    cue(Cue.BD_CLAUSE, "#", r"\d\)(?=\s)")
    # asking a colleague: "mind if I give ...", "cool if we ...", "is it worth offering ..."
    cue(Cue.AP, "mind cool alright", r"(?<!in )(?:mind|cool|alright)\s+if\s+(?:i|we)(?=\s+[a-z])")
    cue(
        Cue.PQ,
        "worth",
        r"worth\s+(?:offering|giving|throwing|waiving|extending|doing|trying|conceding|dropping"
        r"|matching|including)\b",
    )
    cue(
        Cue.WQ,
        "ok okay fine good cool alright",
        r"(?:(?<=you )|(?<=u )|(?<=you're ))(?:ok|okay|fine|good|cool|alright)\s+with\s+(?:it|that"
        r"|this)(?=\s*\?)",
    )
    cue(Cue.WQ, "live", r"live\s+with\s+(?:it|that|this)(?=\s*\?)")
    # not moves: asking what happened before ("does anyone know if we ever gave them ...")
    cue(
        Cue.POL,
        "does do anyone anybody",
        r"(?:(?:does|do)\s+)?(?:anyone|anybody|you|u)\s+know\s+(?:if|whether|why|when|how|what)\b",
    )
    # not moves: offers to people who switch vendor, promotions handed out, news someone saw
    cue(Cue.POL, "switchers", None)
    cue(Cue.POL, "handing hands handed hand", r"hand(?:ing|s|ed)?\s+out\b")
    cue(
        Cue.POL,
        "saw seen",
        r"(?:saw|seen)\s+(?:that\s+)?(?:[a-z0-9&'-]+\s+){1,3}?(?:is|are|was|were|has|have|just)\s+"
        r"(?:now\s+|been\s+)?(?:offering|giving|running|cutting|dropping|handing|advertising"
        r"|slashing|discounting)\b",
    )
    # asking a colleague in a short tag question: "doable?", "yes or no?", "fine by you?"
    cue(
        Cue.WQ,
        "doable possible feasible acceptable workable allowed fine alright good cool yes",
        r"(?:doable|possible|feasible|acceptable|workable|allowed|fine|alright|good|cool|yes\s+or\s+no"
        r"|yes/no|(?<=, )yes)(?=\s*\?)",
    )
    # "ok by you if Brightwater gets 10 free seats?" asks leave, as "ok if we ..." does; the
    # "you" stays a cue of its own ("is that ok with you?" put to the customer asks nothing)
    cue(
        Cue.AP,
        "fine ok okay good alright",
        r"(?:fine|ok|okay|good|alright)\s+(?:by|with)\s+(?=(?:you|u)\s+if\b)",
    )
    cue(
        Cue.WQ,
        "fine ok okay good alright",
        r"(?:fine|ok|okay|good|alright)(?=\s+(?:by|with)\s+(?:you|u)\b[^.!\n]{0,40}\?)",
    )
    cue(Cue.WQ, "what's what", r"what(?:'s|\s+is)\s+(?:our|the|my)\s+(?:move|play|call)\b")
    cue(
        Cue.PQ,
        "something",
        rf"something\s+(?:we|i|{_FUNCTION}|(?:the\s+)?deal\s+desk|leadership)\s+(?:can|could|should"
        r"|would)\s+(?:give|do|offer|agree\s+to|live\s+with"
        r"|accept|approve|support)\b",
    )
    cue(Cue.PQ, "worth", r"worth\s+it\b(?=[^.!\n]{0,60}\?)")
    # gives: costs the seller takes on ("absorb the integration costs", "cover their travel")
    give(
        "discount",
        "absorb absorbing eat eating",
        rf"(?:absorb(?:ing)?|eat(?:ing)?)\s+{D}{F2}(?:costs?|fees?|charges?|expenses?|travel)\b",
    )
    give(
        "discount",
        "cover covering",
        rf"cover(?:ing)?\s+{D}{F2}(?:costs?|fees?|charges?|expenses?)\b",
        weak=W,
    )
    # gives: payment staged ("pay 50% now and 50% at go-live"); the shares are not a discount
    give(
        "payment_terms",
        "pay paying",
        rf"pay(?:ing)?\s+(?:{PCT}|half|a\s+third|part)\s+(?:now|up[\s-]?front|on\s+signing|at\s+signing"
        rf"|today|in\s+advance)\b(?:\s*(?:,|and|\+)\s*(?:the\s+rest|the\s+balance|the\s+other\s+half"
        rf"|{PCT}|half))?",
    )
    # gives: a competitor's unit price matched ("match the $40/seat they were quoted")
    give(
        "discount",
        "match matching",
        rf"match(?:ing)?\s+(?:the\s+|their\s+|that\s+)?{MONEY}(?:\s?(?:/|per\s|a\s)\s?(?:seat|user"
        r"|licen[cs]e|month|year)s?\b)?",
    )
    # gives: leaving early without the penalty ("let them cancel after year one without penalty")
    give(
        "policy_exception",
        "cancel canceling cancelling terminate terminating exit exiting leave walk",
        r"(?:cancel\w*|terminat\w*|exit\w*|leave|walk\s+away)\s+(?:[a-z0-9'-]+\s+){0,4}?without\s+"
        r"(?:a\s+|any\s+|the\s+)?(?:penalt(?:y|ies)|fees?|charges?|cost)\b",
    )
    # not moves: a customer described as a logo ("they're a lighthouse logo")
    cue(
        Cue.NOOP,
        "logo logos",
        r"(?:(?<=lighthouse )|(?<=marquee )|(?<=flagship )|(?<=dream )|(?<=strategic )"
        r"|(?<=big )|(?<=huge )|(?<=great )|(?<=key )|(?<=new )|(?<=seat )|(?<=user ))logos?\b",
    )
    # not moves: food and errands ("lunch order closes at 11, 10% off if we order before then")
    cue(
        Cue.POL,
        "lunch dinner breakfast pizza coffee food snack snacks",
        r"(?:lunch|dinner|breakfast|pizza|coffee|food|snacks?)\s+(?:orders?|runs?|spots?|places?"
        r"|menus?|trucks?|deliver(?:y|ies))\b",
    )
    # gives: billing that starts later ("start billing after go-live instead of at signature")
    give(
        "payment_terms",
        "start starting begin beginning",
        r"(?:start(?:ing)?|begin(?:ning)?)\s+(?:the\s+)?(?:billing|invoicing|invoices?|payments?"
        r"|charging|paying)\s+(?:only\s+)?(?:after|at|on|from|once|when)\s+(?:the\s+)?(?:go[\s-]?live"
        r"|launch|rollout|deployment|completion|acceptance|cut[\s-]?over)\b",
    )
    # gives: a renewal increase capped, said passively ("the annual uplift capped at 2%")
    give(
        "price_lock",
        "uplift uplifts increase increases escalator escalators",
        rf"(?:uplifts?|increases?|escalators?)\s+(?:capped|limited|held)\s+(?:at|to)\s+{PCT}",
        qty=True,
    )
    # asking a colleague: "would it be crazy to offer ...", "is it too much to give ..."
    cue(
        Cue.PQ,
        "would is",
        r"(?:would|is)\s+it\s+be\s+(?:crazy|nuts|too\s+much|unreasonable|reasonable|smart|wise"
        r"|silly|wrong|a\s+mistake|a\s+bad\s+idea)\s+to\b"
        r"|is\s+it\s+(?:crazy|nuts|too\s+much|unreasonable|reasonable|smart|wise|silly|wrong"
        r"|a\s+mistake|a\s+bad\s+idea)\s+to\b",
    )
    # gives: half the price ("3 months at half price")
    give("discount", "half", r"half[\s-](?:price|off)\b|half\s+the\s+(?:price|fee|cost|rate)\b")
    # a deal reported as done: "closed at 11% off w/ a 2yr term", "where we landed w/ Corbel"
    cue(
        Cue.REPORT,
        "closed landed",
        r"(?:closed|landed)\s+(?:(?:the\s+deal|it|them|[a-z0-9&'-]+)\s+){0,2}?(?:at|on|with)\b",
    )
    # not moves: personal deals ("my landlord offered me 2 months free") and asking others
    # what they have seen ("has anyone seen a buyer ask for net 120?")
    cue(Cue.POL, "offered gave", r"(?:offered|gave)\s+me\b")
    cue(
        Cue.POL,
        "has have anyone anybody",
        r"(?:(?:has|have)\s+)?(?:anyone|anybody|you|u|y'all)\s+(?:ever\s+)?(?:seen|had|heard\s+of"
        r"|dealt\s+with|run\s+into)\b",
    )
    cue(Cue.POL, "ticket tickets", r"tickets?\s+(?:is|are|was|were)\b")
    cue(
        Cue.NOOP,
        "raising raise raises raised",
        r"rais(?:e|es|ed|ing)\s+(?:their\s+|its\s+|the\s+)?prices\b",
    )
    # gives: a price increase skipped ("skip the annual price increase this year")
    give(
        "discount",
        "skip skipping forgo forgoing forego foregoing",
        r"(?:skip(?:ping)?|fore?go(?:ing)?)\s+(?:the\s+|this\s+year's\s+|their\s+|our\s+)?"
        r"(?:(?:19|20)\d\d\s+)?(?:(?:annual|renewal|price|yearly|planned|scheduled)\s+){0,2}"
        r"(?:increase|uplift|escalator|escalation|hike)s?\b",
    )
    # gives: money knocked off, the amount after the verb ("knock off 2 grand"; the size
    # beside it is attached by judging)
    give(
        "discount",
        "knock knocking take taking shave shaving chop chopping",
        r"(?:knock|take|shave|chop)(?:ing)?\s+off\s+(?:another\s+|an\s+extra\s+)?(?=[$€£]|\d[\d,.]*"
        r"\s?(?:k|grand|thousand|%|percent|pct|usd|eur|gbp|dollars|euros|pounds|quid)\b)",
    )
    # "we agreed to premium support": a scope object agreed to by the seller is included
    cue(
        Cue.INCL | Cue.CTX | Cue.ANA,
        "agree agreed agreeing",
        rf"agree(?:d|ing)?\s+to(?=\s+(?:[a-z0-9'-]+\s+){{0,3}}?{SCOPE_OBJ})",
    )
    # asking a colleague: "yay or nay?", "do I have room?", "can I make that work?"
    cue(
        Cue.WQ,
        "yay yea go",
        r"(?:yay|yea)\s+or\s+nay\b|go\s*(?:/|or)\s*no[\s-]?go\b",
    )
    cue(
        Cue.PQ,
        "do",
        r"do\s+(?:i|we)\s+have\s+(?:the\s+|any\s+|enough\s+)?(?:room|authority|latitude|flexibility"
        r"|wiggle\s+room|leeway|budget|appetite)\b(?=[^.!\n]{0,40}\?)",
    )
    cue(
        Cue.PQ,
        "can could",
        r"(?:can|could)\s+(?:i|we)\s+make\s+(?:that|it|this|those)\s+work\b(?=[^.!\n]{0,40}\?)",
    )
    # asking a colleague's view: "where do you land on 9%?", "how do you feel about net 60?"
    cue(
        Cue.WQ,
        "where how your ur",
        # (the "you" is left to its own cue: put to a customer, these are no request)
        r"where(?=\s+do\s+(?:you|u)\s+land\b)|how(?=\s+(?:do|would)\s+(?:you|u|we)\s+feel\s+about\b)"
        r"|(?:your|ur)\s+(?:take|view|read|gut)\s+on\b",
    )
    # a move said to be possible is on offer ("8% is doable on a 3-year term")
    cue(
        Cue.CTX,
        "is are",
        r"(?:is|are)\s+(?:(?:probably|definitely|likely|totally|still)\s+)?(?:doable|possible|workable"
        r"|feasible|on\s+the\s+table)\b(?![^.!?\n]{0,120}\?)",  # asked, it is the question below
    )
    # asking a colleague to object or to check: "crazy?", "too far?", "unless you object",
    # "shout if not ok", "any concerns?", "run this by you", "gut check", "I need guidance"
    cue(
        Cue.WQ,
        "crazy nuts too",
        r"(?:crazy|nuts|too\s+(?:much|far|aggressive|generous|rich|deep|low|high|big))"
        r"(?=[^.!\n]{0,40}\?)",
    )
    cue(
        Cue.AP,
        "unless",
        r"unless\s+(?:you|u|someone|anyone|anybody|somebody)\s+(?:objects?|disagrees?|says?\s+(?:no"
        r"|otherwise)|shouts?|pushes\s+back|push\s+back|has\s+concerns|have\s+concerns)\b",
    )
    cue(Cue.AP, "shout holler speak flag", r"(?:shout|holler|speak\s+up|flag\s+it|flag)\s+if\b")
    cue(
        Cue.AP,
        "any",
        r"any\s+(?:concerns?|objections?|issues?|problems?|pushback|worries|red\s+flags)(?=\s*\?)",
    )
    cue(
        Cue.AP,
        "run running",
        r"run(?:ning)?\s+(?:something|this|it|that|a\s+deal|an\s+idea|one)\s+(?:by|past)\s+(?:you|u)\b",
    )
    cue(Cue.AP, "gut", r"gut[\s-]?check")
    cue(
        Cue.AP,
        "need needs",
        r"needs?\s+(?:some\s+|your\s+|a\s+)?(?:guidance|direction|steer|decision)\b",
    )
    # not moves: news and hearsay about other vendors ("Zentrix announced 20% off",
    # "apparently Orbit throws in onboarding", "their last vendor gave them net 90")
    # (not "a press release announcing the partnership": a reference asked for)
    cue(
        Cue.POL,
        "announced announces announcing",
        r"(?<!release )(?<!releases )(?<!post )(?<!blog )announc(?:ed|es|ing)\b",
    )
    cue(Cue.POL, "apparently reportedly rumor rumour rumors rumours", None)
    cue(
        Cue.POL,
        "their",
        r"their\s+(?:last|current|previous|old|existing|other)\s+(?:vendor|provider|supplier"
        r"|tool|platform)s?\s+(?:gave|gives|offered|offers|includes|included|throws|threw|did|does"
        r"|charged|charges)\b",
    )
    cue(Cue.POL, "undercut undercuts undercutting", None)
    # (filed under "lost", not "we" / "i": a bare subject word stays the cheapest kind of hit)
    cue(Cue.POL, "lost", r"(?:(?<=we )|(?<=i ))lost\b(?!\s+(?:the\s+)?(?:discount|margin))")
    # asking a colleague in other words: "pls bless 20%", "lmk if I can go to 18%", "do I have
    # the go-ahead to ...", "would leadership be open to ...", "you ok if I offer ...",
    # "can we get 20% approved?"
    cue(Cue.AP, "bless", r"bless\b")
    cue(
        Cue.AP,
        "lmk let",
        r"(?:lmk|let\s+me\s+know)\s+(?:if|whether)\s+(?:i|we)\s+(?:can|could|should|may|am\s+ok"
        r"|are\s+ok)\b",
    )
    cue(
        Cue.AP,
        "do can could may",
        r"(?:do|can|could|may)\s+(?:i|we)\s+have\s+(?:the\s+|your\s+|a\s+)?(?:go[\s-]ahead|green\s+light|ok|okay"
        r"|approval|blessing|sign[\s-]?off|thumbs\s+up)\b",
    )
    cue(
        Cue.AP,
        "would",
        r"would\s+(?!you\b|u\b|they\b|it\b|your\b|their\b|the\s+(?:customer|client|buyer)\b)"
        r"(?:[a-z'-]+\s+){1,2}?be"
        r"\s+(?:open|comfortable|ok|okay|fine|happy|cool|willing)\s+(?:to|with|if)\b",
    )
    cue(
        Cue.WQ,  # (the "you" is left to its own cue: put to a customer, this is no request)
        "would",
        r"would(?=\s+(?:you|u)\s+be\s+(?:comfortable|ok|okay|fine|happy|good|cool)\s+with\b)",
    )
    cue(
        Cue.AP,
        "ok okay fine good cool alright comfortable",
        r"(?:(?<=you )|(?<=u )|(?<=you be )|(?<=u be ))(?:ok|okay|fine|good|cool|alright"
        r"|comfortable)\s+(?:with\s+(?:us|me|my|our)|if\s+(?:i|we))\b",
    )
    cue(
        Cue.AP,
        "get getting",
        r"get(?:ting)?(?=\s+(?:[a-z0-9%$.,'-]+\s+){1,5}?(?:approved|ok'd|okayed|greenlit|blessed)\b)",
    )
    # "are you happy for me to ...", "anything stopping me from ...", "can you confirm I can
    # ...", "give me the go-ahead", "how do you feel about me offering ...", "your support for"
    cue(Cue.AP, "happy", r"happy\s+for\s+(?:me|us)\s+to\b")
    cue(
        Cue.PQ,
        "wondering",
        r"wondering\s+(?:if|whether)\s+(?:we|i)\s+(?:can|could|should|might|may)\b",
    )
    cue(
        Cue.AP,
        "fine ok okay good happy comfortable",
        r"(?:fine|ok|okay|good|happy|comfortable)\s+with\s+(?:it|that|this)\s+if\s+(?:you|u)\s+are\b",
    )
    cue(
        Cue.AP,
        "anything any",
        r"(?:anything|any\s+reason)\s+(?:stopping|preventing|against)\s+(?:me|us)\b"
        r"|any\s+reason\s+(?:i|we)\s+(?:can't|cannot|shouldn't|couldn't)\b",
    )
    cue(Cue.AP, "confirm", r"confirm\s+(?:that\s+)?(?:i|we)\s+(?:can|could|may|am\s+ok\s+to)\b")
    cue(
        Cue.AP,
        "give send",
        r"(?:give|send)\s+(?:me|us)\s+(?:the\s+|a\s+|your\s+)?(?:go[\s-]ahead|green\s+light|ok|okay"
        r"|thumbs\s+up|approval|blessing|sign[\s-]?off|nod)\b",
    )
    cue(
        Cue.AP,
        "about with",
        # (the verb is looked at, not taken: "ok with us waiving the fee" still waives it)
        r"(?:about|with)\s+(?:me|us)(?=\s+(?:offering|giving|doing|going|extending|waiving"
        r"|including|throwing|adding|dropping|knocking|taking|matching|agreeing|accepting|moving"
        r"|pushing)\b)",
    )
    cue(Cue.AP, "your ur", r"(?:your|ur)\s+support\s+(?:for|on)\b")
    cue(
        Cue.AP,
        "can could would will",
        rf"(?:can|could|would|will)\s+(?:the\s+)?(?:{_FUNCTION}|deal\s+desk|leadership|revops"
        r"|the\s+business)\s+(?:live\s+with|accept|support|approve|stomach|swallow|sign\s+off\s+on)\b",
    )
    cue(
        Cue.PQ,
        "is",
        r"is\s+there\s+(?:any\s+|enough\s+|some\s+)?(?:room|latitude|flexibility|wiggle\s+room"
        r"|leeway|budget|appetite)\s+(?:to|for)\b",
    )
    cue(Cue.PQ, "do", r"do\s+we\s+allow\s+(?:that|it|this)\b")
    # put to "you", these ask a colleague only about a party named ("works for you" said to
    # the customer is no request): "does 12% for Acme work for you?", "do you support 10% ..."
    cue(
        Cue.WQ,
        "work works do would what",
        r"works?(?=\s+for\s+(?:you|u)\b)|(?:do|would)(?=\s+(?:you|u)\s+(?:support\b|think\b"
        r"[^.!\n]{0,80}\?))"
        r"|what(?=\s+would\s+(?:you|u)\s+say\s+to\b)",
    )
    # gives in other words: "let them out of the auto-renewal", "sign Halton's paper", "keep
    # their legacy pricing", "6 months at the old rate", "not bill until march", "a go-live
    # within 30 days"
    give(
        "policy_exception",
        "let letting",
        r"let(?:ting)?\s+(?:them|him|her|[a-z0-9&-]+(?:\s+[a-z0-9&-]+)?)\s+out\s+of\b(?:\s+(?:the\s+"
        r"|their\s+|its\s+|a\s+)?(?:[a-z0-9-]+\s+){0,2}?(?:auto[\s-]?renew\w*|renewals?|contracts?"
        r"|commitments?|terms?|minimums?|agreements?|clauses?)\b)?",
    )
    give(
        "policy_exception",
        "sign signing",
        r"sign(?:ing)?\s+(?:on\s+)?(?:their|[a-z0-9&-]+'s)\s+(?:paper|msa)\b",
    )
    give(
        "price_lock",
        "keep keeping stay staying",
        r"(?:keep(?:ing)?|stay(?:ing)?\s+on)\s+(?:their|its|the|his|her)\s+(?:legacy|old|current"
        r"|existing|grandfathered|original)\s+(?:pricing|prices?|rates?)\b",
    )
    give(
        "price_lock",
        "at",
        r"at\s+(?:the|their|its)\s+(?:old|legacy|previous|current|existing|original)\s+(?:rate"
        r"|price|pricing)\b",
        weak=W,
    )
    give(
        "payment_terms",
        "not don't no",
        r"(?:not|don't|no)\s+bill(?:ing)?\s+(?:them\s+)?(?:until|till|before)\b",
    )
    give(
        "delivery",
        "go",
        r"go[\s-]?live\s+(?:date\s+)?(?:within|by|in|before)\b",
        weak=W,
    )
    # not moves: the approval process named ("can you share the discount approval matrix?")
    cue(
        Cue.NOOP,
        "discount discounts discounting pricing",
        r"(?:discount(?:s|ing)?|pricing)\s+approvals?\s+(?:matrix|process|workflow|form|tool|chain"
        r"|grid|thresholds?|levels?|rules|guidelines|polic(?:y|ies)|queue|sla|doc|page)\b",
    )
    # not moves: questions about when something is allowed ("when is it ok to offer a pilot?")
    # and what is on offer to everyone ("quarterly billing is available on all plans")
    cue(
        Cue.POL,
        "when what",
        r"(?:when|what)\s+(?:is\s+it|are\s+we|am\s+i|are\s+reps)\s+(?:ok|okay|allowed|fine"
        r"|able|supposed)\s+to\b",
    )
    cue(
        Cue.POL,
        "who",
        r"who\s+(?:do|should|can|would)\s+(?:i|we)\s+(?:ask|go\s+to|talk\s+to|speak\s+to|reach\s+out\s+to"
        r"|escalate\s+to|contact)\b",
    )
    cue(
        Cue.POL,
        "does do",
        r"(?:does|do)\s+(?:[a-z0-9%$.,'-]+\s+){1,5}?(?:need|needs|require|requires)\s+(?:an?\s+|any\s+)?"
        r"(?:approval|sign[\s-]?off|an\s+exception)\b",
    )
    cue(
        Cue.POL,
        "available",
        r"(?<=is )(?<!it is )available\s+(?:on|for|to|with)\s+(?:all|every|any)\b"
        r"|(?<=are )available\s+(?:on|for|to|with)\s+(?:all|every|any)\b",
    )
    # gives: what the seller takes on ("we'll cover their onboarding"; costs are a discount, above)
    cue(
        Cue.INCL | Cue.CTX,
        "cover covering",
        rf"cover(?:ing)?(?=\s+{D}(?:[a-z0-9'-]+\s+){{0,2}}?{SCOPE_OBJ})",
    )
    # gives: a fee brought to nothing ("zero out the $5k impl fee", "comp the setup fee")
    give(
        "discount",
        "zero zeroing zeroed comp comping comped",
        r"(?:zero(?:ing|ed)?\s+out|comp(?:ing|ed)?)\s+(?:[a-z0-9'/$€£.,~-]++\s+){0,4}?(?:fees?|charges?"
        r"|costs?)\b",
        qty=True,
    )
    # gives: a cheaper tier for the same scope ("move you down to Team plan pricing")
    give(
        "discount",
        "move moving drop dropping put putting bring bringing",
        r"(?:move|moving|drop|dropping|put|putting|bring|bringing)\s+(?:you|them|him|her|it"
        r"|[a-z0-9&-]+)\s+down\s+to\s+(?:the\s+)?(?:[a-z0-9-]+\s+){0,3}?(?:tier|plan|edition"
        r"|pricing|price|rates?)\b",
    )
    # gives: renewals held to a ceiling ("a cap of 3% on renewals", "the renewal capped at CPI")
    give(
        "price_lock",
        "cap caps ceiling limit",
        rf"(?:cap|caps|ceiling|limit)\s+of\s+{PCT}\s+(?:on|for)\s+(?:the\s+|any\s+|all\s+)?"
        r"(?:(?:annual|yearly|future|price)\s+)?(?:renewals?|increases?|uplifts?|escalators?)\b",
        qty=True,
    )
    give(
        "price_lock",
        "renewal renewals increase increases uplift uplifts",
        rf"(?:renewals?|increases?|uplifts?)\s+(?:price\s+|pricing\s+)?(?:capped|held|limited|pegged)"
        rf"\s+(?:at|to)\s+(?:{PCT}|cpi|inflation)",
        qty=True,
    )
    # gets: the customer's legal taking our paper ("legal signs off on our DPA as-is")
    get(
        "process",
        "sign signs signed signing",
        r"sign(?:s|ed|ing)?\s+off\s+on\s+(?:our|the)\s+(?:standard\s+)?(?:dpa|msa|nda|paper|terms"
        r"|contract|template|order\s+form)\b",
    )
    # gets: a decision brought forward ("pull signature into May"); gives: our dates brought
    # forward ("if we brought implementation forward")
    get(
        "faster_signature",
        "pull pulling pulled bring bringing brought move moving moved",
        r"(?:pull|bring|brought|move|moved)(?:ing|ed)?\s+(?:the\s+)?(?:signature|signing|close"
        r"|closing|decision|paperwork)\s+(?:in|into|forward|up|ahead)\b",
    )
    give(
        "delivery",
        "pull pulling pulled bring bringing brought move moving moved",
        r"(?:pull|bring|brought|move|moved)(?:ing|ed)?\s+(?:the\s+|their\s+|your\s+)?"
        r"(?:implementation|go[\s-]?live|kick[\s-]?off|onboarding|rollout|roll-out|deployment"
        r"|delivery|launch|start\s+date)(?:\s+date)?\s+(?:in|forward|up|ahead|earlier)\b",
    )
    # not moves: prices met while shopping or travelling ("scored 30% off my hotel", "35% off
    # at Currys on black friday") and what a banner or campaign says
    cue(Cue.POL, "off", r"off\s+(?:my|our\s+own)\b")
    cue(
        Cue.POL,
        "scored snagged nabbed grabbed",
        rf"(?:scored|snagged|nabbed|grabbed)\s+(?:a\s+|an\s+)?(?={PCT}|{MONEY}|\w+\s+deal\b)",
    )
    cue(
        Cue.POL,
        "black cyber prime",
        # ("live before Black Friday" names a deadline, see the WHEN rule below)
        r"(?<!before )(?<!by )(?<!until )(?:black\s+friday|cyber\s+monday|prime\s+day)\b",
    )
    cue(Cue.POL, "banner banners billboard billboards", None)
    # not moves: questions about what terms mean or what is normal ("difference between net 30
    # and net 60?", "is a 20% discount normal for a deal this size?")
    cue(
        Cue.POL,
        "difference explain",
        r"(?:difference\s+between|explain)\b(?=[^.!\n]{0,120}\?)",
    )
    cue(
        Cue.POL,
        "is are",
        r"(?:is|are)\s+(?:[a-z0-9%$.,'-]+\s+){1,4}?(?:normal|typical|usual|customary|standard"
        r"|common)\b(?=[^.!\n]{0,60}\?)",
    )
    # not moves: questions about what was said or done before ("was a free pilot discussed in
    # the meeting?", "what discount did Acme end up getting in 2023?")
    cue(
        Cue.POL,
        "was were did has have had",
        r"(?:was|were|did|has|have|had)\s+(?:[a-z0-9%$.,'-]+\s+){1,6}?(?:discussed|mentioned"
        r"|raised|brought\s+up|come\s+up|came\s+up|talked\s+about|on\s+the\s+table"
        r"|asked\s+(?:about|for)|ask\s+(?:about|for)|come\s+back\s+(?:on|about|to\s+us\s+on)"
        r"|got\s+back|get\s+back\s+(?:on|about)|responded\s+to|respond\s+to|replied\s+(?:to|on))\b"
        r"(?=[^.!\n]{0,80}\?)",
    )
    cue(
        Cue.POL,
        "what which",
        r"(?:what|which)\s+(?:discount|discounts|price|pricing|terms|rate|deal)\s+(?:did|have"
        r"|has|had)\b(?=[^.!\n]{0,100}\?)",
    )
    # signing in other words ("put pen to paper on a 3-year", "ink the renewal")
    cue(Cue.SIGNV | Cue.CTX, "pen", r"pen\s+to\s+paper\b")
    cue(
        Cue.SIGNV | Cue.CTX,
        "ink inking inked",
        r"ink(?:ing|ed)?\s+(?:the|a|an|it|this(?!\s+(?:week|month|quarter|year)\b)|that)\b",
    )
    # gives: the first bill pushed later ("push Ridgeway's first invoice out to April")
    give(
        "payment_terms",
        "push pushing pushed move moving moved",
        r"(?:push|move)(?:ing|ed)?\s+(?:out\s+|back\s+)?(?:the\s+|their\s+|its\s+|[a-z0-9&-]+'s\s+)?"
        r"(?:first\s+|initial\s+|next\s+)?(?:invoices?|payments?|billing|bill)\s+(?:date\s+)?"
        r"(?:out|back|to)\b",
    )
    # gives: a price held for later terms ("their per-seat rate held for the next two renewals")
    give(
        "price_lock",
        "rate rates price prices pricing",
        r"(?:rates?|prices?|pricing)\s+(?:held|frozen|locked|fixed|kept\s+flat)\s+(?:for|through"
        r"|until|over|across)\b",
    )
    # not moves: business metrics stated as a share ("NRR 118%, gross margin 79%", "win rate
    # 27%") and requests named as a kind of message ("discount requests in DMs")
    cue(
        Cue.NOOP,
        "nrr grr ndr margin margins churn attainment conversion utilization utilisation win",
        r"(?:nrr|grr|ndr|(?:gross\s+|net\s+|operating\s+)?margins?|churn|attainment|conversion"
        rf"|utili[sz]ation|win\s+rates?)\b(?:\s+(?:numbers?|rates?|is|was|are|were|of|at|sits|stands"
        rf"|came\s+in|up|down|to|now|~)){{0,4}}\s*{PCT}",
    )
    cue(Cue.NOOP, "discount discounts", r"discount\s+requests?\b")
    # gives: dates committed to ("guarantee go-live by Feb 1", "guarantee the migration is done
    # before your fiscal year", "commit to onboarding your 3 regional teams in January")
    give(
        "delivery",
        "guarantee guaranteed guaranteeing commit committing committed promise promised promising",
        r"(?:guarantee\w*|commit(?:ted|ting)?\s+to|promis\w+)\s+(?:that\s+)?(?:[a-z0-9/'-]+\s+){0,5}?"
        r"(?:go[\s-]?live|ships?|shipped|done|finished|complete|completed|live|delivered|ready"
        r"|onboarding|onboarded|migrated|implemented|deployed|launched)\b"
        r"(?=\s+(?:[a-z0-9'-]+\s+){0,4}?(?:by|before|in|within|on)\b)",
    )
    # gives: more days to pay ("an extra 30 days on payment")
    give(
        "payment_terms",
        "extra additional another more",
        rf"(?:extra|additional|another|more)\s+{N}\s+days?\s+(?:on|to|for)\s+(?:the\s+)?"
        r"(?:payments?|pay|paying|invoices?|terms)\b",
        qty=True,
    )
    # gets: staying on a longer plan ("as long as they stay on the annual plan")
    get(
        "term_commitment",
        "stay stays staying",
        r"stay(?:s|ing)?\s+on\s+(?:the\s+|an\s+|a\s+)?(?:annual|multi[\s-]?year|yearly|\w+[\s-]year)"
        r"\s+(?:plan|contract|term|agreement|deal)\b",
    )
    # gets: the paperwork back by a date ("if the PO lands before the 31st", "the order form
    # back by Nov 28")
    get(
        "faster_signature",
        "po pos purchase order paperwork contract signature",
        r"(?:pos?|purchase\s+order|order\s+form|paperwork|contract|signature)\s+(?:lands?|arrives?"
        r"|comes?\s+(?:in|through|back)|is\s+(?:signed|back|in)|back|out|signed)\s+(?:before|by)\b",
    )
    # gets: access to the customer's people ("get their security team on a call", "get us to
    # the budget holder this week")
    get(
        "process",
        "get getting bring bringing have",
        r"(?:get|getting|bring|bringing|have)\s+(?:their|your|the)\s+(?:[a-z-]+\s+){0,2}?(?:team"
        rf"|{EXECS})\s+(?:on|onto|to|into|in)\s+(?:a\s+|the\s+)?(?:call|meeting|session|demo)\b"
        r"|get(?:ting)?\s+(?:us|me)\s+(?:to|in\s+front\s+of|time\s+with)\s+(?:the\s+|your\s+"
        rf"|their\s+)?(?:{EXECS}|budget\s+holders?|decision[\s-]?makers?)",
    )
    # gets: a quote for our marketing ("a quote for your website", "a quote for the launch blog")
    get(
        "reference",
        "quote quotes",
        r"quotes?\s+for\s+(?:your|our|the)\s+(?:[a-z-]+\s+)?(?:website|site|blog|press|case\s+study"
        r"|case\s+studies|launch|announcement|marketing)\b",
    )
    # gives: a price rise absorbed ("eat the price increase"), a target price met, a cheaper
    # tier's pricing
    give(
        "discount",
        "eat eating absorb absorbing",
        rf"(?:eat|absorb)(?:ing)?\s+{D}(?:(?:price|annual|renewal)\s+)?(?:increase|uplift|hike)s?\b",
    )
    give(
        "discount",
        "match matching",
        r"match(?:ing)?\s+(?:your|their|the)\s+(?:target|budget|number|price\s+point)\b",
    )
    give(
        "discount",
        "cheaper lower",
        r"(?:cheaper|lower)\s+(?:[a-z0-9-]+\s+){0,2}?(?:tier|plan|edition)\s+(?:pricing|prices?"
        r"|rates?)\b",
    )
    # gives: a rate fixed into the future, today's pricing extended to what they add later
    give(
        "price_lock",
        "fixed",
        r"fixed\s+(?:rates?|prices?|pricing)\s+(?:through|until|till|for|into|over)\b",
    )
    give(
        "price_lock",
        "extend extending",
        r"extend(?:ing)?\s+(?:the\s+|their\s+|your\s+|our\s+)?(?:current\s+|today's\s+|existing\s+"
        r"|this\s+)?(?:[a-z-]+\s+)?(?:pricing|prices?|rates?|discount)\s+to\s+(?:any|all|future"
        r"|additional|new|more|expansion)\b",
    )
    # gives: a penalty or clause waived in other words ("a waiver of our auto-renewal penalty")
    give(
        "policy_exception",
        "waiver",
        r"waiver\s+(?:of|on)\s+(?:the\s+|our\s+|their\s+|any\s+)?(?:[a-z-]+\s+){0,2}?"
        r"(?:penalt(?:y|ies)|clauses?|termination\s+fees?|exclusivity)\b",
    )
    # a tie said as what a get earns ("a 3-yr term gets you 18% off")
    cue(Cue.COND | Cue.CTX, "gets earns buys", r"(?:gets|earns|buys)\s+you\b")
    # not moves: intelligence about a competitor ("Competitor intel: Vectra is offering 40% off")
    cue(Cue.POL, "intel", r"intel\b")
    # a percentage moved between two sizes is a discount ("we moved from 10% to 15%")
    cue(
        Cue.CTX,
        "moved went came bumped upped dropped",
        r"(?:moved|went|came\s+down|came\s+up|bumped|upped|dropped)\s+(?:them\s+|it\s+)?(?=from\b)",
    )
    # gets: the decision hurried ("they'll speed up the signature", "sign off on the SOW by
    # next Friday")
    get(
        "faster_signature",
        "speed speeding",
        r"speed(?:ing)?\s+up\s+(?:the\s+|their\s+)?(?:signature|signing|decision|close|paperwork"
        r"|approval|procurement)\b",
    )
    get(
        "faster_signature",
        "sign signs signing",
        r"sign(?:s|ing)?\s+off\s+on\s+(?:the\s+)?(?:sow|order\s+form|contract|paperwork|po|deal"
        rf"|proposal|quote)\s+(?={DEADLINE})",
    )
    # a give tied to a get before it: "we gave 14% and an extra 10 seats for it"
    cue(
        Cue.COND | Cue.ANA | Cue.CTX,
        "for",
        r"for\s+(?:it|that|this)(?=\s*(?:[.!?\n]|$))",
    )
    # gives: an old price list honoured ("we'll honour the 2025 price list even though it expires")
    give(
        "discount",
        "honour honor honouring honoring",
        r"honou?r(?:ing)?\s+(?:the\s+|their\s+|our\s+)?(?:old|previous|last\s+year's|expired"
        r"|expiring|(?:19|20)\d\d)\s+(?:price\s+list|pricing|prices|rates?|quote)\b",
    )
    # gives: meeting the customer's number ("close the gap", "meet them in the middle",
    # "split the difference")
    give(
        "discount",
        "close closing meet meeting split splitting",
        r"clos(?:e|ing)\s+the\s+(?:price\s+|pricing\s+)?gap\b"
        r"|meet(?:ing)?\s+(?:them|you|him|her|us)\s+(?:in\s+the\s+middle|halfway)\b"
        r"|split(?:ting)?\s+the\s+difference\b",
    )
    # gets: an expansion agreed to ("provided Ballard commits to the expansion")
    get(
        "volume",
        "commit commits committed committing agree agrees agreed agreeing",
        r"(?:commit\w*|agree\w*)\s+to\s+(?:the|an|this|that)\s+(?:[a-z-]+\s+)?expansion\b",
    )
    # gives: a total brought down ("we can bring the total down by $9,000")
    give(
        "discount",
        "bring bringing brought knock knocking knocked",
        r"(?:bring|bringing|brought|knock|knocking|knocked)\s+"
        r"(?:the\s+|your\s+|their\s+|our\s+|it\s+|that\s+)?(?:[a-z-]+\s+)?"
        rf"(?:{PRICE}|total|number)?\s*down\b(?:\s+(?:by\s+)?{PM})?",
        qty=True,
    )
    # gives: a price rise ruled out past a share ("your renewal price won't rise more than 3% a
    # year")
    give(
        "price_lock",
        "price prices pricing rate rates renewal",
        r"(?:prices?|pricing|rates?|renewal)\s+(?:won't|will\s+not|wouldn't|would\s+not|can't"
        rf"|cannot)\s+(?:rise|go\s+up|increase|climb)\s+(?:by\s+)?(?:more\s+than|over|above|beyond)\s+{PCT}",
        qty=True,
    )
    # gets: our paper kept as it is ("provided your legal team keeps the rest of the MSA as is")
    get(
        "process",
        "keep keeps keeping leave leaves accept accepts take takes",
        r"(?:keep|keeps|keeping|leave|leaves|accepts?|takes?)\s+(?:the\s+rest\s+of\s+)?(?:the\s+|our\s+)?"
        r"(?:msa|dpa|contract|paper|terms|agreement|order\s+form)\s+as[\s-]is\b",
    )
    # gets: the customer's own process hurried ("in return for fast-tracking your legal review")
    get(
        "process",
        "fast expedite expediting expedited accelerate accelerating speed speeding",
        r"(?:fast[\s-]?track\w*|expedit\w*|accelerat\w*|speed(?:ing)?\s+up)\s+(?:your|their)\s+"
        r"(?:[a-z-]+\s+)?(?:review|approval|approvals|redlines?|process|sign[\s-]?off)\b",
    )
    # gets: a bigger package taken ("if you take the Enterprise bundle")
    get(
        "volume",
        "take taking buy buying go",
        r"(?:take|taking|buy|buying|go\s+with)\s+the\s+(?:enterprise|premium|full|bigger|larger"
        r"|platinum|complete|whole)\s+(?:bundle|tier|plan|edition|package|platform|suite)\b",
    )
    # not moves: asking what a customer might want or what we usually do ("any idea if they
    # would want a pilot?", "do we ever offer free onboarding for SMB deals?") and giveaways
    cue(Cue.POL, "any", r"any\s+idea\s+(?:if|whether|what|how|why|when)\b")
    cue(
        Cue.POL,
        "do does",
        r"(?:do|does)\s+(?:we|anyone|anybody)\s+(?:ever|usually|normally|typically|generally)\s+"
        r"(?:offer|give|do|allow|include|accept|agree\s+to)\b(?=[^.!\n]{0,100}\?)",
    )
    cue(Cue.POL, "swag merch t-shirts tshirts stickers hoodies mugs", None)
    # gives: a fee or a rise waived, said after it ("their 7% uplift waived", "the setup waived")
    give(
        "discount",
        "setup implementation onboarding uplift uplifts increase increases fee fees",
        r"(?:setup|set-up|implementation|onboarding|uplift|increase|fee)s?\s+(?:fee\s+)?(?:waived"
        r"|removed|dropped)\b",
    )
    # gives: the price said to come down ("the per-user price drops to $42", "if the price came
    # down a bit", "reduce the total by $9,500", "reflect that in the pricing")
    give(
        "discount",
        "price prices pricing rate fee total",
        r"(?:price|prices|pricing|rate|fee|total)\s+(?:drops?|dropped|comes?\s+down|came\s+down"
        r"|goes\s+down|went\s+down|falls?|fell)\b"
        # (by a stated amount it is offered: the rule after the approval asks)
        r"(?!\s+(?:by|to)\s+(?:about\s+|around\s+)?[$€£\d])",
        weak=W,
    )
    give(
        "discount",
        "reduce reducing reduced lower lowering cut cutting trim trimming",
        rf"(?:reduc|lower|cut|trim)\w*\s+{D}(?:total|subscription|contract\s+value|annual\s+fee"
        rf"|licen[cs]e\s+fee|order\s+total)(?:\s+by\s+{PM})?",
        qty=True,
    )
    give(
        "discount", "reflect reflected", r"reflect(?:ed)?\s+(?:that|it|this)\s+in\s+(?:the\s+)?pric"
    )
    give(
        "discount",
        "matched",
        r"matched\s+(?:the\s+|their\s+|[a-z0-9&-]+'s\s+)?(?:competitor'?s?\s+)?(?:price|pricing"
        r"|quote|offer|bid|number)\b",
    )
    # gives: time given free ("comp you 2 months", "we'll cover your first three months")
    give(
        "discount",
        "comp comping comped",
        rf"comp(?:ing|ed)?\s+(?:you|them|him|her|[a-z0-9&-]+)\s+(?:an?\s+|another\s+)?(?:{MONTHS}"
        rf"|{WEEKS}|month|quarter)",
        qty=True,
    )
    give(
        "discount",
        "cover covering",
        rf"cover(?:ing)?\s+(?:your|their|the)\s+first\s+(?:{MONTHS}|month|quarter|year)",
        qty=True,
    )
    # gives: a cheaper rate for a kind of customer ("academic pricing", "the promo discount")
    give(
        "discount",
        "academic education edu nonprofit charity government promo promotional "
        "loyalty startup partner",
        r"(?:academic|education|edu|nonprofit|non-profit|charity|government|promo|promotional"
        r"|loyalty|startup|partner)\s+(?:pricing|discount|rates?|price)\b",
        weak=W,
    )
    # gives: a price quoted below list ("at 15% below list")
    num(
        "give",
        "discount",
        "pct",
        r"\s+(?:below|under)\s+(?:our\s+|the\s+)?(?:list|rrp|msrp|standard)\b",
        qty=True,
    )
    # gives: billing moved to a softer schedule ("move your billing to semi-annual")
    give(
        "payment_terms",
        "move moving switch switching",
        rf"(?:mov|switch)\w*\s+{D}(?:billing|invoicing|payments?)\s+to\s+(?:semi[\s-]?annual"
        r"|bi[\s-]?annual|quarterly|monthly|installments|instalments)",
    )
    # gives: a sum split into payments ("split the $180k into two payments")
    give(
        "payment_terms",
        "split splitting",
        r"split(?:ting)?\s+(?:the\s+|their\s+|it\s+|this\s+)?(?:[$€£]?[\d,.]+\s?k?\s+|bill\s+|invoice\s+"
        r"|payment\s+|fee\s+|cost\s+)?into\s+(?:two|three|four|2|3|4|\w+)\s+(?:payments|installments"
        r"|instalments|invoices|tranches|halves|parts)\b",
    )
    give(
        "payment_terms",
        "extension",
        r"extension\s+on\s+(?:the\s+)?(?:payment|invoice|billing)\b",
    )
    give(
        "payment_terms",
        "payment",
        r"payment\s+(?:timing|dates?|due\s+dates?)\b",
        weak=W,
    )
    # gives: the term carried on today's prices ("on current pricing through 2027")
    give(
        "price_lock",
        "on at",
        r"(?:on|at)\s+(?:current|today's|existing|this\s+year's|their\s+current)\s+(?:pricing|prices"
        r"|rates?)\s+(?:through|until|till|for\s+(?:the\s+)?next|into)\b",
    )
    # gives: a date promised ("guarantee Tidewater a Feb 15 go-live", "have the connector done
    # by their cutover")
    give(
        "delivery",
        "guarantee guaranteeing promise promising",
        r"(?:guarantee|promis)\w*\s+(?:[a-z0-9&'.-]+\s+){1,4}?(?:go[\s-]?live|launch|delivery"
        r"|completion|cut[\s-]?over|timeline)\b",
    )
    give(
        "delivery",
        "have",
        r"have\s+(?:the\s+|your\s+|their\s+|it\s+|this\s+)?(?:[a-z0-9-]+\s+){0,3}?(?:done|live"
        r"|ready|delivered|built|finished|completed?|up\s+and\s+running)\s+(?:by|before|within|in)\b",
        weak=W,
    )
    # gives: a contract term struck ("auto-renewal removed", "strike the auto-renew clause")
    give(
        "policy_exception",
        "auto autorenewal",
        r"(?:auto[\s-]?renew(?:al)?)\s+(?:clause\s+)?(?:removed|struck|dropped"
        r"|taken\s+out)\b",
    )
    give(
        "policy_exception",
        "remove removing strike striking",
        r"(?:remov|strik)\w*\s+(?:the\s+)?(?:auto-renewal|auto-renew|autorenewal|exclusivity"
        r"|non-compete|penalty|indemnity)\b",
    )
    give(
        "policy_exception",
        "unlimited uncapped",
        r"(?:unlimited|uncapped)\s+(?:liability|indemnity|indemnification)\b",
    )
    give("policy_exception", "most", r"most[\s-]+favou?red[\s-]+(?:customer|nation|pricing)\b")
    # gives: more for the same money in other words ("unlimited API calls", "fly our architect
    # out for a week onsite", "a second sandbox")
    give(
        "scope",
        "unlimited",
        r"unlimited\s+(?:api\s+calls|usage|storage|seats|users|projects|environments|workspaces)\b",
        weak=W,
    )
    give(
        "scope",
        "fly flying",
        r"fly(?:ing)?\s+(?:our\s+|an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?(?:architect|engineer|consultant"
        r"|team|trainer|csm|specialist|se)s?\s+(?:out|over|onsite|on-site|in)\b",
        weak=W,
    )
    give(
        "scope",
        "second extra additional",
        r"(?:second|extra|additional)\s+(?:sandbox|environment|production\s+environment|instance"
        r"|workspace|admin\s+training|training\s+session|workshop)\b",
        weak=W,
    )
    # asks voiced as what the customer cannot do without ("we cannot proceed without net 75",
    # "won't move without a guaranteed response"): a demand, not a negation
    cue(
        Cue.ASK | Cue.CTX,
        "cannot can't won't wont",
        r"(?:cannot|can't|won't|wont)\s+(?:proceed|move(?:\s+forward)?|sign|go\s+ahead|commit"
        r"|continue|buy)\s+without\b",
    )
    # a customer's payment constraint is their ask ("they can't pay under net 75"): the terms
    # after it are what they need, not terms refused
    cue(
        Cue.ASK | Cue.CTX,
        "cannot can't",
        r"(?:cannot|can't)\s+(?:pay|do|accept|work\s+with)\s+(?:on\s+)?(?:anything\s+)?"
        r"(?:under|below|less\s+than|shorter\s+than|sooner\s+than|earlier\s+than|faster\s+than"
        r"|inside|within)\b(?=\s+(?:net|\d))",
    )
    # asking whoever may approve ("can someone w/ authority sign off"), not a policy
    cue(
        Cue.AP | Cue.CO,
        "someone anyone",
        r"(?:someone|anyone)\s+(?:with|w/)\s+(?:the\s+)?authority\b",
    )
    # policy questions about who approves ("do we need finance approval or just manager?")
    cue(
        Cue.POL,
        "do does",
        r"(?:do|does)\s+(?:we|i|it|that|this)\s+(?:need|require)\s+(?:\w+\s+){0,2}?(?:approval"
        r"|sign[\s-]?off)\b",
    )
    # a sales event as a deadline ("live before Black Friday"), not a promotion
    cue(
        Cue.WHEN,
        "black cyber",
        r"(?:(?<=before )|(?<=by )|(?<=until ))(?:black\s+friday|cyber\s+monday)\b",
    )
    # a price per unit is no scope object ("drop the price to $38 per seat")
    cue(0, "per", r"per\s+(?:seat|user|licen[cs]e|login)\b")
    # gives: a price exception asked for, prices offered for the year or in total ("$64k/yr",
    # "$210k total")
    give("discount", "pricing price", r"(?:pricing|price)\s+exceptions?\b")
    num(
        "give",
        "discount",
        "money",
        r"\s?(?:/\s?(?:yr|year|annum)|per\s+(?:year|annum)|a\s+year|total)\b",
        weak=W,
    )
    # gives: days to pay an invoice ("60 days on the invoice")
    num(
        "give",
        "payment_terms",
        "days",
        r"\s+(?:to\s+pay|on\s+(?:the\s+|each\s+|every\s+|their\s+)?(?:invoices?|payment))\b",
        qty=True,
    )
    # gives: a cost we absorb ("we pick up the cost of your data migration")
    give(
        "scope",
        "pick picking",
        r"pick(?:ing)?\s+up\s+the\s+(?:cost|tab|bill)\s+(?:of|for|on)\b",
    )
    # gives: work started or finished on their clock ("onboarding starts the day after
    # signature", "start implementation the week you sign", "commit to completing X by Q2")
    give(
        "delivery",
        "onboarding implementation kickoff rollout",
        r"(?:onboarding|implementation|kickoff|rollout)\s+(?:starts?|begins?|kicks\s+off)\s+"
        r"(?:the\s+(?:day|week)|immediately|right\s+away|on\s+day|as\s+soon|within)\b",
    )
    give(
        "delivery",
        "start starting begin",
        r"(?:start|starting|begin)\s+(?:the\s+)?(?:implementation|onboarding|provisioning|setup|rollout)"
        r"\s+(?:the\s+(?:day|week)|immediately|right\s+away|as\s+soon|within)\b",
    )
    give(
        "delivery",
        "commit commits committing",
        r"commit(?:s|ting)?\s+to\s+(?:completing|finishing|delivering|launching|having|going\s+live)\b",
    )
    # ties: what is asked in return said as all we ask ("All we ask is that you renew for three
    # years"), and a deadline that takes the offer back ("Signed by the 20th or it goes back to
    # list")
    cue(
        Cue.COND | Cue.ANA | Cue.CTX,
        "all",
        r"all\s+(?:we|i)\s+(?:ask|need|want|require)\s+(?:is|in\s+return)\b",
    )
    cue(
        Cue.COND | Cue.ANA,
        "or",
        r"or\s+(?:it|the\s+(?:offer|price|pricing|discount|deal|quote))\s+(?:goes\s+back|reverts"
        r"|expires|is\s+off|comes\s+off)\b",
    )
    # gives: a size agreed to ("13% it is"), savings locked in ("an additional 7% savings")
    num(
        "give",
        "discount",
        "pct",
        r"\s+(?:it\s+is|it's)\b|\s+(?:in\s+)?savings?\b",
        qty=True,
    )
    # gives: later years billed at today's rates ("the second year billed at 2025 rates")
    give(
        "price_lock",
        "billed invoiced charged",
        r"(?:billed|invoiced|charged)\s+at\s+(?:(?:19|20)\d\d|today's|current|this\s+year's"
        r"|existing|the\s+same)\s+(?:rates?|prices?|pricing)\b",
    )
    # gives: the price brought in under a figure ("bring the unit price under £6", "if it gets
    # the price under budget"), the current price held ("hold the current per-seat price")
    give(
        "discount",
        "bring bringing get gets getting",
        rf"(?:bring|get)(?:s|ing)?\s+{D}(?:unit\s+|per[\s-]\w+\s+)?(?:price|pricing|cost|total"
        r"|number)\s+(?:under|below|within)\b",
        weak=W,
    )
    give(
        "discount",
        "hold holding",
        rf"hold(?:ing)?\s+{D}(?:current|existing|today's)\s+(?:[a-z-]+\s+)?(?:price|pricing|rate)s?\b",
        weak=W,
    )
    # gives: a firm date ("we give you a fixed go-live date")
    give(
        "delivery",
        "fixed firm committed contractual",
        r"(?:fixed|firm|committed|contractual)\s+(?:go[\s-]?live|launch|delivery|completion)"
        r"(?:\s+date)?\b",
    )
    # ties: a size or a length pointed back at ("At that size I'd be able to justify a sharper
    # price"), the customer's side joined to ours ("we give you X, and you give us Y"), a get
    # that unlocks a give ("signing before the 31st locks in 7% savings")
    cue(
        Cue.COND | Cue.ANA,
        "at",
        r"at\s+(?:that|this|those)\s+(?:size|volume|level|number|scale|commitment|term|seat\s+count)\b",
    )
    cue(
        Cue.TCOND,
        "and",
        # (the verb is looked at, not taken: "and you sign the order form today" signs)
        r"and(?=\s+(?:in\s+return\s+)?(?:you|they)\s+(?:give|sign|commit|agree|provide|pay|take|do"
        r"|send)\b)",
    )
    cue(Cue.RCOND, "locks unlocks earns", r"(?:locks\s+in|unlocks|earns\s+(?:you|them))\b")
    # not moves: a competitor's price compared ("Price was 40% lower"), a list increase, a case
    # study the customer wants to read, a pilot's fee
    cue(
        Cue.NOOP,
        "was were is came",
        rf"(?:was|were|is|came\s+in)\s+{PCT}\s+(?:lower|cheaper|less|under)\b",
    )
    cue(0, "see", r"see\s+(?:a|the|your|some)\s+(?:case\s+stud(?:y|ies)|references?)\b")
    cue(0, "pilot", r"pilot\s+fees?\b")
    # gives: a price offered per user for a first period ("£15 per user per month for the first 12
    # months"), a price offered outright ("for you we'd do $80"), a total to come in under a figure
    num(
        "give",
        "discount",
        "money",
        # (only for an opening period: "the Growth plan at $38 per user per month" is its price)
        r"\s?(?:/|per\s+|a\s+)(?:user|seat|licen[cs]e)(?:\s?(?:/|per\s+|a\s+)(?:month|mo|year|yr))?"
        r"\s+for\s+the\s+first\b",
        weak=W,
    )
    give("discount", "do", r"do\s+(?=[$€£]\s?\d)", weak=W)
    give(
        "discount",
        "come comes coming",
        r"com(?:e|es|ing)\s+in\s+(?:under|below|at\s+or\s+below)\s+(?=[$€£]\s?\d|\d)",
        weak=W,
    )
    # gives: a price held for later seats ("honour the 2024 per-seat price for any seats they add")
    give(
        "price_lock",
        "honor honour honouring honoring",
        rf"honou?r(?:ing)?\s+{D}(?:(?:19|20)\d\d\s+)?(?:per[\s-]\w+\s+)?(?:price|pricing|rate)s?\s+"
        r"(?:for|on|to)\s+(?:any|all|future|additional|new|more|expansion)\b",
    )
    # gives: leaving early at a set point ("an exit at month 6"), onboarding done free
    give("policy_exception", "exit", r"exit\s+(?:at|after)\s+(?:month|year)\s+\w+")
    give(
        "scope",
        "onboard",
        r"onboard\s+(?:your|their|the)\s+(?:[a-z-]+\s+){0,2}?(?:team|users|staff|admins|people)\b",
        weak=W,
    )
    # our standard SLA language is the paper the customer accepts, no stronger service
    cue(0, "standard", r"standard\s+sla\s+(?:language|terms|wording|clause)\b")
    # gives: days to pay said as a cycle ("a 90-day paid-invoice cycle")
    num(
        "give",
        "payment_terms",
        "days",
        r"\s+(?:paid[\s-])?(?:invoice|payment|billing)[\s-](?:cycle|window|terms?)\b",
        qty=True,
    )
    # gives: a fee skipped ("can I skip the setup fee"), an account credited ("we're crediting
    # your account $2,500")
    give(
        "discount",
        "skip skipping skipped",
        rf"skip(?:ping|ped)?\s+{D}(?:[a-z-]+\s+)?(?:fees?|charges?)\b",
    )
    give(
        "discount",
        "credit crediting credited",
        rf"credit(?:ing|ed)?\s+(?:your|their|the|its)\s+account(?:\s+(?:with\s+)?{MONEY})?",
        qty=True,
    )
    # ties: the condition labelled ("Offer: 15% off. Condition: annual prepay."), the give
    # promised after an imperative get ("sign this week, get 10% off")
    cue(Cue.COND | Cue.ANA, "condition conditions", r"conditions?(?=\s*:)")
    cue(
        Cue.RCOND,
        "get",
        r"(?:(?<=, )|(?<=and ))get(?=\s+(?:\d|[$€£]|an?\s|free\b|the\s+first\b|another\b|extra\b))",
    )
    # gives: a payment split over milestones ("part at signing, the rest at go-live")
    give(
        "payment_terms",
        "stage staging staged",
        rf"stag(?:e|ed|ing)\s+{D}(?:payments?|billing|invoices?|invoicing)\b",
    )
    give(
        "payment_terms",
        "rest remainder balance",
        r"(?:rest|remainder|balance)\s+(?:at|on|after|upon|when|in)\s+(?:the\s+)?(?:go[\s-]?live"
        r"|launch|delivery|completion|acceptance|rollout|year\s+two|q[1-4]|month\s+\w+|\w+\s+months?)\b",
        weak=W,
    )
    # gives: a cheaper tier's price for this customer ("price Ellery at the mid-tier rate")
    give(
        "discount",
        "price pricing priced",
        r"pric(?:e|ed|ing)\s+(?:[a-z0-9&'.-]+\s+){0,3}?at\s+(?:the\s+|our\s+)?(?:mid[\s-]?tier"
        r"|lower[\s-]?tier|lower|smb|starter|partner|nonprofit|non-profit|education|edu|startup|old"
        r"|previous|legacy|cheaper|reduced|discounted|last\s+year'?s|internal)\s+(?:tier\s+)?(?:rate"
        r"|price|pricing|tier|level|plan)s?\b",
        weak=W,
    )
    # gives: a pooled resource made theirs ("make the CSM dedicated instead of pooled")
    give(
        "service_level",
        "dedicated",
        r"dedicated\s+(?:instead|rather)\s+(?:of|than)\s+(?:pooled|shared)\b",
    )
    give(
        "service_level",
        "make making",
        rf"mak(?:e|ing)\s+{D}(?:[a-z-]+\s+){{0,3}}?(?:csm|tam|manager|engineer|rep|team|support"
        r"|resource)\s+dedicated\b",
    )
    # gives: audit rights and another law or court are non-standard terms (weak: asked for)
    give(
        "policy_exception",
        "right rights audit governed governing choice",
        r"(?:rights?\s+to\s+audit|audit\s+rights|governed\s+by\s+(?:[a-z]+\s+){1,2}?law"
        r"|governing\s+law|choice\s+of\s+law)\b",
        weak=W,
    )
    # gets: a move up to a bigger plan ("if you move up to the enterprise plan")
    get(
        "volume",
        "move moving moves step stepping steps trade trading",
        rf"(?:mov|step|trad)\w*\s+up\s+to\s+{D}(?:[a-z0-9-]+\s+)?(?:plan|tier|edition|package"
        r"|bundle|level)\b",
    )
    # gets: a contract extended to a longer term ("if they extend to 3 years")
    get(
        "term_commitment",
        "extend extends extending",
        rf"extend(?:s|ing)?\s+(?:the\s+(?:term|contract|deal|agreement|commitment)\s+)?to\s+(?:{YM})",
        qty=True,
    )
    # gets: a term named by its length alone ("if you take the three-year", "they'd consider the
    # 3 year", "they'll go to 3 years")
    get(
        "term_commitment",
        "take taking consider considering do go going",
        rf"(?:take|taking|consider(?:ing)?|do|go(?:ing)?\s+(?:with|for))\s+the\s+{N}[\s-]?"
        r"(?:years?|yrs?)\b(?![\s-]+(?:pricing|price|rates?)\b)",  # ("the 2-yr pricing": a price)
        qty=True,
    )
    get(
        "term_commitment",
        "go going",
        rf"go(?:ing)?\s+to\s+(?:{YEARS}|{N}[\s-]?(?:years?|yrs?)\b)",
        qty=True,
    )
    # gets: the paperwork or the order back by a date ("get the paperwork back to us by Friday",
    # "if the PO lands this week", "signature needed by Dec 20", "book a decision meeting")
    get(
        "faster_signature",
        "paperwork contract contracts order po",
        rf"(?:paperwork|contracts?|order\s+form|po)\s+back\s+(?:to\s+(?:us|me)\s+)?{DEADLINE}",
    )
    get(
        "faster_signature",
        "po purchase",
        r"(?:po|purchase\s+order)\s+(?:(?:lands|comes\s+in|arrives|is\s+(?:issued|raised|signed|in))\s+"
        r"(?:this|by|before|today|tomorrow|next|within)\b|(?:by|before)\s+(?=\w))",
    )
    get(
        "faster_signature",
        "signature",
        r"signature\s+(?:is\s+)?(?:needed|required|due|expected)\s+(?:by|before|this)\b",
    )
    get(
        "faster_signature",
        "book booking",
        r"book(?:ing)?\s+(?:a|the)\s+decision\s+(?:meeting|call)\b",
    )
    # gets: a customer named in our marketing ("announce you as a customer", "named as your
    # preferred vendor in the press announcement")
    get(
        "reference",
        "announce announcing",
        r"announc(?:e|ing)\s+(?:you|them|[a-z0-9&-]+)\s+as\s+(?:a\s+|an\s+|our\s+)?(?:customer|client"
        r"|partner)\b",
    )
    get("reference", "press", r"press\s+(?:announcement|story|coverage)\b")
    cue(0, "announcing", r"(?<=release )announcing")  # a press release's subject, no news
    get(
        "reference",
        "introduction introductions intro intros",
        r"(?:introductions?|intros?)\s+to\s+(?:the|your|their)\s+other\s+(?:two|three|four|\d+\s+)?",
    )
    # gets: a bigger order said as a multiple ("double the seat count")
    get(
        "volume",
        "double doubling triple tripling",
        rf"(?:doubl|tripl)\w*\s+{D}(?:seat\s+count|seats|licen[cs]es|users|order|deal|footprint"
        r"|commitment|volume|spend)\b",
    )
    # gets: scope the customer gives up ("trimming the professional services piece", "live
    # without the premium add-ons")
    get(
        "scope_reduction",
        "trim trimming",
        rf"trim(?:ming)?\s+{D}(?:[a-z-]+\s+){{0,2}}?(?:piece|part|services|module|scope|line\s+item)s?\b",
    )
    get(
        "scope_reduction",
        "live do",
        rf"(?:live|do)\s+without\s+{D}(?:[a-z-]+\s+){{0,2}}?(?:add[\s-]?ons?|modules?|features?"
        r"|services|training|onboarding|integrations?)\b",
    )
    # gets: the whole sum paid early ("the full contract value paid by Jan 15")
    get(
        "upfront_payment",
        "full entire whole total",
        r"(?:full|entire|whole|total)\s+(?:contract\s+value|amount|year|tcv|acv|fee|balance)\s+"
        r"(?:paid|prepaid|upfront|up\s+front|in\s+advance)\b",
    )
    # gets: the customer's review steps skipped ("skip the second round of security questionnaires")
    get(
        "process",
        "skip skipping",
        r"skip(?:ping)?\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}?(?:security\s+)?(?:questionnaires?|reviews?"
        r"|approval\s+steps?|redlines?|procurement\s+process)\b",
    )
    # not moves: another vendor's promotion ("Fluxio is running 40% off first-year deals"), the
    # approval process itself ("the approval matrix for non-standard terms"), and what a plan
    # allows ("is monthly billing even an option on the SMB plan?")
    cue(
        Cue.POL,
        "running",
        rf"running\s+(?:an?\s+)?(?:(?:{PCT}|{MONEY})\s+off\s+(?:all|every|any|first[\s-]year|new"
        r"|annual|their|its)\b|promos?\b|promotions?\b|sales?\b|specials?\b|campaigns?\b)",
    )
    cue(
        Cue.POL,
        "approval approvals",
        r"approvals?\s+(?:matrix|workflow|process|policy|chain|rules|thresholds?|grid|guidelines"
        r"|levels?|tiers?|limits?|bands?|table|flow|path|doc|page)\b",
    )
    cue(
        Cue.POL,
        "option options",
        r"options?\s+(?:on|for|with|in)\s+(?:the\s+|our\s+)?(?:[a-z0-9-]+\s+)?(?:plan|tier|edition"
        r"|package|sku|bundle)s?\b(?=[^.!\n]{0,40}\?)",
    )
    # not moves: when to raise a move in general ("how early in the cycle do you bring up
    # multi-year?"), and how long a deal took ("signed at 8% off, took 4 months")
    cue(
        Cue.POL,
        "how",
        r"how\s+(?:early|late|soon|often)\s+(?:in\s+(?:the|a)\s+(?:cycle|deal|process|call)\s+)?"
        r"(?:do|does|should|can|would)\b",
    )
    cue(
        Cue.NOOP,
        "took",
        rf"took\s+(?:us\s+|them\s+|me\s+)?(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+"
        rf"|just\s+)?(?:{N}\s?|a\s+few\s+|a\s+couple\s+(?:of\s+)?)(?:weeks?|months?|years?|days?"
        r"|quarters?)\b",
    )
    # not moves: metrics and results ("our NRR hit 118%", "win rate on deals with >20% discount
    # was 31%"), deals lost to another vendor's offer, a standard for every plan ("our standard
    # SLA is 99.9% uptime on all plans")
    cue(Cue.POL, "nrr grr ndr winrate", None)
    cue(
        Cue.POL,
        "rate rates retention",
        r"(?:(?<=win )|(?<=close )|(?<=closing )|(?<=conversion )|(?<=churn )|(?<=attach )"
        r"|(?<=retention )|(?<=response )|(?<=reply )|(?<=open ))rates?\b"
        r"|(?:(?<=revenue )|(?<=logo )|(?<=customer )|(?<=dollar ))retention\b",
    )
    cue(
        Cue.POL,
        "went gone going signed",
        r"(?:went|gone|going|signed)\s+with\s+(?:the\s+|a\s+|their\s+)?(?:competitor|competition"
        r"|rival|incumbent|other\s+(?:vendor|guys|bidder))",
    )
    cue(
        Cue.POL,
        "from",
        r"from\s+(?:their|the)\s+(?:current|existing|incumbent|old|previous|other|last)\s+(?:vendor"
        # (not "can we match what they get from ...?")
        r"|provider|supplier)s?\b(?![^.!\n]{0,80}\?)",
    )
    cue(
        Cue.POL,
        "all",
        r"all\s+(?:plans|tiers|editions|packages|customers|accounts|contracts|our\s+customers"
        r"|enterprise\s+(?:plans|customers|accounts))\b",
    )
    # a refusal in other words: "asked about discounts but I held firm at list"
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "held holding stood standing stayed staying",
        r"(?:held|holding|stood|standing|stayed|staying)\s+(?:firm|the\s+line|our\s+ground|strong)\b",
    )
    # gives: the price said to come down by a stated amount is offered, whatever the verb
    # ("the fee comes down by £5k", "your whole order drops by 15%")
    give(
        "discount",
        "price prices pricing rate fee fees total order bill invoice",
        rf"(?:price|prices|pricing|rate|fees?|total|order|bill|invoice)\s+(?:drops?|comes?\s+down"
        rf"|goes\s+down|falls?|reduces?|is\s+reduced)\s+(?:by|to)\s+(?:about\s+|around\s+)?{PM}",
        qty=True,
    )
    # gives: next year's price held ("we can hold 2026 pricing on any seats you add")
    give(
        "price_lock",
        "hold holding keep keeping honor honour lock locking",
        r"(?:hold|keep|honou?r|lock)(?:ing)?\s+(?:(?:19|20)\d\d|this\s+year'?s|today'?s|current"
        r"|existing)\s+(?:pricing|prices?|rates?|discount)\s+(?:on|for|through|until|till|across)\b",
    )
    # gives: a renewal rise held to a ceiling ("I'll hold your renewal increase to 3% max")
    give(
        "price_lock",
        "hold holding keep keeping limit limiting cap capping",
        r"(?:hold|keep|limit|cap)(?:ing)?\s+(?:your|their|the|any|its)\s+(?:renewal\s+|annual\s+"
        rf"|yearly\s+|price\s+)*(?:increase|uplift|escalator|rise)s?\s+(?:to|at|under|below|within)\s+"
        rf"(?:{PCT})",
        qty=True,
    )
    # gives: a date brought forward, said of the date ("your kickoff moves up to next Tuesday")
    give(
        "delivery",
        "go golive kickoff kick start launch rollout implementation onboarding delivery",
        r"(?:go[\s-]?live|golive|kick[\s-]?off|start\s+date|launch|rollout|implementation"
        r"|onboarding|delivery)\s+(?:date\s+)?(?:moves?|moved|is\s+moving|gets\s+moved|brought"
        r"|pulled|comes|came)\s+(?:up|forward|earlier|in)\b",
    )
    give(
        "delivery",
        "pull pulling pulled bring bringing brought move moving",
        r"(?:pull|bring|brought|move)(?:ing|ed)?\s+(?:[a-z0-9&.-]+\s+){0,2}?[a-z0-9&.-]+'s\s+"
        r"(?:go[\s-]?live|kick[\s-]?off|onboarding|rollout|implementation|launch|start\s+date"
        r"|delivery)(?:\s+date)?\s+(?:forward|up|in|ahead|earlier)\b",
    )
    # gives: leaving early, uptime, billing by term ("exit for convenience after month 6", "four
    # nines", "billed three times a year rather than once")
    give(
        "policy_exception",
        "exit exiting cancel cancelling canceling leave walk terminate",
        r"(?:exit(?:ing)?|cancel\w*|leave|walk\s+away|terminate)\s+for\s+convenience\b",
    )
    give("service_level", "#", r"(?:three|four|five)\s+nines\b")
    give(
        "payment_terms",
        "bill billed billing invoice invoiced invoicing pay paying charge charged",
        r"(?:bill(?:ed|ing)?|invoic(?:e|ed|ing)|pay(?:ing)?|charg(?:e|ed))\s+(?:them\s+|you\s+)?"
        r"(?:twice|two\s+times|three\s+times|four\s+times|[2-6]\s+times|per\s+term|each\s+term"
        r"|termly|per\s+semester|each\s+semester|per\s+quarter|each\s+quarter|every\s+quarter"
        r"|in\s+arrears)\b",
    )
    # more for the money in other words: "if premium support came bundled in"
    cue(
        Cue.INCL | Cue.CTX,
        "bundled bundle bundling",
        r"bundl(?:e|ed|ing)\s+in\b|(?:(?<=came )|(?<=comes )|(?<=come ))bundled\b",
    )
    # gets: a term stated as how long the contract runs ("as long as the contract runs 24
    # months", "provided the agreement is at least 3 years")
    get(
        "term_commitment",
        "contract term deal agreement subscription commitment",
        r"(?:contract|term|deal|agreement|subscription|commitment)\s+(?:runs|run|is|goes|lasts|last"
        rf"|stays|covers)\s+(?:for\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+|a\s+full\s+)?{YM}"
        r"(?!\s+(?:old|ago|in\b|into|of\s+history))",  # ("the deal is 3 years old" is its age)
        qty=True,
    )
    # gets: fewer legal changes ("narrow the redlines to the two DPA items")
    get(
        "process",
        "narrow narrowing limit limiting cut cutting keep keeping reduce reducing trim drop",
        r"(?:narrow|limit|cut|keep|reduc|trim|drop)\w*\s+(?:the\s+|your\s+|their\s+)?(?:redlines?"
        r"|markups?|legal\s+(?:review|asks|changes|comments)|contract\s+changes|edits)\s+"
        r"(?:to|down|back)\b",
    )
    # gets: more of the customer's business on the contract ("bring the second warehouse onto
    # the contract"), and a partner role ("be a design partner")
    get(
        "volume",
        "bring bringing add adding put putting",
        r"(?:bring|add|put)(?:ing)?\s+(?:the\s+|their\s+|your\s+|a\s+|another\s+)?(?:[a-z0-9-]+\s+)"
        r"{0,2}?(?:warehouses?|sites?|offices?|teams?|divisions?|units?|departments?|regions?"
        r"|locations?|plants?|stores?|schools?|hospitals?|clinics?|subsidiar(?:y|ies)|entit(?:y|ies)"
        r"|brands?|businesses)\s+(?:onto|on\s+to|into|under|on)\s+(?:the\s+|this\s+|our\s+)?"
        r"(?:contract|deal|agreement|order|platform|plan)\b",
    )
    get(
        "reference",
        "design development launch beta",
        r"(?:design|development|launch|beta)\s+partners?\b",
    )
    # a give said to be available ("there's another 3% available on the license")
    cue(Cue.CTX, "available", r"(?<=% )available\b|(?<=%\s\s)available\b")
    # a give named only as a concession ("can we offer Kingfisher some kind of concession?"):
    # a discount with no size, as for the gives pointed at below; only where offered or asked
    give(
        "discount",
        "concession",
        r"(?:(?<=some kind of )|(?<=some sort of )|(?<=some form of )|(?<=a )|(?<=a small )"
        r"|(?<=one ))concession\b",
        weak=True,
    )
    # gives named only by pointing at another deal ("what we did for Orbit", "the same terms as
    # last year's renewal", "mirror their old contract"): the kind is not said, and a deal
    # carried over is read as its price, a discount with no size (weak: it needs an offer or ask)
    give(
        "discount",
        "same",
        r"same\s+(?:deal|terms|pricing|price|prices|rates?|discounts?|package|arrangement"
        r"|concessions?|treatment|setup|structure|offer)\s+(?:as|we|that|they|you|i|from|like)\b"
        # ("the same price as Standard" prices a tier: it names no other deal)
        r"(?!\s+(?:the\s+)?(?:standard|basic|starter|pro|plus|team|business|premium|enterprise"
        r"|growth|core|essentials|lite|tier|plan|edition)\b|\s+(?:year|yr)[\s-]?(?:1|one)\b)",
        weak=W,
    )
    give(
        "discount",
        "what whatever",
        r"(?:what|whatever)\s+(?:we|i)\s+(?:did|gave|offered|extended|agreed\s+to|approved|do)"
        r"\s+(?:for|to|with|on|them|last)\b",
        weak=W,
    )
    give(
        "discount",
        "match matching mirror mirroring replicate replicating copy copying",
        r"(?:match|mirror|replicat|copy|copying)\w*\s+(?:the\s+|their\s+|our\s+|[a-z0-9&-]+'s\s+)?"
        r"(?:old\s+|previous\s+|prior\s+|last\s+year'?s\s+|existing\s+|current\s+|original\s+)?"
        r"(?:deal|terms|arrangement|package|contract|renewal|concessions?)\b",
        weak=W,
    )
    # not moves: asking what the customer said or wrote ("has Ashcombe said anything about
    # wanting a pilot?", "can you check if they asked for payment terms in the RFP?", "was there
    # anything in the RFP about price caps?"): a question about an ask, not an ask or an offer
    cue(
        Cue.POL,
        "has have had did",
        r"(?:has|have|had|did)\s+(?:[a-z0-9&.'-]+\s+){1,3}?(?:said|say|written|wrote|put|sent)\s+"
        r"anything\b(?=[^.!\n]{0,100}\?)",
    )
    cue(
        Cue.POL,
        "check see confirm find know",
        r"(?:check|see|confirm|find\s+out|know)\s+(?:if|whether)\s+(?:[a-z0-9&.'-]+\s+){1,4}?"
        r"(?:asked|mentioned|raised|wanted|requested|flagged|brought\s+up|included|specified)\b",
    )
    cue(
        Cue.POL,
        "anything",
        r"anything\s+(?:in|on|from|about)\s+(?:[a-z0-9&.'-]+\s+){0,4}?(?:rfp|rfq|rfi|email|call"
        r"|thread|contract|msa|doc|docs|notes|brief|requirements|tender|redlines?|meeting)\b"
        r"(?=[^.!\n]{0,100}\?)",
    )
    # not moves: a retailer's or another vendor's sale, heard about ("Amazon has the headphones
    # 40% off today", "heard Bantry is doing a 'switch and save' campaign, 6 months free")
    cue(
        Cue.POL,
        "amazon ebay walmart target costco currys argos ikea etsy groupon zalando asos",
        r"(?:amazon|ebay|walmart|costco|currys|argos|ikea|etsy|groupon|zalando|asos"
        r"|(?<!the )target)\b(?!\s+(?:price|discount|date|close|margin|deal|account|rate)s?\b)",
    )
    cue(
        Cue.POL,
        "heard hearing noticed spotted apparently rumour rumor",
        r"(?:heard|hearing|noticed|spotted|apparently|rumou?r)\s+(?:that\s+)?(?:[a-z0-9&'-]+\s+){1,3}?"
        r"(?:is|are|was|were|has|have|just|'s)\s+(?:now\s+|been\s+)?(?:offering|giving|running"
        r"|doing|cutting|dropping|handing|advertising|slashing|discounting|launching|pushing)\b",
    )
    cue(Cue.POL, "campaign campaigns", r"campaigns?\b(?!\s+(?:for|with)\s+(?:you|them)\b)")
    # gives: payments spread over time, or billed as milestones are met ("spread payments
    # quarterly", "bill the implementation in stages as milestones are hit")
    give(
        "payment_terms",
        "spread spreading split splitting",
        r"(?:spread|split)(?:ing)?\s+(?:out\s+)?(?:the\s+|their\s+|your\s+|it\s+|them\s+)?"
        r"(?:[a-z0-9&.'-]+\s+){0,4}?(?:payments?|invoices?|billing|fees?|costs?|it|them)?\s*"
        r"(?:out\s+)?(?:quarterly|monthly|over|across|into|in\s+(?:two|three|four|2|3|4)\b)",
    )
    give(
        "payment_terms",
        "milestone milestones",
        r"milestones?(?:[\s-]based)?\s+(?:billing|payments?|invoic\w+|schedule)\b"
        r"|milestones?\s+(?:are|is|get|gets)\s+(?:hit|met|reached|signed\s+off|delivered)\b",
    )
    give(
        "payment_terms",
        "bill billed billing invoice invoiced invoicing pay paying charge charging",
        r"(?:bill|billed|billing|invoice|invoiced|invoicing|pay|paying|charg(?:e|ing))\s+"
        r"(?:(?:for\s+)?(?:the|their|your|it|them)\s+)?(?:[a-z-]+\s+){0,2}?(?:in\s+stages"
        r"|in\s+phases|in\s+tranches|(?:on|against|at|per|by)\s+milestones?)\b",
    )
    # gives: a credit named for what it rewards ("the 4% loyalty credit", "a goodwill credit")
    give(
        "discount",
        "loyalty goodwill onboarding migration switching welcome",
        r"(?:loyalty|goodwill|onboarding|migration|switching|welcome)\s+(?:credits?|discounts?"
        r"|rebates?|bonus)\b",
    )
    # gives: a team onboarded or an integration delivered by a date we commit to
    give(
        "delivery",
        "onboarded live",
        r"(?:onboarded|live)\s+(?:with)?in\s+(?:the\s+|a\s+|one\s+|two\s+|\d+\s+)?(?:week|weeks"
        r"|days?|month)\b|onboarded\s+(?:by|before)\b",
    )
    give(
        "delivery",
        "deliver delivering",
        r"deliver(?:ing)?\s+(?:the\s+|your\s+|their\s+)?(?:[a-z-]+\s+){0,2}?(?:by|before|within)\b"
        r"(?=[^.!\n]{0,60}\b(?:as\s+(?:you|they)\s+(?:requested|asked)|you\s+need|they\s+need"
        r"|promised|confirmed|guarantee))",
    )
    # gives: a price held for later, said of the customer by name or of the price ("hold
    # Emberly's current per-seat rate on any expansion", "their price held flat for the next
    # two renewals")
    give(
        "price_lock",
        "hold holding keep keeping honor honour apply extend",
        r"(?:hold|keep|honou?r|apply|extend)(?:ing)?\s+(?:[a-z0-9&.-]+\s+){0,2}?"
        # ("keep last year's price on the renewal": the rise waived now, a discount; SECTION-t20)
        r"(?<!last )(?<!previous )(?<!prior )[a-z0-9&.-]+'s\s+"
        r"(?:[a-z-]+\s+){0,2}?(?:price|pricing|rate|discount)s?\s+(?:for|on|to|at|through)\s+"
        r"(?:future|additional|expansion|renewals?|the\s+renewal|any|new|all|next|years?)\b",
    )
    give(
        "price_lock",
        "price prices pricing rate rates",
        r"(?:price|prices|pricing|rates?)\s+(?:held|kept|frozen|locked)\s+(?:flat\s+|steady\s+)?"
        rf"(?:for|through|until|till|on|at)\s+(?:the\s+)?(?:next|future|renewals?|\d|{NW}|years?)",
    )
    # gives: our terms set aside for the customer's paper ("a custom data-residency addendum")
    give(
        "policy_exception",
        "custom bespoke non-standard nonstandard",
        r"(?:custom|bespoke|non[\s-]?standard)\s+(?:[a-z-]+\s+){0,2}?(?:addend(?:um|a)|clauses?|t&cs?"
        r"|terms|language|dpa|riders?|schedules?|provisions?|amendments?|side\s+letters?)\b",
    )
    give(
        "policy_exception",
        "data",
        r"data[\s-]residency\s+(?:addend(?:um|a)|clauses?|terms|commitments?|guarantees?"
        r"|requirements?)\b",
        weak=W,
    )
    # gives: a date promised ("a guaranteed rollout by 1 Sept", "delivery of the appliance
    # within 10 days of signature")
    give(
        "delivery",
        "guaranteed guarantee committed",
        r"(?:guaranteed|guarantee\s+(?:a|the|their|your)|committed)\s+(?:[a-z-]+\s+)?"
        r"(?:go[\s-]?live|rollout|roll-out|delivery|launch|start|cut[\s-]?over|implementation"
        r"|onboarding|ship)(?:\s+dates?)?\b",
    )
    give(
        "delivery",
        "delivery",
        r"delivery\s+(?:of\s+(?:the\s+|their\s+|an?\s+)?(?:[a-z0-9-]+\s+){0,3}?)?(?:within|by"
        r"|before|in\s+under)\b",
        weak=W,
    )
    # gives: charges forgiven ("wipe the overage charges", "write off the late fees")
    give(
        "discount",
        "wipe wiping write writing forgive forgiving zero zeroing credit crediting remove removing "
        "refund "
        "refunding",
        r"(?:wip(?:e|ing)|writ(?:e|ing)\s+off|forgiv(?:e|ing)|zero(?:ing)?\s+out|credit(?:ing)?\s+back"
        r"|remov(?:e|ing)"
        r"|refund(?:ing)?)\s+(?:[a-z0-9&.'-]+\s+){0,3}?(?:overage|late|excess|usage|overrun|extra"
        r"|penalty|cancellation|setup|onboarding|implementation|services)?\s*(?:charges?|fees?"
        r"|invoices?|bills?|costs?)\b"
        # (not "refund fees if they leave": money back on exit is a contract term)
        r"(?![^.!?\n]{0,30}?\b(?:if|when|should)\s+(?:they|you)\s+(?:leave|terminate|exit|cancel))",
    )
    # gives: a longer commitment's price for a shorter one ("the 2-yr pricing if they commit to
    # 18 months"); a trial environment extended ("extend Tolliver's sandbox another 30 days")
    give(
        "trial",
        "extend extending extended",
        r"extend(?:ing|ed)?\s+(?:(?:[a-z0-9&.-]+\s+){0,2}?[a-z0-9&.-]+'s\s+|the\s+|their\s+|your\s+)"
        r"(?:[a-z-]+\s+)?(?:sandbox|test\s+environment|evaluation\s+environment|trial\s+licen[cs]es?"
        r"|eval\s+licen[cs]es?)\b",
    )
    # gets: the order confirmed or placed by a date ("if you can confirm the order by Friday",
    # "if they place the PO before the 30th", "get the PO to us by Friday")
    get(
        "faster_signature",
        "confirm confirming place placing submit submitting issue issuing raise raising get "
        "getting send sending",
        r"(?:confirm|plac|submit|issu|rais|get|send)\w*\s+(?:us\s+)?(?:the|your|their|an?|this)\s+"
        r"(?:signed\s+)?(?:order|po|purchase\s+order|paperwork|contract|order\s+form|commitment)\s+"
        r"(?:(?:over\s+|back\s+)?to\s+us\s+|in\s+|over\s+|through\s+)?" + DEADLINE,
    )
    # gets: the whole rollout committed to ("we'll commit to the full fleet rollout")
    get(
        "volume",
        "commit commits committing committed",
        r"commit(?:s|ting|ted)?\s+to\s+(?:the|a)\s+(?:full|whole|entire|company[\s-]?wide|global"
        r"|wider)\s+(?:[a-z-]+\s+)?(?:rollout|roll-out|deployment|fleet|estate|footprint|programme"
        r"|program)\b",
    )
    cue(
        Cue.POL,
        "vendor incumbent competitor",
        r"(?:(?<=the )|(?<=the other ))(?:vendor|incumbent|competitor)\s+(?:is|are|was|has|had"
        r"|charges|charged|offers|offered|gave|gives)\b(?![^.!\n]{0,80}\?)",
    )
    # not moves: tactics, training and process questions ("when a buyer asks for net 90, do you
    # counter ...?", "is it better to trade terms or price?", "role-play prompt", "how long does
    # deal desk take to turn around a net 60 request?", "do pilots need their own SOW?")
    cue(
        Cue.POL,
        "when if",
        r"(?:when|if|whenever)\s+(?:a|an|the\s+average|any)\s+(?:customer|buyer|prospect|client"
        r"|procurement\s+team|someone|rep)\s+(?:asks|wants|demands|pushes|requests|says|starts|opens)\b",
    )
    cue(
        Cue.POL,
        "role roleplay",
        r"role[\s-]?play(?:s|ing)?\b|roleplay\w*",
    )
    cue(
        Cue.POL,
        "course workshop webinar training bootcamp",
        r"(?:(?<=negotiation )|(?<=sales ))(?:course|workshop|training|bootcamp|class)\b"
        r"|(?:course|workshop|bootcamp|class)\s+(?:they|he|she|the\s+trainer)\s+(?:said|says|taught)\b",
    )
    cue(
        Cue.POL,
        "what's whats what",
        r"(?:what's|whats|what\s+is)\s+(?:a\s+good|the\s+best|the\s+right|a\s+smart)\s+(?:way|response"
        r"|answer|reply|play|move|approach|counter)\b",
    )
    cue(
        Cue.POL,
        "is",
        r"is\s+it\s+(?:better|smarter|wiser|worse|normal)\s+to\b(?=[^.!\n]{0,120}\?)",
    )
    cue(
        Cue.POL,
        "does do",
        r"(?:does|do)\s+(?:offering|giving|conceding|discounting|leading\s+with|opening\s+with)\b",
    )
    cue(
        Cue.POL,
        "should",
        r"should\s+(?:i|we)\s+(?:bring\s+up|raise|mention|lead\s+with|open\s+with|float)\b"
        r"(?=[^.!\n]{0,80}\b(?:or|before|after|until)\b)",
    )
    cue(
        Cue.POL,
        "how",
        r"how\s+(?:long|quickly|fast)\s+(?:does|do|will|would|did)\b"
        r"|how\s+do\s+(?:other\s+teams|others|people|you\s+all|y'all|the\s+vets|top\s+reps)\s+"
        r"(?:handle|deal|respond|approach|answer|manage)\b",
    )
    cue(
        Cue.POL,
        "do",
        r"do\s+(?:pilots|trials|discounts|pocs|renewals|deals|quotes)\s+(?:need|require|have)\b"
        r"|do\s+(?:i|we)\s+need\s+(?:legal|finance|approval|a\s+vp|deal\s+desk|a\s+sow|an\s+sow)\b",
    )
    cue(
        Cue.POL,
        "usually typically normally",
        r"(?<=do we )(?:usually|typically|normally)\s+ask\b"
        r"|(?<=do you )(?:usually|typically)\s+ask\b",
    )
    # not moves: a price book, quoting tool or standard stated ("it's on the rate card", "CPQ
    # applies it", "per section 7 of the MSA", "a 10% premium over annual"), pipeline talk
    cue(Cue.POL, "cpq ratebook pricebook", None)
    cue(
        Cue.POL,
        "rate price",
        r"(?:rate|price)[\s-]?(?:card|book)s?\b(?!\s+(?:freeze|lock|hold|protection)\b)",
    )
    cue(Cue.POL, "per", r"per\s+(?:section|clause|schedule)\s+\d")
    cue(Cue.POL, "opps pipeline", r"opps\b|pipeline\b(?!\s+(?:review|module))")
    cue(
        Cue.POL,
        "our",
        r"our\s+(?:standard|usual|normal|list|published)\s+(?:sla|slas|uptime|payment\s+terms|terms"
        r"|rate|rates|pricing|price|policy)\b(?!\s+(?:language|wording|clause)\b)",
    )
    # a refusal in few words: "net 90? nope.", "hard no from me", "obviously no", "hold the line"
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "nope hard obviously not no hold",
        r"nope\b|hard\s+(?:no|pass)\b|obviously\s+(?:no|not)\b|not\s+a\s+chance\b"
        r"|no\s+way\b(?!\s+(?:around|to\s+avoid)\b)|hold\s+the\s+line\b",
    )
    # gives: a go-live promised in other words ("stand you up before your fiscal year starts",
    # "get them running before term starts", "the rollout done in 3 weeks not 8", "your go-live
    # can come forward to 1 May")
    give(
        "delivery",
        "stand standing get getting have having",
        r"(?:stand|get|have)(?:ing)?\s+(?:you|them|your\s+team|their\s+team|[a-z0-9&.'-]+)\s+"
        r"(?:up|running|live|set\s+up|onboarded|deployed)\s+(?:before|by|within|ahead\s+of|in\s+time)\b",
    )
    give(
        "delivery",
        "rollout implementation onboarding deployment migration",
        rf"(?:rollout|implementation|onboarding|deployment|migration)\s+(?:done|finished|complete|completed"
        rf"|live)\s+(?:in|within|by)\s+{N}\s+(?:weeks?|days?|months?)\s+(?:not|instead\s+of|rather"
        r"\s+than)\b",
    )
    give(
        "delivery",
        "go golive",
        r"go[\s-]?live\s+(?:date\s+)?(?:can|could|will|would)\s+(?:come|move|be\s+brought|be\s+pulled)"
        r"\s+(?:forward|up|earlier|in)\b",
    )
    # gives: the rate kept where it is ("keep your rate exactly where it is for the whole term",
    # "keep Aurelio on this year's rate when they renew", "honour their old price for the Berlin
    # expansion", "hold their per-user price flat for any seats they add")
    give(
        "price_lock",
        "keep keeping",
        r"keep(?:ing)?\s+(?:your|their|the)\s+(?:[a-z-]+\s+)?(?:rate|price|pricing)\s+(?:exactly\s+)?"
        r"(?:where\s+it\s+is|as\s+it\s+is|the\s+same|unchanged|flat|fixed)\s+(?:for|through|until"
        r"|across|over)\b",
    )
    give(
        "price_lock",
        "keep keeping",
        r"keep(?:ing)?\s+(?:[a-z0-9&.'-]+\s+){1,3}?on\s+(?:this\s+year'?s|today'?s|the\s+current"
        r"|their\s+current|the\s+old|their\s+old|the\s+same|last\s+year'?s)\s+(?:rate|price|pricing"
        r"|terms)\s+(?:when|at|for|through|on)\b",
    )
    give(
        "price_lock",
        "honour honor honouring honoring hold holding",
        r"(?:honou?r|hold)(?:ing)?\s+(?:their|your|the)\s+(?:old|current|existing|original|legacy"
        r"|per[\s-](?:user|seat)|unit)\s+(?:price|pricing|rate)s?\s+(?:flat\s+)?(?:for|on|across"
        r"|through)\s+(?:the\s+|any\s+|all\s+)?(?:[a-z0-9-]+\s+){0,2}?(?:expansion|seats|renewal"
        r"|additional|add-ons?|sites?|teams?)\b",
    )
    # gives: a way out of the contract ("let you out after the first 12 months", "a way out
    # with no break fee")
    give(
        "policy_exception",
        "let letting way exit break",
        r"(?:let|letting)\s+(?:you|them|[a-z0-9&.'-]+)\s+out\s+(?:of\s+the\s+contract\s+)?"
        r"(?:after|early|at|if)\b|(?:(?<=a )|(?<=an ))(?:way|exit)\s+out\b|(?<=no )break\s+fee\b"
        r"|break\s+clause\b|exit\s+clause\b",
    )
    # gives: our people attached to the account ("attach a success manager to Ellery full
    # time", "sit one of our solutions engineers with Pinecrest")
    give(
        "service_level",
        "attach attaching assign assigning put putting sit sitting embed embedding",
        r"(?:attach|assign|put|sit|embed)(?:ing)?\s+(?:a|an|one\s+of\s+our)\s+(?:[a-z-]+\s+)?"
        r"(?:success\s+managers?|csms?|tams?|engineers?|solutions\s+engineers?|architects?"
        r"|consultants?|specialists?)\s+(?:to|with|on|at|in)\b",
    )
    # gives: more time in a trial environment ("another 2 months of pilot", "keep their sandbox
    # open another 30 days", "can their sandbox stay live through Q1?")
    give(
        "trial",
        "another extra more",
        rf"(?:another|extra|more)\s+{N}\s+(?:months?|weeks?|days?)\s+(?:of|on|in)\s+(?:the\s+|their\s+"
        r"|your\s+)?(?:pilot|trial|poc|sandbox|evaluation|eval)\b",
        qty=True,
    )
    give(
        "trial",
        "keep keeping leave leaving",
        r"(?:keep|leave)(?:ing)?\s+(?:[a-z0-9&.'-]+\s+){0,2}?(?:sandbox|trial|pilot|poc|test\s+environment)"
        r"\s+(?:open|live|running|on|active|going)\b",
    )
    give(
        "trial",
        "sandbox trial pilot poc",
        r"(?:sandbox|trial|pilot|poc)\s+(?:stay|stays|remain|remains)\s+(?:open|live|active|on|up)\b",
    )
    # gives: the customer's number met ("meeting Ostrava at their number", "meet us at €48k",
    # "round the quote down to an even $50k", "come down $7.5k")
    give(
        "discount",
        "meet meeting",
        r"meet(?:ing)?\s+(?:them|him|her|us|[a-z0-9&.'-]+(?:\s+[a-z0-9&.'-]+)?)\s+at\s+(?:their|his"
        rf"|her|our|the|that)\s+(?:number|price|figure|target|budget)\b|meet(?:ing)?\s+(?:us|them)\s+at"
        rf"\s+{MONEY}",
        qty=True,
    )
    give(
        "discount",
        "round rounding",
        r"round(?:ing)?\s+(?:[a-z0-9&.'-]+\s+){0,3}?down\b",
    )
    give("discount", "come coming", rf"com(?:e|ing)\s+down\s+(?:by\s+)?{MONEY}", qty=True)
    # gets: introductions to other companies are referrals; a joint webinar or a quote for
    # our site is a reference ("introduce us to two sister companies")
    get(
        "reference",
        "introduce introducing intro intros introductions",
        r"(?:introduc(?:e|ing)\s+us\s+to|intros?\s+to|introductions\s+to)\s+(?:[a-z0-9-]+\s+){0,3}?"
        r"(?:sister|other|partner|peer|parent|group)\s+(?:compan(?:y|ies)|firms?|businesses|schools"
        r"|hospitals|banks|teams|brands|organi[sz]ations)\b",
    )
    get(
        "reference",
        "joint webinar quote",
        r"joint\s+(?:webinar|event|talk|blog|case|panel)|webinar\s+with\s+us\b"
        r"|quote\s+(?:we\s+can\s+use|for\s+our\s+(?:site|website))",
    )
    # gives: people trained for nothing ("I'll get your admins trained on site, on us")
    give(
        "scope",
        "get getting have having",
        r"(?:get|have)(?:ting|ing)?\s+(?:your|their|the)\s+(?:[a-z-]+\s+)?(?:admins|team|users|staff"
        r"|people|managers|engineers|agents|champions|superusers)\s+(?:trained|certified|onboarded)\b"
        r"(?=[^.!\n]{0,40}\b(?:on\s+us|free|no\s+(?:charge|cost)|at\s+our\s+cost|included|on\s+the"
        r"\s+house)\b)",
    )
    # gets: more of the customer's business in its own nouns ("move all 14 hotels over to us",
    # "if they sign for all four hospitals", "take both the cleaning and catering contracts",
    # "the extra 500 pallets a month", "once your volumes hit 2 million a month")
    _UNITS_OF_BUSINESS = (
        r"(?:locations|sites|hotels|clinics|hospitals|stores|shops|schools|offices|branches|depots"
        r"|warehouses|plants|properties|practices|campuses|teams|departments|divisions|entities"
        r"|brands|vehicles|fleets?|contracts|accounts|users|staff|employees|homes|restaurants|venues"
        r"|sites|regions|countries|subsidiaries|units|trusts|libraries|factories|buildings)\b"
    )
    get(
        "volume",
        "move moves moving bring bringing put putting switch switching migrate migrating",
        r"(?:move|moves|moving|bring|bringing|put|putting|switch|switching|migrate|migrating)\s+"
        r"(?:all|every|both|the\s+rest\s+of|the\s+other)\s+(?:(?:of\s+)?(?:your|their|the)\s+)?"
        rf"(?:{N}\s+)?(?:[a-z-]+\s+)?{_UNITS_OF_BUSINESS}",
    )
    get(
        "volume",
        "sign signs signed signing commit commits committing",
        r"(?:sign|signs|signed|signing|commit|commits|committing)\s+(?:up\s+)?(?:for|to|across)\s+"
        rf"(?:all|every|both)\s+(?:(?:of\s+)?(?:their|your|the)\s+)?(?:{N}\s+)?(?:[a-z-]+\s+)?"
        rf"{_UNITS_OF_BUSINESS}",
    )
    get(
        "volume",
        "take takes taking",
        r"(?:take|takes|taking)\s+(?:both\s+(?:the\s+)?|all\s+(?:of\s+)?(?:the\s+)?|the\s+(?:full|whole"
        r"|entire)\s+)(?:[a-z-]+\s+){0,4}?(?:contracts?|fleet|estate|modules?|products?|services|lines?"
        r"|package|bundle|suite|platform|programme|program|sites?|order)\b"
        r"|(?:take|takes|taking)\s+the\s+(?:[a-z-]+\s+){0,2}?(?:module|add-on|product|bundle|package"
        r"|suite)\s+too\b",
    )
    get(
        "volume",
        "extra additional another",
        rf"(?:extra|additional|another)\s+{N}\s+(?:[a-z-]+\s+)?(?:pallets|units|orders|shipments"
        r"|transactions|devices|vehicles|beds|calls|tickets|hours|loads|tonnes|tons|deliveries"
        r"|bookings|licen[cs]es|seats|users)\s+(?:a|per|each|every)\s+(?:month|week|year|quarter|day)\b",
    )
    get(
        "volume",
        "volume volumes usage spend throughput orders",
        r"(?:volumes?|usage|spend|throughput|orders)\s+(?:hit|hits|reach|reaches|go\s+(?:over|above)"
        r"|goes\s+(?:over|above)|exceed|exceeds|pass|passes|top|tops)\b",
    )
    # gets: a procurement step skipped, a mention in the customer's channels, the SOW signed
    get(
        "process",
        "skip skipping drop dropping",
        r"(?:skip|drop)(?:ping)?\s+(?:the\s+|their\s+|your\s+|a\s+)?(?:[a-z-]+\s+)?(?:tender|rfp|rfq"
        r"|bid|procurement|security|legal|approval|evaluation|review)\s+(?:round|stage|step|process"
        r"|cycle|review|questionnaire)s?\b",
    )
    get(
        "reference",
        "put putting feature featuring mention mentioning include including",
        r"(?:put|feature|mention|include)(?:ting|ing)?\s+us\s+in\s+(?:your|their)\s+(?:[a-z-]+\s+)?"
        r"(?:newsletter|blog|magazine|case\s+stud\w+|press\s+release|announcement|conference|event"
        r"|podcast|webinar|bulletin)\b",
    )
    get(
        "faster_signature",
        "sign signs",
        r"sign\s+off\s+(?:the|your|their)\s+(?:sow|order|contract"
        r"|paperwork|po|quote)\s+" + DEADLINE,
    )
    # gives: dates in other words ("get you installed in the new clinic by the 14th", "bring
    # your install date forward", "start onboarding on Monday instead of the 20th", "deliver the
    # scanners within 5 working days", "commit to Ravensworth Logistics' go-live date")
    give(
        "delivery",
        "get getting have having",
        r"(?:get|have)(?:ting|ing)?\s+(?:you|them|your\s+team|their\s+team)\s+(?:installed|set\s+up"
        r"|up\s+and\s+running|live|deployed)\s+(?:in\s+(?:the\s+|your\s+|their\s+)?(?:[a-z-]+\s+){0,2}?)?"
        r"(?:by|before|within|ahead\s+of)\b",
    )
    give(
        "delivery",
        "bring bringing pull pulling move moving",
        r"(?:bring|pull|move)(?:ing)?\s+(?:the\s+|your\s+|their\s+)?(?:install(?:ation)?|delivery"
        r"|installation)\s+(?:date\s+)?(?:forward|up|in|earlier)\b",
    )
    give(
        "delivery",
        "start starting",
        r"start(?:ing)?\s+(?:the\s+|your\s+|their\s+)?(?:onboarding|implementation|install\w*"
        r"|deployment|rollout|delivery)\s+(?:on|by|from)\s+[a-z0-9]+(?:\s+[a-z0-9]+)?\s+(?:instead\s+of"
        r"|rather\s+than)\b",
    )
    give(
        "delivery",
        "deliver delivering",
        r"deliver(?:ing)?\s+(?:the|your|their)\s+(?:[a-z-]+\s+){0,2}?(?:within|by|before)\s+",
        weak=W,
    )
    give(
        "delivery",
        "commit committing",
        r"commit(?:ting)?\s+to\s+(?:[a-z0-9&-]+\s+){0,2}[a-z0-9&-]+(?:'s|s')\s+(?:[a-z-]+\s+)?"
        r"(?:go[\s-]?live|launch|delivery|rollout|start|install\w*)\s+date\b",
    )
    # gives: terms set aside ("let Alderley off the minimum vehicle commitment", "walk away from
    # the contract on 90 days notice", "the late delivery penalties waived", "sign their own
    # contract template instead of our MSA")
    give(
        "policy_exception",
        "let letting",
        r"let(?:ting)?\s+(?:[a-z0-9&.'-]+\s+){1,3}?off\s+(?:the\s+|their\s+)?(?:[a-z-]+\s+){0,2}?"
        r"(?:minimums?|commitments?|penalt(?:y|ies)|clauses?|obligations?|requirements?)\b",
    )
    give(
        "policy_exception",
        "walk",
        r"walk\s+away\s+from\s+(?:the|this|their|our)\s+(?:contract|deal|agreement)",
    )
    give(
        "policy_exception",
        "penalty penalties waive waiving waived",
        r"(?:penalt(?:y|ies)|liquidated\s+damages)\s+(?:[a-z-]+\s+){0,4}?(?:waived|removed|dropped"
        r"|lifted)\b|waiv(?:e|ing|ed)\s+(?:the\s+|their\s+|any\s+)?(?:[a-z-]+\s+){0,2}?penalt(?:y|ies)\b",
    )
    give(
        "policy_exception",
        "sign signing use using accept accepting",
        r"(?:sign|use|accept)(?:ing)?\s+(?:their|your)\s+own\s+(?:[a-z-]+\s+)?(?:contract|template"
        r"|paper|msa|terms)s?\b",
    )
    # gives: the yearly rise skipped, the first payment moved, a fast repair guaranteed
    give(
        "discount",
        "skip skipping forgo forgoing",
        r"(?:skip|forgo)(?:ping|ing)?\s+(?:the\s+|this\s+year'?s\s+|their\s+|its\s+)?(?:annual\s+"
        r"|yearly\s+)?(?:price\s+)?(?:rise|increase|uplift|hike|escalator)\b",
    )
    give(
        "payment_terms",
        "move moving push pushing shift shifting",
        r"(?:move|push|shift)(?:ing)?\s+(?:[a-z0-9&.'-]+\s+){0,2}?(?:first|initial|next)\s+(?:payment"
        r"|invoice|instal+ment)\s+(?:to|until|till|back)\b",
    )
    give(
        "service_level",
        "guarantee guaranteeing guaranteed",
        r"guarantee(?:ing|d)?\s+(?:a\s+)?(?:next[\s-]day|same[\s-]day|\d+[\s-]hours?|four[\s-]hour)\s+"
        r"(?:replacement|response|fix|repair|swap|support|on[\s-]?site)\b",
    )
    # not moves: a rival bid, a budget for discounts, what we bought, a list price explained,
    # a question about what is standard
    cue(
        Cue.POL,
        "bidder bidders",
        r"(?<=other )bidders?\b|(?<=winning )bidders?\b|(?<=rival )bidders?\b",
    )
    cue(Cue.POL, "discount", r"discount\s+(?:budget|pool|allowance|target|run[\s-]?rate)\b")
    cue(Cue.POL, "my", r"my\s+new\b")
    cue(
        Cue.POL,
        "our",
        r"our\s+(?:[a-z-]+\s+)?(?:provider|vendor|supplier|landlord|bank|insurer)\s+(?:gave|offered"
        r"|gives|is\s+giving|cut|dropped|waived)\b",
    )
    cue(
        Cue.POL,
        "bought buying purchased",
        r"(?:bought|buying|purchased)\s+(?:a|an|my|our|the|some)\s+(?:new\s+|used\s+)?[a-z-]+",
    )
    cue(
        Cue.POL,
        "built baked",
        r"(?:built|baked)\s+into\s+(?:the\s+)?(?:list\s+)?(?:price|pricing)\b",
    )
    cue(
        Cue.POL,
        "what's whats what",
        r"(?:what's|whats|what\s+is|what\s+are)\s+(?:the|our)\s+(?:standard|usual|normal|typical)\b",
    )
    # refusals in other words: "Not happening.", "isn't something we can do", "so no"
    cue(Cue.NEG | Cue.PNEG | Cue.REFUSAL, "happening", r"(?<=not )happening\b")
    cue(
        Cue.PNEG,
        "isn't aren't",
        r"(?:isn't|aren't)\s+something\s+(?:we|i)\s+(?:can|could|are\s+able\s+to|am\s+able\s+to)\b",
    )
    cue(Cue.NEG | Cue.PNEG | Cue.REFUSAL, "so", r"so\s+no\b(?!\s+(?:need|problem|worries)\b)")
    # not moves: what a competitor or another vendor quoted, a published FAQ, a request to share
    # the standard terms ("Competitor quoted them net 90 and 20% off", "a vendor that gave them 6
    # months free", "could you share your standard SLA?")
    cue(
        Cue.POL,
        "competitor competitors",
        r"competitors?\s+(?:quoted|offered|offers|gave|gives|is\s+offering|are\s+offering|charges"
        # (not "can we match what the competitor offered?")
        r"|charged|came\s+in|undercut)\b(?![^.!\n]{0,80}\?)",
    )
    cue(
        Cue.POL,
        "vendor",
        r"(?:(?:(?<=a )|(?<=another )|(?<=other ))vendor\s+(?:that|who|which)\b"
        r"|vendor\s+[a-z]\s+(?:offers|offered|gives|gave|quoted)\b)(?![^.!\n]{0,80}\?)",
    )
    cue(Cue.POL, "faq faqs", None)
    cue(
        Cue.POL,
        "share send",
        r"(?:share|send)\s+(?:over\s+)?(?:me\s+|us\s+)?(?:your|our|the)\s+(?:standard|usual|current)\b",
    )
    # gives: the first invoice pushed out, the rate got down by an amount
    give(
        "payment_terms",
        "first initial",
        r"(?:first|initial)\s+(?:invoice|payment|instal+ment|bill)\s+(?:pushed|moved|deferred|delayed"
        r"|shifted)\s+(?:out|back)?\s*(?:to|until|till|into)\b",
    )
    give(
        "discount",
        "get getting bring bringing",
        r"(?:get|bring)(?:ting|ing)?\s+(?:the|your|their)\s+(?:[a-z-]+\s+)?(?:rate|price|pricing|fee|cost"
        rf"|total)\s+down\s+(?:by\s+|to\s+)?(?:{PM})?",
        qty=True,
    )
    # gets: the paper taken as it is, a seat in front of their counsel
    get("process", "unredlined", r"unredlined\b")
    get(
        "process",
        "get getting put putting",
        r"(?:get|put)(?:ting)?\s+us\s+in\s+front\s+of\s+(?:their|your|the)\s+(?:[a-z-]+\s+)?"
        r"(?:gc|cfo|ceo|coo|cio|cto|board|counsel|legal|decision[\s-]?makers?|execs?|exec\s+team"
        r"|leadership|budget\s+holder|vp|director|head)\b",
    )
    # gives: set-up work fast-tracked for a named customer ("fast-track Morrow Bio's SSO setup")
    give(
        "delivery",
        "expedite expedited expediting fast fasttrack accelerate prioritize prioritise rush",
        r"(?:expedit\w*|fast[\s-]?track\w*|accelerat\w*|prioriti[sz]\w*|rush\w*)\s+"
        r"(?:[a-z0-9&.-]+\s+){0,2}?[a-z0-9&.-]+(?:'s|s')\s+(?:[a-z-]+\s+)?(?:setup|set-up|onboarding"
        r"|implementation|deployment|rollout|install\w*|integration|migration|go[\s-]?live|launch)\b",
    )
    # not moves: asking how a trade went for others, tier tables and pricing pages, a limit
    # stated as a walk-away ("has anyone traded a case study for a discount?", "volume tiers:
    # 100+ seats 10%", "I'd rather walk than offer net 120")
    cue(
        Cue.POL,
        "anyone anybody",
        r"(?:anyone|anybody)\s+(?:ever\s+)?(?:traded|tried|given|offered|done|used|swapped)\b",
    )
    cue(
        Cue.POL,
        "volume pricing price discount tier",
        r"(?:volume|pricing|price|discount)\s+tiers?\s*:|pricing\s+page\b|tier\s+table\b",
    )
    cue(Cue.NEG, "rather", r"rather\s+walk\s+(?:away\s+)?than\b")
    # gives: seats or prices held at today's rate, price protection
    give(
        "price_lock",
        "lock locking hold holding keep keeping",
        r"(?:lock|hold|keep)(?:ing)?\s+(?:[a-z-]+\s+){0,2}?(?:seats|licen[cs]es|users|expansion|add-ons)"
        r"\s+at\s+(?:today'?s|the\s+current|current|this\s+year'?s|the\s+same|their\s+current)\s+"
        r"(?:rate|price|pricing)s?\b",
    )
    give("price_lock", "price", r"price[\s-]protect\w*")
    # gets: work pushed to a later phase, a renewal signed early
    get(
        "scope_reduction",
        "push pushed pushing move moved moving",
        r"(?:push|pushed|pushing|move|moved|moving)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:work|module"
        r"|integration|sso|scope|features?|reports?|workstream)\s+(?:out\s+of|to)\s+(?:phase|a\s+later"
        r"|the\s+next|later|next)\b",
    )
    get(
        "faster_signature",
        "sign signs signing renew renews renewing",
        rf"(?:sign|renew)(?:s|ing)?\s+(?:the\s+renewal\s+|the\s+contract\s+|it\s+)?{N}\s+(?:days|weeks"
        r"|months)\s+early\b",
    )
    # not moves: a tip to reps ("Tip: when they ask for net 60, ...")
    cue(Cue.POL, "tip", r"(?:pro\s+)?tip\s*:")
    # gives: a rise capped, said of any years or a named customer ("cap their year-two and
    # year-three increases at 2%", "cap Rowan Health Trust's yearly uplift at 3%")
    give(
        "price_lock",
        "cap capped capping limit limiting",
        r"(?:cap|capped|capping|limit|limiting)\s+(?:[a-z0-9&.'-]+\s+){0,5}?(?:increases?|uplifts?"
        rf"|escalators?|rises?)\s+(?:at|to)\s+{PCT}",
        qty=True,
    )
    # gets: more spend ("if they bump annual spend by $40k"), more units on the contract ("two
    # more business units on the contract")
    get(
        "volume",
        "bump bumping increase increasing raise raising grow growing up upping",
        r"(?:bump|increas|rais|grow|up)\w*\s+(?:their\s+|the\s+|your\s+)?(?:annual\s+|yearly\s+|total\s+)?"
        rf"(?:spend|commit(?:ment)?|contract\s+value|acv|arr|order)\s+(?:by|to)\s+{MONEY}",
        qty=True,
    )
    get(
        "volume",
        "business teams sites divisions departments regions offices locations entities "
        "subsidiaries",
        r"(?:business\s+units|teams|sites|divisions|departments|regions|offices|locations|entities"
        r"|subsidiaries)\s+(?:on|onto|into|under)\s+(?:the|this|our)\s+(?:contract|deal|agreement|order)\b",
    )
    # "comp the reporting module": give it for nothing
    cue(
        Cue.FREE | Cue.INCL | Cue.CTX,
        "comp comping comped",
        r"comp(?:ing|ed)?\b(?=\s+(?:the|their|them|a|an|it|this|that|him|her)\b)",
    )
    # gives: a date committed to, penalties dropped
    give(
        "delivery",
        "commit committing",
        r"commit(?:ting)?\s+(?:[a-z0-9&.'-]+\s+){1,3}?to\s+(?:a|an|the|their)\s+(?:[a-z0-9]+\s+){0,2}?"
        r"(?:go[\s-]?live|launch|delivery|rollout|start\s+date|deadline)\b",
    )
    give(
        "policy_exception",
        "drop dropping remove removing scrap scrapping forgive forgiving",
        r"(?:drop|remov|scrap|forgiv)\w*\s+(?:the\s+|their\s+|any\s+)?(?:[a-z-]+\s+){0,2}?penalt(?:y|ies)\b",
    )
    # "throw the API add-on in": the particle after its object
    cue(
        Cue.INCL | Cue.CTX,
        "throw throwing toss tossing chuck",
        r"(?:throw|throwing|toss|tossing|chuck)(?=\s+(?:the|an?|their|some|that|this)\s+(?:[a-z0-9-]+\s+)"
        r"{0,3}?in\b)",
    )
    # -- offers, proposals and their sizes --------------------------------------------------------
    # a counter beside the ask it answers ("8% (not the 15% you asked for) and net 45"): the
    # ask named in passing is neither a negation nor a move
    cue(
        Cue.NOOP,
        "not",
        rf"not\s+(?:the\s+)?(?:{PM}|{DAYS}|{TIME})\s+(?:that\s+)?(?:you|they|he|she)\s+(?:asked|wanted"
        r"|requested|pushed|were\s+after)(?:\s+for)?\b",
    )
    # a price brought down by a size ("we can come down 7% on licences")
    give(
        "discount",
        "come coming",
        rf"com(?:e|ing)\s+down\s+(?:another\s+|a\s+further\s+)?{PM}",
        qty=True,
    )
    # gets: the term named as the condition ("if the term is 36 months", "if the deal goes to
    # 3 years", "as long as the contract runs to 24 months")
    get(
        "term_commitment",
        "term deal contract agreement commitment",
        r"(?:term|deal|contract|agreement|commitment)\s+(?:is|goes|moves|runs|gets|extends|becomes)"
        rf"\s+(?:(?:up\s+|out\s+)?to\s+|extended\s+to\s+|at\s+least\s+)?(?:a\s+)?{YM}(?!\s+old\b)",
        weak=W,
        qty=True,
    )
    # gets: a term lengthened from one length to another ("Elmsworth goes from 1yr to 3yr"):
    # the size is the second length
    get(
        "term_commitment",
        "goes going moves moving",
        rf"(?:goes|going|moves|moving)\s+from\s+(?:a\s+|an\s+)?{YM}(?:\s+(?:deal|term|contract))?\s+"
        rf"to\s+(?:a\s+|an\s+)?(?={YM})",
    )
    # gets: introductions to the customer's wider group ("introduce us to the platform team at
    # your parent company")
    get(
        "reference",
        "introduce introducing intro",
        r"(?:introduc(?:e|ing)|intro)\s+(?:us\s+)?(?:to|with)\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,3}?"
        r"(?:team|teams|group|people|folks|leads?|buyers?|owners?)\s+(?:at|in|from|across)\s+"
        r"(?:your|their)\s+(?:parent|sister|other|partner|group|affiliated?|portfolio|holding)\b",
    )
    # gets: a quote from the customer for our marketing ("a quote we can use on our website")
    get(
        "reference",
        "quote quotes",
        r"quotes?\s+(?:(?:we|i)\s+(?:can|could)\s+(?:use|publish|run)\s+)?(?:on|for|in)\s+(?:our|the)\s+"
        r"(?:[a-z-]+\s+)?(?:website|site|blog|press\s+release|marketing|announcement|landing\s+page"
        r"|case\s+study|newsletter|launch\s+post)\b",
    )
    # gets: the deal pushed through the customer's process by a date ("we can prob get this
    # thru procurement by friday")
    get(
        "faster_signature",
        "get getting push pushing",
        r"(?:get|getting|push|pushing)\s+(?:this|it|the\s+deal|the\s+contract|the\s+paperwork"
        r"|the\s+order)\s+(?:through|thru|past)\s+(?:procurement|legal|finance|approvals?|signature"
        r"|the\s+board|security\s+review)\s+" + DEADLINE,
    )
    # gets: a signature promised on a condition ("they'll sign if we throw in ...")
    get(
        "faster_signature",
        "sign",
        r"(?:(?<='ll )|(?<='d )|(?<=will )|(?<=would ))sign(?:\s+(?:it|this|now))?\s+(?=if\b)",
    )
    # not gets: upfront payment replaced by the give ("pay in 4 quarterly installments instead of
    # all upfront", "switch them from annual upfront to monthly billing")
    cue(
        Cue.NOOP,
        "instead rather",
        r"(?:instead\s+of|rather\s+than)\s+(?:all\s+|paying\s+|the\s+(?:full\s+)?)?(?:annual\s+"
        r"|annually\s+|yearly\s+)?(?:upfront|in\s+advance|prepay\w*)(?:\s+(?:payment|billing))?\b",
    )
    cue(
        Cue.NOOP,
        "annual annually yearly upfront",
        r"(?<=from )(?:(?:annual|annually|yearly)\s+)?(?:upfront|prepaid|prepayment)"
        r"(?:\s+(?:payment|billing))?(?=\s+to\b)",
    )
    # gets: more of the customer's organisation moved onto the deal ("if you move all three
    # regions over", "commit to the full platform")
    get(
        "volume",
        "move moving migrate migrating bring bringing",
        r"(?:mov|migrat|bring)\w*\s+(?:all\s+|both\s+|the\s+other\s+|the\s+rest\s+of\s+)?"
        r"(?:(?:their|your|the|of\s+their|of\s+your|\d+|two|three|four|five|six)\s+)?(?:[a-z-]+\s+)?"
        r"(?:regions?|offices?|sites?|divisions?|teams?|business\s+units?|subsidiaries|entities"
        r"|departments?|locations?|brands?)\s+(?:over|onto|on\s+to|across)\b",
        weak=W,
    )
    get(
        "volume",
        "commit commits committing committed",
        r"commit(?:s|ting|ted)?\s+to\s+(?:the|a)\s+(?:full|whole|entire)\s+(?:platform|suite|bundle"
        r"|product\s+suite|stack)\b",
    )
    # gives: the customer's rollout hurried, named by the customer ("expedite Pellow Marine's
    # onboarding")
    give(
        "delivery",
        "expedite expedited expediting fast fasttrack accelerate accelerating prioritize "
        "prioritise rush",
        r"(?:expedit\w*|fast[\s-]?track\w*|accelerat\w*|prioriti[sz]\w*|rush\w*)\s+"
        r"(?:[a-z0-9&.-]+\s+){0,2}?[a-z0-9&.-]+'s\s+(?:[a-z-]+\s+)?" + _FAST_THINGS,
    )
    # gives: leaving the contract early ("a 14-day cancellation window written into the contract")
    give(
        "policy_exception",
        "cancellation cancel",
        r"cancellation\s+(?:window|rights?|clause|option)\b|cancel\s+(?:at\s+)?any\s*time\b",
        weak=W,
    )
    # gives: room on a named fee ("any flexibility on the implementation fee?")
    give(
        "discount",
        "flexibility flexible movement wiggle",
        rf"(?:flexibility|flexible|movement|wiggle\s+room)\s+(?:on|with)\s+{D}(?:[a-z-]+\s+){{1,2}}?"
        r"(?:fees?|prices?|pricing|rates?|costs?|charges?)\b",
    )
    # gives: a price fixed for what the customer adds later ("a fixed price on any seats they
    # add over the next 18 months", "hold 2025 rates through 2027")
    give(
        "price_lock",
        "fixed",
        r"fixed\s+(?:per[\s-]seat\s+|unit\s+)?(?:price|pricing|rate)s?\s+(?:for|on|through|until)\s+"
        r"(?:any|all|future|additional|new|expansion|the\s+next|next|years?|renewals?|\d)",
    )
    give(
        "price_lock",
        "hold holding keep keeping",
        rf"(?:hold|keep)(?:ing)?\s+{D}(?:(?:19|20)\d\d|current|today's|existing|this\s+year's)\s+"
        r"(?:prices?|pricing|rates?)\s+(?:for|through|until|till|into)\b",
    )
    # gives: a rise held to a size ("renewals capped at a 3% uplift", "increases limited to 4%")
    give(
        "price_lock",
        "renewal renewals increase increases uplift uplifts escalator escalators",
        r"(?:renewals?|increases?|uplifts?|escalators?)\s+(?:(?:is|are|gets?|being)\s+)?(?:capped|held"
        r"|limited|kept)\s+(?:at|to)\s+"
        rf"(?:a\s+|an\s+)?(?:max(?:imum)?\s+(?:of\s+)?)?{PCT}",
        qty=True,
    )
    # gives: a sized rise waived ("waive the 7% list price increase"): the rise is the size
    give(
        "discount",
        "waive waiving remove removing skip skipping",
        rf"(?:waiv|remov|skip)\w*\s+(?:the|their|this\s+year's|any|that)\s+{PCT}\s+"
        r"(?:(?:list|annual|yearly|renewal|price|pricing)\s+){0,3}(?:increase|uplift|escalator|hike"
        r"|rise)\b",
        qty=True,
    )
    # the seller's limit said as its last offer ("guarantee go-live by Feb 1 — that's the most
    # I can offer"): an offer, not a threshold policy
    cue(
        Cue.CTX | Cue.GIVEV,
        "most",
        r"(?:(?<=that's the )|(?<=that is the )|(?<=this is the )|(?<=it's the ))most\s+(?:i|we)\s+"
        r"can\s+(?:offer|do|give|stretch)\b",
    )
    # connectors: the return named as all that is needed ("happy to throw in 10 seats — all
    # we'd need from you is a case study", "all we ask in return is a logo")
    cue(
        Cue.COND | Cue.CTX,
        "all",
        r"all\s+(?:we|i)(?:'d|\s+would|\s+will)?\s+(?:need|ask|want|require)(?:\s+for)?"
        r"(?:\s+(?:from\s+you|from\s+them|in\s+return|back))?\s+(?:is|are)\b",
    )
    # not moves: shares that are a business figure ("92% gross retention", "a 27% win rate")
    num(
        "cue",
        None,
        "pct",
        r"\s+(?:(?:gross|net|logo|revenue|dollar)\s+)?(?:retention|churn|nrr|grr|win\s+rate"
        r"|close\s+rate|conversion|attach\s+rate|renewal\s+rate|pipeline\s+coverage)\b",
        flags=Cue.NOOP,
    )
    # gives: a payment staggered or split into shares ("stagger the payment — 25% now, 75% on
    # go-live", "split it 50% upfront and 50% on delivery")
    give(
        "payment_terms",
        "stagger staggering staggered split splitting",
        r"stagger\w*\s+(?:the\s+|their\s+|your\s+)?(?:[a-z-]+\s+)?(?:payments?|billing|invoices?"
        r"|invoicing|fees?|it|them)\b"
        rf"|split\w*\s+(?:it|them|the\s+(?:payment|invoice|fee|bill)s?|payments?)\s+(?={PCT}\s)",
    )
    # not moves: shares of a payment split ("25% now, 75% on go-live", "50% upfront")
    num(
        "cue",
        None,
        "pct",
        r"\s+(?:now|upfront|in\s+advance|(?:on|at|upon)\s+(?:signature|signing|go[\s-]?live|delivery"
        r"|completion|kick[\s-]?off|acceptance))\b",
        flags=Cue.NOOP,
    )
    # not moves: a price rise announced ("our annual price adjustment of 4%")
    cue(
        Cue.NOOP,
        "annual yearly",
        rf"(?:annual|yearly)\s+(?:price\s+|pricing\s+|rate\s+)?adjustments?(?:\s+(?:of|by)\s+"
        rf"(?:up\s+to\s+)?{PCT})?(?=\s+(?:will|takes?|is|goes|applies|comes|kicks)\b)",
    )
    # not gets: the deal described by its length and value ("1-yr deal, ~60k"): what the deal
    # is, not a term asked for (tried before the term rules)
    number_rules.insert(
        0,
        (
            "cue",
            None,
            "years months",
            rf"[\s-]+deal,\s+(?:about\s+|around\s+|~\s?)?{MONEY}",
            {"flags": Cue.NOOP},
        ),
    )
    # gives: the work finished by a date ("commit to a dedicated engineer and finish by end of
    # January", "we can complete the rollout before your fiscal year")
    give(
        "delivery",
        "finish finishing complete completing",
        r"(?:(?<=and )|(?<=to )|(?<=can )|(?<=could )|(?<='ll )|(?<=will ))(?:finish|complet)\w*\s+"
        r"(?:the|your|their)\s+(?:implementation|rollout|roll-out|onboarding|setup|migration"
        r"|integration|deployment|build)\s+(?:by|before|within)\b"
        # (with no object only where it joins a commitment: "commit to X and finish by ...")
        r"|(?<=and )(?:finish|complet)\w*\s+(?:by|before|within)\b",
        weak=W,
    )
    # connectors: "if we can" closing a sentence ties its get to the give before it ("ok to
    # expedite their onboarding? they'd prepay year one if we can")
    cue(
        Cue.COND | Cue.ANA | Cue.CTX,
        "if",
        r"(?<!see )(?<!ask )(?<!check )(?<!asked )(?<!asking )(?<!wonder )(?<!wondering )(?<!sure )"
        r"(?<!know )(?<!whether )(?<!out )if\s+(?:we|you)\s+can(?=\s*(?:[.!?]|$))",
    )
    # gives: a connector included ("the on-prem connector included")
    _add("obj", "scope", "connector connectors", r"connectors?\b")
    # not moves: another seller's offer reported ("Zetland's reseller is offering them 25% off")
    # (as for a competitor's, tried under the competitor rule)
    cue(
        Cue.POL,
        "reseller resellers",
        r"(?<!that )(?<!which )(?<!what )(?<!what the )resellers?\s+(?:(?:is|are|was|were"
        r"|has\s+been|have\s+been|just|already|now)\s+)?(?:offering|giving|gave|quoting|quoted"
        r"|discounting"
        r"|throwing\s+in|cutting|undercutting)\b",
    )
    # connectors: a give priced on a longer deal ("$3,000 off on a 3 year deal", "2 free months
    # on a 24-month agreement"): the deal named is the return
    cue(
        Cue.WCOND,
        "on",
        # (a longer deal than a year: "the 3-year price on a 1-year deal" is no tie)
        r"on\s+(?:a|an)\s+(?=(?:(?:[2-9]|two|three|four|five)[\s-]?(?:years?|yrs?)|multi[\s-]?year"
        r"|(?:1[89]|[2-6]\d)[\s-]?months?)[\s-]+(?:deal|term|contract|agreement|commitment|renewal)\b)",
    )
    # gives: payment terms in words ("net sixty", "net forty-five")
    give(
        "payment_terms",
        "net",
        r"net[\s-](?:thirty|forty|sixty|ninety)(?:[\s-]five)?\b(?!\s*(?:%|percent|per\s?cent))"
        r"(?:\s+(?:payment\s+)?terms?)?",
        weak=W,
        qty=True,
    )
    # gets: the deal closed or the order in by a date ("if the deal closes this quarter",
    # "provided the order is in by Friday")
    get(
        "faster_signature",
        "deal order po contract paperwork",
        r"(?:deal|order|po|contract|paperwork)\s+(?:closes|close|closing|lands|land|is\s+signed"
        r"|gets\s+signed|is\s+in|comes\s+in|is\s+back|comes\s+back)\s+(?:with\s+us\s+)?" + DEADLINE,
    )
    # gets: seats bought at a discount ("200 seats at 18% off"): the head count is the return
    # ("the deal is 250 seats at $90 each" describes the deal)
    num(
        "get",
        "volume",
        "seats",
        rf"(?=\s+at\s+(?:a\s+|an\s+)?{PM}\s+(?:off|discount)\b)",
        qty=True,
    )
    # gives: single sign-on, a feature included ("we can include SSO")
    _add("obj", "scope", "sso single", r"sso\b|single[\s-]sign[\s-]on\b")
    # connectors: "and we'll" after the customer's move; only "and" is read here, so "we'll"
    # names the seller as the one who gives what follows ("Prepay the year and we'll add 20
    # seats")
    cue(
        Cue.RCOND,
        "and",
        r"and(?=\s+(?:we'll|we\s+will|we\s+can|we\s+could|we'd|i'll|i\s+can|i\s+could)\b)",
    )
    # gives: the price brought to the customer's number ("if you can get to that number",
    # "come down to our budget"); a competitor's price matched ("match the competitor's $50/seat")
    give(
        "discount",
        "get getting come coming go going",
        # (not "get to the number", "my number": a rep's quota)
        r"(?:get|getting|come|coming|go|going)\s+(?:down\s+)?to\s+(?:(?:that|this|their)\s+(?:number"
        r"|figure|target)|(?:that|our|this|the|their)\s+(?:budget|price\s+point|target\s+price))\b",
    )
    give(
        "discount",
        "match matching",
        r"match(?:ing)?\s+(?:the\s+|their\s+|a\s+)?(?:competitor'?s?|rival'?s?|other\s+vendor'?s?"
        rf"|incumbent'?s?)\s+(?={MONEY}|{PCT})",
    )
    # not moves: talk about any customer, not this deal ("when a customer asks for net 90, do
    # you trade it ...", "trades like 'net 60 for a 2-year term'")
    cue(
        Cue.POL,
        "when whenever",
        r"(?:when|whenever)\s+(?:a|any)\s+(?:customer|prospect|buyer|client|account)\s+(?:asks|wants"
        r"|requests|pushes|demands|comes\s+back)\b",
    )
    cue(Cue.POL, "trades tradeoffs trade-offs", r"(?:trades|trade-?offs)\s+like\b")
    # a refusal joined by "and" is a clause of its own, refusing the one before ("Dunmore's
    # trial ends Friday and we're not extending it")
    cue(
        Cue.BD_CLAUSE,
        "and",
        r"and(?=\s+(?:we're|we\s+are|i'm|we|i)\s+(?:not|won't|can't|cannot|didn't|don't|aren't)\b)",
    )
    # gets: the commitment in writing by a date ("get us the 2-yr commitment in writing today")
    get(
        "faster_signature",
        "writing",
        r"(?:(?<=commitment in )|(?<=commit in )|(?<=order in )|(?<=agreement in )"
        r"|(?<=contract in )|(?<=po in )|(?<=yes in ))writing\s+" + DEADLINE,
    )
    # not moves: benchmarks of deals in general ("Benchmark from the RevOps deck: ... 10-15% off")
    cue(
        Cue.POL,
        "benchmark benchmarks benchmarking",
        r"benchmark(?:s|ing)?(?=\s*(?::|from\b|data\b|report\b|numbers\b|figures\b|study\b|[.?!]|$))",
    )
    # refusals said on their own, after the ask ("Not happening.", "We can't, and I told them
    # so.", "we're not extending it", "I told him our policy is paid POCs only")
    cue(Cue.PNEG | Cue.REFUSAL, "not", r"not\s+(?:happening|going\s+to\s+happen)\b")
    cue(
        Cue.NEG | Cue.REFUSAL,
        "not",
        r"not\s+(?:extending|offering|giving|doing|matching|waiving|approving|granting|budging"
        r"|agreeing\s+to)\s+(?:it|that|this|them|one|any)\b",
    )
    cue(
        Cue.NEG | Cue.REFUSAL,
        "can't cannot won't",
        r"(?<=we )(?:can't|cannot|won't)(?:\s+(?:do|offer|give|match|accept|agree\s+to)\s+"
        r"(?:that|it|this|those))?(?=\s*(?:[,.;!]|$|(?:and|but)\b))",
    )
    cue(
        Cue.NEG | Cue.REFUSAL,
        "told telling",
        r"(?:told|telling)\s+(?:them|him|her|the\s+customer|the\s+client)\s+(?:so\b|(?:that\s+)?"
        r"(?:our\s+policy|we\s+(?:can't|cannot|don't|won't|couldn't|only)|it's\s+not|that's\s+not"
        r"|it\s+isn't|that\s+isn't)\b)",
    )

    # -- everyday lines: reports, notes, questions and asks without the usual words ---------------
    # gives: billing split into named stages or milestones ("bill the licence fee in three
    # milestones", "invoice you in two stages", "stagger the payments over the year")
    give(
        "payment_terms",
        "bill billed billing invoice invoiced invoicing charge charged charging pay paying",
        r"(?:bill|billed|billing|invoice|invoiced|invoicing|charg(?:e|ed|ing)|pay|paying)\s+"
        r"(?:[a-z'-]+\s+){0,3}?in\s+(?:two|three|four|five|2|3|4|5)\s+(?:milestones|stages|phases"
        r"|tranches|instal+ments|installments|payments|parts|chunks)\b",
    )
    give(
        "payment_terms",
        "stagger staggering",
        r"stagger(?:ing)?\s+(?:the\s+|their\s+|your\s+|our\s+)?(?:[a-z-]+\s+)?(?:payments?"
        r"|invoices?|invoicing|billing|fees?|costs?)\b",
    )
    give(
        "payment_terms",
        "pushed postponed",
        rf"(?:pushed|postponed)\s+(?:back\s+)?{D}(?:first\s+|initial\s+)?"
        r"(?:payment|payments|invoice|invoicing|billing|bill)\b",
    )
    # not moves: shares of a staged payment ("30% at signature, 40% at go-live")
    num(
        "cue",
        None,
        "pct",
        r"\s+(?:(?:is\s+)?(?:due\s+)?(?:at|on|upon|after)\s+(?:the\s+)?(?:signature|signing|go[\s-]?live"
        r"|kick[\s-]?off|acceptance|completion|uat|launch|delivery|contract\s+signature|cut[\s-]?over"
        r"|milestone)\b)",
        flags=Cue.NOOP,
    )
    # gives: a rise given up, named by what it applies to ("waived the premium-tier uplift")
    give(
        "discount",
        "waive waived waiving skip skipped skipping",
        r"(?:waiv(?:e|ed|ing)|skip(?:ped|ping)?)\s+(?:the\s+|this\s+year's\s+|their\s+|our\s+)"
        r"(?:[a-z0-9-]+\s+){1,2}?(?:increase|uplift|escalator|price\s+rise)s?\b",
    )
    # gives: a price brought down by a stated sum, whatever the price is called ("reduce the
    # annual subscription by £7,500", "cut the licence total by 10%")
    give(
        "discount",
        "reduce reducing lower lowering cut cutting trim trimming",
        r"(?:reduc(?:e|ing)|lower(?:ing)?|cut(?:ting)?|trim(?:ming)?)\s+(?:the\s+|their\s+|your\s+"
        r"|our\s+)(?:[a-z-]+\s+){0,2}?(?:subscription|licen[cs]es?|licen[cs]e\s+fee|contract|total"
        r"|renewal|order|package|plan|platform\s+fee|amount|spend)\s+(?:value\s+)?by\s+" + PM,
        qty=True,
    )
    # gives: a larger order's unit price kept for a smaller one ("keep the 250-seat price")
    num(
        "give",
        "discount",
        "seats",
        r"[\s-]+(?:unit\s+|tier\s+|per[\s-]seat\s+|volume\s+)?(?:pricing|price|rates?)\b",
        weak=W,
    )
    # gives: more time to evaluate ("an extension of our evaluation period by 30 days")
    give(
        "trial",
        "extension extensions",
        rf"extensions?\s+(?:of|to|on)\s+{D}(?:free\s+)?(?:trial|pilot|poc|evaluation|eval"
        r"|proof[\s-]of[\s-]concept)\b(?:\s+period)?(?:\s+by\s+" + TIME + ")?",
        qty=True,
    )
    # gives: a renewal price not raised ("rate held flat", "pricing kept flat on renewal")
    give(
        "discount",
        "rate rates price prices pricing renewal",
        r"(?:rates?|prices?|pricing|renewal)\s+(?:held|kept|frozen|stays?|stayed|remains?"
        r"|remained)\s+flat\b(?!\s+(?:for|through|until|till|on|at)\s)",
    )
    # what we pay for is free to the customer ("on-site in week one, at our cost")
    cue(Cue.FREE, "our", r"(?:(?<=at )|(?<=on ))our\s+(?:own\s+)?(?:cost|expense|dime)\b")
    # gets: the customer presents or speaks with us ("in exchange for you presenting with us
    # at our user conference", "speak at our summit", "co-host a webinar with us")
    get(
        "reference",
        "present presents presenting speak speaks speaking co-present co-presents co-presenting "
        "co-host co-hosts co-hosting join joins joining",
        r"(?:present(?:s|ing)?|speak(?:s|ing)?|co-present(?:s|ing)?|co-host(?:s|ing)?"
        r"|join(?:s|ing)?\s+us)\s+"
        r"(?:with\s+us\s+)?(?:at|on|in)\s+(?:our|a|an|the)\s+(?:[a-z0-9-]+\s+){0,2}?(?:conference"
        r"|event|summit|webinar|keynote|panel|user\s+group|roadshow|forum|stage|livestream)s?\b"
        r"|co-(?:host|present)(?:s|ed|ing)?\s+(?:a|an|the|our)\s+(?:[a-z-]+\s+)?(?:webinar|session"
        r"|talk|panel|event|keynote)s?\b",
    )
    # gets: redlines given up ("if you accept our standard positions on the rest of the
    # redlines", "take our paper", "sign on our standard terms")
    get(
        "process",
        "accept accepting take taking sign signing",
        r"(?:accept(?:ing)?|tak(?:e|ing)|sign(?:ing)?\s+on)\s+(?:our|the)\s+(?:standard|usual|default)"
        r"\s+(?:positions?|terms|paper|language|contract|msa|clauses?|t&cs)\b",
    )
    # gets: the paperwork countersigned by a date ("provided the SOW is countersigned by the 28th")
    get(
        "faster_signature",
        "countersigned executed",
        r"(?:(?<=is )|(?<=be )|(?<=are )|(?<=been )|(?<=gets )|(?<=get ))"
        r"(?:countersigned|executed)\s+" + DEADLINE,
    )
    # ties: "..., if we do": the get before it answers the give asked about
    cue(Cue.COND | Cue.ANA | Cue.CTX, "if", r"if\s+(?:we|you)\s+do\b(?=\s*(?:[.!?,;)]|$))")

    # gets: a term stated as its length ("executed for a minimum term of three years")
    get(
        "term_commitment",
        "term contract commitment agreement",
        r"(?:term|contract|commitment|agreement)\s+of\s+(?:at\s+least\s+)?" + YM,
        qty=True,
    )
    # not moves: sales metrics ("our win rate on deals with >15% discount is 22%", "renewal
    # rate for customers with a dedicated CSM is 96%", "closed-lost reasons: price 38%")
    cue(
        Cue.POL,
        "win close churn conversion retention attach loss",
        r"(?:win|close|churn|conversion|retention|attach|loss)\s+rates?\b",
    )
    cue(
        Cue.POL,
        "renewal",
        r"renewal\s+rates?\s+(?:for|among|across|on|in)\s+(?:[a-z-]+\s+)?(?:customers|accounts"
        r"|deals|clients|logos|cohorts?)\b",
    )
    cue(
        Cue.POL,
        "closed win",
        r"(?:closed[\s-](?:lost|won)|win[\s/-]loss)\s+(?:reasons?|analysis|data|report|numbers"
        r"|stats)\b",
    )
    # not moves: how-to questions about asks in general ("when someone asks for a longer trial,
    # what do you usually ask for?", "how do people here handle 'we need net 90'?")
    cue(
        Cue.POL,
        "when whenever",
        r"(?:when|whenever)\s+(?:someone|somebody|anyone|a\s+customer|customers|a\s+prospect"
        r"|prospects|a\s+buyer|buyers|procurement|a\s+client|clients)\s+(?:asks?|wants?|demands?"
        r"|pushes|push|requests?|insists?)\b",
    )
    cue(
        Cue.POL,
        "how",
        r"how\s+(?:do|does|did|would|should)\s+(?:people|folks|others|other\s+reps|other\s+teams"
        r"|you\s+all|you\s+guys|y'all|everyone|the\s+team|we\s+usually|you\s+usually|you)\s+"
        r"(?:here\s+)?(?:usually\s+|typically\s+|normally\s+|generally\s+)?(?:handle|deal\s+with"
        r"|approach|respond\s+to|answer|push\s+back\s+on|tackle)\b",
    )
    # not moves: asking colleagues for material ("does anyone have the slide on our SLA tiers?")
    cue(
        Cue.POL,
        "anyone anybody",
        r"(?<=does )(?:anyone|anybody)\s+have\s+(?:the|a|an|our)\s+(?:[a-z-]+\s+)?(?:slides?|deck"
        r"|doc|one[\s-]pager|sheet|template|link|battlecard|comparison|matrix)\b",
    )
    # not moves: asking what the product has ("customer asked if our uptime SLA is 99.9%")
    cue(
        Cue.POL,
        "asked asking",
        r"(?:asked|asking)\s+(?:me\s+|us\s+)?(?:if|whether)\s+(?:our|the)\s+(?:[a-z0-9-]+\s+){0,3}?"
        r"(?:is|are|includes?|covers?|has|comes\s+with)\b",
    )
    # not moves: what every plan has ("confirmed yes, it's standard on all plans")
    cue(
        Cue.POL,
        "standard",
        r"standard\s+(?:on|in|for|across)\s+(?:all|every|each)\s+(?:of\s+our\s+)?(?:plans?|tiers?"
        r"|editions?|packages?|customers|contracts)\b",
    )

    # gives: work we promise done by a date ("our onboarding team will have your workspace
    # configured by Monday", "we'll get their tenant provisioned within 5 days")
    give(
        "delivery",
        "have get",
        r"(?:(?<=will )|(?<='ll ))(?:have|get)\s+(?:your|their|the|its|[a-z0-9&.-]+'s)\s+"
        r"(?:[a-z0-9-]+\s+){0,3}?(?:configured|set\s+up|ready|live|provisioned|deployed|installed"
        r"|migrated|onboarded|up\s+and\s+running|integrated|connected|trained)\b"
        r"(?=[^.!?\n]{0,60}?\b(?:by|before|within)\b)",
    )
    # not a get: paying up front named as the customer's burden ("annual upfront is a lot",
    # "annual prepay kills their cash flow"); what is swapped away is not asked for
    cue(
        Cue.NOOP,
        "annual upfront prepay prepayment",
        r"(?:annual\s+)?(?:upfront|up\s+front|prepay(?:ment)?)(?:\s+payments?)?\s+(?:(?:is|was"
        r"|would\s+be)\s+(?:a\s+lot|too\s+\w+|tough|hard|difficult|impossible|painful|a\s+(?:stretch"
        r"|problem|non-starter|struggle|big\s+ask)|not\s+(?:possible|an\s+option))|kills|hurts"
        r"|won't\s+work|doesn't\s+work|breaks|strains)\b",
    )
    cue(
        Cue.INSTEAD,
        "swap swapping switch switching move moving",
        r"(?:swap(?:ping)?|(?:switch(?:ing)?|mov(?:e|ing))\s+(?:[a-z0-9&.-]+\s+){0,2}?(?:from|off"
        r"|away\s+from))(?:\s+(?:the|their|an?|our))?\b",
    )
    # not moves: a manager's rule on what nobody may give ("nobody offers free implementation
    # without talking to me", "no one promises SLAs before legal sees them")
    cue(
        Cue.NEG | Cue.POL,
        "nobody no-one",
        r"(?:nobody|no-one)\s+(?:\w+\s+)?(?:offers?|gives?|promises?|agrees?|throws?|includes?"
        r"|extends?|discounts?|waives?|approves?|quotes?)\b",
    )
    cue(
        Cue.NEG | Cue.POL,
        "no",
        r"no\s+one\s+(?:\w+\s+)?(?:offers?|gives?|promises?|agrees?|throws?|includes?|extends?"
        r"|discounts?|waives?|approves?|quotes?)\b",
    )
    # not moves: a cap or eligibility stated as policy ("if anyone asks, 20% is the cap for
    # education customers", "the partner discount is only for registered resellers")
    cue(
        Cue.POL,
        "cap ceiling limit",
        r"(?:(?<=is the )|(?<=is our )|(?<=are the ))(?:cap|ceiling|limit)\s+(?:for|on)\s+"
        r"(?:all\s+)?(?:[a-z-]+\s+)?(?:customers|deals|accounts|clients|renewals|reps|segments?|education"
        r"|nonprofits?|startups?|smb|mid-market|enterprise)\b",
    )
    cue(Cue.POL, "anyone anybody someone", r"(?<=if )(?:anyone|anybody|someone)\s+asks\b")
    cue(
        Cue.POL,
        "only",
        r"only\s+(?:for|available\s+to|applies\s+to)\s+(?:registered\s+|certified\s+|approved\s+)?"
        r"(?:resellers|partners|distributors|non-?profits|charities|government|public\s+sector"
        r"|channel\s+partners)\b",
    )
    # refusals said in two words ("They want 20%. Not happening.")
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "not no",
        # (not "no chance they sign without it": a bare phrase that ends its clause)
        r"(?:not\s+happening|no\s+chance|not\s+a\s+chance)\b(?=\s*(?:[.!;,\n]|$)|\s+[—–-]\s)",
    )
    # shares of a staged payment named first ("25% now, 75% on go-live")
    num(
        "cue",
        None,
        "pct",
        r"\s+(?:now|up\s?front|today|on\s+signing)(?=\s*[,;-]?\s*(?:and\s+)?\d{1,3}\s?%\s+(?:at|on"
        r"|upon|after)\s+(?:the\s+)?(?:signature|signing|go[\s-]?live|kick[\s-]?off|acceptance"
        r"|completion|uat|launch|delivery|cut[\s-]?over|milestone)\b)",
        flags=Cue.NOOP,
    )

    # not policy: a give said to sit within the rules ("net 60, which was within policy",
    # "it's within your authority", "10% on my own authority"); no approval is asked for
    cue(
        Cue.APDONE,
        "within",
        r"within\s+(?:the\s+|our\s+|your\s+|my\s+|his\s+|her\s+)?(?:discount\s+|pricing\s+)?"
        r"(?:policy|guidelines|authority|guardrails|limits|band)\b",
    )
    cue(Cue.APDONE, "on", r"on\s+(?:my|your|our)\s+own\s+authority\b")
    # gives: another vendor's discount matched ("could you match the 25% our incumbent gave
    # us?", "can we match the 20% Vendor X offered?")
    give(
        "discount",
        "match matching",
        r"match(?:ing)?\s+(?:the|their|that|a|[a-z0-9&-]+'s)\s+"
        + PM
        + r"(?!\s+(?:uptime|availability|sla|response|growth|increase|uplift)\b)",
        qty=True,
    )
    # gives: a price asked for in the customer's words ("please come back with your best and
    # final offer", "the total has to come in under $140k")
    give(
        "discount",
        "best",
        r"best\s+and\s+final\s+(?:offer|price|pricing|number|proposal|quote)\b",
    )
    give("discount", "best", r"best\s+and\s+final\b", weak=W)
    # (the figure is the price wanted, not the size of the cut)
    give(
        "discount",
        "total price quote deal renewal",
        r"(?:total|price|quote|number|deal|renewal|proposal|offer)\s+(?:has\s+to|needs\s+to|must"
        r"|should|would\s+have\s+to|to)\s+(?:come\s+in|land|be)\s+(?:at\s+or\s+)?(?:under|below"
        r"|beneath)\s+" + MONEY,
    )
    # not a give: "free gives" is the practice, not a thing given ("No free gives.")
    cue(Cue.NOOP, "free", r"free\s+(?:gives|giveaways|stuff|lunch|rides?)\b")

    # a scope object many deals name: single sign-on and user provisioning
    _add(
        "obj", "scope", "sso saml scim", r"(?:sso|saml(?:\s+sso)?|scim)\b(?!\s+(?:fees?|costs?)\b)"
    )

    # gives: a discount pointed back at ("the 10% we discussed applies only to the first year")
    num(
        "give",
        "discount",
        "pct",
        r"\s+(?:that\s+)?(?:we|i)\s+(?:discussed|agreed(?:\s+on)?|offered|quoted|talked\s+about"
        r"|mentioned|proposed|floated)\b",
        qty=True,
    )
    # not a trial: a pilot's fee ("we'd credit the full pilot fee towards year one")
    cue(Cue.NOOP, "pilot trial poc", r"(?:pilot|trial|poc)\s+(?:fees?|costs?|invoices?)\b")
    # not moves: questions about what is seen in the market or what a term means ("is anyone
    # else seeing procurement demand price caps?", "does 'net 30' mean from invoice date?")
    cue(
        Cue.POL,
        "anyone anybody",
        r"(?:anyone|anybody)\s+else\s+(?:seeing|getting|hearing|noticing|dealing\s+with"
        r"|running\s+into|had)\b",
    )
    cue(
        Cue.POL,
        "mean means",
        r"mean\s+(?:from|exactly|in\s+practice|calendar|business)\b(?=[^.!\n]{0,80}\?)",
    )
    cue(Cue.POL, "what", r"what\s+does\s+(?:[a-z0-9'\"-]+\s+){1,6}?mean\b")

    # offer context: a quote or proposal sent with its terms ("attached is the revised quote
    # with 8% off and net 45", "here's the updated proposal with quarterly billing")
    cue(
        Cue.CTX,
        "revised updated amended",
        r"(?:revised|updated|amended)\s+(?:quote|proposal|offer|pricing)\s+(?:with|including"
        r"|that\s+includes)\b",
    )
    # not a get: fewer seats the customer wants ("wants to drop from 250 to 200 seats")
    cue(
        Cue.NOOP,
        "drop dropping drops reduce reducing cut cutting shrink shrinking downsize downsizing",
        r"(?:drop\w*|reduc\w*|cut\w*|shrink\w*|downsiz\w*)\s+(?:from\s+)?\d{1,6}\s+(?:seats?\s+)?"
        r"(?:down\s+)?to\s+\d{1,6}\s+(?:seats?|licen[cs]es?|users?)\b",
    )

    # -- SECTION-t20 (leave asked in other words, deferred starts to paying, old prices for
    # this deal, setup given free, how-to and process notes that are no moves) ----------------
    # asks for leeway: "can I have the room?", "could we get some flexibility here?"
    cue(
        Cue.AP,
        "can could may",
        r"(?:can|could|may)(?=\s+(?:i|we)\s+(?:have|get)\s+(?:the\s+|some\s+|a\s+(?:bit|little)\s+"
        r"(?:of\s+|more\s+)?|more\s+)?(?:room|leeway|latitude|headroom|discretion|flexibility)\b)",
    )
    # leave asked for two moves at once: "both ok or do I pick one?", "either fine?"
    cue(
        Cue.WQ,
        "both either",
        r"(?:both|either(?:\s+one)?)\s+(?:ok|okay|fine|good|alright|acceptable|approved)\b"
        r"(?=[^.!\n]{0,60}\?)",
    )
    # a colleague's ease asked about: "is the 14-day extension fine w you?" (the "you" is kept
    # for the customer test: said to a customer it stays a weak question)
    cue(
        Cue.WQ,
        "fine ok okay good cool alright",
        r"(?:fine|ok|okay|good|cool|alright)(?=\s+(?:with|w/|w|by)\s+(?:you|u)\s*\?)",
    )
    # a move put as something we could do: "is a 99.99 uptime commitment something we can put
    # in writing for Dunlevy?", "is net 75 something we could live with?"
    cue(
        Cue.PQ,
        "something",
        r"(?<!not )something\s+(?:we|i)\s+(?:can|could)\b(?=[^.!?\n]{0,80}\?)",
    )
    # approval asked for a thing named first: "need a $4,200 credit approved for Glenmore",
    # "need this signed off today", "need a 👍 on 8%" (the emoji is read as a stop)
    cue(
        Cue.AP,
        "need needs",
        r"(?<!they )(?<!they'll )(?<!customer )(?<!client )needs?"
        r"(?=\s+(?:[a-z0-9$€£,.%'-]+\s+){1,5}?(?:approved|signed\s+off|okayed|ok'd|blessed)\b)"
        r"|needs?\s+(?:a|an|your)\s+;\s+(?:on|for)\b",
    )
    # a colleague asked whether they would accept a move: "would leadership go for 25% on
    # Octavia?", "will finance be ok with net 75?" (not "you": the customer may be asked that)
    cue(
        Cue.AP,
        "would could will",
        r"(?:would|could|will)\s+(?:the\s+)?(?:leadership|finance|legal|deal\s+desk|management"
        r"|the\s+cro|cro|rvp|vp|sales\s?ops|revops|my\s+(?:boss|manager|rvp|vp|director))\s+"
        r"(?:go\s+for|accept|swallow|stomach|entertain|be\s+(?:ok|okay|fine|good|comfortable)"
        r"\s+with)\b",
    )
    # a colleague asked to let a named customer do something: "finance: would you let
    # Zephyrine pay monthly?" (a weak question: put to a customer it asks nothing of a colleague)
    cue(
        Cue.WQ,
        "would could can will",
        r"(?:would|could|can|will)\s+(?:you|u)\s+(?:let|allow)\s+(?!(?:me|us|them|him|her|it)\b)"
        r"(?=[a-z0-9&.'-]+\s+(?:[a-z0-9&.'-]+\s+){0,2}?(?:to\s+)?(?:pay|have|get|keep|skip|defer"
        r"|start|stay|extend|take|go|move|out)\b)",
    )
    # deal desk addressed by its initials: "dd: can Yarrow get 7% off if ...?"
    cue(Cue.CO, "dd", r"dd(?=\s*[,:]|\s+(?:team|pls|please|can|could)\b)")
    # a view left to the reader is no approval ask: "I'd offer them a sandbox instead. your
    # call tho"
    cue(Cue.NOOP, "your", r"your\s+call\s+(?:tho|though|really|ultimately|in\s+the\s+end)\b")
    # gives: paying started later than going live ("go live now but not start paying until
    # April", "don't pay anything until the second quarter", "won't be invoiced until June")
    give(
        "payment_terms",
        "not don't won't doesn't wouldn't",
        r"(?:not|don't|won't|doesn't|wouldn't)\s+(?:to\s+)?(?:start\s+|begin\s+|have\s+to\s+)?"
        r"(?:pay(?:ing)?|be\s+(?:billed|invoiced|charged)|(?:get\s+)?(?:billed|invoiced|charged))\s+"
        r"(?:anything\s+|a\s+(?:penny|cent|thing)\s+|for\s+it\s+)?until\b",
    )
    # gives: more days to pay than the usual ("45 days instead of 30 on payment", "60 days
    # rather than 30 on their invoices")
    num(
        "give",
        "payment_terms",
        "days",
        r"(?:\s+(?:instead\s+of|rather\s+than|not|vs\.?|versus)\s+(?:the\s+(?:usual|standard)\s+)?"
        r"\d{1,3}(?:\s+days)?)?\s+(?:on|for)\s+(?:the\s+|their\s+|its\s+)?(?:payment|payments"
        r"|payment\s+terms|terms|invoices?|invoicing|billing)\b",
        qty=True,
    )
    # gives: days or weeks free on one product are a trial of it ("30 days free on the
    # forecasting add-on", "two weeks free of the analytics module")
    num(
        "give",
        "trial",
        "days weeks",
        r"\s+(?:free|at\s+no\s+(?:cost|charge))\s+(?:on|of|with|for)\s+(?:the\s+|their\s+|our\s+"
        r"|your\s+)?(?:[a-z0-9-]+\s+){0,2}?(?:add[\s-]?ons?|modules?|products?|features?|tiers?"
        r"|plans?|platform|tool|app)\b",
        qty=True,
    )
    # gives: a fee for getting started given up ("free setup", "free implementation")
    give(
        "discount",
        "free",
        r"free\s+(?:setup|set-up|installation|activation|implementation)\b(?!\s+(?:support"
        r"|services?|help|assistance|work|calls?|sessions?|hours|days|team|package)\b)",
    )
    # gives: this deal at an earlier price ("keep last year's price on the renewal", "give
    # them the 2023 list price"): the rise waived now, not a lock on later years
    give(
        "discount",
        "last previous prior",
        r"(?:last|previous|prior)\s+year's\s+(?:list\s+)?(?:price|prices|pricing|rates?)\b"
        r"(?!\s+(?:increase|rise|uplift|jump|hike)s?\b)(?!\s+(?:for|through|until|till|into|over)\s+(?:the\s+)?(?:next|future|another|two|three"
        r"|\d|life|term|remaining|coming|following))",
    )
    give(
        "discount",
        "keep keeping hold holding honor honour honoring honouring",
        r"(?:keep|hold|honou?r)(?:ing)?\s+(?:[a-z0-9&.-]+\s+){0,2}?(?:on\s+)?(?:last|previous|prior)"
        r"\s+year's\s+(?:list\s+)?(?:price|prices|pricing|rates?)\b"
        r"(?!\s+(?:increase|rise|uplift|jump|hike)s?\b)(?!\s+(?:for|through|until|till|into|over)\s+(?:the\s+)?(?:next|future|another|two|three"
        r"|\d|life|term|remaining|coming|following))",
    )
    # gives: seats added for nothing ("cool if I add 20 free seats for their contractors?")
    give(
        "scope",
        "add adding",
        r"add(?:ing)?\s+"
        + N
        + r"\s+(?:free|complimentary|bonus|no[\s-]cost)\s+(?:[a-z-]+\s+)?"
        + SEAT_NOUN,
        qty=True,
    )
    give(
        "discount",
        "#",
        r"(?<=the )20\d\d\s+(?:list\s+)?(?:price|prices|pricing|rates?)\b(?!\s+(?:book|list|sheet"
        r"|card|increase|uplift|rise|change|update)s?\b)",
        weak=W,
    )
    # gives: room asked on a price ("any flexibility on the €9k setup fee?")
    give(
        "discount",
        "flexibility flex wiggle",
        r"(?:flexibility|flex|wiggle\s+room)\s+on\s+(?:the\s+|their\s+|your\s+|our\s+)?"
        r"(?:[a-z0-9$€£,.-]+\s+){0,3}?(?:price|pricing|fees?|rates?|cost|quote|number)\b",
    )
    # gives: letting a customer out of a clause ("let Ivory Bay out of the minimum-commit
    # clause", "release them from the exclusivity obligation")
    give(
        "policy_exception",
        "let letting release releasing",
        r"(?:let(?:ting)?\s+(?:[a-z0-9&.'-]+\s+){1,3}?out\s+of|releas(?:e|ing)\s+(?:[a-z0-9&.'-]+\s+)"
        r"{1,3}?from)\s+(?:the\s+|their\s+|its\s+|our\s+|that\s+)?(?:[a-z0-9-]+\s+){0,2}?(?:clause"
        r"|commitment|commit|minimum|obligation|penalty|penalties|lock[\s-]?in|exclusivity)s?\b",
    )
    # ties: a customer who will sign for a give ("Bluewater will sign this week for €12,000
    # off", "they'll commit to two years for net 60")
    cue(
        Cue.COND | Cue.SIGNV | Cue.CTX,
        "sign commit renew",
        r"(?:(?<=will )|(?<='ll ))(?:sign|commit|renew)(?=\s+(?:[a-z0-9'-]+\s+){0,4}?for\s+"
        r"(?:\d|[$€£]|net\b|free\b|an?\s+(?:\d|[$€£]|(?:free|extra|bigger|dedicated)\b)))",
    )
    # gets: "the two year", a term named by its length alone, signed by a date
    num(
        "get",
        "term_commitment",
        "years",
        r"(?:(?<=year)|(?<=yr))(?=\s+(?:by|before)\s+(?:the\s+)?(?:\d|end|eo[mqy]|"
        + WEEKDAY
        + r"|"
        + MONTH
        + r"))",
        qty=True,
    )
    # gets: a larger deal named as an expansion ("as long as the EMEA expansion is in the same
    # order form"); weak: it needs a condition or an ask
    get(
        "volume",
        "expansion",
        r"(?<!on )(?<!for )(?<!of )(?<!your )(?<!their )(?<!our )expansion\b(?=\s+(?:is|gets|goes"
        r"|lands|closes|signs|happens)\s+(?:in|on|through|signed|booked|included|done|part)\b)",
        weak=W,
    )
    # the customer asked for a get by the rep: "should I push Ferndale for a three year term?",
    # "ask Cardew for a reference call first"
    cue(
        Cue.CUST,
        "push pushing press pressing ask",
        r"(?:push(?:ing)?|press(?:ing)?|ask)(?=\s+(?!(?:deal|finance|legal|leadership|the|my|our"
        r"|your|for|about|if|whether|me|you|us|them|him|her|around|again|why|what|how|when|it"
        r"|this|that|sales|revops|management|a|an)\b)[a-z0-9&.'-]+\s+(?:[a-z0-9&.'-]+\s+)?for\s)",
    )
    # the customer offers a get of its own: "Hollybrook offered to prepay year one"
    cue(
        Cue.CUST | Cue.CTX,
        "offered offers",
        r"(?<!we )(?<!i )(?<!we've )(?<!i've )(?<!i'd )(?<!we'd )(?:offered|offers)(?=\s+to\s+"
        r"(?:prepay|pay\s+(?:up\s*front|upfront|annually|in\s+advance)|sign|commit|renew|expand"
        r"|be\s+a\s+reference|do\s+a\s+(?:case\s+study|reference)|introduce|refer)\b)",
    )
    # not a get: a customer called a logo ("biggest logo we've chased this year")
    cue(Cue.NOOP, "biggest largest bigger", r"(?:biggest|largest|bigger)\s+logos?\b")
    # -- t20: questions, notes and process talk that carry no move
    # "is there a doc on what counts as a 'strategic' discount?"
    cue(
        Cue.POL,
        "doc docs documentation wiki guide page",
        r"(?:doc|docs|documentation|wiki|guide|page)\s+(?:somewhere\s+)?(?:on|about|for|explaining"
        r"|that\s+explains)\b",
    )
    cue(Cue.POL, "counts count", r"(?<=what )counts?\s+as\b")
    # a threshold table announced: "Managers can now approve up to 15%, RVPs up to 25%"
    cue(
        Cue.POL,
        "managers reps rvps vps directors avps svps",
        r"(?:managers|reps|rvps|vps|directors|avps|svps)\s+(?:can|may)\s+(?:now\s+)?(?:approve"
        r"|give|offer|sign\s+off)\s+(?:up\s+to|anything|deals|discounts)\b",
    )
    cue(Cue.POL, "matrix", r"(?<=approval )matrix\b")
    cue(Cue.POL, "up", r"(?<=, )up\s+to(?=\s+\d{1,2}\s?%\s*[.,;]?\s*$)")
    # "how are people handling the 'we need 20%' line?"
    cue(
        Cue.POL,
        "how",
        r"how\s+(?:are|is)\s+(?:people|folks|others|other\s+reps|other\s+teams|you\s+all|you\s+guys"
        r"|y'all|everyone|the\s+team|reps)\s+(?:handling|dealing\s+with|approaching|responding\s+to"
        r"|answering|tackling|pushing\s+back\s+on)\b",
    )
    # the approvers' own queue: "what's the approval SLA on deal desk tickets?"
    cue(Cue.NOOP, "approval", r"approval\s+(?:sla|turnaround|times?)s?\b")
    # instructions for asks in general: "if anyone gets asked for net 90, bring it to the
    # forecast call", "bring any pending discount asks to the pipeline review"
    cue(
        Cue.POL,
        "anyone anybody someone",
        r"(?<=if )(?:anyone|anybody|someone)\s+(?:gets?|is|are)\s+asked\b",
    )
    cue(
        Cue.POL,
        "pending open outstanding",
        r"(?<=any )(?:pending|open|outstanding)\s+(?:discount\s+|concession\s+|pricing\s+)?(?:asks"
        r"|requests)\b",
    )
    # "is 'waive the setup fee' something we track as a discount in the ledger?"
    cue(
        Cue.POL,
        "track tracked log logged record recorded book booked classify classified code coded",
        r"(?:track|log|record|book|classify|code)(?:ed|s)?\s+(?:it\s+|this\s+|that\s+|them\s+)?as\b",
    )
    # "MFN requests now go through the new intake form"
    cue(
        Cue.POL,
        "requests",
        r"requests\s+(?:now\s+|should\s+|must\s+|need\s+to\s+|have\s+to\s+)?(?:go|get\s+routed|are"
        r"\s+routed)\s+(?:through|to|via)\b",
    )
    cue(Cue.POL, "intake", r"intake\s+(?:form|process|queue|ticket)\b")
    # "Kessler asked what our standard payment terms are. it's net 30 right?"
    cue(
        Cue.POL,
        "asked asking",
        r"(?:asked|asking)\s+(?:me\s+|us\s+)?what\s+(?:our|the)\s+(?:[a-z0-9-]+\s+){0,3}?"
        r"(?:is|are)\b",
    )
    cue(Cue.POL, "right", r"(?:(?<=\d )|(?<=\d, ))right\s*\?")
    # yes to one move, no to another: "yes to net 60, no to the 5%"
    cue(Cue.CTX, "yes", r"yes\s+to\b(?=\s+(?:the\s+)?(?:net\b|\d|[$€£]|free\b))")
    # -- SECTION-t19 (prices kept for later years or added seats, billing moved to a later start,
    # ways out of the contract, slots and dates held, free time on a new feature, asks turned down)
    # gives: today's price kept for later ("keep your current rate for the expansion seats",
    # "hold the per-user price at €42 for the next 3 renewals", "keep all 300 at this price
    # through 2027", "keep them on 2024 pricing for any seats they add", "pricing flat for 2026")
    give(
        "price_lock",
        "keep keeping kept hold holding held",
        r"(?:keep(?:ing)?|kept|hold(?:ing)?|held)\s+(?:[a-z0-9&.'-]+\s+){0,3}?(?:(?:at|on)\s+)?"
        r"(?:this|that|today's|current|the\s+current|legacy|old|existing|same|the\s+same|20\d\d"
        r"|[a-z0-9&.'-]+'s|your|their|the)?\s?(?:[a-z-]+\s+){0,2}?(?:rates?|prices?|pricing|number)"
        r"\s+(?:flat\s+|(?:at\s+)?" + MONEY + r"(?:\s?/\s?[a-z]+)?\s+)?(?:for|through|thru|until"
        r"|till|on|whenever)\s+(?:the\s+|all\s+|any\s+|both\s+|every\s+)?(?:[a-z0-9'-]+\s+){0,2}?"
        r"(?:seats?|licen[cs]es?|users?|renewals?|years?|expansion|life|then|20\d\d|'\d\d|next"
        r"|future|term|contract|add-?ons?|they|it)\b(?:\s+(?:seats?|licen[cs]es?|users?)\b)?",
    )
    # gives: a later year or added units at today's price ("year 2 at the same price as year 1",
    # "the apac seats at today's price whenever they add them", "pre-agree the 2027 rate")
    give(
        "price_lock",
        "same",
        r"same\s+(?:price|rate|pricing|number)\s+as\s+(?:(?:in\s+)?(?:year|yr)[\s-]?(?:1|one)"
        r"|this\s+year|last\s+year|today)\b",
    )
    give(
        "price_lock",
        "today's",
        r"today's\s+(?:price|prices|pricing|rates?|number)\b(?=[^.!?\n]{0,40}?\b(?:whenever"
        r"|when\s+they|if\s+they\s+add|until|till|through|next\s+year|later|renewals?)\b)",
    )
    give("price_lock", "pre-agree pre-agreed pre-agreeing", r"pre-agree(?:d|ing)?\b")
    # gives: a rise capped ("won't see more than a 3 pct bump", "a CPI cap")
    give(
        "price_lock",
        "more higher",
        r"(?:more|higher)\s+than\s+(?:an?\s+)?" + PCT + r"\s+(?:price\s+)?(?:bump|increase|rise"
        r"|uplift|hike|jump)\b",
        qty=True,
    )
    give("price_lock", "cpi", r"cpi(?:[\s-]linked)?\s+(?:cap|ceiling|limit)\b")
    # gives: invoicing started later than usual ("invoices start from go-live instead of
    # signature", "push their billing start to 1 Sept", "start your billing clock only once SSO is
    # live", "invoices go out at the end of each quarter", "an invoice date of July 1")
    give(
        "payment_terms",
        "invoice invoices invoicing billing",
        r"(?:invoices?|invoicing|billing)\s+(?:start|starts|starting|start\s+date|begins?|clock"
        # (not "billing starts from signature": the usual start)
        r"|go(?:es)?\s+out|date)\b(?=[^.!?\n]{0,50}?\b(?:after|once|until|till|instead|rather"
        r"|from\s+(?:the\s+)?(?:go[\s-]?live|launch|acceptance|delivery|completion)|to\s+(?:\d|the"
        r"|[a-z]+\s+\d)|end\s+of)\b)",
    )
    # gives: the first invoice or payment moved later ("the first payment after their budget
    # release", "the first invoice pushed 60 days", "first invoice: can we date it after go-live?")
    give(
        "payment_terms",
        "invoice payment bill",
        r"(?<=first )(?:invoice|payment|bill)\b(?=[^.!?\n]{0,40}?\b(?:after|pushed|deferred|delayed"
        r"|until|till|date|dated|moved|held)\b)",
    )
    # gives: paying later, in parts or monthly ("pay the implementation fee after go-live", "pay
    # the first year in two halves", "pay by card monthly", "invoice on the 1st of the month after")
    give(
        "payment_terms",
        "pay paying",
        r"pay(?:ing)?\s+(?:[a-z0-9'-]+\s+){0,3}?(?:(?:after|once|on|upon|from)\s+(?:go[\s-]?live"
        r"|launch|acceptance|delivery|completion)\b|in\s+(?:two|three|four|2|3|4)\s+(?:halves"
        r"|quarters|parts|lumps|chunks)\b)"
        r"|pay(?:ing)?\s+(?:by\s+(?:credit\s+)?card\s+)?(?:monthly|quarterly)\b",
    )
    give(
        "payment_terms",
        "invoice invoicing",
        r"invoic(?:e|ing)\s+(?:them\s+|you\s+)?(?:on|at)\s+the\s+(?:[a-z0-9]+\s+){1,4}?(?:after"
        r"|following)\b",
    )
    # gives: a way out of the contract ("walk away at any anniversary with 60 days' notice",
    # "exit after 12 months", "an opt-out at the first anniversary", "cancel the add-on mid-term
    # without paying out the rest", "a performance-based out")
    give(
        "policy_exception",
        "walk exit leave bail opt-out opt cancel terminate",
        r"(?:walk\s+away|exit|leave|bail|opt[\s-]?out|cancel|terminate)\b(?:\s+(?:the\s+|their\s+)?"
        r"(?:[a-z-]+\s+){0,2}?)?(?=\s*(?:at|after)\s+(?:any|each|every|the|year|month|\d|one|two)"
        r"|\s*mid[\s-]?(?:term|contract)|[^.!?\n]{0,40}?\b(?:without|with\s+no)\s+(?:paying|penalty"
        r"|a\s+penalty|penalties|fees?|a\s+fee)\b|[^.!?\n]{0,40}?\bnotice\b)",
    )
    give(
        "policy_exception",
        "performance kpi outcome",
        r"(?:performance|kpi|outcome)[\s-]based\s+(?:out|exit|termination|opt[\s-]?out)\b",
    )
    # gives: a clause for the customer ("a clause that lets them cut seats at renewal", "a clause
    # letting them suspend the contract")
    give(
        "policy_exception",
        "clause",
        r"clause\s+(?:that\s+)?(?:lets|letting|allowing|allows|giving|gives)\s+(?:them|the\s+customer"
        r"|[a-z0-9&.'-]+)\b",
    )
    # gives: money back when they leave, their price matched, data kept in a region, their edits
    # taken ("refund prorated fees if they leave", "match any lower price we give similar
    # customers", "a commitment that their data stays in the EU", "accept their edits to the BAA",
    # "let them off the notice period")
    give(
        "policy_exception",
        "refund refunds refunding",
        r"refund(?:s|ing)?\s+(?:[a-z-]+\s+){0,2}?(?:fees|amounts?|prepaid|prepayments?|money)\b"
        r"(?=[^.!?\n]{0,30}?\b(?:if|when|should)\s+(?:they|you)\s+(?:leave|terminate|exit|cancel"
        r"|churn|walk))",
    )
    give(
        "policy_exception",
        "match",
        r"match\s+(?:any|the)\s+(?:lower|better|best)\s+(?:price|pricing|rate|terms)\s+(?:we\s+"
        r"(?:give|offer)|given|offered)\b",
    )
    give(
        "policy_exception",
        "data",
        r"(?:(?<=their )|(?<=your )|(?<=the ))data\s+(?:stays?|remains?|will\s+(?:stay|remain)"
        r"|is\s+(?:kept|stored|hosted))\s+in\b",
    )
    give(
        "policy_exception",
        "accept accepting",
        r"accept(?:ing)?\s+(?:[a-z0-9&.'-]+\s+){0,3}?(?:edits?|redlines?|changes|markups?"
        r"|amendments?)\s+(?:to|on|in)\s+(?:the|our|their)\s+(?:baa|msa|dpa|contract|paper|terms"
        r"|agreement|nda|order\s+form)\b",
    )
    give(
        "policy_exception",
        "let",
        r"let\s+(?:[a-z0-9&.'-]+\s+){1,2}?off\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:notice|penalty"
        r"|penalties|minimum|fee|clause|commitment|period)\b",
    )
    give(
        "policy_exception",
        "#",
        r"\d(?:\.\d)?\s?x\s+(?:the\s+)?(?:annual\s+)?(?:fees|acv|arr|contract\s+value)\b"
        r"(?=[^.!?\n]{0,20}?\bcap)",
    )
    # gives: a slot or date held for the customer ("reserve an October onboarding slot", "hold
    # their implementation slot in May", "moved the go-live up two weeks", "front-load the
    # implementation", "get your kickoff scheduled for the week after signature", "hit the date")
    give(
        "delivery",
        "reserve reserved reserving hold holding held book booked get gets give gave promised",
        # (not "so we can hold the slot": a reason for the customer to sign)
        r"(?<!so we can )(?:reserv(?:e|ed|ing)|hold(?:ing)?|held|book(?:ed)?|gets?|give|gave"
        r"|promised)\s+(?:[a-z0-9&.'-]+\s+){0,3}?(?:onboarding|implementation|kick-?off|deployment"
        r"|install(?:ation)?)\s+slots?\b",
    )
    give(
        "delivery",
        "moved move moving pulled pull bring brought",
        r"(?:mov(?:e|ed|ing)|pull(?:ed|ing)?|bring|brought)\s+(?:[a-z0-9&.'-]+\s+){0,3}?"
        r"(?:go[\s-]?live|launch|kick[\s-]?off|start\s+date|implementation|onboarding|rollout"
        r"|cut[\s-]?over)\s+(?:date\s+)?(?:up|forward|earlier)\b",
    )
    give(
        "delivery",
        "front-load front-loading front-loaded",
        r"front-load(?:ing|ed)?\s+(?:the\s+|your\s+|their\s+)?(?:implementation|onboarding|rollout"
        r"|deployment|build|work)\b",
    )
    give(
        "delivery",
        "kickoff kick-off onboarding implementation",
        r"(?:kick-?off|onboarding|implementation)\s+(?:scheduled|booked|started)\s+(?:for\s+)?"
        r"(?:the\s+)?(?:week|day|days|right)\s+after\s+(?:signature|signing)\b",
    )
    give(
        "delivery",
        "hit",
        r"hit\s+(?:the|their|that|your)\s+(?:date|deadline|go[\s-]?live\s+date)\b",
    )
    # gives: a customer's go-live date we are asked to commit to ("needs SSO live before their
    # audit. can we promise that?", "get us live before Black Friday. can we commit?")
    give(
        "delivery",
        "live",
        r"live\s+(?:before|by|ahead\s+of|in\s+time\s+for)\b(?=[^\n]{0,120}?\b(?:can|could)\s+we\s+"
        r"(?:\w+\s+)?(?:commit|promise|guarantee|do\s+(?:it|that)|make\s+it|hit\s+it)\b)",
    )
    # gives: people of ours put on the account ("one of the SEs embedded with them", "a named PM")
    give(
        "service_level",
        "ses se engineers engineer embed embedded",
        r"(?:ses?|engineers?)\s+embedded\b|embed(?:ded)?\s+(?:an?\s+|one\s+of\s+(?:our|the)\s+)?"
        r"(?:ses?|engineers?|architects?|consultants?)\b",
    )
    give("service_level", "named", r"named\s+(?:pm|project\s+manager)\b")
    # gives: response or recovery times written short ("guaranteed 4h turnaround on P1s", "the
    # 4h recovery guarantee")
    give(
        "service_level",
        "#",
        r"\d{1,2}\s?(?:h|hr)\s+(?:p[1-4]\s+|sev[1-4]\s+)?(?:response|resolution|turnaround"
        r"|recovery|restore|rto)\b(?!\s+(?:on|for)\s+(?:approvals?|approval\s+requests|deal\s+desk"
        r"|internal)\b)",
    )
    # gives: a test environment promised, more of the service covered ("promised them a staging
    # env", "we'll cover the first 90 days of premium support", "as part of the package")
    give(
        "scope",
        "staging",
        r"(?<!no )staging\s+(?:env|environment|instance|tenant|org)s?\b",
        weak=W,
    )
    give(
        "scope",
        "cover covering",
        r"cover(?:ing)?\s+(?:the\s+)?(?:first\s+|initial\s+)?(?:[a-z0-9-]+\s+){1,2}?of\s+"
        r"(?:premium\s+|priority\s+)?(?:support|training|onboarding|services|consulting)\b",
    )
    # (before the connector "as part of": what comes in the package is no condition)
    cue(
        Cue.FREE,
        "as",
        r"as\s+part\s+of\s+(?:the|your|their)\s+(?:package|subscription|bundle|price|licen[cs]e"
        r"|platform\s+fee)\b",
    )
    # gives: free time on a new feature is a trial ("60 days free on the new workflow builder",
    # "extending their free period by 30 days", "kick the tires for another 45 days")
    num(
        "give",
        "trial",
        "days weeks",
        r"\s+(?:for\s+)?free\s+(?:on|of|with)\b",
        qty=True,
    )
    give("trial", "free", r"free\s+(?:access\s+)?(?:period|window)\b")
    give("trial", "kick", r"kick\s+the\s+(?:tires|tyres)\b")
    # not a discount: the service credits of an uptime commitment ("99.9 uptime w credits")
    cue(Cue.NOOP, "credits", r"(?:(?<=w )|(?<=w/ )|(?<=with ))credits\b(?!\s+(?:of|worth|for)\b)")

    # gives: a rise capped, said with a negation ("you won't see more than a 3 pct bump")
    give(
        "price_lock",
        "won't wont never",
        r"(?:won't|wont|never)\s+(?:see|pay|face|get)\s+(?:(?:an?\s+)?(?:increase|rise|bump|uplift"
        r"|hike)s?\s+(?:of\s+)?)?(?:more|higher)\s+than\s+(?:an?\s+)?" + PCT,
        qty=True,
    )
    # gives: an invoice held back, said with a negation ("not see an invoice til Feb")
    give(
        "payment_terms",
        "not no",
        r"(?:not|no)\s+(?:see|get|receive|send)\s+(?:them\s+)?(?:an?\s+|the\s+|their\s+first\s+)?"
        r"(?:invoice|bill)s?\s+(?:until|til|till|before)\b",
    )
    # gives: a go-live a customer demands, quoted with their negation ("if you can't get us live
    # before Black Friday, don't bother")
    give(
        "delivery",
        "can't cannot",
        r"(?:can't|cannot)\s+(?:get|have)\s+(?:us|them|[a-z0-9&.'-]+)\s+live\s+(?:before|by|for"
        r"|in\s+time)\b",
    )
    # gives: another environment stood up ("spin up a sandbox for their QA team")
    give(
        "scope",
        "spin spinning",
        r"spin(?:ning)?\s+up\s+(?:an?\s+|another\s+|a\s+second\s+|an\s+extra\s+)?(?:[a-z-]+\s+)?"
        r"(?:sandbox|environment|env|instance|tenant|workspace)s?\b",
    )
    # gets: spend committed to ("if they can commit to €80k in year one")
    get(
        "volume",
        "commit commits committing committed",
        r"commit(?:s|ting|ted)?\s+to\s+(?:spending\s+|at\s+least\s+)?"
        + MONEY
        # (not "commit to 2k seats": a thousand seats)
        + r"(?!\s?(?:off|discount|less|lower)\b"
        r"|\+?[\s-]?(?:[a-z-]+\s)?(?:seats?|licen[cs]es?|users?)\b)",
        qty=True,
    )
    # gets: a term written "2yr" without a hyphen ("moves to a 2yr", "in return for a 3yr and")
    num(
        "get",
        "term_commitment",
        "years",
        r"(?:(?<=\dyr)|(?<=\dyrs))(?=\s*(?:[.,;:!?)]|$|\s+(?:and|or|plus|with|if|instead|too|then"
        r"|we|we'll|deal|please|pls|thx|thanks)\b))",
        qty=True,
    )
    # gets: access to their executives or buyers ("introduce us to the group CIO", "if the
    # champion gets procurement on a call with us")
    get(
        "process",
        "introduce introduces introducing",
        r"introduc(?:e|es|ing)\s+us\s+to\s+(?:the\s+|their\s+|your\s+)?(?:[a-z-]+\s+)?" + EXECS,
    )
    get(
        "process",
        "get gets getting bring brings",
        r"(?:gets?|getting|brings?)\s+(?:procurement|legal|finance|their\s+[a-z-]+|the\s+[a-z-]+"
        r"|[a-z]+)\s+on\s+(?:a\s+)?(?:call|zoom|meeting)\s+with\s+us\b",
    )
    # gets: another team or office brought onto the order ("if you brought the APAC team on")
    get(
        "volume",
        "bring brought bringing brings",
        r"(?:bring|brought|bringing|brings)\s+(?:the\s+|their\s+|your\s+)?(?:[a-z-]+\s+)?(?:team"
        r"|office|division|subsidiar(?:y|ies)|region|business\s+unit|entity)\s+on\b",
    )
    # ask context: pressing the customer to sign ("pushing them to sign by the 28th")
    cue(
        Cue.CTX | Cue.CUST,
        "push pushing pushed",
        # (the customer signs: "sign ... by Friday" is left to read as a get)
        r"push(?:ing|ed)?\s+(?:[a-z0-9&.'-]+\s+){1,2}?(?=to\s+(?:sign|close|commit)\b)",
    )
    # offer context: paperwork sent with its terms ("the updated order form with net 60"); a line
    # priced at nothing is free ("the sandbox line at $0")
    cue(
        Cue.CTX,
        "revised updated amended new",
        r"(?:revised|updated|amended|new)\s+(?:order\s+form|contract|paperwork|sow|agreement)\s+"
        r"(?:with|including|that\s+includes)\b",
    )
    cue(Cue.FREE, "line", r"line(?:\s+item)?\s+at\s+[$€£]0\b(?![.,]\d)")
    # refusals in other words ("we wouldn't budge", "I deflected", "same answer, 30 is our limit",
    # "pushing back hard", "not on my authority", "told them standard 4 wks",
    # "sent them list", "we only have that on premium")
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "wouldn't won't wont didn't refused",
        # (ours, not the customer's: "their AP won't budge" is why an approval is asked)
        r"(?:(?<=we )|(?<=i ))(?:wouldn't|won't|wont|didn't|refused\s+to)\s+budge\b",
    )
    cue(Cue.NEG | Cue.PNEG | Cue.REFUSAL, "deflected deflect deflecting", None)
    cue(Cue.NEG | Cue.PNEG | Cue.REFUSAL, "same", r"same\s+answer\b")
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "not",
        r"not\s+(?:budging|moving)\b(?=\s*(?:[.,;!]|$))|not\s+on\s+my\s+authority\b",
    )
    cue(Cue.NEG | Cue.PNEG | Cue.REFUSAL, "pushing pushed push", r"push(?:ing|ed)?\s+back\s+hard\b")
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "told telling sent quoted",
        r"(?:told|telling)\s+(?:them|him|her)\s+(?:the\s+|our\s+)?(?:standard|usual|list)\b"
        r"|(?:sent|quoted)\s+(?:them|him|her)\s+(?:the\s+|our\s+)?list\b",
    )
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "only",
        r"(?<=we )only\s+(?:have|offer|do|sell)\s+(?:that|it|this)\s+(?:on|in|with)\b",
    )
    # not moves: what the customer already has ("already has a named TAM, so nothing new to give")
    cue(Cue.PNEG | Cue.REFUSAL, "nothing", r"nothing\s+(?:new\s+|more\s+)?to\s+give\b")
    # not moves: the changes a deal did not need ("no payment term changes, no SLA asks")
    cue(
        Cue.NEG,
        "no",
        r"no\b(?=\s+(?:[a-z-]+\s+){0,2}?(?:changes|asks|concessions)\b)",
    )
    # not moves: pricing rules, incentives, accounting questions and stats ("capped at 5 pct per
    # pricing council", "Q3 SPIFF", "rev rec q:", "of our churned accounts, 60% were on...",
    # "pilot extensions now need a success plan before approval", "is the standard SLA 99.9?",
    # "the SLA for approvals is 24h")
    cue(Cue.POL, "pricing", r"(?<=per )pricing\s+(?:council|committee|policy)\b")
    cue(Cue.POL, "spiff spiffs", None)
    cue(Cue.POL, "rev revenue", r"(?:rev\s+rec|revenue\s+recognition)\b")
    cue(Cue.POL, "churned", r"churned\s+(?:accounts|customers|logos|deals)\b")
    cue(
        Cue.POL,
        "need needs require requires",
        r"(?<=now )(?:need|needs|require|requires)\s+(?:an?\s+)?(?:[a-z-]+\s+){0,5}?(?:before|prior"
        r"\s+to)\s+(?:approval|sign[\s-]?off)\b",
    )
    cue(
        Cue.POL,
        "standard",
        r"(?:(?<=is the )|(?<=is our ))standard\b(?=(?:[^.!?\n]|\.(?=\d)){0,60}\?)",
    )
    # not moves: whether a price book applies ("does the old rate card apply to their renewal?")
    cue(
        Cue.POL,
        "does",
        r"does\s+(?:the|our|this|that)\s+(?:[a-z-]+\s+){0,3}?(?:apply|count)\s+(?:to|for)\b",
    )
    cue(
        Cue.NOOP,
        "sla slas",
        r"slas?\s+for\s+(?:deal\s+desk\s+)?(?:approvals?|reviews?|sign[\s-]?offs?)\b",
    )
    # gives: people added for free are seats given ("their 14 warehouse supervisors added at no
    # cost")
    give(
        "scope",
        "#",
        N + r"\s+(?:[a-z-]+\s+)?(?:supervisors|managers|agents|admins|employees|reps|engineers"
        r"|technicians|analysts|staff|people|workers|nurses|drivers|teachers|contractors|paralegals"
        r"|clinicians|coordinators)\s+(?:added\s+)?(?=at\s+no\s+(?:extra\s+)?(?:cost|charge)|for\s+free"
        r"|free\b|on\s+us\b)",
    )
    # ties: a trade written as two halves ("they get the Q1 slot, we get the logo")
    cue(
        Cue.TCOND,
        "get",
        r"(?:(?<=, we )|(?<=; we ))get\b(?=\s+(?:the|a|an|their|your|our)\b)",
    )
    # a thought checked with a colleague ("thinking we offer them X. make sense @jules?")
    cue(Cue.WQ, "make makes", r"makes?\s+sense\b(?=[^.!\n]{0,30}\?)")
    # not a refusal: what the author would usually say ("I'd normally say no but...")
    cue(Cue.NOOP, "say", r"(?:(?<=normally )|(?<=usually )|(?<=typically ))say\s+no\b")

    # gets: signing now to keep an offer ("if you lock in today")
    get(
        "faster_signature",
        "lock",
        r"lock\s+(?:it\s+|this\s+)?in\s+(?:today|now|this\s+(?:week|month|quarter)|before|by)\b",
    )
    # gives: a renewal kept at the old figure though list went up ("kept them at €38/seat for
    # the renewal even though list went to €44"); the old rate card given
    give(
        "discount",
        "kept keep held hold",
        r"(?:kept|keep|held|hold)\s+(?:[a-z0-9&.'-]+\s+){1,2}?at\s+"
        + MONEY
        + r"(?:\s?/\s?[a-z]+)?(?=[^.!?\n]{0,60}?\b(?:even\s+though|although|though|despite)\b)",
    )
    give(
        "discount",
        "old previous legacy",
        r"(?:old|previous|legacy)\s+rate\s+cards?\b",
        weak=W,
    )
    # gives: a fee set at nothing ("£0 setup")
    num(
        "give",
        "discount",
        "money",
        r"(?<=[$€£]0)\s+(?:setup|set-up|implementation|onboarding|install(?:ation)?)(?:\s+fees?)?\b",
    )
    # scope objects named in the plural ("two sandboxes")
    _add("obj", "scope", "sandboxes", r"sandboxes\b")
    # seats asked for at today's price are the price's object, not more seats given
    cue(
        Cue.NOOP,
        "seats",
        r"seats\s+(?=at\s+(?:today's|the\s+current|current|the\s+same|this|legacy|their\s+current)"
        r"\s+(?:price|rate|pricing)\b)",
    )
    # not a give: units bought at list ("added 10 seats at list", "signed 3yr at list")
    cue(Cue.PNEG, "list", r"(?<=at )list\b(?!\s+(?:minus|less|-))")
    # -- SECTION-t18 (ties said in other words, sizes of a price brought down, asks named by
    # what happens after, and reminders, tips and competitors' offers that are no moves) -------
    # ties: the get before pays for the give after, or the other way round ("for that we're
    # locking their rate", "they'll commit to 3 years with it", "knocking $9.5k off
    # accordingly", "they'll drop the connector to get there", "ready to sign if we get there")
    cue(
        Cue.COND | Cue.ANA,
        "for",
        r"for\s+(?:that|this|it)\b(?=\s*,?\s*(?:we|we're|we'll|we've|i|i'll|i'm|i've)\b)",
    )
    cue(
        Cue.COND | Cue.ANA,
        "for with",
        r"(?:for|with)\s+(?:it|that|this|those)\b(?=\s*(?:[.!?;]|$))",
    )
    cue(Cue.COND | Cue.ANA, "accordingly", None)
    # ties: a get paid for by a price cut named after it ("will take 2 extra modules for 15%
    # off the bundle"; not an ask for the cut: "asked for 15% off")
    cue(
        Cue.COND,
        "for",
        r"(?<!ask )(?<!asked )(?<!asking )(?<!asks )(?<!push )(?<!pushed )(?<!pushing )"
        r"(?<!looking )(?<!hoping )(?<!going )(?<!out )(?<!up )(?<!tried )(?<!trying )"
        r"for(?=\s+" + PM + r"\s+off\b)",
    )

    cue(Cue.COND | Cue.ANA, "get", r"(?<=to )get\s+(?:us\s+|them\s+)?there\b")
    cue(
        Cue.COND | Cue.ANA | Cue.CTX,
        "if",
        r"if\s+(?:we|you|i)\s+(?:can\s+)?(?:get|go|come)\s+(?:there|that\s+far)\b",
    )
    # ties: what we get named after the gives ("... 3) net 60. we get: 5 yr term", "they get
    # the uptime credits, we get the 36 month term")
    cue(Cue.COND | Cue.ANA, "get", r"(?:(?<=we )|(?<=in return we )|(?<=, we ))get\b(?=\s*:)")
    cue(Cue.COND | Cue.ANA, "get", r"(?:(?<=, we )|(?<=; we ))get\b")
    # ties: signing as soon as we confirm ("they'll sign the day we confirm")
    get(
        "faster_signature",
        "sign",
        r"sign(?=\s+(?:on\s+)?the\s+(?:same\s+)?(?:day|minute|moment|hour|week)\s+(?:we|you)\b)",
    )
    cue(
        Cue.COND | Cue.ANA,
        "day minute moment hour week",
        r"(?<=the )(?:day|minute|moment|hour|week)\s+(?:we|you)\s+(?:confirm|agree|commit|say"
        r"\s+yes|sign\s+off|approve|send)\b",
    )
    # gets: signing soon named in other words ("they'd sign right after", "if they get the
    # signature done this quarter", "move signature to this Friday")
    get(
        "faster_signature",
        "sign",
        r"sign\s+(?:right|straight|immediately)\s+(?:after|afterwards)\b",
    )
    get(
        "faster_signature",
        "signature signatures",
        r"signatures?\s+(?:done|completed|finali[sz]ed|in|back)\s+" + DEADLINE,
    )
    get(
        "faster_signature",
        "move moves moving",
        r"mov(?:e|es|ing)\s+(?:the\s+)?signature\s+(?:date\s+)?(?:up\s+)?(?:to|forward)\b",
    )
    get(
        "faster_signature",
        "greenlight green-light",
        r"green[\s-]?light\s+(?:the\s+|our\s+)?(?:sow|order\s+form|contract|deal|po|paperwork"
        r"|proposal)\b(?=\s+" + DEADLINE + ")",
    )
    # deadlines: a weekday named without "by" ("we'll sign the 2-year Friday", "on Monday")
    cue(Cue.WHEN, "on", r"on\s+(?:mon|tues|wednes|thurs|fri)day\b")
    cue(
        Cue.WHEN,
        "monday tuesday wednesday thursday friday",
        r"(?:mon|tues|wednes|thurs|fri)day\b(?=\s*(?:[.!?,;'\"]|$))",
    )
    # gets: redlines given up ("if your legal team accepts our DPA without changes")
    get(
        "process",
        "accept accepts accepting",
        r"accept(?:s|ing)?\s+(?:our|the)\s+(?:standard\s+)?(?:dpa|msa|paper|terms|contract"
        r"|language|t&cs|order\s+form)\s+(?:without\s+(?:changes|redlines|edits|markups?)|as[\s-]is)\b",
    )
    # gets: a term the customer is fine with ("Eastvale is fine with 2 years")
    get(
        "term_commitment",
        "fine ok okay happy",
        r"(?:fine|ok|okay|happy)\s+with\s+(?:a\s+|the\s+)?" + YM + r"(?!\s+(?:of|at|on)\b)",
        qty=True,
    )
    # gets: a term the customer signs ("they'll sign a 5 year if ...")
    get(
        "term_commitment",
        "sign signs signing",
        r"sign(?:s|ing)?\s+(?:a|an)\s+" + YEARS + r"(?!\s+(?:price|pricing|rate|lock|freeze"
        r"|cap)\b)(?![^.!?\n]{0,40}?\b" + DEADLINE + ")",
        qty=True,
    )
    # gets: a term the customer's side will approve ("their CFO says she'll approve 3 years")
    get(
        "term_commitment",
        "approve",
        r"(?:(?<='ll )|(?<=will )|(?<='d )|(?<=would ))approve\s+(?:a\s+)?"
        + YM
        + r"(?!\s+(?:of|at)\b)",
        qty=True,
    )
    # gets: seats added in return ("in return for adding 50 seats")
    get("volume", "adding", r"(?<=for )adding\s+(?:another\s+|an\s+extra\s+)?" + SEATS, qty=True)

    # gets: the customer takes more modules ("Morrow will take 2 extra modules for 15% off")
    get(
        "volume",
        "take takes taking",
        r"(?:(?<=will )|(?<='ll )|(?<='d )|(?<=would )|(?<=to ))tak(?:e|es|ing)\s+(?:on\s+)?"
        r"(?:\d{1,3}|two|three|four|five|another|an)\s+(?:extra|more|additional)\s+(?:modules?"
        r"|add[\s-]?ons?|products?|workspaces?)\b",
    )
    # gives: a price brought down to a figure ("dropped Valmont to €48k", "drop the add-on to
    # $3/user"; the figure is the new price, not the size)
    give(
        "discount",
        "drop dropped dropping bring brought bringing",
        r"(?:drop(?:ped|ping)?|bring(?:ing)?|brought)\s+(?:[a-z0-9&.'-]+\s+){1,3}?(?:down\s+)?to\s+"
        + MONEY,
    )
    # gives: a size named before, given by its bare number ("can give the 15 if ..."): that
    # percent (read at the number, so the size is kept: "give them the 11" is 11%)
    give(
        "discount",
        "#",
        r"(?:(?<=give the )|(?<=give them the )|(?<=give him the )|(?<=give her the )"
        r"|(?<=giving the )|(?<=giving them the ))\d{1,2}\b(?![\s-]*(?:%|per|pct|days?|months?"
        r"|years?|yrs?|seats?|users?|licen|k\b))",
        qty=True,
    )
    # gives: payments staged ("ok if I stage their payments quarterly?")
    give(
        "payment_terms",
        "stage staged staging",
        r"stag(?:e|ed|ing)\s+(?:[a-z0-9&.'-]+\s+){0,3}?(?:payments?|invoices?|invoicing|billing"
        r"|fees?)\b",
    )
    # gives: a payment put back by a stated time ("ok to defer Grantham 60 days?")
    give(
        "payment_terms",
        "defer defers deferred deferring",
        r"defer(?:s|red|ring)?\s+(?:[a-z0-9&.'-]+\s+){0,2}?(?:by\s+|for\s+)?(?:another\s+|an\s+extra"
        r"\s+)?(?:" + DAYS + "|" + WEEKS + "|" + MONTHS + ")",
        qty=True,
    )
    # gives: an old rate kept for a renewal ("ok to keep them on the 2024 rate?")
    give(
        "discount",
        "keep keeping",
        r"keep(?:ing)?\s+(?:[a-z0-9&.'-]+\s+){0,3}?on\s+(?:the\s+|their\s+)?(?:\d{4}|old|current"
        r"|legacy|existing|previous|last\s+year's|same)\s+(?:rates?|pricing|prices?)\b",
    )
    # gives: a fee the customer asks us to meet them on ("can you meet us on the onboarding fee?")
    give(
        "discount",
        "meet",
        r"meet\s+(?:us|them|you|me)\s+(?:on|with)\s+(?:the\s+|their\s+|your\s+|our\s+)?(?:[a-z-]+"
        r"\s+)?(?:fees?|price|pricing|rates?|costs?|number)\b",
    )
    # gives: early access to features (more for the money)
    give("scope", "early", r"early\s+access\b", weak=W)
    _add("obj", "scope", "sdk sdks", None)
    # gives: a discount pointed back at as given ("the 15% we gave them last quarter")
    num(
        "give",
        "discount",
        "pct",
        r"\s+(?:that\s+)?(?:we|i)\s+(?:gave|granted|conceded|handed)\b",
        qty=True,
    )

    # not a tie: an outcome hoped for ("if it goes well hopefully they expand")
    cue(
        Cue.CTX,
        "if",
        r"if\s+(?:it|things|the\s+(?:pilot|trial|poc|evaluation))\s+go(?:es)?\s+well\b",
    )
    # not an ask yet: a check with a colleague promised to the customer ("said I'd check with
    # finance", "told them I'll run it by my manager")
    cue(
        Cue.NOOP,
        "said told",
        r"(?:said|told\s+(?:them|him|her|the\s+customer))\s+(?:i'd|i\s+would|i'll|i\s+will|we'd)\s+"
        r"(?:check|confirm|run\s+it\s+by|ask|circle\s+back)\b(?:\s+(?:with|by)\s+(?:my\s+|the\s+)?"
        r"(?:finance|legal|manager|boss|deal\s+desk|leadership|vp|sales\s+ops|revops|team))?",
    )
    # not moves: offers only planned, or made by another vendor ("was going to offer 10% but
    # they never asked", "they went with a vendor offering 3 free months")
    cue(
        Cue.NEG,
        "going",
        r"(?:(?<=was )|(?<=were ))going\s+to\s+(?:offer|give|propose|throw\s+in|include)\b",
    )
    cue(
        Cue.NEG,
        "vendor vendors competitor competitors incumbent",
        r"(?:vendor|competitor|incumbent)s?\s+(?:(?:that|who)\s+)?(?:offering|offered|offers|gave"
        r"|giving)\b",
    )
    # refusals: "told them not this year", "procurement tried for 10% but we held", "holding
    # on net 90"
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "told",
        r"told\s+(?:them|him|her|the\s+customer)\s+not\s+(?:this|now|yet)\b",
    )
    cue(Cue.NEG | Cue.PNEG | Cue.REFUSAL, "held", r"(?<=we )held\b(?=\s*(?:[.!,;]|$))")
    cue(Cue.NEG, "holding", r"holding\s+(?:firm\s+|the\s+line\s+)?on\b")
    # not a get: what the customer did unasked ("they added 20 seats on their own")
    cue(Cue.PNEG, "on", r"on\s+their\s+own\b(?!\s+(?:paper|terms|contract|form|msa))")
    # not moves: reminders, tips and questions about practice ("Don't forget: any free seats
    # ...", "Reminder to log every concession", "pro tip: ask for the reference before ...",
    # "how much discount is a case study typically worth?", "does anyone have a customer who'd
    # be a reference?", "how do I flag a deal as needing nonstandard terms?")
    cue(Cue.POL, "don't", r"don't\s+forget\b(?=\s*[:,-])")
    cue(Cue.POL, "reminder", r"reminder\s*(?::|to\b)")
    cue(Cue.POL, "pro protip", r"(?:pro[\s-]?tip|protip)\b")
    cue(
        Cue.POL,
        "how",
        r"how\s+much\s+(?:[a-z]+\s+){0,2}?(?:is|are)\s+(?:that|it|this|a|an|one)\s+"
        r"(?:[a-z-]+\s+){0,3}?(?:typically\s+|usually\s+|normally\s+|generally\s+)?worth\b",
    )
    cue(
        Cue.POL,
        "when whenever",
        r"(?:when|whenever)\s+(?:a\s+customer|customers|a\s+prospect|prospects|a\s+client|clients"
        r"|a\s+buyer|buyers)\s+(?:offers?|gives?|proposes?|agrees?)\b",
    )
    cue(
        Cue.POL,
        "anyone anybody",
        r"(?<=does )(?:anyone|anybody)\s+have\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:customer|client"
        r"|account|logo)s?\s+(?:who|that)\b",
    )
    cue(
        Cue.POL | Cue.INFO,
        "how",
        r"how\s+do\s+(?:i|we)\s+(?:flag|log|mark|record|enter|tag|submit|route)\b",
    )
    cue(Cue.POL | Cue.NEG, "not", r"not\s+allowed\s+to\b")
    # not a get: references the customer asks of us ("they asked for customer references")
    cue(Cue.NOOP, "customer client", r"(?<=for )(?:customer|client)\s+references\b")
    # not policy: an audit report handed over ("accept our SOC2 report")
    cue(
        Cue.NOOP,
        "soc soc2 security audit pen pentest iso compliance",
        r"(?:soc\s?2|soc|security|audit|pen[\s-]?test|pentest|iso|compliance)(?:\s+type\s+(?:ii|2))?"
        r"\s+reports?\b",
    )
    # the customer's approval is no ask of ours; the rep's offer to get one is no ask either
    cue(
        Cue.CTX,
        "get",
        r"(?:(?<=i can )|(?<=i could )|(?<=i'll )|(?<=we can ))get\s+(?:you\s+)?(?:approval"
        r"|sign[\s-]?off)\s+(?:for|on)\b",
    )
    # -- SECTION-t22 (prepaid terms, sums offered on a condition, honoured old prices, staged and
    # split payments, customer paper accepted, go-live dates, refusals and rivals' prices)
    # gets: a term paid up front is a term too ("3yr prepaid", "3 yrs with yr1 prepaid",
    # "for 3yr + annual prepay")
    num(
        "get",
        "term_commitment",
        "years",
        r"(?=\s+(?:(?:\+|and|with|&)\s+)?(?:(?:yr\s?1|year\s+one|the\s+first\s+year|annual|annually"
        r"|all|fully)\s+)?(?:prepaid|prepay|prepayment|paid\s+up\s?front|up\s?front)\b)",
        qty=True,
    )
    # gives: a sum asked for on a condition ("could I get approval for £9k if they sign this
    # month"): the sum is the size ("get you to $92k if ..." names a price, not a size)
    give(
        "discount",
        "for offer",
        rf"(?:for\s+(?:an?\s+)?|offer\s+(?:them\s+)?(?:the\s+)?)(?:extra\s+|further\s+)?{MONEY}"
        r"(?:\s+off)?(?=\s+if\s+(?:they|you"
        r"|the\s+customer)\b)",
        weak=W,
        qty=True,
    )
    # gives: a price brought down to a figure ("the monthly fee comes down to £18")
    give(
        "discount",
        "comes come coming",
        r"com(?:es|e|ing)\s+down\s+to\s+(?=[$€£]\s?\d|\d[\d,.]*\s?k\b)",
        weak=W,
    )
    # gets: a term the customer takes ("ok to offer the $12.5k if they take a 2 yr?")
    get(
        "term_commitment",
        "take takes",
        r"(?:(?<=they )|(?<=you )|(?<=they'll )|(?<=you'll )|(?<=they'd )|(?<=you'd ))"
        r"tak(?:e|es)\s+"
        rf"(?:a\s+|an\s+|the\s+)?{YM}(?:\s+(?:deal|term|contract|commitment|agreement))?(?!\s+to\b)",
        qty=True,
    )
    # "they'll commit to 24 months if we get there": "there" is the give named before
    cue(Cue.ANA, "there", r"(?:(?<=get )|(?<=go ))there\b")
    # gives: an old price kept for what is added ("honour the 2024 list price on any seats you
    # add", "their 2022 per-seat price honoured on the expansion")
    give(
        "price_lock",
        "honour honor honouring honoring keep keeping hold holding",
        r"(?:hono(?:u)?r(?:ing)?|keep(?:ing)?|hold(?:ing)?)\s+(?:the\s+|their\s+|our\s+|your\s+)?"
        r"(?:(?:\d{4}|current|existing|old|original|today's|legacy)\s+)?(?:list\s+|per[\s-]seat\s+"
        r"|unit\s+)?(?:price|pricing|rates?)\s+(?:on|for)\s+(?:any\s+|all\s+|the\s+|future\s+|new\s+"
        r"|additional\s+|their\s+)?(?:seats|licen[cs]es|users|expansion|add[\s-]?ons?|renewals?"
        r"|growth|upsells?)\b",
    )
    give(
        "price_lock",
        "price pricing rate rates prices",
        r"(?:prices?|pricing|rates?)\s+(?:honou?red|kept|held|locked|protected|grandfathered)\s+"
        r"(?:on|for)\s+(?:the\s+|any\s+|all\s+|their\s+|future\s+)?(?:expansion|renewals?"
        r"|add[\s-]?ons?|new\s+seats|additional\s+seats|upsells?|growth)\b",
    )
    # gives: a time-limited sandbox is a trial ("a free 90-day sandbox")
    num(
        "give",
        "trial",
        _TIME_UNITS,
        r"[\s-]*(?:free\s+|extra\s+)?(?:sandbox|test\s+environment|trial\s+environment)\b",
        qty=True,
    )
    # gives: the price paid in halves ("half on signature, half at go-live")
    give(
        "payment_terms",
        "half",
        r"half\s+(?:up\s?front|now|(?:on|at|upon)\s+(?:signature|signing|kick[\s-]?off|order))\b"
        r"(?=,?\s+(?:and\s+)?(?:the\s+)?(?:other\s+|remaining\s+)?half\b)",
    )
    # gives: the customer's own paper accepted ("accept their DPA with 24h breach notification")
    give(
        "policy_exception",
        "accept accepting",
        r"accept(?:ing)?\s+(?:their|his|her|the\s+customer's)\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:dpa"
        r"|msa|paper|terms|redlines?|clauses?|contract|language|t&cs|data\s+processing\s+agreement)\b",
    )
    # gives: the customer's date committed to ("we can do your go-live on the 3rd")
    give(
        "delivery",
        "do hit meet make",
        r"(?:do|hit|meet|make)\s+(?:your|their|the\s+customer's)\s+(?:go[\s-]?live|launch|cut[\s-]?over"
        r"|rollout)(?:\s+date)?\s+(?:on|by|for)\b",
        weak=W,
    )
    # gives: a cheaper tier with the features kept ("move to the Team tier but keep the
    # Enterprise features")
    give(
        "discount",
        "move moving drop dropping downgrade downgrading",
        r"(?:mov|drop|downgrad)\w*\s+(?:them\s+|down\s+)?to\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){1,2}?"
        r"(?:tier|plan|edition|package)\s+(?:but|and|while)\s+(?:still\s+)?keep",
    )
    # gives: the best a seller can do, named as a sum ("best I can do is €52k")
    give(
        "discount",
        "best",
        r"best\s+(?:i|we)\s+(?:can|could)\s+(?:do|offer|go)\s+is\s+(?=[$€£]|\d[\d,.]*\s?k\b)",
    )
    # offer context: a counter or a final position ("going back with net 60", "final answer:
    # 10% and net 45", "nothing crazy, maybe 5%")
    cue(Cue.CTX | Cue.GIVEV, "going", r"going\s+back\s+(?:to\s+them\s+)?with\b")
    cue(Cue.CTX, "final", r"final\s+(?:answer|offer|number|position|proposal)\b")
    cue(Cue.CTX, "maybe", r"maybe(?=\s+(?:around\s+|like\s+)?\d{1,2}\s?%)")
    # not moves: the group a pilot is for ("10 free seats for the pilot team")
    cue(Cue.NOOP, "pilot", r"pilot\s+(?:team|group|users|cohort|department|site)s?\b")
    # not moves: what the customer asks for ("what's your best and final")
    cue(Cue.NOOP, "best", r"(?<=your )best\s+and\s+final\b")
    # an offer beyond the standard is still an offer ("which goes beyond our standard terms")
    cue(
        Cue.NOOP,
        "beyond",
        r"beyond\s+(?:our|the)\s+(?:standard|usual|normal)\s+(?:terms|sla|policy|offering|contract)\b",
    )
    # negation: no price moved ("no price movement", "no need to move on price")
    cue(
        Cue.NEG,
        "no",
        r"no\b(?=\s+(?:(?:price|pricing|discount|rate)\s+(?:movement|change|concessions?|reduction"
        r"|drop)\b|need\s+to\b))",
    )
    # refusals: a price held ("didn't budge", "I said the quote is final", "explained we don't
    # offer that")
    cue(
        Cue.REFUSAL,
        "budge budged budging",
        r"(?:(?<=and didn't )|(?<=we didn't )|(?<=i didn't )|(?<=and did not ))budge\b",
    )
    cue(
        Cue.REFUSAL,
        "final firm",
        r"(?:(?<=quote is )|(?<=price is )|(?<=pricing is )|(?<=offer is )|(?<=number is ))"
        r"(?:final|firm)\b",
    )
    cue(
        Cue.REFUSAL,
        "don't can't won't",
        r"(?:don't|can't|won't)\s+(?:offer|do|give|allow|provide)\s+(?:that|those|this|it)\b",
    )
    # policy: rivals' prices and a policy question ("the incumbent matched our features at half
    # the price", "Dynatrace just cut list prices by 15%", "should we ever discount services?")
    cue(
        Cue.POL,
        "incumbent competitor competitors competition",
        r"(?<!that the )(?<!which the )(?:incumbent|competitors?|competition)\s+(?:matched|offered"
        r"|offers|undercut|came\s+in|beat"
        r"|is\s+offering|was\s+offering|dropped|cut|quoted|went)\b",
    )
    cue(
        Cue.POL,
        "cut cuts slashed dropped lowered",
        r"(?:cut|cuts|slashed|dropped|lowered)\s+(?:[a-z-]+\s+){0,2}?list\s+prices\b",
    )
    cue(Cue.POL, "ever", r"(?:(?<=should we )|(?<=do we )|(?<=would we )|(?<=can we ))ever\b")
    # policy: an internal team's turnaround ("Deal desk SLA is 24h for quotes")
    cue(
        Cue.POL,
        "sla slas",
        r"(?:(?<=desk )|(?<=legal )|(?<=internal )|(?<=approval )|(?<=review ))"
        r"slas?\s+(?:is|are)\b",
    )

    # not moves: the customer asks for the best price ("what's your best and final")
    cue(Cue.NOOP, "what what's", r"what(?:'s|\s+is)\s+(?:your|ur)\s+best\s+and\s+final\b")
    # not moves: the cap a policy sets ("Policy caps at net 60 so I declined")
    cue(
        Cue.NOOP,
        "caps capped",
        r"(?<=policy )cap(?:s|ped)\s+(?:out\s+)?at\s+(?:net[\s-]?\d{1,3}|\d{1,3}\s?%"
        r"|\d{1,3}\s+days)\b",
    )
    # a trade reported ("we traded 8% for a 2 year + case study"): tied, and done
    cue(
        Cue.COND | Cue.REPORT,
        "traded",
        r"traded\b(?=\s+(?:[a-z0-9%$€£.,-]+\s+){1,4}?for\b)",
    )
    # gets: the customer pushed to commit ("Pushed Anselm to commit to the full 3 years")
    cue(
        Cue.CUST,
        "pushed pushing pressed pressing",
        r"(?:push|press)(?:ed|ing)\s+(?:them|him|her|[a-z]+)\s+to\s+(?=commit|sign|agree|take|prepay"
        r"|extend|go\s+to)",
    )
    # gets: nothing given until the customer does something ("not offering anything until they
    # get us access to the economic buyer")
    cue(Cue.BD_CLAUSE, "until", r"until(?=\s+(?:they|you|the\s+customer)\b)")
    # not gets: what the customer means to do with a give ("so they can roll out to every
    # campus")
    cue(
        Cue.NOOP,
        "so",
        r"so\s+(?:that\s+)?(?:they|the\s+customer|the\s+team)\s+can\s+(?:roll\s+(?:it\s+)?out|expand"
        r"|deploy|use\s+it)\b",
    )
    # not gets: the paper a clause is struck from ("struck from our MSA")
    cue(Cue.NOOP, "our", r"(?<=from )our\s+(?:msa|contract|paper|terms|agreement)\b")
    # -- SECTION-t21 (asks put to the customer by name, past deals that are no move, sizes and
    # asks in shorthand, prices fitted to a budget, work promised by a date, ties said as a price)
    _NUM_START = len(number_rules)  # this section's number rules go first (see its end)
    # ask context: the author asks the customer, named ("asked Pell & Co for logo rights",
    # "asking Brennan for two things", "would Quorra be up for a case study?")
    cue(
        Cue.CUST,
        "asked asking",
        r"(?:(?<!.)|(?<=i )|(?<=we )|(?<='ve )|(?<='m ))ask(?:ed|ing)\s+(?!us\b|me\b|if\b|whether\b"
        r"|about\b|for\b|around\b|them\b|him\b|her\b)(?:[a-z0-9&'.-]+\s+){1,4}?(?=for\b|to\b)",
    )
    cue(
        Cue.CTX | Cue.CUST,
        "would",
        r"would\s+(?!you\b|we\b|i\b|it\b|that\b|this\b)(?:[a-z0-9&'.-]+\s+){1,3}?be\s+(?:up\s+for"
        r"|open\s+to|willing\s+to|keen\s+on|interested\s+in|happy\s+to)\b",
    )
    cue(Cue.CUST, "principle", r"(?<=agreed in )principle\b")
    # ask context: our ask named as such ("the ask from our side", "our one ask would be",
    # "one more ask from us"); "our ask back:" answers the give before it
    cue(Cue.CUST | Cue.COND | Cue.ANA, "ask", r"(?<=our )ask\s+back\b")
    cue(
        Cue.CUST,
        "ask",
        r"(?:(?<=our )|(?<=one more )|(?<=the ))ask\b(?=\s+(?:from|is|was|here)\b|\s*:)",
    )
    cue(Cue.CUST | Cue.COND | Cue.ANA, "ask", r"(?:(?<=our )|(?<=our one ))ask\s+would\s+be\b")
    # gets: the customer's process skipped ("skip the RFP", "without the full security
    # review", "get us onto your approved vendor list")
    get(
        "process",
        "skip skipping skipped bypass bypassing without",
        r"(?:skip(?:ping|ped)?|bypass(?:ing)?|without)\s+(?:the\s+|a\s+|an\s+|their\s+|your\s+)?"
        r"(?:full\s+|formal\s+|usual\s+|whole\s+)?(?:rfp|rfi|rfq|tender|security\s+review"
        r"|security\s+questionnaire|procurement\s+process|bid\s+process|vendor\s+assessment"
        r"|infosec\s+review|vendor\s+onboarding)\b",
    )
    get(
        "process",
        "vendor supplier",
        r"(?:(?<=approved )|(?<=preferred ))(?:vendor|supplier)\s+(?:list|panel|status)\b",
    )
    # gets: the customer's redlines in one go ("send their redlines in one batch")
    get(
        "process",
        "redlines comments",
        r"(?:redlines|comments)\s+in\s+(?:one|a\s+single)\s+(?:batch|round|pass|go|document)\b",
    )
    # gets: time with the customer's executive ("20 minutes with your CFO")
    get(
        "process",
        "#",
        rf"{N}\s+(?:minutes?|mins?)\s+(?:with|in\s+front\s+of)\s+(?:your|their|the)\s+" + EXECS,
    )
    # gives: work promised by a date ("we can guarantee kickoff on Monday", "finish the
    # integration before their Q4 board", "wants implementation done in 4 weeks")
    give(
        "delivery",
        "guarantee guaranteed guaranteeing promise promised",
        r"(?:guarantee[ds]?|guaranteeing|promise[ds]?)\s+(?:a\s+|the\s+|an\s+)?(?:kick[\s-]?off|go[\s-]?live"
        r"|launch|start\s+date|delivery|rollout|completion|handover)\b",
    )
    give(
        "delivery",
        "finish finishing complete completing deliver delivering",
        r"(?:finish(?:ing)?|complet(?:e|ing)|deliver(?:ing)?)\s+(?:the\s+|their\s+|your\s+)?"
        r"(?:[a-z-]+\s+)?(?:integration|implementation|migration|rollout|deployment|onboarding|build"
        r"|setup|configuration)\s+(?=by\b|before\b|within\b|in\s+time\b)",
        weak=W,
    )
    give(
        "delivery",
        "implementation rollout onboarding integration migration deployment",
        r"(?:implementation|rollout|onboarding|integration|migration|deployment)\s+(?:done|finished"
        r"|completed|live|delivered)\s+(?:in|within|by)\b",
        weak=W,
    )
    # gives: a price brought inside the customer's budget ("we can get under their €90k budget",
    # "we matched their budget of $72k", "make the numbers work at $54k")
    give(
        "discount",
        "get getting come coming match matched matching meet meeting fit",
        r"(?:get(?:ting)?\s+(?:under|below|within|inside)|com(?:e|ing)\s+in\s+(?:under|below|within)"
        r"|match(?:ed|ing)?|meet(?:ing)?|fit\s+(?:in)?to)\s+(?:their|the|your|a)\s+"
        r"(?:[a-z0-9$€£,.-]+\s+){0,2}?budget\b",
    )
    give(
        "discount",
        "make making",
        r"mak(?:e|ing)\s+(?:the\s+)?(?:numbers|price|pricing|math|maths)\s+work\b",
    )
    # gives: a fee we pay for them ("we cover the $6k integration fee")
    give(
        "discount",
        "cover covering",
        r"cover(?:ing)?\s+(?:the|their|your)\s+(?:[a-z0-9$€£,.-]+\s+){0,3}?(?:fees?|costs?)\b",
        qty=True,
    )
    # gives: a price held for a later purchase ("hold their per-unit pricing for the year-2
    # expansion")
    give(
        "price_lock",
        "hold holding",
        r"hold(?:ing)?\s+(?:the|their|your|our)\s+(?:[a-z-]+\s+)?(?:pricing|price|rates?)\s+for\s+"
        r"(?:the\s+)?(?:[a-z0-9-]+\s+)?(?:expansion|renewal|future|next)\b",
    )
    # gives: a price held for them now ("we can hold the Q3 pricing for you", "hold this
    # year's price on the renewal")
    give(
        "discount",
        "hold holding keep keeping",
        r"(?:hold(?:ing)?|keep(?:ing)?)\s+(?:the\s+|their\s+|your\s+|our\s+)?(?:q[1-4]|current"
        r"|today's|this\s+(?:quarter|month|year)'s|last\s+year's|existing)\s+(?:pricing|price"
        r"|prices|rates?)\b",
    )
    # gives: a named cheaper rate offered ("offer the enterprise rate on all of it")
    give(
        "discount",
        "enterprise volume partner nonprofit",
        r"(?<=the )(?:enterprise|volume|partner|nonprofit)\s+(?:rate|pricing|price|discount)\b",
        weak=W,
    )
    # gives: a discount still on offer ("then the 12% stands")
    num("give", "discount", "pct money", r"\s+(?:still\s+)?(?:stands|holds)\b", qty=True)
    # gives: billing moved to shorter periods ("move your billing from annual to quarterly")
    give(
        "payment_terms",
        "billing move moving switch switching",
        r"(?:(?:mov(?:e|ing)|switch(?:ing)?)\s+(?:your|their|the)\s+)?billing\s+from\s+(?:annual"
        r"|yearly|upfront|annually)\s+to\s+(?:quarterly|monthly|semi-annual|bi-annual)\b",
    )
    # gives: more time to pay ("give us until end of Q1 to pay", "room on payment timing")
    give(
        "payment_terms",
        "until",
        r"until\s+(?:the\s+)?(?:end\s+of\s+)?(?:q[1-4]|[a-z0-9]+)\s+to\s+pay\b",
    )
    give(
        "payment_terms",
        "room",
        r"room\s+(?:on|in|around)\s+(?:the\s+)?payment\s+(?:timing|terms)\b",
    )
    # offer context: a fallback named ("worst case we do net 60")
    cue(Cue.CTX, "worst", r"worst[\s-]case\b")
    # gets: a renewal lengthened ("as long as the renewal goes to 24 months")
    get(
        "term_commitment",
        "renewal renewals",
        r"renewals?\s+(?:goes|moves|runs|gets|extends|is|becomes)\s+(?:(?:up\s+|out\s+)?to\s+"
        rf"|at\s+least\s+)?(?:a\s+)?{YM}",
        weak=W,
        qty=True,
    )
    # gets: a minimum length in shorthand ("a 2-yr min", "18-month min")
    num(
        "get",
        "term_commitment",
        "years months",
        r"[\s-]+(?:min|minimum)\b(?!\s+(?:spend|order|seats?|users?|purchase))",
        qty=True,
    )
    # gets: a hyphened length before "but" ("I'd trade it for the 3-yr but only with ...")
    num(
        "get",
        "term_commitment",
        "years",
        r"(?:(?<=-year)|(?<=-yr))(?<!\b1-year)(?<!\b1-yr)(?<!one-year)(?=\s+(?:but|only|though"
        r"|tho|because|since|before)\b)",
        qty=True,
    )
    # gets: the close pulled in ("if Arden moves the close into this quarter")
    get(
        "faster_signature",
        "move moves moving pull pulls pulling bring brings bringing",
        r"(?:mov|pull|bring)\w*\s+(?:the\s+)?(?:close|signature|signing|decision)\s+(?:into|forward"
        r"|up|in)\b",
    )
    # gets: a decision date asked for ("a firm decision date", "a date for the signature")
    get(
        "faster_signature",
        "decision",
        r"decision\s+(?:date|deadline)\b",
    )
    get("faster_signature", "date", r"date\s+for\s+(?:the\s+)?(?:signature|signing|decision)\b")
    get(
        "faster_signature",
        "get gets getting push pushes",
        r"(?:get(?:s|ting)?|push(?:es)?)\s+(?:them|it|this|the\s+deal)\s+over\s+the\s+line\b",
    )
    # gets: a larger order in shorthand ("the 250-seat expansion", "commit to spend at least
    # $300k", "sign for €250k total contract value")
    num(
        "get",
        "volume",
        "seats",
        r"[\s-]+(?:expansion|upsell|rollout|commitment|commit)\b",
        qty=True,
    )
    get(
        "volume",
        "spend",
        rf"(?<=to )spend\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|over\s+)?{MONEY}",
        qty=True,
    )
    num("get", "volume", "money", r"\s+(?:in\s+)?(?:total\s+)?contract\s+value\b", qty=True)
    # gets: the customer adds a module or moves up a tier ("if Moorland adds the payroll module",
    # "if they upgrade to the next tier")
    get(
        "volume",
        "adds",
        r"adds\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[a-z-]+\s+){0,2}?(?:modules?|add-?ons?|products?"
        r"|teams?|departments?|sites?|regions?|divisions?|business\s+units?)\b",
    )
    get(
        "volume",
        "upgrade upgrades",
        r"(?:(?<=they )|(?<=you )|(?<=to ))upgrades?\s+to\s+(?:the\s+|a\s+)?(?:next|higher|top"
        r"|enterprise|premium)\s+(?:tier|plan|edition|package|level)\b",
    )
    get("volume", "volume", r"(?<=confirm the )volume\b")
    # not a trial: a pilot turned into paid seats ("converting the pilot into 200 paid seats")
    cue(
        Cue.NOOP,
        "convert converts converting",
        r"convert(?:s|ing)?\s+(?:the|their|your)\s+(?:pilot|trial|poc)\s+(?=in)",
    )
    # gets: items the customer drops ("they dropped the premium support tier")
    get(
        "scope_reduction",
        "dropped drops removed removes",
        r"(?:(?:(?<=they )|(?<=customer )|(?<=you ))(?:dropped|removed)|drops|removes)\s+"
        r"(?:the\s+|their\s+)?"
        r"(?:[a-z-]+\s+){0,2}?(?:tier|module|package|add-?on|services?|support|training|workshops?"
        r"|dashboard|connector|integration|days)\b(?!\s+(?:from|off)\s+(?:the\s+|their\s+|our\s+)?"
        r"(?:agenda|schedule|calendar|call|meeting|invite|list)\b)",
    )
    # gets: our standard paper ("go live on our standard SOW")
    cue(Cue.NOOP, "go", r"go[\s-]live\s+on\s+(?:our|the)\s+(?=standard\b)")
    get("process", "standard", r"(?<=our )standard\s+(?:sow|msa|paper|terms|contract|dpa)\b")
    # gets: introductions and announcements ("introduce us to the team at your Frankfurt office",
    # "let us announce the partnership", "mention us in your investor update")
    get(
        "reference",
        "introduce introducing",
        r"introduc(?:e|ing)\s+us\s+to\s+(?:the\s+|your\s+)?(?:[a-z-]+\s+){0,2}?(?:team|teams|people"
        r"|folks)\s+(?:at|in)\s+(?:your|their)\s+(?:[a-z-]+\s+)?(?:office|offices|site|sites|branch"
        r"|subsidiary|division|region)\b",
    )
    get(
        "reference",
        "announce announcing",
        r"announc(?:e|ing)\s+(?:the|our|a)\s+(?:partnership|deal|win|relationship|collaboration)\b",
    )
    get("reference", "mention mentioning", r"mention(?:ing)?\s+us\s+(?:in|on)\s+(?:your|their)\b")
    # gives: more for the trade ("in return for the extra training days", "the 5-seat bump")
    give(
        "scope",
        "extra additional bonus",
        r"(?:(?<=return for the )|(?<=exchange for the ))(?:extra|additional|bonus)\s+"
        r"(?:[a-z-]+\s+)?(?:training|onboarding|seats?|licen[cs]es?|days|sessions|hours|support)\b",
    )
    num("give", "scope", "seats", r"[\s-]+(?:seat\s+)?bump\b", qty=True)
    # not gets: material that exists already ("the case study we published", "Rowan Media's
    # case study")
    cue(
        Cue.NOOP,
        "case",
        r"case\s+stud(?:y|ies)\s+(?=(?:we|they)\s+(?:published|wrote|did|ran|made|have|put)\b)"
        r"|(?<='s )case\s+stud(?:y|ies)\b",
    )
    # not moves: what the customer already has ("already pays annually upfront", "already on
    # 36-month terms")
    cue(Cue.NEG, "already", r"already\s+(?:on|pays?|paying|paid)\b")
    cue(
        Cue.NEG,
        "original previous prior old existing",
        r"(?:original|previous|prior|old|existing)\s+(?:deal|contract|agreement|term)\s+(?:was|had"
        r"|ran)\b",
    )
    # not gets: a term signed in a past year or on their own ("signed the 3-year deal in 2023",
    # "signed up for 2 more years on their own")
    num(
        "cue",
        None,
        "years months",
        r"[\s-]+(?:deal|term|contract|agreement)s?\s+(?:in|back\s+in)\s+(?:19|20)\d\d\b"
        r"|\s+on\s+their\s+own\b",
        flags=Cue.NOOP,
    )
    # not a give: seats sold long ago ("we sold them 150 seats two years ago")
    num(
        "cue",
        None,
        "seats",
        r"\s+(?:two|three|four|a\s+few|\d+)\s+(?:years?|months?|quarters?)\s+ago\b",
        flags=Cue.NOOP,
    )
    # not moves: general questions ("asking generally", "do we count X as Y?")
    cue(Cue.POL, "asking", r"asking\s+(?:generally|in\s+general|hypothetically)\b")
    cue(Cue.POL, "count treat classify", r"(?<=do we )(?:count|treat|classify)\b")
    # ties: a give named as the price of a get ("8% off and net 45 was the price of that"), and
    # a get the give waits on ("hold off on the 10% until they give us a date")
    cue(Cue.COND | Cue.ANA, "price", r"(?<=was the )price\s+(?:of|for)\s+(?:that|it|this)\b")
    cue(
        Cue.COND,
        "until",
        r"until\s+(?:they|you|the\s+customer)\s+(?:give|confirm|sign|commit|agree|send)\b",
    )
    cue(Cue.COND, "have need", r"(?:(?<=but they )|(?<=but you ))(?:have|need)\s+to\b")
    # not ties: a hope or a politeness ("if it goes well", "would appreciate if")
    cue(
        Cue.NOOP,
        "if",
        r"if\s+(?:it|things|all|this|the\s+(?:pilot|rollout|trial))\s+go(?:es)?\s+well\b",
    )
    cue(Cue.CTX, "appreciate", r"appreciate\s+(?:it\s+)?if\b")
    # asks of the customer that are no approval ("if you can get us onto your approved vendor
    # list", "get procurement to sign off by the 12th")
    cue(
        Cue.CTX,
        "get",
        r"get\s+(?:us\s+(?:onto|on\s+to|on)\s+(?:your|their|the)\s+(?=approved|preferred)"
        r"|(?:your\s+|their\s+)?(?:procurement|legal|finance|board|team|cfo|ceo)\s+to\s+(?=sign))",
    )
    get("faster_signature", "sign", r"sign[\s-]off\s+" + DEADLINE, weak=W)
    # not gives: a general question about a threshold ("what's the min term deal desk needs
    # before I can offer price protection?")
    cue(
        Cue.POL,
        "min minimum",
        r"(?:min|minimum)\s+(?:term|commitment|spend|deal\s+size)\s+(?=(?:[a-z-]+\s+){1,2}?"
        r"(?:needs?|requires?)\b)",
    )
    # not gets: a term in the past or the customer's own ("the 3-year deal in 2023", "signed up
    # for 2 more years on their own", "the term you mentioned is your existing agreement")
    cue(
        Cue.PNEG,
        "#",
        r"(?:(?<=deal in )|(?<=contract in )|(?<=term in )|(?<=back in ))(?:19|20)\d\d\b",
    )
    cue(Cue.PNEG, "own", r"(?<=on their )own\b")
    cue(Cue.PNEG, "existing", r"(?<=your )existing\s+(?:agreement|contract|deal)\b")
    cue(Cue.NEG, "baked", r"baked\s+in\s+(?=from\b)")
    # not gets: the customer is a reference or a logo already ("they're a reference customer
    # already", "they're a logo we want")
    cue(
        Cue.NOOP,
        "reference logo",
        r"reference\s+(?:customer|account)\s+already\b|(?<=already a )reference\s+(?:customer"
        r"|account)\b|(?<=a )logo\s+(?=we\s+(?:want|need|like|love|covet)\b)",
    )
    # not a trial: a pilot's conversion ("a reduced rate for the pilot conversion")
    cue(Cue.NOOP, "pilot trial poc", r"(?:pilot|trial|poc)\s+conversions?\b")
    # gives: next year's price now ("offer the year-two price in year one")
    give(
        "discount",
        "year",
        r"year[\s-](?:two|three|2|3)\s+(?:price|pricing|rates?)\s+(?:in|for)\s+year[\s-](?:one|1)\b",
    )
    # gives: a colleague to ask about the rate ("if so I can go back to my VP on the per-seat rate")
    give(
        "discount",
        "back",
        r"(?<=go )back\s+to\s+(?:my|our|the)\s+(?:vp|manager|boss|deal\s+desk|finance|leadership"
        r"|cro|director|rvp)\s+on\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:rate|price|pricing|discount)\b",
    )
    # gives: a discount for who they are ("gets 10% as a returning customer")
    num(
        "give",
        "discount",
        "pct",
        r"\s+as\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:customer|client|partner|nonprofit|charity)\b",
        qty=True,
    )
    # gives: more free ("now asking for 10 more free")
    give("scope", "#", r"(?:[1-9]\d{0,2})\s+more\s+free\b")
    # gets: automatic renewal asked for ("we'd like the renewal to be auto by default")
    get(
        "term_commitment",
        "renewal renewals",
        r"renewals?\s+(?:to\s+be\s+|is\s+|being\s+)auto(?:matic)?\b",
    )
    # not ties: the author says the moves are not tied ("Not a trade, just fyi", "separately,
    # and not as part of that", "don't make it a condition", "this isn't tied to pricing")
    cue(
        Cue.UNTIED,
        "not",
        r"not\s+(?:a\s+)?(?:trade|condition|quid\s+pro\s+quo|tied\s+to|linked\s+to|contingent\s+on"
        r"|as\s+part\s+of\s+(?:that|this|it|the\s+deal))\b",
    )
    cue(
        Cue.UNTIED,
        "isn't aren't wasn't",
        r"(?:isn't|aren't|wasn't)\s+(?:tied|linked|conditional|contingent)\b",
    )
    cue(Cue.UNTIED, "make", r"(?<=don't )make\s+(?:it|that|this)\s+a\s+condition\b")
    # ties: a trade framed as a proposal or a counter ("how about this: you sign the 3 year, we
    # waive the fee", "accepted their counter: they take the 18-month term, we cover the fee")
    cue(Cue.COND | Cue.CTX, "how", r"how\s+about\s+this\b(?=\s*[:—–-])")
    cue(
        Cue.COND | Cue.CTX | Cue.GIVEV,
        "counter counteroffer counter-offer",
        r"counter(?:offer|-offer)?\s*:",
    )
    # ties: a give named as the reason a get came ("that's why they got the free onboarding"),
    # or asked for in return ("they'd do it for 3% off", "offered to prepay ... to get it")
    cue(Cue.COND | Cue.ANA, "why", r"(?:(?<=that's )|(?<=which is )|(?<=that is ))why\b")
    cue(
        Cue.COND | Cue.ANA,
        "do",
        r"(?:(?<='d )|(?<=would )|(?<='ll )|(?<=will ))do\s+(?:it|that|this)\s+(?=for\b)",
    )
    cue(Cue.COND | Cue.ANA, "get", r"(?<=to )get\s+(?:it|that|this)\b")
    # gives: billing moved to shorter periods, named after the move ("move your billing from
    # annual to quarterly": the words before are a swap)
    give(
        "payment_terms",
        "quarterly monthly",
        r"(?:(?<=annual to )|(?<=annually to )|(?<=yearly to )|(?<=upfront to ))(?:quarterly"
        r"|monthly)\b",
    )
    # not gets: time left on the current contract ("3 yrs left on their current agreement")
    num("cue", None, "years months", r"\s+(?:left|remaining)\s+(?:on|in)\b", flags=Cue.NOOP)
    # an abbreviation's period ends no sentence ("(approx. 300 users)")
    cue(Cue.NOOP, "approx est incl", r"(?:approx|est|incl)\.(?=\s+[a-z0-9$€£~≈])")
    # gets: a term lengthened, said with "goes" ("if Clearwater goes 24 months instead of 12")
    get(
        "term_commitment",
        "goes",
        rf"goes\s+(?:up\s+to\s+|out\s+to\s+|to\s+)?{YM}(?=\s+(?:instead\s+of|rather\s+than|term"
        r"|contract|deal|not)\b)",
        weak=W,
        qty=True,
    )
    # approval asks: "cleared by you?", "signed off by you @vp?"
    cue(
        Cue.AP,
        "cleared signed",
        r"(?:cleared|signed\s+off)\s+by\s+(?:you|u)\b(?=[^.!\n]{0,30}\?)",
    )
    # not an approval: the customer's list of approved vendors ("get us onto your approved
    # vendor list")
    cue(
        Cue.APDONE | Cue.YOU,
        "approved preferred",
        r"(?<=your )(?:approved|preferred)\s+(?=(?:vendor|supplier)s?\s+(?:list|panel)\b)",
    )
    # ask context: what the customer mentioned ("Carver mentioned a two-year deal")
    cue(Cue.CUST, "mentioned", r"(?<!i )(?<!we )(?<!as )(?<!you )(?<!u )mentioned\b")
    # ties: the customer's refusal as the condition ("if they won't commit to 2 years we can't
    # offer 10%")
    cue(
        Cue.COND | Cue.UCOND | Cue.CTX,
        "if",
        r"if\s+(?!we\b|i\b|you\b|u\b)(?:[a-z0-9&'.-]+\s+){1,3}?(?:won't|doesn't|don't|can't|isn't|aren't|will\s+not"
        r"|do\s+not|does\s+not)\s+(?=(?:do|sign|commit|go|agree|take|accept)\b)",
    )
    _first(number_rules, _NUM_START)

    # -- SECTION-t25 (trade and services deals: business moved over in return, prices brought
    # down to a figure, fees waived, call-out times, trial runs, instalments, dated cut-overs,
    # price held flat, and talk that carries no move)
    _BIZ = (
        r"(?:lanes?|routes?|runs?|depots?|sites?|branches|branch|stores?|locations?|network|estate"
        r"|fleet|circuits?|business|volumes?|tonnage|tonnes|pallets|work|contracts?|rollout|portfolio"
        r"|accounts?|spend|regions?|divisions?|consumables|orders?|warehouses?|plants?|hospitals?"
        r"|schools?|offices?)\b"
    )
    # gets: business the customer moves over ("move the other four lanes over to us", "moved the
    # new branches onto us", "bring the cemetery sites into scope", "add the two depots to the
    # contract")
    get(
        "volume",
        "move moves moved moving bring brings brought bringing shift shifts shifted switch "
        "switches switched transfer transfers transferred put puts add adds adding",
        r"(?:mov(?:e|es|ed|ing)|bring(?:s|ing)?|brought|shift(?:s|ed)?|switch(?:es|ed)?"
        r"|transfer(?:s|red)?|puts?|add(?:s|ing)?)\s+(?:[a-z0-9'-]+\s+){1,5}?(?:over\s+)?"
        r"(?:to|onto|into|on\s+to)\s+(?:us|scope|the\s+contract|the\s+deal|the\s+agreement"
        r"|our\s+(?:network|books|contract))\b",
    )
    # gets: more taken or handed over ("if you take all 6 depots", "they took 500 more pallets",
    # "take the full borough rollout", "they'll give us the Scotland lanes", "hand us their
    # whole UK network", "commit to 6 lanes")
    get(
        "volume",
        "take takes took taking",
        r"(?:(?<=they )|(?<=you )|(?<=they'll )|(?<=you'll )|(?<=they'd )|(?<=you'd )"
        r"|(?<=to )|(?<=would )|(?<=will )|(?<=could ))(?:take|takes|took|taking)\s+"
        r"(?:(?:all|over)\s+(?:(?:the|their|your)\s+)?"
        rf"(?:{NUM}|{NW})|{N}\s?k?\s+(?:more|extra|additional)|(?:the|their|your)\s+(?:whole|full"
        r"|entire|other|remaining)|(?:all|both)\s+(?:the\s+|their\s+|your\s+)?)"
        r"(?!\s*(?:years?|yrs?|months?|mos?)\b)",
    )
    get(
        "volume",
        "give hand",
        r"(?:give|hand)\s+us\s+(?:the|their|your|all|more|both|an?)\s+(?:[a-z0-9'-]+\s+){0,3}?"
        rf"{_BIZ}",
    )
    # gets: a renewal promised to a year ("commit to renewal through 2028"), a yearly contract in
    # place of a rolling one ("an annual contract instead of their monthly rolling")
    get(
        "term_commitment",
        "commit commits committed committing",
        r"commit(?:s|ted|ting)?\s+to\s+(?:a\s+)?renewal\s+(?:through|until|till|to|into)\s+\d{4}\b",
    )
    get(
        "term_commitment",
        "annual yearly",
        r"(?:annual|yearly)\s+(?:contract|agreement|term|commitment)\b(?=\s+(?:instead\s+of|rather"
        r"\s+than|in\s+place\s+of|not)\b)",
    )
    # gets: work dropped from the job ("if you drop the weekend deliveries", "in exchange for
    # removing the landscaping element")
    get(
        "scope_reduction",
        "drop dropping remove removing cut cutting lose losing",
        r"(?:(?<=you )|(?<=they )|(?<=for )|(?<=we ))(?:drop|dropping|remove|removing|cut|cutting"
        r"|lose|losing)\s+(?:the|their|your)\s+(?:[a-z-]+\s+){0,2}?(?:deliveries|collections"
        r"|element|elements|cleaning|cleans|maintenance|shifts?|runs?|drops|lanes?|services?"
        r"|visits|sites?|line\s+items?)\b",
    )
    # gets: the customer's sign-off without more rounds ("sign off the spec without another
    # round of changes")
    get(
        "process",
        "without",
        r"without\s+(?:another|more|further|any\s+more|extra)\s+(?:rounds?|cycles?)\s+of\s+"
        r"(?:changes|redlines|revisions|edits|comments|reviews?|amendments)\b",
    )
    # gives: a price taken down to a figure ("take the CPM down to €11", "lower the monthly line
    # rental to £32 per circuit")
    give(
        "discount",
        "take taking bring bringing get getting",
        r"(?:take|taking|bring|bringing|get|getting)\s+(?:the|our|their|your)\s+(?:[a-z-]+\s+){0,3}?"
        r"(?:price|pricing|rates?|fees?|cpm|cost|rental|charge|margin|quote)\s+down\s+to\s+"
        r"(?=[$€£]\s?\d|\d)",
    )
    give(
        "discount",
        "lower lowering reduce reducing cut cutting drop dropping",
        r"(?:lower|lowering|reduce|reducing|cut|cutting|drop|dropping)\s+(?:the|our|their|your)\s+"
        r"(?:[a-z-]+\s+){0,3}?(?:price|pricing|rates?|fees?|cpm|cost|rental|charges?|quote|tariff)\s+"
        r"to\s+(?=[$€£]\s?\d)",
    )
    # gives: a surcharge dropped ("drop the fuel surcharge", "without the usual £400 surcharge")
    give(
        "discount",
        "drop dropping waive waiving remove removing scrap scrapping",
        r"(?:drop|dropping|waive|waiving|remove|removing|scrap|scrapping)\s+(?:the|our|any|that)\s+"
        r"(?:[a-z-]+\s+){0,2}?(?:surcharges?|supplements?|premiums?)\b",
    )
    give(
        "discount",
        "without",
        r"without\s+(?:the|our|any)\s+(?:usual\s+|normal\s+|standard\s+)?(?=(?:[$€£]\s?[\d.,]+k?\s+)?"
        r"(?:[a-z-]+\s+)?(?:surcharges?|supplements?|call[\s-]?out\s+fees?|delivery\s+charges?)\b)",
        qty=False,
    )
    num(
        "give",
        "discount",
        "money",
        r"\s+(?:[a-z-]+\s+)?(?:surcharges?|supplements?)\b(?<=\w)",
        qty=True,
    )
    # gives: a rival's price met or beaten ("agreed to match the incumbent's rate", "can we beat
    # £1.20 a mile")
    give(
        "discount",
        "match matching beat beating",
        r"(?:match|matching|beat|beating)\s+(?:the\s+)?(?:incumbent's|competitor's|competition's"
        r"|rival's|current\s+supplier's|their\s+current|their\s+existing|other\s+supplier's)\s+"
        r"(?:[a-z-]+\s+)?(?:rates?|prices?|pricing|quotes?|offer|fees?)\b",
    )
    give(
        "discount",
        "beat beating",
        r"(?:(?<=can )|(?<=we )|(?<=to ))beat\s+(?:[$€£]\s?\d|their\s+(?:price|rate|quote)"
        r"|that\s+(?:price|rate|quote))",
        weak=W,
    )
    # gives: a sum below list ("quoted them £14k under list")
    num(
        "give",
        "discount",
        "money",
        r"\s+(?:under|below|off)\s+(?:list|rrp|rate[\s-]card)\b",
        qty=True,
    )
    # gives: a call-out or replacement time ("a 4 hour call-out", "guaranteed 24hr replacement",
    # "an engineer on site within 2 hours")
    give(
        "service_level",
        "#",
        rf"{N}[\s-]?(?:hours?|hrs?|hr|h)\s+(?:guaranteed\s+)?(?:call[\s-]?outs?|replacements?"
        r"|repairs?|fix|attendance|on[\s-]?site|swap[\s-]?outs?)\b",
    )
    give(
        "service_level",
        "engineer engineers technician technicians tech techs fitter fitters someone crew",
        r"(?:engineers?|technicians?|techs?|fitters?|someone|crew)\s+on[\s-]?site\s+within\b",
    )
    give(
        "service_level",
        "dedicated",
        r"dedicated\s+(?:[a-z-]+\s+){0,2}?(?:supervisors?|coordinators?|drivers?|crew|engineers?"
        r"|planners?|controllers?)\b",
    )
    # gives: a trial run or sample ("a 60 day sample run", "10 days extra on the sample
    # evaluation", "30 days free while they trial them")
    num(
        "give",
        "trial",
        _TIME_UNITS,
        r"[\s-]*(?:free\s+)?(?:sample|trial|test)\s+(?:runs?|periods?|batch|evaluation|order)\b",
        qty=True,
    )
    num(
        "give",
        "trial",
        _TIME_UNITS,
        r"\s+(?:extra|more|longer)\s+(?:on|for)\s+(?:the|their|your)\s+(?:[a-z-]+\s+)?"
        r"(?:evaluation|trial|pilot|sample|test)\b",
        qty=True,
    )
    num(
        "give",
        "trial",
        "days weeks",
        r"\s+free\b(?=\s+(?:[a-z0-9'-]+\s+){0,6}?(?:while|so|to|as)\s+(?:they|you|the\s+customer)\s+"
        r"(?:can\s+)?(?:trial|try|test|evaluate|pilot)\b)",
        qty=True,
    )
    # gives: invoices spread over the year ("invoicing them termly instead of annually", "pay for
    # the campaign in three monthly instalments")
    give(
        "payment_terms",
        "invoice invoicing invoiced bill billing billed",
        r"(?:invoic(?:e|ing|ed)|bill(?:ing|ed)?)\s+(?:[a-z0-9'-]+\s+){0,3}?(?:termly|monthly"
        r"|quarterly|per\s+term|each\s+term|in\s+arrears)\b",
    )
    give(
        "payment_terms",
        "pay paying",
        r"pay(?:ing)?\s+(?:[a-z0-9'-]+\s+){0,4}?in\s+(?:[a-z0-9]+\s+)?(?:monthly\s+|quarterly\s+"
        r"|equal\s+|termly\s+)?(?:instal(?:l)?ments|stages|tranches)\b",
    )
    # gives: the customer's sites cut over or deliveries brought forward by a date ("get your
    # first two sites cut over before the change freeze", "bring the first delivery forward")
    give(
        "delivery",
        "cut",
        r"cut[\s-]?over\s+(?:before|by|ahead\s+of|in\s+time\s+for)\b",
        weak=W,
    )
    give(
        "delivery",
        "bring bringing move moving pull pulling",
        r"(?:bring|bringing|move|moving|pull|pulling)\s+(?:the|your|their)\s+(?:[a-z-]+\s+){0,2}?"
        r"(?:deliver(?:y|ies)|install(?:ation)?|shipments?|dispatch|start|go[\s-]?live|cut[\s-]?over"
        r"|handover|fit[\s-]?out|works)\s+(?:date\s+)?(?:forward|up)\b",
    )
    give(
        "delivery",
        "expedite expedited expediting",
        r"expedit(?:e|ed|ing)\s+(?:the\s+|your\s+|their\s+)?(?:[a-z0-9-]+\s+){0,3}?(?:units|parts"
        r"|tooling|orders?|shipments?|deliver(?:y|ies)|production|build|stock|samples?|kit)\b",
    )
    # gives: a fee waived that lets the customer leave ("waive the ETF", "waive the early
    # termination fee"); liquidated damages raised
    give(
        "policy_exception",
        "waive waiving waived drop dropping",
        r"(?:waiv(?:e|ing|ed)|drop(?:ping)?)\s+(?:the|their|any|an?)\s+(?:etfs?|(?:early\s+)?"
        r"(?:termination|exit|break|cancellation)\s+(?:fees?|charges?|penalt(?:y|ies)))\b",
    )
    give("policy_exception", "liquidated", r"liquidated\s+damages\b", weak=W)
    # gives: the price held as it is ("I'll hold the rate flat", "held the current rate on your
    # 22 circuits for another two years", "lock their lane rates at this year's price")
    give(
        "price_lock",
        "hold holding held keep keeping kept freeze",
        r"(?:hold|holding|held|keep|keeping|kept|freeze)\s+(?:the|our|your|their)\s+"
        r"(?:(?:current|existing|present|today's|same)\s+)?(?:rates?|prices?|pricing)\s+flat\b",
    )
    give(
        "price_lock",
        "hold holding held keep keeping kept freeze lock locking",
        r"(?:hold|holding|held|keep|keeping|kept|freeze|lock|locking)\s+(?:the|our|your|their)\s+"
        r"(?:current|existing|present|today's|same)\s+(?:rates?|prices?|pricing)\s+(?:on|for"
        r"|across)\s+(?:[a-z0-9'-]+\s+){0,4}?(?:for\s+)?(?:another|a\s+further|the\s+next"
        rf"|a\s+further)\s+{YM}",
        qty=True,
    )
    give(
        "price_lock",
        "lock locking",
        r"lock(?:ing)?\s+(?:[a-z0-9'-]+\s+){0,4}?(?:rates?|prices?|pricing)\s+at\s+(?:this|last"
        r"|today's|the\s+current|current|their\s+current)\b",
    )
    # gives: more for the same price ("5 visits a week instead of 4 for the same monthly fee",
    # "first position in every break at the standard rate"), bonus units, an extra week of
    # service, a longer warranty, a service done free of charge
    give(
        "scope",
        "same",
        r"(?<=for the )same\s+(?:[a-z-]+\s+)?(?:fee|price|rate|cost|money|charge)\b",
    )
    give(
        "scope",
        "standard",
        r"(?<=at the )standard\s+(?:[a-z-]+\s+)?(?:rate|price|fee|cost)\b(?=\s*[.,;!?]\s+ok\b)",
        weak=W,
    )
    give(
        "scope",
        "#",
        rf"{N}\s+(?:bonus|free|complimentary)\s+(?:[a-z-]+\s+)?(?:spots?|slots?|visits?|spins?"
        r"|ads?|insertions?|placements?|deliveries|cleans?|sessions?|units?|days?|hours?)\b",
    )
    give(
        "scope",
        "extra additional",
        r"(?:extra|additional)\s+(?:week|month|fortnight|day)s?\s+of\s+(?!(?:the\s+)?(?:trial|pilot"
        r"|evaluation|eval|poc)\b)",
    )
    give(
        "scope",
        "extended extend",
        r"extended\s+warrant(?:y|ies)\b|extend\s+(?:the|their|your)\s+warrant(?:y|ies)\b",
        weak=W,
    )
    give(
        "scope",
        "store storing host hosting",
        r"(?:store|storing|host|hosting)\s+(?:[a-z0-9'-]+\s+){1,8}?(?:free\s+of\s+charge|at\s+no"
        r"\s+(?:extra\s+)?(?:cost|charge)|for\s+free)\b",
    )
    # gives: services added on a schedule ("free quarterly leak-detection visits", "include
    # quarterly deep cleans"), things put in the package ("include the signage production in
    # the media package"), a free pilot ("a free one-term pilot")
    _SERVICE = (
        r"(?:visits?|checks?|inspections?|services?|servicing|reviews?|cleans?|reports?|maintenance"
        r"|sessions?|audits?|callouts?|call-outs?|collections?|deliveries)\b"
    )
    give(
        "scope",
        "free include including included",
        r"(?:free|includ(?:e|ing|ed))\s+(?:quarterly|monthly|weekly|annual|yearly|daily|fortnightly"
        rf"|termly|regular|extra|additional|twice-yearly|six-monthly)\s+(?:[a-z-]+\s+){{0,2}}?{_SERVICE}",
    )
    give(
        "scope",
        "include including",
        r"includ(?:e|ing)\s+(?:the|a|an|our)\s+(?:[a-z-]+\s+){0,3}?(?:in|into|within|as\s+part\s+of)"
        r"\s+(?:the|your|their)\s+(?:[a-z-]+\s+)?(?:package|bundle|deal|contract|price|fee|quote"
        r"|order)\b",
    )
    give(
        "trial",
        "free",
        r"free\s+(?:[a-z0-9-]+\s+){0,2}?(?:pilot|trial|poc|evaluation|sample\s+run|trial\s+run)\b",
        qty=True,
    )
    # gives: more time of a service ("an extra week of airtime at no cost": read "1 extra week")
    num(
        "give",
        "scope",
        "days weeks months",
        r"(?:(?<=extra week)|(?<=extra weeks)|(?<=extra month)|(?<=extra months)|(?<=extra day)"
        r"|(?<=extra days)|(?<=additional week)|(?<=additional weeks)|(?<=additional month)"
        r"|(?<=additional months))\s+of\s+(?!(?:the\s+|a\s+|free\s+)?(?:trial|pilot|evaluation|eval"
        r"|poc|testing)\b)(?=[a-z])",
    )
    # gets: a volume committed to, the commitment words left for the term ("commit to 6 lanes
    # for two years")
    get(
        "volume",
        "#",
        rf"(?<=commit to ){N}\s+(?:more\s+|extra\s+|additional\s+)?(?:[a-z-]+\s+)?{_BIZ}",
    )
    # gets: the customer pushed to sign ("Pushing Hadley Freight to sign the two-year by Friday")
    cue(
        Cue.CUST,
        "pushed pushing pressed pressing",
        r"(?:push|press)(?:ed|ing)\s+(?:[a-z0-9&'-]+\s+){1,3}?to\s+(?=commit|sign|agree|take|prepay"
        r"|extend)",
    )
    # not policy: a floor of a building ("trial them on one floor", "the 3rd floor")
    cue(
        Cue.NOOP,
        "floor floors",
        r"(?:(?<=one )|(?<=each )|(?<=every )|(?<=per )|(?<=ground )|(?<=first )|(?<=second )"
        r"|(?<=third )|(?<=top )|(?<=shop )|(?<=factory )|(?<=office )|(?<=ward )|(?<=two )"
        r"|(?<=rd )|(?<=th )|(?<=nd )|(?<=st )|(?<=that )|(?<=this ))floors?\b",
    )
    # a reason given starts a new segment ("an extra week at no cost bc the first campaign
    # underdelivered": what the reason names is no announcement of the move)
    cue(
        Cue.BD_SEG | Cue.BD_CLAUSE,
        "because bc",
        r"(?:because|bc)\b(?=\s+(?:the|their|our|its|it|they|we|of)\b)",
    )
    # not a policy: the customer's own report ("a logo placement in your annual report")
    cue(Cue.NOOP, "annual", r"(?:(?<=your )|(?<=their )|(?<=its ))annual\s+reports?\b")
    # a deal reached after a refusal ("settled on net 60 in the end")
    cue(Cue.CTX | Cue.REPORT, "settled", r"settled\s+(?:on|at)\b")
    # approval asks in other words ("VP sign-off needed:")
    cue(Cue.AP, "needed required", r"(?<=sign-off )(?:needed|required)\b")
    # not moves: recurring questions, rivals' list prices, policy notes and data pulled
    # ("we keep getting asked for MFN clauses", "saw them drop list prices 10%", "no more free
    # install days without ...", "pull the visit logs")
    cue(Cue.POL, "keep", r"keep\s+getting\s+asked\b")
    cue(
        Cue.POL,
        "drop drops cut cuts slash slashes lower lowers",
        r"(?:(?<=saw )|(?<=they )|(?<=[a-z]s ))(?:drop|drops|cut|cuts|slash|slashes|lower"
        r"|lowers)\s+(?:their\s+|its\s+)?list\s+prices?\b",
    )
    cue(Cue.POL, "no", r"no\s+more\s+(?=(?:free|discounts?|complimentary|extra)\b)")
    cue(
        Cue.NOOP,
        "pull pulling",
        r"pull(?:ing)?\s+(?:up\s+)?(?:the\s+|their\s+|our\s+)?(?:[a-z-]+\s+){0,2}?(?:logs|data"
        r"|numbers|figures|records|stats|history)\b",
    )

    # -- SECTION-t26 (deadlines on the customer's own steps, the customer pressed to commit,
    # terms trades spelled out, refusals and rivals' prices in other words, hoped-for returns)
    # gets: the customer's own step by a date ("if your board approves by the 12th", "confirm
    # the 150-seat order by Friday", "finalise this before quarter close")
    get(
        "faster_signature",
        "approves approve",
        r"(?:(?<=board )|(?<=they )|(?<=you )|(?<=legal )|(?<=procurement )|(?<=cfo )"
        r"|(?<=team ))approves?\s+(?:it\s+|this\s+|the\s+(?:deal|contract|order|budget)\s+)?"
        + DEADLINE,
    )
    get(
        "faster_signature",
        "confirm confirms finalise finalize finalises finalizes",
        r"(?:confirm|finali[sz]e)s?(?=\s+(?:this|it|the\s+(?:[a-z0-9-]+\s+){0,2}?(?:order|deal"
        r"|contract|agreement|paperwork|purchase|renewal|po|expansion))\s+" + DEADLINE + ")",
    )
    # deadlines in shorthand or named by the customer's calendar ("they sign tmrw if we do",
    # "sign the 2-year before budget lock"): a sign verb with one is a fast signature
    cue(Cue.WHEN, "tmrw tmr tmw", None)
    cue(
        Cue.WHEN,
        "before",
        r"before\s+(?:the\s+|their\s+|our\s+|your\s+)?(?:budget\s+(?:lock|freeze|cycle|deadline|cut)"
        r"|fye|fiscal\s+year\s+end|year[\s-]end|quarter\s+close|quarter[\s-]end|month[\s-]end)\b",
    )
    cue(Cue.COND, "only", r"only\s+way\s+(?:they|you|we)(?:'ll|'d|\s+will|\s+would)?\b")
    # gets: the customer pressed or asked to commit ("could we get Ondine to commit to a
    # 3-year?", "asked Fallon to sign by the 28th")
    cue(
        Cue.CUST,
        "get getting asked asking",
        r"(?:get|getting|asked|asking)\s+(?:[a-z0-9&.'-]+\s+){1,2}?to\s+(?=commit|sign|prepay"
        r"|agree\s+to\s+(?:a|an|the)\s+\d)",
    )
    # gets: our standard paper agreed ("agree to the standard MSA")
    get(
        "process",
        "agree agrees agreeing",
        r"agree(?:s|ing)?\s+to\s+(?:our|the)\s+standard\s+(?:msa|terms|contract|paper|dpa|t&cs"
        r"|order\s+form|agreement|redlines)\b",
    )
    # gets: another site or office brought onto the contract ("if the Leeds site comes onto
    # this contract too")
    get(
        "volume",
        "site sites office offices division divisions region regions subsidiary subsidiaries "
        "branch branches location locations entity entities",
        r"(?:sites?|offices?|divisions?|regions?|subsidiar(?:y|ies)|branch(?:es)?|locations?"
        r"|entit(?:y|ies))\s+(?:comes?|coming|moves?|moving|joins?|joining|goes|go|gets?)\s+"
        r"(?:onto|on\s+to|into|on)\s+(?:this|the|our)\s+(?:contract|deal|agreement|order)\b",
    )
    # conditional: a trade spelled out as "X for you, Y from you"
    cue(Cue.COND, "from", r"from\s+(?:you|your\s+side|your\s+end)\b(?=\s*(?:[.?!,;]|$))")
    # conditional: "if we do the €6,500": the give named before
    cue(Cue.ANA, "do", r"(?<=if we )do(?=\s+(?:the|that|this|it)\b)")
    # not conditional: a return only hoped for ("fingers crossed it gets them signed", "a
    # reference call afterwards if it works out")
    cue(
        Cue.NOOP,
        "fingers hopefully hoping",
        r"(?:fingers\s+crossed|hopefully|hoping)\s+(?:that\s+)?(?:it|this|that)\s+(?:gets|helps"
        r"|pushes|will\s+get)\b",
    )
    cue(
        Cue.NOOP,
        "if",
        r"if\s+(?:it|that|this|things|all)\s+(?:works?\s+out|goes\s+well|go\s+well|pans\s+out)\b",
    )
    # not conditional: the customer's ask named with its verb ("so we asked for a meeting")
    cue(Cue.ASK | Cue.CTX, "asked", r"(?<=we )asked\s+for\b")
    # gives: a fee partly waived ("we can waive half of it ($2,500)")
    give(
        "discount",
        "waive waiving",
        rf"waiv(?:e|ing)\s+half\s+(?:of\s+)?(?:it|that|this|the\s+[a-z-]+(?:\s+fee)?)"
        rf"(?:\s*\(?\s*{MONEY})?",
        qty=True,
    )
    # gives: the kickoff booked soon ("if we can get your kickoff booked for next week")
    give(
        "delivery",
        "kickoff kick-off onboarding implementation",
        r"(?:kick[\s-]?off|onboarding|implementation)\s+(?:booked|scheduled|started)\s+(?:for\s+)?"
        r"(?:next\s+week|this\s+week|by|within|tomorrow|on)\b",
        weak=W,
    )
    # gives: a shorter rollout ("we can cut the implementation timeline to 6 weeks")
    give(
        "delivery",
        "cut cutting shorten shortening compress compressing",
        r"(?:cut|cutting|shorten(?:ing)?|compress(?:ing)?)\s+(?:the\s+|your\s+|their\s+)?"
        r"(?:implementation|onboarding|deployment|rollout|delivery|setup|migration)\s+(?:timeline"
        r"|time|schedule|window|period)s?\b",
    )
    # gives: the customer's go-live date promised ("commit in writing to their Oct 1 go-live date")
    give(
        "delivery",
        "commit commits committing",
        r"commit(?:s|ting)?\s+(?:in\s+writing\s+)?to\s+(?:[a-z0-9&.'-]+\s+){0,5}?(?:go[\s-]?live"
        r"|launch|delivery|cut[\s-]?over|rollout)\s+dates?\b",
    )
    # gives: today's rate kept for seats added later ("keep Helios on this yr's per-seat rate for
    # any seats they add")
    give(
        "price_lock",
        "keep keeping",
        r"keep(?:ing)?\s+(?:[a-z0-9&.'-]+\s+){0,3}?on\s+(?:this\s+(?:year|yr)'s|today's|the\s+current"
        r"|their\s+current|current|the\s+same|their)\s+(?:[a-z-]+\s+)?(?:rate|price|pricing)s?\s+"
        r"for\s+(?:any|all|new|additional|future)\s+(?:seats|licen[cs]es|users|expansion)\b",
    )
    # not gives: the thing a price comes off ("$1,200 off the services bundle")
    cue(
        Cue.NOOP,
        "services onboarding training implementation support",
        r"(?:(?<=off the )|(?<=off your )|(?<=off their )|(?<=off ))(?:services|onboarding|training"
        r"|implementation|support)(?:\s+(?:bundle|package|line|fees?|sku|costs?))?\b",
    )
    # not gives: a company named "... Credit"
    cue(Cue.NOOP, "credit", r"credit(?:'s|\s+union)\b")
    # not gives: the alternative not given ("net 60 rather than another point of discount")
    cue(
        Cue.INSTEAD,
        "than",
        r"(?<=rather )?than\s+(?:another|more|a\s+further|an\s+extra|extra|any\s+more)\s+"
        r"(?:points?|pts?|percent)\s+(?:of|on)\s+",
    )
    # refusals in other words ("we weren't going there", "it's not something we offer", "I
    # explained annual is standard", "told them absolutely not", "already at our best number")
    cue(
        Cue.REFUSAL | Cue.PNEG,
        "weren't wasn't aren't isn't",
        r"(?:weren't|wasn't|aren't|isn't)\s+going\s+(?:there|that\s+low|that\s+far)\b",
    )
    cue(Cue.REFUSAL | Cue.PNEG, "not", r"not\s+going\s+(?:there|that\s+low|that\s+far)\b")
    cue(
        Cue.REFUSAL | Cue.NEG,
        "something",
        r"(?<=not )something\s+(?:we|i)\s+(?:can\s+)?(?:offer|do|allow|provide|give)\b",
    )
    cue(
        Cue.REFUSAL,
        "explained",
        r"explained\s+(?:that\s+)?(?:[a-z0-9-]+\s+){1,3}?(?:is|are)\s+(?:our\s+|the\s+)?"
        r"(?:standard|policy|non[\s-]negotiable)\b",
    )
    cue(
        Cue.REFUSAL | Cue.NEG,
        "told",
        r"told\s+(?:them|him|her|the\s+customer)\s+(?:absolutely|flat|hard|firmly|straight)\s+"
        r"(?:not|no)\b",
    )
    cue(
        Cue.REFUSAL | Cue.PNEG,
        "already",
        r"already\s+at\s+(?:our|my|the)\s+(?:best|lowest|final|floor)(?:\s+(?:number|price|offer"
        r"|rate))?\b",
    )
    # ("I said the 14-day trial is what we offer": the standard stated turns down the ask)
    cue(
        Cue.REFUSAL | Cue.PNEG,
        "what",
        r"(?<=is )what\s+we\s+(?:offer|do|allow|give)(?:\s+(?:everyone|as\s+standard))?\b"
        r"(?=\s*(?:[.!;,]|$))",
    )
    # not moves: terms everyone pays, a signature with nothing given ("they'll pay net 30 like
    # everyone else", "they signed anyway, 12 months")
    cue(
        Cue.POL,
        "like",
        r"like\s+(?:everyone|everybody|all\s+(?:our|the\s+other)\s+customers|every\s+other"
        r"\s+customer)(?:\s+else)?\b",
    )
    cue(Cue.NOOP, "signed", rf"signed\s+anyway\b,?(?:\s+(?:for\s+)?(?:a\s+)?{YM})?")
    # ("they're signing tmrw either way": a signature coming regardless is no return)
    cue(
        Cue.NOOP,
        "sign signs signing",
        r"sign(?:s|ing)?\s+(?:it\s+|this\s+)?(?:[a-z0-9]+\s+){0,2}?(?:either\s+way|regardless"
        r"|anyway)\b",
    )
    # not moves: a rival's price beside ours ("went with them at 30% below our price"); policy:
    # practice talk ("is net 60 something we ever do?", "why do ppl keep leading with discounts")
    num(
        "cue",
        None,
        "pct money",
        r"\s+(?:below|under|beneath|cheaper\s+than|less\s+than)\s+(?:our|us)\b",
        flags=Cue.NOOP,
    )
    cue(Cue.POL, "ever", r"(?:(?<=something we )|(?<=anything we )|(?<=thing we ))ever\b")
    cue(
        Cue.POL,
        "leading lead leads",
        r"lead(?:ing|s)?\s+with\s+(?:a\s+|the\s+)?(?:discounts?|price\s+cuts?|concessions?)\b",
    )

    # gives: a bare number named as where the price lands ("I can go to 11 if they add the
    # Canada team", "I'd like to land at 7", "ok to offer them 7?", "we meet at 12 w/ a 2yr"):
    # a share, read as its percent
    give(
        "discount",
        "#",
        r"(?:(?<=go to )|(?<=land at )|(?<=settle at )|(?<=we meet at )|(?<=meet them at )"
        r"|(?<=offer them )|(?<=offer him )|(?<=offer her )|(?<=come down to ))\d{1,2}(?:\.\d)?"
        r"(?![\d%.,:]\d)(?=\s*(?:[.?!,;]|$|\s+(?:w/|with|if|and|but|instead|then|for\s+(?:a|an"
        r"|the)\b)))",
        weak=W,
        qty=True,
    )

    # -- SECTION-t24 (trades set side by side, price rises taken away, budgets met, time with an
    # executive, teams and units added, sized expansions, short-form terms, extended named trials)
    # ties: two sides set side by side ("we do the kickoff free, you sign the two year", "€12k
    # off, they sign 24 months"); the verb carries the tie ("you" and "they" stay bare cues)
    cue(
        Cue.TCOND | Cue.SIGNV | Cue.CTX,
        "sign signs commit commits",
        # ("they sign Friday" is a signing date: left to the sign rules)
        r"(?:(?<=, you )|(?<=, they ))(?:signs?|commits?)\b(?!\s+" + DEADLINE + ")",
    )
    # ties: a get that earns a give ("a two-year term gets them net 60"), a give waiting on a
    # signature ("when you're ready to sign the 2-year, we'll ..."), a get granted ("given a two
    # year commitment we'd ..."), a get needed for a give to work ("just need the signed order by
    # Friday to make that work")
    cue(Cue.COND | Cue.CTX, "gets", r"gets\s+(?:them|you|him|her)\b(?!\s+to\b)")
    cue(
        Cue.COND | Cue.CTX,
        "when",
        r"when(?=\s+(?:you're|you\s+are|they're|they\s+are)\s+ready\s+to\s+(?:sign|commit|prepay"
        r"|move|go)\b)",
    )
    cue(
        Cue.COND | Cue.CTX | Cue.GIVEV,
        "given",
        r"given(?=\s+(?:a|an|the)\s+(?:[a-z0-9-]+\s+){0,2}?(?:commitment|term|contract|deal"
        r"|renewal|prepayment|volume)\b)",
    )
    cue(Cue.COND | Cue.ANA, "make", r"(?<=to )make\s+(?:that|this|it)\s+work\b")
    # offer context: a size the seller is fine with ("net 45 is fine for them either way")
    cue(Cue.CTX, "fine", r"(?<=is )fine\b(?=\s+(?:for|by|with)\b)")
    # gives: a price rise taken away ("if we take the price increase off the table")
    give(
        "discount",
        "take taking remove removing drop dropping waive waiving skip skipping",
        r"(?:tak|remov|drop|waiv|skip)\w*\s+(?:the\s+|this\s+|that\s+|their\s+|our\s+)?(?:annual\s+"
        r"|renewal\s+|list\s+|planned\s+|\d{1,2}\s?%\s+)?(?:price\s+)?(?:increase|uplift|hike|rise"
        r"|escalator)\b(?:\s+off\s+the\s+table)?",
    )
    # gives: a price brought within the customer's budget ("we can get them under their £90k
    # budget", "get you within budget")
    give(
        "discount",
        "get",
        r"get\s+(?:them|you|him|her|it|this|the\s+deal)\s+(?:under|below|within|inside)\s+"
        r"(?:their|your|his|her|the)\s+(?:[$€£]?\d[\d,.]*\s?k?\s+)?budget\b",
        weak=W,
    )
    # gives: a named fee absorbed ("we can absorb the €2,000 integration fee")
    give(
        "discount",
        "absorb absorbing",
        rf"absorb(?:ing)?\s+(?:the\s+|their\s+|your\s+)?(?:{MONEY}\s+)?(?:[a-z-]+\s+)?"
        r"(?:fee|fees|cost|costs|charge)\b",
        qty=True,
    )
    # gives: a kickoff or visit on site ("we do the onsite kickoff free of charge")
    _add(
        "obj",
        "scope",
        "onsite on-site in-person",
        r"(?:onsite|on-site|in-person)\s+(?:kick[\s-]?off|workshop|training|visit|session)s?\b",
    )
    # gives: a named party's trial lengthened ("extended Hartwell's pilot by 30 days")
    give(
        "trial",
        "extend extended extending",
        r"extend(?:ed|ing)?\s+[a-z0-9-]+'s\s+(?:free\s+)?(?:pilot|trial|poc|evaluation|eval"
        r"|sandbox)\b",
    )
    # gives: a price held for a term ("if the rate is fixed for the whole term")
    give(
        "price_lock",
        "rate rates price prices pricing",
        r"(?:rates?|prices?|pricing)\s+(?:is|are|stays?|remains?|being|gets)\s+(?:fixed|locked"
        r"|frozen|held|capped)\s+(?:for|through|across|over)\b",
    )
    # gives: an opening offer ("planning to open at 5%")
    give("discount", "open opening", rf"open(?:ing)?\s+(?:at|with)\s+{PCT}", weak=W, qty=True)
    # gives: work finished before the customer's date ("we'll finish the SAP integration before
    # their go-live")
    give(
        "delivery",
        "finish finishing complete completing deliver delivering",
        r"(?:finish|complet|deliver)\w*\s+(?:the\s+|their\s+|your\s+)?(?:[a-z0-9-]+\s+){0,2}?"
        r"(?:integration|migration|implementation|build|connector|onboarding|rollout|setup)\s+"
        r"(?:before|by|ahead\s+of)\b",
        weak=W,
    )
    # gets: time with an executive ("you get us half an hour with your CISO", "20 minutes with
    # your CFO")
    get(
        "process",
        "half",
        rf"half\s+an\s+hour(?=\s+with\s+(?:your|their|the)\s+(?:[a-z-]+\s+)?{EXECS})",
    )
    get(
        "process",
        "#",
        rf"{N}[\s-]?(?:minutes?|mins?|hours?|hrs?)(?=\s+with\s+(?:your|their|the)\s+"
        rf"(?:[a-z-]+\s+)?{EXECS})",
    )
    # gets: units or teams brought onto the contract ("if you consolidated both business units
    # onto one contract", "adding the EU entity to the contract", "add the Denver team", "bring
    # the whole APAC team on")
    get(
        "volume",
        "consolidate consolidated consolidating consolidates",
        r"consolidat\w*\s+(?:both|all|their|the|your|its|every)\s+(?:[a-z0-9-]+\s+){0,3}?"
        r"(?:onto|into|under|on)\s+(?:one|a\s+single|the\s+same|this)\b",
    )
    get(
        "volume",
        "add adding adds added bring bringing",
        r"(?:add|bring)\w*\s+(?:on\s+)?(?:the\s+|their\s+|its\s+|his\s+|her\s+)(?:whole\s+|entire\s+)?"
        r"(?:[a-z0-9-]+\s+){0,2}?(?:entity|entities|team|teams|office|offices|division|divisions"
        r"|subsidiary|subsidiaries|business\s+units?|region|department|org|organi[sz]ation)\b"
        r"(?!\s+(?:to\s+the\s+(?:call|meeting|thread|channel)|on\s+(?:the\s+)?(?:call|cc|thread"
        r"|email)))",
    )
    # gets: an expansion with its size ("the 80-seat expansion", "the 500-seat volume", "200 more
    # seats in return for ...", "evaluating 100 more seats")
    num(
        "get",
        "volume",
        "seats",
        r"(?:[\s-]+(?:expansion|upsell|volume)\b"
        r"|(?<!free seats)(?<!extra seats)(?<!bonus seats)(?<!free licenses)(?<!free licences)"
        r"(?<!free users)(?=\s+in\s+(?:return|exchange)\s+for\b))",
        qty=True,
    )
    # gets: a short-form term named ("the 3yr conversation", "sign the 2 yr,", "land on a 2-year
    # after", "a commitment to the 3yr")
    num(
        "get",
        "term_commitment",
        "years",
        r"(?:(?<=\dyr)|(?<=\d yr)|(?<=-year)|(?<=-yr))(?=\s*,|\s+(?:conversation"
        r"|discussion|option|after)\b)",
        qty=True,
    )

    # -- t24: asks the reader missed and words that set a sentence apart
    # gets: the contract back clean and on time ("gets the MSA back w zero redlines by thurs")
    get(
        "faster_signature",
        "msa contract paper paperwork",
        r"(?:msa|contract|paper|paperwork)\s+back\b(?=\s+(?:[a-z0-9/-]+\s+){0,4}?(?:by|before|this"
        r"|today|tomorrow|end\s+of|within)\b)",
    )
    get("process", "zero minimal", r"(?:zero|minimal)\s+(?:legal\s+)?redlines\b")
    # gets: a decision asked from a named body or made by a date ("a decision from the steering
    # committee by the 10th", "hoping their VP decides by end of month")
    get(
        "faster_signature",
        "decision",
        r"decision\s+from\s+(?:the\s+|your\s+|their\s+)?(?:[a-z-]+\s+){1,3}?" + DEADLINE,
    )
    get("faster_signature", "decides decided", r"decid(?:es|ed)\s+" + DEADLINE)
    get(
        "faster_signature",
        "commit commits committing",
        r"commit(?:s|ting)?\s+to\s+(?:a|the)\s+(?:decision|signing|signature|close|closing)\s+"
        r"date\b",
    )
    get(
        "faster_signature",
        "sign",
        r"sign\s+(?:off\s+on\s+)?(?:the\s+|this\s+)?(?:sow|order|contract|msa|paperwork|deal"
        r"|agreement)\s+(?:soon|shortly)\b",
    )
    # gets: the customer pushed to sign ("pls push Hollis to sign before the 31st")
    cue(
        Cue.CUST | Cue.CTX,
        "please",  # ("pls" is read as "please")
        r"please\b(?=\s+push\s+(?!(?:for|back|hard|on|it|this|that)\b)[a-z]+\s+to\s+"
        r"(?:sign|commit|agree|prepay|decide))",
    )
    cue(
        Cue.CUST | Cue.CTX,
        "push",
        r"push\s+(?!(?:for|back|hard|on|it|this|that)\b)[a-z]+\s+to\s+(?=sign|commit|agree|prepay"
        r"|decide)",
    )
    # gets: an executive taking part ("provided your IT lead joins the kickoff")
    get(
        "process",
        "lead head cfo ceo cio cto ciso coo vp director sponsor",
        r"(?:lead|head|cfo|ceo|cio|cto|ciso|coo|vp|director|sponsor)s?\s+(?:joins?|attends?"
        r"|comes?\s+to|sits?\s+in\s+on|to\s+join|to\s+attend)\s+(?:the|our|a)\b",
    )
    # gets: seats being weighed or sized in brackets ("they're evaluating 100 more seats", "the
    # ops team expansion (another 20 seats)")
    get(
        "volume",
        "evaluating considering eyeing weighing",
        rf"(?:evaluating|considering|eyeing|weighing)\s+(?:adding\s+)?(?:another\s+)?{SEATS}",
        qty=True,
    )
    get(
        "volume",
        "expansion",
        rf"expansion\s+\((?:another\s+|\+\s?)?{SEATS}\)",
        qty=True,
    )
    # gets: paying ahead billed a year at a time ("moving to annual billing in advance")
    get(
        "upfront_payment",
        "annual yearly",
        r"(?:annual|yearly)\s+(?:billing|invoicing|payment)\s+(?:in\s+advance|up\s?front)\b",
    )
    # the customer asked ("would your team be open to paying annually ...")
    cue(
        Cue.YOU | Cue.CTX,
        "would",
        r"would\s+(?:your|you)\s+(?:team|side|company|cfo|procurement|finance|folks|guys)?\s*be\s+"
        r"open\s+to\b",
    )
    # not negations: either way ("whether or not they sign the 2 yr")
    cue(Cue.NOOP, "whether", r"whether\s+or\s+not\b")
    # not refusals: a give kept for a trade ("don't offer it standalone")
    cue(
        Cue.NOOP,
        "don't",
        r"don't\s+(?:offer|give|do)\s+(?:it|that|this)\s+(?:standalone|stand-alone|on\s+its\s+own"
        r"|by\s+itself|alone)\b",
    )
    # offer context: an upper bound said after an opening ("open at 5%, max 8")
    cue(Cue.CTX, "max", r"(?<=, )max(?:imum)?\b(?=\s+\d)")
    # gives: a 24/7 support tier or package is more for the money, not a service level
    _add(
        "obj",
        "scope",
        "#",
        r"24\s?[/x]\s?7\s+(?:[a-z-]+\s+)?(?:support\s+)?(?:tier|package|plan|bundle)\b",
    )
    # policy: a rival's offer ("Rival's offering them 12 months free support")
    cue(
        Cue.POL,
        "rival rivals rival's competitor's",
        r"(?:rival|competitor)(?:'s|s)?\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:offering|offered|offers"
        r"|undercut|undercutting|quoted|quoting|matched|matching)\b",
    )
    # refusals: a customer's bid turned down ("didn't bite")
    cue(Cue.REFUSAL, "didn't", r"(?:didn't|did\s+not)\s+bite\b")

    # not trades: a sentence set apart from its neighbours ("separately, pls send ...", "Also
    # asked them for a case study", "... either way.", "no conditions", "next up:", "later on
    # the call")
    cue(Cue.APART, "separately separate unrelated regardless independently", None)
    cue(Cue.APART, "also", r"(?<![a-z'] )also\b")  # ("and also give them net 45" lists, joins)
    # ("Either way we need the order form back" ties every option named to the ask)
    cue(Cue.APART, "either", r"either\s+way\b(?=\s*(?:[.!;]|$))")
    cue(Cue.APART, "next", r"next\s+up\b")
    cue(Cue.APART, "no", r"no\s+(?:conditions|strings(?:\s+attached)?)\b")
    cue(Cue.APART, "later", r"later\s+(?:on\s+)?(?:in\s+)?(?:the|that)\s+(?:call|meeting|thread)\b")
    # -- SECTION-t23 (terms on paper and through a year, signing by ink or countersign, payment
    # on signature, evergreen terms, the customer's board and executives, sites brought onto the
    # contract, reviews and good words, fees taken off or eaten, prices held flat)
    _NUM_START = len(number_rules)  # this section's number rules go first (see its end)
    # gets: a term on paper ("against the 24-month paper", "a 4-year paper in return")
    num("get", "term_commitment", "years months", r"[\s-]+paper\b", qty=True)
    # gets: a term that runs to a year ("they'd sign through 2029", "the contract runs through
    # 2029")
    get(
        "term_commitment",
        "sign signs runs run renew renews commit commits",
        r"(?:sign|signs|runs?|renews?|commits?)\s+(?:out\s+)?(?:through|thru|until)\s+"
        r"(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b",
    )
    # gets: auto-renewing terms ("open to evergreen terms?", "going evergreen")
    get(
        "term_commitment",
        "evergreen",
        r"evergreen\s+(?:terms|agreement|contract|renewal|deal)\b"
        r"|(?:(?<=going )|(?<=go )|(?<=goes ))evergreen\b",
    )
    # gets: signing by a date in other words ("ink by Thursday", "countersign today")
    get(
        "faster_signature",
        "ink inks countersign countersigns countersigning",
        r"(?:inks?|countersign(?:s|ing)?)\s+(?:(?:it|this|the\s+(?:deal|contract|paper|order\s+form"
        r"|renewal))\s+)?" + DEADLINE,
    )
    # gets: the signed paperwork back by a date ("the countersigned copy is back by the 30th",
    # "the countersigned order form hitting by 5pm", "the signed order form by Feb 1")
    get(
        "faster_signature",
        "countersigned signed executed",
        r"(?:countersigned|signed|executed)\s+(?:order\s+form|copy|contract|agreement|paperwork|po"
        r"|paper|sow)\s+(?:(?:is|being|hitting|back|in|landing|arriving|returned|lands)\s+){0,2}"
        r"(?:by|before)\b",
    )
    # gets: the customer's board ("through their board on the 12th", "your board signs off on
    # the 12th", "a board decision on the 12th", "through their Sept board")
    get(
        "faster_signature",
        "board",
        r"(?<!the )board\s+(?:signs?\s+off|decision|approval|vote)\s+(?:(?:on|by|before)\s+)?"
        rf"(?:the\s+\d|\d|{WEEKDAY}|{MONTH}\s*\d)",
    )
    get(
        "faster_signature",
        "board",
        r"(?<!until their )(?<!until the )(?<!until your )board\s+meets\s+(?:on\s+)?(?:the\s+\d|\d"
        rf"|{WEEKDAY})",
    )
    get(
        "faster_signature",
        "through",
        rf"through\s+(?:their|your|the)\s+(?:{MONTH}\s+|q[1-4]\s+|next\s+)?board\b",
    )
    # gets: a purchase order date ("trade it for the Q3 PO date", "a Q3 PO", "speeding up their
    # PO")
    get("faster_signature", "po", r"po\s+date\b")
    get("faster_signature", "q1 q2 q3 q4", r"q[1-4]\s+(?:po|purchase\s+order|signature)\b")
    get(
        "faster_signature",
        "speed speeding speeds",
        r"speed(?:ing|s)?\s+up\s+(?:their|the|your)\s+(?:po|purchase\s+order|signature|signing"
        r"|decision|approval|procurement)\b",
    )
    # gets: payment on signature ("wire on signature", "50% of year one wired on signature",
    # "the first two years are paid on signature")
    get(
        "upfront_payment",
        "wire wired wires wiring paid pay pays",
        r"(?:wire[ds]?|wiring|paid|pays?)\s+(?:[a-z0-9%-]+\s+){0,3}?(?:on|at)\s+(?:signature|signing)\b",
    )
    # gets: the customer's process lightened ("reuse last year's questionnaire", "with one
    # approver instead of the full committee", "the security questionnaire waived", "one
    # signatory")
    get(
        "process",
        "reuse reusing",
        r"reus(?:e|ing)\s+(?:last\s+year's|the\s+existing|our\s+existing|the\s+previous|their"
        r"|the\s+old)\s+(?:[a-z-]+\s+)?(?:questionnaire|review|assessment|audit|dpa|msa|paper)\b",
    )
    get("process", "approver signatory", r"(?<=one )(?:approver|signatory)\b")
    get(
        "process",
        "questionnaire review",
        r"(?<=security )(?:questionnaire|review)\s+(?:waived|skipped|dropped)\b",
    )
    # gets: time with the customer's executives ("a slot with their COO", "until I've met
    # their CFO", "their CFO will take a meeting with our CRO", "a 20-min call with ours")
    get(
        "process",
        "meeting call slot session met meet",
        r"(?:meeting|call|slot|session|met|meet)\s+with\s+(?:(?:their|your)\s+"
        + EXECS
        + r"|our\s+"
        + EXECS
        + r"|ours\b)|met\s+(?:their|your)\s+"
        + EXECS,
        weak=W,
    )
    # gets: sites or units brought onto the contract ("brings the 3 new plants onto the
    # contract", "bring the Denver and Reno sites on", "bringing in their Nordics business unit",
    # "if they add the Ghent plant", "expand to the two Milan plants")
    _SITES = (
        r"(?:plants?|sites?|clinics?|locations?|hotels?|stores?|depots?|branches?|offices?"
        r"|business\s+units?|divisions?|subsidiar(?:y|ies)|countries|regions?|schools?|hospitals?"
        r"|warehouses?|facilities)\b"
    )
    get(
        "volume",
        "bring brings bringing add adding expand expands expanding",
        r"(?:bring(?:s|ing)?(?:\s+in)?|(?<!we )(?<!i )(?<!'ll )(?<!can )(?<!will )(?<!to )"
        r"add(?:ing)?"
        r"|expand(?:s|ing)?\s+(?:to|into|across))\s+"
        r"(?:the|their|all|its|another)\s+(?:[a-z0-9&-]+\s+){0,4}?" + _SITES + "(?!')",
    )
    # gets: the whole organisation on the order ("get the whole APAC team onto this order",
    # "the whole EMEA team signs up", "rolling out to the full fleet")
    get(
        "volume",
        "whole entire",
        r"(?:whole|entire)\s+(?:[a-z0-9&-]+\s+)?(?:team|org|organi[sz]ation|company|group|fleet"
        r"|estate|business)\s+(?=onto|on\b|signs?\s+up|joins?)|(?:whole|entire)\s+(?:[a-z0-9&-]+\s+)?"
        r"(?:rollout|roll-out|deployment)\b",
    )
    get(
        "volume",
        "rolling roll rolls",
        r"roll(?:ing|s)?\s+(?:it\s+)?out\s+(?:to|across)\s+(?:the\s+)?(?:full|whole|entire|rest|all)\b",
    )
    get(
        "volume",
        "take takes taking",
        r"tak(?:e|es|ing)\s+(?:the|our|an?)\s+(?:[a-z0-9-]+\s+){0,3}?(?:upsell|upgrade|expansion)\b",
    )
    get("volume", "get getting", r"get(?:ting)?\s+(?:the|their)\s+(?:[a-z-]+\s+)?expansion\b")
    # gets: new sites or units counted ("2 new business units joining", "the 9 other hotels")
    get(
        "volume",
        "#",
        r"(?<!expanding to )(?<!opening )(?:\d{1,3}|two|three|four|five|six|seven|eight|nine"
        r"|ten)\s+"
        r"(?:new|more|additional|extra"
        r"|other)\s+" + _SITES + "(?!')",
    )
    # gets: reviews, stories and good words ("a quick review on G2", "a Gartner Peer Insights
    # review", "a short customer story", "speaks at our London customer day", "put in a good
    # word with their sister co", "an intro to the group's other subsidiaries")
    get(
        "reference",
        "review reviews",
        r"reviews?\s+(?:on|for)\s+(?:g2|gartner|capterra|trustradius)\b",
    )
    get("reference", "gartner", r"gartner\s+peer\s+insights(?:\s+reviews?)?\b")
    get("reference", "story stories", r"(?<=customer )stor(?:y|ies)\b|(?<=success )stor(?:y|ies)\b")
    get(
        "reference",
        "speak speaks speaking present presents presenting",
        r"(?:speak|speaks|speaking|presents?|presenting)\s+at\s+(?:our|a|the)\s+(?:[a-z0-9-]+\s+){0,3}?"
        r"(?:event|conference|webinar|summit|panel|day|forum|roundtable|meetup|summit)\b",
    )
    get(
        "reference",
        "joining join",
        r"join(?:ing)?\s+(?:our|a)\s+(?:[a-z0-9-]+\s+){0,2}?(?:customer\s+)?(?:webinar|panel)\b",
    )
    get("reference", "good", r"(?<=a )good\s+word\s+(?:with|for)\b")
    get(
        "reference",
        "intro intros introduction introductions",
        r"(?:intros?|introductions?)\s+to\s+(?:the\s+|their\s+|your\s+)?(?:[a-z0-9'&-]+\s+){0,3}?"
        r"(?:subsidiar(?:y|ies)|sister\s+(?:co|cos|compan(?:y|ies))|other\s+(?:teams|divisions"
        r"|offices|companies|business\s+units|sites))\b",
    )
    cue(Cue.CUST, "floated", r"floated\s+(?:the\s+idea\s+of|the\s+ask\s+of)\b")
    # gets: items taken out of the order ("the Reporting module removed", "take the professional
    # services line out")
    get(
        "scope_reduction",
        "removed struck",
        r"(?:(?<=module )|(?<=modules )|(?<=training )|(?<=services )|(?<=line )|(?<=add-on ))"
        r"(?:removed|struck)\b",
    )
    get(
        "scope_reduction",
        "take taking",
        r"tak(?:e|ing)\s+(?:the|their)\s+(?:[a-z-]+\s+){0,3}?(?:line|module|services|training"
        r"|add-?on|item|workshop)\s+out\b",
    )
    # gives: fees taken off or borne ("take the setup fee off", "eat the $4,200 travel cost")
    give(
        "discount",
        "take taking",
        r"tak(?:e|ing)\s+(?:the|their|your)\s+(?:[a-z-]+\s+){0,2}?(?:fees?|costs?|charges?)\s+off\b",
    )
    give(
        "discount",
        "eat eating absorb absorbing",
        r"(?:eat(?:ing)?|absorb(?:ing)?)\s+(?:the|their|your)\s+(?:[a-z0-9$€£,.-]+\s+){0,3}?"
        r"(?:fees?|costs?|charges?|expenses?)\b",
        qty=True,
    )
    # gives: a cheaper tier for the same scope ("the lower tier at the same seat count")
    give(
        "discount",
        "lower cheaper",
        r"(?:lower|cheaper)\s+(?:tier|plan|edition|package)\s+(?:at|for|with)\s+(?:the\s+)?same\b",
    )
    # gives: a trial's price kept ("honor the pilot price for year one")
    give(
        "discount",
        "honor honour honoring honouring",
        r"honou?r(?:ing)?\s+(?:the|their)\s+(?:pilot|trial|poc|intro|introductory|launch)\s+"
        r"(?:price|pricing|rates?)\b",
    )
    # gives: the price brought down by a sum ("the price down $14k to match")
    give("discount", "price", rf"price\s+down\s+(?:by\s+)?{MONEY}", qty=True)
    give("discount", "reprice repricing", rf"repric(?:e|ing)\s+(?:it\s+)?(?:to|at)\s+(?={MONEY})")
    # gives: a price held for later years ("held year-two pricing flat", "hold the per-seat
    # price flat in years 2 and 3", "if the price doesn't move")
    give(
        "price_lock",
        "hold held holding keep keeping kept",
        r"(?:hold|held|holding|keep|keeping|kept)\s+(?:year[\s-](?:two|three|four|2|3|4)\s+(?:price|pricing"
        r"|rates?)\s+flat\b|(?:the\s+|their\s+|your\s+)?(?:[a-z0-9-]+\s+){0,2}?(?:price|pricing|rates?)"
        r"\s+flat\s+(?=(?:in|for|through|across)\s+(?:years?|the\s+(?:next|following|later))\b)"
        r"|this\s+year's\s+(?:[a-z-]+\s+)?(?:rates?|price|pricing)\s+for\s+(?:them|the\s+new|those"
        r"|these)\b)",
    )
    give(
        "price_lock",
        "price pricing",
        r"(?<=the )(?:price|pricing)\s+(?:doesn't|does\s+not|won't|will\s+not)\s+(?:move|change"
        r"|go\s+up|increase)\b",
    )
    give(
        "price_lock",
        "uplift increase renewal escalator",
        rf"(?:uplift|increase|renewal|escalator)\s+cap\s+(?:stays|remains|holds)\s+(?:at\s+)?{PCT}",
        qty=True,
    )
    # gives: a named success engineer ("a dedicated CSE")
    give("service_level", "dedicated", r"dedicated\s+(?:cse|tam|se|sre|support\s+engineer)\b")
    # context: a price got under the customer's approval limit is an offer, not a policy
    cue(
        Cue.CTX,
        "under",
        r"under\s+(?:your|their)\s+(?:approval|signing|sign-off|spend|budget)\s+(?:threshold|limit)\b",
    )
    # gets: the seller's own ask named ("we want one signatory", "that's our ask", "our asks
    # on them for the 18%", "until I've met their CFO", "pitching them on ...")
    cue(Cue.CUST, "want", r"(?:(?<=, we )|(?<=\. we ))want\b(?!\s+to\b)")
    cue(Cue.CUST, "ask asks", r"(?<=our )asks?\b(?=\s*[,.;!]|\s*$)")
    cue(Cue.CUST | Cue.COND, "asks", r"(?<=our )asks\s+(?:on|from|of)\b")
    cue(Cue.CUST, "until", r"until\s+(?:i've|we've|i|we)\s+(?:met|spoken|talked|had)\b")
    cue(Cue.CUST, "pitching pitched pitch", r"pitch(?:ing|ed)?\s+(?:[a-z0-9&'.-]+\s+){1,3}?on\b")
    cue(
        Cue.YOU | Cue.CTX,
        "would",
        r"would\s+(?:your|their)\s+(?:[a-z-]+\s+){0,2}?be\s+(?:open\s+to|up\s+for|willing\s+to"
        r"|keen\s+on|happy\s+to)\b",
    )
    cue(
        Cue.CUST,
        "ask",
        r"ask\s+(?!us\b|me\b|for\b|if\b|whether\b|them\b|him\b|her\b|you\b)(?:[a-z0-9&'.-]+\s+){1,3}?"
        r"(?=about\b)",
    )
    # not gets: references and payments the customer gave already ("we already have them as
    # a reference", "we've had them as a reference since 2021", "they've been a reference for
    # us forever", "their logo is already on our site", "already prepaid year 1")
    cue(
        Cue.NOOP,
        "have had",
        r"(?:(?<=already )|(?<='ve ))(?:have|had)\s+(?:[a-z0-9&'.-]+\s+){1,3}?as\s+(?:a\s+)?"
        r"(?:reference|logo|case\s+study)s?\b",
    )
    cue(Cue.NOOP, "reference logo", r"(?<=been a )(?:reference|logo)\b|logo\s+is\s+already\b")
    cue(Cue.NEG, "already", r"already\s+(?:pre-?paid|prepays?|paid\s+up\s*front)\b")
    cue(Cue.NEG, "no", r"no\s+(?=pre-?pay\w*|up-?front\b)")
    # not moves: training, policy and opinion about trades ("lunch n learn", "do we have a
    # standard trade for", "nobody needs to ask me for approval on net 45 anymore", "please stop
    # saying ...", "we're giving references away too cheap", "turnaround for multi-year
    # approvals", "can I approve myself up to 10%", "does every discount go to deal desk?")
    cue(Cue.POL, "lunch", r"lunch\s+(?:n|and|&|'n')\s+learn\b")
    cue(Cue.POL, "standard", r"(?<=a )standard\s+(?:trade|rate|discount|policy|practice)\s+for\b")
    cue(Cue.POL, "nobody", r"nobody\s+(?:needs?|has)\s+to\b")
    cue(Cue.POL, "standard", r"(?<=it's )standard\s+now\b")
    cue(Cue.POL, "stop", r"(?<=please )stop\s+(?:saying|offering|promising|giving|mentioning)\b")
    cue(Cue.POL, "away", r"away\s+too\s+(?:cheap|cheaply|easily)\b")
    cue(
        Cue.POL,
        "deals",
        r"deals\s+(?:this|last)\s+(?:week|month|quarter|year)\s+(?=traded|gave|got|closed|went)",
    )
    cue(Cue.POL, "turnaround", r"turnaround\s+(?:time\s+)?for\s+(?:[a-z-]+\s+){0,2}?approvals?\b")
    cue(Cue.POL, "approve", r"approve\s+myself\b")
    cue(
        Cue.POL,
        "every",
        r"every\s+(?:[a-z-]+\s+){0,2}?(?:discount|deal|concession|exception)s?\s+(?:go|need|require)",
    )
    # not an approval ask: the customer's approval ("if they approve there")
    cue(Cue.CUST, "approve", r"(?<=if they )approve\b")
    # ties in other words ("for the extra 5 pct", "a review gets him 3%", "we gave 6% for it",
    # "then the volume tier kicks in", "that's the trade", "fair trade", "the price down $14k to
    # match", "or the 9% goes away", "dangle the price lock to get them through their board")
    cue(Cue.COND, "for", r"for\s+(?:the\s+)?(?:extra|additional)\s+(?=\d)")
    cue(Cue.COND | Cue.ANA, "gets get", r"gets?\s+(?:him|her|them|you)\s+(?=\d)")
    cue(Cue.COND | Cue.ANA, "for", r"(?:(?<=% )|(?<=off ))for\s+(?:it|that)\b")
    cue(
        Cue.COND | Cue.ANA,
        "kicks kick",
        r"(?:(?<=tier )|(?<=discount )|(?<=pricing )|(?<=rate )|(?<=band )|(?<=break ))"
        r"kicks?\s+in\b",
    )
    cue(Cue.TCOND | Cue.ANA, "trade", r"(?<=that's the )trade\b|(?<=fair )trade\b")
    cue(Cue.COND | Cue.ANA, "match", r"(?<=to )match\b(?=\s*[.,;!]|\s*$)")
    cue(Cue.COND | Cue.CTX, "goes disappears lapses", r"goes\s+away\b|disappears\b|lapses\b")
    cue(
        Cue.COND,
        "get",
        r"(?<=to )get\s+(?:[a-z0-9&'-]+\s+){1,3}?(?=through\b|over\s+the\s+line\b|to\s+sign\b)",
    )
    # gets: a term said as signing for years ("we'd sign three years if ...")
    get(
        "term_commitment",
        "sign signs signing",
        rf"sign(?:s|ing)?\s+(?:up\s+)?(?:for\s+)?(?:another\s+)?{YM}(?!\s+ago\b)",
        qty=True,
    )
    # gets: a hyphened month term that ends its clause ("if they take the 24-month, ...")
    num(
        "get",
        "term_commitment",
        "months",
        r"(?<=-month)(?=\s*(?:[.,;:!?)]|$|\s+(?:and|or|plus|with|if|instead|too|then|but|only)\b))",
        qty=True,
    )
    # gets: years paid now ("we'll pay both years now")
    get(
        "upfront_payment",
        "pay paying",
        r"pay(?:ing)?\s+(?:both|all|the\s+(?:full|whole|first)|two|three)\s+(?:[a-z-]+\s+)?years?\s+"
        r"(?:now|up\s*front|upfront|in\s+advance|today|on\s+signature)\b",
    )
    get("reference", "webinar", r"webinar\s+(?:appearance|slot|spot|session|talk)\b")
    # gives: work confirmed by a date ("happy to confirm your rollout across all 12 locations")
    give(
        "delivery",
        "confirm confirming",
        r"(?<!you to )confirm(?:ing)?\s+(?:your|their|the)\s+(?:[a-z-]+\s+)?(?:rollout|go[\s-]?live"
        r"|launch|delivery|implementation)\b",
    )
    # gives: a price that fits, or a number made to work ("so the price fits their budget",
    # "if you make the number work")
    give("discount", "fits", r"(?<=price )fits\s+(?:their|your|the)\s+budget\b")
    give("discount", "make making", r"mak(?:e|ing)\s+(?:the\s+)?number\s+work\b")
    # gives: an old price kept or a year's price on later years ("keep the old £14/seat",
    # "the 2024 price on it through 2027")
    give(
        "price_lock",
        "keep keeping",
        rf"keep(?:ing)?\s+(?:the\s+)?old\s+(?:[$€£]\s?{NUM}(?:\s?/\s?[a-z]+)?|prices?|pricing|rates?)",
    )
    # gives: a stronger uptime offered ("I'd go to 99.95")
    give("service_level", "#", r"(?<=go to )99(?:\.\d{1,3})?\b(?!\s*%?\s*(?:off|discount))")
    # gives: something on price for a return ("would we do something for a two-year")
    give("discount", "something", r"something'?\s+(?=for\s+(?:a|an|the)\b)", weak=W)
    # not moves: terms that are the standard anyway ("they need net 30. that's standard anyway,
    # no concession", "it's our standard anyway")
    cue(
        Cue.REFUSAL | Cue.ANA,
        "standard",
        r"(?:(?<=that's )|(?<=it's )|(?<=that's our )|(?<=it's our )|(?<=that is )|(?<=it is ))"
        r"standard\s+anyway\b",
    )
    # not ties: a hope or an extra ask beside the give ("and we'd love a quick review",
    # "could you also help us with an intro")
    cue(Cue.UNTIED, "love", r"(?<=we'd )love\s+(?=a|an|some|your)\b")
    cue(Cue.UNTIED, "also", r"(?<=could you )also\b")
    # ties: the price fitted to the scope taken out ("so the price fits their budget")
    cue(Cue.COND, "so", r"so\s+(?=(?:the|their|your)\s+(?:price|total|number)\s+(?:fits|works))")
    # gives: a price to talk about on a condition ("we can talk about the services line if")
    give(
        "discount",
        "talk",
        r"talk\s+about\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:services?\s+line|price|pricing|fees?|rate)\b",
        weak=W,
    )
    # gives: a smaller number offered for a term ("I could do 12 for a 3-year")
    give("discount", "#", r"(?<=do )[1-9]\d?(?=\s+for\s+(?:a|an|the)\s+)", weak=W)
    _first(number_rules, _NUM_START)
    # -- SECTION-t27 (terms named by a hyphened length before a price, paperwork back by a date,
    # the customer's own upgrades and cuts, prices held flat or locked, general questions and
    # price rises that are no move, trial time that is only context)
    _NUM27 = len(number_rules)  # this section's number rules go first (see its end)
    # gets: a hyphened length before its price or the give that buys it ("a 3-yr at 14% off",
    # "get them to a 2-yr by offering 25 seats")
    num(
        "get",
        "term_commitment",
        "years",
        r"(?:(?<=-year)|(?<=-yr))(?<!\b1-year)(?<!\b1-yr)(?<!one-year)(?=\s+(?:at\s+(?:[\d$€£]"
        r"|list\b)|by\s+(?:offering|giving|adding|throwing|including|waiving|knocking)\b))",
        qty=True,
    )
    # gets: a longer length asked instead of a shorter one ("would 18 months work instead of 12")
    num(
        "get",
        "term_commitment",
        "years months",
        r"\s+(?:(?:work|works)\s+)?(?=(?:instead\s+of|rather\s+than)\s+(?:the\s+|a\s+)?(?:\d{1,2}"
        r"|one|two|twelve)\b)",
        weak=W,
        qty=True,
    )
    # gives: an extension of a named customer's pilot ("a 3 month extension of Lyle & Co's pilot")
    num(
        "give",
        "trial",
        _TIME_UNITS,
        r"\s+extension\s+(?:on|of|to|for)\s+(?:[a-z0-9&'.-]+\s+){1,3}?(?:free\s+)?(?:trial|pilot"
        r"|poc|evaluation|eval|proof[\s-]of[\s-]concept)\b",
        qty=True,
    )
    # gets: the paperwork back by a date ("as long as the SOW is back to us by Wednesday",
    # "as long as the order goes in this quarter")
    get(
        "faster_signature",
        "order po sow paperwork contract agreement msa",
        r"(?:order|po|sow|paperwork|contract|agreement|msa)\s+(?:goes|is|comes|gets|lands|are)\s+"
        r"(?:in|back|signed|returned|through)\s+(?:to\s+us\s+)?(?=" + DEADLINE + ")",
        weak=W,
    )
    # gets: the customer grows into more offices ("if you expand to the Denver and Austin offices")
    get(
        "volume",
        "expand expands expanding",
        r"expand(?:s|ing)?\s+(?:to|into|across)\s+(?:the\s+|their\s+|your\s+|other\s+)?"
        r"(?:[a-z0-9-]+\s+){0,4}?(?:offices?|sites?|teams?|regions?|departments?|divisions?"
        r"|subsidiaries|locations?|branches)\b",
    )
    # gets: the customer drops or upgrades an item ("if they drop the premium support line",
    # "if they upgrade the core to Enterprise")
    get(
        "scope_reduction",
        "drop",
        r"(?:(?<=they )|(?<=you )|(?<=customer ))drop\s+(?:the\s+|their\s+|your\s+)?"
        r"(?:[a-z-]+\s+){0,2}?(?:line(?:\s+items?)?|tier|module|package|add-?on|services?|support"
        r"|training|workshops?|connector|integration)\b",
    )
    get(
        "volume",
        "upgrade upgrades",
        r"(?:(?<=they )|(?<=you ))upgrades?\s+(?:the|their|your)\s+(?:[a-z-]+\s+){0,2}?to\s+"
        r"(?:the\s+)?(?:enterprise|premium|pro|business|plus|ultimate|next|higher|top)\b",
    )
    # gives: a price held flat or locked for a term ("we hold their rate flat", "if we held
    # the per-seat price flat", "lock today's $62/seat rate for 3 years")
    give(
        "price_lock",
        "hold held holding",
        r"(?:hold|held|holding)\s+(?:the|their|your|our)\s+(?:[a-z-]+\s+)?(?:price|pricing|rates?)"
        r"\s+flat\b(?!\s+(?:for|on)\s+(?:this|the\s+first|year\s+(?:one|1))\b)",
    )
    give(
        "price_lock",
        "lock locking freeze freezing",
        r"(?:lock|freez)\w*\s+(?:in\s+)?(?:today's|the|their|your|our|current|this\s+year's)\s+"
        r"(?=(?:[a-z0-9$€£/.,'-]+\s+){0,2}?(?:rate|price|pricing)s?\s+(?:for|through)\s+"
        rf"(?:the\s+next\s+|another\s+)?{YM})",
    )
    # offer context: an offer pitched ("want to pitch Greyhaven a 2-yr")
    cue(Cue.CTX | Cue.GIVEV, "pitch", r"pitch\b(?!\s+(?:deck|meeting|call)\b)")
    # offer context: a trial given by its length ("give them the 60-day POC")
    cue(
        Cue.CTX | Cue.GIVEV,
        "give",
        r"give\s+(?:them|him|her)\s+(?:the|a)\s+(?=\d{1,3}[\s-]?(?:days?|weeks?|months?)[\s-]+"
        r"(?:free\s+)?(?:poc|pilot|trial)\b)",
    )
    # ties: a discount on a longer term ("15% on a two-year", "15 pct on a 2 yr")
    cue(
        Cue.WCOND,
        "on",
        r"on(?=\s+(?:a|an|the)\s+(?:[2-9]|two|three|four|five|multi)[\s-]?(?:years?|yrs?)\b)",
    )
    # not trials: the time a trial ran ("40 seats free during the pilot")
    cue(
        Cue.NOOP,
        "during throughout",
        r"(?:during|throughout)\s+(?:the|their|your|our)\s+(?:pilot|trial|poc|evaluation)\b",
    )
    # not gets: how a customer came to us ("they were a referral from Oakline")
    cue(
        Cue.NOOP,
        "referral",
        r"(?:(?<=were a )|(?<=was a )|(?<='re a )|(?<=is a )|(?<=came as a ))referral\b",
    )
    # not moves: general questions about what is usual ("what's our stance on MFN clauses?",
    # "what's typical for net terms", "is that actually market standard", "do 90-day pilots
    # convert better", "how multi-year pricing works")
    cue(Cue.POL | Cue.INFO, "stance", r"(?<=our )stance\s+on\b")
    cue(Cue.POL | Cue.INFO, "typical", r"(?<=what's )typical\b|(?<=what is )typical\b")
    cue(Cue.POL | Cue.INFO, "market", r"market[\s-]standard\b")
    cue(
        Cue.POL | Cue.INFO,
        "convert converts close renew",
        r"(?:convert|converts|close|renew)\s+better\s+than\b",
    )
    cue(
        Cue.POL | Cue.INFO,
        "how",
        r"how\s+(?:[a-z-]+\s+){0,2}?(?:pricing|discounts?|terms|billing)\s+works?\b",
    )
    # not moves: policy on who may give ("nobody is authorised to promise net 90")
    cue(
        Cue.NEG | Cue.POL,
        "nobody no-one",
        r"(?:nobody|no-one)\s+(?:is|are)\s+(?:authori[sz]ed|allowed|permitted|cleared)\s+to\b",
    )
    # not moves: our standard terms stated ("our standard payment terms are net 30")
    cue(
        Cue.POL,
        "standard",
        r"(?<=our )standard\s+(?:payment\s+)?(?:terms|pricing|discount)\s+(?:are|is)\b",
    )
    # not gives: a price rise ("we're bumping list by 6% on Jan 1", "EUR list prices rise 4.5%")
    cue(
        Cue.NOOP,
        "bumping bump bumped raising raise raised increasing",
        r"(?:bump\w*|rais\w+|increas\w+)\s+(?:the\s+|our\s+)?(?:list|list\s+prices?|prices?|pricing"
        rf"|rates?)\s+(?:by\s+)?{PCT}",
    )
    cue(Cue.NOOP, "rise rises rising", rf"ris(?:e|es|ing)\s+(?:by\s+)?{PCT}")
    # not a move: what we refused ("we can't do 99.99% uptime", "net 60 isn't something we
    # can offer")
    cue(
        Cue.PNEG,
        "isn't",
        r"isn't\s+something\s+(?:we|i)\s+(?:can|could)\s+(?:offer|do|give|agree\s+to)\b",
    )
    # refusals: "we passed" on the customer's counter
    cue(
        Cue.REFUSAL,
        "passed",
        r"(?<=we )passed\b(?=\s*(?:[.,;!]|$|\s+and\b|\s+on\s+(?:it|that|this)\b))",
    )
    # not moves: nothing asked ("no concessions requested")
    cue(
        Cue.POL,
        "no",
        r"no\s+(?:concessions?|discounts?|asks?)\s+(?:requested|asked|needed|involved)\b",
    )
    # not moves: a training recap or stats ("Training recap: ...", "we averaged 19% discount")
    cue(Cue.POL | Cue.INFO, "recap", r"(?:(?<=training )|(?<=enablement ))recap\b")
    cue(Cue.POL, "averaged", r"(?<=we )averaged\b")
    # not a fast signature: a deal reported signed at a price ("Ashland signed at 9% off")
    cue(Cue.NOOP, "signed", r"signed(?=\s+at\s+[\d$€£])")
    # gives: work shipped by a date ("can product commit to shipping the Okta connector by 6/15")
    give(
        "delivery",
        "shipping ship",
        r"ship(?:ping)?\s+(?:the\s+|their\s+)?(?:[a-z0-9-]+\s+){0,2}?(?:connector|integration"
        r"|feature|fix|module|api|release)\s+(?=by\b|before\b)",
    )
    # gives: a cheaper tier with the same scope ("drop Bellamy from Enterprise to Business tier")
    give(
        "discount",
        "drop move downgrade",
        r"(?:drop|move|downgrade)\s+(?:[a-z0-9&'.-]+\s+){0,3}?from\s+(?:the\s+)?[a-z]+\s+(?:tier\s+"
        r"|plan\s+)?to\s+(?:the\s+)?[a-z]+\s+(?:tier|plan|edition|package)\b",
    )
    # approval asks: leaning yes, asked of a colleague ("I'm inclined to say yes, Raj?")
    cue(
        Cue.AP | Cue.CO,
        "inclined",
        r"inclined\s+to\s+(?:say\s+yes|accept|agree|do\s+it)\b(?=[^.!?\n]{0,30}\?)",
    )
    # ties: the get first, then its price or the give that buys it ("a 3-yr at 14% off",
    # "get them to a 2-yr by offering 25 extra licences")
    cue(
        Cue.RCOND,
        "at",
        r"(?:(?<=-yr )|(?<=-year )|(?<=-month )|(?<= yr )|(?<= year ))at(?=\s+[\d$€£])",
    )
    cue(
        Cue.RCOND,
        "by",
        r"by(?=\s+(?:offering|giving|adding|throwing|including|waiving|knocking)\b)",
    )
    # not moves: the option set aside ("instead of the 1-yr at list")
    cue(
        Cue.NOOP,
        "instead rather",
        r"(?:instead\s+of|rather\s+than)\s+(?:the\s+|a\s+)?(?:[a-z0-9-]+\s+){1,2}?at\s+list\b",
    )
    # not moves: trends and standards ("seeing a lot of net 60 asks lately", "customers keep
    # asking for net 60", "net 45 on request for public sector", "standard net 30 applies")
    cue(
        Cue.POL | Cue.INFO,
        "seeing",
        r"seeing\s+(?:a\s+lot\s+of|lots\s+of|more|many|plenty\s+of|a\s+bunch\s+of)\b",
    )
    cue(
        Cue.POL,
        "customers",
        r"customers\s+(?:keep|are|have\s+been)\s+(?:asking|pushing|requesting|demanding)\b",
    )
    cue(Cue.POL, "on", r"on\s+request\b")
    cue(
        Cue.POL,
        "standard",
        r"standard\s+(?=(?:[a-z0-9.%-]+\s+){1,3}?(?:applies|apply|stands|remains|holds)\b)",
    )
    # gives: work committed by a date is delivery, not a signature ("can product commit to
    # shipping the connector by 6/15")
    cue(
        Cue.CTX,
        "commit",
        r"commit\s+to\s+(?=(?:ship|deliver|build|launch|finish|complet)\w*\b)",
    )
    # not moves: a rule for deals by date or a standard price table ("deals signed before then
    # keep current pricing", "sent them the standard 1/2/3-yr price table")
    cue(Cue.POL, "deals", r"deals\s+signed\s+(?:before|by|after|until)\b")
    cue(
        Cue.POL,
        "standard",
        r"standard\s+(?:[a-z0-9/-]+\s+){0,2}?(?:price|pricing|rate)\s+(?:table|list|sheet|card"
        r"|grid|book)\b",
    )
    # not moves: nothing asked ("no concessions requested")
    cue(
        Cue.POL,
        "requested asked",
        r"(?:(?<=no concessions )|(?<=no concession )|(?<=no discount ))(?:requested|asked)\b",
    )
    cue(Cue.NEG, "no", r"no\s+(?=special\s+(?:terms|pricing|conditions|concessions)\b)")
    # not a give: the purpose of another give ("30 more licences to close the gap vs their
    # competitor")
    cue(Cue.NOOP, "close", r"(?<=to )close\s+the\s+gap\b(?=\s+(?:vs|versus|with|to|against)\b)")
    # gives: a price brought down, said with "becomes" ("$1.2M becomes $1M if they sign")
    num("give", "discount", "money", rf"\s+becomes\s+{MONEY}")
    # not gets: a one-year term is no longer commitment ("15% on a 1-year")
    num(
        "cue",
        None,
        "years",
        r"(?:(?<=\b1-year)|(?<=\b1-yr)|(?<=one-year))(?:\s+(?:term|deal|contract|agreement"
        r"|commitment|subscription)s?\b|(?=\s*(?:[.,;:!?)]|$)))",
        flags=Cue.NOOP,
    )
    # not moves: the customer's list price or current contract stated ("their list is $6k/month
    # on an 18-month contract", "contract is 24mo at $9,800/mo")
    cue(Cue.POL, "list", r"(?<=their )list\s+(?:price\s+)?is\b")
    # not moves: news of what a competitor did ("saw that Cobalt cut their list price 10%")
    cue(Cue.POL, "saw", r"(?<!.)saw\s+that\b")
    _first(number_rules, _NUM27)
    # -- SECTION-t28 (forecasts and team notes that carry no move, tenure and referrals that are
    # no get, room given to a rep, work built before a date, the order landing by a date, asks
    # named as sign-off or approval asks, a term asked for at list price)
    _NUM_START_T28 = len(number_rules)  # this section's number rules go first (see its end)
    _START_T28 = len(rules)  # and its phrase rules before the other sections' (see its end)
    # not moves: a wait or a reaction forecast for the team ("expect 48h turnaround", "expect
    # customers to bring it up")
    cue(
        Cue.NOOP,
        "expect expecting",
        rf"expect(?:ing)?\s+(?:a\s+|an\s+|about\s+|around\s+|~\s?)?{N}\s?(?:h|hrs?|hours?|days?"
        r"|business\s+days?)\s+(?:turnaround|wait|delay|lag|response)\b",
    )
    cue(
        Cue.POL,
        "expect expecting",
        r"expect(?:ing)?\s+(?:customers|clients|prospects|buyers|accounts|deals|reps|renewals)\s+"
        r"(?:to|will)\b",
    )
    # not moves: a standing rule ("no more free pilots without a success plan", "no more
    # discounts unless the VP signs")
    cue(
        Cue.POL,
        "no",
        r"no\s+more\s+(?=(?:[a-z0-9%-]+\s+){1,3}?(?:without|unless)\b)",
    )
    # not moves: a price rise announced ("price increase letters go out Monday")
    cue(
        Cue.POL,
        "price",
        r"price\s+(?:increase|rise|uplift)\s+(?:letters?|notices?|emails?|announcements?"
        r"|communications?|comms)\b",
    )
    # not moves: figures about past deals ("half our deals over 15% had ...")
    cue(
        Cue.POL,
        "deals",
        rf"deals\s+(?:over|above|under|below|at|with)\s+(?:{PCT}|{MONEY})",
    )
    # not moves: whether discounts combine, asked in general ("is the 20% discount stackable")
    cue(Cue.POL, "stackable combinable", r"(?:stackable|combinable)\b")
    # advice asked on the return to ask for: the customer's ask stays a give ("what's a good
    # counter to ask for in return?")
    cue(
        Cue.INFO | Cue.CTX,
        "what's whats what",
        r"(?:what's|whats|what\s+is)\s+(?:a\s+good|the\s+best|the\s+right|a\s+fair)\s+(?:counter"
        r"|thing|ask|get|trade)\s+to\s+ask\s+(?:for\b)?",
    )
    # gives: room given to a rep ("you've got room to go to 12%", "room to go up to $5k off")
    give(
        "discount",
        "room",
        rf"room\s+to\s+go\s+(?:to|up\s+to|as\s+(?:far|high|low)\s+as)\s+{PM}",
        qty=True,
    )
    # not a trial: a site named for a pilot ("their pilot depot", "the pilot branch")
    cue(
        Cue.NOOP,
        "pilot",
        r"pilot\s+(?=(?:depot|branch|store|plant|warehouse|office|hospital|school|clinic|facility"
        r"|yard|campus|region|market|city)s?\b)",
    )
    # gives: work built by a date ("the Salesforce integration built before their Jan launch")
    give(
        "delivery",
        "integration integrations connector feature features module build migration",
        r"(?:integrations?|connector|features?|module|build|migration)\s+(?:built|delivered|ready"
        r"|live|shipped|done|finished|completed)\s+(?=before\b|within\b|in\s+time\b|by\s+(?:the\s+)?"
        rf"(?:{MONTH}|{WEEKDAY}|end\b|eo[mqy]\b|q[1-4]\b|\d|next\b|this\b|their\s+(?:launch|go[\s-]live"
        r"|kick[\s-]?off|deadline)\b))",
        weak=W,
    )
    # not gets: how the customer came to us ("they came in as a referral from ...")
    cue(
        Cue.NOOP,
        "came come comes coming",
        r"(?:came|comes?|coming)\s+(?:in\s+|to\s+us\s+)?(?:as|via|through)\s+(?:a\s+)?(?:partner\s+)?"
        r"(?:referral|reference)\b",
    )
    # not gets: how long they have been a customer ("5 yr customer")
    num(
        "cue",
        None,
        "years months",
        r"[\s-]+(?:customer|client|account|relationship|partner)\b",
        flags=Cue.NOOP,
    )
    # ask context: a short ask of a colleague ("@vp quick ask, 10 pct ...")
    cue(Cue.CTX | Cue.AP, "quick", r"quick\s+(?:approval\s+)?ask\b")
    cue(Cue.CTX | Cue.AP, "sign", r"sign-off\s+(?:needed|required|pls|please|requested)\b")
    # gets: a term asked for at full price ("asked them for a 3-year at list price")
    num(
        "get",
        "term_commitment",
        "years",
        r"(?:(?<=-year)|(?<=-yr))\s+(?:at|on)\s+(?:list|full|standard|current)\s+(?:price"
        r"|pricing|rates?)\b",
        qty=True,
    )
    # gets: the order landing by a date ("contingent on the PO landing this month")
    get(
        "faster_signature",
        "po pos purchase order paperwork",
        r"(?:pos?|purchase\s+order|order\s+form|paperwork)\s+(?:landing|arriving|coming\s+in"
        r"|being\s+signed|signed|issued)\s+" + DEADLINE,
    )
    # gives: a discount listed before a price lock ("approve 4% + price lock": not its size)
    num(
        "give",
        "discount",
        "pct",
        r"(?=\s+(?:\+|and|plus|&)\s+(?:a\s+)?(?:price|rate|pricing)\s+(?:lock|cap|freeze|protection"
        r"|hold)\b)",
        qty=True,
    )
    # not gets: the order form we send ("sending the order form now")
    cue(
        Cue.NOOP,
        "sending",
        r"sending\s+(?:over\s+)?(?:the|our)\s+(?:order\s+form|contract|paperwork|quote|docs)\s+"
        r"(?:now|over|out|today|shortly)\b",
    )
    # ask context: the customer pushed to act ("pushed Crane & Birch to sign by the 30th")
    cue(
        Cue.CUST,
        "pushed pushing",
        r"push(?:ed|ing)\s+(?!for\b|back\b|hard\b)(?:[a-z0-9&'.-]+\s+){1,4}?(?=to\s+(?:sign|commit"
        r"|close|decide|agree)\b)",
    )

    # gives: payment due later than usual ("let them pay the services portion 90 days after
    # go-live", "pay the balance 60 days after launch")
    give(
        "payment_terms",
        "pay paying",
        r"pay(?:ing)?\s+(?:the\s+|their\s+|for\s+the\s+)?(?:[a-z-]+\s+){0,3}?"
        rf"(?:{N}[\s-]?(?:days?|weeks?|months?)|net[\s-]?\d{{1,3}})\s+(?:after|from|post)\b",
        weak=W,
        qty=True,
    )
    # gives: a clause of ours dropped ("drop the auto-renewal clause", "strike the audit
    # provision")
    give(
        "policy_exception",
        "drop dropping remove removing strike striking delete deleting",
        r"(?:drop|remov|strik|delet)\w*\s+(?:the|our|that|this)\s+(?:[a-z-]+\s+){0,2}?"
        r"(?:clause|provision)s?\b",
    )
    # gives: the customer's contract instead of ours ("sign on Marlowe Bank's paper", "use
    # their paper")
    give(
        "policy_exception",
        "sign signing use using",
        r"(?:sign(?:ing)?\s+on|us(?:e|ing))\s+(?:their|the\s+customer's|[a-z0-9&-]+(?:\s+[a-z0-9&-]+)?'s)"
        r"\s+(?:own\s+)?(?:paper|msa|contract\s+template|template)\b",
    )
    # not a refusal: a yes-or-no question ("can we live with that or hard no?")
    cue(Cue.NOOP, "hard", r"(?<=or )hard\s+no\b(?=\s*\?)")
    # not a give: a company named "... Credit" doing something ("Lakeview Credit wants")
    cue(Cue.NOOP, "credit", r"credit\s+(?=(?:wants|asked|asks|needs|says|said|union)\b)")
    # the customer's voice: a price too heavy for them ("annual up front is a lot for us")
    cue(
        Cue.BUYER,
        "lot much steep",
        r"(?:(?<=a )lot|(?<=too )much|steep)\s+for\s+(?:us|our\s+(?:team|budget|company))\b",
    )
    cue(
        Cue.BUYER | Cue.NOOP,
        "annual upfront up prepay prepayment",
        r"(?:annual\s+)?(?:upfront|up\s+front|prepay(?:ment)?)(?:\s+payments?)?\s+(?:is|would\s+be)\s+"
        r"(?:a\s+lot|too\s+much|steep|hard|tough|a\s+stretch)\s+for\s+(?:us|our\s+(?:team|budget"
        r"|company))\b",
    )
    # approval given already ("finance approved it, no need to escalate")
    cue(
        Cue.APDONE,
        "need",
        r"(?<=no )need\s+to\s+(?:escalate|ask|approve|check|loop\s+(?:anyone|in))\b",
    )
    # to the customer: a colleague to be asked later ("let me check with my manager on the 18%")
    cue(
        Cue.YOU | Cue.CTX,
        "let",
        r"let\s+me\s+(?:check|confirm|run\s+(?:it|this|that)\s+by|talk\s+to|speak\s+(?:to|with))\s+"
        r"(?:with\s+)?(?:my|our)\s+(?:manager|boss|vp|director|team|deal\s+desk|finance"
        r"|leadership)\b",
    )
    # to the customer: "does that work for you?"
    cue(
        Cue.YOU | Cue.CTX,
        "does",
        r"does\s+(?:that|this|it)\s+work\s+for\s+(?:you|u|y'all|your\s+team)\b",
    )
    # asks a colleague: "are you comfortable with net 45 for X?"
    cue(
        Cue.WQ,
        "comfortable",
        r"(?:(?<=are you )|(?<=you )|(?<=u ))comfortable\s+with\b(?=[^.!?\n]{0,80}\?)",
    )
    # not moves: a habit looked back on ("we're discounting too early")
    cue(
        Cue.POL,
        "discounting",
        r"discounting\s+(?:too|way\s+too)\s+(?:early|much|often|fast|quickly|deep|deeply|heavily"
        r"|soon)\b",
    )
    # gives: a ceiling handed to a rep, the size before it ("you can give them net 45 max")
    cue(Cue.CTX, "max", r"(?:(?<=\d )|(?<=\d% ))max\b(?=\s*[.!]|\s*$)")
    # to the customer: an imperative ask and our move after it ("Sign off on a joint press
    # release and I'll hold your increase to 3%")
    cue(
        Cue.YOU | Cue.CTX,
        "sign",
        r"(?:(?<!.)|(?<=\. )|(?<=\n))sign\s+off\s+on\b"
        r"(?=[^.!?\n]{0,80}?\band\s+(?:i'll|we'll|i\s+will|we\s+will)\b)",
    )
    _first(number_rules, _NUM_START_T28)
    _first(rules, _START_T28, _FIRST_START)

    # -- SECTION-t29 (a fee split into payments by any words, reasons, ideas and vendors that are
    # no move, asks put to the customer by a ping or a request, a customer's switch or upgrade
    # and its date, limits and counters stated to the customer, old prices kept for later, dates
    # committed to, bare sizes after "can do" or "approve", questions on whether we'd allow
    # something, sign-offs already given)
    _NUM_START_T29 = len(number_rules)  # this section's number rules go first (see its end)
    _START_T29 = len(rules)  # and its phrase rules before the other sections' (see its end)
    # gives: a sum split into payments, with any words between ("split Acme's $18k annual into
    # 2 payments", "split the first-year fee across three invoices")
    give(
        "payment_terms",
        "split splitting",
        r"split(?:ting)?\s+(?:[a-z0-9$€£,.'/-]++\s+){1,4}?(?:into|across|over)\s+(?:two|three|four"
        r"|2|3|4|multiple|several|equal)\s+(?:[a-z-]+\s+)?(?:payments|installments|instalments"
        r"|invoices|tranches|halves|parts|chunks|bills)\b",
    )
    # not moves: a rival's lower price given as the reason for an ask ("requesting 7% for X,
    # competitor came in lower")
    cue(
        Cue.NOOP,
        "competitor competitors competition incumbent",
        r"(?:competitors?|competition|incumbent)\s+(?:came\s+in|is|was|are|were|went)\s+(?:a\s+(?:bit|lot)\s+)?"
        r"(?:lower|cheaper|under(?:\s+us)?|below(?:\s+us)?)\b(?=\s*(?:[.,;!)]|$|\s+(?:so|and)\b))",
    )
    # not moves: whether a standing rate applies to another group ("is the 20% margin the same
    # for agencies", "do they have a separate sheet?")
    cue(
        Cue.POL,
        "same",
        r"(?<=the )same\s+for\s+(?:all\s+|every\s+|other\s+)?(?:[a-z-]+\s+)?(?:agenc(?:y|ies)"
        r"|resellers?|partners?|customers?|clients?|accounts?|nonprofits?|charities|schools"
        r"|segments?|regions?|tiers?|markets?|everyone|everybody)\b",
    )
    cue(
        Cue.POL,
        "separate",
        r"(?<=a )separate\s+(?:price\s+|pricing\s+|rate\s+|margin\s+)?(?:sheet|list|card|schedule"
        r"|table|book|programme|program)\b",
    )
    # a refusal: our own thing named as what they asked for ("I said our sandbox demo is the
    # trial", "told them the starter plan is their pilot")
    cue(
        Cue.PNEG | Cue.REFUSAL,
        "trial pilot poc",
        r"(?:(?<=is the )|(?<=is their )|(?<=is your )|(?<=as the )|(?<=as their )|(?<=as your ))"
        r"(?:trial|pilot|poc)\b(?=\s*(?:[.,;!]|$))",
    )
    # gets: the customer switching to annual billing or going annual ("if you switch from monthly
    # to annual billing", "if they go annual instead of monthly")
    get(
        "upfront_payment",
        "switch switches switching",
        r"switch(?:es|ing)?\s+(?:over\s+)?(?:from\s+(?:monthly|quarterly|month[\s-]to[\s-]month)\s+"
        r"(?:billing\s+|payments?\s+|invoicing\s+)?)?to\s+(?:annual|yearly|upfront|up\s+front"
        r"|prepaid|annual\s+upfront)(?:\s+(?:billing|payments?|invoicing|plan|prepay(?:ment)?))?\b",
    )
    get(
        "upfront_payment",
        "annual annually yearly",
        r"(?:(?<=go )|(?<=going )|(?<=goes )|(?<=went )|(?<=move to )|(?<=moving to ))(?:annual"
        r"|annually|yearly)\b(?:\s+(?:billing|payments?|upfront|prepay|plan))?"
        r"(?=\s+(?:instead\s+of|rather\s+than|vs\.?|over|from)\s+(?:monthly|quarterly|month)"
        r"|\s*(?:[.,;!?]|$)|\s+(?:by|this|today|before|and|if|then)\b)",
    )
    # gets: the customer moving up a tier ("if they upgrade to the Team tier")
    get(
        "volume",
        "upgrade upgrades upgrading",
        r"(?:(?<=they )|(?<=you )|(?<=they'd )|(?<=you'd )|(?<=they'll )|(?<=you'll )|(?<=to ))"
        r"upgrad(?:e|es|ing)\s+to\s+(?:the\s+|a\s+|our\s+)?[a-z0-9-]+\s+(?:tier|plan|edition"
        r"|package|level|bundle|subscription)\b",
    )
    # gives: the yearly rate for a monthly payer ("we'll give you the annual rate even though
    # you're paying month to month", "annual pricing on a monthly plan")
    give(
        "discount",
        "annual yearly",
        r"(?:annual|yearly)\s+(?:rate|price|pricing)s?\b(?=\s+(?:even\s+though|although|though"
        r"|while|but|despite|when)\b[^.!?\n]{0,40}?\b(?:month[\s-]to[\s-]month|monthly)\b"
        r"|\s+(?:on|for|with)\s+(?:a\s+|their\s+|your\s+)?(?:monthly|month[\s-]to[\s-]month)\b)",
    )
    # gets: the customer's sign-off on a plan, as a condition ("if you can sign off on the 2-year
    # plan by Friday": signing, not an approval asked)
    cue(
        Cue.SIGNV | Cue.CTX,
        "sign",
        r"(?:(?<=if you )|(?<=if you can )|(?<=if they )|(?<=if they can )|(?<=once you )"
        r"|(?<=once they ))sign[\s-]?off\s+on\b(?=\s+(?:the|a|an|this|that|our)\s+"
        r"(?:[a-z0-9-]+\s+){0,3}?(?:plan|deal|contract|agreement|renewal|quote|proposal|order|term"
        r"|extension|sow)\b)",
    )
    # not a fast signature: approval given by a person ("signed off by Jen", "signed off by my
    # manager")
    cue(
        Cue.APDONE,
        "signed",
        r"signed[\s-]off\s+(?:on\s+)?by\s+(?:(?:my|our|the)\s+(?:manager|boss|vp|cro|cfo|ceo"
        r"|director|head|deal\s+desk|finance|legal|leadership)\b|(?!(?:the|end|eo[mqwy]|next|this"
        r"|tomorrow|today|tonight|close|q[1-4]|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may"
        r"|jun|jul|aug|sep|oct|nov|dec)\w*\b)[a-z]+(?=\s*(?:[.,;!)]|$)))",
    )
    # gives: a minimum term skipped for a shorter one ("let them skip the 12-month minimum and
    # go 6 months")
    give(
        "policy_exception",
        "skip skipping bypass bypassing",
        r"(?:skip|bypass)(?:ping|sing)?\s+(?:the|our|their|your)\s+(?:[a-z0-9-]+\s+){0,2}?"
        r"(?:minimums?|min)\b(?:\s+(?:term|commitment|commit|contract|length|period))?"
        rf"(?:\s+and\s+(?:go|do|sign)\s+(?:with\s+)?(?:a\s+|an\s+)?{N}[\s-]?(?:months?|mos?|years?"
        r"|yrs?)\b)?",
    )
    # gets: new business a partner brings ("if they bring us 3 new clients this quarter")
    get(
        "volume",
        "bring brings bringing",
        rf"bring(?:s|ing)?\s+(?:us\s+)?(?:in\s+)?(?:{N}\s+)?(?:more\s+|new\s+|additional\s+"
        r"|extra\s+){1,2}(?:clients|customers|accounts|deals|business|logos)\b",
    )
    # gets: a term asked of a named customer ("Requested a 2-year commit from Ashby")
    cue(
        Cue.CUST | Cue.CTX,
        "requested",
        r"requested\b(?!\s+(?:an?\s+)?(?:approval|sign|exception|ok|green|go-ahead))"
        r"(?=\s+(?:[a-z0-9-]+\s+){1,3}?from\s+(?!(?:finance|legal|my|our|the\s+(?:team|deal|vp"
        r"|cro)|deal\s+desk|leadership|management)\b)[a-z])",
    )
    # gets: a customer asked by a ping ("Pinged Arlo Studio about expanding to their design team")
    cue(
        Cue.CUST | Cue.CTX,
        "pinged pinging",
        r"ping(?:ed|ing)\s+(?!(?:finance|legal|deal\s+desk|my|our|ops|sales|leadership|manager"
        r"|boss|the\s+(?:team|vp|cro|cfo))\b)(?=(?:[a-z0-9&'.-]+\s+){1,3}?about\b)",
    )
    # gives: a discount as a bare number after "can do" or "approve" ("We can do 12 with a 2
    # year commitment", "can you approve 14?"; kept below 30, where net terms begin)
    give(
        "discount",
        "#",
        r"(?:(?<=can do )|(?<=could do )|(?<=we'd do )|(?<=i'd do )|(?<=approve ))"
        r"(?:[1-9]|[12]\d)(?![\d%.,:]\d)(?=\s*(?:[.?!,;]|$)|\s+(?:w/|with|if|on\s+(?:a|an|the)\b"
        r"|in\s+exchange|provided))",
        weak=W,
        qty=True,
    )
    # gives: the seller's counter to an ask ("I'd rather do net 60", "we settled on net 60")
    cue(
        Cue.GIVEV | Cue.CTX,
        "rather settled",
        r"(?:(?<=i'd )|(?<=we'd ))rather\s+(?=(?:do|give|offer)\b)|(?<=we )settled\s+(?:on|at)\b",
    )
    # not moves: a vendor we buy from ("the data vendor we use just gave us 10% off")
    cue(
        Cue.POL,
        "vendor vendors supplier suppliers provider providers",
        r"(?:vendor|supplier|provider)s?\s+(?:that\s+)?(?:we|i)\s+(?:use|buy\s+from|pay|work\s+with"
        r"|license\s+from)\b",
    )
    # not sizes: the usual wait, and the time in which seats are added ("instead of the usual
    # 3-week wait", "any seats you add over the next 12 months")
    cue(
        Cue.NOOP,
        "usual normal typical standard",
        rf"(?:usual|normal|typical|standard)\s+{N}[\s-]?(?:days?|weeks?|months?)\s+(?:wait|queue"
        r"|backlog)\b",
    )
    cue(
        Cue.NOOP,
        "over",
        rf"(?:(?<=add )|(?<=added )|(?<=buy )|(?<=purchase ))over\s+the\s+next\s+{N}\s+(?:months?"
        r"|years?)\b",
    )
    # not a policy: a limit stated to the customer ("I offered 15% and said that's the floor")
    cue(
        Cue.REFUSAL,
        "floor",
        r"(?:(?<=that's the )|(?<=that's our )|(?<=that's my )|(?<=that is the )|(?<=that is our )"
        r"|(?<=is the )|(?<=it's the ))floor\b(?=\s*(?:[.,;!]|$))",
    )
    # gives: a date the customer needs, committed to ("can I commit to that date?", "promise
    # their go-live date")
    give(
        "delivery",
        "commit committing promise promising",
        r"(?:commit(?:ting)?|promis(?:e|ing))\s+to\s+(?:that|this|the|their|those|these|your)\s+"
        r"(?:go[\s-]?live\s+|launch\s+|start\s+|delivery\s+|kick[\s-]?off\s+|intake\s+)?(?:dates?"
        r"|deadlines?|timelines?|timeframes?)\b",
    )
    # gives: onboarding done within a time ("we'll have them fully onboarded within 5 business
    # days"; the time is when, not a size)
    give(
        "delivery",
        "onboarded implemented deployed installed",
        r"(?:onboarded|implemented|deployed|installed)\s+within\s+"
        rf"{N}\s+(?:business\s+|working\s+|calendar\s+)?(?:days?|weeks?)\b",
        weak=W,
    )
    # gets: the customer's price target in their voice ("if you can get us to $40k")
    give(
        "discount",
        "us",
        r"(?:(?<=get )|(?<=bring )|(?<=take ))us\s+(?:down\s+)?to\s+(?=[$€£]\s?\d|\d[\d,.]*\s?k\b)",
    )
    # not a give: standard terms kept ("kept them on net 30")
    cue(
        Cue.NOOP,
        "kept keep keeping",
        r"(?:kept|keep|keeping)\s+(?:them|it|him|her|the\s+terms|terms)\s+(?:on|at)\s+(?:the\s+)?"
        r"(?:standard\s+|usual\s+|normal\s+)?(?:net[\s-]?30|standard|usual|normal)\b"
        r"(?:\s+(?:terms|payment\s+terms))?",
    )
    # gives: an old price kept on later business ("keep last year's partner pricing on new
    # clients through 2025")
    give(
        "price_lock",
        "keep keeping kept hold holding",
        r"(?:keep|keeping|kept|hold|holding)\s+(?:their\s+|its\s+|the\s+)?(?:last\s+year's|this"
        r"\s+year's|current|existing|old|today's)\s+(?:[a-z-]+\s+)?(?:pricing|prices?|rates?)\b"
        r"(?=\s+(?:on|for)\s+(?:any\s+)?(?:new|future|additional|expansion)\b|[^.!?\n]{0,40}?\b"
        r"(?:through|thru|until|till)\s+(?:20\d\d|next|the\s+end|end)\b)",
    )
    # gives: a price held flat in a later year ("flat renewal for yr 2", "flat pricing through
    # year 3")
    give(
        "price_lock",
        "flat",
        r"flat\s+(?:renewal\s+|pricing\s+|price\s+|rates?\s+)?(?:for|in|through|into)\s+"
        r"(?:year|yr)s?\s*(?:[2-5]|two|three|four|five)\b",
    )
    # not moves: the size of a deal the customer is on ("on their 50-seat client rollout")
    cue(
        Cue.NOOP,
        "their",
        rf"(?:(?<=on )|(?<=for )|(?<=across ))their\s+{N}[\s-]?(?:seat|user|licen[cs]e)s?\s+"
        r"(?:[a-z-]+\s+)?(?:rollout|roll-out|deployment|deal|contract|account|renewal|order"
        r"|project|instance|org)\b",
    )
    # not moves: no discount at all, an upgrade from a free plan ("zero discount", "self-serve
    # upgrade from the free plan")
    cue(Cue.NOOP, "zero", r"zero\s+(?:discount|discounting|concessions?)\b")
    cue(
        Cue.NOOP,
        "upgrade upgraded upgrades upgrading",
        r"upgrad\w*\s+from\s+(?:the\s+|a\s+|their\s+)?(?:free|trial|starter|basic|lower)\s+"
        r"(?:plan|tier|version|edition|account)\b",
    )
    # not moves: deals counted in a forecast category ("11 deals in commit, $86k total")
    cue(Cue.NOOP, "commit", r"(?<=in )commit\b(?!\s+(?:to|with)\b)")
    # not moves: an upsell or packaging idea put to the team ("Upsell idea: offer the module as a
    # bundle on renewals?")
    cue(
        Cue.POL,
        "idea",
        r"(?:(?<=upsell )|(?<=pricing )|(?<=packaging )|(?<=bundle )|(?<=bundling )"
        r"|(?<=cross-sell ))idea\b",
    )
    # not moves: a hint that is no ask ("keeps hinting at a discount")
    cue(
        Cue.NOOP,
        "hinting hinted hints hint",
        r"hint(?:s|ed|ing)?\s+at\s+(?:a|an|some)\s+(?:discount|price\s+cut|concession|better\s+"
        r"(?:price|deal))\b",
    )
    # asks a colleague: "is that something we'd allow here?"
    cue(
        Cue.PQ | Cue.CTX,
        "something",
        r"(?:(?<=is that )|(?<=is this )|(?<=is it ))something\s+(?:we'd|we\s+would|we\s+can"
        r"|we\s+could|we)\s+(?:allow|accept|do|agree\s+to|approve|support|offer|entertain)\b",
    )
    # not an approval: a company named "Greenlight ..." ("Marcus at Greenlight Agency asked")
    cue(
        Cue.NOOP,
        "greenlight",
        r"greenlight\s+(?=(?:agency|labs?|studios?|media|group|partners|digital|inc|llc|ltd|co"
        r"|capital|health|systems|solutions|software|ventures|consulting|logistics)\b)",
    )
    _first(number_rules, _NUM_START_T29)
    _first(rules, _START_T29, _FIRST_START)
    # -- SECTION-t30 (terms and prices kept or struck in other words, charges and overages
    # forgiven, bills cut or moved, spans of a cap and early signing that are no term, deals
    # lost or policies asked about, net 30 held as standard, trades set side by side)
    _NUM_START_T30 = len(number_rules)  # this section's number rules go first (see its end)
    _START_T30 = len(rules)  # and its phrase rules before the other sections' (see its end)
    # gets: a term with one more word before its noun ("a two-year co-termed renewal")
    num(
        "get",
        "term_commitment",
        "years",
        r"[\s-]+(?!(?:price|pricing|rate|free|trial|pilot|lock|cap|locked|capped|prepaid|pre-paid|paid"
        r"|upfront|up-front|prepay)\b)[a-z]+(?:-[a-z]+)?"
        r"\s+(?:renewal|term|contract|commitment|agreement|deal)s?\b",
        qty=True,
    )
    # gets: a term asked for at list ("a 3-year renewal at list": list price is no refusal of it)
    num(
        "get",
        "term_commitment",
        "years",
        r"[\s-]+(?:renewal|term|contract|deal|commitment|agreement)\s+(?:at|on)\s+(?:list|full"
        r"|standard)(?:\s+(?:price|pricing|rates?))?\b",
        qty=True,
    )
    # gets: signing a set time ahead ("sign the March renewal two months early")
    num(
        "get",
        "faster_signature",
        "days weeks months",
        r"\s+(?:early|earlier|ahead\s+of\s+(?:schedule|time)|sooner)\b",
    )
    # not a term: the later years a cap or lock covers ("a 4% cap on the following two years")
    cue(Cue.NOOP, "following", rf"following\s+{N}\s+(?:years?|yrs?)\b")
    # not a term: years paid ahead ("pays two years up front")
    cue(
        Cue.NOOP,
        "pays pay paying",
        rf"pay(?:s|ing)?\s+{N}\s+(?:years?|yrs?)\s+(?=up[\s-]?front\b|in\s+advance\b)",
    )
    # not gets: a deal's size named in a question ("is that allowed on a $60k ACV?", "on a $400k
    # ACV deal")
    num(
        "cue",
        None,
        "money",
        r"\s+(?:acv|arr|tcv)\b(?:\s+(?:deal|account|customer|renewal|opportunity|opp))?(?=\s*\?)",
        flags=Cue.NOOP,
    )
    # gives: a discount on the first year beside a lock ("10% on yr 1", "6% and a locked rate")
    num(
        "give",
        "discount",
        "pct",
        r"(?=\s+(?:off\s+)?(?:on|for|in)\s+(?:the\s+)?(?:first\s+year|(?:yr|year)\s?(?:1|one))\b"
        r"|\s+(?:\+|and|plus|&)\s+(?:a\s+)?(?:locked|frozen|capped|fixed)\s+(?:rate|price|pricing)s?\b)",
        qty=True,
    )
    # gives: a percentage brought down to a lower one ("got them from 18% down to 11%")
    num(
        "give",
        "discount",
        "pct",
        r"(?:(?<=% down to \d%)|(?<=% down to \d\d%))",
        qty=True,
    )
    # (the figure it came down from is no size)
    num("cue", None, "pct", rf"(?=\s+down\s+to\s+{PCT})", flags=Cue.NOOP)
    # not gets: a forecast of a smaller renewal ("they might come in with fewer seats")
    cue(
        Cue.POL,
        "might may",
        r"(?:might|may)\s+(?:come\s+in|end\s+up|land|renew)\s+(?:with|at|on)\b",
    )
    # not gets: news from a call ("great QBR with X, they're expanding")
    cue(
        Cue.POL,
        "great",
        r"great\s+(?:qbr|call|meeting|demo|chat|session|catch[\s-]?up)\s+with\b",
    )
    # not gets: references the customer wants from us ("wants references from other brands")
    cue(
        Cue.NOOP,
        "references reference",
        r"references?\s+from\s+(?:other|similar|existing|current|comparable|peer)\b",
    )
    # not gets: tenure as a reference ("they've been a great reference for us for two years")
    cue(
        Cue.NOOP,
        "been",
        r"been\s+(?:a\s+)?(?:great|good|strong|loyal|solid|happy|longtime|long-time)\s+(?:reference"
        r"|referral|advocate|customer|partner)s?\b(?:\s+for\s+us)?(?:\s+for\s+(?:\d+|[a-z]+)\s+"
        r"(?:years?|yrs?|months?))?",
    )
    # not gets: when the customer grows, as the time a price is kept ("when they expand into
    # EMEA")
    cue(Cue.NOOP, "expand expands expanding", r"(?<=when they )expand(?:s|ing)?\s+(?:into|to)\b")
    # gives: the rest of the price coming down ("if the rest comes down fifteen percent")
    give("discount", "comes come coming", rf"(?:comes?|coming)\s+down\s+(?:by\s+)?{PCT}", qty=True)
    # gives: an ask for a percentage put to a colleague ("seeking 11% on ...")
    cue(
        Cue.AP | Cue.CTX,
        "seeking",
        rf"seeking\s+(?:approval\s+(?:for|on)\s+)?(?=(?:an?\s+)?{PCT})",
    )
    # not policy: a quoting tool named as a product in a bundle ("3 products bundled
    # (CRM+CPQ+analytics)")
    cue(Cue.NOOP, "cpq", r"(?:(?<=[+(/])cpq|cpq(?=\s*[+/)]))")
    # gets: signing on a weekday said short ("they sign thurs if we get there")
    get(
        "faster_signature",
        "sign signs",
        r"signs?\s+(?:on\s+)?(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri)\b",
    )
    # gives: a price met ("we'll meet you at $128k")
    give("discount", "meet", rf"meet\s+(?:you|them|him|her)\s+at\s+(?=~?{MONEY})")
    # gives: an overage or charge forgiven or taken off ("take the true-up overage off this
    # invoice", "forgive this year's overage", "drop the data migration charge")
    give("discount", "overage overages", r"overages?\s+(?:charges?\s+|fees?\s+)?off\b")
    give(
        "discount",
        "forgive forgiving forgo forgoing",
        r"(?:forgiv(?:e|ing)|forgo(?:ing)?)\s+(?:[a-z0-9'-]+\s+){0,3}?(?:overages?|true-?ups?|fees?"
        r"|charges?|invoices?|balance|proration|penalt(?:y|ies))\b",
    )
    give(
        "discount",
        "drop dropping",
        r"drop(?:ping)?\s+(?:the|their|our|this|that)\s+(?:[a-z-]+\s+){0,2}?(?:charge|surcharge|fee)s?\b",
    )
    # gives: an uplift or fee waived for a named customer ("waive Quillfeather's uplift?")
    give(
        "discount",
        "waive waiving",
        r"waiv(?:e|ing)\s+[a-z0-9&-]+'s\s+(?:[a-z-]+\s+)?(?:uplift|increase|fees?|charges?|overages?"
        r"|minimum|true-?up|proration)\b",
    )
    # gives: a bill cut by a sum ("that cuts the bill by ~$20k")
    give(
        "discount",
        "cuts cut",
        rf"cuts?\s+(?:the|their|our|your)\s+(?:bill|invoice|price|cost|total)\s+by\s+(?:~\s?|about\s+)?"
        rf"{MONEY}",
        qty=True,
    )
    # gives: billing at an old price ("the overage billed at their old $38/seat", "price the
    # module at the old 2022 rate")
    give(
        "discount",
        "billed priced charged",
        r"(?:billed|priced|charged)\s+at\s+(?:their|the|our|your)\s+(?:old|previous|prior|legacy"
        r"|original|existing)\b",
    )
    give(
        "discount",
        "price",
        r"price\s+(?:the\s+|their\s+|our\s+)?(?:[a-z0-9-]+\s+){0,2}?at\s+(?:the|their|our|your)\s+"
        r"(?:old|previous|prior|legacy|original)\b",
    )
    # gives: an old price kept as the customer grows ("keep the legacy per-seat price")
    give(
        "price_lock",
        "legacy",
        r"(?<=keep the )legacy\s+(?:[a-z-]+\s+)?(?:price|pricing|rate)s?\b",
    )
    # gives: a co-term backdated so part of the bill is not paid
    give("discount", "backdate backdating backdated", r"backdat\w+", weak=W)
    # gives: a clause of ours struck or gone ("our audit clause struck", "renew without the
    # auto-renewal clause")
    give(
        "policy_exception",
        "clause clauses provision provisions",
        r"(?:clause|provision)s?\s+(?:struck|removed|dropped|deleted|waived|taken\s+out)\b",
    )
    give(
        "policy_exception",
        "without",
        r"without\s+(?:the|our|an?|any)\s+(?:[a-z-]+\s+){0,2}?(?:clause|provision)s?\b",
    )
    # gives: non-standard termination or cure terms ("a termination-for-non-appropriation
    # clause", "a 30-day cure period")
    give(
        "policy_exception",
        "termination",
        r"termination[\s-]+(?:for|on)[\s-]+[a-z-]+\s+(?:clause|right|provision)s?\b",
    )
    num("give", "policy_exception", "days", r"[\s-]+cure\s+period\b")
    # gives: a first invoice or billing moved later ("your first invoice moves to July")
    give(
        "payment_terms",
        "invoice invoices billing",
        r"(?:invoices?|billing)\s+(?:moves?|shifts?|slides?|is\s+(?:moved|pushed|shifted)|pushed"
        r"|starts?|begins?)\s+(?:out\s+|back\s+)?(?:to|until|in)\s+(?="
        + MONTH
        + r"|q[1-4]\b|next\b)",
    )
    # gives: people sent to the customer ("send two consultants onsite, on us")
    _add("obj", "scope", "consultants consultant", r"consultants?\b")
    # gives: a date held for the customer ("Sept 1 is locked in for you")
    give("delivery", "locked", r"locked\s+in\s+for\s+(?:you|them|your\s+team)\b", weak=W)
    # gives: shipping sooner than usual ("ship the kits in 10 days instead of the usual six weeks")
    give(
        "delivery",
        "ship deliver",
        rf"(?:ship|deliver)\s+(?:[a-z0-9'-]+\s+){{0,3}}?in\s+{N}\s+(?:days?|weeks?)\s+instead\s+of\b",
        weak=W,
    )
    # gets: a cheaper tier taken instead ("if you'll take the Core tier instead of Enterprise")
    get(
        "scope_reduction",
        "take taking",
        r"tak(?:e|ing)\s+(?:the\s+|a\s+)?(?:core|basic|standard|lite|starter|essentials?|base|entry|lower"
        r"|cheaper|smaller|lighter)\s+(?:tier|edition|plan|package|bundle)\s+instead\s+of\b",
    )
    # gets: more bought on our paper ("if they add it to this renewal", "the whole engineering
    # org is on the contract", "the 3 subsidiaries come onto the same paper", "commit to the
    # full three-product bundle", "add those 30 permanently")
    get(
        "volume",
        "add",
        r"add\s+(?:it|them|that|those|these)\s+(?:to\s+(?:this|the|their|your)\s+(?:renewal|order"
        rf"|contract|deal)\b|{N}\s+(?:permanently|for\s+good)\b)",
    )
    get(
        "volume",
        "whole entire",
        r"(?:whole|entire)\s+(?:[a-z-]+\s+)?(?:org|organi[sz]ation|company|team|department|business"
        r"|group)\s+(?:is|are|comes?|goes|moves?)\s+(?:on|onto|to)\b",
    )
    get(
        "volume",
        "onto",
        r"onto\s+(?:the\s+same|one|a\s+single)\s+(?:paper|contract|agreement|order\s+form|msa)\b",
    )
    get(
        "volume",
        "full",
        r"(?<=to the )full\s+(?:[a-z0-9-]+\s+)?(?:bundle|suite|platform|package)\b",
    )
    # gets: a contract extended to a year ("extend it through 2027")
    get(
        "term_commitment",
        "extend extending",
        r"extend(?:ing)?\s+(?:it|the\s+contract|the\s+term|the\s+agreement|your\s+contract)\s+"
        r"(?:through|to|until|into)\s+20\d\d\b",
    )
    # ask context: the customer asked for a term ("asking Quarry Hill for a 3-year renewal")
    cue(
        Cue.CTX | Cue.CUST,
        "asking",
        r"asking\s+(?!(?:deal|finance|legal|my|our|the|sales|leadership|management|mgmt)\b)"
        r"(?=(?:[a-z0-9&'.-]+\s+){1,3}?for\s+(?:a|an)\b)",
    )
    # trades set side by side ("we waive the uplift, they give us a reference call"; "...,
    # so we're including the pack free")
    cue(
        Cue.TCOND,
        "give provide",
        r"(?:(?<=, they )|(?<=, you ))(?:give|provide)\s+(?:us|me)\b",
    )
    cue(Cue.RCOND, "so", r"so\s+(?=we're\b|we\s+are\b|we'll\b|we\s+will\b)")
    # a term required for a size ("2-yr term required for the 8")
    cue(Cue.COND, "required", r"required\s+for\s+(?=(?:the|that|this)\s+\d)")
    # not a give: terms that stay as they are ("net 30 stays")
    cue(
        Cue.PNEG,
        "stays remains",
        r"(?:stays|remains)(?=\s*(?:[,.;]|$)|\s+(?:as\s+is|unchanged)\b)",
    )
    # not a give: standard net 30 held ("holding at net 30", "our terms are net 30")
    cue(Cue.NOOP, "net", r"(?:(?<=at )|(?<=are )|(?<=is ))net[\s-]?30\b")
    # a refusal said plainly ("obviously a no", "that's a hard no")
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "obviously clearly definitely",
        r"(?:obviously|clearly|definitely)\s+(?:a\s+)?no\b(?!\s+(?:brainer|problem)\b)",
    )
    # not moves: no discount given ("zero discount, 3 yr signed")
    cue(Cue.NEG, "zero", r"zero(?=\s+(?:discount|concessions?|off)\b)")
    # not moves: a deal lost to a rival and what they gave
    cue(
        Cue.POL,
        "lost",
        r"lost\s+(?:[a-z0-9&'.-]+\s+){1,4}?to\s+(?:the|a|an)\s+(?:incumbent|competitor|competition"
        r"|rival)\b",
    )
    # not moves: which discount a customer is on, whether discounts combine, a rule still in force
    cue(
        Cue.POL | Cue.INFO,
        "which what",
        r"(?:which|what)\s+(?:discount|pricing|price)\s+(?:level|tier|band|bracket)\b",
    )
    cue(Cue.POL, "stack stacks", r"stacks?\s+with\s+(?:the|other|any)\b")
    cue(Cue.POL, "other", r"(?<=one or the )other\b")
    cue(
        Cue.POL,
        "still",
        r"still\s+(?:a\s+thing|in\s+(?:place|effect|force)|the\s+(?:rule|policy|limit))\b",
    )
    # not gets: seats priced, not added ("for any seats added before December")
    cue(Cue.NOOP, "seats", r"(?<=any )seats\s+(?:added|bought)\b")
    # asks a colleague: "fine by you?", "y/n", "VP approval req'd:"
    cue(Cue.WQ, "fine", r"fine\s+by\s+(?:you|u)\b(?=[^.!?\n]{0,30}\?)")
    cue(Cue.WQ | Cue.AP, "y", r"y/n\b")
    cue(Cue.CTX | Cue.AP, "approval", r"approval\s+(?:req'd|reqd|required|needed)(?=\s*[:-])")
    # not moves: what a rival did ("they matched our price and threw in a free year")
    cue(
        Cue.POL,
        "matched",
        r"(?<=they )matched\s+(?:our|the|my)\s+(?:price|pricing|offer|quote|number)\b",
    )
    # a refusal: our standard told ("I told them our terms are net 30")
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "told",
        r"told\s+(?:them|him|her)\s+(?=our\s+(?:terms|policy|standard|max|maximum|limit|floor)\b)",
    )
    # not a refusal: more bought at list price ("you add the forecasting module at list")
    cue(
        Cue.NOOP,
        "list",
        r"(?:(?<=module at )|(?<=modules at )|(?<=add-on at )|(?<=add-ons at ))list"
        r"(?:\s+(?:price|pricing|rates?))?\b",
    )
    # a manager's answer, not an ask ("Manager: fine to offer net 45")
    cue(
        Cue.APDONE,
        "manager mgr",
        r"(?<!.)(?:manager|mgr)\s*:(?=\s*(?:fine|ok|okay|approved|go\s+ahead|yes|nice|good"
        r"|you\s+can)\b)",
    )
    # approval given already ("I've approved the extension")
    cue(Cue.APDONE, "approved", r"(?<=i've )approved\b")
    _first(number_rules, _NUM_START_T30)
    _first(rules, _START_T30, _FIRST_START)
    # -- SECTION-t31 (references asked for after "for" and referrals counted, introductions to a
    # named executive, orders released by a date, sized expansions, commitments in months and
    # lock-ins, per-user prices brought down, a size set against the one refused, approval asks
    # in short forms and permission asked as "we should allow", contracts without a clause,
    # named trials extended, competitors' quotes matched, and lines that carry no move: prices
    # others gave us or the customer, a customer's own rule, a customer's own growth)
    _NUM_START_T31 = len(number_rules)  # this section's number rules go first (see its end)
    _START_T31 = len(rules)  # and its phrase rules before the other sections' (see its end)
    # not gets: what the customer already is ("since you are already a reference customer")
    cue(
        Cue.NOOP,
        "reference referenceable",
        r"(?:(?<=already )|(?<=already a )|(?<=already an ))reference(?:able)?(?:\s+(?:customers?"
        r"|accounts?|sites?|logos?))?\b",
    )
    # gets: a reference named after "for" ("in exchange for reference call + 2 yr term")
    get(
        "reference",
        "reference references",
        r"(?<=for )references?\s+(?:calls?|customers?|accounts?|sites?|checks?|visits?)\b",
    )
    # gets: referrals counted ("they refer 3 other cafes", "will refer two more clinics")
    get(
        "reference",
        "refer refers referring",
        rf"refer(?:s|ring)?\s+(?:us\s+(?:to\s+)?)?(?:{N}\s+)?(?:other|more|new|additional|fellow"
        r"|similar|peer)\s+[a-z-]+",
    )
    # gets: an introduction to an executive with a word before the title ("introduction to your
    # group CIO", "intro to their regional head of IT")
    get(
        "process",
        "introduce introducing introduction introductions intro intros",
        r"(?:introduc\w+|intros?)\s+(?:us\s+)?(?:to|with)\s+(?:your|their|the)\s+(?:[a-z-]+\s+){1,2}?"
        + EXECS,
    )
    # gets: the order released by a date ("if PO is released before 31st March", "PO raised by
    # Friday")
    get(
        "faster_signature",
        "po pos",
        r"pos?\s+(?:is\s+|are\s+|gets\s+|being\s+)?(?:released|issued|raised|placed|cut|sent)\s+"
        + DEADLINE,
    )
    # gets: a sized expansion ("sign the EUR 200k expansion", "a $50k upsell")
    num(
        "get",
        "volume",
        "money",
        r"[\s-]+(?:expansion|upsell|up-sell|add[\s-]?on\s+(?:deal|order)|expanded\s+deal)s?\b",
        qty=True,
    )
    # (after "the", the sum is the expansion signed: "if they sign the EUR 200k expansion")
    get(
        "volume",
        "sign signs signing take takes taking close closes closing",
        rf"(?:sign|take|tak|clos)(?:e|es|s|ing)?\s+(?:the|that|this|an?)\s+{MONEY}[\s-]+"
        r"(?:expansion|upsell|up-sell)s?\b",
        qty=True,
    )
    # gives: this year's price kept for the years of a term ("3 yr lock-in if we keep rate same
    # as this year")
    give(
        "price_lock",
        "keep keeping hold holding",
        r"(?:keep|hold)(?:ing)?\s+(?:the\s+|your\s+|their\s+|our\s+)?(?:rates?|prices?|pricing)"
        r"\s+(?:the\s+)?same\s+as\s+(?:this|last|the\s+current|current)\s+year\b",
    )
    # gets: a term committed in months or years ("if they commit 24 months", "commit for 3 years")
    get(
        "term_commitment",
        "commit commits committing",
        rf"commit(?:s|ting)?\s+(?:to\s+|for\s+)?(?:a\s+|an\s+)?{YM}",
        qty=True,
    )
    # gets: a lock-in is a term, not a price lock ("3 yr lock-in")
    num("get", "term_commitment", "years months", r"[\s-]+lock[\s-]?ins?\b", qty=True)
    # gives: a per-user price brought down ("USD 42 per user instead of 50")
    num(
        "give",
        "discount",
        "money",
        r"\s?(?:/|per\s|a\s)\s?(?:seat|user|licen[cs]e|head|month|unit)s?\s+(?:instead\s+of|rather"
        rf"\s+than|down\s+from|vs\.?)\s+(?:[$€£]\s?)?{NUM}\b",
    )
    # gives: a size set against the one refused ("12% (not 20)"): the aside is no negation
    num(
        "give",
        "discount",
        "pct money",
        rf"\s*\((?:not|instead\s+of|vs\.?|down\s+from)\s+(?:[$€£]\s?)?{NUM}\s?(?:%|pct|k)?\)",
        qty=True,
    )
    # ask a colleague: approval asked in short forms ("approval reqd:", "approval reqst")
    cue(
        Cue.AP,
        "approval approvals",
        r"approvals?\s+(?:reqd|req|reqst|rqst|requird|reqrd|requested|required)\b(?=\s*[:,.!-])",
    )
    cue(
        Cue.AP,
        "sanction",
        r"(?:(?<=kindly )|(?<=please )|(?<=pl )|(?<=can you )|(?<=could you ))sanction\b",
    )
    # permission asked: "we should allow", "kindly advise if we can allow the same"
    cue(
        Cue.PQ | Cue.CTX,
        "allow",
        r"(?:(?<=we should )|(?<=should we )|(?<=if we can )|(?<=if we could )|(?<=whether we can )"
        r"|(?<=can we )|(?<=could we ))allow\b",
    )
    # not policy: the customer's own rule ("their treasury has new rule from this year")
    cue(
        Cue.NOOP,
        "rule rules policy policies",
        r"(?:(?<=their )|(?<=their new )|(?<=has new )|(?<=has a new )|(?<=their own ))"
        r"(?:rules?|polic(?:y|ies))\b",
    )
    # gives: a contract without one of our clauses ("approve contract without auto-renewal
    # clause")
    give(
        "policy_exception",
        "contract contracts msa agreement",
        r"(?:contracts?|msa|agreement)\s+without\s+(?:the\s+|an?\s+|our\s+|any\s+)?"
        r"(?:[a-z-]+[\s-]){0,2}?(?:clause|provision|term)s?\b",
    )
    # gives: a named trial extended ("Extended Vanguard Plastics POC by 30 days")
    give(
        "trial",
        "extend extended extending",
        r"extend(?:ed|ing)?\s+(?:[a-z0-9&'.-]+\s+){1,3}?(?:trial|pilot|poc|evaluation|eval"
        r"|proof[\s-]of[\s-]concept)\b",
    )
    # gives: a named competitor's quote matched ("we will match the Freshworks quote")
    give(
        "discount",
        "match matching",
        r"match(?:ing)?\s+(?:the\s+|their\s+)?[a-z][a-z&-]*\s+(?:quote|price|pricing|offer|bid)\b"
        r"(?!\s+(?:lock|cap|freeze|protection|hold|increase|guarantee)s?\b)",
    )
    # not gets: the customer's own growth given as a reason ("they are adding new warehouse")
    cue(
        Cue.NOOP,
        "adding",
        r"(?:(?<=they are )|(?<=they're )|(?<=are )|(?<=is ))adding\s+(?:a\s+)?(?:new\s+)?"
        r"(?:warehouses?|sites?|offices?|locations?|plants?|stores?|branch(?:es)?|facilit(?:y|ies)"
        r"|hospitals?|clinics?|factor(?:y|ies)|regions?|markets?)\b",
    )
    # not gets: an answer wanted before the customer's meeting ("they want answer before their
    # board meets Thursday")
    cue(
        Cue.NOOP,
        "answer answers response reply feedback",
        r"(?:answers?|response|reply|feedback)\s+(?:before|by|ahead\s+of)\s+(?:their|the)\s+"
        r"(?:board|committee|steering\s+committee|exec\w*|leadership|management)\s+(?:meets?|meeting)"
        r"(?:\s+(?:on\s+)?[a-z0-9]+)?",
    )
    # the seller's readiness told to the customer ("we are ok to give free onboarding")
    cue(
        Cue.CTX | Cue.SELLER,
        "ok okay",
        r"(?:(?<=we are )|(?<=we're )|(?<=i am )|(?<=i'm ))(?:ok|okay)\s+to\b",
    )
    # a yes reported to the customer ("told Berger Holz ok to net 45")
    cue(
        Cue.CTX | Cue.GIVEV,
        "told",
        r"told\s+(?:[a-z0-9&'.-]+\s+){1,3}?(?:ok|okay)\b",
    )
    # to the customer: a colleague to be asked later ("I'll check with my manager")
    cue(
        Cue.YOU | Cue.CTX,
        "check",
        r"(?:(?<=i'll )|(?<=i will )|(?<=will ))check\s+with\s+(?:my|our)\s+(?:manager|boss|vp"
        r"|director|team|deal\s+desk|finance|leadership)\b",
    )
    # to the customer: a go-ahead asked to start ("pls confirm so we can start")
    cue(
        Cue.YOU | Cue.CTX,
        "please kindly",
        r"(?:please|kindly)\s+confirm\s+so\s+(?:that\s+)?(?:we|i)\s+can\s+(?:start|begin|proceed|kick\s+off|get\s+started"
        r"|move\s+ahead|go\s+ahead)\b",
    )
    # not moves: a price we were given as buyers ("Vendor for our office chairs gave us 12%
    # discount"), a personal purchase ("bought new iphone with 10% off"), a deal lost to a
    # cheaper rival ("they went with Oracle at 40% lower price"), a poll of the team ("how many
    # of you closed without any discount?")
    cue(
        Cue.POL,
        "vendor vendors supplier suppliers",
        r"(?:vendor|supplier)s?\b(?=\s+(?:[a-z0-9&'.-]+\s+){0,5}?(?:gave|gives|give|offered|offers)\s+"
        r"us\b)",
    )
    cue(Cue.POL, "bought", r"bought\s+(?:new|used|brand\s+new)\s+[a-z-]+")
    cue(
        Cue.POL,
        "went",
        rf"went\s+with\s+(?:[a-z0-9&'.-]+\s+){{1,2}}?(?=at\s+(?:a\s+)?{PM}\s+(?:lower|cheaper|less"
        r"|below)\b)",
    )
    cue(Cue.POL, "many", r"(?<=how )many\s+of\s+(?:you|us)\b")
    # gives: terms settled for the customer ("done, net 45 for them")
    num(
        "give",
        "payment_terms",
        "days",
        r"(?:(?<=net \d\d)|(?<=net-\d\d)|(?<=net \d\d\d))(?=\s+for\s+(?:them|him|her|the\s+customer"
        r"|the\s+client)\b)",
        qty=True,
    )
    # gives: our best price named as a sum ("Our best: £38,500 all-in"; the sum is the price)
    give(
        "discount",
        "best",
        rf"(?<=our )best(?:\s+(?:price|offer|number))?\s*:\s*{MONEY}(?![\d,.]|\s?(?:k|m|mm|bn"
        r"|thousand|million|grand)\b|\s*(?:off|discount|less|lower|reduction|credit|rebate)\b)"
        r"(?:\s+all[\s-]in)?",
    )
    # gives: work charged at cost ("implementation at cost")
    give(
        "discount",
        "implementation onboarding setup set-up services training migration consulting",
        r"(?:implementation|onboarding|setup|set-up|services|training|migration|consulting)\s+"
        r"(?:services\s+|fees?\s+)?at\s+cost\b",
    )
    # not policy: a trailing note that the system was updated ("net 45 for them, updated in CPQ")
    cue(
        Cue.NOOP,
        "updated",
        r"(?:(?<=, )|(?<=; )|(?<=and ))updated\s+in\s+(?:cpq|sf|salesforce|crm|hubspot"
        r"|the\s+crm)\b",
    )
    give(
        "payment_terms",
        "net",
        r"net[\s-]?\d{1,3}\b(?=\s+for\s+(?:them|him|her|the\s+customer|the\s+client)\b)",
        qty=True,
    )
    # gives: a higher tier's features at a lower tier's price ("gets Enterprise features (SSO,
    # audit log) at Pro price"): more for the same money
    give(
        "scope",
        "features feature capabilities modules",
        r"(?:features?|capabilities|modules)\s+(?:\([^()]{0,60}\)\s+)?at\s+(?:the\s+)?[a-z-]+\s+"
        r"(?:price|pricing|rate|tier\s+price)\b",
    )
    # not moves: advice to the team ("always ask what they will give back — term, volume,
    # reference")
    cue(
        Cue.POL,
        "always",
        r"always\s+(?:ask|get|push|insist|make\s+sure|request|trade)\b",
    )
    # gives: a free trial with its length after it ("Pilot 60 days free, no cost")
    give(
        "trial",
        "pilot pilots trial trials poc",
        rf"(?:pilot|trial|poc)s?\s+(?:for\s+|of\s+)?{N}[\s-]?(?:days?|weeks?|months?)\s+(?:free|at\s+no"
        r"\s+cost|no\s+cost|complimentary|on\s+us)\b",
        qty=True,
    )
    # gives: a counter named by a bare number ("going to counter with 12, nothing more"): that
    # percent
    give(
        "discount",
        "#",
        r"(?:(?<=counter with )|(?<=counter at )|(?<=countered with )|(?<=countered at )"
        r"|(?<=come back with )|(?<=come back at )|(?<=came back with )|(?<=came back at ))"
        r"[1-9]\d?(?:\.\d)?\b(?!\s*(?:%|[a-z]))",
        qty=True,
    )
    # offer context: a move the author thinks we can make ("I think we can do net 60 + 10")
    cue(
        Cue.CTX | Cue.GIVEV,
        "think",
        r"(?<=i )think(?=\s+(?:we|i)\s+(?:can|could)\s+(?:do|offer|give|go\s+to|live\s+with)\b)",
    )
    _first(number_rules, _NUM_START_T31)
    _first(rules, _START_T31, _FIRST_START)

    # -- SECTION-t33 (refusals said as "I'm not going to", "I didn't agree", "neither is possible",
    # "we walked away"; a trial's budget that is no give; news that carries no move: a rival's
    # bundle or price cut, team logistics under a topic label; asks that are no get: a prospect
    # asking us for a reference to call, marketing looking for case studies, a session on how to
    # ask, how-to questions, a past prepayment; approval asked as "would appreciate an ok",
    # "above my pay grade", "asking for an exception"; ties said as "once we're talking", "the
    # only thing I need from you", "if we land there", "if we commit"; gets: converting a trial
    # by a date, a term stated as "the term to be 24 months", a decision by a date; gives: fees
    # phased, a free month of an add-on as a trial, last year's or the current rate carried onto
    # an expansion, a bare size said to be fine, net terms as a bullet; not gives: the seats a
    # price applies to)
    _NUM_START_T33 = len(number_rules)  # this section's number rules go first (see its end)
    _START_T33 = len(rules)  # and its phrase rules before the other sections' (see its end)
    # refusals: "I'm not going to — they've had 90 days"
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "going",
        r"(?:(?<=i'm not )|(?<=i am not )|(?<=we're not )|(?<=we are not ))going\s+to\b"
        r"(?=\s*(?:[.,;!—–-]|$))",
    )
    # refusals: "I didn't agree and they accepted the quote as is"
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "didn't",
        r"(?:(?<=i )|(?<=we ))didn't\s+(?:agree|accept|give\s+in|cave)\b(?!\s+to\s+(?:a|an|the)\b)",
    )
    # refusals: "I said neither is possible"
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "neither",
        r"neither\s+(?:is|was|are|were|one\s+is)\s+(?:possible|doable|an\s+option|on\s+the\s+table"
        r"|happening|workable)\b",
    )
    # refusals: "We walked away — margins wouldn't survive it"
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "walked",
        r"(?:(?<=we )|(?<=i ))walked\s+away\b",
    )
    # not gives: a trial's budget named as a reason ("the pilot budget's used up")
    cue(
        Cue.NOOP,
        "pilot pilots trial trials poc pocs",
        r"(?:pilot|trial|poc)s?\s+budgets?(?:'s)?\b",
    )
    # not moves: a rival's bundle or price news ("competitor Brightlane is now bundling premium
    # support for free", "Omniware cut their prices 15% across the board")
    cue(
        Cue.POL,
        "competitor competitors rival rivals",
        r"(?:competitor|rival)s?\s+(?:[a-z0-9&'.-]+\s+){0,2}?(?:is|are|has|have)\s+(?:now\s+)?"
        r"(?:bundling|offering|giving|including|discounting|cutting|dropping|throwing\s+in)\b",
    )
    cue(
        Cue.POL,
        "cut cuts slashed dropped",
        r"(?<!we )(?<!i )(?<!to )(?<!can )(?<!could )(?<!would )(?:cut|cuts|slashed|dropped)\s+"
        r"(?:their|its)\s+(?:own\s+)?(?:list\s+)?(?:prices|pricing|rates)\b",
    )
    # not moves: team logistics under a topic label ("Travel: the train has 30% off this month")
    cue(
        Cue.POL,
        "travel perk perks lunch offsite parking expenses",
        r"(?:travel|perks?|lunch|offsite|parking|expenses)\s*:",
    )
    # not gets: a prospect asking us for a reference to call ("asked for a reference customer
    # they could call")
    cue(
        Cue.NOOP,
        "reference references",
        r"(?:(?<=asked for a )|(?<=asked for )|(?<=asking for a )|(?<=asking for )|(?<=wants a )"
        r"|(?<=want a )|(?<=requested a ))references?(?:\s+(?:customers?|accounts?|sites?))?\b"
        r"(?=\s+(?:they|he|she)\s+(?:could|can|might)\s+(?:call|speak|talk)|\s+to\s+(?:call|speak"
        r"|talk))",
    )
    # not gets: marketing looking for customers to feature ("Marketing is looking for customers
    # willing to do case studies")
    cue(
        Cue.POL,
        "marketing",
        r"marketing\s+(?:team\s+)?(?:is|are)\s+(?:looking|asking|searching)\s+for\b",
    )
    # not moves: a session or guide on how to trade ("Session 3 covers how to ask for
    # multi-year")
    cue(Cue.POL, "covers cover covering", r"(?:covers?|covering)\s+how\s+to\b")
    # not moves: how-to questions to the team ("how do you all usually get a case study out of
    # a customer?")
    cue(
        Cue.POL | Cue.INFO,
        "usually typically normally",
        r"(?:(?<=do you all )|(?<=do you )|(?<=do people )|(?<=do others )|(?<=do folks )"
        r"|(?<=do we ))(?:usually|typically|normally)\s+(?:get|handle|ask|approach|negotiate|push"
        r"|deal\s+with)\b",
    )
    # not gets: a prepayment in the past given as a reason ("they prepaid last time")
    cue(
        Cue.NOOP,
        "prepaid",
        r"(?<=they )prepaid\s+(?:last\s+(?:time|year|term|renewal)|previously|before)\b",
    )
    # ask a colleague: "would appreciate an ok on a 24-month rate lock"
    cue(
        Cue.AP,
        "appreciate",
        r"appreciate\s+(?:an?\s+|your\s+)?(?:quick\s+)?(?:ok|okay|approval|sign[\s-]?off"
        r"|green\s+light|go[\s-]ahead|blessing)\b",
    )
    # ask a colleague: "Above my pay grade, need you."
    cue(
        Cue.AP,
        "pay",
        r"(?:(?<=above my )|(?<=beyond my )|(?<=over my )|(?<=outside my ))pay\s+grade\b",
    )
    # ask a colleague: "Leadership — asking for an exception on Orbis"
    cue(
        Cue.AP,
        "asking",
        r"(?:(?<=-  )|(?<=- )|(?<=: )|(?<=i'm )|(?<=i am )|(?<=we're )|(?<=we are ))asking"
        r"(?=\s+for\s+(?:an?\s+)?(?:exception|approval|sign[\s-]?off|waiver)\b)",
    )
    # ties: a give once the get is under way ("flexible on payment timing once we're talking to
    # her")
    cue(
        Cue.COND | Cue.ANA | Cue.CTX,
        "once",
        r"once(?=\s+(?:we're|we\s+are|we've|we\s+have)\s+(?:talking|speaking|meeting|in\s+touch"
        r"|connected|introduced)\b)",
    )
    # ties: the get named as all we need back ("the only thing i need from you is a signature")
    cue(
        Cue.COND | Cue.CTX,
        "only",
        r"(?<=the )only\s+thing\s+(?:i|we)\s+(?:need|ask|want)\s+(?:from\s+you|in\s+return|back)\b",
    )
    # ties: the give of the sentence before pointed at ("they'll sign this week if we land there",
    # "They'd sign Monday if we commit.")
    cue(
        Cue.COND | Cue.ANA | Cue.CTX,
        "land commit",
        r"(?:(?<=if we )|(?<=if i ))(?:land\s+(?:there|at\s+that|on\s+that)|commit)\b"
        r"(?=\s*(?:[.!?,;)]|$))",
    )
    # gets: a trial converted by a date ("if you convert before it ends", "convert by Friday")
    get(
        "faster_signature",
        "convert converts converting",
        r"convert(?:s|ing)?\s+(?:to\s+(?:paid|a\s+paid\s+plan)\s+)?(?:before|by|within|ahead\s+of)"
        r"\s+(?:the\s+|it\s+|the\s+trial\s+|the\s+pilot\s+)?[a-z0-9]+",
    )
    # gets: a term stated as what it must be ("we'd need the term to be 24 months")
    get(
        "term_commitment",
        "term contract",
        rf"(?:term|contract)\s+to\s+be\s+(?:at\s+least\s+)?{YM}",
        qty=True,
    )
    # gets: a decision by a date ("we need a decision by end of quarter")
    get(
        "faster_signature",
        "need needs",
        r"(?<=we )need\s+(?:a|your|their)\s+(?:final\s+)?(?:decision|answer|go[\s-]ahead)\s+"
        + DEADLINE,
    )
    # gives: fees phased or spread ("phasing the rollout fees")
    give(
        "payment_terms",
        "phase phased phasing",
        r"phas(?:e|ed|ing)\s+(?:the\s+|our\s+|their\s+)?(?:[a-z-]+\s+)?(?:fees?|payments?|invoices?"
        r"|billing|costs?|charges?)\b",
    )
    # gives: a free month of an add-on or module is a trial of it ("a free month of the
    # analytics add-on")
    num(
        "give",
        "trial",
        "months weeks",
        r"(?:(?<=free month)|(?<=free months)|(?<=free week)|(?<=free weeks))\s+of\s+"
        r"(?:the\s+|our\s+)?(?:[a-z-]+\s+){0,2}?(?:add[\s-]?on"
        r"|module|tier|plan|feature)s?\b",
        qty=True,
    )
    # gives: last year's or the current rate carried onto an expansion ("last year's rate on
    # their expansion", "extend your current per-seat rate to their seats too")
    give(
        "price_lock",
        "last",
        r"last\s+year's\s+(?:rates?|price|pricing)\s+(?:on|for)\s+(?:the\s+|their\s+|its\s+)?"
        r"(?:expansion|added\s+seats|new\s+seats|additional\s+seats|upsell|add[\s-]?ons?)\b",
    )
    give(
        "price_lock",
        "extend extending",
        r"extend(?:ing)?\s+(?:your|their|the|our)\s+(?:current|existing)\s+(?:[a-z-]+\s+)?"
        r"(?:rates?|price|pricing)\s+to\b",
    )
    # gives: a bare size said to be fine ("If they do, 5% is fine.")
    num(
        "give",
        "discount",
        "pct",
        r"\s+(?:is|would\s+be|'s)\s+(?:fine|ok|okay|acceptable)\b",
        qty=True,
    )
    # gives: payment terms listed as a bullet of an offer ("• 12% off list\n• net 45")
    give(
        "payment_terms",
        "net",
        r"(?:(?<=• )|(?<=\n- )|(?<=\n\* ))net[\s-]?\d{1,3}\b",
        qty=True,
    )
    # not gives: the seats a price applies to ("15% across the full 1,000 seats")
    cue(
        Cue.NOOP,
        "across",
        rf"across\s+(?:the\s+|all\s+)?(?:full\s+|whole\s+|entire\s+|total\s+)?{SEATS}",
    )
    _first(number_rules, _NUM_START_T33)
    _first(rules, _START_T33, _FIRST_START)

    # -- SECTION-t32 (refusals said as "haven't offered anything" or "still a no from finance",
    # standard terms the customer accepted, alternatives inside a cap ("CPI or 4%, whichever is
    # lower"), decisions expected and reasons given ("since you're consolidating"), agreement and
    # conversion by a date, billing by phase, going below the price floor, committing to the
    # customer's timeline or moving a go-live to fit it, blessing asked, removal of a tier, ties
    # said as "this needs ..." after an offer, a ceiling named by a bare number ("max 15"), the
    # rate of the original contract kept for an expansion, permission to use a logo (a get, no
    # approval ask), "what's the chance we can" as a permission question)
    _NUM_START_T32 = len(number_rules)  # this section's number rules go first (see its end)
    _START_T32 = len(rules)  # and its phrase rules before the other sections' (see its end)
    # refusals: nothing offered yet ("I haven't offered anything yet", "we haven't given them a
    # thing")
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "offered given promised conceded",
        r"(?:(?<=haven't )|(?<=have not )|(?<=hasn't )|(?<=has not )|(?<=didn't )|(?<=did not ))"
        r"(?:offered|given|promised|conceded)\s+(?:them\s+|him\s+|her\s+)?(?:anything|a\s+thing"
        r"|nothing)\b",
    )
    # refusals: a no reported from a colleague ("Still a no from finance", "it's a no from legal")
    cue(
        Cue.NEG | Cue.PNEG | Cue.REFUSAL,
        "no",
        r"(?:(?<=still a )|(?<=it's a )|(?<=that's a )|(?<=its a )|(?<=got a )|(?<=firm )"
        r"|(?<=hard ))no\s+from\s+(?:finance|legal|the\s+deal\s+desk|deal\s+desk|my\s+[a-z]+"
        r"|our\s+[a-z]+|leadership|management|the\s+cfo|the\s+cro|[a-z]+)\b",
    )
    # not gives: the standard term the customer settled for ("They accepted net 30 after some
    # grumbling")
    cue(
        Cue.NOOP,
        "accepted accepts accept",
        r"(?:(?<=they )|(?<=customer )|(?<=client ))accept(?:ed|s)?\s+(?:our\s+)?(?:standard\s+)?"
        r"net[\s-]?30\b",
    )
    # gives: one of the options of a cap is the cap's size ("they suggested CPI or 4%, whichever
    # is lower")
    num(
        "give",
        "price_lock",
        "pct",
        r"\s*,?\s*whichever\s+is\s+(?:lower|higher|less|greater|smaller|larger)\b",
        qty=True,
    )
    # not gets: the customer's decision date reported ("decision now expected Apr 12")
    cue(
        Cue.NOOP,
        "decision decisions",
        r"decisions?\s+(?:is\s+|are\s+)?(?:now\s+)?(?:expected|due|slated|scheduled|planned|pushed"
        r"|moved)\b",
    )
    # not gets: the customer's own change given as the reason ("Since you're consolidating teams
    # onto the platform, ...")
    cue(
        Cue.NOOP,
        "consolidating migrating moving standardizing standardising",
        r"(?:(?<=since you're )|(?<=since you are )|(?<=since they're )|(?<=since they are )"
        r"|(?<=as you're )|(?<=as they're ))(?:consolidating|migrating|moving|standardi[sz]ing)"
        r"(?:\s+[a-z-]+){0,4}?\s+(?:on|onto|to)\s+(?:the|our)\s+(?:platform|product|tool|system)\b",
    )
    # gets: agreement reached by a date ("If we can agree on everything by Friday")
    get(
        "faster_signature",
        "agree agreed",
        r"agree(?:d)?\s+(?:on|to)\s+(?:everything|all\s+(?:of\s+)?(?:it|this|the\s+terms)|terms"
        rf"|the\s+terms|the\s+deal|a\s+deal|final\s+terms)\s+{DEADLINE}",
    )
    # gets: a trial converted by a date ("if they convert by March 31")
    get(
        "faster_signature",
        "convert converts converting converted",
        rf"convert(?:s|ing|ed)?\s+(?:to\s+(?:paid|a\s+paid\s+[a-z]+)\s+)?{DEADLINE}",
    )
    # gets: a term confirmed by a date ("If you're able to confirm the 2-year term by 30 June")
    get(
        "faster_signature",
        "confirm confirms confirming",
        rf"confirm(?:s|ing)?(?=\s+(?:the\s+|your\s+|their\s+)?(?:{N}[\s-]?(?:years?|yrs?|months?)\s+)?"
        rf"(?:term|deal|order|contract|agreement|renewal|commitment)\s+{DEADLINE})",
    )
    # gives: billing split by phase ("billed each phase separately", "invoice per milestone")
    give(
        "payment_terms",
        "billed bill billing invoiced invoice invoicing",
        r"(?:bill(?:ed|ing)?|invoic(?:e|ed|ing))\s+(?:each|per|by|for\s+each)\s+(?:phase|stage"
        r"|milestone|module|site|wave)(?:\s+separately)?\b",
    )
    # gives: a price below our floor ("Permission to go below floor on Ashcombe?")
    give(
        "discount",
        "go going went drop dropping",
        r"(?:go|going|went|drop|dropping)\s+below\s+(?:the\s+|our\s+)?(?:price\s+|pricing\s+"
        r"|discount\s+)?floor\b",
    )
    # gives: the customer's timeline committed to ("I'd like to commit to Sterling Ports'
    # timeline")
    give(
        "delivery",
        "commit committing",
        r"commit(?:ting)?\s+to\s+(?:their|the\s+customer's|the\s+client's|(?:[a-z0-9&.-]+\s+){0,2}"
        r"[a-z0-9&.-]+(?:'s|'))\s+(?:go[\s-]?live\s+)?(?:timeline|timeframe|deadline|launch\s+date"
        r"|go[\s-]?live\s+date|date)\b",
    )
    # gives: a go-live moved to fit the customer ("agreed to move their go-live to line up with
    # their fiscal year")
    give(
        "delivery",
        "move moved moving",
        r"mov(?:e|ed|ing)\s+(?:their|the|your)\s+(?:go[\s-]?live|launch|start|kick[\s-]?off)"
        r"(?:\s+date)?(?=\s+to\s+(?:line\s+up|align|match|fit|coincide)\b)",
    )
    # ask a colleague: blessing asked ("Blessing for 5?", "blessing on this one?")
    cue(Cue.AP, "blessing", r"blessing\s+(?:for|on)\b")
    # gets: a tier taken out ("if you take out the premium support tier")
    get(
        "scope_reduction",
        "take taking took",
        r"(?:take|taking|took)\s+out\s+(?:the\s+|their\s+|your\s+)?(?:[a-z-]+\s+){0,2}?(?:tier"
        r"|option|line|package|support|element)s?\b",
    )
    # ties: the offer's condition in the next sentence ("Our best offer: 18% off. This needs a
    # signature by Friday")
    cue(
        Cue.COND | Cue.ANA,
        "needs requires",
        r"(?:(?<=this )|(?<=both )|(?<=offer ))(?:needs|requires)\b",
    )
    # gives: a ceiling named by a bare number ("Max 15 and only if they do 2 years"): that
    # percent
    cue(Cue.CTX, "max maximum", r"max(?:imum)?(?=\s+[1-9]\d?(?:\.\d)?\s+(?:and|but)\s+only\b)")
    give(
        "discount",
        "#",
        r"(?:(?<=max )|(?<=maximum ))[1-9]\d?(?:\.\d)?\b(?=\s+(?:and|but)\s+only\b)",
        qty=True,
    )
    # gives: the original contract's rate kept for an expansion ("keep you at $42/user, the same
    # rate as your original contract")
    give(
        "price_lock",
        "same",
        r"same\s+(?:rate|price|pricing|per[\s-](?:seat|user)\s+(?:rate|price))\s+as\s+(?:your|their"
        r"|the)\s+(?:original|current|existing|initial|first)\s+(?:contract|deal|agreement|order)\b",
    )
    # gets, no approval ask: permission to use the customer's logo or name ("permission to use
    # your logo")
    cue(
        Cue.NOOP,
        "permission",
        r"permission\s+to(?=\s+(?:use|publish|feature|display|show|quote)\s+(?:your|their|the)\b)",
    )
    # permission question: "what's the chance we can give them ..."
    cue(
        Cue.PQ | Cue.CTX,
        "chance chances",
        r"(?<=the )chances?\s+(?:that\s+)?(?:we|i)\s+(?:can|could)\b",
    )
    # not gives: the customer's opening ask named before our counter ("Started at an 18% ask from
    # their procurement", "rejected the 25% ask")
    num("cue", None, "pct", r"\s+asks?\b(?!\s+(?:for|of|to)\b)", flags=Cue.NOOP)
    # gets: a term named on an auto-renewal ("in exchange for a 3-yr auto-renew")
    num("get", "term_commitment", "years months", r"[\s-]+auto[\s-]?renew(?:al|als|s)?\b", qty=True)
    # gives: the size of a matched price against our quote ("That's about 11% below our quote")
    num(
        "give",
        "discount",
        "pct",
        r"\s+(?:below|under|less\s+than|lower\s+than|off)\s+(?:our|the)\s+(?:quote|quoted\s+price"
        r"|list(?:\s+price)?|proposal|price|offer)\b",
        qty=True,
    )
    # not refusals: holding at the size just offered ("I'd rather give them 5% and hold the line
    # there")
    cue(
        Cue.NOOP,
        "hold holding",
        r"(?:(?<=and )|(?<=, ))hold(?:ing)?\s+the\s+line\s+(?:there|at\s+that|at\s+(?:that|this)"
        r"\s+(?:number|level|price))\b",
    )
    # not gives: a rep's progress against quota ("I'm at 84% with 2 weeks left", "92% of quota")
    num(
        "cue",
        None,
        "pct",
        r"\s+(?:of\s+|to\s+)(?:quota|target|plan|goal|number)\b|\s+with\s+(?:\d+|a|one|two|three"
        r"|four|five|six)\s+(?:weeks?|days?|months?)\s+(?:left|to\s+go|remaining)\b",
        flags=Cue.NOOP | Cue.POL,
    )
    # gets: the whole order committed to ("if they commit to all 120", "commit to the full 300")
    get(
        "volume",
        "commit commits committing",
        r"commit(?:s|ting)?\s+to\s+(?:all|the\s+full|the\s+whole|the\s+entire)\s+\d[\d,]*\b"
        r"(?![\s-]*(?:%|[a-z]))",
    )
    # (payment terms as an item of a bulleted offer: SECTION-t33 reads them)
    _first(number_rules, _NUM_START_T32)
    _first(rules, _START_T32, _FIRST_START)

    _first(rules, _FIRST_START)  # these first: earlier rules win

    # -- fallbacks, tried after every other rule under the same head word -------------------------
    # gives: a better tier for nothing ("upgrade for free in Q3")
    _add("obj", "scope", "upgrade upgrades upgrading", None)
    # gives: anything else waived is a price given up ("waive the minimum commit")
    give(
        "discount",
        "waive waiving",
        r"waiv(?:e|ing)\s+(?:the|their|our|any|all|that|this)(?:\s+(?!for\b|if\b|and\b|to\b)"
        r"[a-z0-9'-]+){1,3}",
    )
    return Vocabulary(tuple(rules), tuple(number_rules))
