"""Whether a message asks a colleague to approve a concession: the rules, then the model.

The rules (judging.discount_request) are precise but know only the wordings they were
written for. Where they say no and the message has a give, the learned model may still
say yes when it is confident: approval asks in new words ("pls bless 12% for Acme").
"""

from __future__ import annotations

from coaching.reader import judging as J
from coaching.reader.flags import Cue
from coaching.reader.quotes import inside_quotes, quote_marks
from coaching.reader.request_features import features
from coaching.reader.request_model import shipped_model
from coaching.reader.scanning import Scan, Tok


def discount_request(sc: Scan, gives: list[Tok], gets: list[Tok]) -> bool:
    """The rules' verdict; where they say no to a give of the author's own, the model's.

    Never in the customer's own voice: an approval ask comes from the seller side.
    """
    if in_buyer_voice(sc):
        return False
    if J.discount_request(sc, gives, gets):
        return True
    judged = judged_gives(sc, gives)
    return bool(judged) and shipped_model().asks(features(sc, judged))


_SPOKEN_OF = int(Cue.CUST | Cue.ASK | Cue.CO)  # a customer in the third person, a colleague
_YOU = int(Cue.YOU)
_BUYER = int(Cue.BUYER)
_APDONE = int(Cue.APDONE)
_GRANTED = int(Cue.APDONE | Cue.QMARK)  # approval given and not asked about
_COLLEAGUE = int(Cue.CO)


def in_buyer_voice(sc: Scan) -> bool:
    """The author speaks as the customer ("your liability", "our budget", "before we commit")
    and addresses no colleague: whatever it asks for, it asks the seller, not for approval.
    """
    return bool(sc.all_flags & _BUYER) and not sc.all_flags & _COLLEAGUE


def judged_gives(sc: Scan, gives: list[Tok]) -> list[Tok]:
    """The gives the model judges: none in a message to the customer ("you" and no one else
    spoken of: "we can do net 60 for you, ok?"), nor in a quoted line or between quote marks
    (someone else's words).
    """
    if (sc.all_flags & _YOU and not sc.all_flags & _SPOKEN_OF) or in_buyer_voice(sc):
        return []
    marks = quote_marks(sc.text)
    return [
        tok
        for tok in gives
        if not sc.s_quoted[sc.c_sent[tok.clause]]
        and not (marks and inside_quotes(marks, tok.start))
        and sc.s_flags[sc.c_sent[tok.clause]] & _GRANTED != _APDONE
    ]
