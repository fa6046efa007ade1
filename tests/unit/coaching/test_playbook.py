from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from coaching.playbook import PlaybookError, load_playbook


def test_default_playbook_is_valid_and_has_a_matrix_for_every_give() -> None:
    playbook = load_playbook()
    for give in playbook.gives:
        assert playbook.suggested_gets(give)
    assert playbook.authority["discount"].max == 10
    assert playbook.authority["discount"].requires_get


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "team.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def test_team_playbook_overrides_authority(tmp_path: Path) -> None:
    data = yaml.safe_load(
        Path(load_playbook.__code__.co_filename).with_name("playbook.yaml").read_text()
    )
    data["authority"]["discount"]["max"] = 5
    assert load_playbook(_write(tmp_path, data)).authority["discount"].max == 5


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d["matrix"].update({"discount": ["free_lunch"]}), "matrix"),
        (lambda d: d["authority"]["discount"].update({"unit": "bananas"}), "authority"),
        (lambda d: d["gives"]["discount"].pop("label"), "gives.discount.label"),
        (lambda d: d["gives"].update({"teleport": d["gives"]["scope"]}), "gives"),
        (lambda d: d["authority"]["discount"].update({"max": -1}), "authority.discount.max"),
    ],
)
def test_invalid_playbook_names_file_field_and_problem(tmp_path: Path, mutate, field: str) -> None:
    data = yaml.safe_load(
        Path(load_playbook.__code__.co_filename).with_name("playbook.yaml").read_text()
    )
    mutate(data)
    path = _write(tmp_path, data)
    with pytest.raises(PlaybookError) as caught:
        load_playbook(path)
    message = str(caught.value)
    assert str(path) in message and field in message


def test_unreadable_and_malformed_files(tmp_path: Path) -> None:
    with pytest.raises(PlaybookError, match="cannot read"):
        load_playbook(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("gives: [unclosed")
    with pytest.raises(PlaybookError, match="not valid YAML"):
        load_playbook(bad)
