"""Plain text -> the lower-case form the scan reads: formatting and emoji gone, typos fixed.

Platform markup (Slack's ``<@U123>``, ``<#C1|deals>``, entities) is the platform
translator's job (adapters/slack/translate.py ``slack_to_plain``); what reaches the
reader is the words a person sees. Only plain-text conventions are handled here:
strikethrough (withdrawn words), emphasis marks, typographic punctuation, emoji,
"w/" and "w/o", and the typo words listed in vocab.variants().
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from coaching.reader import vocab as V
from coaching.reader.tables import tables


class _Patterns(NamedTuple):
    w_slash: re.Pattern[str]
    open_quote: re.Pattern[str]
    one_period: re.Pattern[str]
    net_days: re.Pattern[str]
    strike: re.Pattern[str]
    emoji_code: re.Pattern[str]
    emoji_chars: re.Pattern[str]
    translate: dict[int, str]


@functools.cache
def _patterns() -> _Patterns:
    return _Patterns(
        # "a free month", "another month on the pilot": one of them, said without a number
        one_period=re.compile(
            r"(?<![a-z0-9])(?:an?\s+(?=(?:free|extra|additional)\s+(?:month|week|year)\b(?!s))"
            r"|another\s+(?=(?:free\s+|extra\s+)?(?:month|week)\b(?!s)))"
        ),
        open_quote=re.compile(r"(?<![a-z0-9])'(?=[a-z0-9])"),
        w_slash=re.compile(r"(?<![a-z])w/o(?![a-z])|(?<![a-z])w/(?=[\s\w])"),
        net_days=re.compile(r"(?<![a-z])net(?=\d)"),
        strike=re.compile(r"(?<![a-z0-9])~[^~\n]{1,200}~(?![a-z0-9])"),
        emoji_code=re.compile(r":(?:[a-z][a-z0-9_+'-]{0,50}|[+-]1):"),
        emoji_chars=re.compile(
            "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3"
            "\U000e0020-\U000e007f]+"
        ),
        translate=str.maketrans(
            {
                "\u2018": "'",
                "\u2019": "'",
                "\u02bc": "'",
                "\u201c": '"',
                "\u201d": '"',
                "\u2013": " - ",
                "\u2014": " - ",
                "\u2212": "-",
                "\u00a0": " ",
                "\u202f": " ",
                "\u2026": ". ",
                "*": " ",
                "_": " ",
                "~": " ",
                "`": " ",
            }
        ),
    )


def normalise(text: str, variants: bool = True) -> str:
    """Lower-case plain text: emoji and formatting gone, typos fixed.

    analyze passes variants=False: its scan spots typo words itself and asks for the
    (rarely needed) rewrite only then, which saves a pass over every message.
    """
    p = _patterns()
    t = text.lower()
    if "~" in t:  # strikethrough: withdrawn words
        t = p.strike.sub(" ", t)
    if not t.isascii():
        t = p.emoji_chars.sub(" ; ", t.translate(p.translate))
    elif "*" in t or "_" in t or "`" in t or "~" in t:  # translate costs more than these checks
        t = t.translate(p.translate)
    if ":" in t:
        t = p.emoji_code.sub(" ; ", t)
    if "net" in t:  # "net45" is "net 45"
        t = p.net_days.sub("net ", t)
    if "'" in t:  # "'if you can ...'": a quote mark opening a word hides the word
        t = p.open_quote.sub(" ", t)
    if "month" in t or "week" in t or "year" in t:
        t = p.one_period.sub(_one, t)
    if "w/" in t:
        t = p.w_slash.sub(lambda m: "without" if m.group(0).endswith("o") else "with ", t)
    return fix_variants(t) if variants else t


def _one(m: re.Match[str]) -> str:
    """ "a free month" -> "1 free month", "another month" -> "another 1 month"."""
    return "another 1 " if m.group().startswith("another") else "1 "


def fix_variants(t: str) -> str:
    """Typo and shorthand words replaced by the word the rules know ("discout" -> "discount")."""
    spellings = V.variants()
    return tables().variant.sub(lambda m: spellings[m.group(0)], t)
