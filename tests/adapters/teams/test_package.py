"""`concession-coach teams package`: the manifest Teams validates, and the icons it demands."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from bot.cli import main
from coaching.commands import COMMANDS

Image = pytest.importorskip("PIL.Image")
APP_ID = "11111111-2222-4333-8444-555555555555"


@pytest.fixture
def package(tmp_path: Path) -> zipfile.ZipFile:
    out = tmp_path / "concession-coach-teams.zip"
    assert main(["teams", "package", "--app-id", APP_ID, "--out", str(out)]) == 0
    return zipfile.ZipFile(out)


def test_the_package_holds_exactly_the_manifest_and_two_icons(package: zipfile.ZipFile) -> None:
    assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]


def test_the_manifest_declares_the_bot_commands_and_channel_permission(
    package: zipfile.ZipFile,
) -> None:
    manifest = json.loads(package.read("manifest.json"))
    version = manifest["manifestVersion"]
    assert tuple(int(p) for p in version.split(".")) >= (1, 17)
    assert manifest["$schema"].endswith(f"/v{version}/MicrosoftTeams.schema.json")
    assert manifest["id"] == APP_ID
    assert len(manifest["name"]["short"]) <= 30
    assert len(manifest["description"]["short"]) <= 80
    assert len(manifest["description"]["full"]) <= 4000
    (bot,) = manifest["bots"]
    assert bot["botId"] == APP_ID
    assert sorted(bot["scopes"]) == ["groupChat", "personal", "team"]
    lists = {cl["scopes"][0]: cl["commands"] for cl in bot["commandLists"]}
    assert set(lists) == {"personal", "team", "groupChat"}
    for commands in lists.values():
        assert 0 < len(commands) <= 10
        for command in commands:
            assert command["title"] in COMMANDS  # the engine's own grammar
            assert len(command["title"]) <= 32 and 0 < len(command["description"]) <= 128
    assert "alerts" in [c["title"] for c in lists["team"]]
    assert manifest["webApplicationInfo"]["id"] == APP_ID
    assert manifest["webApplicationInfo"]["resource"]
    rsc = manifest["authorization"]["permissions"]["resourceSpecific"]
    assert {"name": "ChannelMessage.Read.Group", "type": "Application"} in rsc
    assert manifest["icons"] == {"color": "color.png", "outline": "outline.png"}


def test_the_color_icon_is_192_square(package: zipfile.ZipFile) -> None:
    image = Image.open(io.BytesIO(package.read("color.png")))
    assert image.format == "PNG" and image.size == (192, 192)


def test_the_outline_icon_is_32_square_white_on_transparent(package: zipfile.ZipFile) -> None:
    image = Image.open(io.BytesIO(package.read("outline.png"))).convert("RGBA")
    assert image.size == (32, 32)
    pixels = [image.getpixel((x, y)) for y in range(32) for x in range(32)]
    drawn = [p for p in pixels if p[3] > 0]
    assert drawn and len(drawn) < len(pixels) / 2  # a shape, mostly transparent around it
    assert all(p[:3] == (255, 255, 255) for p in drawn)
    assert image.getpixel((0, 0))[3] == 0


def test_a_wrong_app_id_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="GUID"):
        main(["teams", "package", "--app-id", "not-a-guid", "--out", str(tmp_path / "x.zip")])
    assert not (tmp_path / "x.zip").exists()
