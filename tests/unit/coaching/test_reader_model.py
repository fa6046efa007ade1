"""The reader's learned approval-ask model (coaching.reader.request*), through its interfaces.

The shipped model is what `concession-coach train-reader` makes of the labelled files, byte
for byte; it is read on the first message that needs it, not at import; and together with
the rules it finds approval asks in wordings the rules alone miss, without calling a
message to the customer or a report an ask.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from coaching.reader import analyze, read
from coaching.reader import judging as J
from coaching.reader.request_model import MODEL_PATH, RequestModel, from_json

DATA = Path(__file__).resolve().parents[2] / "data"


def test_the_training_command_reproduces_the_shipped_model(tmp_path: Path) -> None:
    out = tmp_path / "model.json"
    assert main(["train-reader", "--data", str(DATA), "--out", str(out)]) == 0
    assert out.read_bytes() == MODEL_PATH.read_bytes()
    assert main(["train-reader", "--data", str(DATA), "--out", str(out), "--check"]) == 0


def test_check_fails_when_the_model_file_is_not_what_training_gives(tmp_path: Path) -> None:
    stale = tmp_path / "model.json"
    doc = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    doc["bias"] += 1.0
    stale.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["train-reader", "--data", str(DATA), "--out", str(stale), "--check"]) == 1


def test_the_shipped_model_is_small_and_versioned() -> None:
    assert MODEL_PATH.stat().st_size < 1_000_000
    model = from_json(MODEL_PATH.read_text(encoding="utf-8"))
    assert isinstance(model, RequestModel) and 0.5 <= model.threshold < 1.0
    assert len(model.weights) > 100


def test_a_model_file_of_another_version_is_refused() -> None:
    doc = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    doc["version"] += 1
    with pytest.raises(ValueError):
        from_json(json.dumps(doc))


def test_the_model_is_read_on_first_use_not_at_import() -> None:
    probe = (
        "from coaching.reader import analyze\n"
        "from coaching.reader.request_model import shipped_model\n"
        "loaded = lambda: shipped_model.cache_info().currsize\n"
        "before = loaded()\n"
        "analyze('see you at the offsite')\n"  # no give: the model is not needed
        "no_give = loaded()\n"
        "analyze('Acme wants 15% off')\n"  # a give the rules do not call an ask
        "print(before, no_give, loaded())\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert run.stdout.split() == ["0", "0", "1"]


NEW_WORDINGS = [
    "Harbor Logistics wants 9% off the renewal. you good with that @sam?",
    "Orbit Health asked for a 45 day pilot. Would that fly with you, @deal-desk?",
    "Greystone wants quarterly invoicing. any way finance signs off on that?",
]


@pytest.mark.parametrize("text", NEW_WORDINGS)
def test_approval_asks_the_rules_miss_are_requests(text: str) -> None:
    assert not read(text, judge_request=J.discount_request)[0].discount_request  # rules alone
    assert analyze(text).discount_request


@pytest.mark.parametrize(
    "text",
    [
        "we can do net 60 for you. you ok with that?",
        "we can knock 6% off if you sign before the board meeting",
        "Tamarack asked for 6% off and I said no",
        "> can you do 10% off?\nthat's what Bexley sent over",
        "closed Ridgeway at 12% off with a two-year term",
    ],
)
def test_offers_refusals_quotes_and_reports_are_not_requests(text: str) -> None:
    assert not analyze(text).discount_request
