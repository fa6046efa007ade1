"""Every subcommand's --help says what it reads and shows an example."""

from __future__ import annotations

import json

import pytest

from bot.cli import build_parser
from bot.cli_help import subparsers


def test_every_subcommand_has_an_example_in_its_help() -> None:
    found = subparsers(build_parser())
    assert {"analyze", "chat", "run", "db upgrade", "slack manifest", "teams package"} <= {
        path for path, _ in found
    }
    for path, parser in found:
        text = parser.format_help()
        assert "Example:" in text, path
        assert f"concession-coach {path}" in text, path


def test_analyze_help_gives_the_input_format_and_a_runnable_example(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["analyze", "--help"])
    text = capsys.readouterr().out
    assert "JSON Lines" in text and '"text"' in text
    line = next(x for x in text.splitlines() if x.strip().startswith("echo '"))
    sample = line.split("'")[1]
    assert json.loads(sample)["text"] == "Acme wants 15% off"


def test_the_first_screen_says_what_to_type_before_the_platform_variables() -> None:
    from bot.cli_core import first_screen
    from bot.settings import Settings

    lines = first_screen(Settings(_env_file=None)).splitlines()  # type: ignore[call-arg]
    assert lines[1].startswith("Type: deal Acme, then what the customer asked for")
    typed = next(i for i, line in enumerate(lines) if "deal Acme" in line)
    variables = next(i for i, line in enumerate(lines) if "SLACK_BOT_TOKEN" in line)
    assert typed < variables and "SLACK_BOT_TOKEN" not in " ".join(lines[:2])
