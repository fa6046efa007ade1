"""Judging the scan: sizes attach to moves, context and negation filter them, connectors tie them.

Works on a Scan (scanning.py) only, never on the text again except for short
bounded look-behinds, so the cost is linear in the number of tokens.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from operator import attrgetter
from typing import NamedTuple

from coaching.analysis import Item, new_item
from coaching.reader.flags import Cue
from coaching.reader.quotes import inside_quotes, quote_marks
from coaching.reader.scanning import Scan, Tok

CTX, YOU, CUST, COND = int(Cue.CTX), int(Cue.YOU), int(Cue.CUST), int(Cue.COND)
WCOND, RCOND, UCOND, POL = int(Cue.WCOND), int(Cue.RCOND), int(Cue.UCOND), int(Cue.POL)
AP, PQ, WQ, CO, FREE = int(Cue.AP), int(Cue.PQ), int(Cue.WQ), int(Cue.CO), int(Cue.FREE)
INCL, ANA, ASK, GIVEV = int(Cue.INCL), int(Cue.ANA), int(Cue.ASK), int(Cue.GIVEV)
BUYV, SIGNV, WHEN, QMARK = int(Cue.BUYV), int(Cue.SIGNV), int(Cue.WHEN), int(Cue.QMARK)
FREE_OBJ, REFUSAL = int(Cue.FREE_OBJ), int(Cue.REFUSAL)
TCOND, APDONE, NEG, PNEG = int(Cue.TCOND), int(Cue.APDONE), int(Cue.NEG), int(Cue.PNEG)
REPORT, BUYER, UNTIED, APART = int(Cue.REPORT), int(Cue.BUYER), int(Cue.UNTIED), int(Cue.APART)

# Context a weak give needs in its sentence; a get may also stand on the customer's side.
GIVE_CONTEXT = CTX | COND | AP | PQ | WQ | QMARK | ASK | GIVEV
GET_ONLY_CONTEXT = YOU | CUST | COND
_OFFERED = AP | PQ | GIVEV  # a size stated where the seller offers wins

UNITS_FOR: dict[str, tuple[str, ...]] = {
    "discount": ("%", "USD", "EUR", "GBP"),
    "payment_terms": ("days", "months"),
    "trial": ("days", "months"),
    "price_lock": ("%", "years", "months"),
    "scope": ("seats",),
    "term_commitment": ("years", "months"),
    "volume": ("seats", "USD", "EUR", "GBP"),
    "service_level": ("%",),  # "uptime of 99.95%" (an uptime share, never a small one)
    "delivery": ("days",),  # "live in 10 days", "a 7-day turnaround"
    "upfront_payment": ("USD", "EUR", "GBP"),  # "prepay the first €50k"
}
_MONEY = frozenset(("USD", "EUR", "GBP"))
# a head count these verbs lead to is always the buyer's ("commit to 500 seats", "go to 250 seats")
_BOUGHT_VERBS = ("commit", "sign", "go ", "going ", "grow", "expand", "increase", "scale")
# a customer's switch or upgrade asked in return: with a deadline after it, a faster decision
_DECIDED = ("upgrad", "switch")


class _Patterns(NamedTuple):
    target_price: re.Pattern[str]
    extra: re.Pattern[str]
    from_now: re.Pattern[str]
    current_state: re.Pattern[str]
    list_after: re.Pattern[str]
    not_a_term: re.Pattern[str]
    asked_with: re.Pattern[str]
    from_to: re.Pattern[str]
    named_party: re.Pattern[str]
    named_before: re.Pattern[str]
    whole_deal: re.Pattern[str]
    trialled: re.Pattern[str]
    priced_for: re.Pattern[str]
    free_before: re.Pattern[str]
    more: re.Pattern[str]
    the_deal: re.Pattern[str]
    go_to: re.Pattern[str]
    about: re.Pattern[str]
    seller_word: re.Pattern[str]
    committed_to: re.Pattern[str]
    possessive: re.Pattern[str]
    joined: re.Pattern[str]
    traded_after: re.Pattern[str]
    agreed_to: re.Pattern[str]
    time_added: re.Pattern[str]
    free_after: re.Pattern[str]
    counter_size: re.Pattern[str]
    a_fee: re.Pattern[str]
    one_package: re.Pattern[str]
    and_another: re.Pattern[str]


# A word that names no party: pronouns, articles, numbers, times, -ing forms, generic groups.
_NOT_A_NAME = (
    r"(?!(?:the|a|an|you|your|yours|u|ya|y'all|us|our|we|me|my|i|it|its|their|them|they|him|her"
    r"|this|that|these|those|each|every|all|any|some|new|next|first|one|two|three|now|today|free"
    r"|life|sure|real|example|instance|starters|everyone|everybody|anyone|renewals?|customers?"
    r"|clients?|accounts?|logos?|deals?|prospects?|buyers?|partners?|annual|upfront|up|multi"
    r"|longer|more|less|year|years|months?|weeks?|days?|term|enterprise|smb|mid|nonprofits?|non"
    r"|education|government|public|startups?|good|ever|once|sale|reference|case|referral|signing"
    r"|commitment|is|are|was|be|to|and|or|but|if|so|as|in|at|of|off|only|just|also|extra)\b)"
    r"(?![0-9])(?![a-z]+ing\b)"
)


@functools.cache
def _patterns() -> _Patterns:
    return _Patterns(
        target_price=re.compile(r"\b(?:to|at|from)\s*$"),
        extra=re.compile(r"extra|additional|bonus|free"),
        current_state=re.compile(r"(?<![a-z])(?:currently|presently|now\s+at|today\s+at)\s*$"),
        from_now=re.compile(r"(?:in|within|after|ago|next|past|last|over|every|each|by)\s*$"),
        list_after=re.compile(r"\s*(?:$|[,;.)\n]|\s-\s|\s\+)"),
        not_a_term=re.compile(
            r"(?:for|in|over|after|within|of|than|per|last|next|past|the|ago|first|every|each|pay"
            r"|prepay|with\s+us"
            r"|about|around|almost|nearly|by|from|to|at|under|since)\s*$"
        ),
        asked_with=re.compile(r"(?<![a-z])(?:with|for|on)\s+$"),
        # "$48k for 120 seats", "$120/seat for 300 users": a price quoted for the deal
        priced_for=re.compile(
            r"(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:usd|eur|gbp|dollars|euros|pounds))"
            r"(?:\s?(?:k|m|mm)\b)?(?:\s?(?:/|per|a)\s?(?:seat|user|licen[cs]e|month|year|yr|mo))?"
            r"\s+for\s+$"
        ),
        free_before=re.compile(r"free|no\s+(?:cost|charge)|complimentary"),
        more=re.compile(r"more|extra|additional"),
        # "we're at 10% today; I can go to 15%": the size a move goes to is the one offered
        go_to=re.compile(
            r"(?<![a-z])(?:go|going|move|moving|come|coming|get|getting|stretch|stretching|push"
            r"|pushing|bump|bumping|land|landing|meet\s+(?:them|you|him|her))"
            r"\s+(?:up\s+|down\s+|all\s+the\s+way\s+)?(?:to|at)\s+$"
        ),
        about=re.compile(
            r"(?<![a-z])(?:on|for|across|about)\s+(?:the\s+|their\s+|its\s+|your\s+|our\s+"
            r"|all\s+)?(?:[a-z-]+\s+)?$"
        ),
        seller_word=re.compile(r"(?<![a-z'])(?:we|we'll|we'd|i|i'll|i'd|us)(?![a-z'])"),
        committed_to=re.compile(
            r"(?<![a-z])(?:commit(?:s|ted|ting)?|sign(?:s|ed|ing)?\s+(?:up\s+)?for)\s+(?:to\s+)?"
            r"(?:an?\s+|another\s+|the\s+|at\s+least\s+)?$"
        ),
        joined=re.compile(r"\s*(?:\band\b|\+|&|plus)\s*(?:an?\s+|another\s+)?"),
        possessive=re.compile(r"(?<![a-z])(?:on|in|of|under)\s+(?:their|its|our|his|her)\s+$"),
        traded_after=re.compile(r"\s+in\s+(?:exchange|return)\b"),
        # (also a term a size is for: "12% for 2yr", "€12k off TCV for 3 yrs", "all for a 3 yr")
        agreed_to=re.compile(
            r"(?<![a-z])(?:agree[sd]?|agreeing)\s+to\s+$"
            r"|(?:%|\boff(?:\s+(?:tcv|acv|arr))?|\ball)\s+for\s+(?:a\s+)?$"
        ),
        free_after=re.compile(r"\s*(?:free|complimentary|on\s+us|at\s+no\s+(?:cost|charge))\b"),
        # "they asked for 25 free seats, I offered 15", "I proposed 30 instead": a bare number
        # offered back is the size of the move asked for just before it
        counter_size=re.compile(
            r"(?<![a-z])(?:i|we)\s+(?:offered|proposed|countered(?:\s+(?:with|at))?|came\s+back\s+"
            r"(?:with|at)|went\s+back\s+with)\s+(\d{1,3}(?:\.\d+)?)(?=\s*(?:[.,;!?)]|$)|\s+(?:instead"
            r"|and|but)\b)"
        ),
        # dedupe: a fee named in a discount's words, a package named after it, two listed gives
        a_fee=re.compile(r"\bfees?\b|\bat\s+cost\b|\bset-?up\b|\bcharges?\b"),
        one_package=re.compile(r"\s+(?:package|bundle)s?\b"),
        and_another=re.compile(r"(?:\s+clause)?\s+(?:and|plus|\+|&)\s+(?:an?\s+)?"),
        time_added=re.compile(r"\b(?:extend\w*|extension|by|more|extra|another|additional|free)\b"),
        # ("tiny deal, $9k ACV": the deal named just before its figure)
        the_deal=re.compile(
            r"(?<![a-z])(?:the|their|its|this|that|is|was|at|of|worth|deal,)\s+~?$"
        ),
        trialled=re.compile(
            r"(?<![a-z])(?:pilot|trial|poc|proof\s+of\s+concept|evaluation|eval)\s+(?:of|on|for)\s+"
            r"(?:the\s+|our\s+|their\s+|your\s+|an?\s+)?(?:[a-z0-9-]+\s+){0,2}$"
        ),
        whole_deal=re.compile(
            r"(?<![a-z])(?:for|across)\s+(?:all\s+)?(?:the|their|its|your|those|these|all"
            r"|[a-z0-9&-]+'s)\s+$"  # ("8% off for Zenith's 250 seats")
            r"|(?<![a-z])for\s+up\s+to\s+$"  # ("a free 30-day pilot for up to 20 users")
        ),
        from_to=re.compile(r"\s*(?:to|->|→)\s*"),
        # "10% for Acme", "net 60 on Brandt": a give for a party named after it (a word that is
        # no pronoun, article, number, time, -ing form or generic group)
        named_party=re.compile(
            rf"(?:\s+[a-z']+){{0,3}}?\s+(?:off\s+)?(?:for|on|with|w/)\s+{_NOT_A_NAME}[a-z][a-z0-9&.'-]*"
        ),
        named_before=re.compile(
            r"(?:give|giving|offer|offering|extend|extending|let|letting|send|sending)\s+"
            rf"{_NOT_A_NAME}[a-z][a-z0-9&.-]*(?:'s)?(?:\s+{_NOT_A_NAME}[a-z][a-z0-9&.-]*)?"
            r"\s+(?:the\s+|a\s+|an\s+)?$"
        ),
    )


def attach_sizes(sc: Scan) -> None:
    """Give a size to moves that lack one: the nearest free compatible size in the clause, else
    one standing alone in the clause next to it ("they expand to the lending team, +200 seats",
    "a discount, 12%, if ...").

    A clause that holds sizes and no move of its own is an apposition: its size belongs to
    the move beside it in the sentence (the one after it only when none is before it).
    """
    toks = sc.toks
    n = len(toks)
    if n < 2:
        return
    for tok in toks:
        if tok.fam == "qty" or tok.fam == "seatx":
            break
    else:
        return  # no size to attach (most messages with several moves)
    with_moves: set[int] = set()
    sizes: list[int] = []
    unsized: list[int] = []
    for i, tok in enumerate(toks):
        fam = tok.fam
        if fam == "qty" or fam == "seatx":
            sizes.append(i)
            continue
        with_moves.add(tok.clause)
        if tok.amount is None and (fam == "give" or fam == "get" or fam == "buy"):
            unsized.append(i)
    if not sizes or not unsized:
        return
    t = sc.text
    c_sent = sc.c_sent
    patterns = _patterns()
    for i in unsized:
        tok = toks[i]
        units = UNITS_FOR.get(tok.kind or "")
        if not units:
            continue
        if i + 1 < n and _restated(tok, toks[i + 1]):
            continue  # "extend payment terms to net 90": the size is the move restated after it
        # the nearest sizes: up to five tokens after the move, then up to four before it
        lo, hi = bisect_left(sizes, i - 4), bisect_left(sizes, i + 6)
        near = [j for j in sizes[lo:hi] if j > i] + [j for j in reversed(sizes[lo:hi]) if j < i]
        if not near:
            continue
        best = None
        for same in (True, False):
            for j in near:
                q = toks[j]
                if same:
                    if q.clause != tok.clause:
                        continue
                elif (
                    abs(q.clause - tok.clause) != 1
                    or q.clause in with_moves
                    or c_sent[q.clause] != c_sent[tok.clause]
                    or (j < i and tok.clause - 1 in with_moves)
                ):
                    continue
                if q.fam == "seatx":
                    # "with 200 more seats" sizes the expansion; "20 extra seats" is a give
                    if "seats" not in units or patterns.extra.search(t, q.start, q.end):
                        continue
                elif q.fam != "qty" or q.unit not in units:
                    continue
                elif tok.kind == "service_level" and (q.amount or 0) < 90:
                    continue
                gap = q.start - tok.end if j > i else tok.start - q.end
                if gap > 60 or (tok.kind == "upfront_payment" and gap > 20):
                    continue  # (a sum prepaid is stated right beside the prepayment)
                if patterns.current_state.search(t, max(0, q.start - 12), q.start):
                    continue  # "2 extra months on the pilot (currently 60 days)": where it is now
                if q.unit in _MONEY and patterns.target_price.search(
                    t, max(0, q.start - 6), q.start
                ):
                    continue  # "drop the price to $95k" names a price, not the size of a move
                if (
                    j + 1 < n
                    and toks[j + 1].fam == "qty"
                    and toks[j + 1].unit == q.unit
                    and toks[j + 1].clause == q.clause
                    and patterns.from_to.match(t, q.end)
                ):
                    q = toks[j + 1]  # "from 10% to 15%": the size it moves to
                best = q
                break
            if best is not None:
                break
        if best is None:
            best = _apposed_later(sc, tok, units, [toks[j] for j in near if j > i], with_moves)
        if best is not None:
            tok.amount, tok.unit = best.amount, best.unit
            best.fam = "used"


_APPOSITION_GAP = 40  # characters between a move and a size stated a clause or sentence later


def _apposed_later(
    sc: Scan, tok: Tok, units: tuple[str, ...], after: list[Tok], with_moves: set[int]
) -> Tok | None:
    """A size stated on its own a little later: "a free POC for their team, 20 users, 30
    days", "They want a proof of concept. 30 days on their own data." The clauses between,
    and the size's own, hold no move."""
    c_sent = sc.c_sent
    for q in after:
        if q.clause == tok.clause:
            continue  # (sizes in its own clause were weighed above, with their exceptions)
        if q.fam != "qty" or q.unit not in units or q.start - tok.end > _APPOSITION_GAP:
            continue
        between = range(tok.clause + 1, q.clause + 1)
        if len(between) > 2 or any(c in with_moves for c in between):
            return None
        if c_sent[q.clause] - c_sent[tok.clause] > 1:
            return None
        return q
    return None


