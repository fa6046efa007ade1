"""Reads a sales chat message into gives, gets, whether they are tied, and approval asks.

Rule-based, deterministic and pure stdlib (see ANALYZE_CONTRACT.md). The parts:

- ``normalising``: plain text -> lower-case text the rules read (emoji, emphasis, typos);
- ``quantities``: a number and its unit, read once, in contract units;
- ``vocab`` / ``flags``: the phrase rules and the named cue flags they set;
- ``tables``: the rules compiled once, on first use (importing the reader is cheap);
- ``scanning``: one linear pass that finds moves, sizes and per-clause cues;
- ``judging``: sizes attach to moves, negation / policy / context filter them,
  connectors tie gives to gets, approval cues aimed at a colleague make a request;
- ``request``: the rules' approval-ask verdict, or a small learned model's where they say no
  (``request_model``, trained by ``concession-coach train-reader``; loaded on first use).

Input is plain text: platform markup is converted by the platform's translator
(``adapters.slack.translate.slack_to_plain`` for Slack) before the reader sees it.

A message is read up to ``MAX_CHARS`` (20,000) characters; the rest is ignored and
the Analysis says ``truncated=True``. Every stage is linear in the length read.
"""

from __future__ import annotations

from collections.abc import Callable

from coaching.analysis import Analysis, Item, new_analysis
from coaching.reader import judging as J
from coaching.reader import request
from coaching.reader.normalising import fix_variants, normalise
from coaching.reader.quantities import find_qty
from coaching.reader.scanning import Scan, Tok, scan

__all__ = ["MAX_CHARS", "analyze", "classify_get", "classify_give", "read_quantity"]

MAX_CHARS = 20_000  # longer messages are read up to here (Analysis.truncated says so)
_FRAGMENT_WORDS = 6  # a message this short is a fragment ("20% off?"): weak moves count
_EMPTY = Analysis()
_EMPTY_TRUNCATED = Analysis(truncated=True)


def analyze(text: str) -> Analysis:
    """Read one chat message into gives, gets, conditional and discount_request."""
    return read(text)[0]


RequestJudge = Callable[[Scan, list[Tok], list[Tok]], bool]


def read(
    text: str,
    max_chars: int | None = MAX_CHARS,
    judge_request: RequestJudge = request.discount_request,
) -> tuple[Analysis, Scan | None]:
    """analyze, plus the scan it judged (for tests and tools: ``scan.hits`` is the work done).

    ``max_chars=None`` reads the whole text (tests use it to check the stages stay linear
    beyond the cap). ``judge_request`` decides discount_request (training passes its own, to
    see the features of every message with a give).
    """
    truncated = max_chars is not None and len(text) > max_chars
    if truncated:
        text = text[:max_chars]
    empty = _EMPTY_TRUNCATED if truncated else _EMPTY
    if not text or text.isspace():
        return empty, None
    t = normalise(text, variants=False)
    sc = scan(t, variants=True)
    if sc is None:
        t = fix_variants(t)
        sc = scan(t)
    if sc is None or not (sc.toks or sc.all_flags & J.CUE_MOVES):
        return empty, sc
    fragment = len(t.split(None, _FRAGMENT_WORDS)) <= _FRAGMENT_WORDS
    J.attach_sizes(sc)
    gives, gets = J.resolve(sc)
    refused = J.refused_clauses(sc)
    # "unless" / "without" need a get in their sentence to make a negation a condition
    get_sents = {sc.c_sent[tok.clause] for tok in gets} if sc.all_flags & J.UCOND else ()
    candidates = gives
    get_clauses = {tok.clause for tok in gets} if gets and sc.all_flags & J.WCOND else ()
    gives = J.keep(sc, gives, J.GIVE_CONTEXT, fragment, refused, get_sents, get_clauses)
    gives = J.countered(sc, candidates, gives)
    J.counter_sizes(sc, gives)
    gets = J.keep(sc, gets, J.GIVE_CONTEXT | J.GET_ONLY_CONTEXT, fragment, refused, get_sents)
    if not gives and not fragment:
        gets = [g for g in gets if sc.s_flags[sc.c_sent[g.clause]] & J.GET_ONLY_CONTEXT]
    if not gives and not gets:
        return empty, sc
    analysis = new_analysis(
        gives=J.dedupe(gives, sc),
        gets=J.dedupe(gets, sc),
        conditional=J.conditional(sc, gives, gets),
        discount_request=judge_request(sc, gives, gets),
        truncated=truncated,
    )
    return analysis, sc


def read_quantity(text: str) -> tuple[float, str] | None:
    """The first stated size in a short phrase, in contract units ("net-60" -> (60, 'days'))."""
    if not text:
        return None
    return find_qty(normalise(text[:MAX_CHARS]))


# -- short phrases for commands ----------------------------------------------------------------

_GIVE_BY_UNIT = {
    "%": "discount",
    "USD": "discount",
    "EUR": "discount",
    "GBP": "discount",
    "days": "payment_terms",
    "seats": "scope",
}
_GET_BY_UNIT = {"years": "term_commitment", "months": "term_commitment", "seats": "volume"}


def _classify(text: str, side: str) -> Item | None:
    if not text or text.isspace():
        return None
    t = normalise(text[:MAX_CHARS])
    sc = scan(t)
    assert sc is not None  # only a variants scan gives up
    J.attach_sizes(sc)
    gives, gets = J.resolve(sc)
    found = gives if side == "give" else gets
    if found:
        return J.dedupe(found[:1], sc)[0]
    quantity = find_qty(t)
    if quantity is None:
        return None
    amount, unit = quantity
    kind = (_GIVE_BY_UNIT if side == "give" else _GET_BY_UNIT).get(unit)
    return Item(kind, amount, unit, t.strip()) if kind else None


def classify_give(text: str) -> Item | None:
    """The best give for a short phrase ("net 60", "free onboarding"), or None."""
    return _classify(text, "give")


def classify_get(text: str) -> Item | None:
    """The best get for a short phrase ("a two-year term", "case study"), or None."""
    return _classify(text, "get")
