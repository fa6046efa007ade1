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


def test_give_without_get_then_a_get_gives_conditional_phrasing(tmp_path: Path) -> None:
    out = run_chat(["deal Acme", "Acme wants 15% off", "a two-year term"], tmp_path)
    asked, traded = turns(out)[-2:]
    assert "What are you getting in return?" in asked
    assert "two-year term" in asked  # a get the matrix suggests for a discount
    assert "If we take 15% off the price, could you commit to a 2-year term?" in traded
    assert "To be clear" in traded and "meaningful move" in traded


def test_double_give_larger_step_and_past_limit_are_flagged(tmp_path: Path) -> None:
    out = run_chat(
        ["deal Acme", "limit 12%", "Acme wants 5% off", "they want another 8% off"], tmp_path
    )
    first, second = turns(out)[-2:]
    for flag in ("Double-give", "Step not smaller", "Past your limit"):
        assert flag not in first
        assert flag in second
    assert "13%" in second and "12%" in second  # the running total against the limit


def test_a_smaller_step_after_a_trade_is_not_flagged(tmp_path: Path) -> None:
    out = run_chat(
        ["deal Acme", "limit 20%", "Acme wants 8% off", "a two-year term", "they want 4% more"],
        tmp_path,
    )
    last = turns(out)[-1]
    assert "What are you getting in return?" in last
    for flag in ("Double-give", "Step not smaller", "Past your limit"):
        assert flag not in last


def test_align_prints_terms_owners_deadlines_and_next_steps(tmp_path: Path) -> None:
    out = run_chat(
        [
            "deal Acme",
            "Acme wants 10% off",
            "a two-year term",
            "next Dana sends the order form",
            "align",
        ],
        tmp_path,
    )
    summary = turns(out)[-1]
    for part in ("Align summary for Acme", "Terms:", "Owners:", "Deadlines:", "Next steps:"):
        assert part in summary
    assert "Dana sends the order form" in summary


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
