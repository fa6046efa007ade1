"""The Teams app manifest, built in one place; ``package`` zips it with the icons.

Schema v1.25 (tests/data/schemas/ holds the JSON Schema the tests check it against):
a bot in personal, team and groupChat scopes with command lists taken from
the engine's own grammar, and the resource-specific permission to read the
channel messages of the teams it is installed in (for channel alerts).
"""

from __future__ import annotations

import re
from typing import Any

from coaching.commands import COMMANDS

MANIFEST_VERSION = "1.25"
SCHEMA = f"https://developer.microsoft.com/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json"
COLOR_ICON = "color.png"  # 192x192
OUTLINE_ICON = "outline.png"  # 32x32, white on transparent
RSC_PERMISSION = "ChannelMessage.Read.Group"
MAX_COMMANDS = 10  # per command list
PERSONAL_COMMANDS = ("help", "deal", "deals", "get", "limit", "ledger", "align", "undo", "prep")
TEAM_COMMANDS = ("help", "alerts", "deal", "ledger", "align")
_GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


def command_list(scope: str, names: tuple[str, ...]) -> dict[str, Any]:
    commands = [
        {"title": name, "description": COMMANDS[name].split(" - ")[-1][:128]} for name in names
    ]
    return {"scopes": [scope], "commands": commands[:MAX_COMMANDS]}


def build_manifest(
    app_id: str, *, version: str = "1.0.0", website: str = "https://example.com"
) -> dict[str, Any]:
    """``app_id`` is the Azure Bot's Microsoft App ID (a GUID), also the Teams app id."""
    if not _GUID.match(app_id):
        raise ValueError("--app-id must be the bot's Microsoft App ID, a GUID")
    site = website.rstrip("/")
    return {
        "$schema": SCHEMA,
        "manifestVersion": MANIFEST_VERSION,
        "version": version,
        "id": app_id,
        "developer": {
            "name": "Concession Coach",
            "websiteUrl": site,
            "privacyUrl": site + "/privacy",
            "termsOfUseUrl": site + "/terms",
        },
        "name": {"short": "Concession Coach", "full": "Concession Coach for B2B sales"},
        "description": {
            "short": "Trade concessions instead of giving them away.",
            "full": (
                "Concession Coach helps B2B sales reps trade every concession for something in "
                "return. Describe a customer's ask in a personal chat and it asks what you get "
                "back, suggests the gets your playbook recommends, gives you the words for the "
                "trade and keeps a ledger of gives and gets per deal. In the teams it is added "
                "to, it notices when someone asks a colleague to approve a discount, coaches "
                "them privately and sends the approver one trade to decide."
            ),
        },
        "icons": {"color": COLOR_ICON, "outline": OUTLINE_ICON},
        "accentColor": "#1D4E89",
        "bots": [
            {
                "botId": app_id,
                "scopes": ["personal", "team", "groupChat"],
                "supportsFiles": False,
                "isNotificationOnly": False,
                "commandLists": [
                    command_list("personal", PERSONAL_COMMANDS),
                    command_list("team", TEAM_COMMANDS),
                    command_list("groupChat", TEAM_COMMANDS),
                ],
            }
        ],
        "permissions": ["identity", "messageTeamMembers"],
        "validDomains": [],
        "webApplicationInfo": {"id": app_id, "resource": f"api://botid-{app_id}"},
        "authorization": {
            "permissions": {"resourceSpecific": [{"name": RSC_PERMISSION, "type": "Application"}]}
        },
    }