_RESOLVE_CUES = FREE_OBJ | INCL | GIVEV | SIGNV | WHEN  # the cue words resolve reads
# Cue words that make a move on their own ("include X at no cost", "sign by Friday"), so a
# message with no move token may still hold one
CUE_MOVES = FREE_OBJ | FREE | SIGNV
_START = attrgetter("start")
_FREE_REACH = 2  # a move this close after "free" is the thing offered free


def _restated(tok: Tok, after: Tok) -> bool:
    """The next token is the same move with its own size, in the same clause."""
    return (
        after.kind == tok.kind
        and after.fam == tok.fam
        and after.amount is not None
        and after.clause == tok.clause
    )


def _free_after(sc: Scan, clause: int) -> bool:
    """The next clause, in the same sentence, says "free" / "at our cost" and holds no move."""
    after = clause + 1
    if after >= len(sc.c_flags) or not sc.c_flags[after] & FREE:
        return False
    if sc.c_sent[after] != sc.c_sent[clause]:
        return False
    return not any(tok.clause == after and tok.fam != "used" for tok in sc.toks)


def resolve(sc: Scan) -> tuple[list[Tok], list[Tok]]:
    """Turn tokens into candidate gives and gets (before negation and policy filters)."""
    gives: list[Tok] = []
    gets: list[Tok] = []
    toks = sc.toks
    c_flags = sc.c_flags
    incl_seller: set[int] = set()
    signs: dict[int, int] = {}  # sentence -> position of its first sign verb
    fast_sign: set[int] = set()
    when_after: dict[int, int] = {}  # sentence -> last deadline position
    sign_clause: dict[int, int] = {}
    free_things: list[Tok] = []
    free_words: set[int] = set()
    patterns = _patterns()
    from_now = patterns.from_now
    # who is not the seller: in the customer's own voice (Cue.BUYER) "you" is the seller
    # ("before we commit, could you include onboarding?"), so only "they" is someone else
    not_seller = ("C",) if sc.all_flags & BUYER else ("C", "Y")
    for start, end, flags, clause, subj in sc.cues if sc.all_flags & _RESOLVE_CUES else ():
        if not flags & _RESOLVE_CUES:
            continue
        if flags & FREE_OBJ:  # "free data migration": scope, unless an object says more
            free_things.append(Tok(start, end, "give", "scope", True, clause, subj))
            if flags & FREE:  # the word "free" itself, not a verb such as "throw in"
                free_words.add(start)
        elif flags & (INCL | GIVEV) and c_flags[clause] & FREE and subj not in not_seller:
            # "bring in a solutions architect at no cost": a free service we include
            free_things.append(Tok(start, end, "give", "scope", False, clause, subj))
        if flags & INCL and subj not in not_seller:
            incl_seller.add(clause)
        if flags & SIGNV and sc.c_sent[clause] not in signs:
            signs[sc.c_sent[clause]] = start
            sign_clause[start] = clause
        if flags & WHEN:
            when_after[sc.c_sent[clause]] = start
    for tok in toks:
        fam = tok.fam
        cf = c_flags[tok.clause]
        if fam == "give":
            if tok.amount == 0:
                continue  # "0% discount!": nothing given
            gives.append(tok)
        elif fam == "get":
            if tok.unit in _MONEY and tok.kind == "volume" and _the_deal(sc.text, tok):
                continue  # "15% on the $600k ACV": the deal's value, not more spend asked
            if tok.kind == "term_commitment" and _their_deal(sc.text, tok):
                continue  # "the price locked for 3 yrs on their 2-yr deal": the deal's length
            if (
                tok.kind == "term_commitment"
                and cf & FREE
                and not cf & SIGNV  # "we'd sign a 24-month deal if you include SSO at no cost"
                and tok.subj not in ("C", "Y")
                # (not "we'll commit to 2 years if you add X for free": only time added is free)
                and (
                    patterns.time_added.search(sc.text, tok.start, tok.end) is not None
                    or patterns.free_after.match(sc.text, tok.end) is not None  # "2 months free"
                )
            ):
                # "extend their contract by 2 months at no cost": free time, a discount
                tok.fam, tok.kind, tok.amount, tok.unit = "give", "discount", None, None
                gives.append(tok)
                continue
            gets.append(tok)
            if tok.kind == "faster_signature":
                fast_sign.add(sc.c_sent[tok.clause])
            elif cf & COND and sc.text.startswith(_DECIDED, tok.start):
                # "if they upgrade to the Team tier this week": a switch by a date is a decision
                signs.setdefault(sc.c_sent[tok.clause], tok.start)
                sign_clause.setdefault(tok.start, tok.clause)
        elif fam == "obj":
            if patterns.trialled.search(sc.text, max(0, tok.start - 40), tok.start):
                continue  # "a free 45-day POC of the forecasting add-on": what is trialled
            # "we can offer premium support": offered by the seller, it is more for the money
            if (
                cf & FREE
                or tok.clause in incl_seller
                or (cf & GIVEV and tok.subj == "S" and not _object_of_a_preposition(sc.text, tok))
                # "they're asking us to include the API add-on": asked to include it
                # (not "a fixed price on any seats they add": the object the move is about)
                or (
                    cf & INCL
                    and cf & ASK
                    and fam == "obj"
                    and not _object_of_a_preposition(sc.text, tok)
                )
                # "wants our onboarding team on-site, at our cost": a free phrase in a clause
                # of its own, right after, in the same sentence, of a thing offered or asked
                or (cf & (CTX | ASK | GIVEV | INCL) and _free_after(sc, tok.clause))
            ):
                tok.kind, tok.weak = "scope", False
                gives.append(tok)
        elif fam in ("buy", "seatx"):
            extra = fam == "seatx" and bool(patterns.extra.search(sc.text, tok.start, tok.end))
            # "15% off with 200 more seats": seats asked for in return, not given
            asked = (
                fam == "seatx"
                and not extra
                and not cf & FREE
                and bool(patterns.asked_with.search(sc.text, max(0, tok.start - 6), tok.start))
            ) or (  # "we'd commit to 500 seats": a head count committed to is bought
                fam == "seatx"
                and not extra
                and patterns.committed_to.search(sc.text, max(0, tok.start - 24), tok.start)
                is not None
            )
            if fam == "seatx" and not extra and _deal_size(sc.text, tok, cf):
                continue  # "for the 400 seats", "free training for 30 users": the deal's size
            # ("we'll throw in X if you bump the order to 300 seats": the customer's seats)
            customers = tok.subj == "C" or tok.subj == "Y"
            # "we can do 12% if the order goes to 250 licences": seats on the get side
            asked = asked or (
                fam == "seatx" and not extra and bool(cf & COND) and _after_condition(sc, tok)
            )
            # ("we'd commit to 500 seats" in a customer's words is bought, never given)
            # ("would you go to 250 seats?", "we're ready to grow to 150 seats": only a buyer grows)
            asked = asked or (fam == "buy" and sc.text.startswith(_BOUGHT_VERBS, tok.start))
            seller = not asked and (
                cf & FREE
                or (tok.clause in incl_seller and not customers)
                or tok.subj == "S"
                or (fam == "seatx" and cf & GIVEV and not customers)
                or (extra and not cf & BUYV)
            )
            if seller and (tok.unit in (None, "seats")):
                tok.kind, tok.weak = "scope", False
                gives.append(tok)
            elif (
                fam == "buy"
                or extra
                or asked
                or cf & (BUYV | SIGNV | COND | ASK)
                or _listed_after_a_get(sc, gets, tok)
            ):
                # a plain head count ("they have 40 users") is volume only when bought or asked
                tok.kind, tok.weak = "volume", fam == "seatx" and not extra and not asked
                gets.append(tok)
        elif fam == "qty":
            if tok.unit == "%":
                # a bare percentage is a discount when offered or asked for in its clause;
                # otherwise it is left to the listing rule in _keep
                tok.kind = "discount"
                # ("but 20% is possible with a 3-year term": a feasibility or a tie offers it)
                tok.weak = not (
                    cf & (CTX | COND | AP | PQ | WQ | WCOND)
                    or sc.s_flags[sc.c_sent[tok.clause]] & (AP | PQ)
                )
                gives.append(tok)
            elif tok.unit in ("years", "months") and (
                (cf & SIGNV and not from_now.search(sc.text, max(0, tok.start - 8), tok.start))
                or listed(sc.text, tok)
                or _traded_term(sc.text, tok)
            ):
                tok.kind, tok.weak = "term_commitment", False
                gets.append(tok)
    # Tokens come in scan order (by position); only moves read from cue words join out of
    # order, so the lists are sorted only when one did.
    for sent, pos in signs.items():
        deadline = when_after.get(sent)
        if sent not in fast_sign and deadline is not None and deadline > pos:
            tok = Tok(pos, pos, "get", "faster_signature", False, sign_clause[pos], None)
            gets.append(tok)
            gets.sort(key=_START)
    if free_things:
        covered = {tok.clause for tok in gives}
        # "18% off, free SSO and a 90-day out": a "free <thing>" in a list is its own give
        # unless a move is what is free (right before or after it) or the clause has scope
        scoped = {tok.clause for tok in gives if tok.kind == "scope"}
        moves = [(tok.start, tok.end) for tok in gives]
        seen: set[int] = set()
        for tok in free_things:
            if tok.clause in seen:
                continue
            if tok.start in free_words and tok.clause not in scoped:
                if not _beside_a_move(moves, tok):
                    seen.add(tok.clause)
                    gives.append(tok)
            elif tok.clause not in covered:
                seen.add(tok.clause)
                gives.append(tok)
        gives.sort(key=_START)
    return gives, gets


