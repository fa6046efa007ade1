"""A head word's rules narrowed to those that can match where the text goes on.

A head with many rules costs one regex call on an alternation of all of them, and the regex
engine tries every branch in turn. Most branches fail on the first characters after the head
word ("for" + " 2 years" cannot be "for it." or "for that, we"), so the scan looks at what
follows the head (a space and the next word's first three letters, or the one character that
is not a space) and calls an alternation of only the rules that can still match there, in
their order: the same first match, for a fraction of the work.

Which rules can go on is decided on each rule's parsed pattern (``re._parser``), by walking
it over the head word and those characters. The walk is conservative: lookarounds and word
boundaries are taken as always true, possessive and atomic groups as plain ones, and any
construct it does not know keeps the rule. So a rule is left out only where it cannot match;
tests/unit/coaching/test_reader_scan_work.py checks that every labelled text scans the same.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# The regex parser's tree and opcodes (private modules without stubs; stable since 3.11).
C: Any = importlib.import_module("re._constants")
P: Any = importlib.import_module("re._parser")

NARROW_MIN_RULES = 4  # fewer rules cost less to try than to narrow
_CACHED_KEYS = 1024  # per head: distinct continuations remembered (bounded memory)
_ALWAYS = None  # a rule the walk cannot judge: always tried

Frame = tuple[Any, ...]
State = tuple[Frame, ...]
_ACCEPT: State = ()


class _Unknown(Exception):
    """The walk met a construct it does not model (the rule is then always tried)."""


def _freeze(node: Any) -> Any:
    """The parse tree as nested tuples, so walk states can be hashed."""
    if isinstance(node, (list, tuple, P.SubPattern)):
        return tuple(_freeze(item) for item in node)
    return node


def _in_category(category: Any, ch: str) -> bool:
    if category in (C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT):
        return ch.isdigit()  # (a superset of what \d matches: the walk may keep, never drop)
    if category in (C.CATEGORY_NOT_DIGIT, C.CATEGORY_UNI_NOT_DIGIT):
        return True
    if category in (C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE):
        return ch.isspace()
    if category in (C.CATEGORY_NOT_SPACE, C.CATEGORY_UNI_NOT_SPACE):
        return not ch.isspace()
    if category in (C.CATEGORY_WORD, C.CATEGORY_UNI_WORD):
        return ch.isalnum() or ch == "_"
    if category in (C.CATEGORY_NOT_WORD, C.CATEGORY_UNI_NOT_WORD):
        return not (ch.isalnum() or ch == "_")
    raise _Unknown(category)


def _in_set(items: tuple[Any, ...], ch: str) -> bool:
    negate = False
    hit = False
    for op, arg in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit = hit or ord(ch) == arg
        elif op is C.RANGE:
            hit = hit or arg[0] <= ord(ch) <= arg[1]
        elif op is C.CATEGORY:
            hit = hit or _in_category(arg, ch)
        else:
            raise _Unknown(op)
    return hit != negate


def _closure(state: State, seen: set[State], out: set[State]) -> None:
    """Every state reachable without reading a character: each waits on a character-reading
    item, or is the end of the pattern (_ACCEPT)."""
    if state in seen:
        return
    seen.add(state)
    if not state:
        out.add(_ACCEPT)
        return
    top, rest = state[0], state[1:]
    if top[0] == "rep":
        _tag, low, high, body = top
        if low == 0:
            _closure(rest, seen, out)
        if high != 0:
            # counts are capped so states stay finite (a larger minimum only narrows matches)
            low = min(max(low - 1, 0), 8)
            high = high if high == C.MAXREPEAT or high > 50 else high - 1
            _closure((("seq", body, 0), ("rep", low, high, body), *rest), seen, out)
        return
    _tag, items, index = top
    if index >= len(items):
        _closure(rest, seen, out)
        return
    op, arg = items[index]
    after: State = (("seq", items, index + 1), *rest)
    if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY):
        out.add(state)
    elif op is C.ASSERT and arg[0] == 1 and _finished(after):
        # a lookahead that ends the pattern ("can(?=\s+i\s+offer)"): the pattern matches here
        # only where the text goes on as the lookahead says, so the walk reads it
        _closure((("seq", arg[1], 0),), seen, out)
    elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        _closure(after, seen, out)  # zero-width: taken as true
    elif op is C.SUBPATTERN:
        if arg[1] or arg[2]:  # inline flags change what characters mean
            raise _Unknown(op)
        _closure((("seq", arg[3], 0), *after), seen, out)
    elif op is C.ATOMIC_GROUP:
        _closure((("seq", arg, 0), *after), seen, out)
    elif op is C.BRANCH:
        for alternative in arg[1]:
            _closure((("seq", alternative, 0), *after), seen, out)
    elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = arg
        _closure((("rep", low, high, body), *after), seen, out)
    else:
        raise _Unknown(op)


def _finished(state: State) -> bool:
    """Nothing is left to match: every open frame is a sequence at its end."""
    return all(frame[0] == "seq" and frame[2] >= len(frame[1]) for frame in state)


def _reads(state: State, ch: str) -> bool:
    _tag, items, index = state[0]
    op, arg = items[index]
    if op is C.LITERAL:
        return ord(ch) == arg
    if op is C.NOT_LITERAL:
        return ord(ch) != arg
    if op is C.ANY:
        return ch != "\n"
    return _in_set(arg, ch)


def _step(states: frozenset[State], ch: str) -> frozenset[State]:
    out: set[State] = set()
    for state in states:
        if state is not _ACCEPT and state and _reads(state, ch):
            _tag, items, index = state[0]
            _closure((("seq", items, index + 1), *state[1:]), set(), out)
    return frozenset(out)


def _walk(states: frozenset[State] | None, text: str) -> frozenset[State] | None:
    """The states after reading text; None when the pattern has matched on the way (or the
    walk cannot tell): the rule can match. An empty set: it cannot."""
    if states is None:
        return None
    try:
        for ch in text:
            if _ACCEPT in states:
                return None
            states = _step(states, ch)
            if not states:
                return states
    except _Unknown:
        return None
    return None if _ACCEPT in states else states


def _start(pattern: str, head: str) -> frozenset[State] | None:
    """The states of a rule's pattern after its head word (None: always try the rule)."""
    try:
        states: set[State] = set()
        _closure((("seq", _freeze(P.parse(pattern)), 0),), set(), states)
    except _Unknown:
        return _ALWAYS
    return _walk(frozenset(states), head)


