"""The Approve / Counter form: a modal whose metadata carries the alert it decides."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from adapters.slack.blocks import plain, section

CALLBACK_ID = "alert_decision"
CONDITION_BLOCK = "condition"
CONDITION_INPUT = "condition_input"
MAX_METADATA = 3000
MAX_CONDITION = 300
TITLES = {"approve": "Approve request", "counter": "Counter-offer"}


@dataclass(frozen=True, slots=True)
class DecisionForm:
    """What the modal remembers between opening and submission."""

    alert_id: str
    decision: str  # approve or counter
    channel: str = ""  # where the button was pressed (the deal desk, a DM)
    response_url: str = ""  # to replace the manager message once decided

    def metadata(self) -> str:
        data = {"a": self.alert_id, "d": self.decision, "c": self.channel, "r": self.response_url}
        text = json.dumps(data, separators=(",", ":"))
        if len(text) > MAX_METADATA:  # response_url is optional; never overflow the limit
            text = json.dumps({**data, "r": ""}, separators=(",", ":"))
        return text

    @classmethod
    def from_metadata(cls, text: str) -> DecisionForm | None:
        try:
            data = json.loads(text)
            return cls(
                str(data["a"]), str(data["d"]), str(data.get("c", "")), str(data.get("r", ""))
            )
        except (ValueError, KeyError, TypeError):
            return None


def decision_modal(form: DecisionForm, *, summary: str, suggestion: str = "") -> dict[str, Any]:
    """Approve takes an optional condition; Counter requires the counter terms."""
    counter = form.decision == "counter"
    element: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": CONDITION_INPUT,
        "max_length": MAX_CONDITION,
        "placeholder": plain(
            "e.g. 10% if they sign a 3-year term" if counter else "e.g. if they sign a 2-year term",
            150,
        ),
    }
    if suggestion and not counter:
        element["initial_value"] = suggestion[:MAX_CONDITION]
    return {
        "type": "modal",
        "callback_id": CALLBACK_ID,
        "private_metadata": form.metadata(),
        "title": plain(TITLES.get(form.decision, "Decide"), 24),
        "submit": plain("Counter" if counter else "Approve", 24),
        "close": plain("Cancel", 24),
        "blocks": [
            section(summary),
            {
                "type": "input",
                "block_id": CONDITION_BLOCK,
                "optional": not counter,
                "label": plain("Your counter-offer" if counter else "Condition (optional)", 2000),
                "element": element,
            },
        ],
    }


def submitted_condition(view: dict[str, Any]) -> str:
    values = (view.get("state") or {}).get("values") or {}
    value = (values.get(CONDITION_BLOCK) or {}).get(CONDITION_INPUT) or {}
    return str(value.get("value") or "").strip()
