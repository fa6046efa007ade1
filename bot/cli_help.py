"""What each subcommand's ``--help`` ends with: its input, and an example (one place)."""

from __future__ import annotations

import argparse

HELP: dict[str, str] = {
    "run": """\
Serves Slack and/or Teams when their credentials are set (environment or .env), else
starts the terminal coach. Input: lines you type (see `chat`).
Example:
  concession-coach run
  SLACK_BOT_TOKEN=xoxb-... SLACK_SIGNING_SECRET=... concession-coach run""",
    "chat": """\
Input: one message per line, as you would type it to the coach; a number picks one of
the suggested actions; `help` lists everything, `quit` or `exit` (or end of input) ends.
Example:
  concession-coach chat
  printf 'deal Acme\\nAcme wants 15%% off\\na two-year term\\n' | concession-coach chat""",
    "analyze": """\
Input: JSON Lines on stdin, one object per line with a "text" (and an optional "id"
echoed back). Output: one JSON object per line with the reading (discount_request,
gives, gets, conditional), or {"id": ..., "error": ...} for a bad line.
Example:
  echo '{"id": 1, "text": "Acme wants 15% off"}' | concession-coach analyze
  {"id": 1, "discount_request": false, "gives": [{"kind": "discount", "amount": 15,
   "unit": "%"}], "gets": [], "conditional": false}    (on one line)""",
    "db": """\
Reads DATABASE_URL (default: a SQLite file in your data directory).
Example:
  DATABASE_URL=postgresql+asyncpg://coach@db/coach concession-coach db upgrade""",
    "db upgrade": """\
Reads DATABASE_URL; SQLite upgrades itself on start, PostgreSQL needs this once per release.
Example:
  DATABASE_URL=postgresql+asyncpg://coach@db/coach concession-coach db upgrade""",
    "export": """\
Input: the user's platform id (Slack U..., Teams 29:...); prints JSON to stdout.
Example:
  concession-coach export --user U0456EFGH --tenant slack:T0123ABCD > dana.json""",
    "forget": """\
Input: the user's platform id; deletes their deals, ledger, state and alerts.
Example:
  concession-coach forget --user U0456EFGH --tenant slack:T0123ABCD""",
    "purge": """\
Input: RETENTION_DAYS from the settings, or --days; prints how many excerpts it blanked.
Example:
  concession-coach purge --days 30""",
    "serve": """\
Reads the Slack (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET) and Teams (MICROSOFT_APP_ID,
MICROSOFT_APP_PASSWORD) settings; Slack posts to /slack/events, Teams to /api/messages.
Example:
  concession-coach serve --port 3978""",
    "slack": """\
Example:
  concession-coach slack manifest --url https://coach.example.com > manifest.yml""",
    "slack manifest": """\
Input: the public https:// base URL the coach is served on; prints YAML to stdout.
Example:
  concession-coach slack manifest --url https://coach.example.com > manifest.yml""",
    "slack role": """\
Input: the workspace id (T...) and the member id (U...).
Example:
  concession-coach slack role --team T0123ABCD --user U0456EFGH manager""",
    "dashboard-link": """\
Input: the tenant key (slack:T..., teams:<tenant id>) and a manager's user id; reads
DASHBOARD_SECRET, DASHBOARD_LINK_HOURS and PUBLIC_BASE_URL; prints the signed link.
Example:
  concession-coach dashboard-link --tenant slack:T0123ABCD --user U0456EFGH""",
    "bench": """\
Input: none; prints the measured figures (takes a few minutes, --quick under one).
Example:
  concession-coach bench --quick""",
    "train-reader": """\
Input: the labelled JSON Lines files in --data (run from the repository root); writes the
reader's approval-ask model, coaching/reader/request_model.json (docs/reader.md).
Example:
  concession-coach train-reader
  concession-coach train-reader --check    (exit 1 when the shipped model is out of date)""",
    "teams": """\
Example:
  concession-coach teams package --app-id 00000000-0000-0000-0000-000000000000""",
    "teams package": """\
Input: the Azure Bot's Microsoft App ID; writes the .zip to upload in Teams.
Example:
  concession-coach teams package --app-id 00000000-0000-0000-0000-000000000000 --out coach.zip""",
    "teams role": """\
Input: the Entra tenant id and the user's Teams id (29:...).
Example:
  concession-coach teams role --tenant 72f988bf-... --user 29:1abc... manager""",
}


def subparsers(
    parser: argparse.ArgumentParser, path: str = ""
) -> list[tuple[str, argparse.ArgumentParser]]:
    """Every subcommand's parser with its path ("slack manifest"), depth first."""
    found: list[tuple[str, argparse.ArgumentParser]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                full = f"{path} {name}".strip()
                found.append((full, sub))
                found.extend(subparsers(sub, full))
    return found


def add_examples(parser: argparse.ArgumentParser) -> None:
    for path, sub in subparsers(parser):
        text = HELP.get(path)
        if text:
            sub.epilog = text
            sub.formatter_class = argparse.RawDescriptionHelpFormatter