class Narrowed(dict[str, tuple[Any, tuple[Any, ...]]]):
    """What follows the head -> (match of the rules that can go on there, those rules).

    Filled on first sight of each next-character pair (a cache, bounded per head); the
    rules' walk states are built on the head's first hit, so building the tables stays cheap.
    """

    def __init__(self, head: str, patterns: tuple[str, ...], rules: tuple[Any, ...]) -> None:
        super().__init__()
        self.head = head
        self.patterns = patterns
        self.rules = rules
        self.starts: tuple[frozenset[State] | None, ...] | None = None
        self.compiled: dict[tuple[int, ...], tuple[Any, tuple[Any, ...]]] = {}

    def __missing__(self, after: str) -> tuple[Any, tuple[Any, ...]]:
        if self.starts is None:
            self.starts = tuple(_start(p, self.head) for p in self.patterns)
        keep = tuple(i for i, start in enumerate(self.starts) if _can_go_on(start, after))
        entry = self.compiled.get(keep)
        if entry is None:
            entry = _alternation([self.patterns[i] for i in keep], [self.rules[i] for i in keep])
            self.compiled[keep] = entry
        if len(self) < _CACHED_KEYS:
            self[after] = entry
        return entry


def _can_go_on(start: frozenset[State] | None, after: str) -> bool:
    if start is None:
        return True
    if not start:
        return False  # the pattern cannot even read the head word
    walked = _walk(start, after)
    return walked is None or bool(walked)


def _alternation(patterns: list[str], rules: list[Any]) -> tuple[Any, tuple[Any, ...]]:
    if not patterns:
        return None, ()
    return compile_rules(patterns).match, tuple(rules)


def compile_rules(patterns: list[str]) -> re.Pattern[str]:
    """One ordered alternation: the first rule that matches wins, and ``lastindex`` names it.

    Each branch ends in an empty group rather than sitting inside one: the engine then marks
    a group only for the branch that matched, not on entering every branch it tries.
    """
    return re.compile("|".join(f"(?:{pattern})()" for pattern in patterns))
