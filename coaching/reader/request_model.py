"""The learned approval-ask model: weights per feature, a bias and the threshold it asks at.

Stored as a small versioned JSON file beside this module (``request_model.json``), written
by ``concession-coach train-reader`` and read on the first message that needs it.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MODEL_FORMAT = "concession-coach.request-model"
MODEL_VERSION = 1
MODEL_PATH = Path(__file__).with_name("request_model.json")


@dataclass(frozen=True)
class RequestModel:
    """Logistic regression over feature names: asks when the probability reaches threshold."""

    bias: float
    weights: Mapping[str, float]
    threshold: float
    about: Mapping[str, Any] = field(default_factory=dict)  # how it was trained (for people)

    def probability(self, features: Sequence[str]) -> float:
        return 1.0 / (1.0 + math.exp(-self.score(features)))

    def score(self, features: Sequence[str]) -> float:
        """Bias plus the weight of each feature, as often as it occurs (as in training)."""
        return self.bias + sum(filter(None, map(self.weights.get, features)))

    def asks(self, features: Sequence[str]) -> bool:
        return self.score(features) >= _logit(self.threshold)

    def to_json(self) -> str:
        """The file text: sorted keys and rounded weights, so one training writes one text."""
        doc = {
            "format": MODEL_FORMAT,
            "version": MODEL_VERSION,
            "about": dict(self.about),
            "threshold": self.threshold,
            "bias": self.bias,
            "weights": dict(sorted(self.weights.items())),
        }
        return json.dumps(doc, indent=0, ensure_ascii=True) + "\n"


def from_json(text: str) -> RequestModel:
    """A model from its file text; refuses another format or version rather than guess."""
    doc = json.loads(text)
    if doc.get("format") != MODEL_FORMAT or doc.get("version") != MODEL_VERSION:
        raise ValueError(f"not a {MODEL_FORMAT} v{MODEL_VERSION} file")
    return RequestModel(
        bias=float(doc["bias"]),
        weights={str(k): float(v) for k, v in doc["weights"].items()},
        threshold=float(doc["threshold"]),
        about=doc.get("about", {}),
    )


@functools.cache
def shipped_model() -> RequestModel:
    """The model that ships with the package, read once per process on first use."""
    return from_json(MODEL_PATH.read_text(encoding="utf-8"))


@functools.cache
def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))
