"""scripts/run and scripts/test install only when pyproject.toml or constraints.txt changed,
quietly; run in a copy of the scripts with a stand-in .venv that records pip calls."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FAKE_PYTHON = f"""#!/usr/bin/env bash
if [ "$1" = "-m" ] && [ "$2" = "pip" ]; then
  echo "pip $*" >>"$(dirname "$0")/../pip-calls"
  echo "a 9-line setuptools editable-install warning"
  exit 0
fi
if [ "$1" = "-m" ] && [ "$2" = "pytest" ]; then echo "pytest ran"; exit 0; fi
exec {sys.executable} "$@"
"""


def checkout(tmp_path: Path) -> Path:
    root = tmp_path / "checkout"
    (root / "scripts").mkdir(parents=True)
    for name in ("run", "test"):
        shutil.copy(ROOT / "scripts" / name, root / "scripts" / name)
    for name in ("pyproject.toml", "constraints.txt"):
        shutil.copy(ROOT / name, root / name)
    bin_dir = root / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").write_text(FAKE_PYTHON)
    (bin_dir / "concession-coach").write_text("#!/usr/bin/env bash\necho coach started\n")
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    return root


def run(root: Path, script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(root / "scripts" / script)], capture_output=True, text=True, timeout=60
    )


def pip_installs(root: Path) -> int:
    calls = root / ".venv" / "pip-calls"
    lines = calls.read_text().splitlines() if calls.exists() else []
    return sum(" -e " in line for line in lines)


@pytest.mark.parametrize(("script", "started"), [("run", "coach started"), ("test", "pytest ran")])
def test_a_second_start_installs_nothing_and_a_changed_pin_reinstalls(
    tmp_path: Path, script: str, started: str
) -> None:
    root = checkout(tmp_path)
    first = run(root, script)
    assert first.returncode == 0, first.stderr
    assert started in first.stdout and pip_installs(root) == 1
    assert "setuptools" not in first.stdout + first.stderr  # pip's chatter went to a log

    again = run(root, script)
    assert again.returncode == 0 and pip_installs(root) == 1
    assert again.stdout.strip() == started and again.stderr == ""

    with (root / "constraints.txt").open("a") as pins:
        pins.write("\n# a new pin\n")
    changed = run(root, script)
    assert changed.returncode == 0 and pip_installs(root) == 2


def test_run_and_test_do_not_undo_each_others_install(tmp_path: Path) -> None:
    root = checkout(tmp_path)
    for script in ("run", "test", "run", "test"):
        assert run(root, script).returncode == 0
    assert pip_installs(root) == 2  # once each
