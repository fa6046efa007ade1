"""The compiled rule tables, built once on first use (importing the reader stays cheap).

``tables()`` turns the vocabulary (vocab.py) into what the scan needs: one ordered
alternation per head word, one per quantity unit, the trigger scan that finds head
words, numbers, mentions and punctuation, and the dispatch table that says what a
trigger hit is. Flags are stored as plain ints (see flags.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import NamedTuple

from coaching.reader import vocab as V
from coaching.reader.flags import Cue
from coaching.reader.narrowing import NARROW_MIN_RULES, Narrowed, compile_rules


class Rule(NamedTuple):
    """What a matched rule means: its family, kind, cue flags, and how to read it."""

    family: str  # give, get, obj, buy, seatx, qty, cue
    kind: str | None
    flags: int
    weak: bool  # needs offer or ask context to count
    qty: bool  # read the size from the matched words


# What a trigger hit is, decided by one dict lookup: a head word with many rules (narrowed by
# the characters after it, see narrowing.py), a head word with rules to try, a head word that
# is its own rule, a bare cue word, a number, a typo word, or punctuation that ends
# a sentence or a clause (the scan tests them in this order, the most frequent first).
HIT_NARROW, HIT_RULES, HIT_WORD_RULE, HIT_CUE, HIT_NUMBER, HIT_VARIANT, HIT_SENT, HIT_CLAUSE = (
    range(8)
)

# Subjects a word names: S the seller side, Y the customer addressed, C the customer side.
SUBJECT = {
    "we": "S",
    "we'll": "S",
    "we'd": "S",
    "we're": "S",
    "we've": "S",
    "i": "S",
    "i'll": "S",
    "i'd": "S",
    "i'm": "S",
    "us": "S",
    "happy": "S",
    "willing": "S",
    "prepared": "S",
    "you": "Y",
    "you'll": "Y",
    "you'd": "Y",
    "you're": "Y",
    "you've": "Y",
    "y'all": "Y",
    "they": "C",
    "they'll": "C",
    "they'd": "C",
    "they're": "C",
    "they've": "C",
    "customer": "C",
    "customers": "C",
    "client": "C",
    "clients": "C",
    "buyer": "C",
    "prospect": "C",
    "procurement": "C",
    "their": "C",
}

SUBJECT_FLAGS = int(Cue.SELLER | Cue.YOU | Cue.CUST)
# Cue words kept by position (the judging needs where they are, not only that they occur).
TOKEN_FLAGS = int(
    Cue.AP
    | Cue.PQ
    | Cue.WQ
    | Cue.INCL
    | Cue.COND
    | Cue.WCOND
    | Cue.RCOND
    | Cue.TCOND
    | Cue.ANA
    | Cue.SIGNV
    | Cue.WHEN
    | Cue.GIVEV
    | Cue.FREE_OBJ
    | Cue.REFUSAL
)
# Cue words that need more than setting flags: boundaries, "instead of", subjects, negations.
SPECIAL_CUE = int(Cue.BD_CLAUSE | Cue.INSTEAD | Cue.NEG | Cue.PNEG) | SUBJECT_FLAGS


def trie_pattern(words: Iterable[str]) -> str:
    """An alternation of literal words that branches on shared prefixes (fast to reject)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def make_rule(
    family: str, kind: str | None, pattern: str | None, options: dict[str, object]
) -> Rule:
    if pattern is not None and re.compile(pattern).groups:
        raise ValueError(f"patterns must not capture (the group number names the rule): {pattern}")
    flags = options.get("flags", 0)
    weak, qty = bool(options.get("weak")), bool(options.get("qty"))
    return Rule(family, kind, int(flags) if isinstance(flags, int) else 0, weak, qty)


class HeadRules(NamedTuple):
    """A head word's rules in order, their patterns, and one alternation of them all."""

    rx: re.Pattern[str] | None  # None: the bare word is the head's first rule
    rules: tuple[Rule, ...]
    patterns: tuple[str, ...]


HeadTable = dict[str, HeadRules]


def build_heads() -> HeadTable:
    """Per head word: one ordered alternation of its rules (first match wins) and the rules.

    The rule that matched is the alternation's group number, so a head costs one regex
    call however many rules it has; a head whose first rule is the bare word needs none.
    """
    by_head: dict[str, list[tuple[str | None, Rule]]] = {}
    for family, kind, head_words, pattern, options in V.vocabulary().rules:
        rule = make_rule(family, kind, pattern, options)
        for head in head_words.split():
            by_head.setdefault(head, []).append((pattern, rule))
    heads: HeadTable = {}
    for head, entries in by_head.items():
        if entries[0][0] is None:
            heads[head] = HeadRules(None, (entries[0][1],), (re.escape(head),))
            continue
        patterns: list[str] = []
        for pattern, _rule in entries:
            patterns.append(pattern if pattern is not None else re.escape(head))
            if pattern is None:
                break  # the bare word always matches: no rule after it is ever reached
        rules = tuple(rule for _pattern, rule in entries[: len(patterns)])
        heads[head] = HeadRules(compile_rules(patterns), rules, tuple(patterns))
    return heads


