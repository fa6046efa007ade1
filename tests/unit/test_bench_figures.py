"""The bench's highest rate: a rate counts only when every lower swept rate passed too."""

from __future__ import annotations

from bench.run import Round, max_rate


def _round(rate: float, p99_ms: float, *, done: int = 100, errors: int = 0) -> Round:
    return Round("sweep", "coach", rate, 100, 100, errors, done, 3.0, p99_ms, 0.2, 0.04, 1.0)


def test_the_highest_rate_is_the_last_of_an_unbroken_run_of_passes() -> None:
    sweep = [_round(50, 9.0), _round(100, 11.0), _round(200, 30.0), _round(300, 49.0)]
    assert max_rate(sweep) == 300


def test_a_pass_above_a_failed_rate_does_not_count() -> None:
    sweep = [_round(400, 30.0), _round(50, 9.0), _round(200, 64.0), _round(100, 10.0)]
    assert max_rate(sweep) == 100


def test_a_rate_with_errors_or_missing_replies_fails() -> None:
    assert max_rate([_round(50, 5.0), _round(100, 5.0, errors=1)]) == 50
    assert max_rate([_round(50, 5.0, done=99)]) == 0