def _object_of_a_preposition(text: str, tok: Tok) -> bool:
    """ "a price lock on the expansion seats": the object names what the move is about."""
    return _patterns().about.search(text, max(0, tok.start - 28), tok.start) is not None


def _their_deal(text: str, tok: Tok) -> bool:
    """The length follows "on their": "on their 2-yr deal" is the deal they have."""
    return _patterns().possessive.search(text, max(0, tok.start - 14), tok.start) is not None


def _the_deal(text: str, tok: Tok) -> bool:
    """The size follows a definite article or a possessive: the deal's own figure."""
    return _patterns().the_deal.search(text, max(0, tok.start - 8), tok.start) is not None


def _listed_after_a_get(sc: Scan, gets: list[Tok], tok: Tok) -> bool:
    """ "they commit to 2 years and 300 seats": a head count joined to the get before it."""
    if not gets:
        return False
    last = gets[-1]
    return (
        sc.c_sent[last.clause] == sc.c_sent[tok.clause]
        and 0 <= tok.clause - last.clause <= 1
        and _patterns().joined.fullmatch(sc.text, last.end, tok.start) is not None
    )


def _after_condition(sc: Scan, tok: Tok) -> bool:
    """A strong connector ("if", "provided") comes before the token in its clause, and the
    seller is not the one giving after it ("if we give them 25 more seats")."""
    for start, end, flags, clause, _subj in sc.cues:
        if clause > tok.clause or start > tok.start:
            return False
        if clause == tok.clause and flags & COND:
            return _patterns().seller_word.search(sc.text, end, tok.start) is None
    return False


