"""Reads a sales chat message into gives, gets, whether they are tied, and approval asks.

Rule-based, deterministic and pure stdlib (see ANALYZE_CONTRACT.md). One linear
scan finds head words, numbers, mentions and punctuation; only the few phrase
rules filed under each head word are tried there (reader_vocab), so the cost is
linear in the message and small per message. The tokens are then judged per
clause and sentence: negations and policy statements cancel moves, sizes attach
to the nearest compatible move, connectors tie gives to gets, and approval cues
aimed at a colleague make a discount request.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from coaching import reader_vocab as V
from coaching.analysis import Analysis, Item
from coaching.reader_vocab import (
    ANA,
    AP,
    ASK,
    BD_CLAUSE,
    BD_SEG,
    BUYV,
    CO,
    COND,
    CTX,
    CUST,
    FREE,
    FREE_OBJ,
    GIVEV,
    INCL,
    INSTEAD,
    NEG,
    PNEG,
    POL,
    PQ,
    QMARK,
    RCOND,
    REFUSAL,
    SELLER,
    SIGNV,
    UCOND,
    WCOND,
    WHEN,
    WQ,
    YOU,
)

__all__ = ["analyze", "classify_get", "classify_give", "read_quantity"]

# -- compiled tables -------------------------------------------------------------------------


def _trie_pattern(words: Iterable[str]) -> str:
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


_Rule = tuple[str, "str | None", int, bool, bool]  # family, kind, flags, weak, qty


def _make_rule(
    family: str, kind: str | None, pattern: str | None, options: dict[str, object]
) -> _Rule:
    if pattern is not None and re.compile(pattern).groups:
        raise ValueError(f"patterns must not capture (the group number names the rule): {pattern}")
    flags = options.get("flags", 0)
    weak, qty = bool(options.get("weak")), bool(options.get("qty"))
    return family, kind, flags if isinstance(flags, int) else 0, weak, qty


def _build_heads() -> dict[str, tuple[re.Pattern[str] | None, tuple[_Rule, ...]]]:
    """Per head word: one ordered alternation of its rules (first match wins) and the rules.

    The rule that matched is the alternation's group number, so a head costs one regex
    call however many rules it has; a head whose first rule is the bare word needs none.
    """
    by_head: dict[str, list[tuple[str | None, _Rule]]] = {}
    for family, kind, head_words, pattern, options in V.RULES:
        rule = _make_rule(family, kind, pattern, options)
        for head in head_words.split():
            by_head.setdefault(head, []).append((pattern, rule))
    heads: dict[str, tuple[re.Pattern[str] | None, tuple[_Rule, ...]]] = {}
    for head, entries in by_head.items():
        if entries[0][0] is None:
            heads[head] = (None, (entries[0][1],))
            continue
        branches = []
        for pattern, _rule in entries:
            branches.append(f"({pattern if pattern is not None else re.escape(head)})")
            if pattern is None:
                break
        rules = tuple(rule for _pattern, rule in entries[: len(branches)])
        heads[head] = (re.compile("|".join(branches)), rules)
    return heads


_HEADS = _build_heads()


def _build_number_rules() -> dict[str, tuple[re.Pattern[str], tuple[_Rule, ...]]]:
    """Per quantity unit group: one ordered alternation of what may follow the quantity."""
    by_unit: dict[str, list[tuple[str, _Rule]]] = {}
    for family, kind, units, suffix, options in V.NUMBER_RULES:
        rule = _make_rule(family, kind, suffix, options)
        for unit in units.split():
            by_unit.setdefault(unit, []).append((suffix, rule))
    return {
        unit: (
            re.compile("|".join(f"({suffix})" for suffix, _r in entries)),
            tuple(rule for _s, rule in entries),
        )
        for unit, entries in by_unit.items()
    }


_NUMBER_RULES = _build_number_rules()
_NUMBER_KEYS = frozenset(V.NUMBER_HEADS)
_WORDS = sorted(set(_HEADS) - {"#"} | _NUMBER_KEYS | set(V.VARIANTS))
# Head words, numbers, mentions and punctuation. The lookahead guard lets the engine skip
# the non-word alternatives at ordinary letters, which halves the cost of the scan.
_TRIGGER = re.compile(
    r"(?<![a-z0-9'])(?:" + _trie_pattern(_WORDS) + r")(?![a-z0-9])"
    r"|(?=[^a-z\s]|\s-|\n)(?:"
    r"(?<![a-z0-9.,])[0-9$€£]"
    r"|@[a-z0-9][a-z0-9._-]*"
    r"|(?<![.!?])[.!?]++(?=\s|$)"
    r"|[\n;]|,(?!\d{3})|:(?!\d)|\s-++\s)"
)
_QTY = re.compile(V.QTY)
_VARIANT = re.compile(r"(?<![a-z0-9'-])(?:" + _trie_pattern(V.VARIANTS) + r")(?![a-z0-9'-])")
_W_SLASH = re.compile(r"(?<![a-z])w/o(?![a-z])|(?<![a-z])w/(?=[\s\w])")
_SLACK = re.compile(
    r"<(?:@[a-z0-9]{1,40}(?:\|(?P<user>[^<>\n]{0,80}))?"
    r"|#[a-z0-9]{1,40}(?:\|(?P<chan>[^<>\n]{0,80}))?"
    r"|!subteam\^[a-z0-9]{1,40}(?:\|@?(?P<team>[^<>\n]{0,80}))?"
    r"|!(?P<bang>here|channel|everyone)(?:\|[^<>\n]{0,80})?"
    r"|(?:https?|mailto):[^<>|\s]{1,2000}(?:\|(?P<label>[^<>\n]{0,200}))?)>"
)
_STRIKE = re.compile(r"(?<![a-z0-9])~[^~\n]{1,200}~(?![a-z0-9])")
_EMOJI_CODE = re.compile(r":(?:[a-z][a-z0-9_+'-]{0,50}|[+-]1):")
_EMOJI_CHARS = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3\U000e0020-\U000e007f]+"
)
_TRANSLATE = str.maketrans(
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
)
_SUBJECT = {
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
_UNITS_FOR: dict[str, tuple[str, ...]] = {
    "discount": ("%", "USD", "EUR", "GBP"),
    "payment_terms": ("days", "months"),
    "trial": ("days", "months"),
    "price_lock": ("%", "years", "months"),
    "scope": ("seats",),
    "term_commitment": ("years", "months"),
    "volume": ("seats", "USD", "EUR", "GBP"),
}
_GIVE_CONTEXT = CTX | COND | AP | PQ | WQ | QMARK | ASK | GIVEV
_GET_ONLY_CONTEXT = YOU | CUST | COND
_FRAGMENT_WORDS = 6
_NO_SENTENCE = 1 << 60
_EMPTY = Analysis()
_SUBJECT_FLAGS = SELLER | YOU | CUST
_TOKEN_FLAGS = (
    AP | PQ | WQ | INCL | COND | WCOND | RCOND | ANA | SIGNV | WHEN | GIVEV | FREE_OBJ | REFUSAL
)


# -- normalising -----------------------------------------------------------------------------


def _slack_sub(m: re.Match[str]) -> str:
    label = m.group("user") or m.group("team")
    if label is not None or m.group(0).startswith("<@"):
        return f" @{(label or 'user').strip().replace(' ', '')} "
    if m.group("chan") is not None or m.group(0).startswith("<#"):
        return f" #{(m.group('chan') or 'channel').strip()} "
    if m.group("bang"):
        return " @here "
    return f" {m.group('label') or 'link'} "


def _normalise(text: str, variants: bool = True) -> str:
    """Lower-case plain text: Slack markup, emoji and formatting gone, typos fixed.

    analyze passes variants=False: its scan spots typo words itself and asks for the
    (rarely needed) rewrite only then, which saves a pass over every message.
    """
    t = text.lower()
    if "~" in t:  # Slack strikethrough: withdrawn words
        t = _STRIKE.sub(" ", t)
    if not t.isascii():
        t = _EMOJI_CHARS.sub(" ; ", t.translate(_TRANSLATE))
    elif "*" in t or "_" in t or "`" in t or "~" in t:  # translate costs more than these checks
        t = t.translate(_TRANSLATE)
    if "&" in t:
        t = t.replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")
    if "<" in t:
        t = _SLACK.sub(_slack_sub, t)
    if ":" in t:
        t = _EMOJI_CODE.sub(" ; ", t)
    if "w/" in t:
        t = _W_SLASH.sub(lambda m: "without" if m.group(0).endswith("o") else "with ", t)
    return _fix_variants(t) if variants else t


def _fix_variants(t: str) -> str:
    return _VARIANT.sub(lambda m: V.VARIANTS[m.group(0)], t)


# -- quantities ------------------------------------------------------------------------------


_EXTRA = re.compile(r"extra|additional|bonus|free")


def _words_number(word: str) -> float | None:
    value = sum(V.NUMBER_WORDS.get(p, 0) for p in re.split(r"[\s-]+", word) if p != "a")
    return float(value) if value else None


_MULTIPLIER = {
    "k": 1e3,
    "thousand": 1e3,
    "grand": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "million": 1e6,
    "bn": 1e9,
}
_CURRENCY = {
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "quid": "GBP",
}


def _qty_value(m: re.Match[str]) -> tuple[str, float, str] | None:
    """(unit group, amount, unit) from a match of the quantity grammar."""
    group = m.lastgroup or ""
    unit = V.QTY_UNIT.get(group)
    if unit is None:
        return None
    n, n1, netn = m.group("n", "n1", "netn")
    number = n or n1 or netn
    amount = float(number.replace(",", "")) if number[0].isdigit() else _words_number(number)
    if amount is None:
        return None
    if unit == "money":
        mult = m.group("mult1") or m.group("mult") or m.group("k")
        if mult:
            amount *= _MULTIPLIER[mult]
        return unit, amount, _CURRENCY.get(m.group("cur") or m.group("curs") or "", "USD")
    if unit == "pct":
        return unit, amount, "%"
    if unit == "weeks":
        return unit, amount * 7, "days"
    return unit, amount, unit


def _find_qty(text: str) -> tuple[float, str] | None:
    m = _QTY.search(text)
    value = _qty_value(m) if m is not None else None
    return (value[1], value[2]) if value is not None else None


def read_quantity(text: str) -> tuple[float, str] | None:
    """The first stated size in a short phrase, in contract units ("net-60" -> (60, 'days'))."""
    if not text:
        return None
    return _find_qty(_normalise(text))


# -- scanning --------------------------------------------------------------------------------


class _Tok:
    """A move or a size: where it is, its family and kind, and whether it needs context."""

    __slots__ = ("amount", "clause", "end", "fam", "kind", "start", "subj", "unit", "weak")

    def __init__(
        self,
        start: int,
        end: int,
        fam: str,
        kind: str | None,
        weak: bool,
        clause: int,
        subj: str | None,
    ) -> None:
        self.start = start
        self.end = end
        self.fam = fam  # give, get, obj, buy, seatx, qty; "used" once a size is attached
        self.kind = kind
        self.weak = weak
        self.clause = clause
        self.subj = subj
        self.amount: float | None = None
        self.unit: str | None = None


class _Scan:
    """Tokens plus what is known per clause, sentence and contrast segment."""

    __slots__ = (
        "c_flags",
        "c_neg",
        "c_pneg",
        "c_seg",
        "c_sent",
        "cues",
        "g_flags",
        "s_flags",
        "s_quoted",
        "text",
        "toks",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks: list[_Tok] = []  # moves and sizes
        # cue words that matter by position: start, end, flags, clause, subject
        self.cues: list[tuple[int, int, int, int, str | None]] = []
        self.c_flags: list[int] = []
        self.c_sent: list[int] = []
        self.c_seg: list[int] = []
        self.c_neg: list[int] = []  # first pre-negation position in the clause
        self.c_pneg: list[int] = []  # last post-negation position in the clause
        self.s_flags: list[int] = []
        self.s_quoted: list[bool] = []
        self.g_flags: list[int] = []


# What a trigger hit is, decided by one dict lookup: a bare cue word, a rule set, a number,
# or punctuation that ends a sentence or a clause.
_HIT_CUE, _HIT_RULES, _HIT_NUMBER, _HIT_VARIANT, _HIT_SENT, _HIT_CLAUSE = range(6)


def _build_dispatch() -> dict[str, tuple]:
    table: dict[str, tuple] = {}
    for head, (rx, rules) in _HEADS.items():
        family, _kind, flags, _weak, _qty = rules[0]
        if rx is None and family == "cue" and not flags & BD_CLAUSE:
            table[head] = (_HIT_CUE, flags, _SUBJECT.get(head), bool(flags & _TOKEN_FLAGS))
        else:
            table[head] = (_HIT_RULES, rx, rules)
    for key in V.VARIANTS:
        table.setdefault(key, (_HIT_VARIANT,))
    for key in (*"0123456789$€£", *_NUMBER_KEYS):
        table[key] = (_HIT_NUMBER,)
    for key in ".!?\n":
        table[key] = (_HIT_SENT,)
    for key in ";,:":
        table[key] = (_HIT_CLAUSE,)
    return table


_DISPATCH = _build_dispatch()
_PLAIN_SIZE: _Rule = ("qty", None, 0, False, True)
_BARE_RULES: dict[str, _Rule] = {
    unit: (family, None, 0, False, True) for unit, family in V.BARE_QUANTITY.items()
}


_SPECIAL_CUE = BD_CLAUSE | INSTEAD | _SUBJECT_FLAGS | NEG | PNEG


def _scan(t: str, variants: bool = False) -> _Scan | None:
    """One pass over the trigger hits: tokens, and flags per clause / sentence / segment.

    With variants=True, returns None as soon as a typo word is seen (the caller rewrites
    the text and scans again). This loop is the hot path: constants are bound to locals
    and plain cue words take the shortest branch.
    """
    sc = _Scan(t)
    toks = sc.toks
    cues = sc.cues
    c_flags, c_sent, c_seg, c_neg, c_pneg = sc.c_flags, sc.c_sent, sc.c_seg, sc.c_neg, sc.c_pneg
    s_flags, s_quoted, g_flags = sc.s_flags, sc.s_quoted, sc.g_flags
    dispatch = _DISPATCH
    hit_rules, hit_cue, hit_sent, hit_variant = _HIT_RULES, _HIT_CUE, _HIT_SENT, _HIT_VARIANT
    neg_flag, pneg_flag, special_cue, token_flags = NEG, PNEG, _SPECIAL_CUE, _TOKEN_FLAGS
    no_neg = _NO_SENTENCE
    skip = 0
    clause = sent = seg = 0
    cf = sf = gf = 0  # flags of the open clause, sentence and segment
    neg, pneg = no_neg, -1
    subj: str | None = None
    instead = -10  # end of the last "instead of" / "rather than"
    quoted = t.lstrip(" \t").startswith(">")
    for m in _TRIGGER.finditer(t):
        pos = m.start()
        if pos < skip:
            continue
        key = m.group()
        entry = dispatch.get(key)
        if entry is None:
            if key[0] == "@":
                cf |= CO
                sf |= CO
                continue
            entry = (_HIT_SENT,) if key[0] in ".!?" else (_HIT_CLAUSE,)
        what = entry[0]
        found: tuple[float, str] | None = None
        if what == hit_rules:  # the most frequent kind of hit
            rx = entry[1]
            if rx is None:
                family, kind, flags, weak, qty = entry[2][0]
                end = m.end()
            else:
                mm = rx.match(t, pos)
                if mm is None:
                    continue
                family, kind, flags, weak, qty = entry[2][mm.lastindex - 1]  # type: ignore[operator]
                end = mm.end()
            if qty:
                found = _find_qty(t[pos:end])
        elif what == hit_cue:
            _what, flags, who, wanted = entry
            cf |= flags
            sf |= flags
            gf |= flags
            if who is not None:
                subj = who
            if flags & neg_flag and neg == no_neg:
                neg = pos
            if flags & pneg_flag:
                pneg = pos
            if wanted:
                cues.append((pos, m.end(), flags, clause, subj))
            continue
        elif what >= hit_sent:
            c_flags.append(cf)
            c_sent.append(sent)
            c_seg.append(seg)
            c_neg.append(neg)
            c_pneg.append(pneg)
            clause += 1
            cf, neg, pneg, subj = 0, no_neg, -1, None
            if what == hit_sent:
                if "?" in key:
                    sf |= QMARK
                s_flags.append(sf)
                s_quoted.append(quoted)
                g_flags.append(gf)
                sent += 1
                seg += 1
                sf = gf = 0
                if key == "\n":
                    quoted = t[m.end() : m.end() + 40].lstrip(" \t")[:1] == ">"
            continue
        elif what == hit_variant:
            if variants:
                return None
            continue
        else:  # a number: a quantity and what follows it, or a bare-number rule
            qm = _QTY.match(t, pos)
            value = _qty_value(qm) if qm is not None else None
            if qm is not None and value is not None:
                unit = value[0]
                end = qm.end()
                suffix = _NUMBER_RULES.get(unit)
                mm = suffix[0].match(t, end) if suffix else None
                if mm is not None and suffix is not None:
                    family, kind, flags, weak, qty = suffix[1][mm.lastindex - 1]  # type: ignore[operator]
                    end = mm.end()
                else:
                    family, kind, flags, weak, qty = _BARE_RULES.get(unit, _PLAIN_SIZE)
                if qty:
                    found = value[1], value[2]
            else:
                bare = dispatch.get("#")
                if bare is None:
                    continue
                mm = bare[1].match(t, pos) if bare[1] is not None else None
                if mm is None:
                    continue
                family, kind, flags, weak, qty = bare[2][mm.lastindex - 1]  # type: ignore[operator]
                end = mm.end()
        if end > pos:
            skip = end
        if family == "cue":
            if flags & special_cue:
                if flags & BD_CLAUSE:
                    c_flags.append(cf)
                    c_sent.append(sent)
                    c_seg.append(seg)
                    c_neg.append(neg)
                    c_pneg.append(pneg)
                    clause += 1
                    cf, neg, pneg, subj = 0, no_neg, -1, None
                    if flags & BD_SEG:
                        g_flags.append(gf)
                        seg += 1
                        gf = 0
                    continue
                if flags & INSTEAD:
                    instead = end
                    continue
                if flags & _SUBJECT_FLAGS:
                    who = _SUBJECT.get(key)  # a rule starts at its head word
                    if who is not None:
                        subj = who
                if flags & neg_flag and neg == no_neg:
                    neg = pos
                if flags & pneg_flag:
                    pneg = pos
            cf |= flags
            sf |= flags
            gf |= flags
            if flags & token_flags:
                cues.append((pos, end, flags, clause, subj))
            continue
        if pos - instead <= 1:  # "2 months rather than [a discount]": an alternative, not given
            continue
        tok = _Tok(pos, end, family, kind, weak, clause, subj)
        if found is not None:
            tok.amount, tok.unit = found
        toks.append(tok)
    c_flags.append(cf)
    c_sent.append(sent)
    c_seg.append(seg)
    c_neg.append(neg)
    c_pneg.append(pneg)
    s_flags.append(sf)
    s_quoted.append(quoted)
    g_flags.append(gf)
    return sc


# -- judging ---------------------------------------------------------------------------------


_TARGET_PRICE = re.compile(r"\b(?:to|at|from)\s*$")


def _attach_sizes(sc: _Scan) -> None:
    """Give a size to moves that lack one, from the nearest free compatible size in the clause."""
    toks = sc.toks
    t = sc.text
    n = len(toks)
    for i, tok in enumerate(toks):
        if tok.fam not in ("give", "get", "buy") or tok.amount is not None:
            continue
        units = _UNITS_FOR.get(tok.kind or "")
        if not units:
            continue
        best = None
        for j in (*range(i + 1, min(n, i + 6)), *range(i - 1, max(-1, i - 5), -1)):
            q = toks[j]
            if q.clause != tok.clause:
                continue
            if q.fam != "qty" or q.unit not in units:
                continue
            gap = q.start - tok.end if j > i else tok.start - q.end
            if gap > 60:
                continue
            if (
                tok.kind == "discount"
                and q.unit != "%"
                and _TARGET_PRICE.search(t, max(0, q.start - 6), q.start)
            ):
                continue  # "adjust price to $110K" names the price, not the size of the cut
            best = q
            break
        if best is not None:
            tok.amount, tok.unit = best.amount, best.unit
            best.fam = "used"


def _resolve(sc: _Scan) -> tuple[list[_Tok], list[_Tok]]:
    """Turn tokens into candidate gives and gets (before negation and policy filters)."""
    gives: list[_Tok] = []
    gets: list[_Tok] = []
    toks = sc.toks
    c_flags = sc.c_flags
    incl_seller: set[int] = set()
    signs: dict[int, int] = {}  # sentence -> position of its first sign verb
    fast_sign: set[int] = set()
    when_after: dict[int, int] = {}  # sentence -> last deadline position
    sign_clause: dict[int, int] = {}
    free_things: list[_Tok] = []
    for start, end, flags, clause, subj in sc.cues:
        if flags & FREE_OBJ:  # "free data migration": scope, unless an object says more
            free_things.append(_Tok(start, end, "give", "scope", True, clause, subj))
        elif flags & (INCL | GIVEV) and c_flags[clause] & FREE and subj not in ("C", "Y"):
            # "bring in a solutions architect at no cost": a free service we include
            free_things.append(_Tok(start, end, "give", "scope", False, clause, subj))
        if flags & INCL and subj not in ("C", "Y"):
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
            gives.append(tok)
        elif fam == "get":
            gets.append(tok)
            if tok.kind == "faster_signature":
                fast_sign.add(sc.c_sent[tok.clause])
        elif fam == "obj":
            if cf & FREE or tok.clause in incl_seller:
                tok.kind, tok.weak = "scope", False
                gives.append(tok)
        elif fam in ("buy", "seatx"):
            extra = fam == "seatx" and bool(_EXTRA.search(sc.text, tok.start, tok.end))
            seller = (
                cf & FREE
                or tok.clause in incl_seller
                or tok.subj == "S"
                or (fam == "seatx" and cf & GIVEV)
                or (extra and not cf & BUYV)
            )
            if seller and (tok.unit in (None, "seats")):
                tok.kind, tok.weak = "scope", False
                gives.append(tok)
            elif fam == "buy" or extra or cf & (BUYV | SIGNV | COND | ASK):
                # a plain head count ("they have 40 users") is volume only when bought or asked
                tok.kind, tok.weak = "volume", fam == "seatx" and not extra
                gets.append(tok)
        elif fam == "qty":
            if tok.unit == "%":
                # a bare percentage is a discount when offered or asked for in its clause;
                # otherwise it is left to the listing rule in _keep
                tok.kind = "discount"
                tok.weak = not (
                    cf & (CTX | COND | AP | PQ) or sc.s_flags[sc.c_sent[tok.clause]] & (AP | PQ)
                )
                gives.append(tok)
            elif tok.unit in ("years", "months") and (
                (cf & SIGNV and not _FROM_NOW.search(sc.text, max(0, tok.start - 8), tok.start))
                or _listed(sc.text, tok)
            ):
                tok.kind, tok.weak = "term_commitment", False
                gets.append(tok)
    for sent, pos in signs.items():
        deadline = when_after.get(sent)
        if sent not in fast_sign and deadline is not None and deadline > pos:
            tok = _Tok(pos, pos, "get", "faster_signature", False, sign_clause[pos], None)
            gets.append(tok)
    covered = {tok.clause for tok in gives}
    seen: set[int] = set()
    for tok in free_things:
        if tok.clause not in covered and tok.clause not in seen:
            seen.add(tok.clause)
            gives.append(tok)
    gives.sort(key=lambda tk: tk.start)
    gets.sort(key=lambda tk: tk.start)
    return gives, gets


_FROM_NOW = re.compile(r"(?:in|within|after|ago|next|past|last|over|every|each|by)\s*$")
_LIST_AFTER = re.compile(r"\s*(?:$|[,;.)\n]|\s-\s|\s\+)")
_NOT_A_TERM = re.compile(
    r"(?:for|in|over|after|within|of|than|per|last|next|past|the|ago|first|every|each|about|around"
    r"|almost|nearly|by|from|to|at|under|since)\s*$"
)


def _listed(text: str, tok: _Tok) -> bool:
    """A bare length in a package list ("Cyberdyne 3yr, 12% off, net 45") is its term."""
    before = text[max(0, tok.start - 12) : tok.start]
    return bool(_LIST_AFTER.match(text, tok.end)) and not _NOT_A_TERM.search(before)


def _refused(sc: _Scan) -> set[int]:
    """Clauses whose asks are turned down right after: "asked for a longer trial, I declined",
    "They want 20% off. I said no." (a refusal clause or sentence with no move of its own)."""
    refusals = [clause for _s, _e, flags, clause, _subj in sc.cues if flags & REFUSAL]
    if not refusals:
        return set()
    c_sent = sc.c_sent
    with_moves = {tok.clause for tok in sc.toks if tok.fam != "used"}
    by_sent: dict[int, list[int]] = {}
    for clause in sorted(with_moves):
        by_sent.setdefault(c_sent[clause], []).append(clause)
    refused: set[int] = set()
    done: set[int] = set()
    for clause in refusals:
        sent = c_sent[clause]
        if clause in with_moves:
            continue
        if sent in by_sent:  # same sentence: the nearest clause before it with a move
            index = bisect_left(by_sent[sent], clause)
            if index:
                refused.add(by_sent[sent][index - 1])
        elif sent - 1 not in done:  # a bare refusal sentence: the sentence before it
            done.add(sent - 1)
            refused.update(by_sent.get(sent - 1, ()))
    return refused


def _keep(sc: _Scan, toks: list[_Tok], need: int, fragment: bool, refused: set[int]) -> list[_Tok]:
    """Drop moves that are negated, sit in a policy statement or (weak ones) lack context."""
    c_sent, c_seg, c_neg, c_pneg = sc.c_sent, sc.c_seg, sc.c_neg, sc.c_pneg
    s_flags, g_flags = sc.s_flags, sc.g_flags
    # A list of moves after an offer or ask ("we're giving away too much. 20% plus free
    # training plus net 60"): weak items count in a sentence that also has a strong give
    # when the sentence before offers or asks.
    listing = {
        c_sent[tok.clause]
        for tok in toks
        if not tok.weak
        and c_sent[tok.clause] > 0
        and s_flags[c_sent[tok.clause] - 1] & (GIVEV | ASK)
    }
    kept = []
    for tok in toks:
        clause = tok.clause
        if g_flags[c_seg[clause]] & POL or clause in refused:
            continue
        flags = s_flags[c_sent[clause]]
        if c_neg[clause] < tok.start and not flags & UCOND:
            continue
        if c_pneg[clause] > tok.end:
            continue
        if (
            tok.weak
            and not fragment
            and not ((flags & need and tok.fam != "qty") or c_sent[clause] in listing)
        ):
            continue
        kept.append(tok)
    return kept


_OFFERED = AP | PQ | GIVEV


def _dedupe(toks: list[_Tok], sc: _Scan) -> tuple[Item, ...]:
    """One item per kind, in order of first appearance.

    The size is the first one stated, unless a later one is what the seller offers or
    asks to offer ("they want 20% ... can I meet them at 15%?").
    """
    text = sc.text
    if len(toks) == 1:
        tok = toks[0]
        return (Item(tok.kind or "", tok.amount, tok.unit, text[tok.start : tok.end].strip()),)
    first: dict[str, _Tok] = {}
    sized: dict[str, _Tok] = {}
    c_flags = sc.c_flags
    for tok in toks:
        kind = tok.kind or ""
        first.setdefault(kind, tok)
        if tok.amount is not None:
            if kind not in sized or c_flags[tok.clause] & _OFFERED:
                sized[kind] = tok
    items = []
    for kind, tok in first.items():
        size = sized.get(kind, tok)
        items.append(Item(kind, size.amount, size.unit, text[tok.start : tok.end].strip()))
    return tuple(items)


def _conditional(sc: _Scan, gives: list[_Tok], gets: list[_Tok]) -> bool:
    """True when a connector ties a give to a get in one sentence (or an adjacent one)."""
    if not gives or not gets:
        return False
    c_sent = sc.c_sent
    give_sents: dict[int, int] = {}  # sentence -> start of its last give
    get_sents: dict[int, list[int]] = {}  # sentence -> sorted starts of its gets
    first_get_end: dict[int, int] = {}
    for tok in gives:
        give_sents[c_sent[tok.clause]] = max(tok.start, give_sents.get(c_sent[tok.clause], -1))
    for tok in sorted(gets, key=lambda tk: tk.start):
        get_sents.setdefault(c_sent[tok.clause], []).append(tok.start)
        first_get_end.setdefault(c_sent[tok.clause], tok.end)
    first_in_sent: dict[int, int] = {}
    for tok in sc.toks:
        first_in_sent.setdefault(c_sent[tok.clause], tok.start)
    for start, end, flags, clause, _subj in sc.cues:
        sent = c_sent[clause]
        if start < first_in_sent.get(sent, start + 1):
            first_in_sent[sent] = start
        if not flags & (COND | WCOND | RCOND):
            continue
        here_gets = get_sents.get(sent, [])
        if flags & RCOND:  # "sign by Friday and we'll include onboarding"
            if first_get_end.get(sent, start + 1) <= start and give_sents.get(sent, -1) > start:
                return True
            continue
        if flags & WCOND and not flags & COND:  # "for" / "with" right before a get
            index = bisect_left(here_gets, end)
            if index == len(here_gets) or here_gets[index] - end > 20:
                continue
        has_give = sent in give_sents
        has_get = bool(here_gets)
        if has_give and has_get:
            return True
        opens = first_in_sent.get(sent) == start
        refers = sc.s_flags[sent] & ANA or opens
        before = sent - 1
        if before not in give_sents and before not in get_sents:
            before -= 1  # skip one sentence without moves ("thoughts @maria?")
        if refers and has_get and not has_give and before in give_sents:
            return True
        if refers and has_give and not has_get and before in get_sents:
            return True
        if opens and has_get and not has_give and (sent + 1) in give_sents:
            return True
    return False


def _discount_request(sc: _Scan, gives: list[_Tok]) -> bool:
    """True when the author asks a colleague to approve the move."""
    if not gives:
        return False
    colleague = any(f & CO for f in sc.s_flags)
    you_anywhere = any(f & YOU for f in sc.s_flags)
    for start, _end, flags, clause, subj in sc.cues:
        if not flags & (AP | PQ | WQ):
            continue
        sent = sc.c_sent[clause]
        if sc.s_quoted[sent] or sc.g_flags[sc.c_seg[clause]] & POL:
            continue
        if flags & AP:
            # "their legal needs to approve it" is the customer's approval, not a request
            if subj != "C" or not sc.text.startswith("approv", start):
                return True
            continue
        if (
            colleague
            or (flags & PQ and not sc.s_flags[sent] & YOU)
            or (flags & WQ and not you_anywhere)
        ):
            return True
    return False


def analyze(text: str) -> Analysis:
    """Read one chat message into gives, gets, conditional and discount_request."""
    if not text or text.isspace():
        return _EMPTY
    t = _normalise(text, variants=False)
    sc = _scan(t, variants=True)
    if sc is None:
        t = _fix_variants(t)
        sc = _scan(t)
    if sc is None or not sc.toks:
        return _EMPTY
    fragment = len(t.split(None, _FRAGMENT_WORDS)) <= _FRAGMENT_WORDS
    _attach_sizes(sc)
    gives, gets = _resolve(sc)
    refused = _refused(sc)
    gives = _keep(sc, gives, _GIVE_CONTEXT, fragment, refused)
    gets = _keep(sc, gets, _GIVE_CONTEXT | _GET_ONLY_CONTEXT, fragment, refused)
    if not gives and not fragment:
        gets = [g for g in gets if sc.s_flags[sc.c_sent[g.clause]] & _GET_ONLY_CONTEXT]
    if not gives and not gets:
        return _EMPTY
    return Analysis(
        gives=_dedupe(gives, sc),
        gets=_dedupe(gets, sc),
        conditional=_conditional(sc, gives, gets),
        discount_request=_discount_request(sc, gives),
    )


# -- short phrases for commands ----------------------------------------------------------------


def _classify(text: str, side: str) -> Item | None:
    if not text or text.isspace():
        return None
    t = _normalise(text)
    sc = _scan(t)
    assert sc is not None  # only a variants scan gives up
    _attach_sizes(sc)
    gives, gets = _resolve(sc)
    found = gives if side == "give" else gets
    if found:
        return _dedupe(found[:1], sc)[0]
    quantity = _find_qty(t)
    if quantity is None:
        return None
    amount, unit = quantity
    by_unit = (
        {
            "%": "discount",
            "USD": "discount",
            "EUR": "discount",
            "GBP": "discount",
            "days": "payment_terms",
            "seats": "scope",
        }
        if side == "give"
        else {"years": "term_commitment", "months": "term_commitment", "seats": "volume"}
    )
    kind = by_unit.get(unit)
    return Item(kind, amount, unit, t.strip()) if kind else None


def classify_give(text: str) -> Item | None:
    """The best give for a short phrase ("net 60", "free onboarding"), or None."""
    return _classify(text, "give")


def classify_get(text: str) -> Item | None:
    """The best get for a short phrase ("a two-year term", "case study"), or None."""
    return _classify(text, "get")
