"""The scan's shortcuts do less work and read the same: counts of work, never wall-clock time."""

from __future__ import annotations

import json
from pathlib import Path

from coaching.reader import read
from coaching.reader.normalising import normalise
from coaching.reader.tables import HIT_CUE, tables

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
