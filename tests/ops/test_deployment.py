"""The deployment files say what the code does: every setting in .env.example, the image
runs `serve` as a non-root user, compose runs two replicas on PostgreSQL."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.env_example import WORDS, render_env_example
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_env_example_is_generated_from_the_settings() -> None:
    text = (ROOT / ".env.example").read_text()
    assert text == render_env_example(), "regenerate: python -m bot.env_example > .env.example"
    named = re.findall(r"^# ([A-Z][A-Z0-9_]+)=", text, flags=re.M)
    assert sorted(named) == sorted(name.upper() for name in Settings.model_fields)
    assert set(WORDS) == set(Settings.model_fields)


def test_dockerfile_runs_serve_as_a_non_root_user_with_a_health_check() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.\d+-slim", text, flags=re.M)
    assert "-c constraints.txt" in text
    users = re.findall(r"^USER (\S+)", text, flags=re.M)
    assert users and users[-1] not in ("root", "0")
    assert re.search(r"^HEALTHCHECK .*\n?.*/healthz", text, flags=re.M)
    assert '["concession-coach", "serve"' in text
    for name in ("bot", "adapters", "coaching", "storage"):
        assert f"COPY {name} ./{name}" in text
    if "COPY bench ./bench" in text:  # the bench starts its servers with harness/
        assert "COPY harness ./harness" in text


def test_compose_runs_two_replicas_on_postgresql_after_the_migration() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    replicas = [s for name, s in services.items() if name.startswith("coach-")]
    assert len(replicas) == 2
    for service in replicas:
        assert service["environment"]["DATABASE_URL"].startswith("postgresql+asyncpg://")
        assert service["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        grace = float(service["environment"]["SHUTDOWN_GRACE_SECONDS"])
        assert float(service["stop_grace_period"].rstrip("s")) > grace
    assert services["migrate"]["entrypoint"] == ["concession-coach", "db", "upgrade"]
    assert services["db"]["image"].startswith("postgres")


def test_license_and_changelog() -> None:
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert "keepachangelog.com" in changelog
    assert "## [Unreleased]" in changelog


def test_readme_and_docs_links_point_at_files_that_exist() -> None:
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    for page in pages:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text()):
            if target.startswith(("http://", "https://", "mailto:")):
                continue
            assert (page.parent / target).exists(), f"{page.name}: {target}"
    assert len((ROOT / "README.md").read_text().splitlines()) < 150  # a quick start