def _traded_term(text: str, tok: Tok) -> bool:
    """A length agreed to or traded: "agreed to 3 years", "3 years in exchange for ..."."""
    patterns = _patterns()
    return (
        patterns.traded_after.match(text, tok.end) is not None
        or patterns.agreed_to.search(text, max(0, tok.start - 16), tok.start) is not None
    )


def _beside_a_move(moves: list[tuple[int, int]], tok: Tok) -> bool:
    """A move (sorted spans) starts right after the word or ends right before it: "free
    60-day pilot", "2 months free" say what is free."""
    index = bisect_left(moves, (tok.end, -1))
    if index < len(moves) and moves[index][0] - tok.end <= _FREE_REACH:
        return True
    return index > 0 and tok.start - moves[index - 1][1] <= 1  # (a comma between: a list)


def _deal_size(text: str, tok: Tok, clause_flags: int) -> bool:
    """A head count that sizes the deal or a free give, not a move of its own: "for the 400
    seats", "across all their users", "free training for 30 users"."""
    patterns = _patterns()
    before = text[max(0, tok.start - 32) : tok.start]
    if patterns.whole_deal.search(before) or patterns.priced_for.search(before):
        return True
    return (
        bool(clause_flags & FREE)
        and patterns.asked_with.search(before) is not None
        and patterns.free_before.search(text, max(0, tok.start - 60), tok.start) is not None
        and patterns.more.search(text, tok.start, tok.end) is None  # "30 more seats free"
    )


