"""Logistic regression by plain stochastic gradient descent, in pure Python.

Deterministic: examples are visited in an order drawn from a seeded generator, so the
same examples and settings give the same weights on every machine.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class FitSettings:
    """How hard and how long to fit; chosen by 5-fold cross-validation (docs/reader.md)."""

    epochs: int = 30
    learning_rate: float = 0.1
    l2: float = 1e-3  # weight decay on the features an example has
    min_count: int = 2  # a feature seen in fewer examples is dropped (mostly names)
    seed: int = 7


@dataclass(frozen=True)
class Fitted:
    bias: float
    weights: dict[str, float]


def fit(examples: Sequence[tuple[Sequence[str], bool]], settings: FitSettings) -> Fitted:
    """Weights for (features, label) examples that minimise the regularised log loss.

    A feature that occurs twice in an example counts twice, as RequestModel.score counts it.
    """
    counts = Counter(f for feats, _ in examples for f in set(feats))
    kept = [
        ([f for f in feats if counts[f] >= settings.min_count], 1.0 if label else 0.0)
        for feats, label in examples
    ]
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(kept)))
    rng = random.Random(settings.seed)
    for epoch in range(settings.epochs):
        rng.shuffle(order)
        rate = settings.learning_rate / (1.0 + 0.1 * epoch)
        for i in order:
            feats, label = kept[i]
            z = bias + sum(weights.get(f, 0.0) for f in feats)
            error = _sigmoid(z) - label
            bias -= rate * error
            for f in feats:
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (error + settings.l2 * w)
    return Fitted(bias, weights)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-min(30.0, max(-30.0, z))))
