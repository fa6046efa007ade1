"""The playbook: give/get catalogue, the give->get matrix and rep authority.

Loaded from YAML and validated at start-up so a broken team file stops the
coach with a message naming the file, the field and the problem.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from coaching.analysis import GET_KINDS, GIVE_KINDS, UNITS

Level = Literal["low", "medium", "high"]
_DAYS = {"days": 1, "months": 30, "years": 365}  # to compare a 1-month trial with 30 days


class PlaybookError(Exception):
    """The playbook file cannot be used; the message says where and why."""


class GiveSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str
    cost: Level
    why: str
    phrase: str
    phrase_plain: str


class GetSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str
    worth: Level
    ask: str
    ask_plain: str


class AuthorityRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    max: float = Field(ge=0)
    unit: str
    requires_get: bool = False

    @model_validator(mode="after")
    def _known_unit(self) -> AuthorityRule:
        if self.unit not in UNITS:
            raise ValueError(f"unit {self.unit!r} is not one of {', '.join(UNITS)}")
        return self


class Playbook(BaseModel):
    model_config = ConfigDict(extra="forbid")
    gives: dict[str, GiveSpec]
    gets: dict[str, GetSpec]
    matrix: dict[str, list[str]]
    authority: dict[str, AuthorityRule] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _consistent(self) -> Playbook:
        for kind in self.gives:
            if kind not in GIVE_KINDS:
                raise ValueError(f"gives.{kind}: unknown kind of give")
        for kind in self.gets:
            if kind not in GET_KINDS:
                raise ValueError(f"gets.{kind}: unknown kind of get")
        for give, gets in self.matrix.items():
            if give not in self.gives:
                raise ValueError(f"matrix.{give}: not a give listed under 'gives'")
            for get in gets:
                if get not in self.gets:
                    raise ValueError(f"matrix.{give}: {get!r} is not a get listed under 'gets'")
        for give in self.authority:
            if give not in self.gives:
                raise ValueError(f"authority.{give}: not a give listed under 'gives'")
        missing = [k for k in GIVE_KINDS if k not in self.gives]
        if missing:
            raise ValueError(f"gives: missing {', '.join(missing)}")
        missing = [k for k in GET_KINDS if k not in self.gets]
        if missing:
            raise ValueError(f"gets: missing {', '.join(missing)}")
        return self

    def suggested_gets(self, give_kind: str) -> list[str]:
        return list(self.matrix.get(give_kind) or self.gets)[:4]

    def ceiling(self, kind: str) -> tuple[float, str] | None:
        """How far a rep may go on ``kind`` alone, e.g. (10, "%"); None: always needs approval."""
        rule = self.authority.get(kind)
        return (rule.max, rule.unit) if rule else None

    def needs_approval(self, kind: str | None, amount: float | None, unit: str | None) -> bool:
        """The one authority rule: does this give (its total, not the step) need a manager?

        A kind the authority does not list (or no kind at all) always does. An amount
        over the ceiling does. No amount: the rep may give it within the ceiling, so
        no. An amount in a unit that cannot be compared (money against a percentage)
        does, since the rep cannot show it is within their authority.
        """
        rule = self.authority.get(kind) if kind else None
        if rule is None:
            return True
        if amount is None:
            return False
        if unit == rule.unit:
            return amount > rule.max + 1e-9
        if unit in _DAYS and rule.unit in _DAYS:
            return amount * _DAYS[unit] > rule.max * _DAYS[rule.unit] + 1e-9
        return True

    def measurable(self, kind: str, unit: str | None) -> bool:
        """Whether an amount in ``unit`` can be held against the rep's ceiling on ``kind``
        (money off cannot, against a percent ceiling, until the list price is known)."""
        rule = self.authority.get(kind)
        if rule is None or unit is None or unit == rule.unit:
            return True
        return unit in _DAYS and rule.unit in _DAYS


def load_playbook(path: str | Path | None = None) -> Playbook:
    """Load and validate a playbook; ``None`` means the one shipped with the coach."""
    if path is None:
        name = "the default playbook"
        text = resources.files("coaching").joinpath("playbook.yaml").read_text("utf-8")
    else:
        name = str(path)
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise PlaybookError(f"{name}: cannot read the playbook ({exc.strerror})") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise PlaybookError(f"{name}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise PlaybookError(f"{name}: the playbook must be a mapping with gives, gets, matrix")
    try:
        return Playbook.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise PlaybookError(f"{name}: field {where}: {first['msg']}") from exc
