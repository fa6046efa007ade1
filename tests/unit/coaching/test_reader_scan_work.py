"""The scan's shortcuts do less work and read the same: counts of work, never wall-clock time."""

from __future__ import annotations

import json
from pathlib import Path

from coaching.reader import read
from coaching.reader.narrowing import Narrowed
from coaching.reader.normalising import normalise
from coaching.reader.tables import HIT_CUE, HIT_NARROW, tables

DATA = Path(__file__).resolve().parents[2] / "data"
ODD_TEXTS = (
    "@maria.lee-ops can we do 15%?! ... net 60 -- or -- 2-year term\u3000- ok?",
    "we'll / we've / they're: e-sign 24/7, ~10%~ w/o a 3-yr term!!! ...\n> quoted\u00a0-\u2009x",
)


def _texts() -> list[str]:
    texts = list(ODD_TEXTS)
    for path in sorted(DATA.glob("reader_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def test_every_pair_inside_a_trigger_hit_is_a_straddling_pair() -> None:
    # The scan resumes its trigger search where a rule match ends unless the two characters
    # around that end are a straddling pair; that is exact only if no hit holds another pair.
    tb = tables()
    for text in _texts():
        for t in (normalise(text), text.lower()):
            for m in tb.trigger.finditer(t):
                hit = m.group()
                assert all(hit[i : i + 2] in tb.straddling for i in range(len(hit) - 1)), hit


def test_the_scan_does_not_walk_the_hits_inside_a_matched_rule() -> None:
    text = "if you commit to a two-year term we can do net 60."
    t = normalise(text)
    all_hits = sum(1 for _ in tables().trigger.finditer(t))
    analysis, sc = read(text)
    assert sc is not None and 0 < sc.hits < all_hits
    assert analysis.conditional and [g.kind for g in analysis.gets] == ["term_commitment"]


def test_the_commonest_words_stay_the_cheapest_kind_of_hit() -> None:
    # a rule filed under "the", "we" or "i" would cost a regex call at nearly every
    # sentence: subject words are bare cues and articles are no trigger at all
    dispatch = tables().dispatch
    assert "the" not in dispatch and "a" not in dispatch
    for word in ("we", "i", "you", "they"):
        assert dispatch[word][0] == HIT_CUE, word


def _narrowed_hits() -> list[tuple[str, str, int, int]]:
    """(head, text, start, end) of every hit on a narrowed head in the labelled texts."""
    tb = tables()
    found = []
    for text in _texts():
        t = normalise(text)
        for m in tb.trigger.finditer(t):
            entry = tb.dispatch.get(m.group())
            if entry is not None and entry[0] == HIT_NARROW:
                found.append((m.group(), t, m.start(), m.end()))
    return found


def test_a_narrowed_head_matches_what_all_its_rules_would() -> None:
    # the rules left out after the next characters could not have matched there: the same
    # rule matches the same words as with the head's whole alternation, at every hit
    tb = tables()
    hits = _narrowed_hits()
    assert len(hits) > 1000
    left_out = 0
    for head, t, start, end in hits:
        narrowed = tb.dispatch[head][1]
        after = t[end : end + 4] if t[end : end + 1] == " " else t[end : end + 1]
        match, rules = narrowed[after]
        full = tb.heads[head].rx.match(t, start)  # type: ignore[union-attr]
        mm = match(t, start) if match is not None else None
        left_out += len(narrowed.rules) - len(rules)
        if full is None:
            assert mm is None, (head, t[start : start + 40])
            continue
        assert mm is not None, (head, t[start : start + 40])
        assert mm.span() == full.span(), (head, t[start : start + 40])
        assert rules[mm.lastindex - 1] == narrowed.rules[full.lastindex - 1]  # type: ignore[operator]
    assert left_out > 2 * len(hits)  # most rules are left out: the narrowing does work


def test_a_rule_is_left_out_only_where_it_cannot_match() -> None:
    rules = ("it-cue", "number-rule", "lookahead-rule", "bare")
    narrowed = Narrowed(
        "for",
        (r"for\s+(?:it|that)\b", r"for\s+\d+\s+years?", r"for(?=\s+(?:an?|the)\s+)", "for"),
        rules,
    )
    assert narrowed[" it."][1] == ("it-cue", "bare")
    assert narrowed[" 2 y"][1] == ("number-rule", "bare")
    assert narrowed[" a t"][1] == ("lookahead-rule", "bare")
    assert narrowed["?"][1] == ("bare",)
    assert narrowed["  it"][1] == ("it-cue", "bare")  # two spaces: \s+ still reads on
    # a construct the walk does not model keeps its rule rather than guess
    kept = Narrowed("for", (r"for\s+(?P<x>a)(?P=x)b", "for"), ("backref", "bare"))
    assert kept[" aac"][1] == ("backref", "bare")
    assert kept[" zzz"][1] == ("bare",)  # (it cannot read "z" where "a" must come)