def listed(text: str, tok: Tok) -> bool:
    """A bare length in a package list ("Cyberdyne 3yr, 12% off, net 45") is its term."""
    before = text[max(0, tok.start - 12) : tok.start]
    return bool(_patterns().list_after.match(text, tok.end)) and not _patterns().not_a_term.search(
        before
    )


def refused_clauses(sc: Scan) -> set[int]:
    """Clauses whose asks are turned down right after: "asked for a longer trial, I declined",
    "They want 20% off. I said no." (a refusal clause or sentence with no move of its own)."""
    if not sc.all_flags & REFUSAL:
        return set()
    refusals = [clause for _s, _e, flags, clause, _subj in sc.cues if flags & REFUSAL]
    c_sent, c_neg, c_pneg = sc.c_sent, sc.c_neg, sc.c_pneg
    # a bare or weak size the refusal negates is the limit it states, not a move of its own
    with_moves = {
        tok.clause
        for tok in sc.toks
        if tok.fam != "used"
        and not ((tok.weak or tok.fam == "qty") and c_neg[tok.clause] < tok.start)
    }
    # so is a move the refusal follows ("asked for a longer trial; I said the 14-day trial is
    # what we offer"): it turns down the ask before it in its sentence
    stated = with_moves - {
        tok.clause for tok in sc.toks if tok.fam != "used" and c_pneg[tok.clause] < tok.start
    }
    by_sent: dict[int, list[int]] = {}
    for clause in sorted(with_moves):
        by_sent.setdefault(c_sent[clause], []).append(clause)
    refused: set[int] = set()
    done: set[int] = set()
    for clause in refusals:
        sent = c_sent[clause]
        index = bisect_left(by_sent[sent], clause) if sent in by_sent else 0
        if clause in with_moves:
            if clause in stated and index:
                refused.add(by_sent[sent][index - 1])
            continue
        if index:  # same sentence: the nearest clause before it with a move
            refused.add(by_sent[sent][index - 1])
        # a refusal that opens its sentence answers the sentence before ("They want net 120.
        # Told them no, net 30 is our standard.")
        elif sent - 1 not in done:  # a bare refusal sentence: the sentence before it
            done.add(sent - 1)
            refused.update(by_sent.get(sent - 1, ()))
    return refused


