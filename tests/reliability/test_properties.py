"""The reader and the command parser take any text: never raise, and grow linearly.

Growth is compared within one test, n against 4n characters, by counting the Python
function calls each makes (deterministic, unlike seconds) with generous bounds.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from urllib.parse import parse_qsl

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adapters.slack.http import form_fields
from coaching.commands import COMMANDS, parse_command
from coaching.reader import analyze

PIECES = st.sampled_from(
    [
        "5%",
        " off",
        "if ",
        "we can give ",
        "net 60",
        "two-year ",
        "  ",
        "\n",
        "%",
        "$",
        "1",
        ".",
        ",",
        "k",
        "discount ",
        "deal ",
        "/concession ",
        "\u2009",
        "\U0001f64f",
        "ref",
        "0" * 9,
    ]
)
TEXT = st.one_of(st.text(max_size=2000), st.lists(PIECES, max_size=400).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_analyze_and_parse_never_raise(text: str) -> None:
    analyze(text)
    command = parse_command(text)
    assert command.name in COMMANDS or command.name == "text"


FORM_PIECES = st.sampled_from(
    ["&", "=", "+", "%", "%2", "%20", "%2B", "%26", "%3D", "%e2%82", "%E2%82%AC", "%zz", ";"]
)
FORM_WORDS = st.sampled_from(["text", "a", " ", "\u00e9", "\U0001f64f", "\n"])
FORM = st.one_of(
    st.text(max_size=300), st.lists(FORM_PIECES | FORM_WORDS, max_size=80).map("".join)
)


@settings(max_examples=300, deadline=None)
@given(FORM)
def test_a_form_body_reads_as_parse_qsl_reads_it(text: str) -> None:
    expected = dict(parse_qsl(text, keep_blank_values=True))
    assert list(form_fields(text).items()) == list(expected.items())


def test_100_kb_and_pathological_repetitions_never_raise() -> None:
    for unit in ("5% off if ", "a" * 7, "1,", "%%%%", "if if if ", "net 60 net 60 ", "\n"):
        text = (unit * (100_000 // len(unit) + 1))[:100_000]
        analyze(text)
        parse_command(text)


def calls(fn: Callable[[str], object], text: str) -> int:
    count = 0

    def profiler(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profiler)
    try:
        fn(text)
    finally:
        sys.setprofile(None)
    return count


def test_work_grows_linearly_with_length() -> None:
    units = ("we can give 5% off if they sign for two years. ", "1% 2% 3% ", "aaaa bbbb ")
    for unit in units:
        small = unit * 200
        large = unit * 800
        for fn in (analyze, parse_command):
            ratio = calls(fn, large) / max(calls(fn, small), 1)
            assert ratio < 4 * 2.5, (fn.__name__, unit, ratio)  # 4x the text, at most ~10x work


def best_seconds(fn: Callable[[str], object], text: str) -> float:
    import time

    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - started)
    return best


def test_time_grows_linearly_with_length_including_regex_work() -> None:
    """Regex backtracking runs in C, which call counts miss; a ratio of times catches it."""
    for unit in ("we can give 5% off if they sign for two years. ", "1% 2% 3% ", "% " * 3):
        small, large = unit * 250, unit * 1000
        ratio = best_seconds(analyze, large) / max(best_seconds(analyze, small), 1e-6)
        assert ratio < 4 * 4, (unit, ratio)  # quadratic work would be ~16x
