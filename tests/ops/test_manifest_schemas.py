"""Both app manifests validate against the JSON Schemas in tests/data/schemas/ (written from
Slack's and Microsoft's manifest references; no network at test time)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from adapters.slack.manifest import build_manifest as slack_manifest
from adapters.slack.manifest import render_manifest
from adapters.teams.manifest import MANIFEST_VERSION, SCHEMA
from adapters.teams.manifest import build_manifest as teams_manifest

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "tests" / "data" / "schemas"
APP_ID = "00000000-0000-4000-8000-000000000001"


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


SLACK = validator("slack-app-manifest.schema.json")
TEAMS = validator(f"teams-manifest-v{MANIFEST_VERSION}.schema.json")


def errors(v: jsonschema.Draft202012Validator, doc: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in v.iter_errors(doc)]


@pytest.mark.parametrize(
    "manifest",
    [
        pytest.param(
            lambda: yaml.safe_load((ROOT / "manifest.yml").read_text()), id="manifest.yml"
        ),
        pytest.param(
            lambda: yaml.safe_load(render_manifest("https://coach.example.com")), id="http"
        ),
        pytest.param(lambda: yaml.safe_load(render_manifest(socket_mode=True)), id="socket-mode"),
    ],
)
def test_slack_manifests_validate(manifest: Any) -> None:
    assert errors(SLACK, manifest()) == []


def test_teams_manifest_validates_on_the_current_schema() -> None:
    manifest = teams_manifest(APP_ID, version="1.2.3", website="https://coach.example.com")
    assert errors(TEAMS, manifest) == []
    assert manifest["$schema"] == SCHEMA
    assert manifest["developer"]["privacyUrl"] == "https://coach.example.com/privacy"
    assert manifest["developer"]["termsOfUseUrl"] == "https://coach.example.com/terms"


def test_the_schemas_refuse_what_the_platforms_refuse() -> None:
    """The schemas are not vacuous: a name too long, a missing field, a misspelt key."""
    slack = slack_manifest("https://coach.example.com")
    long_name = copy.deepcopy(slack)
    long_name["display_information"]["name"] = "x" * 36
    misspelt = copy.deepcopy(slack)
    misspelt["features"]["bot_user"]["displayname"] = "Coach"
    assert errors(SLACK, long_name) and errors(SLACK, misspelt)

    teams = teams_manifest(APP_ID)
    no_privacy = copy.deepcopy(teams)
    del no_privacy["developer"]["privacyUrl"]
    bad_scope = copy.deepcopy(teams)
    bad_scope["bots"][0]["scopes"] = ["everyone"]
    old = copy.deepcopy(teams)
    old["manifestVersion"] = "1.22"
    for broken in (no_privacy, bad_scope, old):
        assert errors(TEAMS, broken)