def keep(
    sc: Scan,
    toks: list[Tok],
    need: int,
    fragment: bool,
    refused: set[int],
    get_sents: frozenset[int] | set[int] | tuple[()] = frozenset(),
    get_clauses: frozenset[int] | set[int] | tuple[()] = frozenset(),
) -> list[Tok]:
    """Drop moves that are negated, sit in a policy statement or (weak ones) lack context.

    "unless" / "without" turn a negation into a condition only where the sentence names a
    get ("no 20% without a 3-year term"); "don't promise SLAs without asking me" stays negated.
    """
    if not toks:
        return []
    any_weak = _any_weak(toks)
    if not refused and not sc.all_flags & (POL | NEG | PNEG) and not any_weak:
        return list(toks)  # nothing negated, no policy, nothing weak: every move stands
    c_sent, c_seg, c_neg, c_pneg = sc.c_sent, sc.c_seg, sc.c_neg, sc.c_pneg
    s_flags, g_flags, c_flags = sc.s_flags, sc.g_flags, sc.c_flags
    # A list of moves after an offer or ask ("we're giving away too much. 20% plus free
    # training plus net 60"): weak items count in a sentence that also has a strong give
    # when the sentence before offers or asks.
    listing = (
        {
            c_sent[tok.clause]
            for tok in toks
            if not tok.weak
            and c_sent[tok.clause] > 0
            and s_flags[c_sent[tok.clause] - 1] & (GIVEV | ASK)
        }
        if not fragment and any_weak
        else ()
    )
    # A short ask right before or after a list ("Acme: net 60 on the renewal. ok?", "15% and a
    # pilot. thoughts?"): the list is what is asked about, so its weak moves count.
    asked_next = _asked_about(sc) if not fragment and any_weak else ()
    firm: set[int] | None = None  # clauses with a firm move (built when first needed)
    named: set[int] | None = None  # clauses with a move that is more than a bare size
    ties: dict[int, tuple[list[int], int]] | None = None  # (built when first needed)
    kept = []
    for tok in toks:
        clause = tok.clause
        if g_flags[c_seg[clause]] & POL or clause in refused:
            continue
        flags = s_flags[c_sent[clause]]
        if c_neg[clause] < tok.start and not (flags & UCOND and c_sent[clause] in get_sents):
            continue
        if c_pneg[clause] > tok.end:
            continue
        if tok.weak and tok.fam == "qty" and flags & need and not fragment:
            # "8% and net 45, in return for ...": a bare size listed with a named move
            if named is None:
                named = {tk.clause for tk in toks if tk.fam != "qty"}
            # "Fine, 10 pct, but only with auto-renewal": a bare size tied to a get after it
            # "they counter-offered: 10% and ...", "our proposal: 12% ...": the size a label
            # of an offer introduces
            tied = (
                clause > 0
                and c_sent[clause - 1] == c_sent[clause]
                and bool(c_flags[clause - 1] & GIVEV)
                and sc.text.endswith(":", 0, tok.start - (sc.text[tok.start - 1] == " "))
            )
            if flags & COND and clause not in named and not tied:
                if ties is None:
                    ties = _ties_by_sentence(sc)
                tied = _tied_to_a_get_after(ties, c_sent[clause], tok)
            if clause in named or tied:
                kept.append(tok)
                continue
        if (
            tok.weak
            and not fragment
            and not ((flags & need and tok.fam != "qty") or c_sent[clause] in listing)
            and c_sent[clause] not in asked_next
            # "net 60 works for a two-year deal": tied to a get in its clause, it is offered
            and not (c_flags[clause] & WCOND and clause in get_clauses)
        ):
            # "7 pct off, net 90, and a 60-day pilot": listed beside a firm move of the sentence
            if firm is None:
                firm = {tk.clause for tk in toks if not tk.weak and not negated(sc, tk)}
            if not _listed_beside(firm, tok, c_sent):
                continue
        kept.append(tok)
    return kept


def _ties_by_sentence(sc: Scan) -> dict[int, tuple[list[int], int]]:
    """Per sentence: the starts of its strong connectors and the last start of a get (or a
    sign verb) in it, for _tied_to_a_get_after (built once, in one pass)."""
    c_sent = sc.c_sent
    conds: dict[int, list[int]] = {}
    last_get: dict[int, int] = {}
    for start, _end, flags, clause, _subj in sc.cues:
        sent = c_sent[clause]
        if flags & COND:
            conds.setdefault(sent, []).append(start)
        if flags & SIGNV:
            last_get[sent] = max(start, last_get.get(sent, -1))
    for get in sc.toks:
        if get.fam == "get" or (get.fam == "qty" and get.kind == "term_commitment"):
            sent = c_sent[get.clause]
            last_get[sent] = max(get.start, last_get.get(sent, -1))
    return {sent: (starts, last_get.get(sent, -1)) for sent, starts in conds.items()}


def _tied_to_a_get_after(ties: dict[int, tuple[list[int], int]], sent: int, tok: Tok) -> bool:
    """A strong connector and then a get (or a sign verb) follow the size in its sentence."""
    if sent not in ties:
        return False
    starts, last_get = ties[sent]
    index = bisect_left(starts, tok.end + 1)
    return index < len(starts) and starts[index] < last_get


_LIST_RUN = 3  # sentences of a list that one ask before or after it covers
_POINTS_BACK = QMARK | ANA  # a question about "that" / "it"


def _asked_about(sc: Scan) -> set[int]:
    """The sentences of a list that a move-less ask right before or after it is about:
    "12%. net 45. a 60-day pilot. can I do any of it?", "can you approve something for
    Orla? 12% and net 45." (up to three sentences that each hold a move). A move-less question
    that points back ("They pay on net 60. Can you accommodate that?") covers the sentence
    before it only."""
    if not sc.all_flags & (AP | PQ | WQ | _POINTS_BACK):
        return set()
    s_flags, c_sent, s_quoted = sc.s_flags, sc.c_sent, sc.s_quoted
    with_moves = {c_sent[tok.clause] for tok in sc.toks}
    asked: set[int] = set()
    last = len(s_flags) - 1
    for sent in range(len(s_flags)):
        flags = s_flags[sent]
        if sent in with_moves or s_quoted[sent]:
            continue
        if flags & (AP | PQ | WQ):
            steps: tuple[int, ...] = (-1, 1)
        elif flags & _POINTS_BACK == _POINTS_BACK and flags & (CTX | GIVEV):
            steps = (-1,)
        else:
            continue
        for step in steps:
            near = sent + step
            while 0 <= near <= last and near in with_moves and abs(near - sent) <= _LIST_RUN:
                asked.add(near)
                near += step
    return asked


def _any_weak(toks: list[Tok]) -> bool:
    """Some move needs context (a plain loop: cheaper than any() over a generator)."""
    for tok in toks:
        if tok.weak:
            return True
    return False


def _listed_beside(firm: set[int], tok: Tok, c_sent: list[int]) -> bool:
    """A firm (not weak) move sits in the clause just before or after, in the same sentence."""
    clause = tok.clause
    sent = c_sent[clause]
    # ("ended up at 8% off with net 45": beside a firm move in its own clause)
    return (
        clause in firm
        or (clause - 1 in firm and c_sent[clause - 1] == sent)
        or (clause + 1 in firm and c_sent[clause + 1] == sent)
    )


def negated(sc: Scan, tok: Tok) -> bool:
    """The move sits after a negation in its clause, or before a post-negation."""
    return sc.c_neg[tok.clause] < tok.start or sc.c_pneg[tok.clause] > tok.end


def countered(sc: Scan, candidates: list[Tok], kept: list[Tok]) -> list[Tok]:
    """Drop asks the seller turns down by negating the same kind of move right after:
    "Globex wants net 120; we can't do net 120", "they're asking for a dedicated CSM, we
    can't offer one at this tier" (the same sentence or the next)."""
    if not kept or not sc.all_flags & ASK or not sc.all_flags & (NEG | PNEG):
        return kept
    c_sent, s_flags = sc.c_sent, sc.s_flags
    refusals = [
        tok for tok in candidates if negated(sc, tok) and not s_flags[c_sent[tok.clause]] & UCOND
    ]
    if not refusals or not kept:
        return kept
    by_kind: dict[str | None, list[Tok]] = {}
    for no in refusals:  # in order of position
        by_kind.setdefault(no.kind, []).append(no)
    starts = {kind: [no.start for no in nos] for kind, nos in by_kind.items()}
    out = []
    for tok in kept:
        sent = c_sent[tok.clause]
        nos = by_kind.get(tok.kind)
        if nos and s_flags[sent] & ASK:
            index = bisect_left(starts[tok.kind], tok.end + 1)  # the first refusal after it
            if index < len(nos) and c_sent[nos[index].clause] - sent <= 1:
                continue
        out.append(tok)
    return out


