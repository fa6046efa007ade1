"""Who moved, and how: the stance of each give the reader found, and its amount mode.

The reader (:mod:`coaching.reader`) finds the concessions and returns in a line;
this module reads the line as a move in a live deal (DIALOGUE_CONTRACT.md):
whether each concession is the customer's ask, our offer, or one we refused;
whether a number is a new total ("went to 7% total"), a step ("another 2%") or
bare; whether the line only informs or asks the coach a question. It works per
clause: a clause's own cue decides, else the cue of the clause before it in the
same sentence, else the line's default (our move, as reps write their own moves
without a subject: "ok 9%", "another 2% if they prepay").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from coaching.analysis import Analysis, Item
from coaching.deal_facts import UNIT_KINDS
from coaching.reader import MAX_CHARS, classify_get, read_quantity

Kinds = list[tuple[str, str | None]]  # the kinds a deal stands on, the latest first


class Side(StrEnum):
    ASK = "ask"  # the customer asks for it
    GIVE = "give"  # we offer, agree, already gave or intend to give it
    GET = "get"  # what we ask for or obtained in return
    REFUSED = "refused"  # we said no to it


class Mode(StrEnum):
    TOTAL = "total"  # "7% total", "went to 7%", "best and final 9%"
    STEP = "step"  # "another 2%", "2 more points", "by 10 days"
    BARE = "bare"  # a bare number: a total when larger than where we stand


class LineKind(StrEnum):
    MOVES = "moves"
    INFO = "info"  # a Communicate answer: what they need, who signs
    QUESTION = "question"  # a question to the coach
    NOTHING = "nothing"


@dataclass(frozen=True, slots=True)
class ReadMove:
    side: Side
    kind: str
    amount: float | None
    unit: str | None
    mode: Mode = Mode.BARE
    words: str = ""  # the rep's own words (for gets)
    price: bool = False  # the amount is a target price, not an amount off


@dataclass(frozen=True, slots=True)
class LineReading:
    kind: LineKind
    moves: tuple[ReadMove, ...] = ()
    refers_to_ask: bool = False  # "giving it to close": the customer's current ask

    def of_side(self, side: Side) -> list[ReadMove]:
        return [m for m in self.moves if m.side is side]


@dataclass(frozen=True, slots=True)
class _Patterns:
    us: re.Pattern[str]
    them: re.Pattern[str]
    ask: re.Pattern[str]
    not_ask: re.Pattern[str]
    proposal: re.Pattern[str]
    give: re.Pattern[str]
    refusal: re.Pattern[str]
    says: re.Pattern[str]
    wh_question: re.Pattern[str]
    step_before: re.Pattern[str]
    step_after: re.Pattern[str]
    total_before: re.Pattern[str]
    total_after: re.Pattern[str]
    price_before: re.Pattern[str]
    off_after: re.Pattern[str]
    pronoun_give: re.Pattern[str]
    quote: re.Pattern[str]
    said: re.Pattern[str]
    pasted: re.Pattern[str]
    clause_split: re.Pattern[str]
    sentence_split: re.Pattern[str]
    points: re.Pattern[str]
    days: re.Pattern[str]
    condition: re.Pattern[str]
    subordinate: re.Pattern[str]
    rejected: re.Pattern[str]
    yes_no: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """Compiled once, on first use (nothing is built at import)."""
    us = r"(?:i|we|i'?ll|we'?ll|i'?d|we'?d|i'?m|we'?re|i'?ve|we'?ve|ill|id|im|ive|me|us|our|my)"
    them = (
        r"(?:they|they'?re|theyre|they'?ll|they'?d|theyd|them|their|buyer|customer|client|"
        r"cfo|ceo|coo|cto|procure?ment|procurment|legal|finance|ap|purchasing|vp|he|she|"
        r"the trust|the board|ops lead|it team|head of \w+)"
    )
    return _Patterns(
        us=re.compile(rf"\b{us}\b"),
        them=re.compile(rf"\b{them}\b"),
        ask=re.compile(
            r"\b(?:wants?|wanted|wanting|asking|asked|asks|ask(?:ing)? for|pushing|push(?:es)?"
            r"|pushed|demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|holding out|held out|hold(?:s)? out"
            r"|opened (?:at|with)|opening at|came back|coming back|countered|counter(?:ing)? at"
            r"|came in (?:at|with|hot)|come in at|landed on|sitting at|settled on"
            r"|needs?(?=\s+(?:us\b|from us|a\b|an\b|more|another|extra|net\b|[$€£]?\d))"
            r"|requir(?:e|es|ed|ing)|request(?:s|ed|ing)?|expect(?:s|ed|ing)?"
            r"|looking for|hoping for|holding at|stuck at|still at|now at|won'?t budge"
            r"|is after|are after|angling for|fishing for|pressing for|proposed|propose)\b"
        ),
        not_ask=re.compile(
            r"\b(?:didn'?t|did not|don'?t|do not|never|without|not|nothing|no need)\s+"
            r"(?:\w+\s+)?(?:ask|asking|asked|want|need)"
        ),
        proposal=re.compile(
            r"\b(?:they'?d|theyd|they would|they'?ll|they will|they could|they can|they offered"
            r"|they'?re offering|they are offering)\s+(?:do|sign|commit|prepay|pay|accept|go|take"
            r"|agree|offer|renew|add|buy)\b"
            r"|\btheir\s+(?:offer|proposal|counter(?:[\s-]?offer)?|terms)\b"
            r"|\b(?:they'?re|theyre|they are|they'?d be|he'?s|she'?s|buyer'?s|cfo'?s)\s+"
            r"(?:fine|ok|okay|happy|good|cool)\s+with\b|\bthey\s+can\s+live\s+with\b"
        ),
        give=re.compile(
            rf"\b(?:offer(?:ed|ing|s)?|gave|give|giving|given|go(?:ing)? to|went to|go up to"
            rf"|moved? (?:to|up)|moving to|agreed|agree|extend(?:ed|ing)?|threw in|throw(?:ing)? in"
            rf"|tossed in|included?|including|waived?|waiving|proposed|propose|counter(?:ed)?"
            rf"|final offer|best and final|last and final|thinking of|tempted|planning to"
            rf"|going with|settled? (?:at|on)|landed at|came down to|come down to|dropped to"
            rf"|bump(?:ed|ing)?|knock(?:ed|ing)?|shav(?:e|ed|ing)|cut|lower(?:ed)?|sweeten(?:ed)?"
            rf"|met them|meet them|matched|match|stretch(?:ed)?|sent (?:\w+\s+){{0,3}}saying"
            rf"|added|adding|came down|come down|dropped|drop it|threw|tossed|floated|pitched"
            rf"|conceded|concede|put forward|caved|gave in|all the way to|as far as"
            rf"|{us} (?:can|could|will|would|might|should)|can do|could do|happy to|willing to"
            rf"|told them|said we|said yes|ok'?d|okayed|promised|committed to|accepted|accept)\b"
        ),
        refusal=re.compile(
            rf"\b(?:(?:told|said|say|tell)(?: them| him| her| their \w+)? no\b"
            rf"|{us} (?:can'?t|cannot|won'?t|will not|declined|refused|rejected"
            rf"|turned (?:it |that )?down|passed on)"
            rf"|said no to|refused|declined|not (?:doing|giving|offering)|no way|is a no|a no from"
            rf"|^\s*(?:can'?t|cannot|can not|won'?t|couldn'?t)\s+"
            rf"(?:do|go|give|offer|agree|accept|meet)"
            rf"|is a non-?starter|not happening|off the table|nope on)\b"
        ),
        says=re.compile(r"\b(?:say|says|said|saying|told us|tell us)\b(?!\s+(?:no|yes)\b)"),
        wh_question=re.compile(
            r"^\s*(?:\S+\s+){0,3}?(?:what|who|how|which|when|where|why|any tips|tips|thoughts"
            r"|ideas|advice|should i|should we|do i|do we|is it|is there|are there)\b"
        ),
        step_before=re.compile(
            r"(?:\banother|\bextra|\badditional|\bfurther|\bby|\bup)\s*(?:\w+\s+){0,2}$"
        ),
        step_after=re.compile(
            r"^\s*(?:\w+\s+){0,1}(?:more|extra|additional|further|on top|on the pilot more)\b"
        ),
        total_before=re.compile(
            r"(?:\bto|\bat|\btotal(?: of)?|\ball in|\bfinal(?: offer)?|\bbest and final"
            r"|\blast and final|\bnow)\s*(?:of\s+)?(?:net\s+)?$"
        ),
        total_after=re.compile(
            r"^\s*(?:\S+\s+){0,3}?(?:total|in total|all in|all-in|overall|altogether|in all"
            r"|all told|combined)\b"
        ),
        price_before=re.compile(
            r"(?:\bdown to|\bcome to|\bpay|\bpaying|\bprice of|\bpriced at|\bbudget of|\bbudget is"
            r"|\bprice (?:is|at|to)|\bfor|\bland at|\bclose at)\s*$"
        ),
        off_after=re.compile(r"^\s*(?:\S+\s+){0,2}?(?:off|discount|reduction|cut|less)\b"),
        pronoun_give=re.compile(
            r"\b(?:give|giving|gave|do|doing|accept|accepting|agree to|meet|meeting|match|matching"
            r"|go with|offer|offering)\s+(?:them\s+|him\s+|her\s+)?(?:it|that|this|their number"
            r"|what they (?:asked|want)(?:ed)?(?: for)?)\b"
        ),
        quote=re.compile(r"[\"“”]([^\"“”]{1,300})[\"“”]"),
        said=re.compile(
            r"(?:\bsaid|\bsays|\bquote|\bwrote|\bput it|\bliterally|\btold us|\bverbatim)"
            r"\W{0,3}\s*$"
        ),
        pasted=re.compile(
            r"(?:^|\n)\s*(?:hi|hello|dear|hey|good (?:morning|afternoon))\b[^\n]{0,40},?\s*\n"
            r"|(?:^|\n)\s*(?:-{2,}\s*original message|from:\s|begin forwarded message)"
        ),
        clause_split=re.compile(r",|\s-\s|\s—\s|\bbut\b|\bthough\b|\band then\b|\bthen\b"),
        sentence_split=re.compile(r"(?:(?<!\d)\.|\.(?!\d)|[!?;\n])+"),
        points=re.compile(
            r"(?<![\w.])(\d{1,3}(?:\.\d+)?|a|one|another|half a|half|an extra)\s*(?:more\s+)?"
            r"(?:points?|pts?|ppts?)\b"
        ),
        days=re.compile(r"(\d{1,3})\s*(?:more\s+|extra\s+)?days?\b"),
        condition=re.compile(r"\b(?:if|when|once|provided|as long as|so long as|unless)\b"),
        subordinate=re.compile(r"\b(?:before|b4|after|until|till|because|since|while|so that)\b"),
        rejected=re.compile(
            r"^\s*(?:%|pct|percent|days?|seats?)?\s*(?:\w+\s+)?(?:doesn'?t|does not|won'?t|isn'?t"
            r"|is not"
            r"|wasn'?t|was not|is too|was too|is a joke|was a joke|is insulting|not enough|no good"
            r"|is off|is low|too (?:low|short|small|little|much))\b"
        ),
        yes_no=re.compile(
            r"^\s*(?:(?:so|ok|hmm|and|but)\W+)?(?:is|are|was|would|should|shall|can|could|do|does"
            r"|did|am|may|might|will|what|who|how|which|when|where|why)\b"
        ),
    )


@dataclass(frozen=True, slots=True)
class _Clause:
    start: int
    end: int
    sentence: int
    text: str


def _clauses(t: str) -> list[_Clause]:
    p = _patterns()
    out: list[_Clause] = []
    sentence = 0
    pos = 0
    for m in p.sentence_split.finditer(t + "\n"):
        seg_start, seg_end = pos, m.start()
        pos = m.end()
        if seg_end > seg_start:
            cuts = [seg_start] + [
                c.end() + seg_start for c in p.clause_split.finditer(t[seg_start:seg_end])
            ]
            bounds = [*cuts, seg_end]
            for a, b in itertools.pairwise(bounds):
                if b > a:
                    out.append(_Clause(a, b, sentence, t[a:b]))
        sentence += 1
    return out


def _quotes(t: str) -> list[tuple[int, int]]:
    """Spans of the customer's own words: quoted by the rep ("said \"we need 20%\"") or
    pasted (an email from their side, from its greeting on)."""
    p = _patterns()
    spans = []
    pasted = p.pasted.search(t)
    if pasted:  # a pasted email or message from their side: its "we" is the customer
        spans.append((pasted.start(), len(t)))
    for m in p.quote.finditer(t):
        before = t[max(0, m.start() - 30) : m.start()]
        if p.said.search(before):
            spans.append((m.start(1), m.end(1)))
    return spans


def _main(text: str) -> str:
    """A clause's main part: before its condition ("if they ..."), and without a time
    clause ("before they replied I went to ..." is about what I did)."""
    p = _patterns()
    head = p.condition.split(text, maxsplit=1)[0]
    sub = p.subordinate.search(head)
    if sub is None:
        return head
    before, after = head[: sub.start()], head[sub.end() :]
    if (
        p.give.search(before)
        or p.ask.search(before)
        or p.us.search(before)
        or p.them.search(before)
    ):
        return before
    main = p.us.search(after)  # "before they replied, I went to ..."
    return after[main.start() :] if main else before


def _subject(text: str) -> str | None:
    """Who the clause is about before its verb: "us", "them" or None (no subject)."""
    p = _patterns()
    head = _main(text)
    u, th = p.us.search(head), p.them.search(head)
    if u and (not th or u.start() < th.start()):
        return "us"
    if th:
        return "them"
    return None


def _cue(text: str) -> Side | None:
    """The stance a clause states for the concessions in it, if it states one."""
    p = _patterns()
    head = _main(text)
    refusal = p.refusal.search(head)
    if refusal and (p.us.search(refusal.group(0)) or _subject(head[: refusal.start()]) != "them"):
        return Side.REFUSED
    if p.proposal.search(text):
        return Side.ASK
    ask = p.ask.search(head)
    if ask and not p.not_ask.search(head):
        who = _subject(head[: ask.start()])
        if who != "us":
            return Side.ASK
    says = p.says.search(head)  # "they say 9 or no deal": their number, in their words
    if says and _subject(head[: says.start()]) == "them" and not p.give.search(head):
        return Side.ASK
    give = p.give.search(head) or p.give.search(text)
    if give:
        if not p.us.search(give.group(0)) and _subject(head[: give.start()]) == "them":
            return Side.ASK  # "they dropped their ask to 12": the customer moved
        return Side.GIVE
    return None


def _locate(t: str, item: Item, start: int) -> int:
    """Where in the line the reader found ``item`` (its words, else its number)."""
    words = item.text.casefold().strip()
    if words:
        at = t.find(words, start)
        if at < 0:
            at = t.find(words)
        if at >= 0:
            return at
    if item.amount is not None:
        number = f"{item.amount:g}"
        for candidate in (number, number.rstrip("0")):
            at = t.find(candidate)
            if at >= 0:
                return at
    return start


def _mode(t: str, at: int, item: Item) -> Mode:
    p = _patterns()
    if item.amount is not None:  # read the words around the number, not the move's verb
        digit = re.search(r"[$€£]?\d", t[at : at + max(len(item.text), 1)])
        if digit:
            at += digit.start()
        else:  # the reader's words end before the size: "extended the trial by 16 days"
            size = re.compile(rf"(?<![\d.]){re.escape(f'{item.amount:g}')}(?![\d])")
            later = size.search(t, at, at + 60)
            if later:
                at = later.start()
    before = t[max(0, at - 40) : at]
    number = re.compile(
        r"[$€£]?\d[\d.,]*(?:\s*[kmKM]\b)?\s*(?:%|pct|percent|days?\b|seats?\b|licen[cs]es?\b)?"
    )
    m = number.match(t, at)
    end = m.end() if m and m.end() > at else at + max(len(item.text), 1)
    after = t[end : end + 40]
    if (
        p.step_before.search(before)
        or p.step_after.search(after)
        or re.search(r"\b(?:another|more|extra|additional)\b", item.text)
    ):
        return Mode.STEP
    if p.total_before.search(before) or p.total_after.search(after):
        return Mode.TOTAL
    return Mode.BARE


def amount_mode(text: str, item: Item) -> Mode:
    """Whether ``item``'s number in ``text`` is a new total, a step or bare (for readers
    of a line that is no move to the coach, such as an approval ask in a channel)."""
    t = text.casefold().replace("’", "'")[:MAX_CHARS]
    return _mode(t, _locate(t, item, 0), item)


def _is_price(t: str, at: int, item: Item) -> bool:
    """A money amount that names a price ("down to $180k"), not an amount off."""
    if item.kind != "discount" or item.unit not in ("USD", "EUR", "GBP"):
        return False
    p = _patterns()
    tail = t[at : at + 40]
    end = re.match(r"[$€£]?\s*\d[\d.,]*\s*[kmKM]?", tail)
    after = tail[end.end() :] if end else tail
    if p.off_after.search(after):
        return False
    return bool(p.price_before.search(t[max(0, at - 20) : at]))


_NUMBER = re.compile(
    r"(?<![\w/.])(?:[$€£]\s?)?\d[\d,]*(?:\.\d+)?(?:\s*[km]\b)?(?![\w/]|\.\d|(?:st|nd|rd|th)\b)"
)
_DATE_BEFORE = re.compile(
    r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\bby|\bon"
    r"|\bq|\bfy|\bnet|\bvs\.?|\bx|\bin|\bpage|\bsection|#)\s*$"
)
_WORD_NUMBERS = {"a": 1.0, "one": 1.0, "another": 1.0, "an extra": 1.0, "half a": 0.5, "half": 0.5}


_UNIT_AFTER = re.compile(
    r"\s*(?:%|pct|percent|days?\b|seats?\b|licen|users?\b|yrs?\b|years?\b|months?\b|mos?\b"
    r"|weeks?\b|wks?\b|[km]\b|x\b)"
)


def _plausible(kind: str, unit: str | None, value: float) -> bool:
    """Whether a bare number could be a total on ``kind``: net terms are 30 days or more
    in fives, a trial a week or more, a percent below 100."""
    if kind == "payment_terms":
        return value >= 30 and value % 5 == 0
    if kind == "trial":
        return 7 <= value <= 365
    if unit == "%":
        return 0 < value < 100
    if unit == "seats":
        return value == int(value) and value > 0
    return False


def _bare(clause: _Clause, latest: Kinds) -> Item | None:
    """A number with no unit in a move ("came back at 9", "bumped it to 7", "give them
    the 8", "they want another 10"), read on the kind it fits that the deal moved on
    last (a discount before a renewal cap, for a percent)."""
    cue = _cue(clause.text)
    if cue not in (Side.ASK, Side.GIVE) and _subject(clause.text) == "us":
        return None
    for m in _NUMBER.finditer(clause.text):
        raw = m.group(0)
        if raw[:1] in "$€£" or raw[-1:] in "kKmM":
            continue
        if _DATE_BEFORE.search(clause.text[: m.start()]):
            continue
        if _UNIT_AFTER.match(clause.text, m.end()):
            continue  # a number with a unit of its own ("2 yrs") is another quantity
        value = float(raw.replace(",", ""))
        fits = [
            (k, u) for k, u in latest if u in ("%", "days", "seats") and _plausible(k, u, value)
        ]
        fits.sort(key=lambda f: f[0] == "price_lock")  # a bare percent is rarely the cap
        if fits:
            return Item(fits[0][0], value, fits[0][1], raw)
    return None


def _price_in(t: str, clause: _Clause | None) -> Item | None:
    """The price a discount is asked or offered at ("come down to $180k"), if the clause
    names one: a money amount that is not an amount off."""
    if clause is None:
        return None
    for m in re.finditer(
        r"[$€£]\s?\d[\d.,]*\s*[km]?\b|\b\d[\d.,]*\s*[km]?\s*(?:usd|eur|gbp)\b", clause.text
    ):
        quantity = read_quantity(m.group(0))
        if quantity is None or quantity[1] not in ("USD", "EUR", "GBP"):
            continue
        item = Item("discount", quantity[0], quantity[1], m.group(0))
        if _is_price(t, clause.start + m.start(), item):
            return item
    return None


def _quantity_at(text: str) -> tuple[int, float, str, str] | None:
    """The first number in ``text`` that carries a unit: where, how much, which unit."""
    for m in _NUMBER.finditer(text):
        quantity = read_quantity(text[max(0, m.start() - 5) : m.start() + 30])  # "net 60"
        if quantity is not None:
            return m.start(), quantity[0], quantity[1], m.group(0)
    return None


def _rejected(t: str, item: Item) -> bool:
    """A number the customer turned down ("8 doesn't work", "21 is too short"): not a move."""
    if item.amount is None:
        return False
    at = _locate(t, item, 0)
    m = re.match(r"[$€£]?\s?\d[\d.,]*(?:\s*[km]\b)?", t[at:])
    end = at + (m.end() if m else len(item.text))
    return bool(_patterns().rejected.match(t[end : end + 40]))


_SIZES = {
    "scope": (r"(\d{1,5})\s+(?:[a-z-]+\s+){0,3}?(?:seats?|licen[cs]es?|users)\b", "seats"),
    "trial": (r"(\d{1,3})\s*[- ]?\s*days?\b", "days"),
    "payment_terms": (r"\bnet\s*[- ]?\s*(\d{2,3})\b", "days"),
}


def _sized(item: Item, clause: _Clause) -> Item:
    """A move the reader found without its size, sized from its clause ("60 free teacher
    seats", "waive the $1.5k setup fee")."""
    if item.kind == "discount":
        found = _quantity_at(clause.text)
        if found is not None and found[2] in ("%", "USD", "EUR", "GBP"):
            return Item(item.kind, found[1], found[2], found[3])
        return item
    rule = _SIZES.get(item.kind)
    if rule is None:
        return item
    m = re.search(rule[0], clause.text)
    return Item(item.kind, float(m.group(1)), rule[1], m.group(0)) if m else item


_MONEY_OFF = re.compile(
    r"\b(?:off|discount\w*|reduc\w*|cut|knock\w*|credit|rebate|lower\w*|cheaper|less|waiv\w*"
    r"|fee|fees|price\w*|quote|budget|sweeten\w*|concession)\b"
)


def _not_money_off(t: str, clause: _Clause | None, item: Item, latest: Kinds) -> bool:
    """A money amount read as a discount where nothing in its clause is about price and no
    discount is on the table yet: a figure in passing, not a move."""
    if item.kind != "discount" or item.unit not in ("USD", "EUR", "GBP") or clause is None:
        return False
    moving = _cue(clause.text) is not None or _patterns().step_before.search(
        clause.text[: max(0, _locate(t, item, clause.start) - clause.start)]
    )
    if any(k == "discount" for k, _ in latest) and moving:
        return False  # "another $4.8k if they drop the training": on the standing discount
    if _MONEY_OFF.search(clause.text):
        return False
    at = _locate(t, item, clause.start)
    if _STANDING_AT.search(t[max(clause.start, at - 25) : at]):
        return False  # "they're at $15k now", "we're at $228k": where a side stands
    return not _is_price(t, at, item)


_STANDING_AT = re.compile(
    r"\b(?:at|to|now|asking|wants?|wanted|need|needs|offered|offering|came back (?:at|with))\s*$"
)


_FREE = re.compile(r"\b(?:free|complimentary|at no (?:extra )?(?:charge|cost)|thrown in|gratis)\b")
_FROM_TO = re.compile(
    r"\s*(?:%|pct|seats?|days?|licen[cs]es?|users?)?\s*to\s+([$€£]?\d[\d,]*(?:\.\d+)?)"
)


def _to_total(t: str, item: Item) -> Item:
    """ "from 10 to 25 seats": the move is to the second number."""
    if item.amount is None:
        return item
    at = _locate(t, item, 0)
    number = re.search(r"\d[\d,]*(?:\.\d+)?", t[at : at + max(len(item.text), 1) + 12])
    if number is None or not re.search(r"\bfrom\s*$", t[max(0, at - 8) : at + number.start()]):
        return item
    to = _FROM_TO.match(t, at + number.end())
    if to is None:
        return item
    value = float(to.group(1).lstrip("$€£").replace(",", ""))
    return Item(item.kind, value, item.unit, to.group(0).strip())


def _proposed_terms(t: str, clauses: list[_Clause], gets: list[Item]) -> list[Item]:
    """A term the customer offers in their proposal ("their offer: 3yr at 11% off")."""
    if any(g.kind == "term_commitment" for g in gets):
        return []
    for clause in clauses:
        if not _patterns().proposal.search(clause.text):
            continue
        m = re.search(r"(\d{1,2})\s*[- ]?\s*(yrs?|years?)\b", clause.text)
        if m:
            return [Item("term_commitment", float(m.group(1)), "years", m.group(0))]
    return []


def _sized_in(t: str, item: Item, clauses: list[_Clause], clause_at: Callable[[int], int]) -> Item:
    """A reader's move without its size, sized from its clause when the clause has one."""
    if item.amount is not None or not clauses:
        return item
    return _sized(item, clauses[clause_at(_locate(t, item, 0))])


_WHAT_IT_IS_OFF = re.compile(
    r"(?:\b(?:off|of|on|from)\s+(?:the|a|an|our|their)|\blist(?:\s+price)?|\bsize|\bvalue"
    r"|\bworth|\bacv|\btcv)\s*(?:is|was|of|at|:|=)?\s*(?:about|around|~)?\s*$"
)


def _left_alone(
    t: str, clauses: list[_Clause], gives: list[Item], gets: Iterable[Item], latest: Kinds
) -> list[Item]:
    """Every quantity in the line that no move the reader found accounts for, read as a
    move on the kind its unit and words say."""
    found: list[Item] = []
    read = [*gives, *gets]
    spans = [(_locate(t, i, 0), len(i.text)) for i in read]
    sizes: set[tuple[float | None, str | None]] = {
        (i.amount, i.unit) for i in read if i.amount is not None
    }
    for clause in clauses:
        start = 0
        while True:
            item = _fallback(
                t,
                _Clause(clause.start + start, clause.end, clause.sentence, clause.text[start:]),
                latest,
            )
            if item is None:
                break
            at = clause.text.find(item.text, start)
            start = (at if at >= 0 else start) + max(len(item.text), 1)
            where = clause.start + max(at, 0)
            if any(a <= where < a + n for a, n in spans) or (item.amount, item.unit) in sizes:
                continue
            if _WHAT_IT_IS_OFF.search(t[max(0, where - 30) : where]):
                continue  # "$12k off the $90k": the price it comes off, not a move
            if item.unit in ("years", "months"):
                continue  # a term is a get, not a give
            found.append(item)
            sizes.add((item.amount, item.unit))
    return found


def _fallback(t: str, clause: _Clause, latest: Kinds) -> Item | None:
    """A bare move the reader does not report on its own ("2 more points", "another
    15 days on the pilot", "met them at $169k"): the kind comes from the unit, the
    words around it and the kind the deal last moved on."""
    p = _patterns()
    text = clause.text
    m = p.points.search(text)
    if m:
        amount = _WORD_NUMBERS.get(m.group(1)) or float(m.group(1))
        return Item("discount", amount, "%", m.group(0))
    found = _quantity_at(text)
    if found is None:
        return None
    _, amount, unit, raw = found
    if unit == "%" and re.search(r"\b(?:cap|renewal|increase|uplift)\b", text):
        return Item("price_lock", amount, unit, raw)
    kind = UNIT_KINDS.get(unit)
    if unit == "days":
        if re.search(r"\b(?:pilot|trial|poc|proof of concept)\b", t):
            kind = "trial"
        elif re.search(r"\bnet\b", text):
            kind = "payment_terms"
        elif any(u == "days" for _, u in latest):
            kind = next(k for k, u in latest if u == "days")
        else:
            kind = "payment_terms"
    return Item(kind, amount, unit, raw) if kind else None


_GET_LEAD = re.compile(
    r"\b(?:if|provided(?: that)?|as long as|so long as|in exchange for|in return for|for|once"
    r"|when|unless|but only if)\s+"
)
_GET_STOP = re.compile(
    r"\b(?:we|i|ill|i'll|we'll|we'd|i'd|then)\b\s+(?:can|could|will|would|'ll|'d|do|go|give"
    r"|offer|might|may)?|\b(?:we'?ll|i'?ll|ill)\b"
)


def _conditions(t: str, clauses: list[_Clause]) -> list[Item]:
    """The gets named in a line's conditions ("for a signature by month end", "if they
    prepay"), read as the short phrases they are."""
    found: list[Item] = []
    for clause in clauses:
        for lead in _GET_LEAD.finditer(t, clause.start, clause.end):
            stop = _GET_STOP.search(t, lead.end(), clause.end)
            phrase = t[lead.end() : stop.start() if stop else clause.end].strip(" ,.")
            item = classify_get(phrase) if phrase else None
            if item is not None and all(f.kind != item.kind for f in found):
                found.append(Item(item.kind, item.amount, item.unit, phrase))
    return found


def _get_words(text: str, t: str, clause: _Clause | None, at: int) -> str:
    """The rep's own words for a get: its condition clause ("if they sign before their
    fiscal year closes"), without the give that follows it."""
    if clause is None:
        return ""
    start = clause.start
    for m in _GET_LEAD.finditer(t, clause.start, clause.end):
        if m.start() <= at:
            start = m.end()
    end = clause.end
    stop = _GET_STOP.search(t, start, clause.end)
    if stop and stop.start() > at:
        end = stop.start()
    return " ".join(text[start:end].split()).strip(" ,.;:")


def read_line(text: str, analysis: Analysis, latest: Kinds | None = None) -> LineReading:
    """Read one line of a rep's account of a negotiation into moves (or none).

    ``latest`` are the kinds (and units) the deal stands on, the latest first: a bare
    number with no unit ("their cfo came back at 9") is about one of them."""
    latest = latest or []
    p = _patterns()
    text = text[:MAX_CHARS]  # read up to the reader's cap, like the reader itself
    t = text.casefold().replace("’", "'")
    clauses = _clauses(t)
    quotes = _quotes(t)

    def clause_at(at: int) -> int:
        for i, c in enumerate(clauses):
            if c.start <= at < c.end:
                return i
        return max(0, len(clauses) - 1)

    def stance(index: int, at: int, has_number: bool) -> Side | None:
        if any(a <= at < b for a, b in quotes):
            return Side.ASK
        clause = clauses[index] if clauses else None
        if clause is None:
            return None
        own = _cue(clause.text)
        if own is not None:
            return own
        who = _subject(clause.text)
        for prev in range(index - 1, -1, -1):  # the sentence's earlier clauses
            if clauses[prev].sentence != clause.sentence:
                break
            inherited = _cue(clauses[prev].text)
            if inherited is not None:
                return inherited
            who = who or _subject(clauses[prev].text)
        if who == "them" and has_number:  # "they said thats insulting, now 9%"
            return Side.ASK
        return None

    def question(index: int) -> bool:
        if not clauses:
            return False
        sentence = clauses[index].sentence
        body = " ".join(c.text for c in clauses if c.sentence == sentence)
        ends = t.find("?", clauses[index].start)
        asks_coach = ends >= 0 and not p.sentence_split.search(t[clauses[index].end : ends])
        if asks_coach and p.yes_no.search(body):
            return True  # "is 12% too much?", "should i offer 6?": advice, not a move
        return bool(p.wh_question.search(body)) and (
            asks_coach
            or body.strip().startswith(
                ("what", "who", "how", "which", "should", "any tips", "tips")
            )
        )

    moves: list[ReadMove] = []
    # "40 free seats" is scope we give, whatever else the reader made of the seats
    free = [g for g in analysis.gets if g.kind == "volume" and _FREE.search(g.text)]
    reader_gives = [*analysis.gives, *(Item("scope", g.amount, g.unit, g.text) for g in free)]
    analysis_gets = [g for g in analysis.gets if g not in free]
    gives = [_sized_in(t, g, clauses, clause_at) for g in reader_gives if not _rejected(t, g)]
    # Moves the reader leaves alone: "ok 9%", "2 more points", the second of "they still
    # want $44.8k, so I gave another $12.8k".
    gives += [
        g for g in _left_alone(t, clauses, gives, analysis.gets, latest) if not _rejected(t, g)
    ]
    if not gives:
        for clause in clauses:
            found = _bare(clause, latest)
            if found is not None and not _rejected(t, found):
                gives.append(found)
                break
    gives = sorted((_to_total(t, g) for g in gives), key=lambda g: _locate(t, g, 0))
    seen = 0
    for item in gives:
        at = _locate(t, item, seen)
        seen = at + 1
        index = clause_at(at)
        side = stance(index, at, item.amount is not None)
        if side is None:
            if question(index):
                continue
            side = Side.GIVE if _subject(clauses[index].text if clauses else t) != "them" else None
        if side is None:
            continue
        if side is Side.GIVE and question(index) and p.wh_question.search(t):
            continue
        if _not_money_off(t, clauses[index] if clauses else None, item, latest):
            continue  # "the cfo signs everything over 50k": a figure, not a price move
        if item.amount is None and clauses:
            sized = _sized(item, clauses[index])
            if sized is not item:
                item, at = sized, max(t.find(sized.text, clauses[index].start), at)
        if item.kind == "discount" and item.amount is None:
            priced = _price_in(t, clauses[index] if clauses else None)
            if priced is not None:
                item = priced
                at = t.find(priced.text, clauses[index].start) if clauses else at
        mode = Mode.TOTAL if side is Side.ASK else _mode(t, at, item)
        if side is Side.ASK and _mode(t, at, item) is Mode.STEP:
            mode = Mode.STEP  # "they want another 5%": on top of our offer
        moves.append(
            ReadMove(
                side, item.kind, item.amount, item.unit, mode, item.text, _is_price(t, at, item)
            )
        )
    refers = False
    if not moves and not gives and p.pronoun_give.search(t) and not p.refusal.search(t):
        refers = True
    trading = bool(moves) or any(_cue(c.text) is not None for c in clauses)
    gets = list(analysis_gets) + _proposed_terms(t, clauses, analysis_gets)
    if moves and not gets:  # "went to 7 for a signature by month end": the reader's
        gets = _conditions(t, clauses)  # gets need a give it knows; ours is bare
    sizes = {(m.amount, m.unit) for m in moves if m.amount is not None}
    spans = [(_locate(t, g, 0), len(g.text)) for g in gives]
    for item in gets:
        at = _locate(t, item, 0)
        amount, unit = item.amount, item.unit
        if (amount, unit) in sizes and any(a <= at < a + n for a, n in spans):
            continue  # the same words already read as the give ("they came back asking 30 seats")
        if (amount, unit) in sizes:  # one number, one move: it sizes the give, not the get
            amount, unit = None, None
        home = clauses[clause_at(at)] if clauses else None
        asked_for = home is not None and bool(
            _GET_LEAD.search(t, home.start, at + 1) or p.proposal.search(home.text)
        )
        if not (trading or asked_for):
            continue  # "the COO is the real decision maker": information, not a get
        if home is not None and question(clause_at(at)):
            continue
        words = _get_words(text, t, home, at) or item.text
        moves.append(ReadMove(Side.GET, item.kind, amount, unit, Mode.BARE, words))
    recorded = [m for m in moves if m.side is not Side.REFUSED]
    if recorded or refers:
        return LineReading(LineKind.MOVES, tuple(moves), refers_to_ask=refers)
    if "?" in t or (clauses and p.wh_question.search(t)):
        return LineReading(LineKind.QUESTION, tuple(moves))
    if moves:
        return LineReading(LineKind.NOTHING, tuple(moves))
    if clauses and _subject(t) == "them":
        return LineReading(LineKind.INFO)
    return LineReading(LineKind.NOTHING)
