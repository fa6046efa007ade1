"""One linear scan of normalised text: moves and sizes as tokens, flags per clause and sentence.

The trigger regex (tables.py) finds head words, numbers, mentions and punctuation in
one pass; at each hit only the rules filed under that word are tried. Clause, sentence
and contrast-segment flags are collected on the way, so judging never rescans.
"""

from __future__ import annotations

import functools
import re

from coaching.reader.flags import Cue
from coaching.reader.quantities import qty_value
from coaching.reader.tables import (
    HIT_CLAUSE,
    HIT_CUE,
    HIT_NARROW,
    HIT_SENT,
    HIT_VARIANT,
    HIT_WORD_RULE,
    SPECIAL_CUE,
    SUBJECT,
    SUBJECT_FLAGS,
    TOKEN_FLAGS,
    tables,
)

_CO = int(Cue.CO)
_QMARK = int(Cue.QMARK)
_NEG = int(Cue.NEG)
_PNEG = int(Cue.PNEG)
_BD_CLAUSE = int(Cue.BD_CLAUSE)
_BD_SEG = int(Cue.BD_SEG)
_INSTEAD = int(Cue.INSTEAD)
NO_POSITION = 1 << 60  # "no negation in this clause"


@functools.cache
def _lead_number() -> re.Pattern[str]:
    return re.compile(r"\d{1,3}(?:\.\d+)?")


class Tok:
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