def build_number_rules() -> dict[str, tuple[re.Pattern[str], tuple[Rule, ...]]]:
    """Per quantity unit group: one ordered alternation of what may follow the quantity."""
    by_unit: dict[str, list[tuple[str, Rule]]] = {}
    for family, kind, units, suffix, options in V.vocabulary().number_rules:
        rule = make_rule(family, kind, suffix, options)
        for unit in units.split():
            by_unit.setdefault(unit, []).append((suffix, rule))
    return {
        unit: (
            compile_rules([suffix for suffix, _r in entries]),
            tuple(rule for _s, rule in entries),
        )
        for unit, entries in by_unit.items()
    }


def build_dispatch(heads: HeadTable, number_keys: frozenset[str]) -> dict[str, tuple]:
    table: dict[str, tuple] = {}
    for head, (rx, rules, patterns) in heads.items():
        family, _kind, flags, _weak, _qty = rules[0]
        if rx is None and family == "cue" and not flags & Cue.BD_CLAUSE:
            table[head] = (HIT_CUE, flags, SUBJECT.get(head), bool(flags & TOKEN_FLAGS))
        elif rx is None:
            table[head] = (HIT_WORD_RULE, rules[0])
        elif len(rules) >= NARROW_MIN_RULES and head != "#":
            table[head] = (HIT_NARROW, Narrowed(head, patterns, rules))
        else:
            table[head] = (HIT_RULES, rx.match, rules)
    for key in V.variants():
        table.setdefault(key, (HIT_VARIANT,))
    for key in (*"0123456789$€£", *number_keys):
        table[key] = (HIT_NUMBER,)
    for key in ".!?\n":
        table[key] = (HIT_SENT,)
    for key in ";,:":
        table[key] = (HIT_CLAUSE,)
    return table


def straddling_pairs(words: Iterable[str]) -> frozenset[str]:
    """Every two adjacent characters that one trigger hit can hold (see the trigger in tables()).

    A rule match that ends between two characters not in this set cannot end inside a trigger
    hit, so the scan may resume its trigger search where the rule match ends: it finds the same
    next hit as walking on through the hits inside the match and skipping them.
    """
    pairs = {word[i : i + 2] for word in words for i in range(len(word) - 1)}
    mention_start = "abcdefghijklmnopqrstuvwxyz0123456789"
    mention_tail = mention_start + "._-"
    pairs |= {"@" + b for b in mention_start}  # @[a-z0-9][a-z0-9._-]*+
    pairs |= {a + b for a in mention_tail for b in mention_tail}
    pairs |= {a + b for a in ".!?" for b in ".!?"}  # [.!?]++
    spaces = [chr(code) for code in range(0x3001) if chr(code).isspace()]  # all of \s
    pairs |= {space + "-" for space in spaces} | {"-" + space for space in spaces} | {"--"}
    return frozenset(pairs)


class Tables(NamedTuple):
    heads: HeadTable
    number_rules: dict[str, tuple[re.Pattern[str], tuple[Rule, ...]]]
    dispatch: dict[str, tuple]
    trigger: re.Pattern[str]
    straddling: frozenset[str]
    qty: re.Pattern[str]
    variant: re.Pattern[str]
    bare_rules: dict[str, Rule]
    plain_size: Rule


@functools.cache
def tables() -> Tables:
    """Compile the vocabulary (once per process, on the first message read)."""
    heads = build_heads()
    number_rules = build_number_rules()
    number_keys = frozenset(V.NUMBER_HEADS)
    words = sorted(set(heads) - {"#"} | number_keys | set(V.variants()))
    # Head words, numbers, mentions and punctuation. The lookahead guard lets the engine skip
    # the non-word alternatives at ordinary letters, which halves the cost of the scan.
    trigger = re.compile(
        r"(?<![a-z0-9'])(?:" + trie_pattern(words) + r")(?![a-z0-9])"
        r"|(?=[^a-z\s]|\s-|\n)(?:"
        r"(?<![a-z0-9.,])[0-9$€£]"
        r"|@[a-z0-9][a-z0-9._-]*+"
        r"|(?<![.!?])[.!?]++(?=\s|$)"
        r"|[\n;]|,(?!\d{3})|:(?!\d)|\s-++\s)"
    )
    return Tables(
        heads=heads,
        number_rules=number_rules,
        dispatch=build_dispatch(heads, number_keys),
        trigger=trigger,
        straddling=straddling_pairs(words),
        qty=re.compile(V.QTY),
        variant=re.compile(r"(?<![a-z0-9'-])(?:" + trie_pattern(V.variants()) + r")(?![a-z0-9'-])"),
        bare_rules={unit: Rule(fam, None, 0, False, True) for unit, fam in V.BARE_QUANTITY.items()},
        plain_size=Rule("qty", None, 0, False, True),
    )
