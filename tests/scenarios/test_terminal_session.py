"""The terminal coach end to end: a piped `concession-coach chat` session."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from adapters.console.chat import FAILED_TURN
from adapters.console.chat import run_chat as chat
from coaching.messages import IncomingMessage, Reply

EXECUTABLE = Path(sys.executable).with_name("concession-coach")


def run_chat(lines: list[str], tmp_path: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MICROSOFT_"))}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'coach.db'}"
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    result = subprocess.run(
        [str(EXECUTABLE), "chat"],
        input="\n".join(lines) + "\n",
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def turns(output: str) -> list[str]:
    """One block of output per reply (replies are separated by a blank line and a header)."""
    return [block for block in output.split("\nAcme · ") if block.strip()]


def test_an_ask_gets_a_counter_below_it_and_a_get_keeps_the_reps_words(tmp_path: Path) -> None:
    out = run_chat(
        ["deal Acme", "limit 12%", "Acme wants 15% off", "get they sign before their year end"],
        tmp_path,
    )
    asked, got = turns(out)[-2:]
    assert "They ask 15%" in asked and "15% off the price" not in asked
    assert "take 4% off the price" in asked  # a counter sized from the room, not their number
    assert "past your limit of 12%" in asked and "Giving it to close is the trap" in asked
    assert "sign before your year end" in got  # the rep's own words, said to the buyer


def test_a_give_for_nothing_then_another_is_a_double_give(tmp_path: Path) -> None:
    out = run_chat(["deal Acme", "limit 12%", "offered 5%", "and 3% more"], tmp_path)
    first, second = turns(out)[-2:]
    assert "Nothing in return" in first and "Double-give" not in first
    assert "Double-give" in second and "take 8% off the price" in second  # 5% and 3% more
    assert "Past your limit" not in second


def test_a_move_past_the_limit_is_named_with_the_limit(tmp_path: Path) -> None:
    out = run_chat(["deal Acme", "limit 12%", "they want 20%", "went to 13% total"], tmp_path)
    last = turns(out)[-1]
    assert "Past your limit" in last and "12%" in last and "Giving it to close is the trap" in last


def test_a_smaller_step_after_a_trade_and_an_answer_is_not_flagged(tmp_path: Path) -> None:
    out = run_chat(
        [
            "deal Acme",
            "limit 20%",
            "offered 8% for a two-year term",
            "they now want 12%",
            "ill go to 10% if they prepay",
        ],
        tmp_path,
    )
    last = turns(out)[-1]
    assert "A trade, not a concession" in last
    for flag in ("Double-give", "Step not smaller", "Past your limit", "Nothing in return"):
        assert flag not in last


def test_align_prints_what_was_agreed_owners_deadlines_and_next_steps(tmp_path: Path) -> None:
    out = run_chat(
        [
            "deal Acme",
            "Acme wants 10% off and net 60",
            "offered 5% if they sign by friday",
            "next Dana sends the order form",
            "align",
        ],
        tmp_path,
    )
    summary = turns(out)[-1]
    for part in ("what was agreed on Acme", "Owners:", "Deadlines:", "Next steps:"):
        assert part in summary
    assert "We give discount 5%; in return: they sign by friday" in summary
    assert "Still open: they ask payment terms net 60" in summary  # asked, never agreed
    assert "discount 10%" not in summary
    assert "Dana on theirs" in summary and "by friday" in summary


def test_the_terminal_survives_any_line(tmp_path: Path) -> None:
    lines = ["deal Acme", "Acme wants 15% off", "²", "1" * 100_000, "call remind ²", "help"]
    out = run_chat(lines, tmp_path)
    assert "call remind 15" in out  # the usage for the bad number of minutes
    assert "Type help" in out or "help" in out.lower()
    assert out.count("\n\n") >= len(lines)  # a reply for every line


def test_quit_ends_a_piped_chat(tmp_path: Path) -> None:
    for word in ("quit", "exit", "QUIT"):
        (tmp_path / word).mkdir()
        out = run_chat(["deal Acme", word, "deal Other"], tmp_path / word)
        assert "could not find a give" not in out
        assert "Other" not in out  # nothing after quit was read


async def test_a_turn_that_raises_is_answered_and_the_session_goes_on() -> None:
    seen: list[str] = []

    async def handle(message: IncomingMessage) -> Reply:
        seen.append(message.text)
        if message.text == "boom":
            raise RuntimeError("a bug in a turn")
        return Reply(kind="test", sections=[f"ok {message.text}"])

    out = io.StringIO()
    assert await chat(handle, io.StringIO("boom\nnext\n"), out, user="u") == 0
    assert seen == ["boom", "next"]
    assert FAILED_TURN in out.getvalue() and "ok next" in out.getvalue()