class Scan:
    """Tokens plus what is known per clause, sentence and contrast segment."""

    __slots__ = (
        "all_flags",
        "c_flags",
        "c_neg",
        "c_pneg",
        "c_seg",
        "c_sent",
        "cues",
        "g_flags",
        "hits",
        "s_flags",
        "s_quoted",
        "text",
        "toks",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.hits = 0  # trigger hits scanned: the unit of work, linear in the text
        self.toks: list[Tok] = []  # moves and sizes
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
        self.all_flags = 0  # every flag set anywhere (judging skips what cannot apply)


def scan(t: str, variants: bool = False) -> Scan | None:
    """One pass over the trigger hits: tokens, and flags per clause / sentence / segment.

    With variants=True, returns None as soon as a typo word is seen (the caller rewrites
    the text and scans again). This loop is the hot path: constants are bound to locals
    and plain cue words take the shortest branch.
    """
    tb = tables()
    qty_rx = tb.qty
    number_rules = tb.number_rules
    bare_rules, plain_size = tb.bare_rules, tb.plain_size
    bare_number_rules = tb.heads.get("#")  # rules for a number that is not a quantity
    sc = Scan(t)
    toks = sc.toks
    cues = sc.cues
    c_flags, c_sent, c_seg, c_neg, c_pneg = sc.c_flags, sc.c_sent, sc.c_seg, sc.c_neg, sc.c_pneg
    s_flags, s_quoted, g_flags = sc.s_flags, sc.s_quoted, sc.g_flags
    dispatch = tb.dispatch
    hit_narrow, hit_word_rule, hit_cue = HIT_NARROW, HIT_WORD_RULE, HIT_CUE
    hit_sent, hit_variant = HIT_SENT, HIT_VARIANT
    neg_flag, pneg_flag, special_cue, token_flags = _NEG, _PNEG, SPECIAL_CUE, TOKEN_FLAGS
    no_neg = NO_POSITION
    skip = 0
    clause = sent = seg = 0
    cf = sf = gf = 0  # flags of the open clause, sentence and segment
    neg, pneg = no_neg, -1
    subj: str | None = None
    instead = -10  # end of the last "instead of" / "rather than"
    quoted = t.lstrip(" \t").startswith(">")
    hits = 0
    search = tb.trigger.search
    straddling = tb.straddling
    at = 0  # where the next trigger search starts
    while (m := search(t, at)) is not None:
        hits += 1
        pos, at = m.span()
        if pos < skip:  # inside the words the last rule matched
            continue
        key = m.group()
        entry = dispatch.get(key)
        if entry is None:
            if key[0] == "@":
                cf |= _CO
                continue
            entry = (HIT_SENT,) if key[0] in ".!?" else (HIT_CLAUSE,)
        what = entry[0]
        found: tuple[float, str] | None = None
        if what <= hit_word_rule:  # the most frequent kinds of hit: a head word and its rules
            if what != hit_word_rule:
                if what == hit_narrow:  # only the rules that can go on after the next characters
                    nxt = t[at : at + 4]  # a space and the next word's first three letters
                    if nxt[:1] != " ":
                        nxt = nxt[:1]
                    match, rules = entry[1][nxt]
                    if match is None:
                        continue
                else:
                    match, rules = entry[1], entry[2]
                mm = match(t, pos)  # the rules in one alternation: the first match wins
                if mm is None:
                    continue
                family, kind, flags, weak, qty = rules[mm.lastindex - 1]
                end = mm.end()
            else:  # the head word alone is its rule
                family, kind, flags, weak, qty = entry[1]
                end = m.end()
            if qty:  # the size stated in the matched words (find_qty without the slice)
                qm = qty_rx.search(t, pos, end)
                value = qty_value(qm) if qm is not None else None
                if value is not None:
                    found = value[1], value[2]
        elif what == hit_cue:
            _what, flags, who, wanted = entry
            cf |= flags  # the sentence and segment take the clause's flags when it closes
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
            sf |= cf
            gf |= cf
            c_flags.append(cf)
            c_sent.append(sent)
            c_seg.append(seg)
            c_neg.append(neg)
            c_pneg.append(pneg)
            clause += 1
            cf, neg, pneg, subj = 0, no_neg, -1, None
            if what == hit_sent:
                if "?" in key:
                    sf |= _QMARK
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
            qm = qty_rx.match(t, pos)
            value = qty_value(qm) if qm is not None else None
            if qm is not None and value is not None:
                unit = value[0]
                end = qm.end()
                suffix = number_rules.get(unit)
                mm = suffix[0].match(t, end) if suffix else None
                if mm is not None and suffix is not None:
                    family, kind, flags, weak, qty = suffix[1][mm.lastindex - 1]  # type: ignore[operator]
                    end = mm.end()
                else:
                    family, kind, flags, weak, qty = bare_rules.get(unit, plain_size)
                if qty:
                    found = value[1], value[2]
            else:
                bare = bare_number_rules
                if bare is None or bare[0] is None:
                    continue
                mm = bare[0].match(t, pos)
                if mm is None:
                    continue
                family, kind, flags, weak, qty = bare[1][mm.lastindex - 1]  # type: ignore[operator]
                end = mm.end()
                if qty:  # a bare number named as a share ("I can go to 11"): that percent
                    lead = _lead_number().match(t, pos)
                    if lead is not None:
                        found = float(lead.group()), "%"
        if end > pos:
            skip = end
            # resume the search after the matched words, unless a hit could straddle their end
            if end > at and t[end - 1 : end + 1] not in straddling:
                at = end
        if family == "cue":
            if flags & special_cue:
                if flags & _BD_CLAUSE:
                    sf |= cf
                    gf |= cf
                    c_flags.append(cf)
                    c_sent.append(sent)
                    c_seg.append(seg)
                    c_neg.append(neg)
                    c_pneg.append(pneg)
                    clause += 1
                    cf, neg, pneg = 0, no_neg, -1
                    if flags & _BD_SEG:
                        # "we keep list price but add 20 seats": the subject carries over
                        g_flags.append(gf)
                        seg += 1
                        gf = 0
                    else:
                        subj = None
                    continue
                if flags & _INSTEAD:
                    instead = end
                    continue
                if flags & SUBJECT_FLAGS:
                    who = SUBJECT.get(key)  # a rule starts at its head word
                    if who is not None:
                        subj = who
                if flags & neg_flag and neg == no_neg:
                    neg = pos
                if flags & pneg_flag:
                    pneg = pos
            cf |= flags
            if flags & token_flags:
                cues.append((pos, end, flags, clause, subj))
            continue
        if pos - instead <= 1:  # "2 months rather than [a discount]": an alternative, not given
            continue
        tok = Tok(pos, end, family, kind, weak, clause, subj)
        if found is not None:
            tok.amount, tok.unit = found
        toks.append(tok)
    sf |= cf
    gf |= cf
    c_flags.append(cf)
    c_sent.append(sent)
    c_seg.append(seg)
    c_neg.append(neg)
    c_pneg.append(pneg)
    s_flags.append(sf)
    s_quoted.append(quoted)
    g_flags.append(gf)
    for sf in s_flags:
        cf |= sf
    sc.all_flags = cf
    sc.hits = hits
    return sc
