"""Training the approval-ask model from the labelled message files in the repository.

Every message of the training files with a give the model judges (request.judged_gives)
is one example: its features (request_features) and its labelled ``discount_request``.
Messages kept aside for judging the reader are never read here (see ``TRAINING_FILES``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from coaching.reader import judging as J
from coaching.reader import read
from coaching.reader.logistic import FitSettings, fit
from coaching.reader.request import judged_gives
from coaching.reader.request_features import features
from coaching.reader.request_model import RequestModel
from coaching.reader.scanning import Scan, Tok

THRESHOLD = 0.7  # the model overrules a "no" from the rules only this sure (docs/reader.md)
SETTINGS = FitSettings()
DIGITS = 4  # weights are stored rounded: the file is small and the same on every machine
MIN_WEIGHT = 0.05  # smaller weights are dropped: half the file, the same cross-validated scores


@dataclass(frozen=True)
class TrainingFile:
    """A labelled JSONL file, all of its lines or only the odd ones (counting from 0)."""

    name: str
    odd_lines_only: bool = False

    def lines(self, folder: Path) -> list[str]:
        rows = [line for line in (folder / self.name).read_text("utf-8").splitlines() if line]
        return rows[1::2] if self.odd_lines_only else rows


# Every dev-2 message whose id is divisible by 4 is kept aside for judging designs
# (reader_dev_2_train.jsonl holds the others). The even lines of reader_unseen.jsonl stay out
# of training too, though the rules have been tuned on both its halves by now.
TRAINING_FILES = (
    TrainingFile("reader_cases.jsonl"),
    TrainingFile("reader_hard.jsonl"),
    TrainingFile("reader_hard_2.jsonl"),
    TrainingFile("reader_hard_3.jsonl"),
    TrainingFile("reader_hard_4.jsonl"),
    TrainingFile("reader_hard_5.jsonl"),
    TrainingFile("reader_hard_asks.jsonl"),
    TrainingFile("reader_hard_6.jsonl"),
    TrainingFile("reader_hard_more.jsonl"),
    TrainingFile("reader_hard_7.jsonl"),
    TrainingFile("reader_hard_8.jsonl"),
    TrainingFile("reader_hard_9.jsonl"),
    TrainingFile("reader_hard_10.jsonl"),
    TrainingFile("reader_hard_11.jsonl"),
    TrainingFile("reader_hard_12.jsonl"),
    TrainingFile("reader_hard_13.jsonl"),
    TrainingFile("reader_hard_14.jsonl"),
    TrainingFile("reader_hard_15.jsonl"),
    TrainingFile("reader_hard_16.jsonl"),
    TrainingFile("reader_hard_17.jsonl"),
    TrainingFile("reader_hard_18.jsonl"),
    TrainingFile("reader_hard_19.jsonl"),
    TrainingFile("reader_hard_20.jsonl"),
    TrainingFile("reader_hard_21.jsonl"),
    TrainingFile("reader_hard_22.jsonl"),
    TrainingFile("reader_hard_23.jsonl"),
    TrainingFile("reader_hard_24.jsonl"),
    TrainingFile("reader_hard_25.jsonl"),
    TrainingFile("reader_hard_26.jsonl"),
    TrainingFile("reader_hard_27.jsonl"),
    TrainingFile("reader_hard_28.jsonl"),
    TrainingFile("reader_hard_29.jsonl"),
    TrainingFile("reader_hard_30.jsonl"),
    TrainingFile("reader_hard_31.jsonl"),
    TrainingFile("reader_hard_32.jsonl"),
    TrainingFile("reader_hard_33.jsonl"),
    TrainingFile("reader_unseen.jsonl", odd_lines_only=True),
    TrainingFile("reader_dev.jsonl"),
    TrainingFile("reader_dev_2_train.jsonl"),
)


def load_cases(
    folder: Path, files: Iterable[TrainingFile] = TRAINING_FILES
) -> list[dict[str, Any]]:
    """The labelled messages of the training files, in file and line order."""
    return [json.loads(line) for spec in files for line in spec.lines(folder)]


def example(text: str) -> list[str] | None:
    """The model's features for one message, or None when its reading has no give to judge."""
    seen: list[list[str]] = []

    def record(sc: Scan, gives: list[Tok], gets: list[Tok]) -> bool:
        judged = judged_gives(sc, gives)
        if judged:
            seen.append(features(sc, judged))
        return J.discount_request(sc, gives, gets)

    read(text, judge_request=record)
    return seen[0] if seen else None


def train(
    cases: Iterable[dict[str, Any]],
    to_plain: Callable[[str], str],
    settings: FitSettings = SETTINGS,
    threshold: float = THRESHOLD,
) -> RequestModel:
    """The model fitted to the labelled cases (texts in platform markup, made plain first)."""
    examples = []
    for case in cases:
        feats = example(to_plain(case["text"]))
        if feats is not None:
            examples.append((feats, bool(case["discount_request"])))
    fitted = fit(examples, settings)
    weights = {f: round(w, DIGITS) for f, w in fitted.weights.items()}
    return RequestModel(
        bias=round(fitted.bias, DIGITS),
        weights={f: w for f, w in weights.items() if abs(w) >= MIN_WEIGHT},
        threshold=threshold,
        about={"examples": len(examples), "settings": asdict(settings)},
    )
