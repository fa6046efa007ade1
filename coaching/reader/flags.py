"""Named cue flags: what a word tells the reader about its clause, sentence or segment.

The vocabulary (vocab.py) names these; the compiled tables store them as plain ints
so the scanning loop pays nothing for the enum (``int(Cue.X)`` once, at build time).
"""

from __future__ import annotations

import enum


class Cue(enum.IntFlag):
    """Flags a word sets on the clause, sentence and contrast segment it is in."""

    CTX = 1 << 0  # offer/ask context: modals, offer and ask verbs
    YOU = 1 << 1  # the customer addressed ("you", "your")
    CUST = 1 << 2  # a customer-side subject ("they", "their", "customer")
    SELLER = 1 << 3  # a seller-side subject ("we", "I", "us")
    COND = 1 << 4  # strong conditional connector ("if", "in exchange for")
    WCOND = 1 << 5  # weak connector ("for", "with"): counts only right before a get
    RCOND = 1 << 6  # "and we'll": counts only after a get
    UCOND = 1 << 7  # "unless" / "only with": a negation in the sentence is a condition
    NEG = 1 << 8  # negation of what follows in the clause
    PNEG = 1 << 9  # negation of what precedes in the clause ("is off the table")
    POL = 1 << 10  # policy, threshold, announcement, news: nothing in the segment is a move
    AP = 1 << 11  # asks a colleague to approve ("pls approve", "ok to agree?")
    PQ = 1 << 12  # permission question ("can we offer", "should we let")
    WQ = 1 << 13  # weak question ("thoughts?", "is that ok?")
    CO = 1 << 14  # a colleague is addressed (mention, "boss,", "deal desk")
    FREE = 1 << 15  # "free", "at no charge", "on us"
    INCL = 1 << 16  # "throw in", "include", "add"
    ANA = 1 << 17  # "that", "it": refers back to an earlier sentence
    ASK = 1 << 18  # customer asks ("wants", "asked for")
    GIVEV = 1 << 19  # seller gives ("give", "offer", "provide")
    BUYV = 1 << 20  # customer buys ("buy", "add", "take", "go to")
    SIGNV = 1 << 21  # sign / commit verbs
    WHEN = 1 << 22  # a deadline ("by Friday", "this month")
    APDONE = 1 << 23  # approval already given ("got approval"): consumed, not a request
    NOOP = 1 << 24  # consumed words that mean nothing here (e.g. "revenue up 15%")
    BD_CLAUSE = 1 << 25  # ends a clause
    BD_SENT = 1 << 26  # ends a sentence
    BD_SEG = 1 << 27  # contrast ("but"): new clause and new policy segment
    QMARK = 1 << 28  # the sentence is a question
    INSTEAD = 1 << 29  # "rather than" / "instead of": the move right after is not given
    FREE_OBJ = 1 << 30  # "free <something>": a scope give even when the thing is not in SCOPE_OBJ
    REFUSAL = 1 << 31  # "I declined", "told them no": a refusal of what was asked just before
    INFO = 1 << 32  # the message asks for information or advice, not for a concession
    TCOND = 1 << 33  # "..., and they'll": ties gives before it to a get after it
    REPORT = 1 << 34  # "closed at 11% off", "where we landed": a deal reported, not offered
    BUYER = 1 << 35  # the author speaks as the customer ("your liability", "above our budget")
    UNTIED = 1 << 36  # "not a trade", "not as part of that": the moves are said not to be tied
    APART = 1 << 37  # "separately", "unrelated": the sentence is no trade with the ones beside it
