"""The Teams app package: manifest.json and the two icons, zipped flat as Teams wants it.

The icons ship as PNG files in ``assets`` so building a package needs no
image library at runtime.
"""

from __future__ import annotations

import json
import zipfile
from importlib import resources
from pathlib import Path

from adapters.teams.manifest import COLOR_ICON, OUTLINE_ICON, build_manifest


def icon(name: str) -> bytes:
    return resources.files("adapters.teams").joinpath("assets", name).read_bytes()


def write_package(app_id: str, out: Path, *, version: str = "1.0.0", website: str = "") -> Path:
    manifest = build_manifest(app_id, version=version, website=website or "https://example.com")
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, indent=2) + "\n")
        archive.writestr(COLOR_ICON, icon(COLOR_ICON))
        archive.writestr(OUTLINE_ICON, icon(OUTLINE_ICON))
    return out
