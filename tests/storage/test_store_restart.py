"""The terminal coach persists: a second `concession-coach chat` continues the first's deal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXECUTABLE = Path(sys.executable).with_name("concession-coach")


def chat(lines: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXECUTABLE), "chat", "--user", "dana"],
        input=lines,
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _env(tmp_path: Path, database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MICROSOFT_"))}
    env["DATABASE_URL"] = database_url
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")  # never the developer's own data directory
    return env


def test_a_second_run_continues_the_first_runs_deal(tmp_path: Path) -> None:
    env = _env(tmp_path, f"sqlite:///{tmp_path / 'state' / 'coach.db'}")
    first = chat("deal Acme\nAcme wants 15% off\n", env, tmp_path)
    assert first.returncode == 0, first.stderr
    second = chat("ledger\n", env, tmp_path)
    assert second.returncode == 0, second.stderr
    assert "Acme" in second.stdout
    assert "discount 15%" in second.stdout
    assert not (tmp_path / "xdg").exists()


def test_a_bad_database_url_is_one_clear_line(tmp_path: Path) -> None:
    result = chat("deal Acme\n", _env(tmp_path, "mysql://coach@db/coach"), tmp_path)
    assert result.returncode == 1
    assert "database error: DATABASE_URL uses 'mysql'" in result.stderr
    assert "Traceback" not in result.stderr