def counter_sizes(sc: Scan, gives: list[Tok]) -> None:
    """A bare number offered back sizes the sized give asked for before it (a smaller one)."""
    text = sc.text
    if not gives or not any(word in text for word in ("offered", "proposed", "counter", "back")):
        return
    for m in _patterns().counter_size.finditer(text):
        value = float(m.group(1))
        before = [
            tok
            for tok in gives
            if tok.end <= m.start() and m.start() - tok.end <= 120 and tok.amount is not None
        ]
        if before:
            tok = before[-1]
            if tok.unit not in _MONEY and tok.amount is not None and value < tok.amount:
                tok.amount = value


def dedupe(toks: list[Tok], sc: Scan) -> tuple[Item, ...]:
    """One item per kind, in order of first appearance.

    The size is the first one stated, unless a later one is what the seller offers or
    asks to offer ("they want 20% ... can I meet them at 15%?").
    """
    if not toks:
        return ()
    text = sc.text
    if len(toks) == 1:
        tok = toks[0]
        return (new_item(tok.kind or "", tok.amount, tok.unit, text[tok.start : tok.end].strip()),)
    first: dict[str, Tok] = {}
    sized: dict[str, Tok] = {}
    c_flags = sc.c_flags
    last: dict[str, Tok] = {}
    second: list[Tok] = []  # "an MFN clause and uncapped liability": two of one kind, listed
    patterns = _patterns()
    for tok in toks:
        kind = tok.kind or ""
        before = last.get(kind)
        last[kind] = tok
        if kind == "discount" and patterns.a_fee.search(text, tok.start, tok.end):
            kind = "discount/fee"  # "10% + waive the setup fee": a fee waived is a second discount
        if (
            before is not None
            and len(second) < 1
            and tok.amount is None
            # (terms and things listed; not "a case study + logo", "a dedicated CSM and 99.9%
            # uptime", "onboarding and training package": one reference, one SLA, one package)
            and tok.fam != "get"
            and kind in _LISTED_KINDS
            and patterns.and_another.fullmatch(text, before.end, tok.start) is not None
            and patterns.one_package.match(text, tok.end) is None
        ):
            second.append(tok)
        first.setdefault(kind, tok)
        if tok.amount is not None and not _moved_from(text, tok):
            if (
                kind not in sized
                or c_flags[tok.clause] & _OFFERED
                or _moved_to(text, sized[kind], tok)
                or patterns.go_to.search(text, max(0, tok.start - 24), tok.start) is not None
            ):
                sized[kind] = tok
    items = []
    for key, tok in first.items():
        size = sized.get(key, tok)
        kind = tok.kind or ""
        items.append(new_item(kind, size.amount, size.unit, text[tok.start : tok.end].strip()))
        items.extend(
            new_item(kind, None, None, text[more.start : more.end].strip())
            for more in second
            if more.kind == kind
        )
    return tuple(items)


_LISTED_KINDS = frozenset(("policy_exception", "payment_terms", "scope"))


def _moved_from(text: str, tok: Tok) -> bool:
    """ "bump the discount from 10% to 12%", "net 30 → net 60": the first size is the old one."""
    m = _patterns().from_to.match(text, tok.end)
    if m is None or not text.startswith(("net", "$", "€", "£", *"0123456789"), m.end()):
        return False
    return _a_change_of_size(text, m, tok)


def _moved_to(text: str, before: Tok, after: Tok) -> bool:
    """ "from net 30 to net 75", "net 30 → net 60": the move is to the second size."""
    m = _patterns().from_to.fullmatch(text, before.end, after.start)
    return m is not None and _a_change_of_size(text, m, before)


def _a_change_of_size(text: str, connector: re.Match[str], first: Tok) -> bool:
    """The words between two sizes say the first changes into the second: an arrow ("->",
    "→"), or a plain "to" after "from" before the first size."""
    return (
        "-" in connector.group()
        or "→" in connector.group()
        or text[max(0, first.start - 6) : first.start].rstrip().endswith("from")
    )


