"""The Approve / Counter form: a modal whose metadata carries the alert it decides.

The metadata comes back in the submission from the client, so whoever submits could
write anything there; it is signed (HMAC-SHA256 with the app's secret) and a
submission whose metadata does not verify is refused.
"""

from __future__ import annotations

import hashlib
import hmac
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

    def metadata(self, secret: str) -> str:
        data = {"a": self.alert_id, "d": self.decision, "c": self.channel, "r": self.response_url}
        text = _signed(data, secret)
        if len(text) > MAX_METADATA:  # response_url is optional; never overflow the limit
            text = _signed({**data, "r": ""}, secret)
        return text

    @classmethod
    def from_metadata(cls, text: str, secret: str) -> DecisionForm | None:
        """The form the coach opened; None when the metadata is not one it signed."""
        try:
            data = json.loads(text)
            signature = data.pop("s")
            if not (isinstance(signature, str) and secret):
                return None
            if not hmac.compare_digest(signature, _signature(data, secret)):
                return None
            return cls(
                str(data["a"]), str(data["d"]), str(data.get("c", "")), str(data.get("r", ""))
            )
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None


def _signature(data: dict[str, Any], secret: str) -> str:
    canonical = json.dumps(data, separators=(",", ":"), sort_keys=True)
    return hmac.new(secret.encode(), b"modal:" + canonical.encode(), hashlib.sha256).hexdigest()


def _signed(data: dict[str, str], secret: str) -> str:
    return json.dumps({**data, "s": _signature(data, secret)}, separators=(",", ":"))


def decision_modal(
    form: DecisionForm, *, secret: str, summary: str, suggestion: str = ""
) -> dict[str, Any]:
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
        "private_metadata": form.metadata(secret),
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
