"""manifest.yml is the generated manifest, and it has what the coach relies on."""

from __future__ import annotations

from pathlib import Path

import yaml

from adapters.slack.manifest import BOT_EVENTS, BOT_SCOPES, build_manifest, render_manifest
from bot.cli import main

TOP = Path(__file__).resolve().parents[3]


def test_manifest_yml_at_the_top_is_the_generated_one() -> None:
    assert (TOP / "manifest.yml").read_text("utf-8") == render_manifest()


def test_manifest_structure() -> None:
    manifest = yaml.safe_load((TOP / "manifest.yml").read_text("utf-8"))
    assert manifest["_metadata"]["major_version"] == 1
    info = manifest["display_information"]
    assert info["name"] and len(info["description"]) <= 140
    assert 175 <= len(info["long_description"]) <= 4000
    features = manifest["features"]
    assert features["bot_user"]["display_name"]
    assert features["app_home"] == {
        "home_tab_enabled": True,
        "messages_tab_enabled": True,
        "messages_tab_read_only_enabled": False,
    }
    (command,) = features["slash_commands"]
    assert command["command"] == "/concession"
    assert command["usage_hint"] and command["url"] == "https://example.com/slack/events"
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert scopes == set(BOT_SCOPES)
    assert {
        "commands",
        "chat:write",
        "im:history",
        "channels:history",
        "groups:history",
        "app_mentions:read",
        "users:read",
        "channels:read",  # conversations.info: shared outside the company? its creator?
        "groups:read",
    } <= scopes
    settings = manifest["settings"]
    events = settings["event_subscriptions"]
    assert events["request_url"] == "https://example.com/slack/events"
    assert (
        set(events["bot_events"])
        == set(BOT_EVENTS)
        == {
            "message.im",
            "message.channels",
            "message.groups",
            "app_mention",
            "app_home_opened",
            "app_uninstalled",
            "tokens_revoked",
            "channel_shared",  # a channel shared outside the company after alerts went on
            "channel_unshared",
            "member_joined_channel",  # the coach's hello when it is invited
        }
    )
    assert settings["interactivity"] == {
        "is_enabled": True,
        "request_url": "https://example.com/slack/events",
    }
    assert manifest["oauth_config"]["redirect_urls"] == ["https://example.com/slack/oauth_redirect"]
    assert settings["socket_mode_enabled"] is False


def test_socket_mode_manifest_needs_no_urls() -> None:
    manifest = build_manifest(socket_mode=True)
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert "url" not in manifest["features"]["slash_commands"][0]
    assert "request_url" not in manifest["settings"]["event_subscriptions"]
    assert "redirect_urls" not in manifest["oauth_config"]


def test_cli_prints_the_manifest_for_a_url(capsys) -> None:
    assert main(["slack", "manifest", "--url", "https://coach.acme.test/"]) == 0
    manifest = yaml.safe_load(capsys.readouterr().out)
    assert manifest["settings"]["event_subscriptions"]["request_url"] == (
        "https://coach.acme.test/slack/events"
    )
    assert (
        manifest["features"]["slash_commands"][0]["url"] == "https://coach.acme.test/slack/events"
    )