def conditional(sc: Scan, gives: list[Tok], gets: list[Tok]) -> bool:
    """True when a connector ties a give to a get in one sentence (or an adjacent one)."""
    if not gives or not gets or sc.all_flags & UNTIED:
        return False
    c_sent = sc.c_sent
    earliest: dict[int, int] | None = None  # sentence -> start of its first give (on demand)
    for tok in gets:  # "10% off on 100+ seats": seats asked for right after a give
        if tok.kind != "volume":
            continue
        if earliest is None:
            earliest = {}
            for give in gives:
                earliest.setdefault(c_sent[give.clause], give.start)
        if earliest.get(
            c_sent[tok.clause], tok.start
        ) < tok.start and _patterns().asked_with.search(sc.text, max(0, tok.start - 6), tok.start):
            return True
    if not sc.all_flags & (COND | WCOND | RCOND | TCOND):
        return False
    give_sents: dict[int, int] = {}  # sentence -> start of its last give
    first_give: dict[int, int] = {}  # sentence -> start of its first give
    get_sents: dict[int, list[int]] = {}  # sentence -> sorted starts of its gets
    first_get_end: dict[int, int] = {}
    for tok in gives:
        give_sents[c_sent[tok.clause]] = max(tok.start, give_sents.get(c_sent[tok.clause], -1))
        first_give[c_sent[tok.clause]] = min(
            tok.start, first_give.get(c_sent[tok.clause], tok.start)
        )
    # "asked for an extended trial. I said yes, 45 days, but only if ...": a size stated for
    # the give of the sentence before stands for that give in its own sentence
    for tok in sc.toks:
        if tok.fam == "used":
            sent = c_sent[tok.clause]
            if sent not in first_give and sent - 1 in first_give:
                give_sents[sent] = first_give[sent] = tok.start
    get_clause: dict[int, int] = {}
    for tok in gets:  # in order of position (resolve sorts them)
        get_sents.setdefault(c_sent[tok.clause], []).append(tok.start)
        get_clause[tok.start] = tok.clause
        first_get_end.setdefault(c_sent[tok.clause], tok.end)
    first_tok: dict[int, int] | None = None  # sentence -> start of its first token (on demand)
    last_sent = -1
    for start, end, flags, clause, _subj in sc.cues:  # in order of position
        sent = c_sent[clause]
        first_cue = sent != last_sent
        last_sent = sent
        if not flags & (COND | WCOND | RCOND | TCOND):
            continue
        here_gets = get_sents.get(sent, [])
        if flags & TCOND:  # "15% off and net 60, and they'll sign a two-year deal"
            if first_give.get(sent, end) < start and here_gets and here_gets[-1] >= end:
                return True
            # "... I'll do 6%. that's the trade": a tie named after a sentence with both sides
            if flags & ANA and sent not in give_sents and not here_gets:
                if sent - 1 in give_sents and sent - 1 in get_sents:
                    return True
            continue
        if flags & RCOND:  # "sign by Friday and we'll include onboarding"
            if first_get_end.get(sent, start + 1) <= start and give_sents.get(sent, -1) > start:
                return True
            # in the customer's words the give comes first: "drop the fee and we'll take the
            # 5-year"
            if first_give.get(sent, end) < start and here_gets and here_gets[-1] >= end:
                return True
            continue
        if flags & WCOND and not flags & COND:  # "for" / "with" right before a get
            if sc.s_flags[sent] & REPORT:  # "closed at 11% off w/ a 2yr term": a report
                continue
            index = bisect_left(here_gets, end)
            if index == len(here_gets) or here_gets[index] - end > 20:
                continue
            if get_clause[here_gets[index]] != clause:  # "15% for TechCorp, annual prepay"
                continue
        has_give = sent in give_sents
        has_get = bool(here_gets)
        if has_give and has_get:
            return True
        if first_cue and first_tok is None:
            first_tok = {}
            for tok in sc.toks:
                first_tok.setdefault(c_sent[tok.clause], tok.start)
        opens = first_cue and first_tok is not None and first_tok.get(sent, start + 1) > start
        refers = sc.s_flags[sent] & ANA or opens
        before = sent - 1
        # a paragraph break is no sentence: skip the empty lines ("...quarterly invoicing.\n\nBoth
        # are contingent on ...")
        while before > 0 and before not in give_sents and before not in get_sents:
            if sc.s_flags[before]:
                break
            before -= 1
        if before not in give_sents and before not in get_sents:
            before -= 1  # skip one sentence without moves ("thoughts @maria?")
        if (sc.s_flags[sent] | sc.s_flags[max(0, sent - 1)] | sc.s_flags[max(0, before)]) & APART:
            continue  # "... Separately, pls send the signed order": set apart, no trade
        if refers and has_get and not has_give and before in give_sents:
            return True
        if refers and has_give and not has_get and before in get_sents:
            return True
        if opens and has_get and not has_give and (sent + 1) in give_sents:
            return True
    return False


def discount_request(sc: Scan, gives: list[Tok], gets: list[Tok] = ()) -> bool:  # type: ignore[assignment]
    """True when the author asks a colleague to approve the move.

    Not when the sentence reports approval already given and asks nothing ("legal already
    ok'd it, so we're good to go"), nor when a permission question is about a get the
    seller wants ("can we get a meeting with the owner?").
    """
    if not gives:
        return False
    if sc.all_flags & CO and _colleague_asked(sc, gives):
        return True
    if not sc.all_flags & (AP | PQ | WQ):
        return False
    get_clauses: set[int] | None = None  # clauses with a get and no give (on demand)
    colleague = sc.all_flags & CO
    you_anywhere = sc.all_flags & YOU
    # the customer spoken of in the third person ("they", "Bramble asked for"): a "you" in a
    # question is then the colleague, not the customer
    third_person = sc.all_flags & (CUST | ASK)
    named_party: bool | None = None  # a give for a party named after it (on demand)
    marks = quote_marks(sc.text)
    for start, _end, flags, clause, subj in sc.cues:
        if not flags & (AP | PQ | WQ):
            continue
        sent = sc.c_sent[clause]
        if sc.s_quoted[sent] or sc.g_flags[sc.c_seg[clause]] & POL:
            continue
        if marks and inside_quotes(marks, start):  # "From their email: "please confirm ...""
            continue
        if sc.s_flags[sent] & APDONE and not sc.s_flags[sent] & QMARK:
            continue
        if flags & PQ:
            if get_clauses is None:
                get_clauses = {tok.clause for tok in gets} - {tok.clause for tok in gives}
            if clause in get_clauses:
                continue
        if flags & AP:
            # "their legal needs to approve it" is the customer's approval, not a request
            if subj != "C" or not sc.text.startswith("approv", start):
                return True
            continue
        if (
            colleague
            or (flags & PQ and not sc.s_flags[sent] & YOU)
            or (flags & WQ and (not you_anywhere or (third_person and sc.s_flags[sent] & QMARK)))
        ):
            return True
        if flags & WQ:
            if named_party is None:
                named_party = _for_a_named_party(sc, gives)
            if named_party:
                return True
    return False


def _for_a_named_party(sc: Scan, gives: list[Tok]) -> bool:
    """A give for a party named beside it ("10% for Acme", "net 60 on Brandt", "give Cobalt the
    onboarding") speaks of the customer in the third person: "are you ok with 10% for Acme?"
    is put to a colleague.

    Not a size for a get, a group or a time ("10% for renewals", "for a 2-year term"): the
    word after must be no other move's.
    """
    patterns = _patterns()
    starts = {tok.start for tok in sc.toks}
    text = sc.text
    for tok in gives:
        m = patterns.named_party.match(text, tok.end)
        if m and text.rfind(" ", m.start(), m.end()) + 1 not in starts:
            return True
        if patterns.named_before.search(text, max(0, tok.start - 48), tok.start):
            return True
    return False


def _colleague_asked(sc: Scan, gives: list[Tok]) -> bool:
    """A colleague is addressed and a give sits in a question of the author's own: "@finance
    can they defer the first payment to January?" asks leave to give it, whatever the verb.

    Not a question that relays the customer's ask ("they want 20% off?"), one put to the
    customer ("could you ...?"), a quoted one, or one in a policy or news segment.
    """
    s_flags, c_sent = sc.s_flags, sc.c_sent
    marks = quote_marks(sc.text)
    for tok in gives:
        sent = c_sent[tok.clause]
        flags = s_flags[sent]
        if (
            flags & QMARK
            and not flags & (YOU | ASK | APDONE)
            and not sc.s_quoted[sent]
            and not (marks and inside_quotes(marks, tok.start))
            and not sc.g_flags[sc.c_seg[tok.clause]] & POL
            and not negated(sc, tok)
        ):
            return True
    return False
