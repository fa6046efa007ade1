"""What the learned approval-ask model sees of a message: words, word pairs and cue flags.

Read from the scan the rules already made (its normalised text and flags), so the model
adds a few regex passes over a message that has a give and nothing for one that has none.
Numbers become ``0`` and mentions ``@``: "12% for Acme" and "8% for Brandt" share features.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from coaching.reader.flags import Cue
from coaching.reader.scanning import Scan, Tok

# The cue flags worth telling the model about: who is addressed, who speaks, whether it asks.
_FLAGS = (
    Cue.AP,
    Cue.PQ,
    Cue.WQ,
    Cue.CO,
    Cue.YOU,
    Cue.CUST,
    Cue.SELLER,
    Cue.ASK,
    Cue.GIVEV,
    Cue.QMARK,
    Cue.POL,
    Cue.APDONE,
    Cue.REPORT,
    Cue.INFO,
    Cue.COND,
    Cue.NEG,
    Cue.REFUSAL,
    Cue.CTX,
)
# Who the give's sentence speaks of or to, crossed with how the message asks: "for you ...
# ok?" is put to the customer, "for Acme ... ok?" to a colleague.
_WHO = (Cue.YOU, Cue.CUST, Cue.CO, Cue.SELLER)
_HOW = (Cue.AP, Cue.PQ, Cue.WQ, Cue.QMARK)


@dataclass(frozen=True)
class _Patterns:
    number: re.Pattern[str]
    mention: re.Pattern[str]
    word: re.Pattern[str]
    mask: int


@functools.cache
def _patterns() -> _Patterns:
    mask = 0
    for flag in _FLAGS:
        mask |= int(flag)
    return _Patterns(
        number=re.compile(r"[0-9]+(?:[.,][0-9]+)*"),
        mention=re.compile(r"@[a-z0-9][a-z0-9._-]*"),
        word=re.compile(r"[a-z][a-z']*|[0@?%$€£]"),
        mask=mask,
    )


def features(sc: Scan, gives: list[Tok]) -> list[str]:
    """The features of a message with a give (the only messages the model judges).

    Words and word pairs (``^`` and ``$`` mark the ends); ``m:`` flags set anywhere in the
    message, ``g:`` flags in a sentence with a give, ``x:`` who that sentence is about crossed
    with how the message asks. The rules' verdict is left out: the
    model is asked only where the rules said no, and trained where the rules fit their own
    tuning data, it would learn to echo them.
    """
    p = _patterns()
    text = p.number.sub("0", sc.text)
    if "@" in text:
        text = p.mention.sub("@", text)
    words = p.word.findall(text)
    out = [*words, *map(" ".join, itertools.pairwise(["^", *words, "$"]))]
    give_flags = 0
    s_flags, c_sent = sc.s_flags, sc.c_sent
    for tok in gives:
        give_flags |= s_flags[c_sent[tok.clause]]
    out += _flag_features(sc.all_flags & p.mask, give_flags & p.mask)
    return out


@functools.lru_cache(maxsize=1024)
def _flag_features(anywhere: int, in_give: int) -> tuple[str, ...]:
    names: list[str] = []
    for flag in _FLAGS:
        if anywhere & flag:
            names.append(f"m:{flag.name}")
            if in_give & flag:
                names.append(f"g:{flag.name}")
    for who in _WHO:
        if in_give & who:
            names += [f"x:{who.name}&{how.name}" for how in _HOW if anywhere & how]
    return tuple(names)
